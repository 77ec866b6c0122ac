/**
 * Finding one object by the name a person (or an AI agent) gives, among the objects a look-up
 * listed, and the words for a name that fits none or several. Pure.
 *
 * A name matches as written first; failing that, with case, runs of spaces, spaces around a
 * dash, the kind of dash (an agent writes "Closed – Weather" for "Closed - Weather") and curly
 * quotes ignored. Only a
 * single match is taken: two objects of one name are listed, never guessed between.
 */
import { quote } from './json';

export interface Named {
	id: string;
	name: string;
	/** What tells two of the same name apart: its type, its location */
	detail?: string;
}

export type NameMatch =
	| { found: Named }
	| { ambiguous: Named[] }
	/** `near`: the candidates whose name shares a word with the one given, else all of them */
	| { unknown: Named[] };

/** Most candidates an error lists */
const MAX_LISTED = 10;

/** The name as compared when it is not written exactly. */
export function looseName(name: string): string {
	return (
		name
			// Canonical forms only: "²" stays apart from "2".
			.normalize('NFC')
			.replace(/[\u2010-\u2015\u2212]/g, '-')
			.replace(/[\u2018\u2019\u201B]/g, "'")
			.replace(/[\u201C\u201D]/g, '"')
			.replace(/\s+/g, ' ')
			// "Closed-Weather" and "Closed - Weather" alike
			.replace(/ ?- ?/g, '-')
			.trim()
			.toLowerCase()
	);
}

function words(name: string): string[] {
	return looseName(name)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 1);
}

export function matchName(candidates: Named[], wanted: string): NameMatch {
	const exact = candidates.filter((candidate) => candidate.name === wanted);
	const loose = looseName(wanted);
	const matches =
		exact.length > 0
			? exact
			: candidates.filter((candidate) => looseName(candidate.name) === loose);
	if (matches.length === 1) return { found: matches[0] };
	if (matches.length > 1) return { ambiguous: matches };
	const given = new Set(words(wanted));
	const near = candidates.filter(
		(candidate) =>
			looseName(candidate.name).includes(loose) ||
			words(candidate.name).some((word) => given.has(word)),
	);
	return { unknown: near.length > 0 ? near : candidates };
}

/**
 * The one `wanted` names: by name (`matchName`), else a candidate's own ID, so whoever was told
 * "two of that name" can answer with the ID of the one they mean.
 */
export function matchNameOrId(candidates: Named[], wanted: string): NameMatch {
	const match = matchName(candidates, wanted);
	if ('found' in match) return match;
	const byId = candidates.find((candidate) => candidate.id === wanted);
	return byId ? { found: byId } : match;
}

/** Longest text kept of one detail or ID a server answered with */
const MAX_PART = 120;

/** A server's text on one line and bounded: a name is read by people and AI agents alike. */
function part(text: string): string {
	const line = text.replace(/\p{Cc}+/gu, ' ');
	return line.length > MAX_PART ? `${line.slice(0, MAX_PART)}…` : line;
}

/**
 * `"Denver Support" (call queue, Denver HQ; ID Y2lz…), …`: enough to pick one by name or ID.
 * Names are quoted as JSON (escaped, bounded), so no name can pass for the message's own words.
 */
export function listCandidates(candidates: Named[]): string {
	const listed = candidates
		.slice(0, MAX_LISTED)
		.map(
			(candidate) =>
				`${quote(candidate.name)} (${candidate.detail ? `${part(candidate.detail)}; ` : ''}ID ${part(candidate.id)})`,
		);
	const more = candidates.length - MAX_LISTED;
	return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}
