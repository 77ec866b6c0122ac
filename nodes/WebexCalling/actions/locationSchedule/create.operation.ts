import type { INodeProperties } from 'n8n-workflow';

import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import type { WebexOperation } from '../../kit/operation';
import {
	eventsInputFields,
	scheduleNameField,
	scheduleTypeField,
} from '../../domain/schedule/fields';
import { createdSchedule, prepareSchedule } from '../../domain/schedule/form';
import type { SchedulePrepared } from '../../domain/schedule/form';
import { createSchedule } from '../../domain/schedule/requests';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	locationIdLocator,
	scheduleTypeField,
	scheduleNameField,
	...eventsInputFields,
	optionsCollection([dryRunOption]),
];

export const create: WebexOperation<SchedulePrepared> = {
	option: {
		name: 'Create',
		description: 'Create a business hours or holiday schedule at a location, with its events',
		action: 'Create a location schedule',
	},
	description,

	prepare: prepareSchedule,

	async execute(run: ExecutionRun, prepared: SchedulePrepared, itemIndex: number) {
		const id = await createSchedule(run, prepared.at, prepared.body, prepared.settings, itemIndex);
		return createdSchedule(id, prepared);
	},
};
