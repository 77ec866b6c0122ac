/**
 * `npm run dev` as a developer runs it: n8n with the package linked for hot reload, the seeded
 * simulator and the examples' credentials. It must stay up while used (n8n reloads for a change
 * of the package, never for its own writes) and Ctrl+C must stop every process it started.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CREDENTIAL_IDS } from '../simulator/credentials';
import { MANAGED_MODES, SEED } from '../simulator/data';
import { freePort } from '../harness/n8nApp';

const ROOT = path.resolve(__dirname, '..', '..');
const RELOAD = /Hot reload triggered for n8n-nodes-webex-calling/;
const reloads = (output: string) => output.split('\n').filter((line) => RELOAD.test(line)).length;

/** Every process below `pid`, read from /proc. */
function descendants(pid: number): number[] {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			// The command name (in parentheses) may hold spaces: the fields after it are fixed.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// Gone meanwhile.
		}
	}
	const found: number[] = [];
	const visit = (parent: number) => {
		for (const [child, ppid] of parents)
			if (ppid === parent) {
				found.push(child);
				visit(child);
			}
	};
	visit(pid);
	return found;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		// A zombie has exited; only its parent has not read its status yet.
		return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

async function until(what: string, check: () => boolean, ms: number, log: () => string) {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`${what} within ${ms} ms:\n${log().slice(-3000)}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

let dev: ChildProcess | undefined;
afterAll(() => {
	// A failed test leaves nothing running: dev's children run in process groups of their own.
	if (!dev?.pid) return;
	for (const pid of [dev.pid, ...descendants(dev.pid)])
		for (const target of [-pid, pid])
			try {
				process.kill(target, 'SIGKILL');
			} catch {
				// Not a group leader, or gone.
			}
});

test('npm run dev: seeded and credentialed, no reload without a change, Ctrl+C stops it all', async () => {
	const n8nPort = await freePort();
	const simulatorPort = await freePort();
	const userFolder = mkdtempSync(path.join(tmpdir(), 'webex-dev-'));
	let output = '';
	// As `npm run dev` runs it once built; in a process group of its own, as a terminal's job.
	dev = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/dev.ts'], {
		cwd: ROOT,
		env: {
			...process.env,
			N8N_PORT: String(n8nPort),
			SIMULATOR_PORT: String(simulatorPort),
			DEV_N8N_USER_FOLDER: userFolder,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const log = () => output;
	await until(
		'n8n and tsc --watch ready',
		() => /Editor is now accessible/.test(output) && /Watching for file changes/.test(output),
		150_000,
		log,
	);
	const base = `http://127.0.0.1:${n8nPort}`;

	// Used as a person does at first: the owner account, a workflow saved, the credentials listed.
	const setup = await fetch(`${base}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			email: 'dev@example.com',
			password: 'DevPassword123',
			firstName: 'Dev',
			lastName: 'Owner',
		}),
	});
	expect(setup.status).toBe(200);
	const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
	const rest = async (method: string, route: string, body?: unknown) => {
		const answer = await fetch(`${base}/rest/${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', Cookie: cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		expect(answer.status).toBe(200);
		return ((await answer.json()) as { data: unknown }).data;
	};
	await rest('POST', 'workflows', {
		name: 'Tried in dev',
		nodes: [],
		connections: {},
		settings: {},
	});
	const credentials = (await rest('GET', 'credentials')) as Array<{ id: string; type: string }>;
	// The IDs the examples name, so an imported example finds its credential.
	expect(credentials.map((c) => c.id).sort()).toEqual(Object.values(CREDENTIAL_IDS).sort());

	// The simulator is seeded: modes on features, a mode manager with features.
	const modes = await fetch(
		`http://127.0.0.1:${simulatorPort}/v1/telephony/config/operatingModes`,
		{
			headers: { Authorization: `Bearer ${SEED.token}` },
		},
	);
	const modeIds = ((await modes.json()) as { operatingModes: Array<{ id: string }> }).operatingModes
		.map((mode) => mode.id)
		.sort();
	expect(modeIds).toEqual(Object.values(MANAGED_MODES).sort());

	// n8n's own writes (database, logs) must not reload it.
	await new Promise((resolve) => setTimeout(resolve, 15_000));
	expect(reloads(output)).toBe(0);
	expect(dev.exitCode).toBeNull();

	// A change of the package reloads it: what the count above would see.
	const source = path.join(ROOT, 'nodes', 'WebexCalling', 'WebexCalling.node.ts');
	const now = new Date();
	utimesSync(source, now, now);
	await until('a reload after a source change', () => reloads(output) > 0, 30_000, log);
	// ... and that one change is all: a reload that writes into a watched folder reloads again
	// (measured with the user folder inside the repository: 56 reloads in the 30 s after one).
	await new Promise((resolve) => setTimeout(resolve, 5_000));
	const afterChange = reloads(output);
	expect(afterChange).toBeLessThanOrEqual(2);
	await new Promise((resolve) => setTimeout(resolve, 10_000));
	expect(reloads(output)).toBe(afterChange);
	expect(dev.exitCode).toBeNull();

	// Ctrl+C: the terminal signals the job's process group; everything it started ends.
	const started = [dev.pid!, ...descendants(dev.pid!)];
	expect(started.length).toBeGreaterThanOrEqual(4);
	process.kill(-dev.pid!, 'SIGINT');
	await until(
		'every process of npm run dev gone',
		() => started.every((pid) => !alive(pid)),
		20_000,
		() => `${output}\nstill running: ${started.filter(alive).join(', ')}`,
	);
}, 240_000);
