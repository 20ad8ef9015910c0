import { describe, expect, it } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { withEveryValue } from '../../../src/analyst/answer/empty-buckets.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import type { QueryResult, Warehouse } from '../../../src/warehouse/warehouse.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';
import { EVAL_TENANT, EVAL_TODAY } from '../../eval/cases.js';

/**
 * Questions as merchants type them, read for what they ask: "on avg how many items go in each order" (items per
 * order, never revenue per order by product), "the channel the order was placed on" (the orders' own channel),
 * "restrict that" with nothing before it, "the watch strap" when two products are, "our most recent month",
 * "who paid us more than $150" (the people, listed), and follow-ups that move a period forward or change a bound.
 */

const demoAsk = (question: string, history: readonly Turn[] = []): PlanDecision =>
  parseQuestion({ question, history, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });

const subscriptionsAsk = (layer: SemanticLayer, question: string, history: readonly Turn[] = []): PlanDecision =>
  parseQuestion({ question, history, today: '2025-09-16', layer });

/** The offline analyst as the agent runs it: rows looked up in the warehouse as the asking tenant, on that day. */
function askingWithLookups(layer: SemanticLayer, warehouse: Warehouse, tenant: string, today: string) {
  return (question: string) =>
    createOfflineAnalyst({ layer }).plan({
      question,
      history: [],
      today,
      lookup: (sql) => warehouse.run(sql, { tenant }),
      dialect: warehouse.dialect,
    });
}

/** The conversation so far: each question with the plan it became. */
function said(ask: (question: string, history: readonly Turn[]) => PlanDecision, ...questions: string[]): Turn[] {
  const history: Turn[] = [];
  for (const question of questions) {
    const decision = ask(question, history);
    history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return history;
}

describe('questions read as typed', () => {
  const demo = useDemoWarehouse();

  it('"on avg how many items go in each order, oct-dec 2025": units per order (was product revenue per order by product)', () => {
    expect(demoAsk('on avg how many items go in each order, oct-dec 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_per_order'], dimensions: [] },
    });
    expect(demoAsk('how many items are in the average order last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_per_order'] },
    });
  });

  it('"revenue split by the channel the order was placed on": the orders\' sales channel (was asked which channel)', () => {
    expect(demoAsk('Q3 2025 revenue split by the channel the order was placed on')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['sales_channel'] },
    });
  });

  it('"restrict that to customers in France" with nothing before it declines (was a count of French customers)', () => {
    const decision = demoAsk('Restrict that to customers in France');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain('nothing was asked before it');
    // ("Break this year's revenue down by country" is a whole question.)
    expect(demoAsk("break this year's revenue down by country")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'] },
    });
  });

  it('"which of the four categories ran the best gross margin": the top one (was a top 4)', () => {
    expect(demoAsk('In 2025 which of the four categories ran the best gross margin?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['category'], limit: 1 },
    });
  });

  it('"AOV for the 2025 holiday quarter (Oct–Dec) versus the same quarter of 2024": Q4 against Q4 (was declined)', () => {
    expect(demoAsk('AOV for the 2025 holiday quarter (Oct–Dec) versus the same quarter of 2024')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2024-10-01', to: '2025-01-01' } },
      },
    });
  });

  it('0 now against 2 the day before under two filters: no "nothing matched" note (it matched the day before)', async () => {
    expect(await demo.answer('orders from australia on the tiktok shop yesterday vs the day before')).toBe(
      'Orders for country Australia and sales channel TikTok Shop yesterday were 0, down 2 from 2 the day before.',
    );
  });

  it('"gross revenue from paid orders": the paid orders\' revenue, not asked about gross (the rows are named)', () => {
    expect(demoAsk('Gross revenue from paid orders, 1 October through 31 October 2025').kind).toBe('query');
    expect(demoAsk('gross revenue last month').kind).toBe('clarify');
  });

  it('"what share of TikTok Shop orders had a discount": of the TikTok Shop orders, said so (was declined)', async () => {
    const decision = demoAsk('what share of tiktok shop orders had a discount last month');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }], share: { conditions: true } },
    });
    if (decision.kind !== 'query') return;
    // 22 of the 104 paid TikTok Shop orders of February had a discount.
    expect((await demo.run(demo.compiled(decision.plan))).rows).toEqual([[22, 22 / 104]]);
  });

  it('"billing for our most recent month" asks: the last whole month, or this one so far', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'billing for our most recent month?')).toMatchObject({
      kind: 'clarify',
      options: [
        { label: 'Last month, the last whole one', question: 'billing for last month?' },
        { label: 'This month so far', question: 'billing for this month so far?' },
      ],
    });
    expect(subscriptionsAsk(layer, 'invoices in the current month')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'this', unit: 'month' } },
    });
  });

  it('"who paid us more than 150 bucks", "people who paid more than $150": the subscribers, listed (was declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['who paid us more than 150 bucks', 'people who paid more than $150']) {
      expect(subscriptionsAsk(layer, question)).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          dimensions: ['subscriber'],
          conditions: [{ dimension: 'subscriber', metric: 'billed', operator: 'gt', value: 150 }],
        },
      });
    }
    // "Customers who paid less than $100 total": the layer calls its subscribers customers too; listed, not summed.
    expect(subscriptionsAsk(layer, 'customers who paid less than $100 total')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], conditions: [{ operator: 'lt', value: 100 }] },
    });
  });

  it('"who was billed the most in august": the top subscriber (was the biggest invoice)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'who was billed the most in august')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['subscriber'], limit: 1 },
    });
    expect(subscriptionsAsk(layer, 'top payers last 90 days')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['subscriber'] },
    });
  });
});

describe('follow-ups that move the period or the bound', () => {
  it('"the week after" the week of June 16: June 23 – 29 (was the same week again, said as the same period)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    expect(ask('the week after', said(ask, 'billed in the week of june 16'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-06-23', to: '2025-06-30' } },
    });
    expect(ask('next month', said(ask, 'billed in july'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-08-01', to: '2025-09-01' } },
    });
  });

  it('"previous month" after "invoices last month": July (was August again)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    expect(ask('previous month', said(ask, 'invoices last month'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], timeRange: { kind: 'absolute', from: '2025-07-01', to: '2025-08-01' } },
    });
  });

  it('"more than $150" after "subscribers billed more than $300": the bound changed, the amount kept (was new subscribers)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    expect(ask('more than $150', said(ask, 'subscribers billed more than $300 in total'))).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        dimensions: ['subscriber'],
        conditions: [{ dimension: 'subscriber', metric: 'billed', operator: 'gt', value: 150 }],
      },
    });
  });

  it('"go back one more month" after February: January (was declined)', () => {
    expect(demoAsk('go back one more month', said(demoAsk, 'feb order count', 'paid ones'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-02-01' } },
    });
  });

  it('"list invoices from june" after "top 5 invoices last quarter": every June invoice (was still a top 5)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    const decision = ask('list invoices from june', said(ask, 'top 5 invoices last quarter'));
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], limit: null, timeRange: { kind: 'absolute', from: '2025-06-01' } },
    });
  });

  it('"total amount", "whats the sum" after a count of invoices: their amount billed (was declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    for (const question of ['total amount', 'whats the sum'])
      expect(ask(question, said(ask, 'invoices between 2025-06-15 and 2025-07-15'))).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], timeRange: { kind: 'absolute', from: '2025-06-15' } },
      });
    // ("Total" after a breakdown of counts is the count overall.)
    expect(demoAsk('total', said(demoAsk, 'orders by country last month'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: [] },
    });
  });

  it('"which one has the lowest margin" after the top 3 products: those 3 with their margin (was a product not in the list)', () => {
    const decision = demoAsk('which one has the lowest margin', said(demoAsk, 'top 3 products by revenue last month'));
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue', 'gross_margin'], dimensions: ['product'], limit: 3 },
    });
    // ("Which one … last year" would be a ranking of other rows: said so.)
    expect(
      demoAsk('which one had the most orders last year', said(demoAsk, 'top 3 products by revenue last month')).kind,
    ).toBe('reply');
  });

  it('"orders by country" >> "only the uk" >> "by week": the UK over the weeks (was a one-row breakdown)', () => {
    expect(demoAsk('by week', said(demoAsk, 'orders by country last month', 'only the uk'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], grain: 'week', filters: [{ dimension: 'country', values: ['GB'] }] },
    });
  });
});

describe('creators and rankings said in words', () => {
  it('"what day should i post tiktoks", "best day to post reels": the weekday their posts did best (was advice, declined)', () => {
    expect(demoAsk('what day should i post tiktoks')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['day_of_week'], filters: [{ dimension: 'platform', values: ['tiktok'] }], limit: 1 },
    });
    expect(demoAsk('best day to post reels')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], dimensions: ['day_of_week'], limit: 1 },
    });
  });

  it('"second best selling product last month": the second, one row (was declined; then the top 2 until session 38)', () => {
    expect(demoAsk('second best selling product last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['product'], limit: 1, offset: 1 },
    });
  });

  it('"Black Friday week 2025 (Nov 24 to Nov 30) versus the week before": the dates in brackets add nothing (was declined)', () => {
    expect(
      demoAsk('Discount rate during Black Friday week 2025 (Nov 24 to Nov 30) versus the week before.'),
    ).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-11-24', to: '2025-12-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });
});

describe("a third probe's findings", () => {
  const names = [
    { dimension: 'product', value: 'prd_a', label: 'Ocean Beanie' },
    { dimension: 'product', value: 'prd_b', label: 'Velvet Beanie' },
    { dimension: 'product', value: 'prd_c', label: 'Organic Hoodie' },
    { dimension: 'product', value: 'prd_d', label: 'Urban Hoodie' },
    { dimension: 'product', value: 'prd_e', label: 'Velvet Hoodie' },
  ];
  const ask = (question: string, history: readonly Turn[] = []) =>
    parseQuestion({ question, history, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });

  it('"sales of the ocean beanie vs velvet beanie last quarter": the two over Q4 (was this quarter against the one before)', () => {
    expect(ask('sales of the ocean beanie vs velvet beanie last quarter')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['product'],
        filters: [{ dimension: 'product', values: ['prd_b', 'prd_a'] }],
        timeRange: { kind: 'relative', anchor: 'last', unit: 'quarter' },
        comparison: null,
      },
    });
  });

  it('"which one sold the most" after "how many hoodies did we sell": which hoodie (was every product, the hoodies dropped)', () => {
    expect(ask('which one sold the most', said(ask, 'how many hoodies did we sell last month'))).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['product'],
        limit: 1,
        filters: [{ dimension: 'product', operator: 'in', values: ['prd_c', 'prd_d', 'prd_e'] }],
      },
    });
  });

  it('"and the most expensive" after "cheapest product": the priciest product (was declined over "expensive")', () => {
    expect(ask('and the most expensive', said(ask, 'cheapest product'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['price'], dimensions: ['product'], sort: { direction: 'desc' }, limit: 1 },
    });
  });

  it('"which customers ordered 3+ times": at least 3 orders (was declined)', () => {
    expect(ask('which customers ordered 3+ times')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], conditions: [{ operator: 'gte', value: 3 }] },
    });
  });
});

describe('dates, rankings and people as typed (session 25)', () => {
  it('"between Monday 16 and Sunday 22 February": the dated week, no filter on Mondays (was Mondays only)', () => {
    expect(demoAsk('Between Monday 16 and Sunday 22 February 2026, how many paid orders came through?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        filters: [{ dimension: 'order_status', values: ['paid'] }],
        timeRange: { kind: 'absolute', from: '2026-02-16', to: '2026-02-23' },
      },
    });
    // ("Orders on mondays in february" still filters on the weekday.)
    expect(demoAsk('orders on mondays in february')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'day_of_week', values: ['1'] }] },
    });
  });

  it('"pull my tiktok vids posted mon 2 – sun 8 march": those posts, listed (was declined over "2")', () => {
    expect(demoAsk('pull my tiktok vids posted mon 2 – sun 8 march')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], timeRange: { kind: 'absolute', from: '2026-03-02', to: '2026-03-09' } },
    });
  });

  it('"3 feb posts that reached the most people": the top 3 of February (was the one post of February 3)', () => {
    for (const question of ['3 feb posts that reached the most people', 'top 3 feb posts by reach']) {
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['reach'],
          dimensions: ['post'],
          limit: 3,
          timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
        },
      });
    }
    expect(demoAsk('3 feb orders')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-03', to: '2026-02-04' } },
    });
  });

  it('"what accessories r we selling": the accessories, listed (was one total of units sold)', () => {
    expect(demoAsk('what accessories r we selling')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [{ dimension: 'category', values: ['accessories'] }] },
    });
  });

  it('"lowest-value paid order on 14 March": the smallest paid order (was declined over "value")', () => {
    expect(demoAsk('lowest-value paid order placed on 14 March')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], sort: { direction: 'asc' }, limit: 1 },
    });
  });

  it('"orders per buyer": the layer\'s orders per customer, by any name of its people', () => {
    expect(demoAsk('orders per shopper last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders_per_customer'] },
    });
    // ("How many shoppers paid us something" stays the people who bought.)
    expect(demoAsk('how many shoppers paid us something in the last 3 weeks')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'] },
    });
  });

  it('"aug — what did subscribers get charged altogether": the month\'s total (was one row per subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'aug — what did subscribers get charged altogether')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], timeRange: { from: '2025-08-01', to: '2025-09-01' } },
    });
    expect(subscriptionsAsk(layer, 'what did pro subscribers get charged in august')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
  });

  it('"how much did the basic subscriber pay": all of them or each one is asked (was the plan\'s total)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'how much did the basic subscriber pay in august',
      'what did the emea pro subscriber get billed in june',
      'june invoices total for the pro customer',
    ]) {
      const decision = subscriptionsAsk(layer, question);
      expect(decision.kind).toBe('clarify');
      if (decision.kind !== 'clarify') continue;
      expect(decision.options).toHaveLength(2);
      for (const option of decision.options) expect(subscriptionsAsk(layer, option.question).kind).toBe('query');
    }
    expect(subscriptionsAsk(layer, 'how much did basic subscribers pay in august').kind).toBe('query');
  });
});

describe('everyday words for what was asked before (session 25)', () => {
  it('"which 3 products sold the most": the top 3 (was declined over "3")', () => {
    expect(demoAsk('Which 4 products sold the fewest units in Q3 2025?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['product'], sort: { direction: 'asc' }, limit: 4 },
    });
  });

  it('"revenue in March 2025 vs 2024": March of both years (was March 2025 against all of 2024)', () => {
    expect(demoAsk('revenue in march 2025 vs 2024')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { from: '2025-03-01', to: '2025-04-01' },
        comparison: { kind: 'period', timeRange: { from: '2024-03-01', to: '2024-04-01' } },
      },
    });
    expect(demoAsk('paid orders jul-dec 2025 vs jul-dec 2024')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { from: '2025-07-01', to: '2026-01-01' },
        comparison: { kind: 'period', timeRange: { from: '2024-07-01', to: '2025-01-01' } },
      },
    });
    expect(demoAsk('paid orders july to december 2025 vs 2024')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2024-07-01', to: '2025-01-01' } } },
    });
  });

  it('follow-ups said the way people talk: "one month earlier than that", "same number but for", "for each of the three months"', () => {
    expect(
      demoAsk('ok and one month earlier than that', said(demoAsk, 'what did feb bring in, revenue wise')),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { from: '2026-01-01', to: '2026-02-01' } },
    });
    expect(
      demoAsk('same number but for tiktok videos', said(demoAsk, 'avg likes on my instagram reels in feb')),
    ).toMatchObject({
      kind: 'query',
      plan: {
        filters: [
          { dimension: 'platform', values: ['tiktok'] },
          { dimension: 'media_type', values: ['video'] },
        ],
      },
    });
    expect(demoAsk('show it for each of the three months', said(demoAsk, 'gross profit for Q3 2025'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'], grain: 'month' },
    });
    expect(demoAsk('my reach month by month over 2025')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', timeRange: { from: '2025-01-01', to: '2026-01-01' } },
    });
  });

  it('"— names please", "ids please": the rows listed; "fall short of": lower than; "cut it by": broken down by', async () => {
    expect(demoAsk('Beauty items currently priced over $40 — names please')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'every invoice for basic subscribers in july, ids please')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'] },
    });
    expect(subscriptionsAsk(layer, "did aug billing fall short of july's?")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], comparison: { kind: 'previous_period' } },
    });
    const asked = said(
      (question, history) => subscriptionsAsk(layer, question, history),
      'new subscriber total for may 2025',
    );
    expect(subscriptionsAsk(layer, 'now cut it by emea / americas', asked)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'] },
    });
  });
});

describe('periods a probe found misread (session 25)', () => {
  it('"same days last week" after this week so far compares the same days (was all of last week, by day)', () => {
    expect(demoAsk('same days last week', said(demoAsk, 'orders this week so far'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], grain: null, comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('revenue same week last year')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'relative', anchor: 'this', unit: 'week' },
        comparison: { kind: 'period', timeRange: { from: '2025-03-09', to: '2025-03-15' } },
      },
    });
    // ("The same day last week" after yesterday stays one day.)
    expect(demoAsk('the same day last week', said(demoAsk, 'orders yesterday'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-07', to: '2026-03-08' } },
    });
  });

  it('"orders 1/3 - 7/3" on March 15 asks day first or month first (was January 3 – July 3 of last year)', () => {
    const decision = demoAsk('orders 1/3 - 7/3');
    expect(decision.kind).toBe('clarify');
    if (decision.kind === 'clarify')
      expect(decision.options.map((option) => option.question)).toEqual([
        'orders March 1 to March 7',
        'orders January 3 to July 3',
      ]);
    // ("Since 2/16" and "3/1-3/7" read one way only.)
    expect(demoAsk('orders since 2/16').kind).toBe('query');
    expect(demoAsk('revenue 3/1-3/7')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2026-03-01', to: '2026-03-08' } },
    });
  });
});

describe('session 26: words and follow-ups read as typed', () => {
  const demo = useDemoWarehouse();

  it('"now only German buyers" after paid orders by channel: the same orders, from Germany (was customers)', () => {
    const history = said(demoAsk, 'Paid orders per sales channel in January 2026');
    expect(demoAsk('Now only German buyers, please', history)).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'order_status' }, { dimension: 'country', values: ['DE'] }],
      },
    });
  });

  it('"frm", "or nah", "next to", "drew", "per head", "portion … came to us from", "all statuses included"', () => {
    const cases: [string, object][] = [
      [
        'new custs frm tiktok since sept',
        { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel' }] },
      ],
      ['saves: jan beat dec or nah', { metrics: ['saves'], comparison: { kind: 'previous_period' } }],
      ['did saves go up in jan or not', { metrics: ['saves'] }],
      [
        'Jan–Mar 2025 takings on the web store next to IG Shop',
        { metrics: ['revenue'], comparison: { kind: 'values' } },
      ],
      ['jan: what post of mine drew the biggest comment count', { metrics: ['comments'], limit: 1 }],
      [
        '2024: total sales spread over every distinct buyer, per head',
        { metrics: ['revenue_per_customer'], dimensions: [] },
      ],
      [
        'of everybody who signed up during 2025, what portion came to us from instagram',
        { metrics: ['new_customers'], share: { dimension: 'acquisition_channel' } },
      ],
      [
        "Of last week's orders, all statuses included, what proportion were placed on TikTok Shop?",
        { metrics: ['orders'], share: { dimension: 'sales_channel' } },
      ],
      ['how many january orders did we end up giving the money back on', { filters: [{ values: ['refunded'] }] }],
      ['how many february orders ended in a cancellation', { filters: [{ values: ['cancelled'] }] }],
      ['sales for the mon–sun just gone', { timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
  });

  it('"break that out by", "run it again but for january", "the week preceding that one": follow-ups', () => {
    expect(
      demoAsk('Break that out by product category', said(demoAsk, 'What was gross margin across the whole of 2025?')),
    ).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['category'] },
    });
    const cancelled = said(demoAsk, 'how many february orders ended in a cancellation', 'narrow to IG shop');
    expect(demoAsk('run it again but for january please', cancelled)).toMatchObject({
      kind: 'query',
      plan: { filters: [{ values: ['cancelled'] }, { values: ['instagram_shop'] }], timeRange: { from: '2026-01-01' } },
    });
    expect(
      demoAsk('ok, and the week preceding that one', said(demoAsk, 'sales for the mon–sun just gone')),
    ).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2026-02-23', to: '2026-03-02' } },
    });
  });

  it('"which plan is our largest", "our biggest market": by what is asked (was the top plan by billing)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const decision of [
      subscriptionsAsk(layer, 'which plan is our largest?'),
      demoAsk('which country is our biggest market'),
    ])
      expect(decision.kind).toBe('clarify');
    // (Things ranked by their own size are not groups: "the biggest order", "biggest spenders".)
    expect(demoAsk('biggest order last month')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
    expect(demoAsk('Who are our ten biggest spenders of all time?')).toMatchObject({ kind: 'query' });
  });

  it('"the subscriber who signed up in may", "active subs", "may customers — what\'s the number" are asked', async () => {
    const layer = await loadSubscriptionsLayer();
    const joined = subscriptionsAsk(layer, 'the subscriber who signed up in may — how much have they been billed');
    expect(joined).toMatchObject({ kind: 'clarify' });
    if (joined.kind === 'clarify')
      expect(joined.options.map((option) => option.question)).toEqual([
        'subscribers who signed up in may — how much have they been billed',
        'each subscriber who signed up in may — how much have they been billed',
      ]);
    for (const question of ['active subs count for june', "may customers — what's the number"])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'clarify' });
  });

  it('"UK or France: where did more new customers come from", "split by where the buyer lives": the country', () => {
    expect(demoAsk('UK or France: where did more new customers come from in 2025?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], comparison: { kind: 'values', dimension: 'country' } },
    });
    expect(demoAsk('July–September 2025 paid sales, split by where the buyer lives')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'] },
    });
  });

  it('"which orders from new year\'s day got refunded? ids": listed; "name the three …": the top three', () => {
    expect(demoAsk("which orders from new year's day got refunded? ids")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], filters: [{ values: ['refunded'] }] },
    });
    expect(demoAsk('across 2025, name the three products with the highest margin percentage')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 3 },
    });
  });

  it('"who was inv_ac_018 billed to", "when was invoice inv_ac_020 issued": the row\'s people, the row (was its amount)', async () => {
    const layer = await loadSubscriptionsLayer();
    const names = [
      { dimension: 'invoice_id', value: 'inv_ac_018', label: 'inv_ac_018' },
      { dimension: 'invoice_id', value: 'inv_ac_020', label: 'inv_ac_020' },
    ];
    const ask = (question: string) => parseQuestion({ question, history: [], today: '2025-09-16', layer, names });
    expect(ask('who was inv_ac_018 billed to')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], filters: [{ dimension: 'invoice_id', values: ['inv_ac_018'] }] },
    });
    expect(ask('when was invoice inv_ac_020 issued')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'invoice_id', values: ['inv_ac_020'] }] },
    });
  });

  it('"show me sub_ac_03", "when did sub_ac_07 join": the subscriber with its own figure (was asked which figure)', async () => {
    const layer = await loadSubscriptionsLayer();
    const names = [
      { dimension: 'subscriber', value: 'sub_ac_03', label: 'sub_ac_03', noun: 'subscriber' },
      { dimension: 'subscriber', value: 'sub_ac_07', label: 'sub_ac_07', noun: 'subscriber' },
    ];
    const ask = (question: string) => parseQuestion({ question, history: [], today: '2025-09-16', layer, names });
    for (const [question, key] of [
      ['show me sub_ac_03', 'sub_ac_03'],
      ['when did sub_ac_07 join?', 'sub_ac_07'],
    ] as const)
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['subscriber'], filters: [{ dimension: 'subscriber', values: [key] }] },
      });
  });

  it('"outstanding by customer", "tot billed to basic custs since jun 1" (were declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'outstanding by customer')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['subscriber'], filters: [{ values: ['open'] }] },
    });
    expect(subscriptionsAsk(layer, 'tot billed to basic custs since jun 1')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'plan', values: ['basic'] }] },
    });
  });

  it('"which months did we bill more than 300" declines (was each invoice over $300, by month)', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'which months did we bill more than 300');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain("can't pick months by their own total");
  });

  it('"how much do we get per invoice from pro", "how much money came in in june", "collect", "invoices by status"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much do we get per invoice from pro')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], perRow: 'invoice_id', filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
    for (const question of ['how much money came in in june', 'how much did we collect in june'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
      });
    expect(subscriptionsAsk(layer, 'invoices by status')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], dimensions: ['invoice_status'] },
    });
    // (Where money is the figure's own, "came in" is that money: the demo's revenue.)
    expect(demoAsk('how much money came in in june')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
  });

  it('one order or post by its key: its money, its lines, its buyer, its date (was "Orders … were 1")', async () => {
    const names = [
      { dimension: 'order_id', value: 'ord_dm_0024986', label: 'ord_dm_0024986', noun: 'order' },
      { dimension: 'post', value: 'post_dm_00500', label: 'post_dm_00500', noun: 'post' },
      { dimension: 'post', value: 'post_dm_00501', label: 'post_dm_00501', noun: 'post' },
    ];
    const ask = (question: string, history: readonly Turn[] = []) =>
      parseQuestion({ question, history, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    const planOf = (question: string) => {
      const decision = ask(question);
      if (decision.kind !== 'query') throw new Error(question);
      return decision.plan;
    };
    expect(planOf('how much was ord_dm_0024986')).toMatchObject({ metrics: ['revenue'], dimensions: [] });
    expect(planOf('whats in order ord_dm_0024986')).toMatchObject({ metrics: ['units_sold'], dimensions: ['product'] });
    expect(planOf('who placed order ord_dm_0024986')).toMatchObject({ metrics: ['revenue'], dimensions: ['customer'] });
    const shown = planOf('show me order ord_dm_0024986');
    const answered = await demo.answer('show me order ord_dm_0024986', {
      plan: shown,
      result: await demo.run(demo.compiled(shown)),
    });
    expect(answered).toBe('ord_dm_0024986, ordered on Mar 14, 2026, revenue $278.97.');
    // ("And post_dm_00501?" after its likes: the likes of the other post, never a count of it.)
    expect(ask('and post_dm_00501?', said(ask, 'likes on post_dm_00500'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], filters: [{ dimension: 'post', values: ['post_dm_00501'] }] },
    });
    // (A product named by its title is a thing asked about, not a row looked up: its paid orders are counted.)
    const titled = parseQuestion({
      question: 'how many paid orders in january included the coastal chinos',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
      names: [{ dimension: 'product', value: 'prd_dm_0040', label: 'Coastal Chinos' }],
    });
    expect(titled).toMatchObject({ kind: 'query', plan: { metrics: ['orders_with_product'], dimensions: [] } });
  });

  it('"revenue by month where revenue > 150k" declines (was each order over $150,000, by month)', () => {
    const decision = demoAsk('revenue by month where revenue > 150k');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain("can't pick months by their own total");
  });

  it('"billed vs collected in july": billed by invoice status (was the paid part alone)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'billed vs collected in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_status'], filters: [] },
    });
  });

  it('"how much are all joggers": each one\'s price (was units sold); the option says "joggers", not "joggerses"', () => {
    const names = ['Coastal Joggers', 'Minimal Joggers', 'Organic Joggers'].map((label, at) => ({
      dimension: 'product',
      value: `prd_${at}`,
      label,
    }));
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    expect(ask('how much are all joggers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['price'], dimensions: ['product'] },
    });
    const which = ask('how much are the joggers');
    expect(which.kind).toBe('clarify');
    if (which.kind === 'clarify') expect(which.options.at(-1)?.question).toBe('how much are all joggers');
  });

  it('"top posts in december": the last of the ten "rounds out the top 10" (read as third after "second")', async () => {
    expect(await demo.answer('top posts in december')).toMatch(/ rounds out the top 10 at [\d,]+\.$/);
  });

  it('"total refunded this year", "when did we have our biggest sales day", "when did we sell the most …"', () => {
    expect(demoAsk('total refunded this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(demoAsk('when did we have our biggest sales day')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], grain: 'day', limit: 1 },
    });
    expect(demoAsk('when did we get the most signups')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], grain: 'month', limit: 1 },
    });
    // (No figure said: which one is asked, never one picked.)
    expect(demoAsk('when was our best month ever').kind).toBe('clarify');
  });

  it('"which one is bigger" after two values compared: the comparison again (was declined)', () => {
    const history = said(demoAsk, 'instagram shop vs tiktok shop revenue last month');
    expect(demoAsk('which one is bigger', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], comparison: { kind: 'values', values: ['instagram_shop', 'tiktok_shop'] } },
    });
  });

  it('"march engagement vs last year": the same days of March a year earlier (was the whole of 2025)', () => {
    expect(demoAsk('march engagement vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2025-03-01', to: '2025-03-15' } } },
    });
    expect(demoAsk('q4 revenue vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2024-10-01', to: '2025-01-01' } } },
    });
    // (A year against last year is as said: this year so far against the same days of last year.)
    expect(demoAsk('revenue this year vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"posts w over 10k likes", "how much does the velvet hoodie cost" (price or unit cost, asked since session 48; "cost us" is its unit cost)', () => {
    expect(demoAsk('posts w over 10k likes')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'likes', value: 10000 }] },
    });
    const names = [{ dimension: 'product', value: 'prd_x', label: 'Velvet Hoodie' }];
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    expect(ask('how much does the velvet hoodie cost')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Price' }, { label: 'Unit cost' }],
    });
    expect(ask('what does a single velvet hoodie cost')).toMatchObject({ kind: 'query', plan: { metrics: ['price'] } });
    expect(ask('how much does the velvet hoodie cost us')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['unit_cost'] },
    });
  });

  it('"revenue from posts posted in january": the posts made then, never the orders of January said as theirs', () => {
    // (Declined in session 26; since session 31 the posts made then, their revenue whenever it came.)
    for (const question of ['revenue from posts posted in january', 'top 3 posts i published in 2025 by revenue'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { timeRange: { kind: 'all' }, joined: { table: 'social_posts', made: true } },
      });
    // (Figures of the posts themselves are dated by their posting: answered.)
    expect(demoAsk('how many posts did i publish in january')).toMatchObject({ kind: 'query' });
  });

  it('"tiktok\'s share of total likes by month": the share\'s own series is said (was only the likes)', async () => {
    expect(await demo.answer("tiktok's share of total likes by month this year")).toContain(
      'Share of likes for platform TikTok this year so far went from 48.6% in January 2026 to 41.4% in February 2026',
    );
  });

  it('"average likes per day this month": likes per day (was the per-post average, by day)', async () => {
    for (const question of ['average likes per day this month', 'avg daily likes this month'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['likes'], per: 'day', grain: null },
      });
    expect(await demo.answer('average likes per day this month')).toBe(
      'Likes per day this month so far were 3,352.50.',
    );
    // ("Average likes per post" is the layer's own average.)
    expect(demoAsk('average likes per post this month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['avg_likes'] },
    });
  });

  it('"how much money did we ask our subscribers for in july": the amount billed', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much money did we ask our subscribers for in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [] },
    });
  });
});

describe('session 27: words that never change the question, and words said another way', () => {
  it('a word of how the question is put is read past ("booked", "trace", "who won", "sit", "later")', async () => {
    const layer = await loadSubscriptionsLayer();
    const cases: [string, object][] = [
      ['Total paid revenue booked in December 2024?', { metrics: ['revenue'], dimensions: [] }],
      [
        'Trace gross profit across July to December 2025, one figure per calendar month',
        { metrics: ['gross_profit'], grain: 'month' },
      ],
      ['likes in january, facebook vs instagram, who won', { metrics: ['likes'], comparison: { kind: 'values' } }],
      [
        'orders placed dec 31 2025 that later got cancelled, number',
        { metrics: ['orders'], filters: [{ values: ['cancelled'] }] },
      ],
      [
        'Paid orders placed 10 February 2026 to 20 February 2026, inclusive of both ends',
        { metrics: ['orders'], timeRange: { from: '2026-02-10', to: '2026-02-21' } },
      ],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    expect(subscriptionsAsk(layer, 'How many subscribers sit in each region?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'] },
    });
    // "Both days counted" is no breakdown by day.
    expect(subscriptionsAsk(layer, 'invoices dated 1 may to 20 may, both days counted')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], grain: null, timeRange: { from: '2025-05-01', to: '2025-05-21' } },
    });
  });

  it('words a probe found answered wrong once read past: behind, trailed, ahead of, counting, inclusive, beat, win', async () => {
    expect(demoAsk('which country is behind on aov last quarter')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'], sort: { by: 'average_order_value', direction: 'asc' }, limit: 1 },
    });
    expect(demoAsk('which product trailed in units sold last month')).toMatchObject({
      kind: 'query',
      plan: { sort: { by: 'units_sold', direction: 'asc' }, limit: 1 },
    });
    expect(demoAsk('how far ahead of last year are we on revenue')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [], timeRange: { anchor: 'this', unit: 'year' } },
    });
    expect(demoAsk('did we win more customers on tiktok or instagram last quarter')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], comparison: { kind: 'values', dimension: 'acquisition_channel' } },
    });
    expect(demoAsk('how many orders did we clock up last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [] },
    });
    for (const question of [
      'which sales channel is behind this year',
      'which region is ahead this quarter',
      'order count counting cancelled ones this month',
      'orders this month, cancelled included',
      'revenue inclusive of refunded orders last month',
      'posts that beat their average engagement',
    ])
      expect(demoAsk(question).kind, question).not.toBe('query');
    // ("Later bought again": bought more than once.)
    expect(demoAsk('customers who later bought again')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'orders', operator: 'gte', value: 2 }] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'billed per month this year, counting open invoices').kind).not.toBe('query');
  });

  it('a word that could change the answer still asks or declines ("arrived late", "churned", "lately", "ad spend")', () => {
    for (const question of [
      'what was our ad spend last month',
      'which customers churned in march',
      'how are sales lately',
      'how many orders arrived late last week',
    ])
      expect(demoAsk(question).kind, question).not.toBe('query');
  });

  it('nouns made of a verb, idioms and short years: "account creations", "joiners", "cyber mon 25", "jul-dec 25"', async () => {
    const layer = await loadSubscriptionsLayer();
    const cases: [string, object][] = [
      [
        'weekly account creations, eight whole weeks back from this monday',
        { metrics: ['new_customers'], grain: 'week', timeRange: { kind: 'relative', unit: 'week', count: 8 } },
      ],
      [
        'Account openings from Black Friday 2025 up to today, a single count',
        { metrics: ['new_customers'], timeRange: { from: '2025-11-28' } },
      ],
      ['rev cyber mon 25', { metrics: ['revenue'], timeRange: { from: '2025-12-01', to: '2025-12-02' } }],
      ['gm% jul-dec 25', { metrics: ['gross_margin'], timeRange: { from: '2025-07-01', to: '2026-01-01' } }],
      ['aov ths wk', { metrics: ['average_order_value'], timeRange: { anchor: 'this', unit: 'week' } }],
      [
        'count my uploads in the ten days up to yesterday',
        { metrics: ['posts'], timeRange: { anchor: 'last', unit: 'day', count: 10 } },
      ],
      [
        'daily paid order numbers mon thru today',
        { metrics: ['orders'], grain: 'day', timeRange: { from: '2026-03-09' } },
      ],
      [
        'how many products have a price tag over 100',
        { conditions: [{ metric: 'price', operator: 'gt', value: 100 }] },
      ],
      [
        "Of February's paid orders, how many exceeded $250 in total value?",
        { metrics: ['orders'], conditions: [{ metric: 'revenue', value: 250 }] },
      ],
      ['how often did ppl pass my posts along to friends in feb', { metrics: ['shares'] }],
      [
        'how many orders got called off this month before anyone was charged',
        { metrics: ['orders'], filters: [{ values: ['cancelled'] }] },
      ],
      ["How much did we knock off customers' paid orders as money-off during January?", { metrics: ['discounts'] }],
      [
        'since october, what fraction of new sign-ups arrived via paid search',
        { metrics: ['new_customers'], share: { dimension: 'acquisition_channel' } },
      ],
      [
        'Over calendar 2025, on which selling channel were orders most often cancelled (by rate)?',
        { metrics: ['cancellation_rate'], dimensions: ['sales_channel'], limit: 1 },
      ],
      ['orders this mo by how the buyer first found us', { metrics: ['orders'], dimensions: ['acquisition_channel'] }],
      [
        "where in the world did january's new accounts come from, count per nation",
        { metrics: ['new_customers'], dimensions: ['country'] },
      ],
      [
        'How did money-off on paid orders this past December measure up to the December before it (2024)?',
        {
          metrics: ['discounts'],
          timeRange: { from: '2025-12-01' },
          comparison: { kind: 'period', timeRange: { from: '2024-12-01' } },
        },
      ],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    expect(demoAsk("which of valentine's day's orders were cancelled? give me the ids")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], filters: [{ values: ['cancelled'] }] },
    });
    expect(subscriptionsAsk(layer, 'more joiners in may or in april')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'] },
    });
    expect(subscriptionsAsk(layer, 'Headcount of every subscriber on our books')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: [], timeRange: { kind: 'all' } },
    });
    expect(subscriptionsAsk(layer, 'basic tier as a share of the whole subscriber base')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], share: { dimension: 'plan' } },
    });
    expect(subscriptionsAsk(layer, 'sum invoiced in the 30 days to yesterday')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], timeRange: { anchor: 'last', unit: 'day', count: 30 } },
    });
  });

  it('"units sold on paid orders": the paid status, never the paid search channel (was answered as paid search)', () => {
    expect(demoAsk('units sold on paid orders during Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], filters: [{ dimension: 'order_status', values: ['paid'] }] },
    });
    // "Paid search orders" is the channel.
    expect(demoAsk('units sold on paid search orders in q4 2025')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'acquisition_channel', values: ['paid_search'] }] },
    });
  });

  it('"the rug", "the sweater": one of several asked about, however short the word (was declined, or all of them)', () => {
    const names = [
      { dimension: 'product', value: 'prd_a', label: 'Cloud Rug' },
      { dimension: 'product', value: 'prd_b', label: 'Alpine Rug' },
      { dimension: 'product', value: 'prd_c', label: 'Vintage Sweater' },
      { dimension: 'product', value: 'prd_d', label: 'Velvet Sweater' },
    ];
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    for (const question of [
      'how many of the rug did we sell last mo',
      'Quantity of the sweater shipped on paid orders during Q4 2025',
    ])
      expect(ask(question), question).toMatchObject({ kind: 'clarify' });
    expect(ask('how many rugs did we sell last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'product', values: ['prd_a', 'prd_b'] }] },
    });
  });

  it('"keep only buyers whose country is Canada" after paid revenue by channel: the same revenue, from Canada', () => {
    const history = said(demoAsk, 'Paid revenue by sales channel for February 2026');
    for (const question of ['Keep only buyers whose country is Canada', 'just the customers in Canada'])
      expect(demoAsk(question, history), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['revenue'],
          dimensions: ['sales_channel'],
          filters: [{ dimension: 'order_status' }, { dimension: 'country', values: ['CA'] }],
        },
      });
  });
});

