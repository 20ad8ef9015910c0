import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/**
 * Words a layer implies from its own structure, on any layer: a column named after its table's thing ("customer
 * country"), a place's people ("american customers"), things counted by a split they reach ("customers by sales
 * channel" are customers who bought), and a condition on rows named further back ("orders in feb were $150+").
 */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

describe('a column named after the thing of its table', () => {
  it('"orders by customer country last month" is one breakdown, by country (never by customer and country)', () => {
    expect(ask('orders by customer country last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['country'] },
    });
  });

  it('"number of orders by customer acquisition channel" is the acquisition channel, not "customer acquisition"', () => {
    expect(ask('Number of orders by customer acquisition channel, February 2026')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], dimensions: ['acquisition_channel'] },
    });
  });
});

describe('things counted by a split', () => {
  it('"how many customers by sales channel" counts customers who bought, never orders', () => {
    expect(ask('how many customers by sales channel')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'], dimensions: ['sales_channel'] },
    });
  });

  it('"how many german customers came from each channel" is their own channel; "orders by channel" still asks', () => {
    expect(ask('how many german customers came from each channel')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['acquisition_channel'] },
    });
    expect(ask('orders by channel last month').kind).toBe('clarify');
  });
});

describe('conditions and values said another way', () => {
  it('"how many orders in feb were $150+" keeps orders of $150 or more', () => {
    expect(ask('how many orders in feb were $150+')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ dimension: 'order_id', operator: 'gte', value: 150 }] },
    });
  });

  it('"smallest order anyone paid for this year" is a verb, not the paid status or paid search', () => {
    const decision = ask('smallest order anyone paid for this year');
    expect(decision).toMatchObject({ kind: 'query', plan: { limit: 1, sort: { direction: 'asc' } } });
    if (decision.kind === 'query') expect(decision.plan.filters).toEqual([]);
  });

  it('"our american customers" (example layer) are the Americas region', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'how many invoices did our american customers get in june',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], filters: [{ dimension: 'region', values: ['amer'] }] },
    });
  });
});

describe('repeat customers, from the rows that lead to them', () => {
  it('"how many repeat customers do i have" counts customers with at least 2 orders, said so', () => {
    const decision = ask('how many repeat customers do i have');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 2 }],
      },
    });
    if (decision.kind === 'query') expect(decision.summary).toContain('only customers with at least 2 orders');
  });

  it('"number of returning customers" over all time is the same; "repeat customers last month" asks which reading', () => {
    expect(ask('number of returning customers')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'orders', operator: 'gte', value: 2 }] },
    });
    const decision = ask('how many repeat customers last month');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.question)).toEqual([
      'how many customers with at least 2 orders last month',
    ]);
    expect(ask(decision.options[0]?.question ?? '')).toMatchObject({ kind: 'query' });
  });

  it('"how many customers ordered more than once" is the same condition', () => {
    expect(ask('how many customers ordered more than once')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gte', value: 2 }] },
    });
  });

  it('"which country spends the most" ranks countries by revenue', () => {
    expect(ask('which acquisition channel spent the most last year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['acquisition_channel'], limit: 1 },
    });
  });
});

describe('the people behind the rows', () => {
  it('"how many customers paid last month" counts the customers who bought, never their orders', () => {
    for (const question of ['how many customers paid last month', 'how many customers spent last month']) {
      expect(ask(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['customers_who_bought'] } });
    }
    expect(ask('how many times did people order from me this year')).toMatchObject({ plan: { metrics: ['orders'] } });
    expect(ask('how much did customers pay last month')).toMatchObject({ plan: { metrics: ['revenue'] } });
  });
});

