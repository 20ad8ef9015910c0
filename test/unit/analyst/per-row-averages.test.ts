import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';
import { SUBSCRIPTIONS_TENANT, SUBSCRIPTIONS_TODAY } from '../../eval/subscriptions-questions.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { EVAL_TENANT, EVAL_TODAY } from '../../eval/cases.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';

/**
 * "The average invoice": on any layer, a figure of a table averaged per row of that table's thing (the amount
 * billed per invoice) is its total over the distinct rows, in every group; checked on the example layer's
 * real DuckDB warehouse against AVG over the invoices themselves.
 */

let layer: SemanticLayer;
let warehouse: Warehouse;

beforeAll(async () => {
  layer = await loadSubscriptionsLayer();
  warehouse = await openSubscriptionsWarehouse(layer);
});

afterAll(async () => {
  await warehouse.close();
});

function planOf(question: string): QueryPlan {
  const decision = parseQuestion({ question, history: [], today: SUBSCRIPTIONS_TODAY, layer });
  if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
  return decision.plan;
}

const run = (sql: string) => warehouse.run(sql, { tenant: SUBSCRIPTIONS_TENANT });
const compiled = (plan: QueryPlan) => compilePlan(plan, { layer, today: SUBSCRIPTIONS_TODAY, dialect: 'duckdb' });

describe('averages per row of a thing', () => {
  it('"average invoice amount by plan this year" is each plan\'s billing over its invoices, said per invoice', async () => {
    const plan = planOf('average invoice amount by plan this year');
    expect(plan).toMatchObject({ metrics: ['billed'], dimensions: ['plan'], perRow: 'invoice_id' });
    const result = await run(compiled(plan));
    expect(result.columns.map((column) => column.name)).toEqual(['plan', 'billed_per_invoice_id']);
    const gold = await run(
      `SELECT s.plan, AVG(i.amount) AS average FROM invoices i JOIN subscribers s ON s.subscriber_id = i.subscriber_id
       WHERE i.issued_at >= TIMESTAMP '2025-01-01' AND i.issued_at < TIMESTAMP '2025-09-17' GROUP BY 1`,
    );
    const byPlan = new Map(gold.rows.map((row) => [row[0], Number(row[1])]));
    expect(result.rows.length).toBe(byPlan.size);
    for (const row of result.rows) expect(row[1] as number).toBeCloseTo(byPlan.get(row[0]) as number, 6);

    const presentation = presentationFromLayer(layer);
    const answer = writeInsights(plan, result, { presentation, today: SUBSCRIPTIONS_TODAY });
    expect(answer.text).toMatch(/amount billed per invoice/i);
    expect(answer.text).not.toMatch(/total/i);
    expect(checkInterpretation(answer, result, plan, { presentation })).toEqual({ ok: true });
    expect(interpretPlan(plan, layer, SUBSCRIPTIONS_TODAY).metrics[0]?.label).toBe('Amount billed per invoice');
  });

  it('"the average invoice" alone is the amount billed per invoice, never the count of invoices per invoice', () => {
    expect(planOf('what was our average invoice last month')).toMatchObject({
      metrics: ['billed'],
      perRow: 'invoice_id',
    });
  });

  it('"avg invoice in q3 vs q2" compares each period\'s own average invoice, and says so', async () => {
    const plan = planOf('avg invoice in q3 vs q2');
    expect(plan).toMatchObject({ metrics: ['billed'], perRow: 'invoice_id', comparison: { kind: 'previous_period' } });
    const result = await run(compiled(plan));
    expect(result.columns.map((column) => column.name)).toEqual([
      'billed_per_invoice_id',
      'billed_per_invoice_id_previous',
    ]);
    const average = async (from: string, to: string) =>
      Number(
        (
          await run(
            `SELECT AVG(amount) FROM invoices WHERE issued_at >= TIMESTAMP '${from}' AND issued_at < TIMESTAMP '${to}'`,
          )
        ).rows[0]?.[0],
      );
    expect(result.rows[0]?.[0] as number).toBeCloseTo(await average('2025-07-01', '2025-09-17'), 6);
    expect(result.rows[0]?.[1] as number).toBeCloseTo(await average('2025-04-01', '2025-06-16'), 6);
    const presentation = presentationFromLayer(layer);
    const answer = writeInsights(plan, result, { presentation, today: SUBSCRIPTIONS_TODAY });
    expect(answer.text).toBe(
      'Amount billed per invoice this quarter so far was $43.00, down $9.33 (17.8%) from $52.33 the same days a quarter earlier.',
    );
    expect(checkInterpretation(answer, result, plan, { presentation })).toEqual({ ok: true });
  });

  it('a comparison with nothing before it says so, never leaves it out', async () => {
    const plan = planOf('average invoice amount this year vs last year');
    const result = await run(compiled(plan));
    const presentation = presentationFromLayer(layer);
    const answer = writeInsights(plan, result, { presentation, today: SUBSCRIPTIONS_TODAY });
    expect(answer.text).toBe(
      'Amount billed per invoice this year so far was $49.42; there is no figure to compare with for the same days a year earlier.',
    );
    expect(checkInterpretation(answer, result, plan, { presentation })).toEqual({ ok: true });
    const billed = planOf('billed this year vs last year');
    const total = writeInsights(billed, await run(compiled(billed)), { presentation, today: SUBSCRIPTIONS_TODAY });
    expect(total.text).toBe(
      'Amount billed this year so far was $1,186.00, up from $0.00 the same days a year earlier.',
    );
  });

  it('a figure of another table is not averaged per invoice: declined, not guessed', () => {
    expect(() => compiled({ ...planOf('new subscribers last month'), perRow: 'invoice_id' })).toThrow(/per invoice/);
  });
});

