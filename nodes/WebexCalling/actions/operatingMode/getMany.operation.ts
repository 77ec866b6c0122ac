import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { webexApiPages } from '../../transport';
import { locationIdLocator, optionsCollection, returnAllAndLimit } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { OPERATING_MODES } from './paths';

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only modes whose name contains this text',
			},
			{
				...locationIdLocator,
				displayName: 'Limit to Location',
				name: 'limitToLocationId',
				required: false,
				description: 'Only the modes of this location',
			},
			{
				displayName: 'Limit to Org Level Enabled',
				name: 'limitToOrgLevelEnabled',
				type: 'boolean',
				default: false,
				description: 'Whether to include only organization-level modes (with a location: those too)',
			},
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				options: [
					{ name: 'Ascending by Name', value: 'asc' },
					{ name: 'Descending by Name', value: 'desc' },
				],
				default: 'asc',
			},
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['getMany'] } },
	properties,
);

interface Prepared {
	qs: IDataObject;
	limit?: number;
	settings: RequestSettings;
}

export const getMany: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50);
		if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
			assertNoIssues(this, itemIndex, [{ field: 'limit', problem: `must be a whole number of 1 or more, got ${JSON.stringify(limit)}` }]);
		}
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (typeof filters.name === 'string' && filters.name.trim()) qs.name = filters.name.trim();
		if (filters.limitToLocationId !== undefined) {
			const location = this.getNodeParameter('filters.limitToLocationId', itemIndex, '', { extractValue: true });
			if (typeof location === 'string' && location.trim()) qs.limitToLocationId = location.trim();
		}
		if (filters.limitToOrgLevelEnabled !== undefined) qs.limitToOrgLevelEnabled = filters.limitToOrgLevelEnabled;
		if (filters.order) qs.order = filters.order;
		return { qs, limit: limit as number | undefined, settings: requestSettings(this, itemIndex) };
	},

	async execute(this: IExecuteFunctions, { qs, limit, settings }: Prepared, itemIndex: number) {
		// One output item per mode, pushed page by page: nothing else holds the pages.
		const modes: IDataObject[] = [];
		await webexApiPages.call(
			this,
			{ method: 'GET', path: OPERATING_MODES, qs, ...settings, itemIndex },
			{ itemsKey: 'operatingModes', limit },
			(page) => {
				for (const mode of page) modes.push(mode);
			},
		);
		return modes;
	},
};
