import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/** Everyday ways of saying which rows, which people and which days, read to the plan they mean. */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

/** A question on the example layer (the account acme, on 2025-09-16), after `before` when one is given. */
async function askAcme(question: string, before?: string): Promise<PlanDecision> {
  const layer = await loadSubscriptionsLayer();
  const today = '2025-09-16';
  const first = before === undefined ? null : parseQuestion({ question: before, history: [], today, layer });
  const history =
    before === undefined ? [] : [{ question: before, plan: first?.kind === 'query' ? first.plan : null, answer: '' }];
  return parseQuestion({ question, history, today, layer });
}

describe('which people', () => {
  it('"refund rate among customers acquired through paid search" is the rate, for those customers', () => {
    expect(ask('What was the refund rate among customers acquired through paid search in H2 2025?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['refund_rate'],
        filters: [{ dimension: 'acquisition_channel', values: ['paid_search'] }],
        timeRange: { kind: 'absolute', from: '2025-07-01', to: '2026-01-01' },
      },
    });
  });

  it('"refund rate for customers that came from tiktok" is their acquisition channel, not the TikTok platform', () => {
    expect(ask('refund rate for customers that came from tiktok')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], filters: [{ dimension: 'acquisition_channel', values: ['tiktok'] }] },
    });
  });

  it('"posts that reached fewer than 10k people" counts posts by their reach, never customers', () => {
    expect(ask('how many posts reached fewer than 10k people this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], conditions: [{ metric: 'reach', operator: 'lt', value: 10000 }] },
    });
  });

  it('"which country gave me the most orders in january" ranks countries by orders', () => {
    expect(ask('which country gave me the most orders in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['country'], limit: 1 },
    });
  });
});

describe('which rows, by an amount said before them', () => {
  it('"sub-$30 invoices" and "over $50 orders" are the rows under or over the amount', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({ question: 'billing from sub-$30 invoices in h1', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['billed'], conditions: [{ operator: 'lt', value: 30 }] } });
    expect(ask('how many sub $20 orders last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ operator: 'lt', value: 20 }] },
    });
    expect(ask('how many over $50 orders last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ operator: 'gt', value: 50 }] },
    });
    // "Over $100 this month": "this" is no row.
    expect(ask('show every refunded order over $100 this month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], timeRange: { anchor: 'this', unit: 'month' } },
    });
  });

  it('"customers who spent more than $1000" lists them by the money they spent (was declined)', () => {
    expect(ask('customers who spent more than $1000')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['customer'],
        conditions: [{ dimension: 'customer', metric: 'revenue', operator: 'gt', value: 1000 }],
      },
    });
  });

  it('two conditions no row meets at once are declined, never answered with nothing', () => {
    expect(ask('over $100 orders vs under $100 orders')).toMatchObject({ kind: 'reply' });
    expect(ask('orders over $100 and under $50')).toMatchObject({ kind: 'reply' });
    expect(ask('orders between $50 and $100')).toMatchObject({ kind: 'query' });
  });
});

describe('which days', () => {
  it('"over the holidays dec 24 to dec 26" is those three days; the holidays alone are asked about', () => {
    expect(ask('how much did i sell over the holidays dec 24 to dec 26')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2025-12-24', to: '2025-12-27' } },
    });
    expect(ask('how much did i sell dec 24 to dec 26')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-12-24', to: '2025-12-27' } },
    });
    expect(ask('revenue over the holidays')).toMatchObject({ kind: 'clarify' });
    expect(ask('orders feb 1 - feb 14')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-02-15' } },
    });
  });
});

describe('which one grew the most', () => {
  it.each([
    'which country grew the most last month',
    'which product grew the most in revenue last month',
    'which month had the biggest drop in revenue',
  ])('"%s" is declined with a question that shows each change, never ranked by the latest figure', (question) => {
    const decision = ask(question);
    expect(decision).toMatchObject({ kind: 'reply' });
    if (decision.kind !== 'reply') throw new Error('answered');
    expect(decision.text).toMatch(/grew or fell/);
  });

  it('a ranking with a comparison that is not about growth is still answered', () => {
    expect(ask('top 5 products by revenue last month vs the month before')).toMatchObject({
      kind: 'query',
      plan: { limit: 5, comparison: { kind: 'previous_period' } },
    });
  });
});

describe('a share whose whole is named before the figure', () => {
  it('"what % of instagram shop revenue comes from each country" is each country\'s share of the shop\'s revenue', () => {
    expect(ask('what % of instagram shop revenue comes from each country last month')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['country'],
        filters: [{ dimension: 'sales_channel', values: ['instagram_shop'] }],
        share: { dimension: null },
      },
    });
  });

  it('"what % of instagram shop revenue came from canada" divides by the shop\'s revenue, and says so', () => {
    const decision = ask('what % of instagram shop revenue came from canada last month');
    expect(decision).toMatchObject({ kind: 'query', plan: { share: { dimension: 'country' } } });
    if (decision.kind !== 'query') throw new Error('not answered');
    expect(interpretPlan(decision.plan, DEMO_SEMANTIC_LAYER, TODAY).sentence).toContain(
      'as a share of revenue of every country, for sales channel Instagram Shop',
    );
  });

  it('"percentage of refunded orders by country" stays each country\'s refunded share', () => {
    expect(ask('percentage of refunded orders by country')).toMatchObject({
      kind: 'query',
      plan: { share: { dimension: 'order_status' } },
    });
  });
});

