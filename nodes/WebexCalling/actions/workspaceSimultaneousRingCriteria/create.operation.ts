import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { criteriaBody } from '../../domain/simultaneousRing/criteria';
import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { pathFromIds } from '../byId';
import { dryRunOption, optionsCollection, workspaceIdLocator } from '../../kit/descriptions';
import { assertNoIssues, readFields, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { criteriaFields } from '../../domain/simultaneousRing/fields';
import { criteriaListPath } from '../../kit/paths';
import { criteriaIssues } from '../../domain/simultaneousRing/validate';
import type { ExecutionRun } from '../../transport';

const fields = criteriaFields(true);

export const description: INodeProperties[] = [
	workspaceIdLocator,
	...fields,
	optionsCollection([dryRunOption]),
];

interface Prepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
}

export const create: WebexOperation<Prepared> = {
	option: {
		name: 'Create',
		description:
			"Add a rule for when a workspace's simultaneous ring applies (all hours, or by schedule)",
		action: 'Create a simultaneous ring criterion for a workspace',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, [workspaceIdLocator], criteriaListPath, issues);
		// Hidden fields (a schedule's name with no schedule type...) are null: not sent.
		const given = readFields(this, itemIndex, fields);
		const body = criteriaBody(given, 'create');
		issues.push(...criteriaIssues(body));
		assertNoIssues(this, itemIndex, issues);
		return { path, body: body as IDataObject, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { path, body, settings }: Prepared, itemIndex: number) {
		// No unique key to look a lost answer up by: a create whose answer was lost is not resent.
		const response = await webexApiRequest(run, {
			method: 'POST',
			path,
			body,
			...settings,
			itemIndex,
		});
		return { id: response.body.id, ...body };
	},
};
