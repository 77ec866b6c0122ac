/**
 * The Webex Calling package wired into the engine, against a fresh simulator. Takes the node
 * classes as arguments, so it serves the sources (tests), dist/ (demo) and the packed tarball.
 */
import { OAuth2Api } from 'n8n-nodes-base/dist/credentials/OAuth2Api.credentials';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { Engine, START_NODE_TYPE } from './engine';
import type { RunResult, WorkflowDefinition } from './engine';

export const PACKAGE_NAME = 'n8n-nodes-webex-calling';
export const NODE_TYPE = `${PACKAGE_NAME}.webexCalling`;
export const CREDENTIAL_ID = 'cred-webex';

export interface Environment {
	engine: Engine;
	simulator: WebexSimulator;
	/** Runs Start → Webex Calling with these parameters over these items */
	runNode(
		parameters: Record<string, unknown>,
		items?: Array<Record<string, unknown>>,
		node?: Partial<INode>,
	): Promise<RunResult>;
	/** Replaces the stored credential's data (defaults: simulator URL and admin token) */
	setCredential(data?: ICredentialDataDecryptedObject): Promise<void>;
	stop(): Promise<void>;
}

export function webexNode(parameters: INodeParameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'webex',
		name: 'Webex Calling',
		type: NODE_TYPE,
		// The version a node added today gets; saved version-1 workflows have tests of their own.
		typeVersion: 4,
		position: [200, 0],
		parameters,
		credentials: { webexCallingApi: { id: CREDENTIAL_ID, name: 'Webex Calling account' } },
		...extra,
	};
}

export function startThen(node: INode): WorkflowDefinition {
	return {
		nodes: [
			{
				id: 'start',
				name: 'Start',
				type: START_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			node,
		],
		connections: { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
	};
}

export function createEngine(nodes: INodeType[], credentialTypes: ICredentialType[]) {
	// n8n's own OAuth2 credential type, which OAuth2 credentials extend.
	return new Engine(PACKAGE_NAME, nodes, [...credentialTypes, new OAuth2Api()]);
}

export async function startEnvironment(engine: Engine): Promise<Environment> {
	const simulator = new WebexSimulator();
	const url = await simulator.start();
	const setCredential = async (data?: ICredentialDataDecryptedObject) =>
		await engine.credentials.store(
			CREDENTIAL_ID,
			'Webex Calling account',
			'webexCallingApi',
			data ?? {
				accessToken: SEED.token,
				baseUrl: url,
			},
		);
	await setCredential();
	return {
		engine,
		simulator,
		setCredential,
		runNode: async (parameters, items = [{}], node = {}) =>
			await engine.run(startThen(webexNode(parameters as INodeParameters, node)), items as never),
		stop: async () => await simulator.stop(),
	};
}
