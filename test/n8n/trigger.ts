/**
 * The trigger in the real app: the "tell the team" example, published in a running n8n (its chat
 * step pointed at a local receiver), polling the simulator every minute. Shared by the app test
 * (`n8n start`) and queue mode (main and worker).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { n8nCommand } from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';
import type { WebexSimulator } from '../simulator/server';

const EXAMPLE = path.resolve(
	__dirname,
	'..',
	'..',
	'examples',
	'triggers',
	'tell-the-team-when-a-feature-mode-changes.json',
);

/** A chat's incoming webhook, on loopback: what the example's chat step posts. */
export class ChatReceiver {
	readonly posts: Array<Record<string, unknown>> = [];

	private server?: http.Server;

	url = '';

	async start() {
		this.server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => (body += chunk.toString()));
			req.on('end', () => {
				this.posts.push(JSON.parse(body || '{}') as Record<string, unknown>);
				res.writeHead(204).end();
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/incoming`;
	}

	async stop() {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}

export const TRIGGER_WORKFLOW_ID = 'webexTrigger0001';

/**
 * Imports the example with its chat step pointed at the receiver, and publishes it (n8n 2.x's
 * `publish:workflow`; n8n 1.x activates with `update:workflow --active=true`).
 */
export async function publishModeChangeExample(
	app: N8nApp,
	env: NodeJS.ProcessEnv,
	receiver: ChatReceiver,
	release: 'n8n 1' | 'n8n 2' = 'n8n 2',
) {
	const workflow = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
		nodes: Array<{ name: string; parameters: Record<string, unknown> }>;
	};
	for (const node of workflow.nodes)
		if (node.name === 'Post To Chat') node.parameters.url = receiver.url;
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'webex-trigger-')), 'trigger.json');
	writeFileSync(file, JSON.stringify(workflow));
	const imported = await n8nCommand(app, env, ['import:workflow', `--input=${file}`]);
	if (imported.code !== 0) throw new Error(`import failed:\n${imported.stdout}${imported.stderr}`);
	const published = await n8nCommand(
		app,
		env,
		release === 'n8n 2'
			? ['publish:workflow', `--id=${TRIGGER_WORKFLOW_ID}`]
			: ['update:workflow', `--id=${TRIGGER_WORKFLOW_ID}`, '--active=true'],
	);
	if (published.code !== 0)
		throw new Error(`publish failed:\n${published.stdout}${published.stderr}`);
}

/** How many polls have read the simulator so far: each reads the Denver queue's forwarding once. */
export function pollsSeen(simulator: WebexSimulator, featureId: string): number {
	const marker = `${encodeURIComponent(featureId)}/callForwarding`;
	return simulator.requests('GET').filter((r) => r.path.includes(marker)).length;
}

export async function waitFor<T>(
	what: string,
	check: () => T | undefined | false | Promise<T | undefined | false>,
	timeoutMs: number,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = await check();
		if (found) return found;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
