// Test fixture: a local OpenAI-compatible /v1/chat/completions server (real wire protocol, streaming or not) that plays a script.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatCompletionRequest {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content?: unknown; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>; tool_call_id?: string }>;
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters: Record<string, unknown> } }>;
}

/** What the scripted model answers with: tool calls, text, an HTTP error, or nothing at all (`hang`: the request stays open). */
export type ScriptedReply = { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> } | { text: string } | { status: number } | { hang: true };

export interface FakeLlmServer {
  baseURL: string;
  requests: Array<{ body: ChatCompletionRequest; authorization: string | undefined }>;
  close(): Promise<void>;
}

let callCounter = 0;

/** Starts on 127.0.0.1:0. `script` sees each request (with the tool results so far) and decides the answer. */
export async function startFakeLlmServer(script: (request: ChatCompletionRequest, index: number) => ScriptedReply): Promise<FakeLlmServer> {
  const requests: FakeLlmServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const body = JSON.parse(await readBody(req)) as ChatCompletionRequest;
    requests.push({ body, authorization: req.headers.authorization });
    const answer = script(body, requests.length - 1);
    if ('hang' in answer) return;
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    const id = `chatcmpl-${(callCounter += 1)}`;
    const created = Math.floor(Date.now() / 1000);
    const toolCalls =
      'toolCalls' in answer
        ? answer.toolCalls.map((call, index) => ({ index, id: `call_${callCounter}_${index}`, type: 'function' as const, function: { name: call.name, arguments: JSON.stringify(call.arguments) } }))
        : undefined;
    const finishReason = toolCalls ? 'tool_calls' : 'stop';
    const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
    if (!body.stream) {
      const message = toolCalls
        ? { role: 'assistant', content: null, tool_calls: toolCalls.map(({ index: _index, ...call }) => call) }
        : { role: 'assistant', content: (answer as { text: string }).text };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, object: 'chat.completion', created, model: body.model, choices: [{ index: 0, message, finish_reason: finishReason }], usage }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    chunk({ role: 'assistant', content: '' }, null);
    if (toolCalls) {
      for (const call of toolCalls) {
        chunk({ tool_calls: [{ index: call.index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }, null);
        // Arguments arrive in pieces, as real providers send them.
        const args = call.function.arguments;
        const middle = Math.ceil(args.length / 2);
        chunk({ tool_calls: [{ index: call.index, function: { arguments: args.slice(0, middle) } }] }, null);
        chunk({ tool_calls: [{ index: call.index, function: { arguments: args.slice(middle) } }] }, null);
      }
    } else {
      for (const piece of (answer as { text: string }).text.match(/\S+\s*/g) ?? []) chunk({ content: piece }, null);
    }
    chunk({}, finishReason);
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The latest tool results the model has been sent, parsed. */
export function toolResults(request: ChatCompletionRequest): unknown[] {
  return request.messages.filter((m) => m.role === 'tool').map((m) => {
    const content = typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
    try {
      return JSON.parse(content);
    } catch {
      return content;
    }
  });
}
