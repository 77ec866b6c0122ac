/**
 * Auto Attendants, Call Queues and Hunt Groups as the simulator plays them: their lists, their
 * call forwarding with operating modes, and the admin's switch back to normal operation. Written
 * from Webex's reference pages and wxc_sdk's live tests, apart from the node's own reading:
 * - the PUT replaces the operating modes list whole (wxc_sdk: PUT one mode, one remains);
 * - the fields Webex only reports (a mode's name/type/level, the default destination, the current
 *   mode, the exception) are refused in a PUT (wxc_sdk drops them before writing back);
 * - the Auto Attendant names its voicemail flag `sendToVoicemailEnabled`, queues and hunt groups
 *   `destinationVoicemailEnabled`; a flag under the other name is not applied;
 * - switching back to normal operation is a POST with no body (PUT is refused: wxc_sdk b598c40f);
 * - a mode must be one the feature's location may use (the org's, or the location's own), at
 *   most 100 of them.
 * A mode deleted while a feature has it drops out of the feature's list (an assumption: live
 * Webex's behaviour there is not documented).
 */
import type { Call, Reply } from './server';
import type { OperatingMode, World } from './data';
import { autoAttendantDetails, updateAutoAttendant } from './autoAttendants';

export type FeatureKind = 'autoAttendants' | 'queues' | 'huntGroups';

export const FEATURE_KINDS: FeatureKind[] = ['autoAttendants', 'queues', 'huntGroups'];

type Json = Record<string, unknown>;

export interface CallFeature {
	id: string;
	kind: FeatureKind;
	name: string;
	orgId: string;
	locationId: string;
	/** The feature's own number, where forward-to-default sends calls */
	phoneNumber: string;
	operatingModes: {
		enabled: boolean;
		modes: Json[];
		/** A mode manager's switch in effect: the mode, and how it ends */
		exception?: { modeId: string; type: string };
	};
	/** An auto attendant's own settings (autoAttendants.ts), made on first use */
	autoAttendant?: Record<string, unknown>;
	/** A call queue's closure services (queueServices.ts), made on first use */
	queueServices?: Record<string, Record<string, unknown>>;
}

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const voicemailFlag = (kind: FeatureKind) =>
	kind === 'autoAttendants' ? 'sendToVoicemailEnabled' : 'destinationVoicemailEnabled';

const SELECTIONS = ['DO_NOT_FORWARD', 'FORWARD_TO_DEFAULT_NUMBER', 'FORWARD_TO_SPECIFIED_NUMBER'];

const READ_ONLY_MODE_FIELDS = ['name', 'type', 'level'];

const READ_ONLY_FORWARD_FIELDS = [
	'defaultDestination',
	'defaultForwardToSelection',
	'defaultDestinationVoicemailEnabled',
	'defaultSendToVoicemailEnabled',
];

export type ErrorReply = (status: number, message: string, errorCode?: number) => Reply;

export class FeatureSimulator {
	constructor(
		private readonly world: () => World,
		private readonly error: ErrorReply,
	) {}

	private modesOf(orgId: string): OperatingMode[] {
		return this.world().operatingModes.filter((mode) => mode.orgId === orgId);
	}

	/** GET /telephony/config/{kind}: the features of the org, filtered by name and location. */
	list(call: Call, kind: FeatureKind): Json[] {
		const name = call.query.name?.toLowerCase();
		return this.world()
			.features.filter((f) => f.orgId === call.orgId && f.kind === kind)
			.filter((f) => !name || f.name.toLowerCase().includes(name))
			.filter((f) => !call.query.locationId || f.locationId === call.query.locationId)
			.map((f) => ({
				id: f.id,
				name: f.name,
				locationId: f.locationId,
				locationName: this.world().locations.find((l) => l.id === f.locationId)?.name,
				phoneNumber: f.phoneNumber,
			}));
	}

