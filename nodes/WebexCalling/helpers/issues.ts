/**
 * What is wrong with an item's input, collected before anything is sent, and the one message
 * that tells the user. Pure.
 */

export interface InputIssue {
	/** Path of the field in the request body or parameters, e.g. `holidays[0].startDate` */
	field: string;
	problem: string;
}

/**
 * The form's own words for the API's field names, so a message names the field as the user
 * sees it (Same Hours Daily → Monday to Friday → Start Time), with the API path after it for
 * those who typed JSON.
 */
const LABELS: Record<string, string> = {
	name: 'Name',
	type: 'Type',
	level: 'Level',
	locationId: 'Location',
	location: 'Location',
	modeId: 'Operating Mode',
	holidayId: 'Holiday ID',
	workspaceId: 'Workspace',
	criteriaId: 'Criteria ID',
	jsonBody: 'JSON Body',
	updateFields: 'Update Fields',
	limit: 'Limit',
	sameHoursDaily: 'Same Hours Daily',
	differentHoursDaily: 'Different Hours Daily',
	mondayToFriday: 'Monday to Friday',
	saturdayToSunday: 'Saturday to Sunday',
	sunday: 'Sunday',
	monday: 'Monday',
	tuesday: 'Tuesday',
	wednesday: 'Wednesday',
	thursday: 'Thursday',
	friday: 'Friday',
	saturday: 'Saturday',
	enabled: 'Enabled',
	allDayEnabled: 'All Day',
	startTime: 'Start Time',
	endTime: 'End Time',
	holidays: 'Holidays',
	startDate: 'Start Date',
	endDate: 'End Date',
	recurrence: 'Recurrence',
	recurYearlyByDate: 'Yearly by Date',
	recurYearlyByDay: 'Yearly by Day',
	dayOfMonth: 'Day of Month',
	month: 'Month',
	day: 'Day',
	week: 'Week',
	callForwarding: 'Call Forwarding',
	destination: 'Destination',
	destinationVoicemailEnabled: 'Destination Voicemail Enabled',
	phoneNumbers: 'Phone Numbers',
	phoneNumber: 'Phone Number',
	answerConfirmationRequiredEnabled: 'Answer Confirmation Required',
	doNotRingIfOnCallEnabled: 'Do Not Ring If On Call',
	criteriasEnabled: 'Criterias Enabled',
	scheduleName: 'Schedule Name',
	scheduleType: 'Schedule Type',
	scheduleLevel: 'Schedule Level',
	callsFrom: 'Calls From',
	ringEnabled: 'Ring Enabled',
};

/** `holidays[2].startDate` → `Holidays → #3 → Start Date`. */
export function fieldLabel(path: string): string {
	const parts: string[] = [];
	for (const segment of path.split('.')) {
		const match = /^([^[]+)((?:\[\d+\])*)$/.exec(segment);
		const key = match ? match[1] : segment;
		parts.push(LABELS[key] ?? key);
		for (const index of (match?.[2] ?? '').match(/\d+/g) ?? []) parts.push(`#${Number(index) + 1}`);
	}
	return parts.join(' → ');
}

function describeField(field: string): string {
	const label = fieldLabel(field);
	return label.replace(/\s/g, '').toLowerCase() === field.toLowerCase()
		? label
		: `${label} (${field})`;
}

/** One message a user can act on: which item, which fields, what is wrong. */
export function describeIssues(issues: InputIssue[], itemIndex: number): string {
	const parts = issues.map((issue) => `${describeField(issue.field)} ${issue.problem}`);
	return `Invalid input in item ${itemIndex}: ${parts.join('; ')}`;
}
