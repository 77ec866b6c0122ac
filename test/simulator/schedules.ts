/**
 * Location schedules (business hours, holidays) and their events as the simulator plays them.
 * Written from Webex's reference ("Location Call Settings: Schedules") and wxc_sdk's
 * `wxc_sdk/common/schedules.py` and its live tests, apart from the node's own reading:
 * - a schedule's (and an event's) ID is made from its name, so **renaming changes the ID**
 *   ("The schedule id will change upon modification of the Schedule name", wxc_sdk docstrings
 *   from Webex's reference); the PUT answers the new `id`;
 * - a schedule PUT takes `name` and `newName`, and `events` describing the events by name, each
 *   with its own `newName`: the list describes the events whole (an event left out of it is
 *   gone; the node sends every event it means to keep);
 * - names are unique per location and type; a second create of a name is refused;
 * - the list's `name` filter matches names that start with it (wxc_sdk's live tests find
 *   schedules by a prefix), the list carries no events (the GET of one schedule has them);
 * - an event needs a name, a start and an end date (`YYYY-MM-DD`), times (`HH:MM`) unless it is
 *   all day; the recurrences a location schedule takes are weekly and yearly.
 */
import type { Call, Reply } from './server';
import type { World } from './data';

type Json = Record<string, unknown>;

export type ScheduleType = 'businessHours' | 'holidays';

export interface LocationSchedule {
	orgId: string;
	locationId: string;
	type: ScheduleType;
	name: string;
	events: Json[];
}

