import { describe, expect, test } from 'vitest';
import type { Interpretation } from '../../../src/analyst/analyst.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { queryPlanModel, type QueryPlan } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryResult, ResultColumn } from '../../../src/warehouse/warehouse.js';

/**
 * The claim check: each kind of claim an answer can make, written wrongly, is rejected with a reason, and
 * the offline writer's own answer on the same result passes. The figures in every wrong sentence are real
 * (they ground), so only the claim is at fault.
 */

const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
const plan = (input: Record<string, unknown>): QueryPlan => queryPlanModel.parse({ kind: 'query', ...input });
const column = (name: string, type: ResultColumn['type']): ResultColumn => ({ name, type });
const result = (columns: ResultColumn[], rows: (string | number | null)[][]): QueryResult => ({
  columns,
  rows,
  rowCount: rows.length,
  truncated: false,
});
const check = (text: string, forPlan: QueryPlan, forResult: QueryResult) =>
  checkInterpretation({ text, citations: [] } satisfies Interpretation, forResult, forPlan, { presentation });

const BY_CHANNEL = plan({
  metrics: ['orders'],
  dimensions: ['sales_channel'],
  sort: { by: 'orders', direction: 'desc' },
  timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
});
const TIED = result(
  [column('sales_channel', 'text'), column('orders', 'integer')],
  [
    ['online_store', 800],
    ['instagram_shop', 60],
    ['tiktok_shop', 60],
  ],
);

describe('claims about ranks', () => {
  test('a leader that is not the highest is rejected', () => {
    const verdict = check('Instagram Shop leads orders last month with 60.', BY_CHANNEL, TIED);
    expect(verdict.ok).toBe(false);
  });

  test('equal values written as a ranking are rejected: say they are tied', () => {
    const verdict = check(
      'Online store leads orders last month with 800. Instagram Shop comes second with 60. TikTok Shop is lowest at 60.',
      BY_CHANNEL,
      TIED,
    );
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining('tied') });
  });

  test('the offline answer on a tie says so and passes', () => {
    const answer = writeInsights(BY_CHANNEL, TIED, { presentation });
    expect(answer.text).not.toMatch(/comes second|is lowest/);
    expect(check(answer.text, BY_CHANNEL, TIED)).toEqual({ ok: true });
  });

  test('"leads" for a metric where lower is better is rejected, and the offline answer says "has the highest"', () => {
    const byCountry = plan({
      metrics: ['refund_rate'],
      dimensions: ['country'],
      sort: { by: 'refund_rate', direction: 'desc' },
    });
    const rates = result(
      [column('country', 'text'), column('refund_rate', 'float')],
      [
        ['GB', 0.07],
        ['US', 0.05],
        ['FR', 0.03],
      ],
    );
    expect(check('United Kingdom leads refund rate with 7.0%.', byCountry, rates)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('lower is better'),
    });
    const answer = writeInsights(byCountry, rates, { presentation });
    expect(answer.text).toMatch(/^United Kingdom has the highest refund rate/);
    expect(check(answer.text, byCountry, rates)).toEqual({ ok: true });
  });

  test('of two rows where lower is better, the first "has the higher" rate (never "the highest"), and it is checked', () => {
    const byCountry = plan({ metrics: ['refund_rate'], dimensions: ['country'] });
    const two = result(
      [column('country', 'text'), column('refund_rate', 'float')],
      [
        ['GB', 0.07],
        ['US', 0.05],
      ],
    );
    const answer = writeInsights(byCountry, two, { presentation });
    expect(answer.text).toMatch(/^United Kingdom has the higher refund rate/);
    expect(check(answer.text, byCountry, two)).toEqual({ ok: true });
    expect(check('United States has the higher refund rate with 5.0%.', byCountry, two)).toMatchObject({ ok: false });
  });

  test('"ahead by" a gap where lower is better is rejected; two values side by side say "higher by"', () => {
    const twoCountries = plan({
      metrics: ['refund_rate'],
      dimensions: ['country'],
      comparison: { kind: 'values', dimension: 'country', values: ['CA', 'GB'] },
    });
    const rates = result(
      [column('country', 'text'), column('refund_rate', 'float')],
      [
        ['CA', 0.057],
        ['GB', 0.049],
      ],
    );
    expect(
      check('United Kingdom has 4.9%, so Canada is ahead by 0.8 percentage points.', twoCountries, rates),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('lower is better') });
    const answer = writeInsights(twoCountries, rates, { presentation });
    expect(answer.text).toContain('so Canada is higher by 0.8 percentage points');
    expect(check(answer.text, twoCountries, rates)).toEqual({ ok: true });
  });
});

