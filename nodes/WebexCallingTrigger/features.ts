/**
 * "Operating mode changed on a feature": each watched auto attendant, call queue or hunt group's
 * current mode, exception and mode-based forwarding, read now and compared with the last poll.
 *
 * - As a mode manager, Webex's "Get mode management features" answers them all in one request
 *   (`GET /telephony/config/people/me/settings/modeManagement/features`: id, name, type,
 *   location, current mode, exception, forwarding on; wxc_sdk `me/mode_management`).
 * - As an admin, each feature's call forwarding is read (`.../callForwarding`, its
 *   `operatingModes`: enabled, current mode, exception, the modes with their names),
 *   Concurrency at a time, after the lists by kind.
 *
 * Webex reports no end time in either, so an extension shows as the exception becoming
 * AUTOMATIC_SWITCH_BACK_EXTENSION; a second extension of one already extended does not show.
 */
import type { IDataObject } from 'n8n-workflow';

import { listFeatures, myFeatures } from '../WebexCalling/domain/callFeature/requests';
import { FEATURE_KINDS, isFeatureType } from '../WebexCalling/helpers/forwarding';
import type { FeatureType } from '../WebexCalling/helpers/forwarding';
import { isPlainObject } from '../WebexCalling/helpers/json';
import { featureForwardingPath } from '../WebexCalling/kit/paths';
import { forEachAtMost } from '../WebexCalling/kit/runItems';
import { unlessGone, webexApiRequest } from '../WebexCalling/transport';
import type { WebexRun } from '../WebexCalling/transport';
import type { RequestSettings } from '../WebexCalling/kit/operation';
import { shortHash } from './state';
import type { FeatureMark } from './state';

/** A feature as it is now, from either reading */
export interface FeatureNow {
	id: string;
	name: string;
	type: string;
	locationId?: string;
	locationName?: string;
	modeId?: string;
	modeName?: string;
	exceptionType?: string;
	enabled: boolean;
}

