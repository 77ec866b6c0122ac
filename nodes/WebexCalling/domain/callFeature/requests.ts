/**
 * Reading the org's auto attendants, call queues and hunt groups: as an admin (the lists by
 * kind) and as a mode manager (Webex's "me" endpoints: a user token with
 * spark:telephony_config_read and, to switch, _write; no orgId; Webex's reference and wxc_sdk,
 * https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/me/mode_management/__init__.py: "This
 * API requires a user auth token"). The actions and the trigger read them the same way.
 */
import type { IDataObject } from 'n8n-workflow';

import { FEATURE_KINDS } from '../../helpers/forwarding';
import type { FeatureType } from '../../helpers/forwarding';
import type { Named } from '../../helpers/names';
import type { RequestSettings } from '../../kit/operation';
import { featuresPath, MY_MODE_FEATURES } from '../../kit/paths';
import { webexApiList, webexApiRequest } from '../../transport';
import type { WebexRequest, WebexRun } from '../../transport';

export const ALL_FEATURE_TYPES = Object.keys(FEATURE_KINDS) as FeatureType[];

export interface FeatureListing {
	types: FeatureType[];
	qs: IDataObject;
	settings: RequestSettings;
}

/** The features of the chosen kinds, each with its `featureType`, kind after kind. */
export async function listFeatures(
	run: WebexRun,
	{ types, qs, settings }: FeatureListing,
	itemIndex?: number,
	limit?: number,
): Promise<IDataObject[]> {
	const listed: IDataObject[] = [];
	for (const type of types) {
		const left = limit === undefined ? undefined : limit - listed.length;
		if (left !== undefined && left <= 0) break;
		const kind = FEATURE_KINDS[type];
		const features = await webexApiList(
			run,
			{ method: 'GET', path: featuresPath(kind.segment), qs, ...settings, itemIndex },
			{ itemsKey: kind.listKey, limit: left },
		);
		for (const feature of features) listed.push({ featureType: type, ...feature });
	}
	return listed;
}

/** What Webex's refusals mean here: the token is not the mode manager's own, or not theirs. */
export const MANAGER_HINTS = {
	401: 'The token is missing, wrong or expired.',
	403: "Mode Management acts as the signed-in mode manager: use the OAuth2 credential signed in by that person, with the scopes spark:telephony_config_read and spark:telephony_config_write (an admin's token or a service app cannot act as a mode manager).",
	404: 'The signed-in person does not manage this feature: an admin assigns it (Mode Manager Assignment → Update Managed Features).',
};

/** One request as the signed-in mode manager: no orgId, the hints above. */
export async function asManager(
	run: WebexRun,
	request: Omit<WebexRequest, 'me' | 'hints'>,
): Promise<IDataObject> {
	return (await webexApiRequest(run, { ...request, me: true, hints: MANAGER_HINTS })).body;
}

/** The features the signed-in person manages, each with its name, current mode and exception. */
export async function myFeatures(
	run: WebexRun,
	settings: RequestSettings,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const answer = await asManager(run, {
		method: 'GET',
		path: MY_MODE_FEATURES,
		...settings,
		itemIndex,
	});
	return ((answer.features as IDataObject[] | undefined) ?? []).filter(
		(feature) => typeof feature === 'object' && feature !== null,
	);
}

const TYPE_WORDS: Record<string, string> = {
	AUTO_ATTENDANT: 'auto attendant',
	CALL_QUEUE: 'call queue',
	HUNT_GROUP: 'hunt group',
};

/** A managed feature as a name is matched against: its type and location tell two apart. */
export function namedFeature(feature: IDataObject): Named {
	const type = typeof feature.type === 'string' ? (TYPE_WORDS[feature.type] ?? feature.type) : '';
	const location = (feature.location as IDataObject | undefined)?.name;
	return {
		id: String(feature.id ?? ''),
		name: String(feature.name ?? ''),
		detail: [type, typeof location === 'string' ? location : ''].filter(Boolean).join(', '),
	};
}
