/**
 * What the update operations share: changes given as fields (an Update Fields collection) or as
 * JSON (e.g. a Get's output, read-only fields and all), then PUT and read back.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../helpers/issues';
import { planWholeUpdate, sendableAsRead, withoutReadOnly, wouldChange } from '../helpers/updates';
import type { UpdatePlan } from '../helpers/updates';
import { isPlainObject, parseJsonBody, pickedValue, trimmed } from '../helpers/json';
import type { Json } from '../helpers/json';
import { webexApiRequest } from '../transport';
import { dryRunOption, inputModeFields, optionsCollection } from '../kit/descriptions';
import { assertNoIssues, inputError, requestSettings } from '../kit/operation';
import type { OperationOption, RequestSettings, WebexOperation } from '../kit/operation';
import { pathFromIds } from './byId';
import type { ExecutionRun } from '../transport';

export interface UpdatePrepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
	/** Read-only fields given (e.g. a Get's output) that are not sent */
	notSent: string[];
}

/**
 * The Fields/JSON switch, the JSON editor and the Update Fields collection of an update.
 * `what` names the object in the help texts, e.g. "operating mode".
 */
export function updateInput(
	what: string,
	fields: INodeProperties[],
	example: object,
): INodeProperties[] {
	return [
		...inputModeFields({
			fieldsHint: 'Add the fields to change below',
			jsonHint: `Give the fields to change as JSON, e.g. a Get's output with your changes`,
			example,
			description: `The fields of the ${what} to change; {} changes nothing. A Get's output works as is: its read-only fields (such as the ID) are not sent, and the output lists them.`,
		}),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here change; the others keep their values',
			options: fields,
			displayOptions: { show: { inputMode: ['fields'] } },
		},
	];
}

/** Update Fields with each picker's value in place of n8n's record of it (`pickedValue`). */
function pickedCollection(fields: IDataObject): Json {
	return Object.fromEntries(
		Object.entries(fields).map(([key, value]) => [key, pickedValue(value)]),
	);
}

/** The changes of an item: the JSON body, or the Update Fields through `fromFields`. */
export function readChanges(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fromFields: (fields: IDataObject) => Json,
	issues: InputIssue[],
): Json {
	if (ctx.getNodeParameter('inputMode', itemIndex, 'fields') !== 'json') {
		return fromFields(ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	}
	const parsed = parseJsonBody(ctx.getNodeParameter('jsonBody', itemIndex, ''));
	if (parsed.error) issues.push({ field: 'jsonBody', problem: parsed.error });
	else if (!isPlainObject(parsed.body))
		issues.push({ field: 'jsonBody', problem: 'must be a JSON object' });
	return isPlainObject(parsed.body) ? parsed.body : {};
}

/** The object read back after an update, with the read-only fields that were not sent. */
export function withNotSent(object: IDataObject, notSent: string[]): IDataObject {
	return notSent.length > 0 ? { ...object, readOnlyFieldsNotSent: notSent } : object;
}

/**
 * Sends the update, then reads the object back: Webex answers an update with 204 and no body,
 * and a workflow wants to see (and check) the result. Nothing to change sends no PUT (n8n would
 * send an empty body, which is no update at all) and outputs the object as it is.
 */
export async function putAndReadBack(
	run: ExecutionRun,
	{ path, body, settings, notSent }: UpdatePrepared,
	itemIndex: number,
	/** The object as just read, if it was: nothing to change then needs no second read */
	current?: IDataObject,
): Promise<IDataObject> {
	if (Object.keys(body).length === 0 && current) return withNotSent(current, notSent);
	if (Object.keys(body).length > 0) {
		await webexApiRequest(run, { method: 'PUT', path, body, ...settings, itemIndex });
	}
	// A dry run sent no PUT: reading the object back would show nothing of it.
	if (settings.dryRun) return withNotSent(current ?? {}, notSent);
	const after = await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex });
	return withNotSent(after.body, notSent);
}

/** Two reads of an object alike (the read-only fields that are not sent left out). */
function sameObject(one: IDataObject, other: IDataObject): boolean {
	const asRead = (object: IDataObject) =>
		JSON.stringify({ ...object, readOnlyFieldsNotSent: undefined });
	return asRead(one) === asRead(other);
}

/**
 * How many times an update is written again when its read-back shows another execution's PUT
 * replaced it (see readMergeWrite).
 */
export const MAX_REWRITES = 2;

export interface MergeWriteOptions {
	/** The object as just read, if the caller has it */
	read?: IDataObject;
	/** Whether sending `body` would change `current` (by default: any field sent differs) */
	differs?: (current: Json, body: Json) => boolean;
	/**
	 * Send no PUT when the body would change nothing, though it is not empty (a plan that sends
	 * a whole definition: Create or Update, a feature's list of modes)
	 */
	skipUnchanged?: boolean;
	/** What a refused plan's error says of what happened */
	refusal?: string;
}

