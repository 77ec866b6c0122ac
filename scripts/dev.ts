/**
 * `npm run dev`: the development loop. Builds and watches the package, starts the simulator
 * (seeded so that every operation can be tried at once) and the real n8n (installed once into
 * the cache, see test/harness/n8nApp.ts) with this package linked as a community package and
 * the examples' credentials pointing at the simulator. Open the printed URL; Ctrl+C stops
 * everything.
 *
 * n8n's user folder (its database, logs and caches) lives outside the repository: n8n watches
 * the linked package's folder for hot reload, so a user folder inside it reloads n8n on each of
 * its own writes, which write again.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { exampleCredentials } from '../test/simulator/credentials';
import { SEED, seedModeManagement } from '../test/simulator/data';
import { WebexSimulator } from '../test/simulator/server';
import { ROOT } from './lib/built';
import {
	CACHE_DIR,
	ensureN8n,
	freePort,
	installIntoN8n,
	n8nCommand,
	n8nEnv,
} from '../test/harness/n8nApp';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SIMULATOR_PORT = Number(process.env.SIMULATOR_PORT ?? 8787);
const USER_FOLDER = path.resolve(process.env.DEV_N8N_USER_FOLDER ?? path.join(CACHE_DIR, 'dev'));
/** How long a child may take to exit on Ctrl+C before it is killed */
const STOP_GRACE_MS = 10_000;

const children: ChildProcess[] = [];

/** Starts a child in a process group of its own, so that stopping it stops whatever it started. */
function start(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	label: string,
): ChildProcess {
	const child = spawn(command, args, {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const prefix = (chunk: Buffer) =>
		chunk
			.toString()
			.split('\n')
			.filter(Boolean)
			.forEach((line) => console.log(`[${label}] ${line}`));
	child.stdout?.on('data', prefix);
	child.stderr?.on('data', prefix);
	children.push(child);
	return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
	try {
		process.kill(-child.pid!, signal);
	} catch {
		// The group is gone already.
	}
}

/** SIGTERM to each child's group; what has not exited after the grace period gets SIGKILL. */
async function stopChildren() {
	await Promise.all(
		children.map(async (child) => {
			const exited = new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
				else child.once('exit', resolve);
			});
			signalGroup(child, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
			await exited;
			clearTimeout(timer);
			// Anything the child left behind in its group.
			signalGroup(child, 'SIGKILL');
		}),
	);
}

async function main() {
	const relative = path.relative(ROOT, USER_FOLDER);
	if (!relative.startsWith('..') && !path.isAbsolute(relative))
		throw new Error(
			`DEV_N8N_USER_FOLDER (${USER_FOLDER}) is inside the repository, which n8n watches for hot reload: put it outside`,
		);
	const app = ensureN8n();
	mkdirSync(USER_FOLDER, { recursive: true });
	// A folder dependency is a symlink: n8n loads dist/ straight from this repository.
	installIntoN8n(USER_FOLDER, ROOT);
	const env = n8nEnv(app, USER_FOLDER, {
		N8N_PORT: String(N8N_PORT),
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DEV_RELOAD: 'true',
	});

	const simulator = new WebexSimulator();
	// Operating modes on features and a mode manager who manages two of them; the seeded
	// workspaces already have simultaneous ring and a criterion.
	seedModeManagement(simulator.world);
	const simulatorUrl = await simulator.start(SIMULATOR_PORT);
	const credentials = path.join(USER_FOLDER, 'dev-credentials.json');
	writeFileSync(credentials, JSON.stringify(exampleCredentials(simulatorUrl)));
	await n8nCommand(app, env, ['import:credentials', `--input=${credentials}`]);

	let stopping = false;
	async function stop(code: number) {
		if (stopping) return;
		stopping = true;
		await stopChildren();
		await simulator.stop();
		process.exit(code);
	}
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));
	process.on('SIGHUP', () => void stop(0));

	start(
		process.execPath,
		[
			path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
			'-p',
			'tsconfig.build.json',
			'--watch',
			'--preserveWatchOutput',
		],
		process.env,
		'tsc',
	);
	const n8n = start(app.n8nBin, ['start'], env, 'n8n');
	n8n.on('exit', (code, signal) => {
		if (stopping) return;
		console.log(`n8n exited (${code ?? signal}): stopping the rest`);
		void stop(1);
	});

	console.log(`\nWebex Calling simulator: ${simulatorUrl} (admin token ${SEED.token})`);
	console.log(`n8n: http://localhost:${N8N_PORT}  (first visit: create the owner account)`);
	console.log(`n8n's user folder: ${USER_FOLDER}`);
	console.log(
		`Credentials pointing at the simulator: ${exampleCredentials(simulatorUrl)
			.map((c) => `"${c.name}"`)
			.join(', ')}. Ctrl+C stops everything.\n`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
