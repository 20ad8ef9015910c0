import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan, restrictAggregates } from '../../../src/analyst/compiler.js';
import { queryPlanModel, type QueryPlan } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryResult } from '../../../src/warehouse/warehouse.js';
import { compareResults } from '../../eval/run-eval.js';
import { openTestDuckDb, openTestPostgres, TEST_DEMO, type TestWarehouse } from '../../helpers/test-warehouse.js';

/** The day after the test data ends, so "last month" and "this year" have rows. */
const TODAY = '2026-07-01';
const TENANT = 'demo';

const plan = (input: Partial<QueryPlan> & { metrics: string[] }): QueryPlan =>
  queryPlanModel.parse({ kind: 'query', ...input });

/** Every metric alone, then every dimension with its default (or a reachable) metric, then the plan features. */
const PLANS: readonly { name: string; plan: QueryPlan }[] = [
  ...DEMO_SEMANTIC_LAYER.metrics.map((metric) => ({
    name: `${metric.name} last quarter`,
    plan: plan({ metrics: [metric.name], timeRange: { kind: 'relative', anchor: 'last', unit: 'quarter', count: 1 } }),
  })),
  ...DEMO_SEMANTIC_LAYER.dimensions.map((dimension) => {
    const metric = dimension.defaultMetric ?? 'posts';
    return {
      name: `${metric} by ${dimension.name}`,
      plan: plan({
        metrics: [metric],
        dimensions: [dimension.name],
        sort: { by: metric, direction: 'desc' },
        limit: 5,
        timeRange: { kind: 'relative', anchor: 'this', unit: 'year', count: 1 },
      }),
    };
  }),
  { name: 'revenue by month', plan: plan({ metrics: ['revenue', 'orders'], grain: 'month' }) },
  {
    name: 'engagement by week, instagram reels',
    plan: plan({
      metrics: ['engagement'],
      grain: 'week',
      filters: [
        { dimension: 'platform', operator: 'eq', values: ['instagram'] },
        { dimension: 'media_type', operator: 'eq', values: ['reel'] },
      ],
      timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 3 },
    }),
  },
  {
    name: 'refund rate and revenue by sales channel (mixed metric filters)',
    plan: plan({ metrics: ['revenue', 'refund_rate'], dimensions: ['sales_channel'] }),
  },
  {
    name: 'orders by status (status filter gives way)',
    plan: plan({ metrics: ['orders'], dimensions: ['order_status'] }),
  },
  {
    name: 'units sold by category and country',
    plan: plan({ metrics: ['units_sold'], dimensions: ['category', 'country'] }),
  },
  {
    name: 'revenue vs previous month',
    plan: plan({
      metrics: ['revenue', 'average_order_value'],
      timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
      comparison: { kind: 'previous_period' },
    }),
  },
  {
    name: 'engagement by platform, March vs June',
    plan: plan({
      metrics: ['engagement_rate'],
      dimensions: ['platform'],
      timeRange: { kind: 'absolute', from: '2026-06-01', to: '2026-07-01' },
      comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2026-03-01', to: '2026-04-01' } },
    }),
  },
  {
    name: 'instagram vs tiktok likes',
    plan: plan({
      metrics: ['likes'],
      comparison: { kind: 'values', dimension: 'platform', values: ['instagram', 'tiktok'] },
    }),
  },
  {
    name: 'new customers not from email',
    plan: plan({
      metrics: ['new_customers'],
      filters: [{ dimension: 'acquisition_channel', operator: 'neq', values: ['email'] }],
      timeRange: { kind: 'absolute', from: '2025-07-01', to: null },
    }),
  },
  {
    name: 'orders over 100 (a condition on each order)',
    plan: plan({
      metrics: ['orders', 'revenue'],
      conditions: [{ dimension: 'order_id', metric: 'revenue', operator: 'gt', value: 100 }],
    }),
  },
  {
    name: 'orders of three or more items (a condition computed per order)',
    plan: plan({
      metrics: ['orders'],
      dimensions: ['sales_channel'],
      conditions: [{ dimension: 'order_id', metric: 'units_sold', operator: 'gte', value: 3 }],
    }),
  },
  {
    name: 'units sold of products under 20',
    plan: plan({
      metrics: ['units_sold'],
      conditions: [{ dimension: 'product', metric: 'price', operator: 'lt', value: 20 }],
    }),
  },
  {
    name: 'share of revenue from the instagram shop',
    plan: plan({
      metrics: ['revenue'],
      filters: [{ dimension: 'sales_channel', operator: 'eq', values: ['instagram_shop'] }],
      share: { dimension: 'sales_channel' },
    }),
  },
  {
    name: 'share of orders cancelled (the status filter gives way in the whole too)',
    plan: plan({
      metrics: ['orders'],
      filters: [{ dimension: 'order_status', operator: 'eq', values: ['cancelled'] }],
      share: { dimension: 'order_status' },
    }),
  },
  {
    name: 'share of revenue by country',
    plan: plan({ metrics: ['revenue'], dimensions: ['country'], share: { dimension: null } }),
  },
  {
    name: 'the 3 worst weeks for revenue this year (every week ranks, the empty ones at zero)',
    plan: plan({
      metrics: ['revenue'],
      grain: 'week',
      sort: { by: 'revenue', direction: 'asc' },
      limit: 3,
      timeRange: { kind: 'relative', anchor: 'this', unit: 'year', count: 1 },
    }),
  },
  {
    name: 'the best month for orders ever',
    plan: plan({ metrics: ['orders'], grain: 'month', sort: { by: 'orders', direction: 'desc' }, limit: 1 }),
  },
  {
    name: 'gross profit of beauty and home',
    plan: plan({
      metrics: ['gross_profit'],
      filters: [{ dimension: 'category', operator: 'in', values: ['beauty', 'home'] }],
    }),
  },
];

