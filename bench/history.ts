// Conversation history reads on the Firestore emulator: the history page query (conversations → latest 10
// messages → each message's conversation) at page sizes 10/20/50, through the real server over HTTP, with
// the per-request loaders and without them (one read per field). Then the two ways to fetch "the latest
// messages of each conversation on a page", side by side at the repository level: limited subcollection
// queries sent together (what the server does) and a denormalized copy on each conversation document.
// Seeds one user with 200 conversations × 20 messages. Prints median and p95 latency, calls and documents.
// Usage: npx tsx bench/history.ts [--runs 30] [--jar path/to/cloud-firestore-emulator.jar]
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { FieldPath, Timestamp } from 'firebase-admin/firestore';
import { buildApp } from '../src/app.js';
import { startServices } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { findEmulatorJar } from '../src/firestore-emulator/find-jar.js';
import { startFirestoreEmulator } from '../src/firestore-emulator/emulator.js';
import type { FirestoreCall } from '../src/history/firestore-calls.js';
import type { NewMessage } from '../src/history/conversation-writes.js';
import type { AssistantResult } from '../src/history/records.js';
import { importConversation } from '../test/integration/history/seed-history.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, jar: { type: 'string' } } });
const RUNS = Number(values.runs);
const UID = 'bench';
const DENORMALIZED_UID = 'bench-denormalized';
const CONVERSATIONS = 200;
const MESSAGES = 20;
const LATEST = 10;
const PAGE_SIZES = [10, 20, 50] as const;
const PROJECT = 'askql-bench';

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
function figures(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

const result: AssistantResult = {
  sql: 'SELECT channel, SUM(revenue) AS revenue FROM orders GROUP BY channel ORDER BY revenue DESC',
  columns: [
    { name: 'channel', type: 'text' },
    { name: 'revenue', type: 'decimal' },
  ],
  rows: Array.from({ length: 8 }, (_, i) => [`channel ${i}`, 1000 - i * 37.5]),
  rowCount: 8,
  truncated: false,
  chart: {
    mark: 'bar',
    encoding: { x: { field: 'channel', type: 'nominal' }, y: { field: 'revenue', type: 'quantitative' } },
  },
  citations: [{ start: 0, end: 6, text: '1,000', computation: 'value', cells: [{ row: 0, column: 'revenue' }] }],
  suggestions: ['Revenue by month', 'Top products'],
  plan: null,
};

function conversationMessages(c: number): NewMessage[] {
  return Array.from({ length: MESSAGES }, (_, m) =>
    m % 2 === 0
      ? {
          role: 'user',
          content: `Question ${m / 2 + 1} of conversation ${c}: how did revenue by channel change last month?`,
          status: 'complete',
        }
      : {
          role: 'assistant',
          content: `Channel 0 brought in 1,000 (answer ${m} of conversation ${c}).`,
          status: 'complete',
          result,
        },
  );
}

const jar = values.jar ?? process.env.FIRESTORE_EMULATOR_JAR;
const emulator = await startFirestoreEmulator({ jar: findEmulatorJar(jar), projectId: PROJECT, heapMb: 1024 });
const config = loadConfig({
  ASKQL_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  ASKQL_LOG_LEVEL: 'silent',
  FIRESTORE_EMULATOR_HOST: emulator.host,
  GOOGLE_CLOUD_PROJECT: PROJECT,
  ASKQL_DEV_USER: UID,
});
const running = await startServices(config, pino({ level: 'silent' }));
const { history, firestore } = running.services;
const batched = buildApp(running.services);
const unbatched = buildApp({ ...running.services, unbatchedHistoryReads: true });
const batchedUrl = (await batched.start()).replace('localhost', '127.0.0.1');
const unbatchedUrl = (await unbatched.start()).replace('localhost', '127.0.0.1');

// Seed: one batch per conversation, a minute apart so the list order is stable.
const seedStart = performance.now();
const base = Date.now() - CONVERSATIONS * 60_000;
for (let from = 0; from < CONVERSATIONS; from += 20) {
  await Promise.all(
    Array.from({ length: Math.min(20, CONVERSATIONS - from) }, async (_, k) => {
      const c = from + k;
      const startedAt = new Date(base + c * 60_000);
      const saved = await importConversation(history, UID, { startedAt, messages: conversationMessages(c) });
      // The denormalized variant: the same conversation, plus a copy of its latest messages on its document.
      const copy = firestore.collection('users').doc(DENORMALIZED_UID).collection('conversations').doc(saved.id);
      const latest = conversationMessages(c)
        .slice(-LATEST)
        .map((message, i) => ({
          seq: MESSAGES - LATEST + i + 1,
          role: message.role,
          content: message.content,
          status: message.status,
          createdAt: Timestamp.fromMillis(startedAt.getTime() + MESSAGES - LATEST + i),
        }));
      await copy.set({
        ...saved,
        createdAt: Timestamp.fromDate(saved.createdAt),
        updatedAt: Timestamp.fromDate(saved.updatedAt),
        latestMessages: latest,
      });
    }),
  );
}
console.log(
  `seeded ${CONVERSATIONS} conversations × ${MESSAGES} messages in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (emulator ${emulator.host})\n`,
);

/** Calls made outside the repository (the full-copy variant) report here, counted like the repository's. */
let denormalizedObserver: (call: FirestoreCall) => void = () => undefined;

async function measure(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i += 1) await run(); // warm-up: JIT on both sides, connections open
  const latencies: number[] = [];
  let calls: FirestoreCall[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    calls = [];
    const stop = history.observe((call) => calls.push(call));
    denormalizedObserver = (call) => calls.push(call);
    const start = performance.now();
    await run();
    latencies.push(performance.now() - start);
    stop();
  }
  return {
    ...figures(latencies),
    calls: calls.length,
    documents: calls.reduce((sum, call) => sum + call.documents, 0),
  };
}

