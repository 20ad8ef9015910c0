import { describe, expect, it } from 'vitest';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { EVAL_TODAY } from '../../eval/cases.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * "The 3 worst selling products last week", "which products didn't sell last week": the products that sold
 * nothing are the bottom of the ranking (or the list asked for), not left out of it, and a tie at the bottom is said with how many share it. Products added after the period are
 * not among them. Checked on the demo DuckDB warehouse against hand-written SQL.
 */

const { planOf, run, compiled, answer } = useDemoWarehouse();

// Products that existed by the end of last week (2–8 March 2026) and sold nothing in a paid order that week.
const UNSOLD_LAST_WEEK = `
  SELECT p.product_id FROM products p
  WHERE p.created_at < TIMESTAMP '2026-03-09'
    AND p.product_id NOT IN (
      SELECT oi.product_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id
      WHERE o.status = 'paid' AND o.ordered_at >= TIMESTAMP '2026-03-02' AND o.ordered_at < TIMESTAMP '2026-03-09')`;

describe('the bottom of a ranking includes the rows with none', () => {
  it('"bottom 3 products by revenue last week" are products that sold nothing, at $0.00, with how many tie', async () => {
    const unsold = await run(UNSOLD_LAST_WEEK);
    expect(unsold.rows.length).toBeGreaterThan(3);
    const result = await run(compiled(planOf('bottom 3 products by revenue last week')));
    expect(result.rows).toHaveLength(3);
    const ids = new Set(unsold.rows.map((row) => row[0]));
    const revenue = result.columns.findIndex((column) => column.name === 'product_revenue');
    for (const row of result.rows) {
      expect(ids.has(row[0])).toBe(true);
      expect(Number(row[revenue])).toBe(0);
    }
    const text = await answer('bottom 3 products by revenue last week');
    expect(text).toContain(`${unsold.rows.length} products tie for the lowest product revenue last week at $0.00`);
  });

  it('"my 3 worst sellers last week" ranks by units from the bottom, the number kept', async () => {
    const plan = planOf('my 3 worst sellers last week');
    expect(plan).toMatchObject({ metrics: ['units_sold'], sort: { direction: 'asc' }, limit: 3 });
    expect(planOf('my 5 best sellers by units last month')).toMatchObject({ limit: 5, sort: { direction: 'desc' } });
    const result = await run(compiled(plan));
    const units = result.columns.findIndex((column) => column.name === 'units_sold');
    for (const row of result.rows) expect(Number(row[units])).toBe(0);
  });

  it('"5 least profitable products in 2025" leaves out products added in 2026', async () => {
    const result = await run(compiled(planOf('5 least profitable products in 2025')));
    const later = await run(`SELECT product_id FROM products WHERE created_at >= TIMESTAMP '2026-01-01'`);
    expect(later.rows.length).toBeGreaterThan(0);
    const added = new Set(later.rows.map((row) => row[0]));
    for (const row of result.rows) expect(added.has(row[0])).toBe(false);
    const gold = await run(
      `SELECT oi.product_id, SUM((oi.unit_price - p.cost) * oi.quantity) AS gross_profit
       FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id
       WHERE o.status = 'paid' AND o.ordered_at >= TIMESTAMP '2025-01-01' AND o.ordered_at < TIMESTAMP '2026-01-01'
       GROUP BY 1 ORDER BY 2 ASC LIMIT 5`,
    );
    expect(result.rows.map((row) => row[0])).toEqual(gold.rows.map((row) => row[0]));
  });

  it('a top ranking and an average are left as they were: no rows with none added', () => {
    // (No list of every row joined to the rows found; the layer's own joins are kept open, and are not that.)
    expect(compiled(planOf('top 3 products by revenue last week'))).not.toContain('AS "every"');
    expect(compiled(planOf('which country has the lowest average order value'))).not.toContain('AS "every"');
  });
});