describe('compiled SQL on both engines', () => {
  let duckdb: TestWarehouse;
  let postgres: TestWarehouse;
  beforeAll(async () => {
    [duckdb, postgres] = await Promise.all([openTestDuckDb(), openTestPostgres()]);
  });
  afterAll(async () => {
    await Promise.all([duckdb?.cleanup(), postgres?.cleanup()]);
  });

  it.each(PLANS)('$name gives the same rows on DuckDB and PostgreSQL', async ({ plan: queryPlan }) => {
    const onDuckDb: QueryResult = await duckdb.warehouse.run(
      compilePlan(queryPlan, { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
      { tenant: TENANT },
    );
    const onPostgres: QueryResult = await postgres.warehouse.run(
      compilePlan(queryPlan, { dialect: 'postgres', today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
      {
        tenant: TENANT,
      },
    );
    expect(onDuckDb.columns.map((column) => column.name)).toEqual(onPostgres.columns.map((column) => column.name));
    expect(onDuckDb.rowCount, 'the plan should return rows on the test data').toBeGreaterThan(0);
    expect(compareResults(onPostgres, onDuckDb, queryPlan.sort !== null || queryPlan.grain !== null)).toBeNull();
  });

  it('answers what a hand-written query answers: revenue last month over paid orders', async () => {
    const sql = compilePlan(
      plan({ metrics: ['revenue'], timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } }),
      {
        dialect: 'postgres',
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      },
    );
    const gold = await postgres.warehouse.run(
      "SELECT SUM(total) AS revenue FROM orders WHERE status = 'paid' AND ordered_at >= '2026-06-01' AND ordered_at < '2026-07-01'",
      { tenant: TENANT },
    );
    const actual = await postgres.warehouse.run(sql, { tenant: TENANT });
    expect(actual.rows).toEqual(gold.rows);
    expect(TEST_DEMO.endDate).toBe('2026-06-30');
  });

  it('answers what hand-written queries answer: orders over $100, baskets of 3+ items, the cancelled share', async () => {
    const run = async (queryPlan: QueryPlan) =>
      (
        await postgres.warehouse.run(
          compilePlan(queryPlan, { dialect: 'postgres', today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
          { tenant: TENANT },
        )
      ).rows;
    const gold = async (sql: string) => (await postgres.warehouse.run(sql, { tenant: TENANT })).rows;
    expect(
      await run(
        plan({
          metrics: ['orders'],
          conditions: [{ dimension: 'order_id', metric: 'revenue', operator: 'gt', value: 100 }],
        }),
      ),
    ).toEqual(
      await gold(
        "SELECT COUNT(*) AS orders FROM orders WHERE status = 'paid' AND total > 100 AND ordered_at < '2026-07-02'",
      ),
    );
    expect(
      await run(
        plan({
          metrics: ['orders'],
          conditions: [{ dimension: 'order_id', metric: 'units_sold', operator: 'gte', value: 3 }],
        }),
      ),
    ).toEqual(
      await gold(
        "SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'paid' AND o.ordered_at < '2026-07-02' AND (SELECT SUM(quantity) FROM order_items i WHERE i.order_id = o.order_id) >= 3",
      ),
    );
    const [[, share]] = (await run(
      plan({
        metrics: ['orders'],
        filters: [{ dimension: 'order_status', operator: 'eq', values: ['cancelled'] }],
        share: { dimension: 'order_status' },
      }),
    )) as [[number, number]];
    const [[rate]] = (await run(plan({ metrics: ['cancellation_rate'] }))) as [[number]];
    expect(share).toBeCloseTo(rate, 10);
  });
});

describe('compilePlan', () => {
  it('is deterministic and always filters by time, even for all time', () => {
    const allTime = plan({ metrics: ['posts'], dimensions: ['platform'] });
    const first = compilePlan(allTime, { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER });
    expect(compilePlan(allTime, { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER })).toBe(first);
    expect(first).toContain("social_posts.posted_at < TIMESTAMP '2026-07-01 00:00:00'");
    expect(first).not.toMatch(/user_id/);
  });

  it('joins only the tables a plan needs, along many-to-one joins', () => {
    const sql = compilePlan(plan({ metrics: ['gross_profit'], dimensions: ['country'] }), {
      dialect: 'postgres',
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
    // (Left joins: a row whose related row is missing still counts, linked to none.)
    expect(sql).toMatch(/FROM order_items\nLEFT JOIN orders ON .*\nLEFT JOIN products ON .*\nLEFT JOIN customers ON /);
    expect(
      compilePlan(plan({ metrics: ['likes'] }), { dialect: 'postgres', today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
    ).not.toContain('JOIN');
  });

  it('rejects plans the semantic layer cannot express, with a reason', () => {
    expect(() =>
      compilePlan(plan({ metrics: ['engagement'], dimensions: ['country'] }), {
        dialect: 'duckdb',
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toThrow(/Engagement cannot be broken down or filtered by country/);
    // Figures of different data sit side by side, but never compared between periods (each has its own rows).
    expect(() =>
      compilePlan(plan({ metrics: ['revenue', 'likes'], comparison: { kind: 'previous_period' } }), {
        dialect: 'duckdb',
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toThrow(/Revenue and Likes come from different data/);
    expect(() =>
      compilePlan(plan({ metrics: ['happiness'] }), { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
    ).toThrow(/unknown metric "happiness"/);
    expect(() =>
      compilePlan(plan({ metrics: ['revenue'], comparison: { kind: 'previous_period' } }), {
        dialect: 'duckdb',
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toThrow(/no previous period/);
  });

  it('escapes filter values as SQL strings', () => {
    const sql = compilePlan(
      plan({ metrics: ['posts'], filters: [{ dimension: 'platform', operator: 'eq', values: ["x' OR '1'='1"] }] }),
      {
        dialect: 'postgres',
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      },
    );
    expect(sql).toContain("social_posts.platform = 'x'' OR ''1''=''1'");
  });

  it("keeps a metric's own condition when the plan only excludes values of its dimension (revenue excluding refunds is still paid orders only)", () => {
    const excluding = compilePlan(
      plan({ metrics: ['revenue'], filters: [{ dimension: 'order_status', operator: 'neq', values: ['refunded'] }] }),
      { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER },
    );
    expect(excluding).toContain("orders.status = 'paid'");
    const only = compilePlan(
      plan({ metrics: ['revenue'], filters: [{ dimension: 'order_status', operator: 'eq', values: ['refunded'] }] }),
      { dialect: 'duckdb', today: TODAY, layer: DEMO_SEMANTIC_LAYER },
    );
    expect(only).not.toContain("orders.status = 'paid'");
  });

  it('merges a period restriction into an aggregate FILTER clause the metric already has', () => {
    expect(restrictAggregates("COUNT(*) FILTER (WHERE s = 'r') * 1.0 / NULLIF(SUM(x), 0)", 'd > 1')).toBe(
      "COUNT(*) FILTER (WHERE (s = 'r') AND d > 1) * 1.0 / NULLIF(SUM(x) FILTER (WHERE d > 1), 0)",
    );
  });
});
