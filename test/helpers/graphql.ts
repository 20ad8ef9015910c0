import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: ReadonlyArray<{
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }>;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>` (HTTP) or `connectionParams.authorization` (WebSocket). */
  readonly token?: string;
}

/** A query as a test writes it: a string (deliberately invalid ones too), or a typed document from test/gql. */
export type Operation = string | DocumentNode;

const textOf = (operation: Operation): string => (typeof operation === 'string' ? operation : print(operation));

/** POSTs one operation over GraphQL over HTTP with fetch; errors are returned, not thrown, for tests of them. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  operation: Operation,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const query = textOf(operation);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}) for ${query}\n${text.slice(0, 500)}`);
  }
}

/** Like postGraphQL but fails, printing what was sent and what came back, unless the response has data and no errors. */
// Untyped queries written in a test read their data loosely; typed documents go through api.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectData<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<T> {
  const response = await postGraphQL<T>(url, query, variables, options);
  if (response.errors?.length || !response.data) {
    throw new Error(
      `GraphQL request failed\nsent: ${query}\nvariables: ${JSON.stringify(variables)}\ngot: ${JSON.stringify(response, null, 2)}`,
    );
  }
  return response.data;
}

/** A graphql-ws client over a real socket; `lazy: false` so a refused connection shows up at once. */
export function wsClient(
  wsUrl: string,
  options: RequestOptions & { onClose?: (code: number, reason: string) => void } = {},
): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        options.onClose?.(code, reason);
      },
    },
    onNonLazyError: () => undefined,
  });
}

/** Runs one query or mutation over graphql-ws and returns its single result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as expectData: untyped queries read loosely.
export async function wsExecute<T = Record<string, any>>(
  client: Client,
  operation: Operation,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const query = textOf(operation);
  for await (const result of client.iterate({ query, variables })) {
    return { status: 0, ...(result as object) };
  }
  throw new Error(`no result over WebSocket for ${query}`);
}