	private find(call: Call, kind: FeatureKind): CallFeature | undefined {
		const [locationId, id] = call.params;
		return this.world().features.find(
			(f) =>
				f.kind === kind && f.id === id && f.locationId === locationId && f.orgId === call.orgId,
		);
	}

	private withFeature(call: Call, kind: FeatureKind, then: (f: CallFeature) => Reply): Reply {
		const feature = this.find(call, kind);
		return feature ? then(feature) : this.error(404, 'Feature not found', 4008);
	}

	/** The modes a feature still has: those whose operating mode exists. */
	private liveModes(feature: CallFeature): Json[] {
		const known = new Set(this.modesOf(feature.orgId).map((m) => m.id));
		return feature.operatingModes.modes.filter((m) => known.has(String(m.id)));
	}

	private view(feature: CallFeature): Json {
		const flag = voicemailFlag(feature.kind);
		const modes = this.liveModes(feature);
		const byId = new Map(this.modesOf(feature.orgId).map((m) => [m.id, m]));
		const operatingModes: Json = {
			enabled: feature.operatingModes.enabled,
			modes: modes.map((m) => {
				const mode = byId.get(String(m.id))!;
				return {
					id: m.id,
					name: mode.body.name,
					type: mode.body.type,
					level: mode.body.level,
					normalOperationEnabled: m.normalOperationEnabled === true,
					forwardTo: {
						...(m.forwardTo as Json),
						defaultDestination: feature.phoneNumber,
						[flag === 'sendToVoicemailEnabled'
							? 'defaultSendToVoicemailEnabled'
							: 'defaultDestinationVoicemailEnabled']: false,
						defaultForwardToSelection: 'FORWARD_TO_DEFAULT_NUMBER',
					},
				};
			}),
		};
		const exception = feature.operatingModes.exception;
		if (feature.operatingModes.enabled && modes.length > 0) {
			const normal = modes.find((m) => m.normalOperationEnabled === true) ?? modes[0];
			if (exception && modes.some((m) => m.id === exception.modeId)) {
				operatingModes.currentOperatingModeId = exception.modeId;
				operatingModes.exceptionType = exception.type;
			} else operatingModes.currentOperatingModeId = normal.id;
		}
		return {
			callForwarding: {
				always: { enabled: false, ringReminderEnabled: false, [flag]: false },
				selective: { enabled: false, ringReminderEnabled: false, [flag]: false },
				rules: [],
				operatingModes,
			},
		};
	}

	details(call: Call, kind: FeatureKind): Reply {
		if (kind === 'autoAttendants')
			return this.withFeature(call, kind, (feature) => ({
				status: 200,
				body: autoAttendantDetails(feature),
			}));
		return this.withFeature(call, kind, (feature) => ({
			status: 200,
			body: {
				id: feature.id,
				name: feature.name,
				enabled: true,
				phoneNumber: feature.phoneNumber,
			},
		}));
	}

	/** "Update an Auto Attendant" */
	updateDetails(call: Call): Reply {
		return this.withFeature(call, 'autoAttendants', (feature) =>
			updateAutoAttendant(feature, call, this.error),
		);
	}

	get(call: Call, kind: FeatureKind): Reply {
		return this.withFeature(call, kind, (feature) => ({ status: 200, body: this.view(feature) }));
	}

