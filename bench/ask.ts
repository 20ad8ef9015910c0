// askQuery under load: C concurrent graphql-ws clients (1, 10, 100) asking demo questions of the offline
// analyst, with the real Firestore emulator and DuckDB. Prints asks per second, median and p95 time to the
// first event and to AskCompleted, events per second and the server's RSS; then the same load against a bare
// graphql-ws server (a parse cache, no yoga, no agent) streaming the same event payloads, for the ratio; then
// the server memory each open, subscribed connection costs. The server runs in a child process, so its RSS
// is its own. Usage: npx tsx bench/ask.ts [--asks 60] [--warmup 60] [--connections 200] [--jar path/to/emulator.jar] [--memory-only | --skip-memory]
// [--replay-only: skips the askQuery load table, still warms up and records one run, then the replay and bare tables]
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
} from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { createClient, type Client } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { pino } from 'pino';
import WebSocket, { WebSocketServer } from 'ws';
import { buildApp } from '../src/app.js';
import { startServices } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { findEmulatorJar } from '../src/firestore-emulator/find-jar.js';
import { startFirestoreEmulator } from '../src/firestore-emulator/emulator.js';
import { createRunRegistry } from '../src/ask/create-runs.js';

const SELF = fileURLToPath(import.meta.url);
const QUESTIONS = [
  'Show me my top 5 Instagram posts by engagement',
  'What was my revenue last month?',
  'Average order value by sales channel',
  'How many orders did I get last week?',
  'Revenue by month this year',
  'Top 10 products by revenue',
];
const ASK = `subscription ($input: AskQueryInput!) { askQuery(input: $input) {
  __typename runId seq
  ... on AskStarted { conversationId }
  ... on AskProgress { stage message percent attempt }
  ... on AnswerDelta { text }
  ... on AskCompleted { answer sql chart suggestions result { columns { name type } rows truncated rowCount } }
  ... on AskFailed { code message retryable }
} }`;
const BARE = `subscription ($input: JSON) { askQuery(input: $input) }`;
const REPLAY = ASK.replace(
  '($input: AskQueryInput!) { askQuery(input: $input)',
  '($id: ID!) { askRun(runId: $id, afterSeq: 0)',
);

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const figures = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};
/** CPU time (user + system) a process has used so far, in ms; /proc counts it in clock ticks of 10 ms. */
const cpuMs = (pid: number | undefined) => {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

// ─── child: the askql server ────────────────────────────────────────────────────────────────────────────
async function serveAskql(gated: boolean): Promise<void> {
  const config = loadConfig({
    ...process.env,
    ASKQL_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    ASKQL_LOG_LEVEL: 'silent',
  });
  const running = await startServices(config, pino({ level: 'silent' }));
  let services = running.services;
  if (gated) {
    // Every run waits before interpreting until it is cancelled: the connection stays open and subscribed.
    const base = services.analyst;
    const analyst = {
      ...base,
      interpret: (request: Parameters<typeof base.interpret>[0]) =>
        new Promise<never>((_, reject) =>
          request.signal?.addEventListener('abort', () => reject(request.signal?.reason as Error), { once: true }),
        ),
    };
    services = { ...services, analyst, runs: createRunRegistry({ ...services, analyst }) };
  }
  const app = buildApp(services);
  const url = (await app.start()).replace('localhost', '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  // The parent reads settled memory: a full collection first (the child runs with --expose-gc), so garbage
  // not yet collected does not count as the connections' memory.
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    process.stdout.write(`${JSON.stringify({ memory: process.memoryUsage() })}\n`);
  });
  process.once(
    'SIGTERM',
    () =>
      void app
        .stop()
        .then(() => running.close())
        .then(() => process.exit(0)),
  );
}

// ─── child: a bare graphql-ws server streaming recorded payloads ────────────────────────────────────────
async function serveBare(payloadFile: string): Promise<void> {
  const payloads = JSON.parse(readFileSync(payloadFile, 'utf8')) as unknown[];
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        askQuery: {
          type: GraphQLJSON,
          args: { input: { type: GraphQLJSON } },
          subscribe: async function* () {
            for (const payload of payloads) {
              // One macrotask per event, like a run whose steps await I/O.
              await new Promise((resolve) => setImmediate(resolve));
              yield { askQuery: payload };
            }
          },
        },
      },
    }),
  });
  const cache = new Map<string, DocumentNode>();
  const server = createServer();
  const wss = new WebSocketServer({ server, path: '/graphql' });
  useServer(
    {
      schema,
      onSubscribe: (_ctx, _id, payload) => {
        let document = cache.get(payload.query);
        if (!document) {
          document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
          cache.set(payload.query, document);
        }
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
        } satisfies ExecutionArgs;
      },
    },
    wss,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}/graphql` })}\n`);
  process.once('SIGTERM', () => process.exit(0));
}

