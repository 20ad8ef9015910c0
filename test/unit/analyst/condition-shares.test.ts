import { describe, expect, it } from 'vitest';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { describePlan } from '../../../src/analyst/describe-plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { EVAL_TODAY } from '../../eval/cases.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * "What percent of my orders have a discount", "share of revenue from discounted orders": a share whose part
 * is the rows passing a condition and whose whole is every row without it; checked on the demo DuckDB
 * warehouse against hand-written SQL.
 */

const { planOf, run, compiled, answer } = useDemoWarehouse();

describe('a share of the rows passing a condition', () => {
  it('"what percent of my orders have a discount" is the discounted paid orders over all paid orders', async () => {
    const plan = planOf('what percent of my orders have a discount');
    expect(plan).toMatchObject({ metrics: ['orders'], share: { dimension: null, conditions: true } });
    const result = await run(compiled(plan));
    const gold = await run(
      `SELECT COUNT(*) FILTER (WHERE discount > 0), COUNT(*) FILTER (WHERE discount > 0) * 1.0 / COUNT(*)
       FROM orders WHERE status = 'paid' AND ordered_at < TIMESTAMP '2026-03-16'`,
    );
    expect(Number(result.rows[0]?.[0])).toBe(Number(gold.rows[0]?.[0]));
    expect(result.rows[0]?.[1] as number).toBeCloseTo(Number(gold.rows[0]?.[1]), 9);
    expect(describePlan(plan, DEMO_SEMANTIC_LAYER)).toContain('as a share of all orders');
  });

  it('"share of revenue from discounted orders this year" reads the participle as the condition', async () => {
    const plan = planOf('Share of revenue from discounted orders this year');
    expect(plan).toMatchObject({
      metrics: ['revenue'],
      conditions: [{ dimension: 'order_id', metric: 'discounts', operator: 'gt', value: 0 }],
      share: { conditions: true },
    });
    const result = await run(compiled(plan));
    const gold = await run(
      `SELECT SUM(total) FILTER (WHERE discount > 0) / SUM(total) FROM orders
       WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2026-01-01' AND ordered_at < TIMESTAMP '2026-03-16'`,
    );
    expect(result.rows[0]?.[1] as number).toBeCloseTo(Number(gold.rows[0]?.[0]), 9);
    const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
    expect(
      checkInterpretation(writeInsights(plan, result, { presentation, today: EVAL_TODAY }), result, plan, {
        presentation,
      }),
    ).toEqual({ ok: true });
    // What the user reads says the condition, never just "revenue".
    const text = await answer('Share of revenue from discounted orders this year', { plan, result });
    expect(text).toContain('only orders with discounts');
    expect(text).toContain('16.7%');
  });
});

describe('a share of another figure', () => {
  it('"what percent of Q4 revenue was attributed to posts" is attributed revenue over revenue, said as such', async () => {
    const question = 'what percent of Q4 revenue was attributed to posts';
    const plan = planOf(question);
    expect(plan).toMatchObject({ metrics: ['attributed_revenue'], share: { dimension: null, of: 'revenue' } });
    const result = await run(compiled(plan));
    const gold = await run(
      `SELECT SUM(total) FILTER (WHERE attributed_post_id IS NOT NULL), SUM(total) FILTER (WHERE attributed_post_id IS NOT NULL) / SUM(total)
       FROM orders WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2025-10-01' AND ordered_at < TIMESTAMP '2026-01-01'`,
    );
    expect(result.rows[0]?.[0] as number).toBeCloseTo(Number(gold.rows[0]?.[0]), 6);
    expect(result.rows[0]?.[1] as number).toBeCloseTo(Number(gold.rows[0]?.[1]), 9);
    expect(describePlan(plan, DEMO_SEMANTIC_LAYER)).toContain('as a share of revenue');
    const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
    expect(
      checkInterpretation(writeInsights(plan, result, { presentation, today: EVAL_TODAY }), result, plan, {
        presentation,
      }),
    ).toEqual({ ok: true });
    const share = `${(Number(gold.rows[0]?.[1]) * 100).toFixed(1)}%`;
    expect(await answer(question, { plan, result })).toContain(`That is ${share} of all revenue`);
  });

  it('a breakdown the whole does not reach, or a figure that is no part of the other, is refused', () => {
    expect(() =>
      compiled({ ...planOf('what share of revenue came from posts last month'), dimensions: ['platform'] }),
    ).toThrow(/not every row of revenue has/);
    expect(() => compiled({ ...planOf('revenue last month'), share: { dimension: null, of: 'orders' } })).toThrow(
      /no share of it/,
    );
  });
});

describe('a participle before rows, and a ranking of them', () => {
  it('"most commented posts last week" ranks posts by comments; "discounted orders" keeps only orders with a discount', () => {
    expect(planOf('most commented posts last week')).toMatchObject({
      metrics: ['comments'],
      dimensions: ['post'],
      sort: { by: 'comments', direction: 'desc' },
    });
    expect(planOf('most commented posts last week').conditions ?? []).toEqual([]);
    expect(planOf('top shared posts')).toMatchObject({ metrics: ['shares'] });
    expect(planOf('discounted orders last month')).toMatchObject({
      conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }],
    });
  });
});

describe('a share within each row of a breakdown', () => {
  it('"percentage of refunded orders by country" says the leader\'s share as of its own orders', async () => {
    const text = await answer('Percentage of refunded orders by country last quarter');
    expect(text).toMatch(/For United States, that is \d+\.\d% of all its orders\./);
    expect(text).not.toContain('also has');
  });
});

describe('a total over no rows', () => {
  it('is 0, not "no value": yesterday had no cancelled orders, and their revenue is $0.00', async () => {
    const none = await run(
      `SELECT COUNT(*) FROM orders WHERE status = 'cancelled'
       AND ordered_at >= TIMESTAMP '2026-03-14' AND ordered_at < TIMESTAMP '2026-03-15'`,
    );
    expect(Number(none.rows[0]?.[0])).toBe(0);
    const question = 'revenue from cancelled orders yesterday';
    const plan = planOf(question);
    const result = await run(compiled(plan));
    expect(Number(result.rows[0]?.[0])).toBe(0);
    const text = await answer(question, { plan, result });
    expect(text).toContain('$0.00');
    expect(text).not.toContain('no value');
  });
});
