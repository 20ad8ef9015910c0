import {
  Client,
  fetchExchange,
  makeOperation,
  mapExchange,
  stringifyDocument,
  type AnyVariables,
  type CombinedError,
  type TypedDocumentNode,
} from '@urql/core';
import { persistedQuery } from '../../../src/persisted-operation.js';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

/** A failure the page can say plainly: the server could not be reached, or it answered with an error. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** `connection`: nothing came back (a retry may help); `server`: the server refused, with these codes. */
    readonly kind: 'connection' | 'server',
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const CONNECTION_LOST = 'Lost connection to the server.';

interface GraphQLErrorLike {
  readonly message: string;
  readonly extensions?: { readonly code?: unknown } | undefined;
}

function serverError(errors: readonly GraphQLErrorLike[]): ApiError {
  const codes = errors
    .map((error) => error.extensions?.code)
    .filter((code): code is string => typeof code === 'string');
  return new ApiError(errors.map((error) => error.message).join(' '), 'server', codes);
}

function fromCombinedError(error: CombinedError): ApiError {
  if (error.networkError || error.graphQLErrors.length === 0) return new ApiError(CONNECTION_LOST, 'connection');
  return serverError(error.graphQLErrors);
}

export interface SubscriptionSink<Data> {
  next(data: Data): void;
  /** The subscription ended without its last event: a lost connection, or an error from the server. */
  error(error: ApiError): void;
  complete(): void;
}

export interface Api {
  query<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
  mutate<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
  /** Returns the function that ends the subscription. */
  subscribe<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    sink: SubscriptionSink<Data>,
  ): () => void;
}

/** How often the page pings the server, and how long it waits for the answer before calling the connection lost. */
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

/**
 * Queries and mutations over HTTP (urql), subscriptions over graphql-ws, both at `/graphql` on the page's
 * origin. The token is asked for on every request and every new socket (Firebase's `getIdToken` answers
 * from its cache and refreshes it before it expires), so a refreshed one is used at once.
 */
export function createApi(authorization: () => Promise<string | null>): Api {
  const endpoint = new URL('/graphql', window.location.href).href;
  const client = new Client({
    url: endpoint,
    requestPolicy: 'network-only',
    // urql's fetchOptions cannot wait for a token; its fetch can.
    fetch: async (input, init) => {
      const token = await authorization();
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
    // Each operation goes by its hash alone (urql drops the text when persistedQuery is set): a production
    // server runs only the documents this page was built with.
    exchanges: [
      mapExchange({
        onOperation: (operation) =>
          makeOperation(
            operation.kind,
            { ...operation, extensions: { ...operation.extensions, ...persistedQuery(operation.query) } },
            operation.context,
          ),
      }),
      fetchExchange,
    ],
  });
  const ws = createSocketClient(endpoint.replace(/^http/, 'ws'), authorization);

  async function run<Data>(pending: Promise<{ data?: Data; error?: CombinedError }>): Promise<Data> {
    const result = await pending;
    if (result.error) throw fromCombinedError(result.error);
    if (result.data === undefined) throw new ApiError(CONNECTION_LOST, 'connection');
    return result.data;
  }

  return {
    query: (document, variables) => run(client.query(document, variables).toPromise()),
    mutate: (document, variables) => run(client.mutation(document, variables).toPromise()),
    subscribe(document, variables, sink) {
      let ended = false;
      const end = () => {
        ended = true;
        dispose();
      };
      const dispose = ws.subscribe(
        {
          query: stringifyDocument(document),
          variables: variables as Record<string, unknown>,
          extensions: persistedQuery(document),
        },
        {
          next(result) {
            if (ended) return;
            if (result.errors?.length) {
              end();
              sink.error(serverError(result.errors));
              return;
            }
            if (result.data) sink.next(result.data as never);
          },
          error(error) {
            if (ended) return;
            ended = true;
            // graphql-ws reports refusals as a list of GraphQL errors, and a lost socket as a CloseEvent or Event.
            sink.error(
              Array.isArray(error)
                ? serverError(error as GraphQLErrorLike[])
                : new ApiError(CONNECTION_LOST, 'connection'),
            );
          },
          complete() {
            if (ended) return;
            ended = true;
            sink.complete();
          },
        },
      );
      return end;
    },
  };
}

/**
 * A graphql-ws client that never resubscribes by itself: resubscribing would ask a question a second time.
 * A lost socket ends every subscription with an error, and the page rejoins runs with `askRun` instead.
 * Pings without a pong close the socket, so a server that vanished without closing it is noticed too.
 */
function createSocketClient(url: string, authorization: () => Promise<string | null>): WsClient {
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  return createWsClient({
    url,
    lazy: true,
    retryAttempts: 0,
    keepAlive: KEEP_ALIVE_MS,
    connectionParams: async () => {
      const token = await authorization();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'No pong from the server');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: () => clearTimeout(pongTimer),
    },
  });
}
