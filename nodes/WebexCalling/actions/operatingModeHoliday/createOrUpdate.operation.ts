import type { INodeProperties } from 'n8n-workflow';

import { wouldChange } from '../../helpers/updates';
import { dryRunOption, modeIdLocator, optionsCollection } from '../../kit/descriptions';
import { answeredIdSegment } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { holidayFields } from '../../domain/operatingMode/fields';
import { holidayPath } from '../../kit/paths';
import { putAndReadBack } from '../update';
import { nameTakenButNotFound, unlessNameTaken } from '../../kit/creates';
import { addHoliday, holidaysOf, prepareHoliday } from '../../domain/operatingMode/holidays';
import type { HolidayPrepared } from '../../domain/operatingMode/holidays';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
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
];

export const createOrUpdate: WebexOperation<HolidayPrepared> = {
	option: {
		name: 'Create or Update',
		description:
			"Add a holiday, or update the mode's holiday of that name to this definition (safe to run again)",
		action: 'Create or update a holiday of an operating mode',
	},
	description,

	prepare: prepareHoliday,

	/**
	 * One item per mode and holiday name at a time: never two creates of one holiday. Another
	 * execution may add it meanwhile: Webex then refuses the add (HTTP 409, name in use), or an
	 * add whose answer was lost finds a holiday that is not the one sent; either way it is
	 * updated as an existing one, as a single run would have.
	 */
	async execute(run: ExecutionRun, prepared: HolidayPrepared, itemIndex: number) {
		const { modeId, body, settings } = prepared;
		return await run.oneAtATime(`holiday:${modeId}:${String(body.name)}`, async () => {
			const existing = await holidaysOf(run, prepared, itemIndex);
			let match = existing.find((holiday) => holiday.name === body.name);
			if (!match) {
				const added = await unlessNameTaken(addHoliday(run, prepared, existing, itemIndex));
				if (added && (!added.recovered || added.recovered.asSent))
					return { action: 'created', ...added.holiday };
				match =
					added?.holiday ??
					(await holidaysOf(run, prepared, itemIndex)).find(
						(holiday) => holiday.name === body.name,
					);
				if (!match) throw nameTakenButNotFound(run, `holiday "${String(body.name)}"`, itemIndex);
			}
			if (!wouldChange(match, body))
				return { action: 'unchanged', modeId: decodeURIComponent(modeId), ...match };
			const path = holidayPath(modeId, answeredIdSegment(run, match.id, 'a holiday', itemIndex));
			// Webex's holiday update changes the fields sent: all of the holiday's definition.
			const after = await putAndReadBack(run, { path, body, settings, notSent: [] }, itemIndex);
			return { action: 'updated', modeId: decodeURIComponent(modeId), ...after };
		});
	},
};
