/**
 * One poll: read what each chosen event watches, then compare it with the last good poll, emit
 * what changed, and keep what is there now.
 *
 * - Only a poll that read everything keeps anything: one that fails throws (n8n records an
 *   error execution) and leaves the state as it was, so the next good poll compares against the
 *   last good one.
 * - The comparison and the write follow the reads with no wait between them: a poll that
 *   overlapped this one (two Poll Times at once, or a poll longer than its interval) has
 *   written its state by then, and this one compares against that, so nothing is told twice.
 * - First poll of an event, or other settings or another credential for it: records, emits
 *   nothing.
 * - Manual mode (Fetch Test Event): reads a sample of the org's current data and shows it as
 *   each event's items would look; the state is left alone (n8n keeps no manual run's static
 *   data either).
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { featureIdList } from '../WebexCalling/helpers/featureIds';
import { optionalText } from '../WebexCalling/helpers/json';
import { gateSettingsFrom, requestSettingsFrom } from '../WebexCalling/kit/operation';
import { WebexRun } from '../WebexCalling/transport';
import type { GateSettings } from '../WebexCalling/transport';
import { compareFeatures, featureSample, readFeatures } from './features';
import type { FeatureNow, FeatureReading } from './features';
import { newHolidays, readHolidays, upcomingHolidays } from './holidays';
import type { HolidayReading, Upcoming } from './holidays';
import { compareModes, readModes } from './modes';
import type { ModeReading } from './modes';
import { today } from './occurrences';
import { stableJson, stateFrom } from './state';
import type { TriggerState } from './state';

/** How many items Fetch Test Event shows of each event */
const SAMPLES = 3;

const EVENTS = ['featureModeChanged', 'holidayStartsSoon', 'operatingModeChanged'] as const;
const FEATURE_TYPES = ['autoAttendant', 'callQueue', 'huntGroup'] as const;
const HOLIDAY_SOURCES = ['operatingMode', 'locationSchedule'] as const;

/**
 * A multi-choice field's values: a list, or text separated by commas (an expression's); a value
 * the field does not offer fails the poll naming the field, before anything is sent.
 */
function choices<T extends string>(
	ctx: IPollFunctions,
	name: string,
	label: string,
	allowed: readonly T[],
	fallback: T[],
): T[] {
	const given = featureIdList(ctx.getNodeParameter(name, fallback));
	const unknown = given.filter((value) => !allowed.includes(value as T));
	if (unknown.length > 0)
		throw new NodeOperationError(
			ctx.getNode(),
			`${label} has ${unknown.map((value) => JSON.stringify(value)).join(', ')}: it takes ${allowed.join(', ')}`,
		);
	return given as T[];
}

/** A Location picker's ID, when the event it belongs to is chosen (n8n reads only shown ones) */
function location(ctx: IPollFunctions, name: string, shown: boolean): string | undefined {
	return shown ? optionalText(ctx.getNodeParameter(name, '', { extractValue: true })) : undefined;
}

interface Settings {
	events: Array<(typeof EVENTS)[number]>;
	gate: GateSettings;
	features: FeatureReading;
	holidays: HolidayReading & { withinDays: number };
	modes: ModeReading;
}

function readSettings(ctx: IPollFunctions): Settings {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const gate = gateSettingsFrom(options);
	const { concurrency } = gate;
	const settings = requestSettingsFrom(options);
	const events = choices(ctx, 'events', 'Events', EVENTS, []);
	const watchFeatures = events.includes('featureModeChanged');
	const asManager =
		watchFeatures && ctx.getNodeParameter('featureSource', 'admin') === 'modeManager';
	const types =
		watchFeatures && !asManager
			? choices(ctx, 'featureTypes', 'Feature Types', FEATURE_TYPES, [...FEATURE_TYPES])
			: [];
	const featureLocation = location(ctx, 'featureLocationId', watchFeatures && !asManager);
	const withinDays = Number(ctx.getNodeParameter('withinDays', 14));
	return {
		events,
		gate,
		features: {
			asManager,
			types: types.length > 0 ? types : [...FEATURE_TYPES],
			qs: featureLocation ? { locationId: featureLocation } : {},
			only: watchFeatures ? featureIdList(ctx.getNodeParameter('featureIds', [])) : [],
			concurrency,
			settings,
		},
		holidays: {
			sources: events.includes('holidayStartsSoon')
				? choices(ctx, 'holidaySources', 'Holidays Of', HOLIDAY_SOURCES, [...HOLIDAY_SOURCES])
				: [],
			locationId: location(ctx, 'holidayLocationId', events.includes('holidayStartsSoon')),
			withinDays: Number.isFinite(withinDays) ? Math.max(0, Math.floor(withinDays)) : 14,
			concurrency,
			settings,
		},
		modes: {
			locationId: location(ctx, 'modeLocationId', events.includes('operatingModeChanged')),
			concurrency,
			settings,
		},
	};
}

