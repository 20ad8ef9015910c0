import { describe, expect, it } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Ranges typed with weekdays and day-first dates, ranges that run "through yesterday", follow-ups that trade one
 * value for another, bounds that include themselves ("at or above"), and the words that pick which figure a
 * question counts. Each read to the plan it means on the demo layer and, where the layer matters, the example one.
 */

const TODAY = '2026-03-15';

function parseAfter(layer: SemanticLayer, today: string, question: string, history: readonly string[]): PlanDecision {
  const turns: Turn[] = [];
  for (const earlier of history) {
    const decision = parseQuestion({ question: earlier, history: turns, today, layer });
    turns.push({ question: earlier, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return parseQuestion({ question, history: turns, today, layer });
}

const ask = (question: string, history: readonly string[] = []): PlanDecision =>
  parseAfter(DEMO_SEMANTIC_LAYER, TODAY, question, history);
const onAcme = async (question: string): Promise<PlanDecision> =>
  parseAfter(await loadSubscriptionsLayer(), '2025-09-16', question, []);
const days = (from: string, to: string | null) => ({ kind: 'absolute', from, to });

describe('days typed with their weekday, day first, or up to yesterday', () => {
  it('"sat 14 mar vs fri 13 mar", "mon 2 to sun 8 march": the weekday typed short only names the day (was declined)', () => {
    expect(ask('sales sat 14 mar vs fri 13 mar')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: days('2026-03-14', '2026-03-15') },
    });
    expect(ask('pull up each fb post i published mon 2 to sun 8 march')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], timeRange: days('2026-03-02', '2026-03-09') },
    });
    expect(ask('feb cancellations that happened on a sat or sun, count?')).toMatchObject({
      kind: 'query',
      plan: { filters: expect.arrayContaining([{ dimension: 'day_of_week', operator: 'in', values: ['6', '7'] }]) },
    });
  });

  it('"from march 9 to yesterday" runs to the end of the data (was Mar 9 alone, the rest dropped unsaid)', () => {
    for (const question of ['orders from march 9 to yesterday', 'paid orders per day, mon 9 mar through yesterday'])
      expect(ask(question)).toMatchObject({ kind: 'query', plan: { timeRange: days('2026-03-09', null) } });
  });

  it('"1 jan-14 mar this year versus 1 jan-14 mar 2025" compares the two spans (was declined at "14")', () => {
    const span = { plan: { timeRange: days('2026-01-01', '2026-03-15') } };
    const against = { comparison: { kind: 'period', timeRange: days('2025-01-01', '2025-03-15') } };
    expect(ask('revenue 1 jan-14 mar this year versus 1 jan-14 mar 2025')).toMatchObject({
      ...span,
      plan: { ...span.plan, ...against },
    });
    expect(ask('revenue jan 1 to mar 14 this year versus jan 1 to mar 14 last year')).toMatchObject({
      plan: { ...span.plan, ...against },
    });
  });

  it('"may\'s new subscribers" is May\'s (was all time, the month dropped unsaid)', async () => {
    expect(await onAcme("most popular plan among may's new subscribers")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], limit: 1, timeRange: days('2025-05-01', '2025-06-01') },
    });
  });
});

describe('spans said by their ends, their days or their years', () => {
  it('"the eight full weeks ending Sunday 8 March" are the 56 days to Mar 8 (was asked which days)', () => {
    expect(ask('Revenue week by week over the eight full weeks ending Sunday 8 March')).toMatchObject({
      kind: 'query',
      plan: { grain: 'week', timeRange: days('2026-01-12', '2026-03-09') },
    });
    expect(ask('orders the 10 days ending march 14')).toMatchObject({
      plan: { timeRange: days('2026-03-05', '2026-03-15') },
    });
  });

  it('"twelve full months March 2025 through February 2026", "from the first of March to the end of May" (were declined)', () => {
    expect(ask('Revenue for the twelve full months March 2025 through February 2026')).toMatchObject({
      plan: { timeRange: days('2025-03-01', '2026-03-01') },
    });
    expect(ask('New customers from the first of March 2025 to the end of May 2025')).toMatchObject({
      plan: { metrics: ['new_customers'], timeRange: days('2025-03-01', '2025-06-01') },
    });
    // ("On the first of march" is still the day.)
    expect(ask('revenue on the first of march')).toMatchObject({
      plan: { timeRange: days('2026-03-01', '2026-03-02') },
    });
  });

  it('"june onward", "from sept 2025 on", "between 10 and 20 May" (were declined)', async () => {
    expect(await onAcme('basic-tier billing month by month, june onward')).toMatchObject({
      plan: { grain: 'month', timeRange: days('2025-06-01', null) },
    });
    expect(ask('revenue per month from sept 2025 on')).toMatchObject({ plan: { timeRange: days('2025-09-01', null) } });
    expect(await onAcme('signups between 10 and 20 May')).toMatchObject({
      plan: { timeRange: days('2025-05-10', '2025-05-21') },
    });
  });

  it('"the second quarter against the first", "second-half sign-ups: 2025 against 2024" compare the two (were declined)', async () => {
    expect(await onAcme('compare what we billed in the second quarter against the first')).toMatchObject({
      plan: {
        metrics: ['billed'],
        timeRange: days('2025-04-01', '2025-07-01'),
        comparison: { kind: 'previous_period' },
      },
    });
    expect(ask('q3 revenue: 2025 vs 2024')).toMatchObject({
      plan: {
        timeRange: days('2025-07-01', '2025-10-01'),
        comparison: { kind: 'period', timeRange: days('2024-07-01', '2024-10-01') },
      },
    });
    expect(ask('Second-half sign-ups: 2025 against 2024')).toMatchObject({
      plan: { comparison: { kind: 'period', timeRange: days('2024-07-01', '2025-01-01') } },
    });
  });
});

