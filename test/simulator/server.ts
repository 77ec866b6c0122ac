/**
 * A Webex Calling API simulator: a real HTTP server on loopback that answers the endpoints this
 * package drives, as live Webex behaves (its public API reference, corrected by what the tests of
 * jeokrohn/wxc_sdk observe against live Webex). It checks tokens and org
 * scoping, validates bodies, keeps state, pages lists with Link headers, logs every request,
 * and can be told to misbehave (latency, rate limits, scripted failures).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

import { SEED, seedWorld } from './data';
import type { OperatingMode, TokenGrant, World } from './data';
import { FEATURE_KINDS, FeatureSimulator } from './features';
import { OAuthServer } from './oauth';
import { ScheduleSimulator } from './schedules';
import { QUEUE_SERVICES, QueueServiceSimulator } from './queueServices';
import { trackingId, webexId } from './ids';
import {
	criteriaProblem,
	displayNumber,
	holidayProblem,
	isDialable,
	operatingModeProblem,
} from './validate';

export interface LoggedRequest {
	method: string;
	/** Path below /v1, e.g. `/telephony/config/operatingModes` */
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	/** Parsed JSON body, or the raw text when it is not JSON */
	body: unknown;
	/** The body exactly as it arrived */
	rawBody: string;
	status: number;
	/** The trackingId the answer carried */
	trackingId?: string;
	/** When the request had arrived whole (ms since the epoch) */
	at: number;
	/** When the last byte of the answer was handed to the network */
	answeredAt?: number;
	/** When the client closed the connection, for an answer that never completes (`dripHeaders`) */
	closedAt?: number;
}

export interface ScriptedFault {
	method?: string;
	/** Matches when the request path contains this text, or matches this pattern */
	path?: string | RegExp;
	/** Matches only requests whose raw body contains this text */
	bodyIncludes?: string;
	/** How many matching requests it applies to (default 1) */
	times?: number;
	/** Answer with this status and body (Webex-shaped by default) */
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	/**
	 * Misbehave at the transport level instead:
	 * - `reset`, `timeout` (never answers), `html` (a proxy's page), `malformed` (`{"id": "trunc`),
	 *   `huge` (a 5 MB error message);
	 * - `empty`: 200 with no body; `cut`: the real answer's JSON cut in half;
	 * - `drip`: the real answer one byte every `dripMs` (headers at once); with `endless`, the
	 *   body never ends;
	 * - `dripHeaders`: the status line, then one byte of a header every `dripMs`, for ever (a
	 *   connection that never goes quiet, so only a deadline on the whole request ends it);
	 * - `echoToken`: 401 whose message, trackingId and TrackingID header echo the token sent.
	 */
	kind?:
		| 'reset'
		| 'timeout'
		| 'html'
		| 'malformed'
		| 'huge'
		| 'empty'
		| 'cut'
		| 'drip'
		| 'dripHeaders'
		| 'echoToken';
	dripMs?: number;
	endless?: boolean;
	/** Carry out the request before answering with the fault: the client cannot know it worked */
	afterProcessing?: boolean;
	/**
	 * Answer this much later. Alone, or with `headers` only (no status, body or kind), the normal
	 * answer is given, slowed down or with those headers on top (e.g. a looping Link).
	 */
	delayMs?: number;
}

export interface Faults {
	/** Added to every answer */
	latencyMs: number;
	/** At most this many requests a second; the rest get 429 with Retry-After */
	rateLimit?: { perSecond: number; retryAfter?: 'seconds' | 'http-date' };
	script: ScriptedFault[];
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface Call {
	method: string;
	path: string;
	params: string[];
	query: Record<string, string>;
	body: unknown;
	grant: TokenGrant;
	orgId: string;
	base: string;
}

type Handler = (call: Call) => Reply;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

interface Route {
	method: string;
	pattern: RegExp;
	scope?: string;
	handler: Handler;
}

export function webexError(status: number, message: string, errorCode?: number): Reply {
	const id = trackingId();
	return {
		status,
		body: {
			message,
			errors: [{ description: message, ...(errorCode !== undefined ? { errorCode } : {}) }],
			trackingId: id,
		},
		headers: { TrackingID: id },
	};
}

const ID = '([^/]+)';

export class WebexSimulator {
	world: World = seedWorld();

	/** Webex's OAuth side: the authorize page and the token endpoint (integrations, service apps) */
	readonly oauth = new OAuthServer(() => this.world);

	/** Auto attendants, call queues and hunt groups */
	readonly features = new FeatureSimulator(() => this.world, webexError);

	/** Location schedules and their events */
	readonly schedules = new ScheduleSimulator(() => this.world, webexError);

	readonly queueServices = new QueueServiceSimulator(() => this.world, webexError);

	readonly log: LoggedRequest[] = [];

	faults: Faults = { latencyMs: 0, script: [] };

	private server?: http.Server;

	private readonly sockets = new Set<Socket>();

	private bucket = { tokens: 0, refilledAt: 0 };

	private readonly routes: Route[] = [];

	/** Base URL including `/v1`, once started */
	url = '';

	/** Requests being handled right now, and the most there have been at once */
	inFlight = 0;

	maxInFlight = 0;

