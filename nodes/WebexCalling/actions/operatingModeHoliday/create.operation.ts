import { MAX_HOLIDAYS_PER_MODE } from '../../domain/operatingMode/validate';
import type { INodeProperties } from 'n8n-workflow';

import { dryRunOption, modeIdLocator, optionsCollection } from '../../kit/descriptions';
import type { WebexOperation } from '../../kit/operation';
import { holidayFields } from '../../domain/operatingMode/fields';
import {
	addHoliday,
	holidaysOf,
	notThisItemsHoliday,
	prepareHoliday,
} from '../../domain/operatingMode/holidays';
import type { HolidayPrepared } from '../../domain/operatingMode/holidays';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	modeIdLocator,
	...holidayFields,
	optionsCollection([dryRunOption]),
];

export const create: WebexOperation<HolidayPrepared> = {
	option: {
		name: 'Create',
		description: `Add a holiday to a HOLIDAY operating mode (at most ${MAX_HOLIDAYS_PER_MODE} per mode)`,
		action: 'Add a holiday to an operating mode',
	},
	description,

	prepare: prepareHoliday,

	/** Reads the mode first: the 151st holiday is refused clearly, with nothing sent. */
	async execute(run: ExecutionRun, prepared: HolidayPrepared, itemIndex: number) {
		const existing = await holidaysOf(run, prepared, itemIndex);
		const added = await addHoliday(run, prepared, existing, itemIndex);
		if (added.recovered && !added.recovered.asSent)
			throw notThisItemsHoliday(run, added, itemIndex);
		return added.holiday;
	},
};
