import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	SELECTIONS,
	modesFromJson,
	modesWouldChange,
	planModesChange,
	planModesFromJson,
} from '../../helpers/forwarding';
import type { ModeSetting, ModesChange } from '../../helpers/forwarding';
import type { InputIssue } from '../../helpers/issues';
import { isPlainObject, parseJsonBody } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { dryRunOption, inputModeFields, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { featureForwardingPath } from '../../kit/paths';
import { readMergeWrite } from '../update';
import { featureFields, featureName, featureOf, readFeature } from './fields';
import type { FeatureRef } from './fields';
import type { ExecutionRun } from '../../transport';

/** A mode of the feature's location, picked from the modes it may use, or by ID. */
const modeOfLocation: INodeProperties = {
	displayName: 'Operating Mode',
	name: 'operatingModeId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: "One of the operating modes the feature's location may use",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAvailableModes', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'Y2lzY29zcGFyazovL3VzL09QRVJBVElOR19NT0RFL...',
		},
	],
};

const SELECTION_NAMES: Record<(typeof SELECTIONS)[number], string> = {
	DO_NOT_FORWARD: 'Do Not Forward',
	FORWARD_TO_DEFAULT_NUMBER: 'Forward to Default Number',
	FORWARD_TO_SPECIFIED_NUMBER: 'Forward to Specified Number',
};

export const description: INodeProperties[] = [
	...featureFields,
	...inputModeFields({
		fieldsHint: 'Add, change or remove modes below; the feature keeps the others',
		jsonHint: "Give the feature's whole list of modes, e.g. a Get Call Forwarding's output",
		example: {},
		description:
			"`{ enabled, modes: [{ id, normalOperationEnabled, forwardTo: { selection, destination } }] }`, or a Get Call Forwarding's output as is (its read-only fields are not sent). `modes` becomes the feature's whole list (modes left out of it are taken off the feature); `enabled` turns mode-based forwarding on or off; either left out stays as it is, so {} changes nothing.",
	}),
	{
		displayName: 'Mode-Based Forwarding',
		name: 'modeBasedForwarding',
		type: 'options',
		options: [
			{ name: 'Keep As It Is', value: 'keep' },
			{
				name: 'On',
				value: 'on',
				description: 'The feature forwards calls by its operating modes',
			},
			{ name: 'Off', value: 'off', description: 'The feature ignores its operating modes' },
		],
		default: 'keep',
		displayOptions: { show: { inputMode: ['fields'] } },
	},
	{
		displayName: 'Modes to Add or Change',
		name: 'modesToSet',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mode',
		default: {},
		description:
			"Each mode given gets this forwarding (added when the feature does not have it yet); the feature's other modes keep theirs",
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [
			{
				displayName: 'Mode',
				name: 'mode',
				values: [
					modeOfLocation,
					{
						displayName: 'Forward To',
						name: 'selection',
						type: 'options',
						options: SELECTIONS.map((value) => ({ name: SELECTION_NAMES[value], value })),
						default: 'FORWARD_TO_DEFAULT_NUMBER',
						description: 'Where calls go while this mode is in effect',
					},
					{
						displayName: 'Destination',
						name: 'destination',
						type: 'string',
						default: '',
						placeholder: '+19705550100',
						description: 'The number or extension calls are forwarded to',
						displayOptions: { show: { selection: ['FORWARD_TO_SPECIFIED_NUMBER'] } },
					},
					{
						displayName: 'Send to Voicemail',
						name: 'voicemail',
						type: 'boolean',
						default: false,
						description: 'Whether calls forwarded to an internal number go to its voicemail',
						displayOptions: { show: { selection: ['FORWARD_TO_SPECIFIED_NUMBER'] } },
					},
					{
						displayName: 'Normal Operation',
						name: 'normalOperationEnabled',
						type: 'boolean',
						default: false,
						description:
							'Whether this mode is among those the feature follows by their schedules (normal operation); a mode that is not is only used when switched to',
					},
				],
			},
		],
	},
	{
		displayName: 'Modes to Remove',
		name: 'modesToRemove',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mode',
		default: {},
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [{ displayName: 'Mode', name: 'mode', values: [modeOfLocation] }],
	},
	optionsCollection([dryRunOption]),
];

type Change =
	| { kind: 'fields'; change: ModesChange }
	| { kind: 'json'; given: ReturnType<typeof modesFromJson> };

interface Prepared {
	feature: FeatureRef;
	change: Change;
	settings: RequestSettings;
}

function idOf(ctx: IExecuteFunctions, itemIndex: number, path: string): string {
	const value = ctx.getNodeParameter(path, itemIndex, '', { extractValue: true });
	return typeof value === 'string' ? value.trim() : '';
}

