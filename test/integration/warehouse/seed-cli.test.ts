import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { generateDemoData } from '../../../src/demo/generator.js';
import { DEMO_TABLE_NAMES } from '../../../src/demo/schema.js';
import { startTestServer } from '../../helpers/server.js';
import { POSTGRES_ADMIN_URL } from '../../helpers/test-warehouse.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const schema = `askql_test_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });

afterAll(async () => {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  await admin.end();
});

test('askql seed --warehouse postgres://… --login-role askql loads exactly the generated data, with row-level security on, and the login role serves', async () => {
  const args = ['--scale', '0.02', '--end-date', '2026-06-30', '--seed', 'cli'];
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main.ts',
      'seed',
      ...args,
      '--warehouse',
      `${POSTGRES_ADMIN_URL}?schema=${schema}`,
      '--login-role',
      'askql',
    ],
    { cwd: root, env: { ...process.env, ASKQL_ENV: 'test', ASKQL_LOG_LEVEL: 'silent' }, timeout: 60_000 },
  );
  expect(stdout).toMatch(/seeded .*orders \d+/);

  const expected = generateDemoData({ scale: 0.02, endDate: '2026-06-30', seed: 'cli' });
  await admin.connect();
  for (const table of DEMO_TABLE_NAMES) {
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".${table}`);
    expect(rows[0].n, table).toBe(expected[table].length);
  }
  const { rows } = await admin.query(
    `SELECT user_id, sum(total)::text AS revenue FROM "${schema}".orders GROUP BY user_id ORDER BY user_id`,
  );
  const revenue = (tenant: string) =>
    (
      expected.orders
        .filter((order) => order.user_id === tenant)
        .reduce((sum, order) => sum + Math.round(order.total * 100), 0) / 100
    ).toFixed(2);
  expect(rows).toEqual(['demo', 'lumen', 'northwind'].map((tenant) => ({ user_id: tenant, revenue: revenue(tenant) })));
  const rls = await admin.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relrowsecurity`,
    [schema],
  );
  expect(rls.rows[0].n).toBe(DEMO_TABLE_NAMES.length);

  // The README's next step: serve as the login role the seed created, which owns nothing.
  const server = await startTestServer({
    env: { ASKQL_WAREHOUSE_URL: `postgres://askql@127.0.0.1:5432/test?schema=${schema}` },
  });
  try {
    const ready = (await (await fetch(server.url.replace('/graphql', '/readyz'))).json()) as {
      checks: { name: string; ok: boolean }[];
    };
    expect(ready.checks).toContainEqual({ name: 'warehouse', ok: true });
    const result = await server.services.warehouse.run(
      'SELECT user_id, count(*) AS orders FROM orders GROUP BY user_id',
      { tenant: 'lumen' },
    );
    expect(result.rows.map((row) => row[0])).toEqual(['lumen']);
  } finally {
    await server.stop();
  }
}, 90_000);
