/**
 * One HTTP attempt through n8n's helpers, bounded as a whole: the Timeout covers connecting,
 * the headers and every byte of the body, so a server that trickles or never ends its answer
 * cannot hold the workflow. The body is read here (as a stream) so that it can be cut off.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { redact } from '../../../common/redact';
import type { Connection, WebexContext } from './connection';
import type { Deadline } from './deadline';

export interface WebexResponse<T> {
	body: T;
	headers: Record<string, unknown>;
	statusCode: number;
	/**
	 * A create whose answer was lost: `body` is what its `recover` found by name, which may or
	 * may not be what this request created (the caller compares it with what it sent)
	 */
	recovered?: boolean;
}

export type Attempt =
	| { kind: 'response'; response: WebexResponse<unknown>; unreadable: boolean }
	| { kind: 'network'; code?: string; reason: string };

/** Larger answers are not Webex's (a page of 100 objects is tens of kilobytes). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** How long after the deadline axios's own timer is set (see `attempt`) */
const AXIOS_TIMER_MARGIN_MS = 500;

interface Streamed {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

type Readable = NodeJS.ReadableStream & { destroy?: (error?: Error) => void };

function isStream(value: unknown): value is Readable {
	return (
		typeof value === 'object' && value !== null && typeof (value as Readable).on === 'function'
	);
}

class BodyTooLarge extends Error {
	code = 'EBODYTOOLARGE';
}

/** The body's text; the stream is destroyed (its connection closed) when reading fails. */
async function readBody(stream: Readable, deadline: Promise<never>): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	const reading = new Promise<string>((resolve, reject) => {
		stream.on('data', (chunk: Buffer | string) => {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += buffer.length;
			if (size > MAX_BODY_BYTES) {
				reject(new BodyTooLarge(`the answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
				return;
			}
			chunks.push(buffer);
		});
		stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		stream.on('error', reject);
		stream.on('aborted', () =>
			reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' })),
		);
	});
	const read = Promise.race([reading, deadline]);
	read.catch(() => stream.destroy?.());
	return await read;
}

/** JSON when the text is JSON; the text itself otherwise (a proxy's page, a cut-off answer). */
function parse(text: string): { body: unknown; unreadable: boolean } {
	if (text.trim() === '') return { body: undefined, unreadable: false };
	try {
		return { body: JSON.parse(text), unreadable: false };
	} catch {
		return { body: text, unreadable: true };
	}
}

/**
 * One attempt, signed with `token` (every credential type alike: the run holds the token, see
 * token.ts), bounded by `deadline` from its start to the last byte of the body.
 */
export async function attempt(
	ctx: WebexContext,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: { body?: IDataObject; qs?: IDataObject },
	token: string,
	deadline: Deadline,
	/** The execution's cancel signal (the run's, see run.ts) */
	cancel?: AbortSignal,
): Promise<Attempt> {
	const options: IHttpRequestOptions = {
		method,
		url,
		qs: request.qs,
		body: request.body,
		headers: { Authorization: `Bearer ${token}` },
		json: true,
		encoding: 'stream',
		// The deadline below is what ends the attempt; axios's own timer is set a little after it,
		// so under load its ECONNABORTED cannot beat the deadline's clearer ETIMEDOUT.
		timeout: Math.max(1, deadline.left()) + AXIOS_TIMER_MARGIN_MS,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Redirects are not followed: the token must not travel to another host.
		disableFollowRedirect: true,
	};
	// The request is stopped (its connection closed, a half-sent body cut) when its deadline
	// passes, or when the execution is cancelled, as n8n's own are. axios's `timeout` alone only
	// notices a connection that goes quiet, not one that trickles.
	const stop = new AbortController();
	const abort = () => stop.abort();
	if (cancel?.aborted) stop.abort();
	cancel?.addEventListener('abort', abort, { once: true });
	deadline.signal.addEventListener('abort', abort, { once: true });
	options.abortSignal = stop.signal;
	const sending = ctx.helpers.httpRequest(options) as Promise<Streamed>;
	try {
		const response = await Promise.race([sending, deadline.expired]);
		const text = isStream(response.body)
			? await readBody(response.body, deadline.expired)
			: response.body;
		const { body, unreadable } =
			typeof text === 'string' ? parse(text) : { body: text, unreadable: false };
		return {
			kind: 'response',
			response: { body, headers: response.headers ?? {}, statusCode: response.statusCode },
			unreadable,
		};
	} catch (error) {
		// An answer that comes after the deadline is dropped, its connection closed.
		sending.then(
			(late) => isStream(late.body) && late.body.destroy?.(),
			() => undefined,
		);
		return networkFailure(error, conn);
	} finally {
		// The execution's signal lives as long as the execution: no listener stays on it.
		cancel?.removeEventListener('abort', abort);
		deadline.signal.removeEventListener('abort', abort);
	}
}

/** A failed attempt as the send loop reads it: the network error's code and its words. */
function networkFailure(error: unknown, conn: Connection): Attempt {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const code = cause?.code ?? (error as { code?: string }).code;
	const reason = redact(String(cause?.message ?? (error as Error).message), conn.secrets);
	return { kind: 'network', code, reason };
}
