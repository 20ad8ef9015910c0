import { describe, expect, test } from 'vitest';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { queryPlanModel } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

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