describe('session 27: counts, comparisons and follow-ups the twenty-third set found answered wrong', () => {
  it('"customers who placed exactly one paid order": that many and no other (was every customer who bought)', () => {
    for (const [question, count] of [
      ['How many customers placed exactly one paid order during calendar 2025?', 1],
      ['how many customers had one order in 2025', 1],
      ['how many customers placed exactly 3 orders in 2025', 3],
    ] as const)
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['customers_who_bought'],
          conditions: [
            { metric: 'orders', operator: 'gte', value: count },
            { metric: 'orders', operator: 'lte', value: count },
          ],
        },
      });
  });

  it('"3 orders or more", "2 orders or fewer": at least, at most (was exactly that many)', () => {
    expect(demoAsk('customers who placed 3 orders or more in 2025')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'orders', operator: 'gte', value: 3 }] },
    });
    expect(demoAsk('customers with 2 orders or fewer in 2025')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'orders', operator: 'lte', value: 2 }] },
    });
  });

  it('"this wk so far vs all of last wk": the whole of last week (was its same days)', () => {
    expect(demoAsk('rev so far this wk vs all of last wk')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { anchor: 'this', unit: 'week' },
        comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 1 } },
      },
    });
    // Without "so far", the same days of last week, as before. (Session 32: "so far" said of this week alone makes
    // last week the whole of it, as every blind evaluation writer read it.)
    expect(demoAsk('rev this wk vs last wk')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('rev so far this wk vs last wk')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 1 } } },
    });
  });

  it('"bill count", then "same thing for the month after": invoices, in August (was amount billed, by month)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    const history = said(ask, 'july emea bill count');
    expect(history[0]?.plan).toMatchObject({ metrics: ['invoices'] });
    for (const question of ['same thing for the month after', 'same thing the month after'])
      expect(ask(question, history), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['invoices'], grain: null, timeRange: { from: '2025-08-01', to: '2025-09-01' } },
      });
    expect(ask('which subscribers signed up in april? ids pls')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['subscriber'] },
    });
  });
});

describe('session 27: what two probes found (verbs that change a question, reports)', () => {
  it('"customers who signed up in 2025 and eventually bought": declined, naming both (was every sign-up, listed)', () => {
    for (const question of [
      'customers who signed up in 2025 and eventually bought',
      'how many customers joined in january and ordered in february',
    ]) {
      const decision = demoAsk(question);
      expect(decision.kind, question).toBe('reply');
      expect(decision.kind === 'reply' ? decision.text : '').toContain('two things they did');
    }
  });

  it('"on a typical day last month how many orders came in": orders per day (was revenue per order, by day)', () => {
    for (const question of [
      'on a typical day last month how many orders came in',
      'how many orders on an average day last month',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['orders'], per: 'day', grain: null },
      });
  });

  it('"total $ of cancelled orders": their money (was their count); "bought again after their first order": repeat buyers', () => {
    expect(demoAsk('total $ of cancelled orders q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ values: ['cancelled'] }] },
    });
    expect(demoAsk('how many customers bought again after their first order')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], conditions: [{ metric: 'orders', operator: 'gte', value: 2 }] },
    });
  });

  it('"orders excluding cancelled": the interpretation says the paid-only condition still holds', () => {
    const decision = demoAsk('orders last month excluding cancelled');
    if (decision.kind !== 'query') throw new Error('not a query');
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, '2026-03-15').notes).toContain(
      'Orders always counts only order status Paid; leaving out Cancelled narrows that, it adds no other order status.',
    );
  });

  it('"how much did we ask our subscribers for", "get charged": the amount billed, whatever was collected', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'how much money did we ask our subscribers for in july',
      'how much did our subscribers get charged in july',
      'what did pro subscribers pay in july',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          filters: expect.not.arrayContaining([expect.objectContaining({ dimension: 'invoice_status' })]),
        },
      });
  });
});

describe('session 27: rankings and one row, as a report asks them', () => {
  const demo = useDemoWarehouse();

  it('"rank them by units sold instead" after the bottom 5: the bottom 5 by units (was the top 5, with units added)', () => {
    for (const chain of [
      ['bottom 5 products by revenue last month', 'rank them by units sold instead'],
      ['bottom 5 products by revenue last month', 'and the bottom 5?', 'what about units instead'],
    ]) {
      const history = said(demoAsk, ...chain.slice(0, -1));
      expect(demoAsk(chain.at(-1) as string, history), chain.join(' >> ')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['units_sold'], sort: { by: 'units_sold', direction: 'asc' }, limit: 5 },
      });
    }
  });

  it('"how much were the bills in june", "what did the june invoices come to": their money (was their count)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['how much were the bills in june', 'what did the june invoices come to'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'] },
      });
  });

  it('"where does the uk sit in revenue ranking": the whole ranking of countries (was the uk alone)', () => {
    expect(demoAsk('where does the uk sit in revenue ranking this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'], filters: [], sort: { direction: 'desc' } },
    });
  });

  it('"subscribers who have paid every month since signing up": declined (was a trend by month)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how many subscribers have paid every month since signing up').kind).toBe('reply');
    // "Each month since april" is a series, as ever.
    expect(subscriptionsAsk(layer, 'billing each month since april')).toMatchObject({ kind: 'query' });
  });

  it('"which category does the cedar backpack belong to": its category, no other category at 0', async () => {
    const names = [{ dimension: 'product', value: 'prd_dm_cedar', label: 'Cedar Backpack' }];
    const decision = parseQuestion({
      question: 'which category does the cedar backpack belong to',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
      names,
    });
    if (decision.kind !== 'query') throw new Error('not answered');
    expect(decision.plan).toMatchObject({ dimensions: ['category'], filters: [{ dimension: 'product' }] });
    const raw = {
      columns: [
        { name: 'category', type: 'VARCHAR' },
        { name: 'product_revenue', type: 'DOUBLE' },
      ],
      rows: [['accessories', 50858.77]],
      rowCount: 1,
      truncated: false,
    } as never;
    const completed = withEveryValue(raw, decision.plan, DEMO_SEMANTIC_LAYER);
    expect(completed.rows).toEqual([['accessories', 50858.77]]);
    const text = await demo.answer('which category does the cedar backpack belong to', {
      plan: decision.plan,
      result: completed,
    });
    expect(text).not.toMatch(/\$0\.00|leads|ahead/);
  });
});

describe('session 27: what the creator and the example-layer probes found', () => {
  it('asks or declines where one plan cannot hold what was asked (was answered as something else)', () => {
    for (const question of [
      'avg likes per reel vs per tiktok video',
      'best and worst day for tiktok engagement rate',
      "engagement rate for posts mentioning 'off' vs the rest",
      'revenue by country 2025, top 3 and the rest',
    ])
      expect(demoAsk(question).kind, question).toBe('reply');
    const history = said(demoAsk, 'refunded $ by sales channel last quarter', 'which was biggest');
    expect(demoAsk("as a share of that channel's sales", history).kind).toBe('reply');
    // "And the rest?" after a top 5 still widens it.
    expect(demoAsk('and the rest?', said(demoAsk, 'top 5 products by revenue last month'))).toMatchObject({
      kind: 'query',
      plan: { limit: null },
    });
  });

  it('"which reel made the most money": the reel (a post), ranked (was an order); "how\'d my reels do": which figure?', () => {
    expect(demoAsk('which reel made the most money')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'media_type', values: ['reel'] }], limit: 1 },
    });
    expect(demoAsk("how'd my reels do last month")).toMatchObject({ kind: 'clarify' });
  });

  it('"clock", "end up", "came back", "for the board:", "theyve", "rank all customers by": read as meant', async () => {
    const cases: [string, object][] = [
      ['how many views did reels clock this year', { metrics: ['video_views'] }],
      ['how did accessories end up doing in q4 revenue wise', { metrics: ['product_revenue'] }],
      ['how many orders came back last quarter', { metrics: ['orders'], filters: [{ values: ['refunded'] }] }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'For the board: revenue by quarter')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], grain: 'quarter' },
    });
    expect(subscriptionsAsk(layer, 'rank all customers by how much they spent')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], sort: { by: 'billed', direction: 'desc' } },
    });
    expect(subscriptionsAsk(layer, 'how many new customers did we end up with in q2')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'] },
    });
  });

  it('"tank top", "the velvet stuff", "the cedar one", "h1 of last year", "names of products in beauty"', () => {
    const names = [
      { dimension: 'product', value: 'prd_a', label: 'Sunset Tank' },
      { dimension: 'product', value: 'prd_b', label: 'Meadow Tank' },
      { dimension: 'product', value: 'prd_c', label: 'Velvet Scarf' },
      { dimension: 'product', value: 'prd_d', label: 'Velvet Beanie' },
      { dimension: 'product', value: 'prd_e', label: 'Cedar Backpack' },
    ];
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    // (Session 28: a singular kind of several products is asked about, like "beanie qty"; never a ranking.)
    expect(ask('tank top revenue ytd')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Sunset Tank' }, { label: 'Meadow Tank' }, { label: 'Both tanks' }],
    });
    expect(ask('tank tops revenue ytd')).toMatchObject({
      kind: 'query',
      plan: { sort: null, limit: null, filters: [{ dimension: 'product', values: ['prd_a', 'prd_b'] }] },
    });
    expect(ask('how much did the velvet stuff make last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'product', values: ['prd_c', 'prd_d'] }] },
    });
    expect(ask('how much did the cedar one make in jan')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'product', values: ['prd_e'] }] },
    });
    // A first word two names share, with nothing saying "all of them", is no name; nor one said as no thing.
    expect(ask('velvet revenue jan').kind).not.toBe('query');
    expect(ask('cedar revenue jan').kind).not.toBe('query');
    expect(demoAsk('first half of last year aov')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2025-01-01', to: '2025-07-01' } },
    });
    expect(demoAsk('names of products in beauty')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [{ dimension: 'category', values: ['beauty'] }] },
    });
  });

  it('"paid customers": asked whether it means the paid search channel (was taken as it, unsaid)', () => {
    expect(demoAsk('paid customers in feb')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Acquisition channel: Paid search' }],
    });
  });

  it('the example layer: money sitting unpaid, cash from the pro folks, billed vs collected, a best quarter split', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('how much is sitting in unpaid invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    expect(ask('how much cash came in from the pro folks')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ values: ['paid'] }, { dimension: 'plan', values: ['pro'] }] },
    });
    expect(ask('difference between billed and collected')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_status'] },
    });
    const history = said(ask, 'billing this year by quarter', 'which quarter was best');
    expect(ask('by plan', history).kind).toBe('reply');
  });
});

describe("the example layer's invoice status (session 25)", () => {
  it('"collected", "unpaid", "outstanding invoices" pick the status; "paid us" stays what was spent', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much revenue have we collected in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
    for (const question of ['unpaid invoices', 'outstanding invoices', 'how much is still outstanding']) {
      expect(subscriptionsAsk(layer, question)).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
    }
    // ("Void" is what billing leaves out, so it is the part of a share, never taken as what billing counts.)
    expect(subscriptionsAsk(layer, 'what share of billing is void')).toMatchObject({
      kind: 'query',
      plan: { share: { dimension: 'invoice_status' } },
    });
    expect(subscriptionsAsk(layer, 'How many subscribers have paid us under $100 all told?')).toMatchObject({
      kind: 'query',
      plan: { filters: [], conditions: [{ metric: 'billed', operator: 'lt', value: 100 }] },
    });
  });

  it('what the status cannot say is still declined: "overdue" (no due dates), "days sales outstanding"', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['Which invoices are overdue?', 'What was our days sales outstanding in Q2?'])
      expect(subscriptionsAsk(layer, question).kind).toBe('reply');
  });
});

describe('the example layer as a founder asks it (probe, session 25)', () => {
  it('"which region has more pro customers": the most Pro subscribers (was ranked by billing)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'which region has more pro customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'], limit: 1 },
    });
    // ("… more …, instagram or tiktok" compares the two named.)
    expect(demoAsk('which platform got more engagement last month, instagram or tiktok')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values' }, sort: null },
    });
  });

  it('"last 5 invoices", "my last 3 posts": the most recent rows (was declined over "last")', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'last 5 invoices')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], sort: { direction: 'desc' }, limit: 5 },
    });
    expect(demoAsk('my last 3 posts')).toMatchObject({ kind: 'query', plan: { dimensions: ['post'], limit: 3 } });
    expect(demoAsk('revenue last 3 months')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'month', count: 3 } },
    });
    expect(subscriptionsAsk(layer, 'show me all subscribers with their ids')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'] },
    });
  });

  it('"average revenue per user" asks all time or month by month (was declined as other users\' data)', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, "what's our average revenue per user");
    expect(decision.kind).toBe('clarify');
    if (decision.kind === 'clarify')
      for (const option of decision.options) expect(subscriptionsAsk(layer, option.question).kind).toBe('query');
    expect(subscriptionsAsk(layer, 'ARPU last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'], timeRange: { kind: 'relative', unit: 'month' } },
    });
  });
});

describe('a kind of product in the plural, not a typo (session 25)', () => {
  const demo = useDemoWarehouse();

  it('"how many scarves did we sell last month": the Velvet Scarf\'s units (was post shares, "scarves" read as a typo)', async () => {
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const decision = await analyst.plan({
      question: 'how many scarves did we sell last month',
      history: [],
      today: '2026-03-15',
      lookup: demo.run,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], filters: [{ dimension: 'product', operator: 'eq' }] },
    });
  });
});

describe('everyday verbs for a figure (session 25)', () => {
  it('"show up on ppl\'s screens", "get displayed": impressions; "pick up": got; "out the door": sold', () => {
    for (const question of [
      "how many times did my posts show up on ppl's screens in feb",
      'how often did my content get displayed last week',
    ])
      expect(demoAsk(question)).toMatchObject({ kind: 'query', plan: { metrics: ['impressions'] } });
    expect(demoAsk('how many comments did my tiktoks pick up altogether last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(demoAsk('Name every item whose unit cost sits under ten dollars')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], conditions: [{ metric: 'unit_cost', operator: 'lt', value: 10 }] },
    });
    expect(demoAsk('# of fresh signups mon-sun last wk')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'relative', unit: 'week' } },
    });
    expect(demoAsk('mon thru sun, how many orders each day in december')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['day_of_week'], grain: null },
    });
  });

  it('"attracted the most new subscribers", "took out a subscription": new subscribers', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'since april 1 which tier has attracted the most new subscribers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'], limit: 1 },
    });
    expect(subscriptionsAsk(layer, 'number of folks who took out a subscription during may')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'] },
    });
  });
});

describe('shares with more than one value named (session 25)', () => {
  it('"what % of january orders from german customers were cancelled": of the German orders, the cancelled ones', () => {
    expect(demoAsk('what % of january orders from german customers were cancelled')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        filters: [
          { dimension: 'country', values: ['DE'] },
          { dimension: 'order_status', values: ['cancelled'] },
        ],
        share: { dimension: 'order_status' },
      },
    });
  });

  it('"British shoppers\' cut of paid revenue": paid is what revenue counts already, no second part (was declined)', () => {
    expect(demoAsk("British shoppers' cut of paid revenue, fourth quarter 2025")).toMatchObject({
      kind: 'query',
      plan: { share: { dimension: 'country' } },
    });
  });

  it('"what share of Q4 2025 revenue was paid by customers in Britain": Britain\'s share (was by customer)', () => {
    expect(demoAsk('What share of Q4 2025 revenue was paid by customers in Britain?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [], share: { dimension: 'country' } },
    });
    // ("2025, US customers versus Canadian customers": the year is the period's, not a count of customers.)
    expect(demoAsk('Average order value in 2025, US customers versus Canadian customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], comparison: { kind: 'values' } },
    });
  });
});

describe('sentences true of the table', () => {
  const demo = useDemoWarehouse();

  it('"and velvet backpack" after Organic Joggers: the change names the products (was "prd_dm_0056 instead of prd_dm_0040")', () => {
    const names = [
      { dimension: 'product', value: 'prd_dm_0040', label: 'Organic Joggers' },
      { dimension: 'product', value: 'prd_dm_0056', label: 'Velvet Backpack' },
    ];
    const ask = (question: string, history: readonly Turn[]) =>
      parseQuestion({ question, history, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    const decision = ask('and velvet backpack', said(ask, 'how much did organic joggers make last month'));
    expect(decision).toMatchObject({
      kind: 'query',
      change: 'Same period, Velvet Backpack instead of Organic Joggers',
    });
  });

  it('"how many times more revenue … than the Instagram Shop": the two revenues (was their orders)', () => {
    expect(
      demoAsk('How many times more revenue did the online store make than the Instagram Shop in 2025?'),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], comparison: { kind: 'values' } } });
  });

  it('"share of orders with a discount by sales channel": every channel\'s share (was the leader\'s alone)', async () => {
    expect(await demo.answer('share of orders with a discount by sales channel')).toContain(
      'Share of orders: TikTok Shop 19.6%, Online store 19.3% and Instagram Shop 18.4%.',
    );
  });

  it('"just reels" by platform: no "× the average per platform" over platforms the filter leaves at 0', async () => {
    const text = await demo.answer('reels engagement by platform this year');
    expect(text).toContain('100.0% of the');
    expect(text).not.toContain('the average of');
  });

  it('"sales by product, just the ones above 5k": each product\'s sales over 5k (was its price)', () => {
    for (const question of [
      'sales by product this year, just show the ones above 5k',
      'top products by revenue, only the ones over 2k',
    ])
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: { conditions: [{ dimension: 'product', metric: 'product_revenue', operator: 'gt' }] },
      });
    expect(demoAsk('revenue by category last month, only categories over $20k')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'category', metric: 'product_revenue', value: 20000 }] },
    });
    expect(demoAsk('orders by country last month, only countries above 50')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ dimension: 'country', metric: 'orders', value: 50 }] },
    });
    // (No breakdown: a bare amount on products is still their price.)
    expect(demoAsk('products over $50 by category')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'product', metric: 'price' }] },
    });
  });

  it('"what did paid orders bring in over November 2025, in total": their revenue (was every order listed)', () => {
    expect(demoAsk('What did paid orders bring in over November 2025, in total?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [] },
    });
  });

  it('"avg # of items in a basket", "how many orders does a buyer place on avg": per order, per customer', () => {
    expect(demoAsk('avg # of items in a basket on the website last wk')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_per_order'], filters: [{ dimension: 'sales_channel' }] },
    });
    expect(demoAsk('how many orders does a buyer place on avg this yr')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders_per_customer'] },
    });
  });

  it('"count the customers with at least three paid orders": how many (was their revenue)', () => {
    expect(demoAsk('Count the customers with at least three paid orders in Q4 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['customers_who_bought'],
        filters: [],
        conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 3 }],
      },
    });
  });

  it('"what % of customers spent over $500": the share of customers (was of revenue, by customer)', async () => {
    expect(await demo.answer('what share of customers spent over $500')).toContain('42.0% of all customers who bought');
  });

  it('"which posts drove over $1000 in sales": posts by their sales (was each order over $1000)', () => {
    expect(demoAsk('which posts drove over $1000 in sales')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], conditions: [{ dimension: 'post', metric: 'revenue', value: 1000 }] },
    });
  });
});

describe('session 28: what the twenty-fourth set found answered wrong', () => {
  it('"beanie qty sold in feb?", "linen shirt units ths wk": a singular kind of several products is asked about', () => {
    const names = [
      ...['Velvet Beanie', 'Ocean Beanie', 'Coastal Beanie'].map((label, at) => ({ label, value: `prd_b${at}` })),
      ...['Amber Linen Shirt', 'Minimal Linen Shirt', 'Everyday Linen Shirt'].map((label, at) => ({
        label,
        value: `prd_s${at}`,
      })),
      ...['Cedar Backpack', 'Velvet Backpack'].map((label, at) => ({ label, value: `prd_p${at}` })),
      ...['Everyday Lip Balm', 'Wild Lip Balm'].map((label, at) => ({ label, value: `prd_l${at}` })),
      ...['Organic Hoodie', 'Urban Hoodie'].map((label, at) => ({ label, value: `prd_h${at}` })),
      ...['Coastal Joggers', 'Minimal Joggers'].map((label, at) => ({ label, value: `prd_j${at}` })),
    ].map((name) => ({ ...name, dimension: 'product' }));
    const demoAsk = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    for (const question of [
      'beanie qty sold in feb?',
      'linen shirt units ths wk',
      'backpack units shipped so far in march?',
      // (A word the names end in as typed, "joggers" of "Coastal Joggers": one pair or all of them alike.)
      'joggers qty ths wk',
    ]) {
      const decision = demoAsk(question);
      expect(decision.kind, question).toBe('clarify');
      if (decision.kind === 'clarify') expect(decision.options.at(-1)?.label).toMatch(/^(?:All \d|Both) /);
    }
    // ("All 3 linen shirts": the kind as typed, not its last word.)
    const shirts = demoAsk('linen shirt units ths wk');
    if (shirts.kind === 'clarify') expect(shirts.options.at(-1)?.label).toBe('All 3 linen shirts');
    // A plural, any one of them, all of them together, or which of them: added up or ranked, as before.
    for (const question of [
      'beanies sold in feb',
      'which hoodie sold best last month',
      'orders containing a lip balm in february',
      'all our hoodies together, units last month',
      'product revenue from joggers by sales channel, H2 2025',
    ])
      expect(demoAsk(question).kind, question).toBe('query');
  });

  it('"avg number of items in a web store order": units per order on the online store (was revenue per order)', () => {
    expect(demoAsk('avg number of items in a web store order last wk')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_per_order'], filters: [{ dimension: 'sales_channel', values: ['online_store'] }] },
    });
  });

  it('"grouped by how each buyer originally found us": by acquisition channel (was by customer)', () => {
    expect(demoAsk('units bought in 2025, grouped by how each buyer originally found us')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['acquisition_channel'] },
    });
  });

  it('"of everybody who signed up in 2025, what fraction …", "taking every … order, what fraction was cancelled"', () => {
    expect(demoAsk('of everybody who signed up in 2025, what fraction found us through instagram')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        filters: [{ dimension: 'acquisition_channel', values: ['instagram'] }],
        share: { dimension: 'acquisition_channel' },
      },
    });
    expect(
      demoAsk('Taking every November 2025 order regardless of status, what fraction was cancelled?'),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ values: ['cancelled'] }], share: { dimension: 'order_status' } },
    });
  });

  it('the example layer: bills put on customers, the most subscribers added, a slash between two plans', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "what did we put on customers' bills in may, all together")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [] },
    });
    expect(subscriptionsAsk(layer, 'what month of 2025 did we add the most subscribers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], grain: 'month', limit: 1 },
    });
    expect(subscriptionsAsk(layer, 'of the people who joined in q2, what proportion chose pro')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], share: { dimension: 'plan' } },
    });
    // (Two plans either side of a slash are compared; a slash between a figure and its rows is still "per".)
    expect(subscriptionsAsk(layer, 'jul billed split basic/pro')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], comparison: { kind: 'values', values: ['basic', 'pro'] } },
    });
    expect(subscriptionsAsk(layer, 'billed/subscriber last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'] },
    });
  });
});

describe('session 28: groupings said in everyday words, never dropped', () => {
  const names = ['Velvet Beanie', 'Ocean Beanie'].map((label, at) => ({
    dimension: 'product',
    value: `prd_${at}`,
    label,
  }));
  const ask = (question: string, history: readonly Turn[] = []) =>
    parseQuestion({ question, history, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });

  it('"orders broken down by shop", "new customers by what brought them in": declined, naming the words (was the total)', () => {
    for (const question of [
      'orders broken down by shop last month',
      'orders last month by the site they ordered from',
      'new customers by what brought them in last quarter',
    ]) {
      const decision = ask(question);
      expect(decision.kind, question).toBe('reply');
      if (decision.kind === 'reply') expect(decision.text).toMatch(/what "(?:broken down )?by [a-z ]+" groups by/);
    }
    // ("Revenue driven by the Instagram Shop" says where it came from: a value, not a grouping.)
    expect(ask('revenue driven by the instagram shop last month').kind).toBe('query');
  });

  it('"beanies sold by where customers live": by country, the beanies kept (were dropped)', () => {
    expect(ask('beanies sold by where customers live ytd')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'], filters: [{ dimension: 'product', values: ['prd_0', 'prd_1'] }] },
    });
    // A follow-up's "split that by where buyers live" keeps the figure, its breakdown and its period.
    expect(ask('split that by where buyers live', said(ask, 'revenue by category last month'))).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['product_revenue'],
        dimensions: ['category', 'country'],
        timeRange: { kind: 'relative', unit: 'month' },
      },
    });
  });

  it('"by type of product", "the customer\'s home country", "how we got the customer": the layer\'s own words', () => {
    expect(ask('units sold by type of product this year')).toMatchObject({ plan: { dimensions: ['category'] } });
    expect(ask('sales per product type ytd')).toMatchObject({ plan: { dimensions: ['category'] } });
    expect(ask("revenue by the customer's home country last month")).toMatchObject({
      plan: { metrics: ['revenue'], dimensions: ['country'], filters: [] },
    });
    expect(ask('revenue split by how we got the customer last quarter')).toMatchObject({
      plan: { dimensions: ['acquisition_channel'] },
    });
  });
});

describe('session 28: follow-ups a chat probe found answered wrong', () => {
  it('"only germany" after "what % of revenue came from each country": Germany\'s share of every country (was 100%)', () => {
    expect(demoAsk('only germany', said(demoAsk, 'what % of revenue came from each country this year'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'country', values: ['DE'] }], share: { dimension: 'country' } },
    });
    expect(
      demoAsk('just tiktok shop', said(demoAsk, 'revenue by sales channel last month', 'as a share')),
    ).toMatchObject({ kind: 'query', plan: { dimensions: [], share: { dimension: 'sales_channel' } } });
  });

  it('"how much revenue did that make last year" after the best seller: declined (was the whole shop\'s revenue)', () => {
    const decision = demoAsk(
      'how much revenue did that make last year',
      said(demoAsk, 'best selling product this year'),
    );
    expect(decision.kind).toBe('reply');
  });

  it('"previous 30 days" after "rev last 30 days": the 30 days before them (was the same 30 days again)', () => {
    for (const question of ['previous 30 days', 'prior 30 days?'])
      expect(demoAsk(question, said(demoAsk, 'rev last 30 days'))).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2026-01-14', to: '2026-02-13' } },
      });
  });

  it('"same for cancellation rate" after the worst refund-rate month: ranked by cancellation rate (was refund rate)', () => {
    expect(
      demoAsk('same for cancellation rate', said(demoAsk, 'which month was worst for refund rate in 2025')),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cancellation_rate'], sort: { by: 'cancellation_rate' }, limit: 1 },
    });
    // ("Same for tiktok shop" is a value: the ranking kept, the filter added.)
    expect(demoAsk('same for tiktok shop', said(demoAsk, 'top 3 countries by revenue'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ values: ['tiktok_shop'] }], limit: 3 },
    });
  });

  it('the example layer: "without open invoices" after "billed ytd" keeps the amount billed (was a count)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('without open invoices', said(ask, 'billed ytd'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', operator: 'neq', values: ['open'] }] },
    });
  });
});

describe('session 28: shorthand and everyday words the twenty-fourth set declined', () => {
  it('"rev bf 2025", "wk b4 last", "1st half of 25", "sept onwards", "tiktok shp": read, not declined', () => {
    expect(demoAsk('rev bf 2025')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-11-28', to: '2025-11-29' } },
    });
    expect(demoAsk('ig shop ords wk b4 last')).toMatchObject({
      plan: { metrics: ['orders'], timeRange: { kind: 'absolute', from: '2026-02-23', to: '2026-03-02' } },
    });
    expect(demoAsk('refund rate 1st half of 25')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-07-01' } },
    });
    expect(demoAsk('email-sourced new custs sept onwards')).toMatchObject({
      plan: {
        metrics: ['new_customers'],
        filters: [{ dimension: 'acquisition_channel', values: ['email'] }],
        timeRange: { kind: 'absolute', from: '2025-09-01' },
      },
    });
    expect(demoAsk('ytd units tiktok shp')).toMatchObject({ plan: { filters: [{ values: ['tiktok_shop'] }] } });
  });

  it('"which buyer country", "my 3 facebook posts w the biggest reach", "listed at", "in the range"', () => {
    expect(demoAsk('Across calendar 2025, which buyer country had the highest refund rate?')).toMatchObject({
      plan: { metrics: ['refund_rate'], dimensions: ['country'], limit: 1 },
    });
    expect(demoAsk('my 3 facebook posts w the biggest reach in oct-dec 2025')).toMatchObject({
      plan: { metrics: ['reach'], dimensions: ['post'], limit: 3 },
    });
    expect(demoAsk('Beauty items listed at more than $40: which are they?')).toMatchObject({
      plan: { conditions: [{ metric: 'price', operator: 'gt', value: 40 }] },
    });
    expect(demoAsk('how many things in the catalogue are priced under 30 dollars')).toMatchObject({
      plan: { conditions: [{ metric: 'price', operator: 'lt', value: 30 }] },
    });
    expect(demoAsk('wht accessories r in the range')).toMatchObject({
      plan: { dimensions: ['product'], filters: [{ values: ['accessories'] }] },
    });
  });

  it('"what did each country spend": revenue by country (was new customers)', () => {
    for (const question of [
      'what did each country spend in q3 2025',
      'what did each customer country spend in q3 2025',
    ])
      expect(demoAsk(question), question).toMatchObject({
        plan: { metrics: ['revenue'], dimensions: ['country'] },
      });
  });
});

describe('session 28: money taken off or put back, as a money probe asked it', () => {
  it('"revenue before refunds": declined, naming the words (was the refunded orders\' value alone)', () => {
    const decision = demoAsk('revenue before refunds last month');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain('"before refunds"');
    // ("Revenue from refunded orders before march" is a period.)
    expect(demoAsk('revenue from refunded orders before march').kind).toBe('query');
  });

  it('"what did I make after discounts", "gross profit >> and after discounts?": declined (were the discounts)', () => {
    for (const decision of [
      demoAsk('what did I make after discounts in feb'),
      demoAsk('and after discounts?', said(demoAsk, 'gross profit last month')),
    ]) {
      expect(decision.kind).toBe('reply');
      if (decision.kind === 'reply') expect(decision.text).toContain("I can't take discounts");
    }
    // Rows that had none are a condition, not an amount taken off.
    expect(demoAsk('how much revenue came from orders without any discount last month').kind).toBe('query');
    expect(demoAsk('orders without discounts last month').kind).toBe('query');
  });

  it('"and after refunds?" after revenue: the same figure, saying it leaves them out already (was an order count)', () => {
    const decision = demoAsk('and after refunds?', said(demoAsk, 'revenue last month'));
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], filters: [] } });
    if (decision.kind === 'query')
      expect(decision.change).toContain('already leaves out what "after refunds" takes off');
  });

  it('"what\'s my take home this month": profit (was the Home category\'s revenue)', () => {
    expect(demoAsk("what's my take home this month")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'], filters: [] },
    });
  });
});

describe('session 28: what the money and sentence probes found', () => {
  const demo = useDemoWarehouse();

  it('the example layer: "amount collected from basic subscribers" is money (was a count of subscribers)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'amount collected from basic subscribers in july',
      'collected from basic subscribers in july',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          filters: expect.arrayContaining([expect.objectContaining({ dimension: 'invoice_status', values: ['paid'] })]),
        },
      });
  });

  it('amount billed says it counts open invoices too, so "what did they pay us" is never taken for paid unsaid', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'what did pro subscribers pay us in july');
    if (decision.kind !== 'query') throw new Error('not answered');
    expect(interpretPlan(decision.plan, layer, '2025-09-16').notes).toContain(
      'Amount billed counts every invoice status but Void (Paid and Open); name one, as in "paid only", to count it alone.',
    );
    // A status named says which already.
    const paid = subscriptionsAsk(layer, 'amount billed on paid invoices in july');
    if (paid.kind !== 'query') throw new Error('not answered');
    expect(interpretPlan(paid.plan, layer, '2025-09-16').notes.join(' ')).not.toContain('counts every invoice status');
  });

  it('"which got more engagement per post" after tiktok, then instagram: the two compared (was Instagram alone)', () => {
    expect(
      demoAsk(
        'which got more engagement per post',
        said(demoAsk, 'how many posts did we do on tiktok last month', 'and instagram?'),
      ),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['avg_engagement'],
        comparison: { kind: 'values', dimension: 'platform', values: ['tiktok', 'instagram'] },
        timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
      },
    });
  });

  it('a gap between two rates is the true gap, to two decimals where the rates as shown would round it otherwise (session 30: "2.7%" to "1.9%" is 0.87 points, was 0.8)', async () => {
    expect(await demo.answer('cancellation rate by month this year')).toContain(
      'from 2.7% in January 2026 to 1.9% in February 2026 (down 0.87 percentage points)',
    );
    // (Where the shown gap is the true one rounded, one decimal, as before.)
    expect(await demo.answer('cancellation rate by month over the last 6 months')).toContain(
      'from 1.8% in September 2025 to 1.9% in February 2026 (up 0.1 percentage points)',
    );
  });
});

describe('session 28: everyday words for figures the twenty-fourth set declined', () => {
  it('stash, money back, how engaging, apiece to stock, item sales, selling for, channel sold on, cadence, takings', () => {
    expect(demoAsk('how many times did ppl stash my posts to look at later in december')).toMatchObject({
      plan: { metrics: ['saves'] },
    });
    expect(demoAsk("how many january orders ended with us sending the customer's money back")).toMatchObject({
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(demoAsk('how engaging were my ig reels in the past 30 days (eng rate)')).toMatchObject({
      plan: { metrics: ['engagement_rate'] },
    });
    expect(demoAsk('Which catalogue items cost us more than $50 apiece to stock?')).toMatchObject({
      plan: { dimensions: ['product'], conditions: [{ metric: 'unit_cost', operator: 'gt', value: 50 }] },
    });
    expect(demoAsk('refunds l30d by channel sold on')).toMatchObject({ plan: { dimensions: ['sales_channel'] } });
    expect(demoAsk('2025 posting cadence: monthly post counts')).toMatchObject({
      plan: { metrics: ['posts'], grain: 'month' },
    });
    expect(demoAsk('Paid-order takings from 1 April 2025 through 30 June 2025')).toMatchObject({
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('of the orders placed on black friday 2025, how many were refunded afterwards')).toMatchObject({
      plan: { metrics: ['orders'], filters: [{ values: ['refunded'] }] },
    });
  });

  it('the example layer: "avg bill size" is the amount per invoice', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'avg bill size over the last 60 days')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], perRow: 'invoice_id' },
    });
  });
});

describe('session 28: what the kinds and sentence probes found declined or dropped', () => {
  it('the example layer: "what plan is our may signup on" is May\'s sign-ups by plan (was every subscriber, "may" dropped)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'what plan is our may signup on')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-01' } },
    });
  });

  it('"rev by cntry", "which platform\'s posts got the best engagement rate", "whos our top spender"', () => {
    expect(demoAsk('rev by cntry last yr')).toMatchObject({ plan: { metrics: ['revenue'], dimensions: ['country'] } });
    expect(demoAsk("which platform's posts got the best engagement rate last 90 days")).toMatchObject({
      plan: { metrics: ['engagement_rate'], dimensions: ['platform'], limit: 1 },
    });
    expect(demoAsk('whos our top spender this yr')).toMatchObject({
      plan: { dimensions: ['customer'], limit: 1 },
    });
  });
});

describe('session 29: rows asked for after the question, and figures the twenty-fifth set misread', () => {
  it('a list asked after a mark ("- list the order numbers", ": order ids please", "? ids pls") lists the rows, never counts them', async () => {
    expect(demoAsk('refunds over the past 5 days — list the order numbers')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], filters: [{ values: ['refunded'] }] },
    });
    expect(demoAsk("last week's cancelled orders: order ids please")).toMatchObject({
      plan: { dimensions: ['order_id'], filters: [{ values: ['cancelled'] }] },
    });
    // (A figure asked before the list is left as asked; "numbers" after a figure is no list.)
    expect(demoAsk('how many orders were refunded last week? list them')).toMatchObject({
      plan: { metrics: ['orders'], dimensions: [] },
    });
    expect(demoAsk('show me feb sales - numbers please')).toMatchObject({
      plan: { metrics: ['revenue'], dimensions: [] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'who joined in may? ids pls')).toMatchObject({
      plan: { metrics: ['new_subscribers'], dimensions: ['subscriber'] },
    });
    expect(subscriptionsAsk(layer, 'list who signed up in june')).toMatchObject({
      plan: { dimensions: ['subscriber'] },
    });
  });

  it('"by name" after rows with no figure asked lists them; "what beauty stuff do we carry" is the catalogue', () => {
    expect(demoAsk('Beauty products priced over $25, by name')).toMatchObject({
      plan: { dimensions: ['product'], filters: [{ values: ['beauty'] }], conditions: [{ operator: 'gt', value: 25 }] },
    });
    expect(demoAsk('what home things do we stock')).toMatchObject({
      plan: { dimensions: ['product'], filters: [{ values: ['home'] }] },
    });
  });

  it('"order totals" are the orders\' money ("total orders" stays a count); "v" sets one value against another', () => {
    expect(demoAsk('sum of refunded order totals in january')).toMatchObject({
      plan: { metrics: ['revenue'], filters: [{ values: ['refunded'] }] },
    });
    expect(demoAsk('total orders in january')).toMatchObject({ plan: { metrics: ['orders'] } });
    expect(demoAsk('us v canada revenue last month')).toMatchObject({
      plan: { metrics: ['revenue'], comparison: { kind: 'values', dimension: 'country', values: ['US', 'CA'] } },
    });
  });

  it('"collected from customers" is no grouping; "prft" is profit; "how big a share"; "what did X add up to"', async () => {
    expect(demoAsk('what did we collect from buyers for shipping in feb')).toMatchObject({
      plan: { metrics: ['shipping'], dimensions: [] },
    });
    expect(demoAsk('gross prft by month this yr')).toMatchObject({ plan: { metrics: ['gross_profit'] } });
    expect(demoAsk('how large a chunk of orders got cancelled in feb')).toMatchObject({
      plan: { metrics: ['orders'], filters: [{ values: ['cancelled'] }] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'what did the july invoices add up to')).toMatchObject({
      plan: { metrics: ['billed'] },
    });
  });
});

