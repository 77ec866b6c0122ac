import { FORCED_FORWARD } from '../../domain/callQueuePolicy/fields';
import { getQueueService } from './service';

export const getForcedForward = getQueueService(
	FORCED_FORWARD,
	'Whether a call queue sends new calls elsewhere now, and where',
);
