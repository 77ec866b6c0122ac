import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';

import { extensionProblem } from '../../helpers/featureIds';
import { listOf } from '../../helpers/json';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import {
	actOnMyFeature,
	featureNow,
	findMyFeature,
	myFeatureField,
	prepareMyFeature,
} from './fields';
import type { MyFeature } from './fields';

export const description: INodeProperties[] = [
	myFeatureField,
	{
		displayName: 'Extend',
		name: 'extendBy',
		type: 'options',
		options: [
			{ name: 'By Minutes', value: 'minutes', description: 'Then back to normal operation' },
			{
				name: 'Until Switched Back',
				value: 'manual',
				description: 'Stays until someone switches it back (Switch to Normal Operation)',
			},
		],
		default: 'minutes',
	},
	{
		displayName: 'Minutes',
		name: 'extensionTime',
		type: 'number',
		typeOptions: { minValue: 30, maxValue: 720, numberStepSize: 30 },
		default: 60,
		description: '30 to 720 minutes (12 hours) in steps of 30',
		displayOptions: { show: { extendBy: ['minutes'] } },
	},
	optionsCollection([dryRunOption]),
];

interface Prepared extends MyFeature {
	extensionTime?: number;
}

/** Keeps the feature's current mode longer: by minutes, or until someone switches it back. */
export const extendMode: WebexOperation<Prepared> = {
	option: {
		name: 'Extend Mode',
		description: "Keep a feature's current mode longer (30 to 720 minutes, or until switched back)",
		action: 'Extend the current mode of a managed feature',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		return prepareMyFeature(this, itemIndex, (issues) => {
			if (this.getNodeParameter('extendBy', itemIndex, 'minutes') !== 'minutes') return {};
			const minutes = this.getNodeParameter('extensionTime', itemIndex, 60);
			const problem = extensionProblem(minutes);
			if (problem) issues.push({ field: 'extensionTime', problem });
			return { extensionTime: minutes as number };
		});
	},

	/** Webex extends a mode named by its ID: the current one, read first. */
	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		const found = await findMyFeature(run, prepared, itemIndex);
		const now = await featureNow(run, found, itemIndex);
		const current = now.currentOperatingModeId;
		if (typeof current !== 'string' || current === '') {
			throw new NodeOperationError(
				run.ctx.getNode(),
				'The feature has no current operating mode to extend',
				{
					itemIndex,
					description: 'Its mode-based forwarding is off, or it has no modes. Nothing was changed.',
				},
			);
		}
		const body: IDataObject = { operatingModeId: current };
		if (prepared.extensionTime !== undefined) body.extensionTime = prepared.extensionTime;
		// Only the preview's words depend on the modes listed, never the extension itself.
		const modeName = listOf(now.modes).find((mode) => mode.id === current)?.name;
		// The feature's name, read with it, is the preview's too.
		const named = typeof now.featureName === 'string' ? now.featureName : undefined;
		const target = { ...found, featureName: found.featureName ?? named };
		return await actOnMyFeature(run, target, 'extendMode', itemIndex, body, {
			operatingModeId: current,
			...(typeof modeName === 'string' ? { operatingModeName: modeName } : {}),
		});
	},
};