describe('words that are not what they look like', () => {
  it('"bought something from us" is the shop, not the United States', () => {
    const decision = ask('how many shoppers bought something from us in q4');
    expect(decision).toMatchObject({ kind: 'query', plan: { filters: [] } });
    expect(ask('orders from the us in q4')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', values: ['US'] }] },
    });
  });

  it('"how many customers in canada bought hoodies" never counts the hoodies', () => {
    const decision = ask('how many customers in canada bought hoodies');
    if (decision.kind === 'query') expect(decision.plan.metrics).not.toContain('units_sold');
    const names = [{ dimension: 'product', value: 'prod_1', label: 'Organic Hoodie' }];
    const named = parseQuestion({
      question: 'how many customers in canada bought hoodies',
      history: [],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
      names,
    });
    if (named.kind === 'query') expect(named.plan.metrics).not.toContain('units_sold');
  });

  it('"weekday revenue" is the revenue of Monday to Friday; "revenue by weekday" and "which weekday" are days', () => {
    expect(ask('weekday revenue in january')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: [],
        filters: [{ dimension: 'day_of_week', operator: 'in' }],
      },
    });
    const weekdays = ask('weekday revenue in january');
    if (weekdays.kind === 'query') expect(weekdays.plan.filters[0]?.values).toHaveLength(5);
    expect(ask('revenue by weekday')).toMatchObject({ kind: 'query', plan: { dimensions: ['day_of_week'] } });
    expect(ask('which weekday has the most orders')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['day_of_week'], limit: 1 },
    });
  });

  it('"the second half of February" is the 15th to the 28th: a month is halved at its middle', () => {
    expect(ask('discounts in the second half of february 2026')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-15', to: '2026-03-01' } },
    });
    expect(ask('revenue in the first half of may 2025')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-05-16' } },
    });
  });
});

describe('judged by a figure the question does not name', () => {
  it.each(['which products are my winners this year', 'which acquisition channel gives us the best customers'])(
    '"%s" asks which figure',
    (question) => {
      expect(ask(question)).toMatchObject({ kind: 'clarify' });
    },
  );

  it('"which country has the most customers" still counts them', () => {
    expect(ask('which country has the most customers')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['country'], limit: 1 },
    });
  });
});

describe('how much came from the rows a condition picks', () => {
  it('"how much came from orders over $100" is their revenue; "how many" is their count', () => {
    expect(ask('how much came from orders over $100 last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], conditions: [{ operator: 'gt', value: 100 }] },
    });
    expect(ask('how many orders over $100 last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'] },
    });
  });

  it('"how much came from $99 invoices since may" sums the amount billed of those invoices', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({ question: 'how much came from $99 invoices since may', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        conditions: [
          { operator: 'gte', value: 99 },
          { operator: 'lte', value: 99 },
        ],
      },
    });
  });

  it('"how much did customers who spent over $1000 spend" is their revenue, not how many they are', () => {
    expect(ask('how much did customers who spent over $1000 spend')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], conditions: [{ dimension: 'customer', operator: 'gt', value: 1000 }] },
    });
  });
});

describe('an average asked is never answered with a total', () => {
  it('"what was the average discount in Q4 2025" asks: per order or per day', () => {
    const decision = ask('What was the average discount in Q4 2025?');
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind !== 'clarify') throw new Error('not asked');
    expect(decision.options.map((option) => option.label)).toEqual(['Discounts per order', 'Discounts per day']);
    for (const option of decision.options) expect(ask(option.question)).toMatchObject({ kind: 'query' });
  });

  it('"average refunds last month" (a figure read from a value) asks instead of counting the refunds', () => {
    expect(ask('average refunds last month')).toMatchObject({ kind: 'clarify' });
    expect(ask('avg refund amount last month')).toMatchObject({ kind: 'clarify' });
  });

  it('"average orders per day" is how many a day, not the average order value by day', () => {
    expect(ask('avg orders per day last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], per: 'day', grain: null },
    });
    expect(ask('average order value last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'] },
    });
  });
});

describe('vague words about how something did', () => {
  it.each(['were my february reels a success', 'was black friday a hit', 'how strong was january'])(
    '"%s" asks which figure',
    (question) => {
      expect(ask(question)).toMatchObject({ kind: 'clarify' });
    },
  );

  it('"customers who found me through tiktok" came through that acquisition channel', () => {
    expect(ask('whats the refund rate for customers who found me through tiktok')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], filters: [{ dimension: 'acquisition_channel', values: ['tiktok'] }] },
    });
  });
});

