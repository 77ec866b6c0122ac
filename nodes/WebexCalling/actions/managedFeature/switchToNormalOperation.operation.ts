import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { actOnMyFeature, findMyFeature, myFeatureField, prepareMyFeature } from './fields';
import type { MyFeature } from './fields';

export const description: INodeProperties[] = [myFeatureField, optionsCollection([dryRunOption])];

/** Ends the manager's switch or extension: the feature follows its schedules again. */
export const switchToNormalOperation: WebexOperation<MyFeature> = {
	option: {
		name: 'Switch to Normal Operation',
		description: 'End a switch or an extension: the feature follows its schedules again',
		action: 'Switch a managed feature back to normal operation',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): MyFeature {
		return prepareMyFeature(this, itemIndex);
	},

	async execute(run: ExecutionRun, prepared: MyFeature, itemIndex: number) {
		const found = await findMyFeature(run, prepared, itemIndex);
		return await actOnMyFeature(run, found, 'switchToNormalOperation', itemIndex);
	},
};
