/** URL rules that keep the token on the credential's own origin. Pure. */
import { quote } from './json';
import type { Checked } from '../../../common/baseUrl';

export { DEFAULT_BASE_URL, normalizeBaseUrl } from '../../../common/baseUrl';
export type { Checked } from '../../../common/baseUrl';

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