describe('claims about multiples and averages', () => {
  const topProducts = plan({
    metrics: ['product_revenue'],
    dimensions: ['category'],
    sort: { by: 'product_revenue', direction: 'desc' },
  });
  const revenue = result(
    [column('category', 'text'), column('product_revenue', 'decimal')],
    [
      ['apparel', 46000],
      ['home', 10000],
      ['beauty', 9000],
      ['accessories', 8479],
      ['gifts', 8000],
    ],
  );

  test('a multiple of the median attached to another row than its own is rejected', () => {
    const text =
      'Apparel leads product revenue with $46,000.00. Gifts has $8,000.00. It stands out: 5.1× the median of $9,000.00.';
    expect(check(text, topProducts, revenue)).toMatchObject({ ok: false, reason: expect.stringContaining('Gifts') });
  });

  test('the same multiple attached to its own row passes', () => {
    expect(
      check(
        'Apparel leads product revenue with $46,000.00. It stands out: 5.1× the median of $9,000.00.',
        topProducts,
        revenue,
      ),
    ).toEqual({ ok: true });
  });

  test('a rate averaged across rows is rejected: over a period it is the ratio of sums', () => {
    const byType = plan({
      metrics: ['engagement_rate'],
      dimensions: ['media_type'],
      sort: { by: 'engagement_rate', direction: 'desc' },
    });
    const rates = result(
      [column('media_type', 'text'), column('engagement_rate', 'float')],
      [
        ['carousel', 0.28],
        ['image', 0.1],
        ['reel', 0.04],
      ],
    );
    const text = 'Carousel leads engagement rate with 28.0%. That is 2.0× the average of 14.0% per media type.';
    expect(check(text, byType, rates)).toMatchObject({ ok: false, reason: expect.stringContaining('ratio of sums') });
    expect(check(writeInsights(byType, rates, { presentation }).text, byType, rates)).toEqual({ ok: true });
  });

  test('a share of the total is checked as a number: a wrong share is rejected', () => {
    const text = 'Apparel leads product revenue with $46,000.00, 75.0% of the $81,479.00 total.';
    expect(check(text, topProducts, revenue).ok).toBe(false);
  });
});

describe('claims about change and periods', () => {
  const lastMonth = plan({
    metrics: ['revenue', 'orders'],
    timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
    comparison: { kind: 'previous_period' },
  });
  const changed = result(
    [
      column('revenue', 'decimal'),
      column('revenue_previous', 'decimal'),
      column('orders', 'integer'),
      column('orders_previous', 'integer'),
    ],
    [[24614.5, 24384.1, 228, 236]],
  );

  test('a change written in the wrong direction is rejected', () => {
    expect(
      check('Revenue last month was $24,614.50, down 0.9% from $24,384.10 the period before.', lastMonth, changed),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('went up') });
    expect(check('Orders last month were 228, up 3.4% from 236 the period before.', lastMonth, changed)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('went down'),
    });
  });

  test('each metric is checked against its own previous value', () => {
    expect(check(writeInsights(lastMonth, changed, { presentation }).text, lastMonth, changed)).toEqual({ ok: true });
  });

  test('a period the answer does not cover is rejected', () => {
    expect(check('Revenue this year was $24,614.50.', lastMonth, changed)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('this year'),
    });
  });
});

