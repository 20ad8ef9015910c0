import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkInterpretation, groundText } from '../../../src/analyst/answer/grounding.js';
import { summarize } from '../../../src/analyst/answer/summary.js';
import { writeInsights } from '../../../src/analyst/answer/insights.js';
import { formatPercent, formatValue } from '../../../src/analyst/answer/format.js';
import { queryPlanModel, type QueryPlan } from '../../../src/analyst/plan.js';
import { presentationFromLayer } from '../../../src/analyst/answer/result-shape.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryResult } from '../../../src/warehouse/warehouse.js';
import { openShop, type ShopDatabase } from './duckdb-results.js';

const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
const plan = (input: Record<string, unknown>): QueryPlan => queryPlanModel.parse({ kind: 'query', ...input });

/** Plans and the SQL a compiler would produce for them, over the test shop. */
const CASES: { name: string; plan: QueryPlan; sql: string }[] = [
  {
    name: 'revenue by sales channel',
    plan: plan({ metrics: ['revenue'], dimensions: ['sales_channel'], sort: { by: 'revenue', direction: 'desc' } }),
    sql: "SELECT sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 2 DESC",
  },
  {
    name: 'revenue by month',
    plan: plan({
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' },
    }),
    sql: "SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS period, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1",
  },
  {
    name: 'revenue and orders last month vs the month before',
    plan: plan({
      metrics: ['revenue', 'orders'],
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
      comparison: { kind: 'previous_period' },
    }),
    sql: "SELECT SUM(total) FILTER (WHERE ordered_at >= '2025-11-01') AS revenue, SUM(total) FILTER (WHERE ordered_at < '2025-11-01') AS revenue_previous, COUNT(*) FILTER (WHERE ordered_at >= '2025-11-01') AS orders, COUNT(*) FILTER (WHERE ordered_at < '2025-11-01') AS orders_previous FROM orders WHERE status = 'paid' AND ordered_at >= '2025-10-01' AND ordered_at < '2025-12-01'",
  },
  {
    name: 'top posts by engagement',
    plan: plan({
      metrics: ['engagement'],
      dimensions: ['post'],
      sort: { by: 'engagement', direction: 'desc' },
      limit: 5,
    }),
    sql: 'SELECT post_id AS post, caption AS post_caption, platform AS post_platform, posted_at, likes + comments + shares + saves AS engagement FROM social_posts ORDER BY engagement DESC LIMIT 5',
  },
  {
    name: 'engagement rate by media type',
    plan: plan({
      metrics: ['engagement_rate'],
      dimensions: ['media_type'],
      sort: { by: 'engagement_rate', direction: 'desc' },
    }),
    sql: 'SELECT media_type, SUM(likes + comments + shares + saves) * 1.0 / SUM(reach) AS engagement_rate FROM social_posts GROUP BY 1 ORDER BY 2 DESC',
  },
  {
    name: 'instagram vs tiktok engagement',
    plan: plan({
      metrics: ['engagement'],
      comparison: { kind: 'values', dimension: 'platform', values: ['instagram', 'tiktok'] },
    }),
    sql: "SELECT platform, SUM(likes + comments + shares + saves) AS engagement FROM social_posts WHERE platform IN ('instagram', 'tiktok') GROUP BY 1 ORDER BY 2 DESC",
  },
  {
    name: 'likes by week',
    plan: plan({ metrics: ['likes'], grain: 'week' }),
    sql: "SELECT CAST(date_trunc('week', posted_at) AS DATE) AS period, SUM(likes) AS likes FROM social_posts GROUP BY 1 ORDER BY 1",
  },
  {
    name: 'revenue by quarter and channel',
    plan: plan({ metrics: ['revenue'], dimensions: ['sales_channel'], grain: 'quarter' }),
    sql: "SELECT CAST(date_trunc('quarter', ordered_at) AS DATE) AS period, sales_channel, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1, 2 ORDER BY 1, 2",
  },
];

let shop: ShopDatabase;
const results = new Map<string, QueryResult>();
beforeAll(async () => {
  shop = await openShop();
  for (const entry of CASES) results.set(entry.name, await shop.query(entry.sql));
});
afterAll(() => shop.close());

const resultOf = (name: string) => results.get(name)!;
const planOf = (name: string) => CASES.find((entry) => entry.name === name)!.plan;
const check = (text: string, name: string) =>
  checkInterpretation({ text, citations: [] }, resultOf(name), planOf(name), { presentation });

