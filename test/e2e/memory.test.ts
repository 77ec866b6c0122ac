/**
 * Memory in a long-lived n8n: whatever a request holds (the response, its stream, the text read
 * from it) is released when the request ends, not when its Timeout would have run out. At
 * hundreds of requests a second, an answer kept for the Timeout (30 s by default, up to 300 s)
 * is tens of thousands of answers held at once.
 *
 * Each HTTP answer the node receives is watched through Node's `http.client.response.finish`
 * diagnostics channel and registered with a FinalizationRegistry; after the run, a forced
 * garbage collection must be able to free them. Not a timing assertion: an answer still
 * referenced by a pending timer is never collected, however long the test waits.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

jest.setTimeout(60_000);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const env = useEnvironment();

/** Counts the HTTP answers received while `work` runs, and how many of them can be collected. */
async function answersCollectedAfter(work: () => Promise<void>) {
	let received = 0;
	let collected = 0;
	const registry = new FinalizationRegistry<undefined>(() => collected++);
	const onAnswer = (message: unknown) => {
		registry.register((message as { response: object }).response, undefined);
		received++;
	};
	subscribe('http.client.response.finish', onAnswer);
	try {
		await work();
	} finally {
		unsubscribe('http.client.response.finish', onAnswer);
	}
	// Finalizers run in a later task than the collection that freed their objects.
	for (let round = 0; round < 20 && collected < received; round++) {
		gc();
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return { received, collected };
}

const READS = 200;

test.each([
	['Timeout 300 s', { timeout: 300 }],
	['default Timeout (30 s)', {}],
])('every answer of %s is collectable once the run is over', async (_label, options) => {
	const { received, collected } = await answersCollectedAfter(async () => {
		const result = await env.runNode(
			{
				resource: 'workspace',
				operation: 'getSimultaneousRing',
				workspaceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				options: { concurrency: 10, ...options },
			},
			Array.from({ length: READS }, () => ({ id: SEED.workspaces.lobby })),
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')).toHaveLength(READS);
	});
	expect(received).toBe(READS);
	// A connection kept alive may still hold its last answer for a moment: at most one per worker.
	expect(collected).toBeGreaterThanOrEqual(READS - 10);
});

test('a picker answer is collectable once the search is over, with no run to end it', async () => {
	const { received, collected } = await answersCollectedAfter(async () => {
		for (let i = 0; i < 20; i++) {
			const page = await env.engine.listSearch(
				webexNode({ resource: 'workspace', operation: 'getSimultaneousRing' }),
				'searchWorkspaces',
			);
			expect(page.results.length).toBeGreaterThan(0);
		}
	});
	expect(received).toBe(20);
	expect(collected).toBeGreaterThanOrEqual(19);
});
