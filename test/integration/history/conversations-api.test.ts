import { beforeEach, describe, expect } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../../gql/index.js';
import type { ConversationPageQuery, ConversationMessagesQuery } from '../../gql/graphql.js';
import { serverTest } from '../../helpers/fixtures.js';
import type { TestServer } from '../../helpers/server.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { postGraphQL, wsClient, wsExecute } from '../../helpers/graphql.js';
import { appendMessage, createConversation } from './seed-history.js';

const it = serverTest();
const DEMO = 'demo'; // the development user: requests without a token act as them

beforeEach(() => clearFirestore());

/** Creates conversations for `uid` in order, so the last one is the most recently updated. */
async function seedConversations(server: TestServer, uid: string, count: number, messagesEach = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const conversation = await createConversation(server.services.history, uid);
    for (let m = 0; m < messagesEach; m += 1) {
      await appendMessage(server.services.history, uid, conversation.id, {
        role: m % 2 ? 'assistant' : 'user',
        content: `conversation ${i} message ${m}`,
        status: 'complete',
      });
    }
    ids.push(conversation.id);
  }
  return ids;
}

const conversationId = (id: string) => encodeGlobalID('Conversation', id);

const LIST = graphql(`
  query ConversationPage($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          preview
          messageCount
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const ONE = graphql(`
  query ConversationById($id: ID!) {
    conversation(id: $id) {
      id
      title
      messageCount
    }
  }
`);

const CONVERSATION_NODE = graphql(`
  query ConversationNode($id: ID!) {
    node(id: $id) {
      id
      ... on Conversation {
        messageCount
      }
    }
  }
`);

const MESSAGE_NODE = graphql(`
  query MessageNode($id: ID!) {
    node(id: $id) {
      ... on Message {
        content
      }
    }
  }
`);

const NODE_ID = graphql(`
  query NodeId($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const titles = (data: ConversationPageQuery) => data.conversations.edges.map((edge) => edge.node.preview);

describe('Query.conversations', () => {
  it('is an empty page for a user with no history', async ({ api }) => {
    const data = await api.execute(LIST, { first: 10 });
    expect(data.conversations).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('lists the most recently updated first, and one exact page has no next page', async ({ server, api }) => {
    await seedConversations(server, DEMO, 3);
    const data = await api.execute(LIST, { first: 3 });
    expect(titles(data)).toEqual(['conversation 2 message 0', 'conversation 1 message 0', 'conversation 0 message 0']);
    expect(data.conversations.pageInfo.hasNextPage).toBe(false);
  });

  it('pages forwards to the last page', async ({ server, api }) => {
    await seedConversations(server, DEMO, 5);
    const first = await api.execute(LIST, { first: 2 });
    expect(titles(first)).toEqual(['conversation 4 message 0', 'conversation 3 message 0']);
    expect(first.conversations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await api.execute(LIST, { first: 2, after: first.conversations.pageInfo.endCursor });
    expect(titles(second)).toEqual(['conversation 2 message 0', 'conversation 1 message 0']);
    const last = await api.execute(LIST, { first: 2, after: second.conversations.pageInfo.endCursor });
    expect(titles(last)).toEqual(['conversation 0 message 0']);
    expect(last.conversations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('keeps a cursor correct when conversations are updated between pages (no repeats, no skips)', async ({
    server,
    api,
  }) => {
    const ids = await seedConversations(server, DEMO, 5);
    const first = await api.execute(LIST, { first: 2 });
    // Conversation 3 (the cursor's own row) and conversation 1 (on the next page) get new messages meanwhile.
    for (const index of [3, 1]) {
      await appendMessage(server.services.history, DEMO, ids[index]!, {
        role: 'user',
        content: 'again',
        status: 'complete',
      });
    }
    const second = await api.execute(LIST, { first: 10, after: first.conversations.pageInfo.endCursor });
    expect(titles(second)).toEqual(['conversation 2 message 0', 'conversation 0 message 0']);
    const fresh = await api.execute(LIST, { first: 10 });
    expect(titles(fresh).slice(0, 2)).toEqual(['conversation 1 message 0', 'conversation 3 message 0']);
  });

  it.for([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
  ] as const)('rejects %j with BAD_USER_INPUT naming %s', async ([variables, field], { server }) => {
    const response = await postGraphQL(server.url, LIST, variables);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('offers no paging backwards: last is not an argument of the list', async ({ server }) => {
    const response = await postGraphQL(server.url, 'query { conversations(last: 2) { edges { cursor } } }');
    expect(response.errors?.[0]?.message).toMatch(/Unknown argument "last"/);
  });
});

describe('Query.conversation and Query.node', () => {
  it('reads a conversation by its global id, also through node', async ({ server, api }) => {
    const [id] = await seedConversations(server, DEMO, 1, 2);
    const data = await api.execute(ONE, { id: conversationId(id!) });
    expect(data.conversation).toEqual({ id: conversationId(id!), title: 'conversation 0 message 0', messageCount: 2 });
    const node = await api.execute(CONVERSATION_NODE, { id: conversationId(id!) });
    expect(node.node).toEqual({ id: conversationId(id!), messageCount: 2 });
  });

  it("answers null for another user's conversation exactly as for a missing one, over HTTP and WebSocket", async ({
    server,
  }) => {
    const [bobs] = await seedConversations(server, 'bob', 1);
    const missing = await postGraphQL(server.url, ONE, { id: conversationId('does-not-exist') });
    const foreign = await postGraphQL(server.url, ONE, { id: conversationId(bobs!) });
    expect(missing).toEqual({ status: 200, data: { conversation: null } });
    expect(foreign).toEqual(missing);
    const foreignNode = await postGraphQL(server.url, NODE_ID, { id: conversationId(bobs!) });
    expect(foreignNode).toEqual({ status: 200, data: { node: null } });

    const client = wsClient(server.wsUrl);
    try {
      const overSocket = await wsExecute(client, ONE, { id: conversationId(bobs!) });
      const missingOverSocket = await wsExecute(client, ONE, { id: conversationId('does-not-exist') });
      expect(overSocket).toEqual({ status: 0, data: { conversation: null } });
      expect(missingOverSocket).toEqual(overSocket);
      const list = await wsExecute(client, LIST, { first: 10 });
      expect(list.data).toMatchObject({ conversations: { edges: [] } });
    } finally {
      await client.dispose();
    }
  });

  it('rejects an id that is not a Conversation id', async ({ server }) => {
    const response = await postGraphQL(server.url, ONE, { id: 'nonsense' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('Conversation.messages', () => {
  const MESSAGES = graphql(`
    query ConversationMessages($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      conversation(id: $id) {
        messages(first: $first, after: $after, last: $last, before: $before) {
          edges {
            cursor
            node {
              id
              content
              role
              status
              conversation {
                id
              }
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
        }
      }
    }
  `);
  const contents = (data: ConversationMessagesQuery) =>
    data.conversation?.messages.edges.map((edge) => edge.node.content);

  it('defaults to the latest 50, in chronological order', async ({ server, api }) => {
    const [id] = await seedConversations(server, DEMO, 1, 55);
    const data = await api.execute(MESSAGES, { id: conversationId(id!) });
    expect(contents(data)).toEqual(Array.from({ length: 50 }, (_, i) => `conversation 0 message ${i + 5}`));
    expect(data.conversation?.messages.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const earlier = await api.execute(MESSAGES, {
      id: conversationId(id!),
      last: 50,
      before: data.conversation?.messages.pageInfo.startCursor,
    });
    expect(contents(earlier)).toEqual(Array.from({ length: 5 }, (_, i) => `conversation 0 message ${i}`));
    expect(earlier.conversation?.messages.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('pages forwards with first/after, and each message points back at its conversation', async ({ server, api }) => {
    const [id] = await seedConversations(server, DEMO, 1, 3);
    const page = await api.execute(MESSAGES, { id: conversationId(id!), first: 2 });
    expect(contents(page)).toEqual(['conversation 0 message 0', 'conversation 0 message 1']);
    expect(page.conversation?.messages.edges[1]?.node).toMatchObject({
      role: 'ASSISTANT',
      status: 'COMPLETE',
      conversation: { id: conversationId(id!) },
    });
    const rest = await api.execute(MESSAGES, {
      id: conversationId(id!),
      first: 2,
      after: page.conversation?.messages.pageInfo.endCursor,
    });
    expect(contents(rest)).toEqual(['conversation 0 message 2']);
    expect(rest.conversation?.messages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const node = await api.execute(MESSAGE_NODE, { id: page.conversation!.messages.edges[0]!.node.id });
    expect(node.node).toEqual({ content: 'conversation 0 message 0' });
  });

  it.for([
    [{ first: 2, last: 2 }, 'last'],
    [{ last: 0 }, 'last'],
    [{ first: 500 }, 'first'],
    [{ before: 'bogus' }, 'before'],
  ] as const)('rejects %j with BAD_USER_INPUT naming %s', async ([variables, field], { server }) => {
    const [id] = await seedConversations(server, DEMO, 1, 1);
    const response = await postGraphQL(server.url, MESSAGES, { id: conversationId(id!), ...variables });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('renameConversation and deleteConversation', () => {
  const RENAME = graphql(`
    mutation RenameConversation($id: ID!, $title: String!) {
      renameConversation(input: { conversationId: $id, title: $title }) {
        conversation {
          id
          title
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const DELETE = graphql(`
    mutation DeleteConversation($id: ID!) {
      deleteConversation(input: { conversationId: $id }) {
        deletedConversationId
        userErrors {
          field
          message
          code
        }
      }
    }
  `);

  it('renames, and the new title sticks after later messages', async ({ server, api }) => {
    const [id] = await seedConversations(server, DEMO, 1);
    const data = await api.execute(RENAME, { id: conversationId(id!), title: '  Q3 revenue  ' });
    expect(data.renameConversation).toEqual({
      conversation: { id: conversationId(id!), title: 'Q3 revenue' },
      userErrors: [],
    });
    await appendMessage(server.services.history, DEMO, id!, { role: 'user', content: 'more', status: 'complete' });
    const reread = await api.execute(ONE, { id: conversationId(id!) });
    expect(reread.conversation?.title).toBe('Q3 revenue');
  });

  it('refuses an empty or overlong title with a user error naming the title, and changes nothing', async ({
    server,
    api,
  }) => {
    const [id] = await seedConversations(server, DEMO, 1);
    for (const [title, message] of [
      ['   ', 'must not be empty'],
      ['x'.repeat(201), 'must be at most 200 characters'],
    ] as const) {
      const data = await api.execute(RENAME, { id: conversationId(id!), title });
      expect(data.renameConversation).toEqual({
        conversation: null,
        userErrors: [{ field: ['input', 'title'], message, code: 'INVALID' }],
      });
    }
    const reread = await api.execute(ONE, { id: conversationId(id!) });
    expect(reread.conversation?.title).toBe('conversation 0 message 0');
  });

  it('deletes a conversation and its messages; deleting again is NOT_FOUND', async ({ server, api }) => {
    const [id, keep] = await seedConversations(server, DEMO, 2, 3);
    const data = await api.execute(DELETE, { id: conversationId(id!) });
    expect(data.deleteConversation).toEqual({ deletedConversationId: conversationId(id!), userErrors: [] });
    expect((await api.execute(ONE, { id: conversationId(id!) })).conversation).toBeNull();
    expect(await server.services.history.reads.listMessages(DEMO, id!, { first: 10 })).toMatchObject({ items: [] });
    expect((await api.execute(ONE, { id: conversationId(keep!) })).conversation?.messageCount).toBe(3);
    const again = await api.execute(DELETE, { id: conversationId(id!) });
    expect(again.deleteConversation).toEqual({
      deletedConversationId: null,
      userErrors: [{ field: ['input', 'conversationId'], message: 'No such conversation.', code: 'NOT_FOUND' }],
    });
  });

  it("cannot rename or delete another user's conversation", async ({ server, api }) => {
    const [bobs] = await seedConversations(server, 'bob', 1);
    const rename = await api.execute(RENAME, { id: conversationId(bobs!), title: 'mine' });
    const remove = await api.execute(DELETE, { id: conversationId(bobs!) });
    expect(rename.renameConversation.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(remove.deleteConversation.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(await server.services.history.reads.getConversation('bob', bobs!)).toMatchObject({
      title: 'conversation 0 message 0',
    });
  });
});

describe('/readyz', () => {
  it('reports Firestore reachable', async ({ server }) => {
    const response = await fetch(server.url.replace('/graphql', '/readyz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ready: true,
      checks: expect.arrayContaining([{ name: 'firestore', ok: true }]),
    });
  });
});
