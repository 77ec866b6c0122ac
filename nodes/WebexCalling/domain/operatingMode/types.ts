/**
 * Webex Calling payloads, named as Webex names them
 * (https://developer.webex.com/docs/api/v1/features-operating-modes, .../workspace-call-settings).
 */

import { DAY_KEYS } from '../../helpers/calendar';
import type { Month, Week, Weekday } from '../../helpers/calendar';

export const OPERATING_MODE_TYPES = [
	'SAME_HOURS_DAILY',
	'DIFFERENT_HOURS_DAILY',
	'HOLIDAY',
	'NONE',
] as const;
export type OperatingModeType = (typeof OPERATING_MODE_TYPES)[number];

export const OPERATING_MODE_LEVELS = ['ORGANIZATION', 'LOCATION'] as const;
export type OperatingModeLevel = (typeof OPERATING_MODE_LEVELS)[number];

export const SAME_HOURS_DAILY_KEYS = ['mondayToFriday', 'saturdayToSunday'] as const;
export const DIFFERENT_HOURS_DAILY_KEYS = DAY_KEYS;

/** The schedule each type carries (Webex's reference: "Mandatory if type is ..."). */
export const SCHEDULE_OF_TYPE: Record<
	string,
	'sameHoursDaily' | 'differentHoursDaily' | 'holidays'
> = {
	SAME_HOURS_DAILY: 'sameHoursDaily',
	DIFFERENT_HOURS_DAILY: 'differentHoursDaily',
	HOLIDAY: 'holidays',
};

export interface OperatingModeDaySchedule {
	enabled?: boolean;
	allDayEnabled?: boolean;
	/** HH:MM, 24-hour */
	startTime?: string;
	/** HH:MM, 24-hour */
	endTime?: string;
}

export type OperatingModeSameHoursDaily = Partial<
	Record<(typeof SAME_HOURS_DAILY_KEYS)[number], OperatingModeDaySchedule>
>;
export type OperatingModeDifferentHoursDaily = Partial<
	Record<(typeof DIFFERENT_HOURS_DAILY_KEYS)[number], OperatingModeDaySchedule>
>;

export interface RecurYearlyByDate {
	dayOfMonth: number;
	month: Month;
}

export interface RecurYearlyByDay {
	day: Weekday;
	week: Week;
	month: Month;
}

export interface OperatingModeHolidayRecurrence {
	recurYearlyByDate?: RecurYearlyByDate;
	recurYearlyByDay?: RecurYearlyByDay;
}

export interface OperatingModeHoliday {
	name: string;
	allDayEnabled?: boolean;
	/** YYYY-MM-DD */
	startDate: string;
	/** YYYY-MM-DD */
	endDate: string;
	startTime?: string;
	endTime?: string;
	recurrence?: OperatingModeHolidayRecurrence;
}

export interface OperatingModeCallForwarding {
	enabled?: boolean;
	destination?: string;
	destinationVoicemailEnabled?: boolean;
}

/** Body of POST /telephony/config/operatingModes */
export interface OperatingModeCreateBody {
	name: string;
	type: OperatingModeType;
	level: OperatingModeLevel;
	locationId?: string;
	sameHoursDaily?: OperatingModeSameHoursDaily;
	differentHoursDaily?: OperatingModeDifferentHoursDaily;
	holidays?: OperatingModeHoliday[];
	callForwarding: OperatingModeCallForwarding;
}