describe('session 29: what the lists-and-comparisons probe and the twenty-fifth set found', () => {
  it('"fb/ig/tiktok posts": three values either side of slashes are each counted (was "posts per post", a tie)', () => {
    expect(demoAsk('ig/tiktok/fb posts in feb')).toMatchObject({
      plan: {
        metrics: ['posts'],
        dimensions: ['platform'],
        filters: [{ dimension: 'platform', values: ['instagram', 'tiktok', 'facebook'] }],
      },
    });
  });

  it('"spent over 2000" is an amount, never the year 2000; "reach over 2025" stays the year', () => {
    expect(demoAsk('customers who spent over 3000 from canada')).toMatchObject({
      plan: { dimensions: ['customer'], conditions: [{ operator: 'gt', value: 3000 }], timeRange: { kind: 'all' } },
    });
    expect(demoAsk('my reach over 2025')).toMatchObject({
      plan: { metrics: ['reach'], timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
  });

  it('"us and uk orders": the two countries (was the UK alone, the pronoun dropped)', () => {
    expect(demoAsk('us and canada orders last month')).toMatchObject({
      plan: { comparison: { kind: 'values', dimension: 'country', values: ['US', 'CA'] } },
    });
  });

  it('"order numbers over $200 last week" lists the orders (was a count)', () => {
    expect(demoAsk('order numbers over $300 this month')).toMatchObject({
      plan: { dimensions: ['order_id'], conditions: [{ operator: 'gt', value: 300 }] },
    });
  });

  it('"which ones were refunded" and "ids please" after a count list those rows; "ids please" after a ranking repeats it', () => {
    expect(demoAsk('which ones were cancelled', said(demoAsk, 'orders yesterday'))).toMatchObject({
      plan: {
        dimensions: ['order_id'],
        filters: [{ values: ['cancelled'] }],
        timeRange: { kind: 'relative', unit: 'day', count: 1 },
      },
    });
    expect(demoAsk('ids please', said(demoAsk, 'how many refunded orders last month'))).toMatchObject({
      plan: { dimensions: ['order_id'], filters: [{ values: ['refunded'] }] },
    });
    expect(demoAsk('the ids?', said(demoAsk, 'top 3 products this year'))).toMatchObject({
      plan: { dimensions: ['product'], limit: 3 },
    });
  });

  it('"january vs february orders this year": the year is both months\' (was declined as three periods)', () => {
    expect(demoAsk('march vs april revenue in 2025')).toMatchObject({
      plan: {
        timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-05-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"the twelve full months ending February 2026", "the 4 quarters through q4 2025": whole units ending there', () => {
    expect(demoAsk('orders over the six full months ending january 2026')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-08-01', to: '2026-02-01' } },
    });
    expect(demoAsk('revenue for the 4 quarters through q4 2025')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
  });

  it('everyday words: "pulled more likes", "pass my stuff on to friends", "gained", "hopped on board", "ask … to pay", "open right now"', async () => {
    expect(demoAsk('reels vs carousels, which pulled more comments last month')).toMatchObject({
      plan: { metrics: ['comments'], comparison: { kind: 'values', dimension: 'media_type' } },
    });
    expect(demoAsk('how often did people pass my posts on to friends last month')).toMatchObject({
      plan: { metrics: ['shares'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'subscribers we picked up in q1')).toMatchObject({
      plan: { metrics: ['new_subscribers'] },
    });
    expect(subscriptionsAsk(layer, 'how many people came aboard in june')).toMatchObject({
      plan: { metrics: ['new_subscribers'] },
    });
    expect(subscriptionsAsk(layer, 'what did we ask customers to pay in july')).toMatchObject({
      plan: { metrics: ['billed'] },
    });
    expect(subscriptionsAsk(layer, 'what invoices are still unpaid right now')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], filters: [{ values: ['open'] }], timeRange: { kind: 'all' } },
    });
  });
});

describe('session 29: what the example-layer probe found, and "which" asked of rows', () => {
  it('"which invoices are still open", "which subscribers are on pro": the rows listed, never ranked by a figure', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'which invoices were voided')).toMatchObject({
      plan: { dimensions: ['invoice_id'], filters: [{ values: ['void'] }], sort: { direction: 'desc' } },
    });
    expect(subscriptionsAsk(layer, 'which subscribers are on basic')).toMatchObject({
      plan: { dimensions: ['subscriber'], filters: [{ values: ['basic'] }], sort: { direction: 'desc' } },
    });
    // (Nothing picked by a value of the layer, or a ranking asked: never a list. People are as big as their money or
    // their rows, so "which subscribers are the biggest" asks which, as "who's our biggest customer" does.)
    expect(demoAsk('which products are trending')).toMatchObject({ kind: 'clarify' });
    const biggest = subscriptionsAsk(layer, 'which subscribers are the biggest');
    expect(biggest).toMatchObject({ kind: 'clarify' });
    if (biggest.kind === 'clarify')
      expect(biggest.options.map((option) => option.label)).toEqual(['Amount billed', 'Invoices']);
  });

  it('"reels or carousels - which did we post more of": posts counted for each (was single posts ranked by engagement)', () => {
    expect(demoAsk('videos or images, which did i post more of in 2025')).toMatchObject({
      plan: { metrics: ['posts'], comparison: { kind: 'values', dimension: 'media_type' } },
    });
  });

  it('"how much did we bill per customer": the amount per subscriber (was invoices per subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much did we bill per customer in august')).toMatchObject({
      plan: { metrics: ['billed_per_subscriber'] },
    });
    expect(subscriptionsAsk(layer, 'how many invoices per customer')).toMatchObject({
      plan: { metrics: ['invoices_per_subscriber'] },
    });
  });

  it('follow-ups: "which was the biggest" after a total carried from a count; "which are still open" after a count', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[]) => subscriptionsAsk(layer, question, history);
    expect(
      ask('which was the largest', said(ask, 'how many invoices in july', 'how much were they worth')),
    ).toMatchObject({ plan: { metrics: ['billed'], dimensions: ['invoice_id'], limit: 1 } });
    expect(ask('which are unpaid', said(ask, 'invoices in july'))).toMatchObject({
      plan: { dimensions: ['invoice_id'], filters: [{ values: ['open'] }] },
    });
  });

  it('periods: "the quarter ending june", "through the end of june", "last half of july"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'billed in the quarter ending march')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-04-01' } },
    });
    expect(subscriptionsAsk(layer, 'invoices through the end of may')).toMatchObject({
      plan: { timeRange: { to: '2025-06-01' } },
    });
    expect(subscriptionsAsk(layer, 'billed last half of june')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-06-16', to: '2025-07-01' } },
    });
    // ("Month by month through 2025" is by month in 2025, never one month.)
    expect(demoAsk('orders month by month through 2025')).toMatchObject({
      plan: { grain: 'month', timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
  });
});

describe('session 29: the twenty-fifth set\'s last declines, and "list" before a condition', () => {
  it('"list customers in canada who spent over 500": each customer (was one total, the rows lost beside the value)', () => {
    expect(demoAsk('list customers in germany who spent over 800')).toMatchObject({
      plan: { dimensions: ['customer'], filters: [{ values: ['DE'] }], conditions: [{ operator: 'gt', value: 800 }] },
    });
  });

  it('", gross" said last; "where each customer first came to us from"; "the first half of may (1st-15th)"', async () => {
    expect(demoAsk('margin on beauty in january, gross')).toMatchObject({ plan: { metrics: ['gross_margin'] } });
    expect(demoAsk('orders split by where each buyer first came from')).toMatchObject({
      plan: { dimensions: ['acquisition_channel'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'invoices in the second half of june (16th-30th)')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-06-16', to: '2025-07-01' } },
    });
  });
});

describe('session 29: what the conditions probe and the sentence audit found', () => {
  const demo = useDemoWarehouse();

  it('"products under $25" >> "which sold best last month": of those products (was every product, the price dropped)', () => {
    const history = said(demoAsk, 'products under $25');
    for (const question of ['which sold best last month', 'which of them sold best last month'])
      expect(demoAsk(question, history), question).toMatchObject({
        plan: {
          metrics: ['units_sold'],
          dimensions: ['product'],
          conditions: [{ dimension: 'product', metric: 'price', operator: 'lt', value: 25 }],
        },
      });
  });

  it('a quarter cut by a period that ended before today "lies only partly in the period", never "not over yet"', async () => {
    const text = await demo.answer('revenue by quarter for the last 12 months');
    expect(text).toContain('Q1 2026 lies only partly in the period');
    expect(text).not.toContain('not over yet');
  });

  it('a daily series of two whole weeks ending before today names "the final whole day of the period", not "the latest day"', async () => {
    const text = await demo.answer('daily orders for the past 2 weeks');
    expect(text).toContain('The final whole day of the period, Mar 8, 2026, was up');
    expect(text).not.toContain('The latest day');
  });
});

describe('session 29: a joining said with a period, then more of those people', () => {
  it('"customers who signed up last year with more than 5 orders" is declined, naming the joining (was orders of last year)', async () => {
    const decision = demoAsk('customers who signed up in 2025 with more than 4 orders');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain('"who signed up in 2025" says when they joined');
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'subscribers who joined in june with more than 1 invoice').kind).toBe('reply');
    // (The people who joined then, with what they spent, or the joining counted: as before.)
    expect(demoAsk('customers who joined in 2025 who spent over 700')).toMatchObject({
      plan: { joined: { table: 'customers' } },
    });
    expect(demoAsk('how many customers who joined in feb came from tiktok')).toMatchObject({
      plan: { metrics: ['new_customers'] },
    });
  });
});

describe('session 29: a bound after a participle of a figure', () => {
  it('"discounted orders over $100": asks whether the bound is on the orders\' value or their discounts (was the discounts, unsaid)', () => {
    const decision = demoAsk('discounted orders over $150 this month');
    expect(decision).toMatchObject({ kind: 'clarify', word: 'over $150' });
    if (decision.kind === 'clarify')
      expect(decision.options.map((option) => option.question)).toEqual([
        'discounted orders worth over $150 this month',
        'orders with discounts over $150 this month',
      ]);
    // (Each reading said so it has one, and a status said before the rows, are answered as asked.)
    expect(demoAsk('discounted orders worth over $150 this month')).toMatchObject({ kind: 'query' });
    expect(demoAsk('refunded orders over $150 this month')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'revenue', value: 150 }] },
    });
  });
});

describe('session 30: the rows counted before, and counts said as bounds', () => {
  it('"customers from canada" >> "which of them spent over $1000": Canada stays (was every country, unsaid)', async () => {
    expect(demoAsk('which of them spent over $1000', said(demoAsk, 'customers from canada'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'country', values: ['CA'] }] },
    });
    expect(demoAsk('which ones are over $100', said(demoAsk, 'how many products in home'))).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'category', values: ['home'] }] },
    });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('which of them have open invoices', said(ask, 'pro subscribers'))).toMatchObject({
      kind: 'query',
      plan: {
        filters: [
          { dimension: 'invoice_status', values: ['open'] },
          { dimension: 'plan', values: ['pro'] },
        ],
      },
    });
    // "How many of those signups were from email": the month counted stays (was all time).
    expect(
      demoAsk('how many of those signups were from email', said(demoAsk, 'signups last month how many')),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'relative', unit: 'month' } },
    });
  });

  it('"customers whose 2025 paid orders number exactly one", "whose invoices number more than 2": a count of rows (was money, or dropped)', async () => {
    expect(demoAsk('how many customers whose orders are more than 3')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'orders', operator: 'gt', value: 3 }] },
    });
    // (A bound it cannot place on a period is declined, never answered without it.)
    expect(demoAsk('Count customers whose 2025 paid orders number exactly one').kind).toBe('reply');
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'subscribers whose invoices number more than 2')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'invoices', operator: 'gt', value: 2 }] },
    });
    // "Shoppers whose 2025 paid orders added up to over $1,000": what each spent (was a bound on each order).
    expect(demoAsk('Count of shoppers whose 2025 paid orders added up to over $1,000')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'customer', metric: 'revenue', operator: 'gt', value: 1000 }] },
    });
    // ("Whose sales are more than 500": money, as before.)
    expect(demoAsk('customers whose sales are more than 500')).toMatchObject({
      plan: { conditions: [{ metric: 'revenue', value: 500 }] },
    });
  });

  it('"how many of our products cost us over 40 bucks a unit": products (was units sold)', () => {
    expect(demoAsk('how many of our products cost us over 40 bucks a unit')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], conditions: [{ metric: 'unit_cost', value: 40 }] },
    });
  });

  it('"mean paid order value", "average refunded order value": the average of those orders (was per customer, or asked)', () => {
    expect(demoAsk('Mean paid order value from Australian customers in Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'] },
    });
    expect(demoAsk('average refunded order value')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });

  it('connectives: "divided by the number of", "set against", "from one … to the next", "on file", "acquired via", "regional"', async () => {
    expect(demoAsk('Revenue divided by the number of paying customers, January 2026')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue_per_customer'] },
    });
    expect(demoAsk('Paid revenue for July–December 2025, set against July–December 2024')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period' } },
    });
    expect(demoAsk('Across 2025, how did the refund rate differ from one buyer country to the next?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'] },
    });
    expect(demoAsk('how many customers do we have on file overall?')).toMatchObject({ kind: 'query' });
    expect(demoAsk('what proportion of 2025 sign-ups were acquired via instagram')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'acquisition_channel', values: ['instagram'] }] },
    });
    expect(demoAsk('posts published over the last fourteen days, count')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'day', count: 14 } },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "regional split of august's invoice count")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['region'] },
    });
    expect(subscriptionsAsk(layer, 'how much have we billed since the very beginning')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'all' } },
    });
    expect(subscriptionsAsk(layer, 'Which plan accounted for the most billing in Q2?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], limit: 1 },
    });
    expect(demoAsk('n the day prior?', said(demoAsk, 'yday revenue pls'))).toMatchObject({ kind: 'query' });
  });
});

describe('session 30: who, the top one, and the same month a year before', () => {
  it('"who placed the biggest order last month", "who is the open invoice for": the person (was the order id, or a total)', async () => {
    expect(demoAsk('who placed the biggest order last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id', 'customer'], limit: 1 },
    });
    expect(demoAsk('who placed the most recent order')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id', 'customer'], limit: 1 },
    });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('who is the open invoice for')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    // A follow-up that asks who: the rows just given, each with its person.
    expect(ask('who is it for', said(ask, 'latest invoice'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id', 'subscriber'], limit: 1 },
    });
    expect(demoAsk('who placed it', said(demoAsk, 'biggest order ever'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id', 'customer'] },
    });
    // A split no person is reached from is declined, never answered with the product alone.
    const product = demoAsk('who bought the most expensive product');
    expect(product.kind).toBe('reply');
    if (product.kind === 'reply') expect(product.text).toContain('it names no customer');
    // ("Who won", "who spent more, uk or german customers": which of the values compared.)
    expect(demoAsk('likes in january, facebook vs instagram, who won')).toMatchObject({
      plan: { comparison: { kind: 'values' } },
    });
  });

  it('"aov by country" >> "how many orders did the top one have": that country\'s orders (was the top country by orders)', async () => {
    expect(demoAsk('how many orders did the top one have', said(demoAsk, 'aov by country last month'))).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value', 'orders'],
        dimensions: ['country'],
        sort: { by: 'average_order_value', direction: 'desc' },
        limit: 1,
      },
    });
    // A breakdown of that one row is declined (was January's revenue of the top country, unsaid).
    expect(demoAsk('the top one by month', said(demoAsk, 'revenue by country this year')).kind).toBe('reply');
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('how many invoices did the top one have', said(ask, 'billed by plan last quarter'))).toMatchObject({
      plan: { sort: { by: 'billed' }, limit: 1 },
    });
  });

  it('"revenue feb 2026" >> "same month last year": February 2025 (was March to date)', () => {
    expect(demoAsk('same month last year', said(demoAsk, 'revenue feb 2026'))).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' },
        comparison: { kind: 'period', timeRange: { from: '2025-02-01' } },
      },
    });
  });

  it('"orders last month" >> "how many were from new customers": asks what new means (was the new customers counted)', () => {
    expect(demoAsk('how many were from new customers', said(demoAsk, 'orders last month'))).toMatchObject({
      kind: 'clarify',
    });
    expect(
      demoAsk('of those how many bought last month', said(demoAsk, 'how many customers do we have')),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['customers_who_bought'] } });
  });

  it('"the $29 august invoice": an amount and a month, never Aug 29', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, '$29 august invoices')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-08-01' } },
    });
  });
});

describe('session 30: people who have rows, money asked of people, and new people who spent', () => {
  it('"which subscriber joined in january": the sign-ups (was the amount billed in January by subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'which subscriber joined in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['subscriber'] },
    });
    // A joining said with a period, then more of those people: declined (was open invoices issued in May).
    expect(subscriptionsAsk(layer, 'which subscribers signed up in may and have an open invoice').kind).toBe('reply');
  });

  it('"how many emea subscribers have invoices": the subscribers (was the invoices counted)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how many emea subscribers have invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['subscribers_with_invoices'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
    expect(demoAsk('how many canadian customers have refunded orders')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'] },
    });
  });

  it('"how much is open for emea subscribers", "how much is owed from emea subscribers": money (was a count of subscribers)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much is open for emea subscribers')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        filters: [{ dimension: 'invoice_status', values: ['open'] }, { dimension: 'region' }],
      },
    });
    expect(subscriptionsAsk(layer, 'how much is owed from emea subscribers')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        filters: [{ dimension: 'invoice_status', values: ['open'] }, { dimension: 'region' }],
      },
    });
    expect(demoAsk('how much is refunded for canadian customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
  });

  it('"how much did new customers spend last month": asks what new means (was every customer\'s spending)', () => {
    const decision = demoAsk('how much did new customers spend last month');
    expect(decision).toMatchObject({ kind: 'clarify', word: 'new' });
    if (decision.kind === 'clarify')
      expect(decision.options.map((option) => option.question)).toEqual([
        'how much did customers who joined last month spend last month',
        'how much did customers spend last month',
      ]);
  });
});

describe('session 30: what the example-layer and sentence probes found', () => {
  const demo = useDemoWarehouse();

  it('"customers with open invoices in europe": the subscribers (was the invoices counted)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'customers with open invoices in europe')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], filters: [{ dimension: 'invoice_status', values: ['open'] }, {}] },
    });
    // (A bound after "with" stays a condition: "customers with exactly 2 orders" is counted as before.)
    expect(demoAsk('customers with more than 5 orders')).toMatchObject({
      plan: { conditions: [{ metric: 'orders', operator: 'gt', value: 5 }] },
    });
  });

  it('"how much does a pro subscriber pay": per subscriber (was the whole plan\'s billing)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much does a pro subscriber pay')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
    // ("A customer" with nothing more asks one order or all of them, as "a typical customer" does.)
    expect(demoAsk('how much does a customer spend')).toMatchObject({ kind: 'clarify' });
  });

  it('"revenue by signup month" is declined (was by invoice month and subscriber); "new subscribers by signup month" is by month', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'revenue by signup month').kind).toBe('reply');
    expect(subscriptionsAsk(layer, 'new subscribers by signup month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: [], grain: 'month' },
    });
  });

  it('a series whose last week is not over says "the latest whole week" (was "the latest week", an earlier one)', async () => {
    const text = await demo.answer('product revenue of apparel by week this year');
    expect(text).toContain('The week of Mar 9, 2026 is not over yet');
    expect(text).toContain('The latest whole week, the week of Mar 2, 2026, was');
  });

  it('"did our refund rate get better or worse last month": compared with the month before (was the rate alone)', async () => {
    expect(demoAsk('did our refund rate get better or worse last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], comparison: { kind: 'previous_period' } },
    });
    // ("How can I improve sales" is still advice, which askql does not give.)
    expect(demoAsk('how can I improve sales')).toMatchObject({ kind: 'reply' });
    expect(await demo.answer('did our refund rate get better or worse last month')).toContain(
      'down 1.1 percentage points from 6.1% the month before',
    );
  });
});

describe('session 30: follow-ups of an unanswered question, and who did the most', () => {
  it('"revenue by platform last month" (asked back) >> "what about engagement instead": declined (was all-time engagement)', () => {
    for (const chain of [
      ['revenue by platform last month', 'what about engagement instead'],
      ['refund rate by category last month', 'what was the revenue of the worst one'],
    ]) {
      const decision = demoAsk(chain[1] as string, said(demoAsk, chain[0] as string));
      expect(decision.kind, chain.join(' >> ')).toBe('reply');
      if (decision.kind === 'reply') expect(decision.text).toContain('the question before, which got no answer');
    }
    // (A reply naming an option is the question it answers.)
    expect(demoAsk('acquisition channel', said(demoAsk, 'revenue by platform last month'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['acquisition_channel'] },
    });
  });

  it('"who placed the most orders", "which customer placed the biggest order": the person (was declined)', async () => {
    expect(demoAsk('who placed the most orders last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['customer'], limit: 1 },
    });
    expect(demoAsk('which customer placed the biggest order last year')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id', 'customer'], limit: 1 },
    });
    expect(demoAsk('whose order was the biggest in january')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id', 'customer'], limit: 1 },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'who has the most open invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], dimensions: ['subscriber'], limit: 1 },
    });
  });

  it('"list them" >> "what was the total of those": their money (was the count again)', () => {
    expect(
      demoAsk('what was the total of those', said(demoAsk, 'how many refunds last month', 'list them')),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
  });
});

describe('session 30: the twenty-sixth set, read', () => {
  it('"in emea are there more basic or pro subscribers": the subscribers counted (was the amount billed)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'in emea are there more basic or pro subscribers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], comparison: { kind: 'values' } },
    });
    expect(subscriptionsAsk(layer, 'what proportion of our subscribers pay for pro')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
  });

  it('"where the order total topped $250", "biggest feb refund: order id + total", "listed by title", "the weekend of feb 28 - mar 1"', () => {
    expect(demoAsk('refunds this year where the order total topped $250, count them')).toMatchObject({
      kind: 'query',
      plan: { conditions: expect.arrayContaining([expect.objectContaining({ operator: 'gt', value: 250 })]) },
    });
    expect(demoAsk('biggest feb refund: order id + total')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], limit: 1, timeRange: { kind: 'absolute', from: '2026-02-01' } },
    });
    // "Among sales channels … which channel?": the channel named in full (was asked which channel).
    expect(demoAsk('Highest refund rate among sales channels, Jul–Dec 2025: which channel?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['sales_channel'], limit: 1 },
    });
    expect(demoAsk('revenue by channel')).toMatchObject({ kind: 'clarify' });
    // ("Please refund the order …" is still an action, which askql never takes.)
    expect(demoAsk('please refund the order ord_dm_0000001')).toMatchObject({ kind: 'reply' });
    expect(demoAsk('Accessories priced below $25, listed by title')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'] },
    });
    expect(demoAsk('how many orders got cancelled over the weekend of feb 28 - mar 1')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-28', to: '2026-03-02' } },
    });
  });
});

describe('session 31: a period said in parts', () => {
  it('a part of a year said apart from its year is the part in that year (was two periods, or a wrong union)', () => {
    // "2025, jan to mar" was Jan 1, 2025 – Mar 14, 2026: the comma read as "and", the two joined.
    expect(demoAsk('revenue 2025, jan to mar')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-04-01' } },
    });
    expect(demoAsk('Paid revenue booked in Q1 2025, January through March')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-04-01' } },
    });
    expect(demoAsk('q2 orders in 2024')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2024-04-01', to: '2024-07-01' } },
    });
    for (const question of [
      'Year-over-year gross profit for the month of December (2025 vs 2024)',
      'december revenue: 2025 vs 2024?',
    ])
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: {
          timeRange: { kind: 'absolute', from: '2025-12-01', to: '2026-01-01' },
          comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2024-12-01', to: '2025-01-01' } },
          grain: null,
        },
      });
    expect(demoAsk('July–December paid order volume: 2025 relative to 2024')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-07-01', to: '2026-01-01' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2024-07-01', to: '2025-01-01' } },
      },
    });
    // A year said once is every part's; a year beside a part is that part's.
    expect(demoAsk('aov 2024: q3 vs q4')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2024-10-01', to: '2025-01-01' },
        comparison: { kind: 'previous_period' },
      },
    });
    expect(demoAsk('revenue 2025, jan to mar vs 2025, apr to jun')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' } },
    });
    // ("Best month of 2025" is still a month of that year, ranked; "by month of 2025" a series.)
    expect(demoAsk('Weakest revenue month of 2025?')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', limit: 1 },
    });
    expect(demoAsk('revenue by month of 2025')).toMatchObject({ kind: 'query', plan: { grain: 'month' } });
  });

  it('days of the week said with their week are the days of that week', () => {
    expect(demoAsk('orders on monday last week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-02', to: '2026-03-03' } },
    });
    expect(demoAsk('which orders got cancelled on tuesday and wednesday this week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-10', to: '2026-03-12' } },
    });
    // Each day with the week said beside it, or the one week said (were "more than two periods").
    expect(demoAsk('revenue monday this week vs monday last week')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2026-03-09', to: '2026-03-10' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2026-03-02', to: '2026-03-03' } },
      },
    });
    expect(demoAsk('revenue monday vs tuesday last week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-03', to: '2026-03-04' } },
    });
    // Two days apart are two periods: asked, not joined.
    expect(demoAsk('orders on monday and friday last week')).toMatchObject({ kind: 'reply' });
  });
});

describe('session 31: one row taken for granted', () => {
  it('"the june 19 invoice" where the data holds two: asks which, naming them; one is answered; a plural or a rank never asks', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const plan = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
      const asked = await plan("what's the status of the june 19 invoice");
      expect(asked).toMatchObject({
        kind: 'clarify',
        text: 'Two invoices match "the june 19 invoice": inv_ac_019 and inv_ac_007. Which one do you mean?',
        word: 'the june 19 invoice',
      });
      expect(asked.kind === 'clarify' && asked.options.map((option) => option.question).sort()).toEqual([
        "what's the status of inv_ac_007",
        "what's the status of inv_ac_019",
      ]);
      // Each reading is answerable as it stands: that invoice alone.
      expect(await plan("what's the status of inv_ac_019")).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'invoice_id', values: ['inv_ac_019'] }] },
      });
      // "$99 june invoice" (was declined: "I can't work out the number 99"): three of them.
      expect(await plan('who was the $99 june invoice sent to')).toMatchObject({
        kind: 'clarify',
        text: 'Three invoices match "the $99 june invoice": inv_ac_002, inv_ac_003 and inv_ac_019. Which one do you mean?',
      });
      expect(await plan('what plan is the april signup on')).toMatchObject({ kind: 'clarify' });
      expect(await plan('who is the open invoice for')).toMatchObject({ kind: 'clarify' });
      // One invoice on June 14: answered.
      expect(await plan("what's the status of the june 14 invoice")).toMatchObject({ kind: 'query' });
      // Said as rows, or one picked by rank: answered as asked.
      expect(await plan('which subscribers got the june 19 invoices')).toMatchObject({ kind: 'query' });
      expect(await plan('who was the biggest june invoice sent to')).toMatchObject({ kind: 'query' });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 31: the words of a caption', () => {
  const demo = useDemoWarehouse();
  const ask = (question: string) =>
    createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER }).plan({
      question,
      history: [],
      today: '2026-03-15',
      lookup: (sql) => demo.run(sql),
      dialect: 'duckdb',
    });

  it('"the $61.95 order yesterday": three orders of any status, asked which; "how much was the order from the australian customer yesterday": one order, its money (was a count of 1)', async () => {
    expect(await ask("what's the status of the $61.95 order yesterday")).toMatchObject({
      kind: 'clarify',
      text: 'Three orders match "the $61.95 order": ord_dm_0024958, ord_dm_0024972 and ord_dm_0024980. Which one do you mean?',
    });
    expect(await ask('how much was the order from the australian customer yesterday')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        filters: expect.arrayContaining([
          expect.objectContaining({ dimension: 'order_id', values: ['ord_dm_0024967'] }),
        ]) as unknown,
      },
    });
  });

  it('"whose caption names", "where the caption mentions", "how many of my captions mention", "how often have i featured … in a caption": the posts whose text names it (were declined)', async () => {
    const mentioning = (product: string) => ({
      filters: [{ dimension: 'post', operator: 'mentions', values: [product] }],
    });
    expect(await ask('how many of my captions mention the Wild Eye Cream')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], ...mentioning('Wild Eye Cream') },
    });
    expect(await ask('how often have i featured the oversized earrings in a caption')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], ...mentioning('Oversized Earrings') },
    });
    expect(await ask('total likes on the posts where the caption mentions the Soft Cap')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], dimensions: [], ...mentioning('Soft Cap') },
    });
    // "Combined … on every post": one total, not one figure per post.
    expect(await ask('combined reach on every post whose caption names the Velvet Wallet')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reach'], dimensions: [], ...mentioning('Velvet Wallet') },
    });
    expect(await ask('how many captions have i written that mention the vintage body oil')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], ...mentioning('Vintage Body Oil') },
    });
  });
});

describe('session 31: words that restate what is understood', () => {
  it('"gross margin percentage", "disc rate jan, pct", "a monthly series of", "add up to", "count em", "came back for", "applied to", "next to", "from April to date"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(demoAsk('Gross margin percentage in February 2026')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'] },
    });
    expect(demoAsk('disc rate jan, pct')).toMatchObject({ kind: 'query', plan: { metrics: ['discount_rate'] } });
    expect(demoAsk('Total value of discounts applied to paid orders in October 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'], filters: [{ dimension: 'order_status', values: ['paid'] }] },
    });
    expect(demoAsk('Number of shoppers who came back for at least 3 paid orders in 2025')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 3 }] },
    });
    // "From April to date" was April alone.
    expect(subscriptionsAsk(layer, 'A monthly series of billed amounts from April to date')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', timeRange: { kind: 'absolute', from: '2025-04-01', to: null } },
    });
    // Three months one after another are one stretch (was "more than two periods").
    expect(subscriptionsAsk(layer, 'What did billing add up to across April, May and June?')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' } },
    });
    expect(subscriptionsAsk(layer, 'july bills bigger than $50 - count em')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'] },
    });
    expect(subscriptionsAsk(layer, 'new subscriber growth: may numbers next to april numbers')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-05-01' }, comparison: { kind: 'previous_period' } },
    });
    // "June 2025 vs last year": June 2024 (was all of 2025, which holds June).
    expect(demoAsk('revenue in june 2025 vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2024-06-01', to: '2024-07-01' } } },
    });
    // Said in March: the second quarter against the first of the same year, not this quarter so far.
    expect(demoAsk('amount billed in the second quarter vs the first')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' } },
    });
  });
});

describe('session 31: rows said by when they were made', () => {
  const demo = useDemoWarehouse();

  it('"what did the tiktok post from feb 3 earn": the post made that day, its revenue whenever its orders came (was the orders of Feb 3)', async () => {
    expect(demoAsk('what did the tiktok post from feb 3 earn')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'all' },
        joined: { table: 'social_posts', timeRange: { from: '2026-02-03', to: '2026-02-04' }, made: true },
      },
    });
    expect(await demo.answer('what did the tiktok post from feb 3 earn')).toContain(
      'Counting only social posts made on Feb 3, 2026: “New in: the Minimal Chinos ✨” attributed revenue for platform TikTok was $583.03.',
    );
    expect(demoAsk('how much did the reel from feb 3 make')).toMatchObject({
      kind: 'query',
      plan: { joined: { table: 'social_posts', made: true } },
    });
    expect(demoAsk('revenue from posts published in february')).toMatchObject({
      kind: 'query',
      plan: { joined: { table: 'social_posts', timeRange: { from: '2026-02-01' } } },
    });
    // Posts said with "in" keep the orders' dates; people are never "made" (who joined then has its own words).
    expect(demoAsk('revenue from tiktok posts in february')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-01' } },
    });
    const canada = demoAsk('revenue from canada from feb 3');
    expect(canada).toMatchObject({ kind: 'query', plan: { timeRange: { kind: 'absolute', from: '2026-02-03' } } });
    expect(canada.kind === 'query' && canada.plan.joined).toBeFalsy();
  });
});

describe('session 31: the twenty-seventh set and the broad probe, read', () => {
  it('"which billing region", "do we have more subscribers in emea or in the americas", "an EMEA subscriber\'s invoice on average", "how many times … got shared"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'Since 1 July, which billing region brought in the smallest amount')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['region'], limit: 1, sort: { direction: 'asc' } },
    });
    expect(subscriptionsAsk(layer, 'do we have more subscribers in emea or in the americas')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], comparison: { kind: 'values' } },
    });
    expect(subscriptionsAsk(layer, "For July, what did an EMEA subscriber's invoice come to on average")).toMatchObject(
      {
        kind: 'query',
        plan: { dimensions: [], perRow: 'invoice_id' },
      },
    );
    expect(demoAsk('add up how many times my november posts got shared')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shares'] },
    });
  });

  it('"with one line per sales channel", "now only Canadian customers" after it; a "now only" after a question not answered is declined', () => {
    const history = said(demoAsk, 'Q4 2025 paid revenue with one line per sales channel');
    expect(history[0]?.plan).toMatchObject({ dimensions: ['sales_channel'] });
    expect(demoAsk('Now only Canadian customers', history)).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['sales_channel'],
        filters: expect.arrayContaining([expect.objectContaining({ dimension: 'country' })]) as unknown,
      },
    });
    expect(
      demoAsk('Now only Canadian customers', [{ question: 'what is the weather', plan: null, answer: '' }]),
    ).toMatchObject({
      kind: 'reply',
    });
  });

  it('"rake in", "hand back in refunds", "by ISO week", "bucketed by", "rn", "break em down"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(demoAsk('what did we rake in on black friday')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('How much money did we hand back to customers in refunds during Q1 2025?')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(demoAsk('Paid revenue bucketed by ISO week for the eight full weeks before this one')).toMatchObject({
      kind: 'query',
      plan: { grain: 'week', timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 8 } },
    });
    expect(subscriptionsAsk(layer, 'latest invoice rn')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], limit: 1 },
    });
  });
});

describe('session 31: people said another way', () => {
  it('"accounts" are the people (not accounts reached), "started a subscription" signed up, "which plan is most popular" by people, "may:" a heading', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(demoAsk('How many accounts were created in the past 14 days?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'] },
    });
    expect(demoAsk('how many unique accounts saw my stuff in february')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reach'] },
    });
    expect(subscriptionsAsk(layer, 'how many new accounts did we pick up in april')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { from: '2025-04-01' } },
    });
    expect(subscriptionsAsk(layer, 'may: headcount of folks who started a subscription')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { from: '2025-05-01' } },
    });
    expect(subscriptionsAsk(layer, 'Across every subscriber we have, which tier is most common?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'], limit: 1 },
    });
    // ("Which product is most popular" is a figure to ask about: units, orders or revenue.)
    expect(demoAsk('which product is most popular')).toMatchObject({ kind: 'clarify' });
  });
});

