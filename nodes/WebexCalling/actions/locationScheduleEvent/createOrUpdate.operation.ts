import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import { answeredIdSegment } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { eventFields, scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';
import { addEvent, prepareEvent } from '../../domain/schedule/form';
import type { EventPrepared } from '../../domain/schedule/form';
import { readSchedule, writeEvent } from '../../domain/schedule/requests';
import { eventDiffers, mergedEvent } from '../../domain/schedule/update';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	{
		displayName:
			'Finds the event by its name in the schedule: adds it when there is none, otherwise updates it to what is given here. The output says what was done: created, updated or unchanged.',
		name: 'createOrUpdateNotice',
		type: 'notice',
		default: '',
	},
	locationIdLocator,
	scheduleTypeField,
	scheduleIdLocator,
	...eventFields,
	optionsCollection([dryRunOption]),
];

export const createOrUpdate: WebexOperation<EventPrepared> = {
	option: {
		name: 'Create or Update',
		description:
			"Add an event, or update the schedule's event of that name to this definition (safe to run again)",
		action: 'Create or update a location schedule event',
	},
	description,

	prepare: prepareEvent,

	/** One item per schedule and event name at a time: never two adds of one event. */
	async execute(run: ExecutionRun, prepared: EventPrepared, itemIndex: number) {
		const { at, body, settings } = prepared;
		return await run.oneAtATime(`scheduleEvent:${at.id}:${String(body.name)}`, async () => {
			const schedule = await readSchedule(run, at, settings, itemIndex);
			const events = (schedule.events as IDataObject[] | undefined) ?? [];
			const existing = events.find((event) => event.name === body.name);
			if (!existing) return { action: 'created', ...(await addEvent(run, prepared, itemIndex)) };
			const put = mergedEvent(existing, body, true);
			if (!eventDiffers(existing, put)) return { action: 'unchanged', ...existing };
			const eventId = answeredIdSegment(run, existing.id, 'a schedule event', itemIndex);
			const after = await writeEvent(
				run,
				{ ...at, eventId },
				put as IDataObject,
				settings,
				itemIndex,
			);
			return { action: 'updated', ...after } as IDataObject;
		});
	},
};
