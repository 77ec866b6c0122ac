import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toHoliday } from '../../helpers/operatingModeBody';
import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { modeIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, readFields, readPathId, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { holidaysPath, modePath } from '../paths';
import { holidayFields } from '../operatingMode/schedule.descriptions';
import { MAX_HOLIDAYS_PER_MODE, holidayIssues } from '../operatingMode/validate';

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingModeHoliday'], operation: ['create'] } },
	[modeIdLocator, ...holidayFields, optionsCollection()],
);

interface Prepared {
	modeId: string;
	body: IDataObject;
	settings: RequestSettings;
}

export const create: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const modeId = readPathId(this, itemIndex, 'modeId', issues);
		const body = toHoliday(readFields(this, itemIndex, holidayFields)) as IDataObject;
		issues.push(...holidayIssues(body));
		assertNoIssues(this, itemIndex, issues);
		return { modeId, body, settings: requestSettings(this, itemIndex) };
	},

	async execute(this: IExecuteFunctions, { modeId, body, settings }: Prepared, itemIndex: number) {
		const holidaysNow = async () => {
			const mode = await webexApiRequest.call(this, {
				method: 'GET',
				path: modePath(modeId),
				...settings,
				itemIndex,
			});
			return (mode.body.holidays as IDataObject[] | undefined) ?? [];
		};
		const existing = await holidaysNow();
		if (existing.length >= MAX_HOLIDAYS_PER_MODE) {
			throw new NodeOperationError(
				this.getNode(),
				`The operating mode already has ${existing.length} holidays, Webex's maximum of ${MAX_HOLIDAYS_PER_MODE}; holiday "${String(body.name)}" was not added`,
				{
					itemIndex,
					description:
						'Delete holidays that have passed, or put this one in another HOLIDAY operating mode.',
				},
			);
		}
		const response = await webexApiRequest.call(this, {
			method: 'POST',
			path: holidaysPath(modeId),
			body,
			...settings,
			itemIndex,
			// Holiday names are unique within a mode: a lost answer is found by name.
			recover: async () => (await holidaysNow()).find((holiday) => holiday.name === body.name),
		});
		return { id: response.body.id, modeId: decodeURIComponent(modeId), ...body };
	},
};
