/**
 * The MCP server example in a running n8n, as an MCP client reaches it: its Bearer credential,
 * the official MCP SDK client connected once n8n has activated the workflow, and tool calls read
 * as text. Shared by the n8n 2.x test (with the AI Agent beside it) and the n8n 1.x one.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import type { N8nServer } from './server';

export const MCP_EXAMPLE = 'mcp-server.json';

/** The example's tools, as an MCP client lists them (sorted) */
export const MCP_TOOLS = [
	'back_to_normal',
	'create_operating_mode',
	'current_mode',
	'extend_mode',
	'find_features',
	'list_operating_modes',
	'location_schedules',
	'simultaneous_ring',
	'switch_mode',
];

const BEARER = 'mcp-test-bearer-6a1f0c93e2';

/** The credential the example's MCP Server Trigger names, for `installN8n`'s `credentials` */
export const MCP_BEARER_CREDENTIAL = {
	id: 'mcp-bearer',
	name: 'MCP bearer',
	type: 'httpBearerAuth',
	data: { token: BEARER },
};

/** Every secret the simulator seeds or issues: none may reach an MCP client or a model */
export const SECRET =
	/sim-(access|refresh|code|admin-token|manager-token|readonly-token|integration-secret|service-app-secret)/;

export interface McpSession {
	client: Client;
	/** A tool call's answer as text, and whether it is an error */
	call(name: string, args: Record<string, unknown>): Promise<{ isError: boolean; text: string }>;
	/** Every text answered so far, for the no-secret check */
	answered: string[];
}

/**
 * Connects to the example's `/mcp/webex-calling` with the Bearer token. n8n answers before it
 * has activated the published workflows: 404 until their webhooks are in, so it tries again.
 */
export async function connectMcp(server: N8nServer): Promise<McpSession> {
	const deadline = Date.now() + 120_000;
	let client: Client;
	let refused = '';
	do {
		client = new Client({ name: 'webex-calling-e2e', version: '1.0.0' });
		refused = await client
			.connect(
				new StreamableHTTPClientTransport(new URL(`${server.base}/mcp/webex-calling`), {
					requestInit: { headers: { Authorization: `Bearer ${BEARER}` } },
				}),
			)
			.then(
				() => '',
				(error: unknown) => String(error),
			);
		if (refused && !/not registered/.test(refused)) break;
		if (refused) await new Promise((resolve) => setTimeout(resolve, 1_000));
	} while (refused && Date.now() < deadline);
	if (refused)
		throw new Error(`The MCP server did not answer: ${refused}\n${server.log().slice(-3000)}`);
	const answered: string[] = [];
	return {
		client,
		answered,
		async call(name, args) {
			const result = (await client.callTool({ name, arguments: args })) as {
				isError?: boolean;
				content: Array<{ type: string; text?: string }>;
			};
			const text = result.content.map((part) => part.text ?? '').join('\n');
			answered.push(text);
			return { isError: result.isError === true, text };
		},
	};
}