describe('session 31: the example-layer probe, read', () => {
  it('"gross margin on weekend orders", "on February sales": the rows of the figure, not a second figure (were declined)', () => {
    expect(demoAsk('Gross margin on weekend orders, Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'] },
    });
    expect(demoAsk('Gross margin percentage on February 2026 sales')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], timeRange: { from: '2026-02-01' } },
    });
  });

  it('"vs q2 full quarter", "how much total", "what % r open", "how much did sub_ac_07 pay", "sub_ac_04\'s most recent invoice", "how much does sub_ac_03 owe"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'rev q3 so far vs q2 full quarter')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2025-04-01', to: '2025-07-01' } } },
    });
    const open = said((question, history) => subscriptionsAsk(layer, question, history), 'open invoices');
    expect(subscriptionsAsk(layer, 'how much total', open)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    const invoices = said((question, history) => subscriptionsAsk(layer, question, history), 'invoices');
    expect(subscriptionsAsk(layer, 'what % r open', invoices)).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'invoice_status', values: ['open'] }], share: { dimension: 'invoice_status' } },
    });
    // Said by its key (looked up in acme's rows): that subscriber's latest invoice, not the newest subscriber.
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const latest = await askingWithLookups(
        layer,
        warehouse,
        'acme',
        '2025-09-16',
      )("when was sub_ac_04's most recent invoice");
      expect(latest).toMatchObject({
        kind: 'query',
        plan: {
          dimensions: ['invoice_id'],
          filters: [{ dimension: 'subscriber', values: ['sub_ac_04'] }],
          limit: 1,
        },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 32: the twenty-eighth fresh misses, read', () => {
  it('"the basic subscriber who joined in may", "the open invoice": asks which, counting the rows by when they joined', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      // Three Basic subscribers joined in May (not: were billed in May); each option asks of one, the clause dropped.
      const joined = await ask('which region is the basic subscriber who joined in may in');
      expect(joined).toMatchObject({ kind: 'clarify' });
      if (joined.kind === 'clarify') {
        expect(joined.text).toContain('"the basic subscriber who joined in may": sub_ac_03, sub_ac_04 and sub_ac_08');
        expect(joined.options.map((option) => option.question)).toEqual([
          'which region is sub_ac_03 in',
          'which region is sub_ac_04 in',
          'which region is sub_ac_08 in',
        ]);
      }
      const signedUp = await ask('what region is the pro customer who signed up in april');
      expect(signedUp).toMatchObject({ kind: 'clarify', text: expect.stringContaining('sub_ac_01 and sub_ac_07') });
      const open = await ask('Whose account does the open invoice belong to?');
      expect(open).toMatchObject({ kind: 'clarify', text: expect.stringContaining('inv_ac_005 and inv_ac_012') });
    } finally {
      await warehouse.close();
    }
  });

  it('"haven\'t been paid yet, still open ones" is the open invoices; "drop email and direct" still leaves out both', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "which invoices haven't been paid yet, still open ones")).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'invoice_status', operator: 'eq', values: ['open'] }] },
    });
    expect(subscriptionsAsk(layer, 'billed excluding void invoices')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'invoice_status', operator: 'neq', values: ['void'] }] },
    });
  });

  it('"so far this month vs last month" is all of last month; without "so far", or for a year, the same days', () => {
    expect(demoAsk('cancellations this month so far vs last month')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'relative', anchor: 'this', unit: 'month' },
        comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } },
      },
    });
    expect(demoAsk('revenue this month vs last month')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('revenue so far this month vs the same days last month')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('revenue so far this year vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"invoice count so far this month compared to last month": all of August, the change said against its same days', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const analyst = createOfflineAnalyst({ layer });
      const question = 'invoice count so far this month compared to last month';
      const today = '2025-09-16';
      const decision = await analyst.plan({ question, history: [], today });
      if (decision.kind !== 'query') throw new Error(`not a query: ${decision.kind}`);
      const schema = await warehouse.describe({ tenant: 'acme' });
      const sql = await analyst.writeSql({
        question,
        plan: decision.plan,
        today,
        dialect: warehouse.dialect,
        schema,
        failures: [],
      });
      const result = await warehouse.run(sql, { tenant: 'acme' });
      expect(result.columns.map((column) => column.name)).toEqual([
        'invoices',
        'invoices_previous',
        'invoices_same_days',
      ]);
      expect(result.rows).toEqual([[1, 3, 2]]);
      const answer = await analyst.interpret({
        question,
        plan: decision.plan,
        change: null,
        result,
        feedback: null,
        today,
        onDelta: () => {},
      });
      expect(answer.text).toBe(
        'Invoices this month so far were 1, down 1 from 2 over the same days of last month; all of last month had 3.',
      );
      expect(analyst.checkInterpretation(answer, result, decision.plan)).toEqual({ ok: true });
      expect(analyst.columns(decision.plan, result).columns.map((column) => [column.label, column.role])).toEqual([
        ['Invoices', 'metric'],
        ['Invoices (previous period)', 'previous'],
        ['Invoices (same days, previous period)', 'previous'],
      ]);
    } finally {
      await warehouse.close();
    }
  });

  it('"vs the same half of 2024", "Jul–Dec 2025 vs 2024", "q1 2026 vs 2025": the same part of the other year (were all of it, or Jan – Mar)', () => {
    for (const question of [
      'How did July–December 2025 paid revenue compare to the same half of 2024?',
      'Jul–Dec 2025 paid revenue vs 2024',
    ])
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: { comparison: { kind: 'period', timeRange: { from: '2024-07-01', to: '2025-01-01' } } },
      });
    expect(demoAsk('revenue in q3 2025 vs the same period in 2024')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2024-07-01', to: '2024-10-01' } } },
    });
    expect(demoAsk('q1 2026 revenue vs 2025')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2025-01-01', to: '2025-03-15' } } },
    });
  });

  it('conditions said with their own figure: "seen by over 50k unique accounts", "more than $40 of discount", "below forty dollars"', () => {
    expect(demoAsk('in 2025 how many insta posts of mine got seen by over 50k unique accounts')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'reach', operator: 'gt', value: 50000 }] },
    });
    expect(demoAsk('paid orders from this month that got more than $40 of discount')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'discounts', operator: 'gt', value: 40 }] },
    });
    expect(demoAsk('January 2026 paid orders with totals below forty dollars: the count')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ operator: 'lt', value: 40 }] },
    });
  });

  it('everyday words: "ended cancelled", "bookmark", "which single", "produced", "trailing twelve months", "compared w fridays"', () => {
    expect(demoAsk('count the january cancellations for me, every order that ended cancelled')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] },
    });
    expect(demoAsk('in feb how often did folks bookmark what i posted')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['saves'] },
    });
    expect(demoAsk('which single tiktok of mine has racked up the most video views')).toMatchObject({
      kind: 'query',
      plan: { limit: 1 },
    });
    expect(demoAsk('Which channel produced the largest mean paid order in October–December 2025?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['sales_channel'], limit: 1 },
    });
    expect(demoAsk('paid revenue for the trailing twelve months')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 12 } },
    });
    expect(demoAsk('ystrday rev compared w fridays')).toMatchObject({
      kind: 'query',
      plan: { filters: [], comparison: { kind: 'previous_period' } },
    });
  });

  it('"my chinos posts": posts naming the product, asked which when several rows bear the word (was declined: likes by product)', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const chinos = await ask('how many likes did my chinos posts get');
      expect(chinos).toMatchObject({ kind: 'clarify' });
      if (chinos.kind === 'clarify')
        expect(chinos.options.map((option) => option.question)).toEqual([
          'how many likes did the Minimal Chinos posts get',
          'how many likes did the Coastal Chinos posts get',
          'how many likes did all chinos posts get',
        ]);
      expect(await ask('how many likes did the Minimal Chinos posts get')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['likes'], filters: [{ operator: 'mentions', values: ['Minimal Chinos'] }] },
      });
      expect(await ask('how many likes did all chinos posts get')).toMatchObject({
        kind: 'query',
        plan: { filters: [{ operator: 'mentions', values: ['Minimal Chinos', 'Coastal Chinos'] }] },
      });
      // A product's own figure still filters on the product.
      expect(await ask('revenue from the Minimal Chinos last month')).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'product', operator: 'eq' }] },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('the lists-and-follow-ups probe: money a product made, "same filters", "no bigger than", "list … who were billed"', async () => {
    expect(demoAsk('which products made over 10k in revenue last month')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['product'],
        conditions: [{ dimension: 'product', metric: 'product_revenue', value: 10000 }],
      },
    });
    expect(demoAsk('which products had over $5k of product revenue in february')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'product', metric: 'product_revenue', value: 5000 }] },
    });
    expect(demoAsk('products that did over $50 last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'], conditions: [{ metric: 'product_revenue', value: 50 }] },
    });
    const cancelled = said(
      demoAsk,
      'how many feb orders ended up cancelled',
      'only those that came via the insta shop',
    );
    expect(demoAsk('ok and january, same filters', cancelled)).toMatchObject({
      kind: 'query',
      plan: {
        filters: [{ dimension: 'order_status', values: ['cancelled'] }, { dimension: 'sales_channel' }],
        timeRange: { from: '2026-01-01', to: '2026-02-01' },
      },
    });
    const big = said(demoAsk, 'list orders over $500 last month');
    expect(demoAsk('same filters but january', big)).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ value: 500 }], timeRange: { from: '2026-01-01' } },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'invoices no bigger than 29 from 2025-07-01 to 2025-08-31')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ operator: 'lte', value: 29 }] },
    });
    expect(subscriptionsAsk(layer, 'list pro customers who were billed over 200 since april')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'], conditions: [{ metric: 'billed', operator: 'gt', value: 200 }] },
    });
    expect(demoAsk('pull up customers w 5+ orders this yr')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], conditions: [{ metric: 'orders', operator: 'gte', value: 5 }] },
    });
  });

  it('"list the paid orders from the past week that had more than $20 discounted": those orders, listed, over the last 7 days (was declined, then counted)', () => {
    for (const question of [
      'List the paid orders from the past week that had more than $20 discounted',
      'Which paid orders from the last 7 days had a discount over $40?',
    ])
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: {
          dimensions: ['order_id'],
          filters: [{ dimension: 'order_status', values: ['paid'] }],
          conditions: [{ metric: 'discounts', operator: 'gt' }],
          timeRange: { kind: 'relative', anchor: 'last', unit: 'day', count: 7 },
        },
      });
    // ("This past week" is last week; days picked by their own total are still not read.)
    expect(demoAsk('revenue this past week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 1 } },
    });
    expect(demoAsk('days last month with revenue over 5k')).toMatchObject({ kind: 'reply' });
  });

  it('"each buyer", "all in,", "before the start of april", "billed to subscribers"', async () => {
    expect(demoAsk('On average, how many paid orders did each buyer place in the first half of 2025?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders_per_customer'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'all in, what did subscribers get charged during july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], timeRange: { from: '2025-07-01', to: '2025-08-01' } },
    });
    expect(subscriptionsAsk(layer, 'subscribers who signed up before the start of april: how many')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { to: '2025-04-01' } },
    });
    expect(subscriptionsAsk(layer, 'Sum billed to subscribers for the month of May')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], timeRange: { from: '2025-05-01', to: '2025-06-01' } },
    });
  });
});

describe('session 32: a period still running against a whole one, the probe of comparisons', () => {
  const demo = useDemoWarehouse();

  it('"revenue q1 to date vs q4", "… by sales channel": the change and the biggest mover against the same days (were against all of the earlier period, or left out)', async () => {
    expect(await demo.answer('revenue q1 to date vs q4')).toBe(
      'Revenue this quarter so far was $294,724.05, down $155,639.53 (34.6%) from $450,363.58 over the same days of Q4 2025; all of Q4 2025 had $554,899.87.',
    );
    const byChannel = await demo.answer('revenue this month so far vs last month by sales channel');
    expect(byChannel).toContain(
      'The total was up $12,680.42 (23.7%) from $53,576.07 over the same days of last month. The biggest mover is TikTok Shop, up $8,054.16 (173.2%) from $4,649.57.',
    );
    expect(byChannel).not.toContain('down');
    // Any earlier whole month or quarter, not only the one just before.
    expect(await demo.answer('revenue this month so far vs january')).toBe(
      'Revenue this month so far was $66,256.49, up $13,800.18 (26.3%) from $52,456.31 over the same days of January 2026; all of January 2026 had $119,932.03.',
    );
    expect(await demo.answer('rev q1 so far vs q1 last yr')).toBe(
      'Revenue this quarter so far was $294,724.05, up $84,214.32 (40.0%) from $210,509.73 over the same days of Q1 2025; all of Q1 2025 had $259,652.09.',
    );
  });

  it('"revenue last 30 days vs last year", "this month vs last month >> and vs last year?": the same span a year back (were all of last year, "down 95.8%")', () => {
    expect(demoAsk('revenue last 30 days vs last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2025-02-13', to: '2025-03-15' } } },
    });
    expect(demoAsk('and vs last year?', said(demoAsk, 'revenue this month vs last month'))).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2025-03-01', to: '2025-03-15' } } },
    });
  });
});

describe('session 33: the twenty-ninth fresh misses, read', () => {
  it('the gerund of a value or a figure the layer names ("refunding", "discounting", "ordering", "invoicing"); never of a synonym ("returning", "moving")', async () => {
    expect(demoAsk('number of orders from last week that we ended up refunding')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(demoAsk('discounting on paid orders in q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'] },
    });
    expect(demoAsk('Peak ordering hour for the TikTok Shop in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['hour_of_day'], limit: 1 },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'busiest invoicing month of 2025 so far, by count')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], limit: 1 },
    });
    // "Returned" is a synonym of Refunded and "moved" of units sold: their gerunds mean something else.
    expect(demoAsk('revenue from returning customers last month').kind).not.toBe('query');
    expect(demoAsk('7 day moving average of revenue').kind).not.toBe('query');
  });

  it('"plan breakdown of our subscribers", "posting mix", "avg inv size": the rows by the dimension said first, the size of one row', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['plan breakdown of our subscribers', 'plan mix of our subscribers']) {
      expect(subscriptionsAsk(layer, question)).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_subscribers'], dimensions: ['plan'] },
      });
    }
    // ("Split across" is the breakdown by what follows it.)
    expect(subscriptionsAsk(layer, "how were 2025's new subscribers spread across regions")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'] },
    });
    expect(demoAsk('my 2025 posting mix - count of reels, images, carousels and videos')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], dimensions: ['media_type'] },
    });
    expect(subscriptionsAsk(layer, 'emea avg inv size from may onwards')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        perRow: 'invoice_id',
        filters: [{ dimension: 'region', values: ['emea'] }],
        timeRange: { from: '2025-05-01' },
      },
    });
  });

  it('"invoices we sent out to customers", "what did we charge our customers": whom every row went to picks none', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'august: number of invoices we sent out to customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], filters: [], timeRange: { from: '2025-08-01', to: '2025-09-01' } },
    });
    expect(subscriptionsAsk(layer, 'what did we charge our customers altogether in june')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [], timeRange: { from: '2025-06-01', to: '2025-07-01' } },
    });
    // People picked by a clause are still picked.
    expect(subscriptionsAsk(layer, 'amount we charged customers who joined in may')).not.toMatchObject({
      plan: { joined: null },
    });
  });

  it('"subscriber count overall, all plans and regions": one total, the things listed only saying so', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "what's our subscriber count overall, all plans and regions")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: [], filters: [] },
    });
  });

  it('a named day with a year said apart from it ("black friday sales in 2024", "valentine\'s revenue last year") is that day in that year; compared with another year, it is found again there', () => {
    const period = (question: string) => {
      const decision = demoAsk(question);
      return decision.kind === 'query' ? [decision.plan.timeRange, decision.plan.comparison] : decision.kind;
    };
    expect(period('sales on black friday in 2024')[0]).toEqual({
      kind: 'absolute',
      from: '2024-11-29',
      to: '2024-11-30',
    });
    expect(period("how many paid orders landed on valentine's 2026")[0]).toEqual({
      kind: 'absolute',
      from: '2026-02-14',
      to: '2026-02-15',
    });
    expect(period("valentine's revenue last year")[0]).toEqual({
      kind: 'absolute',
      from: '2025-02-14',
      to: '2025-02-15',
    });
    // Black Friday 2024 was Nov 29, not a year before Nov 28, 2025 (Thanksgiving 2024, as before).
    for (const question of ['revenue black friday vs last year', 'revenue on black friday 2025 vs 2024']) {
      expect(period(question)).toMatchObject([
        { from: '2025-11-28', to: '2025-11-29' },
        { kind: 'period', timeRange: { kind: 'absolute', from: '2024-11-29', to: '2024-11-30' } },
      ]);
    }
  });
});

describe('session 33: the probe of everyday word forms, read', () => {
  const demo = useDemoWarehouse();

  it('"across all sales channels, countries and categories", "total billed across both regions": one total (were a breakdown by one or two of them)', async () => {
    for (const question of [
      'revenue across all sales channels, countries and categories in feb',
      'revenue overall, all channels and countries, last month',
    ]) {
      expect(demoAsk(question)).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], dimensions: [] } });
    }
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'total billed across both regions this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [] },
    });
    // Without a total said, both may be set side by side.
    expect(subscriptionsAsk(layer, 'billed across both regions this year')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['region'] },
    });
  });

  it('"went past a million views", "folks who subscribed (for the first time)": a bound, and the new rows', async () => {
    expect(demoAsk('how many of my 2025 tiktoks went past a million views')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'video_views', operator: 'gt', value: 1_000_000 }] },
    });
    const layer = await loadSubscriptionsLayer();
    for (const question of ['how many folks subscribed in may', 'may - how many folks subscribed for the first time']) {
      expect(subscriptionsAsk(layer, question)).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_subscribers'], timeRange: { from: '2025-05-01', to: '2025-06-01' } },
      });
    }
  });

  it('"what did the first customer ever buy": declined, naming why (was the ten earliest products)', () => {
    const decision = demoAsk('what did the first customer ever buy');
    expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    if (decision.kind === 'reply') expect(decision.text).toContain('the earliest customer by product');
    expect(demoAsk('when was our earliest customer')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], limit: 1 },
    });
  });

  it('a list of one row is listed, not called the most recent; two dated periods are named by their dates once', async () => {
    expect(await demo.answer('list orders from australia yesterday')).toBe(
      '1 order ID for country Australia yesterday: ord_dm_0024967 (Mar 14, 2026, revenue $45.95).',
    );
    const decision = demoAsk('revenue 1-7 march vs 8-14 march');
    if (decision.kind !== 'query') throw new Error(decision.kind);
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).sentence).toBe(
      'Revenue, Mar 8 – Mar 14, 2026, compared with Mar 1 – Mar 7, 2026.',
    );
  });

  it('a ratio said by the parts the layer defines it by ("discounts as a % of subtotal", "engagement over reach"), the words between kept', () => {
    expect(demoAsk('discounting on insta shop sales in nov 2025 as a % of subtotal')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['discount_rate'],
        filters: [{ dimension: 'sales_channel', values: ['instagram_shop'] }],
        timeRange: { from: '2025-11-01', to: '2025-12-01' },
      },
    });
    expect(demoAsk('Engagement divided by reach, tiktok, 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement_rate'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    // "Over" said first is the span ("over the last 10 days"), and the dates restating it are the same days.
    expect(demoAsk('Paid revenue over the last 10 days, 5 to 14 March 2026')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'day', count: 10 }, comparison: null },
    });
    expect(demoAsk('revenue this year over last year')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"my single insta post with the biggest…", "carried a discount above $50", "spend per paying customer, averaged", "gross profit contribution"', () => {
    expect(demoAsk('my single insta post with the biggest comment count, all time')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], dimensions: ['post'], limit: 1 },
    });
    expect(demoAsk('Which paid orders last week carried a discount above $50?')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'discounts', operator: 'gt', value: 50 }] },
    });
    for (const question of [
      '2025 spend per paying customer, averaged',
      'Oct–Dec 2025: sales divided by the number of distinct paying shoppers',
    ]) {
      expect(demoAsk(question)).toMatchObject({ kind: 'query', plan: { metrics: ['revenue_per_customer'] } });
    }
    // ("On average" after "per tiktok" is what makes it per post: kept.)
    expect(demoAsk('saves per tiktok on average last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['avg_saves'] },
    });
    expect(demoAsk('home category: Q4 2025 gross profit contribution')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'] },
    });
  });

  it('"when did our EMEA pro customer join", "the 99 dollar invoice from july": one row taken for granted, asked about (were declined over "when" and "99")', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      const joined = await ask('When did our EMEA pro customer join?');
      expect(joined).toMatchObject({ kind: 'clarify', text: expect.stringContaining('sub_ac_01 and sub_ac_02') });
      if (joined.kind === 'clarify') expect(joined.options[0]?.question).toBe('When did sub_ac_01 join?');
      expect(await ask('americas basic customer - when did they join')).toMatchObject({ kind: 'clarify' });
      expect(await ask('the 99 dollar invoice from july - which subscriber got it')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('inv_ac_004 and inv_ac_020'),
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 33: the probe of ratios, shares and extremes, read', () => {
  it('"refund rate for paid orders": declined, naming how the rate is worked out (was 0.0%, presented as the rate)', () => {
    for (const question of ['refund rate for paid orders last month', 'cancellation rate for paid orders']) {
      const decision = demoAsk(question);
      expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
      if (decision.kind === 'reply') expect(decision.text).toContain('is worked out from order status itself');
    }
    // A filter on another column, or on a rate defined with a filter of its own, is as asked.
    expect(demoAsk('refund rate for instagram shop orders last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], filters: [{ dimension: 'sales_channel' }] },
    });
    expect(demoAsk('discount rate on paid orders in november 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'] },
    });
  });

  it('"month over month growth in orders in february": February against January (was one month by month, "growth" dropped)', () => {
    for (const question of ['month over month growth in orders in february', 'mom growth in orders february']) {
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['orders'],
          grain: null,
          timeRange: { from: '2026-02-01', to: '2026-03-01' },
          comparison: { kind: 'period', timeRange: { from: '2026-01-01', to: '2026-02-01' } },
        },
      });
    }
    expect(demoAsk('revenue growth by month this year')).toMatchObject({ kind: 'query', plan: { grain: 'month' } });
  });

  it('"ids of every cancellation": the cancelled orders, listed (was "which figure?")', () => {
    expect(demoAsk('ids of every cancellation over the last seven days')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] },
    });
  });

  it('"which subscriber has the highest avg invoice": the rows tied on the average are counted and said (were not)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const decision = subscriptionsAsk(layer, 'which subscriber has the highest avg invoice');
      if (decision.kind !== 'query') throw new Error(decision.kind);
      const result = await warehouse.run(
        compilePlan(decision.plan, { layer, today: '2025-09-16', dialect: warehouse.dialect }),
        { tenant: 'acme' },
      );
      const tied = result.columns.findIndex((column) => column.name === 'billed_tied_rows');
      expect(tied).toBeGreaterThan(-1);
      expect(result.rows[0]?.[tied]).toBe(3);
      const analyst = createOfflineAnalyst({ layer });
      const written = await analyst.interpret({
        question: 'which subscriber has the highest avg invoice',
        plan: decision.plan,
        change: null,
        result,
        feedback: null,
        today: '2025-09-16',
        onDelta: () => {},
      });
      expect(written.text).toContain('is one of 3 subscribers tied for the highest amount billed per invoice: $99.00');
      expect(analyst.checkInterpretation(written, result, decision.plan)).toEqual({ ok: true });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 33: the rest of the twenty-ninth misses, read', () => {
  it('"where was our gross margin weakest? Just the worst product category": the grouping said outright answers the "where"', () => {
    expect(demoAsk('In 2025, where was our gross margin weakest? Just the worst product category')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], dimensions: ['category'], sort: { direction: 'asc' }, limit: 1 },
    });
    // (Still asked where nothing says which.)
    expect(demoAsk('where are my sales coming from')).toMatchObject({ kind: 'clarify' });
  });

  it('"how many different shoppers actually bought something", "went on tiktok", "…, how many": as said without the extra words', () => {
    expect(demoAsk('in december how many different shoppers actually bought something')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'] },
    });
    expect(demoAsk('shoppers who bought in february, how many')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'], timeRange: { from: '2026-02-01', to: '2026-03-01' } },
    });
    expect(demoAsk('how much of what i posted in 2025 went on tiktok, as a share')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], filters: [{ dimension: 'platform', values: ['tiktok'] }], share: {} },
    });
  });
});

describe('session 33: the probe of follow-up chains, read', () => {
  it('"last quarter >> what about january?": the latest January, as asked alone (was January of the quarter\'s year); a period named keeps its year', () => {
    expect(demoAsk('what about january?', said(demoAsk, 'revenue last quarter'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-02-01' } },
    });
    expect(demoAsk('and q4?', said(demoAsk, 'revenue in q3 2024'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2024-10-01', to: '2025-01-01' } },
    });
  });

  it('"units by category >> only apparel >> the rest?": every other category (was Apparel again)', async () => {
    const history = said(demoAsk, 'units sold last month by category', 'only apparel');
    expect(demoAsk('the rest?', history)).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'category', operator: 'neq', values: ['apparel'] }] },
    });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('the rest?', said(ask, 'billed by plan in july', 'only pro'))).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'plan', operator: 'neq', values: ['pro'] }] },
    });
  });

  it('"open invoices >> how much is that in total": what those come to (was every invoice counted, the filter dropped)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    for (const question of ['how much is that in total', 'how much do they add up to']) {
      expect(ask(question, said(ask, 'open invoices'))).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
    }
  });

  it('"tell me more about that post": declined, saying what can be asked (was the count of every post, "same period")', () => {
    const decision = demoAsk('tell me more about that post', said(demoAsk, 'top post last month by likes'));
    expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('review: figures listed after "for all" are not dropped as a scope; "tell me about this month\'s revenue" is a question; "over" joins a ratio\'s parts only side by side', () => {
    // (Read as said: Paid against Refunded, never the two words dropped.)
    expect(demoAsk('revenue for all paid orders and refunds last month')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values', dimension: 'order_status', values: ['paid', 'refunded'] } },
    });
    expect(demoAsk("tell me about this month's revenue")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('engagement over reach for reels last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement_rate'] },
    });
  });

  it('"paid orders in feb": no note that Paid replaces the usual condition, which it is; "refunded orders" keeps it', () => {
    const notes = (question: string) => {
      const decision = demoAsk(question);
      if (decision.kind !== 'query') throw new Error(decision.kind);
      return interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).notes.join(' ');
    };
    expect(notes('paid orders in feb')).not.toContain('instead of its usual condition');
    expect(notes('refunded orders in feb')).toContain(
      'Orders counts Order status: Refunded here, instead of its usual condition.',
    );
  });
});

describe('session 34: the thirtieth misses and the probe of answer shapes, read', () => {
  const demo = useDemoWarehouse();

  it('"dollars per customer who actually purchased", "how much per order per country": money per each (were a count of buyers, and orders by country)', () => {
    expect(demoAsk('oct–dec 2025, dollars per customer who actually purchased')).toMatchObject({
      kind: 'query',
      summary: 'Revenue per customer, Q4 2025',
    });
    expect(demoAsk('how much per order per country last month')).toMatchObject({
      kind: 'query',
      summary: 'Revenue per order by country, last month',
    });
    // ("2025, dollars" is no amount of $2,025: a comma in a number only before three digits.)
    expect(demoAsk('orders over 1,500 dollars')).toMatchObject({
      kind: 'query',
      plan: { conditions: [expect.objectContaining({ value: 1500 })] },
    });
  });

  it('"status tally for every order placed in jan 2026", "order status tally", "plan mix: subscriber numbers per plan": the split asked (were one total, and subscribers by subscriber)', async () => {
    for (const question of ['status tally for every order placed in jan 2026', 'order status tally last month']) {
      expect(demoAsk(question)).toMatchObject({
        kind: 'query',
        plan: { metrics: ['orders'], dimensions: ['order_status'] },
      });
    }
    // (A count of a table's own rows is still one figure.)
    expect(demoAsk('customer count')).toMatchObject({ kind: 'query', plan: { dimensions: [] } });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string) => subscriptionsAsk(layer, question);
    expect(ask('plan mix: subscriber numbers per plan')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'] },
    });
    expect(ask('invoice status tally')).toMatchObject({ kind: 'query', plan: { dimensions: ['invoice_status'] } });
    expect(ask('subscriber count')).toMatchObject({ kind: 'query', plan: { dimensions: [] } });
  });

  it('"unpaid (open) invoice ids pls": the open invoices, listed (was the amount billed)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['unpaid (open) invoice ids pls', 'open invoice ids pls', 'unpaid (open) invoice ids']) {
      const decision = subscriptionsAsk(layer, question);
      expect(decision, question).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
      if (decision.kind === 'query') expect(JSON.stringify(decision.plan)).toContain('invoice_id');
    }
  });

  it('"revenue by sales channel >> Canadian buyers only": the same split for Canada (was a count of Canadian buyers)', () => {
    expect(demoAsk('Canadian buyers only', said(demoAsk, 'revenue by sales channel in 2025'))).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'country', values: ['CA'] }],
      },
    });
  });

  it('"likes on tiktok in december >> and on facebook, same month?": December again, not split by month', () => {
    const decision = demoAsk('and on facebook, same month?', said(demoAsk, 'likes on tiktok in december'));
    expect(decision).toMatchObject({ kind: 'query', plan: { grain: null, filters: [{ values: ['facebook'] }] } });
  });

  it('"paid product revenue": the paid orders the figure is counted over, labelled as the figure (was asked whether "paid" is the paid-search channel)', () => {
    const decision = demoAsk('paid product revenue in 2025 by product, bottom 3');
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['product_revenue'] } });
    if (decision.kind !== 'query') return;
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).sentence).toMatch(/by product revenue, /);
    // (Refunded money is still not revenue, and says so.)
    const refunded = demoAsk('refunded revenue 2025');
    if (refunded.kind !== 'query') throw new Error(refunded.kind);
    expect(interpretPlan(refunded.plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).sentence).toMatch(/^Order value, /);
  });

  it('"sat 14th v fri 13th", "the 14th vs the 13th": those two days; a weekday that is not the day\'s reads as nothing', () => {
    for (const question of ['paid ords sat 14th v fri 13th', 'paid orders on the 14th vs the 13th']) {
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { timeRange: { kind: 'absolute', from: '2026-03-14', to: '2026-03-15' } },
      });
    }
    expect(demoAsk('revenue on thu 13th')).toMatchObject({ kind: 'reply' });
    expect(demoAsk('Paid revenue for the second half of February 2026, the 15th to the 28th')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2026-02-15', to: '2026-03-01' } },
    });
  });

  it('everyday words: "summed", "Australia-based", "sat below", "just gone", "ystday", "among customers in", "calendar-2025"', () => {
    expect(demoAsk('Paid-order takings, summed, from 1 July 2024 through 30 September 2024')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('Mean paid order size among Australia-based customers, April–June 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: expect.arrayContaining([expect.objectContaining({ values: ['AU'] })]) },
    });
    expect(demoAsk('Tally of paid orders from January 2026 whose total sat below twenty dollars')).toMatchObject({
      kind: 'query',
      plan: { conditions: [expect.objectContaining({ operator: 'lt', value: 20 })] },
    });
    expect(demoAsk('likes week after week for the six complete weeks just gone')).toMatchObject({
      kind: 'query',
      plan: { grain: 'week' },
    });
    expect(demoAsk('accessories units ystday')).toMatchObject({ kind: 'query' });
    expect(demoAsk('revenue among customers in canada')).toMatchObject({ kind: 'query', plan: { dimensions: [] } });
    expect(demoAsk('Calendar-2025 paid revenue')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2025-01-01', to: '2026-01-01' } },
    });
  });

  it('"best seller per category": declined as a top within each group (was the categories ranked)', () => {
    expect(demoAsk('best seller per category')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('"which orders got refunded last week", "as a list", "name them": the rows listed', async () => {
    expect(await demo.answer('which orders got refunded last week')).toMatch(/^13 order IDs for order status Refunded/);
    for (const followUp of ['as a list', 'name them']) {
      expect(demoAsk(followUp, said(demoAsk, 'refunded orders last week')), followUp).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['order_id'] },
      });
    }
  });

  it('"invoices in july >> which ones are open": one invoice, listed as one ("inv_ac_012 invoices … were 1" before)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
      const decision = ask('which ones are open', said(ask, 'invoices in july'));
      if (decision.kind !== 'query') throw new Error(decision.kind);
      const plan = decision.plan;
      const analyst = createOfflineAnalyst({ layer });
      const result = await warehouse.run(
        compilePlan(plan, { layer, today: '2025-09-16', dialect: warehouse.dialect }),
        {
          tenant: 'acme',
        },
      );
      const written = await analyst.interpret({
        question: 'which ones are open',
        plan,
        change: null,
        result,
        feedback: null,
        today: '2025-09-16',
        onDelta: () => {},
      });
      expect(analyst.checkInterpretation(written, result, plan)).toEqual({ ok: true });
      expect(written.text).toBe('1 invoice ID for invoice status Open in July 2025: inv_ac_012.');
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 34: more of the thirtieth misses, read', () => {
  it('"engagement on tiktok in january, as a rate": the rate of the figure named earlier (was declined over "rate")', () => {
    expect(demoAsk('engagement on tiktok in january, as a rate')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement_rate'] },
    });
  });

  it('"units split apparel/home/beauty/acc": a value cut short, when it starts one value alone of that dimension', () => {
    expect(demoAsk('this wk units split apparel/home/beauty/acc')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'category', values: expect.arrayContaining(['accessories']) }] },
    });
  });

  it('"did my reach grow from jul–sep to oct–dec 2025": Q4 against Q3 (was declined as more than two periods); "revenue from jan-mar to apr-jun" is not', () => {
    expect(demoAsk('did my reach grow from jul–sep to oct–dec 2025?')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2025-10-01', to: '2026-01-01' }, comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('revenue from jan-mar to apr-jun 2025')).not.toMatchObject({
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"last week\'s cancellations, up or down from the seven days before it", "what did Q1 2025 leave us in gross profit"', () => {
    expect(demoAsk("last week's cancellation count, up or down from the seven days before it?")).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
    const history = said(demoAsk, 'What did Q1 2025 leave us in gross profit?');
    expect(history[0]?.plan).toMatchObject({ metrics: ['gross_profit'], timeRange: { from: '2025-01-01' } });
    expect(demoAsk('Split it per selling channel', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'], dimensions: ['sales_channel'] },
    });
  });
});

describe('session 34: the probes of filters and periods, read', () => {
  it('"revenue excluding apparel in canada": the "not" is apparel\'s alone (was Canada left out too)', async () => {
    const filters = (question: string) => {
      const decision = demoAsk(question);
      if (decision.kind !== 'query') throw new Error(`${question}: ${decision.kind}`);
      return decision.plan.filters;
    };
    expect(filters('revenue excluding apparel in canada last month')).toEqual(
      expect.arrayContaining([
        { dimension: 'category', operator: 'neq', values: ['apparel'] },
        { dimension: 'country', operator: 'eq', values: ['CA'] },
      ]),
    );
    expect(filters('non-reel instagram posts last month')).toEqual(
      expect.arrayContaining([{ dimension: 'platform', operator: 'eq', values: ['instagram'] }]),
    );
    expect(filters('orders excluding US and Canada last month')).toEqual([
      { dimension: 'country', operator: 'neq', values: ['US', 'CA'] },
    ]);
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'billed excluding pro in emea in july');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        filters: expect.arrayContaining([{ dimension: 'region', operator: 'eq', values: [expect.any(String)] }]),
      },
    });
  });

  it('"non-discounted orders on tiktok shop": the ones without a discount, on TikTok Shop (was discounted ones off it)', () => {
    expect(demoAsk('non-discounted orders on tiktok shop last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'sales_channel', operator: 'eq' }] },
      summary: expect.stringContaining('only orders with no discounts'),
    });
  });

  it('"revenue in january >> through february": Jan 1 – Feb 28 (was all time up to then); "revenue from march 1" is since then (was that one day)', () => {
    expect(demoAsk('through february', said(demoAsk, 'revenue in january'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-03-01' } },
    });
    expect(demoAsk('revenue from march 1')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-01', to: null } },
    });
    // (Rows listed "from 3/10" are that day's.)
    expect(demoAsk('list the tiktok shop orders from 3/10')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2026-03-10', to: '2026-03-11' } },
    });
  });

  it('"revenue mtd >> same period last month": against the same days of February (was all of February in its place); "and Q1 so far" after Q4 2025 is this quarter', () => {
    expect(demoAsk('same period last month', said(demoAsk, 'revenue mtd'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'this', unit: 'month' }, comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('and Q1 so far', said(demoAsk, 'revenue by sales channel in Q4'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'this', unit: 'quarter' } },
    });
  });

  it('"orders over $200 by country >> what about under $50": the bound on the orders moved (was one on each country)', () => {
    const history = said(demoAsk, 'orders over $200 last month', 'by country');
    expect(demoAsk('what about under $50', history)).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'], conditions: [{ dimension: 'order_id', operator: 'lt', value: 50 }] },
    });
  });

  it('"platforms with an engagement rate above 5%": each platform\'s rate (was posts over 5% counted)', () => {
    expect(demoAsk('platforms with an engagement rate above 5% last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement_rate'], conditions: [{ dimension: 'platform' }] },
    });
  });
});

describe('session 34: a period named one way and dated another', () => {
  it('"revenue last week (Feb 23 - Mar 1)", "revenue Q3, Oct–Dec 2025": which is meant is asked, each by its dates (the brackets were dropped, the two added up)', () => {
    const asked = demoAsk('revenue last week (Feb 23 - Mar 1)');
    expect(asked).toMatchObject({
      kind: 'clarify',
      text: '"last week" is Mar 2 – Mar 8, 2026, and the dates in brackets are Feb 23 – Mar 1, 2026. Which did you mean?',
    });
    if (asked.kind === 'clarify')
      expect(asked.options.map((option) => option.question)).toEqual(['revenue last week', 'revenue Feb 23 - Mar 1']);
    expect(demoAsk('revenue Q3, Oct–Dec 2025')).toMatchObject({ kind: 'clarify', word: 'Q3' });
  });

  it('dates that restate the period are read as it: "last week (Mar 2 - Mar 8)", "Q1 2025 (Jan-Mar)", "Q1 2025, January through March", "Dec 1 through Dec 15, 2025", "the last 12 months, March 2025 through February 2026"', () => {
    for (const question of [
      'revenue last week (Mar 2 - Mar 8)',
      'revenue Q1 2025 (Jan-Mar)',
      'Paid revenue booked in Q1 2025, January through March',
      'Paid orders from December 1 through December 15, 2025',
      'Gross margin on apparel over the last 12 months, March 2025 through February 2026',
    ])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query' });
    expect(demoAsk('Gross margin on apparel over the last 12 months, March 2025 through February 2026')).toMatchObject({
      plan: { timeRange: { from: '2025-03-01', to: '2026-03-01' }, filters: [{ dimension: 'category' }] },
    });
  });
});

