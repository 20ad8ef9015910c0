import { describe, expect, test } from 'vitest';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { queryPlanModel } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';

/** The interpretation's one sentence says each part once: the period in words, then its dates. */
describe("the interpretation's sentence", () => {
  test('all time is said once, with the last day of data', () => {
    const plan = queryPlanModel.parse({ kind: 'query', metrics: ['revenue'], dimensions: ['sales_channel'] });
    const understood = interpretPlan(plan, DEMO_SEMANTIC_LAYER, '2026-03-15');
    expect(understood.sentence).toBe('Revenue by sales channel, all time (through Mar 14, 2026).');
    expect(understood.period).toEqual({ from: null, through: '2026-03-14', text: 'all time through Mar 14, 2026' });
  });

  test('a bounded period keeps its dates', () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
    });
    expect(interpretPlan(plan, DEMO_SEMANTIC_LAYER, '2026-03-15').sentence).toBe(
      'Revenue, last month (Feb 1 – Feb 28, 2026).',
    );
  });
});

describe('a figure of rows dated by their creation, over a period', () => {
  test('"average price in february 2026" asks which price; the products added then are said so everywhere', () => {
    // A period picks the products added in it: seldom what "average price" over a period means, so it is asked.
    expect(
      parseQuestion({
        question: 'Average price in February 2026',
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toMatchObject({
      kind: 'clarify',
      options: [
        { label: 'Price of all my products as listed', question: 'average price of my products' },
        {
          label: 'Price of the products added in february 2026',
          question: 'average price of products added in february 2026',
        },
        { label: 'Average order value in february 2026', question: 'average order value in february 2026' },
      ],
    });
    const decision = parseQuestion({
      question: 'Average price of products added in February 2026',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision.kind).toBe('query');
    if (decision.kind !== 'query') return;
    expect(decision.summary).toBe('Price of products added, February 2026');
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    expect(analyst.interpretation(decision.plan, '2026-03-15').metrics[0]?.label).toBe('Price of products added');
    const result = {
      columns: [{ name: 'price', type: 'decimal' as const }],
      rows: [[79.66]],
      rowCount: 1,
      truncated: false,
    };
    const answer = analyst.summarize(decision.plan, result);
    expect(answer.text).toContain('Price of products added in February 2026');
  });
});

describe('an average per period', () => {
  test('says how many months of data the total was divided by (2.45 on Mar 15, this year so far)', () => {
    const decision = parseQuestion({
      question: 'average revenue per month this year',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision.kind).toBe('query');
    if (decision.kind !== 'query') return;
    expect(decision.plan.per).toBe('month');
    // Jan and Feb whole, then 14 of March's 31 days.
    const months = 2 + 14 / 31;
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, '2026-03-15').notes).toContain(
      `Per month: the period's total divided by its ${Number(months.toFixed(2))} months of data.`,
    );
  });
});
