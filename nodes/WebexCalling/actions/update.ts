/**
 * What the update operations share: changes given as fields (an Update Fields collection) or as
 * JSON (e.g. a Get's output, read-only fields and all), then PUT and read back.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../helpers/issues';
import type { UpdatePlan } from '../helpers/updates';
import { isPlainObject, parseJsonBody } from '../helpers/json';
import type { Json } from '../helpers/json';
import { webexApiRequest } from '../transport';
import { inputModeFields } from './common.descriptions';
import { inputError } from './operation';
import type { RequestSettings } from './operation';
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

/**
 * An update whose PUT replaces parts of the object whole: read the object, work out the body
 * with `plan` (the current object and the changes in), check it, send it unless there is
 * nothing to change, and output the object read back. A plan's problems fail the item with
 * nothing written.
 */
export async function readMergeWrite(
	run: ExecutionRun,
	request: { path: string; settings: RequestSettings; itemIndex: number },
	plan: (current: IDataObject) => UpdatePlan,
	check: (body: Json) => InputIssue[],
): Promise<IDataObject> {
	const { path, settings, itemIndex } = request;
	const current = await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex });
	const { body, notSent, problems } = plan(current.body);
	const issues = [...problems, ...check(body)];
	if (issues.length > 0) {
		throw inputError(
			run.ctx,
			itemIndex,
			issues,
			'Nothing was changed on Webex for this item (it was only read).',
		);
	}
	return await putAndReadBack(
		run,
		{ path, body: body as IDataObject, settings, notSent },
		itemIndex,
		current.body,
	);
}