describe('the rows, said another way', () => {
  it('"customers have signed up since" is a tense, not a condition on what they have', () => {
    expect(ask('how many customers have signed up with us since the start of 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'absolute', from: '2025-01-01' } },
    });
  });

  it('"orders with a discount of $20 or more" is a condition on each order\'s discount', () => {
    expect(ask('Number of paid orders with a discount of $20 or more in December 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ metric: 'discounts', operator: 'gte', value: 20 }] },
    });
  });

  it('"which acquisition channel\'s customers had the highest aov" ranks the channels', () => {
    expect(ask("which acquisition channel's customers had the highest aov in 2025")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], dimensions: ['acquisition_channel'], limit: 1 },
    });
  });
});

describe('shares of people whose whole is named before them', () => {
  it('"what % of our pro customers are in the americas" divides by the Pro customers', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'what % of our pro customers are in the americas',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        share: { dimension: 'region' },
        filters: expect.arrayContaining([{ dimension: 'plan', operator: 'eq', values: ['pro'] }]),
      },
    });
  });
});

describe('more everyday verbs', () => {
  it('"orders people cancelled on me" are the cancelled orders; "knock off with discount codes" is discounts', () => {
    expect(ask('how many orders did people cancel on me last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] },
    });
    expect(ask('how much money did i knock off with discount codes this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'] },
    });
  });

  it('"which acquisition channel brings customers with the highest aov" ranks the channels by it', () => {
    expect(ask('which acquisition channel brings customers with the highest aov')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'], dimensions: ['acquisition_channel'], limit: 1 },
    });
  });
});

describe('money said without its sign', () => {
  it('"customers who spent over 300" is over $300 of revenue, never a count of them over 300', () => {
    expect(ask('customers who spent over 300')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'revenue', operator: 'gt', value: 300 }] },
    });
    expect(ask('customers that paid more than 500')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'revenue', operator: 'gt', value: 500 }], filters: [] },
    });
  });
});

describe('a condition no row can pass', () => {
  it('a condition on a count of the rows themselves (1 each) is declined, never answered with none', () => {
    const decision = ask('customers with over 300 customers who bought');
    expect(decision).toMatchObject({ kind: 'reply' });
    if (decision.kind !== 'reply') throw new Error('answered');
    expect(decision.text).toMatch(/which is 1 for each customer/);
  });
});

describe('rows picked by two of their own figures', () => {
  it('"which posts have more comments than likes" is declined, naming the comparison; periods and values still compare', () => {
    const decision = ask('which posts have more comments than likes');
    expect(decision).toMatchObject({ kind: 'reply' });
    if (decision.kind !== 'reply') throw new Error('answered');
    expect(decision.text).toContain('"more comments than likes"');
    expect(ask('did i get more orders than last week')).toMatchObject({ kind: 'query' });
    expect(ask('did instagram get more likes than tiktok')).toMatchObject({ kind: 'query' });
  });
});

describe('a value that is a figure of its own, beside another figure', () => {
  it.each([
    'total refunds vs total discounts this year',
    'refunds and discounts this year',
    'refunded revenue vs discounts',
  ])('"%s" is declined, never the discounts of refunded orders', (question) => {
    expect(ask(question)).toMatchObject({ kind: 'reply' });
  });

  it('two values of one thing, or a value before every figure, read on', () => {
    expect(ask('canada revenue vs us revenue')).toMatchObject({
      kind: 'query',
      plan: { comparison: { kind: 'values', dimension: 'country', values: ['CA', 'US'] } },
    });
    expect(ask('paid orders vs refunded orders last month')).toMatchObject({ kind: 'query' });
    expect(ask('canada revenue and orders')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue', 'orders'], filters: [{ dimension: 'country', values: ['CA'] }] },
    });
  });
});

describe('an average per row, for two values side by side', () => {
  it('"average invoice amount, EMEA versus Americas, Q2" is each region\'s billing per invoice', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({
        question: 'Average invoice amount, EMEA versus Americas, Q2',
        history: [],
        today: '2025-09-16',
        layer,
      }),
    ).toMatchObject({
      kind: 'query',
      plan: { perRow: 'invoice_id', comparison: { kind: 'values', dimension: 'region', values: ['emea', 'amer'] } },
    });
  });
});

describe('how often rows end in a value', () => {
  it('"how often do customers who came from email ask for a refund" is their refund rate', () => {
    expect(ask('how often do customers who came from email ask for a refund')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], filters: [{ dimension: 'acquisition_channel', values: ['email'] }] },
    });
    expect(ask('how often do tiktok shop orders get cancelled last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cancellation_rate'], filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }] },
    });
  });
});

describe('"than last" after a period', () => {
  it('"did i make more this month than last" compares this month with the same days of the last', () => {
    expect(ask('did i make more this month than last')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        timeRange: { kind: 'relative', anchor: 'this', unit: 'month' },
        comparison: { kind: 'previous_period' },
      },
    });
  });
});

