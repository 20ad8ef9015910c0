import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartFor } from '../../../src/analyst/answer/chart.js';
import { queryPlanModel, type QueryPlan } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { openShop, type ShopDatabase } from './duckdb-results.js';

const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
const plan = (input: Record<string, unknown>): QueryPlan => queryPlanModel.parse({ kind: 'query', ...input });
let shop: ShopDatabase;
beforeAll(async () => {
  shop = await openShop();
});
afterAll(() => shop.close());

const chart = async (input: Record<string, unknown>, sql: string) =>
  chartFor(plan(input), await shop.query(sql), { presentation });

describe('charts', () => {
  test('a time series is a line over its periods, formatted like the metric', async () => {
    const spec = await chart(
      { metrics: ['revenue'], grain: 'month' },
      "SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS period, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1",
    );
    expect(spec).toMatchObject({
      $schema: expect.stringContaining('vega-lite'),
      mark: { type: 'line' },
      encoding: {
        x: { field: 'period', type: 'temporal', timeUnit: 'yearmonth' },
        y: { field: 'revenue', axis: { format: '$,.2f' } },
      },
    });
    expect((spec?.data as { values: unknown[] }).values).toHaveLength(12);
  });

  test('a series broken down by a dimension is one coloured line per value', async () => {
    const spec = await chart(
      { metrics: ['revenue'], dimensions: ['sales_channel'], grain: 'quarter' },
      "SELECT CAST(date_trunc('quarter', ordered_at) AS DATE) AS period, sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1, 2 ORDER BY 1, 2",
    );
    expect(spec).toMatchObject({
      mark: { type: 'line' },
      encoding: { color: { field: 'sales_channel_label', title: 'Sales channel' } },
    });
  });

  test('parts of a whole are an arc', async () => {
    const spec = await chart(
      { metrics: ['revenue'], dimensions: ['sales_channel'] },
      "SELECT sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 2 DESC",
    );
    expect(spec).toMatchObject({
      mark: { type: 'arc' },
      encoding: { theta: { field: 'revenue' }, color: { field: 'label' } },
    });
    expect((spec?.data as { values: { label: string }[] }).values.map((value) => value.label)).toEqual([
      'Online store',
      'Instagram Shop',
      'TikTok Shop',
    ]);
  });

  test('a rate by category and a top-N list are bars', async () => {
    const rate = await chart(
      { metrics: ['engagement_rate'], dimensions: ['media_type'] },
      'SELECT media_type, SUM(likes + comments + shares + saves) * 1.0 / SUM(reach) AS engagement_rate FROM social_posts GROUP BY 1',
    );
    expect(rate).toMatchObject({
      mark: { type: 'bar' },
      encoding: { x: { field: 'engagement_rate', axis: { format: '.1%' } }, y: { field: 'label', sort: '-x' } },
    });
    const top = await chart(
      { metrics: ['likes'], dimensions: ['post'], sort: { by: 'likes', direction: 'desc' }, limit: 5 },
      'SELECT post_id AS post, caption AS post_caption, likes FROM social_posts ORDER BY likes DESC LIMIT 5',
    );
    expect(top).toMatchObject({ mark: { type: 'bar' }, encoding: { y: { field: 'label', sort: null } } });
  });

  test('a single value and a wide table get no chart', async () => {
    expect(
      await chart({ metrics: ['revenue'] }, "SELECT SUM(total) AS revenue FROM orders WHERE status = 'paid'"),
    ).toBeNull();
    expect(
      await chart(
        { metrics: ['likes', 'comments', 'shares', 'saves'], dimensions: ['post'] },
        'SELECT post_id AS post, platform, media_type, likes, comments, shares, saves, reach FROM social_posts LIMIT 20',
      ),
    ).toBeNull();
  });
});

describe('a large two-way breakdown', () => {
  test('is a heatmap of its two dimensions', async () => {
    const spec = await chart(
      { metrics: ['likes'], dimensions: ['platform', 'post'] },
      'SELECT platform, post_id AS post, likes FROM social_posts ORDER BY 1, 2 LIMIT 60',
    );
    expect(spec).toMatchObject({
      mark: { type: 'rect' },
      encoding: { y: { field: 'platform_label' }, x: { field: 'post_label' }, color: { field: 'likes' } },
    });
  });
});