describe('rows with none of a figure', () => {
  it('"which products didn\'t sell last week" lists every product with no paid sales that week, said as such', async () => {
    const unsold = await run(UNSOLD_LAST_WEEK);
    for (const question of ["which products didn't sell last week", 'products with no sales last week']) {
      const result = await run(compiled(planOf(question)));
      expect(result.rows.map((row) => row[0]).sort(), question).toEqual(unsold.rows.map((row) => row[0]).sort());
    }
    const text = await answer("which products didn't sell last week");
    expect(text).toMatch(new RegExp(`^${unsold.rows.length} products had no product revenue last week: `));
  });

  it('"how many customers have no orders" counts customers with no paid order at all', async () => {
    const result = await run(compiled(planOf('how many customers have no orders')));
    const gold = await run(
      `SELECT COUNT(*) FROM customers c WHERE c.customer_id NOT IN (SELECT o.customer_id FROM orders o WHERE o.status = 'paid')`,
    );
    expect(Number(result.rows[0]?.[0])).toBe(Number(gold.rows[0]?.[0]));
  });

  it('an empty list of rows with none says that none matched', async () => {
    expect(await answer('list products with no sales in february')).toMatch(/^No products matched in February 2026\./);
  });
});

describe('a ranking cut at a tie', () => {
  it('"top 4 products by units last week" says that another product has the fourth value, not shown', async () => {
    const gold = await run(
      `SELECT oi.product_id, SUM(oi.quantity) AS units FROM order_items oi JOIN orders o ON o.order_id = oi.order_id
       WHERE o.status = 'paid' AND o.ordered_at >= TIMESTAMP '2026-03-02' AND o.ordered_at < TIMESTAMP '2026-03-09'
       GROUP BY 1 ORDER BY 2 DESC`,
    );
    const fourth = Number(gold.rows[3]?.[1]);
    const sharing = gold.rows.filter((row) => Number(row[1]) === fourth).length;
    expect(sharing).toBeGreaterThan(1);
    const text = await answer('top 4 products by units last week');
    expect(text).toContain(`${sharing} products have ${fourth}, only 1 of them shown.`);
  });

  it('a ranking that hides no tie drops the count of tied rows before it is shown', async () => {
    const plan = planOf('top 3 products by units last week');
    const result = await run(compiled(plan));
    expect(result.columns.map((column) => column.name)).toContain('units_sold_tied_rows');
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const completed = analyst.complete?.(plan, result, EVAL_TODAY) ?? result;
    expect(completed.columns.map((column) => column.name)).not.toContain('units_sold_tied_rows');
    expect(completed.rows.every((row) => row.length === completed.columns.length)).toBe(true);
  });
});

