import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/** A question that asks for a list gets the rows themselves, every one of them, not a ranking or a figure. */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

describe('lists of rows', () => {
  it('"list my reels from last month" lists the posts of that type, not a question about which figure', () => {
    const decision = ask('list my reels from last month');
    expect(decision.kind, JSON.stringify(decision)).toBe('query');
    if (decision.kind !== 'query') return;
    expect(decision.plan).toMatchObject({
      dimensions: ['post'],
      filters: [{ dimension: 'media_type', values: ['reel'] }],
      limit: null,
    });
  });

  it('"list my refunded orders from last week" lists every one of them, not a top 10', () => {
    const decision = ask('list my refunded orders from last week');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan).toMatchObject({ dimensions: ['order_id'], limit: null });
  });
});

describe('rankings within groups', () => {
  it('"top 3 posts per platform" is declined rather than answered with the 3 best posts overall', () => {
    const decision = ask('top 3 posts per platform');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toMatch(/within each platform/);
  });

  it('"top 3 platforms by engagement" still ranks', () => {
    expect(ask('top 3 platforms by engagement').kind).toBe('query');
  });
});

describe('one period picked by a superlative after it', () => {
  it('"the month with the highest revenue" is one month, not every month sorted', () => {
    const decision = ask('the month with the highest revenue');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan).toMatchObject({ grain: 'month', limit: 1 });
  });

  it('"months with the highest revenue" lists several', () => {
    const decision = ask('months with the highest revenue');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.limit).not.toBe(1);
  });
});

describe('lists named with a verb, "every" or a category', () => {
  it('"list the carousels i posted this week" lists the posts, not their count', () => {
    expect(ask('list the carousels i posted this week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'media_type', values: ['carousel'] }], limit: null },
    });
  });

  it('"show every refunded order over $100 this month" lists the orders', () => {
    expect(ask('show every refunded order over $100 this month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], conditions: [{ dimension: 'order_id', operator: 'gt', value: 100 }] },
    });
  });

  it('"show all products in the beauty category" lists every product of it, sold or not', () => {
    expect(ask('show all products in the beauty category')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: ['product'], filters: [{ dimension: 'category' }] },
    });
  });

  it('"accessories priced between $40 and $60" lists those products with their price, not their count', () => {
    expect(ask('Accessories priced between $40 and $60')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['price'],
        dimensions: ['product'],
        filters: [{ dimension: 'category', values: ['accessories'] }],
        conditions: [
          { dimension: 'product', metric: 'price', operator: 'gte', value: 40 },
          { dimension: 'product', metric: 'price', operator: 'lte', value: 60 },
        ],
      },
    });
    // A kind said before the rows, or a kind not in the plural, lists them too.
    for (const question of ['beauty products priced over $40', 'apparel priced under $50'])
      expect(ask(question), question).toMatchObject({ kind: 'query', plan: { dimensions: ['product'] } });
    // Asked "how many", the same words count them.
    expect(ask('how many accessories are priced under $30')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: [] },
    });
  });

  it('"which products did i add this year" lists the products created this year', () => {
    expect(ask('which products did i add this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: ['product'], timeRange: { anchor: 'this', unit: 'year' } },
    });
  });
});

describe('everyday words', () => {
  it.each([
    ['what did i pull in last week', 'revenue'],
    ['how many people bought from me last month', 'customers_who_bought'],
    ['how many new people signed up in february', 'new_customers'],
    ['Refunded order value by sales channel in 2025', 'revenue'],
    ['priciest accessory i sell', 'price'],
    // A value between the size word and a generic noun: the value picks the rows, "item" only names them.
    ['priciest apparel item we carry', 'price'],
    ['cheapest 3 home pieces', 'price'],
    // How many times rows were refunded or cancelled, not their money.
    ['what product got refunded the most last quarter', 'orders_with_product'],
    ['which country got refunded the most', 'orders'],
    ['which product got refunded the most money', 'product_revenue'],
    ['best selling 5 apparel pieces in feb, by qty', 'units_sold'],
    ['how many times were our posts shown in 2025', 'impressions'],
    ['how many times did facebook show my posts to people last month', 'impressions'],
    ['how often were our posts displayed last month', 'impressions'],
    ['which acquisition channel brings the biggest spenders', 'revenue_per_customer'],
    ['how many customers from germany bought something this year', 'customers_who_bought'],
    ['what day of the week do my posts do best', 'engagement'],
  ])('"%s" is %s', (question, metric) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan: { metrics: [metric] } });
  });

  it('"orders from february" is February itself, "revenue from march onwards" runs to today', () => {
    expect(ask('orders from february')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' } },
    });
    expect(ask('revenue from march onwards')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2026-03-01', to: null } },
    });
  });

  it('"how many emails did we send" is not read as customers who came by e-mail', () => {
    expect(ask('how many emails did we send').kind).not.toBe('query');
  });
});