describe('sold nothing', () => {
  it('"which products sold zero units last month" are the products with no sales then', () => {
    expect(ask('which products sold zero units last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], conditions: [{ dimension: 'product', operator: 'lte', value: 0 }] },
    });
  });
});

describe('verbs of handling the rows, and their value', () => {
  it('"refunds did we process", "orders have we handled" are the rows themselves', () => {
    expect(ask('how many refunds did we process last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(ask('how many orders have we handled this month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [] },
    });
  });

  it('"refunded value by country" is the money of the refunded orders, by country', () => {
    expect(ask('Refunded value by country last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['country'],
        filters: [{ dimension: 'order_status', values: ['refunded'] }],
      },
    });
  });

  it('"how much do I charge for", "how much do we sell … for" a named product is its price', () => {
    const names = [{ dimension: 'product', value: 'prod_x', label: 'Coastal Beanie' }];
    const asked = (question: string) =>
      parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER, names });
    for (const question of [
      'how much do i charge for the coastal beanie',
      'how much do we sell the coastal beanie for',
    ])
      expect(asked(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], filters: [{ dimension: 'product', values: ['prod_x'] }] },
      });
  });

  it('"invoices have gone out in september" (example layer) are the invoices of September', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'how many invoices have gone out in september',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['invoices'] } });
  });
});

describe('the people and rows a figure is about, said inside it', () => {
  it('"a canadian buyer spend on average", "spend per canadian customer": revenue per customer, of Canada', () => {
    for (const question of [
      'what does a canadian buyer spend with us on average, last month',
      'average spend per canadian customer last month',
    ])
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue_per_customer'], filters: [{ dimension: 'country', values: ['CA'] }] },
      });
  });

  it('"likes per video", "likes per tiktok video": the average per post, among those posts', () => {
    expect(ask('likes per video')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['avg_likes'], filters: [{ dimension: 'media_type', values: ['video'] }] },
    });
    expect(ask('likes per tiktok video')).toMatchObject({ kind: 'query', plan: { metrics: ['avg_likes'] } });
  });

  it('"refund rate for us customers" is the United States; "show us customers" is the pronoun', () => {
    expect(ask('refund rate for us customers last quarter')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['refund_rate'], filters: [{ dimension: 'country', values: ['US'] }] },
    });
    expect(ask('show us customers from canada')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', values: ['CA'] }] },
    });
  });

  it('"orders where shipping was charged" are the orders with a shipping charge', () => {
    expect(ask('Revenue from orders where shipping was charged, last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        conditions: [{ dimension: 'order_id', metric: 'shipping', operator: 'gt', value: 0 }],
      },
    });
  });

  it('"TikTok-acquired customers … than Instagram ones" sets the two acquisition channels side by side', () => {
    expect(ask('do tiktok-acquired customers spend more per order than instagram ones')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        comparison: { kind: 'values', dimension: 'acquisition_channel', values: ['tiktok', 'instagram'] },
      },
    });
    // "Earn" said of orders is their money, not their count.
    expect(ask('do tiktok shop orders earn more than instagram ones')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], comparison: { kind: 'values', dimension: 'sales_channel' } },
    });
  });

  it('"shampoo bars": every product whose name ends in the two words', () => {
    const names = [
      { dimension: 'product', value: 'p1', label: 'Amber Shampoo Bar' },
      { dimension: 'product', value: 'p2', label: 'Oversized Shampoo Bar' },
      { dimension: 'product', value: 'p3', label: 'Chocolate Bar Mug' },
    ];
    expect(
      parseQuestion({
        question: 'how many shampoo bars have we sold this year',
        history: [],
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
        names,
      }),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], filters: [{ dimension: 'product', values: ['p1', 'p2'] }] },
    });
  });
});

describe('rows named by what they are, what they had and how they compare', () => {
  const names = [
    { dimension: 'product', value: 'p1', label: 'Midnight Cardigan' },
    { dimension: 'product', value: 'p2', label: 'Organic Hoodie' },
    { dimension: 'product', value: 'p3', label: 'Wild Lip Balm' },
    { dimension: 'product', value: 'p4', label: 'Everyday Lip Balm' },
  ];
  const named = (question: string) =>
    parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER, names });

  it('"is the Midnight Cardigan more expensive than the Organic Hoodie" sets their prices side by side', () => {
    for (const question of [
      'is the midnight cardigan more expensive than the organic hoodie',
      'which is cheaper, the midnight cardigan or the organic hoodie',
    ])
      expect(named(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['price'], filters: [{ dimension: 'product', values: ['p1', 'p2'] }] },
      });
  });

  it('"orders containing a lip balm": a kind of two words, the first one short', () => {
    expect(named('Number of orders containing a lip balm, February 2026')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'product', values: ['p3', 'p4'] }] },
    });
  });

  it('"qualified for free shipping", "no paid sales at all": none of the figure', () => {
    expect(ask('how many orders qualified for free shipping in december')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        conditions: [{ dimension: 'order_id', metric: 'shipping', operator: 'lte', value: 0 }],
      },
    });
    expect(ask('Products with no paid sales at all in March 2026 so far')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], conditions: [{ dimension: 'product', operator: 'lte', value: 0 }] },
    });
  });

  it('"pull up my tiktoks": a name made plural is the posts of that platform, not customers acquired there', () => {
    expect(ask('pull up my tiktoks from this week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
  });
});

