/** Phone numbers as Webex writes them and as it reads them. Pure. */

/**
 * Webex answers with numbers in its display format (`+1-4085550123`, `+49-61007739765`) and
 * clients send them back as `+` and digits: wxc_sdk's `e164()` (wxc_sdk/base.py, used for every
 * simultaneous-ring number) removes everything but `+` and digits before sending. Only a value
 * that looks like a formatted number (digits with `+ - . ( )` and spaces) is rewritten, so an
 * extension or a dialling code with `*` or `#` goes to Webex exactly as given.
 */
export function normalizePhoneNumber(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!/^\+?[\d\s().-]+$/.test(text) || !/\d/.test(text)) return text;
	return text.replace(/[^+\d]/g, '');
}
