/**
 * The bare client of `npm run bench`: the same reads as the node, from a plain Node process on
 * the same Node as n8n, one new connection per request (as n8n's HTTP helpers open them), no
 * framework in between. Prints {"ms": wall time, "failed": requests without a 2xx}.
 *
 *   node bare-client.mjs <url> <token> <requests> <concurrency>
 */
import http from 'node:http';
import https from 'node:https';

const [url, token, requests, concurrency] = process.argv.slice(2);
const total = Number(requests);
const client = url.startsWith('https:') ? https : http;

function get() {
	return new Promise((resolve) => {
		const request = client.get(
			url,
			{ agent: false, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
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
	});
}

let next = 0;
let failed = 0;
const started = performance.now();
await Promise.all(
	Array.from({ length: Number(concurrency) }, async () => {
		while (next++ < total) if (!(await get())) failed++;
	}),
);
console.log(JSON.stringify({ ms: performance.now() - started, failed }));
