import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CatalogError } from '../../../src/warehouse/catalog.js';
import { startTestServer } from '../../helpers/server.js';
import { POSTGRES_ADMIN_URL } from '../../helpers/test-warehouse.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'askql-quickstart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('a fresh install seeds the DuckDB warehouse on first start, reports it ready, and answers for the dev user', async () => {
  const server = await startTestServer({ env: { ASKQL_DATA_DIR: dataDir } });
  try {
    const ready = await fetch(server.url.replace('/graphql', '/readyz'));
    expect(await ready.json()).toMatchObject({ checks: expect.arrayContaining([{ name: 'warehouse', ok: true }]) });
    const result = await server.services.warehouse.run(
      'SELECT user_id, count(*) AS orders FROM orders GROUP BY user_id',
      { tenant: 'demo' },
    );
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.[0]).toBe('demo');
    expect(result.rows[0]?.[1]).toBeGreaterThan(20_000);
  } finally {
    await server.stop();
  }
  // The second start finds the data and opens it as is.
  const again = await startTestServer({ env: { ASKQL_DATA_DIR: dataDir } });
  try {
    const result = await again.services.warehouse.run('SELECT max(ordered_at) AS last FROM orders', { tenant: 'demo' });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(String(result.rows[0]?.[0]).slice(0, 10)).toBe(yesterday);
  } finally {
    await again.stop();
  }
}, 120_000);

test('a PostgreSQL warehouse that was never seeded stops start-up, naming each table the layer expects', async () => {
  const error = await startTestServer({
    env: { ASKQL_WAREHOUSE_URL: `${POSTGRES_ADMIN_URL}?schema=askql_never_seeded` },
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CatalogError);
  expect((error as CatalogError).lines()).toContain(
    'the demo layer: tables.orders: no table "orders" in schema askql_never_seeded',
  );
});
