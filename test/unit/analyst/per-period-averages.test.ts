import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { EVAL_TENANT } from '../../eval/cases.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';

/**
 * "Average daily revenue last month": the total over the period divided by the days of data it holds, on the
 * real demo warehouse; never a daily series, never the mean of the days that happened to have orders.
 */

const TODAY = '2026-03-15';
const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
let warehouse: Warehouse;

beforeAll(async () => {
  warehouse = await openEvalWarehouse();
});

afterAll(async () => {
  await warehouse.close();
});

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

function planOf(question: string): QueryPlan {
  const decision = ask(question);
  if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
  return decision.plan;
}

const run = (plan: QueryPlan) =>
  warehouse.run(compilePlan(plan, { layer: DEMO_SEMANTIC_LAYER, today: TODAY, dialect: 'duckdb' }), {
    tenant: EVAL_TENANT,
  });

describe('averages per unit of time', () => {
  it('"average revenue per day last month" is February\'s revenue over its 28 days, said per day', async () => {
    const plan = planOf('average revenue per day last month');
    expect(plan).toMatchObject({ metrics: ['revenue'], per: 'day', grain: null });
    const total = await run({ ...plan, per: null });
    const perDay = await run(plan);
    expect(perDay.columns.map((column) => column.name)).toEqual(['revenue_per_day']);
    expect(perDay.rows[0]?.[0] as number).toBeCloseTo((total.rows[0]?.[0] as number) / 28, 6);
    const answer = writeInsights(plan, perDay, { presentation, today: TODAY });
    expect(answer.text).toMatch(/^Revenue per day last month was \$[\d,]+\.\d\d\.$/);
    expect(checkInterpretation(answer, perDay, plan, { presentation })).toEqual({ ok: true });
    expect(ask('average revenue per day last month')).toMatchObject({ summary: 'Revenue per day, last month' });
  });

  it('a period still running counts its days of data only: this month so far is 14 days on Mar 15', async () => {
    const plan = planOf('how many orders do i get per day on average this month');
    const total = await run({ ...plan, per: null });
    const perDay = await run(plan);
    expect(perDay.rows[0]?.[0] as number).toBeCloseTo((total.rows[0]?.[0] as number) / 14, 6);
  });

  it('"avg weekly orders this year" divides by the weeks of data; "revenue per day last week" stays a daily series', () => {
    expect(planOf('avg weekly orders this year')).toMatchObject({ metrics: ['orders'], per: 'week' });
    expect(planOf('revenue per day last week')).toMatchObject({ grain: 'day' });
  });

  it('asks for a period rather than dividing all time by a guess', () => {
    const decision = ask('average revenue per day');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toMatch(/needs a period/);
  });
});

describe('shares said as shares', () => {
  it('"what share of revenue came from the TikTok Shop last month" says "That is N% of all revenue", on real data', async () => {
    const plan = planOf('what share of revenue came from the tiktok shop last month');
    const result = await run(plan);
    const answer = writeInsights(plan, result, { presentation, today: TODAY });
    expect(answer.text).toMatch(/That is \d+\.\d% of all revenue\./);
    expect(answer.text).not.toMatch(/Revenue share/);
    expect(checkInterpretation(answer, result, plan, { presentation })).toEqual({ ok: true });
  });
});
