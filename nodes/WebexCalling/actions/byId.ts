/**
 * Operations that are one GET or DELETE on a path made of IDs (get a mode, delete a holiday,
 * read simultaneous ring...): described once here, each operation file names its path.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../helpers/issues';
import { webexApiRequest } from '../transport';
import { dryRunOption, optionsCollection } from '../kit/descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../kit/operation';
import type { OperationOption, RequestSettings, WebexOperation } from '../kit/operation';
import type { ExecutionRun } from '../transport';

export interface ByIdPrepared {
	path: string;
	/** The last ID of the path, as the user gave it */
	id: string;
	settings: RequestSettings;
}

export interface ByIdOptions {
	/** Its entry in the Operation selector */
	option: OperationOption;
	/** The ID parameters, outermost first, as they appear in the path */
	idFields: INodeProperties[];
	/** Builds the path from the encoded IDs, in the order of `idFields` */
	path: (...ids: string[]) => string;
	method: 'GET' | 'DELETE';
}

/** Reads the ID parameters of an item into a path; problems are collected, not thrown. */
export function pathFromIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	idFields: INodeProperties[],
	path: (...ids: string[]) => string,
	issues: InputIssue[],
): { path: string; id: string } {
	// One value a name: an ID a node version shows in another form is still one parameter.
	const names = [...new Set(idFields.map((field) => field.name))];
	const ids = names.map((name) => readPathId(ctx, itemIndex, name, issues));
	return { path: path(...ids), id: decodeURIComponent(ids[ids.length - 1] ?? '') };
}

export function byIdOperation(options: ByIdOptions): WebexOperation<ByIdPrepared> {
	const description: INodeProperties[] = [
		...options.idFields,
		optionsCollection(options.method === 'DELETE' ? [dryRunOption] : []),
	];
	return {
		option: options.option,
		description,
		readOnly: options.method === 'GET',

		prepare(this: IExecuteFunctions, itemIndex: number): ByIdPrepared {
			const issues: InputIssue[] = [];
			const { path, id } = pathFromIds(this, itemIndex, options.idFields, options.path, issues);
			assertNoIssues(this, itemIndex, issues);
			return { path, id, settings: requestSettings(this, itemIndex) };
		},

		async execute(run: ExecutionRun, { path, id, settings }: ByIdPrepared, itemIndex: number) {
			const response = await webexApiRequest(run, {
				method: options.method,
				path,
				...settings,
				itemIndex,
			});
			return options.method === 'DELETE' ? ({ deleted: true, id } as IDataObject) : response.body;
		},
	};
}
