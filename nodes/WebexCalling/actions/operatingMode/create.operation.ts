import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperatingModeCreateBody } from '../../domain/operatingMode/types';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import {
	createMode,
	modeDefinitionProperties,
	readModeDefinition,
} from '../../domain/operatingMode/requests';
import { operatingModeCreateIssues } from '../../domain/operatingMode/validate';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	...modeDefinitionProperties,
	optionsCollection([dryRunOption]),
];

interface Prepared {
	body: OperatingModeCreateBody;
	settings: RequestSettings;
}

export const create: WebexOperation<Prepared> = {
	option: {
		name: 'Create',
		description: 'Create an operating mode (business hours, after hours or holidays schedule)',
		action: 'Create an operating mode',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const body = readModeDefinition.call(this, itemIndex);
		assertNoIssues(this, itemIndex, operatingModeCreateIssues(body));
		return { body: body as OperatingModeCreateBody, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { body, settings }: Prepared, itemIndex: number) {
		const created = await createMode(run, body, settings, itemIndex);
		if (created.recovered && !created.recovered.asSent) {
			throw new NodeOperationError(
				run.ctx.getNode(),
				`Webex's answer to the create was lost, and the operating mode named "${body.name}" found instead is not the one sent (ID ${String(created.mode.id)})`,
				{
					itemIndex,
					description:
						'This item did not create it: it was there before (the create was refused and the refusal lost) or someone else made it meanwhile. Use Create or Update to update an existing mode.',
				},
			);
		}
		const output: IDataObject = {
			id: created.mode.id,
			name: body.name,
			type: body.type,
			level: body.level,
		};
		if (body.locationId) output.locationId = body.locationId;
		return output;
	},
};