describe('together, combined, in dollars, dropping', () => {
  it('"what do people buy together with …" is declined, naming the word, never the one product\'s figure', () => {
    const decision = ask('which product do people buy together with the hoodie');
    expect(decision).toMatchObject({ kind: 'reply', word: 'together' });
  });

  it('"TikTok Shop and Instagram Shop combined" is one total over both', () => {
    expect(ask('total revenue from the tiktok shop and instagram shop combined')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        comparison: null,
        filters: [{ dimension: 'sales_channel', operator: 'in', values: ['tiktok_shop', 'instagram_shop'] }],
      },
    });
  });

  it('"refunds in dollars" is their amount; "is engagement dropping" shows it over time', () => {
    expect(ask('total refunds in dollars this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(ask('is engagement dropping')).toMatchObject({ kind: 'query', plan: { metrics: ['engagement'] } });
  });
});

describe('one row said by its kind, when several rows are of that kind', () => {
  const names = [
    { dimension: 'product', value: 'c1', label: 'Midnight Cardigan' },
    { dimension: 'product', value: 'c2', label: 'Minimal Cardigan' },
    { dimension: 'product', value: 'c3', label: 'Ocean Cardigan' },
  ];
  const named = (question: string) =>
    parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER, names });

  it('"revenue from the cardigan" asks which: two by name, or all three, never their sum as if one', () => {
    const decision = named('revenue from the cardigan');
    expect(decision).toMatchObject({
      kind: 'clarify',
      options: [
        { label: 'Midnight Cardigan', question: 'revenue from the Midnight Cardigan' },
        { label: 'Minimal Cardigan' },
        { label: 'All 3 cardigans', question: 'revenue from all cardigans' },
      ],
    });
    if (decision.kind !== 'clarify') return;
    for (const option of decision.options) expect(named(option.question).kind, option.question).toBe('query');
    // The plural is every one of them, added up.
    expect(named('revenue from cardigans')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'product', values: ['c1', 'c2', 'c3'] }] },
    });
  });
});

describe('how many of a range we sell', () => {
  it('"how many products do we sell" counts the range; "did we sell" is how many of them sold (units)', () => {
    expect(ask('how many products do we sell')).toMatchObject({ kind: 'query', plan: { metrics: ['new_products'] } });
    expect(ask('how many products did we sell last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: [] },
    });
  });
});

describe('money, shares and days, as merchants say them', () => {
  it('"how much got refunded per sales channel" is the refunded money for each channel, not the refund count', () => {
    expect(ask('how much got refunded per sales channel in feb')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['sales_channel'],
        filters: [{ dimension: 'order_status', values: ['refunded'] }],
      },
    });
    expect(ask('how many refunds per sales channel in feb')).toMatchObject({ plan: { metrics: ['orders'] } });
  });

  it('"how much were our european subscribers charged" is what they were billed, not how many joined', async () => {
    expect(await askAcme('how much did our european subscribers get charged in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region' }] },
    });
  });

  it('"as a %", "what fraction were" ask the share of the whole', async () => {
    for (const question of [
      'how much of q3 billing came from the americas, as a %',
      'Of the invoices issued in H1, what fraction were for pro subscribers?',
    ])
      expect(await askAcme(question), question).toMatchObject({
        kind: 'query',
        plan: { share: { dimension: expect.any(String) } },
      });
  });

  it('"on saturdays and sundays" is the weekend together, "both days included" no breakdown by day', () => {
    expect(ask('how many orders came in on saturdays and sundays this month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'day_of_week', values: ['6', '7'] }] },
    });
    expect(ask('revenue from March 3 to March 10, both days included')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], timeRange: { kind: 'absolute', from: '2026-03-03', to: '2026-03-11' } },
    });
  });

  it('"second half of 2025 against the first half" compares the two halves of 2025', () => {
    expect(ask('Refunds in dollars: second half of 2025 against the first half')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-07-01', to: '2026-01-01' },
        comparison: { kind: 'previous_period' }, // H1 2025, the half before
      },
    });
  });
});

