/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute), with the node
 * types, credentials and lifecycle hooks n8n would give it. Shared by the tests and the demo.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// n8n-core reads its instance settings (encryption key, user folder) once, at first use.
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-webex-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-encryption-key-for-webex-calling';
// n8n logs every node error to the console; the tests read errors from the run instead.
process.env.N8N_LOG_LEVEL ??= 'silent';

import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PollContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteData,
	ILoadOptionsFunctions,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeListSearchResult,
	INodePropertyOptions,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';

/** A start node that emits the items the test hands the run, like a trigger with pinned data. */
class ItemsTrigger implements INodeType {
	description = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['trigger'],
		version: 1,
		description: 'Emits the items given to the run',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export const START_NODE_TYPE = 'n8n-nodes-test.testItems';

export const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';

/**
 * n8n's own nodes, loaded from the n8n-nodes-base package on first use, by the path its
 * package.json lists them under (dist/nodes/<Name>/<Name>.node.js).
 */
async function loadBaseNode(type: string): Promise<INodeType | IVersionedNodeType | undefined> {
	const name = type.slice('n8n-nodes-base.'.length);
	const manifest = (await import('n8n-nodes-base/package.json')) as { n8n: { nodes: string[] } };
	const file = manifest.n8n.nodes.find((path) =>
		path.toLowerCase().endsWith(`/${name.toLowerCase()}.node.js`),
	);
	if (!file) return undefined;
	const exported = (await import(`n8n-nodes-base/${file}`)) as Record<string, new () => INodeType>;
	const NodeClass = Object.values(exported).find((value) => typeof value === 'function');
	return NodeClass ? new NodeClass() : undefined;
}

export class TestNodeTypes implements INodeTypes {
	private readonly types = new Map<string, INodeType | IVersionedNodeType>();

	constructor(packageName: string, nodes: INodeType[]) {
		this.types.set(START_NODE_TYPE, new ItemsTrigger());
		for (const node of nodes) {
			this.types.set(`${packageName}.${node.description.name}`, node);
			// n8n's loader adds a Tool variant of every node usable as a tool (the name plus
			// "Tool", the same execute), which AI agents and the MCP Server Trigger call.
			if (node.description.usableAsTool)
				this.types.set(`${packageName}.${node.description.name}Tool`, node);
		}
	}

	/** Loads the n8n-nodes-base nodes a workflow uses, before the engine asks for them. */
	async preload(names: string[]) {
		for (const name of names) {
			if (this.types.has(name) || !name.startsWith('n8n-nodes-base.')) continue;
			const type = await loadBaseNode(name);
			if (type) this.types.set(name, type);
		}
	}

	getByName(name: string): INodeType | IVersionedNodeType {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getByNameAndVersion(name: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
	}

	getKnownTypes() {
		return {};
	}
}

export interface WorkflowDefinition {
	nodes: INode[];
	connections: import('n8n-workflow').IConnections;
}

export interface RunResult {
	run: IRun;
	/** Output items of a node's first run, first output */
	output(nodeName: string): INodeExecutionData[];
	/** The error the run stopped on, if any */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
}

/** Static data as n8n writes it to its database: JSON, without its change flag. */
function asSaved(staticData: IDataObject): IDataObject {
	const data = JSON.parse(JSON.stringify(staticData)) as IDataObject;
	delete data.__dataChanged;
	return data;
}

export interface PollSession {
	/** One poll: n8n's scheduled tick ('trigger') or Fetch Test Event ('manual') */
	poll(
		mode?: WorkflowExecuteMode,
		activation?: WorkflowActivateMode,
	): Promise<INodeExecutionData[][] | null>;
	/** The static data as it is now (what n8n saves when a poll emits) */
	saved(): IDataObject;
	/** A fresh Workflow from this static data (a restart), or from the current one */
	restart(staticData?: IDataObject): void;
}

export class Engine {
	readonly nodeTypes: TestNodeTypes;

	readonly credentials: TestCredentialsHelper;

	constructor(packageName: string, nodes: INodeType[], credentialTypes: ICredentialType[]) {
		this.nodeTypes = new TestNodeTypes(packageName, nodes);
		this.credentials = new TestCredentialsHelper(credentialTypes);
	}

	additionalData(hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
		return {
			credentialsHelper: this.credentials,
			hooks,
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			variables: {},
			currentNodeParameters: undefined,
			executeWorkflow: async () => {
				throw new Error('Sub-workflows are not available in tests');
			},
			getRunExecutionData: async () => undefined,
			logAiEvent: () => {},
			userId: 'test-user',
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	/** Executes the workflow from its start node, fed with `items`, as n8n runs a manual execution. */
	async run(
		definition: WorkflowDefinition,
		items: IDataObject[] = [{}],
		mode: WorkflowExecuteMode = 'manual',
		/** Cancel the execution this long after it starts, as n8n's Stop button does */
		cancelAfterMs?: number,
	): Promise<RunResult> {
		await this.nodeTypes.preload(definition.nodes.map((node) => node.type));
		const workflow = new Workflow({
			id: 'test-workflow',
			nodes: definition.nodes,
			connections: definition.connections,
			nodeTypes: this.nodeTypes,
			active: false,
			settings: { executionOrder: 'v1' },
		});
		const startNode = definition.nodes.find((node) =>
			[START_NODE_TYPE, MANUAL_TRIGGER_TYPE].includes(node.type),
		);
		if (!startNode)
			throw new Error(
				`The workflow needs a ${START_NODE_TYPE} node or a Manual Trigger to start from`,
			);

		const hooks = new ExecutionLifecycleHooks(mode, `execution-${Date.now()}`, {
			id: 'test-workflow',
			name: 'test',
			active: false,
			nodes: definition.nodes,
			connections: definition.connections,
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as never);
		const finished = new Promise<IRun>((resolve) => {
			hooks.addHandler('workflowExecuteAfter', (run) => resolve(run));
		});

		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node: startNode, data: { main: [items.map((json) => ({ json }))] }, source: null },
				],
			},
		});

