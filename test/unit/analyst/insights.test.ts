import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Interpretation } from '../../../src/analyst/analyst.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { checkInterpretation } from '../../../src/analyst/answer/grounding.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { formatPercent, formatValue, pluralLabel } from '../../../src/analyst/answer/format.js';
import { queryPlanModel } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { openShop, type ShopDatabase } from './duckdb-results.js';

const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
let shop: ShopDatabase;
beforeAll(async () => {
  shop = await openShop();
});
afterAll(() => shop.close());

/** Every citation's span holds exactly the text it claims. */
function expectSpansMatch(interpretation: Interpretation): void {
  for (const citation of interpretation.citations) {
    expect(interpretation.text.slice(citation.start, citation.end), JSON.stringify(citation)).toBe(citation.text);
  }
}

function citationFor(interpretation: Interpretation, text: string) {
  const citation = interpretation.citations.find((candidate) => candidate.text === text);
  expect(citation, `no citation for ${text} in: ${interpretation.text}`).toBeDefined();
  return citation!;
}

describe('insights', () => {
  test('a breakdown names the leader, its share of the total, the runner-up and the bottom performer', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['sales_channel'],
      sort: { by: 'revenue', direction: 'desc' },
    });
    const result = await shop.query(
      "SELECT sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 2 DESC",
    );
    const values = result.rows.map((row) => row[1] as number);
    const total = values.reduce((sum, value) => sum + value, 0);
    const insight = writeInsights(plan, result, { presentation });

    expect(insight.text).toMatch(/^Online store leads revenue with /);
    expect(insight.text).toContain(
      `${formatValue(values[0]!, 'currency')}, ${formatPercent(values[0]! / total)} of the ${formatValue(total, 'currency')} total`,
    );
    expect(insight.text).toContain(`Instagram Shop comes second with ${formatValue(values[1]!, 'currency')}`);
    expect(insight.text).toContain(`TikTok Shop is lowest at ${formatValue(values[2]!, 'currency')}`);
    expect(insight.text).toMatch(/\d\.\d× the average of \$[\d,]+\.\d\d per sales channel/);
    expectSpansMatch(insight);
    expect(citationFor(insight, formatValue(values[0]!, 'currency'))).toMatchObject({
      cells: [{ row: 0, column: 'revenue' }],
      computation: 'value',
    });
    expect(citationFor(insight, formatPercent(values[0]! / total)).computation).toBe('share of total');
    expect(citationFor(insight, formatValue(total, 'currency')).cells).toHaveLength(3);
  });

  test('"the top three together" only when the third and fourth rows differ: a tie across the cut names no three', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['country'],
      sort: { by: 'revenue', direction: 'desc' },
    });
    const rows = (third: number, fourth: number) =>
      shop.query(
        `SELECT * FROM (VALUES ('US', 900.0), ('GB', 500.0), ('CA', ${third}), ('AU', ${fourth}), ('DE', 100.0), ('FR', 50.0)) AS t(country, revenue)`,
      );
    const tied = writeInsights(plan, await rows(300, 300), { presentation });
    expect(tied.text).not.toContain('top three');
    const apart = writeInsights(plan, await rows(300, 200), { presentation });
    expect(apart.text).toContain('The top three countries together make up 82.9% of the total.');
  });

  test('a monthly series gives the total, the trend with its first and last months, and the latest change', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' },
    });
    const result = await shop.query(
      "SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS period, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1",
    );
    const values = result.rows.map((row) => row[1] as number);
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toMatch(/^Revenue in 2025 totalled \$[\d,.]+ across 12 months\./);
    expect(insight.text).toContain(
      `The trend is upward: from ${formatValue(values[0]!, 'currency')} in January 2025 to ${formatValue(values[11]!, 'currency')} in December 2025`,
    );
    const latest = (values[11]! - values[10]!) / values[10]!;
    expect(insight.text).toContain(
      `was ${latest > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(latest))} on November 2025`,
    );
    expectSpansMatch(insight);
    expect(citationFor(insight, 'January 2025')).toMatchObject({
      cells: [{ row: 0, column: 'period' }],
      computation: 'period',
    });
  });

  test('a period comparison states the change against the previous period', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
      comparison: { kind: 'previous_period' },
    });
    const result = await shop.query(
      "SELECT SUM(total) FILTER (WHERE ordered_at >= '2025-11-01' AND ordered_at < '2025-12-01') AS revenue, SUM(total) FILTER (WHERE ordered_at >= '2025-10-01' AND ordered_at < '2025-11-01') AS revenue_previous FROM orders WHERE status = 'paid'",
    );
    const [current, previous] = result.rows[0] as [number, number];
    const insight = writeInsights(plan, result, { presentation });
    const change = (current - previous) / previous;
    expect(insight.text).toBe(
      `Revenue last month was ${formatValue(current, 'currency')}, ${change > 0 ? 'up' : 'down'} ${formatValue(Math.abs(current - previous), 'currency')} (${formatPercent(Math.abs(change))}) from ${formatValue(previous, 'currency')} the month before.`,
    );
    expect(citationFor(insight, formatPercent(Math.abs(change)))).toMatchObject({
      computation: 'change vs previous period',
      cells: [
        { row: 0, column: 'revenue_previous' },
        { row: 0, column: 'revenue' },
      ],
    });
  });

  test('a comparison says where the total went, then the biggest mover by the size of its change', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['sales_channel'],
      timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-02-01' },
      comparison: { kind: 'previous_period' },
      sort: { by: 'revenue', direction: 'desc' },
    });
    // A big percentage of little (up 500% from 10) is a smaller move than down $99 (33.3%); a channel with no
    // earlier row had nothing then.
    const result = await shop.query(
      "SELECT * FROM (VALUES ('online_store', 232.0, 174.0), ('tiktok_shop', 198.0, 297.0), ('instagram_shop', 60.0, 10.0)) AS t(sales_channel, revenue, revenue_previous)",
    );
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toContain(' The total was up $9.00 (1.9%) from $481.00 in December 2025.');
    expect(insight.text).toMatch(/The biggest mover is TikTok Shop, down \$99\.00 \(33\.3%\) from \$297\.00\.$/);
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
    const fromNothing = await shop.query(
      "SELECT * FROM (VALUES ('online_store', 232.0, 174.0), ('tiktok_shop', 384.0, NULL)) AS t(sales_channel, revenue, revenue_previous)",
    );
    const risen = writeInsights(plan, fromNothing, { presentation });
    expect(risen.text).toMatch(/The biggest mover is TikTok Shop, up \$384\.00 from nothing\.$/);
    expect(checkInterpretation(risen, fromNothing, plan, { presentation })).toEqual({ ok: true });
  });

  test('a rate compared with the previous period moves in percentage points', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['engagement_rate'],
      timeRange: { kind: 'relative', unit: 'quarter', anchor: 'last', count: 1 },
      comparison: { kind: 'previous_period' },
    });
    const result = await shop.query(
      "SELECT SUM(likes + comments + shares + saves) FILTER (WHERE posted_at >= '2025-07-01') * 1.0 / SUM(reach) FILTER (WHERE posted_at >= '2025-07-01') AS engagement_rate, SUM(likes + comments + shares + saves) FILTER (WHERE posted_at < '2025-07-01') * 1.0 / SUM(reach) FILTER (WHERE posted_at < '2025-07-01') AS engagement_rate_previous FROM social_posts WHERE posted_at >= '2025-04-01' AND posted_at < '2025-10-01'",
    );
    const [current, previous] = result.rows[0] as [number, number];
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toBe(
      `Engagement rate last quarter was ${formatPercent(current)}, ${current > previous ? 'up' : 'down'} ${(Math.abs(current - previous) * 100).toFixed(1)} percentage points from ${formatPercent(previous)} the quarter before.`,
    );
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
  });

  test('a viral post is called out as an outlier against the median of every post, never of a top 10', async () => {
    const all = queryPlanModel.parse({
      kind: 'query',
      metrics: ['likes'],
      dimensions: ['post'],
      sort: { by: 'likes', direction: 'desc' },
    });
    const every = await shop.query(
      'SELECT post_id AS post, caption AS post_caption, SUM(likes) AS likes FROM social_posts GROUP BY 1, 2 ORDER BY 3 DESC',
    );
    const insight = writeInsights(all, every, { presentation });
    expect(insight.text).toMatch(
      /^“Post number 42: new drop 2\.0” leads likes with [\d,]+, [\d.]+% of the [\d,]+ total\./,
    );
    expect(insight.text).toMatch(/“Post number 42: new drop 2\.0” stands out: [\d.]+× the median of [\d,.]+\./);

    const top = { ...all, limit: 10 };
    const topTen = await shop.query(
      'SELECT post_id AS post, caption AS post_caption, SUM(likes) AS likes FROM social_posts GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10',
    );
    const topInsight = writeInsights(top, topTen, { presentation });
    expect(topInsight.text).toMatch(
      /^“Post number 42: new drop 2\.0” leads likes with [\d,]+, [\d.]+% of the [\d,]+ across these 10\./,
    );
    expect(topInsight.text).not.toMatch(/median|average/);
    expect(citationFor(topInsight, '10').computation).toBe('count of rows');
  });

  test('an empty result says there is nothing to report, with no figures', async () => {
    const plan = queryPlanModel.parse({ kind: 'query', metrics: ['revenue'], dimensions: ['sales_channel'] });
    const result = await shop.query(
      "SELECT sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'nope' GROUP BY 1",
    );
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toBe('No data matched this question, so there is nothing to report yet.');
    expect(insight.citations).toEqual([]);
  });
});

