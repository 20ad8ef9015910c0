import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compilePlan } from '../../../src/analyst/compiler.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import { generateDemoData } from '../../../src/demo/generator.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { DEMO_TABLE_NAMES } from '../../../src/demo/schema.js';
import { CELL_MAX_CHARS, RESULT_MAX_BYTES } from '../../../src/warehouse/result-limits.js';
import { WarehouseError } from '../../../src/warehouse/warehouse.js';
import { openTestDuckDb, openTestPostgres, TEST_DEMO, type TestWarehouse } from '../../helpers/test-warehouse.js';

const data = generateDemoData(TEST_DEMO);
const demoOrders = data.orders.filter((order) => order.user_id === 'demo');
const expectedRevenue =
  demoOrders.filter((order) => order.status === 'paid').reduce((sum, order) => sum + Math.round(order.total * 100), 0) /
  100;

const ENGINES = [
  ['duckdb', () => openTestDuckDb({ rowCap: 50, timeoutMs: 800 })],
  ['postgres', () => openTestPostgres({ rowCap: 50, timeoutMs: 800 })],
] as const;

const EMPTY_PLAN: QueryPlan = {
  kind: 'query',
  metrics: [],
  dimensions: [],
  filters: [],
  timeRange: { kind: 'all' },
  grain: null,
  sort: null,
  limit: null,
  comparison: null,
};

const SLOW = 'SELECT count(*) AS n FROM orders a, orders b, orders c, order_items d';

