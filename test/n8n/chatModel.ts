/**
 * A chat model that follows a script: an OpenAI-compatible `/chat/completions` on loopback, for
 * n8n's OpenAI Chat Model node (its credential's Base URL pointed here). Each turn answers with
 * the script's next tool call, then, once the script is spent, with a final answer quoting the
 * last tool result. What n8n sent each turn (the tools and their schemas, the tool results) is
 * kept for the test to read. No model, no network: the agent path of n8n, driven the same way
 * every run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ToolCall {
	name: string;
	arguments: Record<string, unknown>;
}

export interface ChatMessage {
	role: string;
	content?: string | null;
	tool_call_id?: string;
}

export interface ChatRequest {
	model: string;
	messages: ChatMessage[];
	tools?: Array<{
		type: string;
		function: { name: string; description?: string; parameters?: Record<string, unknown> };
	}>;
}

export class ScriptedChatModel {
	readonly requests: ChatRequest[] = [];

	private server?: http.Server;

	private turn = 0;

	url = '';

	constructor(private readonly script: ToolCall[]) {}

	async start() {
		this.server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => (body += chunk.toString()));
			req.on('end', () => {
				if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
					res.writeHead(404, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ error: { message: `no ${req.method} ${req.url} here` } }));
					return;
				}
				const request = JSON.parse(body) as ChatRequest;
				this.requests.push(request);
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify(this.answer(request)));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
	}

	/** The tool results n8n sent back, in order */
	toolResults(): string[] {
		const last = this.requests[this.requests.length - 1];
		return (last?.messages ?? [])
			.filter((message) => message.role === 'tool')
			.map((message) => String(message.content ?? ''));
	}

	private answer(request: ChatRequest) {
		const step = this.script[this.turn];
		const turn = this.turn++;
		const message = step
			? {
					role: 'assistant',
					content: null,
					tool_calls: [
						{
							id: `call_${turn}`,
							type: 'function',
							function: { name: step.name, arguments: JSON.stringify(step.arguments) },
						},
					],
				}
			: {
					role: 'assistant',
					content: `Done. The last tool said: ${request.messages.filter((m) => m.role === 'tool').pop()?.content ?? ''}`,
				};
		return {
			id: `chatcmpl-${turn}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: request.model,
			choices: [{ index: 0, message, finish_reason: step ? 'tool_calls' : 'stop' }],
			usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
		};
	}

	async stop() {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