async function graphql(url: string, first: number) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($first: Int!) { conversations(first: $first) { edges { node { id title messages(last: ${LATEST}) { edges { node { id content conversation { id title } } } } } } } }`,
      variables: { first },
    }),
  });
  const body = (await response.json()) as { data?: { conversations: { edges: unknown[] } }; errors?: unknown };
  if (!body.data || body.data.conversations.edges.length !== first)
    throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
}

console.log(
  `history page query over HTTP: conversations(first: N) → messages(last: ${LATEST}) → conversation; ${RUNS} runs each`,
);
console.log('N   | loaders: median      p95        calls docs | no loaders: median   p95        calls docs');
for (const size of PAGE_SIZES) {
  const withLoaders = await measure(() => graphql(batchedUrl, size));
  const withoutLoaders = await measure(() => graphql(unbatchedUrl, size));
  console.log(
    `${String(size).padEnd(3)} | ${ms(withLoaders.median)} ${ms(withLoaders.p95)} ${String(withLoaders.calls).padStart(5)} ${String(withLoaders.documents).padStart(4)} | ` +
      `${ms(withoutLoaders.median)} ${ms(withoutLoaders.p95)} ${String(withoutLoaders.calls).padStart(5)} ${String(withoutLoaders.documents).padStart(5)}`,
  );
}

console.log(`\nlatest ${LATEST} messages of each conversation on a page, repository level; ${RUNS} runs each`);
console.log(
  'N   | queries together: median p95         calls docs | ids + getAll: median p95          calls docs | full copy: median p95         calls docs',
);
for (const size of PAGE_SIZES) {
  const row: string[] = [];
  const variants: Array<() => Promise<number>> = [
    // One limited query per conversation, all sent at once.
    async () => {
      const page = await history.reads.listConversations(UID, { first: size });
      const pages = await Promise.all(
        page.items.map((item) => history.reads.listMessages(UID, item.record.id, { last: LATEST })),
      );
      return pages.reduce((sum, p) => sum + p.items.length, page.items.length);
    },
    // What the server does: the ids kept on each conversation, then one getAll for every page's messages.
    async () => {
      const page = await history.reads.listConversations(UID, { first: size });
      const keys = page.items.flatMap((item) =>
        item.record.latestMessageIds.slice(-LATEST).map((messageId) => ({ conversationId: item.record.id, messageId })),
      );
      const messages = await history.reads.getMessages(UID, keys);
      return page.items.length + messages.length;
    },
    // A copy of the latest messages' fields on each conversation document: one query (results not copied).
    async () => {
      const started = performance.now();
      const snapshot = await firestore
        .collection('users')
        .doc(DENORMALIZED_UID)
        .collection('conversations')
        .orderBy('updatedAt', 'desc')
        .orderBy(FieldPath.documentId(), 'desc')
        .limit(size + 1)
        .get();
      // Not made through the repository, so reported here for the same accounting.
      denormalizedObserver({
        operation: 'query',
        documents: snapshot.size,
        startedAt: started,
        endedAt: performance.now(),
      });
      return snapshot.size;
    },
  ];
  for (const variant of variants) {
    const measured = await measure(variant);
    row.push(
      `${ms(measured.median)} ${ms(measured.p95)} ${String(measured.calls).padStart(5)} ${String(measured.documents).padStart(4)}`,
    );
  }
  console.log(`${String(size).padEnd(3)} | ${row.join(' | ')}`);
}

await batched.stop();
await unbatched.stop();
await running.close();
await emulator.stop();
