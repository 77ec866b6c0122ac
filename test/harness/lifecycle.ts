/**
 * One simulator and engine per test file, reset before each test: the boilerplate every
 * end-to-end spec shares.
 */
import { startEnvironment } from './webex';
import type { LoggedRequest } from '../simulator/server';
import type { Environment } from './webex';

/**
 * Registers the hooks and returns the environment. It starts in `beforeAll`, so the returned
 * object forwards to it and may be used in any test or hook of the file.
 */
export function useEnvironment(): Environment {
	let env: Environment | undefined;
	beforeAll(async () => {
		env = await startEnvironment();
	});
	afterAll(async () => await env?.stop());
	beforeEach(async () => {
		env!.simulator.reset();
		await env!.setCredential();
	});
	return new Proxy({} as Environment, {
		get: (_target, key) => {
			if (!env)
				throw new Error('The environment starts in beforeAll; use it inside tests and hooks');
			return env[key as keyof Environment];
		},
	});
}

/** A logged request's JSON body, for reading its fields in assertions. */
export function bodyOf(request: LoggedRequest): Record<string, unknown> {
	return request.body as Record<string, unknown>;
}
