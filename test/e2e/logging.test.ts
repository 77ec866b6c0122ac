/**
 * Retries show in n8n's own log at debug level, through n8n's real logger writing to a file,
 * with method, path, status and wait, and never the token.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'webex-log-')), 'n8n.log');
process.env.N8N_LOG_LEVEL = 'debug';
process.env.N8N_LOG_OUTPUT = 'file';
process.env.N8N_LOG_FILE_LOCATION = logFile;

import { SEED } from '../simulator/data';
import { startEnvironment } from '../harness/webex';
import type { Environment } from '../harness/webex';

let env: Environment;
beforeAll(async () => {
	env = await startEnvironment();
});
afterAll(async () => await env.stop());

/** The node's log lines once `count` have been written (the file transport writes asynchronously). */
async function logLines(count: number): Promise<string[]> {
	const deadline = Date.now() + 10_000;
	for (;;) {
		const lines = existsSync(logFile)
			? readFileSync(logFile, 'utf8')
					.split('\n')
					.filter((line) => line.includes('Webex Calling:'))
			: [];
		if (lines.length >= count || Date.now() > deadline) return lines;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

test('each retry is logged at debug level, without the token', async () => {
	env.simulator.faults.script.push(
		{ method: 'GET', status: 503 },
		{ method: 'GET', status: 429, headers: { 'Retry-After': '1' } },
	);
	const result = await env.runNode({
		resource: 'workspace',
		operation: 'getSimultaneousRing',
		workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
	});
	expect(result.error).toBeUndefined();
	const lines = await logLines(2);
	const path = `/v1/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing`;
	expect(lines).toHaveLength(2);
	expect(lines[0]).toMatch(new RegExp(`GET ${path} answered 503; retry 1 in \\d+ ms`));
	expect(lines[1]).toContain(`GET ${path} answered 429; retry 2 in 1000 ms`);
	expect(readFileSync(logFile, 'utf8')).not.toContain(SEED.token);
});
