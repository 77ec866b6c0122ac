/** The node's description and its implementation agree: every option runs, every operation is offered. */
import type { INodeProperties } from 'n8n-workflow';

import { WebexCalling } from '../../nodes/WebexCalling/WebexCalling.node';
import { defineResource } from '../../nodes/WebexCalling/kit/operation';
import { resources } from '../../nodes/WebexCalling/actions';
import { allOperations } from '../harness/operations';

const { properties } = new WebexCalling().description;

function optionValues(property: INodeProperties | undefined): string[] {
	return ((property?.options ?? []) as Array<{ value: string }>)
		.map((option) => option.value)
		.sort();
}

test('every Resource option has operations, and every resource with operations is offered', () => {
	const resourceSelector = properties.find((p) => p.name === 'resource');
	expect(optionValues(resourceSelector)).toEqual(Object.keys(resources).sort());
});

test.each(Object.keys(resources))(
	'%s: its Operation options are exactly its operations',
	(resource) => {
		const selector = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
		);
		expect(optionValues(selector)).toEqual(
			Object.keys(resources[resource as keyof typeof resources]).sort(),
		);
	},
);

test("a resource's Operation selector is made from its operations: each one's option, under its key, by name", () => {
	const [anyOperation] = Object.values(resources.location);
	const made = defineResource(
		'location',
		{ name: 'Location' },
		{
			zeta: { ...anyOperation, option: { name: 'Zeta', description: 'z', action: 'Z' } },
			alpha: { ...anyOperation, option: { name: 'Alpha', description: 'a', action: 'A' } },
		},
		'zeta',
	);
	const [selector] = made.properties;
	expect(selector).toMatchObject({
		name: 'operation',
		default: 'zeta',
		displayOptions: { show: { resource: ['location'] } },
		options: [
			{ name: 'Alpha', value: 'alpha', description: 'a', action: 'A' },
			{ name: 'Zeta', value: 'zeta', description: 'z', action: 'Z' },
		],
	});
});

test("the operation list the other tests iterate over is the node's own, all 57", () => {
	const listed = allOperations().map(([resource, operation]) => [resource, operation]);
	expect(listed.sort()).toEqual([
		['autoAttendant', 'get'],
		['autoAttendant', 'update'],
		['callFeature', 'findByOperatingMode'],
		['callFeature', 'getCallForwarding'],
		['callFeature', 'getMany'],
		['callFeature', 'switchToNormalOperation'],
		['callFeature', 'updateOperatingModes'],
		['callQueue', 'getForcedForward'],
		['callQueue', 'getHolidayService'],
		['callQueue', 'getNightService'],
		['callQueue', 'getStrandedCalls'],
		['callQueue', 'updateForcedForward'],
		['callQueue', 'updateHolidayService'],
		['callQueue', 'updateNightService'],
		['callQueue', 'updateStrandedCalls'],
		['location', 'getMany'],
		['locationSchedule', 'create'],
		['locationSchedule', 'createOrUpdate'],
		['locationSchedule', 'delete'],
		['locationSchedule', 'get'],
		['locationSchedule', 'getMany'],
		['locationSchedule', 'update'],
		['locationScheduleEvent', 'create'],
		['locationScheduleEvent', 'createOrUpdate'],
		['locationScheduleEvent', 'delete'],
		['locationScheduleEvent', 'get'],
		['locationScheduleEvent', 'update'],
		['modeManagement', 'extendMode'],
		['modeManagement', 'getCommonModes'],
		['modeManagement', 'getFeature'],
		['modeManagement', 'getFeatures'],
		['modeManagement', 'switchMode'],
		['modeManagement', 'switchModeForMany'],
		['modeManagement', 'switchToNormalOperation'],
		['modeManager', 'getAvailableFeatures'],
		['modeManager', 'getManagedFeatures'],
		['modeManager', 'updateManagedFeatures'],
		['operatingMode', 'create'],
		['operatingMode', 'createOrUpdate'],
		['operatingMode', 'delete'],
		['operatingMode', 'get'],
		['operatingMode', 'getAvailableForLocation'],
		['operatingMode', 'getMany'],
		['operatingMode', 'update'],
		['operatingModeHoliday', 'create'],
		['operatingModeHoliday', 'createOrUpdate'],
		['operatingModeHoliday', 'delete'],
		['operatingModeHoliday', 'get'],
		['operatingModeHoliday', 'update'],
		['workspace', 'getCallForwarding'],
		['workspace', 'getMany'],
		['workspace', 'getSimultaneousRing'],
		['workspace', 'updateSimultaneousRing'],
		['workspaceSimultaneousRingCriteria', 'create'],
		['workspaceSimultaneousRingCriteria', 'delete'],
		['workspaceSimultaneousRingCriteria', 'get'],
		['workspaceSimultaneousRingCriteria', 'update'],
	]);
});

test('each Authentication choice shows exactly one credential, as the editor looks it up', () => {
	// n8n's editor (nodeTypesUtils: getAllNodeCredentialForAuthType,
	// getNodeCredentialForSelectedAuthType) matches a credential to an Authentication value only
	// through `displayOptions.show.authentication`; a credential declared with `hide` is offered
	// nowhere and its choice in the new-credential dialog does nothing.
	const { credentials = [] } = new WebexCalling().description;
	const authentication = properties.find((p) => p.name === 'authentication');
	const choices = optionValues(authentication);
	expect(choices).toEqual(['accessToken', 'oAuth2', 'serviceApp']);
	for (const credential of credentials) {
		expect(credential.displayOptions?.hide).toBeUndefined();
		expect(Object.keys(credential.displayOptions?.show ?? {})).toEqual(['authentication']);
	}
	for (const choice of choices)
		expect(
			credentials.filter((c) =>
				(c.displayOptions?.show?.authentication as string[]).includes(choice),
			),
		).toHaveLength(1);
	// Saved nodes without Authentication (version 1, or version 2 left at its default) are the
	// access token's.
	expect(authentication?.default).toBe('accessToken');
});

test("each operation's fields are shown for its resource and operation alone, applied from the registry", () => {
	for (const [resource, operations] of Object.entries(resources)) {
		for (const [operation, implementation] of Object.entries(operations)) {
			const names = new Set(implementation.description.map((field) => field.name));
			const shown = properties.filter(
				(p) =>
					names.has(p.name) &&
					p.displayOptions?.show?.resource?.includes(resource) &&
					p.displayOptions?.show?.operation?.includes(operation),
			);
			// Every field of the operation's own form is in the node's, under its own conditions.
			expect(shown.length).toBeGreaterThanOrEqual(implementation.description.length);
		}
	}
});
