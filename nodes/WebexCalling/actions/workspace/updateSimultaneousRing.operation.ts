import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { validateSimultaneousRingUpdate } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { pathFromIds } from '../byId';
import { optionsCollection, workspaceIdLocator } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { WebexOperation } from '../operation';
import { putAndReadBack, updateFieldsCollection } from '../update';
import type { UpdatePrepared } from '../update';
import { simultaneousRingPath } from './paths';

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['updateSimultaneousRing'] } },
	[
		workspaceIdLocator,
		updateFieldsCollection([
			{
				displayName: 'Enabled',
				name: 'enabled',
				type: 'boolean',
				default: false,
				description: 'Whether simultaneous ring is on',
			},
			{
				displayName: 'Do Not Ring If On Call',
				name: 'doNotRingIfOnCallEnabled',
				type: 'boolean',
				default: false,
				description: 'Whether the other numbers stay silent while the workspace is on a call',
			},
			{
				displayName: 'Phone Numbers',
				name: 'phoneNumbers',
				type: 'fixedCollection',
				placeholder: 'Add Number',
				default: {},
				typeOptions: { multipleValues: true },
				description: 'Up to 10 numbers that ring along with the workspace; replaces the current list',
				options: [
					{
						displayName: 'Number',
						name: 'number',
						values: [
							{
								displayName: 'Phone Number',
								name: 'phoneNumber',
								type: 'string',
								default: '',
								placeholder: '+19075552859',
								description: 'E.164 number or extension',
							},
							{
								displayName: 'Answer Confirmation Required',
								name: 'answerConfirmationRequiredEnabled',
								type: 'boolean',
								default: false,
								description: 'Whether the called party must press 1 to take the call',
							},
						],
					},
				],
			},
			{
				displayName: 'Criterias Enabled',
				name: 'criteriasEnabled',
				type: 'boolean',
				default: false,
				description: 'Whether the schedule criteria apply',
			},
		]),
		optionsCollection(),
	],
);

/** Webex's body from the collection: the numbers' fixedCollection becomes `phoneNumbers[]`. */
function toBody(fields: IDataObject): IDataObject {
	const body: IDataObject = { ...fields };
	if (fields.phoneNumbers !== undefined) {
		const entries = ((fields.phoneNumbers as IDataObject).number as IDataObject[] | undefined) ?? [];
		body.phoneNumbers = entries.map((entry) => ({
			phoneNumber: typeof entry.phoneNumber === 'string' ? entry.phoneNumber.trim() : entry.phoneNumber,
			answerConfirmationRequiredEnabled: entry.answerConfirmationRequiredEnabled ?? false,
		}));
	}
	return body;
}

export const updateSimultaneousRing: WebexOperation<UpdatePrepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, [workspaceIdLocator], simultaneousRingPath, issues);
		const body = toBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		issues.push(...validateSimultaneousRingUpdate(body));
		assertNoIssues(this, itemIndex, issues);
		return { path, body, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the settings as they are after the update, read back, so a workflow can verify. */
	execute: putAndReadBack,
};
