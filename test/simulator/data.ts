/** The simulator's seeded world: two orgs, their locations, workspaces and a partner token. */
import seedRing from '../fixtures/seed-simultaneous-ring.response.json';
import type { CallFeature, FeatureKind } from './features';
import { webexId } from './ids';

import type { LocationSchedule } from './schedules';

export interface Location {
	id: string;
	name: string;
	orgId: string;
	/** Whether the location has Webex Calling (only those are in /telephony/config/locations) */
	calling: boolean;
}

export interface Workspace {
	id: string;
	displayName: string;
	orgId: string;
	locationId: string;
	/** Only professional workspaces have simultaneous ring */
	professional: boolean;
	/** Webex's `calling.type`; the `calling` filter of /workspaces matches it */
	callingType: string;
	simultaneousRing?: Record<string, unknown>;
}

export interface OperatingMode {
	id: string;
	orgId: string;
	body: Record<string, unknown>;
}

export interface TokenGrant {
	/** The token's own org */
	orgId: string;
	/** Further orgs it may act on with ?orgId= (a partner admin's customers) */
	partnerOf: string[];
	scopes: string[];
	/** When an OAuth-issued token stops working (ms since the epoch); a pasted one never does */
	expiresAt?: number;
	/** The person the token acts as (`me`) */
	personId?: string;
}

export interface World {
	tokens: Map<string, TokenGrant>;
	/** Auto attendants, call queues and hunt groups, with their operating modes */
	features: CallFeature[];
	/** The people of the orgs (only what mode management needs) */
	people: Array<{ id: string; orgId: string; displayName: string; emails: string[] }>;
	/** The features each person manages (their mode manager assignment), by person ID */
	managedFeatures: Map<string, string[]>;
	orgs: string[];
	locations: Location[];
	workspaces: Workspace[];
	operatingModes: OperatingMode[];
	/** Location schedules (business hours, holidays) with their events */
	schedules: LocationSchedule[];
}

export const ALL_SCOPES = [
	'spark-admin:telephony_config_read',
	'spark-admin:telephony_config_write',
	'spark-admin:workspaces_read',
	'spark-admin:workspaces_write',
	'spark-admin:locations_read',
	'spark-admin:people_read',
];

/** The scopes of a person's own token as a mode manager (an integration with user scopes). */
export const USER_SCOPES = ['spark:telephony_config_read', 'spark:telephony_config_write'];

/** Fixed IDs so tests, examples and the demo can name seeded objects. */
export const SEED = {
	token: 'sim-admin-token-0b9f6c2e7d41',
	/** A mode manager's own token (user scopes): Dana, who manages no features until assigned */
	managerToken: 'sim-manager-token-7d3e19b4',
	people: {
		admin: webexId('PEOPLE', '00000000-0000-4000-8000-000000000001'),
		manager: webexId('PEOPLE', '2d4e6f80-1a3b-4c5d-8e7f-9a0b1c2d3e4f'),
	},
	readOnlyToken: 'sim-readonly-token-5a8d2f',
	orgId: webexId('ORGANIZATION', '1eb65fdf-9643-417f-9974-ad72cae0e10f'),
	customerOrgId: webexId('ORGANIZATION', '7c1f0d2a-55aa-4c52-9e0b-2c3c1c1f0a77'),
	locations: {
		denver: webexId('LOCATION', 'a8289722-1b80-41b7-9678-0e77ae8c1098'),
		boston: webexId('LOCATION', '5d7c2f0e-3b1a-4c8e-9b1d-3e0f6a7b8c9d'),
		austin: webexId('LOCATION', '0f5e8d7c-6b4a-4392-8170-fedcba987654'),
		customerHq: webexId('LOCATION', '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d'),
		/** A location without Webex Calling: in /locations, not in /telephony/config/locations */
		lisbon: webexId('LOCATION', '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918'),
	},
	workspaces: {
		lobby: webexId('PLACE', '3e0c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b'),
		boardroom: webexId('PLACE', '4f1d2c3b-5e6f-4071-9b8c-0d1e2f3a4b5c'),
		breakRoom: webexId('PLACE', '502e3d4c-6f70-4182-8c9d-1e2f3a4b5c6d'),
		customerReception: webexId('PLACE', '613f4e5d-7081-4293-9dae-2f3a4b5c6d7e'),
		/** A meeting-room workspace without Webex Calling */
		huddle: webexId('PLACE', '724f5e6d-8192-43a4-8ebf-3a4b5c6d7e8f'),
	},
	/** Auto attendants, call queues and hunt groups */
	features: {
		denverMenu: webexId('AUTO_ATTENDANT', '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'),
		denverSupport: webexId('CALL_QUEUE', '9b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e'),
		denverSales: webexId('HUNT_GROUP', 'ac3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f'),
		bostonReception: webexId('AUTO_ATTENDANT', 'bd4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f70'),
		bostonBilling: webexId('CALL_QUEUE', 'ce5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7081'),
		austinLab: webexId('HUNT_GROUP', 'df6a7b8c-9d0e-4f1a-9b2c-4d5e6f708192'),
		customerMenu: webexId('AUTO_ATTENDANT', 'e07b8c9d-0e1f-4a2b-8c3d-5e6f708192a3'),
	},
} as const;

