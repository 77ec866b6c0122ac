/**
 * `npm run dev`: the development loop. Builds and watches the package, starts the simulator
 * and the real n8n (installed once into the cache, see scripts/lib/n8nApp.ts) with this
 * package linked as a community package, and "Webex Calling account" and "Webex Calling
 * service app" credentials that point at the simulator. Open the printed URL; Ctrl+C stops
 * everything.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { SEED } from '../test/simulator/data';
import { seededOAuth2CredentialData, serviceAppCredentialData } from '../test/simulator/oauth';
import { WebexSimulator } from '../test/simulator/server';
import { ROOT } from './lib/built';
import { ensureN8n, freePort, installIntoN8n, n8nCommand, n8nEnv } from '../test/harness/n8nApp';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SIMULATOR_PORT = Number(process.env.SIMULATOR_PORT ?? 8787);
const USER_FOLDER = path.join(ROOT, '.dev', 'n8n');

const children: ChildProcess[] = [];

function start(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	label: string,
): ChildProcess {
	const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

async function main() {
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
	const simulatorUrl = await simulator.start(SIMULATOR_PORT);
	const credentials = path.join(USER_FOLDER, 'dev-credentials.json');
	writeFileSync(
		credentials,
		JSON.stringify([
			{
				id: 'webex-dev',
				name: 'Webex Calling account',
				type: 'webexCallingApi',
				data: { accessToken: SEED.token, baseUrl: simulatorUrl, orgId: '' },
			},
			{
				id: 'webex-dev-service-app',
				name: 'Webex Calling service app',
				type: 'webexCallingServiceAppApi',
				data: serviceAppCredentialData(simulatorUrl),
			},
			{
				id: 'webex-dev-manager',
				name: 'Dana (mode manager)',
				type: 'webexCallingApi',
				data: { accessToken: SEED.managerToken, baseUrl: simulatorUrl, orgId: '' },
			},
			{
				id: 'webex-dev-oauth2',
				name: 'Webex Calling integration',
				type: 'webexCallingOAuth2Api',
				data: seededOAuth2CredentialData(simulatorUrl),
			},
		]),
	);
	await n8nCommand(app, env, ['import:credentials', `--input=${credentials}`]);

	start(
		'npx',
		['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'],
		process.env,
		'tsc',
	);
	const n8n = start(app.n8nBin, ['start'], env, 'n8n');
	n8n.on('exit', (code) => {
		console.log(`n8n exited (${code})`);
		void stop();
	});

	console.log(`\nWebex Calling simulator: ${simulatorUrl} (token ${SEED.token})`);
	console.log(`n8n: http://localhost:${N8N_PORT}  (first visit: create the owner account)`);
	console.log(
		'The "Webex Calling account" and "Webex Calling service app" credentials point at the simulator. Ctrl+C stops everything.\n',
	);

	async function stop() {
		for (const child of children) child.kill('SIGTERM');
		await simulator.stop();
		process.exit(0);
	}
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
