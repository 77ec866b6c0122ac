/**
 * The real n8n application for end-to-end runs: a pinned n8n on Node 24, installed once into
 * a cache folder outside the repository and reused. n8n's install scripts try to download
 * prebuilt binaries, which this network refuses, so n8n is installed without scripts and the
 * one native module its CLI needs (sqlite3) is built with node-gyp against Node 24's headers.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';

/** An n8n release and the Node it runs on, as installed here. */
export interface N8nRelease {
	n8n: string;
	node: string;
	/** Extra package.json fields for the install (e.g. overrides for an unreachable tarball) */
	packageJson?: Record<string, unknown>;
}

/** The n8n the end-to-end run uses by default: the current 2.x. */
export const N8N_2: N8nRelease = { n8n: '2.41.1', node: '24.21.0' };

/**
 * The newest 1.x, on Node 22. It pins an xlsx tarball on a CDN this network cannot reach;
 * the same version from the npm registry stands in.
 */
export const N8N_1: N8nRelease = {
	n8n: '1.123.81',
	node: '22.23.3',
	packageJson: { overrides: { xlsx: '0.18.5' } },
};

export const CACHE_DIR =
	process.env.N8N_E2E_CACHE ??
	path.join(
		process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
		'n8n-nodes-webex-calling',
	);

export interface N8nApp {
	/** Folder holding Node 24's `node` binary */
	nodeBinDir: string;
	n8nBin: string;
	/** Seconds spent installing this time (0 when the cache was used) */
	installSeconds: number;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
	execFileSync(command, args, {
		cwd,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
}

function npmGyp(): string {
	const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim();
	return path.join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}

/** Installs (first time) or finds (later) the release's Node and n8n in the cache folder. */
export function ensureN8n(
	log: (line: string) => void = console.log,
	release: N8nRelease = N8N_2,
): N8nApp {
	const { n8n: N8N_VERSION, node: NODE_VERSION } = release;
	const started = Date.now();
	const nodeDir = path.join(CACHE_DIR, `node-${NODE_VERSION}`);
	const nodePackage = path.join(nodeDir, 'node_modules', 'node');
	const nodeBinDir = path.join(nodePackage, 'bin');
	const headers = path.join(nodePackage, 'node_modules', `node-linux-${process.arch}`);
	const n8nDir = path.join(CACHE_DIR, `n8n-${N8N_VERSION}`);
	const n8nBin = path.join(n8nDir, 'node_modules', '.bin', 'n8n');
	const ready = path.join(n8nDir, '.ready');
	const withNode24 = { ...process.env, PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}` };

	if (!existsSync(path.join(nodeBinDir, 'node'))) {
		log(`Installing Node ${NODE_VERSION} into ${nodeDir} ...`);
		mkdirSync(nodeDir, { recursive: true });
		writeFileSync(path.join(nodeDir, 'package.json'), '{"private":true}\n');
		run(
			'npm',
			['install', `node@${NODE_VERSION}`, '--no-audit', '--no-fund', '--ignore-scripts=false'],
			nodeDir,
		);
	}
	if (!existsSync(ready)) {
		log(`Installing n8n ${N8N_VERSION} into ${n8nDir} (a few minutes, once) ...`);
		mkdirSync(n8nDir, { recursive: true });
		writeFileSync(
			path.join(n8nDir, 'package.json'),
			`${JSON.stringify({ private: true, ...release.packageJson })}\n`,
		);
		run(
			'npm',
			['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'],
			n8nDir,
			withNode24,
		);
		log(`Building sqlite3 against Node ${NODE_VERSION} ...`);
		run(
			'node',
			[npmGyp(), 'rebuild', '--release', '-j', '2', `--nodedir=${headers}`],
			path.join(n8nDir, 'node_modules', 'sqlite3'),
			withNode24,
		);
		writeFileSync(ready, new Date().toISOString());
	}
	const installSeconds = (Date.now() - started) / 1000;
	log(
		installSeconds > 1
			? `n8n ready after ${installSeconds.toFixed(0)} s of installing`
			: `n8n ${N8N_VERSION} found in ${CACHE_DIR}`,
	);
	return { nodeBinDir, n8nBin, installSeconds };
}

/** The environment for n8n commands with their own user folder (database, config, nodes). */
export function n8nEnv(
	app: N8nApp,
	userFolder: string,
	extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
	const inherited = { ...process.env };
	delete inherited.JEST_WORKER_ID;
	return {
		...inherited,
		// Under jest NODE_ENV is "test", which makes n8n silence its own output.
		NODE_ENV: 'production',
		PATH: `${app.nodeBinDir}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'webex-calling-e2e-encryption-key',
		// Nothing here may phone home: this network has no route out.
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
		DB_SQLITE_POOL_SIZE: '1',
		...extra,
	};
}

/** Installs a package tarball (or links a folder) into the user folder's community nodes. */
export function installIntoN8n(userFolder: string, packageSpec: string) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	if (!existsSync(path.join(nodesDir, 'package.json'))) {
		writeFileSync(
			path.join(nodesDir, 'package.json'),
			'{"name":"installed-nodes","private":true}\n',
		);
	}
	// n8n provides n8n-workflow to community packages; a second copy must not be installed.
	run(
		'npm',
		['install', packageSpec, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund'],
		nodesDir,
	);
}

export interface CommandResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** A free port on loopback. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Runs an n8n CLI command and collects its output. Each command gets its own task-broker
 * port, so it never collides with an n8n that is already running (e.g. `npm run dev`).
 */
export async function n8nCommand(
	app: N8nApp,
	env: NodeJS.ProcessEnv,
	args: string[],
): Promise<CommandResult> {
	const brokerPort = String(await freePort());
	return await new Promise((resolve, reject) => {
		const child = spawn(app.n8nBin, args, {
			env: { ...env, N8N_RUNNERS_BROKER_PORT: brokerPort },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/** The run data `n8n execute --rawOutput` prints, without the log lines around it. */
export function parseExecuteOutput(stdout: string): {
	data: {
		resultData: {
			runData: Record<
				string,
				Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> } }>
			>;
			error?: { message: string };
		};
	};
	status?: string;
} {
	const start = stdout.indexOf('{\n');
	const end = stdout.indexOf('\n}\n', start);
	if (start < 0 || end < 0) throw new Error(`n8n printed no run data:\n${stdout.slice(0, 2000)}`);
	return JSON.parse(stdout.slice(start, end + 2));
}
