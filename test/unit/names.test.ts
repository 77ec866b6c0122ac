import { listCandidates, looseName, matchName } from '../../nodes/WebexCalling/helpers/names';
import type { Named } from '../../nodes/WebexCalling/helpers/names';

const modes: Named[] = [
	{ id: 'm1', name: 'Closed - Weather', detail: 'NONE' },
	{ id: 'm2', name: 'Business Hours' },
	{ id: 'm3', name: 'closed - weather', detail: 'NONE, LOCATION' },
	{ id: 'm4', name: 'Event' },
];

describe('matchName', () => {
	test('the name as written wins over names that differ only in case', () => {
		expect(matchName(modes, 'Closed - Weather')).toEqual({ found: modes[0] });
		expect(matchName(modes, 'closed - weather')).toEqual({ found: modes[2] });
	});

	test('failing that, case, spacing, dashes and quotes are ignored, and two such are ambiguous', () => {
		expect(matchName(modes, ' business   HOURS ')).toEqual({ found: modes[1] });
		expect(matchName(modes, 'CLOSED — WEATHER')).toEqual({ ambiguous: [modes[0], modes[2]] });
		expect(looseName('Dana’s  “Queue”\u2013Main')).toBe('dana\'s "queue"-main');
	});

	test('spaces around a dash do not count; compatibility forms (² for 2) do', () => {
		expect(matchName(modes, 'closed-weather')).toEqual({ ambiguous: [modes[0], modes[2]] });
		const floors = [{ id: 'f2', name: 'Floor ²' }];
		expect(matchName(floors, 'Floor 2')).toEqual({ unknown: floors });
	});

	test('an unknown name: the candidates sharing a word, else all of them', () => {
		expect(matchName(modes, 'Weather day')).toEqual({ unknown: [modes[0], modes[2]] });
		expect(matchName(modes, 'Snow')).toEqual({ unknown: modes });
		expect(matchName([], 'Snow')).toEqual({ unknown: [] });
	});
});

test('listCandidates names each with its detail and ID, ten at most', () => {
	expect(listCandidates(modes.slice(0, 2))).toBe(
		'"Closed - Weather" (NONE; ID m1), "Business Hours" (ID m2)',
	);
	const many = Array.from({ length: 13 }, (_, i) => ({ id: `f${i}`, name: `Queue ${i}` }));
	expect(listCandidates(many)).toMatch(/"Queue 9" \(ID f9\) and 3 more$/);
});