describe('claims the table cannot show', () => {
  test('a cause is rejected, however true its figures: the data says what happened, not why', () => {
    const verdict = check(
      'Online store leads orders last month with 800, driven by the spring sale.',
      BY_CHANNEL,
      TIED,
    );
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining('driven by') });
    expect(
      check('Online store leads orders last month with 800 because shoppers prefer it.', BY_CHANNEL, TIED).ok,
    ).toBe(false);
  });

  test('a name that holds such a word is not a claim', () => {
    const named = result(
      [column('product', 'text'), column('product_title', 'text'), column('product_revenue', 'decimal')],
      [['p1', 'Thanks To You Mug', 120]],
    );
    const byProduct = plan({
      metrics: ['product_revenue'],
      dimensions: ['product'],
      sort: { by: 'product_revenue', direction: 'desc' },
    });
    expect(check('Thanks To You Mug has $120.00 in product revenue.', byProduct, named)).toEqual({ ok: true });
  });
});

describe('filters an answer must not leave out', () => {
  const CANCELLED = plan({
    metrics: ['orders'],
    dimensions: ['sales_channel'],
    filters: [{ dimension: 'order_status', operator: 'eq', values: ['cancelled'] }],
    sort: { by: 'orders', direction: 'desc' },
    timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
  });

  test('an answer that does not say it counts only cancelled orders is rejected', () => {
    const verdict = check('Online store leads orders last month with 800.', CANCELLED, TIED);
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringContaining('order status Cancelled') });
  });

  test('the offline answer names the filter with the metric, and passes', () => {
    const written = writeInsights(CANCELLED, TIED, { presentation });
    expect(written.text).toMatch(/^Online store leads orders for order status Cancelled last month with 800/);
    expect(checkInterpretation(written, TIED, CANCELLED, { presentation })).toEqual({ ok: true });
  });

  test('a row filtered by its name is said by its name, not its key; leaving it out is caught', () => {
    const named = plan({
      metrics: ['units_sold'],
      filters: [{ dimension: 'product', operator: 'eq', values: ['prd_48'], labels: ['Velvet Diffuser'] }],
    });
    const rows = result([column('units_sold', 'integer')], [[117]]);
    const written = writeInsights(named, rows, { presentation });
    expect(written.text).toMatch(/Velvet Diffuser/);
    expect(written.text).not.toMatch(/prd_48/);
    expect(checkInterpretation(written, rows, named, { presentation })).toEqual({ ok: true });
    expect(check('Units sold last month were 117.', named, rows)).toMatchObject({ ok: false });
  });

  test('a filter on the dimension the rows are grouped by needs no words: each row names its value', () => {
    const both = plan({
      metrics: ['orders'],
      dimensions: ['sales_channel'],
      filters: [{ dimension: 'sales_channel', operator: 'in', values: ['online_store', 'tiktok_shop'] }],
    });
    const rows = result(
      [column('sales_channel', 'text'), column('orders', 'integer')],
      [
        ['online_store', 800],
        ['tiktok_shop', 60],
      ],
    );
    expect(check('Online store leads orders with 800.', both, rows)).toEqual({ ok: true });
  });
});

