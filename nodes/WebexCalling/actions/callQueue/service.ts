/**
 * A call queue's closure services (holiday service, night service, forced forward, stranded
 * calls) are four objects of one shape: a GET and a PUT on the queue's path. Each operation file
 * is one of these, for one service.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { QueueService } from '../../domain/callQueuePolicy/fields';
import { QUEUE_SERVICE_READ_ONLY, withListedLevels } from '../../domain/callQueuePolicy/update';
import { locationIdLocator, pickerField } from '../../kit/descriptions';
import type { WebexOperation } from '../../kit/operation';
import { queueServicePath } from '../../kit/paths';
import { byIdOperation } from '../byId';
import { wholeUpdateOperation } from '../update';

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
		'Y2lzY29zcGFyazovL3VzL0NBTExfUVVFVUUv...',
	),
];

const lower = (service: QueueService) => service.label.toLowerCase();

const pathOf = (service: QueueService) => (locationId: string, queueId: string) =>
	queueServicePath(locationId, queueId, service.segment);

/** Get: the service as Webex answers it, with the schedules it may use. */
export function getQueueService(service: QueueService, description: string): WebexOperation {
	return byIdOperation({
		option: {
			name: `Get ${service.label}`,
			description,
			action: `Get the ${lower(service)} of a call queue`,
		},
		idFields: queueIdFields,
		path: pathOf(service),
		method: 'GET',
	});
}

/**
 * Update: the service read, the fields given put over it (a schedule named alone gets its level
 * from the service's own list), and sent whole without the schedule lists Webex only reports.
 */
export function updateQueueService(service: QueueService, description: string) {
	return wholeUpdateOperation({
		option: {
			name: `Update ${service.label}`,
			description,
			action: `Update the ${lower(service)} of a call queue`,
		},
		idFields: queueIdFields,
		path: pathOf(service),
		what: lower(service),
		fields: service.fields,
		reportedOnly: QUEUE_SERVICE_READ_ONLY,
		completed: withListedLevels,
	});
}