export type ErrorReply = (status: number, message: string, errorCode?: number) => Reply;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES: ScheduleType[] = ['businessHours', 'holidays'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const RECURRENCES = ['recurWeekly', 'recurYearlyByDate', 'recurYearlyByDay'];

/** Webex's IDs for these carry the name (base64), which is why a rename changes them. */
function idOf(kind: string, ...parts: string[]): string {
	const named = parts.map((part) => Buffer.from(part).toString('base64')).join('/');
	return Buffer.from(`ciscospark://us/${kind}/${named}`).toString('base64');
}

export const scheduleIdOf = (schedule: Pick<LocationSchedule, 'locationId' | 'type' | 'name'>) =>
	idOf('SCHEDULE', schedule.name);

export const eventIdOf = (eventName: string) => idOf('SCHEDULE_EVENT', eventName);

export class ScheduleSimulator {
	constructor(
		private readonly world: () => World & { schedules: LocationSchedule[] },
		private readonly error: ErrorReply,
	) {}

	private locationOf(call: Call): string | undefined {
		const id = call.params[0];
		return this.world().locations.some(
			(location) => location.id === id && location.orgId === call.orgId && location.calling,
		)
			? id
			: undefined;
	}

	private schedulesAt(call: Call, locationId: string): LocationSchedule[] {
		return this.world().schedules.filter(
			(s) => s.orgId === call.orgId && s.locationId === locationId,
		);
	}

	private view(schedule: LocationSchedule, withEvents: boolean): Json {
		const location = this.world().locations.find((l) => l.id === schedule.locationId);
		const view: Json = {
			id: scheduleIdOf(schedule),
			name: schedule.name,
			type: schedule.type,
			locationName: location?.name,
			locationId: schedule.locationId,
		};
		if (withEvents)
			view.events = schedule.events.map((event) => ({
				id: eventIdOf(String(event.name)),
				...structuredClone(event),
			}));
		return view;
	}

	/** GET .../locations/{locationId}/schedules ?type ?name */
	list(call: Call): Json[] | Reply {
		const locationId = this.locationOf(call);
		if (!locationId) return this.error(404, 'Location not found', 4008);
		const { type, name } = call.query;
		if (type !== undefined && !TYPES.includes(type as ScheduleType))
			return this.error(400, `Invalid schedule type: ${type}`, 25008);
		return this.schedulesAt(call, locationId)
			.filter((s) => type === undefined || s.type === type)
			.filter((s) => name === undefined || s.name.toLowerCase().startsWith(name.toLowerCase()))
			.map((s) => this.view(s, false));
	}

	/** The schedule of the path `.../schedules/{type}/{scheduleId}` */
	private find(call: Call): LocationSchedule | Reply {
		const locationId = this.locationOf(call);
		if (!locationId) return this.error(404, 'Location not found', 4008);
		const [, type, scheduleId] = call.params;
		const found = this.schedulesAt(call, locationId).find(
			(s) => s.type === type && scheduleIdOf(s) === scheduleId,
		);
		return found ?? this.error(404, 'Schedule not found', 4008);
	}

	get(call: Call): Reply {
		const schedule = this.find(call);
		if (!('events' in schedule)) return schedule;
		return { status: 200, body: this.view(schedule, true) };
	}

	/** What is wrong with an event, as Webex would refuse it; undefined when nothing is. */
	private eventProblem(event: unknown): string | undefined {
		if (!isObject(event)) return 'An event must be an object';
		if (typeof event.name !== 'string' || event.name.trim() === '') return 'Event name is required';
		for (const key of ['startDate', 'endDate'])
			if (typeof event[key] !== 'string' || !DATE.test(event[key] as string))
				return `Invalid ${key}: expected YYYY-MM-DD`;
		if (String(event.endDate) < String(event.startDate))
			return 'endDate must not be before startDate';
		if (event.allDayEnabled !== true) {
			for (const key of ['startTime', 'endTime'])
				if (typeof event[key] !== 'string' || !TIME.test(event[key] as string))
					return `Invalid ${key}: expected HH:MM when the event is not all day`;
		}
		if (event.recurrence !== undefined) {
			if (!isObject(event.recurrence)) return 'Invalid recurrence';
			const kinds = Object.keys(event.recurrence).filter((key) => RECURRENCES.includes(key));
			if (kinds.length > 1) return 'Only one recurrence pattern may be given';
		}
		return undefined;
	}

	/** An event as stored: the fields Webex keeps, its ID and `newName` not among them. */
	private stored(event: Json, name: string): Json {
		const copy = structuredClone(event);
		delete copy.id;
		delete copy.newName;
		copy.name = name;
		copy.allDayEnabled = copy.allDayEnabled === true;
		if (copy.allDayEnabled) {
			delete copy.startTime;
			delete copy.endTime;
		}
		return copy;
	}

	/** POST .../locations/{locationId}/schedules `{name, type, events?}` → `{id}` */
	create(call: Call): Reply {
		const locationId = this.locationOf(call);
		if (!locationId) return this.error(404, 'Location not found', 4008);
		const body = isObject(call.body) ? call.body : {};
		if (typeof body.name !== 'string' || body.name.trim() === '')
			return this.error(400, 'Schedule name is required', 25008);
		if (!TYPES.includes(body.type as ScheduleType))
			return this.error(400, `Invalid schedule type: ${String(body.type)}`, 25008);
		const type = body.type as ScheduleType;
		if (this.schedulesAt(call, locationId).some((s) => s.type === type && s.name === body.name))
			return this.error(409, `Schedule ${body.name} already exists`, 25006);
		const events = Array.isArray(body.events) ? body.events : [];
		for (const event of events) {
			const problem = this.eventProblem(event);
			if (problem) return this.error(400, problem, 25008);
		}
		const names = events.map((event) => (event as Json).name);
		if (new Set(names).size !== names.length)
			return this.error(400, 'Event names must be unique within a schedule', 25008);
		const schedule: LocationSchedule = {
			orgId: call.orgId,
			locationId,
			type,
			name: body.name,
			events: events.map((event) => this.stored(event as Json, String((event as Json).name))),
		};
		this.world().schedules.push(schedule);
		return { status: 201, body: { id: scheduleIdOf(schedule) } };
	}

	/**
	 * PUT .../schedules/{type}/{scheduleId} `{name, newName?, events}` → `{id}`: the name may
	 * change (and with it the ID); `events` describes the schedule's events whole, each by its
	 * `name`, renamed by its `newName`.
	 */
	update(call: Call): Reply {
		const schedule = this.find(call);
		if (!('events' in schedule)) return schedule;
		const body = isObject(call.body) ? call.body : {};
		if (typeof body.name !== 'string' || body.name.trim() === '')
			return this.error(400, 'Schedule name is required', 25008);
		const newName =
			typeof body.newName === 'string' && body.newName.trim() !== '' ? body.newName : body.name;
		if (
			newName !== schedule.name &&
			this.schedulesAt(call, schedule.locationId).some(
				(s) => s !== schedule && s.type === schedule.type && s.name === newName,
			)
		)
			return this.error(409, `Schedule ${newName} already exists`, 25006);
		let events = schedule.events;
		if (body.events !== undefined) {
			if (!Array.isArray(body.events)) return this.error(400, 'events must be a list', 25008);
			const next: Json[] = [];
			for (const event of body.events) {
				const problem = this.eventProblem(event);
				if (problem) return this.error(400, problem, 25008);
				const given = event as Json;
				const name =
					typeof given.newName === 'string' && given.newName.trim() !== ''
						? given.newName
						: String(given.name);
				next.push(this.stored(given, name));
			}
			const names = next.map((event) => event.name);
			if (new Set(names).size !== names.length)
				return this.error(400, 'Event names must be unique within a schedule', 25008);
			events = next;
		}
		schedule.name = newName;
		schedule.events = events;
		return { status: 200, body: { id: scheduleIdOf(schedule) } };
	}

	delete(call: Call): Reply {
		const schedule = this.find(call);
		if (!('events' in schedule)) return schedule;
		const world = this.world();
		world.schedules = world.schedules.filter((s) => s !== schedule);
		return { status: 204 };
	}

	/** POST .../schedules/{type}/{scheduleId}/events → `{id}` */
	createEvent(call: Call): Reply {
		const schedule = this.find(call);
		if (!('events' in schedule)) return schedule;
		const problem = this.eventProblem(call.body);
		if (problem) return this.error(400, problem, 25008);
		const event = call.body as Json;
		if (schedule.events.some((e) => e.name === event.name))
			return this.error(409, `Event ${String(event.name)} already exists`, 25006);
		schedule.events.push(this.stored(event, String(event.name)));
		return { status: 201, body: { id: eventIdOf(String(event.name)) } };
	}

	private findEvent(
		call: Call,
	): { schedule: LocationSchedule; event: Json; index: number } | Reply {
		const schedule = this.find(call);
		if (!('events' in schedule)) return schedule;
		const eventId = call.params[3];
		const index = schedule.events.findIndex((e) => eventIdOf(String(e.name)) === eventId);
		if (index < 0) return this.error(404, 'Schedule event not found', 4008);
		return { schedule, event: schedule.events[index], index };
	}

	getEvent(call: Call): Reply {
		const found = this.findEvent(call);
		if (!('event' in found)) return found;
		return {
			status: 200,
			body: { id: eventIdOf(String(found.event.name)), ...structuredClone(found.event) },
		};
	}

	/** PUT .../events/{eventId}: the whole event (`newName` renames it, and changes its ID). */
	updateEvent(call: Call): Reply {
		const found = this.findEvent(call);
		if (!('event' in found)) return found;
		const body = isObject(call.body) ? call.body : {};
		const problem = this.eventProblem({ ...body, name: body.name ?? found.event.name });
		if (problem) return this.error(400, problem, 25008);
		const name =
			typeof body.newName === 'string' && body.newName.trim() !== ''
				? body.newName
				: String(found.event.name);
		if (name !== found.event.name && found.schedule.events.some((e) => e.name === name))
			return this.error(409, `Event ${name} already exists`, 25006);
		found.schedule.events[found.index] = this.stored(body, name);
		return { status: 200, body: { id: eventIdOf(name) } };
	}

	deleteEvent(call: Call): Reply {
		const found = this.findEvent(call);
		if (!('event' in found)) return found;
		found.schedule.events.splice(found.index, 1);
		return { status: 204 };
	}
}
