import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFirestore, firestoreEmulatorHost } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { spawnServer, type SpawnedServer } from '../../helpers/spawn-server.js';
import { ASK_QUERY, analystWaitingAt, collect, Gate, withAnalyst, wsClient } from './ask-client.js';
import { DEMO_ENV, DEMO_WAREHOUSE_FILE, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/**
 * Two server processes behind one load balancer share the run limits through Redis: a user with one run going on
 * instance A cannot start another on instance B, and the rate of new runs is counted across both.
 */
const shared = () => ({
  ASKQL_REDIS_URL: 'redis://127.0.0.1:6379',
  ASKQL_REDIS_PREFIX: `askql-test-${randomBytes(4).toString('hex')}:`,
  ASKQL_MAX_RUNS_PER_USER: '1',
  ASKQL_RUNS_PER_MINUTE: '3',
});

describe('run limits shared through Redis', { timeout: 120_000 }, () => {
  const env = shared();
  let a: TestServer;
  let b: SpawnedServer;
  let gate = new Gate();
  beforeAll(async () => {
    await ensureDemoWarehouse();
    await clearFirestore();
    [a, b] = await Promise.all([
      startTestServer({
        env: { ...DEMO_ENV, ...env },
        customize: withAnalyst((base) => analystWaitingAt(base, () => gate)),
      }),
      spawnServer({
        warehouseFile: DEMO_WAREHOUSE_FILE,
        env: { FIRESTORE_EMULATOR_HOST: firestoreEmulatorHost(), ...env },
      }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    if (b) {
      b.process.kill('SIGTERM');
      await b.exited;
      rmSync(b.dir, { recursive: true, force: true });
    }
  });

  it('refuses a second run on instance B while the user has one going on A, and admits it once A is done', async () => {
    const clientA = wsClient(a.wsUrl);
    const clientB = wsClient(b.wsUrl);
    try {
      const running = collect(clientA, ASK_QUERY, { input: { question: TOP_POSTS } });
      await gate.reached;
      const refused = await collect(clientB, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      expect(refused).toEqual([
        expect.objectContaining({ __typename: 'AskFailed', code: 'RATE_LIMITED', retryable: true, seq: 1 }),
      ]);
      gate.open();
      expect((await running).at(-1)?.__typename).toBe('AskCompleted');
      const admitted = await collect(clientB, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      expect(admitted.at(-1)?.__typename).toBe('AskCompleted');
    } finally {
      await clientA.dispose();
      await clientB.dispose();
    }
  });

  it('counts new runs a minute across both instances', async () => {
    gate = new Gate();
    gate.open();
    // Two runs so far (one on A, one on B) of the three a minute: one more on A, then B refuses the fourth.
    const clientA = wsClient(a.wsUrl);
    const clientB = wsClient(b.wsUrl);
    try {
      expect((await collect(clientA, ASK_QUERY, { input: { question: 'hello' } })).at(-1)?.__typename).toBe(
        'AskCompleted',
      );
      const fourth = await collect(clientB, ASK_QUERY, { input: { question: 'hello' } });
      expect(fourth.at(-1)).toMatchObject({
        __typename: 'AskFailed',
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/3 questions a minute/),
      });
      // When the shared rate frees a question, as the limiter counts it: within the minute, and what the message says.
      const { retryAfterSeconds, message } = fourth.at(-1)!;
      expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(message).toContain(`Try again in ${retryAfterSeconds} s.`);
    } finally {
      await clientA.dispose();
      await clientB.dispose();
    }
  });
});
