import { criteriaBody } from '../../domain/simultaneousRing/criteria';
import { criteriaFields } from '../../domain/simultaneousRing/fields';
import { criteriaIdFields, workspaceIdLocator } from '../../kit/descriptions';
import { criteriaPath } from '../../kit/paths';
import { partialUpdateOperation } from '../update';

/**
 * Webex's Modify Simultaneous Ring Criteria has no required field (the reference), so only the
 * fields given are sent, and the criteria's other fields (numbers included) are Webex's to check
 * against them. Outputs the criteria as it is after the update, read back.
 */
export const update = partialUpdateOperation({
	option: {
		name: 'Update',
		description: 'Change a simultaneous ring criterion of a workspace',
		action: 'Update a simultaneous ring criterion of a workspace',
	},
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	what: 'criteria',
	fields: criteriaFields(false),
	body: (changes, ctx, itemIndex) => {
		const fromJson = ctx.getNodeParameter('inputMode', itemIndex, 'fields') === 'json';
		return { body: criteriaBody(changes, fromJson ? 'json' : 'update') };
	},
});
