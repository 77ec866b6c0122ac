import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { validateCriteria } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { pathFromIds } from '../byId';
import { optionsCollection, workspaceIdLocator } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { WebexOperation } from '../operation';
import { putAndReadBack, updateFieldsCollection } from '../update';
import type { UpdatePrepared } from '../update';
import { criteriaBody } from './createSimultaneousRingCriteria.operation';
import { criteriaFields } from './criteria.descriptions';
import { criteriaIdField, criteriaPath } from './paths';

const idFields = [workspaceIdLocator, criteriaIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['updateSimultaneousRingCriteria'] } },
	[
		...idFields,
		updateFieldsCollection(criteriaFields),
		optionsCollection(),
	],
);

export const updateSimultaneousRingCriteria: WebexOperation<UpdatePrepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, criteriaPath, issues);
		const body = criteriaBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		issues.push(...validateCriteria(body, 'update'));
		assertNoIssues(this, itemIndex, issues);
		return { path, body, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the criteria as it is after the update, read back. */
	execute: putAndReadBack,
};
