/**
 * The credentials the examples name, by the IDs they name them with, pointing at a simulator:
 * one table for everything that runs the examples (the engine tests, `npm run demo`, the real
 * app's tests and `npm run dev`), so an example imported anywhere finds its credential.
 */
import { SEED, USER_SCOPES } from './data';
import { OAUTH_CLIENTS, seededOAuth2CredentialData, serviceAppCredentialData } from './oauth';

export interface ExampleCredential {
	id: string;
	name: string;
	type: 'webexCallingApi' | 'webexCallingOAuth2Api' | 'webexCallingServiceAppApi';
	data: Record<string, unknown>;
}

/** The IDs the examples use */
export const CREDENTIAL_IDS = {
	/** An admin's pasted access token */
	accessToken: 'webex-demo',
	serviceApp: 'webex-service-app',
	/** An admin's sign-in to the integration */
	oauth2: 'webex-oauth2',
	/** Dana's own pasted token (user scopes) */
	managerAccessToken: 'webex-manager',
	/** Dana's sign-in to the integration with user scopes: what the mode manager's examples use */
	managerOAuth2: 'webex-manager-oauth2',
} as const;

export function exampleCredentials(simulatorUrl: string): ExampleCredential[] {
	return [
		{
			id: CREDENTIAL_IDS.accessToken,
			name: 'Webex Calling account',
			type: 'webexCallingApi',
			data: { accessToken: SEED.token, baseUrl: simulatorUrl, orgId: '' },
		},
		{
			id: CREDENTIAL_IDS.serviceApp,
			name: 'Webex Calling service app',
			type: 'webexCallingServiceAppApi',
			data: serviceAppCredentialData(simulatorUrl),
		},
		{
			id: CREDENTIAL_IDS.oauth2,
			name: 'Webex Calling integration',
			type: 'webexCallingOAuth2Api',
			data: seededOAuth2CredentialData(simulatorUrl),
		},
		{
			id: CREDENTIAL_IDS.managerAccessToken,
			name: 'Dana (mode manager)',
			type: 'webexCallingApi',
			data: { accessToken: SEED.managerToken, baseUrl: simulatorUrl, orgId: '' },
		},
		{
			id: CREDENTIAL_IDS.managerOAuth2,
			name: 'Dana (mode manager) sign-in',
			type: 'webexCallingOAuth2Api',
			data: {
				...seededOAuth2CredentialData(simulatorUrl, OAUTH_CLIENTS.integration.managerRefreshToken),
				scope: USER_SCOPES.join(' '),
			},
		},
	];
}

/** Stores every example credential in a credential store (the engine harness's). */
export async function storeExampleCredentials(
	credentials: {
		store(id: string, name: string, type: string, data: Record<string, unknown>): Promise<unknown>;
	},
	simulatorUrl: string,
) {
	for (const { id, name, type, data } of exampleCredentials(simulatorUrl))
		await credentials.store(id, name, type, data);
}
