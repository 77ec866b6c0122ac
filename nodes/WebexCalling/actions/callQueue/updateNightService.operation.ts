import { NIGHT_SERVICE } from '../../domain/callQueuePolicy/fields';
import { updateQueueService } from './service';

export const updateNightService = updateQueueService(
	NIGHT_SERVICE,
	"Turn a call queue's night service on or off, force it on now (a storm day), or choose its business hours; only the fields given change",
);
