/** A request as the operations describe it, and the org every request acts on. */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { RetryPolicy } from '../helpers/retry';
import type { Connection } from './connection';

export interface WebexRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/telephony/config/operatingModes` */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	/** Overrides the credential's org for this request (node option `orgId`) */
	orgId?: string;
	/** Item the request is made for, so errors point at it */
	itemIndex?: number;
	retry?: RetryPolicy;
	/**
	 * For a create (POST): finds the object an attempt may have created when its answer was
	 * lost (a timeout, a reset, a 500/502/503/504, an unreadable body). Without it, such a create
	 * is not resent.
	 */
	recover?: () => Promise<IDataObject | undefined>;
	/** What a refusal means for this request, by HTTP status, added to Webex's own words */
	hints?: Partial<Record<number, string>>;
	/**
	 * About the signed-in person's own settings (`/people/me/…`, a mode manager's): no orgId is
	 * sent, Webex takes the token's person
	 */
	me?: boolean;
	/**
	 * A POST that is an action, not a create (e.g. switch back to normal operation): doing it
	 * twice does what doing it once does, so a lost answer is retried like a PUT's.
	 */
	idempotent?: boolean;
	/**
	 * Dry run: a write (anything but GET) is not sent but written down here, as it would have
	 * gone out; reads are sent as usual.
	 */
	dryRun?: PlannedRequest[];
}

/** A write a dry run did not send: what would have gone to Webex. */
export interface PlannedRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, with the query, e.g. `/telephony/config/operatingModes?orgId=…` */
	path: string;
	body?: IDataObject;
}

/** The request's query with the org (the node's override, else the credential's). */
export function withOrg(
	conn: Connection,
	request: { orgId?: string; qs?: IDataObject; me?: boolean },
): IDataObject | undefined {
	const orgId = request.me ? undefined : request.orgId?.trim() || conn.orgId;
	if (!orgId && !request.qs) return undefined;
	return { ...request.qs, ...(orgId ? { orgId } : {}) };
}
