/** The service app credential's token request, with n8n's HTTP helper stood in for. */
import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { WebexCallingServiceAppApi } from '../../credentials/WebexCallingServiceAppApi.credentials';

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
