/** The service app credential's token request, with n8n's HTTP helper stood in for. */
import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { WebexCallingServiceAppApi } from '../../credentials/WebexCallingServiceAppApi.credentials';
import { redact } from '../../common/redact';
import { tokenEndpointRefusal } from '../../common/tokenEndpoint';

const SECRET = 'client-secret-5b1e9c0d7a3f';
const REFRESH = 'refresh-token-8e2d4c6a1f90';

function refusingWith(data: unknown, seen: IHttpRequestOptions[] = []): IHttpRequestHelper {
	return {
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => {
				seen.push(options);
				throw Object.assign(new Error('Request failed with status code 400'), {
					response: { status: 400, data },
				});
			},
		},
	} as unknown as IHttpRequestHelper;
}

const credentials = () => ({
	clientId: 'C1',
	clientSecret: `${SECRET}\n`,
	refreshToken: REFRESH,
	baseUrl: 'https://webexapis.com/v1',
	accessToken: '',
});

test("a 5 MB error_description becomes a bounded error, redacted first, the secret's start included", async () => {
	const type = new WebexCallingServiceAppApi();
	const description = `${'d'.repeat(990)}${SECRET.slice(0, 12)}${'e'.repeat(5_000_000)}`;
	const error = (await type.preAuthentication
		.call(refusingWith({ error: 'invalid_request', error_description: description }), credentials())
		.catch((thrown: Error) => thrown)) as Error;
	expect(error.message.length).toBeLessThan(1100);
	expect(error.message).toMatch(/^Webex's token endpoint answered 400 \(invalid_request\): d+/);
	expect(error.message).not.toContain(SECRET.slice(0, 8));
});

test('the token request goes to the Base URL that every request uses: trimmed secrets, a bounded timeout, never plain http', async () => {
	const type = new WebexCallingServiceAppApi();
	const seen: IHttpRequestOptions[] = [];
	await type.preAuthentication
		.call(refusingWith({}, seen), { ...credentials(), baseUrl: '', tokenRequestTimeoutMs: 1234 })
		.catch(() => undefined);
	expect(seen[0].url).toBe('https://webexapis.com/v1/access_token');
	expect(seen[0].timeout).toBe(1234);
	expect(String(seen[0].body)).toContain(`client_secret=${SECRET}&`);

	const plain: IHttpRequestOptions[] = [];
	const refused = (await type.preAuthentication
		.call(refusingWith({}, plain), { ...credentials(), baseUrl: 'http://webex.example.com/v1' })
		.catch((thrown: Error) => thrown)) as Error;
	expect(refused.message).toMatch(/Base URL must use https/);
	expect(plain).toHaveLength(0);
});

test("the node's time limit is removed from the data before n8n saves it", async () => {
	const type = new WebexCallingServiceAppApi();
	const data: Record<string, unknown> = { ...credentials(), tokenRequestTimeoutMs: 500 };
	await type.preAuthentication.call(refusingWith({}), data as never).catch(() => undefined);
	expect(data).not.toHaveProperty('tokenRequestTimeoutMs');
});

test('the token request is bounded as a whole: stopped a moment after its limit, and named a timeout', async () => {
	const type = new WebexCallingServiceAppApi();
	const seen: IHttpRequestOptions[] = [];
	// An endpoint whose connection never goes quiet: only the abort signal ends the request.
	const trickling = {
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => {
				seen.push(options);
				return await new Promise((_, reject) =>
					(options.abortSignal as AbortSignal).addEventListener('abort', () =>
						reject(Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' })),
					),
				);
			},
		},
	} as unknown as IHttpRequestHelper;
	const started = Date.now();
	const error = (await type.preAuthentication
		.call(trickling, { ...credentials(), tokenRequestTimeoutMs: 50 })
		.catch((thrown: Error) => thrown)) as Error & { networkCode?: string };
	expect(Date.now() - started).toBeLessThan(1000);
	expect((seen[0].abortSignal as AbortSignal).aborted).toBe(true);
	expect(error.message).toMatch(/^Could not reach Webex's token endpoint at .*: ETIMEDOUT$/);
	expect(error.networkCode).toBe('ETIMEDOUT');
});

describe("the token endpoint's refusals, as n8n's clients throw them", () => {
	test("n8n's OAuth2 client's refusal (code ESTATUS, status on the error) is read as the HTTP status, not as a network failure", () => {
		const refusal = tokenEndpointRefusal(
			Object.assign(new Error('HTTP status 401'), { code: 'ESTATUS', status: 401, body: 'nope' }),
		);
		expect(refusal).toMatchObject({ status: 401, code: undefined, said: 'HTTP status 401' });
	});

	test('a token named in a quoted answer is redacted though nobody knew it yet', () => {
		const text = redact(
			'invalid json response body: {"access_token":"NEWTOKEN123456","refresh_token":"NEWREFRESH9","expires',
			[],
		);
		expect(text).not.toMatch(/NEWTOKEN|NEWREFRESH/);
		expect(text).toContain('"access_token":"[redacted]"');
		const secret = 'c0ffee0123456789abcdef';
		expect(redact(`client_secret=${secret}&refresh_token=${secret}X`, [])).toBe(
			'client_secret=[redacted]&refresh_token=[redacted]',
		);
		expect(redact(`%22access_token%22%3A%22${secret}%22 "accessToken" => "${secret}"`, [])).toBe(
			'%22access_token%22%3A%22[redacted]%22 "accessToken" => "[redacted]"',
		);
		// Words about tokens are not values of one: prose after such a name keeps its words.
		expect(redact('the access token expired; refresh_token', [])).toBe(
			'the access token expired; refresh_token',
		);
		expect(redact('Could not reach https://x.test/v1/access_token: ETIMEDOUT', [])).toBe(
			'Could not reach https://x.test/v1/access_token: ETIMEDOUT',
		);
	});
});