describe('follow-ups said in passing', () => {
  const follow = (first: string, question: string) => askAcme(question, first);

  it('"how many invoices was that, by region" keeps the period asked before', async () => {
    expect(await follow('Amount billed in June', 'How many invoices was that, by region?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], dimensions: ['region'], timeRange: { from: '2025-06-01', to: '2025-07-01' } },
    });
  });

  it('"same, but emea only" narrows the previous question', async () => {
    expect(await follow('invoice count by plan in july', 'same, but emea only')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
  });
});

describe('shorthand and everyday words, read to what they mean', () => {
  it('"# orders q2 \'25" is Q2 2025; "the single largest refund" the largest', () => {
    expect(ask("# orders q2 '25")).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' } },
    });
    expect(ask('What was the single largest refund in Q4 2025?')).toMatchObject({ kind: 'query', plan: { limit: 1 } });
  });

  it('"how did X move from Q3 to Q4 2025" compares the two quarters, never a monthly series over both', () => {
    expect(ask('How did revenue per buying customer move from Q3 to Q4 2025?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue_per_customer'],
        grain: null,
        timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"orders that were charged shipping" are the orders with a shipping charge', () => {
    expect(ask("List yesterday's orders that were charged shipping")).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], conditions: [{ metric: 'shipping', operator: 'gt', value: 0 }] },
    });
  });

  it('"new sign-ups per channel" and "new customers have we added" are the customers who joined', () => {
    expect(ask('number of new sign-ups per acquisition channel in january')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['acquisition_channel'] },
    });
    expect(ask('how many new customers have we added since the start of february')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'] },
    });
    // Products "added" stay products created, listed.
    expect(ask('which apparel products have i added since july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: ['product'] },
    });
  });

  it('"what\'s that as a percentage of subtotal" after discounts is the discount rate, same breakdown and period', () => {
    const first = ask('Discounts by country in Q4 2025');
    const plan = first.kind === 'query' ? first.plan : null;
    expect(
      parseQuestion({
        question: "What's that as a percentage of subtotal?",
        history: [{ question: 'Discounts by country in Q4 2025', plan, answer: '' }],
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discount_rate'], dimensions: ['country'], timeRange: { from: '2025-10-01' } },
    });
  });
});

describe('a figure on the rows of one value', () => {
  it('"gross margin on TikTok Shop sales" is the margin for that channel, "sales" no second figure', () => {
    expect(ask('Gross margin on TikTok Shop sales in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['gross_margin'], filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }] },
    });
  });

  it('"invoices did we raise" are the invoices issued', async () => {
    expect(await askAcme('how many invoices did we raise in june')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'] },
    });
  });
});

describe('things ranked by how many of other things they have', () => {
  it('"countries with the most customers" and "top 3 countries by number of customers" count the customers', () => {
    expect(ask('countries with the most customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'], sort: { direction: 'desc' } },
    });
    expect(ask('top 3 countries by number of customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'], limit: 3 },
    });
  });

  it('"the best time of day to post" never ranks the hours by how many posts went out', () => {
    const decision = ask('whats the best time of day to post');
    expect(decision.kind).toBe('clarify');
    if (decision.kind === 'clarify')
      for (const option of decision.options)
        expect(ask(option.question)).not.toMatchObject({ plan: { metrics: ['posts'] } });
  });
});

describe('a figure per row, after the thing ranked', () => {
  it('"which country spends the most per order" ranks countries by revenue per order, never by the order count', () => {
    expect(ask('which country spends the most per order')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], perRow: 'order_id', dimensions: ['country'], limit: 1 },
    });
  });

  it('"what percent of my orders use a discount code" is the share of orders with a discount', () => {
    expect(ask('what percent of my orders use a discount code')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }], share: {} },
    });
  });
});

describe('a breakdown said as the thing, then "breakdown" or "split"', () => {
  it('"order status breakdown on the Instagram Shop" is the thing\'s usual figure (orders) by status', () => {
    expect(ask('Order status breakdown on the Instagram Shop for the last 6 months')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        dimensions: ['order_status'],
        filters: [{ dimension: 'sales_channel', values: ['instagram_shop'] }],
      },
    });
    expect(ask('sales channel split last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['sales_channel'] },
    });
  });
});

describe('a figure "as a % of" its whole, asked outright', () => {
  it('"discounts as a percentage of subtotal last quarter" is the discount rate, the period kept', () => {
    for (const question of [
      'discounts as a percentage of subtotal last quarter',
      'how big are my discounts as a pct of the order subtotal, last quarter',
    ])
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['discount_rate'], dimensions: [], timeRange: { kind: 'relative', unit: 'quarter' } },
      });
  });
});

describe('"which plan did they pick" after a count of people', () => {
  it('splits the same figure by the thing asked, the period kept', async () => {
    expect(await askAcme('which plan did they pick', 'new subs in q2')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'], timeRange: { from: '2025-04-01' } },
    });
  });
});

describe('days and weeks said in words', () => {
  it('"the first week of the year", "the first of march", "the past 3 full months" are those dates', () => {
    const range = (question: string) => {
      const decision = ask(question);
      return decision.kind === 'query' ? decision.plan.timeRange : decision.text;
    };
    expect(range('revenue in the first week of the year')).toEqual({
      kind: 'absolute',
      from: '2026-01-01',
      to: '2026-01-08',
    });
    expect(range('revenue in the first week of 2025')).toEqual({
      kind: 'absolute',
      from: '2025-01-01',
      to: '2025-01-08',
    });
    expect(range('orders on the first of march')).toEqual({ kind: 'absolute', from: '2026-03-01', to: '2026-03-02' });
    expect(range('orders on the twenty-first of february')).toEqual({
      kind: 'absolute',
      from: '2026-02-21',
      to: '2026-02-22',
    });
    expect(range('revenue for the past 3 full months')).toEqual(range('revenue for the last 3 months'));
  });
});

