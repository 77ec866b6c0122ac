/**
 * The one place that talks HTTP to Webex: credential, orgId, base URL, retries, rate limits,
 * errors and pages. Requests go through n8n's `httpRequest`, signed with the token the run
 * holds (token.ts owns its life: fetching, refreshing, refusals), which every answer is
 * redacted of.
 */
import type { IDataObject } from 'n8n-workflow';

import type { WebexResponse } from './attempt';
import { withOrg } from './request';
import type { WebexRequest } from './request';
import type { WebexRun } from './run';
import { send } from './send';

export type { WebexContext } from './connection';
export type { WebexResponse } from './attempt';
export { webexApiList, webexApiPage } from './pages';
export type { PlannedRequest, WebexRequest } from './request';
export { WebexRun } from './run';
export type { ExecutionRun, GateSettings } from './run';

/** One request to Webex; throws a NodeApiError carrying Webex's message and trackingId. */
export async function webexApiRequest(
	run: WebexRun,
	request: WebexRequest,
): Promise<WebexResponse<IDataObject>> {
	const conn = await run.connection(request.itemIndex);
	const qs = withOrg(conn, request);
	if (request.dryRun && request.method !== 'GET') {
		const query = new URLSearchParams(qs as Record<string, string>).toString();
		request.dryRun.push({
			method: request.method,
			path: query ? `${request.path}?${query}` : request.path,
			...(request.body ? { body: request.body } : {}),
		});
		return { body: {}, headers: {}, statusCode: 0 };
	}
	return await send<IDataObject>(run, conn, request.method, `${conn.baseUrl}${request.path}`, {
		...request,
		qs,
	});
}

/**
 * A read of something that may have been deleted since it was listed: its answer, or undefined
 * when Webex answers 404; any other failure is thrown as it came (already Webex's error).
 */
export async function unlessGone<T>(reading: Promise<T>): Promise<T | undefined> {
	const [outcome] = await Promise.allSettled([reading]);
	if (outcome.status === 'fulfilled') return outcome.value;
	if ((outcome.reason as { httpCode?: unknown }).httpCode === '404') return undefined;
	throw outcome.reason;
}
