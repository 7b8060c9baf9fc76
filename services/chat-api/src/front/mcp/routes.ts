// POST /mcp: a stateless Model Context Protocol server (Streamable HTTP) exposing the task tools of the bearer's user.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { UnauthorizedError, type TaskService, type UserDirectory } from '@todo/domain';
import type { ToolDefinition } from '@todo/assistant';
import { CSRF_RESPONSES, ErrorBodySchema, GUARDED, currentUser, errorBody, tokenOf, type AuthUser, type HttpApp } from '@todo/http';
import type { Clock } from '@todo/platform';

export interface McpRoutesOptions {
  taskService: TaskService;
  users: UserDirectory;
  clock: Clock;
  /** Verifies a bearer token (and that its session is open). */
  authenticate: (token: string) => Promise<AuthUser>;
  version?: string;
}

// The MCP SDK and the task tools (~0.7 s of start-up CPU together) are loaded by the first /mcp request.
const loadTools = () => import('@todo/assistant');
const loadMcpServer = () => import('@modelcontextprotocol/sdk/server/mcp.js');
const loadMcpTransport = () => import('@modelcontextprotocol/sdk/server/streamableHttp.js');

/** An MCP server whose tools are bound to one user: there is no user parameter a caller could change. */
export async function createTaskMcpServer(tools: ToolDefinition[], version: string): Promise<McpServer> {
  const [{ McpServer }, { callTool }] = await Promise.all([loadMcpServer(), loadTools()]);
  const server = new McpServer({ name: 'todo-chatbot', version });
  for (const definition of tools) {
    server.registerTool(definition.name, { description: definition.description, inputSchema: definition.inputSchema }, async (args: unknown) => {
      const { action, ok } = await callTool(tools, definition.name, args);
      return { content: [{ type: 'text' as const, text: JSON.stringify(action.output) }], ...(ok ? {} : { isError: true }) };
    });
  }
  return server;
}

export async function mcpRoutes(app: HttpApp, options: McpRoutesOptions): Promise<void> {
  const { taskService, users, clock, authenticate } = options;

  // onRequest: the bearer is checked before the body is even parsed (a 401 comes before any 400).
  async function authorise(request: FastifyRequest): Promise<void> {
    const token = tokenOf(request);
    if (!token) throw new UnauthorizedError('Send Authorization: Bearer <token>.');
    request.user = await authenticate(token);
  }

  app.post('/mcp', {
    schema: {
      tags: ['mcp'],
      summary: 'Model Context Protocol endpoint (Streamable HTTP, stateless, JSON-RPC)',
      description:
        'Tools: add_task, list_tasks, update_task, complete_task, delete_task, search_tasks, set_reminder — always on the bearer\'s own tasks. ' +
        'Send `Accept: application/json, text/event-stream`. Without a valid bearer token: 401.',
      security: GUARDED,
      response: { 200: z.unknown().describe('The JSON-RPC response'), 401: ErrorBodySchema, ...CSRF_RESPONSES },
    },
    onRequest: authorise,
    handler: async (request, reply) => {
      const user = currentUser(request);
      const profile = await users.get(user.id);
      const { createTaskTools } = await loadTools();
      const tools = createTaskTools({ taskService, userId: user.id, timeZone: profile?.timezone ?? 'UTC', now: () => clock.now(), correlationId: request.id });
      const server = await createTaskMcpServer(tools, options.version ?? '0.1.0');
      const { StreamableHTTPServerTransport } = await loadMcpTransport();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
      return reply;
    },
  });

  // Stateless server: no server-initiated stream (GET) and no sessions to end (DELETE).
  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/mcp',
      schema: { hide: true },
      onRequest: authorise,
      handler: async (_request, reply) => {
        return reply.code(405).header('allow', 'POST').send(errorBody('method_not_allowed', 'This MCP server is stateless: use POST.'));
      },
    });
  }
}
