import { STRANDED_CALLS } from '../../domain/callQueuePolicy/fields';
import { getQueueService } from './service';

export const getStrandedCalls = getQueueService(
	STRANDED_CALLS,
	'What a call queue does with waiting calls when no agent is left',
);