describe('session 34: the probes of everyday asks and of rows taken for granted, read', () => {
  it('"posts with engagement rate over 10%" with no period: 10% (was 1,000%: the "%" at the end was read out); "over 10" on a rate is 10% too', () => {
    for (const question of ['posts with engagement rate over 10%', 'posts with engagement rate over 10']) {
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { conditions: [{ metric: 'engagement_rate', operator: 'gt', value: 0.1 }] },
      });
    }
    expect(demoAsk('products with gross margin under 50%')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'gross_margin', operator: 'lt', value: 0.5 }] },
    });
    // (A trailing "pct" that only restates a rate is still read out.)
    expect(demoAsk('disc rate jan, pct')).toMatchObject({ kind: 'query', plan: { metrics: ['discount_rate'] } });
  });

  it('"refund rate above 5% by country": each country\'s rate (was each order\'s, "6 countries had no orders")', () => {
    expect(demoAsk('refund rate above 5% by country')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['refund_rate'],
        dimensions: ['country'],
        conditions: [{ dimension: 'country', metric: 'refund_rate', value: 0.05 }],
      },
    });
  });

  it('"likes on my tiktoks vs my reels": declined, two kinds of thing (was TikTok reels, 0); "tiktok vs instagram" is compared', () => {
    expect(demoAsk('likes on my tiktoks vs my reels')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(demoAsk('likes on tiktok vs instagram')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values', dimension: 'platform' } },
    });
  });

  it('"our basic emea subscriber", "the emea pro subscriber\'s invoices": asked which (were added up); "the $29 invoice" that many fit is declined, naming how many', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      expect(await ask('how much has our basic emea subscriber been billed')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('Three subscribers match'),
      });
      expect(await ask("the emea pro subscriber's invoices")).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('sub_ac_01 and sub_ac_02'),
      });
      expect(await ask('show me the $29 invoice')).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('"the $29 invoice" fits 12 or more invoices'),
      });
      // ("The invoice from june 14" is that day's, never since then.)
      expect(await ask('the invoice from june 14')).toMatchObject({
        kind: 'query',
        plan: { timeRange: { from: '2025-06-14', to: '2025-06-15' } },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 34: a post taken for granted, read with the names of the rows', () => {
  it('"likes on the velvet scarf post": 23 posts fit, so it is declined, naming how many (was their likes added up); "velvet scarf posts" are all of them', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      expect(await ask('likes on the velvet scarf post')).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('"the velvet scarf post" fits 12 or more posts'),
      });
      expect(await ask('likes on velvet scarf posts')).toMatchObject({ kind: 'query' });
      expect(await ask('sum up the saves on my december content')).toMatchObject({ kind: 'query' });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 34: two values in turn, added together; "number of" a money word', () => {
  it('"sales from the uk in feb >> and germany? >> combined?": the two countries together (was every country)', () => {
    const history = said(demoAsk, 'sales from the uk in feb', 'and germany?');
    expect(demoAsk('combined?', history)).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', operator: 'in', values: ['GB', 'DE'] }], comparison: null },
    });
  });

  it('"total number of sales this year": how many orders (was the revenue)', () => {
    for (const question of ['total number of sales this year', 'count of sales last month'])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['orders'] } });
    expect(demoAsk('amount of sales last month')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
  });
});

describe('session 34: the probes of the example layer and of follow-up chains, read', () => {
  it('"revenue yesterday >> same for last year": that day a year before, set beside it (was all of last year); "this year >> and last year?" is still last year', () => {
    const froms = {
      'revenue yesterday': '2025-03-14',
      'revenue last 7 days': '2025-03-08',
      'revenue this month': '2025-03-01',
    };
    for (const [base, from] of Object.entries(froms))
      expect(demoAsk('same for last year', said(demoAsk, base)), base).toMatchObject({
        kind: 'query',
        plan: { comparison: { kind: 'period', timeRange: { kind: 'absolute', from, to: '2025-03-15' } } },
      });
    expect(demoAsk('and last year?', said(demoAsk, 'units sold by category this year'))).toMatchObject({
      kind: 'query',
      plan: { comparison: null, timeRange: { kind: 'relative', anchor: 'last', unit: 'year' } },
    });
  });

  it('"invoices over $50 >> list them >> how much in total": what they come to together, $693 (was each listed again)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    for (const question of ['how much in total', 'amount billed in total'])
      expect(ask(question, said(ask, 'invoices over $50', 'list them')), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], dimensions: [], conditions: [{ value: 50 }] },
      });
    expect(ask('how mcuh is unpaid')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
  });
});

describe('session 34: "the rest" after a narrowing', () => {
  it('"invoices by region >> only the paid ones >> the rest?": the ones not paid (was the paid ones again)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('the rest?', said(ask, 'invoices by region this year', 'only the paid ones'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['region'], filters: [{ dimension: 'invoice_status', operator: 'neq', values: ['paid'] }] },
    });
  });
});

describe('session 34: a share by month where the part has no rows', () => {
  it('"pro share of billing by month": 0% in the months only Basic was billed (was no value, and July called the latest month)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const decision = subscriptionsAsk(layer, 'pro share of billing by month');
      if (decision.kind !== 'query') throw new Error(decision.kind);
      const sql = compilePlan(decision.plan, { layer, today: '2025-09-16', dialect: warehouse.dialect });
      const result = await warehouse.run(sql, { tenant: 'acme' });
      const august = result.rows.find((row) => String(row[0]).startsWith('2025-08'));
      expect(august?.slice(1)).toEqual([0, 0]);
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 34: what a follow-up changed, said truly', () => {
  it('"units by category >> only beauty >> by month": "by month instead of by category" (was "as a total instead of broken down")', () => {
    const decision = demoAsk('by month', said(demoAsk, 'units sold by category this quarter', 'only beauty'));
    expect(decision).toMatchObject({
      kind: 'query',
      change: expect.stringContaining('by month instead of by category'),
    });
    expect(decision.kind === 'query' ? decision.change : '').not.toContain('as a total');
  });
});

describe('session 34: review', () => {
  it('a year alone in brackets only says which year; "to canada" moves no end', () => {
    expect(demoAsk('revenue Q3 (2025)')).toMatchObject({ kind: 'query', plan: { timeRange: { from: '2025-07-01' } } });
    expect(demoAsk('to canada', said(demoAsk, 'revenue last month'))).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'month' } },
    });
  });
});

describe('session 35: the thirty-first fresh misses, read', () => {
  it('"wk to date sales vs whole prev wk": against all of last week (was its same days)', () => {
    for (const question of ['wk to date sales vs whole prev wk', 'orders this month so far vs entire previous month'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last' } } },
      });
    // (Said without "whole", the same days of the week before.)
    expect(demoAsk('wtd sales vs prev wk')).not.toMatchObject({
      plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last' } } },
    });
  });

  it('"average days from order to delivery", "typical days between an invoice going out and it getting paid": declined, naming the words (were a figure by day)', async () => {
    for (const question of ['average days from order to delivery last month', 'avg days to ship'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining("I can't measure how long something took"),
      });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'typical days between an invoice going out and it getting paid')).toMatchObject({
      kind: 'reply',
    });
    // (Hours of the day are a split, not a time taken.)
    expect(demoAsk('average order value by time of day')).toMatchObject({ kind: 'query' });
  });

  it('"money made on orders in june", "money actually collected on invoices that were paid": the money (were the rows counted)', async () => {
    expect(demoAsk('money made on orders in june 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'June: money actually collected on invoices that were paid')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
  });

  it('"subscriber count for each region": subscribers by region (was read as regions by subscriber, and asked which figure); "status count for every order in january" is by status', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'subscriber count for each region')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'] },
    });
    expect(demoAsk('order status count for every order in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['order_status'] },
    });
  });

  it('"cxl by sales chan past 90d": cancelled orders counted by channel (was asked which figure); "xmas day, how much came in" is revenue', () => {
    expect(demoAsk('cxl by sales chan past 90d')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'order_status', values: ['cancelled'] }],
      },
    });
    expect(demoAsk('xmas day 2025, how much came in')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { from: '2025-12-25', to: '2025-12-26' } },
    });
  });

  it('"rev 7 days to yday", "disc rate black fri 2025": the last 7 days, and Black Friday (were declined)', () => {
    expect(demoAsk('rev 7 days to yday')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'day', count: 7 } },
    });
    expect(demoAsk('disc rate black fri 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'], timeRange: { from: '2025-11-28', to: '2025-11-29' } },
    });
  });

  it('"what date was sub_ac_04\'s invoice issued", "the july pro invoice — which subscriber": asked which (were a figure by day, and by subscriber); the reply picks it', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const analyst = createOfflineAnalyst({ layer });
    const ask = (question: string, history: readonly Turn[] = []) =>
      analyst.plan({
        question,
        history,
        today: '2025-09-16',
        lookup: (sql) => warehouse.run(sql, { tenant: 'acme' }),
        dialect: warehouse.dialect,
      });
    try {
      const first = "What date was sub_ac_04's invoice issued?";
      expect(await ask(first)).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('inv_ac_007, inv_ac_008 and inv_ac_009'),
      });
      expect(await ask('The July pro invoice — which subscriber was it for?')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('inv_ac_004 and inv_ac_020'),
      });
      // The row's own date, when one is named by its key.
      expect(await ask('what date was inv_ac_007 issued')).toMatchObject({
        kind: 'query',
        plan: { grain: null, dimensions: ['invoice_id'] },
      });
      const asked = [{ question: first, plan: null, answer: 'Three invoices match "sub_ac_04\'s invoice"' }];
      for (const [reply, key] of [
        ['inv_ac_008', 'inv_ac_008'],
        ['the second one', 'inv_ac_008'],
        ['last', 'inv_ac_009'],
      ] as const)
        expect(await ask(reply, asked), reply).toMatchObject({
          kind: 'query',
          plan: { filters: [{ dimension: 'invoice_id', values: [key] }] },
        });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 35: periods of different lengths, compared', () => {
  const demo = useDemoWarehouse();

  it('"sales last 10 days vs previous month": against February (was the 10 days before), and said per day too, where the totals point the other way', async () => {
    expect(demoAsk('sales last 10 days vs previous month')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'month' } } },
    });
    expect(await demo.answer('sales last 10 days vs previous month')).toBe(
      'Revenue in the last 10 days was $45,863.90, down $62,671.63 (57.7%) from $108,535.53 last month; the periods differ in length (10 days against 28): per day, $4,586.39 against $3,876.27, up 18.3%.',
    );
    expect(await demo.answer('orders in the last 7 days compared to february')).toContain(
      '(7 days against 28): per day, 45.14 against 37.46, up 20.5%',
    );
    // (A month against a month is like for like: no per-day sentence.)
    expect(await demo.answer('revenue last month vs the month before')).not.toContain('per day');
  });

  it('a per-day figure the result does not support fails the check', async () => {
    const plan = demo.planOf('sales last 10 days vs previous month');
    const result = await demo.run(demo.compiled(plan));
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const written = await analyst.interpret({
      question: 'sales last 10 days vs previous month',
      plan,
      change: null,
      result,
      feedback: null,
      today: EVAL_TODAY,
      onDelta: () => {},
    });
    const altered = { ...written, text: written.text.replace('$4,586.39', '$4,686.39') };
    expect(analyst.checkInterpretation(altered, result, plan, { today: EVAL_TODAY }).ok).toBe(false);
  });

  it('"how many invoices have gone out to date, all of them": the invoices counted (was declined as two figures)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how many invoices have gone out to date, all of them')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'] },
    });
  });
});

describe('session 35: the probes of sentences and of the example layer, read', () => {
  const demo = useDemoWarehouse();

  it('a first place within 1% of the second is "narrowly" first; a ranking short of the number asked says so', async () => {
    expect(await demo.answer('revenue by category june 2024')).toContain(
      'Home narrowly leads product revenue in June 2024 with $25,010.14',
    );
    expect(await demo.answer('top 10 categories by revenue last month')).toContain(
      'Only 4 categories are in the result, fewer than the 10 asked.',
    );
  });

  it('"how did we do in feb", "busiest day last month": totals and counts offered before a rate where lower is better', () => {
    const labels = (question: string) => {
      const decision = demoAsk(question);
      return decision.kind === 'clarify' ? decision.options.map((option) => option.label) : [];
    };
    expect(labels('how did we do in feb')).not.toContain('Cancellation rate');
    expect(labels('busiest day last month')[0]).toBe('Orders');
  });

  it('"how did we do last month >> revenue pls": the option, said loosely, keeps the period (was all time)', () => {
    expect(demoAsk('revenue pls', said(demoAsk, 'how did we do last month'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { kind: 'relative', anchor: 'last', unit: 'month' } },
    });
    expect(demoAsk('orders I guess', said(demoAsk, 'how did we do in canada last month'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'country' }] },
    });
  });

  it('"the june basic invoice" (4 fit) is declined (was their total); "the open invoice from june" (1 fits) is that invoice; a key alone is the row', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      expect(await ask('the june basic invoice')).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('"the june basic invoice" fits 4 invoices'),
      });
      for (const question of ['the open invoice from june', 'inv_ac_005'])
        expect(await ask(question), question).toMatchObject({
          kind: 'query',
          plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'invoice_id', values: ['inv_ac_005'] }] },
        });
      expect(await ask('how much has sub_ac_05 paid us')).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          filters: expect.arrayContaining([{ dimension: 'invoice_status', operator: 'eq', values: ['paid'] }]),
        },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 35: a place in the ranking just given', () => {
  const demo = useDemoWarehouse();

  it('"top product last month >> and the second one? >> the next one": the second and third of the same ranking (was "second" declined)', async () => {
    const history = said(demoAsk, 'top product last month');
    const second = demoAsk('and the second one?', history);
    expect(second).toMatchObject({
      kind: 'query',
      summary: 'Second product by product revenue, last month',
      plan: { limit: 1, offset: 1, sort: { direction: 'desc' } },
    });
    if (second.kind !== 'query') return;
    const result = await demo.run(demo.compiled(second.plan));
    expect(await demo.answer('and the second one?', { plan: second.plan, result })).toBe(
      'Velvet Backpack has the second highest product revenue last month: $6,885.00.',
    );
    expect(
      demoAsk('the next one', [...history, { question: 'and the second one?', plan: second.plan, answer: '' }]),
    ).toMatchObject({
      kind: 'query',
      plan: { limit: 1, offset: 2 },
    });
    // (After a breakdown, its order by the figure; after a bottom list, from the bottom.)
    expect(demoAsk('and the second one?', said(demoAsk, 'revenue by category this year'))).toMatchObject({
      kind: 'query',
      plan: { limit: 1, offset: 1, sort: { by: 'product_revenue', direction: 'desc' } },
    });
    expect(demoAsk('the second one', said(demoAsk, 'bottom 3 categories by orders'))).toMatchObject({
      kind: 'query',
      summary: expect.stringMatching(/^Second-lowest category/),
    });
  });
});

describe('session 35: the probes of follow-up chains, creators and a third layer, read', () => {
  it('"compare that with january" and "compare with last month" after last month: two months side by side (were January in its place, and declined as one period with itself)', () => {
    expect(demoAsk('compare that with january', said(demoAsk, 'revenue last month'))).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
    expect(demoAsk('compare with last month', said(demoAsk, 'likes on tiktok last month'))).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"revenue by country >> just canada >> compare with the uk": Canada against the UK (was the UK in its place)', () => {
    expect(demoAsk('compare with the uk', said(demoAsk, 'revenue by country', 'just canada'))).toMatchObject({
      kind: 'query',
      change: 'Same period, comparing Canada and United Kingdom',
      plan: { dimensions: [], comparison: { kind: 'values', dimension: 'country', values: ['CA', 'GB'] } },
    });
  });

  it('"cancellation rate by country >> those orders — list them": declined, naming the two kinds of rows (was every order\'s revenue)', () => {
    expect(
      demoAsk('those orders — list them', said(demoAsk, 'cancellation rate last quarter by country')),
    ).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('the rows behind cancellation rate'),
    });
  });

  it('"engagement by platform >> the second one >> just reels": the ranking narrowed (was the second of reels, none)', () => {
    expect(demoAsk('just reels', said(demoAsk, 'engagement by platform this year', 'the second one'))).toMatchObject({
      kind: 'query',
      plan: { limit: null, dimensions: ['platform'], filters: [{ dimension: 'media_type' }] },
    });
  });

  it('"revenue by weekday >> busiest day?": the weekday with the most (was one date, labelled a weekday)', () => {
    expect(demoAsk('busiest day?', said(demoAsk, 'revenue by weekday'))).toMatchObject({
      kind: 'query',
      plan: { grain: null, dimensions: ['day_of_week'], limit: 1 },
    });
  });

  it('"how many posts did i share last month": the posts put out (was how often people shared them)', () => {
    expect(demoAsk('how many posts did i share last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'] },
    });
  });

  it("a share with no part named gives an example from the asker's own layer (was the demo's Instagram Shop on every layer)", async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'what share of billing');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') {
      expect(decision.text).toContain('for example "from Basic" or "by plan"');
      expect(decision.text).not.toContain('Instagram');
    }
  });
});

describe('session 35: a row asked whether it has a value', () => {
  it('"is inv_ac_005 paid?", "is sub_ac_03 on pro": the row\'s own value of that dimension (was asked which figure)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      expect(await ask('is inv_ac_005 paid?')).toMatchObject({
        kind: 'query',
        plan: {
          dimensions: ['invoice_status'],
          filters: [{ dimension: 'invoice_id', values: ['inv_ac_005'] }],
        },
      });
      expect(await ask('is sub_ac_03 on pro')).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['plan'], filters: [{ dimension: 'subscriber', values: ['sub_ac_03'] }] },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 36: the thirty-second sets and two probes, read', () => {
  const demo = useDemoWarehouse();

  it('money said by a sign beside a verb or a vague question: "who sold more this year ($)", "how did we do yday in $" (were units sold, and asked which figure)', () => {
    expect(demoAsk('insta shop or tiktok shop, who sold more this year ($)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], comparison: { kind: 'values', dimension: 'sales_channel' } },
    });
    expect(demoAsk('how did we do yday in $')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
    expect(demoAsk('how many bucks did we make last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    // ("Refunds as a count and as dollars": the rows' own amount, never a second figure of other rows.)
    expect(demoAsk('Refunds as a count and as dollars, Q3 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });

  it('"grouped by the buyer’s country" with a phone\'s curly apostrophe: by country (was by customer and country, 1,000 rows)', () => {
    expect(
      demoAsk('December 2025 shipping fees collected on paid orders, grouped by the buyer’s country'),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['shipping'], dimensions: ['country'] } });
  });

  it('"number of catalog items with a list price of $100 or above": the products counted (were their average price, and units sold)', async () => {
    for (const question of [
      'Number of catalog items with a list price of $100 or above',
      'Number of catalog items with a price of $100 or above',
    ]) {
      const plan = demo.planOf(question);
      expect(plan).toMatchObject({
        metrics: ['new_products'],
        conditions: [{ dimension: 'product', metric: 'price', operator: 'gte', value: 100 }],
      });
      expect(await demo.answer(question)).toBe(
        'Counting only products whose price is at least $100.00: Products were 12.',
      );
    }
  });

  it('example layer: "sum of all june invoices >> restrict to the pro tier" keeps the sum (was the count), states held now, ids of one row listed', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('sum of all june invoices')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('restrict to the pro tier', said(ask, 'sum of all june invoices'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
    // A state said "at the moment" is the rows as they stand (was asked which period); "remain open" is open.
    for (const question of ['open invoice tally at the moment?', 'how many invoices remain open']) {
      expect(ask(question)).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['invoices'],
          filters: [{ dimension: 'invoice_status', values: ['open'] }],
          timeRange: { kind: 'all' },
        },
      });
    }
    // "How much are unpaid invoices", "unpaid invoices, how much": their money (were counted).
    for (const question of ['how much are unpaid invoices', 'unpaid invoices, how much']) {
      expect(ask(question)).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    }
    expect(ask('how many dollars were invoiced in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'] },
    });
    expect(ask('what is the dollar amount of invoices over $50')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], conditions: [{ operator: 'gt', value: 50 }] },
    });
    // Weeks said to run Monday to Sunday are the layer's weeks (it starts them on Monday).
    expect(ask('invoices raised during last week (mon-sun)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], timeRange: { kind: 'relative', unit: 'week' } },
    });
    // (The subscriber's key is looked up in the data, as the agent does.)
    const warehouse = await openSubscriptionsWarehouse(layer);
    const lookedUp = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      for (const question of [
        'sub_ac_07 — pull up all of their invoice numbers',
        "pull up sub_ac_07's invoice numbers",
      ]) {
        expect(await lookedUp(question)).toMatchObject({
          kind: 'query',
          plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'subscriber', values: ['sub_ac_07'] }] },
        });
      }
    } finally {
      await warehouse.close();
    }
  });

  it('one customer\'s orders say that only paid ones count (was "0 orders" for a customer whose one order was refunded, unexplained)', async () => {
    const question = 'how many orders did cus_dm_003996 place';
    const warehouse = await openEvalWarehouse();
    const decision = await askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY)(question);
    await warehouse.close();
    if (decision.kind !== 'query') throw new Error(`not answered: ${JSON.stringify(decision)}`);
    const plan = decision.plan;
    const result = await demo.run(demo.compiled(plan));
    expect(await demo.answer(question, { plan, result })).toBe('Orders for customer cus_dm_003996 were 0.');
    expect(interpretPlan(plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).notes).toContain(
      'Orders counts only order status Paid: Refunded, Cancelled left out; name one, as in "refunded only", to count it.',
    );
    // A ranking of every customer says nothing of it: the figure's definition is enough there.
    expect(
      interpretPlan(demo.planOf('revenue by customer last month'), DEMO_SEMANTIC_LAYER, EVAL_TODAY).notes,
    ).not.toContain(expect.stringContaining('counts only'));
  });

  it('figures of different data side by side: "units sold last month and price by product, top 3" (was declined as different data)', async () => {
    const question = 'units sold last month and price by product, top 3';
    const plan = demo.planOf(question);
    expect(plan).toMatchObject({ metrics: ['units_sold', 'price'], dimensions: ['product'], limit: 3 });
    expect(await demo.answer(question)).toBe(
      'Velvet Backpack leads units sold last month with 153, 39.8% of the 384 across these 3. Velvet Diffuser comes second with 117. Organic Joggers rounds out the top 3 at 114. Price of these 3: Velvet Backpack $45.00, Velvet Diffuser $42.95 and Organic Joggers $117.95.',
    );
    // The price is the product's own, never "of products added" last month.
    expect(interpretPlan(plan, DEMO_SEMANTIC_LAYER, EVAL_TODAY).sentence).toBe(
      'Top 3 products by units sold, with price, last month (Feb 1 – Feb 28, 2026).',
    );
    expect(demo.planOf('revenue and engagement by month this year')).toMatchObject({
      metrics: ['revenue', 'engagement'],
      grain: 'month',
    });
  });
});

describe('session 36: prices, costs, currencies and bounds moved, from the probes', () => {
  const demo = useDemoWarehouse();

  it('"the best selling product\'s price", "price of the top seller": ranked by what sold, the price beside (was the most expensive product)', async () => {
    for (const question of ["the best selling product's price", 'whats the price of the top seller']) {
      expect(demo.planOf(question)).toMatchObject({
        metrics: ['units_sold', 'price'],
        dimensions: ['product'],
        sort: { by: 'units_sold', direction: 'desc' },
        limit: 1,
      });
    }
    expect(await demo.answer('whats the price of the top seller')).toBe(
      'Organic Joggers has the most units sold: 2,777. Price was $117.95.',
    );
  });

  it('"how much do the Velvet Hoodie and the Urban Hoodie cost": which cost is asked, each of both products (was units sold; session 48: was their prices); "the cost of" one asks too', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const both = await ask('how much do the Velvet Hoodie and the Urban Hoodie cost');
      expect(both).toMatchObject({ kind: 'clarify', options: [{ label: 'Price' }, { label: 'Unit cost' }] });
      if (both.kind !== 'clarify') return;
      expect(await ask(both.options[0]?.question ?? '')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], dimensions: ['product'] },
      });
      expect(await ask(both.options[1]?.question ?? '')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['unit_cost'], dimensions: ['product'] },
      });
      expect(await ask("what's the sticker price on the vintage body oil")).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], filters: [{ dimension: 'product' }] },
      });
      expect(await ask('whats the cost of the Minimal Vase')).toMatchObject({
        kind: 'clarify',
        options: [{ label: 'Price' }, { label: 'Unit cost' }],
      });
    } finally {
      await warehouse.close();
    }
  });

  it('amounts in another currency are declined, naming it (were read as dollars)', () => {
    for (const question of ['products priced over €100', 'revenue in € last month', 'orders over 50 euros']) {
      expect(demoAsk(question)).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining("I can't convert amounts to EUR"),
      });
    }
  });

  it('"make it $200", "try 300", "and over 1000?" after one bound: the bound moved (were declined); "count them" after their money: the rows counted', async () => {
    const orders = said(demoAsk, 'how many orders over $100');
    expect(demoAsk('make it $200', orders)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ operator: 'gt', value: 200 }] },
    });
    expect(demoAsk('what about above 300 dollars', orders)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: [], conditions: [{ operator: 'gt', value: 300 }] },
    });
    expect(demoAsk('and over 1000?', said(demoAsk, 'posts with over 500 likes'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'likes', operator: 'gt', value: 1000 }] },
    });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(
      ask('count them again for july', said(ask, 'how many invoices over $50', 'how much money is that')),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['invoices'],
        conditions: [{ operator: 'gt', value: 50 }],
        timeRange: { kind: 'absolute', from: '2025-07-01' },
      },
    });
  });
});

describe('session 36: one row asked about, and figures side by side, from the probes', () => {
  const demo = useDemoWarehouse();

  it('"the biggest invoice >> who was it billed to >> what plan are they on": that invoice\'s subscriber, then its plan (were every subscriber ranked, then declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    const biggest = said(ask, 'the biggest invoice');
    expect(ask('who was it billed to', biggest)).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id', 'subscriber'], sort: { by: 'billed' }, limit: 1 },
    });
    expect(ask('what plan are they on', said(ask, 'the biggest invoice', 'who was it billed to'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id', 'plan'], limit: 1 },
    });
    // (A trait of the people only says which rows: "the smallest pro invoice >> whose is it" names one.)
    expect(ask('whose is it', said(ask, 'the smallest pro invoice'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id', 'subscriber'], filters: [{ dimension: 'plan' }] },
    });
  });

  it('one row\'s trait is its value alone, never every value at zero ("the customer\'s region for inv_ac_012")', async () => {
    const layer = await loadSubscriptionsLayer();
    const plan = {
      kind: 'query' as const,
      metrics: ['billed'],
      dimensions: ['region'],
      filters: [{ dimension: 'invoice_id', operator: 'eq' as const, values: ['inv_ac_012'] }],
      timeRange: { kind: 'all' as const },
      grain: null,
      sort: null,
      limit: null,
      comparison: null,
    };
    const result = {
      columns: [
        { name: 'region', type: 'text' as const },
        { name: 'billed', type: 'decimal' as const },
      ],
      rows: [['amer', 29]],
      rowCount: 1,
      truncated: false,
    };
    expect(withEveryValue(result as never, plan, layer).rows).toEqual([['amer', 29]]);
  });

  it("likes beside revenue by platform last month are last month's likes (were all-time likes, labelled last month)", async () => {
    const plan = demo.planOf('likes and revenue by platform last month');
    expect(plan).toMatchObject({ metrics: ['likes', 'revenue'], dimensions: ['platform'] });
    const result = await demo.run(demo.compiled(plan));
    const alone = await demo.run(demo.compiled({ ...plan, metrics: ['likes'] }));
    const likes = (rows: readonly (readonly unknown[])[]) => new Map(rows.map((row) => [row[0], Number(row[1])]));
    expect(likes(result.rows)).toEqual(likes(alone.rows));
  });
});

describe('session 36: figures side by side, said and read', () => {
  const demo = useDemoWarehouse();

  it('"revenue and engagement by month this year": engagement is said too (was only revenue\'s story)', async () => {
    expect(await demo.answer('revenue and engagement by month this year')).toBe(
      'Revenue this year so far totalled $294,724.05 across 3 months. It went from $119,932.03 in January 2026 to $108,535.53 in February 2026 (down 9.5%). February 2026 has fewer days: per day, it was up 0.2% ($3,876.27 a day against $3,868.78). March 2026 is not over yet: $66,256.49 so far. Engagement totalled 301,266, from 101,647 in January 2026 to 135,480 in February 2026.',
    );
  });

  it('"orders and posts by week", "revenue & likes", "sales + likes": both figures (were declined, or likes dropped)', () => {
    expect(demo.planOf('orders and posts by week last quarter')).toMatchObject({
      metrics: ['orders', 'posts'],
      grain: 'week',
    });
    for (const question of ['revenue & likes by month ytd', 'sales + likes by month this year'])
      expect(demo.planOf(question)).toMatchObject({ metrics: ['revenue', 'likes'], grain: 'month' });
  });
});

describe('session 36: a figure added to the latest row', () => {
  const demo = useDemoWarehouse();

  it('"my latest post >> how many comments did it get": the comments said (was "with comments added" and no figure)', async () => {
    const history = said(demoAsk, 'my latest post');
    const decision = demoAsk('how many comments did it get', history);
    if (decision.kind !== 'query') throw new Error('not answered');
    const result = await demo.run(demo.compiled(decision.plan));
    expect(await demo.answer('how many comments did it get', { plan: decision.plan, result })).toBe(
      'The most recent post is “Our Velvet Sweater, styled three ways”, dated Mar 14, 2026, comments 38.',
    );
  });
});

describe('session 36: the broad probes of a shop owner, an analyst and a creator', () => {
  it('"q4 rev vs q4 last yr" and "rev q4 >> vs q4 last yr": Q4 2025 against Q4 2024 (were declined as one period, and the quarter before)', () => {
    const yearBefore = {
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2024-10-01', to: '2025-01-01' } },
      },
    };
    expect(demoAsk('q4 rev vs q4 last yr')).toMatchObject(yearBefore);
    expect(demoAsk('vs q4 last yr', said(demoAsk, 'rev q4'))).toMatchObject(yearBefore);
    // ("Compare with last month" after last month: the month before it, as before.)
    expect(demoAsk('compare with last month', said(demoAsk, 'revenue last month'))).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"share of revenue from the top 10% of customers" is declined, naming it (was the top 10 customers\' 3.7%)', () => {
    for (const question of [
      'Share of revenue from the top 10% of customers',
      'top 10% of posts by engagement last year',
    ])
      expect(demoAsk(question)).toMatchObject({ kind: 'reply', text: expect.stringContaining('"top 10%"') });
  });

  it('"aov for customers who came from tiktok vs tiktok shop orders": declined as two different things (was both filters at once)', () => {
    expect(demoAsk('avg order value for customers who came from tiktok vs tiktok shop orders in 2025')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('I can\'t set "tiktok" against "tiktok shop"'),
    });
    // ("Which platform brings the most revenue per post": per post, ranked; was the total.)
    expect(demoAsk('which platform brings the most revenue per post')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['platform'], perRow: 'post', limit: 1 },
    });
    expect(demoAsk('instagram shop vs tiktok shop revenue')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values', dimension: 'sales_channel' } },
    });
  });
});

describe('session 37: the thirty-third set read, periods said by their days', () => {
  const period = (from: string, to: string | null) => ({
    kind: 'query',
    plan: { timeRange: to === null ? { kind: 'absolute', from } : { kind: 'absolute', from, to } },
  });

  it('days said without their month: "past week (8th-14th)", "the first week of february (1st to 7th)", "monday the 9th till now"', () => {
    // (Was declined on "8th", "1st", "9th". The seven days before today are the other reading of "past week".)
    expect(demoAsk('day by day order count, past week (8th-14th)')).toMatchObject(period('2026-03-08', '2026-03-15'));
    expect(demoAsk('new signups in the first week of february (1st to 7th)')).toMatchObject(
      period('2026-02-01', '2026-02-08'),
    );
    expect(demoAsk('order count from monday the 9th till now')).toMatchObject(period('2026-03-09', null));
    expect(demoAsk('orders 1st to 7th')).toMatchObject(period('2026-03-01', '2026-03-08'));
    // (Days in brackets that are neither reading of the period are asked about, as before.)
    expect(demoAsk('orders last week (3rd-9th)')).toMatchObject({ kind: 'clarify', word: 'last week' });
  });

  it('"the most recent full calendar month", "the first four months of the year", "from the beginning", "since the shop opened"', () => {
    expect(demoAsk('Shipping charged on paid orders in the most recent full calendar month')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } },
    });
    expect(demoAsk('revenue last 3 months of 2025')).toMatchObject(period('2025-10-01', '2026-01-01'));
    expect(demoAsk('revenue from the beginning')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'all' } },
    });
    expect(demoAsk('since the shop opened, how many people have made an account altogether?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'all' } },
    });
    expect(demoAsk('revenue throughout 2025')).toMatchObject(period('2025-01-01', '2026-01-01'));
    // ("The prior calendar year" after 2025 is 2024, the year before it, as before: never "last year".)
    expect(demoAsk('How did gross margin in 2025 compare to the prior calendar year?')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"christmas eve up to new years eve" is the eight days (was christmas eve alone); "(jun jul aug)" restates summer', () => {
    expect(demoAsk('likes from christmas eve up to new years eve 2025, both days included')).toMatchObject(
      period('2025-12-24', '2026-01-01'),
    );
    expect(demoAsk('how many saves did my posts rack up over summer 2025 (jun jul aug)')).toMatchObject(
      period('2025-06-01', '2025-09-01'),
    );
  });

  it('"$ since monday compared w/ the full week before" is all of last week; "jan to feb, did it rise or fall" sets them side by side', () => {
    expect(demoAsk('$ since monday compared w/ the full week before')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } } },
    });
    const riseOrFall = demoAsk('jan to feb, did interactions on my posts rise or fall');
    expect(riseOrFall).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], comparison: { kind: 'previous_period' } },
    });
    expect(riseOrFall).toMatchObject(period('2026-02-01', '2026-03-01'));
    expect(demoAsk('revenue jan to feb')).toMatchObject(period('2026-01-01', '2026-03-01'));
  });

  it('"invoices over $90 sent in may or june" is both months (was june against may); "were there more in may or june" compares', async () => {
    const layer = await loadSubscriptionsLayer();
    const either = subscriptionsAsk(layer, 'count of invoices over $90 sent in may or june');
    expect(either).toMatchObject(period('2025-05-01', '2025-07-01'));
    expect(either.kind === 'query' && either.plan.comparison).toBeFalsy();
    expect(subscriptionsAsk(layer, 'were there more invoices in may or june')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });
});

describe('session 37: the thirty-third set read, lists, money and one row', () => {
  it('"which 3 items brought in the most $" ranks products by their money (was units sold); "fewest" is the bottom', () => {
    expect(demoAsk('feb: which 3 items brought in the most $')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'], dimensions: ['product'], limit: 3, sort: { direction: 'desc' } },
    });
    expect(demoAsk('what 4 reels got the fewest likes')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], limit: 4, sort: { direction: 'asc' } },
    });
  });

  it('"just the ids", "the numbers of the invoices still unpaid", "names of the products launched at any point during 2025": listed', async () => {
    expect(demoAsk('list my tiktoks from last week, just the ids')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(demoAsk('Names of the products launched at any point during 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'] },
    });
    // ("Order ids please" after a colon lists the orders' ids, as before.)
    expect(demoAsk("Yesterday's paid orders over $200: order ids please")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'] },
    });
    const layer = await loadSubscriptionsLayer();
    for (const question of ['give me the numbers of the invoices still unpaid', 'unpaid (open) invoice ids pls'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
  });

  it('one row said another way: "ninety-nine dollar invoice from july, whose is it", "subscriber id on the invoice we raised in august"', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      // (Were declined on "ninety", "raised", "when"; the second was once the month's amount billed.)
      const whose = await ask('ninety-nine dollar invoice from july, whose is it');
      expect(whose).toMatchObject({ kind: 'clarify', text: expect.stringContaining('inv_ac_004 and inv_ac_020') });
      if (whose.kind === 'clarify') expect(whose.options[0]?.question).toBe('whose is inv_ac_004 from july');
      expect(await ask('Subscriber id on the invoice we raised in August?')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('inv_ac_009, inv_ac_013 and inv_ac_023'),
      });
      expect(await ask('americas + basic plan: when did that subscriber begin')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('sub_ac_05 and sub_ac_06'),
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 37: the thirty-third set read, words for figures and people', () => {
  it('"people placed at least one paid order with us", "shoppers with at least five paid orders in their history": the customers, counted by their orders', () => {
    // (Were declined on "at least 1" and on "history"; the paid orders are what the order count counts.)
    const once = demoAsk('how many distinct people placed at least one paid order with us in 2025');
    expect(once).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 1 }] },
    });
    if (once.kind === 'query') expect(once.summary).toContain('with 1 or more orders');
    expect(demoAsk('number of shoppers with at least five paid orders in their history')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'all' }, conditions: [{ metric: 'orders', operator: 'gte', value: 5 }] },
    });
  });

  it('unit cost said every way ("average cost for one unit", "what does one unit … cost us"), "profit after product cost (gross)", "knock off … with discounts"', () => {
    for (const question of [
      'what is average cost for one unit of the products in home category?',
      'what does one unit of a home product cost us on average',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['unit_cost'], filters: [{ dimension: 'category', values: ['home'] }] },
      });
    expect(demoAsk('2025 profit after product cost (gross)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'] },
    });
    expect(demoAsk("How much did we knock off customers' bills with discounts during November 2025?")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'], dimensions: [] },
    });
  });

  it('"seen more than 100k times (impressions)", "which two ran the thinnest gross margins", "facebook vs instagram, where did i get more comments"', () => {
    expect(demoAsk('how many of my 2025 posts were seen more than 100k times (impressions)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'impressions', operator: 'gt', value: 100000 }] },
    });
    expect(demoAsk('Of our four categories, which two ran the thinnest gross margins during 2025?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], dimensions: ['category'], limit: 2, sort: { direction: 'asc' } },
    });
    expect(demoAsk('facebook vs instagram, where did i get more comments in q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], comparison: { kind: 'values', dimension: 'platform' } },
    });
    expect(demoAsk('5 highest-spending customers of 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], limit: 5, sort: { direction: 'desc' } },
    });
  });

  it('"how many of them live in france" narrows the people before (was declined on "live"); "what did we charge our customers" is the total', async () => {
    expect(
      demoAsk('how many of them live in france', said(demoAsk, 'customers acquired via instagram during 2025, count')),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        filters: expect.arrayContaining([expect.objectContaining({ dimension: 'country', values: ['FR'] })]),
      },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'What did we charge our customers in the Americas for July?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], filters: [{ dimension: 'region', values: ['amer'] }] },
    });
  });

  it('days of a month whose last day has not come are last month\'s ("between the 5th and 19th" on the 15th), never eleven months', () => {
    // (Was Mar 5, 2025 – Feb 19, 2026: each day read on its own.)
    for (const question of ['revenue between the 5th and the 19th', 'revenue between the 5th and 19th'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { timeRange: { kind: 'absolute', from: '2026-02-05', to: '2026-02-20' } },
      });
    expect(demoAsk('orders 10th-20th')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-10', to: '2026-02-21' } },
    });
    expect(demoAsk('orders on the 31st')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-01-31', to: '2026-02-01' } },
    });
  });
});