describe('series and rows named in sentences', () => {
  const daily = plan({
    metrics: ['revenue'],
    grain: 'day',
    timeRange: { kind: 'absolute', from: '2026-03-01', to: '2026-03-06' },
  });
  // A spike on the first day, then a rise: the slope is upward, the first-to-last change is down.
  const spiky = result(
    [column('period', 'date'), column('revenue', 'decimal')],
    [
      ['2026-03-01', 900],
      ['2026-03-02', 300],
      ['2026-03-03', 400],
      ['2026-03-04', 500],
      ['2026-03-05', 600],
    ],
  );

  test('a trend direction the quoted first and last figures contradict is rejected', () => {
    const verdict = check(
      'The trend is upward: from $900.00 on Mar 1, 2026 to $600.00 on Mar 5, 2026 (down 33.3%).',
      daily,
      spiky,
    );
    expect(verdict.ok).toBe(false);
  });

  test('the writer says there is no steady trend when slope and ends disagree, and passes the check', () => {
    const answer = writeInsights(daily, spiky, { presentation, today: '2026-03-15' });
    expect(answer.text).toContain('There is no steady trend: from $900.00 on Mar 1, 2026 to $600.00 on Mar 5, 2026');
    expect(check(answer.text, daily, spiky)).toEqual({ ok: true });
  });

  test('a series that rose and fell back to where it began has no steady trend, never "broadly flat"', () => {
    const risen = result(
      [column('period', 'date'), column('revenue', 'decimal')],
      [
        ['2026-03-01', 0],
        ['2026-03-02', 0],
        ['2026-03-03', 198],
        ['2026-03-04', 297],
        ['2026-03-05', 0],
      ],
    );
    const answer = writeInsights(daily, risen, { presentation, today: '2026-03-15' });
    expect(answer.text).toContain('There is no steady trend: from $0.00 on Mar 1, 2026 back to $0.00 on Mar 5, 2026.');
    expect(check(answer.text, daily, risen)).toEqual({ ok: true });
  });

  test('a first week that starts before the period is not part of the trend, and is said to be partial', () => {
    const weekly = plan({
      metrics: ['revenue'],
      grain: 'week',
      timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
    });
    const weeks = result(
      [column('period', 'date'), column('revenue', 'decimal')],
      [
        ['2026-01-26', 100],
        ['2026-02-02', 900],
        ['2026-02-09', 800],
        ['2026-02-16', 700],
        ['2026-02-23', 600],
      ],
    );
    const answer = writeInsights(weekly, weeks, { presentation, today: '2026-03-15' });
    expect(answer.text).toContain('The trend is downward: from $900.00 in the week of Feb 2, 2026');
    expect(answer.text).toContain('The week of Jan 26, 2026 lies only partly in the period: $100.00');
    expect(check(answer.text, weekly, weeks)).toEqual({ ok: true });
  });

  test('a value another dimension also uses is named with its dimension; a bottom list says "second lowest"', () => {
    const byAcquisition = plan({
      metrics: ['revenue'],
      dimensions: ['acquisition_channel'],
      sort: { by: 'revenue', direction: 'asc' },
      limit: 3,
    });
    const channels = result(
      [column('acquisition_channel', 'text'), column('revenue', 'decimal')],
      [
        ['instagram', 100],
        ['email', 200],
        ['direct', 300],
      ],
    );
    const answer = writeInsights(byAcquisition, channels, { presentation, today: '2026-03-15' });
    expect(answer.text).toMatch(/^Instagram \(acquisition channel\) has the lowest revenue/);
    expect(answer.text).toContain('Email is second lowest with $200.00');
    expect(check(answer.text, byAcquisition, channels)).toEqual({ ok: true });
  });
});

describe('lists', () => {
  test('rows that are one each are listed, not ranked as a tie', () => {
    const added = plan({
      metrics: ['new_products'],
      dimensions: ['product'],
      timeRange: { kind: 'relative', unit: 'year', anchor: 'this', count: 1 },
    });
    const rows = result(
      [column('product', 'text'), column('new_products', 'integer')],
      [
        ['prd_1', 1],
        ['prd_2', 1],
        ['prd_3', 1],
      ],
    );
    const answer = writeInsights(added, rows, { presentation, today: '2026-03-15' });
    expect(answer.text).toBe('3 products added this year so far: prd_1, prd_2 and prd_3.');
    expect(check(answer.text, added, rows)).toEqual({ ok: true });
  });
});

