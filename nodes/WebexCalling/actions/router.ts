import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { WebexOperation } from './operation';
import * as location from './location';
import * as operatingMode from './operatingMode';
import * as operatingModeHoliday from './operatingModeHoliday';
import * as workspace from './workspace';

const resources: Record<string, Record<string, WebexOperation<any>>> = {
	location: location.operations,
	operatingMode: operatingMode.operations,
	operatingModeHoliday: operatingModeHoliday.operations,
	workspace: workspace.operations,
};

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
function noteCompleted(error: NodeError, done: Array<{ itemIndex: number; json: IDataObject }>) {
	if (done.length === 0) return;
	const list = done
		.map(({ itemIndex, json }) => (json.id ? `item ${itemIndex} (id ${String(json.id)})` : `item ${itemIndex}`))
		.join(', ');
	const note = `Already done before this error, and not undone: ${list}.`;
	error.description = error.description ? `${error.description}\n${note}` : note;
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for resource "${resource}"`,
		);
	}
	const continueOnFail = this.continueOnFail();

	// Every item is checked before the first request, so bad input never half-runs a batch.
	const prepared: unknown[] = [];
	const failed = new Map<number, NodeError>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			prepared[itemIndex] = await operation.prepare.call(this, itemIndex);
		} catch (error) {
			const nodeError = asNodeError(this, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			failed.set(itemIndex, nodeError);
		}
	}

	const output: INodeExecutionData[] = [];
	const done: Array<{ itemIndex: number; json: IDataObject }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const inputError = failed.get(itemIndex);
		if (inputError) {
			output.push(errorItem(inputError, itemIndex));
			continue;
		}
		try {
			const result = await operation.execute.call(this, prepared[itemIndex], itemIndex);
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
				done.push({ itemIndex, json });
			}
		} catch (error) {
			const nodeError = asNodeError(this, error, itemIndex);
			if (!continueOnFail) {
				noteCompleted(nodeError, done);
				throw nodeError;
			}
			output.push(errorItem(nodeError, itemIndex));
		}
	}
	return [output];
}
