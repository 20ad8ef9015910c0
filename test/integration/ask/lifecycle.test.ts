import type WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import NodeWebSocket from 'ws';
import { beforeEach, describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import type { GraphQLApi } from '../../helpers/api.js';
import { serverTest } from '../../helpers/fixtures.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { postGraphQL } from '../../helpers/graphql.js';
import {
  ASK_QUERY,
  ASK_RUN,
  analystWaitingAt,
  collect,
  eventually,
  Gate,
  withAnalyst,
  wsClient,
  type AskEventData,
} from './ask-client.js';
import { DEMO_ENV, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

/**
 * A run's life beyond the happy path: the client drops, unsubscribes, cancels from elsewhere, rates the
 * answer. Runs wait at a gate before interpreting, so "mid-run" lasts exactly as long as the test needs.
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

const MESSAGES = graphql(`
  query ConversationMessageStatuses($id: ID!) {
    conversation(id: $id) {
      messageCount
      messages {
        edges {
          node {
            role
            status
            content
          }
        }
      }
    }
  }
`);

const ACTIVE = graphql(`
  query ConversationActiveRun($id: ID!) {
    conversation(id: $id) {
      activeRun {
        id
        runId
        status
        lastSeq
        conversation {
          id
        }
      }
    }
  }
`);

const RUN_NODE = graphql(`
  query RunNode($id: ID!) {
    node(id: $id) {
      ... on Run {
        runId
        status
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelAsk($runId: ID!) {
    cancelAsk(input: { runId: $runId }) {
      cancelled
      run {
        runId
      }
      userErrors {
        code
      }
    }
  }
`);

const RENAME_MID_RUN = graphql(`
  mutation RenameConversationMidRun($id: ID!) {
    renameConversation(input: { conversationId: $id, title: "Instagram review" }) {
      conversation {
        title
      }
    }
  }
`);

const TITLE_AND_COUNT = graphql(`
  query ConversationTitleAndCount($id: ID!) {
    conversation(id: $id) {
      title
      messageCount
      updatedAt
    }
  }
`);

const RATE = graphql(`
  mutation RateAnswer($id: ID!, $rating: RatingValue!, $comment: String) {
    rateAnswer(input: { messageId: $id, rating: $rating, comment: $comment }) {
      message {
        id
        rating {
          value
          comment
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const MESSAGE_RATING = graphql(`
  query MessageRating($id: ID!) {
    node(id: $id) {
      ... on Message {
        rating {
          value
        }
      }
    }
  }
`);

async function assistantMessages(api: GraphQLApi, conversationId: string) {
  const { conversation } = await api.execute(MESSAGES, { id: conversationId });
  return conversation?.messages.edges.map((edge) => edge.node).filter((message) => message.role === 'ASSISTANT') ?? [];
}

/** Subscribes and hands back events as they come, so the test can act mid-run. */
function subscribe(client: ReturnType<typeof wsClient>, document: string, variables: Record<string, unknown>) {
  const iterator = client.iterate<Record<string, AskEventData>>({ query: document, variables });
  const events: AskEventData[] = [];
  const field = document.includes('askRun') ? 'askRun' : 'askQuery';
  return {
    events,
    iterator,
    /** Reads events until `until` matches one (returned), or the stream ends (undefined). */
    async readUntil(until: (event: AskEventData) => boolean): Promise<AskEventData | undefined> {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return undefined;
        if (next.value.errors) throw new Error(JSON.stringify(next.value.errors));
        const event = next.value.data?.[field];
        if (!event) continue;
        events.push(event);
        if (until(event)) return event;
      }
    },
  };
}

const isInterpreting = (event: AskEventData) => event.__typename === 'AskProgress' && event.stage === 'INTERPRETING';
const isTerminal = (event: AskEventData) => event.__typename === 'AskCompleted' || event.__typename === 'AskFailed';

describe('a run outlives its connection', () => {
  it('finishes and saves its answer when the socket drops, and askRun delivers exactly the missed events, then the rest', async ({
    server,
    api,
  }) => {
    let socket: WebSocket | undefined;
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: NodeWebSocket,
      retryAttempts: 0,
      on: { connected: (opened) => (socket = opened as WebSocket) },
    });
    const run = subscribe(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    const started = (await run.readUntil((event) => event.__typename === 'AskStarted'))!;
    await gate.reached;
    // The connection dies without a goodbye (no `complete`): the client was cut off, not unsubscribing.
    socket!.terminate();
    await run.iterator.return?.();
    const seen = run.events.at(-1)!.seq;

    const rejoin = wsClient(server.wsUrl);
    const resumed = subscribe(rejoin, ASK_RUN, { runId: started.runId, afterSeq: seen });
    // Everything up to the gate is already in the log: the resumed stream replays it first.
    await resumed.readUntil(isInterpreting);
    gate.open();
    await resumed.readUntil(isTerminal);
    await rejoin.dispose();

    expect(resumed.events.map((event) => event.seq)).toEqual(resumed.events.map((_, index) => seen + 1 + index));
    expect(resumed.events.every((event) => event.runId === started.runId)).toBe(true);
    const completed = resumed.events.at(-1)!;
    expect(completed.__typename).toBe('AskCompleted');
    await eventually(async () => {
      const saved = await assistantMessages(api, started.conversationId!);
      return saved.length === 1 ? saved : undefined;
    });
    expect(await assistantMessages(api, started.conversationId!)).toEqual([
      { role: 'ASSISTANT', status: 'COMPLETE', content: completed.answer },
    ]);

    // A late rejoin from the start replays the whole run, without starting a second one.
    const replay = await collect(wsClient(server.wsUrl), ASK_RUN, { runId: started.runId });
    expect(replay.map((event) => event.seq)).toEqual(replay.map((_, index) => index + 1));
    expect(replay.slice(seen)).toEqual(resumed.events);
    expect(replay.filter((event) => event.__typename === 'AskStarted')).toHaveLength(1);
  });

  it('shows as the conversation’s activeRun while it runs, so a client that reloaded finds it and rejoins it', async ({
    server,
    api,
  }) => {
    const asking = wsClient(server.wsUrl);
    const run = subscribe(asking, ASK_QUERY, { input: { question: TOP_POSTS } });
    const started = (await run.readUntil((event) => event.__typename === 'AskStarted'))!;
    await gate.reached;
    const { conversation } = await api.execute(ACTIVE, { id: started.conversationId! });
    expect(conversation?.activeRun).toMatchObject({
      runId: started.runId,
      status: 'RUNNING',
      conversation: { id: started.conversationId },
    });
    expect(conversation!.activeRun!.lastSeq).toBeGreaterThanOrEqual(started.seq);
    // The Run is a node: its global id reads it again.
    const { node } = await api.execute(RUN_NODE, { id: conversation!.activeRun!.id });
    expect(node).toEqual({ runId: started.runId, status: 'RUNNING' });

    // What a reloaded page does: rejoin the active run from the start.
    const rejoined = collect(wsClient(server.wsUrl), ASK_RUN, { runId: conversation!.activeRun!.runId, afterSeq: 0 });
    gate.open();
    const replay = await rejoined;
    await run.readUntil(isTerminal);
    await asking.dispose();
    expect(replay[0]).toMatchObject({ __typename: 'AskStarted', seq: 1 });
    expect(replay.at(-1)?.__typename).toBe('AskCompleted');
    expect((await api.execute(ACTIVE, { id: started.conversationId! })).conversation?.activeRun).toBeNull();
  });

  it('is cancelled, quickly, when the client unsubscribes, and no answer is saved as complete', async ({
    server,
    api,
  }) => {
    const client = wsClient(server.wsUrl);
    const run = subscribe(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    const started = (await run.readUntil((event) => event.__typename === 'AskStarted'))!;
    await gate.reached;
    const unsubscribedAt = Date.now();
    await run.iterator.return?.();
    const saved = await eventually(async () => {
      const messages = await assistantMessages(api, started.conversationId!);
      return messages.length > 0 ? messages : undefined;
    }, 2000);
    const cancelledWithin = Date.now() - unsubscribedAt;
    gate.open();
    expect(saved).toEqual([{ role: 'ASSISTANT', status: 'CANCELLED', content: expect.any(String) }]);
    expect(cancelledWithin).toBeLessThan(2000);
    const replay = await collect(client, ASK_RUN, { runId: started.runId });
    await client.dispose();
    expect(replay.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED' });
    expect(replay.some((event) => event.__typename === 'AskCompleted')).toBe(false);
  });

  it('is cancelled with cancelAsk from another client', async ({ server, api }) => {
    const asking = wsClient(server.wsUrl);
    const run = subscribe(asking, ASK_QUERY, { input: { question: TOP_POSTS } });
    const started = (await run.readUntil((event) => event.__typename === 'AskStarted'))!;
    await gate.reached;

    expect(await api.execute(CANCEL, { runId: started.runId })).toEqual({
      cancelAsk: { cancelled: true, run: { runId: started.runId }, userErrors: [] },
    });
    const last = await run.readUntil(isTerminal);
    await asking.dispose();
    expect(last).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED', retryable: true });
    expect(await assistantMessages(api, started.conversationId!)).toEqual([
      { role: 'ASSISTANT', status: 'CANCELLED', content: expect.any(String) },
    ]);
    expect(await api.execute(CANCEL, { runId: started.runId })).toEqual({
      cancelAsk: { cancelled: false, run: { runId: started.runId }, userErrors: [] },
    });
    expect(await api.execute(CANCEL, { runId: 'no-such-run' })).toEqual({
      cancelAsk: { cancelled: false, run: null, userErrors: [{ code: 'NOT_FOUND' }] },
    });
  });
});

describe('the conversation changes while a run is going', () => {
  it('still saves the answer, after the user renamed the conversation, with the title kept and the count exact', async ({
    server,
    api,
  }) => {
    const asking = wsClient(server.wsUrl);
    const run = subscribe(asking, ASK_QUERY, { input: { question: TOP_POSTS } });
    const started = (await run.readUntil((event) => event.__typename === 'AskStarted'))!;
    await gate.reached;
    // The run holds the conversation as its question left it; the rename makes that copy stale.
    await api.execute(RENAME_MID_RUN, { id: started.conversationId! });
    gate.open();
    const last = await run.readUntil(isTerminal);
    await asking.dispose();
    expect(last).toMatchObject({
      __typename: 'AskCompleted',
      conversation: { title: 'Instagram review', messageCount: 2, preview: TOP_POSTS },
    });
    const { conversation } = await api.execute(TITLE_AND_COUNT, { id: started.conversationId! });
    expect(conversation).toEqual({
      title: 'Instagram review',
      messageCount: 2,
      updatedAt: last!.conversation!.updatedAt,
    });
    expect(await assistantMessages(api, started.conversationId!)).toEqual([
      { role: 'ASSISTANT', status: 'COMPLETE', content: last!.answer },
    ]);
  });
});

describe('rateAnswer', () => {
  it('stores thumbs up or down with a comment on the answer, and the message shows it', async ({ server, api }) => {
    gate.open();
    const client = wsClient(server.wsUrl);
    const events = await collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    await client.dispose();
    const completed = events.at(-1)!;
    const messageId = completed.savedMessage!.id;
    expect(await api.execute(RATE, { id: messageId, rating: 'DOWN', comment: 'wrong platform' })).toEqual({
      rateAnswer: { message: { id: messageId, rating: { value: 'DOWN', comment: 'wrong platform' } }, userErrors: [] },
    });
    const read = await api.execute(MESSAGE_RATING, { id: messageId });
    const rating = read.node && 'rating' in read.node ? read.node.rating : undefined;
    expect(rating?.value).toBe('DOWN');

    const badRating = await postGraphQL(server.url, RATE, { id: messageId, rating: 'MEH' });
    expect(badRating.errors?.length).toBeGreaterThan(0);
    const notAnId = await api.execute(RATE, { id: 'nope', rating: 'UP' });
    expect(notAnId).toEqual({
      rateAnswer: { message: null, userErrors: [{ field: ['input', 'messageId'], code: 'INVALID' }] },
    });
    const longComment = await api.execute(RATE, { id: messageId, rating: 'UP', comment: 'x'.repeat(2001) });
    expect(longComment).toEqual({
      rateAnswer: { message: null, userErrors: [{ field: ['input', 'comment'], code: 'INVALID' }] },
    });
  });
});
