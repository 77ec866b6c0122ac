/**
 * One HTTP attempt through n8n's helpers, bounded as a whole: the Timeout covers connecting,
 * the headers and every byte of the body, so a server that trickles or never ends its answer
 * cannot hold the workflow. The body is read here (as a stream) so that it can be cut off.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { redact } from '../helpers/errors';
import { TOKEN_REFRESH_FAILED } from '../../../credentials/WebexCallingServiceAppApi.credentials';
import { currentToken, rememberSecret } from './connection';
import type { Connection, WebexContext } from './connection';

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
	| { kind: 'network'; code?: string; reason: string }
	/** A refreshing credential could not get an access token: its own words say what to do */
	| { kind: 'token'; reason: string };

/** Larger answers are not Webex's (a page of 100 objects is tens of kilobytes). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

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

class AttemptTimeout extends Error {
	code = 'ETIMEDOUT';
}

class BodyTooLarge extends Error {
	code = 'EBODYTOOLARGE';
}

/**
 * A promise that rejects when the attempt's Timeout runs out, and the means to cancel it.
 * The races of the request and of the body subscribe to it, so while the timeout signal holds
 * its listener it keeps whatever they settled with (the response, its stream, the text)
 * reachable: the attempt removes the listener as soon as it ends, or a long-lived n8n holds
 * every answer until its Timeout (30 s by default, up to 300 s) would have run out. Without a
 * listener, Node keeps a timeout signal only weakly, so nothing of the attempt stays behind.
 */
function deadlineAfter(timeoutMs: number): { expired: Promise<never>; clear: () => void } {
	const signal = AbortSignal.timeout(timeoutMs);
	let onAbort = () => {};
	const expired = new Promise<never>((_, reject) => {
		onAbort = () => reject(new AttemptTimeout(`no complete answer within ${timeoutMs / 1000} s`));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	expired.catch(() => undefined);
	return { expired, clear: () => signal.removeEventListener('abort', onAbort) };
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

export async function attempt(
	ctx: WebexContext,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: { body?: IDataObject; qs?: IDataObject },
	timeoutMs: number,
): Promise<Attempt> {
	const options: IHttpRequestOptions = {
		method,
		url,
		qs: request.qs,
		body: request.body,
		json: true,
		encoding: 'stream',
		timeout: timeoutMs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Redirects are not followed: the token must not travel to another host.
		disableFollowRedirect: true,
	};
	const deadline = deadlineAfter(timeoutMs);
	const sending = (
		conn.authentication === 'oAuth2'
			? // The run holds the OAuth2 token (see oauth2.ts): n8n's OAuth2 request path would
				// decrypt the credential again for every request.
				ctx.helpers.httpRequest({
					...options,
					headers: { Authorization: `Bearer ${currentToken(conn)}` },
				})
			: ctx.helpers.httpRequestWithAuthentication.call(ctx, conn.type, options, {
					credentialsDecrypted: conn.decrypted,
				})
	) as Promise<Streamed>;
	// n8n may have fetched a new access token for this request (into conn.decrypted): redact it too.
	if (conn.refreshes) {
		const remember = () => rememberSecret(conn, currentToken(conn));
		void sending.then(remember, remember);
	}
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
		const cause = (error as { cause?: { code?: string; message?: string; name?: string } }).cause;
		const code = cause?.code ?? (error as { code?: string }).code;
		const reason = redact(String(cause?.message ?? (error as Error).message), conn.secrets);
		if (cause?.name === TOKEN_REFRESH_FAILED || (error as Error).name === TOKEN_REFRESH_FAILED)
			return { kind: 'token', reason };
		return { kind: 'network', code, reason };
	} finally {
		deadline.clear();
	}
}
