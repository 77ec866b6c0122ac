/**
 * Keeping secrets (access tokens, refresh tokens, client secrets) out of everything the package
 * shows: errors, descriptions, outputs, logs. Pure; shared by the node's transport and the
 * credentials, which import it from here rather than from each other.
 */

export const REDACTED = '[redacted]';

/** Secrets shorter than this are too common as text to look for. */
const MIN_SECRET = 4;

/**
 * In error texts, any run of this many characters of a secret is redacted too: a server or n8n
 * may cut a secret off (n8n quotes the first 100 characters of a token endpoint's answer), and
 * the part that is left is still a secret.
 */
export const MIN_FRAGMENT = 8;

/**
 * The secrets to look for: each as given and as sent (trimmed: a value saved with a trailing
 * newline is sent without it), longest first, so a secret that contains another goes whole.
 */
export function secretVariants(secrets: ReadonlyArray<string | undefined>): string[] {
	const variants = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string') continue;
		for (const variant of [secret, secret.trim()])
			if (variant.length >= MIN_SECRET) variants.add(variant);
	}
	return [...variants].sort((a, b) => b.length - a.length);
}

/** Every run of MIN_FRAGMENT characters of the secrets long enough to have one. */
function fragmentsOf(secrets: string[]): Set<string> {
	const grams = new Set<string>();
	for (const secret of secrets)
		for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++)
			grams.add(secret.slice(i, i + MIN_FRAGMENT));
	return grams;
}

/** The text with every stretch that is part of a secret (MIN_FRAGMENT or more) replaced. */
function withoutFragments(text: string, grams: Set<string>): string {
	if (grams.size === 0 || text.length < MIN_FRAGMENT) return text;
	let result = '';
	let copiedTo = 0;
	let coveredTo = -1;
	let start = -1;
	for (let i = 0; i + MIN_FRAGMENT <= text.length; i++) {
		if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) continue;
		if (i > coveredTo) {
			if (start >= 0) {
				result += text.slice(copiedTo, start) + REDACTED;
				copiedTo = coveredTo;
			}
			start = i;
		}
		coveredTo = i + MIN_FRAGMENT;
	}
	if (start < 0) return text;
	return result + text.slice(copiedTo, start) + REDACTED + text.slice(coveredTo);
}

/**
 * A token or secret named as such in a text (`"access_token":"…"`, `refresh_token=…`,
 * `clientSecret: …`, URL-encoded or escaped alike): a token endpoint's answer quoted in an error
 * may carry a token nobody knew yet (a new one, issued in an answer that then failed), so it is
 * found by its name. A quoted value goes whole; an unquoted one only when it looks like a token
 * (MIN_NAMED_VALUE characters of a token's alphabet), so prose after such a name keeps its words
 * ("… /access_token: ETIMEDOUT").
 */
const NAMED_SECRET =
	/((?:access|refresh)[-_ ]?token|client[-_ ]?secret)((?:\\*["']|%22)?\s*(?:=>|[:=]|%3A|%3D)\s*)(\\*["']|%22)?/gi;
const TOKEN_CHARS = /^[A-Za-z0-9._~+/=%-]+/;
const MIN_NAMED_VALUE = 16;

function withoutNamedSecrets(text: string): string {
	let result = '';
	let copied = 0;
	for (const match of text.matchAll(NAMED_SECRET)) {
		const valueStart = match.index + match[0].length;
		if (valueStart < copied) continue;
		const quote = match[3];
		let valueEnd: number;
		if (quote !== undefined) {
			const close = text.indexOf(quote, valueStart);
			valueEnd = close < 0 ? text.length : close;
		} else {
			const run = TOKEN_CHARS.exec(text.slice(valueStart))?.[0] ?? '';
			if (run.length < MIN_NAMED_VALUE) continue;
			valueEnd = valueStart + run.length;
		}
		const value = text.slice(valueStart, valueEnd);
		if (value === '' || value === REDACTED) continue;
		result += text.slice(copied, valueStart) + REDACTED;
		copied = valueEnd;
	}
	return result + text.slice(copied);
}

/**
 * A text with every secret, every part of one (MIN_FRAGMENT characters or more), any value
 * named as a token or secret, and any bearer token replaced. For error texts; redact before cutting a text short, so that a cut cannot
 * leave a secret's start unrecognised (and then cut, see `boundedText`).
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
	const variants = secretVariants(secrets);
	let result = text;
	for (const secret of variants) result = result.split(secret).join(REDACTED);
	result = withoutFragments(result, fragmentsOf(variants));
	result = withoutNamedSecrets(result);
	return result.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`);
}

/**
 * A text from a server, redacted and then cut to `max` characters (saying how long it was).
 * Only as much of it as can matter is redacted: any secret reaching into the first `max`
 * characters lies whole within max plus the longest secret.
 */
export function boundedText(
	text: string,
	secrets: ReadonlyArray<string | undefined>,
	max: number,
): string {
	const longest = secretVariants(secrets)[0]?.length ?? 0;
	const clean = redact(text.slice(0, max + longest + MIN_FRAGMENT), secrets);
	const cut = clean.length > max ? clean.slice(0, max) : clean;
	return text.length > max ? `${cut}… (${text.length} characters)` : cut;
}

/**
 * A value from a server with every secret (whole, as given or as sent) replaced in every string
 * and every key, at any depth. The value itself when nothing needed redacting (the usual case:
 * no copy is made). Parts of secrets are left to error texts (`redact`): in data they would
 * also match IDs that only share characters with a token.
 */
export function redactDeep(value: unknown, secrets: ReadonlyArray<string | undefined>): unknown {
	const present = secretVariants(secrets);
	if (present.length === 0) return value;
	const clean = (text: string) =>
		present.some((secret) => text.includes(secret))
			? present.reduce((result, secret) => result.split(secret).join(REDACTED), text)
			: text;
	const walk = (node: unknown): unknown => {
		if (typeof node === 'string') return clean(node);
		if (Array.isArray(node)) {
			const mapped = node.map(walk);
			return mapped.some((entry, index) => entry !== node[index]) ? mapped : node;
		}
		if (typeof node === 'object' && node !== null) {
			let copy: Record<string, unknown> | undefined;
			const entries = Object.entries(node);
			for (const [key, entry] of entries) {
				const next = walk(entry);
				const cleanKey = clean(key);
				if (cleanKey !== key) {
					copy ??= Object.fromEntries(entries);
					delete copy[key];
					copy[cleanKey] = next;
				} else if (next !== entry) (copy ??= Object.fromEntries(entries))[key] = next;
			}
			return copy ?? node;
		}
		return node;
	};
	return walk(value);
}
