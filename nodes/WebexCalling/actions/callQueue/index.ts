import { defineResource } from '../../kit/operation';
import { getForcedForward } from './getForcedForward.operation';
import { getHolidayService } from './getHolidayService.operation';
import { getNightService } from './getNightService.operation';
import { getStrandedCalls } from './getStrandedCalls.operation';
import { updateForcedForward } from './updateForcedForward.operation';
import { updateHolidayService } from './updateHolidayService.operation';
import { updateNightService } from './updateNightService.operation';
import { updateStrandedCalls } from './updateStrandedCalls.operation';

/**
 * A call queue's own closure switches, beside the operating modes it may forward by: holiday
 * service, night service (forced on now, or by business hours), forced forward, stranded calls.
 */
const operations = {
	getForcedForward,
	getHolidayService,
	getNightService,
	getStrandedCalls,
	updateForcedForward,
	updateHolidayService,
	updateNightService,
	updateStrandedCalls,
};

export const resource = defineResource(
	'callQueue',
	{ name: 'Call Queue' },
	operations,
	'getNightService',
);
