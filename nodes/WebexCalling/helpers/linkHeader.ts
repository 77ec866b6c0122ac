/**
 * The HTTP Link header as RFC 8288 (section 3) writes it: link-values separated by commas, each
 * a `<URI-Reference>` and `;`-separated parameters whose values are tokens or quoted strings. A
 * URL may hold commas and semicolons, so the header is read character by character, not split.
 * Pure.
 */
import type { Checked } from './url';

export interface LinkValue {
	target: string;
	/** Parameter names in lower case; a parameter without a value is '' */
	params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** Every link-value of a header, or what makes it unreadable. */
export function parseLinkHeader(header: string): Checked<LinkValue[]> {
	const links: LinkValue[] = [];
	let i = 0;
	const skipSpace = () => {
		while (i < header.length && (header[i] === ' ' || header[i] === '\t')) i++;
	};
	const fail = (problem: string): Checked<LinkValue[]> => ({
		ok: false,
		problem: `${problem} at character ${i + 1}`,
	});
	for (;;) {
		// Empty list elements are allowed (RFC 9110 section 5.6.1).
		while (i < header.length && /[\s,]/.test(header[i])) i++;
		if (i >= header.length) return { ok: true, value: links };
		if (header[i] !== '<') return fail('expected "<"');
		const end = header.indexOf('>', i + 1);
		if (end < 0) return fail('a "<" without its ">"');
		const link: LinkValue = { target: header.slice(i + 1, end), params: {} };
		i = end + 1;
		for (;;) {
			skipSpace();
			if (i >= header.length || header[i] === ',') break;
			if (header[i] !== ';') return fail('expected ";" or ","');
			i++;
			skipSpace();
			const nameStart = i;
			while (i < header.length && TOKEN.test(header[i])) i++;
			if (i === nameStart) return fail('a parameter without a name');
			const name = header.slice(nameStart, i).toLowerCase();
			skipSpace();
			let value = '';
			if (header[i] === '=') {
				i++;
				skipSpace();
				if (header[i] === '"') {
					i++;
					for (;;) {
						if (i >= header.length) return fail('a quoted string without its end');
						if (header[i] === '\\') {
							value += header[i + 1] ?? '';
							i += 2;
						} else if (header[i] === '"') {
							i++;
							break;
						} else value += header[i++];
					}
				} else {
					const valueStart = i;
					while (i < header.length && TOKEN.test(header[i])) i++;
					value = header.slice(valueStart, i);
				}
			}
			// The first occurrence of a parameter counts (RFC 8288 section 3).
			if (!(name in link.params)) link.params[name] = value;
		}
		links.push(link);
	}
}

/**
 * The target of the header's `rel="next"` link, as written (absolute or relative), if any.
 * `rel` holds relation types separated by spaces, compared whole and without case: `next` is
 * one, `next-archive` another. A header that cannot be read is a problem, not the end of a list.
 */
export function nextLinkOf(header: unknown): Checked<string | undefined> {
	const text = Array.isArray(header) ? header.join(', ') : header;
	if (text === undefined || text === null || text === '') return { ok: true, value: undefined };
	if (typeof text !== 'string') return { ok: false, problem: 'it is not text' };
	const parsed = parseLinkHeader(text);
	if (!parsed.ok) return parsed;
	const next = parsed.value.find((link) =>
		(link.params.rel ?? '')
			.toLowerCase()
			.split(/[ \t]+/)
			.includes('next'),
	);
	return { ok: true, value: next?.target };
}