describe('a "top 1" that other rows tie with', () => {
  test('is said to be one of them, with how many share its value', () => {
    const biggest = plan({
      metrics: ['revenue'],
      dimensions: ['order_id'],
      sort: { by: 'revenue', direction: 'desc' },
      limit: 1,
    });
    const rows = result(
      [column('order_id', 'text'), column('revenue', 'decimal'), column('revenue_tied_rows', 'integer')],
      [['ord_1', 99, 3]],
    );
    const answer = writeInsights(biggest, rows, { presentation, today: '2026-03-15' });
    expect(answer.text).toBe('ord_1 is one of 3 order IDs tied for the highest revenue: $99.00.');
    expect(check(answer.text, biggest, rows)).toEqual({ ok: true });
    const alone = result(
      [column('order_id', 'text'), column('revenue', 'decimal'), column('revenue_tied_rows', 'integer')],
      [['ord_1', 99, 1]],
    );
    expect(writeInsights(biggest, alone, { presentation, today: '2026-03-15' }).text).toBe(
      'ord_1 has the highest revenue: $99.00.',
    );
  });
});

describe('rows that share a name', () => {
  test('two posts with one caption are told apart by their key, and every claim about them is checked', () => {
    const byPost = plan({
      metrics: ['likes'],
      dimensions: ['post'],
      sort: { by: 'likes', direction: 'desc' },
      limit: 4,
    });
    const rows = result(
      [column('post', 'text'), column('post_caption', 'text'), column('likes', 'integer')],
      [
        ['post_1', 'Sunday reset', 900],
        ['post_2', 'New in: the rug', 200],
        ['post_3', 'Sunday reset', 150],
        ['post_4', 'Morning light', 100],
      ],
    );
    const written = writeInsights(byPost, rows, { presentation });
    expect(written.text).toMatch(/^“Sunday reset” \(post_1\) leads likes/);
    expect(checkInterpretation(written, rows, byPost, { presentation })).toEqual({ ok: true });
    expect(check('“Sunday reset” (post_3) leads likes with 150.', byPost, rows)).toMatchObject({ ok: false });
  });
});

describe('session 42: the sentence audit, on the offline writer', () => {
  test('two rows that moved by as much name no one biggest mover (was "Hillside, down 9" beside another down 9)', () => {
    const byChannel = plan({
      metrics: ['orders'],
      dimensions: ['sales_channel'],
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
      comparison: { kind: 'previous_period' },
    });
    const moved = result(
      [column('sales_channel', 'text'), column('orders', 'integer'), column('orders_previous', 'integer')],
      [
        ['online_store', 30, 31],
        ['instagram_shop', 3, 12],
        ['tiktok_shop', 1, 10],
      ],
    );
    const answer = writeInsights(byChannel, moved, { presentation, today: '2026-03-15' });
    expect(answer.text).not.toMatch(/biggest mover/);
    expect(check(answer.text, byChannel, moved)).toMatchObject({ ok: true });
  });

  test("a row is named by the layer's own name detail, whatever the column is called (was the bike's id)", () => {
    const named = presentationFromLayer({
      ...DEMO_SEMANTIC_LAYER,
      dimensions: DEMO_SEMANTIC_LAYER.dimensions.map((dimension) =>
        dimension.name === 'product'
          ? {
              ...dimension,
              details: [{ name: 'product_model', expression: 'products.title' }],
              nameDetail: 'product_model',
            }
          : dimension,
      ),
    });
    const byProduct = plan({
      metrics: ['units_sold'],
      dimensions: ['product'],
      sort: { by: 'units_sold', direction: 'desc' },
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
    });
    const rows = result(
      [column('product', 'text'), column('product_model', 'text'), column('units_sold', 'integer')],
      [
        ['prd_1', 'Volt Cargo', 40],
        ['prd_2', 'Roadrunner', 21],
        ['prd_3', 'Commuter E', 12],
      ],
    );
    const answer = writeInsights(byProduct, rows, { presentation: named });
    expect(answer.text).toMatch(/^Volt Cargo leads units sold/);
    expect(answer.text).not.toMatch(/prd_1/);
  });
});
