/** URL rules that keep the token on the credential's own origin. Pure. */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const DEFAULT_BASE_URL = 'https://webexapis.com/v1';

function isLoopback(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * The credential's base URL without a trailing slash. Only https is allowed, except for
 * loopback hosts (a local simulator or proxy), so a typo cannot send the token in clear text.
 */
export function normalizeBaseUrl(raw: unknown): string {
	const text = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`The credential's Base URL "${text}" is not a valid URL`);
	}
	const plainHttpAllowed = url.protocol === 'http:' && isLoopback(url.hostname);
	if (url.protocol !== 'https:' && !plainHttpAllowed) {
		throw new Error(
			`The credential's Base URL must use https (plain http only for localhost), got "${text}"`,
		);
	}
	if (url.search || url.hash || url.username || url.password) {
		throw new Error(`The credential's Base URL must not carry a query, fragment or user info`);
	}
	return url.toString().replace(/\/+$/, '');
}

/** True when `url` is on the same scheme, host and port as `baseUrl`. */
export function isSameOrigin(url: string, baseUrl: string): boolean {
	try {
		return new URL(url).origin === new URL(baseUrl).origin;
	} catch {
		return false;
	}
}

/**
 * An ID as one URL path segment. IDs come from users and expressions; one that could change
 * the path (`/`, `..`) or carries whitespace is refused rather than sent somewhere else.
 */
export function idPathSegment(id: unknown, field: string): string {
	if (typeof id !== 'string' || id.trim() === '') {
		throw new Error(`${field} is required, got ${id === undefined ? 'nothing' : JSON.stringify(id)}`);
	}
	if (/[\s/\\]/.test(id) || id.includes('..') || id === '.') {
		throw new Error(`${field} ${JSON.stringify(id)} is not a Webex ID (no slashes, dots-dots or spaces)`);
	}
	return encodeURIComponent(id);
}
