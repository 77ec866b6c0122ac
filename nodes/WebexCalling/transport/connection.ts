/**
 * The credential as the transport uses it (base URL, org, secrets to redact), and the errors the
 * transport raises. A run reads it once (see `WebexRun`).
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';

import { optionalText } from '../helpers/json';
import { normalizeBaseUrl } from '../helpers/url';

export const CREDENTIAL_TYPE = 'webexCallingApi';

export type WebexContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface Connection {
	baseUrl: string;
	orgId?: string;
	/** Never shown to anyone: redacted from everything Webex sends back */
	secrets: string[];
	/** Handed back to n8n so it authenticates without decrypting the credential again */
	decrypted: ICredentialsDecrypted;
}

/**
 * The credential as the transport uses it: the one place that reads it (and, with more than one
 * credential type, the one place that chooses among them).
 */
export async function openConnection(ctx: WebexContext, itemIndex?: number): Promise<Connection> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const checked = normalizeBaseUrl(credentials.baseUrl);
	if (!checked.ok) {
		throw apiError(
			ctx,
			{
				message: checked.problem,
				description: 'Fix the Base URL in the Webex Calling API credential.',
			},
			itemIndex,
		);
	}
	const node = ctx.getNode();
	return {
		baseUrl: checked.value,
		orgId: optionalText(credentials.orgId),
		secrets: [String(credentials.accessToken ?? '')],
		decrypted: {
			id: node.credentials?.[CREDENTIAL_TYPE]?.id ?? '',
			name: node.credentials?.[CREDENTIAL_TYPE]?.name ?? '',
			type: CREDENTIAL_TYPE,
			data: credentials,
		},
	};
}

export interface ErrorDetails {
	message: string;
	description: string;
	httpCode?: string;
	trackingId?: string;
}

/** A NodeApiError that keeps the words given (every text in it already redacted). */
export function apiError(
	ctx: WebexContext,
	details: ErrorDetails,
	itemIndex?: number,
): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { ...details } as JsonObject, {
		message: details.message,
		description: details.description,
		httpCode: details.httpCode,
		itemIndex,
	});
	// NodeApiError may rewrite the message from the status; keep Webex's own words.
	error.message = details.message;
	if (details.trackingId) error.context.trackingId = details.trackingId;
	return error;
}