/** The seed page's example answer for simultaneous ring, old and new field names alike. */
export function seedSimultaneousRing(): Record<string, unknown> {
	return structuredClone(seedRing);
}

export function seedWorld(): World {
	const { orgId, customerOrgId, locations, workspaces, features } = SEED;
	return {
		tokens: new Map([
			[
				SEED.token,
				{ orgId, partnerOf: [customerOrgId], scopes: [...ALL_SCOPES], personId: SEED.people.admin },
			],
			[
				SEED.managerToken,
				{ orgId, partnerOf: [], scopes: [...USER_SCOPES], personId: SEED.people.manager },
			],
			[
				SEED.readOnlyToken,
				{
					orgId,
					partnerOf: [],
					scopes: ALL_SCOPES.filter((scope) => scope.endsWith('_read')),
				},
			],
		]),
		orgs: [orgId, customerOrgId],
		locations: [
			{ id: locations.denver, name: 'Denver HQ', orgId, calling: true },
			{ id: locations.boston, name: 'Boston Office', orgId, calling: true },
			{ id: locations.austin, name: 'Austin Lab', orgId, calling: true },
			{ id: locations.lisbon, name: 'Lisbon Warehouse', orgId, calling: false },
			{ id: locations.customerHq, name: 'Customer HQ', orgId: customerOrgId, calling: true },
		],
		workspaces: [
			{
				id: workspaces.lobby,
				displayName: 'Denver Lobby',
				orgId,
				locationId: locations.denver,
				professional: true,
				callingType: 'webexCalling',
				simultaneousRing: {
					...seedSimultaneousRing(),
					criteriaDetails: [
						{
							id: (seedRing.criteria[0] as { id: string }).id,
							scheduleName: 'Business Vacation',
							scheduleType: 'holidays',
							scheduleLevel: 'GROUP',
							callsFrom: 'ANY_PHONE_NUMBER',
							anonymousCallersEnabled: false,
							unavailableCallersEnabled: false,
							phoneNumbers: [],
							ringEnabled: true,
						},
					],
				},
			},
			{
				id: workspaces.boardroom,
				displayName: 'Boston Boardroom',
				orgId,
				locationId: locations.boston,
				professional: true,
				callingType: 'webexCalling',
				simultaneousRing: {
					enabled: false,
					doNotRingIfOnCallEnabled: false,
					phoneNumbers: [],
					criteria: [],
					criteriasEnabled: false,
				},
			},
			{
				id: workspaces.breakRoom,
				displayName: 'Austin Break Room',
				orgId,
				locationId: locations.austin,
				professional: false,
				callingType: 'webexCalling',
			},
			{
				id: workspaces.huddle,
				displayName: 'Lisbon Huddle Room',
				orgId,
				locationId: locations.lisbon,
				professional: false,
				callingType: 'none',
			},
			{
				id: workspaces.customerReception,
				displayName: 'Customer Reception',
				orgId: customerOrgId,
				locationId: locations.customerHq,
				professional: true,
				callingType: 'webexCalling',
				simultaneousRing: {
					enabled: true,
					doNotRingIfOnCallEnabled: false,
					phoneNumbers: [{ phoneNumber: '+14155550100', answerConfirmationRequiredEnabled: false }],
					criteria: [],
					criteriasEnabled: false,
				},
			},
		],
		operatingModes: [],
		schedules: [
			{
				orgId,
				locationId: locations.denver,
				type: 'businessHours',
				name: 'Denver Business Hours',
				events: [
					{
						name: 'Weekdays',
						startDate: '2026-01-05',
						endDate: '2026-01-05',
						startTime: '08:00',
						endTime: '18:00',
						allDayEnabled: false,
						recurrence: {
							recurForEver: true,
							recurWeekly: {
								sunday: false,
								monday: true,
								tuesday: true,
								wednesday: true,
								thursday: true,
								friday: true,
								saturday: false,
							},
						},
					},
				],
			},
			{
				orgId,
				locationId: locations.denver,
				type: 'holidays',
				name: 'Denver Holidays',
				events: [
					{
						name: 'New Year',
						startDate: '2027-01-01',
						endDate: '2027-01-01',
						allDayEnabled: true,
						recurrence: {
							recurForEver: true,
							recurYearlyByDate: { dayOfMonth: 1, month: 'JANUARY' },
						},
					},
				],
			},
		],
		people: [
			{
				id: SEED.people.admin,
				orgId,
				displayName: 'Simulated Admin',
				emails: ['admin@example.com'],
			},
			{
				id: SEED.people.manager,
				orgId,
				displayName: 'Dana Manager',
				emails: ['dana.manager@example.com'],
			},
		],
		managedFeatures: new Map(),
		features: [
			feature(features.denverMenu, 'autoAttendants', 'Denver Main Menu', orgId, locations.denver),
			feature(features.denverSupport, 'queues', 'Denver Support', orgId, locations.denver),
			feature(features.denverSales, 'huntGroups', 'Denver Sales', orgId, locations.denver),
			feature(
				features.bostonReception,
				'autoAttendants',
				'Boston Reception',
				orgId,
				locations.boston,
			),
			feature(features.bostonBilling, 'queues', 'Boston Billing', orgId, locations.boston),
			feature(features.austinLab, 'huntGroups', 'Austin Lab Team', orgId, locations.austin),
			feature(
				features.customerMenu,
				'autoAttendants',
				'Customer Main Menu',
				customerOrgId,
				locations.customerHq,
			),
		],
	};
}

