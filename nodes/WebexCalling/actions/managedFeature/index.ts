import { defineResource } from '../../kit/operation';
import { extendMode } from './extendMode.operation';
import { getCommonModes } from './getCommonModes.operation';
import { getFeature } from './getFeature.operation';
import { getFeatures } from './getFeatures.operation';
import { switchMode } from './switchMode.operation';
import { switchModeForMany } from './switchModeForMany.operation';
import { switchToNormalOperation } from './switchToNormalOperation.operation';

const operations = {
	extendMode,
	getCommonModes,
	getFeature,
	getFeatures,
	switchMode,
	switchModeForMany,
	switchToNormalOperation,
};

export const resource = defineResource(
	'modeManagement',
	{
		// Who acts, in the name: the mode manager, with their own sign-in.
		name: 'Managed Feature (as Mode Manager)',
		description: "The signed-in mode manager's features: switch and extend their modes",
	},
	operations,
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Extend Mode',
				value: 'extendMode',
				description:
					"Keep a feature's current mode longer (30 to 720 minutes, or until switched back)",
				action: 'Extend the current mode of a managed feature',
			},
			{
				name: 'Get Common Modes',
				value: 'getCommonModes',
				description: 'The mode names several features share: what they can all be switched to',
				action: 'Get the modes common to managed features',
			},
			{
				name: 'Get Feature',
				value: 'getFeature',
				description: 'A managed feature: its modes, the current one and any exception',
				action: 'Get a managed feature',
			},
			{
				name: 'Get Features',
				value: 'getFeatures',
				description: 'The features the signed-in person manages, with their current modes',
				action: 'Get my managed features',
			},
			{
				name: 'Switch Mode',
				value: 'switchMode',
				description: 'Put one feature into a chosen mode now (storm day, event)',
				action: 'Switch a managed feature to a mode',
			},
			{
				name: 'Switch Mode for Many',
				value: 'switchModeForMany',
				description: 'Put several features into the mode of one name at once',
				action: 'Switch managed features to a mode by name',
			},
			{
				name: 'Switch to Normal Operation',
				value: 'switchToNormalOperation',
				description: 'End a switch or an extension: the feature follows its schedules again',
				action: 'Switch a managed feature back to normal operation',
			},
		],
		default: 'getFeatures',
	},
);
