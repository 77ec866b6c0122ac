/** The environment with the node and credential compiled from source, for the tests. */
import { WebexCallingApi } from '../../credentials/WebexCallingApi.credentials';
import { WebexCallingOAuth2Api } from '../../credentials/WebexCallingOAuth2Api.credentials';
import { WebexCallingServiceAppApi } from '../../credentials/WebexCallingServiceAppApi.credentials';
import { WebexCalling } from '../../nodes/WebexCalling/WebexCalling.node';
import { WebexCallingTrigger } from '../../nodes/WebexCallingTrigger/WebexCallingTrigger.node';
import { createEngine, startEnvironment as startWith } from './environment';
import type { Engine } from './engine';

export * from './environment';

export function sourceEngine(): Engine {
	return createEngine(
		[new WebexCalling(), new WebexCallingTrigger()],
		[new WebexCallingApi(), new WebexCallingOAuth2Api(), new WebexCallingServiceAppApi()],
	);
}

export async function startEnvironment(engine: Engine = sourceEngine()) {
	return await startWith(engine);
}
