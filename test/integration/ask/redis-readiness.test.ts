import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCuttableProxy, type CuttableProxy } from '../../helpers/cuttable-proxy.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO_ENV, ensureDemoWarehouse } from './demo-env.js';

/**
 * With the run limits shared through Redis, no question can be admitted while Redis is away: `/readyz` says so
 * (503, the redis check failing), so a load balancer sends traffic elsewhere, and says ready again once Redis
 * is back. Redis is the machine's own, reached through a TCP proxy that can be cut.
 */
describe('readiness with Redis', { timeout: 60_000 }, () => {
  let proxy: CuttableProxy;
  let server: TestServer;
  beforeAll(async () => {
    await ensureDemoWarehouse();
    proxy = await startCuttableProxy('http://127.0.0.1:6379');
    const redisUrl = proxy.origin.replace('http://', 'redis://');
    server = await startTestServer({
      env: {
        ...DEMO_ENV,
        ASKQL_REDIS_URL: redisUrl,
        ASKQL_REDIS_PREFIX: `askql-test-${randomBytes(4).toString('hex')}:`,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
  });

  const readyz = async () => {
    const response = await fetch(new URL('/readyz', server.url));
    return {
      status: response.status,
      body: (await response.json()) as { ready: boolean; checks: { name: string; ok: boolean }[] },
    };
  };

  it('is ready with Redis, not ready without it, and ready again when it returns', async () => {
    const before = await readyz();
    expect(before.status).toBe(200);
    expect(before.body.checks).toContainEqual({ name: 'redis', ok: true });

    await proxy.cut();
    const during = await readyz();
    expect(during.status).toBe(503);
    expect(during.body.checks.find((check) => check.name === 'redis')).toMatchObject({ ok: false });
    expect(during.body.checks.find((check) => check.name === 'warehouse')).toMatchObject({ ok: true });

    await proxy.restore();
    await expect.poll(async () => (await readyz()).status, { timeout: 20_000, interval: 250 }).toBe(200);
  });
});
