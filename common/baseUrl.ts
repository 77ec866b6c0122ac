/**
 * The one rule for a credential's Base URL, used for every request a credential makes (the
 * node's requests, Test credential, a service app's token request): https only, except for
 * loopback hosts (a local simulator or proxy), so a typo cannot send a token or a client secret
 * in clear text; empty means Webex's default. Pure; the node and the credentials share it.
 */

/** A Base URL as quoted in a message: short, so a pasted page never makes a page-long error. */
function quote(text: string): string {
	const json = JSON.stringify(text);
	return json.length > 160 ? `${json.slice(0, 160)}… (${json.length} characters)` : json;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const DEFAULT_BASE_URL = 'https://webexapis.com/v1';

function isLoopback(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** A checked value, or what is wrong with it (helpers here stay free of n8n's error types). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * The credential's base URL without a trailing slash. Only https is allowed, except for
 * loopback hosts (a local simulator or proxy), so a typo cannot send the token in clear text.
 */
export function normalizeBaseUrl(raw: unknown): Checked<string> {
	const text = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, problem: `The credential's Base URL ${quote(text)} is not a valid URL` };
	}
	const plainHttpAllowed = url.protocol === 'http:' && isLoopback(url.hostname);
	if (url.protocol !== 'https:' && !plainHttpAllowed) {
		return {
			ok: false,
			problem: `The credential's Base URL must use https (plain http only for localhost), got ${quote(text)}`,
		};
	}
	if (url.search || url.hash || url.username || url.password) {
		return {
			ok: false,
			problem: "The credential's Base URL must not carry a query, fragment or user info",
		};
	}
	return { ok: true, value: url.toString().replace(/\/+$/, '') };
}

/**
 * The same rule as an n8n expression over `source` (e.g. `$credentials.baseUrl`), for the
 * requests n8n builds from a credential's declaration (Test credential, the OAuth2 sign-in and
 * token URLs): a Base URL the rule refuses becomes a host that cannot exist
 * (`.invalid`, RFC 2606), named to say why, so no secret goes out over plain http.
 */
export function baseUrlExpression(source: string): string {
	const given = `String(${source} || "").trim().replace(/\\/+$/, "") || "${DEFAULT_BASE_URL}"`;
	const allowed =
		'/^(https:\\/\\/[^\\/?#@]+|http:\\/\\/(localhost|127\\.\\d+\\.\\d+\\.\\d+|\\[::1\\])(:\\d+)?)(\\/[^?#@]*)?$/i';
	return `{{ ((url) => ${allowed}.test(url) ? url : "${REFUSED_BASE_URL}")(${given}) }}`;
}

/** Where a refused Base URL points n8n's own requests: nowhere, saying why */
export const REFUSED_BASE_URL = 'https://base-url-must-use-https.invalid';
