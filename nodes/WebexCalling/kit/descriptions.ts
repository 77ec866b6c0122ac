/** Parameter descriptions shared by several operations. */
import type {
	INodeCredentialDescription,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeProperties,
} from 'n8n-workflow';

import { MONTHS, WEEKDAYS, WEEKS } from '../helpers/calendar';

import { MAX_RETRIES, MAX_RETRY_WAIT_S, MAX_TIMEOUT_S } from '../helpers/retry';

export const orgIdOption: INodeProperties = {
	displayName: 'Organization ID',
	name: 'orgId',
	type: 'string',
	default: '',
	description:
		"Act on this org instead of the credential's (partner admins managing a customer org)",
};

/** How requests are retried; see the README on why n8n's own Retry On Fail should stay off. */
export const retryOptions: INodeProperties[] = [
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_RETRIES },
		default: 3,
		description:
			'How often a request is tried again after a Webex server error (5xx) or a network failure. Creates are looked up rather than sent twice.',
	},
	{
		displayName: 'Max Retry Wait (Seconds)',
		name: 'maxRetryWait',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_RETRY_WAIT_S },
		default: 60,
		description:
			'Longest total time one request waits for Webex rate limits (429) or locks (423) to clear before its item fails',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_TIMEOUT_S },
		default: 30,
		description: 'How long one attempt may take before it counts as a network failure',
	},
];

/** How many items run at once, and an optional rate cap; see the README's performance notes. */
export const DEFAULT_CONCURRENCY = 5;

export const throughputOptions: INodeProperties[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 50 },
		default: DEFAULT_CONCURRENCY,
		description:
			'How many items are sent to Webex at once (1 = one after another). Output order always matches input order.',
	},
	{
		displayName: 'Max Requests per Second',
		name: 'maxRequestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			"Cap on requests per second for this node (0 = no cap; Webex's own 429 answers still pause all items)",
	},
];

/** For the operations that write: see what would be sent, and send nothing. */
export const dryRunOption: INodeProperties = {
	displayName: 'Dry Run',
	name: 'dryRun',
	type: 'boolean',
	default: false,
	description:
		'Whether to only check the input and read what is needed, and output the request(s) that would be sent (method, path, body) instead of sending them',
};

export function optionsCollection(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [orgIdOption, ...throughputOptions, ...retryOptions, ...extra],
	};
}

function locator(
	name: string,
	displayName: string,
	description: string,
	searchListMethod: string,
	idPlaceholder: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: idPlaceholder },
		],
	};
}

/**
 * A picker that also takes a name (By Name), for the operations an AI agent drives: the name is
 * looked up when the item runs (kit/reference).
 */
function namedLocator(
	name: string,
	displayName: string,
	description: string,
	searchListMethod: string,
	idPlaceholder: string,
	namePlaceholder: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: idPlaceholder },
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: namePlaceholder,
				hint: 'Its name as Webex shows it (or its ID), looked up when the node runs',
			},
		],
	};
}

export const locationIdLocator = locator(
	'locationId',
	'Location',
	'The Webex Calling location',
	'searchLocations',
	'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL...',
);

export const workspaceIdLocator = locator(
	'workspaceId',
	'Workspace',
	'The workspace (it needs a Webex Calling professional license)',
	'searchWorkspaces',
	'Y2lzY29zcGFyazovL3VzL1BMQUNFL...',
);

/** The Location picker, By Name as well */
export const locationIdNamedLocator = namedLocator(
	'locationId',
	'Location',
	'The Webex Calling location',
	'searchLocations',
	'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL...',
	'Denver HQ',
);

/** The Workspace picker, By Name as well */
export const workspaceIdNamedLocator = namedLocator(
	'workspaceId',
	'Workspace',
	'The workspace (it needs a Webex Calling professional license)',
	'searchWorkspaces',
	'Y2lzY29zcGFyazovL3VzL1BMQUNFL...',
	'Denver Lobby',
);

export const modeIdLocator = locator(
	'modeId',
	'Operating Mode',
	'The operating mode',
	'searchOperatingModes',
	'Y2lzY29zcGFyazovL3VzL09QRVJBVElOR19NT0RFL...',
);

/** A Return All switch and a Limit, as n8n's list operations have them. */
export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * Fields or JSON: the `inputMode` switch and the `jsonBody` editor shown for JSON. Either way
 * the body goes through the same checks.
 */
export function inputModeFields(json: {
	fieldsHint: string;
	jsonHint: string;
	example: object;
	description: string;
}): INodeProperties[] {
	return [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Fields', value: 'fields', description: json.fieldsHint },
				{ name: 'JSON', value: 'json', description: json.jsonHint },
			],
			default: 'fields',
			hint: 'Switching starts the other mode afresh: n8n keeps only the values the chosen mode shows',
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			default: JSON.stringify(json.example, null, 2),
			required: true,
			description: json.description,
			displayOptions: { show: { inputMode: ['json'] } },
		},
	];
}

/** Shown before version `since` of the node: the form its saved workflows were made with. */
const before = (since: number) => ({ show: { '@version': [{ _cnd: { lt: since } }] } });

/** Shown from version `since` of the node on. */
const from = (since: number) => ({ show: { '@version': [{ _cnd: { gte: since } }] } });

