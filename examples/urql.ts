/**
 * urql (`@urql/core`) with `subscriptionExchange` over a graphql-ws client for subscriptions and
 * `fetchExchange` for queries. Asks a question, then lists the conversations.
 *
 *   npx tsx examples/urql.ts "Show me my top 5 Instagram posts by engagement"
 *
 * ASKQL_URL (default http://localhost:4000/graphql) and ASKQL_TOKEN (a Firebase ID token) say where and who.
 */
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { pipe, subscribe } from 'wonka';
import { ASK_QUESTION, CONVERSATION_LIST, persistedQuery } from './operations.js';

const url = process.env.ASKQL_URL ?? 'http://localhost:4000/graphql';
const token = process.env.ASKQL_TOKEN;
const question = process.argv[2] ?? 'Show me my top 5 Instagram posts by engagement';

const wsClient = createWsClient({
  url: url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
});

const client = new Client({
  url,
  fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  exchanges: [
    // Every operation names its persisted document by hash; urql then sends the hash alone, without the text.
    mapExchange({
      onOperation: (operation) =>
        makeOperation(
          operation.kind,
          { ...operation, extensions: { ...operation.extensions, ...persistedQuery(operation.query) } },
          operation.context,
        ),
    }),
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query ?? '' };
        return {
          subscribe: (sink) => ({ unsubscribe: wsClient.subscribe(input, sink) }),
        };
      },
    }),
  ],
});

const outcome = await new Promise<'completed' | 'failed'>((resolve, reject) => {
  const subscription = pipe(
    client.subscription(ASK_QUESTION, { input: { question, requestId: crypto.randomUUID() } }),
    subscribe((result) => {
      if (result.error) {
        reject(result.error);
        return;
      }
      const event = result.data?.askQuery;
      if (!event) return;
      if (event.__typename === 'AskProgress') console.log(`progress ${event.percent}% ${event.message}`);
      if (event.__typename === 'AnswerDelta') console.log(`delta ${JSON.stringify(event.text)}`);
      if (event.__typename === 'AskCompleted') {
        console.log(`answer: ${event.answer}`);
        console.log(`conversation: ${event.conversation.id}`);
      }
      if (event.__typename === 'AskFailed') console.error(`failed: ${event.code}: ${event.message}`);
      if (event.__typename === 'AskCompleted' || event.__typename === 'AskFailed') {
        queueMicrotask(() => subscription.unsubscribe());
        resolve(event.__typename === 'AskCompleted' ? 'completed' : 'failed');
      }
    }),
  );
});

// urql's toPromise() takes the first result; a query's source stays open for cache updates.
const list = await client.query(CONVERSATION_LIST, { first: 5 }, { requestPolicy: 'network-only' }).toPromise();
if (list.error) throw list.error;
for (const { node } of list.data?.conversations.edges ?? []) {
  console.log(`conversation ${node.id} (${node.messageCount} messages): ${node.preview || node.title}`);
}

await wsClient.dispose();
process.exitCode = outcome === 'completed' ? 0 : 1;