describe('a figure per row of a thing of another table (demo layer, its DuckDB warehouse)', () => {
  let demo: Warehouse;
  beforeAll(async () => {
    demo = await openEvalWarehouse();
  });
  afterAll(async () => {
    await demo.close();
  });
  const demoPlan = (question: string): QueryPlan => {
    const decision = parseQuestion({ question, history: [], today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER });
    if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
    return decision.plan;
  };
  const demoRun = async (plan: QueryPlan) =>
    demo.run(compilePlan(plan, { layer: DEMO_SEMANTIC_LAYER, today: EVAL_TODAY, dialect: 'duckdb' }), {
      tenant: EVAL_TENANT,
    });

  it('"units sold per order last month" is the units of paid orders over those orders', async () => {
    const plan = demoPlan('units sold per order last month');
    expect(plan).toMatchObject({ metrics: ['units_sold'], perRow: 'order_id' });
    const result = await demoRun(plan);
    const gold = await demo.run(
      `SELECT SUM(i.quantity) * 1.0 / COUNT(DISTINCT o.order_id) FROM order_items i JOIN orders o ON o.order_id = i.order_id
       WHERE o.status = 'paid' AND o.ordered_at >= TIMESTAMP '2026-02-01' AND o.ordered_at < TIMESTAMP '2026-03-01'`,
      { tenant: EVAL_TENANT },
    );
    expect(result.rows[0]?.[0] as number).toBeCloseTo(Number(gold.rows[0]?.[0]), 6);
  });

  it('"revenue per buying customer from germany in 2025" and "average number of orders per buying customer" are answered', async () => {
    const revenue = await demoRun(demoPlan('Revenue per buying customer from Germany in 2025'));
    const gold = await demo.run(
      `SELECT SUM(o.total) / COUNT(DISTINCT o.customer_id) FROM orders o JOIN customers c ON c.customer_id = o.customer_id
       WHERE o.status = 'paid' AND c.country = 'DE' AND o.ordered_at >= TIMESTAMP '2025-01-01' AND o.ordered_at < TIMESTAMP '2026-01-01'`,
      { tenant: EVAL_TENANT },
    );
    expect(revenue.rows[0]?.[0] as number).toBeCloseTo(Number(gold.rows[0]?.[0]), 6);
    // Orders over their distinct customers: the layer's own "orders per customer", or the same figure per row.
    const averaged = await demoRun(demoPlan('Average number of orders per buying customer in Q4 2025'));
    const layered = await demoRun(demoPlan('orders per customer in Q4 2025'));
    expect(averaged.rows[0]?.[0] as number).toBeCloseTo(layered.rows[0]?.[0] as number, 9);
    expect(demoPlan('Orders per purchasing customer in Q4 2025').metrics).toEqual(['orders_per_customer']);
  });
});

describe('"<rows> value" on a layer with one amount', () => {
  it('"what\'s our customer lifetime value" is declined, never the amount billed of all time', () => {
    const decision = parseQuestion({
      question: "what's our customer lifetime value",
      history: [],
      today: SUBSCRIPTIONS_TODAY,
      layer,
    });
    expect(decision).toMatchObject({ kind: 'reply', text: /"value"/ });
  });

  it('"what\'s the avg invoice value by region" is the amount billed per invoice by region', () => {
    expect(planOf("what's the avg invoice value by region")).toMatchObject({
      metrics: ['billed'],
      dimensions: ['region'],
      perRow: 'invoice_id',
    });
  });
});