/**
 * One parameter whose form changed in version `since`: the old form stays for the nodes saved
 * before it (their saved value keeps its meaning), the new one for nodes made since.
 */
export function versionedField(
	old: INodeProperties,
	current: INodeProperties,
	since: number,
): INodeProperties[] {
	return [
		{ ...old, displayOptions: before(since) },
		{ ...current, displayOptions: from(since) },
	];
}

/**
 * A picker of something Webex refers to by name, not ID (a schedule): From List, whose entries'
 * values are names, or typed By Name.
 */
export function namePicker(field: {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: string;
	example: string;
}): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: field.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: field.searchListMethod, searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: `e.g. ${field.example}`,
			},
		],
	};
}

/** A picker (From List, By ID) whose list comes from `searchListMethod`. */
export function pickerField(
	field: { name: string; displayName: string; description: string },
	searchListMethod: string,
	idPlaceholder: string,
): INodeProperties {
	return locator(field.name, field.displayName, field.description, searchListMethod, idPlaceholder);
}

/**
 * An ID the user picks from a list that depends on another field (the holidays of the chosen
 * mode), from version 2 on; version 1 took it as plain text, and its saved workflows keep that.
 * Both are one parameter, read the same way (a plain string or a locator's value).
 */
function versionedId(
	field: { name: string; displayName: string; description: string },
	searchListMethod: string,
	idPlaceholder: string,
): INodeProperties[] {
	return versionedField(
		{ ...field, type: 'string', default: '', required: true },
		pickerField(field, searchListMethod, idPlaceholder),
		2,
	);
}

export const holidayIdFields = versionedId(
	{
		name: 'holidayId',
		displayName: 'Holiday',
		description: "The holiday, one of the chosen operating mode's",
	},
	'searchHolidays',
	"ID from the mode's holidays",
);

export const criteriaIdFields = versionedId(
	{
		name: 'criteriaId',
		displayName: 'Criteria',
		description: "The criteria, one of the chosen workspace's simultaneous ring criteria",
	},
	'searchCriteria',
	'ID from the simultaneous ring criteria',
);

/**
 * The canvas subtitle as a person reads it ("Create: Operating Mode"), from the Resource and
 * Operation options themselves, so it follows them.
 */
export function subtitleExpression(properties: INodeProperties[]): string {
	const resources = (properties.find((p) => p.name === 'resource')?.options ?? []) as Array<{
		name: string;
		value: string;
	}>;
	const labels: Record<string, string> = {};
	for (const resource of resources) {
		const selector = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		for (const operation of (selector?.options ?? []) as Array<{ name: string; value: string }>) {
			labels[`${resource.value}:${operation.value}`] = `${operation.name}: ${resource.name}`;
		}
	}
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}

/**
 * The credential of each Authentication choice, for both nodes (the action node and the trigger).
 */
export const credentialsByAuthentication: INodeCredentialDescription[] = [
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
];

/** The node's Authentication: which credential type its requests use. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{
			name: 'Access Token',
			value: 'accessToken',
			description:
				'A pasted admin token: for trying the node out (a personal token lasts 12 hours)',
		},
		{
			name: 'OAuth2',
			value: 'oAuth2',
			description:
				'A Webex integration a person signs in to once: an admin, or a mode manager; tokens refreshed automatically',
		},
		{
			name: 'Service App',
			value: 'serviceApp',
			description:
				'A service app authorized for your org: unattended workflows, tokens refreshed automatically',
		},
	],
	// Saved workflows have no Authentication: they keep the access token they were made with.
	default: 'accessToken',
};

/** A Webex word as a label: JANUARY and sunday become January and Sunday. */
export const titleCase = (value: string) =>
	value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();

/** Options for Webex's own words, each labelled in title case and saved as Webex spells it. */
export const enumOptions = (values: readonly string[]): INodePropertyOptions[] =>
	values.map((value) => ({ name: titleCase(value), value }));

const monthField: INodeProperties = {
	displayName: 'Month',
	name: 'month',
	type: 'options',
	options: enumOptions(MONTHS),
	default: 'JANUARY',
};

/** Webex's yearly recurrences, by date or by weekday, as an operating mode's holidays and a location schedule's events take them. */
export const yearlyRecurrences: INodePropertyCollection[] = [
	{
		displayName: 'Yearly by Date',
		name: 'recurYearlyByDate',
		values: [
			{
				displayName: 'Day of Month',
				name: 'dayOfMonth',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 31 },
				default: 1,
			},
			monthField,
		],
	},
	{
		displayName: 'Yearly by Day',
		name: 'recurYearlyByDay',
		values: [
			{
				displayName: 'Day',
				name: 'day',
				type: 'options',
				options: enumOptions(WEEKDAYS),
				default: 'MONDAY',
			},
			{
				displayName: 'Week',
				name: 'week',
				type: 'options',
				options: enumOptions(WEEKS),
				default: 'FIRST',
			},
			monthField,
		],
	},
];

/** The two kinds of location schedule, as Webex names them in paths and bodies. */
export const scheduleTypeOptions: INodePropertyOptions[] = [
	{ name: 'Business Hours', value: 'businessHours' },
	{ name: 'Holidays', value: 'holidays' },
];