// ─── parent: the load ───────────────────────────────────────────────────────────────────────────────────
interface Child {
  readonly url: string;
  readonly process: ChildProcess;
  readonly lines: Interface;
}

async function startChild(args: string[], env: Record<string, string>, nodeArgs: string[] = []): Promise<Child> {
  // ASKQL_BENCH_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the servers.
  const nodeOptions = process.env.ASKQL_BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeOptions, ...nodeArgs, '--import', 'tsx', SELF, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return { url, process: child, lines };
}

/**
 * The server's memory once it has settled, in KB: three readings 300 ms apart, each after a full collection,
 * and their median (closed connections finish cleaning up for a while after the client goes).
 */
async function settledMemory(child: Child): Promise<{ rss: number; held: number }> {
  const readings: Array<{ rss: number; held: number }> = [];
  for (let i = 0; i < 3; i += 1) {
    await sleep(300);
    readings.push(await memoryAfterGc(child));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  return { rss: median(readings.map((reading) => reading.rss)), held: median(readings.map((reading) => reading.held)) };
}

/** RSS, and what V8 holds (heap and external buffers), right after a full collection. */
async function memoryAfterGc(child: Child): Promise<{ rss: number; held: number }> {
  const reply = new Promise<NodeJS.MemoryUsage>((resolve) => {
    const onLine = (line: string) => {
      if (!line.startsWith('{"memory"')) return;
      child.lines.off('line', onLine);
      resolve((JSON.parse(line) as { memory: NodeJS.MemoryUsage }).memory);
    };
    child.lines.on('line', onLine);
  });
  child.process.kill('SIGUSR2');
  const memory = await reply;
  return { rss: memory.rss / 1024, held: (memory.heapUsed + memory.external) / 1024 };
}

async function stopChild(child: Child): Promise<void> {
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  child.process.kill('SIGKILL');
}

async function connect(url: string): Promise<Client> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
    client.on('error', reject);
  });
  return client;
}

interface Sample {
  readonly first: number;
  readonly done: number;
  readonly events: number;
  readonly completed: boolean;
  /** The AskFailed code when the ask did not complete. */
  readonly failure: string | null;
}

async function askOnce(
  client: Client,
  document: string,
  variables: Record<string, unknown>,
): Promise<Sample & { payloads: unknown[] }> {
  const started = performance.now();
  let first = NaN;
  const payloads: unknown[] = [];
  let completed = false;
  let failure: string | null = null;
  for await (const result of client.iterate({ query: document, variables })) {
    if (Number.isNaN(first)) first = performance.now() - started;
    const data = result.data as Record<string, { __typename?: string; code?: string }> | undefined;
    const event = data?.askQuery ?? data?.askRun;
    payloads.push(event);
    if (event?.__typename === 'AskCompleted') completed = true;
    if (event?.__typename === 'AskFailed') failure = event.code ?? 'unknown';
  }
  return { first, done: performance.now() - started, events: payloads.length, completed, failure, payloads };
}

interface LoadResult {
  readonly concurrency: number;
  readonly asks: number;
  readonly completed: number;
  readonly failures: Record<string, number>;
  readonly seconds: number;
  readonly first: { median: number; p95: number };
  readonly done: { median: number; p95: number };
  readonly eventsPerSecond: number;
  readonly rssMb: number;
  /** CPU ms per ask: the server, the Firestore emulator, and this (client) process. */
  readonly cpuPerAsk: { server: number; emulator: number; clients: number };
}

/** What each ask sends: a demo question by default; a fixed variable set for replays and the bare server. */
type Variables = (question: string) => Record<string, unknown>;
const askVariables: Variables = (question) => ({ input: { question } });

let emulatorPid: number | undefined;