describe('the offline interpreter', () => {
  const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
  const plan = queryPlanModel.parse({
    kind: 'query',
    metrics: ['engagement'],
    dimensions: ['platform'],
    sort: { by: 'engagement', direction: 'desc' },
  });
  const sql =
    'SELECT platform, SUM(likes + comments + shares + saves) AS engagement FROM social_posts GROUP BY 1 ORDER BY 2 DESC';

  test('streams the answer a few words at a time, and the pieces add up to the answer', async () => {
    const result = await shop.query(sql);
    const deltas: string[] = [];
    const interpretation = await analyst.interpret({
      question: 'engagement by platform',
      plan,
      change: null,
      result,
      feedback: null,
      onDelta: (delta) => deltas.push(delta),
    });
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((delta) => delta.trim().split(/\s+/).length <= 4)).toBe(true);
    expect(deltas.join('')).toBe(interpretation.text);
  });

  test('puts a follow-up’s change first and its figures pass the grounding check', async () => {
    const result = await shop.query(sql);
    const change = 'Same period, last 30 days instead of last 7 days';
    const interpretation = await analyst.interpret({
      question: 'and the last 30 days?',
      plan,
      change,
      result,
      feedback: null,
      onDelta: () => {},
    });
    expect(interpretation.text.startsWith(`${change}. `)).toBe(true);
    expect(citationFor(interpretation, '30').computation).toBe('from the previous question');
    expect(analyst.checkInterpretation(interpretation, result, plan)).toEqual({ ok: true });
    const forged = {
      text: interpretation.text.replace('last 7 days', 'last 9 days'),
      citations: interpretation.citations,
    };
    expect(analyst.checkInterpretation(forged, result, plan).ok).toBe(false);
  });

  test('stops streaming when the run is cancelled', async () => {
    const result = await shop.query(sql);
    const controller = new AbortController();
    const deltas: string[] = [];
    const pending = analyst.interpret({
      question: 'q',
      plan,
      change: null,
      result,
      feedback: null,
      signal: controller.signal,
      onDelta: (delta) => {
        deltas.push(delta);
        if (deltas.length === 3) controller.abort();
      },
    });
    await expect(pending).rejects.toThrow();
    expect(deltas).toHaveLength(3);
  });
});