describe('the grounding check', () => {
  test.each(CASES.map((entry) => entry.name))('passes the real interpretation and the summary of %s', (name) => {
    const insight = writeInsights(planOf(name), resultOf(name), { presentation });
    expect(checkInterpretation(insight, resultOf(name), planOf(name), { presentation }), insight.text).toEqual({
      ok: true,
    });
    const summary = summarize(planOf(name), resultOf(name), { presentation });
    expect(checkInterpretation(summary, resultOf(name), planOf(name), { presentation }), summary.text).toEqual({
      ok: true,
    });
  });

  test('fails a tampered interpretation and names the changed figure', () => {
    const name = 'revenue by sales channel';
    const insight = writeInsights(planOf(name), resultOf(name), { presentation });
    const leader = formatValue(resultOf(name).rows[0]![1] as number, 'currency');
    const tampered = formatValue((resultOf(name).rows[0]![1] as number) * 1.37, 'currency');
    expect(insight.text).toContain(leader);
    const verdict = checkInterpretation(
      { ...insight, text: insight.text.replace(leader, tampered) },
      resultOf(name),
      planOf(name),
      { presentation },
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(`"${tampered}"`);
  });

  test('fails a tampered share and a tampered date', () => {
    const share = writeInsights(planOf('revenue by sales channel'), resultOf('revenue by sales channel'), {
      presentation,
    });
    const shareText = share.citations.find((citation) => citation.computation === 'share of total')!.text;
    expect(check(share.text.replace(shareText, '61.2%'), 'revenue by sales channel').ok).toBe(false);
    const series = writeInsights(planOf('revenue by month'), resultOf('revenue by month'), { presentation });
    expect(check(series.text.replace('January 2025', 'January 2024'), 'revenue by month')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('January 2024'),
    });
  });

  test('accepts model-style prose whose figures are computed from the result', () => {
    const rows = resultOf('revenue by sales channel').rows.map((row) => row[1] as number);
    const [online, instagram, tiktok] = rows as [number, number, number];
    const total = online + instagram + tiktok;
    const text =
      `Your online store brought in ${formatValue(online, 'currency')} — about $${Math.round(online / 1000)}k — ` +
      `${formatPercent(online / total)} of all revenue and ${formatValue(online - instagram, 'currency')} more than Instagram Shop. ` +
      `TikTok Shop is the smallest of the 3 channels at ${formatValue(tiktok, 'currency')}, roughly ${(online / tiktok).toFixed(1)}x behind the leader; ` +
      `Instagram Shop sits ${formatPercent((instagram - tiktok) / tiktok)} above it.`;
    expect(check(text, 'revenue by sales channel')).toEqual({ ok: true });
  });

  test('fails model-style prose with a hallucinated figure, naming it', () => {
    const online = resultOf('revenue by sales channel').rows[0]![1] as number;
    const text = `Your online store brought in ${formatValue(online, 'currency')}, and repeat customers made up 42.0% of it.`;
    expect(check(text, 'revenue by sales channel')).toEqual({ ok: false, reason: expect.stringContaining('"42.0%"') });
    expect(check('Revenue grew 73.4% over the year to $1.2M.', 'revenue by month')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"73\.4%".*"\$1\.2M"/),
    });
  });

  test('ignores digits inside names (post captions) but not figures next to them', () => {
    const name = 'top posts by engagement';
    const caption = resultOf(name).rows[0]![1] as string;
    expect(caption).toMatch(/\d/);
    expect(check(`“${caption}” was your best post.`, name)).toEqual({ ok: true });
    expect(check(`“${caption}” was your best post with 999,999 engagements.`, name).ok).toBe(false);
  });

  test('cites each traced number with its cells and computation', () => {
    const name = 'revenue by sales channel';
    const online = resultOf(name).rows[0]![1] as number;
    const grounding = groundText(
      `Online store made ${formatValue(online, 'currency')}.`,
      planOf(name),
      resultOf(name),
      { presentation },
    );
    expect(grounding.ungrounded).toEqual([]);
    expect(grounding.citations).toEqual([
      {
        start: 18,
        end: 18 + formatValue(online, 'currency').length,
        text: formatValue(online, 'currency'),
        cells: [{ row: 0, column: 'revenue' }],
        computation: 'value',
      },
    ]);
  });
});