async function load(
  child: Child,
  document: string,
  concurrency: number,
  totalAsks: number,
  variables: Variables = askVariables,
): Promise<LoadResult> {
  const clients = await Promise.all(Array.from({ length: concurrency }, () => connect(child.url)));
  const perClient = Math.max(1, Math.ceil(totalAsks / concurrency));
  const samples: Sample[] = [];
  const cpuBefore = { server: cpuMs(child.process.pid), emulator: cpuMs(emulatorPid), clients: cpuMs(process.pid) };
  const startedAt = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; i < perClient; i += 1) {
        const question = QUESTIONS[(c + i) % QUESTIONS.length]!;
        samples.push(await askOnce(client, document, variables(question)));
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const perAsk = (before: number, after: number) => (after - before) / samples.length;
  const cpuPerAsk = {
    server: perAsk(cpuBefore.server, cpuMs(child.process.pid)),
    emulator: perAsk(cpuBefore.emulator, cpuMs(emulatorPid)),
    clients: perAsk(cpuBefore.clients, cpuMs(process.pid)),
  };
  const rssMb = rssKb(child.process.pid!) / 1024;
  await Promise.all(
    clients.map(async (client) => {
      await client.dispose();
    }),
  );
  const events = samples.reduce((sum, sample) => sum + sample.events, 0);
  return {
    concurrency,
    asks: samples.length,
    completed: samples.filter((sample) => sample.completed).length,
    failures: samples.reduce<Record<string, number>>((counts, sample) => {
      if (sample.failure) counts[sample.failure] = (counts[sample.failure] ?? 0) + 1;
      return counts;
    }, {}),
    seconds,
    first: figures(samples.map((sample) => sample.first)),
    done: figures(samples.map((sample) => sample.done)),
    eventsPerSecond: events / seconds,
    rssMb,
    cpuPerAsk,
  };
}

/** Subscribes and resolves once the run is waiting mid-way (the gated server never lets it finish). */
function waitMidway(client: Client): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    client.subscribe(
      { query: ASK, variables: { input: { question: QUESTIONS[0] } } },
      {
        next: (result) => {
          const event = (result.data as { askQuery: { __typename: string; stage?: string; code?: string } }).askQuery;
          if (event.stage === 'INTERPRETING') resolve();
          if (event.__typename === 'AskFailed') reject(new Error(`a waiting run failed: ${event.code}`));
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      asks: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '60' },
      connections: { type: 'string', default: '200' },
      jar: { type: 'string' },
      'memory-only': { type: 'boolean', default: false },
      'skip-memory': { type: 'boolean', default: false },
      'replay-only': { type: 'boolean', default: false },
    },
  });
  const asks = Number(values.asks);
  const warmup = Number(values.warmup);
  const connections = Number(values.connections);
  const emulator = await startFirestoreEmulator({
    jar: findEmulatorJar(values.jar ?? process.env.FIRESTORE_EMULATOR_JAR),
    projectId: 'askql-bench',
    heapMb: 1024,
  });
  emulatorPid = emulator.pid;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'askql-bench-ask-'));
  const env = {
    FIRESTORE_EMULATOR_HOST: emulator.host,
    GOOGLE_CLOUD_PROJECT: 'askql-bench',
    ASKQL_DATA_DIR: dir,
    ASKQL_WAREHOUSE_URL: `duckdb:${process.env.ASKQL_BENCH_WAREHOUSE ?? path.join(dir, 'warehouse.duckdb')}`,
    ASKQL_AUTH: 'development',
    // One bench user stands for many: lift the per-user limits so they measure nothing here.
    ASKQL_MAX_RUNS_PER_USER: '100000',
    ASKQL_RUNS_PER_MINUTE: '10000000',
    METADATA_SERVER_DETECTION: 'none',
  };
  const children: Child[] = [];
  const start = async (args: string[], childEnv: Record<string, string>, nodeArgs: string[] = []) => {
    const child = await startChild(args, childEnv, nodeArgs);
    children.push(child);
    return child;
  };
  try {
    if (!values['memory-only']) await measureLoad(start, env, asks, warmup, values['replay-only']);
    if (!values['skip-memory']) await measureMemory(start, env, connections);
  } finally {
    for (const child of children) if (child.process.exitCode === null) await stopChild(child);
    await emulator.stop();
  }
}

type Start = (args: string[], env: Record<string, string>, nodeArgs?: string[]) => Promise<Child>;

