import { HOLIDAY_SERVICE } from '../../domain/callQueuePolicy/fields';
import { getQueueService } from './service';

export const getHolidayService = getQueueService(
	HOLIDAY_SERVICE,
	'What a call queue does on holidays: whether holiday service is on, its action and schedule, and the schedules it may use',
);