	put(call: Call, kind: FeatureKind): Reply {
		return this.withFeature(call, kind, (feature) => {
			const body = call.body;
			if (!isObject(body) || !isObject(body.callForwarding))
				return this.error(400, 'callForwarding is required', 4003);
			const operatingModes = body.callForwarding.operatingModes;
			if (operatingModes === undefined) return { status: 204 };
			if (!isObject(operatingModes)) return this.error(400, 'Invalid operatingModes', 4003);
			for (const field of ['currentOperatingModeId', 'exceptionType'])
				if (field in operatingModes)
					return this.error(400, `Invalid field value: ${field} is read-only`, 4003);
			const given = operatingModes.modes ?? [];
			if (!Array.isArray(given)) return this.error(400, 'modes must be a list', 4003);
			if (given.length > 100)
				return this.error(400, 'A feature can have at most 100 operating modes', 4003);
			const available = new Set(
				this.modesOf(feature.orgId)
					.filter(
						(m) => m.body.level === 'ORGANIZATION' || m.body.locationId === feature.locationId,
					)
					.map((m) => m.id),
			);
			const flag = voicemailFlag(kind);
			const stored: Json[] = [];
			for (const mode of given) {
				if (!isObject(mode)) return this.error(400, 'Invalid mode', 4003);
				for (const field of READ_ONLY_MODE_FIELDS)
					if (field in mode)
						return this.error(400, `Invalid field value: ${field} is read-only`, 4003);
				if (!available.has(String(mode.id)))
					return this.error(
						400,
						`Operating mode ${String(mode.id)} is not available at this location`,
						4003,
					);
				if (stored.some((m) => m.id === mode.id))
					return this.error(400, `Operating mode ${String(mode.id)} is given twice`, 4003);
				const forwardTo = isObject(mode.forwardTo) ? mode.forwardTo : {};
				for (const field of READ_ONLY_FORWARD_FIELDS)
					if (field in forwardTo)
						return this.error(400, `Invalid field value: ${field} is read-only`, 4003);
				if (!SELECTIONS.includes(String(forwardTo.selection)))
					return this.error(400, `Invalid selection ${String(forwardTo.selection)}`, 4003);
				const specified = forwardTo.selection === 'FORWARD_TO_SPECIFIED_NUMBER';
				if (
					specified &&
					(typeof forwardTo.destination !== 'string' || forwardTo.destination === '')
				)
					return this.error(400, 'destination is required to forward to a specified number', 4003);
				const kept: Json = { selection: forwardTo.selection };
				if (specified) kept.destination = forwardTo.destination;
				// The flag under this feature's own name only; the other name is not this feature's field.
				if (typeof forwardTo[flag] === 'boolean') kept[flag] = forwardTo[flag];
				stored.push({
					id: mode.id,
					normalOperationEnabled: mode.normalOperationEnabled === true,
					forwardTo: kept,
				});
			}
			feature.operatingModes.modes = stored;
			if (typeof operatingModes.enabled === 'boolean')
				feature.operatingModes.enabled = operatingModes.enabled;
			return { status: 204 };
		});
	}

	switchToNormal(call: Call, kind: FeatureKind): Reply {
		return this.withFeature(call, kind, (feature) => {
			delete feature.operatingModes.exception;
			return { status: 204 };
		});
	}

	// ── Mode managers (admin) and mode management (the manager's own token) ──────────────
	// From Webex's reference ("Mode Management" under Person Call Settings and under "Me") and
	// wxc_sdk person_settings/mode_management.py, me/mode_management: at most 50 features a
	// person; only features with mode-based forwarding can be assigned; the PUT replaces the list;
	// an extension is 30 to 720 minutes in steps of 30, or none (manual switch-back).

	private typeName(kind: FeatureKind): string {
		return { autoAttendants: 'AUTO_ATTENDANT', queues: 'CALL_QUEUE', huntGroups: 'HUNT_GROUP' }[
			kind
		];
	}

	private person(call: Call, personId: string) {
		return this.world().people.find((p) => p.id === personId && p.orgId === call.orgId);
	}

	/** A feature as the mode management lists show it. */
	private summary(feature: CallFeature): Json {
		const view = (this.view(feature).callForwarding as Json).operatingModes as Json;
		const modes = (view.modes as Json[]) ?? [];
		const current = modes.find((m) => m.id === view.currentOperatingModeId);
		return {
			id: feature.id,
			name: feature.name,
			type: this.typeName(feature.kind),
			phoneNumber: feature.phoneNumber,
			modeBasedForwardingEnabled: feature.operatingModes.enabled,
			...(current
				? { currentOperatingModeId: current.id, currentOperatingModeName: current.name }
				: {}),
			...(view.exceptionType ? { exceptionType: view.exceptionType } : {}),
			location: {
				id: feature.locationId,
				name: this.world().locations.find((l) => l.id === feature.locationId)?.name,
			},
		};
	}