let nextNumber = 0;

/** A feature without operating modes, as a new one is. */
function feature(
	id: string,
	kind: FeatureKind,
	name: string,
	orgId: string,
	locationId: string,
): CallFeature {
	nextNumber = (nextNumber % 90) + 1;
	return {
		id,
		kind,
		name,
		orgId,
		locationId,
		phoneNumber: `+1970555${String(2000 + nextNumber)}`,
		operatingModes: { enabled: false, modes: [] },
	};
}

/** The modes `seedModeManagement` adds, by name, with fixed IDs */
export const MANAGED_MODES = {
	business: webexId('OPERATING_MODE', 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b'),
	storm: webexId('OPERATING_MODE', 'f2b3c4d5-e6f7-4081-9bac-1d2e3f4a5b6c'),
	event: webexId('OPERATING_MODE', 'f3c4d5e6-f708-4192-8cbd-2e3f4a5b6c7d'),
};

/**
 * A world where mode management is in use: three org modes (Business Hours, Closed - Weather,
 * Event), the Denver main menu and the Denver support queue forwarding by them, and Dana
 * (SEED.people.manager) managing both. For the examples of the mode manager operations.
 */
export function seedModeManagement(world: World) {
	const names: Array<[string, string, string]> = [
		[MANAGED_MODES.business, 'Business Hours', 'SAME_HOURS_DAILY'],
		[MANAGED_MODES.storm, 'Closed - Weather', 'NONE'],
		[MANAGED_MODES.event, 'Event', 'NONE'],
	];
	for (const [id, name, type] of names)
		world.operatingModes.push({
			id,
			orgId: SEED.orgId,
			body: {
				name,
				type,
				level: 'ORGANIZATION',
				...(type === 'SAME_HOURS_DAILY'
					? {
							sameHoursDaily: {
								mondayToFriday: {
									enabled: true,
									allDayEnabled: false,
									startTime: '08:00',
									endTime: '18:00',
								},
								saturdayToSunday: { enabled: false },
							},
						}
					: {}),
			},
		});
	const give = (featureId: string, ids: string[]) => {
		const feature = world.features.find((f) => f.id === featureId)!;
		feature.operatingModes = {
			enabled: true,
			modes: ids.map((id, index) => ({
				id,
				normalOperationEnabled: index === 0,
				forwardTo: { selection: index === 0 ? 'FORWARD_TO_DEFAULT_NUMBER' : 'DO_NOT_FORWARD' },
			})),
		};
	};
	give(SEED.features.denverMenu, Object.values(MANAGED_MODES));
	give(SEED.features.denverSupport, [MANAGED_MODES.business, MANAGED_MODES.storm]);
	world.managedFeatures.set(SEED.people.manager, [
		SEED.features.denverMenu,
		SEED.features.denverSupport,
	]);
}

/** The two managed features `seedNameClash` adds, both named "Help Desk" */
export const HELP_DESKS = {
	denver: webexId('CALL_QUEUE', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'),
	boston: webexId('HUNT_GROUP', 'c2d3e4f5-b6c7-4d8e-9fa0-1b2c3d4e5f60'),
};

/**
 * Two features of one name that Dana manages, a call queue in Denver and a hunt group in Boston
 * (Webex allows it: names are unique per location and kind), forwarding by Business Hours and
 * Closed - Weather. After `seedModeManagement`.
 */
export function seedNameClash(world: World) {
	const added = [
		feature(HELP_DESKS.denver, 'queues', 'Help Desk', SEED.orgId, SEED.locations.denver),
		feature(HELP_DESKS.boston, 'huntGroups', 'Help Desk', SEED.orgId, SEED.locations.boston),
	];
	for (const twin of added) {
		twin.operatingModes = {
			enabled: true,
			modes: [MANAGED_MODES.business, MANAGED_MODES.storm].map((id, index) => ({
				id,
				normalOperationEnabled: index === 0,
				forwardTo: { selection: 'FORWARD_TO_DEFAULT_NUMBER' },
			})),
		};
		world.features.push(twin);
	}
	const managed = world.managedFeatures.get(SEED.people.manager) ?? [];
	world.managedFeatures.set(SEED.people.manager, [...managed, ...added.map((f) => f.id)]);
}
