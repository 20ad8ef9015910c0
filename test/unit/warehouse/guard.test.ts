import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSqlGuard, type SqlGuard } from '../../../src/warehouse/guard.js';
import { DEMO_CATALOG } from '../../../src/demo/catalog.js';

let guard: SqlGuard;
beforeAll(async () => {
  guard = await createSqlGuard(DEMO_CATALOG);
});
afterAll(() => guard.close());

describe('the SQL guard', () => {
  test.each([
    "SELECT date_trunc('month', ordered_at) AS month, sum(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY month",
    "SELECT p.title, sum(oi.quantity * oi.unit_price) AS revenue FROM order_items oi JOIN products p USING (product_id) JOIN orders o ON o.order_id = oi.order_id WHERE o.status = 'paid' GROUP BY p.title ORDER BY revenue DESC LIMIT 5",
    "SELECT count(*) FILTER (WHERE status = 'refunded')::numeric / nullif(count(*) FILTER (WHERE status IN ('paid', 'refunded')), 0) AS refund_rate FROM orders WHERE ordered_at >= CURRENT_DATE - INTERVAL '30 days'",
    "SELECT to_char(ordered_at, 'YYYY-MM') AS m, EXTRACT(isodow FROM ordered_at) AS d, rank() OVER (PARTITION BY status ORDER BY total DESC) AS r FROM orders",
    'WITH per_customer AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY 1) SELECT avg(n) FROM per_customer',
    'SELECT platform, sum(likes + comments + shares + saves)::float / nullif(sum(reach), 0) AS engagement_rate FROM social_posts GROUP BY platform;',
  ])('accepts analytics SQL in either dialect: %s', async (sql) => {
    expect(await guard.check(sql)).toMatchObject({ ok: true });
  });

  test('names the tables a query reads', async () => {
    expect(
      await guard.check('SELECT c.country, count(*) FROM customers c JOIN orders o USING (customer_id) GROUP BY 1'),
    ).toEqual({
      ok: true,
      tables: ['customers', 'orders'],
    });
  });

  test.each([
    ['SELECT nope FROM orders', 'unknown column "nope"'],
    ['SELECT * FROM refunds', 'unknown table "refunds"; the only tables are'],
    ['SELECT * FROM main.orders', 'write just the table name'],
    ["SELECT * FROM read_csv('x.csv')", 'table functions such as read_csv()'],
    ['SELECT 1; SELECT 2', 'exactly one statement'],
    ['DROP TABLE orders', 'only a single read-only SELECT'],
    ['WITH orders AS (SELECT 1) SELECT * FROM orders', 'give the CTE another name'],
    ["SELECT set_config('a', 'b', true)", 'the function set_config() is not allowed'],
    ['SELECT FROM WHERE', 'does not parse'],
    ['', 'empty'],
  ])('rejects %s with a reason a SQL generator can act on', async (sql, reason) => {
    const verdict = await guard.check(sql);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });

  test('checks concurrently without mixing up verdicts', async () => {
    const sqls = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? `SELECT total FROM orders LIMIT ${i}` : `SELECT nope${i} FROM orders`,
    );
    const verdicts = await Promise.all(sqls.map((sql) => guard.check(sql)));
    verdicts.forEach((verdict, i) => expect(verdict.ok, sqls[i]).toBe(i % 2 === 1));
  });
});
