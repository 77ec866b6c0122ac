/**
 * The bare client of `npm run bench`: the same reads (or creates) as the node, from a plain Node
 * process on the same Node as n8n, one new connection per request (as n8n's HTTP helpers open
 * them), no framework in between. Prints {"ms": wall time, "failed": requests without a 2xx}.
 *
 *   node bare-client.mjs <url> <token> <requests> <concurrency> [create-name-prefix]
 *
 * With a name prefix, each request is a POST of an operating mode named `<prefix> <n>`.
 */
import http from 'node:http';
import https from 'node:https';

const [url, token, requests, concurrency, createPrefix] = process.argv.slice(2);
const total = Number(requests);
const client = url.startsWith('https:') ? https : http;

function send(index) {
	const body = createPrefix
		? JSON.stringify({ name: `${createPrefix} ${index}`, type: 'NONE', level: 'ORGANIZATION' })
		: undefined;
	const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
	if (body) {
		headers['Content-Type'] = 'application/json';
		headers['Content-Length'] = Buffer.byteLength(body);
	}
	return new Promise((resolve) => {
		const request = client.request(
			url,
			{ agent: false, method: body ? 'POST' : 'GET', headers },
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (text += chunk));
				response.on('end', () => {
					try {
						JSON.parse(text);
						resolve(response.statusCode >= 200 && response.statusCode < 300);
					} catch {
						resolve(false);
					}
				});
			},
		);
		request.on('error', () => resolve(false));
		request.end(body);
	});
}

let next = 0;
let failed = 0;
const started = performance.now();
await Promise.all(
	Array.from({ length: Number(concurrency) }, async () => {
		while (next < total) if (!(await send(next++))) failed++;
	}),
);
console.log(JSON.stringify({ ms: performance.now() - started, failed }));
