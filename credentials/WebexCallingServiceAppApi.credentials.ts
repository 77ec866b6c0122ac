import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { normalizeBaseUrl } from '../common/baseUrl';
import { boundedText } from '../common/redact';
import {
	DEFAULT_TOKEN_TIMEOUT_MS,
	TOKEN_KEPT,
	TOKEN_ONLY_HEADER,
	TOKEN_REFRESH_FAILED,
	TOKEN_TIMEOUT_FIELD,
	tokenEndpointRefusal,
} from '../common/tokenEndpoint';
import { bearerAuthentication, peopleMeTest } from './WebexCallingApi.credentials';

/** What a refused or failed refresh means for the user, and what to do about it. */
function refreshError(error: unknown, credentials: ICredentialDataDecryptedObject, url: string) {
	const { status, code, oauthError, description, said } = tokenEndpointRefusal(error);
	let message: string;
	if (oauthError === 'invalid_grant') {
		message =
			'Webex refused the refresh token (invalid_grant): it was revoked, or went unused for 90 days. Authorize the service app for your organization again (Control Hub → Apps → Service Apps) and paste the refresh token the Developer Portal then shows into this credential.';
	} else if (oauthError === 'invalid_client' || status === 401) {
		message =
			"Webex refused the service app's Client ID or Client Secret (invalid_client): copy both again from the service app's page in the Developer Portal (regenerating the secret invalidates the old one).";
	} else if (status !== undefined) {
		message = `Webex's token endpoint answered ${status}${oauthError ? ` (${oauthError})` : ''}${description ? `: ${description}` : ''}`;
	} else {
		message = `Could not reach Webex's token endpoint at ${url}: ${said}`;
	}
	// Redacted, then bounded: the endpoint's own description can be any length.
	return Object.assign(new Error(boundedText(message, secretsOf(credentials), MAX_MESSAGE)), {
		name: TOKEN_REFRESH_FAILED,
		// Not `code` or `status`: n8n's credential test would show those instead of the words.
		networkCode: code,
		httpStatus: status,
	});
}

/** How long after the token request's limit it is stopped, when its connection never went quiet */
const ABORT_MARGIN_MS = 250;

/** Longest refusal text kept */
const MAX_MESSAGE = 1000;

function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	return ['clientSecret', 'refreshToken', 'accessToken']
		.map((key) => credentials[key])
		.filter((secret): secret is string => typeof secret === 'string');
}

/**
 * A Webex service app, authorized by an org admin in Control Hub: its client ID and secret and
 * the refresh token Webex gave it for that org are all an unattended workflow needs. Access
 * tokens (about 14 days) are fetched with the refresh token when there is none and when Webex
 * answers 401; n8n keeps the current one, encrypted, in the credential between executions.
 * Scopes: those granted to the service app (spark-admin:telephony_config_read/_write,
 * spark-admin:workspaces_read/_write for every operation of the node).
 */
export class WebexCallingServiceAppApi implements ICredentialType {
	name = 'webexCallingServiceAppApi';

	displayName = 'Webex Calling Service App API';

	icon: Icon = { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' };

	documentationUrl = 'https://developer.webex.com/docs/service-apps';

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: "The service app's Client ID, from its page in the Webex Developer Portal",
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The service app's Client Secret, shown once when the app is created",
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The refresh token for your organization: once an admin has authorized the service app in Control Hub, the Developer Portal shows it under the app\'s "Org Authorizations". It lasts 90 days and each use renews it.',
		},
		{
			displayName: 'Organization ID',
			name: 'orgId',
			type: 'string',
			default: '',
			description:
				'Leave empty to act on the organization that authorized the service app; it is sent as the orgId query parameter',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://webexapis.com/v1',
			description:
				'Webex API base URL (the token endpoint is its /access_token). Change only for another Webex region or a local simulator.',
		},
		{
			// Filled in by n8n through preAuthentication, kept encrypted with the credential.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * A new access token from the refresh token (`grant_type=refresh_token`). n8n calls this when
	 * the access token is empty (the first run, or after the node found it expired) and saves
	 * what it returns into the credential.
	 */
	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		// The node's time limit for this one request, never saved (n8n saves what is left).
		const timeout = Number(credentials[TOKEN_TIMEOUT_FIELD] ?? DEFAULT_TOKEN_TIMEOUT_MS);
		delete credentials[TOKEN_TIMEOUT_FIELD];
		// The same Base URL rule as every other request: no secret goes out over plain http.
		const base = normalizeBaseUrl(credentials.baseUrl);
		if (!base.ok) throw Object.assign(new Error(base.problem), { name: TOKEN_REFRESH_FAILED });
		const url = `${base.value}/access_token`;
		// A limit of 0 or less (the node's deadline already spent) still sends within a moment.
		const limitMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TOKEN_TIMEOUT_MS;
		const stop = AbortSignal.timeout(limitMs + ABORT_MARGIN_MS);
		let answer: IDataObject;
		try {
			answer = (await this.helpers.httpRequest({
				method: 'POST',
				url,
				timeout: limitMs,
				// The whole request within the limit, not only each quiet spell of the connection;
				// a little after it, so that the node's own deadline (the same limit) speaks first.
				abortSignal: stop,
				// A redirect would resend the client secret and refresh token elsewhere.
				disableFollowRedirect: true,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({
					grant_type: 'refresh_token',
					client_id: String(credentials.clientId ?? '').trim(),
					client_secret: String(credentials.clientSecret ?? '').trim(),
					refresh_token: String(credentials.refreshToken ?? '').trim(),
				}).toString(),
				json: true,
			})) as IDataObject;
		} catch (error) {
			// Stopped by the limit: a timeout, in those words (axios names it ERR_CANCELED).
			const failure = stop.aborted
				? Object.assign(new Error(`no answer within ${limitMs / 1000} s`), { code: 'ETIMEDOUT' })
				: error;
			throw refreshError(failure, credentials, url);
		}
		if (typeof answer?.access_token !== 'string' || answer.access_token === '') {
			throw Object.assign(
				new Error(`Webex's token endpoint at ${url} answered without an access token`),
				{ name: TOKEN_REFRESH_FAILED },
			);
		}
		const renewed =
			typeof answer.refresh_token === 'string' && answer.refresh_token !== credentials.refreshToken
				? { refreshToken: answer.refresh_token }
				: {};
		return { accessToken: answer.access_token, ...renewed };
	}

	/**
	 * `Authorization: Bearer <access token>`, as a function (no expression runtime per request).
	 * The node's token-only request (see TOKEN_ONLY_HEADER) is stopped here, once n8n has fetched
	 * and saved the token: it never leaves.
	 */
	authenticate: IAuthenticate = async (credentials, requestOptions) => {
		const headers = (requestOptions.headers ?? {}) as IDataObject;
		if (headers[TOKEN_ONLY_HEADER] !== undefined)
			throw Object.assign(new Error('The access token is kept; this request is not sent'), {
				name: TOKEN_KEPT,
			});
		return await bearerAuthentication(credentials, requestOptions);
	};

	test: ICredentialTestRequest = peopleMeTest(
		'Webex refused the access token it had just issued (HTTP 401): check the Base URL, then authorize the service app again.',
		"Webex accepted the token but refused access (HTTP 403): check the service app's scopes (spark-admin:telephony_config_read/_write, spark-admin:workspaces_read/_write) and the Organization ID.",
	);
}
