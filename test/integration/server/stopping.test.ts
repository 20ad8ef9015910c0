import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWireServer, type WireServer } from '../../helpers/openai-wire.js';
import { ASK_QUERY, collect, eventually, query, wsClient, type AskEventData } from '../ask/ask-client.js';
import { DEMO_WAREHOUSE_FILE, ensureDemoWarehouse } from '../ask/demo-env.js';
import { spawnServer, type SpawnedServer } from '../../helpers/spawn-server.js';

/**
 * Every way a development server stops: Ctrl-C to its process group, SIGKILL, Ctrl-C mid-answer, Ctrl-C twice.
 * The server starts its own Firestore emulator over its data directory, as `npm start` does; history must
 * survive each, the process must end, and no emulator may be left behind.
 */

/** The server as `npm start` runs it: its own emulator, its own process group (a terminal's foreground job). */
const devServer = (dir?: string, env: Record<string, string> = {}) =>
  spawnServer({
    warehouseFile: DEMO_WAREHOUSE_FILE,
    ...(dir ? { dir } : {}),
    processGroup: true,
    env: { FIRESTORE_EMULATOR_HOST: undefined, ...env },
  });

const CONVERSATIONS = `query { conversations(first: 20) { edges { node { id messageCount messages { edges { node { role status } } } } } } }`;
interface Conversations {
  conversations: {
    edges: {
      node: { id: string; messageCount: number; messages: { edges: { node: { role: string; status: string } }[] } };
    }[];
  };
}

/** The emulator the server started, from its log line. */
function emulatorHost(server: SpawnedServer): string {
  const line = server.log.find((entry) => entry.includes('Firestore emulator started'));
  const host = line && /"host":"([^"]+)"/.exec(line)?.[1];
  if (!host) throw new Error(`no emulator in the log:\n${server.log.join('\n')}`);
  return host;
}

/** Resolves once nothing answers at `host` any more: the emulator is gone, not orphaned. */
async function emulatorGone(host: string): Promise<void> {
  await eventually(async () => {
    try {
      await fetch(`http://${host}/`, { signal: AbortSignal.timeout(500) });
      return undefined;
    } catch {
      return true;
    }
  }, 40_000);
}

async function ask(server: SpawnedServer, question: string): Promise<AskEventData[]> {
  const client = wsClient(server.wsUrl);
  try {
    return await collect(client, ASK_QUERY, { input: { question } });
  } finally {
    await client.dispose();
  }
}

const dirs: string[] = [];
const running: SpawnedServer[] = [];
async function start(dir?: string, env?: Record<string, string>): Promise<SpawnedServer> {
  const server = await devServer(dir, env);
  running.push(server);
  if (!dir) dirs.push(server.dir);
  return server;
}

beforeAll(() => ensureDemoWarehouse(), 120_000);
afterEach(() => {
  for (const server of running.splice(0)) {
    if (server.process.exitCode === null && server.process.signalCode === null)
      process.kill(-server.process.pid!, 'SIGKILL');
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('history on a development server', { timeout: 180_000 }, () => {
  it('survives Ctrl-C to the whole process group: three answered conversations are there after a restart, and no emulator is left', async () => {
    const first = await start();
    for (const question of ['How many orders did I get?', 'What is my revenue?', 'How many posts did I publish?']) {
      expect((await ask(first, question)).at(-1)?.__typename).toBe('AskCompleted');
    }
    const host = emulatorHost(first);
    process.kill(-first.process.pid!, 'SIGINT');
    expect(await first.exited).toBe(0);
    await emulatorGone(host);

    const second = await start(first.dir);
    const { conversations } = await query<Conversations>(second.url, CONVERSATIONS);
    expect(conversations.edges.map((edge) => edge.node.messageCount)).toEqual([2, 2, 2]);
    process.kill(-second.process.pid!, 'SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('survives SIGKILL of the server (the OOM killer): the answer is there after a restart, and the emulator does not outlive it', async () => {
    const first = await start();
    expect((await ask(first, 'How many orders did I get?')).at(-1)?.__typename).toBe('AskCompleted');
    const host = emulatorHost(first);
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await emulatorGone(host);

    const second = await start(first.dir);
    const { conversations } = await query<Conversations>(second.url, CONVERSATIONS);
    expect(conversations.edges.map((edge) => edge.node.messageCount)).toEqual([2]);
  });
});

describe('Ctrl-C while a question is being answered', { timeout: 180_000 }, () => {
  let wire: WireServer;
  beforeAll(async () => {
    wire = await startWireServer();
  });
  afterAll(() => wire?.close());
  /** A model that never answers: the run stays at planning until it is cancelled. */
  const hangingModel = (shutdownTimeoutMs: number) => ({
    ASKQL_MODEL: 'openai:gpt-4o-mini',
    OPENAI_BASE_URL: wire.baseUrl,
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    ASKQL_MODEL_TIMEOUT_MS: '120000',
    ASKQL_SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
  });

  it('lets the run end first: the client sees AskFailed CANCELLED, the cancelled answer is saved, and the server exits', async () => {
    wire.script({ kind: 'hang' });
    const server = await start(undefined, hangingModel(1500));
    const events = ask(server, 'How many orders did I get?');
    await eventually(() => Promise.resolve(wire.requests.length > 0 ? true : undefined), 20_000);
    process.kill(-server.process.pid!, 'SIGINT');
    const seen = await events;
    expect(seen.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'CANCELLED' });
    expect(await server.exited).toBe(0);

    const again = await start(server.dir);
    const { conversations } = await query<Conversations>(again.url, CONVERSATIONS);
    expect(conversations.edges[0]?.node.messages.edges.map((edge) => edge.node)).toEqual([
      { role: 'USER', status: 'COMPLETE' },
      { role: 'ASSISTANT', status: 'CANCELLED' },
    ]);
  });

  it('a second Ctrl-C stops the server at once, and the emulator still goes with it', async () => {
    wire.script({ kind: 'hang' });
    const asked = wire.requests.length;
    const server = await start(undefined, hangingModel(120_000));
    const events = ask(server, 'How many orders did I get?').catch(() => []);
    await eventually(() => Promise.resolve(wire.requests.length > asked ? true : undefined), 20_000);
    const host = emulatorHost(server);
    process.kill(-server.process.pid!, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(-server.process.pid!, 'SIGINT');
    expect(await server.exited).toBe(130);
    await events;
    await emulatorGone(host);
  });
});
