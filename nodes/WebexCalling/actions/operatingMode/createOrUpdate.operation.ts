import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { OperatingModeCreateBody } from '../../helpers/types';
import { planOperatingModeUpdate, wouldChange } from '../../helpers/updates';
import type { HolidaysUpdateMode } from '../../helpers/updates';
import { webexApiRequest } from '../../transport';
import { dryRunOption, optionsCollection } from '../common.descriptions';
import { assertNoIssues, inputError, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { modePath } from '../paths';
import { putAndReadBack } from '../update';
import {
	createMode,
	existingModesNamed,
	modeDefinitionProperties,
	readHolidaysUpdateMode,
	readModeDefinition,
	rememberCreated,
} from './definition';
import { holidaysUpdateModeField } from './schedule.descriptions';
import { operatingModeCreateIssues, operatingModeUpdateIssues } from './validate';
import type { ExecutionRun } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['createOrUpdate'] } },
	[
		{
			displayName:
				'Finds the mode by its name: creates it when there is none, otherwise updates it to what is given here (days, forwarding fields and holidays you leave out keep their values). The output says what was done: created, updated or unchanged.',
			name: 'createOrUpdateNotice',
			type: 'notice',
			default: '',
		},
		...modeDefinitionProperties,
		holidaysUpdateModeField,
		optionsCollection([dryRunOption]),
	],
);

interface Prepared {
	body: OperatingModeCreateBody;
	holidaysMode: HolidaysUpdateMode;
	settings: RequestSettings;
}

/** The existing mode the definition names: same name, and the same level and location if there is one. */
function matchOf(modes: IDataObject[], body: OperatingModeCreateBody): IDataObject | undefined {
	const sameScope = modes.find(
		(mode) =>
			mode.level === body.level &&
			(body.level !== 'LOCATION' ||
				(mode.location as IDataObject | undefined)?.id === body.locationId),
	);
	return sameScope ?? modes[0];
}

export const createOrUpdate: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const body = readModeDefinition.call(this, itemIndex);
		assertNoIssues(this, itemIndex, operatingModeCreateIssues(body));
		return {
			body: body as OperatingModeCreateBody,
			holidaysMode: readHolidaysUpdateMode(this, itemIndex),
			settings: requestSettings(this, itemIndex),
		};
	},

	/**
	 * One item per name at a time, so two items of one run never both create the same mode.
	 * A type, level or location that differs from the existing mode's fails the item (Webex
	 * cannot change them in place), with nothing written.
	 */
	async execute(run: ExecutionRun, { body, holidaysMode, settings }: Prepared, itemIndex: number) {
		return await run.oneAtATime(`operatingMode:${body.name}`, async () => {
			const existing = matchOf(await existingModesNamed(run, body.name, settings, itemIndex), body);
			if (!existing) {
				const created = await createMode(run, body, settings, itemIndex);
				await rememberCreated(
					run,
					{ id: created.id, name: body.name, level: body.level, location: { id: body.locationId } },
					settings,
				);
				return { action: 'created', id: created.id, ...body } as IDataObject;
			}
			const path = modePath(encodeURIComponent(String(existing.id)));
			const current = (await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex }))
				.body;
			const plan = planOperatingModeUpdate(current, body as unknown as IDataObject, holidaysMode);
			const problems = [...plan.problems, ...operatingModeUpdateIssues(plan.body)];
			if (problems.length > 0) {
				throw inputError(
					run.ctx,
					itemIndex,
					problems,
					`An operating mode named "${body.name}" exists; nothing was changed on Webex for this item.`,
				);
			}
			if (!wouldChange(current, plan.body)) return { action: 'unchanged', ...current };
			const after = await putAndReadBack(
				run,
				{ path, body: plan.body as IDataObject, settings, notSent: [] },
				itemIndex,
			);
			return { action: 'updated', ...after };
		});
	},
};
