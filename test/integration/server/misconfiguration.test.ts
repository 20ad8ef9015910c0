import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_QUERY, collect, wsClient } from '../ask/ask-client.js';
import { DEMO_ENV, ensureDemoWarehouse } from '../ask/demo-env.js';
import { startTestServer } from '../../helpers/server.js';

/** A setting that cannot work says so at start-up or in /readyz, and is never answered with "try again later". */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `askql serve` to its exit (it should not get far) and returns its exit code and output. */
function serve(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const merged: Record<string, string | undefined> = { ...process.env, ASKQL_LOG_LEVEL: 'info', ...env };
  const defined = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], { cwd: ROOT, env: defined });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('askql serve', { timeout: 90_000 }, () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => taken.close(resolve)));

  it('on a port already in use exits with code 2 and one line, before starting an emulator or seeding', async () => {
    const run = await serve({ HOST: '127.0.0.1', PORT: String(port), FIRESTORE_EMULATOR_HOST: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `askql: PORT: ${port} on 127.0.0.1 is already in use (another askql running? set PORT)`,
    );
    expect(run.stdout).not.toMatch(/emulator|seed/i);
  });

  it('with a hosted model and no key exits with code 2, naming the key', async () => {
    const run = await serve({ ASKQL_MODEL: 'openai:gpt-4o-mini', OPENAI_API_KEY: undefined, PORT: '0' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('askql: OPENAI_API_KEY: required by ASKQL_MODEL=openai:gpt-4o-mini');
  });

  it('in production without a project or a warehouse exits with code 2 instead of starting on the demo', async () => {
    const run = await serve({
      ASKQL_ENV: 'production',
      GOOGLE_CLOUD_PROJECT: undefined,
      FIRESTORE_EMULATOR_HOST: undefined,
      ASKQL_WAREHOUSE_URL: undefined,
      PORT: '0',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('askql: GOOGLE_CLOUD_PROJECT: required in production');
    expect(run.stderr).toContain('askql: ASKQL_WAREHOUSE_URL: required in production');
  });
});

describe('a PostgreSQL warehouse whose login role does not exist', () => {
  it('is reported not ready with the reason, and a question fails as not retryable', async () => {
    await ensureDemoWarehouse();
    const server = await startTestServer({
      env: { ...DEMO_ENV, ASKQL_WAREHOUSE_URL: 'postgres://askql_nobody@127.0.0.1:5432/test' },
    });
    try {
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { checks: { name: string; ok: boolean; error?: string }[] };
      expect(body.checks.find((check) => check.name === 'warehouse')).toMatchObject({
        ok: false,
        error: expect.stringMatching(/not set up for askql.*askql_nobody/),
      });
      const client = wsClient(server.wsUrl);
      const events = await collect(client, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      await client.dispose();
      expect(events.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'WAREHOUSE_UNAVAILABLE', retryable: false });
      expect(events.at(-1)?.message).not.toMatch(/try again/i);
    } finally {
      await server.stop();
    }
  });
});