async function measureLoad(
  startChild: Start,
  env: Record<string, string>,
  asks: number,
  warmup: number,
  replayOnly: boolean,
): Promise<void> {
  const dir = env.ASKQL_DATA_DIR!;
  {
    const askql = await startChild(['server'], env);
    // Warm-up: the first asks compile the code paths, open DuckDB connections and Firestore channels, and
    // V8 optimises the hot code only after many calls: the figures are the steady state a running server
    // is in. The cold asks are reported on their own.
    const warm = await connect(askql.url);
    let recorded: unknown[] = [];
    const cold: number[] = [];
    for (let i = 0; i < Math.max(warmup, QUESTIONS.length); i += 1) {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const sample = await askOnce(warm, ASK, askVariables(question));
      if (i < QUESTIONS.length) cold.push(sample.done);
      if (i === 0) recorded = sample.payloads;
    }
    await warm.dispose();

    const results: LoadResult[] = [];
    if (!replayOnly) {
      for (const concurrency of [1, 10, 100])
        results.push(await load(askql, ASK, concurrency, Math.max(asks, concurrency * 2)));
    }
    // The framework alone: the same recorded run replayed by askRun from the server's memory, so no agent,
    // warehouse or Firestore work is in the way, against the bare server streaming the same payloads.
    const replayClient = await connect(askql.url);
    const fresh = await askOnce(replayClient, ASK, askVariables(QUESTIONS[0]!));
    const recordedRunId = (fresh.payloads[0] as { runId: string }).runId;
    const replay = await askOnce(replayClient, REPLAY, { id: recordedRunId });
    await replayClient.dispose();
    if (replay.events !== fresh.events)
      throw new Error(`replay gave ${replay.events} events, the run had ${fresh.events}`);
    const replays: LoadResult[] = [];
    for (const concurrency of [1, 10, 100]) {
      replays.push(
        await load(askql, REPLAY, concurrency, Math.max(asks, concurrency * 2), () => ({ id: recordedRunId })),
      );
    }
    await stopChild(askql);

    const payloadFile = path.join(dir, 'payloads.json');
    writeFileSync(payloadFile, JSON.stringify(recorded));
    const bare = await startChild(['bare', payloadFile], {});
    const recordedInput = () => ({ input: { question: 'recorded' } });
    await load(bare, BARE, 1, 20, recordedInput);
    const bareResults: LoadResult[] = [];
    for (const concurrency of [1, 10, 100])
      bareResults.push(await load(bare, BARE, concurrency, Math.max(asks, concurrency * 2), recordedInput));
    await stopChild(bare);

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    if (!replayOnly) {
      console.log(
        `askQuery over graphql-ws, offline analyst, DuckDB demo data, Firestore emulator (${os.cpus().length} cores)`,
      );
      console.log(
        'C    asks  done  asks/s   first event med/p95     AskCompleted med/p95     events/s   server RSS   bare events/s  ratio',
      );
      results.forEach((result, index) => {
        const bareResult = bareResults[index]!;
        console.log(
          [
            String(result.concurrency).padEnd(4),
            String(result.asks).padStart(4),
            String(result.completed).padStart(5),
            (result.asks / result.seconds).toFixed(1).padStart(7),
            `${ms(result.first.median)} / ${ms(result.first.p95)}`.padStart(22),
            `${ms(result.done.median)} / ${ms(result.done.p95)}`.padStart(24),
            result.eventsPerSecond.toFixed(0).padStart(10),
            `${result.rssMb.toFixed(0)} MB`.padStart(12),
            bareResult.eventsPerSecond.toFixed(0).padStart(14),
            (result.eventsPerSecond / bareResult.eventsPerSecond).toFixed(2).padStart(6),
          ].join(' '),
        );
      });
      for (const result of results) {
        if (Object.keys(result.failures).length > 0)
          console.log(`C=${result.concurrency} failed asks by code: ${JSON.stringify(result.failures)}`);
      }
      const c1 = results[0]!.done.median;
      const c100 = results[2]!.done.p95;
      console.log('CPU per ask (ms): server / Firestore emulator / bench clients');
      for (const result of results) {
        const cpu = result.cpuPerAsk;
        console.log(
          `C=${result.concurrency}`.padEnd(6) +
            `${cpu.server.toFixed(1)} / ${cpu.emulator.toFixed(1)} / ${cpu.clients.toFixed(1)}`,
        );
      }
      console.log(
        `cold server: its first ${cold.length} asks took ${figures(cold).median.toFixed(1)} ms median (then ${Math.max(warmup, QUESTIONS.length)} warm-up asks in all)`,
      );
      console.log(`C=100 p95 to AskCompleted / C=1 median: ${(c100 / c1).toFixed(1)}× (goal ≤ 10×)`);
    }
    console.log(`events per ask: ${recorded.length}`);
    console.log('');
    console.log(
      'streaming alone: a finished run replayed with askRun (yoga + graphql-ws + Pothos) vs the bare graphql-ws server',
    );
    // Server CPU per event moves less than the rates when other processes share the cores.
    console.log('C    replays  askql events/s   bare events/s   ratio (goal ≥ 0.8)   server CPU µs/event askql / bare');
    const cpuPerEvent = (result: LoadResult) => ((result.cpuPerAsk.server * 1000) / recorded.length).toFixed(0);
    replays.forEach((result, index) => {
      const bareResult = bareResults[index]!;
      console.log(
        [
          String(result.concurrency).padEnd(4),
          String(result.completed).padStart(7),
          result.eventsPerSecond.toFixed(0).padStart(16),
          bareResult.eventsPerSecond.toFixed(0).padStart(15),
          (result.eventsPerSecond / bareResult.eventsPerSecond).toFixed(2).padStart(8),
          `${cpuPerEvent(result)} / ${cpuPerEvent(bareResult)}`.padStart(32),
        ].join(' '),
      );
    });
  }
}

