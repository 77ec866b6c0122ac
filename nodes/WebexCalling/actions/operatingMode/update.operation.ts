import type { INodeProperties } from 'n8n-workflow';

import { buildOperatingModeUpdateBody } from '../../domain/operatingMode/body';
import { planOperatingModeUpdate } from '../../domain/operatingMode/update';
import type { HolidaysUpdateMode } from '../../domain/operatingMode/update';
import { dryRunOption, modeIdLocator, optionsCollection } from '../../kit/descriptions';
import { readPathId } from '../../kit/operation';
import { mergedUpdateOperation, updateInput } from '../update';
import { modePath } from '../../kit/paths';
import { readHolidaysUpdateMode } from '../../domain/operatingMode/requests';
import {
	callForwardingField,
	differentHoursDailyField,
	holidaysField,
	holidaysUpdateModeField,
	sameHoursDailyField,
} from '../../domain/operatingMode/fields';
import { operatingModeUpdateIssues } from '../../domain/operatingMode/validate';

const properties: INodeProperties[] = [
	modeIdLocator,
	{
		displayName:
			"A mode's type, level and location cannot change after it is created. Days and call forwarding fields you leave out keep their values. To change one holiday, use Operating Mode Holiday → Update.",
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	...updateInput(
		'operating mode',
		[
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New unique name',
			},
			sameHoursDailyField,
			differentHoursDailyField,
			holidaysField,
			callForwardingField,
		],
		{},
	),
	holidaysUpdateModeField,
	optionsCollection([dryRunOption]),
];

/**
 * Reads the mode, merges the changes into what Webex's PUT replaces whole (weekly schedule,
 * call forwarding, holidays), sends it, and outputs the mode as it is after the update.
 */
export const update = mergedUpdateOperation<HolidaysUpdateMode>({
	option: {
		name: 'Update',
		description:
			"Change an operating mode's name, schedule, holidays or forwarding; returns the mode after the change",
		action: 'Update an operating mode',
	},
	description: properties,
	path: (ctx, itemIndex, issues) => modePath(readPathId(ctx, itemIndex, 'modeId', issues)),
	fromFields: buildOperatingModeUpdateBody,
	check: operatingModeUpdateIssues,
	readChoice: readHolidaysUpdateMode,
	plan: planOperatingModeUpdate,
});