describe('session 37: what the probes of periods and of a newsletter layer found', () => {
  it('"revenue from new customers" with no period is declined, naming it (was every customer\'s revenue); "of new customers in july" asks which new', () => {
    for (const question of ['revenue from new customers', 'aov of new customers', 'units sold of new customers'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('"new customers" without a period'),
      });
    expect(demoAsk('revenue of new customers in july')).toMatchObject({ kind: 'clarify', word: 'new' });
    // (The count of new people, and rankings for them, as before.)
    expect(demoAsk('number of new customers')).toMatchObject({ kind: 'query', plan: { metrics: ['new_customers'] } });
    expect(demoAsk('top 3 countries for new customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'], limit: 3 },
    });
  });

  it('"revenue on black friday" >> "and the year before": black friday of 2024, never the same date (Thanksgiving)', () => {
    for (const followUp of ['and the year before', 'and last year?'])
      expect(demoAsk(followUp, said(demoAsk, 'revenue on black friday')), followUp).toMatchObject({
        kind: 'query',
        plan: {
          timeRange: { kind: 'absolute', from: '2025-11-28', to: '2025-11-29' },
          comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2024-11-29', to: '2024-11-30' } },
        },
      });
    // (After a month, the same month a year earlier, as before.)
    expect(demoAsk('and the year before', said(demoAsk, 'revenue last month'))).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2025-02-01' } } },
    });
  });
});

describe('session 37: what the conversation and sentence probes found', () => {
  it('"which was biggest" after three values asked in turn ranks all three (was the last one repeated as if it won)', () => {
    const history = said(demoAsk, 'instagram shop revenue in january', 'what about the website', 'and tiktok shop');
    expect(demoAsk('which was biggest', history)).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['sales_channel'],
        filters: [
          {
            dimension: 'sales_channel',
            operator: 'in',
            values: expect.arrayContaining(['instagram_shop', 'online_store', 'tiktok_shop']),
          },
        ],
        timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-02-01' },
        sort: { direction: 'desc' },
      },
    });
    expect(
      demoAsk('which one is lowest', said(demoAsk, 'revenue from the us last month', 'uk', 'canada')),
    ).toMatchObject({ kind: 'query', plan: { dimensions: ['country'], sort: { direction: 'asc' } } });
  });

  it('"the second one" >> "how much revenue did it make": that row\'s revenue beside it (was every product listed)', () => {
    const history = said(demoAsk, 'top 5 products by units sold last month', 'the second one');
    for (const question of ['how much revenue did it make', 'what was its revenue'])
      expect(demoAsk(question, history), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['units_sold', 'product_revenue'], dimensions: ['product'], limit: 1, offset: 1 },
      });
    // (Narrowed, the whole ranking again, as before: the second of another ranking may not exist.)
    expect(demoAsk('just reels', said(demoAsk, 'engagement by platform', 'the second one'))).toMatchObject({
      kind: 'query',
      plan: { limit: null },
    });
  });

  it('"which month was best >> and the worst >> what about orders": the worst month by orders (was the worst by revenue, orders beside)', () => {
    const history = said(demoAsk, 'revenue by month last year', 'which month was best', 'and the worst');
    expect(demoAsk('what about orders', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], grain: 'month', sort: { by: 'orders', direction: 'asc' }, limit: 1 },
    });
    // ("How many orders" beside the month ranked, as before.)
    expect(demoAsk('how many orders', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue', 'orders'], sort: { by: 'revenue' } },
    });
  });

  it('"unpaid invoices >> who was it >> how much do they owe": the money of those invoices (was the same list again)', async () => {
    const layer = await loadSubscriptionsLayer();
    const history = said(
      (question, turns) => subscriptionsAsk(layer, question, turns),
      'unpaid invoices',
      'who was it',
    );
    expect(subscriptionsAsk(layer, 'how much do they owe', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
  });

  it('"which is better for refunds, tiktok shop or instagram shop" is judged by the refund rate (was the count of refunds, "leading")', () => {
    expect(demoAsk('which is better for refunds, tiktok shop or instagram shop, this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], comparison: { kind: 'values', dimension: 'sales_channel' } },
    });
    expect(demoAsk('which sales channel is doing best on refunds this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], dimensions: ['sales_channel'], sort: { direction: 'asc' } },
    });
    // (Refunds counted, as asked, where no judgement is: "the most refunds".)
    expect(demoAsk('which products had the most refunds')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });
});

describe('session 38: what the thirty-fourth fresh sets, read, found', () => {
  it('"more than $20 taken off" is the discount (was revenue over $20); "open inv amt total" is the money (was the count)', async () => {
    expect(demoAsk('Give me the orders placed on 1 March that had more than $20 taken off.')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'], conditions: [{ metric: 'discounts', operator: 'gt', value: 20 }] },
    });
    expect(demoAsk('how much was taken off orders in feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'open inv amt total', [])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    // (The rows counted, where no amount is said.)
    expect(subscriptionsAsk(layer, 'open inv total', [])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'] },
    });
  });

  it('"regional breakdown of subscriber signups" is by region alone (was by region and by subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'regional breakdown of subscriber signups from april onward', [])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'] },
    });
    // (The rows themselves, after "breakdown by", are still what the figure is split by.)
    expect(subscriptionsAsk(layer, 'breakdown by subscriber of amount billed', [])).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['subscriber'] },
    });
  });

  it('"the day with the largest paid revenue" ranks days (was the largest paid order)', () => {
    expect(demoAsk('Identify the December 2025 date with the largest paid revenue total.')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [], grain: 'day', limit: 1 },
    });
    expect(demoAsk('the biggest refunded order last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], limit: 1 },
    });
  });

  it('"that june invoice" where june has seven is declined, saying so (was june\'s total)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const plan = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
      const asked = await plan('whats the amount on that june invoice');
      expect(asked).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
      expect(asked.kind === 'reply' && asked.text).toContain('"that june invoice" fits 7 invoices');
    } finally {
      await warehouse.close();
    }
  });

  it("everyday words for a figure, a verb or a ranking's order are read (each was declined on a word)", async () => {
    const read = (question: string, plan: Record<string, unknown>) =>
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    read('count of fresh customer accounts created July to December 2025', {
      metrics: ['new_customers'],
      timeRange: { kind: 'absolute', from: '2025-07-01', to: '2026-01-01' },
    });
    read('how often did folks tap the heart on my february content', { metrics: ['likes'] });
    read('What did freight charged to customers add up to across 2025?', { metrics: ['shipping'] });
    read('how many orders one customer make in average during 2025?', { metrics: ['orders_per_customer'] });
    read('insta uploads from last year that passed the 5k like mark - how many', {
      conditions: [{ metric: 'likes', operator: 'gt', value: 5000 }],
    });
    read('Count of catalog products listed at $40 to $60, both ends included.', {
      conditions: [
        { metric: 'price', operator: 'gte', value: 40 },
        { metric: 'price', operator: 'lte', value: 60 },
      ],
    });
    read('number of shoppers whose lifetime spend with us tops a grand ($1,000)', {
      conditions: [{ operator: 'gt', value: 1000 }],
    });
    read('five tiktok videos from last year with the fewest views, lowest first', {
      sort: { direction: 'asc' },
      limit: 5,
    });
    read('Rank the three weakest acquisition channels for customer signups over January to June 2025, weakest first.', {
      dimensions: ['acquisition_channel'],
      sort: { direction: 'asc' },
      limit: 3,
    });
    read('January to March 2025 paid revenue, broken out by the country customers live in.', {
      dimensions: ['country'],
    });
    read('For 2025, contrast the mean paid order value of American buyers with that of Canadian buyers.', {
      comparison: { kind: 'values', dimension: 'country' },
    });
    read('Discounts given in fiscal Q2 2025 (April to June).', {
      timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' },
    });
    // (Months in brackets that are not the calendar quarter leave the fiscal year open: asked.)
    expect(demoAsk('revenue in fiscal q1 2025 (apr-jun)')).toMatchObject({ kind: 'clarify' });
    const layer = await loadSubscriptionsLayer();
    const subscriptions = (question: string, plan: Record<string, unknown>) =>
      expect(subscriptionsAsk(layer, question, []), question).toMatchObject({ kind: 'query', plan });
    subscriptions('how much have customers actually handed over to us since june', {
      metrics: ['billed'],
      filters: [{ dimension: 'invoice_status', values: ['paid'] }],
    });
    subscriptions('count of subscribers whose lifetime invoiced total exceeds 200 dollars', {
      conditions: [{ metric: 'billed', operator: 'gt', value: 200 }],
    });
    subscriptions('every outstanding open invoice, listed out', {
      dimensions: ['invoice_id'],
      filters: [{ dimension: 'invoice_status', values: ['open'] }],
    });
    subscriptions('August 2025 billing set beside July 2025.', {
      comparison: { kind: 'previous_period' },
    });
    // ("Days sales outstanding" is a figure of its own, not the money still open.)
    expect(subscriptionsAsk(layer, 'What was our days sales outstanding in Q2?', [])).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
  });

  it('periods ending in words: "up to and including", "the end of april", "the 30-day window preceding it", "the first quarter to the second"', async () => {
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string) => subscriptionsAsk(layer, question, []);
    expect(ask('Invoiced dollars from May 1st up to and including June 15th, 2025.')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-16' } },
    });
    expect(ask("how many people signed up between valentine's day and the end of april")).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-02-14', to: '2025-05-01' } },
    });
    expect(ask('invoices raised during the previous fortnight (last 14 days), how many')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'day', count: 14 } },
    });
    expect(ask('invoice volume over the latest 30 days against the 30-day window preceding it')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'day', count: 30 }, comparison: { kind: 'previous_period' } },
    });
    expect(ask('did signups grow from the first quarter to the second')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('follow-ups: "same split, but revenue rather than order count", "of that group, how many…", "the 7 days prior to that one"', () => {
    const split = said(demoAsk, 'Count of paid Q4 2025 orders split by where the buyer lives');
    expect(demoAsk('Same split, but revenue rather than order count.', split)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'] },
    });
    // ("Of them" keeps the period of the rows before: January's signups, never all time.)
    const signups = said(demoAsk, 'january new-customer signups count');
    for (const question of [
      'of that group, how many were organic search signups',
      'how many of them were organic search signups',
    ])
      expect(demoAsk(question, signups), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['new_customers'],
          filters: [{ dimension: 'acquisition_channel', values: ['organic_search'] }],
          timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-02-01' },
        },
      });
    const week = said(demoAsk, 'last wk cancellations count', 'and refunds?');
    expect(demoAsk('ok and the 7 days prior to that one', week)).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-23', to: '2026-03-02' } },
    });
  });
});

describe('session 38: what the probes of wrong answers and of a café layer found', () => {
  it('"only weekends" >> "and weekdays?" is Monday to Friday (was all seven days, split); "and reels too" adds reels (was reels instead)', () => {
    const weekend = said(demoAsk, 'revenue last month', 'only weekends');
    expect(demoAsk('and weekdays?', weekend)).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'day_of_week', values: ['1', '2', '3', '4', '5'] }] },
    });
    const posts = said(demoAsk, 'top 5 posts by likes last month', 'only videos', 'what about images');
    expect(demoAsk('and reels too', posts)).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'media_type', operator: 'in', values: ['image', 'reel'] }] },
    });
    const country = said(demoAsk, 'revenue last month', 'just canada');
    const both = demoAsk('and the uk as well', country);
    expect(both).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', values: ['CA', 'GB'] }] },
      change: 'Same period, United Kingdom added to Canada',
    });
  });

  it('"is saturday my best day for sales" ranks the days of the week (was the best single Saturday); "is instagram my best platform" ranks every platform (was instagram alone, first of one)', () => {
    for (const question of ['is saturday my best day for sales', 'which day of the week is my best day for sales'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['day_of_week'], grain: null, filters: [], limit: 1 },
      });
    expect(demoAsk('is instagram my best platform for engagement')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['platform'], filters: [], limit: 1 },
    });
  });

  it('"second best product by revenue" is that one row, second (was the top two, the leader named first)', () => {
    expect(demoAsk('second best product by revenue last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 1, offset: 1, sort: { direction: 'desc' } },
    });
    expect(demoAsk('second worst country by revenue')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'], limit: 1, offset: 1, sort: { direction: 'asc' } },
    });
  });

  it('"how many basic customers were invoiced" counts the people (was their invoices); "new customers who bought" is declined (was every new customer)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how many basic customers were invoiced this quarter', [])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['subscribers_with_invoices'], filters: [{ dimension: 'plan', values: ['basic'] }] },
    });
    for (const question of ['how many new customers bought last month', 'new customers who ordered in february'])
      expect(demoAsk(question), question).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    // ("Paid search" is a channel, not paying.)
    expect(demoAsk('new custs paid search dec thru feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel', values: ['paid_search'] }] },
    });
  });

  it('"shipping % last month" asks a rate the layer does not have: declined (was the amount, "%" dropped); "cancel %" is the cancellation rate', () => {
    const asked = demoAsk('shipping % last month');
    expect(asked).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(asked.kind === 'reply' && asked.text).toContain('"rate"');
    expect(demoAsk('cancel % online store feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cancellation_rate'], filters: [{ dimension: 'sales_channel', values: ['online_store'] }] },
    });
    // (Beside a rate or a share the "%" restates it.)
    expect(demoAsk('gross margin % dec')).toMatchObject({ kind: 'query', plan: { metrics: ['gross_margin'] } });
    expect(demoAsk('what % of orders were refunded')).toMatchObject({
      kind: 'query',
      plan: { share: { dimension: 'order_status' } },
    });
  });
});

describe('session 38: notes true of the table', () => {
  it('"who joined in may" is said "in May 2025" (was "on May 2025")', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'billed to subscribers who joined in may', []);
    expect(decision.kind === 'query' && decision.summary).toContain('only subscribers who joined in May 2025');
  });

  it('"orders by status >> exclude cancelled" shows refunded orders too: no note that only paid ones count (was one, beside a refunded row)', () => {
    const history = said(demoAsk, 'orders last month by status');
    const decision = demoAsk('exclude cancelled', history);
    if (decision.kind !== 'query') throw new Error('not a query');
    expect(decision.plan).toMatchObject({
      dimensions: ['order_status'],
      filters: [{ dimension: 'order_status', operator: 'neq', values: ['cancelled'] }],
    });
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, '2026-03-15').notes.join(' ')).not.toContain(
      'always counts only',
    );
  });
});

describe('session 39: what the thirty-fifth fresh sets, read, found', () => {
  it('"how much have we banked" is the money (was "basket", the orders); "landed in the bank", "did we receive" are what was collected', async () => {
    expect(demoAsk('how much have we banked since monday')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'how much money actually landed in the bank from august invoices',
      'how much money came in from august invoices',
      'how much did we receive from august invoices',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
      });
  });

  it('"per-unit cost to us over fifty dollars" is the unit cost (was the price, "us" the country); "a single soft cap cost us" is its unit cost', () => {
    expect(demoAsk('List products whose per-unit cost to us exceeds fifty dollars.')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'unit_cost', operator: 'gt', value: 50 }] },
    });
    const named = (question: string) =>
      parseQuestion({
        question,
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
        names: [{ dimension: 'product', value: 'prd_dm_0016', label: 'Soft Cap' }],
      });
    expect(named('What does a single Soft Cap cost us?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['unit_cost'] },
    });
    // (Said without "us", what one sells for.)
    expect(named('What does a single Soft Cap cost?')).toMatchObject({ kind: 'query', plan: { metrics: ['price'] } });
  });

  it('"orders yesterday" >> "ok and friday\'s number?" is the last Friday (was Fridays within yesterday, 0)', () => {
    const history = said(demoAsk, 'orders placed yesterday, count');
    expect(demoAsk("ok and friday's number?", history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [], timeRange: { kind: 'absolute', from: '2026-03-13', to: '2026-03-14' } },
    });
  });

  it('"what was our income for june" asks: everything billed, or only what was collected (was declined on "income")', async () => {
    const layer = await loadSubscriptionsLayer();
    const asked = subscriptionsAsk(layer, 'What was our income for June?');
    expect(asked).toMatchObject({ kind: 'clarify', word: 'income' });
    expect(asked.kind === 'clarify' && asked.options.map((option) => option.label)).toEqual([
      'Amount billed',
      'Amount billed, paid only',
    ]);
    // (Either picked is answered.)
    const history = said(
      (question, before) => subscriptionsAsk(layer, question, before),
      'What was our income for June?',
    );
    expect(subscriptionsAsk(layer, 'the second one', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
    // (The demo layer names no money collected apart from billed: its own word.)
    expect(demoAsk('income last month')).not.toMatchObject({ kind: 'clarify' });
  });

  it('"how much have emea basic customers paid us" is what was collected from them (was declined, new subscribers)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much have emea basic customers paid us')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        filters: expect.arrayContaining([
          { dimension: 'invoice_status', operator: 'eq', values: ['paid'] },
          { dimension: 'region', operator: 'eq', values: ['emea'] },
        ]),
      },
    });
    // ("The european basic customer" is three: asked.)
    expect(subscriptionsAsk(layer, 'how much the european basic customer paid to us until now?')).toMatchObject({
      kind: 'clarify',
    });
  });

  it('everyday words for a figure, a verb or a period are read (each was declined on a word)', async () => {
    const read = (question: string, plan: Record<string, unknown>) =>
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    read('how much did ppl fork out for postage in feb', { metrics: ['shipping'] });
    read('Total value of price reductions applied to paid orders from October through December 2025.', {
      metrics: ['discounts'],
      filters: [{ dimension: 'order_status', values: ['paid'] }],
    });
    read('How much was taken off shoppers’ bills at checkout in December 2025?', { metrics: ['discounts'] });
    read('How much was knocked off paid orders as markdowns in January 2026?', {
      metrics: ['discounts'],
      filters: [{ dimension: 'order_status', values: ['paid'] }],
    });
    read('How many paid February orders were shipped free of charge?', {
      metrics: ['orders'],
      conditions: [{ metric: 'shipping', operator: 'lte', value: 0 }],
    });
    read('Which product category delivered the most gross profit in Q4 2025?', {
      metrics: ['gross_profit'],
      dimensions: ['category'],
      limit: 1,
    });
    read('Rank the three products carrying the largest COGS in Jan–Mar 2025.', {
      metrics: ['cost_of_goods_sold'],
      limit: 3,
    });
    read('In the October–December 2025 quarter, what was the mean number of paid orders per distinct buyer?', {
      metrics: ['orders_per_customer'],
    });
    read('between jan 1 and mar 31 2025, how many shoppers registered accounts with us', {
      metrics: ['new_customers'],
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-04-01' },
    });
    read('new here - can you list everything we sell under the home category?', {
      dimensions: ['product'],
      filters: [{ dimension: 'category', values: ['home'] }],
    });
    // "Are we ahead of last week's sales yet": this week so far against the whole of last week.
    read("are we ahead of last week's sales yet this week", {
      metrics: ['revenue'],
      timeRange: { kind: 'relative', anchor: 'this', unit: 'week' },
      comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } },
    });
    read('what was last month like in terms of orders', { metrics: ['orders'] });
    const layer = await loadSubscriptionsLayer();
    const subscriptions = (question: string, plan: Record<string, unknown>) =>
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'query', plan });
    subscriptions('pd inv $ q3', { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] });
    subscriptions('number of new subscribers i gained between 1 march and 31 may', { metrics: ['new_subscribers'] });
    subscriptions('this quarter, whats the billed amount per invoiced customer', {
      metrics: ['billed_per_subscriber'],
    });
    subscriptions('invoice count: latest 60 days against the earlier 60-day window', {
      metrics: ['invoices'],
      comparison: { kind: 'previous_period' },
    });
  });

  it('must clarify: "the toner retail at", "the watch strap dispatched" ask which one (were declined on the word)', async () => {
    const warehouse = await openEvalWarehouse();
    try {
      const plan = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
      expect(await plan('wats the toner retail at')).toMatchObject({ kind: 'clarify' });
      expect(await plan('units of the watch strap dispatched since january')).toMatchObject({ kind: 'clarify' });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 39: what the probes found', () => {
  it('"revenue by channel last month, just the online store": the value says which channel (was asked which)', () => {
    expect(demoAsk('revenue by channel last month just the online store')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'sales_channel', values: ['online_store'] }],
      },
    });
    // (With no value, still asked.)
    expect(demoAsk('revenue by channel last month')).toMatchObject({ kind: 'clarify' });
  });

  it('"which month was best" >> "how many orders that month": that month\'s orders beside its revenue (was the whole series)', () => {
    const history = said(demoAsk, 'revenue by month this year', 'which month was best');
    expect(demoAsk('how many orders that month', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue', 'orders'], grain: 'month', limit: 1, sort: { by: 'revenue', direction: 'desc' } },
    });
  });

  it('"best selling product by month", "top plan each month": declined, naming it (was one product-and-month, called the year\'s leader)', async () => {
    for (const question of ['best selling product by month last year', 'top category by quarter last year'])
      expect(demoAsk(question), question).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    const layer = await loadSubscriptionsLayer();
    const asked = subscriptionsAsk(layer, 'top plan each month');
    expect(asked.kind === 'reply' && asked.text).toContain('the top plans within each month');
    // (The best month, and the top products over a period, are still answered.)
    expect(demoAsk('best month for revenue last year')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', limit: 1 },
    });
    expect(demoAsk('top 5 products by revenue last year')).toMatchObject({
      kind: 'query',
      plan: { grain: null, limit: 5 },
    });
  });

  it('"which acquisition channel brings the most valuable customers" is declined on "valuable" (was the most customers)', () => {
    expect(demoAsk('which acquisition channel brings the most valuable customers')).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
    expect(demoAsk('our most valuable orders last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], sort: { direction: 'desc' } },
    });
  });

  it('"which subscriber owes us the most" ranks the money owed (was the count of open invoices)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'which subscriber owes us the most')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }], limit: 1 },
    });
    expect(subscriptionsAsk(layer, 'whats owed')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
  });

  it('"list open invoices over $50" where none are: said with the filter (was the plain summary, "The query returned no rows")', async () => {
    const layer = await loadSubscriptionsLayer();
    const analyst = createOfflineAnalyst({ layer });
    const question = 'list open invoices over $50';
    const decision = await analyst.plan({ question, history: [], today: '2025-09-16' });
    if (decision.kind !== 'query') throw new Error('expected a plan');
    const result: QueryResult = {
      columns: [
        { name: 'invoice_id', type: 'text' },
        { name: 'billed', type: 'decimal' },
      ],
      rows: [],
      rowCount: 0,
      truncated: false,
    };
    const written = await analyst.interpret({
      plan: decision.plan,
      result,
      question,
      today: '2025-09-16',
      feedback: null,
      change: null,
      onDelta: () => {},
    });
    expect(written.text).toBe(
      'Counting only invoices whose amount billed is over $50.00: No invoices matched for invoice status Open.',
    );
    expect(analyst.checkInterpretation(written, result, decision.plan, { today: '2025-09-16' })).toMatchObject({
      ok: true,
    });
  });
});

describe('session 40: what the thirty-sixth fresh sets, read, found', () => {
  it('"combined reach of every instagram reel" is the total (was reach per post)', () => {
    expect(demoAsk('combined reach of every instagram reel i put up in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reach'] },
    });
  });

  it('"buy from us", "spend more w us": the shop asking (was the United States); "us customers" is still the country', () => {
    const bought = demoAsk('in january 2025, how many individual items did shoppers buy from us altogether?');
    expect(bought).toMatchObject({ kind: 'query', plan: { metrics: ['units_sold'], filters: [] } });
    expect(demoAsk('did canadians or aussies spend more w us in feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('revenue from us customers last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', values: ['US'] }] },
    });
  });

  it('"wat fraction of jan orders shipped for free" is the share of orders (was each order\'s share of shipping)', () => {
    expect(demoAsk('wat fraction of jan orders shipped for free')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: [] },
    });
  });

  it('"a discount bigger than $20" bounds the discount (was the order\'s revenue)', () => {
    expect(demoAsk('How many paid January 2026 orders carried a discount bigger than $20?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ metric: 'discounts', operator: 'gt', value: 20 }] },
    });
  });

  it('"and counting every channel?" widens to one total (was a breakdown by channel)', () => {
    const history = said(demoAsk, 'february signups that came from tiktok');
    expect(demoAsk('and counting every channel?', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: [], filters: [] },
    });
  });

  it('names the data does not hold are declined, never shown as ids; names it holds are shown', async () => {
    const layer = await loadSubscriptionsLayer();
    const declined = subscriptionsAsk(layer, 'Which companies are our five largest subscribers, by name?');
    expect(declined).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    if (declined.kind === 'reply') expect(declined.text).toContain('no names for subscribers');
    expect(demoAsk('top 5 products by revenue last month, by name')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 5 },
    });
  });

  it('"most recent sign-in date" is declined on the logins no layer keeps (was the latest signup)', async () => {
    const layer = await loadSubscriptionsLayer();
    const asked = subscriptionsAsk(layer, 'most recent sign-in date for every european subscriber');
    expect(asked).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    if (asked.kind === 'reply') expect(asked.text).toContain('"login"');
  });

  it('money sitting in rows is their money, never how many (was a count of open invoices)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['money in open invoices', 'dollar value sitting in invoices nobody has settled yet'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
  });

  it.each([
    ['count the customer accounts opened over the whole of 2024', 'new_customers'],
    ['Company-wide gross margin for February 2026.', 'gross_margin'],
    ['What discount rate applied to paid Instagram Shop orders across 2025?', 'discount_rate'],
    ['wats the avrage order worth from yesterday', 'average_order_value'],
    ['january 2026: number of times my tiktok videos got shared onward', 'shares'],
    ['Shipping income per sales channel for February 2026.', 'shipping'],
    ['Show 2024 gross profit as a quarterly series.', 'gross_profit'],
    ['on 26 dec 2025 (boxing day) how many uploads went live from me', 'posts'],
    ['Rank the four items that earned the most gross profit across 2025, best first.', 'gross_profit'],
    ['february refunds where the order was above a hundred bucks, count them', 'orders'],
    ['lifetime paid spend above $1,000: how many shoppers are past that mark', 'customers_who_bought'],
  ])('"%s" is answered (was declined or asked back)', (question, metric) => {
    expect(demoAsk(question)).toMatchObject({ kind: 'query', plan: { metrics: [metric] } });
  });

  it.each([
    ['dollar value sitting in invoices nobody has settled yet', 'billed'],
    ['in h1, how much did we bill per pro subscriber that got invoiced', 'billed_per_subscriber'],
    ['Month-by-month subscriber acquisition count, January 2025 through today.', 'new_subscribers'],
    ['number of bills issued over the past 30 days, and the same figure for the 30 days preceding', 'invoices'],
    ['bills issued during the most recent six full weeks, how many', 'invoices'],
  ])('example layer: "%s" is answered (was declined)', async (question, metric) => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, question)).toMatchObject({ kind: 'query', plan: { metrics: [metric] } });
  });

  it('"the 30 days preceding" is the period before; "the most recent six full weeks" the last six', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      subscriptionsAsk(
        layer,
        'number of bills issued over the past 30 days, and the same figure for the 30 days preceding',
      ),
    ).toMatchObject({ kind: 'query', plan: { comparison: { kind: 'previous_period' } } });
    expect(subscriptionsAsk(layer, 'bills issued during the most recent six full weeks, how many')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 6 } },
    });
  });

  it('"what price is the tank listed at", "how much the lip balm is costing to us for one piece" ask which one', () => {
    const named = (question: string) =>
      parseQuestion({
        question,
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
        names: [
          { dimension: 'product', value: 'p1', label: 'Meadow Tank' },
          { dimension: 'product', value: 'p2', label: 'Midnight Tank' },
          { dimension: 'product', value: 'p3', label: 'Wild Lip Balm' },
          { dimension: 'product', value: 'p4', label: 'Everyday Lip Balm' },
        ],
      });
    expect(named('what price is the tank listed at?')).toMatchObject({ kind: 'clarify' });
    expect(named('how much the lip balm is costing to us for one piece?')).toMatchObject({ kind: 'clarify' });
    expect(named('what is the price of the Meadow Tank')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['price'] },
    });
  });

  it('"product revenue earned by the Oversized Earrings" is of it (was declined as a grouping); "orders including it" after a name', () => {
    const named = (question: string) =>
      parseQuestion({
        question,
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
        names: [
          { dimension: 'product', value: 'p1', label: 'Oversized Earrings' },
          { dimension: 'product', value: 'p2', label: 'Wild Lip Balm' },
        ],
      });
    expect(named('Product revenue earned by the Oversized Earrings in Q4 2025.')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'], dimensions: [], filters: [{ dimension: 'product', values: ['p1'] }] },
    });
    expect(named('wild lip balm: number of 2025 orders including it that were later refunded')).toMatchObject({
      kind: 'query',
      plan: { filters: expect.arrayContaining([expect.objectContaining({ dimension: 'product', values: ['p2'] })]) },
    });
  });

  it('"pull up what i published on facebook during last week (monday to sunday)" lists the posts there', () => {
    expect(demoAsk('pull up what i published on facebook during last week (monday to sunday)')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'platform', values: ['facebook'] }] },
    });
  });

  it('"the new collection" and "new arrivals" are still asked about, never read as a category or new customers', () => {
    expect(demoAsk('how are the new arrivals doing')).toMatchObject({ kind: 'reply' });
    expect(demoAsk('how is the new collection doing')).toMatchObject({ kind: 'clarify' });
  });
});

describe('session 40: rows said with their arrival', () => {
  it('"which accessories launched in 2025", "list accessories added in 2025" are the products added then (was their revenue, the verb dropped)', () => {
    for (const question of [
      'which accessories launched in 2025',
      'list accessories added in 2025',
      'Accessories whose launch date falls in 2025: titles',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['new_products'],
          filters: [{ dimension: 'category', values: ['accessories'] }],
          timeRange: { kind: 'absolute', from: '2025-01-01' },
        },
      });
    expect(demoAsk('how many home products were added last year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], filters: [{ dimension: 'category', values: ['home'] }] },
    });
  });

  it('"what do we sell in accessories? product names pls" lists the products (was units sold)', () => {
    expect(demoAsk('what do we sell in accessories? product names pls')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [{ dimension: 'category', values: ['accessories'] }] },
    });
  });
});

describe('session 40: what the wrong-answer probe found', () => {
  it('"rev between 1/2 and 15/2" is February 1–15 (was January 2 to February 15): a day over 12 says how every date was typed', () => {
    for (const question of ['rev between 1/2 and 15/2', 'revenue 1/2-15/2', 'revenue 2/1 to 2/15'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-02-16' } },
      });
  });

  it('"how many customers signed up in jan and how many bought" declines the second question (was the first answered alone)', () => {
    expect(demoAsk('how many customers signed up in jan and how many bought')).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
    expect(demoAsk('revenue by sales channel last month and how much each')).toMatchObject({ kind: 'query' });
  });
});

describe('session 41: what the thirty-seventh fresh sets, read, found', () => {
  it('"what did we bill shoppers for postage" is shipping charged (was revenue, the postage dropped)', () => {
    for (const question of [
      'what did we bill shoppers for postage in december 2025',
      'how much did i charge customers for delivery last month',
    ])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['shipping'] } });
  });

  it('"how many items sit in the typical paid order" is units per order (was revenue per order)', () => {
    for (const question of [
      'For Q1 2025, how many items sit in the typical paid order, on average?',
      'how many items are in the average paid order in q1 2025',
      'average units per paid order in q1 2025',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['units_per_order'], filters: [{ dimension: 'order_status', values: ['paid'] }] },
      });
  });

  it('"lowest refund rate among countries" is the one country (was all six, sorted)', () => {
    expect(demoAsk('lowest refund rate among countries, calendar 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], dimensions: ['country'], sort: { direction: 'asc' }, limit: 1 },
    });
  });

  it('"over the whole history" is one figure over all time (was a monthly series)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'Mean invoice amount for EMEA subscribers over the whole history.')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'all' }, grain: null },
    });
  });

  it('"may invoices …, which ones" lists them (was a count); "list may invoices" keeps May', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'may invoices for americas-based customers, which ones',
      'list may invoices for americas-based customers',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], timeRange: { from: '2025-05-01', to: '2025-06-01' } },
      });
  });

  it('"revenue …, counting paid orders only" is revenue of paid orders (was declined, or revenue and orders)', () => {
    for (const question of [
      'Total revenue booked in the second half of 2025, counting paid orders only.',
      'revenue last month, paid orders only',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], filters: [{ dimension: 'order_status', values: ['paid'] }] },
      });
  });

  it('orders "from a social post", with no post named, are declined naming the words (were all orders)', () => {
    const decision = demoAsk('orders from a social post in q4 2025');
    expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(decision.kind === 'reply' && decision.text).toContain('"from a social post"');
    expect(demoAsk('orders from instagram posts in q4 2025')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'platform', values: ['instagram'] }] },
    });
  });

  it('"per channel they came through", "the channel the order came in on": the orders\' own channel (was asked)', () => {
    for (const question of [
      'paid orders this week, per channel they came through',
      'money knocked off orders last month, by the channel the order came in on',
    ])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan: { dimensions: ['sales_channel'] } });
  });

  it('everyday words around a known figure, read (were declined)', () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        'What was the sum of price reductions granted to customers in the third quarter of 2025?',
        { metrics: ['discounts'] },
      ],
      ['sorry if this is basic, but how many facebook posts did the team publish across 2025?', { metrics: ['posts'] }],
      ['what margin are we making on beauty so far in 2026', { metrics: ['gross_margin'] }],
      ['which 2025 post pulled the biggest pile of comments', { metrics: ['comments'], limit: 1 }],
      ['catalogue size per category: how many SKUs does each have?', { dimensions: ['category'] }],
      ['2025 unit sales cut two ways: category x sales channel.', { dimensions: ['category', 'sales_channel'] }],
      ['our outlay for the merchandise customers bought in january, at cost', { metrics: ['cost_of_goods_sold'] }],
      ['in february how often did viewers forward my content on', { metrics: ['shares'] }],
      ['on average how often did a buyer come back and order again in 2025, orders per buyer', { dimensions: [] }],
      ['top 2 acquisition sources by what their customers spent, oct-dec 2025', { metrics: ['revenue'], limit: 2 }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
  });

  it('"whats the vintage midi dress going for" is its price (was asked which figure)', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      expect(await ask('whats the vintage midi dress going for')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], filters: [{ dimension: 'product', values: ['prd_dm_0051'] }] },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('example layer: "leaving out", "welcome", "divided by the number of", "acquired between", "the previous sixty days"', async () => {
    const layer = await loadSubscriptionsLayer();
    const cases: [string, Record<string, unknown>][] = [
      [
        'What did we invoice in total across July 2025, leaving out anything voided?',
        { metrics: ['billed'], filters: [{ dimension: 'invoice_status', operator: 'neq' }] },
      ],
      ['may: how many newcomers did we welcome', { timeRange: { from: '2025-05-01' } }],
      ['q3: billing divided by the number of subscribers who got an invoice', { metrics: ['billed_per_subscriber'] }],
      ['Subscribers acquired between 1 April and 31 May 2025, inclusive.', { timeRange: { from: '2025-04-01' } }],
      [
        'how many bills went out over the previous sixty days',
        { comparison: null, timeRange: { kind: 'relative', anchor: 'last', count: 60 } },
      ],
    ];
    for (const [question, plan] of cases)
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'query', plan });
    // ("Started in april": joined then; several did, so which is asked.)
    expect(subscriptionsAsk(layer, 'total billed so far to the subscriber who started in april')).toMatchObject({
      kind: 'clarify',
    });
  });
});

describe('session 41: what the own-layer probe found, on the demo and example layers', () => {
  it('"which of those has the most orders", "which has the most orders" after a breakdown: the one (was every row, or declined)', () => {
    for (const followUp of ['which of those has the most orders', 'which has the most orders'])
      expect(demoAsk(followUp, said(demoAsk, 'revenue by category')), followUp).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['category'], sort: { direction: 'desc' }, limit: 1 },
      });
  });

  it('"how much did they spend" after people were counted is their money, with the same filters (was declined)', async () => {
    expect(demoAsk('how much did they spend', said(demoAsk, 'how many customers from canada'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'country', values: ['CA'] }], timeRange: { kind: 'all' } },
      change: 'What they spent instead of how many there are',
    });
    const layer = await loadSubscriptionsLayer();
    const ask = (question: string, history: readonly Turn[] = []) => subscriptionsAsk(layer, question, history);
    expect(ask('how much did they pay', said(ask, 'how many subscribers in emea'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
    // (People counted as they joined in a period spent over another span: not read as that period's money.)
    expect(demoAsk('how much did they spend', said(demoAsk, 'how many new customers last month'))).not.toMatchObject({
      plan: { metrics: ['revenue'] },
    });
  });

  it('groups of listed values past a count of their own table: "countries with more than 100 new customers" (was declined)', () => {
    expect(demoAsk('countries with more than 100 new customers in 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        dimensions: ['country'],
        conditions: [{ dimension: 'country', metric: 'new_customers', operator: 'gt', value: 100 }],
      },
    });
  });

  it('"… give the post ids", "now run that for December", "the same stretch a year back" (were declined)', () => {
    expect(demoAsk('any ig reels from me last week? give the post ids')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'] },
    });
    expect(
      demoAsk('Now run that for December 2025', said(demoAsk, 'jan 2026 paid orders by sales channel')),
    ).toMatchObject({ kind: 'query', plan: { timeRange: { from: '2025-12-01', to: '2026-01-01' } } });
    expect(demoAsk('Revenue for 1 January through 14 March 2025, the same stretch a year back')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'period', timeRange: { from: '2024-01-01' } } },
    });
  });
});