async function measureMemory(startChild: Start, env: Record<string, string>, connections: number): Promise<void> {
  const gated = await startChild(['server', '--gate'], env, ['--expose-gc']);
  const leader = await connect(gated.url);
  // One run waits mid-way for the followers to follow.
  const runId = await new Promise<string>((resolve, reject) => {
    leader.subscribe(
      { query: ASK, variables: { input: { question: QUESTIONS[0] } } },
      {
        next: (result) => resolve((result.data as { askQuery: { runId: string } }).askQuery.runId),
        error: reject,
        complete: () => undefined,
      },
    );
  });
  await sleep(500);

  const follow = async (count: number): Promise<Client[]> => {
    const followers: Client[] = [];
    for (let batch = 0; batch < count; batch += 20) {
      const clients = await Promise.all(Array.from({ length: Math.min(20, count - batch) }, () => connect(gated.url)));
      followers.push(...clients);
      await Promise.all(
        clients.map(
          (client) =>
            new Promise<void>((resolve, reject) => {
              client.subscribe(
                {
                  query: `subscription ($id: ID!) { askRun(runId: $id) { __typename seq } }`,
                  variables: { id: runId },
                },
                { next: () => resolve(), error: reject, complete: () => undefined },
              );
            }),
        ),
      );
    }
    return followers;
  };
  // Warm-up: the first followers compile the code path and fill caches, costs that are not per connection.
  await Promise.all(
    (await follow(40)).map(async (client) => {
      await client.dispose();
    }),
  );
  await sleep(2000);

  // First the connection and its subscription alone: every client follows the waiting run with askRun.
  const beforeFollowers = await settledMemory(gated);
  const followers = await follow(connections);
  await sleep(500);
  const afterFollowers = await settledMemory(gated);

  // Then connections that each have a run of their own waiting mid-way, opened in batches, each batch's runs
  // reaching their wait before the next, as clients arrive in practice.
  const asking: Client[] = [];
  for (let batch = 0; batch < connections; batch += 20) {
    const clients = await Promise.all(
      Array.from({ length: Math.min(20, connections - batch) }, () => connect(gated.url)),
    );
    asking.push(...clients);
    await Promise.all(clients.map((client) => waitMidway(client)));
  }
  await sleep(500);
  const afterRuns = await settledMemory(gated);
  await Promise.all(
    [leader, ...followers, ...asking].map(async (client) => {
      await client.dispose();
    }),
  );
  await stopChild(gated);

  // What V8 holds after a full collection is the steady figure; RSS also moves with pages V8 returns to the
  // system late (or early), so it is shown for reference only.
  const per = (from: { rss: number; held: number }, to: { rss: number; held: number }) =>
    `${((to.held - from.held) / connections).toFixed(1)} KB held by V8 (heap and buffers, after a full GC; RSS moved ${((to.rss - from.rss) / connections).toFixed(1)} KB)`;
  console.log(
    `memory per open, subscribed connection (${connections} connections following one run with askRun): ${per(beforeFollowers, afterFollowers)}`,
  );
  console.log(
    `memory per open connection with a run waiting mid-way (${connections} more runs): ${per(afterFollowers, afterRuns)}`,
  );
}

const mode = process.argv[2];
if (mode === 'server') await serveAskql(process.argv.includes('--gate'));
else if (mode === 'bare') await serveBare(process.argv[3]!);
else await main();
