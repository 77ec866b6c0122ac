/** Generic guards for values that come from n8n parameters, expressions and Webex answers. Pure. */
import type { IDataObject } from 'n8n-workflow';

export type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text option such as an org ID, trimmed; undefined when absent or blank. */
/** The objects of a list in a server's answer; anything else (a hostile or broken answer) is none. */
export function listOf(value: unknown): IDataObject[] {
	return Array.isArray(value)
		? value.filter((entry): entry is IDataObject => typeof entry === 'object' && entry !== null)
		: [];
}

export function optionalText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/**
 * The value chosen in a picker (n8n's resource locator), which n8n hands over as its own record
 * `{ __rl, mode, value }` when the picker sits inside a collection; any other value as it is.
 */
export function pickedValue(value: unknown): unknown {
	return isPlainObject(value) && value.__rl === true ? value.value : value;
}

export function trimmed(value: unknown): unknown {
	return typeof value === 'string' ? value.trim() : value;
}

/** Longest piece of a user's or Webex's value that is quoted back in a message. */
const MAX_QUOTE = 160;

/**
 * A value as it is quoted in a message: JSON, cut to a short prefix, so a 1 MB value never
 * makes a 1 MB error.
 */
export function quote(value: unknown): string {
	if (value === undefined) return 'nothing';
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = String(value);
	}
	return text.length > MAX_QUOTE
		? `${text.slice(0, MAX_QUOTE)}… (${text.length} characters)`
		: text;
}

/**
 * Parses the `jsonBody` parameter: text from the editor, or an object from an expression.
 * `error` completes a sentence that starts with the field's name.
 */
export function parseJsonBody(raw: unknown): { body?: unknown; error?: string } {
	if (isPlainObject(raw)) return { body: raw };
	if (typeof raw !== 'string' || raw.trim() === '') {
		return { error: 'is empty; give the whole request body as a JSON object' };
	}
	try {
		return { body: JSON.parse(raw) };
	} catch (error) {
		return { error: `is not valid JSON: ${(error as Error).message}` };
	}
}