describe.each(ENGINES)('the %s warehouse', (engine, open) => {
  let target: TestWarehouse;
  beforeAll(async () => {
    target = await open();
  });
  afterAll(async () => {
    await target?.cleanup();
  });
  const run = (sql: string, options: { maxRows?: number; timeoutMs?: number; signal?: AbortSignal } = {}) =>
    target.warehouse.run(sql, { tenant: 'demo', ...options });

  test('reports its dialect, and describes the five tables with descriptions and sample values', async () => {
    expect(target.warehouse.dialect).toBe(engine);
    const schema = await target.warehouse.describe({ tenant: 'demo' });
    expect(schema.tables.map((table) => table.name)).toEqual([...DEMO_TABLE_NAMES]);
    const status = schema.tables
      .find((table) => table.name === 'orders')
      ?.columns.find((column) => column.name === 'status');
    expect(status).toMatchObject({ type: 'text', sampleValues: ['paid', 'refunded', 'cancelled'] });
    expect(
      schema.tables.every((table) => table.description && table.columns.every((column) => column.description)),
    ).toBe(true);
  });

  test('revenue comes back as an exact number of cents, equal to the generated data', async () => {
    const result = await run("SELECT sum(total) AS revenue, count(*) AS orders FROM orders WHERE status = 'paid'");
    expect(result.columns).toEqual([
      { name: 'revenue', type: 'decimal' },
      { name: 'orders', type: 'integer' },
    ]);
    expect(result.rows[0]).toEqual([expectedRevenue, demoOrders.filter((order) => order.status === 'paid').length]);
  });

  test('timestamps are ISO-8601 strings in UTC, dates YYYY-MM-DD, floats numbers, text text', async () => {
    const result = await run(
      'SELECT ordered_at, CAST(ordered_at AS DATE) AS day, avg(total) OVER () AS average, status, total > 100 AS big FROM orders ORDER BY order_id LIMIT 1',
    );
    expect(result.columns.map((column) => column.type)).toEqual([
      'timestamp',
      'date',
      engine === 'duckdb' ? 'float' : 'decimal',
      'text',
      'boolean',
    ]);
    const first = demoOrders[0]!;
    expect(result.rows[0]?.[0]).toBe(`${first.ordered_at.replace(' ', 'T')}.000Z`);
    expect(result.rows[0]?.[1]).toBe(first.ordered_at.slice(0, 10));
    expect(typeof result.rows[0]?.[2]).toBe('number');
    expect(result.rows[0]?.slice(3)).toEqual([first.status, first.total > 100]);
  });

  test('the row cap keeps the first rows and says the result was truncated', async () => {
    const capped = await run('SELECT order_id FROM orders ORDER BY order_id');
    expect(capped).toMatchObject({ rowCount: 50, truncated: true });
    expect(capped.rows[0]).toEqual([demoOrders[0]!.order_id]);
    const custom = await run('SELECT order_id FROM orders ORDER BY order_id', { maxRows: 7 });
    expect(custom).toMatchObject({ rowCount: 7, truncated: true });
    const exact = await run('SELECT order_id FROM orders ORDER BY order_id LIMIT 50');
    expect(exact).toMatchObject({ rowCount: 50, truncated: false });
  });

  test('a query ending in a line comment or a semicolon still runs, capped, in its own order', async () => {
    const commented = await run('SELECT order_id FROM orders ORDER BY order_id DESC -- newest first', { maxRows: 3 });
    expect(commented.rows).toEqual(
      demoOrders
        .slice(-3)
        .reverse()
        .map((order) => [order.order_id]),
    );
    await expect(run('SELECT count(*) AS n FROM products;\n')).resolves.toMatchObject({ rowCount: 1 });
  });

  test('ten rows of a five-megabyte string come back with each cell cut, and the result says how many were', async () => {
    const result = await run("SELECT order_id, lpad('x', 5000000, 'x') AS big FROM orders ORDER BY order_id LIMIT 10", {
      timeoutMs: 20_000,
    });
    expect(result).toMatchObject({ rowCount: 10, truncated: false, clippedCells: 10 });
    expect(result.columns).toEqual([
      { name: 'order_id', type: 'text' },
      { name: 'big', type: 'text' },
    ]);
    expect(result.rows[0]?.[0]).toBe(demoOrders[0]!.order_id);
    expect(result.rows.every((row) => row[1] === `${'x'.repeat(CELL_MAX_CHARS)}…`)).toBe(true);
  });

  test('rows beyond the result size in bytes are dropped, and the result says it was truncated', async () => {
    const result = await run("SELECT order_id, lpad('x', 3900, 'x') AS wide FROM orders ORDER BY order_id LIMIT 2000", {
      maxRows: 2000,
    });
    expect(result.truncated).toBe(true);
    expect(result.rowCount).toBeGreaterThan(500);
    expect(result.rowCount).toBeLessThan(2000);
    expect(JSON.stringify(result.rows).length).toBeLessThanOrEqual(RESULT_MAX_BYTES);
    expect(result.clippedCells).toBeUndefined();
  });

  test('a query over the timeout fails with TIMEOUT, and the warehouse keeps serving', async () => {
    await expect(run(SLOW)).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(run('SELECT count(*) AS n FROM products')).resolves.toMatchObject({ rowCount: 1 });
  });

  test('aborting the signal cancels a running query with CANCELLED', async () => {
    const controller = new AbortController();
    const running = run(SLOW, { signal: controller.signal, timeoutMs: 20_000 });
    setTimeout(() => controller.abort(), 150);
    // (CANCELLED, not TIMEOUT: the abort ended it, long before its 20 s limit; no wall-clock is asserted.)
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(run('SELECT 1 AS one')).resolves.toMatchObject({ rows: [[1]] });
  });

  test('validate explains rejected and unplannable SQL without running it', async () => {
    expect(await target.warehouse.validate('SELECT sum(total) FROM orders', { tenant: 'demo' })).toEqual({ ok: true });
    const rejected = await target.warehouse.validate('DELETE FROM orders', { tenant: 'demo' });
    expect(rejected).toMatchObject({ ok: false, reason: expect.stringContaining('SELECT') });
    const badType = await target.warehouse.validate("SELECT total + 'abc'::date FROM orders", { tenant: 'demo' });
    expect(badType.ok).toBe(false);
  });

  test('a query the engine cannot run fails with QUERY_FAILED and the engine message', async () => {
    const error = await run("SELECT total + 'abc'::date FROM orders").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WarehouseError);
    expect(error).toMatchObject({ code: 'QUERY_FAILED' });
  });

  test('ping answers', async () => {
    await expect(target.warehouse.ping()).resolves.toBeUndefined();
  });

  test('"posts that mention" a name counts the posts whose caption names it, any case, quotes and % as typed', async () => {
    const compiled = (values: string[]) =>
      compilePlan(
        {
          ...EMPTY_PLAN,
          metrics: ['posts'],
          filters: [{ dimension: 'post', operator: 'mentions', values }],
          timeRange: { kind: 'all' },
        },
        { layer: DEMO_SEMANTIC_LAYER, today: '2026-07-01', dialect: engine },
      );
    const posts = data.social_posts.filter((post) => post.user_id === 'demo');
    const expected = (word: string) => posts.filter((post) => post.caption.toLowerCase().includes(word)).length;
    const count = async (values: string[]) => (await run(compiled(values))).rows[0]?.[0];
    expect(expected('new in')).toBeGreaterThan(0);
    expect(await count(['NEW IN'])).toBe(expected('new in'));
    expect(await count(['new in', 'thank you'])).toBe(expected('new in') + expected('thank you'));
    // A quote or a pattern character is matched as itself, never as SQL or a wildcard.
    expect(await count(["it's"])).toBe(expected("it's"));
    expect(expected('%_')).toBeLessThan(posts.length);
    expect(await count(['%_'])).toBe(expected('%_'));
  });

  test('figures of different data side by side ("revenue and engagement by month", "units sold and price by product") equal each asked alone', async () => {
    const options = { layer: DEMO_SEMANTIC_LAYER, today: '2026-07-01', dialect: engine } as const;
    const monthly: QueryPlan = { ...EMPTY_PLAN, metrics: ['revenue', 'engagement'], grain: 'month' };
    const both = await run(compilePlan(monthly, options));
    expect(both.columns.map((column) => column.name)).toEqual(['period', 'revenue', 'engagement']);
    const alone = async (metric: string) =>
      new Map((await run(compilePlan({ ...monthly, metrics: [metric] }, options))).rows.map((row) => [row[0], row[1]]));
    const [revenue, engagement] = [await alone('revenue'), await alone('engagement')];
    // Every month either has, each figure where it has one, and 0 where it has none.
    expect(new Set(both.rows.map((row) => row[0]))).toEqual(new Set([...revenue.keys(), ...engagement.keys()]));
    for (const [period, sales, likes] of both.rows) {
      expect(sales).toBeCloseTo(Number(revenue.get(period) ?? 0), 2);
      expect(likes).toBe(Number(engagement.get(period) ?? 0));
    }
    // A product's price beside its units sold in a period: its own price, never only products added then.
    const ranked = await run(
      compilePlan(
        {
          ...EMPTY_PLAN,
          metrics: ['units_sold', 'price'],
          dimensions: ['product'],
          timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
          sort: { by: 'units_sold', direction: 'desc' },
          limit: 3,
        },
        options,
      ),
    );
    expect(ranked.rows).toHaveLength(3);
    const price = ranked.columns.findIndex((column) => column.name === 'price');
    const units = ranked.columns.findIndex((column) => column.name === 'units_sold');
    const products = new Map(
      data.products.filter((product) => product.user_id === 'demo').map((p) => [p.product_id, p]),
    );
    for (const row of ranked.rows) expect(row[price]).toBeCloseTo(products.get(String(row[0]))?.price ?? -1, 2);
    expect(Number(ranked.rows[0]?.[units])).toBeGreaterThanOrEqual(Number(ranked.rows[2]?.[units]));
  });
});