/** Webex's type words in the mode manager's list, as the node's Feature Type names them */
const MANAGER_TYPES: Record<string, FeatureType> = {
	AUTO_ATTENDANT: 'autoAttendant',
	CALL_QUEUE: 'callQueue',
	HUNT_GROUP: 'huntGroup',
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** One feature of the mode manager's list */
export function managedFeatureNow(feature: IDataObject): FeatureNow {
	const location = isPlainObject(feature.location) ? feature.location : {};
	const type = String(feature.type ?? '');
	return {
		id: String(feature.id ?? ''),
		name: String(feature.name ?? ''),
		type: MANAGER_TYPES[type] ?? type,
		locationId: text(location.id),
		locationName: text(location.name),
		modeId: text(feature.currentOperatingModeId),
		modeName: text(feature.currentOperatingModeName),
		exceptionType: text(feature.exceptionType),
		enabled: feature.modeBasedForwardingEnabled === true,
	};
}

/** One feature of an admin's lists with its call forwarding's `operatingModes` */
export function forwardingFeatureNow(feature: IDataObject, operatingModes: unknown): FeatureNow {
	const modes = isPlainObject(operatingModes) ? operatingModes : {};
	const modeId = text(modes.currentOperatingModeId);
	const listed = Array.isArray(modes.modes) ? modes.modes : [];
	const current = listed.find((mode) => isPlainObject(mode) && mode.id === modeId) as
		IDataObject | undefined;
	return {
		id: String(feature.id ?? ''),
		name: String(feature.name ?? ''),
		type: String(feature.featureType ?? ''),
		locationId: text(feature.locationId),
		locationName: text(feature.locationName),
		modeId,
		modeName: text(current?.name),
		exceptionType: text(modes.exceptionType),
		enabled: modes.enabled === true,
	};
}

export interface FeatureReading {
	asManager: boolean;
	types: FeatureType[];
	/** Webex's list filters (`locationId`, `name`); an admin's lists only */
	qs: IDataObject;
	/** Only these features (IDs), when some are chosen */
	only: string[];
	concurrency: number;
	settings: RequestSettings;
	/** Read only this many (Fetch Test Event's sample) */
	limit?: number;
}

/**
 * The watched features as they are now. A feature deleted between its list and its read (404)
 * is left out, as if the list had not had it; any other failure fails the poll.
 */
export async function readFeatures(run: WebexRun, reading: FeatureReading): Promise<FeatureNow[]> {
	const keep = (id: string) => reading.only.length === 0 || reading.only.includes(id);
	if (reading.asManager) {
		const listed = await myFeatures(run, reading.settings);
		return listed.map(managedFeatureNow).filter((feature) => keep(feature.id));
	}
	const listed = (await listFeatures(run, { ...reading }))
		.filter((feature) => keep(String(feature.id)))
		.slice(0, reading.limit);
	const found: Array<FeatureNow | undefined> = new Array(listed.length);
	await forEachAtMost(listed.length, reading.concurrency, async (index) => {
		const feature = listed[index];
		const type = feature.featureType;
		if (!isFeatureType(type)) return;
		const path = featureForwardingPath(
			FEATURE_KINDS[type].segment,
			encodeURIComponent(String(feature.locationId ?? '')),
			encodeURIComponent(String(feature.id ?? '')),
		);
		const answer = await unlessGone(
			webexApiRequest(run, { method: 'GET', path, ...reading.settings }),
		);
		if (!answer) return;
		const forwarding = isPlainObject(answer.body.callForwarding) ? answer.body.callForwarding : {};
		found[index] = forwardingFeatureNow(feature, forwarding.operatingModes);
	});
	return found.filter((feature): feature is FeatureNow => feature !== undefined);
}

/** What is kept of a feature between polls */
export function featureMark(feature: FeatureNow): FeatureMark {
	return [
		feature.name,
		feature.type,
		feature.modeName ?? '',
		feature.modeId ? shortHash(feature.modeId) : '',
		feature.exceptionType ?? '',
		feature.enabled ? 1 : 0,
	];
}

const EXTENSION = 'AUTOMATIC_SWITCH_BACK_EXTENSION';

/** What changed between two marks of one feature, in the words the output uses */
export function featureChanges(before: FeatureMark, now: FeatureMark): string[] {
	const changes: string[] = [];
	if (before[3] !== now[3]) changes.push('operatingModeChanged');
	const [was, is] = [before[4], now[4]];
	if (!was && is) changes.push('exceptionStarted');
	else if (was && !is) changes.push('exceptionEnded');
	else if (was !== is) changes.push(is === EXTENSION ? 'exceptionExtended' : 'exceptionChanged');
	if (before[5] !== now[5])
		changes.push(now[5] ? 'modeBasedForwardingEnabled' : 'modeBasedForwardingDisabled');
	return changes;
}

function markView(mark: FeatureMark): IDataObject {
	return {
		operatingModeName: mark[2] || null,
		exceptionType: mark[4] || null,
		modeBasedForwardingEnabled: mark[5] === 1,
	};
}

function nowView(feature: FeatureNow): IDataObject {
	return {
		operatingModeId: feature.modeId ?? null,
		operatingModeName: feature.modeName ?? null,
		exceptionType: feature.exceptionType ?? null,
		modeBasedForwardingEnabled: feature.enabled,
	};
}

/** Which feature an item is about */
function featureView(feature: FeatureNow): IDataObject {
	return {
		id: feature.id,
		name: feature.name,
		type: feature.type,
		locationId: feature.locationId ?? null,
		locationName: feature.locationName ?? null,
	};
}

/** A line a person reads: "Denver Support: Normal → Closed – Weather (exception started)" */
function summary(
	name: string,
	before: FeatureMark,
	after: FeatureMark | undefined,
	changes: string[],
) {
	if (!after) return `${name}: no longer found`;
	const modes =
		before[2] !== after[2] ? `${before[2] || 'no mode'} → ${after[2] || 'no mode'}` : after[2];
	const words = changes.map((change) => change.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
	return `${name}: ${modes || 'no mode'} (${words.join(', ')})`;
}

/**
 * The items for what changed since the last poll: one per feature whose mode, exception or
 * forwarding changed, or that is gone. A feature seen for the first time is recorded, not told.
 */
export function compareFeatures(
	before: Record<string, FeatureMark>,
	now: FeatureNow[],
	seenAt: string,
): { items: IDataObject[]; seen: Record<string, FeatureMark> } {
	const seen: Record<string, FeatureMark> = {};
	const items: IDataObject[] = [];
	for (const feature of now) {
		const mark = featureMark(feature);
		seen[feature.id] = mark;
		const previous = before[feature.id];
		if (!previous) continue;
		const changes = featureChanges(previous, mark);
		if (changes.length === 0) continue;
		items.push({
			event: 'featureModeChanged',
			changes,
			summary: summary(feature.name, previous, mark, changes),
			feature: featureView(feature),
			before: markView(previous),
			after: nowView(feature),
			seenAt,
		});
	}
	for (const [id, previous] of Object.entries(before)) {
		if (seen[id]) continue;
		items.push({
			event: 'featureModeChanged',
			changes: ['featureRemoved'],
			summary: summary(previous[0], previous, undefined, []),
			feature: { id, name: previous[0], type: previous[1] },
			before: markView(previous),
			after: null,
			seenAt,
		});
	}
	return { items, seen };
}

/** Fetch Test Event: one feature as it is now, in the shape a change has */
export function featureSample(feature: FeatureNow, seenAt: string): IDataObject {
	const mark = featureMark(feature);
	return {
		event: 'featureModeChanged',
		changes: [],
		summary: `${feature.name}: ${feature.modeName || 'no mode'} (a sample: nothing changed)`,
		feature: featureView(feature),
		before: markView(mark),
		after: nowView(feature),
		seenAt,
	};
}
