import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { seedDemoDuckDbWhenEmpty } from '../../../src/demo/load-duckdb.js';
import { ASK_QUERY, collect, wsClient } from '../ask/ask-client.js';
import { runCli } from '../clients/run-cli.js';
import { startTestServer } from '../../helpers/server.js';
import { TEST_DEMO } from '../../helpers/test-warehouse.js';
import { byFirstColumn, createExamplePostgres, type ExamplePostgres } from './subscriptions.js';

/**
 * From a database (or a merchant's CSV and Parquet exports) to answers, with the CLI only: `askql import`,
 * `askql layer init`, `askql layer check`, then a question over graphql-ws answered from the drafted layer.
 */

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'askql-init-'));
});

async function cli(args: string[]): Promise<string> {
  const run = await runCli(args);
  expect(run.code, `askql ${args.join(' ')}\n${run.stdout}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/** Drafts a layer into `file`, checks it, and returns the draft as data. */
async function initAndCheck(
  url: string,
  file: string,
  extra: string[] = [],
  tenant = 'askql-layer-check',
): Promise<Record<string, unknown>> {
  await cli(['layer', 'init', '--warehouse', url, '--out', file, ...extra]);
  const check = await cli(['layer', 'check', '--warehouse', url, '--layer', file, '--tenant', tenant]);
  expect(check).toMatch(/: (\d+) of \1 queries run\n$/);
  return parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

async function ask(env: Record<string, string>, question: string): Promise<{ sql: string; rows: unknown[][] }> {
  const server = await startTestServer({ env });
  const client = wsClient(server.wsUrl);
  try {
    const events = await collect(client, ASK_QUERY, { input: { question } });
    const last = events.at(-1);
    if (last?.__typename !== 'AskCompleted') throw new Error(`"${question}" did not complete: ${JSON.stringify(last)}`);
    return { sql: last.sql ?? '', rows: last.result?.rows ?? [] };
  } finally {
    await client.dispose();
    await server.stop();
  }
}

async function duckDbRows(file: string, sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
    connection.closeSync();
    return rows;
  } finally {
    instance.closeSync();
  }
}

describe("a merchant's exports: CSV and Parquet files", () => {
  let warehouse: string;

  beforeAll(async () => {
    writeFileSync(
      path.join(dir, 'Products.csv'),
      'Product ID,Title,Category,Unit Price\np1,Linen Shirt,apparel,49.00\np2,Canvas Tote,accessories,25.00\np3,Ceramic Mug,home,18.50\n',
    );
    const lines = ['Order ID,Product ID,Ordered At,Quantity,Total,Status'];
    for (let i = 1; i <= 60; i += 1) {
      const product = ['p1', 'p2', 'p3'][i % 3] as string;
      const quantity = 1 + (i % 4);
      const price = { p1: 49, p2: 25, p3: 18.5 }[product] as number;
      lines.push(
        `o${i},${product},2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')} 10:00:00,${quantity},${(price * quantity).toFixed(2)},${i % 7 === 0 ? 'refunded' : 'paid'}`,
      );
    }
    writeFileSync(path.join(dir, 'orders-export.csv'), `${lines.join('\n')}\n`);
    // The orders arrive as Parquet, as many shop platforms export them.
    const scratch = await DuckDBInstance.create(':memory:');
    const connection = await scratch.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv('${path.join(dir, 'orders-export.csv')}', header = true)) TO '${path.join(dir, 'orders.parquet')}' (FORMAT parquet)`,
    );
    connection.closeSync();
    scratch.closeSync();
    warehouse = path.join(dir, 'shop.duckdb');
  });

  test('askql import loads each file into a table named after it, with lower_snake_case columns', async () => {
    const out = await cli([
      'import',
      path.join(dir, 'orders.parquet'),
      path.join(dir, 'Products.csv'),
      '--warehouse',
      `duckdb:${warehouse}`,
    ]);
    expect(out).toContain('→ table orders: 60 rows (order_id, product_id, ordered_at, quantity, total, status)');
    expect(out).toContain('→ table products: 3 rows (product_id, title, category, unit_price)');
    expect(await duckDbRows(warehouse, 'SELECT count(*)::INTEGER, sum(quantity)::INTEGER FROM orders')).toEqual([
      [60, 150],
    ]);
  });

  test('layer init drafts a layer that passes layer check and answers a question over graphql-ws', async () => {
    const file = path.join(dir, 'shop.yaml');
    const draft = await initAndCheck(`duckdb:${warehouse}`, file, ['--single']);
    expect(draft).toMatchObject({
      tenancy: 'single',
      joins: [{ from: 'orders', to: 'products', on: 'orders.product_id = products.product_id' }],
    });
    const answer = await ask(
      { ASKQL_WAREHOUSE_URL: `duckdb:${warehouse}`, ASKQL_SEMANTIC_LAYER: file },
      'total by category all time',
    );
    const expected = await duckDbRows(
      warehouse,
      'SELECT p.category, sum(o.total)::DOUBLE FROM orders o JOIN products p ON p.product_id = o.product_id GROUP BY 1',
    );
    expect(byFirstColumn(answer.rows)).toEqual(byFirstColumn(expected));
  }, 60_000);
});

describe('layer init on the demo database', () => {
  test('guesses the tenant column, passes layer check, and answers as the demo user from its rows only', async () => {
    const file = path.join(dir, 'demo.duckdb');
    await seedDemoDuckDbWhenEmpty(file, TEST_DEMO, pino({ level: 'silent' }));
    const layer = path.join(dir, 'demo.yaml');
    const draft = await initAndCheck(`duckdb:${file}`, layer, [], 'demo');
    expect(draft).toMatchObject({ tenant: { column: 'user_id' } });
    const answer = await ask(
      { ASKQL_WAREHOUSE_URL: `duckdb:${file}`, ASKQL_SEMANTIC_LAYER: layer },
      'total by sales channel all time',
    );
    const expected = await duckDbRows(
      file,
      "SELECT sales_channel, sum(total)::DOUBLE FROM orders WHERE user_id = 'demo' GROUP BY 1",
    );
    expect(byFirstColumn(answer.rows)).toEqual(byFirstColumn(expected));
  }, 90_000);
});

describe('layer init on the example schema in PostgreSQL', () => {
  let example: ExamplePostgres;
  beforeAll(async () => {
    example = await createExamplePostgres();
  });
  afterAll(async () => {
    await example?.drop();
  });

  test('guesses account_id, and after warehouse setup passes layer check and answers as acme', async () => {
    const layer = path.join(dir, 'subscriptions.yaml');
    await cli(['layer', 'init', '--warehouse', example.url, '--out', layer]);
    expect(parseYaml(readFileSync(layer, 'utf8'))).toMatchObject({
      tenant: { column: 'account_id' },
      joins: [{ from: 'invoices', to: 'subscribers', on: 'invoices.subscriber_id = subscribers.subscriber_id' }],
    });
    await cli(['warehouse', 'setup', '--warehouse', example.url, '--layer', layer]);
    await initAndCheck(example.url, layer, [], 'acme');
    const answer = await ask(
      { ASKQL_WAREHOUSE_URL: example.url, ASKQL_SEMANTIC_LAYER: layer, ASKQL_DEV_USER: 'acme' },
      'amount by region all time',
    );
    const expected = await example.admin.query<unknown[]>({
      text: `SELECT s.region, sum(i.amount)::float FROM ${example.schema}.invoices i JOIN ${example.schema}.subscribers s USING (subscriber_id) WHERE i.account_id = 'acme' GROUP BY 1`,
      rowMode: 'array',
    });
    expect(byFirstColumn(answer.rows)).toEqual(byFirstColumn(expected.rows));
  }, 90_000);
});
