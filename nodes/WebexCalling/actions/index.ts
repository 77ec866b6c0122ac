/**
 * The one registry: resource → operation → implementation. The node's description (the
 * Resource selector and every form) and the router both come from it, so a new resource is one
 * line here and a new operation one line in its resource's index.ts.
 */
import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../kit/descriptions';
import type { WebexOperation } from '../kit/operation';
import { resource as autoAttendant } from './autoAttendant';
import { resource as callFeature } from './callFeature';
import { resource as callQueue } from './callQueue';
import { resource as location } from './location';
import { resource as locationSchedule } from './locationSchedule';
import { resource as locationScheduleEvent } from './locationScheduleEvent';
import { resource as managedFeature } from './managedFeature';
import { resource as modeManagerAssignment } from './modeManagerAssignment';
import { resource as operatingMode } from './operatingMode';
import { resource as operatingModeHoliday } from './operatingModeHoliday';
import { resource as workspace } from './workspace';
import { resource as workspaceSimultaneousRingCriteria } from './workspaceSimultaneousRingCriteria';

/** In the order the Resource selector lists them. */
const RESOURCES = [
	autoAttendant,
	callFeature,
	callQueue,
	location,
	locationSchedule,
	locationScheduleEvent,
	// Saved as modeManagement and modeManager: the folders are named as the user sees them.
	managedFeature,
	modeManagerAssignment,
	operatingMode,
	operatingModeHoliday,
	workspace,
	workspaceSimultaneousRingCriteria,
];

const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: RESOURCES.map(({ value, option }) => ({ ...option, value })),
	default: 'operatingMode',
};

/** Everything the node's form holds, in order. */
export const nodeProperties: INodeProperties[] = [
	authenticationProperty,
	resourceSelector,
	...RESOURCES.flatMap((resource) => resource.properties),
];

const byValue = new Map<string, Record<string, WebexOperation<unknown>>>(
	RESOURCES.map((resource) => [resource.value, resource.operations]),
);

/** The operation a saved resource and operation name, or undefined when there is none. */
export function operationOf(
	resource: string,
	operation: string,
): WebexOperation<unknown> | undefined {
	const operations = byValue.get(resource);
	return operations && Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

/** Every operation, by resource then operation name (the tests walk it). */
export const resources: Record<
	string,
	Record<string, WebexOperation<unknown>>
> = Object.fromEntries(byValue);
