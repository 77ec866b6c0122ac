import type { INodeProperties } from 'n8n-workflow';

import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import type { WebexOperation } from '../../kit/operation';
import { eventFields, scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';
import { addEvent, prepareEvent } from '../../domain/schedule/form';
import type { EventPrepared } from '../../domain/schedule/form';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	locationIdLocator,
	scheduleTypeField,
	scheduleIdLocator,
	...eventFields,
	optionsCollection([dryRunOption]),
];

export const create: WebexOperation<EventPrepared> = {
	option: {
		name: 'Create',
		description: "Add an event (hours, or a holiday) to a location's schedule",
		action: 'Add an event to a location schedule',
	},
	description,

	prepare: prepareEvent,

	async execute(run: ExecutionRun, prepared: EventPrepared, itemIndex: number) {
		return await addEvent(run, prepared, itemIndex);
	},
};
