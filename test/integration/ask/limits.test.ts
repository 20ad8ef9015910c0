import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import {
  ASK_QUERY,
  ASK_RUN,
  analystWaitingAt,
  collect,
  execute,
  Gate,
  GraphQLErrors,
  query,
  withAnalyst,
  wsClient,
  type AskEventData,
} from './ask-client.js';
import { MAX_REQUEST_BYTES } from '../../../src/app.js';
import { QUESTION_MAX_LENGTH } from '../../../src/question-limit.js';
import { DEMO_ENV, DEMO_WAREHOUSE_FILE, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/** Limits, the busy policy, bad input and other users: each refused question is told why and changes nothing. */
let server: TestServer;
let gate: Gate;

beforeAll(async () => {
  await ensureDemoWarehouse();
  server = await startTestServer({
    env: { ...DEMO_ENV, ASKQL_MAX_RUNS_PER_USER: '3', ASKQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2' },
    customize: withAnalyst((base) => analystWaitingAt(base, () => gate)),
  });
});
afterAll(() => server?.stop());
beforeEach(async () => {
  gate = new Gate();
  await clearFirestore();
});

/** Starts a run and returns once it waits at the gate, with its events so far and the rest to come. */
function startGated(target: TestServer, input: Record<string, unknown>): { all: Promise<AskEventData[]> } {
  const client = wsClient(target.wsUrl);
  const all = collect(client, ASK_QUERY, { input }).finally(() => client.dispose());
  return { all };
}

async function conversationCount(url: string): Promise<number> {
  const data = await query<{ conversations: { edges: unknown[] } }>(
    url,
    `{ conversations(first: 50) { edges { node { id } } } }`,
  );
  return data.conversations.edges.length;
}

async function greet(target: TestServer): Promise<string> {
  const events = await collect(wsClient(target.wsUrl), ASK_QUERY, { input: { question: 'hello' } });
  expect(events.at(-1)?.__typename).toBe('AskCompleted');
  return events[0]!.conversationId!;
}

describe('limits', () => {
  it('refuses a fourth run at once with RATE_LIMITED, and the three others finish', async () => {
    const runs = [1, 2, 3].map(() => startGated(server, { question: TOP_POSTS }));
    await gate.reached;
    await expect.poll(() => server.services.runs.activeRuns).toBe(3);
    const fourth = await collect(wsClient(server.wsUrl), ASK_QUERY, { input: { question: TOP_POSTS } });
    expect(fourth).toEqual([
      // The wait is for one of the three to end, which no clock can say.
      expect.objectContaining({
        __typename: 'AskFailed',
        seq: 1,
        code: 'RATE_LIMITED',
        retryable: true,
        retryAfterSeconds: null,
      }),
    ]);
    gate.open();
    const finished = await Promise.all(runs.map((run) => run.all));
    expect(finished.map((events) => events.at(-1)?.__typename)).toEqual([
      'AskCompleted',
      'AskCompleted',
      'AskCompleted',
    ]);
    expect(await conversationCount(server.url)).toBe(3);
  });

  it('refuses a second question in a busy conversation with CONVERSATION_BUSY (the default policy)', async () => {
    const conversationId = await greet(server);
    const first = startGated(server, { question: TOP_POSTS, conversationId });
    await gate.reached;
    const second = await collect(wsClient(server.wsUrl), ASK_QUERY, {
      input: { question: 'what about TikTok?', conversationId },
    });
    expect(second).toEqual([
      expect.objectContaining({ __typename: 'AskFailed', code: 'CONVERSATION_BUSY', retryable: true }),
    ]);
    gate.open();
    expect((await first.all).at(-1)?.__typename).toBe('AskCompleted');
  });

  it('caps the operations running at once on one connection', async () => {
    const asking = wsClient(server.wsUrl);
    const run = asking.iterate<{ askQuery: AskEventData }>({
      query: ASK_QUERY,
      variables: { input: { question: TOP_POSTS } },
    });
    const started = (await run.next()).value as { data: { askQuery: AskEventData } };
    await gate.reached;
    const client = wsClient(server.wsUrl);
    const outcomes = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<unknown>((resolve) => {
            client.subscribe(
              { query: ASK_RUN, variables: { runId: started.data.askQuery.runId } },
              {
                next: () => resolve('streaming'),
                error: (error) => resolve(error),
                complete: () => resolve('complete'),
              },
            );
          }),
      ),
    );
    const codes = outcomes.map((outcome) =>
      Array.isArray(outcome) ? (outcome[0] as { extensions?: { code?: string } }).extensions?.code : outcome,
    );
    expect(codes.sort()).toEqual(['RATE_LIMITED', 'streaming', 'streaming']);
    gate.open();
    for await (const _event of run) {
      // drains the run to its end
    }
    await client.dispose();
    await asking.dispose();
  });
});

