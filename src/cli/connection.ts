import { print } from 'graphql';
import { persistedQuery } from '../persisted-operation.js';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Exit codes of the client commands; scripts can tell "could not connect" from "the question failed". */
export const EXIT = {
  OK: 0,
  /** The server answered with an error (an `AskFailed`, a GraphQL error). */
  FAILED: 1,
  /** Bad command-line usage: an unknown option, a value out of range. */
  USAGE: 2,
  /** No server at the URL. */
  UNREACHABLE: 3,
  /** The server refused the credentials. */
  UNAUTHORIZED: 4,
  /** Interrupted with Ctrl-C: the run was cancelled. */
  CANCELLED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: one line for the person at the terminal, and the exit code that goes with it. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Where the server is and who is asking. */
export interface Endpoint {
  /** The GraphQL URL over HTTP(S); the WebSocket URL is derived from it. */
  readonly url: string;
  /** A Firebase ID token (with or without the `Bearer ` prefix); none in development mode. */
  readonly token: string | undefined;
}

function authorization(token: string | undefined): string | undefined {
  if (!token) return undefined;
  return /^bearer /i.test(token) ? token : `Bearer ${token}`;
}

function unreachable(url: string, detail: string): CliError {
  return new CliError(
    `cannot reach the askql server at ${url} (${detail}); is it running? Start one with \`askql serve\`.`,
    EXIT.UNREACHABLE,
  );
}

function refused(detail: string): CliError {
  return new CliError(
    `the server refused the credentials (${detail}); pass a valid Firebase ID token with --token or ASKQL_TOKEN.`,
    EXIT.UNAUTHORIZED,
  );
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): CliError {
  if (errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
    return refused(errors.map((error) => error.message).join('; '));
  }
  const lines = errors.map((error) =>
    error.extensions?.code ? `${error.extensions.code}: ${error.message}` : error.message,
  );
  return new CliError(lines.join('; '), EXIT.FAILED);
}

function describeCause(error: unknown): string {
  const failure = error as
    { code?: unknown; message?: unknown; cause?: { code?: string; message?: string } } | undefined;
  if (failure?.cause?.code) return failure.cause.code;
  if (typeof failure?.code === 'string') return failure.code;
  if (failure?.cause?.message) return failure.cause.message;
  if (typeof failure?.message === 'string' && failure.message) return failure.message;
  return String(error);
}

/** Runs a query or mutation over HTTP (GraphQL over HTTP) and returns its data, or throws a CliError. */
export async function request<TResult, TVariables>(
  endpoint: Endpoint,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const auth = authorization(endpoint.token);
  if (auth) headers.authorization = auth;
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers,
      // The hash lets a server that runs only trusted documents (production) find the operation; the text
      // lets one whose manifest predates this CLI run it anyway, when it accepts any document.
      body: JSON.stringify({ query: print(document), variables, extensions: persistedQuery(document) }),
    });
  } catch (error) {
    throw unreachable(endpoint.url, describeCause(error));
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CliError(`${endpoint.url} did not answer like a GraphQL server (HTTP ${response.status}).`, EXIT.FAILED);
  }
  if (response.status === 401 || response.status === 403) throw refused(`HTTP ${response.status}`);
  if (body.errors?.length) throw fromGraphQLErrors(body.errors);
  if (!body.data) throw new CliError(`the server sent no data (HTTP ${response.status}).`, EXIT.FAILED);
  return body.data;
}

/** What a subscription reports while it runs. */
export interface SubscriptionSink<TData> {
  next(data: TData): void;
  error(error: CliError): void;
  complete(): void;
}

/** A running subscription over graphql-ws. */
export interface OpenSubscription {
  /** Unsubscribes (graphql-ws `complete`, which cancels the run on the server) and closes the socket. */
  cancel(): Promise<void>;
  /** Closes the socket once the subscription is over. */
  close(): Promise<void>;
}

/** Subscribes over graphql-ws with `connectionParams.authorization`, translating socket failures into CliErrors. */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  endpoint: Endpoint,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  sink: SubscriptionSink<TResult>,
): OpenSubscription {
  const wsUrl = endpoint.url.replace(/^http/, 'ws');
  let socketError: unknown;
  // Set by the client's `connected` event.
  let connected = false as boolean;
  const auth = authorization(endpoint.token);
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: auth ? { authorization: auth } : {},
    // A server that cannot be reached is reported at once. A connection lost mid-run is retried: graphql-ws sends
    // the subscription again, and a question's request id makes the server join the run it already started.
    retryAttempts: 3,
    shouldRetry: (failure) => connected && (failure as { code?: number } | null)?.code !== 4403,
    lazy: true,
    on: {
      connected: () => {
        connected = true;
      },
      error: (error) => {
        socketError = error;
      },
    },
  });

  const translate = (failure: unknown): CliError => {
    if (Array.isArray(failure)) return fromGraphQLErrors(failure as GraphQLErrorShape[]);
    const close = failure as { code?: number; reason?: string } | null | undefined;
    if (typeof close?.code === 'number') {
      if (close.code === 4403) return refused(`${close.code} ${close.reason || 'Forbidden'}`);
      if (!connected)
        return unreachable(
          endpoint.url,
          describeCause((socketError as { error?: unknown } | undefined)?.error ?? socketError ?? failure),
        );
      return new CliError(
        `the connection to ${wsUrl} closed (${close.code}${close.reason ? ` ${close.reason}` : ''}).`,
        EXIT.FAILED,
      );
    }
    if (!connected) return unreachable(endpoint.url, describeCause(failure));
    return new CliError(failure instanceof Error ? failure.message : String(failure), EXIT.FAILED);
  };

  const dispose = client.subscribe<TResult>(
    { query: print(document), variables, extensions: persistedQuery(document) },
    {
      next: (result) => {
        if (result.errors?.length) sink.error(fromGraphQLErrors(result.errors));
        else if (result.data) sink.next(result.data);
      },
      error: (failure) => sink.error(translate(failure)),
      complete: () => sink.complete(),
    },
  );

  return {
    async cancel() {
      dispose();
      await client.dispose();
    },
    async close() {
      await client.dispose();
    },
  };
}
