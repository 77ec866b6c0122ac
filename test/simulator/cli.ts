/** `npm run simulator`: the simulator alone, for trying the node in a real n8n by hand. */
import { SEED } from './data';
import { WebexSimulator } from './server';

async function main() {
	const simulator = new WebexSimulator();
	const port = Number(process.env.PORT ?? 8787);
	const url = await simulator.start(port);
	if (process.env.LATENCY_MS) simulator.faults.latencyMs = Number(process.env.LATENCY_MS);
	if (process.env.RATE_LIMIT)
		simulator.faults.rateLimit = { perSecond: Number(process.env.RATE_LIMIT) };
	console.log(`Webex Calling simulator listening at ${url}`);
	console.log(`Access token: ${SEED.token}`);
	console.log(`Org ID:       ${SEED.orgId} (partner of ${SEED.customerOrgId})`);
	console.log('In n8n, create a "Webex Calling API" credential with this token and Base URL.');
	const stop = () => void simulator.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
