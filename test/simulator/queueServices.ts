/**
 * A call queue's closure services as the simulator plays them: holiday service, night service,
 * forced forward and stranded calls. Written from wxc_sdk's `wxc_sdk/telephony/callqueue/
 * policies.py` and its live tests (`tests/test_telephony_callqueue.py`), apart from the node's
 * own reading:
 * - a GET answers the service with the location's schedules it may use, `holidaySchedules` (the
 *   holiday service) and `businessHourSchedules` (night service), each `{scheduleName,
 *   scheduleLevel}`;
 * - a PUT of some fields keeps the others (the live tests send one to five fields);
 * - the schedule lists are refused in a PUT (wxc_sdk leaves them out; what live Webex does with
 *   them is not documented), and so is an announcement file's `fileSize` or `isTextToSpeech`
 *   (wxc_sdk's `AnnAudioFile.update()` drops them: Webex does not take them back);
 * - a `transferPhoneNumber` left out or null keeps the number (wxc_sdk's forced-forward test
 *   accepts the old number still there after putting back a service that had none).
 */
import type { Call, Reply } from './server';
import type { World } from './data';
import type { CallFeature } from './features';

type Json = Record<string, unknown>;

export type ErrorReply = (status: number, message: string, errorCode?: number) => Reply;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export type QueueServiceName =
	'holidayService' | 'nightService' | 'forcedForward' | 'strandedCalls';

export const QUEUE_SERVICES: QueueServiceName[] = [
	'holidayService',
	'nightService',
	'forcedForward',
	'strandedCalls',
];

/** A new queue's services, as Webex sets them up. */
function initialServices(): Record<QueueServiceName, Json> {
	const announcement = { audioMessageSelection: 'DEFAULT', audioFiles: [] };
	return {
		holidayService: {
			holidayServiceEnabled: false,
			action: 'BUSY',
			holidayScheduleLevel: 'LOCATION',
			playAnnouncementBeforeEnabled: true,
			...announcement,
		},
		nightService: {
			nightServiceEnabled: false,
			action: 'BUSY',
			playAnnouncementBeforeEnabled: true,
			announcementMode: 'NORMAL',
			...announcement,
			businessHoursLevel: 'LOCATION',
			forceNightServiceEnabled: false,
			manualAudioMessageSelection: 'DEFAULT',
			manualAudioFiles: [],
		},
		forcedForward: {
			forcedForwardEnabled: false,
			playAnnouncementBeforeEnabled: true,
			...announcement,
		},
		strandedCalls: { action: 'NONE', ...announcement },
	};
}

const SCHEDULE_LISTS: Partial<Record<QueueServiceName, { key: string; type: string }>> = {
	holidayService: { key: 'holidaySchedules', type: 'holidays' },
	nightService: { key: 'businessHourSchedules', type: 'businessHours' },
};

const FILE_LISTS = ['audioFiles', 'manualAudioFiles'];
const FILE_REPORTED_ONLY = ['fileSize', 'isTextToSpeech'];

export class QueueServiceSimulator {
	constructor(
		private readonly world: () => World,
		private readonly error: ErrorReply,
	) {}

	private queue(call: Call): CallFeature | undefined {
		const [locationId, id] = call.params;
		return this.world().features.find(
			(f) =>
				f.kind === 'queues' && f.id === id && f.locationId === locationId && f.orgId === call.orgId,
		);
	}

	/** The queue's service as stored (made on first use). */
	service(queue: CallFeature, name: QueueServiceName): Json {
		queue.queueServices ??= initialServices();
		return queue.queueServices[name];
	}

	get(call: Call, name: QueueServiceName): Reply {
		const queue = this.queue(call);
		if (!queue) return this.error(404, 'Call queue not found', 4008);
		const body: Json = structuredClone(this.service(queue, name));
		const list = SCHEDULE_LISTS[name];
		if (list) {
			body[list.key] = this.world()
				.schedules.filter(
					(s) =>
						s.orgId === queue.orgId && s.locationId === queue.locationId && s.type === list.type,
				)
				.map((s) => ({ scheduleName: s.name, scheduleLevel: 'LOCATION' }));
		}
		return { status: 200, body };
	}

	put(call: Call, name: QueueServiceName): Reply {
		const queue = this.queue(call);
		if (!queue) return this.error(404, 'Call queue not found', 4008);
		const body = call.body;
		if (!isObject(body)) return this.error(400, 'Invalid request body', 4003);
		const list = SCHEDULE_LISTS[name];
		if (list && list.key in body)
			return this.error(400, `Invalid field: ${list.key} is read-only`, 4003);
		const stored = this.service(queue, name);
		for (const key of FILE_LISTS) {
			if (!(key in body)) continue;
			if (!Array.isArray(body[key])) return this.error(400, `Invalid ${key}`, 4003);
			for (const file of body[key] as unknown[]) {
				if (!isObject(file) || typeof file.id !== 'string')
					return this.error(400, `Invalid ${key}: each file needs its id`, 4003);
				const extra = FILE_REPORTED_ONLY.find((field) => field in file);
				if (extra) return this.error(400, `Invalid ${key}: unrecognized field ${extra}`, 4003);
			}
		}
		for (const [key, value] of Object.entries(body)) {
			if (value === null || value === undefined) continue;
			if (FILE_LISTS.includes(key)) {
				// Webex keeps what it reports of a file it has (its size, text-to-speech or not).
				const known = new Map(
					((stored[key] as Json[] | undefined) ?? []).map((file) => [file.id, file]),
				);
				stored[key] = (value as Json[]).map((file) => ({ ...known.get(file.id), ...file }));
			} else stored[key] = value;
		}
		return { status: 204 };
	}
}
