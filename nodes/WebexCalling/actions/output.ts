/**
 * What a run's items become in n8n's output: an operation's result paired to its item, a Dry
 * Run's planned requests, a failed item's error item (Continue On Fail), and the note on the
 * error that stops a run saying which items had already gone through.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { InputError, isToolCall } from '../kit/operation';
import type { WebexOperation } from '../kit/operation';
import type { PlannedRequest } from '../transport';
import { nodeProperties } from './index';

export type NodeError = NodeApiError | NodeOperationError;

export function asNodeError(
	ctx: IExecuteFunctions,
	operation: WebexOperation<unknown>,
	error: unknown,
	itemIndex: number,
): NodeError {
	const toolCall = isToolCall(ctx);
	// The words for a field an item gave that its own form lacks come from the whole node's.
	if (error instanceof InputError)
		error.nameFields(operation.description, nodeProperties, toolCall);
	const nodeError =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	nodeError.context.itemIndex ??= itemIndex;
	if (toolCall) speakOfTheCall(nodeError);
	return nodeError;
}

/**
 * A tool call has one item, so its error speaks of the call; and it says everything in its
 * message, Webex's words and trackingId included: n8n's AI Agent gives the model the message
 * alone (over MCP, n8n adds the description unless the message holds it already).
 */
export function speakOfTheCall(error: NodeError) {
	const words = (text: string) => text.replace(/\bthis item\b/g, 'this call');
	error.message = words(error.message);
	if (!error.description) return;
	error.description = words(error.description);
	if (!error.message.includes(error.description))
		error.message = `${error.message}\n${error.description}`;
}

/** The output item for a failed item under Continue On Fail: the error, paired to its input. */
export function errorItem(error: NodeError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	if (error.context.trackingId) json.trackingId = error.context.trackingId as string;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * When the node stops on an item, n8n drops the node's output. Say which items had already
 * gone through, so nobody re-runs them blindly and creates them twice.
 */
export function noteCompleted(error: NodeError, results: Array<INodeExecutionData[] | undefined>) {
	const done = results
		.map((items, itemIndex) => ({ itemIndex, items }))
		.filter(
			({ items }) => items !== undefined && items.length > 0 && items[0].json.error === undefined,
		)
		.map(({ itemIndex, items }) => {
			const id = items![0].json.id;
			return id && items!.length === 1
				? `item ${itemIndex} (id ${String(id)})`
				: `item ${itemIndex}`;
		});
	if (done.length === 0) return;
	const note = `Already done before this error, and not undone: ${done.join(', ')}.`;
	error.description = error.description ? `${error.description}\n${note}` : note;
}

export function dryRunOutput(
	result: IDataObject | IDataObject[],
	planned: PlannedRequest[],
): IDataObject {
	// The decision the dry run shows: `change` where the object has an `action` of its own (a
	// call queue service's BUSY or TRANSFER), else the node's `action` (created, updated...).
	// An operation that found its object by name says which (`target`): the preview an AI
	// agent reads before it lets the change through.
	const decision: IDataObject = {};
	if (!Array.isArray(result)) {
		if (result.change !== undefined) decision.change = result.change;
		else if (result.action !== undefined) decision.action = result.action;
		if (result.target !== undefined) decision.target = result.target;
	}
	return { dryRun: true, ...decision, requests: planned as unknown as IDataObject[] };
}
