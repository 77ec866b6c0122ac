/**
 * An object an item names by ID or, where Webex's own API has names, by name (a resource
 * locator's By Name mode, the field an AI agent fills). The name is read with the item's other
 * fields, nothing sent; it is found when the item runs, by one look-up that every item of the
 * run naming the same kind of object shares. A name that fits none or several objects fails the
 * item with the candidates listed, and nothing is sent for it.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../helpers/issues';
import { listCandidates, matchNameOrId } from '../helpers/names';
import type { Named } from '../helpers/names';
import type { WebexRun } from '../transport';
import { quote } from '../helpers/json';
import { idPathSegment } from '../helpers/url';
import { answeredIdSegment, inputError, readPathId } from './operation';

/**
 * `id`: the ID as one encoded path segment (as the user gave it, when it goes in a request's
 * body); `name`: a name still to look up
 */
export type Reference = { id: string } | { name: string };

/**
 * Reads a resource locator that may name its object: By Name gives a name, any other mode an ID.
 * An ID for a path must be one safe segment; one for a body (`inBody`) is only required.
 */
export function readReference(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	issues: InputIssue[],
	{ inBody = false }: { inBody?: boolean } = {},
): Reference {
	const raw = ctx.getNodeParameter(field, itemIndex, '') as unknown;
	if (typeof raw === 'object' && raw !== null && (raw as { mode?: unknown }).mode === 'name') {
		const value = (raw as { value?: unknown }).value;
		const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
		if (!name) issues.push({ field, problem: 'is required: give the name as Webex shows it' });
		return { name };
	}
	if (!inBody) return { id: readPathId(ctx, itemIndex, field, issues) };
	const id = String(
		ctx.getNodeParameter(field, itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	if (!id) issues.push({ field, problem: 'is required' });
	return { id };
}

/** Where the candidates for a name come from. */
export interface NameLookup {
	/** The run shares one look-up per key */
	key: string;
	/** How the error speaks of them, e.g. `features you manage` */
	plural: string;
	/** What an empty list means, when not "there are no <plural>" (e.g. a list Webex filtered) */
	none?: string;
	list(): Promise<Named[]>;
}

export interface Resolved {
	/** The ID as one encoded path segment */
	id: string;
	/** The name it was found by */
	name?: string;
}

/** How every Webex ID begins: base64 of `ciscospark://` */
const WEBEX_ID = /^Y2lzY29zcGFyazovL[0-9A-Za-z+=_-]*$/;

/**
 * The ID a reference stands for: an ID as given, a name looked up. By Name also takes an ID
 * (Webex's IDs are recognisable, and used without a look-up; a candidate's own too), so whoever
 * was told "two of that name" can answer with the one they mean. A name that fits several
 * objects or none is the item's bad input, the candidates listed; only the look-up was sent.
 * `inBody`: the ID goes in a request's body, as text, not in a path.
 */
export async function resolveReference(
	run: WebexRun<IExecuteFunctions>,
	reference: Reference,
	field: Pick<INodeProperties, 'name'>,
	lookup: NameLookup,
	itemIndex: number,
	{ inBody = false }: { inBody?: boolean } = {},
): Promise<Resolved> {
	if ('id' in reference) return { id: reference.id };
	const wanted = reference.name;
	const asId = (id: string) =>
		inBody ? id : answeredIdSegment(run, id, `one of the ${lookup.plural}`, itemIndex);
	if (WEBEX_ID.test(wanted)) {
		const segment = idPathSegment(wanted);
		if (segment.ok) return { id: inBody ? wanted : segment.value };
	}
	const candidates = await run.lookup(lookup.key, async () => await lookup.list());
	const match = matchNameOrId(candidates, wanted);
	if ('found' in match) return { id: asId(match.found.id), name: match.found.name };
	const given = quote(wanted);
	const problem =
		'ambiguous' in match
			? `${given} names ${match.ambiguous.length} of the ${lookup.plural}: ${listCandidates(match.ambiguous)}. Give the ID of the one you mean in its place`
			: candidates.length === 0
				? `${given} names nothing: ${lookup.none ?? `there are no ${lookup.plural}`}`
				: `${given} is none of the ${lookup.plural}. ${match.unknown.length === candidates.length ? 'They are' : 'The nearest'}: ${listCandidates(match.unknown)}`;
	throw inputError(
		run.ctx,
		itemIndex,
		[{ field: field.name, problem }],
		'Only the list was read: nothing else was sent to Webex for this item. A name is matched whole, ignoring case, spacing and the kind of dash.',
	);
}
