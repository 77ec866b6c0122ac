import { FORCED_FORWARD } from '../../domain/callQueuePolicy/fields';
import { updateQueueService } from './service';

export const updateForcedForward = updateQueueService(
	FORCED_FORWARD,
	"Send a call queue's new calls to another number now, or stop; only the fields given change",
);
