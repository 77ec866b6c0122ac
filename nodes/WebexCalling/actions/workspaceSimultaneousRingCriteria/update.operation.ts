import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { criteriaBody } from '../../helpers/criteria';
import type { InputIssue } from '../../helpers/issues';
import { withoutReadOnly } from '../../helpers/updates';
import { pathFromIds } from '../byId';
import {
	criteriaIdFields,
	dryRunOption,
	optionsCollection,
	workspaceIdLocator,
} from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { WebexOperation } from '../operation';
import { putAndReadBack, readChanges, updateInput } from '../update';
import type { UpdatePrepared } from '../update';
import { criteriaFields } from './criteria.descriptions';
import { criteriaPath } from '../paths';

const idFields = [workspaceIdLocator, ...criteriaIdFields];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspaceSimultaneousRingCriteria'], operation: ['update'] } },
	[
		...idFields,
		...updateInput('criteria', criteriaFields(false), {}),
		optionsCollection([dryRunOption]),
	],
);

export const update: WebexOperation<UpdatePrepared> = {
	description,

	/**
	 * Webex's Modify Simultaneous Ring Criteria has no required field (the reference), so only
	 * the fields given are sent, and the criteria's other fields (numbers included) are Webex's
	 * to check against them.
	 */
	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, criteriaPath, issues);
		const fromJson = this.getNodeParameter('inputMode', itemIndex, 'fields') === 'json';
		const { body, notSent } = withoutReadOnly(
			readChanges(this, itemIndex, (fields) => fields, issues),
			['id'],
		);
		const sent = criteriaBody(body, fromJson ? 'json' : 'update');
		assertNoIssues(this, itemIndex, issues);
		return { path, body: sent as IDataObject, notSent, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the criteria as it is after the update, read back. */
	execute: putAndReadBack,
};
