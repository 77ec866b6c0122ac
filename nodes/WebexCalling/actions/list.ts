/**
 * "Get Many" operations: Return All or a Limit, filters that are Webex's own query parameters,
 * and one output item per listed object.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../helpers/issues';
import { webexApiList } from '../transport';
import { optionsCollection, returnAllAndLimit } from '../kit/descriptions';
import { assertNoIssues, requestSettings } from '../kit/operation';
import type { OperationOption, RequestSettings, WebexOperation } from '../kit/operation';
import type { ExecutionRun } from '../transport';

export interface ListOptions {
	/** Its entry in the Operation selector */
	option: OperationOption;
	/** The list's path, or how an item's fields (e.g. a person) make it; problems are collected */
	path: string | ((ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) => string);
	/** The array key in Webex's answer */
	itemsKey: string;
	/** Filters, each named as the query parameter it becomes */
	filters: INodeProperties[];
	/** Fields before Return All, those the path is made from */
	fields?: INodeProperties[];
	/** What a refusal means for this list, by HTTP status */
	hints?: Partial<Record<number, string>>;
}

export interface ListPrepared {
	path: string;
	qs: IDataObject;
	limit?: number;
	settings: RequestSettings;
}

/** Return All (undefined) or the Limit: a whole number of 1 or more, else an issue. */
export function readLimit(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) === true) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50);
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		issues.push({
			field: 'limit',
			problem: `must be a whole number of 1 or more, got ${JSON.stringify(limit)}`,
		});
		return undefined;
	}
	return limit;
}

/** The Filters collection of a list: each filter named as the query parameter it becomes. */
export function filtersCollection(filters: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: filters,
	};
}

/**
 * The query of an item's Filters: the values given (a picker's value for a locator), trimmed
 * text, blanks left out.
 */
export function readFilters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: INodeProperties[],
): IDataObject {
	const locators = new Set(filters.filter((f) => f.type === 'resourceLocator').map((f) => f.name));
	const given = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [name, raw] of Object.entries(given)) {
		const value = locators.has(name)
			? ctx.getNodeParameter(`filters.${name}`, itemIndex, '', { extractValue: true })
			: raw;
		if (typeof value === 'string') {
			if (value.trim()) qs[name] = value.trim();
		} else if (value !== undefined && value !== null) {
			qs[name] = value as IDataObject[string];
		}
	}
	return qs;
}

export function listOperation(options: ListOptions): WebexOperation<ListPrepared> {
	const description: INodeProperties[] = [
		...(options.fields ?? []),
		...returnAllAndLimit,
		filtersCollection(options.filters),
		optionsCollection(),
	];

	return {
		option: options.option,
		description,
		readOnly: true,

		prepare(this: IExecuteFunctions, itemIndex: number): ListPrepared {
			const issues: InputIssue[] = [];
			const path =
				typeof options.path === 'string' ? options.path : options.path(this, itemIndex, issues);
			const limit = readLimit(this, itemIndex, issues);
			assertNoIssues(this, itemIndex, issues);
			const qs = readFilters(this, itemIndex, options.filters);
			return { path, qs, limit, settings: requestSettings(this, itemIndex) };
		},

		async execute(
			run: ExecutionRun,
			{ path, qs, limit, settings }: ListPrepared,
			itemIndex: number,
		) {
			return await webexApiList(
				run,
				{ method: 'GET', path, qs, hints: options.hints, ...settings, itemIndex },
				{ itemsKey: options.itemsKey, limit },
			);
		},
	};
}