describe('the lowest period is one the range holds whole, or the one still running', () => {
  it('"worst week for orders this year" is never the 4 days of it in January, nor the week still running; the month still running is left out, said', async () => {
    // (Session 37: the period still running no longer ranks for the lowest; it was "March 2026 (not over yet) had the
    // lowest revenue", two weeks set against whole months.)
    const gold = await run(
      `SELECT CAST(date_trunc('week', ordered_at) AS DATE) AS week, COUNT(*) AS orders FROM orders
       WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2026-01-05' AND ordered_at < TIMESTAMP '2026-03-09'
       GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    );
    const result = await run(compiled(planOf('worst week for orders this year')));
    expect(result.rows.map((row) => [String(row[0]).slice(0, 10), Number(row[1])])).toEqual(
      gold.rows.map((row) => [String(row[0]).slice(0, 10), Number(row[1])]),
    );
    expect(await answer('worst month for revenue this year')).toMatch(/^February 2026 had the lowest revenue/);
    expect(interpretPlan(planOf('worst month for revenue this year'), DEMO_SEMANTIC_LAYER, EVAL_TODAY).notes).toContain(
      'Only whole months are ranked: this month is not over yet.',
    );
  });
});

describe('session 40: the bottom of a ranking by a value the layer lists includes the values with none', () => {
  it('"which acquisition channel brought the fewest new customers yesterday" is a channel with none (was one with 1)', async () => {
    const gold = await run(
      `SELECT DISTINCT acquisition_channel FROM customers
       WHERE acquisition_channel NOT IN (
         SELECT acquisition_channel FROM customers WHERE created_at >= TIMESTAMP '2026-03-14' AND created_at < TIMESTAMP '2026-03-15')`,
    );
    expect(gold.rows.length).toBeGreaterThan(0);
    const result = await run(compiled(planOf('which acquisition channel brought the fewest new customers yesterday')));
    expect(gold.rows.map((row) => row[0])).toContain(result.rows[0]?.[0]);
    expect(Number(result.rows[0]?.[1])).toBe(0);
    const text = await answer('which acquisition channel brought the fewest new customers yesterday');
    expect(text).toMatch(/: 0\.$/);
  });

  it('"which media type had the fewest posts this week" is one with none; "the fewest orders by day this week" never a day still to come', async () => {
    const result = await run(compiled(planOf('which media type had the fewest posts this week')));
    expect(Number(result.rows[0]?.[1])).toBe(0);
    // This week so far is Mon 9 – Sat 14 March 2026: Sunday has not come, so it is no day with no orders.
    const days = await run(compiled(planOf('which day of the week had the fewest orders this week')));
    expect(days.rows.map((row) => String(row[0]))).not.toContain('7');
    expect(Number(days.rows[0]?.[1])).toBeGreaterThan(0);
    expect(await answer('orders by day of week this week')).not.toContain('Sunday');
  });

  it('a rate at 0% everywhere is said so, never a tie for the highest', async () => {
    const text = await answer('cancellation rate by country yesterday');
    expect(text).toMatch(/^\d+ countries each had a cancellation rate of 0\.0% yesterday: /);
    expect(text).not.toContain('tie for the highest');
  });
});

describe('session 40: hours of the day with nothing', () => {
  it('"which hour had the fewest orders yesterday" is an hour with none, and "revenue by hour of day" averages over every hour', async () => {
    const empty = await run(
      `SELECT COUNT(*) FROM (SELECT DISTINCT CAST(EXTRACT(HOUR FROM ordered_at) AS INTEGER) AS hour FROM orders
       WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2026-03-14' AND ordered_at < TIMESTAMP '2026-03-15')`,
    );
    const hoursWithOrders = Number(empty.rows[0]?.[0]);
    expect(hoursWithOrders).toBeLessThan(24);
    expect(await answer('which hour had the fewest orders yesterday')).toContain(
      `one of ${24 - hoursWithOrders} hours of the day tied for the fewest orders yesterday: 0.`,
    );
    const total = await run(
      `SELECT SUM(total) FROM orders WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2026-03-14' AND ordered_at < TIMESTAMP '2026-03-15'`,
    );
    const average = (Number(total.rows[0]?.[0]) / 24).toFixed(2);
    expect(await answer('revenue by hour of day yesterday')).toContain(
      `the average of $${Number(average).toLocaleString('en-US', { minimumFractionDigits: 2 })} per hour of day`,
    );
  });
});

describe('session 40: the words of the bottom', () => {
  it('"the least engagement" (was "the fewest engagement"), "the fewest orders" of a distinct count (was "the lowest orders")', async () => {
    expect(await answer('least engaging post this month')).toContain('has the least engagement this month so far');
    expect(await answer('which product had the fewest orders last month')).toMatch(/the fewest orders last month/);
  });
});

describe('session 40: rows between two bounds are no bottom', () => {
  it('"customers who spent between 100 and 200 last yr" lists them highest first, as the answer says (was lowest first under "highest revenue first")', async () => {
    const result = await run(compiled(planOf('customers who spent between 100 and 200 last yr')));
    const revenue = result.columns.findIndex((column) => column.name === 'revenue');
    const values = result.rows.map((row) => Number(row[revenue]));
    expect(values.every((value) => value >= 100 && value <= 200)).toBe(true);
    expect(values[0]).toBeGreaterThanOrEqual(values.at(-1) ?? 0);
    expect(await answer('customers who spent between 100 and 200 last yr')).toContain('highest revenue first');
  });
});
