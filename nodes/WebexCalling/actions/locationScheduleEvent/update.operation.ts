import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import type { Json } from '../../helpers/json';
import { withoutReadOnly } from '../../helpers/updates';
import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { readChanges, updateInput, withNotSent } from '../update';
import { eventChangesFromFields, fromJsonEvent } from '../../domain/schedule/body';
import {
	eventFields,
	eventIdLocator,
	scheduleIdLocator,
	scheduleTypeField,
} from '../../domain/schedule/fields';
import { readScheduleAt } from '../../domain/schedule/form';
import { readEvent, writeEvent } from '../../domain/schedule/requests';
import type { EventAt } from '../../domain/schedule/requests';
import { eventDiffers, mergedEvent } from '../../domain/schedule/update';
import { eventIssues } from '../../domain/schedule/validate';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	locationIdLocator,
	scheduleTypeField,
	scheduleIdLocator,
	eventIdLocator,
	...updateInput(
		'event',
		eventFields.map((field) =>
			field.name === 'name'
				? { ...field, required: false, description: 'A new name (this changes the ID)' }
				: { ...field, required: false },
		),
		{},
	),
	optionsCollection([dryRunOption]),
];

interface Prepared {
	at: EventAt;
	changes: Json;
	notSent: string[];
	settings: RequestSettings;
}

/**
 * Reads the event, merges the fields given into it (Webex's event PUT is sent whole, since
 * whether it keeps fields left out is not documented), sends it unless nothing would change,
 * and outputs the event read back where it now is (a rename changes its ID).
 */
export const update: WebexOperation<Prepared> = {
	option: {
		name: 'Update',
		description: "Change an event's name, dates, times or recurrence",
		action: 'Update a location schedule event',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const at = {
			...readScheduleAt(this, itemIndex, issues),
			eventId: readPathId(this, itemIndex, 'eventId', issues),
		};
		const json = this.getNodeParameter('inputMode', itemIndex, 'fields') === 'json';
		const given = readChanges(
			this,
			itemIndex,
			(fields) => eventChangesFromFields(fields as Json),
			issues,
		);
		const { body, notSent } = withoutReadOnly(json ? (fromJsonEvent(given) as Json) : given, [
			'id',
		]);
		if (body.name !== undefined) issues.push(...eventIssues(body, ''));
		assertNoIssues(this, itemIndex, issues);
		return { at, changes: body, notSent, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { at, changes, notSent, settings }: Prepared, itemIndex) {
		const current = await readEvent(run, at, settings, itemIndex);
		const put = mergedEvent(current, changes);
		if (!eventDiffers(current, put)) return withNotSent(current, notSent);
		const after = await writeEvent(run, at, put as IDataObject, settings, itemIndex);
		return withNotSent(after, notSent);
	},
};
