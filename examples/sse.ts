/**
 * graphql-sse: the same subscription over Server-Sent Events (GraphQL over SSE, distinct connections mode),
 * for places where WebSockets are blocked. Auth is the ordinary `Authorization` header.
 *
 *   npx tsx examples/sse.ts "Show me my top 5 Instagram posts by engagement"
 *
 * ASKQL_URL (default http://localhost:4000/graphql) and ASKQL_TOKEN (a Firebase ID token) say where and who.
 */
import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { ASK_QUESTION, persistedQuery } from './operations.js';

const url = process.env.ASKQL_URL ?? 'http://localhost:4000/graphql';
const token = process.env.ASKQL_TOKEN;
const question = process.argv[2] ?? 'Show me my top 5 Instagram posts by engagement';

const client = createClient({
  url,
  // Distinct connections mode: one HTTP request per operation, the events on its response.
  singleConnection: false,
  headers: (): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {}),
  retryAttempts: 0,
});

let failed = false;
try {
  const events = client.iterate<ResultOf<typeof ASK_QUESTION>>({
    query: print(ASK_QUESTION),
    variables: { input: { question, requestId: crypto.randomUUID() } },
    extensions: persistedQuery(ASK_QUESTION),
  });
  for await (const result of events) {
    if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
    const event = result.data?.askQuery;
    if (!event) continue;
    if (event.__typename === 'AskStarted')
      console.log(`started run ${event.runId} in conversation ${event.conversationId}`);
    if (event.__typename === 'AskProgress') console.log(`progress ${event.percent}% ${event.message}`);
    if (event.__typename === 'AnswerDelta') console.log(`delta ${JSON.stringify(event.text)}`);
    if (event.__typename === 'AskCompleted') {
      console.log(`answer: ${event.answer}`);
      console.log(`conversation: ${event.conversation.id}`);
    }
    if (event.__typename === 'AskFailed') {
      console.error(`failed: ${event.code}: ${event.message}`);
      failed = true;
    }
  }
} finally {
  client.dispose();
}
process.exitCode = failed ? 1 : 0;
