/** URL rules that keep the token on the credential's own origin. Pure. */
import { quote } from './json';

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
export function idPathSegment(id: unknown): Checked<string> {
	if (typeof id !== 'string' || id.trim() === '') {
		return { ok: false, problem: `is required, got ${quote(id)}` };
	}
	if (/[\s/\\]/.test(id) || id.includes('..') || id === '.') {
		return {
			ok: false,
			problem: `${quote(id)} is not a Webex ID (no slashes, dots-dots or spaces)`,
		};
	}
	return { ok: true, value: encodeURIComponent(id) };
}
