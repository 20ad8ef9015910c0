import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearFirestore, firestoreEmulatorHost } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { spawnServer, type SpawnedServer } from '../../helpers/spawn-server.js';
import {
  ASK_QUERY,
  ASK_RUN,
  analystWaitingAt,
  collect,
  eventually,
  Gate,
  query,
  withAnalyst,
  wsClient,
  type AskEventData,
} from './ask-client.js';
import { DEMO_ENV, DEMO_WAREHOUSE_FILE, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/**
 * Server processes behind one Firestore, as behind a load balancer: this test's own server (instance A,
 * whose runs wait at a gate) and `askql serve` spawned as separate processes (instance B with the default
 * busy policy, C with `interrupt`, D with `enqueue`). A client that lands on B, C or D can rejoin, cancel,
 * interrupt or queue behind a run that A is answering.
 */
let a: TestServer;
let b: SpawnedServer;
let c: SpawnedServer;
let d: SpawnedServer;
let gate: Gate;

const spawnInstance = (env: Record<string, string> = {}) =>
  spawnServer({
    warehouseFile: DEMO_WAREHOUSE_FILE,
    env: { FIRESTORE_EMULATOR_HOST: firestoreEmulatorHost(), ...env },
  });

beforeAll(async () => {
  await ensureDemoWarehouse();
  [a, b, c, d] = await Promise.all([
    startTestServer({ env: DEMO_ENV, customize: withAnalyst((base) => analystWaitingAt(base, () => gate)) }),
    spawnInstance(),
    spawnInstance({ ASKQL_BUSY_POLICY: 'interrupt' }),
    spawnInstance({ ASKQL_BUSY_POLICY: 'enqueue' }),
  ]);
}, 120_000);
afterAll(async () => {
  await a?.stop();
  await Promise.all(
    [b, c, d].map(async (spawned) => {
      if (!spawned) return;
      const exited = new Promise((resolve) => spawned.process.once('exit', resolve));
      spawned.process.kill('SIGTERM');
      await exited;
      rmSync(spawned.dir, { recursive: true, force: true });
    }),
  );
});
beforeEach(async () => {
  gate = new Gate();
  await clearFirestore();
});

/** Starts a run on A and waits until it is mid-way (at the gate), returning what the client saw so far. */
async function startOnA() {
  const client = wsClient(a.wsUrl);
  const iterator = client.iterate<{ askQuery: AskEventData }>({
    query: ASK_QUERY,
    variables: { input: { question: TOP_POSTS } },
  });
  const seen: AskEventData[] = [];
  const first = await iterator.next();
  seen.push((first.value as { data: { askQuery: AskEventData } }).data.askQuery);
  await gate.reached;
  return { client, iterator, seen };
}

/** Reads a run's subscription to its end and returns its last event. */
async function lastEvent(
  iterator: AsyncIterator<{ data?: { askQuery: AskEventData } | null }>,
): Promise<AskEventData | undefined> {
  let last: AskEventData | undefined;
  for await (const result of { [Symbol.asyncIterator]: () => iterator }) last = result.data?.askQuery ?? last;
  return last;
}

describe('two instances sharing Firestore', () => {
  it('a client that lost instance A rejoins its run on instance B: the missed events, then the rest live', async () => {
    const { client, seen } = await startOnA();
    const runId = seen[0]!.runId;
    // Gone without a goodbye (no `complete`), as when a network or a load balancer drops a connection.
    client.terminate();

    const onB = wsClient(b.wsUrl);
    const resumed: AskEventData[] = [];
    let opened = false;
    for await (const result of onB.iterate<{ askRun: AskEventData }>({
      query: ASK_RUN,
      variables: { runId, afterSeq: 1 },
    })) {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const event = result.data!.askRun;
      resumed.push(event);
      // Once B has relayed everything up to the gate, A may go on: the rest reaches B through Firestore.
      if (!opened && event.__typename === 'AskProgress' && event.stage === 'INTERPRETING') {
        opened = true;
        gate.open();
      }
    }
    await onB.dispose();
    expect(resumed.map((event) => event.seq)).toEqual(resumed.map((_, index) => index + 2));
    expect(resumed.at(-1)).toMatchObject({ __typename: 'AskCompleted', runId });
    expect(resumed.filter((event) => event.__typename === 'AskStarted')).toHaveLength(0);
    const { conversation } = await query<{ conversation: { messageCount: number } }>(
      b.url,
      `query ($id: ID!) { conversation(id: $id) { messageCount } }`,
      {
        id: seen[0]!.conversationId,
      },
    );
    expect(conversation.messageCount).toBe(2);
  });

  it('a follow-up on instance B finds the conversation busy while A answers, and is answered in context once A is done', async () => {
    const { client, iterator, seen } = await startOnA();
    const conversationId = seen[0]!.conversationId!;
    const followUp = { input: { question: 'And for TikTok?', conversationId } };
    const onB = wsClient(b.wsUrl);
    try {
      // A's run record landed with its question, before the run reached the gate.
      expect(await collect(onB, ASK_QUERY, followUp)).toEqual([
        expect.objectContaining({ __typename: 'AskFailed', code: 'CONVERSATION_BUSY', retryable: true }),
      ]);
      gate.open();
      const last = await lastEvent(iterator);
      expect(last).toMatchObject({ __typename: 'AskCompleted', conversation: { messageCount: 2 } });
      const answered = (await collect(onB, ASK_QUERY, followUp)).at(-1);
      expect(answered).toMatchObject({
        __typename: 'AskCompleted',
        conversation: { id: conversationId, messageCount: 4 },
      });
      expect(answered!.sql).toMatch(/tiktok/i);
    } finally {
      await onB.dispose();
      await client.dispose();
    }
  });

  it('a follow-up on instance C, whose policy is interrupt, cancels the run A is answering, then is answered', async () => {
    const { client, iterator, seen } = await startOnA();
    const conversationId = seen[0]!.conversationId!;
    const onC = wsClient(c.wsUrl);
    try {
      const followUp = collect(onC, ASK_QUERY, { input: { question: 'And for TikTok?', conversationId } });
      const last = await lastEvent(iterator);
      expect(last).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED' });
      const answered = (await followUp).at(-1);
      // The question, A's cancelled answer, the follow-up and its answer.
      expect(answered).toMatchObject({
        __typename: 'AskCompleted',
        conversation: { id: conversationId, messageCount: 4 },
      });
      await handledCancelRequestsCleared();
    } finally {
      await onC.dispose();
      await client.dispose();
    }
  });

  it('a follow-up on instance D, whose policy is enqueue, waits for the run A is answering, then is answered', async () => {
    const { client, iterator, seen } = await startOnA();
    const conversationId = seen[0]!.conversationId!;
    const onD = wsClient(d.wsUrl);
    try {
      const followUp = collect(onD, ASK_QUERY, { input: { question: 'And for TikTok?', conversationId } });
      const waiting = await Promise.race([
        followUp.then(() => 'answered'),
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 1000)),
      ]);
      expect(waiting).toBe('waiting');
      gate.open();
      const last = await lastEvent(iterator);
      expect(last).toMatchObject({ __typename: 'AskCompleted', conversation: { messageCount: 2 } });
      const events = await followUp;
      expect(events[0]).toMatchObject({ __typename: 'AskStarted', conversationId });
      // A's question and answer, then the queued follow-up and its answer, in that order.
      expect(events.at(-1)).toMatchObject({
        __typename: 'AskCompleted',
        conversation: { id: conversationId, messageCount: 4 },
      });
      expect(events.at(-1)!.sql).toMatch(/tiktok/i);
    } finally {
      await onD.dispose();
      await client.dispose();
    }
  });

  it('instance B shows the run A is answering as the conversation’s activeRun, and none once it is answered', async () => {
    const { client, iterator, seen } = await startOnA();
    const { runId, conversationId } = seen[0]!;
    const ACTIVE = `query ($id: ID!) { conversation(id: $id) { activeRun { runId status lastSeq } } }`;
    type Active = { conversation: { activeRun: { runId: string; status: string; lastSeq: number } | null } };
    const activeOnB = async () => (await query<Active>(b.url, ACTIVE, { id: conversationId })).conversation.activeRun;
    // B reads it from the run's record in Firestore, written with the question.
    await expect.poll(activeOnB, { timeout: 10_000, interval: 200 }).toMatchObject({ runId, status: 'RUNNING' });
    expect((await activeOnB())!.lastSeq).toBeGreaterThanOrEqual(1);
    gate.open();
    expect((await lastEvent(iterator))?.__typename).toBe('AskCompleted');
    await client.dispose();
    await expect.poll(activeOnB, { timeout: 10_000, interval: 200 }).toBeNull();
  });

  it('cancelAsk on instance B stops a run that instance A is answering', async () => {
    const { client, iterator, seen } = await startOnA();
    const runId = seen[0]!.runId;
    // The run's record reaches Firestore just after it starts; B can only cancel what it can see.
    await expect
      .poll(
        async () =>
          (
            await query<{ cancelAsk: { cancelled: boolean } }>(
              b.url,
              `mutation ($id: ID!) { cancelAsk(input: { runId: $id }) { cancelled } }`,
              { id: runId },
            ).catch(() => null)
          )?.cancelAsk.cancelled,
        {
          timeout: 10_000,
          interval: 200,
        },
      )
      .toBe(true);
    const last = await lastEvent(iterator);
    await client.dispose();
    expect(last).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED' });
    await handledCancelRequestsCleared();
  });
});

/** The instance that ran the cancelled run takes the handled request off its list. */
async function handledCancelRequestsCleared(): Promise<void> {
  await eventually(async () => {
    const instances = await a.services.firestore.collection('instances').get();
    const pending = instances.docs.flatMap((doc) => (doc.get('cancelRequests') as string[] | undefined) ?? []);
    return instances.size > 0 && pending.length === 0 ? true : undefined;
  });
}