describe('series at their edges', () => {
  const column = (name: string, type: 'date' | 'decimal' | 'float' | 'text') => ({ name, type });

  test('a month the data does not cover in full is said to be unfinished, and never counts in the trend', () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'relative', unit: 'year', anchor: 'this', count: 1 },
    });
    const result = {
      columns: [column('period', 'date'), column('revenue', 'decimal')],
      rows: [
        ['2026-01-01', 1000],
        ['2026-02-01', 1200],
        ['2026-03-01', 300],
      ],
      rowCount: 3,
      truncated: false,
    };
    const insight = writeInsights(plan, result, { presentation, today: '2026-03-15' });
    // (Two whole months are a change from one to the other, said with no trend word.)
    expect(insight.text).toContain('It went from $1,000.00 in January 2026 to $1,200.00 in February 2026 (up 20.0%)');
    expect(insight.text).toContain('March 2026 is not over yet: $300.00 so far.');
    expect(insight.text).not.toMatch(/down/);
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
    // On the first of the next month, March is whole.
    expect(writeInsights(plan, result, { presentation, today: '2026-04-01' }).text).not.toContain('not over');
  });

  test('rows cut off by the row limit: no total, share, average or median of every row is claimed from them', () => {
    const plan = queryPlanModel.parse({ kind: 'query', metrics: ['orders'], dimensions: ['customer'] });
    const rows = Array.from({ length: 20 }, (_, index) => [`cus_${index}`, index === 0 ? 200 : 10]);
    const result = {
      columns: [column('customer', 'text'), column('orders', 'decimal')],
      rows,
      rowCount: rows.length,
      truncated: true,
    };
    const insight = writeInsights(plan, result, { presentation, today: '2026-03-15' });
    // (Session 43: not even a share of the rows returned, "across these 20", which reads as a share of all of them.)
    expect(insight.text).not.toMatch(/across these| total|average|median/);
    expect(insight.text).toContain('Only the first 20 rows were returned');
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
  });

  test('a rate by month is never averaged across months: over a period it is the ratio of sums', () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['refund_rate'],
      grain: 'month',
      timeRange: { kind: 'relative', unit: 'year', anchor: 'last', count: 1 },
    });
    const rows = [0.05, 0.06, 0.04, 0.07].map((rate, index) => [`2025-0${index + 1}-01`, rate]);
    const result = {
      columns: [column('period', 'date'), column('refund_rate', 'float')],
      rows,
      rowCount: rows.length,
      truncated: false,
    };
    const insight = writeInsights(plan, result, { presentation, today: '2026-03-15' });
    expect(insight.text).not.toMatch(/averag/i);
    // (5%, 6%, 4%, 7% is no steady rise: a Mann–Kendall test would not stand behind one.)
    expect(insight.text).toMatch(
      /^Refund rate last year moved without a steady trend: from 5\.0% in January 2025 to 7\.0% in April 2025/,
    );
    // Written by someone else, the mean of the months is rejected.
    const averaged = { text: 'Refund rate last year averaged 5.5% across 4 months.', citations: [] };
    expect(checkInterpretation(averaged, result, plan, { presentation }).ok).toBe(false);
  });

  test('a rate by platform and month names the latest month, not an average, and says "highest" where lower is better', () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['refund_rate'],
      dimensions: ['sales_channel'],
      grain: 'month',
    });
    const rows = [
      ['2026-01-01', 'online_store', 0.05],
      ['2026-01-01', 'tiktok_shop', 0.03],
      ['2026-02-01', 'online_store', 0.04],
      ['2026-02-01', 'tiktok_shop', 0.06],
    ];
    const result = {
      columns: [column('period', 'date'), column('sales_channel', 'text'), column('refund_rate', 'float')],
      rows,
      rowCount: rows.length,
      truncated: false,
    };
    const insight = writeInsights(plan, result, { presentation, today: '2026-03-15' });
    expect(insight.text).not.toMatch(/averag|contributed/i);
    expect(insight.text).toContain('In February 2026, TikTok Shop had the highest refund rate at 6.0%.');
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
  });
});

