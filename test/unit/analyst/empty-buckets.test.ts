import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import type { Analyst } from '../../../src/analyst/analyst.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';
import { SUBSCRIPTIONS_TENANT, SUBSCRIPTIONS_TODAY } from '../../eval/subscriptions-questions.js';

/**
 * A series of sums or counts covers every bucket of its period: the example layer's sign-ups this year fall
 * in three months only, and the answer must still speak of nine (through September, today's month).
 */

let layer: SemanticLayer;
let warehouse: Warehouse;
let analyst: Analyst;

beforeAll(async () => {
  layer = await loadSubscriptionsLayer();
  warehouse = await openSubscriptionsWarehouse(layer);
  analyst = createOfflineAnalyst({ layer });
});

afterAll(async () => {
  await warehouse.close();
});

async function answer(question: string) {
  const decision = await analyst.plan({ question, history: [], today: SUBSCRIPTIONS_TODAY });
  if (decision.kind !== 'query') throw new Error(`"${question}" was not answered`);
  const plan: QueryPlan = decision.plan;
  const sql = await analyst.writeSql({
    question,
    plan,
    today: SUBSCRIPTIONS_TODAY,
    dialect: 'duckdb',
    schema: null,
    failures: [],
  } as never);
  const raw = await warehouse.run(sql, { tenant: SUBSCRIPTIONS_TENANT });
  const result = analyst.complete?.(plan, raw, SUBSCRIPTIONS_TODAY) ?? raw;
  const interpretation = await analyst.interpret({
    question,
    plan,
    result,
    change: null,
    feedback: null,
    onDelta: () => undefined,
  });
  return { raw, result, text: interpretation.text, plan, interpretation };
}

describe('series with empty buckets', () => {
  it('"new subscribers by month this year" has a row for every month through September, the empty ones 0', async () => {
    const { raw, result, text, plan, interpretation } = await answer('new subscribers by month this year');
    expect(raw.rows.length).toBeLessThan(9);
    expect(result.rows.map((row) => row[0])).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
    ]);
    const total = (rows: readonly (readonly unknown[])[]) => rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(total(result.rows)).toBe(total(raw.rows));
    expect(text).toMatch(/across 9 months/);
    expect(text).not.toMatch(/latest month, May/);
    expect(analyst.checkInterpretation(interpretation, result, plan)).toEqual({ ok: true });
  });

  it('a series of a rate is left as it is: an empty month has no rate', () => {
    const plan = {
      metrics: ['billed'],
      dimensions: [],
      filters: [],
      timeRange: { kind: 'all' },
      grain: 'month',
      sort: null,
      limit: null,
      comparison: null,
      perRow: 'invoice_id',
      kind: 'query',
    } as unknown as QueryPlan;
    const sparse = {
      columns: [
        { name: 'period', type: 'date' as const },
        { name: 'billed_per_invoice_id', type: 'float' as const },
      ],
      rows: [
        ['2025-01-01', 29],
        ['2025-05-01', 99],
      ],
      rowCount: 2,
      truncated: false,
    };
    expect(analyst.complete?.(plan, sparse, SUBSCRIPTIONS_TODAY)).toBe(sparse);
  });
});

describe('breakdowns with every value', () => {
  it('"invoice count by region this month": a region with no invoice is there at 0, never left out', async () => {
    const { raw, result, text, plan, interpretation } = await answer('invoice count by region this month');
    expect(raw.rows).toHaveLength(1);
    expect(result.rows).toEqual([
      ['emea', 1],
      ['amer', 0],
    ]);
    expect(text).toMatch(/Americas/);
    expect(analyst.checkInterpretation(interpretation, result, plan)).toEqual({ ok: true });
  });

  it('an amount per invoice by region, a ranking that has its rows and a region filtered out get no added rows', () => {
    const plan = (extra: Partial<QueryPlan>) =>
      ({
        kind: 'query',
        metrics: ['invoices'],
        dimensions: ['region'],
        filters: [],
        timeRange: { kind: 'all' },
        grain: null,
        sort: null,
        limit: null,
        comparison: null,
        ...extra,
      }) as QueryPlan;
    const one = {
      columns: [
        { name: 'region', type: 'text' as const },
        { name: 'invoices', type: 'integer' as const },
      ],
      rows: [['emea', 3]],
      rowCount: 1,
      truncated: false,
    };
    const complete = (given: QueryPlan) => analyst.complete?.(given, one, SUBSCRIPTIONS_TODAY);
    expect(complete(plan({ sort: { by: 'invoices', direction: 'desc' }, limit: 1 }))).toBe(one);
    expect(complete(plan({ filters: [{ dimension: 'region', operator: 'neq', values: ['amer'] }] }))).toBe(one);
    // An amount per invoice of a region with no invoice has no value: no row at 0.
    expect(complete(plan({ perRow: 'invoice_id' }))).toBe(one);
  });
});

describe('a series shown in another order', () => {
  it('"weekly billings this quarter sorted from highest to lowest" keeps that order with the empty weeks at 0', async () => {
    const { result, text } = await answer('weekly billings this quarter sorted from highest to lowest');
    const values = result.rows.map((row) => Number(row[1]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.at(-1)).toBe(0);
    // The sentences still read the weeks in time order: the latest week is the last by date, never the last row.
    expect(text).toMatch(/The latest week, the week of Sep 15, 2025/);
  });

  it('"months ranked by revenue, highest first": the trend and the latest month are by date, not by row', async () => {
    const { text } = await answer('months ranked by revenue, highest first');
    expect(text).toMatch(/The latest month, September 2025/);
    expect(text).not.toMatch(/latest month, April/);
  });
});

describe('a comparison broken down, with every value', () => {
  it('"revenue by plan this month vs last month": the plan with nothing either month is there, the total said', async () => {
    const { result, text, plan, interpretation } = await answer('revenue by plan this month vs last month');
    expect(result.rows).toHaveLength(2);
    expect(text).toMatch(/The total was down \$29\.00 \(50\.0%\) from \$58\.00 the same days a month earlier\./);
    expect(analyst.checkInterpretation(interpretation, result, plan)).toEqual({ ok: true });
  });
});
