import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { nodeProperties as properties } from './actions';
import { router } from './actions/router';
import { credentialsByAuthentication, subtitleExpression } from './kit/descriptions';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class WebexCalling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Webex Calling',
		name: 'webexCalling',
		icon: { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' },
		group: ['transform'],
		// 2: Holiday and Criteria are picked from a list (1 took them as text; saved v1 nodes keep it).
		// 3: Mode Manager Assignment's Person is picked (by name or e-mail) and its features chosen
		// from the person's lists (2 took IDs as text; saved v1 and v2 nodes keep that).
		// 4: a Simultaneous Ring Criterion's Schedule Name is picked from the workspace's location's
		// schedules, or typed By Name (3 took it as text; saved v1 to v3 nodes keep that).
		version: [1, 2, 3, 4],
		defaultVersion: 4,
		subtitle: subtitleExpression(properties),
		description:
			'Administer Webex Calling: operating modes, their holidays, the features that forward by them, and workspace simultaneous ring',
		defaults: { name: 'Webex Calling' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsByAuthentication,
		properties,
	};

	methods = {
		// Every function of listSearch.ts is a picker's search, named as the fields name it.
		listSearch: { ...listSearch },
		// Every function of loadOptions.ts lists the options of a multi-choice field.
		loadOptions: { ...loadOptions },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