/** The Fields form's change: the modes to set and to remove, forwarding on or off. */
function readFieldsChange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): ModesChange {
	const toggle = ctx.getNodeParameter('modeBasedForwarding', itemIndex, 'keep');
	const set: ModeSetting[] = [];
	const entries = ctx.getNodeParameter('modesToSet.mode', itemIndex, []) as IDataObject[];
	entries.forEach((entry, index) => {
		const id = idOf(ctx, itemIndex, `modesToSet.mode[${index}].operatingModeId`);
		if (!id)
			issues.push({ field: `modesToSet.mode[${index}].operatingModeId`, problem: 'is required' });
		const specified = entry.selection === 'FORWARD_TO_SPECIFIED_NUMBER';
		set.push({
			id,
			normalOperationEnabled: entry.normalOperationEnabled === true,
			selection: String(entry.selection ?? 'FORWARD_TO_DEFAULT_NUMBER'),
			// A destination belongs to a specified number only; any other choice clears it.
			destination: specified ? String(entry.destination ?? '').trim() : '',
			voicemail: specified ? entry.voicemail === true : undefined,
		});
	});
	const removing = ctx.getNodeParameter('modesToRemove.mode', itemIndex, []) as IDataObject[];
	const remove = removing.map((_, index) => {
		const id = idOf(ctx, itemIndex, `modesToRemove.mode[${index}].operatingModeId`);
		if (!id)
			issues.push({
				field: `modesToRemove.mode[${index}].operatingModeId`,
				problem: 'is required',
			});
		return id;
	});
	return { enabled: toggle === 'on' ? true : toggle === 'off' ? false : undefined, set, remove };
}

/**
 * Sets a feature's operating modes as a read, merge and write: Webex's PUT replaces the list
 * whole, so the feature's list is read, the change merged in, and the list written back without
 * the fields Webex only reports. Nothing to change sends no PUT (`unchanged`).
 */
export const updateOperatingModes: WebexOperation<Prepared> = {
	option: {
		name: 'Update Operating Modes',
		description:
			'Add, change or remove the modes a feature forwards by, or turn mode-based forwarding on or off',
		action: 'Update the operating modes of a call feature',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const feature = readFeature(this, itemIndex, issues);
		let change: Change;
		if (this.getNodeParameter('inputMode', itemIndex, 'fields') === 'json') {
			const parsed = parseJsonBody(this.getNodeParameter('jsonBody', itemIndex, ''));
			if (parsed.error) issues.push({ field: 'jsonBody', problem: parsed.error });
			else if (!isPlainObject(parsed.body))
				issues.push({ field: 'jsonBody', problem: 'must be a JSON object' });
			const given = isPlainObject(parsed.body) ? parsed.body : {};
			change = { kind: 'json', given: modesFromJson(given) };
		} else {
			change = { kind: 'fields', change: readFieldsChange(this, itemIndex, issues) };
		}
		assertNoIssues(this, itemIndex, issues);
		return { feature, change, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { feature, change, settings }: Prepared, itemIndex: number) {
		const path = featureForwardingPath(feature.kind.segment, feature.locationId, feature.featureId);
		const operatingModesOf = (answer: IDataObject) =>
			(answer.callForwarding as IDataObject | undefined)?.operatingModes;
		let notOnFeature: string[] = [];
		const plan = (answer: IDataObject) => {
			const current = operatingModesOf(answer);
			if (change.kind === 'json') {
				const planned = planModesFromJson(current, change.given, feature.type);
				return {
					body: { callForwarding: { operatingModes: planned.body } },
					notSent: [],
					problems: planned.problems,
				};
			}
			const planned = planModesChange(current, change.change, feature.type);
			notOnFeature = planned.notOnFeature;
			return {
				body: { callForwarding: { operatingModes: planned.body } },
				notSent: [],
				problems: [],
			};
		};
		const differs = (answer: Json, body: Json) =>
			modesWouldChange(
				operatingModesOf(answer as IDataObject),
				(body.callForwarding as Json).operatingModes as Json,
				feature.type,
			);
		// The feature's name is read beside the change (its forwarding does not carry it).
		const [written, name] = await Promise.allSettled([
			readMergeWrite(run, { path, settings, itemIndex }, plan, () => [], {
				differs,
				skipUnchanged: true,
			}),
			featureName(run, feature, settings, itemIndex),
		]);
		if (written.status === 'rejected') throw written.reason;
		const { object, changed } = written.value;
		// Only the name failed: the change is done, and is reported without it.
		const named = name.status === 'fulfilled' ? name.value : {};
		const notes = modeNotes(change, notOnFeature, operatingModesOf(object));
		// A Dry Run's change was not sent: there is nothing to read back.
		if (settings.dryRun && changed) return { ...featureOf(feature), ...named, ...notes };
		return {
			action: changed ? 'updated' : 'unchanged',
			...featureOf(feature),
			...named,
			...((object.callForwarding ?? {}) as IDataObject),
			...notes,
		};
	},
};

/**
 * What the output says beside the modes: removals that were already done, and modes given to a
 * feature whose mode-based forwarding is off (Webex keeps them, but they route no call).
 */
function modeNotes(change: Change, notOnFeature: string[], after: unknown): IDataObject {
	const notes: string[] = [];
	if (notOnFeature.length > 0)
		notes.push(
			`Not removed, as the feature does not have ${notOnFeature.length === 1 ? 'it' : 'them'}: ${notOnFeature.join(', ')}.`,
		);
	const givesModes =
		change.kind === 'fields' ? change.change.set.length > 0 : Array.isArray(change.given.modes);
	if (givesModes && isPlainObject(after) && after.enabled === false)
		notes.push(
			'Mode-based forwarding is off on this feature: its operating modes route no calls until it is turned on (Mode-Based Forwarding: On).',
		);
	return {
		...(notOnFeature.length > 0 ? { modesNotOnFeature: notOnFeature } : {}),
		...(notes.length > 0 ? { notes } : {}),
	};
}