describe('values a ranking tells apart', () => {
  test('rates that differ past the first decimal are written finely enough to read as different', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['engagement_rate'],
      dimensions: ['platform'],
      sort: { by: 'engagement_rate', direction: 'desc' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('instagram', 0.07342), ('tiktok', 0.07331), ('facebook', 0.0727)) AS t(platform, engagement_rate) ORDER BY 2 DESC",
    );
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toContain('7.34%');
    expect(insight.text).toContain('7.33%');
    expect(insight.text).not.toContain('7.3%');
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
  });
});

describe('the verb a figure takes', () => {
  test('a plural head noun takes "were", whatever follows it ("customers who bought", "subscribers with invoices")', () => {
    for (const label of [
      'Customers who bought',
      'Subscribers with invoices',
      'Invoices per subscriber',
      'Orders',
      'Units sold',
    ])
      expect(pluralLabel(label), label).toBe(true);
    for (const label of ['Revenue', 'Share of customers', 'Amount billed per subscriber'])
      expect(pluralLabel(label), label).toBe(false);
  });
});

describe('a trend is only a direction a Mann–Kendall test stands behind', () => {
  test('"46, 41, 38, 49, 36, 36, 43" orders a day is no downward trend; a steady rise still is', () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['orders'],
      grain: 'day',
      timeRange: { kind: 'relative', unit: 'week', anchor: 'last', count: 1 },
    });
    const series = (values: readonly number[]) => ({
      columns: [
        { name: 'period', type: 'date' as const },
        { name: 'orders', type: 'integer' as const },
      ],
      rows: values.map((value, index) => [`2026-03-0${index + 2}`, value]),
      rowCount: values.length,
      truncated: false,
    });
    const noisy = writeInsights(plan, series([46, 41, 38, 49, 36, 36, 43]), { presentation, today: '2026-03-15' });
    expect(noisy.text).toContain('There is no steady trend: from 46');
    const rising = writeInsights(plan, series([30, 34, 33, 38, 41, 40, 45]), { presentation, today: '2026-03-15' });
    expect(rising.text).toContain('The trend is upward: from 30');
  });
});