describe('follow-ups that trade one value for another', () => {
  const before = ['new customers in january 2026 from instagram'];
  it('"swap instagram for facebook", "facebook instead of instagram", "replace … with …": Facebook alone (was both compared)', () => {
    for (const question of [
      'swap instagram for facebook',
      'facebook instead of instagram',
      'replace instagram with facebook',
      'switch instagram to facebook',
    ])
      expect(ask(question, before)).toMatchObject({
        kind: 'query',
        plan: { dimensions: [], filters: [{ dimension: 'acquisition_channel', values: ['facebook'] }] },
      });
    // ("Change it to weekly" still changes the grain.)
    expect(ask('change it to weekly', before)).toMatchObject({ kind: 'query', plan: { grain: 'week' } });
  });
});

describe('bounds that include themselves', () => {
  it('"at or above 99 dollars" is at least $99 (was over $99: the invoices of exactly $99 left out)', async () => {
    expect(await onAcme('count invoices at or above 99 dollars from 1 may onward')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'billed', operator: 'gte', value: 99 }], timeRange: days('2025-05-01', null) },
    });
    expect(await onAcme('invoices at or below $49 in june')).toMatchObject({
      plan: { conditions: [{ operator: 'lte', value: 49 }] },
    });
  });
});

describe('which figure is counted', () => {
  it('"june invoices, mean $ per invoice" is the amount per invoice (was invoices per invoice)', async () => {
    expect(await onAcme('june invoices, mean $ per invoice')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], perRow: 'invoice_id' },
    });
    expect(ask('feb orders, average amount per order')).toMatchObject({ plan: { metrics: ['revenue'] } });
  });

  it('"how many did we sell over feb" asks: orders or units (was units, unsaid)', () => {
    expect(ask('how many did we sell over feb')).toMatchObject({
      kind: 'clarify',
      options: [
        { label: 'Orders', question: 'how many orders over feb' },
        { label: 'Units sold', question: 'units sold over feb' },
      ],
    });
    // ("How many things did I sell" says units already.)
    expect(ask('how many things did i sell last week')).toMatchObject({ plan: { metrics: ['units_sold'] } });
  });

  it('products that "joined our catalogue" or "were added" are the products added, listed (was product revenue)', () => {
    for (const question of [
      'Name every product that joined our catalogue since New Year 2026',
      'name every product that was added since New Year 2026',
    ])
      expect(ask(question)).toMatchObject({
        kind: 'query',
        plan: { metrics: ['new_products'], dimensions: ['product'], timeRange: days('2026-01-01', null) },
      });
  });

  it('"…, list them" lists the rows (was their count)', () => {
    expect(ask('orders from france that got refunded in february, list them')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'] },
    });
  });
});

describe('one of a kind, by a name ending in "s"', () => {
  const demo = useDemoWarehouse();
  it('"the midi dress" asks which of the two (was both added up, read as a plural)', async () => {
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const plan = (question: string) =>
      analyst.plan({ question, history: [], today: TODAY, lookup: (sql) => demo.run(sql) });
    expect(await plan('Q4 2025 takings from the midi dress')).toMatchObject({
      kind: 'clarify',
      options: [
        { label: 'Vintage Midi Dress' },
        { label: 'Cloud Midi Dress' },
        { label: 'Both midi dresses', question: 'Q4 2025 takings from all midi dresses' },
      ],
    });
    expect(await plan('Q4 2025 takings from the midi dresses')).toMatchObject({ kind: 'query' });
  });
});

