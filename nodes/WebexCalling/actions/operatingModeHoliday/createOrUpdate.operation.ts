import { updateDisplayOptions } from 'n8n-workflow';

import { wouldChange } from '../../helpers/updates';
import { dryRunOption, modeIdLocator, optionsCollection } from '../common.descriptions';
import type { WebexOperation } from '../operation';
import { holidayFields } from '../operatingMode/schedule.descriptions';
import { holidayPath } from '../paths';
import { putAndReadBack } from '../update';
import { addHoliday, holidaysOf, prepareHoliday } from './holidays';
import type { HolidayPrepared } from './holidays';
import type { ExecutionRun } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingModeHoliday'], operation: ['createOrUpdate'] } },
	[
		{
			displayName:
				'Finds the holiday by its name in the mode: adds it when there is none, otherwise updates it to what is given here. The output says what was done: created, updated or unchanged.',
			name: 'createOrUpdateNotice',
			type: 'notice',
			default: '',
		},
		modeIdLocator,
		...holidayFields,
		optionsCollection([dryRunOption]),
	],
);

export const createOrUpdate: WebexOperation<HolidayPrepared> = {
	description,

	prepare: prepareHoliday,

	/** One item per mode and holiday name at a time: never two creates of one holiday. */
	async execute(run: ExecutionRun, prepared: HolidayPrepared, itemIndex: number) {
		const { modeId, body, settings } = prepared;
		return await run.oneAtATime(`holiday:${modeId}:${String(body.name)}`, async () => {
			const existing = await holidaysOf(run, prepared, itemIndex);
			const match = existing.find((holiday) => holiday.name === body.name);
			if (!match)
				return {
					action: 'created',
					...(await addHoliday(run, prepared, existing, itemIndex)),
				};
			if (!wouldChange(match, body))
				return { action: 'unchanged', modeId: decodeURIComponent(modeId), ...match };
			const path = holidayPath(modeId, encodeURIComponent(String(match.id)));
			// Webex's holiday update changes the fields sent: all of the holiday's definition.
			const after = await putAndReadBack(run, { path, body, settings, notSent: [] }, itemIndex);
			return { action: 'updated', modeId: decodeURIComponent(modeId), ...after };
		});
	},
};
