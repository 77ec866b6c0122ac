/** What every create that is looked up by name shares: Webex's "name in use" refusal. */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ExecutionRun } from '../transport';

/** Webex refused a create because the name is in use (HTTP 409): it was made meanwhile. */
function isNameTaken(error: unknown): boolean {
	return error instanceof NodeApiError && error.httpCode === '409';
}

/**
 * What a create led to, or undefined when Webex refused it because the name is in use (HTTP
 * 409: someone made it meanwhile). Any other failure stays the create's error.
 */
export async function unlessNameTaken<T>(creating: Promise<T>): Promise<T | undefined> {
	return await creating.then(
		(made) => made,
		async (error: unknown) => {
			if (isNameTaken(error)) return undefined;
			return await Promise.reject(error);
		},
	);
}

/** The error when Webex said the name is in use but nothing of that name can be found. */
export function nameTakenButNotFound(run: ExecutionRun, what: string, itemIndex: number) {
	return new NodeOperationError(
		run.ctx.getNode(),
		`Webex refused to create ${what}: the name is in use (HTTP 409), yet nothing of that name can be found`,
		{
			itemIndex,
			description:
				'Someone may have created and deleted it meanwhile, or it is at another level or location. Run this item again.',
		},
	);
}
