/** Turning Webex's error answers into text a user can act on, without leaking secrets. Pure. */
import { isPlainObject } from './json';

export interface WebexErrorDetails {
	message: string;
	description: string;
	httpCode: string;
	trackingId?: string;
}

const REDACTED = '[redacted]';

/** Longest text kept from Webex for one message or description line. */
const MAX_TEXT = 500;

function clip(text: string): string {
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} characters)` : text;
}

/** Replaces every occurrence of each secret (and any bearer token) in a text. */
export function redact(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
	}
	return result.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`);
}

/**
 * A value from Webex with every secret redacted from every string in it, at any depth. The
 * value itself when nothing needed redacting (the usual case: no copy is made).
 */
export function redactDeep(value: unknown, secrets: Array<string | undefined>): unknown {
	const present = secrets.filter((secret): secret is string => !!secret && secret.length >= 4);
	if (present.length === 0) return value;
	const walk = (node: unknown): unknown => {
		if (typeof node === 'string')
			return present.some((secret) => node.includes(secret)) ? redact(node, present) : node;
		if (Array.isArray(node)) {
			const mapped = node.map(walk);
			return mapped.some((entry, index) => entry !== node[index]) ? mapped : node;
		}
		if (isPlainObject(node)) {
			let copy: Record<string, unknown> | undefined;
			for (const [key, entry] of Object.entries(node)) {
				const next = walk(entry);
				if (next !== entry) (copy ??= { ...node })[key] = next;
			}
			return copy ?? node;
		}
		return node;
	};
	return walk(value);
}

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

	if (isPlainObject(body)) {
		if (typeof body.message === 'string' && body.message.trim())
			message = clip(body.message.trim());
		if (Array.isArray(body.errors)) {
			for (const entry of body.errors) {
				if (isPlainObject(entry) && typeof entry.description === 'string') {
					const code =
						entry.errorCode !== undefined ? ` (errorCode ${String(entry.errorCode)})` : '';
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
	if (trackingId !== undefined) trackingId = clip(redact(trackingId, secrets));

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
		message: redact(message, secrets),
		description: redact(lines.join('\n'), secrets),
		httpCode: String(statusCode),
		trackingId,
	};
}
