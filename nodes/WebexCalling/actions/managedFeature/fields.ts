/**
 * What the Mode Management operations share: they act as the signed-in mode manager, with the
 * person's own token (Webex's "me" endpoints: a user token with spark:telephony_config_read and,
 * to switch, _write; no orgId). Webex's reference and wxc_sdk
 * (https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/me/mode_management/__init__.py):
 * "This API requires a user auth token".
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { listOf } from '../../helpers/json';
import { readReference, resolveReference } from '../../kit/reference';
import type { Reference } from '../../kit/reference';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import { myModeFeaturePath } from '../../kit/paths';
import { asManager, myFeatures, namedFeature } from '../../domain/callFeature/requests';
import type { ExecutionRun } from '../../transport';

export const myFeatureField: INodeProperties = {
	displayName: 'Feature',
	name: 'featureId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'One of the features the signed-in person manages',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchMyFeatures', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'Y2lzY29zcGFyazovL3VzL...' },
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'Denver Support',
			hint: 'Its name as Webex shows it (or its ID); looked up among the features you manage',
		},
	],
};

export const myFeatureModeField: INodeProperties = {
	displayName: 'Operating Mode',
	name: 'operatingModeId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: "One of the feature's operating modes",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchMyFeatureModes', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'Y2lzY29zcGFyazovL3VzL09Q...',
		},
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'Closed - Weather',
			hint: "Its name as Webex shows it (or its ID); looked up among the feature's modes",
		},
	],
};

/**
 * A service app is no person, so it cannot be a mode manager: refused before anything is sent
 * (Webex's reference: these APIs need a user auth token).
 */
export function checkUserCredential(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
) {
	if (ctx.getNodeParameter('authentication', itemIndex, 'accessToken') === 'serviceApp')
		issues.push({
			field: 'authentication',
			problem:
				"is Service App, which is not a person and cannot act as a mode manager: choose OAuth2 (signed in by the mode manager, with the user scopes spark:telephony_config_read and spark:telephony_config_write) or the mode manager's own access token",
		});
}

/** The feature an item names, by ID or by name. */
export function readMyFeature(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	return readReference(ctx, itemIndex, 'featureId', issues);
}

/** A managed feature found: its ID as a path segment, and its name when it was named. */
export interface FoundFeature {
	feature: string;
	featureName?: string;
	settings: RequestSettings;
}

/**
 * The feature an item names, found: a name is looked up among the features the person manages
 * (Webex's list has each one's name, type and location), one look-up for the whole run.
 */
export async function findMyFeature(
	run: ExecutionRun,
	{ feature, settings }: MyFeature,
	itemIndex: number,
): Promise<FoundFeature> {
	const found = await resolveReference(
		run,
		feature,
		myFeatureField,
		{
			key: 'names:myFeatures',
			plural: 'features you manage',
			none: 'you manage no features (an admin assigns them: Mode Manager Assignment)',
			list: async () => (await myFeatures(run, settings, itemIndex)).map(namedFeature),
		},
		itemIndex,
	);
	return { feature: found.id, featureName: found.name, settings };
}

/**
 * A mode of a managed feature, named by ID (read `inBody`: it goes in the switch's body) or by
 * name: a name is looked up among the feature's own modes (Webex's answer for the feature lists
 * them with their names). Its ID comes back as text for a body.
 */
export async function findMyFeatureMode(
	run: ExecutionRun,
	{ feature, settings }: FoundFeature,
	mode: Reference,
	itemIndex: number,
): Promise<{ operatingModeId: string; operatingModeName?: string }> {
	if ('id' in mode) return { operatingModeId: mode.id };
	const found = await resolveReference(
		run,
		mode,
		myFeatureModeField,
		{
			key: `names:myFeatureModes:${feature}`,
			plural: "feature's operating modes",
			list: async () => {
				const detail = await asManager(run, {
					method: 'GET',
					path: myModeFeaturePath(feature),
					...settings,
					itemIndex,
				});
				return listOf(detail.modes).map((m) => ({
					id: String(m.id ?? ''),
					name: String(m.name ?? ''),
					detail: [m.type, m.level].filter((part) => typeof part === 'string').join(', '),
				}));
			},
		},
		itemIndex,
		{ inBody: true },
	);
	return { operatingModeId: found.id, operatingModeName: found.name };
}

/**
 * A managed feature as it is now: its name, modes, current mode and exception. Webex's answer
 * for one feature carries no name; the list of managed features (read beside it) does.
 */
export async function featureNow(
	run: ExecutionRun,
	{ feature, featureName, settings }: FoundFeature,
	itemIndex: number,
): Promise<IDataObject> {
	const featureId = decodeURIComponent(feature);
	const read = asManager(run, {
		method: 'GET',
		path: myModeFeaturePath(feature),
		...settings,
		itemIndex,
	});
	// A feature found by name has its name already; one given by ID has it from the list.
	const [detail, listed] = await Promise.allSettled([
		read,
		featureName === undefined ? myFeatures(run, settings, itemIndex) : Promise.resolve([]),
	]);
	if (detail.status === 'rejected') throw detail.reason;
	const name =
		featureName ??
		(listed.status === 'fulfilled'
			? listed.value.find((f) => f.id === featureId)?.name
			: undefined);
	return {
		featureId,
		...(typeof name === 'string' ? { featureName: name } : {}),
		...detail.value,
	};
}

/** One managed feature an item names, with the item's settings. */
export interface MyFeature {
	feature: Reference;
	settings: RequestSettings;
}

/**
 * Reads the managed feature an item names, its credential checked, and what `more` reads (its
 * problems join the item's); bad input fails the item, nothing sent.
 */
export function prepareMyFeature<More extends object>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	more: (issues: InputIssue[]) => More = () => ({}) as More,
): MyFeature & More {
	const issues: InputIssue[] = [];
	checkUserCredential(ctx, itemIndex, issues);
	const feature = readMyFeature(ctx, itemIndex, issues);
	const extra = more(issues);
	assertNoIssues(ctx, itemIndex, issues);
	return { feature, settings: requestSettings(ctx, itemIndex), ...extra };
}

/**
 * One of Webex's actions on a managed feature (`switchMode`, `extendMode`,
 * `switchToNormalOperation`): a POST that does the same when repeated, then the feature as it is
 * after (a Dry Run: only its ID).
 */
export async function actOnMyFeature(
	run: ExecutionRun,
	found: FoundFeature,
	action: string,
	itemIndex: number,
	body?: IDataObject,
	/** What a Dry Run says it would act on, beside the feature (e.g. the mode found by name) */
	about: IDataObject = {},
): Promise<IDataObject> {
	const { feature, featureName, settings } = found;
	await asManager(run, {
		method: 'POST',
		path: `${myModeFeaturePath(feature)}/actions/${action}/invoke`,
		...(body ? { body } : {}),
		idempotent: true,
		...settings,
		itemIndex,
	});
	if (settings.dryRun)
		return {
			target: {
				featureId: decodeURIComponent(feature),
				...(featureName !== undefined ? { featureName } : {}),
				...about,
			},
		};
	return await featureNow(run, found, itemIndex);
}
