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
	'getFeatures',
);