describe('phrasings of figures and rows', () => {
  it('"value of orders over $100" is their revenue, not how many there were', () => {
    expect(ask('value of orders over $100 last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], conditions: [{ metric: 'revenue', operator: 'gt', value: 100 }] },
    });
    expect(ask('orders worth over $100')).toMatchObject({ plan: { metrics: ['orders'] } });
  });

  it('reads "discounts I gave out", "acquired via", "did I post the most" and "orders last month had a discount"', () => {
    expect(ask('total discounts i gave out in november')).toMatchObject({ plan: { metrics: ['discounts'] } });
    expect(ask('Share of 2025 new customers acquired via email')).toMatchObject({
      plan: { metrics: ['new_customers'], share: { dimension: 'acquisition_channel' } },
    });
    expect(ask('which month last year did i post the most')).toMatchObject({
      plan: { metrics: ['posts'], grain: 'month', sort: { direction: 'desc' }, limit: 1 },
    });
    expect(ask('what pct of my orders last month had a discount')).toMatchObject({
      plan: { metrics: ['orders'], conditions: [{ metric: 'discounts', operator: 'gt', value: 0 }] },
    });
    // The products launched in the period, listed (was a question about which figure).
    expect(ask('Products launched since December 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_products'],
        dimensions: ['product'],
        timeRange: { kind: 'absolute', from: '2025-12-01', to: null },
      },
    });
    expect(ask('how many products launched this year')).toMatchObject({ plan: { dimensions: [] } });
  });
});

describe('rows picked by what they did', () => {
  it('"which customers ordered more than 5 times" keeps customers with over 5 orders', () => {
    expect(ask('which customers ordered more than 5 times')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['customer'],
        conditions: [{ dimension: 'customer', metric: 'orders', operator: 'gt', value: 5 }],
      },
    });
  });

  it('"customers from canada who spent over $500" lists them, by the money that reaches them', () => {
    expect(ask('customers from canada who spent over $500')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: ['customer'],
        conditions: [{ dimension: 'customer', metric: 'revenue', operator: 'gt', value: 500 }],
      },
    });
    // Asked how many, still a count; with no clause, still a count.
    expect(ask('how many orders that were over $500 last month')).toMatchObject({
      plan: { metrics: ['orders'], dimensions: [] },
    });
    expect(ask('orders over $500')).toMatchObject({ plan: { metrics: ['orders'], dimensions: [] } });
  });

  it('"show me last weeks cancelled orders" reads the possessive typed without its apostrophe', () => {
    expect(ask('show me last weeks cancelled orders')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } },
    });
  });
});

describe('a figure per the people who joined', () => {
  it('"revenue per new customer last month" is declined naming the phrase, never revenue per buying customer', () => {
    const decision = ask('revenue per new customer last month');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain('"per new customer"');
    expect(ask('revenue per customer last month')).toMatchObject({ plan: { metrics: ['revenue_per_customer'] } });
  });
});

describe('how many times, said in words', () => {
  it('"ordered more than twice", "bought 3 or more times", "exactly twice" count the rows that lead to them', () => {
    const condition = (operator: string, value: number) => ({
      dimension: 'customer',
      metric: 'orders',
      operator,
      value,
    });
    expect(ask('how many customers ordered more than twice last year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'], conditions: [condition('gt', 2)] },
    });
    expect(ask('how many customers bought 3 or more times in 2025')).toMatchObject({
      kind: 'query',
      plan: { conditions: [condition('gte', 3)] },
    });
    expect(ask('how many customers ordered twice last year')).toMatchObject({
      kind: 'query',
      plan: { conditions: [condition('gte', 2), condition('lte', 2)] },
    });
  });

  it('"between 2 and 3 items" bounds one figure at both ends, never the money at one end', () => {
    expect(ask('orders with between 2 and 3 items last week')).toMatchObject({
      kind: 'query',
      plan: {
        conditions: [
          { dimension: 'order_id', metric: 'units_sold', operator: 'gte', value: 2 },
          { dimension: 'order_id', metric: 'units_sold', operator: 'lte', value: 3 },
        ],
      },
    });
  });
});
