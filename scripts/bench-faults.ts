/**
 * `npm run bench:faults`: 200 operating-mode creates in one node execution against a Webex
 * that allows 50 requests a second, the run that made n8n's generic HTTP Request node fail
 * (50 created, 250 duplicate sends). Prints what was created, duplicated and failed, and the
 * wall time against the floor the rate limit sets.
 */
import { startEnvironment } from '../test/harness/environment';
import { builtEngine } from './lib/built';

const ITEMS = Number(process.env.ITEMS ?? 200);
const RATE = Number(process.env.RATE ?? 50);

async function main() {
	const env = await startEnvironment(await builtEngine());
	try {
		env.simulator.faults.rateLimit = { perSecond: RATE };
		const items = Array.from({ length: ITEMS }, (_, i) => ({ name: `Bench mode ${i}` }));
		const started = performance.now();
		const result = await env.runNode(
			{
				resource: 'operatingMode',
				operation: 'create',
				name: '={{ $json.name }}',
				type: 'NONE',
				level: 'ORGANIZATION',
			},
			items,
			{ onError: 'continueRegularOutput' },
		);
		const seconds = (performance.now() - started) / 1000;

		const output = result.output('Webex Calling');
		const stored = env.simulator.world.operatingModes.map((m) => String(m.body.name));
		const posts = env.simulator.requests('POST');
		const accepted = posts.filter((r) => r.status === 201).length;
		const limited = posts.filter((r) => r.status === 429).length;
		const failed = output.filter((i) => i.json.error !== undefined).length;
		const duplicates = stored.length - new Set(stored).size;
		// Webex's bucket starts full, so the first RATE requests are free: the floor is the rest.
		const floor = Math.max(0, ITEMS - RATE) / RATE;

		console.log(
			`bench:faults: ${ITEMS} creates against a ${RATE}/s rate limit, one node execution`,
		);
		console.log(
			`  items out          ${output.length} (paired to inputs: ${output.every((o, i) => (o.pairedItem as { item: number }).item === i)})`,
		);
		console.log(`  modes created      ${new Set(stored).size}`);
		console.log(`  duplicates         ${duplicates}`);
		console.log(`  failed items       ${failed}`);
		console.log(
			`  POSTs sent         ${posts.length} (${accepted} accepted, ${limited} answered 429 and retried)`,
		);
		console.log(
			`  wall time          ${seconds.toFixed(2)} s; floor ${floor.toFixed(2)} s (${ITEMS}-${RATE} over ${RATE}/s), ${ITEMS / RATE} s at the full rate`,
		);
		console.log(`  ratio to the rate  ${(ITEMS / seconds / RATE).toFixed(2)} of ${RATE}/s`);
		if (duplicates > 0 || failed > 0 || new Set(stored).size !== ITEMS) process.exitCode = 1;
	} finally {
		await env.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
