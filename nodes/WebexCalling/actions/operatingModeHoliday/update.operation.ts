import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { buildHolidayUpdateBody } from '../../domain/operatingMode/body';
import { withoutReadOnly } from '../../helpers/updates';
import { pathFromIds } from '../byId';
import {
	dryRunOption,
	holidayIdFields,
	modeIdLocator,
	optionsCollection,
} from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { holidayPath } from '../../kit/paths';
import { holidayFields } from '../../domain/operatingMode/fields';
import { holidayIssues } from '../../domain/operatingMode/validate';
import { putAndReadBack, readChanges, updateInput } from '../update';
import type { UpdatePrepared } from '../update';

const idFields = [modeIdLocator, ...holidayIdFields];

export const description: INodeProperties[] = [
	...idFields,
	...updateInput(
		'holiday',
		holidayFields.map((field) => ({ ...field, required: false })),
		{},
	),
	optionsCollection([dryRunOption]),
];

export const update: WebexOperation<UpdatePrepared> = {
	description,

	/**
	 * Webex's Modify an Operating Mode Holiday takes only the fields to change (wxc_sdk
	 * `test_holidays_and_change_holiday` sends the name alone), so this is a partial PUT.
	 */
	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, holidayPath, issues);
		const { body, notSent } = withoutReadOnly(
			readChanges(this, itemIndex, (fields) => fields, issues),
			['id'],
		);
		const sent = buildHolidayUpdateBody(body);
		issues.push(...holidayIssues(sent, '', true));
		assertNoIssues(this, itemIndex, issues);
		return { path, body: sent as IDataObject, notSent, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the holiday as it is after the update, read back. */
	execute: putAndReadBack,
};
