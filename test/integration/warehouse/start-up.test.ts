import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogError } from '../../../src/warehouse/catalog.js';
import { READER_ROLE } from '../../../src/warehouse/postgres-url.js';
import { ASK_QUERY, collect, eventually, wsClient } from '../ask/ask-client.js';
import { runCli } from '../clients/run-cli.js';
import { startTestServer } from '../../helpers/server.js';
import {
  createExampleDuckDb,
  createExamplePostgres,
  EXAMPLE_LAYER_FILE,
  type ExamplePostgres,
} from './subscriptions.js';

/**
 * Starting on a user's own warehouse: a layer that does not match the database stops start-up with one line
 * per problem, `/readyz` checks the layer's tables, and `askql warehouse setup` makes the README's PostgreSQL
 * steps work as written.
 */

let dir: string;
let duckDbUrl: string;
let example: ExamplePostgres;

/** The example layer with one table and one column the database does not have. */
function brokenLayer(): string {
  const file = path.join(dir, 'broken.yaml');
  const text = readFileSync(EXAMPLE_LAYER_FILE, 'utf8')
    .replace('expression: SUM(invoices.amount)', 'expression: SUM(invoices.amount_cents)')
    .replace('tables:\n', 'tables:\n  - name: refunds\n    description: Money given back.\n');
  writeFileSync(file, text);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'askql-start-'));
  const file = path.join(dir, 'subscriptions.duckdb');
  await createExampleDuckDb(file);
  duckDbUrl = `duckdb:${file}`;
  example = await createExamplePostgres();
}, 60_000);

