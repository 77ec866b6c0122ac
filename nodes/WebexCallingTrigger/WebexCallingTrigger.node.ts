import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { credentialsByAuthentication } from '../WebexCalling/kit/descriptions';
import { searchLocations } from '../WebexCalling/methods/listSearch';
import { triggerProperties as properties } from './description';
import { getWatchableFeatures } from './methods';
import { poll } from './poll';

export class WebexCallingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Webex Calling Trigger',
		name: 'webexCallingTrigger',
		icon: { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ [].concat($parameter["events"] || []).map(e => ({ featureModeChanged: "Feature Mode Changed", holidayStartsSoon: "Holiday Starts Soon", operatingModeChanged: "Operating Mode Changed" })[e] || e).join(", ") }}',
		description:
			'Starts a workflow when a feature switches operating mode, a holiday is about to begin, or an operating mode is created, changed or deleted',
		defaults: { name: 'Webex Calling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsByAuthentication,
		properties,
	};

	methods = {
		listSearch: { searchLocations },
		loadOptions: { getWatchableFeatures },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await poll.call(this);
	}
}
