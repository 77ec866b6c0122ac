import { updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { dryRunOption, modeIdLocator, optionsCollection } from '../common.descriptions';
import type { WebexOperation } from '../operation';
import { holidayFields } from '../operatingMode/schedule.descriptions';
import { addHoliday, holidaysOf, prepareHoliday } from './holidays';
import type { HolidayPrepared } from './holidays';

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingModeHoliday'], operation: ['create'] } },
	[modeIdLocator, ...holidayFields, optionsCollection([dryRunOption])],
);

export const create: WebexOperation<HolidayPrepared> = {
	description,

	prepare: prepareHoliday,

	/** Reads the mode first: the 151st holiday is refused clearly, with nothing sent. */
	async execute(this: IExecuteFunctions, prepared: HolidayPrepared, itemIndex: number) {
		const existing = await holidaysOf.call(this, prepared, itemIndex);
		return await addHoliday.call(this, prepared, existing, itemIndex);
	},
};
