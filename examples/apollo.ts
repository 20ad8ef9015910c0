/**
 * Apollo Client 4 with a split link: queries over HTTP, subscriptions over WebSocket (`GraphQLWsLink`).
 * Asks a question, then lists the conversations it landed in.
 *
 *   npx tsx examples/apollo.ts "What was my revenue last month by sales channel?"
 *
 * ASKQL_URL (default http://localhost:4000/graphql) and ASKQL_TOKEN (a Firebase ID token) say where and who.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ASK_QUESTION, CONVERSATION_LIST, persistedQuery } from './operations.js';

const url = process.env.ASKQL_URL ?? 'http://localhost:4000/graphql';
const token = process.env.ASKQL_TOKEN;
const question = process.argv[2] ?? 'Show me my top 5 Instagram posts by engagement';

const wsClient = createClient({
  url: url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
});

// Every operation names its persisted document by hash, as a production askql requires.
const persisted = new ApolloLink((operation, forward) => {
  Object.assign(operation.extensions, persistedQuery(operation.query));
  return forward(operation);
});

const client = new ApolloClient({
  link: persisted.concat(
    ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(wsClient),
      new HttpLink({ uri: url, includeExtensions: true, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    ),
  ),
  cache: new InMemoryCache(),
});

const outcome = await new Promise<'completed' | 'failed'>((resolve, reject) => {
  const subscription = client
    .subscribe({ query: ASK_QUESTION, variables: { input: { question, requestId: crypto.randomUUID() } } })
    .subscribe({
      next: ({ data, error }) => {
        if (error) {
          reject(new Error(error.message, { cause: error }));
          return;
        }
        const event = data?.askQuery;
        if (!event) return;
        if (event.__typename === 'AskProgress') console.log(`progress ${event.percent}% ${event.message}`);
        if (event.__typename === 'AnswerDelta') console.log(`delta ${JSON.stringify(event.text)}`);
        if (event.__typename === 'AskCompleted') {
          console.log(`answer: ${event.answer}`);
          console.log(`conversation: ${event.conversation.id}`);
        }
        if (event.__typename === 'AskFailed') console.error(`failed: ${event.code}: ${event.message}`);
        if (event.__typename === 'AskCompleted' || event.__typename === 'AskFailed') {
          subscription.unsubscribe();
          resolve(event.__typename === 'AskCompleted' ? 'completed' : 'failed');
        }
      },
      error: reject,
    });
});

// The history over HTTP, through the same client.
const { data } = await client.query({ query: CONVERSATION_LIST, variables: { first: 5 }, fetchPolicy: 'network-only' });
for (const { node } of data?.conversations.edges ?? []) {
  console.log(`conversation ${node.id} (${node.messageCount} messages): ${node.preview || node.title}`);
}

await wsClient.dispose();
process.exitCode = outcome === 'completed' ? 0 : 1;
