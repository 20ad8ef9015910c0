import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_QUERY, ASK_RUN, collect, query, withAnalyst, wsClient } from '../ask/ask-client.js';
import { DEMO_ENV, ensureDemoWarehouse } from '../ask/demo-env.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/**
 * An ordinary wide result: 1,000 rows of 1.2 kB each (1.2 MB), more than a Firestore document holds. The answer is
 * shown and saved; history keeps a bounded preview that says it is one, and a rejoining client gets the answer.
 */
const WIDE_SQL = "SELECT order_id, lpad('x', 1200, 'x') AS note FROM orders ORDER BY order_id LIMIT 1000";

const MESSAGES = `query ($id: ID!) { conversation(id: $id) { messageCount messages { edges { node { role status content result { rowCount truncated rows } } } } } }`;
interface Messages {
  conversation: {
    messageCount: number;
    messages: {
      edges: {
        node: {
          role: string;
          status: string;
          content: string;
          result: { rowCount: number; truncated: boolean; rows: unknown[][] } | null;
        };
      }[];
    };
  };
}

describe('a result wider than a Firestore document', () => {
  let server: TestServer;
  beforeAll(async () => {
    await ensureDemoWarehouse();
    await clearFirestore();
    server = await startTestServer({
      env: DEMO_ENV,
      customize: withAnalyst((base) => ({ ...base, writeSql: () => Promise.resolve(WIDE_SQL) })),
    });
  });
  afterAll(() => server?.stop());

  it('is answered and saved: the message keeps a bounded preview marked truncated, with the full row count', async () => {
    const client = wsClient(server.wsUrl);
    try {
      const events = await collect(client, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      const completed = events.at(-1)!;
      expect(completed).toMatchObject({ __typename: 'AskCompleted', result: { rowCount: 1000 } });
      expect(completed.result!.rows).toHaveLength(1000);

      const { conversation } = await query<Messages>(server.url, MESSAGES, { id: events[0]!.conversationId });
      const answer = conversation.messages.edges[1]!.node;
      expect(answer).toMatchObject({
        role: 'ASSISTANT',
        status: 'COMPLETE',
        result: { rowCount: 1000, truncated: true },
      });
      expect(answer.result!.rows.length).toBeGreaterThan(0);
      expect(answer.result!.rows.length).toBeLessThan(1000);
      expect(JSON.stringify(answer.result!.rows).length).toBeLessThanOrEqual(256 * 1024);

      // A client that lost the run rejoins it and gets the answer.
      const replay = await collect(client, ASK_RUN, { runId: completed.runId, afterSeq: 0 });
      expect(replay.at(-1)).toMatchObject({
        __typename: 'AskCompleted',
        answer: completed.answer,
        result: { rowCount: 1000 },
      });
    } finally {
      await client.dispose();
    }
  });
});
