import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Rows asked for whatever their value ("orders of any status"), things with exactly so many rows ("customers who
 * only ever placed one order") and a share of a named whole ("what share of TikTok Shop orders got cancelled"),
 * answered on the demo DuckDB warehouse and checked against hand-written SQL.
 */

const { planOf, run, compiled, answer } = useDemoWarehouse();

const YESTERDAY = "ordered_at >= TIMESTAMP '2026-03-14' AND ordered_at < TIMESTAMP '2026-03-15'";

describe('every value of a dimension a figure otherwise narrows', () => {
  it.each([
    'how many orders came in yesterday in total, whatever their status',
    'how many orders yesterday of any status',
    'number of orders yesterday regardless of status',
  ])('"%s" counts orders of every status, and says so', async (question) => {
    const plan = planOf(question);
    const result = await run(compiled(plan));
    const every = await run(`SELECT COUNT(*) FROM orders WHERE ${YESTERDAY}`);
    const paid = await run(`SELECT COUNT(*) FROM orders WHERE status = 'paid' AND ${YESTERDAY}`);
    expect(Number(every.rows[0]?.[0])).toBeGreaterThan(Number(paid.rows[0]?.[0]));
    expect(Number(result.rows[0]?.[0])).toBe(Number(every.rows[0]?.[0]));
    expect(await answer(question)).toMatch(/Paid, Refunded or Cancelled/);
  });

  it('"all statuses" after "cancelled orders last month" counts every order, not the paid ones', async () => {
    const today = '2026-03-15';
    const first = parseQuestion({
      question: 'cancelled orders last month',
      history: [],
      today,
      layer: DEMO_SEMANTIC_LAYER,
    });
    if (first.kind !== 'query') throw new Error(first.text);
    const next = parseQuestion({
      question: 'all statuses',
      history: [{ question: 'cancelled orders last month', plan: first.plan, answer: '' }],
      today,
      layer: DEMO_SEMANTIC_LAYER,
    });
    if (next.kind !== 'query') throw new Error(next.text);
    const result = await run(compiled(next.plan));
    const every = await run(
      "SELECT COUNT(*) FROM orders WHERE ordered_at >= TIMESTAMP '2026-02-01' AND ordered_at < TIMESTAMP '2026-03-01'",
    );
    expect(Number(result.rows[0]?.[0])).toBe(Number(every.rows[0]?.[0]));
  });
});

describe('things with exactly so many rows', () => {
  it.each([
    ['how many customers have only ever placed one order with us', 1],
    ['how many customers ordered exactly once', 1],
    ['customers with exactly 2 orders', 2],
  ])('"%s" counts the customers with exactly %i paid orders', async (question, count) => {
    const result = await run(compiled(planOf(question)));
    const gold = await run(
      `SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE status = 'paid' GROUP BY 1 HAVING COUNT(*) = ${count})`,
    );
    expect(Number(gold.rows[0]?.[0])).toBeGreaterThan(0);
    expect(Number(result.rows[0]?.[0])).toBe(Number(gold.rows[0]?.[0]));
    expect(await answer(question)).toMatch(new RegExp(`exactly ${count}`));
  });
});

describe('a share of a whole named before the figure, its part after it', () => {
  it('"what share of tiktok shop orders got cancelled in january" is the cancelled part of TikTok Shop orders', async () => {
    const question = 'what share of tiktok shop orders got cancelled in january';
    const result = await run(compiled(planOf(question)));
    const gold = await run(
      `SELECT COUNT(*) FILTER (WHERE status = 'cancelled') * 1.0 / COUNT(*) FROM orders
       WHERE sales_channel = 'tiktok_shop' AND ordered_at >= TIMESTAMP '2026-01-01' AND ordered_at < TIMESTAMP '2026-02-01'`,
    );
    const share = result.columns.findIndex((column) => column.name.endsWith('_share'));
    expect(Number(result.rows[0]?.[share])).toBeCloseTo(Number(gold.rows[0]?.[0]), 6);
    expect(await answer(question)).toMatch(/of all orders for sales channel TikTok Shop/);
  });
});

describe('numbers of things that are not exact counts, and counts that are not amounts', () => {
  it.each([
    ['customers with over 3 orders', 'gt', 3],
    ['customers with above 2 orders', 'gt', 2],
    ['customers with under 3 orders', 'lt', 3],
  ])('"%s" keeps its comparison (was read as exactly so many)', (question, operator, value) => {
    expect(planOf(question).conditions).toEqual([{ dimension: 'customer', metric: 'orders', operator, value }]);
  });

  it('"orders with more than one product" names what it cannot count, never "revenue over $1.00"', () => {
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });
    expect(ask('orders with more than one product last week')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/"more than one product"/),
    });
    expect(ask('gross profit per unit sold in apparel')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/"per unit sold"/),
    });
    // Items are a figure the layer counts (units): answered.
    expect(planOf('orders with more than one item last week').conditions).toEqual([
      { dimension: 'order_id', metric: 'units_sold', operator: 'gt', value: 1 },
    ]);
  });
});

describe('conditions said of other rows, and different things counted', () => {
  const ask = (question: string) =>
    parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });

  it.each([
    ['how many customers spent over $300 in a single order this year', /"in a single order"/],
    ['days in february with revenue over $5000', /days by their own total/],
    ['how many different countries did we sell to last month', /different countries/],
  ])('"%s" is declined, never answered with the condition on other rows or without the count', (question, why) => {
    expect(ask(question)).toMatchObject({ kind: 'reply', text: expect.stringMatching(why) });
  });

  it('"customers who spent over $1000 last year" still lists them; "margin in dollars" is the gross profit', () => {
    expect(planOf('customers who spent over $1000 last year').dimensions).toEqual(['customer']);
    expect(planOf('margin in dollars on beauty last quarter').metrics).toEqual(['gross_profit']);
  });
});
