import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Analyst } from '../../../src/analyst/analyst.js';
import { createRunRegistry } from '../../../src/ask/create-runs.js';
import type { AppServices } from '../../../src/services.js';

/** Every field of every event, as a client that shows the whole run would ask for them. */
export const EVENT_FIELDS = `
  __typename
  runId
  seq
  ... on AskStarted { conversationId }
  ... on AskProgress { stage message percent attempt }
  ... on AnswerDelta { text }
  ... on AskCompleted {
    answer sql chart suggestions
    result { columns { name type } rows truncated rowCount }
    citations { start end text computation cells { row column } }
    savedMessage: message { id role status content sql }
    conversation { id title preview messageCount updatedAt }
  }
  ... on AskFailed { code message retryable retryAfterSeconds }
`;

export const ASK_QUERY = `subscription Ask($input: AskQueryInput!) { askQuery(input: $input) { ${EVENT_FIELDS} } }`;
export const ASK_RUN = `subscription Rejoin($runId: ID!, $afterSeq: Int) { askRun(runId: $runId, afterSeq: $afterSeq) { ${EVENT_FIELDS} } }`;

/** An event as the tests read it: the union of every event's fields. */
export interface AskEventData {
  __typename: 'AskStarted' | 'AskProgress' | 'AnswerDelta' | 'AskCompleted' | 'AskFailed';
  runId: string;
  seq: number;
  conversationId?: string;
  stage?: string;
  message?: string;
  percent?: number;
  attempt?: number;
  text?: string;
  answer?: string;
  sql?: string | null;
  chart?: unknown;
  suggestions?: string[];
  result?: {
    columns: { name: string; type: string }[];
    rows: unknown[][];
    truncated: boolean;
    rowCount: number;
  } | null;
  citations?: { start: number; end: number; text: string }[];
  savedMessage?: { id: string; role: string; status: string; content: string; sql: string | null };
  conversation?: { id: string; title: string; preview: string; messageCount: number; updatedAt: string };
  code?: string;
  retryable?: boolean;
  retryAfterSeconds?: number | null;
}

export function wsClient(wsUrl: string, options: { authorization?: string; lazy?: boolean } = {}): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: options.lazy ?? true,
    retryAttempts: 0,
    connectionParams: options.authorization ? { authorization: options.authorization } : {},
  });
}

/** Runs a subscription to its end and returns its events; throws with the GraphQL errors when it fails. */
export async function collect(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  field = query.includes('askRun') ? 'askRun' : 'askQuery',
): Promise<AskEventData[]> {
  const events: AskEventData[] = [];
  for await (const result of client.iterate<Record<string, AskEventData>>({ query, variables })) {
    if (result.errors?.length) throw new GraphQLErrors(result.errors);
    const event = result.data?.[field];
    if (event) events.push(event);
  }
  return events;
}

const codeOf = (extensions: Record<string, unknown> | undefined): string =>
  typeof extensions?.code === 'string' ? extensions.code : '';

export class GraphQLErrors extends Error {
  constructor(readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors.map((error) => `${codeOf(error.extensions)} ${error.message}`).join('; '));
  }
  get code(): unknown {
    return this.errors[0]?.extensions?.code;
  }
}

/** A query or mutation over HTTP; fails with the request and the response when the server reports errors. */
// The caller names the shape of an untyped query's data; typed documents go through test/helpers/api.ts.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function execute<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** Like `execute`, but any GraphQL error fails the test with what was sent and what came back. */
export async function query<T = Record<string, unknown>>(
  url: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await execute<T>(url, document, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(
      `request failed\n${document}\n${JSON.stringify(variables)}\n→ ${JSON.stringify(response, null, 2)}`,
    );
  }
  return response.data;
}

/** A gate the test opens when it is ready: a run waiting at it is "mid-run" for as long as the test needs. */
export class Gate {
  private release!: () => void;
  private arrive!: () => void;
  /** Resolves once the test opened the gate. */
  readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  /** Resolves once a run reached the gate. */
  readonly reached = new Promise<void>((resolve) => (this.arrive = resolve));

  open(): void {
    this.release();
  }

  /** Waits at the gate, or stops waiting (throwing the reason) when the run is cancelled. */
  async pass(signal?: AbortSignal): Promise<void> {
    this.arrive();
    signal?.throwIfAborted();
    await new Promise<void>((resolve, reject) => {
      const abort = () => reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      signal?.addEventListener('abort', abort, { once: true });
      void this.opened.then(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      });
    });
  }
}

/**
 * The real offline analyst, made to wait at the test's current gate before interpreting: the run is then mid-way (planned,
 * queried) for as long as the test needs, and still cancellable through its AbortSignal.
 */
export function analystWaitingAt(base: Analyst, currentGate: () => Gate): Analyst {
  return {
    ...base,
    async interpret(request) {
      await currentGate().pass(request.signal);
      return base.interpret(request);
    },
  };
}

/** Replaces the server's analyst (and the run registry built on it), keeping everything else real. */
export function withAnalyst(analyst: (base: Analyst) => Analyst) {
  return (services: AppServices): AppServices => {
    const wrapped = analyst(services.analyst);
    return { ...services, analyst: wrapped, runs: createRunRegistry({ ...services, analyst: wrapped }) };
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs` with the last value seen. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
