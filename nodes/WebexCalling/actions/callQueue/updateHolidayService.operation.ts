import { HOLIDAY_SERVICE } from '../../domain/callQueuePolicy/fields';
import { updateQueueService } from './service';

export const updateHolidayService = updateQueueService(
	HOLIDAY_SERVICE,
	"Turn a call queue's holiday service on or off, or point it at a holiday schedule; only the fields given change",
);
