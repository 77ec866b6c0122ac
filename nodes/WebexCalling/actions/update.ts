/** What the update operations share: an Update Fields collection, and PUT then read back. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { webexApiRequest } from '../transport';
import type { RequestSettings } from './operation';

export interface UpdatePrepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
}

export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; the others keep their values',
		options,
	};
}

/**
 * Sends the update, then reads the object back: Webex answers an update with 204 and no body,
 * and a workflow wants to see (and check) the result.
 */
export async function putAndReadBack(
	this: IExecuteFunctions,
	{ path, body, settings }: UpdatePrepared,
	itemIndex: number,
): Promise<IDataObject> {
	await webexApiRequest.call(this, { method: 'PUT', path, body, ...settings, itemIndex });
	return (await webexApiRequest.call(this, { method: 'GET', path, ...settings, itemIndex })).body;
}
