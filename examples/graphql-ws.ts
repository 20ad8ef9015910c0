/**
 * graphql-ws `createClient`: ask a question over WebSocket and print the run as it happens.
 *
 *   npx tsx examples/graphql-ws.ts "Show me my top 5 Instagram posts by engagement"
 *
 * ASKQL_URL (default http://localhost:4000/graphql) and ASKQL_TOKEN (a Firebase ID token) say where and who.
 */
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { ASK_QUESTION, persistedQuery } from './operations.js';

const url = (process.env.ASKQL_URL ?? 'http://localhost:4000/graphql').replace(/^http/, 'ws');
const token = process.env.ASKQL_TOKEN;
const question = process.argv[2] ?? 'Show me my top 5 Instagram posts by engagement';

const client = createClient({
  url,
  // Browsers have a global WebSocket; Node 20 needs the `ws` package.
  webSocketImpl: WebSocket,
  // The server checks this in `onConnect`; a missing or bad token closes the socket with 4403.
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
});

type AskEvent = ResultOf<typeof ASK_QUESTION>['askQuery'];

let failed = false;
let lastSeq = 0;
try {
  const events = client.iterate<ResultOf<typeof ASK_QUESTION>>({
    query: print(ASK_QUESTION),
    variables: { input: { question, requestId: crypto.randomUUID() } },
    extensions: persistedQuery(ASK_QUESTION),
  });
  for await (const result of events) {
    if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
    const event: AskEvent | undefined = result.data?.askQuery;
    if (!event) continue;
    // After a reconnect graphql-ws sends the subscription again; the request id joins the same run, which
    // replays its events from the start: skip the ones already handled.
    if (event.seq <= lastSeq) continue;
    lastSeq = event.seq;
    switch (event.__typename) {
      case 'AskStarted':
        console.log(`started run ${event.runId} in conversation ${event.conversationId}`);
        break;
      case 'AskProgress':
        console.log(`progress ${event.percent}% ${event.message}`);
        break;
      case 'AnswerDelta':
        console.log(`delta ${JSON.stringify(event.text)}`);
        break;
      case 'AskCompleted':
        console.log(`answer: ${event.answer}`);
        console.log(`rows: ${event.result?.rowCount ?? 0}`);
        console.log(`conversation: ${event.conversation.id}`);
        break;
      case 'AskFailed':
        console.error(`failed: ${event.code}: ${event.message}`);
        failed = true;
        break;
    }
  }
} finally {
  await client.dispose();
}
process.exitCode = failed ? 1 : 0;
