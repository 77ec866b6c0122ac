import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { webexApiList } from '../../transport';
import { optionsCollection, returnAllAndLimit } from '../../kit/descriptions';
import { filtersCollection, readFilters, readLimit } from '../list';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { personModeManagementPath } from '../../kit/paths';
import { ADMIN_HINTS, personIdFields, readPerson } from './fields';
import type { ExecutionRun } from '../../transport';

const FILTERS: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only features whose name contains this text',
	},
];

export const description: INodeProperties[] = [
	...personIdFields,
	...returnAllAndLimit,
	filtersCollection(FILTERS),
	optionsCollection(),
];

interface Prepared {
	path: string;
	qs: IDataObject;
	limit?: number;
	settings: RequestSettings;
}

/**
 * The features a person may be given to manage: those with mode-based forwarding on (Webex
 * lists them; the others cannot be assigned).
 */
export const getAvailableFeatures: WebexOperation<Prepared> = {
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const person = readPerson(this, itemIndex, issues);
		const limit = readLimit(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return {
			path: `${personModeManagementPath(person)}/availableFeatures`,
			qs: readFilters(this, itemIndex, FILTERS),
			limit,
			settings: requestSettings(this, itemIndex),
		};
	},

	async execute(run: ExecutionRun, { path, qs, limit, settings }: Prepared, itemIndex: number) {
		return await webexApiList(
			run,
			{ method: 'GET', path, qs, hints: ADMIN_HINTS, ...settings, itemIndex },
			{ itemsKey: 'features', limit },
		);
	},
};