afterAll(async () => {
  await example?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a layer naming a table or column the database lacks', () => {
  test.each([
    ['DuckDB', () => duckDbUrl, () => 'subscriptions.duckdb'],
    ['PostgreSQL', () => example.url, () => `schema ${example.schema}`],
  ])(
    'stops start-up on %s with one line per problem, naming the layer file and the element',
    async (_engine, url, where) => {
      const layer = brokenLayer();
      const error = await startTestServer({ env: { ASKQL_WAREHOUSE_URL: url(), ASKQL_SEMANTIC_LAYER: layer } }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CatalogError);
      const lines = (error as CatalogError).lines();
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(`^${layer}: tables\\.refunds: no table "refunds" in .*${where().replace('.', '\\.')}$`),
      );
      expect(lines[1]).toBe(
        `${layer}: metrics.billed.expression: column invoices.amount_cents does not exist in table invoices`,
      );
    },
  );

  test('askql serve prints those lines and exits with 2, like any configuration error', async () => {
    const layer = brokenLayer();
    const run = await runCli(['serve'], {
      ASKQL_WAREHOUSE_URL: duckDbUrl,
      ASKQL_SEMANTIC_LAYER: layer,
      PORT: '0',
      ASKQL_LOG_LEVEL: 'silent',
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^askql: ${layer}: tables\\.refunds: no table "refunds" in `)),
      `askql: ${layer}: metrics.billed.expression: column invoices.amount_cents does not exist in table invoices`,
    ]);
  });

  test('a layer that does not say whose rows are whose is refused too', async () => {
    const file = path.join(dir, 'no-tenancy.yaml');
    writeFileSync(file, readFileSync(EXAMPLE_LAYER_FILE, 'utf8').replace('tenant: { column: account_id }', ''));
    const error = await startTestServer({ env: { ASKQL_WAREHOUSE_URL: duckDbUrl, ASKQL_SEMANTIC_LAYER: file } }).catch(
      (caught: unknown) => caught,
    );
    expect((error as CatalogError).lines()).toEqual([
      expect.stringMatching(new RegExp(`^${file}: tenant: the layer does not say whose rows are whose`)),
    ]);
  });
});

describe('PostgreSQL: askql warehouse setup', () => {
  test('--print writes the SQL for a DBA and changes nothing', async () => {
    const run = await runCli([
      'warehouse',
      'setup',
      '--warehouse',
      example.url,
      '--layer',
      EXAMPLE_LAYER_FILE,
      '--print',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`GRANT SELECT ON "${example.schema}"."invoices" TO "${READER_ROLE}";`);
    expect(run.stdout).toContain(
      `CREATE POLICY askql_tenant_rows ON "${example.schema}"."subscribers" FOR SELECT TO "${READER_ROLE}" USING ("account_id" = (SELECT current_setting('app.tenant', true)));`,
    );
    const { rows } = await example.admin.query('SELECT count(*)::int AS n FROM pg_policies WHERE schemaname = $1', [
      example.schema,
    ]);
    expect(rows[0].n).toBe(0);
    // Not yet set up: serving this layer would show one tenant another's rows, so start-up refuses.
    const error = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: example.url, ASKQL_SEMANTIC_LAYER: EXAMPLE_LAYER_FILE },
    }).catch((caught: unknown) => caught);
    expect((error as CatalogError).lines()).toContain(
      `${EXAMPLE_LAYER_FILE}: tables.invoices.tenant: schema ${example.schema} does not confine invoices to one tenant's rows by account_id (row-level security with askql's policy); run askql warehouse setup with this layer`,
    );
  });

  test("sets up the README's login role, says what it did, can run again, and the login role then serves answers", async () => {
    const args = [
      'warehouse',
      'setup',
      '--warehouse',
      example.url,
      '--layer',
      EXAMPLE_LAYER_FILE,
      '--login-role',
      'askql',
    ];
    const first = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      `row-level security on ${example.schema}.invoices: ${READER_ROLE} sees only the rows whose account_id is the asking tenant`,
    );
    expect(first.stdout).toContain('login role askql, a member of askql_reader');
    const again = await runCli(args);
    expect(again.code, again.stderr).toBe(0);

    // The README: serve as the login role, which owns nothing and reads only through the reader role.
    const url = `postgres://askql@127.0.0.1:5432/test?schema=${example.schema}`;
    const server = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: url, ASKQL_SEMANTIC_LAYER: EXAMPLE_LAYER_FILE, ASKQL_DEV_USER: 'globex' },
    });
    const client = wsClient(server.wsUrl);
    try {
      const events = await collect(client, ASK_QUERY, { input: { question: 'total billed all time' } });
      const last = events.at(-1);
      expect(last?.__typename, JSON.stringify(last)).toBe('AskCompleted');
      const expected = await example.admin.query(
        `SELECT sum(amount)::float AS billed FROM ${example.schema}.invoices WHERE account_id = 'globex' AND status <> 'void'`,
      );
      expect(last?.result?.rows).toEqual([[expected.rows[0].billed]]);
    } finally {
      await client.dispose();
      await server.stop();
    }
  });

  test("/readyz fails on the layer's tables when the reader loses a grant, and recovers when it is back", async () => {
    await runCli(['warehouse', 'setup', '--warehouse', example.url, '--layer', EXAMPLE_LAYER_FILE]);
    const server = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: example.url, ASKQL_SEMANTIC_LAYER: EXAMPLE_LAYER_FILE },
    });
    const warehouseCheck = async () => {
      const body = (await (await fetch(server.url.replace('/graphql', '/readyz'))).json()) as {
        checks: { name: string; ok: boolean; error?: string }[];
      };
      return body.checks.find((check) => check.name === 'warehouse');
    };
    try {
      expect(await warehouseCheck()).toEqual({ name: 'warehouse', ok: true });
      await example.admin.query(`REVOKE SELECT ON ${example.schema}.subscribers FROM ${READER_ROLE}`);
      expect(await warehouseCheck()).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission denied for table subscribers/),
      });
      await example.admin.query(`GRANT SELECT ON ${example.schema}.subscribers TO ${READER_ROLE}`);
      expect(await warehouseCheck()).toEqual({ name: 'warehouse', ok: true });
    } finally {
      await server.stop();
    }
  });

  test('a login role that does not exist yet leaves the server not ready, and it becomes ready once setup creates it', async () => {
    const role = `askql_later_${Date.now().toString(36)}`;
    const url = `postgres://${role}@127.0.0.1:5432/test?schema=${example.schema}`;
    const server = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: url, ASKQL_SEMANTIC_LAYER: EXAMPLE_LAYER_FILE },
    });
    const warehouseCheck = async () => {
      const body = (await (await fetch(server.url.replace('/graphql', '/readyz'))).json()) as {
        checks: { name: string; ok: boolean; error?: string }[];
      };
      return body.checks.find((check) => check.name === 'warehouse');
    };
    try {
      expect(await warehouseCheck()).toMatchObject({
        ok: false,
        error: expect.stringContaining(`role "${role}" does not exist`),
      });
      await runCli([
        'warehouse',
        'setup',
        '--warehouse',
        example.url,
        '--layer',
        EXAMPLE_LAYER_FILE,
        '--login-role',
        role,
      ]);
      expect(await eventually(async () => ((await warehouseCheck())?.ok ? true : undefined), 10_000)).toBe(true);
    } finally {
      await server.stop();
      await example.admin.query(`DROP ROLE IF EXISTS ${role}`);
    }
  });
});
