import { describe, expect, test } from 'vitest';
import { chartFor } from '../../../src/analyst/answer/chart.js';
import { presentColumns } from '../../../src/analyst/answer/column-presentation.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { summarize } from '../../../src/analyst/answer/summary.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { queryPlanModel } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { semanticLayerModel } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/**
 * A layer's money is in its own currency everywhere an answer shows it: the sentences (and their checks), the
 * plain summary, the chart's axis and the result's columns. The demo layer's definitions in euros.
 */
const layer = semanticLayerModel.parse({ ...DEMO_SEMANTIC_LAYER, currency: 'EUR' });
const presentation = presentationFromLayer(layer);
const plan = queryPlanModel.parse({
  kind: 'query',
  metrics: ['revenue'],
  dimensions: ['sales_channel'],
  sort: { by: 'revenue', direction: 'desc' },
});
const result = {
  columns: [
    { name: 'sales_channel', type: 'text' as const },
    { name: 'revenue', type: 'decimal' as const },
  ],
  rows: [
    ['online_store', 82241.19],
    ['instagram_shop', 15839.58],
    ['tiktok_shop', 10454.76],
  ],
  rowCount: 3,
  truncated: false,
};

describe("a layer's currency", () => {
  test('the answer writes euros, and its figures still check', () => {
    const answer = writeInsights(plan, result, { presentation });
    expect(answer.text).toMatch(/^Online store leads revenue with €82,241\.19/);
    expect(answer.text).not.toContain('$');
    expect(checkInterpretation(answer, result, plan, { presentation })).toEqual({ ok: true });
    expect(summarize(plan, result, { presentation }).text).toContain('€15,839.58');
  });

  test("the chart's axis and the result's columns say euros too", () => {
    const chart = chartFor(plan, result, { presentation }) as {
      config?: { locale?: { number?: { currency?: string[] } } };
    } | null;
    expect(chart?.config?.locale?.number?.currency).toEqual(['€', '']);
    const columns = presentColumns(plan, result, { presentation, currency: layer.currency });
    expect(columns.columns.find((column) => column.name === 'revenue')).toMatchObject({
      format: 'currency',
      currency: 'EUR',
    });
  });

  test('a layer that names none is in US dollars', () => {
    expect(semanticLayerModel.parse({ ...DEMO_SEMANTIC_LAYER, currency: undefined }).currency).toBe('USD');
    expect(writeInsights(plan, result, { presentation: presentationFromLayer(DEMO_SEMANTIC_LAYER) }).text).toContain(
      '$82,241.19',
    );
  });
});
