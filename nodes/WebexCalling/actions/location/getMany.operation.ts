import { listOperation } from '../list';
import { CALLING_LOCATIONS } from '../../kit/paths';

/**
 * The org's Webex Calling locations (`GET /telephony/config/locations`): the start of a roll-out
 * to every location. Locations without Calling (in `GET /locations`) can hold no operating modes.
 */
export const getMany = listOperation({
	option: {
		name: 'Get Many',
		description: "List the org's Webex Calling locations, e.g. to roll a schedule out to each",
		action: 'Get many locations',
	},
	path: CALLING_LOCATIONS,
	itemsKey: 'locations',
	filters: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only locations whose name contains this text',
		},
	],
});
