import { buildHolidayUpdateBody } from '../../domain/operatingMode/body';
import { holidayFields } from '../../domain/operatingMode/fields';
import { holidayIssues } from '../../domain/operatingMode/validate';
import { holidayIdFields, modeIdLocator } from '../../kit/descriptions';
import { holidayPath } from '../../kit/paths';
import { partialUpdateOperation } from '../update';

/**
 * Webex's Modify an Operating Mode Holiday takes only the fields to change (wxc_sdk
 * `test_holidays_and_change_holiday` sends the name alone), so this is a partial PUT. Outputs
 * the holiday as it is after the update, read back.
 */
export const update = partialUpdateOperation({
	option: {
		name: 'Update',
		description: "Change a holiday's name, dates, times or recurrence",
		action: 'Update a holiday of an operating mode',
	},
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	what: 'holiday',
	fields: holidayFields.map((field) => ({ ...field, required: false })),
	body: (changes) => {
		const body = buildHolidayUpdateBody(changes);
		return { body, issues: holidayIssues(body, '', true) };
	},
});
