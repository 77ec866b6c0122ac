/**
 * The newest n8n 1.x (1.123.81, on Node 22), which many self-hosted instances still run: the
 * packed package installed as a community package runs the same workflows as on 2.x.
 */
import { WebexSimulator } from '../simulator/server';
import { N8N_1 } from '../harness/n8nApp';
import { executionTests } from './executions';
import { installN8n } from './installed';
import type { Installed } from './installed';

let execute: Installed['execute'];
const simulator = new WebexSimulator();

beforeAll(async () => {
	await simulator.start();
	({ execute } = await installN8n(N8N_1, simulator));
}, 20 * 60_000);

afterAll(async () => await simulator.stop());

beforeEach(() => simulator.reset());

executionTests(() => ({ execute, simulator }));
