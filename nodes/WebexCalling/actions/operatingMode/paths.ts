/** Paths of the operating-mode endpoints, from encoded IDs. */
import type { INodeProperties } from 'n8n-workflow';

export const OPERATING_MODES = '/telephony/config/operatingModes';

export const modePath = (modeId: string) => `${OPERATING_MODES}/${modeId}`;

export const holidaysPath = (modeId: string) => `${modePath(modeId)}/holidays`;

export const holidayPath = (modeId: string, holidayId: string) => `${holidaysPath(modeId)}/${holidayId}`;

export const holidayIdField: INodeProperties = {
	displayName: 'Holiday ID',
	name: 'holidayId',
	type: 'string',
	default: '',
	required: true,
	description: 'ID of the holiday (Get on the operating mode lists its holidays)',
};
