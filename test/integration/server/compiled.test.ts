import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnServer, type SpawnedServer } from '../../helpers/spawn-server.js';
import { DEMO_WAREHOUSE_FILE, ensureDemoWarehouse, TOP_POSTS } from '../ask/demo-env.js';

/**
 * Production runs the JavaScript that `npm run build:server` compiles into dist/, not the TypeScript through tsx:
 * `npm start` and `npx askql` go through bin/askql.js. The other tests run the source; this one builds and runs
 * what ships, to catch what only compiling breaks (a file read next to a module, a second copy of graphql).
 */

const run = promisify(execFile);
const ROOT = new URL('../../../', import.meta.url).pathname;

/** Runs the compiled `askql` the way `npx askql …` does. */
function askql(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['bin/askql.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    timeout: 60_000,
  });
}

let server: SpawnedServer;
beforeAll(async () => {
  await run('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, timeout: 240_000 });
  await ensureDemoWarehouse();
  server = await spawnServer({ compiled: true, warehouseFile: DEMO_WAREHOUSE_FILE });
}, 300_000);

afterAll(async () => {
  if (!server) return;
  server.process.kill('SIGINT');
  await server.exited;
  rmSync(server.dir, { recursive: true, force: true });
});

describe('the compiled askql', () => {
  it('prints its commands', async () => {
    const { stdout } = await askql(['--help']);
    expect(stdout).toContain('Usage: askql');
    expect(stdout).toMatch(/^\s+serve\b/m);
    expect(stdout).toMatch(/^\s+ask \[options\] <question>/m);
  });

  it('serves: healthy, ready and answering GraphQL', async () => {
    const origin = new URL(server.url).origin;
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ status: 'ok' });
    // A probe retries: the first Firestore call of a fresh process can outlast the check's timeout on a busy machine.
    await vi.waitFor(
      async () => {
        const readiness = await (await fetch(`${origin}/readyz`)).json();
        expect(readiness, JSON.stringify(readiness)).toMatchObject({ ready: true });
      },
      { timeout: 30_000, interval: 500 },
    );
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a question asked with the compiled client, over graphql-ws, end to end', async () => {
    const { stdout } = await askql(['ask', TOP_POSTS], { ASKQL_URL: server.url });
    expect(stdout).toContain('5 rows');
  });
});
