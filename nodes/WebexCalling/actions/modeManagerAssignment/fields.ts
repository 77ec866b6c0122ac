/** What the Mode Manager operations share: the person, and what a refusal means. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { pickerField, versionedField } from '../../kit/descriptions';
import { readPathId } from '../../kit/operation';

/**
 * The person: a Webex ID typed in (versions 1 and 2), or picked by name or e-mail from version
 * 3 on (the picker lists people: spark-admin:people_read; By ID needs no more than before).
 */
export const personIdFields: INodeProperties[] = versionedField(
	{
		displayName: 'Person ID',
		name: 'personId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8...',
		description: 'The Webex person who manages (or is to manage) features: their ID from People',
	},
	pickerField(
		{
			name: 'personId',
			displayName: 'Person',
			description:
				'The Webex person who manages (or is to manage) features; search by name or e-mail',
		},
		'searchPeople',
		'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8...',
	),
	3,
);

/**
 * Features to add or remove: IDs separated by commas (versions 1 and 2), or chosen from the
 * person's list from version 3 on; both take a list from an expression.
 */
export function featureChoiceFields(field: {
	name: string;
	displayName: string;
	description: string;
	loadOptionsMethod: string;
	placeholder?: string;
}): INodeProperties[] {
	const { loadOptionsMethod, placeholder, ...named } = field;
	return versionedField(
		{
			...named,
			type: 'string',
			default: '',
			...(placeholder ? { placeholder } : {}),
			description: `${field.description}: their IDs, separated by commas, or a list from an expression`,
		},
		{
			...named,
			type: 'multiOptions',
			default: [],
			typeOptions: { loadOptionsMethod, loadOptionsDependsOn: ['personId.value'] },
			description: `${field.description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		},
		3,
	);
}

/** The encoded person ID of an item; problems are collected. */
export function readPerson(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	return readPathId(ctx, itemIndex, 'personId', issues);
}

/** Assigning mode managers takes an admin token. */
export const ADMIN_HINTS = {
	403: "Assigning mode managers takes an admin token (spark-admin:telephony_config_read, and _write to change): a mode manager's own user token cannot.",
	404: 'Webex does not know this person in the org (check the Person ID and the Organization ID).',
};