	private assignable(orgId: string): CallFeature[] {
		return this.world().features.filter((f) => f.orgId === orgId && f.operatingModes.enabled);
	}

	availableFeatures(call: Call, personId: string): Json[] | Reply {
		if (!this.person(call, personId)) return this.error(404, 'Person not found', 4008);
		const name = call.query.name?.toLowerCase();
		return this.assignable(call.orgId)
			.filter((f) => !name || f.name.toLowerCase().includes(name))
			.map((f) => ({
				id: f.id,
				name: f.name,
				type: this.typeName(f.kind),
				phoneNumber: f.phoneNumber,
			}));
	}

	managedOf(call: Call, personId: string): Reply {
		if (!this.person(call, personId)) return this.error(404, 'Person not found', 4008);
		return {
			status: 200,
			body: { features: this.managedFeatures(personId).map((f) => this.summary(f)) },
		};
	}

	private managedFeatures(personId: string): CallFeature[] {
		const ids = this.world().managedFeatures.get(personId) ?? [];
		return ids
			.map((id) => this.world().features.find((f) => f.id === id))
			.filter((f): f is CallFeature => f !== undefined);
	}

	assign(call: Call, personId: string): Reply {
		if (!this.person(call, personId)) return this.error(404, 'Person not found', 4008);
		const body = call.body;
		if (!isObject(body) || !Array.isArray(body.featureIds))
			return this.error(400, 'featureIds is required', 4003);
		if (body.featureIds.length > 50)
			return this.error(
				400,
				'A maximum of 50 features can be assigned to a user for mode management',
				4003,
			);
		const assignable = new Set(this.assignable(call.orgId).map((f) => f.id));
		for (const id of body.featureIds)
			if (!assignable.has(String(id)))
				return this.error(
					400,
					`Feature ${String(id)} does not have mode-based forwarding enabled`,
					4003,
				);
		this.world().managedFeatures.set(personId, [...new Set(body.featureIds.map(String))]);
		return { status: 204 };
	}

	/** The signed-in person's managed feature, or a 404 for any other. */
	private mine(call: Call, featureId: string): CallFeature | undefined {
		return this.managedFeatures(call.grant.personId ?? '').find((f) => f.id === featureId);
	}

	myFeatures(call: Call): Reply {
		const features = this.managedFeatures(call.grant.personId ?? '');
		return { status: 200, body: { features: features.map((f) => this.summary(f)) } };
	}

	myFeature(call: Call, featureId: string): Reply {
		const feature = this.mine(call, featureId);
		if (!feature) return this.error(404, 'Feature not found', 4008);
		const view = (this.view(feature).callForwarding as Json).operatingModes as Json;
		return {
			status: 200,
			body: {
				modeBasedForwardingEnabled: feature.operatingModes.enabled,
				phoneNumber: feature.phoneNumber,
				...(view.currentOperatingModeId
					? { currentOperatingModeId: view.currentOperatingModeId }
					: {}),
				...(view.exceptionType ? { exceptionType: view.exceptionType } : {}),
				modes: view.modes,
			},
		};
	}

	normalMode(call: Call, featureId: string): Reply {
		const feature = this.mine(call, featureId);
		if (!feature) return this.error(404, 'Feature not found', 4008);
		const modes = this.liveModes(feature);
		const normal = modes.find((m) => m.normalOperationEnabled === true) ?? modes[0];
		return { status: 200, body: normal ? { operatingModeId: normal.id } : {} };
	}

