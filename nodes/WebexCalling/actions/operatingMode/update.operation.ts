import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { buildOperatingModeUpdateBody } from '../../domain/operatingMode/body';
import { planOperatingModeUpdate } from '../../domain/operatingMode/update';
import type { HolidaysUpdateMode } from '../../domain/operatingMode/update';
import { dryRunOption, modeIdLocator, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { readChanges, readMergeWrite, updateInput } from '../update';
import { modePath } from '../../kit/paths';
import { readHolidaysUpdateMode } from '../../domain/operatingMode/requests';
import {
	callForwardingField,
	differentHoursDailyField,
	holidaysField,
	holidaysUpdateModeField,
	sameHoursDailyField,
} from '../../domain/operatingMode/fields';
import { operatingModeUpdateIssues } from '../../domain/operatingMode/validate';
import type { ExecutionRun } from '../../transport';

const properties: INodeProperties[] = [
	modeIdLocator,
	{
		displayName:
			"A mode's type, level and location cannot change after it is created. Days and call forwarding fields you leave out keep their values. To change one holiday, use Operating Mode Holiday → Update.",
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	...updateInput(
		'operating mode',
		[
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New unique name',
			},
			sameHoursDailyField,
			differentHoursDailyField,
			holidaysField,
			callForwardingField,
		],
		{},
	),
	holidaysUpdateModeField,
	optionsCollection([dryRunOption]),
];

export const description: INodeProperties[] = properties;

interface Prepared {
	path: string;
	changes: IDataObject;
	holidaysMode: HolidaysUpdateMode;
	settings: RequestSettings;
}

export const update: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const modeId = readPathId(this, itemIndex, 'modeId', issues);
		const changes = readChanges(this, itemIndex, buildOperatingModeUpdateBody, issues);
		issues.push(...operatingModeUpdateIssues(changes));
		assertNoIssues(this, itemIndex, issues);
		const holidaysMode = readHolidaysUpdateMode(this, itemIndex);
		return {
			path: modePath(modeId),
			changes: changes as IDataObject,
			holidaysMode,
			settings: requestSettings(this, itemIndex),
		};
	},

	/**
	 * Reads the mode, merges the changes into what Webex's PUT replaces whole (weekly schedule,
	 * call forwarding, holidays), sends it, and outputs the mode as it is after the update.
	 */
	async execute(
		run: ExecutionRun,
		{ path, changes, holidaysMode, settings }: Prepared,
		itemIndex: number,
	) {
		const { object } = await readMergeWrite(
			run,
			{ path, settings, itemIndex },
			(current) => planOperatingModeUpdate(current, changes, holidaysMode),
			operatingModeUpdateIssues,
		);
		return object;
	},
};
