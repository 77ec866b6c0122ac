/** What the Auto Attendant operations share: which auto attendant, and its schedules by name. */
import type { INodeProperties } from 'n8n-workflow';

import { locationIdLocator, namePicker, pickerField } from '../../kit/descriptions';

/** The auto attendant: its location, then the auto attendant, picked from the location's. */
export const autoAttendantIdFields: INodeProperties[] = [
	{ ...locationIdLocator, description: "The auto attendant's Webex Calling location" },
	pickerField(
		{
			name: 'autoAttendantId',
			displayName: 'Auto Attendant',
			description: 'The auto attendant, one of the location above',
		},
		'searchAutoAttendants',
		'Y2lzY29zcGFyazovL3VzL0FVVE9fQVRURU5EQU5UL...',
	),
];

/** The fields of Update, named as Webex names them; the menus and the rest go as JSON. */
export const autoAttendantScheduleFields: INodeProperties[] = [
	namePicker({
		name: 'businessSchedule',
		displayName: 'Business Schedule',
		searchListMethod: 'searchBusinessHoursScheduleNames',
		example: 'Denver Business Hours',
		description:
			"The business hours schedule: during it callers get the Business Hours Menu, outside it the After Hours Menu. The list holds the location's business hours schedules.",
	}),
	namePicker({
		name: 'holidaySchedule',
		displayName: 'Holiday Schedule',
		searchListMethod: 'searchHolidayScheduleNames',
		example: 'Denver Holidays',
		description:
			"The holiday schedule: during it callers get the After Hours Menu. The list holds the location's holiday schedules.",
	}),
];
