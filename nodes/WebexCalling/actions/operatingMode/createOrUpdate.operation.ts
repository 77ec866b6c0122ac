import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperatingModeCreateBody } from '../../domain/operatingMode/types';
import { planOperatingModeUpdate } from '../../domain/operatingMode/update';
import type { HolidaysUpdateMode } from '../../domain/operatingMode/update';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { answeredIdSegment, assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { modePath } from '../../kit/paths';
import { readMergeWrite } from '../update';
import { nameTakenButNotFound, unlessNameTaken } from '../../kit/creates';
import {
	createMode,
	existingModesNamed,
	findModesByName,
	modeDefinitionProperties,
	readHolidaysUpdateMode,
	readModeDefinition,
	rememberCreated,
} from '../../domain/operatingMode/requests';
import { holidaysUpdateModeField } from '../../domain/operatingMode/fields';
import {
	operatingModeCreateIssues,
	operatingModeUpdateIssues,
} from '../../domain/operatingMode/validate';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
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
];

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
	option: {
		name: 'Create or Update',
		description:
			'Create an operating mode, or update the one of that name to this definition (safe to run again)',
		action: 'Create or update an operating mode',
	},
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
			let existing = matchOf(await existingModesNamed(run, body.name, settings, itemIndex), body);
			if (!existing) {
				const made = await createUnlessMadeMeanwhile(run, body, settings, itemIndex);
				await rememberCreated(
					run,
					made.created
						? {
								id: made.mode.id,
								name: body.name,
								level: body.level,
								location: { id: body.locationId },
							}
						: made.mode,
					settings,
				);
				if (made.created) return { action: 'created', id: made.mode.id, ...body } as IDataObject;
				existing = made.mode;
			}
			return await updateExisting(run, existing, { body, holidaysMode, settings }, itemIndex);
		});
	},
};

/**
 * Creates the mode the run's listing did not have. Another execution may have made it since
 * (a schedule and a manual run, two queue-mode workers): Webex then refuses the create (HTTP
 * 409, name in use), or a create whose answer was lost finds a mode that is not the one sent.
 * Either way the mode is carried on with as an existing one, as a single run would have.
 */
async function createUnlessMadeMeanwhile(
	run: ExecutionRun,
	body: OperatingModeCreateBody,
	settings: RequestSettings,
	itemIndex: number,
): Promise<{ created: boolean; mode: IDataObject }> {
	const made = await unlessNameTaken(createMode(run, body, settings, itemIndex));
	if (made) return { created: !made.recovered || made.recovered.asSent, mode: made.mode };
	const now = matchOf(await findModesByName(run, body.name, settings, itemIndex), body);
	if (!now) throw nameTakenButNotFound(run, `operating mode "${body.name}"`, itemIndex);
	run.ctx.logger?.debug(
		`Webex Calling: operating mode "${body.name}" was created meanwhile by someone else; updating it instead`,
	);
	return { created: false, mode: now };
}

/**
 * Updates the existing mode to the definition: unchanged when there is nothing to change; a
 * type, level or location that differs fails the item (Webex cannot change them in place),
 * with nothing written.
 */
async function updateExisting(
	run: ExecutionRun,
	existing: IDataObject,
	{ body, holidaysMode, settings }: Prepared,
	itemIndex: number,
): Promise<IDataObject> {
	const path = modePath(answeredIdSegment(run, existing.id, 'an operating mode', itemIndex));
	const { object, changed } = await readMergeWrite(
		run,
		{ path, settings, itemIndex },
		(mode) => planOperatingModeUpdate(mode, body as unknown as IDataObject, holidaysMode),
		operatingModeUpdateIssues,
		{
			skipUnchanged: true,
			refusal: `An operating mode named "${body.name}" exists; nothing was changed on Webex for this item.`,
		},
	);
	// The definition names fields an update does not send (type, level): not worth listing here.
	delete object.readOnlyFieldsNotSent;
	return { action: changed ? 'updated' : 'unchanged', ...object };
}
