import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { MAX_MANAGED_FEATURES, featureIdList, mergeFeatureIds } from '../../helpers/featureIds';
import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { personModeManagementPath } from '../../kit/paths';
import { ADMIN_HINTS, featureChoiceFields, personIdFields, readPerson } from './fields';
import { managedFeatures } from './getManagedFeatures.operation';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	...personIdFields,
	...featureChoiceFields({
		displayName: 'Features to Add',
		name: 'addFeatureIds',
		loadOptionsMethod: 'getAvailableFeatures',
		placeholder: 'Y2lzY29z..., Y2lzY29z...',
		description:
			'Auto attendants, call queues or hunt groups (with mode-based forwarding on) the person is to manage',
	}),
	...featureChoiceFields({
		displayName: 'Features to Remove',
		name: 'removeFeatureIds',
		loadOptionsMethod: 'getManagedFeatures',
		description: 'Features the person stops managing',
	}),
	optionsCollection([dryRunOption]),
];

interface Prepared {
	person: string;
	add: string[];
	remove: string[];
	settings: RequestSettings;
}

/**
 * Adds and removes features a person manages, keeping the others: Webex's PUT replaces the
 * list whole, so the list is read, changed and written back. Nothing to change sends nothing.
 */
export const updateManagedFeatures: WebexOperation<Prepared> = {
	option: {
		name: 'Update Managed Features',
		description: 'Add or remove features a person manages (at most 50); the others stay',
		action: 'Update the features a person manages',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const person = readPerson(this, itemIndex, issues);
		const add = featureIdList(this.getNodeParameter('addFeatureIds', itemIndex, ''));
		const remove = featureIdList(this.getNodeParameter('removeFeatureIds', itemIndex, ''));
		if (add.length > MAX_MANAGED_FEATURES)
			issues.push({
				field: 'addFeatureIds',
				problem: `has ${add.length} features; Webex allows at most ${MAX_MANAGED_FEATURES} a person`,
			});
		assertNoIssues(this, itemIndex, issues);
		return { person, add, remove, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { person, add, remove, settings }: Prepared, itemIndex: number) {
		const personId = decodeURIComponent(person);
		const current = (await managedFeatures(run, person, settings, itemIndex)).map((f) =>
			String(f.id),
		);
		const wanted = mergeFeatureIds(current, add, remove);
		if (wanted.length > MAX_MANAGED_FEATURES) {
			throw new NodeOperationError(
				run.ctx.getNode(),
				`The person would manage ${wanted.length} features; Webex allows at most ${MAX_MANAGED_FEATURES}`,
				{
					itemIndex,
					description: `They manage ${current.length} now. Remove some in Features to Remove. Nothing was changed.`,
				},
			);
		}
		// Removing a feature the person does not manage is already done: ignored, and said.
		const notManaged = remove.filter((id) => !current.includes(id));
		const notes: IDataObject =
			notManaged.length > 0
				? {
						featuresNotManaged: notManaged,
						notes: [
							`Not removed, as the person does not manage ${notManaged.length === 1 ? 'it' : 'them'}: ${notManaged.join(', ')}.`,
						],
					}
				: {};
		const same = wanted.length === current.length && wanted.every((id, i) => id === current[i]);
		if (same) return { action: 'unchanged', personId, featureIds: current, ...notes };
		await webexApiRequest(run, {
			method: 'PUT',
			path: `${personModeManagementPath(person)}/features`,
			body: { featureIds: wanted },
			hints: ADMIN_HINTS,
			...settings,
			itemIndex,
		});
		if (settings.dryRun) return { personId, featureIds: wanted, ...notes };
		const after = await managedFeatures(run, person, settings, itemIndex);
		return {
			action: 'updated',
			personId,
			featureIds: after.map((f) => f.id),
			features: after,
			...notes,
		} as IDataObject;
	},
};
