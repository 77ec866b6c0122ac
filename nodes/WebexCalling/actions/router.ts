import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { WebexRun } from '../transport';
import type { PlannedRequest } from '../transport';
import * as callFeature from './callFeature';
import { DEFAULT_CONCURRENCY, authenticationProperty } from './common.descriptions';
import * as location from './location';
import * as modeManagement from './modeManagement';
import * as modeManager from './modeManager';
import { InputError, plannedWrites } from './operation';
import type { WebexOperation } from './operation';
import * as operatingMode from './operatingMode';
import * as operatingModeHoliday from './operatingModeHoliday';
import { runItems } from './schedule';
import * as workspace from './workspace';
import * as workspaceSimultaneousRingCriteria from './workspaceSimultaneousRingCriteria';

/** Resource → operation → implementation: the Resource and Operation selectors' values. */
export const resources = {
	callFeature: callFeature.operations,
	location: location.operations,
	modeManagement: modeManagement.operations,
	modeManager: modeManager.operations,
	operatingMode: operatingMode.operations,
	operatingModeHoliday: operatingModeHoliday.operations,
	workspace: workspace.operations,
	workspaceSimultaneousRingCriteria: workspaceSimultaneousRingCriteria.operations,
};

let allForms: INodeProperties[] | undefined;

/** Every operation's properties: the words for a field an item gave that its own form lacks. */
function nodeForm(): INodeProperties[] {
	allForms ??= [
		authenticationProperty,
		...Object.values(resources).flatMap((operations) =>
			Object.values(operations).flatMap(
				(operation: WebexOperation<unknown>) => operation.description,
			),
		),
	];
	return allForms;
}

function operationOf(resource: string, operation: string): WebexOperation<unknown> | undefined {
	const operations = (
		resources as Record<string, Record<string, WebexOperation<unknown>> | undefined>
	)[resource];
	return operations?.[operation];
}

type NodeError = NodeApiError | NodeOperationError;

function asNodeError(
	ctx: IExecuteFunctions,
	operation: WebexOperation<unknown>,
	error: unknown,
	itemIndex: number,
): NodeError {
	if (error instanceof InputError) error.nameFields(operation.description, nodeForm());
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
	// What every item of this execution shares: the credential, the gate (rate and pacing),
	// look-ups and per-name locks.
	const run = new WebexRun(this, { maxRequestsPerSecond, concurrency });

	const prepared: unknown[] = [];
	// Each item's output lands in its own slot, so the output keeps the input order whatever
	// order Webex answers in.
	const results: Array<INodeExecutionData[] | undefined> = new Array(items.length);
	let stopped: NodeError | undefined;
	/** A failed item: its error item under Continue On Fail, else the run stops on it. */
	const fail = (error: unknown, itemIndex: number) => {
		const nodeError = asNodeError(this, operation, error, itemIndex);
		if (continueOnFail) results[itemIndex] = [errorItem(nodeError, itemIndex)];
		else stopped ??= nodeError;
	};

	await runItems({
		count: items.length,
		concurrency,
		checkFirst: !operation.readOnly,
		answerIntervalMs: () => run.gate.answerIntervalMs(),
		stopped: () => stopped !== undefined,
		check: (itemIndex) => {
			try {
				prepared[itemIndex] = operation.prepare.call(this, itemIndex);
				return true;
			} catch (error) {
				fail(error, itemIndex);
				return false;
			}
		},
		start: async (itemIndex) => {
			try {
				const result = await operation.execute(run, prepared[itemIndex], itemIndex);
				const planned = plannedWrites(prepared[itemIndex]);
				// A dry run outputs the decision and the writes it did not send, not their result.
				const list = planned
					? [dryRunOutput(result, planned)]
					: Array.isArray(result)
						? result
						: [result];
				results[itemIndex] = list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
			} catch (error) {
				// Stopping, no new items start; those in flight finish and are reported as done.
				fail(error, itemIndex);
			}
		},
	});
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
