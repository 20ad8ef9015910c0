import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedPostgres } from '../../../src/demo/load-postgres.js';
import { ASK_QUERY, collect, eventually, withAnalyst, wsClient } from '../ask/ask-client.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { openTestPostgres, POSTGRES_ADMIN_URL, TEST_DEMO, type TestWarehouse } from '../../helpers/test-warehouse.js';

/**
 * PostgreSQL restarting or failing over ends the warehouse's backends mid-query. The query fails with a typed,
 * retryable error; the process survives (an unhandled 'error' event would end it); the pool recovers.
 */

const SLOW = 'SELECT count(*) AS n FROM orders a, orders b, orders c, order_items d';

const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
beforeAll(() => admin.connect());
afterAll(() => admin.end());

/**
 * Ends every backend of the warehouse's pool that is running the slow query, once one is running. (Only that one:
 * the planner's own lookups, the user's names, run before it and are no query to cut off.)
 */
async function terminateRunningQuery(): Promise<void> {
  await eventually(async () => {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE application_name = 'askql-warehouse' AND state = 'active' AND query LIKE '%askql_result%'
          AND query LIKE '%orders a, orders b%'`,
    );
    return rows.length > 0 ? true : undefined;
  }, 10_000);
}

describe('a warehouse backend terminated mid-query', () => {
  let target: TestWarehouse;
  beforeAll(async () => {
    target = await openTestPostgres({ timeoutMs: 20_000 });
  });
  afterAll(() => target?.cleanup());

  test('fails the query with UNAVAILABLE, and the next query is answered', async () => {
    const running = target.warehouse.run(SLOW, { tenant: 'demo' });
    const outcome = running.catch((error: unknown) => error);
    await terminateRunningQuery();
    expect(await outcome).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/connection was lost/) });
    await expect(target.warehouse.run('SELECT count(*) AS n FROM products', { tenant: 'demo' })).resolves.toMatchObject(
      { rowCount: 1 },
    );
  });

  test('idle pooled connections ended by the server are replaced', async () => {
    await target.warehouse.run('SELECT 1 AS one', { tenant: 'demo' });
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'askql-warehouse'`,
    );
    // The pool learns of the loss when the server's message arrives; give it that moment, then ask again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(target.warehouse.run('SELECT count(*) AS n FROM products', { tenant: 'demo' })).resolves.toMatchObject(
      { rowCount: 1 },
    );
  });
});

describe('a server whose warehouse backend is terminated mid-run', () => {
  const schema = `askql_test_${randomBytes(4).toString('hex')}`;
  let server: TestServer;
  let slowNext = true;
  beforeAll(async () => {
    await seedPostgres(`${POSTGRES_ADMIN_URL}?schema=${schema}`, TEST_DEMO);
    server = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: `${POSTGRES_ADMIN_URL}?schema=${schema}`, ASKQL_STATEMENT_TIMEOUT_MS: '20000' },
      // The first question's SQL runs long enough to be cut off; later ones are the analyst's own.
      customize: withAnalyst((base) => ({
        ...base,
        async writeSql(request) {
          const written = await base.writeSql(request);
          if (!slowNext) return written;
          slowNext = false;
          return SLOW;
        },
      })),
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  test('ends the run with a retryable WAREHOUSE_UNAVAILABLE, and the next question is answered', async () => {
    const client = wsClient(server.wsUrl);
    try {
      const run = collect(client, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      await terminateRunningQuery();
      const events = await run;
      expect(events.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'WAREHOUSE_UNAVAILABLE', retryable: true });

      const next = await collect(client, ASK_QUERY, { input: { question: 'How many orders did I get?' } });
      expect(next.at(-1)).toMatchObject({ __typename: 'AskCompleted', result: { rowCount: 1 } });
    } finally {
      await client.dispose();
    }
  });
});
