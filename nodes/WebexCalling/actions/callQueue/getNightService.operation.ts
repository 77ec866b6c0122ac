import { NIGHT_SERVICE } from '../../domain/callQueuePolicy/fields';
import { getQueueService } from './service';

export const getNightService = getQueueService(
	NIGHT_SERVICE,
	'What a call queue does outside business hours, and whether night service is forced on now',
);
