/**
 * What the Mode Management operations share: they act as the signed-in mode manager, with the
 * person's own token (Webex's "me" endpoints: a user token with spark:telephony_config_read and,
 * to switch, _write; no orgId). Webex's reference and wxc_sdk
 * (https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/me/mode_management/__init__.py):
 * "This API requires a user auth token".
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import { myModeFeaturePath } from '../../kit/paths';
import { asManager, myFeatures } from '../../domain/callFeature/requests';
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

/** The encoded feature ID of an item. */
export function readMyFeature(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	return readPathId(ctx, itemIndex, 'featureId', issues);
}

/**
 * A managed feature as it is now: its name, modes, current mode and exception. Webex's answer
 * for one feature carries no name; the list of managed features (read beside it) does.
 */
export async function featureNow(
	run: ExecutionRun,
	feature: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject> {
	const featureId = decodeURIComponent(feature);
	const [detail, listed] = await Promise.allSettled([
		asManager(run, { method: 'GET', path: myModeFeaturePath(feature), ...settings, itemIndex }),
		myFeatures(run, settings, itemIndex),
	]);
	if (detail.status === 'rejected') throw detail.reason;
	const name =
		listed.status === 'fulfilled' ? listed.value.find((f) => f.id === featureId)?.name : undefined;
	return {
		featureId,
		...(typeof name === 'string' ? { featureName: name } : {}),
		...detail.value,
	};
}

/** One managed feature an item names, with the item's settings. */
export interface MyFeature {
	feature: string;
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
	{ feature, settings }: MyFeature,
	action: string,
	itemIndex: number,
	body?: IDataObject,
): Promise<IDataObject> {
	await asManager(run, {
		method: 'POST',
		path: `${myModeFeaturePath(feature)}/actions/${action}/invoke`,
		...(body ? { body } : {}),
		idempotent: true,
		...settings,
		itemIndex,
	});
	if (settings.dryRun) return { featureId: decodeURIComponent(feature) };
	return await featureNow(run, feature, settings, itemIndex);
}
