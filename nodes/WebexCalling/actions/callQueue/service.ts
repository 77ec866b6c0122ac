/**
 * A call queue's closure services (holiday service, night service, forced forward, stranded
 * calls) are four objects of one shape: a GET and a PUT on the queue's path. Each operation file
 * is one of these, for one service.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pickedValue } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import type { InputIssue } from '../../helpers/issues';
import type { QueueService } from '../../domain/callQueuePolicy/fields';
import {
	planQueueServiceUpdate,
	queueServiceWouldChange,
} from '../../domain/callQueuePolicy/update';
import {
	dryRunOption,
	locationIdLocator,
	optionsCollection,
	pickerField,
} from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { queueServicePath } from '../../kit/paths';
import type { ExecutionRun } from '../../transport';
import { byIdOperation, pathFromIds } from '../byId';
import { readChanges, readMergeWrite, updateInput } from '../update';

/** The queue: its location, then the queue, picked from the location's queues. */
export const queueIdFields: INodeProperties[] = [
	{ ...locationIdLocator, description: "The call queue's Webex Calling location" },
	pickerField(
		{
			name: 'queueId',
			displayName: 'Call Queue',
			description: 'The call queue, one of the location above',
		},
		'searchCallQueues',
		'Y2lzY29zcGFyazovL3VzL1FVRVVFL...',
	),
];

const lower = (service: QueueService) => service.label.toLowerCase();

/** Get: the service as Webex answers it, with the schedules it may use. */
export function getQueueService(service: QueueService, description: string): WebexOperation {
	return byIdOperation({
		option: {
			name: `Get ${service.label}`,
			description,
			action: `Get the ${lower(service)} of a call queue`,
		},
		idFields: queueIdFields,
		path: (locationId, queueId) => queueServicePath(locationId, queueId, service.segment),
		method: 'GET',
	});
}

interface UpdatePrepared {
	path: string;
	changes: Json;
	settings: RequestSettings;
}

/** Webex's shape from the Update Fields: a picked schedule is its name. */
function fromFields(fields: IDataObject): Json {
	const body: Json = {};
	for (const [key, value] of Object.entries(fields)) {
		const given = pickedValue(value);
		if (given !== undefined && given !== '') body[key] = given;
	}
	return body;
}

/**
 * Update: a read-merge-write. The service is read, the fields given are put over it and it is
 * sent whole without the schedule lists Webex only reports; only the fields given change, and
 * nothing to change sends no PUT. Outputs the service read back, with `change`: `updated` or
 * `unchanged`.
 */
export function updateQueueService(
	service: QueueService,
	description: string,
): WebexOperation<UpdatePrepared> {
	return {
		option: {
			name: `Update ${service.label}`,
			description,
			action: `Update the ${lower(service)} of a call queue`,
		},
		description: [
			...queueIdFields,
			...updateInput(lower(service), service.fields, {}),
			optionsCollection([dryRunOption]),
		],

		prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
			const issues: InputIssue[] = [];
			const { path } = pathFromIds(
				this,
				itemIndex,
				queueIdFields,
				(locationId, queueId) => queueServicePath(locationId, queueId, service.segment),
				issues,
			);
			const changes = readChanges(this, itemIndex, fromFields, issues);
			assertNoIssues(this, itemIndex, issues);
			return { path, changes, settings: requestSettings(this, itemIndex) };
		},

		async execute(run: ExecutionRun, { path, changes, settings }: UpdatePrepared, itemIndex) {
			const { object, changed } = await readMergeWrite(
				run,
				{ path, settings, itemIndex },
				(current) => planQueueServiceUpdate(current, changes),
				() => [],
				{ skipUnchanged: true, differs: queueServiceWouldChange },
			);
			return { change: changed ? 'updated' : 'unchanged', ...object };
		},
	};
}