describe('weekends against weekdays', () => {
  test('each part added up, then each over its own days: five weekdays against two weekend days (the totals alone point the other way)', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['part_of_week'],
      timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
      sort: { by: 'revenue', direction: 'desc' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('mon_fri', 73669.4), ('sat_sun', 34866.13)) AS t(part_of_week, revenue)",
    );
    const options = { presentation, today: '2026-03-15' };
    const insight = writeInsights(plan, result, options);
    // February 2026: 20 weekdays and 8 weekend days.
    expect(insight.text).toContain('Mon–Fri leads revenue');
    expect(insight.text).toMatch(
      / Per day, Sat–Sun is ahead: \$4,358\.27 \(8 days\) against \$3,683\.47 \(20 days\), 18\.3% more\.$/,
    );
    expectSpansMatch(insight);
    expect(checkInterpretation(insight, result, plan, options)).toEqual({ ok: true });
    // A per-day figure that is not the part's own over its days is caught.
    const wrong = { ...insight, text: insight.text.replace('$4,358.27', '$4,858.27') };
    expect(checkInterpretation(wrong, result, plan, options)).toMatchObject({ ok: false });
    const wrongShare = { ...insight, text: insight.text.replace('18.3% more', '28.3% more') };
    expect(checkInterpretation(wrongShare, result, plan, options)).toMatchObject({ ok: false });
  });
});

describe('sentences the café probe found untrue', () => {
  test('three months whose middle one is the highest are no downward trend (was "The trend is downward")', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-04-01' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('2025-01-01'::DATE, 6.45), ('2025-02-01'::DATE, 6.70), ('2025-03-01'::DATE, 6.07)) AS t(period, revenue)",
    );
    const insight = writeInsights(plan, result, { presentation, today: '2026-03-15' });
    expect(insight.text).toContain('There is no steady trend');
    expect(insight.text).not.toContain('The trend is');
  });

  test('a rate from 0% the period before moves in percentage points (was "up 4.5% from nothing")', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['refund_rate'],
      dimensions: ['sales_channel'],
      timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
      comparison: { kind: 'previous_period' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('online_store', 0.05, 0.05), ('tiktok_shop', 0.045, 0.0)) AS t(sales_channel, refund_rate, refund_rate_previous)",
    );
    const options = { presentation, today: '2026-03-15' };
    const insight = writeInsights(plan, result, options);
    expect(insight.text).not.toContain('from nothing');
    expect(insight.text).toContain('TikTok Shop, up 4.5 percentage points');
    expect(checkInterpretation(insight, result, plan, options)).toEqual({ ok: true });
  });
});

describe('places and ties said as they are', () => {
  test('a top 2 whose second row ties with a third says so (was a gap to one of them, as if it were second alone)', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['new_customers'],
      dimensions: ['country'],
      sort: { by: 'new_customers', direction: 'asc' },
      limit: 2,
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('CA', 2, 1), ('DE', 3, 3)) AS t(country, new_customers, new_customers_tied_rows)",
    );
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toContain('so Germany is higher by 1');
    expect(insight.text).toMatch(/ 3 countries have 3, only 1 of them shown\.$/);
    expect(checkInterpretation(insight, result, plan, { presentation })).toEqual({ ok: true });
  });

  test('"the second" where only one row has any: there is no second (was "No data matched")', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['sales_channel'],
      sort: { by: 'revenue', direction: 'desc' },
      limit: 1,
      offset: 1,
    });
    const result = await shop.query(
      'SELECT * FROM (VALUES (NULL::VARCHAR, 1.0)) AS t(sales_channel, revenue) WHERE false',
    );
    const insight = writeInsights(plan, result, { presentation });
    expect(insight.text).toBe('There is no second sales channel: fewer than two sales channels had any.');
  });
});

