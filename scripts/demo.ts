/**
 * `npm run demo`: runs examples/create-business-hours-and-read-simultaneous-ring.json in
 * n8n-core's engine, with the built package (dist/, loaded by n8n's own package loader),
 * against the Webex Calling simulator, and prints what it created and read.
 * Another example can be given as the first argument.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { startEnvironment } from '../test/harness/environment';
import type { WorkflowDefinition } from '../test/harness/engine';
import { storeExampleCredentials } from '../test/simulator/credentials';
import { seedModeManagement } from '../test/simulator/data';
import { builtEngine, ROOT } from './lib/built';

async function main() {
	const file =
		process.argv[2] ??
		path.join(ROOT, 'examples', 'create-business-hours-and-read-simultaneous-ring.json');
	const workflow = JSON.parse(readFileSync(file, 'utf8')) as WorkflowDefinition & { name: string };

	const engine = await builtEngine();
	const env = await startEnvironment(engine);
	try {
		// The examples name their credentials by ID, as an n8n export does.
		await storeExampleCredentials(engine.credentials, env.simulator.url);
		// The storm-day and audit examples need modes in use: features forwarding by them.
		if (/storm-|audit-features/.test(path.basename(file))) seedModeManagement(env.simulator.world);
		console.log(`Workflow: ${workflow.name}`);
		console.log(`Webex Calling simulator: ${env.simulator.url}\n`);
		const result = await engine.run(workflow);
		for (const node of workflow.nodes) {
			const items = result.output(node.name);
			if (node.type.startsWith('n8n-nodes-webex-calling.')) {
				console.log(`${node.name} → ${items.length} item(s)`);
				for (const item of items) console.log(JSON.stringify(item.json, null, 2));
				console.log();
			}
		}
		console.log('Requests the simulator received:');
		for (const r of env.simulator.log) console.log(`  ${r.method} ${r.path} → ${r.status}`);
		if (result.error) {
			console.error(`\nThe workflow failed: ${result.error.message}`);
			process.exitCode = 1;
		}
	} finally {
		await env.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