describe('counts of people by their own count of rows, and everyday verbs', () => {
  it('"six or more paid orders", "at least one paid order" bound the count per customer (were declined)', () => {
    expect(ask('In 2025, how many buyers placed six or more paid orders?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['customers_who_bought'],
        conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 6 }],
      },
    });
    expect(ask('Count the unique shoppers with at least one paid order during November 2025')).toMatchObject({
      plan: { metrics: ['customers_who_bought'], conditions: [{ metric: 'orders', operator: 'gte', value: 1 }] },
    });
    // ("More than one order last year" keeps its period.)
    expect(ask('customers with more than one order last year')).toMatchObject({
      plan: {
        timeRange: { kind: 'relative', anchor: 'last', unit: 'year' },
        conditions: [{ operator: 'gt', value: 1 }],
      },
    });
  });

  it('"sell for more than $100 but cost us less than $40 a unit": both conditions (was declined at "but")', () => {
    expect(ask('Which products sell for more than $100 but cost us less than $40 a unit?')).toMatchObject({
      plan: {
        conditions: [
          { metric: 'price', operator: 'gt', value: 100 },
          { metric: 'unit_cost', operator: 'lt', value: 40 },
        ],
      },
    });
  });

  it('"summed over every post", "ended up refunded", "how often did my content get displayed", "which single date" (were declined)', () => {
    expect(ask('december impressions summed over every post i made')).toMatchObject({
      plan: { metrics: ['impressions'], timeRange: days('2025-12-01', '2026-01-01') },
    });
    expect(ask('How many orders ended up refunded out of those placed in January 2026?')).toMatchObject({
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(ask('how often did my content get displayed during january')).toMatchObject({
      plan: { metrics: ['impressions'] },
    });
    expect(ask('which single date in 2026 so far had the highest takings')).toMatchObject({
      plan: { metrics: ['revenue'], grain: 'day', limit: 1 },
    });
  });

  it('"what fraction were checked out via the Instagram Shop", "how much of … did home goods contribute, as a share" are shares', () => {
    expect(
      ask('Of all paid orders placed in 2025, what fraction were checked out via the Instagram Shop?'),
    ).toMatchObject({
      plan: { share: { dimension: 'sales_channel' } },
    });
    expect(ask("How much of 2025's gross profit did home goods contribute, as a share?")).toMatchObject({
      plan: { metrics: ['gross_profit'], share: { dimension: 'category' } },
    });
    expect(ask('How much did we knock off prices with discount codes on Cyber Monday 2025?')).toMatchObject({
      plan: { metrics: ['discounts'], timeRange: days('2025-12-01', '2025-12-02') },
    });
  });
});

describe('"new" people as a filter', () => {
  it('"orders … from new customers in the UK this month" asks: those who joined this month, or all (was "new" dropped unsaid)', () => {
    const decision = ask('how many orders over $100 from new customers in the UK this month');
    expect(decision).toMatchObject({
      kind: 'clarify',
      word: 'new',
      options: [
        {
          label: 'Customers who joined this month',
          question: 'how many orders over $100 this month from customers who joined this month in the UK',
        },
        { label: 'All customers', question: 'how many orders over $100 in the UK this month' },
      ],
    });
    // The option's label typed back picks it: the orders of the customers who joined this month.
    expect(
      ask('Customers who joined this month', ['how many orders over $100 from new customers in the UK this month']),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        joined: { table: 'customers', timeRange: { kind: 'relative', anchor: 'this', unit: 'month' } },
      },
    });
  });

  it('"amount billed to subscribers who joined in may" is their billing (was the count of new subscribers)', async () => {
    expect(await onAcme('amount billed to subscribers who joined in may')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], joined: { table: 'subscribers', timeRange: days('2025-05-01', '2025-06-01') } },
    });
  });
});

