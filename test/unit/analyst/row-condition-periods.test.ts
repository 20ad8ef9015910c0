import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/** A condition computed per row of another table counts only the rows of the period asked about. */

const TODAY = '2026-03-15';
const LAST_MONTH_START = "TIMESTAMP '2026-02-01 00:00:00'";

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

function sqlOf(question: string): string {
  const decision = ask(question);
  if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
  return compilePlan(decision.plan, { layer: DEMO_SEMANTIC_LAYER, today: TODAY, dialect: 'duckdb' });
}

describe('conditions on rows over a period', () => {
  it('"orders with 3 or more items last month" adds up last month\'s items, in the subquery too', () => {
    const sql = sqlOf('orders with 3 or more items last month');
    const subquery = sql.slice(sql.indexOf('IN (SELECT'));
    expect(subquery, sql).toContain(LAST_MONTH_START);
  });

  it('a condition over all time stays over all time', () => {
    const sql = sqlOf('how many orders had 3 or more items');
    expect(sql).not.toContain(LAST_MONTH_START);
  });

  it('"products that sold more than 20 units last month" is not answered with products added last month', () => {
    // Said bare with a clause, it asks for the products: listed by last month's units, never counted by their date.
    const decision = ask('products that sold more than 20 units last month');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['units_sold'],
        dimensions: ['product'],
        conditions: [{ dimension: 'product', metric: 'units_sold', operator: 'gt', value: 20 }],
      },
    });
    // Counted, the period is the sales': the products are counted whenever they were added.
    const sql = sqlOf('how many products sold more than 20 units last month');
    expect(sql).toMatch(/^SELECT COALESCE\(COUNT\(\*\), 0\)/);
    expect(sql.slice(0, sql.indexOf('IN (SELECT')), sql).not.toContain('created_at');
    expect(sql.slice(sql.indexOf('IN (SELECT')), sql).toContain(LAST_MONTH_START);
    // By month, the products would be dated by their own date: declined.
    const monthly = ask('how many products sold more than 20 units each month last year');
    expect(monthly.kind).toBe('reply');
    if (monthly.kind === 'reply') expect(monthly.text).toMatch(/dated by their own date/);
  });

  it('"number of products with more than 500 units sold in 2025" counts them (was the products listed)', () => {
    expect(ask('Number of products with more than 500 units sold in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: [], conditions: [{ metric: 'units_sold', value: 500 }] },
    });
  });

  it('"which products sold more than 20 units last month" lists them, by last month\'s units', () => {
    const sql = sqlOf('which products sold more than 20 units last month');
    const subquery = sql.slice(sql.indexOf('IN (SELECT'));
    expect(subquery, sql).toContain(LAST_MONTH_START);
  });
});

describe('conditions on the rows the question names', () => {
  it('"how many customers have placed more than 3 orders" keeps customers by their orders, not orders by themselves', () => {
    const decision = ask('how many customers have placed more than 3 orders');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.conditions?.[0]?.dimension).toBe('customer');
  });

  it('"how many customers spent over 500 this year" is never answered with the orders over $500', () => {
    const decision = ask('how many customers spent over 500 this year');
    if (decision.kind === 'query') expect(decision.plan.conditions?.[0]?.dimension).toBe('customer');
  });

  it('"orders over $250 last month" still keeps each order by its own revenue', () => {
    const decision = ask('orders over $250 last month');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.conditions?.[0]?.dimension).toBe('order_id');
  });
});
