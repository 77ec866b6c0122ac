/** Webex's paths, written once for the operations and the pickers. IDs come in encoded. */

export const CALLING_LOCATIONS = '/telephony/config/locations';

export const WORKSPACES = '/workspaces';

/** "Get Workspace Details": among its fields, the location the workspace is in */
export const workspacePath = (workspaceId: string) => `${WORKSPACES}/${workspaceId}`;

export const PEOPLE = '/people';

export const OPERATING_MODES = '/telephony/config/operatingModes';

export const modePath = (modeId: string) => `${OPERATING_MODES}/${modeId}`;

export const holidaysPath = (modeId: string) => `${modePath(modeId)}/holidays`;

export const holidayPath = (modeId: string, holidayId: string) =>
	`${holidaysPath(modeId)}/${holidayId}`;

export const availableModesPath = (locationId: string) =>
	`${CALLING_LOCATIONS}/${locationId}/operatingModes/availableOperatingModes`;

export const callForwardingPath = (workspaceId: string) =>
	`/telephony/config/workspaces/${workspaceId}/callForwarding`;

export const simultaneousRingPath = (workspaceId: string) =>
	`/telephony/config/workspaces/${workspaceId}/simultaneousRing`;

export const criteriaListPath = (workspaceId: string) =>
	`${simultaneousRingPath(workspaceId)}/criteria`;

export const criteriaPath = (workspaceId: string, criteriaId: string) =>
	`${criteriaListPath(workspaceId)}/${criteriaId}`;

/** An Auto Attendant's, Call Queue's or Hunt Group's list (its kind's segment, e.g. `queues`) */
export const featuresPath = (segment: string) => `/telephony/config/${segment}`;

/** A feature's details (its name, numbers): "Get Details for an Auto Attendant" and the like */
export const featurePath = (segment: string, locationId: string, featureId: string) =>
	`${CALLING_LOCATIONS}/${locationId}/${segment}/${featureId}`;

/** One of a call queue's closure services (`holidayService`, `nightService`, `forcedForward`, `strandedCalls`) */
export const queueServicePath = (locationId: string, queueId: string, segment: string) =>
	`${featurePath('queues', locationId, queueId)}/${segment}`;

export const featureForwardingPath = (segment: string, locationId: string, featureId: string) =>
	`${featurePath(segment, locationId, featureId)}/callForwarding`;

/** The admin's switch back to the mode the schedules say (POST; Webex has no PUT for it) */
export const switchToNormalPath = (segment: string, locationId: string, featureId: string) =>
	`${featureForwardingPath(segment, locationId, featureId)}/actions/switchMode/invoke`;

/** A person's mode management, as an admin assigns it */
export const personModeManagementPath = (personId: string) =>
	`/telephony/config/people/${personId}/modeManagement`;

/** The signed-in mode manager's features (a user token; no orgId) */
export const MY_MODE_FEATURES = '/telephony/config/people/me/settings/modeManagement/features';

export const myModeFeaturePath = (featureId: string) => `${MY_MODE_FEATURES}/${featureId}`;

/** A Calling location's schedules (business hours and holidays) */
export const schedulesPath = (locationId: string) => `${CALLING_LOCATIONS}/${locationId}/schedules`;

/** One schedule: Webex names its type (`businessHours` or `holidays`) in the path */
export const schedulePath = (locationId: string, type: string, scheduleId: string) =>
	`${schedulesPath(locationId)}/${type}/${scheduleId}`;

/** A schedule's events */
export const scheduleEventsPath = (locationId: string, type: string, scheduleId: string) =>
	`${schedulePath(locationId, type, scheduleId)}/events`;

/** One event of a schedule */
export const scheduleEventPath = (
	locationId: string,
	type: string,
	scheduleId: string,
	eventId: string,
) => `${scheduleEventsPath(locationId, type, scheduleId)}/${eventId}`;