/** What one poll read, before any comparison */
interface Readings {
	features?: FeatureNow[];
	modes?: IDataObject[];
	holidays?: { day: number; upcoming: Upcoming[] };
}

export async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const manual = this.getMode() === 'manual';
	const settings = readSettings(this);
	const { events } = settings;
	const run = new WebexRun(this, settings.gate);
	const seenAt = new Date().toISOString();
	const limit = manual ? SAMPLES : undefined;

	const read: Readings = {};
	if (events.includes('featureModeChanged'))
		read.features = await readFeatures(run, { ...settings.features, limit });
	if (events.includes('operatingModeChanged'))
		read.modes = await readModes(run, { ...settings.modes, limit });
	if (events.includes('holidayStartsSoon')) {
		const day = today(this.getTimezone());
		const found = await readHolidays(run, settings.holidays);
		read.holidays = {
			day,
			upcoming: upcomingHolidays(found, day, settings.holidays.withinDays, seenAt),
		};
	}

	if (manual) {
		const samples = [
			...(read.features ?? []).slice(0, SAMPLES).map((feature) => featureSample(feature, seenAt)),
			...(read.modes ?? []).slice(0, SAMPLES).map((operatingMode) => ({
				event: 'operatingModeChanged',
				summary: `Operating mode ${String(operatingMode.name)} (a sample: nothing changed)`,
				changedFields: [],
				operatingMode,
				seenAt,
			})),
			...(read.holidays?.upcoming ?? []).slice(0, SAMPLES).map((entry) => entry.item),
		];
		return samples.length > 0 ? [this.helpers.returnJsonArray(samples)] : null;
	}

	// Whose data it is: another credential, org or Webex records anew rather than compares.
	const conn = await run.connection();
	const credential = [conn.type, conn.decrypted.id, conn.baseUrl, conn.orgId ?? ''];
	const scopeOf = (watched: object) => stableJson({ ...watched, credential });

	// From here to the write, nothing waits: see the header.
	const staticData = this.getWorkflowStaticData('node');
	const state = stateFrom(staticData);
	const next: TriggerState = { version: state.version };
	const items: IDataObject[] = [];
	if (read.features) {
		const { asManager, types, qs, only, settings: requests } = settings.features;
		const scope = scopeOf({ asManager, types, qs, only, orgId: requests.orgId });
		const known = state.features?.scope === scope;
		const compared = compareFeatures(known ? state.features!.seen : {}, read.features, seenAt);
		if (known) items.push(...compared.items);
		next.features = { scope, seen: compared.seen };
	}
	if (read.modes) {
		const { locationId, settings: requests } = settings.modes;
		const scope = scopeOf({ locationId, orgId: requests.orgId });
		const known = state.modes?.scope === scope;
		const compared = compareModes(known ? state.modes!.seen : {}, read.modes, seenAt);
		if (known) items.push(...compared.items);
		next.modes = { scope, seen: compared.seen };
	}
	if (read.holidays) {
		const { sources, locationId, withinDays, settings: requests } = settings.holidays;
		const scope = scopeOf({ sources, locationId, withinDays, orgId: requests.orgId });
		const known = state.holidays?.scope === scope;
		const { day, upcoming } = read.holidays;
		const compared = newHolidays(known ? state.holidays!.seen : {}, upcoming, day);
		if (known) items.push(...compared.items);
		next.holidays = { scope, seen: compared.seen };
	}
	staticData.webexCalling = next;
	return items.length > 0 ? [this.helpers.returnJsonArray(items)] : null;
}