describe('a run that takes too long', () => {
  it('is stopped at the run deadline with TIMEOUT, saved as failed, and frees its slot', async () => {
    const slow = await startTestServer({
      env: { ...DEMO_ENV, ASKQL_RUN_TIMEOUT_MS: '1000', ASKQL_MAX_RUNS_PER_USER: '1' },
      customize: withAnalyst((base) => analystWaitingAt(base, () => gate)),
    });
    try {
      const client = wsClient(slow.wsUrl);
      const events = await collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
      expect(events.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'TIMEOUT', retryable: true });
      const { conversation } = await query<{
        conversation: { messages: { edges: { node: { role: string; status: string } }[] } };
      }>(slow.url, `query ($id: ID!) { conversation(id: $id) { messages { edges { node { role status } } } } }`, {
        id: events[0]!.conversationId,
      });
      expect(conversation.messages.edges.map((edge) => edge.node)).toEqual([
        { role: 'USER', status: 'COMPLETE' },
        { role: 'ASSISTANT', status: 'FAILED' },
      ]);
      gate.open();
      const next = await collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
      expect(next.at(-1)?.__typename).toBe('AskCompleted');
      await client.dispose();
    } finally {
      await slow.stop();
    }
  });
});

describe('bad input loses nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an empty question', { question: '' }, 'BAD_USER_INPUT'],
    ['a blank question', { question: '   \n ' }, 'BAD_USER_INPUT'],
    ['a question over 1,000 characters', { question: 'x'.repeat(QUESTION_MAX_LENGTH + 1) }, 'BAD_USER_INPUT'],
    ['a conversation id that is not one', { question: TOP_POSTS, conversationId: 'not-an-id' }, 'BAD_USER_INPUT'],
    [
      'a conversation that does not exist',
      { question: TOP_POSTS, conversationId: Buffer.from('Conversation:nope').toString('base64') },
      'NOT_FOUND',
    ],
  ];
  for (const [name, input, code] of cases) {
    it(`refuses ${name} with ${code}`, async () => {
      gate.open();
      const error = await collect(wsClient(server.wsUrl), ASK_QUERY, { input }).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(error)).toBeInstanceOf(GraphQLErrors);
      expect((error as GraphQLErrors).code).toBe(code);
      expect(await conversationCount(server.url)).toBe(0);
    });
  }

  it('refuses nodes(ids:) with more than 100 ids, reading none of them, and answers 100', async () => {
    const id = (index: number) => Buffer.from(`Conversation:missing-${index}`).toString('base64');
    const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const tooMany = await execute(server.url, NODES, { ids: Array.from({ length: 101 }, (_, index) => id(index)) });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100 ids/);
    const page = await execute<{ nodes: unknown[] }>(server.url, NODES, {
      ids: Array.from({ length: 100 }, (_, index) => id(index)),
    });
    expect(page.errors).toBeUndefined();
    expect(page.data?.nodes).toHaveLength(100);
  });

  it('refuses a request over 1 MiB before reading it, over HTTP and WebSocket, and keeps serving', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(MAX_REQUEST_BYTES) } });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });

    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(huge);
    expect(await closed).toBe(1009);

    gate.open();
    expect(await greet(server)).toEqual(expect.any(String));
  });

  it('accepts a question of exactly 1,000 characters, and the analyst reads it rather than declining it as too long', async () => {
    gate.open();
    const events = await collect(wsClient(server.wsUrl), ASK_QUERY, {
      input: { question: `hello ${'x'.repeat(QUESTION_MAX_LENGTH - 6)}` },
    });
    expect(events[0]?.__typename).toBe('AskStarted');
    expect(events.at(-1)?.__typename).toBe('AskCompleted');
    expect(events.at(-1)?.answer).not.toMatch(/longer than a question/);
  });
});

