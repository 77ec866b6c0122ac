/**
 * One n8n release with the packed package installed as a community package, a credential for
 * the simulator, and the example workflows imported: what the real-app tests run against.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { exampleCredentials } from '../simulator/credentials';
import type { WebexSimulator } from '../simulator/server';
import {
	ensureN8n,
	installIntoN8n,
	n8nCommand,
	n8nEnv,
	parseExecuteOutput,
} from '../harness/n8nApp';
import type { N8nApp, N8nRelease } from '../harness/n8nApp';

const ROOT = path.resolve(__dirname, '..', '..');
/** The examples users import, and the workflows that prove issue fixes in the app itself */
const WORKFLOW_FOLDERS = [path.join(ROOT, 'examples'), path.join(__dirname, 'workflows')];

export interface Execution {
	output: (node: string) => Array<Record<string, unknown>>;
	stdout: string;
	seconds: number;
}

export interface Installed {
	app: N8nApp;
	env: NodeJS.ProcessEnv;
	/**
	 * Runs an imported workflow (by file name, or the ID of one made in the app) with
	 * `n8n execute`; throws on a run error
	 */
	execute(file: string): Promise<Execution>;
	/** The ID an example or test workflow was imported under, by its file name */
	workflowId(file: string): string;
}

export interface InstallOptions {
	/** More environment for every n8n command, e.g. queue mode's */
	env?: NodeJS.ProcessEnv;
	/** More credentials to import beside the simulator's Webex Calling account */
	credentials?: Array<Record<string, unknown>>;
}

export async function installN8n(
	release: N8nRelease,
	simulator: WebexSimulator,
	options: InstallOptions = {},
): Promise<Installed> {
	const credentialList = [...exampleCredentials(simulator.url), ...(options.credentials ?? [])];
	const started = Date.now();
	const app = ensureN8n((line) => process.stdout.write(`${line}\n`), release);
	const work = mkdtempSync(path.join(tmpdir(), `webex-n8n-${release.n8n}-`));
	const tarball = execFileSync('npm', ['pack', '--pack-destination', work], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	})
		.trim()
		.split('\n')
		.pop()!;
	const userFolder = path.join(work, 'n8n-user');
	installIntoN8n(userFolder, path.join(work, tarball));
	const env = n8nEnv(app, userFolder, options.env);

	const credentials = path.join(work, 'credentials.json');
	writeFileSync(credentials, JSON.stringify(credentialList));
	const imported = await n8nCommand(app, env, ['import:credentials', `--input=${credentials}`]);
	const count = credentialList.length;
	if (
		!new RegExp(`Successfully imported ${count} credential`).test(imported.stdout + imported.stderr)
	) {
		throw new Error(
			`n8n ${release.n8n} did not import the credential:\n${imported.stdout}${imported.stderr}`,
		);
	}

	const workflowIds = new Map<string, string>();
	const workflows = path.join(work, 'workflows');
	mkdirSync(workflows);
	WORKFLOW_FOLDERS.flatMap((folder) =>
		readdirSync(folder)
			.filter((file) => file.endsWith('.json'))
			.map((file) => path.join(folder, file)),
	).forEach((file, index) => {
		const id = `webexExample${String(index).padStart(4, '0')}`;
		workflowIds.set(path.basename(file), id);
		const workflow = JSON.parse(readFileSync(file, 'utf8'));
		writeFileSync(
			path.join(workflows, path.basename(file)),
			JSON.stringify({ ...workflow, id, active: false }),
		);
	});
	const importedWorkflows = await n8nCommand(app, env, [
		'import:workflow',
		'--separate',
		`--input=${workflows}`,
	]);
	if (importedWorkflows.code !== 0)
		throw new Error(`n8n ${release.n8n} did not import the workflows`);
	process.stdout.write(
		`n8n ${release.n8n}: install ${app.installSeconds.toFixed(0)} s, set-up ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
	);

	return {
		app,
		env,
		workflowId(file: string) {
			const id = workflowIds.get(file);
			if (!id) throw new Error(`No workflow was imported from ${file}`);
			return id;
		},
		async execute(file: string) {
			const begun = Date.now();
			const result = await n8nCommand(app, env, [
				'execute',
				`--id=${workflowIds.get(file) ?? file}`,
				'--rawOutput',
			]);
			const seconds = (Date.now() - begun) / 1000;
			process.stdout.write(`n8n ${release.n8n} execute ${file}: ${seconds.toFixed(1)} s\n`);
			const run = parseExecuteOutput(result.stdout);
			const error = run.data.resultData.error;
			if (error) throw new Error(`n8n ${release.n8n} ${file} failed: ${error.message}`);
			const output = (node: string) =>
				run.data.resultData.runData[node]?.[0]?.data?.main[0]?.map((item) => item.json) ?? [];
			return { output, stdout: result.stdout + result.stderr, seconds };
		},
	};
}
