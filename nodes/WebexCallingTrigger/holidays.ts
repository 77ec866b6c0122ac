/**
 * "Holiday starts soon": the holidays of the org's operating modes and of its locations' holiday
 * schedules that begin within the next N days, each occurrence told once.
 */
import type { IDataObject } from 'n8n-workflow';

import { forEachAtMost } from '../WebexCalling/kit/runItems';
import {
	callingLocations,
	readSchedule,
	schedulesAt,
} from '../WebexCalling/domain/schedule/requests';
import { isPlainObject } from '../WebexCalling/helpers/json';
import type { Json } from '../WebexCalling/helpers/json';
import type { RequestSettings } from '../WebexCalling/kit/operation';
import { unlessGone } from '../WebexCalling/transport';
import type { WebexRun } from '../WebexCalling/transport';
import { readModes } from './modes';
import { dayText, occurrencesWithin } from './occurrences';

/** One holiday with what holds it: an operating mode or a location's holiday schedule */
export interface HolidayFound {
	source: 'operatingMode' | 'locationSchedule';
	holiday: Json;
	/** The operating mode or the schedule, a few fields */
	holder: IDataObject;
}

export interface HolidayReading {
	sources: Array<HolidayFound['source']>;
	/** One location only (its schedules, and the modes it may use), when set */
	locationId?: string;
	concurrency: number;
	settings: RequestSettings;
}

async function scheduleHolidays(run: WebexRun, reading: HolidayReading): Promise<HolidayFound[]> {
	const locations = reading.locationId
		? [{ id: reading.locationId }]
		: await callingLocations(run, reading.settings);
	const lists: IDataObject[][] = new Array(locations.length);
	await forEachAtMost(locations.length, reading.concurrency, async (index) => {
		const locationId = encodeURIComponent(String(locations[index].id ?? ''));
		lists[index] = (await schedulesAt(run, locationId, { type: 'holidays' }, reading.settings)).map(
			(schedule) => ({ ...schedule, locationId: locations[index].id }),
		);
	});
	const schedules = lists.flat().filter((schedule) => schedule.type === 'holidays');
	const found: HolidayFound[][] = new Array(schedules.length);
	await forEachAtMost(schedules.length, reading.concurrency, async (index) => {
		const schedule = schedules[index];
		// Deleted between the list and the read: as if the list had not had it.
		const full = await unlessGone(
			readSchedule(
				run,
				{
					locationId: encodeURIComponent(String(schedule.locationId ?? '')),
					type: 'holidays',
					id: encodeURIComponent(String(schedule.id ?? '')),
				},
				reading.settings,
			),
		);
		if (!full) return;
		const holder = {
			id: schedule.id,
			name: schedule.name,
			locationId: schedule.locationId,
			...(schedule.locationName ? { locationName: schedule.locationName } : {}),
		};
		found[index] = (Array.isArray(full.events) ? full.events : [])
			.filter(isPlainObject)
			.map((holiday) => ({ source: 'locationSchedule' as const, holiday, holder }));
	});
	return found.flat().filter(Boolean);
}

async function modeHolidays(run: WebexRun, reading: HolidayReading): Promise<HolidayFound[]> {
	const modes = await readModes(run, { ...reading, type: 'HOLIDAY' });
	return modes.flatMap((mode) =>
		(Array.isArray(mode.holidays) ? mode.holidays : []).filter(isPlainObject).map((holiday) => ({
			source: 'operatingMode' as const,
			holiday,
			holder: {
				id: mode.id,
				name: mode.name,
				level: mode.level,
				...(isPlainObject(mode.location) ? { location: mode.location } : {}),
			},
		})),
	);
}

/** Every holiday of the chosen sources, as it is now */
export async function readHolidays(
	run: WebexRun,
	reading: HolidayReading,
): Promise<HolidayFound[]> {
	const found: HolidayFound[] = [];
	if (reading.sources.includes('operatingMode')) found.push(...(await modeHolidays(run, reading)));
	if (reading.sources.includes('locationSchedule'))
		found.push(...(await scheduleHolidays(run, reading)));
	return found;
}

/** One occurrence of a holiday within the window, as the output tells it */
export interface Upcoming {
	key: string;
	start: number;
	item: IDataObject;
}

/**
 * The holidays that begin from `today` to `today + withinDays`, each with a key that names this
 * occurrence (what holds it, the holiday's name, the day it begins): a rename of the holiday or
 * a new year's occurrence is told again, a re-read of the same one is not.
 */
export function upcomingHolidays(
	found: HolidayFound[],
	today: number,
	withinDays: number,
	seenAt: string,
): Upcoming[] {
	const upcoming: Upcoming[] = [];
	for (const { source, holiday, holder } of found) {
		for (const next of occurrencesWithin(holiday, today, today + withinDays)) {
			// In full, not hashed: two holidays must never share a key (only those in the window are kept).
			const key = `${source}|${String(holder.id)}|${String(holiday.name)}|${dayText(next.start)}`;
			upcoming.push({
				key,
				start: next.start,
				item: {
					event: 'holidayStartsSoon',
					summary: `${String(holiday.name)} (${String(holder.name)}): ${dayText(next.start)}${
						next.end > next.start ? ` to ${dayText(next.end)}` : ''
					}, ${next.start === today ? 'today' : `in ${next.start - today} day${next.start - today === 1 ? '' : 's'}`}`,
					holiday: {
						...(holiday as IDataObject),
						startDate: dayText(next.start),
						endDate: dayText(next.end),
					},
					daysUntil: next.start - today,
					source,
					[source]: holder,
					seenAt,
				},
			});
		}
	}
	return upcoming.sort((a, b) => a.start - b.start);
}

/**
 * The occurrences not told before, and what to keep: the told ones whose first day has not
 * passed (a past one cannot come back within the window).
 */
export function newHolidays(
	reported: Record<string, number>,
	upcoming: Upcoming[],
	today: number,
): { items: IDataObject[]; seen: Record<string, number> } {
	const seen: Record<string, number> = {};
	for (const [key, start] of Object.entries(reported)) if (start >= today) seen[key] = start;
	const items: IDataObject[] = [];
	for (const { key, start, item } of upcoming) {
		if (seen[key] === undefined) items.push(item);
		seen[key] = start;
	}
	return { items, seen };
}
