/** Turning Webex's error answers into text a user can act on, without leaking secrets. Pure. */
import { boundedText, redact } from '../../../common/redact';
import { isPlainObject } from './json';

export { redact, redactDeep } from '../../../common/redact';

export interface WebexErrorDetails {
	message: string;
	description: string;
	httpCode: string;
	trackingId?: string;
}

/** Longest text kept from Webex for one message or description line. */
const MAX_TEXT = 500;

/** Most entries of Webex's `errors` list shown */
const MAX_ERRORS = 5;

function headerValue(
	headers: Record<string, unknown> | undefined,
	name: string,
): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	const value = key === undefined ? undefined : headers[key];
	return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Webex rejected the request as invalid.',
	401: 'The access token is missing, wrong or expired: renew it in the Webex Calling API credential.',
	403: 'The token is not allowed to do this: check its scopes and the org ID.',
	404: 'Webex does not know this resource (check the ID and the org).',
	409: 'The request conflicts with what exists already (e.g. a name in use).',
	423: 'Webex has locked the resource for now; try again later.',
	429: 'Webex is rate limiting this org; try again later.',
};

/**
 * Reads Webex's error body `{message, errors[{description}], trackingId}` (or anything else a
 * proxy may answer with) into a message, a description, the status and the tracking ID.
 */
export function describeWebexError(
	statusCode: number,
	body: unknown,
	headers: Record<string, unknown> | undefined,
	secrets: Array<string | undefined>,
): WebexErrorDetails {
	let message: string | undefined;
	const descriptions: string[] = [];
	let trackingId: string | undefined;
	// Redacted before it is cut: a cut could leave the start of a secret unrecognised.
	const clip = (text: string) => boundedText(text, secrets, MAX_TEXT);

	if (isPlainObject(body)) {
		if (typeof body.message === 'string' && body.message.trim())
			message = clip(body.message.trim());
		if (Array.isArray(body.errors)) {
			// A few are worth reading; a server listing thousands would bury the message.
			for (const entry of body.errors.slice(0, MAX_ERRORS)) {
				if (isPlainObject(entry) && typeof entry.description === 'string') {
					const code =
						entry.errorCode !== undefined ? ` (errorCode ${clip(String(entry.errorCode))})` : '';
					descriptions.push(`${clip(entry.description)}${code}`);
				}
			}
		}
		if (typeof body.trackingId === 'string') trackingId = body.trackingId;
	} else if (typeof body === 'string' && body.trim() && !/^\s*</.test(body)) {
		// Plain-text answers are shown; HTML error pages from proxies are not worth printing.
		message = clip(body.trim());
	}
	trackingId ??= headerValue(headers, 'trackingid');
	// The tracking ID comes from the server too: a hostile or broken one may echo the token in it.
	if (trackingId !== undefined) trackingId = clip(trackingId);

	const hint =
		STATUS_HINTS[statusCode] ??
		(statusCode >= 500 ? 'Webex had a server-side problem; try again later.' : '');
	message ??= descriptions[0] ?? `Webex answered HTTP ${statusCode}`;
	const lines = [
		...descriptions.filter((d) => d !== message),
		hint,
		`HTTP ${statusCode}${trackingId ? `, trackingId ${trackingId} (quote it to Webex support)` : ''}`,
	].filter(Boolean);

	return {
		// Redacted again whole: a message taken from a description carries its error code.
		message: redact(message, secrets),
		description: redact(lines.join('\n'), secrets),
		httpCode: String(statusCode),
		trackingId,
	};
}
