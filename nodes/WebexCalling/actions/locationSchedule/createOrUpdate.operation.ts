import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import { answeredIdSegment } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { nameTakenButNotFound, unlessNameTaken } from '../../kit/creates';
import {
	eventsInputFields,
	scheduleNameField,
	scheduleTypeField,
} from '../../domain/schedule/fields';
import { createdSchedule, prepareSchedule } from '../../domain/schedule/form';
import type { SchedulePrepared } from '../../domain/schedule/form';
import {
	createSchedule,
	readSchedule,
	scheduleNamed,
	writeSchedule,
} from '../../domain/schedule/requests';
import { planScheduleUpdate, scheduleWouldChange } from '../../domain/schedule/update';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	{
		displayName:
			"Finds the location's schedule of this type by its name: creates it with these events when there is none, otherwise adds the events it lacks and updates the ones of the same name (its other events are kept). The output says what was done: created, updated or unchanged.",
		name: 'createOrUpdateNotice',
		type: 'notice',
		default: '',
	},
	locationIdLocator,
	scheduleTypeField,
	scheduleNameField,
	...eventsInputFields,
	optionsCollection([dryRunOption]),
];

export const createOrUpdate: WebexOperation<SchedulePrepared> = {
	option: {
		name: 'Create or Update',
		description:
			"Create a location schedule, or add these events to the location's schedule of that name (safe to run again)",
		action: 'Create or update a location schedule',
	},
	description,

	prepare: prepareSchedule,

	/**
	 * One item per location, type and name at a time: never two creates of one schedule.
	 * Another execution may create it meanwhile: Webex then refuses the create (HTTP 409, name
	 * in use), and the schedule is updated as an existing one, as a single run would have.
	 */
	async execute(run: ExecutionRun, prepared: SchedulePrepared, itemIndex: number) {
		const { at, body, settings } = prepared;
		const name = String(body.name);
		return await run.oneAtATime(`schedule:${at.locationId}:${at.type}:${name}`, async () => {
			let existing = await scheduleNamed(run, at.locationId, at.type, name, settings, itemIndex);
			if (!existing) {
				const id = await unlessNameTaken(createSchedule(run, at, body, settings, itemIndex));
				if (id !== undefined) return { action: 'created', ...createdSchedule(id, prepared) };
				existing = await scheduleNamed(run, at.locationId, at.type, name, settings, itemIndex);
				if (!existing) throw nameTakenButNotFound(run, `schedule "${name}"`, itemIndex);
			}
			const where = { ...at, id: answeredIdSegment(run, existing.id, 'a schedule', itemIndex) };
			const current = await readSchedule(run, where, settings, itemIndex);
			const { body: put } = planScheduleUpdate(current, { events: body.events }, true);
			if (!scheduleWouldChange(current, put)) return { action: 'unchanged', ...current };
			const after = await writeSchedule(run, where, put as IDataObject, settings, itemIndex);
			return { action: 'updated', ...after } as IDataObject;
		});
	},
};
