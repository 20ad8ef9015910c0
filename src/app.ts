import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createYoga, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { execute, parse, subscribe, validate } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { schema } from './schema/index.js';
import { createRequestContext, type RequestContext } from './context.js';
import type { ConnectionState } from './ask/registry.js';
import { AuthError, type Viewer } from './auth/viewer.js';
import type { AppServices } from './services.js';
import { webAppHandler, webConfigOf } from './web.js';
import { HistoryUnavailable } from './history/firestore-calls.js';
import { userError } from './schema/errors.js';
import { loadTrustedDocuments } from './trusted-documents.js';

export const GRAPHQL_PATH = '/graphql';

/** The running server: what `main.ts`, the tests and the benchmarks hold on to. */
export interface App {
  /** Listens on the configured host and port (0 picks a free one) and resolves to the GraphQL URL. */
  start(): Promise<string>;
  /** Stops accepting, lets in-flight operations finish within the shutdown timeout, then closes every socket. */
  stop(): Promise<void>;
  /** The GraphQL endpoint, once started. */
  readonly url: string;
}

/** Extra fields graphql-ws passes to yoga's context for a WebSocket operation. */
interface SocketContext {
  viewer: Viewer;
  requestId: string;
  connection: ConnectionState;
}

/** A GraphQL error for a caller whose credentials are missing or invalid (HTTP 401). */
function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The largest request either transport reads: a question is at most 1,000 characters and a document at most
 * 2,000 tokens, so 1 MiB is far above anything legitimate. A larger one is refused while it arrives (HTTP 413;
 * WebSocket close 1009) instead of being buffered and parsed on the event loop every other client shares
 * (a 50 MB WebSocket message used to hold it for 0.7 s).
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export function buildApp(services: AppServices): App {
  const { config, logger } = services;
  const development = config.env !== 'production';
  const allowedOrigins = new Set(config.allowedOrigins);
  /** A browser page may connect when it is this server's own, or an allowed origin; other clients send no Origin. */
  const originAllowed = (origin: string | undefined, host: string | undefined): boolean => {
    if (origin === undefined || allowedOrigins.has(origin)) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };

  const trusted = loadTrustedDocuments(config.trustedDocuments.mode, config.trustedDocuments.file);
  /** Swaps a persisted operation's hash for its document, and refuses other documents in mode `only` (HTTP and SSE). */
  const runTrustedDocuments: Plugin = {
    onParams({ params, setParams }) {
      const resolved = trusted.resolve(params);
      if (resolved instanceof GraphQLError) throw resolved;
      setParams({ ...params, query: resolved.query });
    },
  };

  const yoga = createYoga<{ socket?: SocketContext }, RequestContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    maxRequestBodySize: MAX_REQUEST_BYTES,
    logging: false,
    landingPage: false,
    // Only the origins the deployment names may call from a browser with the user's credentials; the server's
    // own pages (the web app, GraphiQL) are same-origin and need no CORS. Any origin used to be reflected.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin !== null && allowedOrigins.has(origin)
        ? { origin: [origin], credentials: true, methods: ['GET', 'POST'] }
        : false;
    },
    graphiql: development ? { subscriptionsProtocol: 'WS', title: 'askql' } : false,
    renderGraphiQL,
    maskedErrors: {
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
        if (original instanceof HistoryUnavailable) {
          logger.warn({ err: original }, 'conversation history is unavailable');
          return userError(
            'SERVICE_UNAVAILABLE',
            'Conversation history is unavailable right now. Try again in a moment.',
            { retryable: true },
          );
        }
        logger.error({ err: original ?? error }, 'unexpected error while executing an operation');
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins: [
      runTrustedDocuments,
      ...(config.introspection ? [] : [withoutIntrospection]),
      EnvelopArmorPlugin({
        maxDepth: { n: 12, onReject: [markTooComplex] },
        maxAliases: { n: 30, onReject: [markTooComplex] },
        maxDirectives: { n: 30, onReject: [markTooComplex] },
        maxTokens: { n: 2000, onReject: [markTooComplex] },
        // armor's cost grows 1.5× per level and counts `__typename` like any field. The web app's conversation
        // (its latest 50 messages with their result columns, with the `__typename` everywhere that Apollo's
        // and urql's caches add and trusted documents keep) costs about 53,000; the limit leaves room above it.
        costLimit: { maxCost: 100_000, onReject: [markTooComplex] },
        blockFieldSuggestion: { enabled: !development },
      }),
    ],
    context: async (initial: YogaInitialContext & { socket?: SocketContext }) => {
      if (initial.socket) {
        return createRequestContext(
          services,
          initial.socket.viewer,
          initial.socket.requestId,
          initial.socket.connection,
        );
      }
      const requestId = initial.request.headers.get('x-request-id') ?? randomUUID();
      try {
        const viewer = await services.authenticator.authenticate(
          initial.request.headers.get('authorization') ?? undefined,
        );
        return createRequestContext(services, viewer, requestId);
      } catch (error) {
        if (error instanceof AuthError) throw unauthenticated(error.message);
        throw error;
      }
    },
  });

  const webApp = webAppHandler(config);
  const webConfigJson = JSON.stringify(webConfigOf(config));
  const httpServer = createServer((req, res) => void route(req, res));
  const inFlight = new Set<ServerResponse>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (path === '/readyz') {
      const checks = await readiness(services);
      const ready = checks.every((check) => check.ok);
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready, checks }));
      return;
    }
    if (path === GRAPHQL_PATH) {
      if (!originAllowed(req.headers.origin, req.headers.host) && req.method !== 'OPTIONS') {
        res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify(forbiddenOrigin));
        return;
      }
      // A form (urlencoded or multipart) is what a cross-site page can post without a preflight: only JSON runs.
      if (
        req.method === 'POST' &&
        !EXECUTABLE_CONTENT_TYPES.has((req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '')
      ) {
        res.writeHead(415, { 'content-type': 'application/json' }).end(JSON.stringify(unsupportedMediaType));
        return;
      }
      // The request listener (not handleNodeRequestAndResponse, which leaves large GraphiQL responses unsent).
      await yoga(req, res);
      return;
    }
    if (webApp && path === '/web-config.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(webConfigJson);
      return;
    }
    if (webApp && (req.method === 'GET' || req.method === 'HEAD')) {
      webApp(req, res, () => notFound(res));
      return;
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    notFound(res);
  }

  function notFound(res: ServerResponse): void {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  }

  /** Open graphql-ws connections, so shutdown can wait for their operations to send their last results. */
  const wsContexts = new Set<{ readonly subscriptions: Readonly<Record<string, unknown>> }>();
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: MAX_REQUEST_BYTES,
    // A page of another site must not open a socket that acts as the user (the browser sends its cookies and
    // the development server needs no token).
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }) =>
      originAllowed(origin, req.headers.host),
  });
  const wsDisposable = useServer<
    Record<string, unknown> | undefined,
    { viewer?: Viewer; connectionId: string; completed?: Set<string> }
  >(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          const viewer = await services.authenticator.authenticate(
            typeof authorization === 'string' ? authorization : undefined,
          );
          // graphql-ws ends an operation the same way whether the client sent `complete` or the socket dropped;
          // askQuery must tell them apart (unsubscribe cancels the run, a drop does not), so note the former.
          const completed = new Set<string>();
          ctx.extra.socket.on('message', (data) => noteCompleted(data, completed));
          Object.assign(ctx.extra, { viewer, connectionId: randomUUID(), completed });
          wsContexts.add(ctx);
          ctx.extra.socket.once('close', () => wsContexts.delete(ctx));
          return true;
        } catch (error) {
          if (error instanceof AuthError) return false; // graphql-ws closes with 4403 Forbidden
          logger.error({ err: error }, 'authenticating a WebSocket connection failed');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const viewer = ctx.extra.viewer;
        if (!viewer) return [new GraphQLError('Forbidden', { extensions: { code: 'UNAUTHENTICATED' } })];
        // graphql-ws registers the operation before this hook runs, so the count includes this one.
        if (Object.keys(ctx.subscriptions).length > config.ask.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `At most ${config.ask.maxSubscriptionsPerConnection} operations may run at once on one connection.`,
              // No clock says when: retrying helps once one of this connection's operations ends.
              { extensions: { code: 'RATE_LIMITED', retryable: true } },
            ),
          ];
        }
        const completed = ctx.extra.completed ?? new Set<string>();
        completed.delete(id);
        const socket: SocketContext = {
          viewer,
          requestId: `${ctx.extra.connectionId}:${id}`,
          connection: { unsubscribed: () => completed.has(id) },
        };
        const resolved = trusted.resolve(payload);
        if (resolved instanceof GraphQLError) return [resolved];
        const params = { ...payload, query: resolved.query };
        const enveloped = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket,
          params,
        });
        // envelop types its functions loosely; these are graphql's own signatures.
        const envelopedSchema = enveloped.schema as GraphQLSchema;
        const { execute, subscribe } = enveloped as EnvelopedRoot;
        let document: DocumentNode;
        try {
          document = (enveloped.parse as typeof parse)(params.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = (enveloped.validate as typeof validate)(envelopedSchema, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema: envelopedSchema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
        return args;
      },
    },
    wsServer,
    config.ask.keepAliveMs,
  );

  let url = '';

  return {
    get url() {
      return url;
    },
    async start() {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
      logger.info({ url, trustedDocuments: trusted.mode, persistedOperations: trusted.size }, 'askql is listening');
      return url;
    },
    async stop() {
      // Stop accepting (new HTTP requests and WebSocket upgrades both arrive as new connections), but keep the
      // connections that are open: their runs are still going and their clients are waiting for the last event.
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const deadline = Date.now() + config.shutdownTimeoutMs;
      const remaining = () => Math.max(0, deadline - Date.now());
      // Runs outlive their sockets (a dropped client finds its answer saved), so they finish and save first;
      // past the deadline the registry cancels them, and their clients get AskFailed CANCELLED.
      await Promise.all([services.runs.drain(remaining()), until(() => inFlight.size === 0, deadline)]);
      // Each run's last event is on its way to its subscribers: let graphql-ws send it and complete the operation.
      await until(
        () => [...wsContexts].every((ctx) => Object.keys(ctx.subscriptions).length === 0),
        Math.min(deadline, Date.now() + 2_000),
      );
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await wsDisposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
    },
  };
}