/**
 * An update whose PUT replaces parts of the object whole: read the object, work out the body
 * with `plan` (the current object and the changes in), check it, send it unless there is
 * nothing to change, and output the object read back, with whether a PUT was sent. A plan's
 * problems fail the item with nothing written.
 *
 * Webex's PUT has no version check: another execution that read the object before this one
 * wrote, and writes after, replaces this item's change (e.g. a holiday list sent whole). So the
 * read-back is planned again: when this item's change is missing from it, the change is merged
 * into what is there now and written again, `MAX_REWRITES` times at most. A PUT by someone else
 * after the last read-back can still replace it; nothing short of a version check on Webex's side
 * can prevent that.
 */
export async function readMergeWrite(
	run: ExecutionRun,
	request: { path: string; settings: RequestSettings; itemIndex: number },
	plan: (current: IDataObject) => UpdatePlan,
	check: (body: Json) => InputIssue[],
	options: MergeWriteOptions = {},
): Promise<{ object: IDataObject; changed: boolean }> {
	const { differs = wouldChange } = options;
	const { path, settings, itemIndex } = request;
	const current =
		options.read ??
		(await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex })).body;
	const { body, notSent, problems } = plan(current);
	const issues = [...problems, ...check(body)];
	if (issues.length > 0) {
		throw inputError(
			run.ctx,
			itemIndex,
			issues,
			options.refusal ?? 'Nothing was changed on Webex for this item (it was only read).',
		);
	}
	if (options.skipUnchanged && !differs(current, body))
		return { object: withNotSent(current, notSent), changed: false };
	let after = await putAndReadBack(
		run,
		{ path, body: body as IDataObject, settings, notSent },
		itemIndex,
		current,
	);
	if (settings.dryRun || Object.keys(body).length === 0)
		return { object: after, changed: Object.keys(body).length > 0 };
	let before = current;
	for (let rewrite = 1; rewrite <= MAX_REWRITES; rewrite++) {
		const again = plan(after);
		const kept =
			again.problems.length > 0 ||
			check(again.body).length > 0 ||
			!differs(after, again.body) ||
			// The write left the object as it was: Webex keeps it its own way (nothing replaced
			// it), and writing again would change nothing either.
			sameObject(after, before);
		if (kept) return { object: after, changed: true };
		before = after;
		run.ctx.logger?.debug(
			`Webex Calling: PUT ${path} was replaced by another write; writing it again (${rewrite} of ${MAX_REWRITES})`,
			{ path, rewrite },
		);
		after = await putAndReadBack(
			run,
			{ path, body: again.body as IDataObject, settings, notSent },
			itemIndex,
		);
	}
	if (differs(after, plan(after).body) && !sameObject(after, before)) {
		throw new NodeOperationError(
			run.ctx.getNode(),
			`This item's change was written ${MAX_REWRITES + 1} times and replaced by another write each time`,
			{
				itemIndex,
				description:
					'Another execution or client keeps updating the same object at the same moment. Run this item again once it has finished.',
			},
		);
	}
	return { object: after, changed: true };
}

export interface PartialUpdateOptions {
	/** Its entry in the Operation selector */
	option: OperationOption;
	/** The ID parameters, outermost first, as they appear in the path */
	idFields: INodeProperties[];
	path: (...ids: string[]) => string;
	/** What is updated, in the form's words ("holiday") */
	what: string;
	/** The object's fields, offered under Update Fields */
	fields: INodeProperties[];
	/** The PUT body from the changes (read-only fields already dropped), and what Webex refuses in it */
	body: (
		changes: Json,
		ctx: IExecuteFunctions,
		itemIndex: number,
	) => { body: Json; issues?: InputIssue[] };
}

/**
 * An update whose PUT takes only the fields to change (Webex keeps the others): the changes
 * (fields or JSON, a Get's read-only `id` dropped and reported), sent as they are, then the
 * object read back.
 */
export function partialUpdateOperation(
	options: PartialUpdateOptions,
): WebexOperation<UpdatePrepared> {
	return {
		option: options.option,
		description: [
			...options.idFields,
			...updateInput(options.what, options.fields, {}),
			optionsCollection([dryRunOption]),
		],

		prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
			const issues: InputIssue[] = [];
			const { path } = pathFromIds(this, itemIndex, options.idFields, options.path, issues);
			const { body: changes, notSent } = withoutReadOnly(
				readChanges(this, itemIndex, pickedCollection, issues),
				['id'],
			);
			const sent = options.body(changes, this, itemIndex);
			issues.push(...(sent.issues ?? []));
			assertNoIssues(this, itemIndex, issues);
			return {
				path,
				body: sent.body as IDataObject,
				notSent,
				settings: requestSettings(this, itemIndex),
			};
		},

		/** Outputs the object as it is after the update, read back. */
		execute: putAndReadBack,
	};
}