describe('session 42: what the thirty-eighth fresh sets, read, found', () => {
  it('"five best sellers" is the top 5 (was 10); "how much new customers" counts them (was revenue)', () => {
    expect(demoAsk('five best sellers of 2025 ranked by units')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['product'], limit: 5 },
    });
    expect(demoAsk('how much new customers we are getting in every country this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'] },
    });
    // (Money asked with a verb is still money.)
    expect(demoAsk('what have canadian customers spent')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [] },
    });
  });

  it('"order ids refunded on saturday (yday)" lists them (was a count)', () => {
    expect(demoAsk('order ids refunded on saturday (yday) please')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['order_id'],
        filters: [{ dimension: 'order_status', values: ['refunded'] }],
        timeRange: { from: '2026-03-14', to: '2026-03-15' },
      },
    });
  });

  it('days typed short, lead-ins and everyday words around a known figure are read (were declined)', () => {
    const said = (question: string) => demoAsk(question);
    expect(said('rev for sat the 14th??')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { from: '2026-03-14', to: '2026-03-15' } },
    });
    expect(said('ords since mon, how many')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], timeRange: { from: '2026-03-09' } },
    });
    expect(said('daily takings for each day of last week mon to sun')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], grain: 'day' },
    });
    expect(said('Bookkeeping check: total postage charged to buyers over January 2026?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shipping'] },
    });
    expect(said('Which post got saved the most times in 2025?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['saves'], limit: 1 },
    });
    expect(said('Which December date gave us the strongest sales?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], grain: 'day', limit: 1 },
    });
    expect(said('Roughly how many parcels did the warehouse send out during last week?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'] },
    });
    expect(said('How many separate shoppers paid for at least one order with us in February?')).toMatchObject({
      kind: 'query',
    });
    expect(said("what's the smallest amount anyone has ever paid for an order")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], sort: { direction: 'asc' }, limit: 1 },
    });
  });

  it('example: "were joining from march until may" is new subscribers; "may or april, which had more" compares', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how many subscriber were joining from march until may')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { from: '2025-03-01', to: '2025-06-01' } },
    });
    expect(subscriptionsAsk(layer, 'may or april, which month had more sign ups?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], comparison: { kind: 'previous_period' } },
    });
  });

  it('example: "what has the pro customer who joined in April been billed" asks which of the two (was by subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      const asked = await ask('What has the pro customer who joined in April been billed?');
      expect(asked).toMatchObject({ kind: 'clarify', text: expect.stringContaining('sub_ac_01 and sub_ac_07') });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 42: wrong answers left in the read sets', () => {
  it('"what date did the June pro invoice go out" asks which of the three (was billing by day)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      expect(await ask('What date did the June pro invoice go out?')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('inv_ac_002, inv_ac_003 and inv_ac_019'),
      });
      // "When did it go out", of one invoice: that invoice with its date (was its billing day by day).
      expect(await ask('when did inv_ac_002 go out')).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], grain: null },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('"how much is owed on open invoices" is their money (was how many); "which is lowest" after one figure is declined', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much is owed on open invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    // (Was the same total again, "lowest" dropped.)
    expect(demoAsk('which is lowest', said(demoAsk, 'revenue last week'))).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
      text: expect.stringContaining('"which is lowest" asks for one of several'),
    });
  });

  it('"same week last year" on a Monday offers last week (was this week, empty, against a span that ran backwards)', () => {
    for (const question of ['orders same week last year', 'orders this week vs the same week last year']) {
      const asked = parseQuestion({ question, history: [], today: '2026-03-16', layer: DEMO_SEMANTIC_LAYER });
      expect(asked.kind).not.toBe('query');
    }
  });

  it('"Canadian buyers only" after a question that got no answer is declined (was the Canadian buyers counted)', () => {
    const asked = demoAsk('Calendar-2025 paid revenue, channel by channel');
    expect(asked.kind).toBe('clarify');
    const history = [{ question: 'Calendar-2025 paid revenue, channel by channel', plan: null, answer: '' }];
    expect(demoAsk('Canadian buyers only', history)).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    // (After an answer, the same words narrow it.)
    const first = demoAsk('revenue by sales channel in 2025');
    const answered = [
      { question: 'revenue by sales channel in 2025', plan: first.kind === 'query' ? first.plan : null, answer: '' },
    ];
    expect(demoAsk('Canadian buyers only', answered)).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'country', values: ['CA'] }],
      },
    });
  });
});

describe('session 43: what the thirty-ninth fresh sets, read, found', () => {
  it('"refund rate, refunded over paid plus refunded" is the rate as the layer defines it (was Refunded vs Paid)', () => {
    expect(demoAsk('Refund rate for Q4 2025, refunded over paid plus refunded.')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], dimensions: [], comparison: null },
    });
    expect(demoAsk('Markup on apparel (profit over cost) for Q3 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['markup'], filters: [{ dimension: 'category', values: ['apparel'] }] },
    });
    expect(demoAsk('2024 spend per paying customer (total paid revenue over buyers)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue_per_customer'] },
    });
    // Spelled otherwise than the layer defines it: declined, saying how it is worked out (was a comparison).
    for (const question of [
      'cancellation rate, cancelled over paid, last month',
      'refund rate q4, refunded over paid',
    ]) {
      const decision = demoAsk(question);
      expect(decision.kind, question).toBe('reply');
      if (decision.kind === 'reply') expect(decision.text).toMatch(/as the (?:cancellation|refund) rate: here it is /);
    }
    // (A comparison said with "over" names no part of the figure, and stays one.)
    expect(demoAsk('engagement rate, instagram over tiktok, last month')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values', values: ['instagram', 'tiktok'] } },
    });
  });

  it('"where were our buyers based, by revenue per country" >> "now do Q4": revenue by country (was by buyer too)', () => {
    const history = said(demoAsk, 'Where were our buyers based in Q3 2025, by revenue per country?');
    expect(history[0]?.plan).toMatchObject({ metrics: ['revenue'], dimensions: ['country'] });
    expect(demoAsk('Now do Q4.', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'], timeRange: { from: '2025-10-01' } },
    });
    expect(demoAsk('where do my customers live, by country')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'] },
    });
  });

  it('everyday words and shapes around a known figure are read (were declined or asked)', () => {
    const cases: [string, object][] = [
      ["feb's 3 biggest products by revenue?", { metrics: ['product_revenue'], dimensions: ['product'], limit: 3 }],
      [
        'Largest single paid order total, October through December 2025.',
        { dimensions: ['order_id'], filters: [{ dimension: 'order_status', values: ['paid'] }], limit: 1 },
      ],
      [
        'is my instagram reach this year up on the same stretch of last year?',
        { comparison: { kind: 'previous_period' } },
      ],
      ['refunds in jan: how many orders got their money back?', { filters: [{ values: ['refunded'] }] }],
      ['dec customer signups, how many were new', { metrics: ['new_customers'], timeRange: { from: '2025-12-01' } }],
      ['total eyeballs (reach) my posts got across jan, roughly how many people', { metrics: ['reach'] }],
      ['New customers in 2025 split by how we acquired them.', { dimensions: ['acquisition_channel'] }],
      ['revenue over in france last month', { filters: [{ dimension: 'country', values: ['FR'] }] }],
      // ("%" said first, from the helpdesk probe: the rate of what follows.)
      ['% refunded last month', { metrics: ['refund_rate'] }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    // ("Customers acquired by email" came through that channel: never the new ones by it.)
    expect(demoAsk('Discount rate on orders from customers acquired by email, Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'], filters: [{ dimension: 'acquisition_channel', values: ['email'] }] },
    });
  });

  it('a product\'s own figures, and a topic said before "it": read with the names looked up', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      expect(await ask('Ocean Beanie: what is our unit cost per piece?')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['unit_cost'], filters: [{ dimension: 'product' }] },
      });
      expect(await ask('What is the Golden Wall Print retailing at right now?')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], filters: [{ dimension: 'product' }] },
      });
      expect(await ask('wild lip balm, how many of my captions ever talked about it')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['posts'], filters: [{ operator: 'mentions' }] },
      });
      expect(await ask('How many order had the toner inside in february?')).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('Vintage Toner'),
      });
    } finally {
      await warehouse.close();
    }
  });

  it('example layer: "ppl still owing us", "already paid", "the $50 mark", "subscribers acquired by plan"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much are ppl still owing us from july invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    const history = said(
      (question, turns) => subscriptionsAsk(layer, question, turns),
      "invoices outstanding right now, what's the count",
    );
    expect(history[0]?.plan).toMatchObject({ metrics: ['invoices'] });
    expect(subscriptionsAsk(layer, 'ok and the number already paid?', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
    expect(subscriptionsAsk(layer, 'Invoices below the $50 mark issued during July: how many?')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'billed', operator: 'lt', value: 50 }] },
    });
    expect(subscriptionsAsk(layer, 'Subscribers acquired by plan, all time.')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'] },
    });
  });
});

describe('session 44: what the fortieth fresh sets, read, found', () => {
  it('"sent back to us": the shop, never the United States; "did people send back": the orders, not the people', () => {
    for (const question of [
      'How many orders did people send back to us last month?',
      'how many orders were returned to us in february',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
      });
    // (After "the", "us" is the country still.)
    expect(demoAsk('orders sent back from the us last month')).toMatchObject({
      kind: 'query',
      plan: { filters: expect.arrayContaining([{ dimension: 'country', operator: 'eq', values: ['US'] }]) },
    });
  });

  it('"what did the products we sold cost us in total" is the cost of goods sold (was product revenue by product)', () => {
    for (const question of [
      'in january, what did the products we sold cost us in total',
      'what did the items customers bought cost us last month',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['cost_of_goods_sold'], dimensions: [] },
      });
  });

  it('everyday words around a figure, a value or a breakdown are read (were declined or asked)', () => {
    const cases: [string, object][] = [
      ['total impressions our facebook page racked up during 2024', { filters: [{ values: ['facebook'] }] }],
      ['what margin did accessories run at in 2025', { metrics: ['gross_margin'] }],
      ["what's our refund rate running at this year", { metrics: ['refund_rate'] }],
      ['In 2025, what portion of revenue did the TikTok Shop contribute?', { share: expect.anything() }],
      ['Gross profit from September through December 2025, all four months included.', { metrics: ['gross_profit'] }],
      ['January 2026 units, by category crossed with sales channel.', { dimensions: ['category', 'sales_channel'] }],
      ['What did revenue look like each month across 2024?', { metrics: ['revenue'], grain: 'month' }],
      ['number of posts we have put live over the past 10 days', { metrics: ['posts'] }],
      [
        'Paid orders in 2025 where the discount was bigger than $20: how many?',
        { conditions: [{ metric: 'discounts', operator: 'gt', value: 20 }] },
      ],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    // ("Sold for more money" is what they brought in, never a price.)
    expect(demoAsk('did clothes or home stuff sell for more money in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'] },
    });
  });

  it('"X, same question" and "X next." ask the question before for that value', () => {
    const history = said(demoAsk, 'web store revenue for january pls');
    expect(demoAsk('tiktok shop, same question', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }] },
    });
    const margin = said(demoAsk, 'What was the gross margin for beauty in 2025?');
    expect(demoAsk('Apparel next.', margin)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], filters: [{ dimension: 'category', values: ['apparel'] }] },
    });
    // ("Top products right now" is no follow-up.)
    expect(demoAsk('top products right now')).toMatchObject({ kind: 'clarify' });
  });

  it('"since it existed" is all time, read with the names looked up', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      expect(await ask('how much profit we have make with Meadow Face Serum since it exist?')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['gross_profit'], filters: [{ dimension: 'product' }], timeRange: { kind: 'all' } },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('example layer: "per subscriber invoiced", "what plan do they pay for"', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'Amount billed per subscriber invoiced, May 2025.')).toMatchObject({
      kind: 'query',
      summary: expect.stringContaining('Amount billed per subscriber'),
    });
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      // (Four fit: said by the whole phrase, "came on board" and all.)
      expect(await ask('the subscriber who came on board in may: what plan do they pay for?')).toMatchObject({
        kind: 'reply',
        reason: 'unanswerable',
        text: expect.stringContaining('"the subscriber who came on board in may" fits 4 subscribers'),
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 44: bounded time', () => {
  it('"how many times has <a long phrase> …" with no verb of buying is read in bounded time (a regex tried every split)', () => {
    const decision = demoAsk(
      'how many times has our really quite long winded bestselling product name been talked about',
    );
    expect(['query', 'clarify', 'reply']).toContain(decision.kind);
  });
});

describe('session 45: what the forty-first fresh sets, read, found', () => {
  it('"refunds as a %", "what % got refunded" after the rows: the layer\'s refund rate (was refunded orders over every status)', () => {
    for (const question of [
      'refunds as a % over the trailing 30 days, quick pls',
      'thinking about website (online store) orders from last quarter - what % got refunded?',
      'online store orders from last quarter: refund rate',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['refund_rate'] },
      });
    // (Said with "and", both figures stay.)
    expect(demoAsk('orders vs refund rate last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'refund_rate'] },
    });
  });

  it('words around the question that change nothing are read past (were declined on them)', () => {
    const cases: [string, object][] = [
      ['total amount of discounts we handed out in q3 2025 please, need it for the ledger', { metrics: ['discounts'] }],
      ['I need the full-year 2024 revenue number for the board deck', { metrics: ['revenue'] }],
      ['rev so far in 2026?? on my phone, just the number', { metrics: ['revenue'] }],
      [
        'january: how many of our orders got cancelled in the end?',
        { metrics: ['orders'], filters: [{ values: ['cancelled'] }] },
      ],
      ['bookkeeping q: november 2025 discounts per sales channel', { dimensions: ['sales_channel'] }],
      ["what's product revenue looked like since black friday", { metrics: ['product_revenue'] }],
      ['how much sales did we make in year 2025', { metrics: ['revenue'], grain: null }],
      [
        'total ig engagement (likes+comments+shares+saves) per week for the 6 full weeks before this one',
        { metrics: ['engagement'], grain: 'week' },
      ],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    // (Another list of parts is no spelling of engagement: still declined.)
    expect(demoAsk('engagement (likes+comments) last month')).toMatchObject({ kind: 'reply' });
  });

  it('"only a single unit", "exactly 2 items": that many units and no other', () => {
    expect(demoAsk('this year, how many orders contained only a single unit?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        conditions: [
          { metric: 'units_sold', operator: 'gte', value: 1 },
          { metric: 'units_sold', operator: 'lte', value: 1 },
        ],
      },
    });
    expect(demoAsk('how many orders had exactly 2 items this year')).toMatchObject({
      kind: 'query',
      summary: expect.stringContaining('exactly 2'),
    });
  });

  it('"the largest order last week - which one and how much": the ranking shows both (was declined as two questions)', () => {
    expect(demoAsk('the largest order we got last week (mon to sun) - which one and how much')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], limit: 1 },
    });
  });

  it('lists of ids: "the order ids of everything refunded yesterday (sat)" lists the orders (was declined; a count would be wrong)', () => {
    expect(demoAsk('need the order ids of everything refunded yesterday (sat)')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], filters: [{ values: ['refunded'] }], timeRange: { unit: 'day' } },
    });
  });

  it('one row said by its kind and day, "the reel from 18 february", asks which when two fit (added both up)', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const asked = await ask('how many likes did the reel from 18 february get');
      expect(asked).toMatchObject({ kind: 'clarify', word: 'the reel from 18 february' });
      expect(asked.kind === 'clarify' && asked.options.map((option) => option.question).sort()).toEqual([
        'how many likes did reel post_dm_00763 get',
        'how many likes did reel post_dm_00764 get',
      ]);
      // (Plural rows said with a clause, "the videos we posted", are all of them, never one row.)
      expect(await ask('engagement rate for the videos we posted to facebook from october onward')).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['engagement_rate'],
          filters: expect.arrayContaining([expect.objectContaining({ dimension: 'media_type' })]),
        },
      });
      // ("What do we list it at" is its price.)
      expect(await ask('wild watch strap - what do we list it at?')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'] },
      });
      expect(await ask('how much sales the Velvet Diffuser was making in year 2025?')).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'product' }], grain: null },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('example layer: "did the americas invoice from july get paid" asks which invoice; "the invoice ids for …" lists them', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    const ask = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
    try {
      const asked = await ask('did the americas invoice from july get paid?');
      expect(asked).toMatchObject({ kind: 'clarify', word: 'the americas invoice' });
      expect(asked.kind === 'clarify' && asked.options.map((option) => option.label).sort()).toEqual([
        'Invoice ID: inv_ac_012',
        'Invoice ID: inv_ac_020',
      ]);
      // Each option is answered with the invoice's status (never its amount filtered to "paid").
      expect(await ask('did inv_ac_012 from july get paid?')).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_status'], filters: [{ dimension: 'invoice_id', values: ['inv_ac_012'] }] },
      });
      expect(await ask('can i get the invoice ids for americas subscribers from june')).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'region' }] },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 45: posts about a product', () => {
  it('"posted about the sunscreen", "posts where i showed off", "posts with the midi dress in them": posts mentioning it, asked which when several fit', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      for (const [question, word] of [
        ['how many times have we posted about the sunscreen this year', 'sunscreen'],
        ['likes on the posts where i showed off the lip balm', 'lip balm'],
        ['posts i made with the midi dress in them, how many', 'midi dress'],
      ] as const)
        expect(await ask(question), question).toMatchObject({ kind: 'clarify', word });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 45: sizes and sell-through', () => {
  it('"average basket size in items" is items per order (was the order value with "in items" dropped)', () => {
    expect(demoAsk('average basket size in items last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_per_order'] },
    });
  });

  it('"sell-through by product" is declined naming it (was units sold with "through" dropped)', () => {
    const decision = demoAsk('sell-through by product last month');
    expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(decision.kind === 'reply' && decision.text).toContain('sellthrough');
  });
});

describe('session 46: what the forty-second fresh sets, read, found', () => {
  it('"price of the ocean one" asks which of the three it begins (was one price for all three)', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const decision = await ask('price of the ocean one?');
      expect(decision).toMatchObject({ kind: 'clarify' });
      expect(decision.kind === 'clarify' && decision.options.map((option) => option.question)).toEqual(
        expect.arrayContaining(['price of the Ocean Beanie?', 'price of the Ocean Cardigan?']),
      );
      // ("The ocean ones": all of them, each at its own price, never their mean.)
      expect(await ask('price of the ocean ones')).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], dimensions: ['product'], filters: [{ dimension: 'product', operator: 'in' }] },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('"numbr of orders" is the number of orders: a common word of the question typed a letter short', () => {
    expect(demoAsk('numbr of orders last month')).toMatchObject({ kind: 'query', plan: { metrics: ['orders'] } });
  });

  it('"$99 or above", "$29 or lower": an amount and every one beyond it (was declined on "99")', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'invoices of $99 or above since july, how many')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ operator: 'gte', value: 99 }] },
    });
    expect(subscriptionsAsk(layer, 'invoices of $29 or lower since july')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ operator: 'lte', value: 29 }] },
    });
  });

  it('"show me each unpaid invoice on the basic plan" lists them (was the amount billed)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'show me each unpaid invoice on the basic plan')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'] },
    });
  });
});

describe('session 46: time ahead, over rows dated ahead', () => {
  const ahead = new Map([['orders.ordered_at', '2026-04-30']]);
  const askAhead = (question: string) =>
    parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, ahead });

  it('"next week", "the next 10 days", "upcoming", "this month" are their whole dates where the rows run past today', () => {
    expect(askAhead('orders next week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-16', to: '2026-03-23', ahead: true } },
    });
    expect(askAhead('orders in the next 10 days')).toMatchObject({
      plan: { timeRange: { from: '2026-03-15', to: '2026-03-25', ahead: true } },
    });
    expect(askAhead('upcoming orders')).toMatchObject({
      plan: { timeRange: { from: '2026-03-15', to: '2026-05-01', ahead: true } },
    });
    expect(askAhead('orders this month')).toMatchObject({
      plan: { timeRange: { from: '2026-03-01', to: '2026-04-01', ahead: true } },
    });
    expect(askAhead('orders today')).toMatchObject({
      plan: { timeRange: { from: '2026-03-15', to: '2026-03-16', ahead: true } },
    });
  });

  it('over a figure whose rows do not run past today, or with nothing looked up, time ahead stays a forecast', () => {
    expect(askAhead('posts next week')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(demoAsk('orders next week')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });
});

describe('session 47: what the forty-third fresh sets, read, found', () => {
  it('a label saying who asks is read as a label: "finance:", "new starter:", "bookkeeping,"; "globex:" is not', async () => {
    expect(demoAsk('finance: what fraction of 2025 revenue went through our online store?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'sales_channel', values: ['online_store'] }] },
    });
    expect(demoAsk('new starter: customer count for each acquisition source?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['acquisition_channel'] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'bookkeeping, pull every invoice dated may 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'] },
    });
    // (A label the data knows stays part of the question; a word of the question itself is still declined.)
    expect(demoAsk('tiktok: views last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(demoAsk('finance: revenue from wholesale accounts')).toMatchObject({ kind: 'reply', word: 'wholesale' });
    // (Other words before a colon may pick rows or a period: never read past.)
    expect(subscriptionsAsk(layer, 'globex: july invoice count')).toMatchObject({ kind: 'reply', word: 'globex' });
    expect(demoAsk('mar to date: pieces per basket, averaged')).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
  });

  it('"were may signups up on april\'s?" compares May with April (was April alone, "may" read as a verb)', () => {
    const decision = demoAsk("were may signups up on april's?");
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-01' } },
    });
    expect(decision.kind === 'query' && decision.plan.comparison).not.toBeNull();
    const upOn = demoAsk('is revenue up on last month');
    expect(upOn.kind === 'query' && upOn.plan.comparison).not.toBeNull();
  });

  it('words around the figure that change nothing: "need it for …", "run at", "behind that number", "#", "went live"', () => {
    expect(demoAsk('how many units went out in november? need it for the courier reconciliation')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'] },
    });
    expect(demoAsk('since sept 1st, what discount rate have instagram shop orders run at?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'] },
    });
    const before = said(demoAsk, 'december sales from german customers?');
    expect(demoAsk("what's the order count behind that number?", before)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'country', values: ['DE'] }] },
    });
    expect(demoAsk('yday order # quick')).toMatchObject({ kind: 'query', plan: { metrics: ['orders'] } });
    expect(demoAsk('Which SKUs went live during 2025?')).toMatchObject({ kind: 'query' });
  });

  it('rows said first, then the question asked of them: "january cancellations, how many orders?"', () => {
    expect(demoAsk('january cancellations, how many orders?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] },
    });
    // (Said with "and", two figures: still declined, never one read as a filter of the other.)
    expect(demoAsk('refunds and orders last month')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('"headcount of buyers with a paid order", "paid orders in Q4 2025 had free shipping", "sources signed up the most customers"', () => {
    expect(demoAsk('Q4 2025: headcount of distinct buyers with a paid order, please')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'] },
    });
    expect(demoAsk('How many paid orders in Q4 2025 had free shipping?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ operator: 'lte', value: 0 }] },
    });
    expect(demoAsk('Second half of 2025: which 3 sources signed up the most customers?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['acquisition_channel'], limit: 3 },
    });
  });

  it('"total sitting unpaid with customers right now", "june\'s final invoice": the open amount, the latest invoice', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'total sitting unpaid with customers right now?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    expect(subscriptionsAsk(layer, "june's final invoice, which one was it")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], limit: 1 },
    });
  });

  it('one row said by its day or amount, where several fit, is asked about: "wednesday\'s tiktok", "the $33.95 refund yesterday"', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const tiktok = await ask("how many views did wednesday's tiktok get");
      expect(tiktok).toMatchObject({ kind: 'clarify' });
      expect(tiktok.kind === 'clarify' && tiktok.options[0]?.question).toMatch(
        /^how many views did tiktok post_dm_\d+ get$/,
      );
      const refund = await ask('which customer was the $33.95 refund yesterday');
      expect(refund).toMatchObject({ kind: 'clarify' });
      // (Each option keeps the refund: the refunded order, never the paid orders revenue counts.)
      const option = refund.kind === 'clarify' ? (refund.options[0]?.question ?? '') : '';
      expect(option).toMatch(/^which customer was refund ord_dm_\d+$/);
      expect(await ask(option)).toMatchObject({
        kind: 'query',
        plan: {
          filters: expect.arrayContaining([{ dimension: 'order_status', operator: 'eq', values: ['refunded'] }]),
        },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('one order named by its key is shown as it is: a refunded order is said to be refunded (was "no data matched")', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const refunded = await ask('show me ord_dm_0024941');
      expect(refunded).toMatchObject({
        kind: 'query',
        plan: {
          filters: expect.arrayContaining([{ dimension: 'order_status', operator: 'eq', values: ['refunded'] }]),
        },
      });
      if (refunded.kind === 'query') {
        const rows = await warehouse.run(
          compilePlan(refunded.plan, {
            dialect: warehouse.dialect,
            today: EVAL_TODAY,
            layer: DEMO_SEMANTIC_LAYER,
            dataStart: null,
          }),
          { tenant: EVAL_TENANT },
        );
        expect(rows.rows).toHaveLength(1);
      }
      // (A paid order is counted as it is: nothing added.)
      const paid = await ask('show me ord_dm_0024931');
      expect(paid.kind === 'query' && paid.plan.filters.map((filter) => filter.dimension)).toEqual(['order_id']);
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 47: a count and an amount, and words in quotes', () => {
  it('"number of refunds and refunded amount this year" answers both (was the amount alone, the count dropped)', () => {
    expect(demoAsk('number of refunds and refunded amount this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });

  it("\"the 'packing orders all day' post\": the words in quotes are the post's text, and one post is asked for", async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      // (Many posts say it: the question asks about one, so askql says so, never their sum as one post's reach.)
      const decision = await ask("what reach did the 'packing orders all day' post get");
      expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
      expect(decision.kind === 'reply' && decision.text).toContain('asks about one');
      expect(await ask("reach of the 'packing orders all day' posts")).toMatchObject({
        kind: 'query',
        plan: { metrics: ['reach'], filters: [{ operator: 'mentions', values: ['packing orders all day'] }] },
      });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 47: rows not yet in a state, and one thing said by when it was added', () => {
  it('"invoices still to be paid", "yet to be paid", "orders still to be refunded": not yet (was the paid ones, or still images)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'invoices still to be paid',
      'how many invoices r still to be paid',
      'invoices yet to be paid',
    ])
      expect(subscriptionsAsk(layer, question)).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'invoice_status', operator: 'neq', values: ['paid'] }] },
      });
    expect(demoAsk('orders still to be refunded')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', operator: 'neq', values: ['refunded'] }] },
    });
  });

  it('"the product we launched in december" asks which of the three, by title (was every product\'s units in December)', async () => {
    const warehouse = await openEvalWarehouse();
    const ask = askingWithLookups(DEMO_SEMANTIC_LAYER, warehouse, EVAL_TENANT, EVAL_TODAY);
    try {
      const decision = await ask("how's the product we launched in december selling? units since launch");
      expect(decision).toMatchObject({ kind: 'clarify' });
      expect(decision.kind === 'clarify' && decision.text).toContain('Velvet Backpack (prd_dm_0056)');
      expect(decision.kind === 'clarify' && decision.options.map((option) => option.label)).toContain(
        'Product: Cloud Midi Dress (prd_dm_0054)',
      );
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 47: a hotel probe', () => {
  it('"how much did she spend on shipping" after one customer\'s orders keeps the customer (was everyone\'s)', async () => {
    const warehouse = await openEvalWarehouse();
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const ask = (question: string, history: readonly Turn[] = []) =>
      analyst.plan({
        question,
        history,
        today: EVAL_TODAY,
        lookup: (sql) => warehouse.run(sql, { tenant: EVAL_TENANT }),
        dialect: warehouse.dialect,
      });
    try {
      const first = await ask('orders from customer cus_dm_000465');
      const before: Turn[] = [
        {
          question: 'orders from customer cus_dm_000465',
          plan: first.kind === 'query' ? first.plan : null,
          answer: '',
        },
      ];
      for (const question of ['how much did she spend on shipping', 'and what was his shipping'])
        expect(await ask(question, before)).toMatchObject({
          kind: 'query',
          plan: { metrics: ['shipping'], filters: [{ dimension: 'customer', values: ['cus_dm_000465'] }] },
        });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 48: what the forty-fourth fresh sets, read, found', () => {
  it('"how many items is in one order on average", "things per order": units per order (was revenue per order, and orders)', () => {
    for (const question of [
      'how many items is in one order on average, last month?',
      'how many things is in one order on average',
      'things per order last month',
    ])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['units_per_order'] } });
  });

  it('"how many products cost us under ten dollars per unit": how many products (was the units they sold)', () => {
    expect(demoAsk('how many products cost us under ten dollars per unit')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], conditions: [{ metric: 'unit_cost', operator: 'lt', value: 10 }] },
    });
    expect(demoAsk('how many products cost us more than $30 apiece')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], conditions: [{ metric: 'unit_cost', operator: 'gt', value: 30 }] },
    });
  });

  it('"which Monday-to-Sunday week": the layer\'s weeks when they run so; declined where they run Sunday to Saturday (was Monday vs Sunday)', () => {
    expect(demoAsk('In 2025, which Monday-to-Sunday week had the biggest takings?')).toMatchObject({
      kind: 'query',
      plan: { grain: 'week', dimensions: [], limit: 1, sort: { direction: 'desc' } },
    });
    const sundays = { ...DEMO_SEMANTIC_LAYER, weekStart: 'sunday' as const };
    const ask = (question: string) => parseQuestion({ question, history: [], today: '2026-03-15', layer: sundays });
    for (const question of [
      'In 2025, which Monday-to-Sunday week had the biggest takings?',
      'revenue by week (mon-sun)',
    ])
      expect(ask(question), question).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('weeks run Sunday to Saturday'),
      });
    expect(ask('which sunday-to-saturday week had the most revenue in 2025')).toMatchObject({
      kind: 'query',
      plan: { grain: 'week' },
    });
    expect(demoAsk('revenue by week (sun-sat) this year')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('weeks run Monday to Sunday'),
    });
  });

  it('"…, show the list", "…, which ones" after the rows, and "customers\' invoices": the rows listed (was their count)', async () => {
    expect(demoAsk('tiktok posts we published last week, show the list')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(demoAsk('refunded orders from last week, list them')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'] },
    });
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      "pro plan customers' invoices from june, which ones",
      'list pro plan customer invoices from june',
      'which pro plan invoices from june',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'plan', values: ['pro'] }] },
      });
    // ("New customer orders" are the new people's: never every order.)
    expect(demoAsk('how many new customer orders last week')).not.toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [] },
    });
  });

  it('"what does the Urban Hoodie cost": its price or its unit cost is asked (was its price); "cost us" is its unit cost', () => {
    const names = [{ dimension: 'product', value: 'prd_x', label: 'Urban Hoodie' }];
    const ask = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER, names });
    const asked = ask('what does the Urban Hoodie cost');
    expect(asked).toMatchObject({ kind: 'clarify', options: [{ label: 'Price' }, { label: 'Unit cost' }] });
    if (asked.kind !== 'clarify') return;
    expect(asked.options.map((option) => ask(option.question))).toMatchObject([
      { kind: 'query', plan: { metrics: ['price'], filters: [{ dimension: 'product', values: ['prd_x'] }] } },
      { kind: 'query', plan: { metrics: ['unit_cost'], filters: [{ dimension: 'product', values: ['prd_x'] }] } },
    ]);
    expect(ask('what does the urban hoodie cost us')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['unit_cost'] },
    });
  });

  it('"takings in the week before christmas 2025": the seven days before it, or the calendar week before, is asked', () => {
    const decision = demoAsk('takings in the week before christmas 2025');
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => demoAsk(option.question))).toMatchObject([
      { kind: 'query', plan: { timeRange: { kind: 'absolute', from: '2025-12-18', to: '2025-12-25' } } },
      { kind: 'query', plan: { timeRange: { kind: 'absolute', from: '2025-12-15', to: '2025-12-22' } } },
    ]);
  });

  it('"billing for the past month": the last 30 days or last month is asked (was last month); "in the last month" is last month', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, "what's our billing for the past month");
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => subscriptionsAsk(layer, option.question))).toMatchObject([
      { kind: 'query', plan: { timeRange: { kind: 'relative', unit: 'day', count: 30 } } },
      { kind: 'query', plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } } },
    ]);
    expect(demoAsk('how many pieces we sold in total in the last month?')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } },
    });
  });

  it('"how much did the May subscribers pay us": those who signed up then cannot be told apart yet, so May\'s figure is offered, said so (was May\'s, unsaid)', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'how much did the May subscribers pay us');
    expect(decision).toMatchObject({
      kind: 'clarify',
      text: expect.stringContaining('who signed up in May'),
      options: [{ question: 'how much did the subscribers pay us in May' }],
    });
    // (Declined as said, the reading the layer answers is offered: those who joined then, as a cohort.)
    const cohort = subscriptionsAsk(layer, 'billed to the may subscribers');
    expect(cohort).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'billed to subscribers who joined in may' }],
    });
    if (cohort.kind === 'clarify')
      expect(subscriptionsAsk(layer, cohort.options[0]?.question ?? '')).toMatchObject({
        kind: 'query',
        plan: { joined: { table: 'subscribers' } },
      });
    expect(subscriptionsAsk(layer, 'how much did subscribers pay us in may')).toMatchObject({ kind: 'query' });
  });

  it('words around a period or a figure: "the full calendar year", "wk before this one", "since December started", "add up … from every platform", "left the building", "respectively", a preamble', async () => {
    expect(demoAsk('gross profit for the full calendar year 2025, please')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'], timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
    expect(demoAsk('wk before this one, how many orders got refunded')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 1 } },
    });
    expect(demoAsk('How many new customers have we had since December started?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'absolute', from: '2025-12-01', to: null } },
    });
    expect(demoAsk('For Q4 2025, add up the impressions from every platform')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['impressions'], dimensions: [] },
    });
    expect(demoAsk('In December, how many units left the building, counting every product together?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: [] },
    });
    expect(demoAsk('how many posts went up on instagram, tiktok and facebook respectively in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], dimensions: ['platform'] },
    });
    expect(demoAsk('for this year on instagram, count the reels, images and carousels')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], dimensions: ['media_type'] },
    });
    expect(demoAsk('which three instagram posts from 2025 got the weakest engagement')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], sort: { direction: 'asc' }, limit: 3 },
    });
    const names = [{ dimension: 'product', value: 'prd_x', label: 'Soft Cap' }];
    expect(
      parseQuestion({
        question: 'a customer is asking what the Soft Cap sells for, what price do we list it at',
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
        names,
      }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['price'], filters: [{ values: ['prd_x'] }] } });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'how much cash did we actually collect in august')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
    expect(
      subscriptionsAsk(layer, 'of the invoices issued in july, what fraction has not been paid yet'),
    ).toMatchObject({ kind: 'query', plan: { filters: [{ dimension: 'invoice_status', values: ['open'] }] } });
  });

  it('"only the tiktok shop part of that?", "just the apparel slice of it": that part alone (was declined as a share)', () => {
    expect(demoAsk('only the tiktok shop part of that?', said(demoAsk, 'what did we make in february'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }] },
    });
    expect(
      demoAsk('just the apparel slice of it', said(demoAsk, 'how much gross profit did we clear in q3 2025')),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_profit'], filters: [{ dimension: 'category', values: ['apparel'] }] },
    });
  });
});

describe('session 48: where home is', () => {
  it('"billing to our international subscribers": which region is home is asked, each offered (was declined on the word)', async () => {
    const layer = await loadSubscriptionsLayer();
    const asked = subscriptionsAsk(layer, 'august billing to our international subscribers?');
    expect(asked).toMatchObject({ kind: 'clarify', word: 'international' });
    if (asked.kind !== 'clarify') return;
    expect(asked.options.length).toBeGreaterThan(1);
    for (const option of asked.options)
      expect(subscriptionsAsk(layer, option.question), option.question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'region', operator: 'neq' }] },
      });
    const domestic = subscriptionsAsk(layer, 'domestic billing last month');
    expect(domestic).toMatchObject({ kind: 'clarify', options: [{ question: 'billing last month in EMEA' }, {}] });
    // (The demo's few countries too, each answerable as home.)
    const demo = demoAsk('revenue from international customers last month');
    expect(demo).toMatchObject({ kind: 'clarify', text: expect.stringContaining('Which country is home?') });
    if (demo.kind === 'clarify')
      for (const option of demo.options) expect(demoAsk(option.question).kind, option.question).toBe('query');
  });
});

