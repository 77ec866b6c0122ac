import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { WebexRun } from '../transport';
import { operationOf } from './index';
import { asNodeError, dryRunOutput, errorItem, noteCompleted } from './output';
import type { NodeError } from './output';
import { gateSettingsFrom, plannedWrites } from '../kit/operation';
import { runItems } from '../kit/runItems';

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
	const gate = gateSettingsFrom(this.getNodeParameter('options', 0, {}) as IDataObject);
	const { concurrency } = gate;
	// What every item of this execution shares: the credential, the gate (rate and pacing),
	// look-ups and per-name locks.
	const run = new WebexRun(this, gate);

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
		// Writes are all checked before the first is sent, so that bad input stops the run before
		// it has changed anything. Under Continue On Fail a bad item becomes its own error item and
		// every other item runs whether it is checked first or just ahead: the outcome is the same,
		// so writes are then checked ahead like reads, and the first request leaves at once.
		checkFirst: !operation.readOnly && !continueOnFail,
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
