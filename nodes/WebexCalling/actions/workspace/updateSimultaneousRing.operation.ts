import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { isPlainObject } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { planSimultaneousRingUpdate } from '../../domain/simultaneousRing/update';
import { dryRunOption, optionsCollection, workspaceIdNamedLocator } from '../../kit/descriptions';
import { readReference } from '../../kit/reference';
import { idOf, workspaceByName } from '../lookups';
import { mergedUpdateOperation, updateInput } from '../update';
import { simultaneousRingPath } from '../../kit/paths';
import {
	MAX_SIMULTANEOUS_RING_NUMBERS,
	simultaneousRingIssues,
} from '../../domain/simultaneousRing/validate';

export const description: INodeProperties[] = [
	workspaceIdNamedLocator,
	...updateInput(
		'simultaneous ring settings',
		[
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
				description: `Up to ${MAX_SIMULTANEOUS_RING_NUMBERS} numbers that ring along with the workspace; replaces the current list`,
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
								placeholder: 'e.g. +19075552859',
								description:
									"Phone number or extension; Webex's own format (+1-9075552859) works too",
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
		],
		{},
	),
	optionsCollection([dryRunOption]),
];

/** Webex's shape from the collection: the numbers' fixedCollection becomes `phoneNumbers[]`. */
function fromFields(fields: IDataObject): Json {
	const body: Json = { ...fields };
	if (isPlainObject(fields.phoneNumbers)) {
		const entries = (fields.phoneNumbers.number as IDataObject[] | undefined) ?? [];
		body.phoneNumbers = entries.map((entry) => ({
			phoneNumber: entry.phoneNumber,
			answerConfirmationRequiredEnabled: entry.answerConfirmationRequiredEnabled ?? false,
		}));
	}
	return body;
}

/**
 * Reads the settings, puts the changes over them (Webex's PUT needs `criteriasEnabled` and
 * replaces the numbers), sends them and outputs the settings read back.
 */
export const updateSimultaneousRing = mergedUpdateOperation({
	option: {
		name: 'Update Simultaneous Ring',
		description:
			'Turn simultaneous ring on or off and set the numbers that ring; returns the new settings',
		action: 'Update simultaneous ring settings of a workspace',
	},
	description,
	path: (ctx, itemIndex, issues) => {
		const workspace = readReference(ctx, itemIndex, 'workspaceId', issues);
		if ('id' in workspace) return simultaneousRingPath(workspace.id);
		return async (run, settings, index) =>
			simultaneousRingPath(
				await idOf(run, workspace, workspaceIdNamedLocator, workspaceByName, settings, index),
			);
	},
	fromFields,
	check: simultaneousRingIssues,
	plan: (current, changes) => planSimultaneousRingUpdate(current, changes),
});
