import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Client as UrqlClient, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import { beforeEach, describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import { serverTest } from '../../helpers/fixtures.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { ASK_QUERY, collect, wsClient, type AskEventData } from './ask-client.js';
import { DEMO_ENV, TOP_POSTS, ensureDemoWarehouse } from './demo-env.js';

const it = serverTest({ prepare: ensureDemoWarehouse, env: DEMO_ENV });
beforeEach(() => clearFirestore());

const SAVED_CONVERSATION = graphql(`
  query SavedConversation($id: ID!) {
    conversation(id: $id) {
      messageCount
      preview
      updatedAt
      messages {
        edges {
          node {
            role
            content
            status
          }
        }
      }
    }
  }
`);

const STAGE_ORDER = [
  'PLANNING',
  'FETCHING_DATA',
  'VALIDATING_DATA',
  'FETCHING_DATA',
  'INTERPRETING',
  'FINALIZING',
  'COMPLETE',
];

/** What every client must see for a data question: the whole run, numbered, in order, ending with the answer. */
function expectWholeRun(events: AskEventData[], question: string): AskEventData {
  const dump = JSON.stringify(events.map((event) => [event.seq, event.__typename, event.stage, event.percent]));
  expect(events[0]?.__typename, dump).toBe('AskStarted');
  expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  expect(new Set(events.map((event) => event.runId)).size).toBe(1);
  const progress = events.filter((event) => event.__typename === 'AskProgress');
  const percents = progress.map((event) => event.percent!);
  expect(percents, dump).toEqual([...percents].sort((a, b) => a - b));
  expect(percents[0]).toBe(0);
  expect(percents.at(-1)).toBe(100);
  const stages = progress.map((event) => event.stage).filter((stage, index, all) => stage !== all[index - 1]);
  expect(stages, dump).toEqual(STAGE_ORDER);
  expect(progress.filter((event) => event.stage === 'COMPLETE')).toHaveLength(1);
  expect(events.at(-2)).toMatchObject({
    __typename: 'AskProgress',
    stage: 'COMPLETE',
    message: 'Complete!',
    percent: 100,
  });
  expect(progress.map((event) => event.message)).toContain('Validating Data...');
  const completed = events.at(-1)!;
  expect(completed.__typename, dump).toBe('AskCompleted');
  const deltas = events
    .filter((event) => event.__typename === 'AnswerDelta')
    .map((event) => event.text)
    .join('');
  expect(deltas.length).toBeGreaterThan(0);
  expect(deltas).toBe(completed.answer);
  expect(completed.result?.rowCount).toBe(5);
  expect(completed.result?.columns.length).toBeGreaterThan(1);
  expect(completed.sql).toMatch(/select/i);
  expect(completed.suggestions?.length).toBeGreaterThan(0);
  expect(completed.savedMessage).toMatchObject({
    role: 'ASSISTANT',
    status: 'COMPLETE',
    content: completed.answer,
    sql: completed.sql,
  });
  expect(completed.conversation).toMatchObject({ id: events[0]!.conversationId, messageCount: 2, preview: question });
  return completed;
}

describe('askQuery streams the whole run', () => {
  it('over graphql-ws, and saves the question and the answer', async ({ server, api }) => {
    const client = wsClient(server.wsUrl);
    const events = await collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    await client.dispose();
    const completed = expectWholeRun(events, TOP_POSTS);
    expect(completed.chart).toMatchObject({ $schema: expect.stringContaining('vega-lite') });

    const { conversation } = await api.execute(SAVED_CONVERSATION, { id: events[0]!.conversationId! });
    expect(conversation?.messages.edges.map((edge) => edge.node)).toEqual([
      { role: 'USER', content: TOP_POSTS, status: 'COMPLETE' },
      { role: 'ASSISTANT', content: completed.answer, status: 'COMPLETE' },
    ]);
    expect(conversation?.updatedAt).toBe(completed.conversation!.updatedAt);
  });

  it('saves the question, then the answer with the run record, in two writes: AskCompleted finds both done', async ({
    server,
  }) => {
    const operations: string[] = [];
    const stop = server.services.history.observe((call) => operations.push(call.operation));
    const client = wsClient(server.wsUrl);
    let atCompletion:
      { run: Record<string, unknown> | undefined; eventSeqs: number[]; messageStatus: unknown } | undefined;
    const events: AskEventData[] = [];
    const firestore = server.services.firestore;
    for await (const result of client.iterate<{ askQuery: AskEventData }>({
      query: ASK_QUERY,
      variables: { input: { question: TOP_POSTS } },
    })) {
      const event = result.data!.askQuery;
      events.push(event);
      if (event.__typename !== 'AskCompleted') continue;
      // Read what another instance would see, the moment the client sees the answer.
      const runRef = firestore.collection('runs').doc(event.runId);
      const [run, chunks, messages] = await Promise.all([
        runRef.get(),
        runRef.collection('events').get(),
        firestore.collectionGroup('messages').where('runId', '==', event.runId).where('role', '==', 'assistant').get(),
      ]);
      atCompletion = {
        run: run.data(),
        eventSeqs: chunks.docs.flatMap((chunk) =>
          (JSON.parse(chunk.get('events') as string) as { seq: number }[]).map((saved) => saved.seq),
        ),
        messageStatus: messages.docs.map((message) => message.get('status') as string),
      };
    }
    stop();
    await client.dispose();
    expectWholeRun(events, TOP_POSTS);
    // The question, then the answer with the run's last events; AskCompleted's message and conversation are
    // what the answer's write left, so nothing is read back.
    expect(operations).toEqual(['write', 'write']);
    expect(atCompletion?.run).toMatchObject({ status: 'completed', lastSeq: events.length });
    expect(atCompletion?.eventSeqs.sort((a, b) => a - b)).toEqual(events.map((event) => event.seq));
    expect(atCompletion?.messageStatus).toEqual(['complete']);
  });

  it('over SSE on /graphql', async ({ server }) => {
    const client = createSseClient({ url: server.url, retryAttempts: 0 });
    const events: AskEventData[] = [];
    for await (const result of client.iterate<{ askQuery: AskEventData }>({
      query: ASK_QUERY,
      variables: { input: { question: TOP_POSTS } },
    })) {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      if (result.data) events.push(result.data.askQuery);
    }
    client.dispose();
    expectWholeRun(events, TOP_POSTS);
  });

  it('through Apollo Client 4 with GraphQLWsLink', async ({ server }) => {
    const ws = wsClient(server.wsUrl);
    const apollo = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
    const events = await new Promise<AskEventData[]>((resolve, reject) => {
      const seen: AskEventData[] = [];
      apollo
        .subscribe<{ askQuery: AskEventData }>({
          query: gql(ASK_QUERY),
          variables: { input: { question: TOP_POSTS } },
          fetchPolicy: 'no-cache',
        })
        .subscribe({
          next: (result) => {
            if (result.error) reject(new Error(result.error.message, { cause: result.error }));
            else if (result.data) seen.push(result.data.askQuery);
          },
          error: reject,
          complete: () => resolve(seen),
        });
    });
    await ws.dispose();
    expectWholeRun(events, TOP_POSTS);
  });

  it('through urql with a graphql-ws subscriptionExchange', async ({ server }) => {
    const ws = wsClient(server.wsUrl);
    const urql = new UrqlClient({
      url: server.url,
      exchanges: [
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      ],
    });
    const events = await new Promise<AskEventData[]>((resolve, reject) => {
      const seen: AskEventData[] = [];
      const subscription = urql
        .subscription<{ askQuery: AskEventData }>(ASK_QUERY, { input: { question: TOP_POSTS } })
        .subscribe((result) => {
          if (result.error) {
            reject(result.error);
            return;
          }
          const event = result.data?.askQuery;
          if (!event) return;
          seen.push(event);
          if (event.__typename === 'AskCompleted' || event.__typename === 'AskFailed') {
            subscription.unsubscribe();
            resolve(seen);
          }
        });
    });
    await ws.dispose();
    expectWholeRun(events, TOP_POSTS);
  });

  it('answers a greeting directly, without touching the data', async ({ server }) => {
    const client = wsClient(server.wsUrl);
    const events = await collect(client, ASK_QUERY, { input: { question: 'hi there' } });
    await client.dispose();
    const stages = events.filter((event) => event.__typename === 'AskProgress').map((event) => event.stage);
    expect(stages).toEqual(['PLANNING', 'PLANNING', 'FINALIZING', 'COMPLETE']);
    const completed = events.at(-1)!;
    expect(completed.__typename).toBe('AskCompleted');
    expect(completed.sql).toBeNull();
    expect(completed.result).toBeNull();
    expect(completed.answer!.length).toBeGreaterThan(0);
  });

  it('answers a follow-up in the context of the conversation', async ({ server }) => {
    const client = wsClient(server.wsUrl);
    const first = await collect(client, ASK_QUERY, { input: { question: TOP_POSTS } });
    const conversationId = first[0]!.conversationId!;
    const second = await collect(client, ASK_QUERY, { input: { question: 'what about TikTok?', conversationId } });
    await client.dispose();
    const completed = second.at(-1)!;
    expect(second[0]).toMatchObject({ __typename: 'AskStarted', conversationId });
    expect(completed.__typename, JSON.stringify(completed)).toBe('AskCompleted');
    expect(completed.result?.rowCount).toBe(5);
    expect(completed.sql?.toLowerCase()).toContain('tiktok');
    expect(completed.sql?.toLowerCase()).not.toContain("'instagram'");
    expect(completed.conversation).toMatchObject({ id: conversationId, messageCount: 4, preview: TOP_POSTS });
  });
});