describe('people who chose a value', () => {
  it('"what fraction of new subs picked basic", "subscribers who chose pro" are the people on that value', async () => {
    expect(await askAcme('what fraction of new subs picked basic')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'plan', values: ['basic'] }], share: { dimension: 'plan' } },
    });
    expect(await askAcme('how many subscribers chose pro in may')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
  });
});

describe('other words for the same figure, rows and periods', () => {
  it('"did my tiktok engagement go up from q3 to q4" sets Q4 against Q3, not a monthly series', () => {
    expect(ask('did my tiktok engagement go up from q3 to q4')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['engagement'],
        grain: null,
        timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"the back half of 2025 vs the first half" is its second half against its first', () => {
    expect(ask('new customers in the back half of 2025 vs the first half')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'absolute', from: '2025-07-01', to: '2026-01-01' },
        comparison: { kind: 'previous_period' }, // H1 2025, the half before
      },
    });
  });

  it.each([
    ['new custs by src feb', { metrics: ['new_customers'], dimensions: ['acquisition_channel'] }],
    ['Dollar value of cancelled orders in January 2026', { metrics: ['revenue'] }],
    ['Total discounts granted in Q3 2025', { metrics: ['discounts'] }],
    ['shipping charged to customers in q4 2025', { metrics: ['shipping'] }],
    ['which 2 products showed up in the most cancelled orders in 2025', { dimensions: ['product'], limit: 2 }],
    ['how many people opened an account last month', { metrics: ['new_customers'] }],
  ])('"%s" is read, not declined for its everyday words', (question, plan) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan });
  });

  it('"people who found us through google ads and opened an account" are the new customers of that channel', () => {
    expect(ask('how many people found us through google ads and opened an account in 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        filters: [{ dimension: 'acquisition_channel', operator: 'eq', values: ['paid_search'] }],
      },
    });
    // Two figures of their own, side by side, are still declined.
    expect(ask('refunds and discounts this year')).toMatchObject({ kind: 'reply' });
  });

  it('"list the Pro plan invoices issued in Q2" (example layer) lists the invoices, not their count', async () => {
    const decision = await askAcme('List the Pro plan invoices issued in Q2');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['invoice_id'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
  });
});

describe('a figure per thing with a value inside, and every one of the rows', () => {
  it('"billed per emea subscriber this year" (example layer) is billed per subscriber among EMEA ones, never EMEA\'s total', async () => {
    expect(await askAcme('avg billed per emea subscriber this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
  });

  it('"revenue per instagram platform post" is revenue per post on Instagram, never Instagram\'s total', () => {
    expect(ask('revenue per instagram platform post last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], perRow: 'post', filters: [{ dimension: 'platform', values: ['instagram'] }] },
    });
  });

  it('"what did our basic folks in europe pay over q2" (example layer) is what they were billed', async () => {
    expect(await askAcme('what did our basic folks in europe pay over q2')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ values: ['basic'] }, { values: ['emea'] }] },
    });
  });

  it('"the total billed to date, across every subscriber" (example layer) is one total', async () => {
    expect(await askAcme('What is the total we have billed to date, across every subscriber?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], timeRange: { kind: 'all' } },
    });
  });

  it('"compare revenue across all sales channels" sets them side by side; "impressions across all platforms" is one total', () => {
    expect(ask('compare revenue across all sales channels last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['sales_channel'] },
    });
    expect(ask('Total impressions across all platforms in H2 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['impressions'], dimensions: [] },
    });
  });
});

describe('things bought, and different things counted', () => {
  it.each([
    'how many products were bought in q4',
    'number of products ordered in q4',
    'how many products did customers buy in q4',
  ])('"%s" is the units sold in Q4, never the products added then', (question) => {
    expect(ask(question)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], timeRange: { kind: 'absolute', from: '2025-10-01', to: '2026-01-01' } },
    });
  });

  it('"how many different products did we sell" is declined, naming a breakdown; "unique customers" who bought are counted once', () => {
    expect(ask('how many different products did we sell last month')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/different products.*"units sold by product"/),
    });
    expect(ask('number of distinct products ordered in q4')).toMatchObject({ kind: 'reply' });
    expect(ask('how many unique customers bought last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'] },
    });
  });
});

