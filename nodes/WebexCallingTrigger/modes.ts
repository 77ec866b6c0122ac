/**
 * Operating modes: read now (Webex's "Get Operating Modes" list, then "Get Details for an
 * Operating Mode" of each, Concurrency at a time: the list is a summary without schedules or
 * holidays; https://developer.webex.com/docs/api/v1/features-operating-modes), for two events:
 * modes created, changed or deleted, and the holidays they hold.
 */
import type { IDataObject } from 'n8n-workflow';

import { forEachAtMost } from '../WebexCalling/kit/runItems';
import { isPlainObject } from '../WebexCalling/helpers/json';
import type { Json } from '../WebexCalling/helpers/json';
import type { RequestSettings } from '../WebexCalling/kit/operation';
import { modePath, OPERATING_MODES } from '../WebexCalling/kit/paths';
import { unlessGone, webexApiList, webexApiRequest } from '../WebexCalling/transport';
import type { WebexRun } from '../WebexCalling/transport';
import { shortHash, stableJson } from './state';
import type { ModeMark } from './state';

export interface ModeReading {
	/** Only the modes a location may use (its own and the org's), when set */
	locationId?: string;
	/** Only modes of this type (e.g. HOLIDAY), when set */
	type?: string;
	concurrency: number;
	settings: RequestSettings;
	/** Read only this many in full (Fetch Test Event's sample) */
	limit?: number;
}

/**
 * The org's operating modes in full, in the list's order. A mode deleted between the list and
 * its read (404) is left out; any other failure fails the poll. Each mode is read once a poll:
 * the holidays of HOLIDAY modes and the modes' own changes read the same answers.
 */
export async function readModes(run: WebexRun, reading: ModeReading): Promise<IDataObject[]> {
	const qs: IDataObject = reading.locationId
		? { limitToLocationId: reading.locationId, limitToOrgLevelEnabled: true }
		: {};
	const listed = (
		await webexApiList(
			run,
			{ method: 'GET', path: OPERATING_MODES, qs, ...reading.settings },
			{ itemsKey: 'operatingModes' },
		)
	)
		.filter((mode) => !reading.type || mode.type === reading.type)
		.slice(0, reading.limit);
	const found: Array<IDataObject | undefined> = new Array(listed.length);
	await forEachAtMost(listed.length, reading.concurrency, async (index) => {
		const path = modePath(encodeURIComponent(String(listed[index].id ?? '')));
		const answer = await run.lookup(
			`operatingMode:${reading.settings.orgId ?? ''}:${path}`,
			async () =>
				await unlessGone(webexApiRequest(run, { method: 'GET', path, ...reading.settings })),
		);
		found[index] = answer?.body;
	});
	return found.filter((mode): mode is IDataObject => mode !== undefined);
}

/**
 * A holiday's content without its ID: Webex gives a mode's holidays new IDs whenever the mode's
 * holidays are replaced (its PUT), which is no change to what the mode does.
 */
function withoutIds(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	return value.map((entry) => {
		if (!isPlainObject(entry)) return entry;
		const rest: Json = { ...entry };
		delete rest.id;
		return rest;
	});
}

/** What is kept of a mode between polls: who it is, and a fingerprint of each field */
export function modeMark(mode: IDataObject): ModeMark {
	const location = isPlainObject(mode.location) ? String(mode.location.name ?? '') : '';
	const fields: Record<string, string> = {};
	for (const [key, value] of Object.entries(mode)) {
		if (key === 'id') continue;
		fields[key] = shortHash(stableJson(key === 'holidays' ? withoutIds(value) : value));
	}
	return [String(mode.name ?? ''), String(mode.level ?? ''), location, fields];
}

/** The items for modes created, changed (with the fields that changed) and deleted since the last poll */
export function compareModes(
	before: Record<string, ModeMark>,
	now: IDataObject[],
	seenAt: string,
): { items: IDataObject[]; seen: Record<string, ModeMark> } {
	const seen: Record<string, ModeMark> = {};
	const items: IDataObject[] = [];
	for (const mode of now) {
		const id = String(mode.id ?? '');
		const mark = modeMark(mode);
		seen[id] = mark;
		const previous = before[id];
		if (!previous) {
			items.push({
				event: 'operatingModeCreated',
				summary: `Operating mode ${mark[0]} created`,
				operatingMode: mode,
				seenAt,
			});
			continue;
		}
		const keys = new Set([...Object.keys(previous[3]), ...Object.keys(mark[3])]);
		const changedFields = [...keys].filter((key) => previous[3][key] !== mark[3][key]);
		if (changedFields.length > 0)
			items.push({
				event: 'operatingModeChanged',
				summary: `Operating mode ${mark[0]} changed: ${changedFields.join(', ')}`,
				changedFields,
				operatingMode: mode,
				seenAt,
			});
	}
	for (const [id, [name, level, location]] of Object.entries(before)) {
		if (seen[id]) continue;
		items.push({
			event: 'operatingModeDeleted',
			summary: `Operating mode ${name} deleted`,
			operatingMode: { id, name, level, ...(location ? { location: { name: location } } : {}) },
			seenAt,
		});
	}
	return { items, seen };
}
