import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { optionsCollection } from '../../kit/descriptions';
import { featureNow, findMyFeature, myFeatureField, prepareMyFeature } from './fields';
import type { MyFeature } from './fields';

export const description: INodeProperties[] = [myFeatureField, optionsCollection()];

/** One managed feature: its modes, the current one, how long it lasts and any exception. */
export const getFeature: WebexOperation<MyFeature> = {
	option: {
		name: 'Get Feature',
		description: 'A managed feature: its modes, the current one and any exception',
		action: 'Get a managed feature',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): MyFeature {
		return prepareMyFeature(this, itemIndex);
	},

	async execute(run: ExecutionRun, prepared: MyFeature, itemIndex: number) {
		return await featureNow(run, await findMyFeature(run, prepared, itemIndex), itemIndex);
	},
};
