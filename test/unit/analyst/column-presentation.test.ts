import { describe, expect, test } from 'vitest';
import { presentColumns } from '../../../src/analyst/answer/column-presentation.js';
import { queryPlanModel } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/** Each column's header, format, role and value labels, from the layer alone. */
const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);

describe('the columns of a result', () => {
  test("a detail that is another dimension's column reads with that dimension's labels", () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['orders'],
      dimensions: ['customer'],
      sort: { by: 'orders', direction: 'desc' },
    });
    const result = {
      columns: [
        { name: 'customer', type: 'text' as const },
        { name: 'customer_country', type: 'text' as const },
        { name: 'customer_acquisition_channel', type: 'text' as const },
        { name: 'orders', type: 'integer' as const },
      ],
      rows: [
        ['cus_1', 'US', 'tiktok', 12],
        ['cus_2', 'GB', 'organic_search', 9],
      ],
      rowCount: 2,
      truncated: false,
    };
    const { columns } = presentColumns(plan, result, { presentation, currency: 'USD' });
    const byName = new Map(columns.map((column) => [column.name, column]));
    expect(byName.get('customer_acquisition_channel')).toMatchObject({
      role: 'detail',
      label: 'Customer acquisition channel',
      valueLabels: [
        { value: 'tiktok', label: 'TikTok' },
        { value: 'organic_search', label: 'Organic search' },
      ],
    });
    expect(byName.get('customer_country')?.valueLabels).toContainEqual({ value: 'US', label: 'United States' });
    expect(byName.get('orders')).toMatchObject({ role: 'metric', format: 'count', label: 'Orders' });
  });
});