describe('session 39: what the sentence audit found', () => {
  const options = { presentation, today: '2026-03-15' };

  test('a month with fewer days whose change per day goes the other way says so (was "down 9.5%" alone)', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-03-01' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('2026-01-01'::DATE, 119932.03), ('2026-02-01'::DATE, 108535.53)) AS t(period, revenue)",
    );
    const insight = writeInsights(plan, result, options);
    expect(insight.text).toContain(
      '(down 9.5%). February 2026 has fewer days: per day, it was up 0.2% ($3,876.27 a day against $3,868.78).',
    );
    expect(checkInterpretation(insight, result, plan, options)).toEqual({ ok: true });
  });

  test('a series that ends in periods of none says since when (was "no steady trend … back to 0" alone); one after none is said plainly', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['orders'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-07-01' },
    });
    const ended = await shop.query(
      "SELECT * FROM (VALUES ('2025-01-01'::DATE, 0), ('2025-02-01'::DATE, 3), ('2025-03-01'::DATE, 4), ('2025-04-01'::DATE, 0), ('2025-05-01'::DATE, 0), ('2025-06-01'::DATE, 0)) AS t(period, orders)",
    );
    const stopped = writeInsights(plan, ended, options);
    expect(stopped.text).toContain('None since March 2025: every month after it had none.');
    expect(stopped.text).not.toContain('unchanged');
    expect(checkInterpretation(stopped, ended, plan, options)).toEqual({ ok: true });
    const restarted = await shop.query(
      "SELECT * FROM (VALUES ('2025-01-01'::DATE, 2), ('2025-02-01'::DATE, 3), ('2025-03-01'::DATE, 0), ('2025-04-01'::DATE, 1)) AS t(period, orders)",
    );
    const after = writeInsights(
      { ...plan, timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-05-01' } },
      restarted,
      options,
    );
    expect(after.text).toContain('The final whole month of the period, April 2025, had 1, after none in March 2025.');
  });

  test("a figure by a thing and by month says where each of a few things went, whole months only (was the leader's total alone)", async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['sales_channel'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-12-01', to: '2026-03-01' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('2025-12-01'::DATE, 'online_store', 300.0), ('2026-01-01'::DATE, 'online_store', 200.0), ('2025-12-01'::DATE, 'tiktok_shop', 100.0), ('2026-01-01'::DATE, 'tiktok_shop', 150.0), ('2026-02-01'::DATE, 'tiktok_shop', 160.0)) AS t(period, sales_channel, revenue)",
    );
    const insight = writeInsights(plan, result, options);
    expect(insight.text).toContain('Online store led revenue');
    expect(insight.text).toContain(
      'Online store went from $300.00 in December 2025 to $200.00 in January 2026, and had none after.',
    );
    expect(insight.text).toContain('TikTok Shop went from $100.00 in December 2025 to $160.00 in February 2026.');
    expect(checkInterpretation(insight, result, plan, options)).toEqual({ ok: true });
  });
});

describe('session 40: what the sentence audit found', () => {
  const options = { presentation, today: '2026-03-15' };

  test('where a thing went over the months says a peak between its ends (was "from $29.00 in April to $128.00 in June" past May\'s $157.00)', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['sales_channel'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' },
    });
    const result = await shop.query(
      "SELECT * FROM (VALUES ('2025-10-01'::DATE, 'online_store', 29.0), ('2025-11-01'::DATE, 'online_store', 157.0), ('2025-12-01'::DATE, 'online_store', 128.0), ('2025-11-01'::DATE, 'tiktok_shop', 99.0), ('2025-12-01'::DATE, 'tiktok_shop', 285.0)) AS t(period, sales_channel, revenue)",
    );
    const insight = writeInsights(plan, result, options);
    expect(insight.text).toContain(
      'Online store went from $29.00 in October 2025, peaking at $157.00 in November 2025, to $128.00 in December 2025.',
    );
    expect(insight.text).toContain('TikTok Shop went from $99.00 in November 2025 to $285.00 in December 2025.');
    expect(checkInterpretation(insight, result, plan, options)).toEqual({ ok: true });
  });
});
