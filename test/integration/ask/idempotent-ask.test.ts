import { beforeEach, describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import type { GraphQLApi } from '../../helpers/api.js';
import { serverTest } from '../../helpers/fixtures.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { ASK_QUERY, analystWaitingAt, collect, Gate, withAnalyst, wsClient, type AskEventData } from './ask-client.js';
import { DEMO_ENV, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/**
 * A network blip makes graphql-ws re-send the same askQuery: with the client's request id, the retry joins the
 * run it started. The question is asked once, saved once, and answered once.
 */
let gate: Gate;
const it = serverTest({
  prepare: ensureDemoWarehouse,
  env: DEMO_ENV,
  customize: withAnalyst((base) => analystWaitingAt(base, () => gate)),
});
beforeEach(async () => {
  gate = new Gate();
  await clearFirestore();
});

const CONVERSATION_COUNTS = graphql(`
  query ConversationMessageCounts {
    conversations(first: 10) {
      edges {
        node {
          id
          messageCount
        }
      }
    }
  }
`);

async function conversations(api: GraphQLApi): Promise<{ id: string; messageCount: number }[]> {
  const data = await api.execute(CONVERSATION_COUNTS);
  return data.conversations.edges.map((edge) => edge.node);
}

describe('askQuery with a request id', () => {
  it('sent again after the connection dropped, joins the run it started: one run, one conversation, one answer', async ({
    server,
    api,
  }) => {
    const input = { question: TOP_POSTS, requestId: 'c6f1b8e2-retry-test' };
    const first = wsClient(server.wsUrl);
    const seen: AskEventData[] = [];
    const firstRun = (async () => {
      for await (const result of first.iterate<{ askQuery: AskEventData }>({
        query: ASK_QUERY,
        variables: { input },
      })) {
        if (result.data) seen.push(result.data.askQuery);
      }
    })().catch(() => undefined);
    await gate.reached;
    first.terminate();
    await firstRun;

    const second = wsClient(server.wsUrl);
    const retried = collect(second, ASK_QUERY, { input });
    gate.open();
    const events = await retried;
    await second.dispose();
    expect(events[0]).toMatchObject({
      __typename: 'AskStarted',
      runId: seen[0]!.runId,
      conversationId: seen[0]!.conversationId,
      seq: 1,
    });
    expect(events.at(-1)?.__typename).toBe('AskCompleted');
    expect(await conversations(api)).toEqual([{ id: seen[0]!.conversationId, messageCount: 2 }]);
  });

  it('sent twice at once, streams the same run to both', async ({ server, api }) => {
    const input = { question: TOP_POSTS, requestId: 'twice-at-once' };
    const a = wsClient(server.wsUrl);
    const b = wsClient(server.wsUrl);
    const runs = Promise.all([collect(a, ASK_QUERY, { input }), collect(b, ASK_QUERY, { input })]);
    await gate.reached;
    gate.open();
    const [first, second] = await runs;
    await Promise.all([a.dispose(), b.dispose()]);
    expect(second.map((event) => event.seq)).toEqual(first.map((event) => event.seq));
    expect(second[0]!.runId).toBe(first[0]!.runId);
    expect(await conversations(api)).toHaveLength(1);
  });

  it('is a different question for a different id, and refuses an id that is not one', async ({ server, api }) => {
    gate.open();
    await collect(wsClient(server.wsUrl), ASK_QUERY, { input: { question: 'hello', requestId: 'one' } });
    await collect(wsClient(server.wsUrl), ASK_QUERY, { input: { question: 'hello', requestId: 'two' } });
    expect(await conversations(api)).toHaveLength(2);
    const refused = await collect(wsClient(server.wsUrl), ASK_QUERY, {
      input: { question: 'hello', requestId: 'has spaces/slashes' },
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
