import { randomUUID } from 'node:crypto';

/** Webex IDs are base64url of `ciscospark://us/<KIND>/<uuid>`; the simulator makes them alike. */
export function webexId(kind: string, uuid: string = randomUUID()): string {
	return Buffer.from(`ciscospark://us/${kind}/${uuid}`).toString('base64url');
}

export function trackingId(): string {
	return `ROUTERGW_${randomUUID()}`;
}
