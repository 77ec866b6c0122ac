import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { PlannedRequest } from '../transport';
import { openGate } from '../transport/throttle';
import { DEFAULT_CONCURRENCY } from './common.descriptions';
import * as location from './location';
import { plannedWrites } from './operation';
import type { WebexOperation } from './operation';
import * as operatingMode from './operatingMode';
import * as operatingModeHoliday from './operatingModeHoliday';
import * as workspace from './workspace';
import * as workspaceSimultaneousRingCriteria from './workspaceSimultaneousRingCriteria';

/** Resource → operation → implementation: the Resource and Operation selectors' values. */
export const resources = {
	location: location.operations,
	operatingMode: operatingMode.operations,
	operatingModeHoliday: operatingModeHoliday.operations,
	workspace: workspace.operations,
	workspaceSimultaneousRingCriteria: workspaceSimultaneousRingCriteria.operations,
};

function operationOf(resource: string, operation: string): WebexOperation<unknown> | undefined {
	const operations = (
		resources as Record<string, Record<string, WebexOperation<unknown>> | undefined>
	)[resource];
	return operations?.[operation];
}

type NodeError = NodeApiError | NodeOperationError;

function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

/** The output item for a failed item under Continue On Fail: the error, paired to its input. */
function errorItem(error: NodeError, itemIndex: number): INodeExecutionData {
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
function noteCompleted(error: NodeError, results: Array<INodeExecutionData[] | undefined>) {
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

function dryRunOutput(result: IDataObject | IDataObject[], planned: PlannedRequest[]): IDataObject {
	const action = Array.isArray(result) ? undefined : result.action;
	return {
		dryRun: true,
		...(action !== undefined ? { action } : {}),
		requests: planned as unknown as IDataObject[],
	};
}

/** Reads checked back to back when they cannot hide between answers */
const CHECK_CHUNK = 25;

/** Checks that must fit between two answers for the look-ahead to check one item a turn */
const ROOM_FOR_CHECKS = 4;

function positiveInteger(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 1
		? Math.floor(value)
		: fallback;
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = operationOf(resource, operationName);
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for resource "${resource}"`,
		);
	}
	const continueOnFail = this.continueOnFail();
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const concurrency = positiveInteger(options.concurrency, DEFAULT_CONCURRENCY);
	const maxRequestsPerSecond =
		typeof options.maxRequestsPerSecond === 'number' ? options.maxRequestsPerSecond : 0;
	// Before any request, so every request of this run shares the same gate, rate and pacing.
	const gate = openGate(this, maxRequestsPerSecond, concurrency);

	const prepared: unknown[] = [];
	const results: Array<INodeExecutionData[] | undefined> = new Array(items.length);
	let stopped: NodeError | undefined;
	// Items are checked in order, each once: [0, checked) are prepared or refused.
	let checked = 0;
	let checkingMs = 0;
	const checkUpTo = (end: number) => {
		const started = Date.now();
		while (stopped === undefined && checked < Math.min(end, items.length)) {
			const itemIndex = checked++;
			try {
				prepared[itemIndex] = operation.prepare.call(this, itemIndex);
			} catch (error) {
				const nodeError = asNodeError(this, error, itemIndex);
				if (continueOnFail) results[itemIndex] = [errorItem(nodeError, itemIndex)];
				else stopped ??= nodeError;
			}
		}
		checkingMs += Date.now() - started;
	};

	// Writes: every item is checked before the first request, so bad input never half-runs a
	// batch of changes. Reads change nothing in Webex, so they are checked a few items ahead of
	// the requests, while earlier reads are out: in the app each check is an expression
	// evaluation (~0.7 ms), and checking 1000 items first held the first request back ~1 s.
	if (!operation.readOnly) {
		checkUpTo(items.length);
		if (stopped) throw stopped;
	}
	let lookingAhead = false;
	const lookAhead = () => {
		const full = checked >= items.length || checked - next >= concurrency;
		if (lookingAhead || stopped !== undefined || full) return;
		lookingAhead = true;
		// After the request just started has gone out. With room between answers for several
		// checks, one check a turn, so no answer waits behind a chunk of them; without (answers
		// come back as fast as n8n handles them), a chunk back to back, which costs less in all.
		void sleep(0).then(() => {
			lookingAhead = false;
			const checkMs = checkingMs / Math.max(1, checked);
			const roomy = gate.answerIntervalMs() >= ROOM_FOR_CHECKS * checkMs;
			checkUpTo(checked + (roomy ? 1 : CHECK_CHUNK));
			lookAhead();
		});
	};

	// Workers take the next unsent item; each item's output lands in its own slot, so the
	// output keeps the input order whatever order Webex answers in.
	let next = 0;
	const worker = async () => {
		while (stopped === undefined && next < items.length) {
			const itemIndex = next++;
			if (checked <= itemIndex) checkUpTo(itemIndex + CHECK_CHUNK);
			if (stopped !== undefined) break;
			if (results[itemIndex] !== undefined) continue;
			try {
				const pending = operation.execute.call(this, prepared[itemIndex], itemIndex);
				if (operation.readOnly) lookAhead();
				const result = await pending;
				const planned = plannedWrites(prepared[itemIndex]);
				// A dry run outputs the decision and the writes it did not send, not their result.
				const list = planned
					? [dryRunOutput(result, planned)]
					: Array.isArray(result)
						? result
						: [result];
				results[itemIndex] = list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
			} catch (error) {
				const nodeError = asNodeError(this, error, itemIndex);
				if (continueOnFail) {
					results[itemIndex] = [errorItem(nodeError, itemIndex)];
				} else {
					// No new items start; those in flight finish and are reported as done.
					stopped ??= nodeError;
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	if (stopped) {
		// Reads change nothing in Webex: there is nothing to warn about re-running.
		if (!operation.readOnly) noteCompleted(stopped, results);
		throw stopped;
	}

	const output: INodeExecutionData[] = [];
	for (const itemResults of results) {
		if (itemResults) for (const entry of itemResults) output.push(entry);
	}
	return [output];
}
