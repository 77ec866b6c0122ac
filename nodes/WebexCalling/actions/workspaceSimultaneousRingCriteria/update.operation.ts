import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { criteriaBody } from '../../domain/simultaneousRing/criteria';
import type { InputIssue } from '../../helpers/issues';
import { withoutReadOnly } from '../../helpers/updates';
import { pathFromIds } from '../byId';
import {
	criteriaIdFields,
	dryRunOption,
	optionsCollection,
	workspaceIdLocator,
} from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { putAndReadBack, readChanges, updateInput } from '../update';
import type { UpdatePrepared } from '../update';
import { criteriaFields } from '../../domain/simultaneousRing/fields';
import { criteriaPath } from '../../kit/paths';

const idFields = [workspaceIdLocator, ...criteriaIdFields];

export const description: INodeProperties[] = [
	...idFields,
	...updateInput('criteria', criteriaFields(false), {}),
	optionsCollection([dryRunOption]),
];

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
