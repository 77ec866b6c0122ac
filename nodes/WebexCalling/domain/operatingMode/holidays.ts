/** What Create and Create or Update of a holiday share: a mode's holidays, and adding one. */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { toHoliday } from './body';
import { wouldChange } from '../../helpers/updates';
import { webexApiRequest } from '../../transport';
import { assertNoIssues, readFields, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import { holidayFields } from './fields';
import { MAX_HOLIDAYS_PER_MODE, holidayIssues } from './validate';
import { holidaysPath, modePath } from '../../kit/paths';
import type { ExecutionRun } from '../../transport';

export interface HolidayPrepared {
	/** Encoded, as it goes into the path */
	modeId: string;
	body: IDataObject;
	settings: RequestSettings;
}

/** The mode and the holiday the item's fields define, checked; nothing is sent. */
export function prepareHoliday(this: IExecuteFunctions, itemIndex: number): HolidayPrepared {
	const issues: InputIssue[] = [];
	const modeId = readPathId(this, itemIndex, 'modeId', issues);
	const body = toHoliday(readFields(this, itemIndex, holidayFields)) as IDataObject;
	issues.push(...holidayIssues(body));
	assertNoIssues(this, itemIndex, issues);
	return { modeId, body, settings: requestSettings(this, itemIndex) };
}

/** The mode's holidays as Webex has them now. */
export async function holidaysOf(
	run: ExecutionRun,
	{ modeId, settings }: HolidayPrepared,
	itemIndex: number,
): Promise<IDataObject[]> {
	const mode = await webexApiRequest(run, {
		method: 'GET',
		path: modePath(modeId),
		...settings,
		itemIndex,
	});
	return (mode.body.holidays as IDataObject[] | undefined) ?? [];
}

export interface AddedHoliday {
	/** The output: the holiday's ID, its mode's, and its definition */
	holiday: IDataObject;
	/**
	 * The add's answer was lost and a holiday of this name was found: `holiday` is that one as
	 * Webex has it, and `asSent` whether it is what was sent
	 */
	recovered?: { asSent: boolean };
}

/**
 * Adds the holiday, unless the mode is full: Webex allows 150 holidays a mode, and the 151st
 * fails the item clearly with nothing sent. An add whose answer was lost is found by its name,
 * never sent twice, and compared with what was sent.
 */
export async function addHoliday(
	run: ExecutionRun,
	prepared: HolidayPrepared,
	existing: IDataObject[],
	itemIndex: number,
): Promise<AddedHoliday> {
	const { modeId, body, settings } = prepared;
	if (existing.length >= MAX_HOLIDAYS_PER_MODE) {
		throw new NodeOperationError(
			run.ctx.getNode(),
			`The operating mode already has ${existing.length} holidays, Webex's maximum of ${MAX_HOLIDAYS_PER_MODE}; holiday "${String(body.name)}" was not added`,
			{
				itemIndex,
				description:
					'Delete holidays that have passed, or put this one in another HOLIDAY operating mode.',
			},
		);
	}
	const response = await webexApiRequest(run, {
		method: 'POST',
		path: holidaysPath(modeId),
		body,
		...settings,
		itemIndex,
		// Holiday names are unique within a mode: a lost answer is found by name.
		recover: async () =>
			(await holidaysOf(run, prepared, itemIndex)).find((holiday) => holiday.name === body.name),
	});
	const mode = decodeURIComponent(modeId);
	if (!response.recovered) return { holiday: { id: response.body.id, modeId: mode, ...body } };
	const found = response.body;
	return {
		holiday: { modeId: mode, ...found },
		recovered: { asSent: !wouldChange(found, body) },
	};
}

/** The error of a plain create whose lost answer left a holiday of its name that is not the one sent. */
export function notThisItemsHoliday(run: ExecutionRun, added: AddedHoliday, itemIndex: number) {
	return new NodeOperationError(
		run.ctx.getNode(),
		`Webex's answer to the create was lost, and the holiday named "${String(added.holiday.name)}" found instead is not the one sent (ID ${String(added.holiday.id)})`,
		{
			itemIndex,
			description:
				'This item did not add it: it was there before (the add was refused and the refusal lost) or someone else added it meanwhile. Use Create or Update to update an existing holiday.',
		},
	);
}