describe('other users', () => {
  let alice: TestServer;
  let aliceDir: string;
  beforeAll(async () => {
    // A second server whose development user is "alice", on the same Firestore (its own copy of the warehouse file).
    aliceDir = mkdtempSync(path.join(os.tmpdir(), 'askql-alice-'));
    const file = path.join(aliceDir, 'warehouse.duckdb');
    copyFileSync(DEMO_WAREHOUSE_FILE, file);
    alice = await startTestServer({
      env: { ...DEMO_ENV, ASKQL_DEV_USER: 'alice', ASKQL_WAREHOUSE_URL: `duckdb:${file}` },
    });
  });
  afterAll(async () => {
    await alice?.stop();
    rmSync(aliceDir, { recursive: true, force: true });
  });

  it("cannot ask in, rejoin, cancel or rate someone else's conversation and run", async () => {
    gate.open();
    const events: AskEventData[] = await collect(wsClient(server.wsUrl), ASK_QUERY, { input: { question: TOP_POSTS } });
    const { runId, conversationId } = events[0]!;
    const messageId = events.at(-1)!.savedMessage!.id;

    const ask = await collect(wsClient(alice.wsUrl), ASK_QUERY, {
      input: { question: 'what about TikTok?', conversationId },
    }).catch((error: unknown) => error);
    expect((ask as GraphQLErrors).code).toBe('NOT_FOUND');
    const rejoin = await collect(wsClient(alice.wsUrl), ASK_RUN, { runId }).catch((error: unknown) => error);
    expect((rejoin as GraphQLErrors).code).toBe('NOT_FOUND');
    const cancel = await query<{ cancelAsk: unknown }>(
      alice.url,
      `mutation ($id: ID!) { cancelAsk(input: { runId: $id }) { cancelled userErrors { code } } }`,
      { id: runId },
    );
    expect(cancel.cancelAsk).toEqual({ cancelled: false, userErrors: [{ code: 'NOT_FOUND' }] });
    const rate = await query<{ rateAnswer: unknown }>(
      alice.url,
      `mutation ($id: ID!) { rateAnswer(input: { messageId: $id, rating: DOWN }) { message { id } userErrors { code } } }`,
      {
        id: messageId,
      },
    );
    expect(rate.rateAnswer).toEqual({ message: null, userErrors: [{ code: 'NOT_FOUND' }] });

    const mine = await query<{
      conversation: { messageCount: number; messages: { edges: { node: { rating: unknown } }[] } };
    }>(
      server.url,
      `query ($id: ID!) { conversation(id: $id) { messageCount messages { edges { node { rating { value } } } } } }`,
      { id: conversationId },
    );
    expect(mine.conversation.messageCount).toBe(2);
    expect(mine.conversation.messages.edges.map((edge) => edge.node.rating)).toEqual([null, null]);
    expect(await conversationCount(alice.url)).toBe(0);
  });
});

describe('without credentials', () => {
  it('refuses askQuery over SSE and WebSocket when tokens are required', async () => {
    const locked = await startTestServer({ env: { ...DEMO_ENV, ASKQL_AUTH: 'firebase' } });
    try {
      const response = await fetch(locked.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: ASK_QUERY, variables: { input: { question: TOP_POSTS } } }),
      });
      expect(response.status).toBe(401);
      const closed = await collect(wsClient(locked.wsUrl), ASK_QUERY, { input: { question: TOP_POSTS } }).catch(
        (error: unknown) => error,
      );
      expect(String((closed as { code?: number }).code ?? closed)).toContain('4403');
    } finally {
      await locked.stop();
    }
  });
});