describe('conditions said as having, shares of things, and periods', () => {
  it('"how many orders had a discount last month" keeps the orders with a discount', () => {
    expect(ask('how many orders had a discount last month')).toMatchObject({
      kind: 'query',
      summary: expect.stringContaining('only orders with discounts') as unknown,
      plan: { metrics: ['orders'], conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }] },
    });
  });

  it('"how many orders got free shipping" keeps the orders with no shipping charged', () => {
    expect(ask('how many orders got free shipping last month')).toMatchObject({
      plan: { conditions: [{ metric: 'shipping', operator: 'lte', value: 0 }] },
    });
  });

  it('"how has revenue changed" is no condition, and "customers who got a discount" is not answered without them', () => {
    expect(ask('how has revenue changed over the last 6 months')).toMatchObject({ plan: { metrics: ['revenue'] } });
    expect(ask('customers who got a discount').kind).not.toBe('query');
  });

  it('"what fraction of my customers came from tiktok" is a share of the customers, by where they came from', () => {
    expect(ask('what fraction of my customers came from tiktok')).toMatchObject({
      plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel' }], share: {} },
    });
  });

  it('"how much does each customer spend on average" is the layer\'s revenue per customer', () => {
    expect(ask('how much does each customer spend on average this year')).toMatchObject({
      plan: { metrics: ['revenue_per_customer'], dimensions: [] },
    });
  });

  it('"top 10 customers by spend" ranks by what they spent; "how much did i spend on ads" is not revenue', () => {
    expect(ask('top 10 customers by spend this year')).toMatchObject({ plan: { metrics: ['revenue'], limit: 10 } });
    expect(ask('how much did i spend on ads').kind).not.toBe('query');
  });

  it('"revenue last period" asks which period', () => {
    const decision = ask('revenue last period');
    expect(decision.kind).toBe('clarify');
    if (decision.kind === 'clarify')
      expect(decision.options.map((option) => option.question)).toEqual([
        'revenue last week',
        'revenue last month',
        'revenue last quarter',
      ]);
  });

  it('"ytd sales compared to the same time last year" compares Jan 1 – Mar 14 with the same days a year earlier', () => {
    expect(ask('ytd sales compared to the same time last year')).toMatchObject({
      plan: { timeRange: { anchor: 'this', unit: 'year' }, comparison: { kind: 'previous_period' } },
    });
  });
});

describe('read from the first fresh set (session 6)', () => {
  it.each([
    ['cancels this wk', { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['cancelled'] }] }],
    ['Refunded amount by month for the last 6 months', { metrics: ['revenue'], grain: 'month' }],
    ['which 3 tiktoks got the most likes this year', { metrics: ['likes'], limit: 3 }],
    ['who spent the most with me last year', { metrics: ['revenue'], dimensions: ['customer'], limit: 1 }],
    ['whats the highest discount anyone got this year', { metrics: ['discounts'], dimensions: ['order_id'] }],
    ['most expensive thing in my home category', { metrics: ['price'], dimensions: ['product'], limit: 1 }],
    ['avg ordr value jan', { metrics: ['average_order_value'], timeRange: { from: '2026-01-01' } }],
  ])('"%s"', (question, plan) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan });
  });

  it('"list the orders from canada over $300 last month" keeps Canada and puts the amount on the orders', () => {
    expect(ask('list the orders from canada over $300 last month')).toMatchObject({
      plan: {
        filters: [{ dimension: 'country', values: ['CA'] }],
        conditions: [{ dimension: 'order_id', metric: 'revenue', value: 300 }],
      },
    });
  });

  it('"how much did last year\'s customers spend this year" is two periods, not one stretch', () => {
    expect(ask("how much did last year's customers spend this year").kind).not.toBe('query');
  });
});