	constructor() {
		this.route('GET', '/people/me', undefined, (call) => ({
			status: 200,
			body: {
				id: webexId('PEOPLE', '00000000-0000-4000-8000-000000000001'),
				displayName: 'Simulated Admin',
				emails: ['admin@example.com'],
				orgId: call.grant.orgId,
			},
		}));
		// "List People": by e-mail (exact) or display name (starts with); an admin's
		// spark-admin:people_read or a user's spark:people_read.
		this.route('GET', '/people', undefined, (call) => {
			if (
				!['spark-admin:people_read', 'spark:people_read'].some((s) => call.grant.scopes.includes(s))
			)
				return webexError(403, 'The token is missing the scope spark-admin:people_read', 4031);
			const email = call.query.email?.toLowerCase();
			const name = call.query.displayName?.toLowerCase();
			return this.page(
				call,
				'items',
				this.world.people
					.filter((p) => p.orgId === call.orgId)
					.filter((p) => !email || p.emails.some((e) => e.toLowerCase() === email))
					.filter((p) => !name || p.displayName.toLowerCase().startsWith(name))
					.map(({ id, displayName, emails, orgId }) => ({ id, displayName, emails, orgId })),
			);
		});
		this.route('GET', '/locations', 'spark-admin:locations_read', (call) =>
			this.page(
				call,
				'items',
				this.world.locations
					.filter((l) => l.orgId === call.orgId)
					.filter(
						(l) => !call.query.name || l.name.toLowerCase().includes(call.query.name.toLowerCase()),
					)
					.map(({ id, name, orgId }) => ({ id, name, orgId })),
			),
		);
		// Only the Calling-enabled locations, in Webex Calling's own list.
		this.route('GET', '/telephony/config/locations', 'spark-admin:telephony_config_read', (call) =>
			this.page(
				call,
				'locations',
				this.world.locations
					.filter((l) => l.orgId === call.orgId && l.calling)
					.filter(
						(l) => !call.query.name || l.name.toLowerCase().includes(call.query.name.toLowerCase()),
					)
					.map(({ id, name }) => ({ id, name, callingLineId: { name } })),
			),
		);
		this.route('GET', '/workspaces', 'spark-admin:workspaces_read', (call) =>
			this.page(
				call,
				'items',
				this.world.workspaces
					.filter((w) => w.orgId === call.orgId)
					.filter(
						(w) =>
							!call.query.displayName ||
							w.displayName.toLowerCase().includes(call.query.displayName.toLowerCase()),
					)
					.filter((w) => !call.query.locationId || w.locationId === call.query.locationId)
					.filter((w) => !call.query.calling || w.callingType === call.query.calling)
					.map(({ id, displayName, orgId, locationId, professional, callingType }) => ({
						id,
						displayName,
						orgId,
						locationId,
						calling:
							callingType === 'webexCalling'
								? {
										type: callingType,
										webexCalling: { licenses: [professional ? 'professional' : 'workspaces'] },
									}
								: { type: callingType },
					})),
			),
		);
		// "Get Workspace Details": among much else, the location the workspace is in (`locationId`,
		// the ID that /locations and /telephony/config/locations use).
		this.route('GET', `/workspaces/${ID}`, 'spark-admin:workspaces_read', (call) => {
			const workspace = this.workspaceOf(call);
			if (!workspace) return webexError(404, 'Workspace not found', 4008);
			const { id, displayName, orgId, locationId } = workspace;
			return { status: 200, body: { id, displayName, orgId, locationId, type: 'notSet' } };
		});
		// Auto attendants, call queues and hunt groups: lists, call forwarding, back to normal.
		for (const kind of FEATURE_KINDS) {
			this.route('GET', `/telephony/config/${kind}`, 'spark-admin:telephony_config_read', (call) =>
				this.page(call, kind, this.features.list(call, kind)),
			);
			// "Get Details for an Auto Attendant" (and a Call Queue, a Hunt Group): its name and numbers.
			this.route(
				'GET',
				`/telephony/config/locations/${ID}/${kind}/${ID}`,
				'spark-admin:telephony_config_read',
				(call) => this.features.details(call, kind),
			);
			const forwarding = `/telephony/config/locations/${ID}/${kind}/${ID}/callForwarding`;
			this.route('GET', forwarding, 'spark-admin:telephony_config_read', (call) =>
				this.features.get(call, kind),
			);
			this.route('PUT', forwarding, 'spark-admin:telephony_config_write', (call) =>
				this.features.put(call, kind),
			);
			this.route(
				'POST',
				`${forwarding}/actions/switchMode/invoke`,
				'spark-admin:telephony_config_write',
				(call) => this.features.switchToNormal(call, kind),
			);
		}
		this.route(
			'PUT',
			`/telephony/config/locations/${ID}/autoAttendants/${ID}`,
			'spark-admin:telephony_config_write',
			(call) => this.features.updateDetails(call),
		);
		// A call queue's closure services: holiday, night, forced forward, stranded calls.
		for (const service of QUEUE_SERVICES) {
			const path = `/telephony/config/locations/${ID}/queues/${ID}/${service}`;
			this.route('GET', path, 'spark-admin:telephony_config_read', (call) =>
				this.queueServices.get(call, service),
			);
			this.route('PUT', path, 'spark-admin:telephony_config_write', (call) =>
				this.queueServices.put(call, service),
			);
		}
		// Mode managers: assigned by an admin, acting with their own (user) token.
		const person = `/telephony/config/people/${ID}/modeManagement`;
		this.route(
			'GET',
			`${person}/availableFeatures`,
			'spark-admin:telephony_config_read',
			(call) => {
				const listed = this.features.availableFeatures(call, call.params[0]);
				return Array.isArray(listed) ? this.page(call, 'features', listed) : listed;
			},
		);
		this.route('GET', `${person}/features`, 'spark-admin:telephony_config_read', (call) =>
			this.features.managedOf(call, call.params[0]),
		);
		this.route('PUT', `${person}/features`, 'spark-admin:telephony_config_write', (call) =>
			this.features.assign(call, call.params[0]),
		);
		const me = '/telephony/config/people/me/settings/modeManagement/features';
		const read = 'spark:telephony_config_read';
		const write = 'spark:telephony_config_write';
		this.route('GET', me, read, (call) => this.features.myFeatures(call));
		this.route('GET', `${me}/commonModes`, read, (call) => this.features.commonModes(call));
		this.route('POST', `${me}/actions/switchMode/invoke`, write, (call) =>
			this.features.switchMany(call),
		);
		this.route('GET', `${me}/${ID}`, read, (call) => this.features.myFeature(call, call.params[0]));
		this.route('GET', `${me}/${ID}/normalOperationMode`, read, (call) =>
			this.features.normalMode(call, call.params[0]),
		);
		this.route('POST', `${me}/${ID}/actions/switchMode/invoke`, write, (call) =>
			this.features.switchOne(call, call.params[0]),
		);
		this.route('POST', `${me}/${ID}/actions/extendMode/invoke`, write, (call) =>
			this.features.extend(call, call.params[0]),
		);
		this.route('POST', `${me}/${ID}/actions/switchToNormalOperation/invoke`, write, (call) =>
			this.features.backToNormal(call, call.params[0]),
		);
		// Location schedules: `type` is businessHours or holidays in every path that names one.
		const schedules = `/telephony/config/locations/${ID}/schedules`;
		const schedule = `${schedules}/${ID}/${ID}`;
		const scheduleRead = 'spark-admin:telephony_config_read';
		const scheduleWrite = 'spark-admin:telephony_config_write';
		this.route('GET', schedules, scheduleRead, (call) => {
			const listed = this.schedules.list(call);
			return Array.isArray(listed) ? this.page(call, 'schedules', listed) : listed;
		});
		this.route('POST', schedules, scheduleWrite, (call) => this.schedules.create(call));
		this.route('GET', schedule, scheduleRead, (call) => this.schedules.get(call));
		this.route('PUT', schedule, scheduleWrite, (call) => this.schedules.update(call));
		this.route('DELETE', schedule, scheduleWrite, (call) => this.schedules.delete(call));
		this.route('POST', `${schedule}/events`, scheduleWrite, (call) =>
			this.schedules.createEvent(call),
		);
		this.route('GET', `${schedule}/events/${ID}`, scheduleRead, (call) =>
			this.schedules.getEvent(call),
		);
		this.route('PUT', `${schedule}/events/${ID}`, scheduleWrite, (call) =>
			this.schedules.updateEvent(call),
		);
		this.route('DELETE', `${schedule}/events/${ID}`, scheduleWrite, (call) =>
			this.schedules.deleteEvent(call),
		);
		this.route(
			'POST',
			'/telephony/config/operatingModes',
			'spark-admin:telephony_config_write',
			(call) => this.createOperatingMode(call),
		);
		this.route(
			'GET',
			'/telephony/config/operatingModes',
			'spark-admin:telephony_config_read',
			(call) => this.page(call, 'operatingModes', this.listModes(call)),
		);
		this.route(
			'GET',
			`/telephony/config/operatingModes/${ID}`,
			'spark-admin:telephony_config_read',
			(call) => this.withMode(call, (mode) => ({ status: 200, body: this.modeView(mode) })),
		);
		this.route(
			'PUT',
			`/telephony/config/operatingModes/${ID}`,
			'spark-admin:telephony_config_write',
			(call) => this.withMode(call, (mode) => this.updateMode(call, mode)),
		);
		this.route(
			'DELETE',
			`/telephony/config/operatingModes/${ID}`,
			'spark-admin:telephony_config_write',
			(call) =>
				this.withMode(call, (mode) => {
					this.world.operatingModes = this.world.operatingModes.filter((m) => m !== mode);
					return { status: 204 };
				}),
		);
		this.route(
			'POST',
			`/telephony/config/operatingModes/${ID}/holidays`,
			'spark-admin:telephony_config_write',
			(call) => this.withMode(call, (mode) => this.createHoliday(call, mode)),
		);
		this.route(
			'GET',
			`/telephony/config/operatingModes/${ID}/holidays/${ID}`,
			'spark-admin:telephony_config_read',
			(call) =>
				this.withHoliday(call, (_mode, holiday) => ({
					status: 200,
					body: structuredClone(holiday),
				})),
		);
		this.route(
			'PUT',
			`/telephony/config/operatingModes/${ID}/holidays/${ID}`,
			'spark-admin:telephony_config_write',
			(call) => this.withHoliday(call, (mode, holiday) => this.updateHoliday(call, mode, holiday)),
		);
		this.route(
			'DELETE',
			`/telephony/config/operatingModes/${ID}/holidays/${ID}`,
			'spark-admin:telephony_config_write',
			(call) =>
				this.withHoliday(call, (mode, holiday) => {
					mode.body.holidays = this.holidaysOf(mode).filter((h) => h !== holiday);
					return { status: 204 };
				}),
		);
		this.route(
			'GET',
			`/telephony/config/locations/${ID}/operatingModes/availableOperatingModes`,
			'spark-admin:telephony_config_read',
			(call) => {
				const location = this.world.locations.find(
					(l) => l.id === call.params[0] && l.orgId === call.orgId,
				);
				if (!location) return webexError(404, 'Location not found', 4008);
				const available = this.modesOf(call.orgId).filter(
					(m) => m.body.level === 'ORGANIZATION' || m.body.locationId === location.id,
				);
				return {
					status: 200,
					body: {
						operatingModes: available.map((m) => ({
							id: m.id,
							name: m.body.name,
							type: m.body.type,
							level: m.body.level,
						})),
					},
				};
			},
		);
		this.route(
			'GET',
			`/telephony/config/workspaces/${ID}/simultaneousRing`,
			'spark-admin:workspaces_read',
			(call) =>
				this.withRing(call, (ring) => {
					// Full criteria are kept beside the summary list; only the summary is part of this answer.
					const visible = structuredClone(ring);
					delete visible.criteriaDetails;
					// Live Webex answers with numbers in its display format (+1-4085550123).
					if (Array.isArray(visible.phoneNumbers)) {
						visible.phoneNumbers = (visible.phoneNumbers as Json[]).map((n) => ({
							...n,
							phoneNumber: displayNumber(n.phoneNumber),
						}));
					}
					return { status: 200, body: visible };
				}),
		);
		this.route(
			'GET',
			`/telephony/config/workspaces/${ID}/callForwarding`,
			'spark-admin:workspaces_read',
			(call) => {
				if (!this.workspaceOf(call)) return webexError(404, 'Workspace not found', 4008);
				const off = { enabled: false, destinationVoicemailEnabled: false };
				return {
					status: 200,
					body: {
						callForwarding: {
							always: { ...off, ringReminderEnabled: false },
							busy: off,
							noAnswer: { ...off, numberOfRings: 3, systemMaxNumberOfRings: 20 },
						},
						businessContinuity: off,
					},
				};
			},
		);
		this.route(
			'PUT',
			`/telephony/config/workspaces/${ID}/simultaneousRing`,
			'spark-admin:workspaces_write',
			(call) => this.withRing(call, (ring) => this.updateRing(call, ring)),
		);
		this.route(
			'POST',
			`/telephony/config/workspaces/${ID}/simultaneousRing/criteria`,
			'spark-admin:workspaces_write',
			(call) => this.withRing(call, (ring) => this.createCriteria(call, ring)),
		);
		this.route(
			'GET',
			`/telephony/config/workspaces/${ID}/simultaneousRing/criteria/${ID}`,
			'spark-admin:workspaces_read',
			(call) =>
				this.withCriteria(call, (_ring, criteria) => {
					const view = structuredClone(criteria);
					if (Array.isArray(view.phoneNumbers))
						view.phoneNumbers = view.phoneNumbers.map(displayNumber);
					return { status: 200, body: view };
				}),
		);
		this.route(
			'PUT',
			`/telephony/config/workspaces/${ID}/simultaneousRing/criteria/${ID}`,
			'spark-admin:workspaces_write',
			(call) =>
				this.withCriteria(call, (ring, criteria) => {
					const body = call.body as Json;
					if (!isObject(body)) return webexError(400, 'Request body must be a JSON object');
					if ('id' in body) return webexError(400, 'Unknown field id', 4003);
					const problem =
						criteriaProblem({ ...criteria, ...body }) ?? this.numbersProblem(body.phoneNumbers);
					if (problem) return webexError(400, problem, 4003);
					Object.assign(criteria, body);
					const summary = (ring.criteria as Json[]).find((c) => c.id === criteria.id);
					if (summary) {
						summary.scheduleName = criteria.scheduleName;
						summary.source =
							criteria.callsFrom === 'SELECT_PHONE_NUMBERS' ? 'SPECIFIC_NUMBERS' : 'ALL_NUMBERS';
						summary.ringEnabled = criteria.ringEnabled ?? true;
					}
					return { status: 204 };
				}),
		);
		this.route(
			'DELETE',
			`/telephony/config/workspaces/${ID}/simultaneousRing/criteria/${ID}`,
			'spark-admin:workspaces_write',
			(call) =>
				this.withCriteria(call, (ring, criteria) => {
					ring.criteria = (ring.criteria as Json[]).filter((c) => c.id !== criteria.id);
					ring.criteriaDetails = (ring.criteriaDetails as Json[]).filter(
						(c) => c.id !== criteria.id,
					);
					return { status: 204 };
				}),
		);
	}

