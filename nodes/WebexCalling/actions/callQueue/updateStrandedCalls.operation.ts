import { STRANDED_CALLS } from '../../domain/callQueuePolicy/fields';
import { updateQueueService } from './service';

export const updateStrandedCalls = updateQueueService(
	STRANDED_CALLS,
	'Choose what a call queue does with waiting calls when no agent is left; only the fields given change',
);
