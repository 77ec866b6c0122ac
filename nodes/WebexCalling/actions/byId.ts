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
import { readReference } from '../kit/reference';
import type { Reference } from '../kit/reference';
import { idOf } from './lookups';
import type { NameLookupOf } from './lookups';

export interface ByIdPrepared {
	/** The path, or the references to find first when some are names */
	path: string | Reference[];
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
	/** The ID fields that also take a name (By Name), and where each name is looked up */
	names?: Record<string, NameLookupOf>;
}

/** One field a name: an ID a node version shows in another form is still one parameter. */
function uniqueFields(idFields: INodeProperties[]): INodeProperties[] {
	return idFields.filter(
		(field, index) => idFields.findIndex((other) => other.name === field.name) === index,
	);
}

/** Reads the ID parameters of an item into a path; problems are collected, not thrown. */
export function pathFromIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	idFields: INodeProperties[],
	path: (...ids: string[]) => string,
	issues: InputIssue[],
): { path: string; id: string } {
	const ids = uniqueFields(idFields).map((field) => readPathId(ctx, itemIndex, field.name, issues));
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
			const named = options.names;
			if (!named) {
				const { path, id } = pathFromIds(this, itemIndex, options.idFields, options.path, issues);
				assertNoIssues(this, itemIndex, issues);
				return { path, id, settings: requestSettings(this, itemIndex) };
			}
			const references = uniqueFields(options.idFields).map((field) =>
				field.name in named
					? readReference(this, itemIndex, field.name, issues)
					: { id: readPathId(this, itemIndex, field.name, issues) },
			);
			assertNoIssues(this, itemIndex, issues);
			const last = references[references.length - 1];
			const id = last && 'id' in last ? decodeURIComponent(last.id) : '';
			return { path: references, id, settings: requestSettings(this, itemIndex) };
		},

		async execute(run: ExecutionRun, prepared: ByIdPrepared, itemIndex: number) {
			const { settings } = prepared;
			let { path, id } = prepared;
			if (typeof path !== 'string') {
				const ids: string[] = [];
				const fields = uniqueFields(options.idFields);
				// A name only in a field that takes one (`names`): the others were read as IDs.
				for (const [index, reference] of path.entries()) {
					const field = fields[index];
					ids.push(
						await idOf(run, reference, field, options.names![field.name], settings, itemIndex),
					);
				}
				path = options.path(...ids);
				id = decodeURIComponent(ids[ids.length - 1] ?? '');
			}
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
