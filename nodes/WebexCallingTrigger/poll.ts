/**
 * One poll: read what each chosen event watches, compare it with the last good poll, emit what
 * changed, and keep what is there now. Only a poll that read everything keeps anything: one that
 * fails throws (n8n records an error execution) and leaves the state as it was, so the next good
 * poll compares against the last good one.
 *
 * - First poll of an event (or new settings for it): records, emits nothing.
 * - Manual mode (Fetch Test Event): reads the org's current data and shows a sample of each
 *   event's items; the state is left alone (n8n does not keep a manual run's static data).
 */
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { isFeatureType } from '../WebexCalling/helpers/forwarding';
import type { FeatureType } from '../WebexCalling/helpers/forwarding';
import { optionalText } from '../WebexCalling/helpers/json';
import { retryPolicyFrom } from '../WebexCalling/helpers/retry';
import { DEFAULT_CONCURRENCY } from '../WebexCalling/kit/descriptions';
import type { RequestSettings } from '../WebexCalling/kit/operation';
import { WebexRun } from '../WebexCalling/transport';
import { compareFeatures, featureSample, readFeatures } from './features';
import type { FeatureReading } from './features';
import { newHolidays, readHolidays, upcomingHolidays } from './holidays';
import type { HolidayReading } from './holidays';
import { compareModes, readModes } from './modes';
import type { ModeReading } from './modes';
import { today } from './occurrences';
import { stableJson, stateFrom } from './state';
import type { TriggerState } from './state';

/** How many items Fetch Test Event shows of each event */
const SAMPLES = 3;

const ALL_TYPES: FeatureType[] = ['autoAttendant', 'callQueue', 'huntGroup'];

function param<T>(ctx: IPollFunctions, name: string, fallback: T): T {
	return ctx.getNodeParameter(name, fallback) as T;
}

/** A Location picker's ID, when the event it belongs to is chosen (n8n reads only shown ones) */
function location(ctx: IPollFunctions, name: string, shown: boolean): string | undefined {
	return shown ? optionalText(ctx.getNodeParameter(name, '', { extractValue: true })) : undefined;
}

function positiveInteger(value: unknown, fallback: number) {
	return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

interface Settings {
	events: string[];
	features: FeatureReading;
	holidays: HolidayReading & { withinDays: number };
	modes: ModeReading;
}

function readSettings(ctx: IPollFunctions): Settings & { maxRequestsPerSecond: number } {
	const options = param<IDataObject>(ctx, 'options', {});
	const concurrency = positiveInteger(options.concurrency, DEFAULT_CONCURRENCY);
	const settings: RequestSettings = {
		orgId: optionalText(options.orgId),
		retry: retryPolicyFrom(options),
	};
	const chosenTypes = param<unknown[]>(ctx, 'featureTypes', ALL_TYPES);
	const types = ALL_TYPES.filter((type) => chosenTypes.includes(type) && isFeatureType(type));
	const events = param<unknown[]>(ctx, 'events', []).map(String);
	const asManager = param<string>(ctx, 'featureSource', 'admin') === 'modeManager';
	const featureLocation = location(
		ctx,
		'featureLocationId',
		events.includes('featureModeChanged') && !asManager,
	);
	return {
		events,
		maxRequestsPerSecond:
			typeof options.maxRequestsPerSecond === 'number' ? options.maxRequestsPerSecond : 0,
		features: {
			asManager,
			types: types.length > 0 ? types : ALL_TYPES,
			qs: featureLocation ? { locationId: featureLocation } : {},
			only: param<unknown[]>(ctx, 'featureIds', []).map(String).filter(Boolean),
			concurrency,
			settings,
		},
		holidays: {
			sources: param<Array<'operatingMode' | 'locationSchedule'>>(ctx, 'holidaySources', [
				'operatingMode',
				'locationSchedule',
			]),
			locationId: location(ctx, 'holidayLocationId', events.includes('holidayStartsSoon')),
			withinDays: Math.max(0, Math.floor(Number(param(ctx, 'withinDays', 14)) || 0)),
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

/** What an event watched, as a key: other settings are recorded anew rather than compared. */
function scopeOf(settings: unknown): string {
	return stableJson(settings);
}

export async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const manual = this.getMode() === 'manual';
	const settings = readSettings(this);
	const run = new WebexRun(this, {
		maxRequestsPerSecond: settings.maxRequestsPerSecond,
		concurrency: settings.features.concurrency,
	});
	const staticData = this.getWorkflowStaticData('node');
	const state = stateFrom(staticData);
	const next: TriggerState = { version: state.version };
	const seenAt = new Date().toISOString();
	const items: IDataObject[] = [];

	if (settings.events.includes('featureModeChanged')) {
		const { asManager, types, qs, only, settings: requests } = settings.features;
		const scope = scopeOf({ asManager, types, qs, only, orgId: requests.orgId });
		const now = await readFeatures(run, settings.features);
		if (manual)
			items.push(...now.slice(0, SAMPLES).map((feature) => featureSample(feature, seenAt)));
		const compared = compareFeatures(
			state.features?.scope === scope ? state.features.seen : {},
			now,
			seenAt,
		);
		if (!manual && state.features?.scope === scope) items.push(...compared.items);
		next.features = { scope, seen: compared.seen };
	}

	if (settings.events.includes('operatingModeChanged')) {
		const scope = scopeOf({
			locationId: settings.modes.locationId,
			orgId: settings.modes.settings.orgId,
		});
		const now = await readModes(run, settings.modes);
		const compared = compareModes(
			state.modes?.scope === scope ? state.modes.seen : {},
			now,
			seenAt,
		);
		if (manual)
			items.push(
				...now.slice(0, SAMPLES).map((operatingMode) => ({
					event: 'operatingModeChanged',
					summary: `Operating mode ${String(operatingMode.name)} (a sample: nothing changed)`,
					changedFields: [],
					operatingMode,
					seenAt,
				})),
			);
		else if (state.modes?.scope === scope) items.push(...compared.items);
		next.modes = { scope, seen: compared.seen };
	}

	if (settings.events.includes('holidayStartsSoon')) {
		const { sources, locationId, withinDays } = settings.holidays;
		const scope = scopeOf({
			sources,
			locationId,
			withinDays,
			orgId: settings.holidays.settings.orgId,
		});
		const day = today(this.getTimezone());
		const upcoming = upcomingHolidays(
			await readHolidays(run, settings.holidays),
			day,
			withinDays,
			seenAt,
		);
		if (manual) items.push(...upcoming.slice(0, SAMPLES).map((entry) => entry.item));
		const known = state.holidays?.scope === scope;
		const compared = newHolidays(known ? state.holidays!.seen : {}, upcoming, day);
		if (!manual && known) items.push(...compared.items);
		next.holidays = { scope, seen: compared.seen };
	}

	if (!manual) staticData.webexCalling = next;
	return items.length > 0 ? [this.helpers.returnJsonArray(items)] : null;
}
