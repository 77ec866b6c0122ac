import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { retryPolicyFrom } from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import { idPathSegment } from '../helpers/url';
import { describeIssues } from '../helpers/issues';
import type { InputIssue } from '../helpers/issues';
import { optionalText, pickedValue } from '../helpers/json';
import type { ExecutionRun, GateSettings, PlannedRequest } from '../transport';
import { DEFAULT_CONCURRENCY } from './descriptions';

/**
 * One operation of one resource. Each item is first prepared (parameters read and checked,
 * nothing sent), then executed. For writes every item is prepared before the first request, so
 * a bad item stops the run before anything has changed in Webex; reads, and writes under Continue
 * On Fail (where a bad item fails alone whenever it is prepared), are prepared a few items ahead
 * of the requests (see the router).
 */
/** An operation's entry in its resource's Operation selector (its value is its key in the map). */
export interface OperationOption {
	name: string;
	description: string;
	/** n8n's words for it in the nodes panel and for an AI agent's tool */
	action: string;
}

export interface WebexOperation<Prepared = unknown> {
	option: OperationOption;
	description: INodeProperties[];
	/**
	 * Only reads (GET): nothing in Webex changes, so their items may be checked while earlier
	 * items' requests are out (writes only under Continue On Fail), and a run stopped half-way
	 * needs no warning.
	 */
	readOnly?: boolean;
	/** Synchronous: the router checks items in order, each exactly once, without yielding. */
	prepare(this: IExecuteFunctions, itemIndex: number): Prepared;
	/** Sends the item's requests through the run, which every item of this execution shares. */
	execute(
		run: ExecutionRun,
		prepared: Prepared,
		itemIndex: number,
	): Promise<IDataObject | IDataObject[]>;
}

/**
 * The error of an item whose parameters fail the checks. The fields are named as the
 * operation's form shows them: the router, which knows the operation, calls `nameFields`.
 */
export class InputError extends NodeOperationError {
	constructor(
		ctx: IExecuteFunctions,
		readonly issues: InputIssue[],
		readonly itemIndex: number,
		description: string,
	) {
		super(ctx.getNode(), describeIssues(issues, itemIndex, []), { itemIndex, description });
	}

	/**
	 * Names the fields as `form`, the operation's properties, shows them (else `nodeForm`), and
	 * the item, unless it is a tool call's only one.
	 */
	nameFields(form: INodeProperties[], nodeForm: INodeProperties[], toolCall = false) {
		const item = toolCall ? undefined : this.itemIndex;
		this.message = describeIssues(this.issues, item, form, nodeForm);
	}
}

/** The error for an item whose parameters fail the checks. */
export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
	description = 'Nothing was sent to Webex for this item. Fix the fields named above.',
): InputError {
	return new InputError(ctx, issues, itemIndex, description);
}

/**
 * An ID Webex answered with, as one path segment for a later request. It is checked as a
 * user's ID is: an answer holding `..` or a slash would send the next write elsewhere on the
 * same host, so it fails the item instead, naming what was read, with nothing sent with it.
 */
export function answeredIdSegment(
	run: { ctx: IExecuteFunctions },
	id: unknown,
	what: string,
	itemIndex: number,
): string {
	const segment = idPathSegment(id);
	if (segment.ok) return segment.value;
	throw new NodeOperationError(
		run.ctx.getNode(),
		`Webex answered with ${what} whose ID ${segment.problem}`,
		{
			itemIndex,
			description:
				'Nothing was sent with that ID: it could lead to another path on the same host. Check the Base URL: Webex IDs are base64 text.',
		},
	);
}

/**
 * Whether the node runs as an AI agent's tool: n8n's Tool variant of the node (its type ends in
 * `Tool`), called by an AI Agent or over the MCP Server Trigger (`isToolExecution`).
 */
export function isToolCall(ctx: IExecuteFunctions): boolean {
	const asTool = (ctx as { isToolExecution?: () => boolean }).isToolExecution;
	return asTool?.call(ctx) === true || ctx.getNode().type.endsWith('Tool');
}