describe('read from the second fresh set (session 6)', () => {
  it.each([
    [
      'show me every order that got cancelled since monday',
      { timeRange: { kind: 'absolute', from: '2026-03-09', to: null } },
    ],
    [
      'List the customers in Australia who signed up this week',
      { metrics: ['new_customers'], dimensions: ['customer'] },
    ],
    [
      'did my tiktok views go up from january to february',
      { timeRange: { from: '2026-02-01' }, comparison: { kind: 'previous_period' } },
    ],
    ['who spent more this year, uk or german customers', { metrics: ['revenue'], comparison: { kind: 'values' } }],
    ['do customers from email or organic search spend more per order', { metrics: ['average_order_value'] }],
    ['how much did i make in march last year', { timeRange: { from: '2025-03-01', to: '2025-04-01' } }],
    ['Value of cancelled orders by month, Q4 2025', { metrics: ['revenue'] }],
    ['how many tiktoks broke 50k views this year', { conditions: [{ metric: 'video_views', value: 50000 }] }],
    ['units/order feb', { metrics: ['units_per_order'] }],
  ])('"%s"', (question, plan) => {
    expect(ask(question)).toMatchObject({ kind: 'query', plan });
  });

  it.each(['whats my number one product', 'which products are underperforming', 'Revenue by US state, 2025'])(
    '"%s" is not answered as if it were clear',
    (question) => {
      expect(ask(question).kind).not.toBe('query');
    },
  );
});

describe('rows named without a list verb, and amounts before the rows', () => {
  it('"Customers from France who signed up in February 2026" lists the customers, not their count', () => {
    expect(ask('Customers from France who signed up in February 2026')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['customer'], filters: [{ values: ['FR'] }] },
    });
  });

  it('"which videos did i post on facebook last month" lists those posts', () => {
    expect(ask('which videos did i post on facebook last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'] },
    });
  });

  it('"how many beauty items are priced above $30" counts the products (items with a price), not units sold', () => {
    expect(ask('how many beauty items are priced above $30')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_products'],
        conditions: [{ dimension: 'product', metric: 'price', operator: 'gt', value: 30 }],
      },
    });
  });

  it('"how many $50 orders last month" is orders of exactly $50, said so', () => {
    const decision = ask('how many $50 orders last month');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        conditions: [
          { metric: 'revenue', operator: 'gte', value: 50 },
          { metric: 'revenue', operator: 'lte', value: 50 },
        ],
      },
    });
    if (decision.kind === 'query') expect(decision.summary).toContain('whose revenue is exactly $50.00');
  });

  it('"list $100+ orders last week" lists orders of at least $100', () => {
    expect(ask('list $100+ orders last week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], conditions: [{ metric: 'revenue', operator: 'gte', value: 100 }] },
    });
  });
});

describe('one row, the most of any', () => {
  it('"most impressions a single facebook post got in 2025" is the top post, "single" read as one of them', () => {
    expect(ask('most impressions a single facebook post got in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['impressions'], dimensions: ['post'], limit: 1, filters: [{ dimension: 'platform' }] },
    });
  });
});

describe('one of the counted rows, ranked by a figure of its own', () => {
  it.each([
    'which order had the most items this year',
    'the order with the most items this year',
    'whats the most items anyone bought in one order this year',
  ])('"%s" is the order with the most units, never products ranked by orders', (question) => {
    expect(ask(question)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['order_id'], limit: 1, sort: { direction: 'desc' } },
    });
  });

  it('"which order had the biggest discount last month" is one order, by its discount', () => {
    expect(ask('which order had the biggest discount last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['discounts'], dimensions: ['order_id'], limit: 1 },
    });
  });

  it('"which category has the most products" still counts products per category', () => {
    expect(ask('which category has the most products')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_products'], dimensions: ['category'], limit: 1 },
    });
  });
});