/** Polls `done` until it holds or `deadline` (epoch ms) passes. */
async function until(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && Date.now() < deadline) await sleep(25);
}

/** What a POST to /graphql may carry: GraphQL over HTTP's JSON media types. */
const EXECUTABLE_CONTENT_TYPES = new Set([
  'application/json',
  'application/graphql-response+json',
  'application/graphql+json',
]);

const unsupportedMediaType = {
  errors: [{ message: 'Send GraphQL requests as application/json.', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
};
const forbiddenOrigin = {
  errors: [
    { message: 'This origin may not call the API (see ASKQL_ALLOWED_ORIGINS).', extensions: { code: 'FORBIDDEN' } },
  ],
};

/** Refuses introspection queries (production's default: the schema is not advertised). */
const withoutIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/**
 * graphql-armor's refusals are plain GraphQLErrors, answered with HTTP 200 and no code; like every other
 * invalid document they get a code and a 400 (the same document will be refused again).
 */
function markTooComplex(_context: unknown, error: GraphQLError): void {
  Object.assign(error.extensions as Record<string, unknown>, { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } });
}

/** Records the id of a graphql-ws `complete` message (the client ending one operation). */
function noteCompleted(data: unknown, completed: Set<string>): void {
  const text = Array.isArray(data) ? Buffer.concat(data as Buffer[]).toString() : String(data);
  if (!text.includes('"complete"')) return;
  try {
    const message = JSON.parse(text) as { type?: unknown; id?: unknown };
    if (message.type === 'complete' && typeof message.id === 'string') completed.add(message.id);
  } catch {
    // graphql-ws itself rejects malformed messages and closes the socket.
  }
}

/** yoga's enveloped execute/subscribe, carried to graphql-ws through `rootValue` as yoga's example does. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

async function readiness(services: AppServices): Promise<Array<{ name: string; ok: boolean; error?: string }>> {
  return Promise.all(
    services.readiness.map(async (dependency) => {
      try {
        await dependency.check(AbortSignal.timeout(2000));
        return { name: dependency.name, ok: true };
      } catch (error) {
        return { name: dependency.name, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}