	private modeNames(feature: CallFeature): Map<string, string> {
		const byId = new Map(this.modesOf(feature.orgId).map((m) => [m.id, String(m.body.name)]));
		return new Map(this.liveModes(feature).map((m) => [byId.get(String(m.id))!, String(m.id)]));
	}

	commonModes(call: Call): Reply {
		const ids = (call.query.featureIds ?? '').split(',').filter(Boolean);
		if (ids.length < 1 || ids.length > 50)
			return this.error(400, 'featureIds must name 1 to 50 features', 4003);
		const features = ids.map((id) => this.mine(call, id));
		if (features.some((f) => !f)) return this.error(404, 'Feature not found', 4008);
		const [first, ...rest] = features.map((f) => this.modeNames(f!));
		const common = [...first.keys()].filter((name) => rest.every((names) => names.has(name)));
		return { status: 200, body: { commonModeNames: common } };
	}

	switchMany(call: Call): Reply {
		const body = call.body;
		if (
			!isObject(body) ||
			!Array.isArray(body.featureIds) ||
			typeof body.operatingModeName !== 'string'
		)
			return this.error(400, 'featureIds and operatingModeName are required', 4003);
		const features = body.featureIds.map((id) => this.mine(call, String(id)));
		if (features.some((f) => !f)) return this.error(404, 'Feature not found', 4008);
		const targets = features.map(
			(f) => [f!, this.modeNames(f!).get(String(body.operatingModeName))] as const,
		);
		if (targets.some(([, modeId]) => !modeId))
			return this.error(
				400,
				`Operating mode ${String(body.operatingModeName)} is not common to all the features`,
				4003,
			);
		for (const [feature, modeId] of targets)
			feature.operatingModes.exception = { modeId: modeId!, type: 'MANUAL_SWITCH_BACK' };
		return { status: 204 };
	}

	switchOne(call: Call, featureId: string): Reply {
		const feature = this.mine(call, featureId);
		if (!feature) return this.error(404, 'Feature not found', 4008);
		const body = isObject(call.body) ? call.body : {};
		if (!this.liveModes(feature).some((m) => m.id === body.operatingModeId))
			return this.error(
				400,
				`Operating mode ${String(body.operatingModeId)} is not one of the feature's`,
				4003,
			);
		const manual = body.isManualSwitchbackEnabled;
		if (manual !== undefined && typeof manual !== 'boolean')
			return this.error(400, 'isManualSwitchbackEnabled must be true or false', 4003);
		feature.operatingModes.exception = {
			modeId: String(body.operatingModeId),
			type: manual === true ? 'MANUAL_SWITCH_BACK' : 'AUTOMATIC_SWITCH_BACK_STANDARD',
		};
		return { status: 204 };
	}

	extend(call: Call, featureId: string): Reply {
		const feature = this.mine(call, featureId);
		if (!feature) return this.error(404, 'Feature not found', 4008);
		const body = isObject(call.body) ? call.body : {};
		const view = (this.view(feature).callForwarding as Json).operatingModes as Json;
		if (body.operatingModeId !== view.currentOperatingModeId)
			return this.error(400, 'Only the current operating mode can be extended', 4003);
		const minutes = body.extensionTime;
		if (
			minutes !== undefined &&
			(typeof minutes !== 'number' || minutes < 30 || minutes > 720 || minutes % 30 !== 0)
		)
			return this.error(400, 'extensionTime must be 30 to 720 minutes in steps of 30', 4003);
		feature.operatingModes.exception = {
			modeId: String(body.operatingModeId),
			type: minutes === undefined ? 'MANUAL_SWITCH_BACK' : 'AUTOMATIC_SWITCH_BACK_EXTENSION',
		};
		return { status: 204 };
	}

	backToNormal(call: Call, featureId: string): Reply {
		const feature = this.mine(call, featureId);
		if (!feature) return this.error(404, 'Feature not found', 4008);
		delete feature.operatingModes.exception;
		return { status: 204 };
	}
}