		const execute = new WorkflowExecute(this.additionalData(hooks), mode, runExecutionData);
		const running = execute.processRunExecutionData(workflow);
		const stopper =
			cancelAfterMs === undefined ? undefined : setTimeout(() => running.cancel(), cancelAfterMs);
		// A cancelled run rejects (n8n's PCancelable); any other rejection is the engine's, and fails the test.
		await running.catch((error: unknown) => {
			if (cancelAfterMs === undefined) throw error;
		});
		if (stopper) clearTimeout(stopper);
		const run = await finished;
		return {
			run,
			output: (nodeName) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
			error: run.data.resultData.error as RunResult['error'],
		};
	}

	/**
	 * A polling trigger as n8n's active workflows keep it: one Workflow, whose static data lives
	 * across polls (n8n reuses the object between ticks), polled through n8n-core's own PollContext.
	 * `saved()` is what n8n would have written to its database; `restart()` starts again from it.
	 */
	async pollSession(node: INode, staticData: IDataObject = {}): Promise<PollSession> {
		await this.nodeTypes.preload([node.type]);
		const make = (data: IDataObject) =>
			new Workflow({
				id: 'test-workflow',
				nodes: [node],
				connections: {},
				nodeTypes: this.nodeTypes,
				active: true,
				staticData: JSON.parse(JSON.stringify(data)) as IDataObject,
				settings: { executionOrder: 'v1', timezone: 'UTC' },
			});
		let workflow = make(staticData);
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
		return {
			poll: async (
				mode: WorkflowExecuteMode = 'trigger',
				activation: WorkflowActivateMode = 'init',
			) => {
				const context = new PollContext(workflow, node, this.additionalData(), mode, activation);
				return await nodeType.poll!.call(context);
			},
			saved: () => asSaved(workflow.staticData),
			restart: (data?: IDataObject) => {
				workflow = make(data ?? asSaved(workflow.staticData));
			},
		};
	}

	/** Runs a credential's `test` request the way n8n's "Test credential" button does. */
	async testCredential(
		typeName: string,
		data: ICredentialDataDecryptedObject,
	): Promise<INodeCredentialTestResult> {
		const type = this.credentials.getType(typeName);
		if (!type.test)
			return { status: 'Error', message: 'No testing function found for this credential.' };
		const decrypted = {
			id: 'under-test',
			name: 'Under test',
			type: typeName,
			data: this.credentials.applyDefaults(data, typeName),
		};
		// n8n tests a saved credential by its ID: an OAuth2 credential's token is read from the store.
		await this.credentials.store(decrypted.id, decrypted.name, typeName, data);
		const probeType: INodeType = {
			description: {
				displayName: 'Credential test',
				name: 'credentialTest',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: {},
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: typeName, required: true }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						default: '',
						routing: { request: type.test.request },
					},
				],
			} as unknown as INodeType['description'],
		};
		const node: INode = {
			id: 'temp',
			name: 'Temp-Node',
			type: 'credentialTest',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { [typeName]: { id: decrypted.id, name: decrypted.name } },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: {
				getByName: () => probeType,
				getByNameAndVersion: () => probeType,
				getKnownTypes: () => ({}),
			},
		});
		const executeData: IExecuteData = { node, data: {}, source: null };
		const context = new ExecuteContext(
			workflow,
			node,
			this.additionalData(),
			'internal',
			createRunExecutionData({ executionData: null }),
			0,
			[],
			{ main: [[{ json: {} }]] },
			executeData,
			[],
		);
		// As n8n's credential test: a credential that fetches its token does so first, for a
		// no-op node that n8n recognises as the test (and does not save what it fetched).
		if (type.preAuthentication) {
			try {
				const fetched = await type.preAuthentication.call(
					{ helpers: context.helpers },
					decrypted.data,
				);
				Object.assign(decrypted.data, fetched);
			} catch (error) {
				return { status: 'Error', message: (error as Error).message };
			}
		}
		try {
			await new RoutingNode(context, probeType, decrypted).runNode();
		} catch (error) {
			const cause = (
				error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }
			).cause;
			if (cause?.response) {
				return {
					status: 'Error',
					message:
						cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
				};
			}
			return { status: 'Error', message: cause?.code ?? (error as Error).message };
		}
		return { status: 'OK', message: 'Connection successful!' };
	}

	/** A load-options context for a node, as the editor's request gives one. */
	private loadOptionsContext(node: INode): ILoadOptionsFunctions {
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
		const additionalData = this.additionalData();
		additionalData.currentNodeParameters = node.parameters as INodeParameters;
		return new LoadOptionsContext(
			workflow,
			node,
			additionalData,
			'parameters.x',
		) as unknown as ILoadOptionsFunctions;
	}

	/** Calls a node's list-search method the way the editor does for a resource locator. */
	async listSearch(
		node: INode,
		method: string,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const search = this.nodeTypes.getByNameAndVersion(node.type).methods?.listSearch?.[method];
		if (!search) throw new Error(`No list search ${method}`);
		return await search.call(this.loadOptionsContext(node), filter, paginationToken);
	}

	/** Calls a node's load-options method the way the editor does for a multi-choice field. */
	async loadOptions(node: INode, method: string): Promise<INodePropertyOptions[]> {
		const load = this.nodeTypes.getByNameAndVersion(node.type).methods?.loadOptions?.[method];
		if (!load) throw new Error(`No load options ${method}`);
		return await load.call(this.loadOptionsContext(node));
	}
}