describe('follow-ups that keep what was asked', () => {
  it('"only tiktok and instagram" >> "vs last year" keeps the two, each against last year (was every channel again)', () => {
    expect(
      ask('vs last year', ['new customers by acquisition channel this year', 'only tiktok and instagram']),
    ).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['acquisition_channel'],
        filters: [{ dimension: 'acquisition_channel', operator: 'in', values: ['tiktok', 'instagram'] }],
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"compare the two" after last month then the month before: February against January (was declined at "2")', () => {
    expect(ask('compare the two', ['refunds last month', 'and the month before that'])).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        timeRange: days('2026-02-01', '2026-03-01'),
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"all instagram posts", "forget reels, all instagram posts" after Instagram reels widen to every media type (was a count of posts, and a decline)', () => {
    for (const question of ['all instagram posts', 'forget reels, all instagram posts'])
      expect(ask(question, ['instagram reels engagement last month'])).toMatchObject({
        kind: 'query',
        plan: { metrics: ['engagement'], filters: [{ dimension: 'platform', values: ['instagram'] }] },
      });
  });

  it('"which is better", "compare the two" after one value then another sets the two side by side (were declined)', () => {
    for (const question of ['which is better', 'compare the two'])
      expect(ask(question, ['instagram engagement last month', 'and tiktok'])).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['engagement'],
          comparison: { kind: 'values', dimension: 'platform', values: ['instagram', 'tiktok'] },
        },
      });
  });

  it('"which one got the most" after likes on instagram posts ranks those posts (was the total again)', () => {
    expect(ask('which one got the most', ['likes on my instagram posts last week'])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], dimensions: ['post'], limit: 1, filters: [{ values: ['instagram'] }] },
    });
  });

  it('"for orders over $100", "and under $100" bound the rows and keep the AOV (were a count, and a list of orders)', () => {
    expect(ask('for orders over $100', ['aov in the US last month'])).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        filters: [{ dimension: 'country', values: ['US'] }],
        conditions: [{ metric: 'revenue', operator: 'gt', value: 100 }],
      },
    });
    expect(ask('and under $100', ['aov last month', 'only orders over $100'])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], conditions: [{ operator: 'lt', value: 100 }] },
    });
  });
});

describe('words that read as something else', () => {
  it('"compare … on average order value" is by the AOV (was "on average", asked whether an average of a total)', () => {
    expect(ask('Compare the online store and the Instagram Shop on average order value in Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], comparison: { kind: 'values', dimension: 'sales_channel' } },
    });
  });

  it('"discount dollars handed out", "dollars charged to subscribers", "which platform do reels do best on"', async () => {
    expect(ask('Total discount dollars handed out July-September 2025')).toMatchObject({
      plan: { metrics: ['discounts'], timeRange: days('2025-07-01', '2025-10-01') },
    });
    expect(await onAcme('June: dollars charged to subscribers')).toMatchObject({ plan: { metrics: ['billed'] } });
    // Best by how well they did (engagement), not by how many reels there are.
    expect(ask('which platform do reels do best on')).toMatchObject({
      plan: { metrics: ['engagement'], dimensions: ['platform'], limit: 1 },
    });
  });
});

describe('a row asked for by its text, and days ranked', () => {
  it('"which caption got the most likes", "captions of my top 5 reels": the posts, whose answers show the caption (were declined)', () => {
    expect(ask('which caption got the most likes')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes'], dimensions: ['post'], limit: 1 },
    });
    expect(ask('show me captions of my top 5 reels by views')).toMatchObject({
      plan: { dimensions: ['post'], limit: 5, filters: [{ dimension: 'media_type', values: ['reel'] }] },
    });
  });

  it('"best time to post", "what day of the week should I post on instagram": when posts did best (were declined)', () => {
    expect(ask('best time to post')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], dimensions: ['hour_of_day'], limit: 1 },
    });
    expect(ask('what day of the week should i post on instagram')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['day_of_week'], limit: 1, filters: [{ dimension: 'platform', values: ['instagram'] }] },
    });
  });

  it('"which day did my posts get the fewest comments on average" asks: a day of the week, or one date (was one date)', () => {
    expect(ask('which day did my posts get the fewest comments on average')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'The day of the week' }, {}],
    });
  });
});

describe('a value read by the other values said with it', () => {
  it('"sales attributed to facebook reels": reels are posts, so Facebook the platform (was asked which Facebook)', () => {
    expect(ask('sales attributed to facebook reels')).toMatchObject({
      kind: 'query',
      plan: {
        filters: [
          { dimension: 'platform', values: ['facebook'] },
          { dimension: 'media_type', values: ['reel'] },
        ],
      },
    });
    // "Revenue per post by platform": per post, so the posts' platform (was asked which platform).
    expect(ask('revenue per post by platform')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['platform'], perRow: 'post' },
    });
    // ("Revenue from facebook" alone still asks.)
    expect(ask('revenue from facebook')).toMatchObject({ kind: 'clarify', word: 'facebook' });
  });
});
