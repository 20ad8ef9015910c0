import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import {
  ASK_QUERY,
  analystWaitingAt,
  collect,
  Gate,
  query,
  withAnalyst,
  wsClient,
  type AskEventData,
} from './ask-client.js';
import { DEMO_ENV, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/** The other two answers to "a second question while the conversation is still answering": interrupt and enqueue. */
let gate: Gate;
beforeEach(async () => {
  gate = new Gate();
  await clearFirestore();
});

async function greet(server: TestServer): Promise<string> {
  const events = await collect(wsClient(server.wsUrl), ASK_QUERY, { input: { question: 'hello' } });
  return events[0]!.conversationId!;
}

function ask(server: TestServer, input: Record<string, unknown>): Promise<AskEventData[]> {
  const client = wsClient(server.wsUrl);
  return collect(client, ASK_QUERY, { input }).finally(() => client.dispose());
}

async function statuses(server: TestServer, conversationId: string): Promise<string[]> {
  const { conversation } = await query<{
    conversation: { messages: { edges: { node: { role: string; status: string } }[] } };
  }>(server.url, `query ($id: ID!) { conversation(id: $id) { messages { edges { node { role status } } } } }`, {
    id: conversationId,
  });
  return conversation.messages.edges.map((edge) => `${edge.node.role} ${edge.node.status}`);
}

describe.each([
  ['interrupt', 'cancels the running question and answers the new one'],
  ['enqueue', 'answers the new question once the running one has finished, in order'],
] as const)('ASKQL_BUSY_POLICY=%s', (policy, behaviour) => {
  let server: TestServer;
  beforeAll(async () => {
    await ensureDemoWarehouse();
    server = await startTestServer({
      env: { ...DEMO_ENV, ASKQL_BUSY_POLICY: policy },
      customize: withAnalyst((base) => analystWaitingAt(base, () => gate)),
    });
  });
  afterAll(() => server?.stop());

  it(behaviour, async () => {
    const conversationId = await greet(server);
    const first = ask(server, { question: TOP_POSTS, conversationId });
    await gate.reached;
    const second = ask(server, { question: 'what about TikTok?', conversationId });
    if (policy === 'interrupt') {
      expect((await first).at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED' });
      gate.open();
      expect((await second).at(-1)?.__typename).toBe('AskCompleted');
      expect(await statuses(server, conversationId)).toEqual([
        'USER COMPLETE',
        'ASSISTANT COMPLETE',
        'USER COMPLETE',
        'ASSISTANT CANCELLED',
        'USER COMPLETE',
        'ASSISTANT COMPLETE',
      ]);
    } else {
      gate.open();
      const [one, two] = await Promise.all([first, second]);
      expect(one.at(-1)?.__typename).toBe('AskCompleted');
      expect(two.at(-1)?.__typename).toBe('AskCompleted');
      expect(two.at(-1)?.sql?.toLowerCase()).toContain('tiktok');
      expect(await statuses(server, conversationId)).toEqual([
        'USER COMPLETE',
        'ASSISTANT COMPLETE',
        'USER COMPLETE',
        'ASSISTANT COMPLETE',
        'USER COMPLETE',
        'ASSISTANT COMPLETE',
      ]);
    }
  });
});
