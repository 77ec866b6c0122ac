/** Paths of the workspace simultaneous-ring endpoints, from encoded IDs. */
import type { INodeProperties } from 'n8n-workflow';

export const simultaneousRingPath = (workspaceId: string) =>
	`/telephony/config/workspaces/${workspaceId}/simultaneousRing`;

export const criteriaListPath = (workspaceId: string) => `${simultaneousRingPath(workspaceId)}/criteria`;

export const criteriaPath = (workspaceId: string, criteriaId: string) =>
	`${criteriaListPath(workspaceId)}/${criteriaId}`;

export const criteriaIdField: INodeProperties = {
	displayName: 'Criteria ID',
	name: 'criteriaId',
	type: 'string',
	default: '',
	required: true,
	description: 'ID of the criteria (Get Simultaneous Ring lists them under criteria)',
};
