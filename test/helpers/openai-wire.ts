import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A scripted OpenAI-compatible server for tests: it speaks POST /v1/chat/completions over real HTTP — JSON
 * completions, forced tool calls, json_schema structured output, and streaming SSE — replying from a queue
 * of scripted steps, and records every request so tests can see what the client sent.
 */

/** One chat-completions request as received. */
export interface WireRequest {
  readonly body: Record<string, unknown> & {
    messages: { role: string; content: unknown }[];
    stream?: boolean;
    tools?: { function: { name: string } }[];
    response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  };
  /** Resolves when the client closes the connection before the reply finished (an aborted request). */
  readonly aborted: Promise<void>;
}

export type Step =
  /** A structured answer: a tool call when the request forces a tool, JSON content otherwise. */
  | { readonly kind: 'structured'; readonly value: unknown }
  /** Raw assistant content (for malformed output). */
  | { readonly kind: 'content'; readonly content: string }
  /** A streamed answer, one SSE chunk per piece; `breakAfter` drops the connection after that many pieces. */
  | {
      readonly kind: 'stream';
      readonly pieces: readonly string[];
      readonly breakAfter?: number;
      readonly pieceDelayMs?: number;
    }
  /** An HTTP error. */
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { readonly kind: 'hang' }
  /** Decide the reply from what was asked (for answers that quote the rows the client sent). */
  | { readonly kind: 'respond'; readonly reply: (request: WireRequest) => Exclude<Step, { kind: 'respond' }> };

export interface WireServer {
  /** Base URL for OPENAI_BASE_URL: http://127.0.0.1:PORT/v1 */
  readonly baseUrl: string;
  readonly requests: WireRequest[];
  /** Queues replies, answered in order; a request with nothing queued gets a 500. */
  script(...steps: Step[]): void;
  /** Steps still queued. */
  pending(): number;
  close(): Promise<void>;
}

function completion(model: string, message: Record<string, unknown>, finishReason: string): Record<string, unknown> {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function chunk(model: string, delta: Record<string, unknown>, finishReason: string | null): string {
  const body = {
    id: 'chatcmpl-stream',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Starts the scripted server on a free port. */
export async function startWireServer(): Promise<WireServer> {
  const steps: Step[] = [];
  const requests: WireRequest[] = [];
  const sockets = new Set<Socket>();

  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      send(response, 404, { error: { message: `no route ${request.method} ${request.url}` } });
      return;
    }
    const body = JSON.parse(await readBody(request)) as WireRequest['body'];
    const aborted = new Promise<void>((resolve) => {
      response.on('close', () => {
        if (!response.writableFinished) resolve();
      });
    });
    requests.push({ body, aborted });
    const model = typeof body.model === 'string' ? body.model : 'test-model';
    const queued = steps.shift();
    const step = queued?.kind === 'respond' ? queued.reply({ body, aborted }) : queued;
    if (step === undefined) {
      send(response, 500, { error: { message: 'nothing scripted', type: 'server_error' } });
      return;
    }
    switch (step.kind) {
      case 'hang':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.flushHeaders();
        return;
      case 'status':
        send(
          response,
          step.status,
          { error: { message: `scripted ${step.status}`, type: 'scripted', code: null } },
          step.headers,
        );
        return;
      case 'content':
        send(response, 200, completion(model, { role: 'assistant', content: step.content, refusal: null }, 'stop'));
        return;
      case 'structured': {
        const forced = (body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name;
        if (forced !== undefined) {
          const toolCall = {
            id: 'call_1',
            type: 'function',
            function: { name: forced, arguments: JSON.stringify(step.value) },
          };
          send(
            response,
            200,
            completion(
              model,
              { role: 'assistant', content: null, tool_calls: [toolCall], refusal: null },
              'tool_calls',
            ),
          );
        } else {
          send(
            response,
            200,
            completion(model, { role: 'assistant', content: JSON.stringify(step.value), refusal: null }, 'stop'),
          );
        }
        return;
      }
      case 'stream': {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        response.write(chunk(model, { role: 'assistant', content: '' }, null));
        for (const [index, piece] of step.pieces.entries()) {
          if (index === step.breakAfter) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            response.socket?.destroy();
            return;
          }
          if (response.destroyed) return;
          response.write(chunk(model, { content: piece }, null));
          await new Promise((resolve) =>
            step.pieceDelayMs ? setTimeout(resolve, step.pieceDelayMs) : setImmediate(resolve),
          );
        }
        response.write(chunk(model, {}, 'stop'));
        response.write('data: [DONE]\n\n');
        response.end();
        return;
      }
    }
  };
  const server = createServer((request, response) => void respond(request, response));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...more) => steps.push(...more),
    pending: () => steps.length,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The text of every message in a request, joined: what the model was shown. */
export function promptText(request: WireRequest): string {
  return request.body.messages
    .map((message) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content)))
    .join('\n');
}
