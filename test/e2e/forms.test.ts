/**
 * The forms as the editor fills them: what a person sees must lead to a working run.
 * (The editor itself, in a browser, is in test/n8n/editor.test.ts.)
 */
import { WebexCalling } from '../../nodes/WebexCalling/WebexCalling.node';
import { useEnvironment } from '../harness/lifecycle';
import { allOperations } from '../harness/operations';

const env = useEnvironment();
const { description } = new WebexCalling();

test('the canvas subtitle reads as a person says it, for every operation', () => {
	const expression = String(description.subtitle)
		.replace(/^=\{\{\s*/, '')
		.replace(/\s*\}\}$/, '');
	const subtitle = (resource: string, operation: string) =>
		new Function('$parameter', `return ${expression}`)({ resource, operation }) as string;
	expect(subtitle('operatingMode', 'create')).toBe('Create: Operating Mode');
	expect(subtitle('workspace', 'getSimultaneousRing')).toBe('Get Simultaneous Ring: Workspace');
	for (const [resource, operation] of allOperations())
		expect(subtitle(resource, operation)).toMatch(/^[A-Z][^:]+: [A-Z]/);
});

test('Add Days → Monday to Friday, nothing else touched, sends 09:00 to 17:00', async () => {
	const result = await env.runNode({
		resource: 'operatingMode',
		operation: 'create',
		name: 'Office hours',
		type: 'SAME_HOURS_DAILY',
		level: 'ORGANIZATION',
		sameHoursDaily: { mondayToFriday: {} },
	});
	expect(result.error).toBeUndefined();
	expect(env.simulator.requests('POST')[0].body).toMatchObject({
		sameHoursDaily: {
			mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
		},
	});
});

test('times are hidden, and not sent, when they do not apply', async () => {
	const result = await env.runNode({
		resource: 'operatingMode',
		operation: 'create',
		name: 'Weekends',
		type: 'DIFFERENT_HOURS_DAILY',
		level: 'ORGANIZATION',
		differentHoursDaily: {
			saturday: { enabled: true, allDayEnabled: true, startTime: '10:00', endTime: '12:00' },
			sunday: { enabled: false, allDayEnabled: false, startTime: '10:00', endTime: '12:00' },
		},
	});
	expect(result.error).toBeUndefined();
	expect(env.simulator.requests('POST')[0].body).toMatchObject({
		differentHoursDaily: {
			saturday: { enabled: true, allDayEnabled: true },
			sunday: { enabled: false, allDayEnabled: false },
		},
	});
});

test('the JSON template, run as it is, is refused with nothing sent', async () => {
	const jsonBody = description.properties.find(
		(p) => p.name === 'jsonBody' && p.displayOptions?.show?.operation?.includes('create'),
	)!;
	const result = await env.runNode({
		resource: 'operatingMode',
		operation: 'create',
		inputMode: 'json',
		jsonBody: jsonBody.default,
	});
	expect(result.error?.message).toMatch(/^Invalid input in item 0: Name is required/);
	expect(env.simulator.log).toEqual([]);
});

test("every update's JSON template is {}: run as it is, it changes nothing", () => {
	const templates = description.properties.filter(
		(p) =>
			p.name === 'jsonBody' &&
			p.displayOptions?.show?.operation?.some((o) => String(o).startsWith('update')),
	);
	expect(templates.length).toBe(12);
	for (const template of templates) expect(JSON.parse(String(template.default))).toEqual({});
});

test("a holiday's name reads \"Holiday Name\", so n8n's required-field warning can tell it from the mode's Name", () => {
	const names = description.properties
		.filter((p) => p.displayOptions?.show?.resource?.includes('operatingModeHoliday'))
		.filter((p) => p.name === 'name')
		.map((p) => p.displayName);
	expect(names.length).toBeGreaterThan(0);
	expect(new Set(names)).toEqual(new Set(['Holiday Name']));
});