export interface MergedUpdateOptions<Extra> {
	/** Its entry in the Operation selector */
	option: OperationOption;
	/** The form: the ID fields, Update Fields (`updateInput`) and whatever else it shows */
	description: INodeProperties[];
	/**
	 * The object's path, from the item's ID fields; problems are collected. An object named By
	 * Name gives, instead, how to find the path when the item runs (a look-up first).
	 */
	path: (ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) => string | PathLater;
	/** Webex's shape of what the Update Fields collection holds */
	fromFields: (fields: IDataObject) => Json;
	/** What Webex refuses in a body (the changes, and the merged PUT) */
	check: (body: Json) => InputIssue[];
	/** Anything else the item chooses, read once its changes pass their checks */
	readChoice?: (ctx: IExecuteFunctions, itemIndex: number) => Extra;
	/** The PUT from the object as Webex has it now and the changes */
	plan: (current: IDataObject, changes: Json, choice: Extra) => UpdatePlan;
	/**
	 * Whether a PUT would change the object as read. Given, nothing to change sends no PUT and the
	 * output says `change`: `updated` or `unchanged` (not `action`, which some objects have as a
	 * field of their own)
	 */
	differs?: (current: Json, body: Json) => boolean;
}

/** A path found when the item runs: an object named By Name is looked up first. */
export type PathLater = (
	run: ExecutionRun,
	settings: RequestSettings,
	itemIndex: number,
) => Promise<string>;

interface MergedUpdatePrepared<Extra> {
	path: string | PathLater;
	changes: Json;
	choice: Extra;
	settings: RequestSettings;
}

/**
 * An update whose PUT replaces parts of the object whole: the changes are read and checked
 * before anything is sent, then `readMergeWrite` reads the object, merges them in with `plan`,
 * sends the PUT and outputs the object as it is after the update.
 */
export function mergedUpdateOperation<Extra = undefined>(
	options: MergedUpdateOptions<Extra>,
): WebexOperation<MergedUpdatePrepared<Extra>> {
	return {
		option: options.option,
		description: options.description,

		prepare(this: IExecuteFunctions, itemIndex: number): MergedUpdatePrepared<Extra> {
			const issues: InputIssue[] = [];
			const path = options.path(this, itemIndex, issues);
			const changes = readChanges(this, itemIndex, options.fromFields, issues);
			issues.push(...options.check(changes));
			assertNoIssues(this, itemIndex, issues);
			const choice = options.readChoice?.(this, itemIndex) as Extra;
			return { path, changes, choice, settings: requestSettings(this, itemIndex) };
		},

		async execute(
			run: ExecutionRun,
			{ path, changes, choice, settings }: MergedUpdatePrepared<Extra>,
			itemIndex: number,
		) {
			const { differs } = options;
			const found = typeof path === 'string' ? path : await path(run, settings, itemIndex);
			const { object, changed } = await readMergeWrite(
				run,
				{ path: found, settings, itemIndex },
				(current) => options.plan(current, changes, choice),
				options.check,
				differs ? { skipUnchanged: true, differs } : {},
			);
			return differs ? { change: changed ? 'updated' : 'unchanged', ...object } : object;
		},
	};
}

export interface WholeUpdateOptions {
	/** Its entry in the Operation selector */
	option: OperationOption;
	/** The ID parameters, outermost first, as they appear in the path */
	idFields: INodeProperties[];
	path: (...ids: string[]) => string;
	/** What is updated, in the form's words ("night service") */
	what: string;
	/** The object's fields, offered under Update Fields (a picker gives its value) */
	fields: INodeProperties[];
	/** What Webex reports and the PUT does not take: never sent, listed when given */
	reportedOnly: readonly string[];
	/** The changes completed from the object as read, where the object says more (optional) */
	completed?: (changes: Json, current: Json) => Json;
}

/**
 * Webex's shape from Update Fields: a picker's value is what it picked; blank text is left out
 * (clearing a value takes JSON, where it is sent as given).
 */
function pickedFields(fields: IDataObject): Json {
	const body: Json = {};
	for (const [key, value] of Object.entries(pickedCollection(fields))) {
		const given = trimmed(value);
		if (given !== undefined && given !== '') body[key] = given;
	}
	return body;
}

/**
 * An update whose PUT takes the object whole: a read-merge-write (`mergedUpdateOperation`) of the
 * object as read with the fields given over it (`planWholeUpdate`), so only the fields given
 * change; nothing to change sends no PUT, and the output says so in `change`.
 */
export function wholeUpdateOperation(options: WholeUpdateOptions) {
	const { reportedOnly, completed = (changes: Json) => changes } = options;
	return mergedUpdateOperation({
		option: options.option,
		description: [
			...options.idFields,
			...updateInput(options.what, options.fields, {}),
			optionsCollection([dryRunOption]),
		],
		path: (ctx, itemIndex, issues) =>
			pathFromIds(ctx, itemIndex, options.idFields, options.path, issues).path,
		fromFields: pickedFields,
		check: () => [],
		plan: (current, changes) => planWholeUpdate(current, completed(changes, current), reportedOnly),
		differs: (current, body) => wouldChange(sendableAsRead(current, reportedOnly), body),
	});
}
