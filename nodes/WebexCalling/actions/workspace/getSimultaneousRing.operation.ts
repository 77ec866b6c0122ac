import { updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idPathSegment } from '../../helpers/url';
import { webexApiRequest } from '../../transport';
import { optionsCollection, workspaceIdLocator } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';

const properties: INodeProperties[] = [workspaceIdLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['getSimultaneousRing'] } },
	properties,
);

interface Prepared {
	path: string;
	settings: RequestSettings;
}

/** Reads the workspace ID of an item as a safe path segment, or reports it as the item's issue. */
export function workspacePath(ctx: IExecuteFunctions, itemIndex: number, suffix: string): string {
	const id = ctx.getNodeParameter('workspaceId', itemIndex, '', { extractValue: true });
	try {
		return `/telephony/config/workspaces/${idPathSegment(id, 'workspaceId')}${suffix}`;
	} catch (error) {
		assertNoIssues(ctx, itemIndex, [
			{ field: 'workspaceId', problem: (error as Error).message.replace(/^workspaceId /, '') },
		]);
		throw error;
	}
}

export const getSimultaneousRing: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		return {
			path: workspacePath(this, itemIndex, '/simultaneousRing'),
			settings: requestSettings(this, itemIndex),
		};
	},

	async execute(this: IExecuteFunctions, { path, settings }: Prepared, itemIndex: number) {
		// Passed through as Webex sends it, old and new field names alike.
		const response = await webexApiRequest.call(this, { method: 'GET', path, ...settings, itemIndex });
		return response.body;
	},
};
