import { describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import { serverTest } from '../../helpers/fixtures.js';
import type { TestServer } from '../../helpers/server.js';
import { clearFirestore } from '../../helpers/firestore.js';
import type { FirestoreCall } from '../../../src/history/firestore-calls.js';
import { appendMessage, createConversation } from './seed-history.js';

/**
 * How many Firestore round trips a query costs, counted where the repository talks to Firestore (every
 * call is reported with its documents and timing), against the real emulator.
 */
const it = serverTest();
const DEMO = 'demo';

it.beforeAll(async ({ server }) => {
  await clearFirestore();
  // 25 conversations of 12 messages: more than one page of each, so limits are really exercised.
  await Promise.all(
    Array.from({ length: 25 }, async (_, c) => {
      const conversation = await createConversation(server.services.history, DEMO);
      for (let m = 0; m < 12; m += 1) {
        await appendMessage(server.services.history, DEMO, conversation.id, {
          role: m % 2 ? 'assistant' : 'user',
          content: `c${c} m${m}`,
          status: 'complete',
        });
      }
    }),
  );
});

async function recordCalls<T>(
  server: TestServer,
  run: () => Promise<T>,
): Promise<{ result: T; calls: FirestoreCall[] }> {
  const calls: FirestoreCall[] = [];
  const stop = server.services.history.observe((call) => calls.push(call));
  try {
    return { result: await run(), calls };
  } finally {
    stop();
  }
}

/**
 * Sequential waves: a call opens a new wave when it starts after some call of the current wave had
 * finished (so it may have needed that result). Calls sent together stay in one wave.
 */
function waves(calls: readonly FirestoreCall[]): FirestoreCall[][] {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  const result: FirestoreCall[][] = [];
  for (const call of sorted) {
    const current = result.at(-1);
    if (current && call.startedAt < Math.min(...current.map((c) => c.endedAt))) current.push(call);
    else result.push([call]);
  }
  return result;
}

const LATEST_MESSAGES = graphql(`
  query ConversationsWithLatestMessages {
    conversations(first: 20) {
      edges {
        node {
          id
          title
          messages(last: 10) {
            edges {
              node {
                id
                content
                conversation {
                  id
                  title
                }
              }
            }
          }
        }
      }
    }
  }
`);

const LAST_MESSAGE_IDS = graphql(`
  query LastMessageIds {
    conversations(first: 20) {
      edges {
        node {
          messages(last: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const MESSAGES_WITH_CONVERSATIONS = graphql(`
  query MessagesWithConversations($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Message {
        content
        conversation {
          id
          title
          messageCount
        }
      }
    }
  }
`);

describe('batched history reads', () => {
  it('resolves 20 conversations × their latest 10 messages × each message’s conversation in ≤ 3 waves, reading ≤ returned + one page', async ({
    server,
    api,
  }) => {
    const { result, calls } = await recordCalls(server, () => api.execute(LATEST_MESSAGES));
    const conversations = result.conversations.edges;
    const messages = conversations.flatMap((edge) => edge.node.messages.edges);
    expect(conversations).toHaveLength(20);
    expect(messages).toHaveLength(200);
    for (const edge of conversations) {
      for (const message of edge.node.messages.edges) expect(message.node.conversation.id).toBe(edge.node.id);
    }
    const returned = conversations.length + messages.length;
    const read = calls.reduce((sum, call) => sum + call.documents, 0);
    const summary = {
      waves: waves(calls).map((wave) => wave.map((call) => `${call.operation}:${call.documents}`)),
      read,
      returned,
    };
    expect(waves(calls).length, JSON.stringify(summary)).toBeLessThanOrEqual(3);
    expect(read, JSON.stringify(summary)).toBeLessThanOrEqual(returned + 20);
    // One list query; the 200 latest messages of all 20 conversations in one getAll (their ids are kept on
    // the conversation documents); every message's `conversation` served by the list already read.
    expect(calls.map((call) => `${call.operation}:${call.documents}`)).toEqual(['query:21', 'getAll:200']);
  });

  it('issues by-id reads as a single getAll, however many fields ask', async ({ server, api }) => {
    const listed = await api.execute(LAST_MESSAGE_IDS);
    const messageIds = listed.conversations.edges.map((edge) => edge.node.messages.edges[0]!.node.id);
    const { result, calls } = await recordCalls(server, () =>
      api.execute(MESSAGES_WITH_CONVERSATIONS, { ids: messageIds }),
    );
    expect(result.nodes).toHaveLength(20);
    const counts = result.nodes.map((node) => (node && 'conversation' in node ? node.conversation.messageCount : null));
    expect(counts.every((count) => count === 12)).toBe(true);
    // One getAll for the 20 messages, then one getAll for their 20 conversations.
    expect(calls.map((call) => `${call.operation}:${call.documents}`)).toEqual(['getAll:20', 'getAll:20']);
    expect(waves(calls)).toHaveLength(2);
  });
});