describe('money said in everyday words, from things', () => {
  it('"money made from tiktok posts in feb" is the revenue of those posts, never how many posts there were', () => {
    expect(ask('money made from tiktok posts in feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(ask('how many posts did we make in feb')).toMatchObject({ kind: 'query', plan: { metrics: ['posts'] } });
  });
});

describe('the people who did the most', () => {
  it.each([
    ['which customers ordered the most times', 'orders'],
    ['which customer shopped most often last year', 'orders'],
    ['the customer who spent the most', 'revenue'],
    ['customers who spent the most last year', 'revenue'],
  ])('"%s" ranks customers by %s', (question, metric) => {
    expect(ask(question)).toMatchObject({
      kind: 'query',
      plan: { metrics: [metric], dimensions: ['customer'], sort: { by: metric, direction: 'desc' } },
    });
  });
});

describe('whole orders picked by what they held, and what people bought', () => {
  it('"revenue from orders that included X" is declined, never the product\'s own revenue presented as the orders\'', () => {
    const names = [{ dimension: 'product', value: 'prod_dm_001', label: 'Velvet Backpack' }];
    const decision = parseQuestion({
      question: 'revenue from orders that included the velvet backpack this year',
      history: [],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
      names,
    });
    expect(decision).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/whole orders picked by what they held/),
    });
    // How many orders held it is a count of those orders: answered.
    expect(
      parseQuestion({
        question: 'how many orders included the velvet backpack this year',
        history: [],
        today: TODAY,
        layer: DEMO_SEMANTIC_LAYER,
        names,
      }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['orders_with_product'] } });
  });

  it('"what did customers in france buy most" ranks products, not the customers', () => {
    expect(ask('what did customers in france buy most')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [{ dimension: 'country', values: ['FR'] }] },
    });
  });
});

describe('more everyday words', () => {
  it.each([
    ['how many ppl bought more than once', { metrics: ['new_customers'], conditions: [{ operator: 'gte', value: 2 }] }],
    ['no. of orders w a promo code in jan', { metrics: ['orders'], conditions: [{ metric: 'discounts' }] }],
    ['when was our first ever order', { dimensions: ['order_id'], sort: { by: 'order_ordered_at', direction: 'asc' } }],
    ['revenue outside the us last month', { filters: [{ dimension: 'country', operator: 'neq', values: ['US'] }] }],
    [
      'how much revenue did we lose to refunds in 2025',
      { filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    ],
  ])('"%s" is read', (question, plan) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan });
  });

  it('"how much did we lose in 2025" still asks: refunded or cancelled', () => {
    expect(ask('how much did we lose in 2025')).toMatchObject({ kind: 'clarify' });
  });
});

describe('the perfect tense of having and getting', () => {
  it.each([
    [
      'how many posts have got comments',
      { metrics: ['posts'], conditions: [{ metric: 'comments', operator: 'gt', value: 0 }] },
    ],
    ['how many orders have had a discount', { metrics: ['orders'], conditions: [{ metric: 'discounts' }] }],
    ['how many products have never sold', { metrics: ['new_products'], conditions: [{ operator: 'lte', value: 0 }] }],
  ])('"%s" counts the rows that did (was a total of the figure, or declined)', (question, plan) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan });
  });
});

describe('what a value paid', () => {
  it('"how much did amer pay in q3" (example layer) is the Americas\' billing; "how much did we pay" is still ours, declined', async () => {
    expect(await askAcme('how much did amer pay in q3')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region', values: ['amer'] }] },
    });
    expect(await askAcme('how much did we pay in q3')).toMatchObject({ kind: 'reply' });
  });
});

describe('rising and falling, and a split between', () => {
  it('"which products are selling less than last month" is declined, naming the question that shows each change (was the one product with the fewest units this month)', () => {
    expect(ask('which products are selling less than last month')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/"units sold by product this month vs last month"/),
    });
    expect(ask('top 5 products this month vs last month')).toMatchObject({ kind: 'query' });
  });

  it('"revenue split between online store and the shops" is revenue by sales channel (was the online store alone)', () => {
    expect(ask('revenue split between online store and the shops')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['sales_channel'] },
    });
  });
});

describe('a word the names of several values end in', () => {
  it.each(['revenue from both shops last month', 'orders from either shop last week'])(
    '"%s" is the Instagram Shop and the TikTok Shop, never the whole business',
    (question) => {
      expect(ask(question)).toMatchObject({
        kind: 'query',
        plan: { comparison: { kind: 'values', dimension: 'sales_channel', values: ['instagram_shop', 'tiktok_shop'] } },
      });
    },
  );

  it('"how is my shop doing" is still the business, asked which figure', () => {
    expect(ask('how is my shop doing')).toMatchObject({ kind: 'clarify' });
  });
});

describe('which one of a kind of row', () => {
  it('"which reels got the most likes", "which canada customers spent the most" stay plural: a top 10', () => {
    expect(ask('which reels got the most likes last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], limit: 10 },
    });
    expect(ask('which canada customers spent the most')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], limit: 10 },
    });
  });

  it('"which reel drove the most revenue" ranks reels (posts), never the orders they brought', () => {
    expect(ask('which reel drove the most revenue')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['post'], filters: [{ dimension: 'media_type', values: ['reel'] }] },
    });
  });
});