describe('"which", then values, then the rows', () => {
  it('"which instagram shop orders got refunded this month" lists those orders, not their count', () => {
    expect(ask('which instagram shop orders got refunded this month')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['order_id'],
        filters: [
          { dimension: 'sales_channel', values: ['instagram_shop'] },
          { dimension: 'order_status', values: ['refunded'] },
        ],
      },
    });
  });

  it('"largest single sale", "the priciest order that got cancelled": one order, by its own total', () => {
    expect(ask('largest single sale this week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['order_id'], limit: 1, sort: { direction: 'desc' } },
    });
    expect(ask('what was the priciest order that got cancelled last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['order_id'],
        filters: [{ dimension: 'order_status', values: ['cancelled'] }],
        limit: 1,
      },
    });
    expect(ask('cheapest order last week')).toMatchObject({
      plan: { dimensions: ['order_id'], sort: { direction: 'asc' }, limit: 1 },
    });
    // A price word still sizes the layer's own priced rows, and a sales day is still a day.
    expect(ask('most expensive product')).toMatchObject({ plan: { metrics: ['price'], dimensions: ['product'] } });
    expect(ask('biggest sales day last month')).toMatchObject({ plan: { dimensions: [], limit: 1 } });
  });
});

describe('"every" before the rows listed', () => {
  it('"show me every invoice the americas got in q3" (example layer) lists the invoices, not a count per invoice', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'show me every invoice the americas got in q3',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id'], filters: [{ dimension: 'region', values: ['amer'] }] },
    });
  });
});

describe('"give me all", "get me a list of"', () => {
  it('"give me all cancelled orders from the instagram shop in feb" lists the orders', () => {
    expect(ask('give me all cancelled orders from the instagram shop in feb')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], limit: null },
    });
    expect(ask('give me the revenue last month')).toMatchObject({ kind: 'query', plan: { dimensions: [] } });
  });
});

describe('asked or declined, never guessed', () => {
  it('"which day do my posts get most engagement" asks: a day of the week, or one date', () => {
    expect(ask('which day do my posts get most engagement')).toMatchObject({
      kind: 'clarify',
      options: [
        { question: 'which day of the week do my posts get most engagement' },
        { question: 'which date do my posts get most engagement' },
      ],
    });
    // A period said makes it a date of that period.
    expect(ask('what day did we sell the most last week')).toMatchObject({ kind: 'query', plan: { grain: 'day' } });
  });

  it('"revenue in euros" is declined (no exchange rates), never dollars as if converted', () => {
    expect(ask('revenue in euros')).toMatchObject({ kind: 'reply', text: expect.stringContaining('EUR') });
  });

  it('"how many days did we have over 50 orders" is declined: days are not what a figure counts', () => {
    expect(ask('how many days in february did we sell anything')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining("can't count days"),
    });
  });
});

describe('words merchants type for periods, and the future', () => {
  it('"calendar 2025", "mon-fri", "sat-sun" are the year, the weekdays, the weekend days', () => {
    expect(ask('Shipping revenue from Canadian customers, calendar 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shipping'], timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
    expect(ask('total likes on stuff i posted mon-fri in january')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'day_of_week', values: ['1', '2', '3', '4', '5'] }] },
    });
    expect(ask('revenue on sat-sun last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'day_of_week', values: ['6', '7'] }] },
    });
  });

  it('"how many orders will we get in april" is declined (a forecast), never last April', () => {
    expect(ask('how many orders will we get in april')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('future'),
    });
  });

  it('"which tiktoks did i put out", "australian customers who signed up…", "invoice ids billed to…" list the rows', async () => {
    expect(ask('which tiktoks did i put out last week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(ask('Australian customers who signed up through email in February 2026')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer'], metrics: ['new_customers'] },
    });
    const acme = await loadSubscriptionsLayer();
    expect(
      parseQuestion({
        question: 'Invoice IDs billed to Basic subscribers in the Americas since June',
        history: [],
        today: '2025-09-16',
        layer: acme,
      }),
    ).toMatchObject({ kind: 'query', plan: { dimensions: ['invoice_id'], limit: null } });
    // "Went up" is put out, not a change: one count (was a series by day).
    expect(ask('how many posts went up in the past 3 days')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], grain: null },
    });
  });
});
