import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyst } from '../../../src/analyst/analyst.js';
import { findEmulatorJar } from '../../../src/firestore-emulator/find-jar.js';
import { startFirestoreEmulator, type FirestoreEmulator } from '../../../src/firestore-emulator/emulator.js';
import { createFirestoreClient } from '../../../src/history/firestore-client.js';
import { ConversationRepository } from '../../../src/history/conversation-repository.js';
import { createRunRegistry } from '../../../src/ask/create-runs.js';
import type { AppServices } from '../../../src/services.js';
import { clearFirestore, TEST_PROJECT_ID } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ASK_QUERY, collect, execute, Gate, query, wsClient, type AskEventData } from './ask-client.js';
import { DEMO_ENV, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/** A dependency failing mid-run ends that run with AskFailed, leaves nothing half-written, and the server carries on. */

function waitingBeforeSql(base: Analyst, gate: Gate): Analyst {
  return {
    ...base,
    async writeSql(request) {
      await gate.pass(request.signal);
      return base.writeSql(request);
    },
  };
}

function waitingBeforeAnswer(base: Analyst, gate: Gate): Analyst {
  return {
    ...base,
    async interpret(request) {
      await gate.pass(request.signal);
      return base.interpret(request);
    },
  };
}

function withGatedRuns(wrap: (base: Analyst) => Analyst, historyTimeoutMs?: number) {
  return (services: AppServices): AppServices => {
    const analyst = wrap(services.analyst);
    return {
      ...services,
      analyst,
      runs: createRunRegistry({ ...services, analyst, ...(historyTimeoutMs ? { historyTimeoutMs } : {}) }),
    };
  };
}

describe('a warehouse outage mid-run', () => {
  let server: TestServer;
  const gate = new Gate();
  beforeAll(async () => {
    await ensureDemoWarehouse();
    await clearFirestore();
    server = await startTestServer({ env: DEMO_ENV, customize: withGatedRuns((base) => waitingBeforeSql(base, gate)) });
  });
  afterAll(() => server?.stop());

  it('fails the run with WAREHOUSE_UNAVAILABLE, saves it as failed, and the server answers the next question', async () => {
    const client = wsClient(server.wsUrl);
    const run = collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    await gate.reached;
    await server.services.warehouse.close();
    gate.open();
    const events = await run;
    const failed = events.at(-1)!;
    expect(failed).toMatchObject({ __typename: 'AskFailed', code: 'WAREHOUSE_UNAVAILABLE', retryable: true });
    expect(failed.message).not.toMatch(/at .*\.ts|Error:/);
    expect(events.some((event) => event.__typename === 'AskCompleted')).toBe(false);

    const { conversation } = await query<{
      conversation: { messageCount: number; messages: { edges: { node: { role: string; status: string } }[] } };
    }>(
      server.url,
      `query ($id: ID!) { conversation(id: $id) { messageCount messages { edges { node { role status } } } } }`,
      { id: events[0]!.conversationId },
    );
    expect(conversation.messageCount).toBe(2);
    expect(conversation.messages.edges.map((edge) => edge.node)).toEqual([
      { role: 'USER', status: 'COMPLETE' },
      { role: 'ASSISTANT', status: 'FAILED' },
    ]);

    const next = await collect(client, ASK_QUERY, { input: { question: 'hello' } });
    await client.dispose();
    expect(next.at(-1)?.__typename).toBe('AskCompleted');
  });
});

describe('a Firestore outage mid-run', () => {
  let emulator: FirestoreEmulator | undefined;
  let server: TestServer;
  let dataDir: string;
  const gate = new Gate();

  // firebase-admin lets FIRESTORE_EMULATOR_HOST override a client's own host setting, so while this server
  // talks to its private emulator, the variable must name it too.
  const sharedHost = process.env.FIRESTORE_EMULATOR_HOST;
  const useEmulator = (host: string) => {
    process.env.FIRESTORE_EMULATOR_HOST = host;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'askql-outage-'));
    emulator = await startFirestoreEmulator({
      jar: findEmulatorJar(process.env.FIRESTORE_EMULATOR_JAR),
      projectId: TEST_PROJECT_ID,
      heapMb: 256,
      dataDir,
      exportIntervalMs: 0,
    });
    useEmulator(emulator.host);
    server = await startTestServer({
      env: { ...DEMO_ENV, FIRESTORE_EMULATOR_HOST: emulator.host },
      customize: withGatedRuns((base) => waitingBeforeAnswer(base, gate), 8000),
    });
  }, 120_000);
  afterAll(async () => {
    // This server is left to the worker's exit: its Firestore client is still retrying a transaction against
    // the emulator that went away, and terminating the client under it makes that retry reject unhandled.
    await emulator?.stop();
    if (sharedHost) useEmulator(sharedHost);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'fails the run with HISTORY_UNAVAILABLE and leaves the question alone, without a half-written answer',
    { timeout: 120_000 },
    async () => {
      const client = wsClient(server.wsUrl);
      // Warm the connection to the fresh emulator, then a first question (it needs no data, so it passes no gate).
      await server.services.history.ping();
      expect((await collect(client, ASK_QUERY, { input: { question: 'hello' } })).at(-1)?.__typename).toBe(
        'AskCompleted',
      );
      const run = collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
      await Promise.race([
        gate.reached,
        run.then((events) => Promise.reject(new Error(`ended early: ${JSON.stringify(events)}`))),
      ]);
      // Stopping exports the data as it stands: the question was saved before the graph started.
      await emulator!.stop();
      emulator = undefined;
      gate.open();
      const events: AskEventData[] = await run;
      await client.dispose();
      const failed = events.at(-1)!;
      expect(failed).toMatchObject({ __typename: 'AskFailed', code: 'HISTORY_UNAVAILABLE', retryable: true });
      expect(events.some((event) => event.__typename === 'AskCompleted')).toBe(false);
      const healthz = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(healthz.status).toBe(200);

      // Back from the export: the conversation holds the question, counted once, and no answer.
      emulator = await startFirestoreEmulator({
        jar: findEmulatorJar(process.env.FIRESTORE_EMULATOR_JAR),
        projectId: TEST_PROJECT_ID,
        heapMb: 256,
        dataDir,
        exportIntervalMs: 0,
      });
      useEmulator(emulator.host);
      const firestore = createFirestoreClient({ projectId: TEST_PROJECT_ID, emulatorHost: emulator.host });
      try {
        const history = new ConversationRepository(firestore.firestore);
        const conversationId = Buffer.from(events[0]!.conversationId!, 'base64').toString().split(':')[1]!;
        const conversation = await history.reads.getConversation('demo', conversationId);
        const messages = await history.reads.listMessages('demo', conversationId);
        expect(conversation?.messageCount).toBe(1);
        expect(messages.items.map((item) => [item.record.role, item.record.content])).toEqual([['user', TOP_POSTS]]);
        const record = await firestore.firestore.collection('runs').doc(events[0]!.runId).get();
        expect(record.get('status')).not.toBe('completed');
      } finally {
        await firestore.close();
      }
    },
  );

  it(
    'answers history reads with a typed, retryable SERVICE_UNAVAILABLE while Firestore is gone, and keeps serving',
    { timeout: 60_000 },
    async () => {
      // The server still points at the emulator that was stopped above.
      const response = await execute(server.url, `{ conversations(first: 5) { edges { node { id title } } } }`);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
      expect(response.errors?.[0]?.message).toMatch(/unavailable/i);
      expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
    },
  );
});
