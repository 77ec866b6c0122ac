/**
 * Option lists for multi-choice fields: the features a person may be given to manage, and the
 * ones they manage. Webex lists both per person (chosen in the Person field above).
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { idPathSegment } from '../helpers/url';
import { optionalText } from '../helpers/json';
import { WebexRun, webexApiList, webexApiRequest } from '../transport';
import { personModeManagementPath } from '../kit/paths';

/** How many available features the list offers at most (an expression can give any) */
const MAX_OPTIONS = 1000;

function person(ctx: ILoadOptionsFunctions): string {
	const segment = idPathSegment(ctx.getCurrentNodeParameter('personId', { extractValue: true }));
	if (!segment.ok) throw new Error(`Choose the Person first: its ID ${segment.problem}`);
	return segment.value;
}

function orgId(ctx: ILoadOptionsFunctions): string | undefined {
	return optionalText(((ctx.getCurrentNodeParameter('options') ?? {}) as IDataObject).orgId);
}

function asOptions(features: IDataObject[]): INodePropertyOptions[] {
	return features
		.filter((feature) => typeof feature === 'object' && feature !== null && feature.id)
		.map((feature) => {
			// Webex's feature types (AUTO_ATTENDANT, CALL_QUEUE, HUNT_GROUP) as the form names them
			const type =
				typeof feature.type === 'string'
					? feature.type
							.toLowerCase()
							.split('_')
							.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
							.join(' ')
					: undefined;
			const location = (feature.location as IDataObject | undefined)?.name;
			const about = [type, location].filter((part) => typeof part === 'string' && part);
			const name = String(feature.name ?? feature.id);
			return {
				name: about.length > 0 ? `${name} (${about.join(', ')})` : name,
				value: String(feature.id),
			};
		});
}

/** The features the chosen person may be given: those forwarding by mode. */
export async function getAvailableFeatures(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const features = await webexApiList(
		new WebexRun(this),
		{
			method: 'GET',
			path: `${personModeManagementPath(person(this))}/availableFeatures`,
			orgId: orgId(this),
		},
		{ itemsKey: 'features', limit: MAX_OPTIONS },
	);
	return asOptions(features);
}

/** The features the chosen person manages now. */
export async function getManagedFeatures(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const answer = await webexApiRequest(new WebexRun(this), {
		method: 'GET',
		path: `${personModeManagementPath(person(this))}/features`,
		orgId: orgId(this),
	});
	return asOptions((answer.body.features as IDataObject[] | undefined) ?? []);
}
