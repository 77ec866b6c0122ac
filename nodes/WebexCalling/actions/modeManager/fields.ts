/** What the Mode Manager operations share: the person, and what a refusal means. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { readPathId } from '../operation';

export const personIdField: INodeProperties = {
	displayName: 'Person ID',
	name: 'personId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8...',
	description: 'The Webex person who manages (or is to manage) features: their ID from People',
};

/** The encoded person ID of an item; problems are collected. */
export function readPerson(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	return readPathId(ctx, itemIndex, 'personId', issues);
}

/** Assigning mode managers takes an admin token. */
export const ADMIN_HINTS = {
	403: "Assigning mode managers takes an admin token (spark-admin:telephony_config_read, and _write to change): a mode manager's own user token cannot.",
	404: 'Webex does not know this person in the org (check the Person ID and the Organization ID).',
};
