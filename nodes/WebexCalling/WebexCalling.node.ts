import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import * as callFeature from './actions/callFeature';
import { authenticationProperty, subtitleExpression } from './actions/common.descriptions';
import * as location from './actions/location';
import * as modeManagement from './actions/modeManagement';
import * as modeManager from './actions/modeManager';
import * as operatingMode from './actions/operatingMode';
import * as operatingModeHoliday from './actions/operatingModeHoliday';
import { router } from './actions/router';
import * as workspace from './actions/workspace';
import * as workspaceSimultaneousRingCriteria from './actions/workspaceSimultaneousRingCriteria';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

const properties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Call Feature', value: 'callFeature' },
			{ name: 'Location', value: 'location' },
			{
				// Who acts, in the name: the mode manager, with their own sign-in.
				name: 'Managed Feature (as Mode Manager)',
				value: 'modeManagement',
				description: "The signed-in mode manager's features: switch and extend their modes",
			},
			{
				// Who acts: an admin, assigning mode managers.
				name: 'Mode Manager Assignment (as Admin)',
				value: 'modeManager',
				description: 'Who may switch which features',
			},
			{ name: 'Operating Mode', value: 'operatingMode' },
			{ name: 'Operating Mode Holiday', value: 'operatingModeHoliday' },
			{ name: 'Workspace', value: 'workspace' },
			{
				name: 'Workspace Simultaneous Ring Criterion',
				value: 'workspaceSimultaneousRingCriteria',
			},
		],
		default: 'operatingMode',
	},
	...callFeature.description,
	...location.description,
	...modeManagement.description,
	...modeManager.description,
	...operatingMode.description,
	...operatingModeHoliday.description,
	...workspace.description,
	...workspaceSimultaneousRingCriteria.description,
];

export class WebexCalling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Webex Calling',
		name: 'webexCalling',
		icon: { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' },
		group: ['transform'],
		// 2: Holiday and Criteria are picked from a list (1 took them as text; saved v1 nodes keep it).
		// 3: Mode Manager Assignment's Person is picked (by name or e-mail) and its features chosen
		// from the person's lists (2 took IDs as text; saved v1 and v2 nodes keep that).
		version: [1, 2, 3],
		defaultVersion: 3,
		subtitle: subtitleExpression(properties),
		description:
			'Administer Webex Calling: operating modes, their holidays, the features that forward by them, and workspace simultaneous ring',
		defaults: { name: 'Webex Calling' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'webexCallingApi',
				required: true,
				// Each credential is *shown* for its own Authentication value: n8n's editor finds a
				// node's credential for an Authentication choice only through `show` (its
				// nodeTypesUtils getAllNodeCredentialForAuthType and getNodeCredentialForSelectedAuthType),
				// so a `hide` left the access token out of the Credential list and the new-credential
				// dialog. Nodes saved without Authentication get its default, accessToken, from n8n.
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
			{
				name: 'webexCallingOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'webexCallingServiceAppApi',
				required: true,
				displayOptions: { show: { authentication: ['serviceApp'] } },
			},
		],
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