/** Throws the input error when there are issues; nothing to do otherwise. */
export function assertNoIssues(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	if (issues.length > 0) throw inputError(ctx, itemIndex, issues);
}

/** What every request of an item carries from the node's Options. */
export interface RequestSettings {
	/** Overrides the credential's org */
	orgId?: string;
	retry: RetryPolicy;
	/** Options → Dry Run: the writes the item would send, written down instead of sent */
	dryRun?: PlannedRequest[];
}

/** What the node's Options say every request carries: org override, retry settings, dry run. */
export function requestSettingsFrom(options: IDataObject): RequestSettings {
	return {
		orgId: optionalText(options.orgId),
		retry: retryPolicyFrom(options),
		...(options.dryRun === true ? { dryRun: [] } : {}),
	};
}

/** Reads the item's Options: org override, retry settings, dry run. */
export function requestSettings(ctx: IExecuteFunctions, itemIndex: number): RequestSettings {
	return requestSettingsFrom(ctx.getNodeParameter('options', itemIndex, {}) as IDataObject);
}

function positiveInteger(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 1
		? Math.floor(value)
		: fallback;
}

/** The run's gate from the node's Options: Concurrency, and Max Requests per Second (0: none). */
export function gateSettingsFrom(options: IDataObject): GateSettings {
	return {
		concurrency: positiveInteger(options.concurrency, DEFAULT_CONCURRENCY),
		maxRequestsPerSecond:
			typeof options.maxRequestsPerSecond === 'number' ? options.maxRequestsPerSecond : 0,
	};
}

/** The writes a dry-run item would have sent, if the item is a dry run. */
export function plannedWrites(prepared: unknown): PlannedRequest[] | undefined {
	return (prepared as { settings?: RequestSettings } | undefined)?.settings?.dryRun;
}

/**
 * Reads an ID parameter (a resource locator or plain text) as one encoded URL path segment.
 * A missing or unsafe ID is added to `issues` instead, so all of an item's problems are told at once.
 */
export function readPathId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	issues: InputIssue[],
): string {
	const segment = idPathSegment(ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	if (segment.ok) return segment.value;
	issues.push({ field: name, problem: segment.problem });
	return '';
}

/** How a resource appears in the node's Resource selector. */
export interface ResourceOption {
	name: string;
	description?: string;
}

/** One resource of the node: its place in the Resource selector, its operations, their form. */
export interface WebexResource<Operations extends Record<string, WebexOperation<unknown>>> {
	value: string;
	option: ResourceOption;
	operations: Operations;
	/** The Operation selector, then each operation's own fields, shown for it alone */
	properties: INodeProperties[];
}

/**
 * A resource: its Operation selector, made from its operations' own options (by name, as n8n
 * lists options), and each operation's fields with the display options that show them for this
 * resource and operation, applied here from the map's keys rather than written by hand.
 */
export function defineResource<Operations extends Record<string, WebexOperation<unknown>>>(
	value: string,
	option: ResourceOption,
	operations: Operations,
	defaultOperation: keyof Operations & string,
): WebexResource<Operations> {
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [value] } },
		options: Object.entries(operations)
			.map(([name, operation]) => ({ ...operation.option, value: name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'en')),
		default: defaultOperation,
	};
	const properties: INodeProperties[] = [
		selector,
		...Object.entries(operations).flatMap(([name, operation]) =>
			updateDisplayOptions(
				{ show: { resource: [value], operation: [name] } },
				operation.description,
			),
		),
	];
	return { value, option, operations, properties };
}

/** The values of a form's fields, by name; a field hidden by its display conditions is null. */
export function readFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: INodeProperties[],
): IDataObject {
	const values: IDataObject = {};
	for (const field of fields)
		values[field.name] = pickedValue(
			ctx.getNodeParameter(field.name, itemIndex, null),
		) as IDataObject[string];
	return values;
}
