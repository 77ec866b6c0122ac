/**
 * The n8n server (`n8n start`) as users run it, with its owner set up: what the editor test
 * drives and what the benchmark measures.
 */
import { spawn } from 'node:child_process';

import { freePort } from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';

export interface N8nServer {
	base: string;
	/** The main process's id (its memory is read from /proc) */
	pid: number;
	/** The owner's session cookie */
	cookie: string;
	/** The editor's REST API (`/rest/...`), as the owner; throws on an HTTP error */
	rest<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
	/** What the server printed so far */
	log(): string;
	stop(): Promise<void>;
}

export async function startServer(
	app: N8nApp,
	env: NodeJS.ProcessEnv,
	extraEnv: NodeJS.ProcessEnv = {},
): Promise<N8nServer> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(app.n8nBin, ['start'], {
		env: {
			...env,
			N8N_PORT: String(port),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			...extraEnv,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (child.exitCode !== null) return;
		await new Promise((resolve) => {
			child.once('exit', resolve);
			child.kill('SIGTERM');
		});
	};

	// /healthz answers while n8n is still starting; the owner set-up succeeds once it is ready.
	// A later n8n on the same database (the benchmark's fresh servers) logs the owner in instead.
	const owner = { email: 'e2e@example.com', password: 'E2ePassword123' };
	const post = (route: string, body: unknown) =>
		fetch(`${base}/rest/${route}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		}).catch(() => undefined);
	let cookie = '';
	const deadline = Date.now() + 120_000;
	while (!cookie) {
		if (child.exitCode !== null) throw new Error(`n8n start exited:\n${output.slice(-2000)}`);
		let answer = await post('owner/setup', { ...owner, firstName: 'E2E', lastName: 'Owner' });
		if (answer?.status === 400 && /already setup/i.test(await answer.text()))
			answer = await post('login', { emailOrLdapLoginId: owner.email, password: owner.password });
		cookie = (answer?.headers.get('set-cookie') ?? '').split(';')[0];
		if (cookie) break;
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`n8n did not become ready within 120 s:\n${output.slice(-2000)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}

	async function rest<T>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await fetch(`${base}/rest/${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', Cookie: cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /rest/${route}: ${response.status} ${text}`);
		return (JSON.parse(text) as { data: T }).data;
	}

	return { base, pid: child.pid!, cookie, rest, log: () => output, stop };
}
