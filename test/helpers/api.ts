import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { persistedQuery } from '../../src/persisted-operation.js';
import { wsClient, type RequestOptions } from './graphql.js';

/** Variables are optional for an operation that declares none (codegen types those as `{ [key: string]: never }`). */
type VariablesOf<TVariables> =
  TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

export interface ApiOptions extends RequestOptions {
  /** Send operations by hash alone, as askql's built clients do (a server with ASKQL_TRUSTED_DOCUMENTS=only). */
  readonly persisted?: boolean;
}

/**
 * A typed client of one server, over codegen documents (the clients' in src/gql/, the tests' in test/gql/): the
 * result's type comes from the document. Any error fails the call with the request and the response in full.
 */
export interface GraphQLApi {
  /** Runs a query or mutation over GraphQL over HTTP and returns its data. */
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesOf<TVariables>
  ): Promise<TData>;
  /** Runs a subscription over graphql-ws and returns every result's data, in order, once the server completes it. */
  subscribe<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesOf<TVariables>
  ): Promise<TData[]>;
  /** Closes the WebSocket, if one was opened. */
  close(): Promise<void>;
}

/** Thrown when an operation fails: its message is what was sent and what came back. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
}

/** The body of a GraphQL request: the document's text, or its hash in `extensions`. */
interface Sent {
  readonly query?: string;
  readonly variables?: Record<string, unknown>;
  readonly extensions?: Record<string, unknown>;
}

function request(document: DocumentNode, variables: unknown, options: ApiOptions): Sent {
  const extensions = options.persisted ? persistedQuery(document) : undefined;
  if (options.persisted && !extensions) throw new Error('a persisted request needs a codegen document (with a hash)');
  return {
    ...(extensions ? { extensions } : { query: print(document) }),
    ...(variables === undefined ? {} : { variables: variables as Record<string, unknown> }),
  };
}

function failure(transport: string, sent: Sent, got: unknown): GraphQLRequestError {
  const { query, ...rest } = sent;
  return new GraphQLRequestError(
    [
      `GraphQL request over ${transport} failed`,
      ...(query ? [`sent: ${query}`] : []),
      `${query ? 'with' : 'sent'}: ${JSON.stringify(rest, null, 2)}`,
      `got: ${JSON.stringify(got, null, 2)}`,
    ].join('\n'),
  );
}

export function graphqlApi(
  server: { readonly url: string; readonly wsUrl: string },
  options: ApiOptions = {},
): GraphQLApi {
  let socket: Client | undefined;
  return {
    async execute(document, ...[variables]) {
      const sent = request(document, variables, options);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify(sent),
      });
      const text = await response.text();
      let body: { data?: unknown; errors?: unknown[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw failure('HTTP', sent, { status: response.status, text });
      }
      if (!response.ok || body.errors?.length || body.data == null) {
        throw failure('HTTP', sent, { status: response.status, ...body });
      }
      return body.data as never;
    },

    async subscribe(document, ...[variables]) {
      const sent = request(document, variables, options);
      socket ??= wsClient(server.wsUrl, options);
      const received: unknown[] = [];
      try {
        for await (const result of socket.iterate({ ...sent, query: sent.query ?? '' })) {
          received.push(result);
          if (result.errors?.length || result.data == null) throw failure('graphql-ws', sent, received);
        }
      } catch (error) {
        if (error instanceof GraphQLRequestError) throw error;
        // graphql-ws rejects with the errors array, or a CloseEvent, when the server refuses the operation.
        throw failure('graphql-ws', sent, [...received, error instanceof Error ? error.message : error]);
      }
      return received.map((result) => (result as { data: unknown }).data) as never;
    },

    async close() {
      await socket?.dispose();
    },
  };
}