	/** Registers an endpoint; later issues add theirs the same way. */
	route(method: string, path: string, scope: string | undefined, handler: Handler) {
		this.routes.push({ method, pattern: new RegExp(`^${path}$`), scope, handler });
	}

	/** Answers an endpoint this way until the next reset (a test's own misbehaving server). */
	override(method: string, path: string, handler: Handler) {
		this.overrides.push({ method, pattern: new RegExp(`^${path}$`), handler });
	}

	private overrides: Route[] = [];

	/**
	 * Listens on loopback; with a key and certificate it answers over TLS, as Webex does (the
	 * benchmark's HTTPS stand-in, trusted by its clients through NODE_EXTRA_CA_CERTS).
	 */
	async start(port = 0, tls?: { key: string; cert: string }): Promise<string> {
		const handler: http.RequestListener = (req, res) => void this.handle(req, res);
		this.server = tls ? https.createServer(tls, handler) : http.createServer(handler);
		this.server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		// Many clients in flight at once in the benchmarks; keep-alive makes it realistic.
		this.server.keepAliveTimeout = 5000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		const address = this.server.address() as AddressInfo;
		this.url = `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}/v1`;
		return this.url;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	/** Back to the seeded world with no faults and an empty log. */
	reset() {
		this.world = seedWorld();
		this.oauth.reset();
		this.log.length = 0;
		this.faults = { latencyMs: 0, script: [] };
		this.bucket = { tokens: 0, refilledAt: 0 };
		this.maxInFlight = this.inFlight;
		this.overrides = [];
	}

	/** Logged requests, optionally only those of one method whose path starts with a prefix. */
	requests(method?: string, pathPrefix = ''): LoggedRequest[] {
		return this.log.filter(
			(r) => (!method || r.method === method) && r.path.startsWith(pathPrefix),
		);
	}

	get token(): string {
		return SEED.token;
	}

	private modesOf(orgId: string): OperatingMode[] {
		return this.world.operatingModes.filter((m) => m.orgId === orgId);
	}

	private modeView(mode: OperatingMode): Record<string, unknown> {
		const { locationId, ...rest } = mode.body as Record<string, unknown> & { locationId?: string };
		const view: Record<string, unknown> = { id: mode.id, ...rest };
		if (locationId) {
			const location = this.world.locations.find((l) => l.id === locationId);
			view.location = { id: locationId, name: location?.name };
		}
		return view;
	}

	private createOperatingMode(call: Call): Reply {
		const problem = operatingModeProblem(call.body);
		if (problem) return webexError(400, problem, 4003);
		const body = call.body as Record<string, unknown>;
		if (body.level === 'LOCATION') {
			const location = this.world.locations.find(
				(l) => l.id === body.locationId && l.orgId === call.orgId,
			);
			if (!location) return webexError(404, 'Location not found', 4008);
		}
		if (this.modesOf(call.orgId).some((m) => m.body.name === body.name)) {
			return webexError(409, `Operating mode name ${String(body.name)} already exists`, 4311);
		}
		const id = webexId('OPERATING_MODE');
		const stored = structuredClone(body);
		if (Array.isArray(stored.holidays)) {
			stored.holidays = stored.holidays.map((h) => ({
				id: webexId('OPERATING_MODE_HOLIDAY'),
				...(h as Json),
			}));
		}
		this.world.operatingModes.push({ id, orgId: call.orgId, body: stored });
		return { status: 201, body: { id } };
	}

	private listModes(call: Call): Record<string, unknown>[] {
		const { name, limitToLocationId, limitToOrgLevelEnabled, order } = call.query;
		let modes = this.modesOf(call.orgId);
		if (name)
			modes = modes.filter((m) => String(m.body.name).toLowerCase().includes(name.toLowerCase()));
		if (limitToLocationId) {
			modes = modes.filter(
				(m) =>
					m.body.locationId === limitToLocationId ||
					(limitToOrgLevelEnabled === 'true' && m.body.level === 'ORGANIZATION'),
			);
		} else if (limitToOrgLevelEnabled === 'true') {
			modes = modes.filter((m) => m.body.level === 'ORGANIZATION');
		}
		if (order === 'asc' || order === 'desc') {
			modes = [...modes].sort(
				(a, b) =>
					String(a.body.name).localeCompare(String(b.body.name)) * (order === 'asc' ? 1 : -1),
			);
		}
		// The list answer is a summary; holidays and schedules come with a get.
		return modes.map((m) => {
			const { id, name: modeName, type, level, location } = this.modeView(m);
			return { id, name: modeName, type, level, ...(location ? { location } : {}) };
		});
	}

	private withMode(call: Call, then: (mode: OperatingMode) => Reply): Reply {
		const mode = this.modesOf(call.orgId).find((m) => m.id === call.params[0]);
		return mode ? then(mode) : webexError(404, 'Operating mode not found', 4008);
	}

	private holidaysOf(mode: OperatingMode): Json[] {
		return (mode.body.holidays as Json[] | undefined) ?? [];
	}

	private withHoliday(call: Call, then: (mode: OperatingMode, holiday: Json) => Reply): Reply {
		return this.withMode(call, (mode) => {
			const holiday = this.holidaysOf(mode).find((h) => h.id === call.params[1]);
			return holiday ? then(mode, holiday) : webexError(404, 'Holiday not found', 4008);
		});
	}

	/**
	 * Webex's Modify an Operating Mode: the fields of its schema only; a weekly schedule or call
	 * forwarding given replaces the stored one whole (a day left out is no longer scheduled), the
	 * mode's own weekly schedule is required (the PUT schema marks it so), and holidays given
	 * replace every holiday, each with a new ID.
	 */
	private updateMode(call: Call, mode: OperatingMode): Reply {
		const body = call.body as Json;
		if (!isObject(body)) return webexError(400, 'Request body must be a JSON object');
		for (const key of Object.keys(body)) {
			if (
				!['name', 'sameHoursDaily', 'differentHoursDaily', 'holidays', 'callForwarding'].includes(
					key,
				)
			) {
				return webexError(400, `Unknown field ${key}`, 4003);
			}
		}
		const weekly = {
			SAME_HOURS_DAILY: 'sameHoursDaily',
			DIFFERENT_HOURS_DAILY: 'differentHoursDaily',
		}[mode.body.type as string];
		if (weekly && body[weekly] === undefined) return webexError(400, `${weekly} is required`, 4003);
		const days: Record<string, string[]> = {
			sameHoursDaily: ['mondayToFriday', 'saturdayToSunday'],
			differentHoursDaily: [
				'sunday',
				'monday',
				'tuesday',
				'wednesday',
				'thursday',
				'friday',
				'saturday',
			],
		};
		const merged: Json = { ...mode.body, ...body };
		for (const [key, names] of Object.entries(days)) {
			if (!isObject(body[key])) continue;
			const given = body[key] as Json;
			merged[key] = Object.fromEntries(
				names.map((day) => [day, given[day] ?? { enabled: false, allDayEnabled: false }]),
			);
		}
		const problem = operatingModeProblem(merged);
		if (problem) return webexError(400, problem, 4003);
		if (
			body.name !== undefined &&
			this.modesOf(call.orgId).some((m) => m !== mode && m.body.name === body.name)
		) {
			return webexError(409, `Operating mode name ${String(body.name)} already exists`, 4311);
		}
		if (Array.isArray(body.holidays)) {
			for (const holiday of body.holidays) {
				if (isObject(holiday) && 'id' in holiday)
					return webexError(400, 'Unknown field holidays.id', 4003);
			}
			merged.holidays = body.holidays.map((h) => ({
				id: webexId('OPERATING_MODE_HOLIDAY'),
				...(h as Json),
			}));
		}
		mode.body = merged;
		return { status: 204 };
	}

	private createHoliday(call: Call, mode: OperatingMode): Reply {
		if (mode.body.type !== 'HOLIDAY')
			return webexError(400, 'Holidays can only be added to operating modes of type HOLIDAY', 4003);
		const problem = holidayProblem(call.body, 'holiday');
		if (problem) return webexError(400, problem, 4003);
		const holidays = this.holidaysOf(mode);
		if (holidays.length >= 150)
			return webexError(400, 'An operating mode can have at most 150 holidays', 4004);
		if (holidays.some((h) => h.name === (call.body as Json).name)) {
			return webexError(
				409,
				`Holiday name ${String((call.body as Json).name)} already exists`,
				4311,
			);
		}
		const id = webexId('OPERATING_MODE_HOLIDAY');
		mode.body.holidays = [...holidays, { id, ...(call.body as Json) }];
		return { status: 201, body: { id } };
	}

	private updateHoliday(call: Call, mode: OperatingMode, holiday: Json): Reply {
		const merged = { ...holiday, ...(call.body as Json) };
		delete merged.id;
		const problem = holidayProblem(merged, 'holiday');
		if (problem) return webexError(400, problem, 4003);
		Object.assign(holiday, call.body as Json);
		void mode;
		return { status: 204 };
	}

	private workspaceOf(call: Call) {
		return this.world.workspaces.find((w) => w.id === call.params[0] && w.orgId === call.orgId);
	}

	private withRing(call: Call, then: (ring: Json) => Reply): Reply {
		const workspace = this.workspaceOf(call);
		if (!workspace) return webexError(404, 'Workspace not found', 4008);
		if (!workspace.professional || !workspace.simultaneousRing) {
			return webexError(
				400,
				'This feature is only available for professional licensed workspaces.',
				25409,
			);
		}
		return then(workspace.simultaneousRing as Json);
	}

	private withCriteria(call: Call, then: (ring: Json, criteria: Json) => Reply): Reply {
		return this.withRing(call, (ring) => {
			const details = (ring.criteriaDetails as Json[] | undefined) ?? [];
			const criteria = details.find((c) => c.id === call.params[1]);
			return criteria ? then(ring, criteria) : webexError(404, 'Criteria not found', 4008);
		});
	}

	/** Numbers as Webex takes them in a request: `+` and digits (its display format is refused). */
	private numbersProblem(numbers: unknown): string | undefined {
		if (numbers === undefined) return undefined;
		if (!Array.isArray(numbers)) return 'phoneNumbers must be a list';
		const bad = numbers.find((n) => !isDialable(n));
		return bad === undefined ? undefined : `Invalid phone number ${JSON.stringify(bad)}`;
	}

	/**
	 * Webex's Modify Simultaneous Ring: `criteriasEnabled` is required, and so is
	 * `answerConfirmationRequiredEnabled` on each number; the numbers replace the list.
	 */
	private updateRing(call: Call, ring: Json): Reply {
		const body = call.body as Json;
		if (!isObject(body)) return webexError(400, 'Request body must be a JSON object');
		for (const key of Object.keys(body)) {
			if (
				!['enabled', 'doNotRingIfOnCallEnabled', 'phoneNumbers', 'criteriasEnabled'].includes(key)
			) {
				return webexError(400, `Unknown field ${key}`, 4003);
			}
		}
		if (typeof body.criteriasEnabled !== 'boolean')
			return webexError(400, 'criteriasEnabled is required', 4003);
		if (body.phoneNumbers !== undefined) {
			if (!Array.isArray(body.phoneNumbers) || body.phoneNumbers.length > 10)
				return webexError(400, 'Up to 10 phone numbers are allowed', 4003);
			for (const entry of body.phoneNumbers as Json[]) {
				if (!isObject(entry) || !isDialable(entry.phoneNumber)) {
					return webexError(
						400,
						`Invalid phone number ${JSON.stringify(isObject(entry) ? entry.phoneNumber : entry)}`,
						4003,
					);
				}
				if (typeof entry.answerConfirmationRequiredEnabled !== 'boolean') {
					return webexError(
						400,
						'phoneNumbers.answerConfirmationRequiredEnabled is required',
						4003,
					);
				}
			}
		}
		// During Webex's 2024 rename both names were answered; a workspace that still answers the
		// old one keeps answering it, in step with the new one.
		const legacy = ((ring.phoneNumbers as Json[] | undefined) ?? []).some(
			(n) => 'answerConfirmationEnabled' in n,
		);
		Object.assign(ring, body);
		if (legacy && Array.isArray(body.phoneNumbers)) {
			ring.phoneNumbers = (body.phoneNumbers as Json[]).map((n) => ({
				phoneNumber: n.phoneNumber,
				answerConfirmationEnabled: n.answerConfirmationRequiredEnabled,
				answerConfirmationRequiredEnabled: n.answerConfirmationRequiredEnabled,
			}));
		}
		return { status: 204 };
	}

	private createCriteria(call: Call, ring: Json): Reply {
		const problem =
			criteriaProblem(call.body) ?? this.numbersProblem((call.body as Json).phoneNumbers);
		if (problem) return webexError(400, problem, 4003);
		const body = call.body as Json;
		const id = webexId('CRITERIA');
		ring.criteriaDetails = [
			...((ring.criteriaDetails as Json[] | undefined) ?? []),
			{ id, ...body },
		];
		ring.criteria = [
			...((ring.criteria as Json[] | undefined) ?? []),
			{
				id,
				...(body.scheduleName !== undefined ? { scheduleName: body.scheduleName } : {}),
				source: body.callsFrom === 'SELECT_PHONE_NUMBERS' ? 'SPECIFIC_NUMBERS' : 'ALL_NUMBERS',
				ringEnabled: body.ringEnabled ?? true,
			},
		];
		return { status: 201, body: { id } };
	}

	/** One page of a list, with `max`/`start` and a Link header to the next page. */
	private page(call: Call, key: string, all: unknown[]): Reply {
		const max = Math.max(1, Math.min(Number(call.query.max ?? 100) || 100, 1000));
		const start = Math.max(0, Number(call.query.start ?? 0) || 0);
		const items = all.slice(start, start + max);
		const headers: Record<string, string> = {};
		if (start + max < all.length) {
			const next = new URL(`${call.base}${call.path}`);
			for (const [name, value] of Object.entries(call.query)) next.searchParams.set(name, value);
			next.searchParams.set('max', String(max));
			next.searchParams.set('start', String(start + max));
			headers.Link = `<${next.toString()}>; rel="next"`;
		}
		return { status: 200, body: { [key]: items }, headers };
	}

	private takeRateLimit(): Reply | undefined {
		const limit = this.faults.rateLimit;
		if (!limit) return undefined;
		const now = Date.now();
		if (this.bucket.refilledAt === 0) this.bucket = { tokens: limit.perSecond, refilledAt: now };
		const refill = ((now - this.bucket.refilledAt) / 1000) * limit.perSecond;
		this.bucket.tokens = Math.min(limit.perSecond, this.bucket.tokens + refill);
		this.bucket.refilledAt = now;
		if (this.bucket.tokens >= 1) {
			this.bucket.tokens -= 1;
			return undefined;
		}
		const waitSeconds = Math.max(1, Math.ceil((1 - this.bucket.tokens) / limit.perSecond));
		const reply = webexError(429, 'Too many requests, try again later');
		reply.headers!['Retry-After'] =
			limit.retryAfter === 'http-date'
				? new Date(now + waitSeconds * 1000).toUTCString()
				: String(waitSeconds);
		return reply;
	}

	/** A reset (the connection closed) or a timeout (never answered); true when it was one. */
	private dropConnection(
		fault: ScriptedFault | undefined,
		req: http.IncomingMessage,
		entry: LoggedRequest,
	): boolean {
		if (fault?.kind === 'reset') {
			entry.status = -1;
			req.socket.destroy();
			return true;
		}
		// Never answers: the client's timeout has to fire.
		if (fault?.kind === 'timeout') entry.status = -2;
		return fault?.kind === 'timeout';
	}

	private takeScripted(method: string, path: string, rawBody: string): ScriptedFault | undefined {
		const index = this.faults.script.findIndex(
			(f) =>
				(!f.method || f.method === method) &&
				(!f.bodyIncludes || rawBody.includes(f.bodyIncludes)) &&
				(!f.path || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
		);
		if (index < 0) return undefined;
		const fault = this.faults.script[index];
		const times = (fault.times ?? 1) - 1;
		if (times <= 0) this.faults.script.splice(index, 1);
		else fault.times = times;
		return fault;
	}

	private dispatch(
		method: string,
		path: string,
		query: Record<string, string>,
		headers: http.IncomingHttpHeaders,
		body: unknown,
		rawBodyError: boolean,
		base: string,
	): Reply {
		const auth = headers.authorization ?? '';
		const token = /^Bearer (.+)$/.exec(auth)?.[1];
		const grant = token ? this.world.tokens.get(token) : undefined;
		// An expired token is answered as Webex answers any token it does not take.
		if (!grant || (grant.expiresAt !== undefined && grant.expiresAt <= Date.now())) {
			return webexError(
				401,
				'The request requires a valid access token set in the Authorization request header.',
			);
		}
		const orgId = query.orgId ?? grant.orgId;
		if (!this.world.orgs.includes(orgId)) return webexError(404, 'Organization not found', 4008);
		if (orgId !== grant.orgId && !grant.partnerOf.includes(orgId)) {
			return webexError(403, 'User is not authorized to access this organization', 4030);
		}
		for (const route of [...this.overrides, ...this.routes]) {
			if (route.method !== method) continue;
			const match = route.pattern.exec(path);
			if (!match) continue;
			if (route.scope && !grant.scopes.includes(route.scope)) {
				return webexError(403, `The token is missing the scope ${route.scope}`, 4031);
			}
			if (rawBodyError) return webexError(400, 'Request body is not valid JSON');
			return route.handler({
				method,
				path,
				params: match.slice(1).map(decodeURIComponent),
				query,
				body,
				grant,
				orgId,
				base,
			});
		}
		if (this.routes.some((r) => r.pattern.test(path))) return webexError(405, 'Method not allowed');
		return webexError(404, `No such endpoint: ${method} ${path}`);
	}

	/** The OAuth endpoints, outside the Bearer check; true when the request was one of them. */
	private answerOAuth(
		method: string,
		path: string,
		query: Record<string, string>,
		req: http.IncomingMessage,
		text: string,
		res: http.ServerResponse,
		entry: LoggedRequest,
	): boolean {
		if (method === 'GET' && path === '/authorize') {
			const page = this.oauth.authorizePage(query);
			entry.status = page.status;
			res.writeHead(page.status, { 'Content-Type': 'text/html' });
			res.end(page.html);
			return true;
		}
		if (method === 'GET' && path === '/authorize/approve') {
			const approved = this.oauth.approve(query);
			entry.status = approved ? 302 : 400;
			res.writeHead(entry.status, approved ? { Location: approved.location } : {});
			res.end();
			return true;
		}
		if (method === 'POST' && path === '/access_token') {
			const reply = this.oauth.token(new URLSearchParams(text), req.headers.authorization);
			entry.status = reply.status;
			res.writeHead(reply.status, { 'Content-Type': 'application/json', TrackingID: trackingId() });
			res.end(JSON.stringify(reply.body));
			return true;
		}
		return false;
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		res.on('close', () => this.inFlight--);
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		let body: unknown = undefined;
		let rawBodyError = false;
		if (text) {
			try {
				body = JSON.parse(text);
			} catch {
				body = text;
				rawBodyError = true;
			}
		}
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const scheme = this.url.startsWith('https:') ? 'https' : 'http';
		const base = `${scheme}://${req.headers.host ?? '127.0.0.1'}/v1`;
		const path = url.pathname.replace(/^\/v1/, '');
		const query = Object.fromEntries(url.searchParams.entries());
		const method = req.method ?? 'GET';
		const entry: LoggedRequest = {
			method,
			path,
			query,
			headers: req.headers,
			body,
			rawBody: text,
			status: 0,
			at: Date.now(),
		};
		this.log.push(entry);
		res.on('finish', () => (entry.answeredAt = Date.now()));

		if (this.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, this.faults.latencyMs));

		// The token endpoint misbehaves only when a fault names it (`path: '/access_token'`).
		if (method === 'POST' && path === '/access_token') {
			const named = this.faults.script.some(
				(f) => typeof f.path === 'string' && f.path.includes('access_token'),
			);
			const fault = named ? this.takeScripted(method, path, text) : undefined;
			if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
			if (this.dropConnection(fault, req, entry)) return;
		}
		if (this.answerOAuth(method, path, query, req, text, res, entry)) return;

		let reply = this.takeRateLimit();
		let fault = reply ? undefined : this.takeScripted(method, path, text);
		if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault!.delayMs));
		// Headers alone go on top of the normal answer.
		let extraHeaders: Record<string, string> | undefined;
		if (
			fault &&
			fault.status === undefined &&
			fault.kind === undefined &&
			fault.body === undefined
		) {
			extraHeaders = fault.headers;
			fault = undefined;
		}
		if (fault?.afterProcessing)
			this.dispatch(method, path, query, req.headers, body, rawBodyError, base);
		if (this.dropConnection(fault, req, entry)) return;
		if (fault?.kind === 'dripHeaders') {
			entry.status = -2;
			const socket = req.socket;
			socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
			const timer = setInterval(() => {
				if (socket.destroyed) return clearInterval(timer);
				socket.write('a');
			}, fault.dripMs ?? 50);
			socket.on('close', () => {
				clearInterval(timer);
				entry.closedAt = Date.now();
			});
			return;
		}
		if (fault?.kind === 'html') {
			entry.status = fault.status ?? 502;
			res.writeHead(entry.status, { 'Content-Type': 'text/html' });
			res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
			return;
		}
		if (fault?.kind === 'malformed') {
			entry.status = fault.status ?? 200;
			res.writeHead(entry.status, { 'Content-Type': 'application/json' });
			res.end('{"id": "truncated');
			return;
		}
		if (fault?.kind === 'huge') {
			entry.status = fault.status ?? 500;
			res.writeHead(entry.status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ message: 'x'.repeat(5 * 1024 * 1024), trackingId: trackingId() }));
			return;
		}
		if (fault?.kind === 'empty') {
			entry.status = fault.status ?? 200;
			res.writeHead(entry.status, { 'Content-Type': 'application/json' });
			res.end();
			return;
		}
		if (fault?.kind === 'echoToken') {
			const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
			entry.status = 401;
			res.writeHead(401, { 'Content-Type': 'application/json', TrackingID: `tid-${token}` });
			res.end(
				JSON.stringify({
					message: `Token ${token} is not valid`,
					errors: [{ description: `Bad token ${token}` }],
					trackingId: `ROUTER_${token}`,
				}),
			);
			return;
		}
		if (fault?.kind === 'cut' || fault?.kind === 'drip') {
			const normal = this.dispatch(method, path, query, req.headers, body, rawBodyError, base);
			const payload = JSON.stringify(normal.body ?? {});
			entry.status = normal.status;
			res.writeHead(normal.status, { ...normal.headers, 'Content-Type': 'application/json' });
			if (fault.kind === 'cut') {
				res.end(payload.slice(0, Math.floor(payload.length / 2)));
				return;
			}
			const { dripMs = 300, endless = false } = fault;
			let sent = 0;
			const timer = setInterval(() => {
				if (res.destroyed) return clearInterval(timer);
				if (sent < payload.length) res.write(payload[sent++]);
				else if (endless) res.write(' ');
				else {
					clearInterval(timer);
					res.end();
				}
			}, dripMs);
			res.on('close', () => clearInterval(timer));
			return;
		}
		if (!reply && fault) {
			reply =
				fault.body !== undefined || fault.status === undefined
					? { status: fault.status ?? 500, body: fault.body, headers: fault.headers }
					: webexError(fault.status, `Simulated failure ${fault.status}`);
			if (fault.headers) reply.headers = { ...reply.headers, ...fault.headers };
		}
		reply ??= this.dispatch(method, path, query, req.headers, body, rawBodyError, base);

		entry.status = reply.status;
		const headers: Record<string, string> = {
			TrackingID: trackingId(),
			...reply.headers,
			...extraHeaders,
		};
		const bodyTrackingId = (reply.body as { trackingId?: unknown } | undefined)?.trackingId;
		entry.trackingId = typeof bodyTrackingId === 'string' ? bodyTrackingId : headers.TrackingID;
		if (reply.body === undefined) {
			res.writeHead(reply.status, headers);
			res.end();
			return;
		}
		res.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json' });
		res.end(JSON.stringify(reply.body));
	}
}
