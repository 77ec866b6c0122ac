/**
 * A location schedule as Webex names it ("Location Call Settings: Schedules",
 * https://developer.webex.com/docs/api/v1/location-call-settings-schedules; wxc_sdk
 * `wxc_sdk/common/schedules.py`): a business-hours or holiday schedule of one location, its
 * events described by name.
 */
import { DAY_KEYS } from '../../helpers/calendar';

export const SCHEDULE_WEEKDAYS = DAY_KEYS;

/** The recurrences a location schedule's event takes (a personal schedule's daily one is not). */
export const SCHEDULE_RECURRENCES = ['recurWeekly', 'recurYearlyByDate', 'recurYearlyByDay'];