describe('session 49: what the forty-fifth fresh sets, read, found', () => {
  it('"sales for the 1st through 10th of feb", "feb 1st through 10th": those ten days (was Mar 1, 2025 – Feb 10, 2026)', () => {
    for (const question of ['sales for the 1st through 10th of feb', 'sales feb 1st through 10th'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-02-11' } },
      });
  });

  it('"which one of my posts got commented on the most": ranked by comments (was by engagement, "only posts with comments")', () => {
    const decision = demoAsk('in 2025 which one of my posts got commented on the most');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], sort: { by: 'comments', direction: 'desc' }, limit: 1 },
    });
    expect(decision.kind === 'query' && decision.plan.conditions).toBeFalsy();
  });

  it('"which items were first added to our catalogue in 2025": every product added then (was the 10 earliest of them)', () => {
    const decision = demoAsk('Which items were first added to our catalogue in 2025?');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: null, timeRange: { from: '2025-01-01', to: '2026-01-01' } },
    });
  });

  it('"and for Instagram Shop orders?" after an average order value keeps the figure (was the orders count)', () => {
    const history = said(demoAsk, '2025 average order value for tiktok shop purchases');
    expect(demoAsk('And for Instagram Shop orders?', history)).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        filters: [{ dimension: 'sales_channel', values: ['instagram_shop'] }],
      },
    });
    // (A count asked for in so many words is that count.)
    expect(demoAsk('and how many instagram shop orders?', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'] },
    });
  });

  it('example: "subscribers who joined in may vs april" compares the two counts (was one row per subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'subscribers who joined in may vs april')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: [], comparison: { kind: 'previous_period' } },
    });
  });

  it('example: "invoices issued from july onward where the amount tops $90": those invoices, listed (was asked whether "where" meant a region)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'invoices issued from july onward where the amount tops $90')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['invoice_id'],
        conditions: [{ metric: 'billed', operator: 'gt', value: 90 }],
        timeRange: { from: '2025-07-01' },
      },
    });
    // (A count asked for is a count.)
    expect(demoAsk('paid orders last week where the total was more than $200 - how many?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: [] },
    });
  });

  it('words the layer has, said its own way: "as a percentage of subtotal", "full-year revenue for 2024", "all subscribers", "outstanding balance", "ratio of invoices to subscribers"', async () => {
    expect(demoAsk("Discount rate over November 2025's paid orders, as a percentage of subtotal.")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'] },
    });
    // (Over another figure than the rate's own is another rate, and stays declined.)
    expect(demoAsk('discount rate last month as a share of revenue').kind).toBe('reply');
    for (const question of ['What was our full-year revenue for 2024, January to December?', '2024 full-year revenue'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], timeRange: { from: '2024-01-01', to: '2025-01-01' } },
      });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "july's invoice tally, all subscribers")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], dimensions: [], timeRange: { from: '2025-07-01', to: '2025-08-01' } },
    });
    for (const question of ["what's the outstanding balance our customers still owe, all in", 'balance due by plan'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
      });
    expect(subscriptionsAsk(layer, 'H1 ratio of invoices issued to distinct subscribers invoiced')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices_per_subscriber'], timeRange: { from: '2025-01-01', to: '2025-07-01' } },
    });
  });

  it('"the average per customer", "net figure", with no figure named: the layer\'s figures are offered (was declined)', () => {
    const average = demoAsk("what's the average per customer for 2025");
    expect(average).toMatchObject({ kind: 'clarify' });
    if (average.kind !== 'clarify') return;
    expect(average.options.map((option) => demoAsk(option.question))).toMatchObject([
      { kind: 'query', plan: { metrics: ['revenue_per_customer'] } },
      { kind: 'query', plan: { metrics: ['orders_per_customer'] } },
    ]);
    const net = demoAsk('net figure for january please');
    expect(net).toMatchObject({ kind: 'clarify', text: expect.stringContaining('no net figure') });
    if (net.kind !== 'clarify') return;
    expect(net.options.map((option) => demoAsk(option.question))).toMatchObject([
      { kind: 'query', plan: { metrics: ['revenue'] } },
      { kind: 'query', plan: { metrics: ['gross_profit'] } },
    ]);
  });

  it('"revenue from returning customers in Q4 2025": the customers who joined before it began are offered (was declined)', () => {
    const decision = demoAsk('How much revenue came from returning customers in Q4 2025?');
    expect(decision).toMatchObject({ kind: 'clarify', text: expect.stringContaining('joined before it began') });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => demoAsk(option.question))).toMatchObject([
      {
        kind: 'query',
        plan: {
          metrics: ['revenue'],
          joined: { table: 'customers', timeRange: { to: '2025-10-01' } },
          timeRange: { from: '2025-10-01', to: '2026-01-01' },
        },
      },
    ]);
    // (A count of them within the period is the other reading, still offered where it is answerable.)
    expect(demoAsk('how many returning customers did we have in Q4 2025')).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'how many customers with at least 2 orders did we have in Q4 2025' }],
    });
  });

  it('example: "how many subscribers are currently active", where no state is recorded: all of them, or those billed lately (was declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = subscriptionsAsk(layer, 'how many subscribers are currently active');
    expect(decision).toMatchObject({ kind: 'clarify', word: 'active' });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => subscriptionsAsk(layer, option.question))).toMatchObject([
      { kind: 'query', plan: { metrics: ['new_subscribers'], timeRange: { kind: 'all' } } },
      { kind: 'query', plan: { metrics: ['subscribers_with_invoices'], timeRange: { count: 30 } } },
      { kind: 'query', plan: { metrics: ['subscribers_with_invoices'], timeRange: { count: 90 } } },
    ]);
    // (The demo's own "active customers" figure is read as the layer defines it, over a period asked.)
    expect(demoAsk('how many customers are currently active')).toMatchObject({
      kind: 'clarify',
      text: expect.stringContaining('Active over which period'),
    });
  });
});

describe('session 49: rows with none of a figure, and where they came from', () => {
  it('example: "subscribers who were never billed", "not billed in august": those with no invoices (was declined on "never")', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['subscribers who were never billed', 'how many subscribers have never been invoiced'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { conditions: [{ dimension: 'subscriber', metric: 'invoices', operator: 'lte', value: 0 }] },
      });
    expect(subscriptionsAsk(layer, 'which subscribers were not billed in august')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['subscriber'],
        conditions: [{ metric: 'invoices', operator: 'lte', value: 0 }],
        timeRange: { from: '2025-08-01', to: '2025-09-01' },
      },
    });
  });

  it('"products nobody bought last month", "that no one has ordered": those with no orders (was declined on "nobody")', () => {
    for (const question of ['products nobody bought last month', 'products that no one has ordered this year'])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['product'], conditions: [{ operator: 'lte', value: 0 }] },
      });
  });

  it('"where did they come from" after "new customers in feb": which "where" is asked, each a follow-up of it (was declined)', () => {
    const history = said(demoAsk, 'new customers in feb');
    const decision = demoAsk('where did they come from', history);
    expect(decision).toMatchObject({
      kind: 'clarify',
      word: 'where',
      options: [{ question: 'by acquisition channel' }, { question: 'by country' }],
    });
    if (decision.kind !== 'clarify') return;
    for (const option of decision.options)
      expect(demoAsk(option.question, history), option.question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_customers'], timeRange: { from: '2026-02-01', to: '2026-03-01' } },
      });
    expect(demoAsk('where do they live', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'] },
    });
  });
});

describe('session 49: a word the layer does not know, mentioned', () => {
  it('"posts that mention giveaway", "posts about restock this year": the rows whose text says it, as if in quotes (was declined)', () => {
    expect(demoAsk('posts that mention giveaway')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], filters: [{ dimension: 'post', operator: 'mentions', values: ['giveaway'] }] },
    });
    expect(demoAsk('posts about restock this year')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ operator: 'mentions', values: ['restock'] }], timeRange: { anchor: 'this', unit: 'year' } },
    });
    // (A word the layer knows is read as the layer says it: "sales" is a figure, never text.)
    const known = demoAsk('how many posts mentioned sales last month');
    expect(known.kind === 'query' && JSON.stringify(known.plan.filters)).not.toContain('"sales"');
  });
});

describe('session 49: the plain summary of one row among several tied', () => {
  it('"which subscriber has the highest avg invoice": the plain summary says the one shown is one of 3 tied (was silent)', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const decision = subscriptionsAsk(layer, 'which subscriber has the highest avg invoice');
      if (decision.kind !== 'query') throw new Error(decision.kind);
      const result = await warehouse.run(
        compilePlan(decision.plan, { layer, today: '2025-09-16', dialect: warehouse.dialect }),
        { tenant: 'acme' },
      );
      const analyst = createOfflineAnalyst({ layer });
      const plain = analyst.summarize(decision.plan, result);
      expect(plain.text).toMatch(/: \$99\.00 \(one of 3 tied at that value\)\.$/);
      expect(analyst.checkInterpretation(plain, result, decision.plan)).toEqual({ ok: true });
    } finally {
      await warehouse.close();
    }
  });
});

describe('session 50: what the forty-sixth fresh sets, read, found', () => {
  it('"now for all countries combined" after one country: the one total, the filter dropped (was one row per country)', () => {
    const history = said(demoAsk, 'What was revenue from British customers during 2025?');
    for (const question of ['Now for all countries combined.', 'and for every country together'])
      expect(demoAsk(question, history), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], dimensions: [], filters: [], timeRange: { from: '2025-01-01' } },
      });
    // ("For all countries" alone asks for each of them.)
    expect(demoAsk('revenue for all countries in 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'] },
    });
  });

  it('example: "what did professional-tier subscribers get billed in june": their total (was one row per subscriber)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'what did professional-tier subscribers get billed in june')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'plan', values: ['pro'] }], timeRange: { from: '2025-06-01' } },
    });
  });

  it('"what was left after product costs in jan": the figure defined as money less that cost (was declined on "left")', () => {
    for (const question of ['what was left after product costs in jan', 'whats left after costs last month'])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['gross_profit'] } });
    // (Nothing the layer subtracts is named: declined, naming the word.)
    expect(demoAsk('what was left after shipping in jan')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('shorthand a phone types: "til now", "this weeks … against last weeks", "k now do …" (were declined)', () => {
    expect(demoAsk('revenue month by month from september til now')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', timeRange: { from: '2025-09-01' } },
    });
    expect(demoAsk('hows this weeks revenue shaping up against last weeks')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        comparison: { kind: 'previous_period' },
        timeRange: { kind: 'relative', anchor: 'this', unit: 'week' },
      },
    });
    const history = said(demoAsk, 'revenue for last month pls');
    expect(demoAsk('k now do the month before that one', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { from: '2026-01-01', to: '2026-02-01' } },
    });
  });

  it('example: "which invoice ids did we send out during last week": the invoices sent (was declined as an action)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'which invoice ids did we send out during last week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } },
    });
    // (Asked for, or beside nothing of the layer's, sending is still an action.)
    for (const question of ['can we send the invoice ids to finance', 'how many emails did we send last week'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });
});

describe('session 50: people with some of a figure', () => {
  it('"how many customers had a discount last month", "used a coupon", "placed a discounted order": those whose orders carried one (was every buyer, the discount dropped)', () => {
    for (const question of [
      'how many customers had a discount last month',
      'number of customers who used a coupon in feb',
      'how many customers placed a discounted order last month',
      'how many customers had discounted orders last month',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['customers_who_bought'],
          conditions: [{ dimension: 'order_id', metric: 'discounts', operator: 'gt', value: 0 }],
        },
      });
    expect(demoAsk('which customers got a discount last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }] },
    });
  });
});

describe('session 51: what the forty-seventh fresh sets, read, found', () => {
  it('filler around a question already answered: "manage to", "hand over for", "just gone", "separate", "worth in total", "only counting", "accounts … opened" (were declined)', () => {
    const cases: [string, object][] = [
      ['how many pieces did we manage to shift during november', { metrics: ['units_sold'] }],
      [
        'what did shoppers hand over for delivery fees in january',
        { metrics: ['shipping'], timeRange: { from: '2026-01-01', to: '2026-02-01' } },
      ],
      [
        'what did sales come to on christmas eve just gone',
        { metrics: ['revenue'], timeRange: { from: '2025-12-24', to: '2025-12-25' } },
      ],
      [
        'total likes across the two most recent full mon-sun weeks',
        { metrics: ['likes'], timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 2 } },
      ],
      [
        'How many new customer accounts were opened during October to December 2025?',
        { metrics: ['new_customers'], timeRange: { from: '2025-10-01', to: '2026-01-01' } },
      ],
      [
        'what were the cancelled orders from last month worth in total',
        { metrics: ['revenue'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] },
      ],
      [
        'what refund rate did each sales channel have over 2025',
        { metrics: ['refund_rate'], dimensions: ['sales_channel'] },
      ],
      [
        'Gross profit for FY2025 (we run a calendar year), please',
        { metrics: ['gross_profit'], timeRange: { from: '2025-01-01', to: '2026-01-01' } },
      ],
      ['how many units have we sold since the day it launched', { timeRange: { kind: 'all' }, grain: null }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    expect(demoAsk('only counting video posts', said(demoAsk, "last month's engagement per platform"))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['platform'], filters: [{ dimension: 'media_type', values: ['video'] }] },
    });
    // ("Since it was cheaper" is no launch: still not understood.)
    expect(demoAsk('revenue since it was cheaper')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('"orders that had a discount applied in january": the orders with one (was declined on "discountjanuary", two matches overlapping)', () => {
    expect(demoAsk('revenue from orders that had a discount applied in january')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }],
        timeRange: { from: '2026-01-01', to: '2026-02-01' },
      },
    });
  });

  it('"how did christmas sales go", "what were refunds like", "who\'s our biggest customer": asked, not guessed (were Dec 25, a list, the top by money)', async () => {
    const christmas = demoAsk('how did christmas sales go');
    expect(christmas).toMatchObject({ kind: 'clarify', word: 'christmas' });
    if (christmas.kind === 'clarify')
      expect(christmas.options.map((option) => option.question)).toEqual([
        'how did christmas day sales go',
        'how did december sales go',
      ]);
    // (A day said as one stays the day.)
    for (const question of ['ords xmas', 'revenue last christmas', 'orders since christmas', 'christmas eve revenue'])
      expect(demoAsk(question), question).toMatchObject({ kind: 'query' });
    const refunds = demoAsk('what were refunds like in february');
    expect(refunds).toMatchObject({ kind: 'clarify', word: 'refunds' });
    if (refunds.kind === 'clarify')
      expect(refunds.options.map((option) => option.question)).toEqual([
        'how many refunds in february',
        'how much money were refunds in february',
        'refund rate in february',
      ]);
    expect(demoAsk('how did accessories end up doing in q4 revenue wise')).toMatchObject({ kind: 'query' });
    expect(demoAsk("who's our biggest customer")).toMatchObject({ kind: 'clarify' });
    expect(demoAsk('who was our biggest spender last quarter')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['customer'], limit: 1 },
    });
    const layer = await loadSubscriptionsLayer();
    const biggest = subscriptionsAsk(layer, "who's our biggest customer");
    expect(biggest).toMatchObject({ kind: 'clarify' });
    if (biggest.kind === 'clarify')
      expect(biggest.options.map((option) => option.label)).toEqual(['Amount billed', 'Invoices']);
  });

  it('example: "in the april-june quarter which region did we bill more": the one region, Q2 (was both regions by quarter)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'in the april-june quarter which region did we bill more',
      'which region did we bill more in the apr to jun quarter of 2025',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          dimensions: ['region'],
          limit: 1,
          grain: null,
          timeRange: { from: '2025-04-01', to: '2025-07-01' },
        },
      });
  });

  it('example: "every invoice we\'ve sent …" lists them; "how much of that is still unpaid" after a total is the open part (were a total and a decline)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "every invoice we've sent in june")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'] },
    });
    const history = said(
      (question, turns) => subscriptionsAsk(layer, question, turns),
      'what was our billed total for july',
    );
    // (Said after a clause of its own, "of all the likes …, how much of that was instagram" is still a share.)
    expect(demoAsk('of all the likes my posts got in 2025, how much of that was instagram')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], share: { dimension: 'platform' } },
    });
    for (const [question, status] of [
      ['how much of that is still unpaid', 'open'],
      ['and how much of it was paid', 'paid'],
    ] as const)
      expect(subscriptionsAsk(layer, question, history), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['billed'],
          filters: [{ dimension: 'invoice_status', values: [status] }],
          timeRange: { from: '2025-07-01', to: '2025-08-01' },
        },
      });
  });
});

describe('session 51: the way a question is put', () => {
  it('"what revenue looked like", "what does engagement look like", "i\'d love to know …": the question itself (were declined)', () => {
    const cases: [string, object][] = [
      [
        'could u tell me what revenue looked like over the past fortnight',
        { metrics: ['revenue'], timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 2 } },
      ],
      ['what does engagement look like this month', { metrics: ['engagement'] }],
      ["I'd love to know our best selling product this quarter", { dimensions: ['product'], limit: 1 }],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
  });

  it('"what\'s the average" after a series, "average per month?" after a total: the figure per period, same span (were declined, or the series again)', () => {
    const perMonth = { metrics: ['revenue'], grain: null, per: 'month', timeRange: { anchor: 'this', unit: 'year' } };
    expect(demoAsk("what's the average", said(demoAsk, 'revenue by month this year'))).toMatchObject({
      kind: 'query',
      plan: perMonth,
    });
    expect(demoAsk('average per month?', said(demoAsk, 'revenue this year'))).toMatchObject({
      kind: 'query',
      plan: perMonth,
    });
    expect(demoAsk('the weekly average', said(demoAsk, 'orders by week last quarter'))).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], grain: null, per: 'week' },
    });
    // (A breakdown's average is no period's: not read so.)
    const byCountry = demoAsk("what's the average", said(demoAsk, 'orders by country last month'));
    if (byCountry.kind === 'query') expect(byCountry.plan.per ?? null).toBeNull();
  });
});

describe('session 52: what the forty-eighth fresh sets, read, found', () => {
  it('words around a question already answered: "aggregate", "for the 2024 books … recorded that year", "post out to people", "at least once", "the week that began", "we stock", "in order", "mon onwards" (were declined)', () => {
    const cases: [string, object][] = [
      [
        'Aggregate unit volume for calendar 2025, please.',
        { metrics: ['units_sold'], timeRange: { from: '2025-01-01' } },
      ],
      [
        'For the 2024 books: total revenue recorded that year?',
        { metrics: ['revenue'], grain: null, timeRange: { from: '2024-01-01', to: '2025-01-01' } },
      ],
      ['january - how many parcels did we post out to people', { metrics: ['orders'] }],
      [
        'tally of unique buyers who checked out with us at least once in january',
        { metrics: ['customers_who_bought'] },
      ],
      [
        'How many posts went up in the week that began Monday 19 January?',
        { metrics: ['posts'], timeRange: { from: '2026-01-19', to: '2026-01-26' } },
      ],
      ['whats the lowest priced homeware we stock', { metrics: ['price'], dimensions: ['product'], limit: 1 }],
      ["last month's top 3 products by revenue, in order", { dimensions: ['product'], limit: 3 }],
      [
        "break this week's takings out by day, mon onwards",
        { metrics: ['revenue'], grain: 'day', timeRange: { anchor: 'this', unit: 'week' } },
      ],
      [
        'How did cancellation rates differ country to country in 2025?',
        { metrics: ['cancellation_rate'], dimensions: ['country'] },
      ],
    ];
    for (const [question, plan] of cases) expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    // ("How many units do we have in stock" asks for stock levels: not read as the catalogue.)
    expect(demoAsk('how many units of each item do we have in stock')).toMatchObject({ kind: 'reply' });
  });

  it('figures said in other words: reach as "accounts reached", "zero shipping" in brackets, a value said by two of its names (were declined)', () => {
    expect(demoAsk('How many 2025 posts reached over 50,000 accounts?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'reach', operator: 'gt', value: 50000 }] },
    });
    expect(demoAsk('Number of January orders that shipped free (zero shipping charged)')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ metric: 'shipping', operator: 'lte', value: 0 }] },
    });
    // "Paid search ads": the layer calls one value both "paid search" and "search ads", never "paid" and the rest.
    expect(demoAsk('new customers from paid search ads last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel', values: ['paid_search'] }] },
    });
  });

  it('the shape asked for: a ranking of periods, a series over "each of the previous" weeks, the largest row (were a ranking of orders, a total, a decline)', () => {
    for (const question of [
      'Of the last 8 weeks, which one had the highest revenue?',
      'which of the last 8 weeks had the highest revenue',
    ])
      expect(demoAsk(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], dimensions: [], grain: 'week', limit: 1, timeRange: { count: 8 } },
      });
    expect(demoAsk('Posts published in each of the previous four weeks')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], grain: 'week', timeRange: { anchor: 'last', unit: 'week', count: 4 } },
    });
    expect(demoAsk('Which order was the largest one last month?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], limit: 1 },
    });
    // (People are as big as their money or their rows: asked, as "who's our biggest customer" is; a spender is money.)
    expect(demoAsk('which customer was the biggest')).toMatchObject({ kind: 'clarify' });
    expect(demoAsk('which customer was the biggest spender')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['customer'], limit: 1 },
    });
    // "Most common", "most frequent": the most popular one, by the figure said (was asked what "common" means).
    expect(demoAsk('most common platform for posts')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], dimensions: ['platform'], limit: 1 },
    });
    expect(demoAsk('most frequent country for orders last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['country'], limit: 1 },
    });
  });

  it('"now drop the category filter": every category again (was declined)', () => {
    const history = said(demoAsk, 'What gross margin did accessories achieve across 2025?');
    expect(demoAsk('now drop the category filter and give me the overall figure', history)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], filters: [], dimensions: [] },
    });
  });

  it('"what were our costs": the costs the layer holds, asked, saying it holds no others (was declined)', async () => {
    const costs = demoAsk('What were our costs in January?');
    expect(costs).toMatchObject({ kind: 'clarify', word: 'costs' });
    if (costs.kind === 'clarify') {
      expect(costs.text).toContain('not every cost of the business');
      expect(costs.options.map((option) => option.label)).toEqual(['Cost of goods sold']);
    }
    // (A layer holding no cost declines the word, as before.)
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'what were our costs in june')).toMatchObject({ kind: 'reply', word: 'costs' });
  });

  it('example: "across both plans and regions" with a count, "invoice numbers currently unpaid", "cash collected", "saw the highest" (were a breakdown, a count, declines)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'April 2025 signup count across both plans and regions')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [] },
    });
    // (Compared, or without a count or total, both are shown.)
    for (const question of ['compare invoice count across both regions', 'signups across both regions in april'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['region'] },
      });
    expect(subscriptionsAsk(layer, 'Give me the invoice numbers currently unpaid')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'invoice_status', values: ['open'] }] },
    });
    for (const question of ['Cash actually collected from 1 June onward?', 'Collected each month in Q3'])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
      });
    expect(subscriptionsAsk(layer, 'Which month of 2025 saw the highest invoice count?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], grain: 'month', limit: 1 },
    });
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const plan = askingWithLookups(layer, warehouse, 'acme', '2025-09-16');
      expect(await plan("pull up sub_ac_06's complete invoice history")).toMatchObject({
        kind: 'query',
        plan: { dimensions: ['invoice_id'], filters: [{ values: ['sub_ac_06'] }] },
      });
    } finally {
      await warehouse.close();
    }
  });

  it('example: "summer numbers", "average per customer" where the people are subscribers: asked (were declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, "summer numbers, how'd we do")).toMatchObject({ kind: 'clarify' });
    const average = subscriptionsAsk(layer, 'Average per customer in Q2?');
    expect(average).toMatchObject({ kind: 'clarify' });
    if (average.kind === 'clarify')
      expect(average.options.map((option) => option.label)).toEqual([
        'Amount billed per subscriber',
        'Invoices per subscriber',
      ]);
  });
});

describe('session 53: what the forty-ninth fresh sets, read, found', () => {
  it('a question naming no figure and pointing back at nothing, first in a conversation: asked what, with questions to pick (was declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    const onDemo = (question: string) => demoAsk(question);
    const onExample = (question: string) => subscriptionsAsk(layer, question);
    const asked: [(question: string) => PlanDecision, string][] = [
      [onDemo, 'compare them two for me'],
      [onDemo, 'which one did better'],
      [onDemo, 'Break that down for me.'],
      [onDemo, 'can u check on that thing from before'],
      [onDemo, 'more or less than usual?'],
      [onExample, 'hows it looking'],
      [onExample, 'Compare those two.'],
      [onExample, 'which is bigger'],
    ];
    for (const [ask, question] of asked) {
      const decision = ask(question);
      expect(decision, question).toMatchObject({
        kind: 'clarify',
        text: expect.stringContaining('Which figures do you mean?'),
      });
      // (Each option answerable as it stands.)
      for (const option of decision.kind === 'clarify' ? decision.options : [])
        expect(ask(option.question).kind, option.question).toBe('query');
    }
    // After a question, "break that down" points at it; a question with a figure, or about others' data, is its own.
    const history = said(demoAsk, 'revenue last month');
    expect(demoAsk('Break that down for me.', history).kind).not.toBe('clarify');
    expect(demoAsk('compare the two platforms').kind).toBe('query');
    expect(subscriptionsAsk(layer, 'how do our prices compare with our competitors')).toMatchObject({ kind: 'reply' });
    expect(demoAsk('whats the weather looking like in london tomorrow')).toMatchObject({ kind: 'reply' });
  });

  it('an instruction to change the data, with a verb the layer uses for a state: declined as one (was "void vs open" answered)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'void all the open invoices',
      'refund order 1042',
      'cancel sub_ac_07',
      'mark the june invoices as paid',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('I can only read your data, not change it or act on it'),
      });
    // ("Refund rate 2025 vs 2024", "void invoices last month": questions.)
    expect(demoAsk('Refund rate 2025 vs 2024').kind).toBe('query');
    expect(subscriptionsAsk(layer, 'void invoices last month').kind).toBe('query');
  });

  it('words around a question already answered: "wound up being", "w" for with, "at some point" (were declined)', () => {
    expect(demoAsk('During December 2025, how many orders wound up being refunded?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(demoAsk('posts this yr w more than 1000 likes - how many')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'likes', operator: 'gt', value: 1000 }] },
    });
    expect(demoAsk('Which products went live at some point in 2025?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], timeRange: { from: '2025-01-01', to: '2026-01-01' } },
    });
  });
  it('"What did paid orders collect in shipping fees across Q2 2025": that figure of those orders together (was one row per order)', () => {
    expect(demoAsk('What did paid orders collect in shipping fees across Q2 2025?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['shipping'],
        dimensions: [],
        filters: [{ dimension: 'order_status', values: ['paid'] }],
        timeRange: { from: '2025-04-01', to: '2025-07-01' },
      },
    });
    // (One row's own figure stays that row's.)
    expect(demoAsk('what did my reels get in likes last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], dimensions: [] },
    });
  });

  it('"Give me the rate for last month", where several figures are rates: which one, each option answerable (was declined)', () => {
    const asked = demoAsk('Give me the rate for last month.');
    expect(asked).toMatchObject({ kind: 'clarify', word: 'rate' });
    const options = asked.kind === 'clarify' ? asked.options : [];
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const option of options) {
      expect(option.label).toMatch(/ rate$/);
      expect(demoAsk(option.question).kind, option.question).toBe('query');
    }
    // (The rest of the question naming the figure is not asked about.)
    expect(demoAsk('how engaging were my tiktoks in january, as a rate').kind).not.toBe('clarify');
  });

  it('periods and figures said in other words: "on sat or sun", "reached the most accounts", "up in Q4 2025 from Q4 2024", "first-time", "avg size of an invoice", "which 2025 month" (were declined)', async () => {
    expect(demoAsk('what percent of last months orders happened on sat or sun')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ values: ['6', '7'] }], share: {} },
    });
    expect(demoAsk('which 2025 instagram post of mine reached the most accounts')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reach'], dimensions: ['post'], limit: 1 },
    });
    expect(demoAsk('was engagement up in Q4 2025 from Q4 2024')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['engagement'],
        timeRange: { from: '2025-10-01' },
        comparison: { kind: 'period', timeRange: { from: '2024-10-01' } },
      },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'How many first-time subscribers did we gain in May?')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { from: '2025-05-01', to: '2025-06-01' } },
    });
    expect(subscriptionsAsk(layer, 'Avg size of an invoice in the Americas since April 1')).toMatchObject({
      kind: 'query',
      plan: { perRow: 'invoice_id' },
    });
    expect(subscriptionsAsk(layer, 'which 2025 month has billed the most so far')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', limit: 1 },
    });
  });
});

describe('session 54: what the fiftieth fresh sets, read, found', () => {
  it('"what did it cost us" with no figure named: the costs the data holds are offered, never revenue (was revenue)', () => {
    for (const question of ['what did it cost us', 'what did last month cost us', 'how much did january cost me']) {
      const decision = demoAsk(question);
      expect(decision, question).toMatchObject({ kind: 'clarify', text: expect.stringContaining('what came in') });
      for (const option of decision.kind === 'clarify' ? decision.options : [])
        expect(demoAsk(option.question), option.question).toMatchObject({
          kind: 'query',
          plan: { metrics: ['cost_of_goods_sold'] },
        });
    }
    // (The rows said first are what "it" cost: the goods sold. Refunds named are their own money, as before.)
    expect(
      demoAsk('The stuff we sold between April and June 2025 — what did it cost us to buy in altogether?'),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cost_of_goods_sold'], timeRange: { from: '2025-04-01', to: '2025-07-01' } },
    });
    expect(demoAsk('how much did refunds cost me last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });

  it('"out of all 31 days of January, which day…", "of the 5 categories, which…": never a top 31 or a top 5 (were)', () => {
    expect(demoAsk('Out of all 31 days of January 2026, which day had our biggest revenue?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], limit: 1, timeRange: { from: '2026-01-01', to: '2026-02-01' } },
    });
    // (So is the count of the rows ranked: "of the 5 categories, which…" is the one; "top 5 of the 20" is 5.)
    expect(demoAsk('of the 5 categories which sold the least in 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['category'], limit: 1, sort: { direction: 'asc' } },
    });
    expect(demoAsk('top 5 of the 20 products by revenue')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 5 },
    });
  });

  it('a share of people billed in a region, and "which region brought in fewer" after the rows: the people counted, the one with fewer (were the money share, and both regions)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'Out of everyone who has subscribed, what percent is billed in EMEA?',
      'what share of subscribers are billed in EMEA',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_subscribers'], filters: [{ dimension: 'region', values: ['emea'] }] },
      });
    // ("Total billed to EMEA" is the money, as before.)
    expect(subscriptionsAsk(layer, 'Total billed to EMEA subscribers in H1')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'] },
    });
    expect(subscriptionsAsk(layer, 'Q2 signups: which region brought in fewer?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['region'], sort: { direction: 'asc' }, limit: 1 },
    });
  });

  it('"what did orders collect in June": their money in all, never one row per order', async () => {
    expect(demoAsk('what did orders collect in june')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [] },
    });
    const layer = await loadSubscriptionsLayer();
    expect(subscriptionsAsk(layer, 'what did invoices collect in june')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], filters: [{ dimension: 'invoice_status', values: ['paid'] }] },
    });
  });

  it('everyday words around answerable questions (were declined or asked back)', async () => {
    const demoCases: [string, Record<string, unknown>][] = [
      ['Q1 2025 new customers, split by the channel that acquired them', { dimensions: ['acquisition_channel'] }],
      ['Of customers who joined in H2 2025, what share were acquired by email?', { metrics: ['new_customers'] }],
      ['How often were my Instagram posts bookmarked last quarter?', { metrics: ['saves'] }],
      ['In December, what proportion of the order subtotal went on discounts?', { metrics: ['discount_rate'] }],
      ['Among buyers based in Canada, average number of orders each in H2 2025?', { metrics: ['orders_per_customer'] }],
      ['which items in the catalogue cost customers less than $25', { dimensions: ['product'] }],
      ['Each category — how many products does it hold in our catalogue right now?', { dimensions: ['category'] }],
      ['My colleague is asking: units sold by category for the week of 12 January 2026?', { metrics: ['units_sold'] }],
      ['I need a list of every product we have launched since the start of December 2025', { dimensions: ['product'] }],
    ];
    for (const [question, plan] of demoCases)
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    expect(
      demoAsk('for the beauty category alone, same ranking', said(demoAsk, 'Top 5 products by units sold for 2025')),
    ).toMatchObject({ kind: 'query', plan: { filters: [{ dimension: 'category', values: ['beauty'] }], limit: 5 } });
    expect(
      demoAsk(
        'Keep only the ones acquired through paid search',
        said(demoAsk, 'country by country, how many new customers joined in 2025'),
      ),
    ).toMatchObject({ kind: 'query', plan: { filters: [{ dimension: 'acquisition_channel' }] } });
    const layer = await loadSubscriptionsLayer();
    const exampleCases: [string, Record<string, unknown>][] = [
      ["What's the total sitting on open invoices right now?", { metrics: ['billed'] }],
      ['invoices raised in the 30 days up to today: how many', { metrics: ['invoices'] }],
      ['Across every invoice ever raised, what fraction (by count) is still not paid?', { metrics: ['invoices'] }],
      ['Among invoices to Americas subscribers in June, which one was largest?', { limit: 1 }],
      ['Month-by-month invoice totals (count, not $) from April onwards', { metrics: ['invoices'], grain: 'month' }],
      ['In Q2, how many invoices did the Basic tier get and how many did Pro get?', { metrics: ['invoices'] }],
    ];
    for (const [question, plan] of exampleCases)
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'query', plan });
    // (Customers "acquired through" a value are the new ones from it, as before.)
    expect(demoAsk('Number of customers acquired through paid search in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'] },
    });
  });

  it('"top products that month" after the best month: declined, saying to name the month (was the whole year, said as such)', () => {
    for (const first of ['which was the best month for revenue in 2025', 'revenue by month in 2025'])
      expect(demoAsk('top products that month', said(demoAsk, first)), first).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('I can\'t tell which month "that month" is'),
      });
    // (The ranking kept, another figure beside it, and "that month" after a month's total, read on.)
    expect(demoAsk('and orders that week', said(demoAsk, 'best week for revenue this year'))).toMatchObject({
      kind: 'query',
      plan: { grain: 'week', limit: 1 },
    });
    expect(
      demoAsk('and the tiktok number for that month?', said(demoAsk, 'shares on instagram in november')),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shares'], grain: null, filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
  });

  it('"what did orders make in shipping fees": that figure of the orders (was declined)', () => {
    expect(demoAsk('What did orders make in shipping fees')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shipping'], dimensions: [] },
    });
  });

  it('"are things better than a year ago", first in a conversation: asked which figures (was declined)', () => {
    expect(demoAsk('are things better than a year ago')).toMatchObject({
      kind: 'clarify',
      text: expect.stringContaining('Which figures do you mean?'),
    });
  });
});

describe('session 55: what the fifty-first fresh sets, read, found', () => {
  it('a period still running against "last quarter\'s total": the whole of last quarter (was its same days)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      "count of invoices this quarter to date against last quarter's total",
      'amount billed this month so far vs last month as a whole',
    ])
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { comparison: { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', count: 1 } } },
      });
    // (Said without it, a period still running is compared with the same days, as before.)
    expect(subscriptionsAsk(layer, 'invoices this quarter to date vs last quarter')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'previous_period' } },
    });
  });

  it('"saturdays n sundays": both days together, one total (was the two side by side)', () => {
    expect(demoAsk('units sold on saturdays n sundays in feb')).toMatchObject({
      kind: 'query',
      plan: { comparison: null, filters: [{ dimension: 'day_of_week', operator: 'in' }] },
    });
  });

  it('"how many products in january": asked, products added or units sold (was products added)', () => {
    expect(demoAsk('how many products in january')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Products added' }, { label: 'Units sold' }],
    });
    // (A figure the rows are kept by, a verb, or a column of the things leaves one reading.)
    expect(demoAsk('Number of products with more than 500 units sold in 2025')).toMatchObject({ kind: 'query' });
    expect(demoAsk('how many products did we sell in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'] },
    });
    expect(demoAsk('how many products did we add in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'] },
    });
    // (People keep their own two readings.)
    expect(demoAsk('how many customers in january')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'New customers' }, { label: 'Customers who bought' }],
    });
  });

  it('everyday words around the question: answered (were declined or asked)', async () => {
    const demoCases: [string, Record<string, unknown>][] = [
      ['engagement rate on reels, 2025 whole year', { metrics: ['engagement_rate'] }],
      ['anything new added to the catalogue since february 1? list them', { metrics: ['new_products'] }],
      ['did we sell more this january than in january a year ago', { comparison: { kind: 'period' } }],
      ['how many orders had a discount applied last month', { metrics: ['orders'] }],
      ['Paid orders between 1 September and 20 October, 2025 inclusive', { metrics: ['orders'] }],
    ];
    for (const [question, plan] of demoCases)
      expect(demoAsk(question), question).toMatchObject({ kind: 'query', plan });
    expect(demoAsk('flip it to january', said(demoAsk, 'revenue by sales channel in february'))).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['sales_channel'], timeRange: { kind: 'absolute', from: '2026-01-01' } },
    });
    const layer = await loadSubscriptionsLayer();
    const exampleCases: [string, Record<string, unknown>][] = [
      ['amount billed in july, cut by plan', { dimensions: ['plan'] }],
      ['which region leads on invoices this quarter', { limit: 1, dimensions: ['region'] }],
      ['new subscribers per week, 4 weeks back', { grain: 'week', timeRange: { unit: 'week', count: 4 } }],
    ];
    for (const [question, plan] of exampleCases)
      expect(subscriptionsAsk(layer, question), question).toMatchObject({ kind: 'query', plan });
  });

  it('phone shorthand found while probing: "wkend", "w discount", "prod" (were declined, or a list for one)', () => {
    expect(demoAsk('revenue wkend vs wkdays last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(demoAsk('pct of orders w discount last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], share: { conditions: true } },
    });
    expect(demoAsk('best selling prod last qtr')).toMatchObject({ kind: 'query', plan: { limit: 1 } });
    expect(demoAsk('top 3 prods by rev this yr')).toMatchObject({ kind: 'query', plan: { limit: 3 } });
  });

  it('"how did my reels do": asked which figure of theirs (was "how many reels, the money they came to or the reel rate")', () => {
    expect(demoAsk('how did my reels do in february')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Engagement' }, {}, {}],
    });
    // (Rows a value names asked "how were they" keep the count, money or rate readings.)
    expect(demoAsk('how were cancellations last month')).toMatchObject({
      kind: 'clarify',
      text: expect.stringContaining('cancellation rate'),
    });
  });

  it('"h2 2025 revenue vs h1": the first half of 2025, the figure said between (was the first half of 2026)', () => {
    expect(demoAsk('h2 2025 revenue vs h1')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-07-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"not counting the US", "leaving out cancelled ones": without those rows (was declined)', () => {
    expect(demoAsk('revenue not counting the us last quarter')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', operator: 'neq' }] },
    });
    expect(demoAsk('orders leaving out cancelled ones last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'order_status', operator: 'neq', values: ['cancelled'] }] },
    });
  });

  it('"the lifetime value of a customer": declined as "customer lifetime value" is (was all revenue, presented as it)', () => {
    for (const question of ["what's the lifetime value of a customer", "what's our customer lifetime value"])
      expect(demoAsk(question), question).toMatchObject({ kind: 'reply', text: expect.stringContaining('"value"') });
  });

  it('"top region by subscribers": the regions ranked by how many they have (was declined)', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const [question, limit] of [
      ['top region by subscribers', 1],
      ['largest plan by subscriber count', 1],
      ['top 2 regions by subscribers', 2],
    ] as const)
      expect(subscriptionsAsk(layer, question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_subscribers'], dimensions: [expect.any(String)], limit },
      });
    expect(demoAsk('biggest country by customers')).toMatchObject({ kind: 'query', plan: { dimensions: ['country'] } });
  });
});
