import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { droppedValue } from '../../../src/analyst/offline/dropped-values.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { vocabularyOf } from '../../../src/analyst/offline/vocabulary.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import { describeConditions } from '../../../src/analyst/row-conditions.js';
import { indexLayer } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Words that change the answer are read, never dropped: who bought, an amount taken off, the money of rows a count
 * names, a period said first, a value of the rows a number counts, a season's or a first week's dates (asked).
 */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

async function askAcme(question: string): Promise<PlanDecision> {
  return parseQuestion({ question, history: [], today: '2025-09-16', layer: await loadSubscriptionsLayer() });
}

describe('words about which rows', () => {
  const demo = useDemoWarehouse();

  it('"how many items did canadian customers buy" keeps the buyers (was every unit sold)', async () => {
    const plan = demo.planOf('how many items did canadian customers buy last month');
    expect(plan).toMatchObject({ metrics: ['units_sold'], filters: [{ dimension: 'country', values: ['CA'] }] });
    const all = await demo.run(demo.compiled(demo.planOf('how many items did we sell last month')));
    const canadian = await demo.run(demo.compiled(plan));
    expect(Number(canadian.rows[0]?.[0])).toBeLessThan(Number(all.rows[0]?.[0]));
    // A word it does not know is named, never dropped.
    expect(ask('how many items did vip customers buy')).toMatchObject({ kind: 'reply', word: 'vip' });
  });

  it('"orders that got more than $60 off" is a discount above $60, never orders paying over $60', () => {
    expect(ask('Which February 2026 orders got more than $60 off?')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['order_id'],
        conditions: [{ dimension: 'order_id', metric: 'discounts', operator: 'gt', value: 60 }],
      },
    });
  });

  it('"cancelled order dollars", "refunded orders amount" are the money of those orders, not their count', () => {
    for (const question of [
      'Cancelled order dollars by customer country, Q3 2025',
      'refunded orders amount by country',
    ])
      expect(ask(question), question).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
    expect(ask('number of orders by country')).toMatchObject({ kind: 'query', plan: { metrics: ['orders'] } });
  });

  it('"charged at least $5.95 for shipping" is a threshold on the shipping of each order', () => {
    expect(ask('How many paid orders in 2025 were charged at least $5.95 for shipping?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], conditions: [{ metric: 'shipping', operator: 'gte', value: 5.95 }] },
    });
  });

  it('"customers who placed at least 3 paid orders" counts their paid orders only, in the subquery too', async () => {
    // (Orders are paid ones already: "paid" picks no fewer of them.)
    const plan = demo.planOf('how many customers placed at least 3 paid orders in h2 2025');
    expect(plan).toMatchObject({ filters: [], conditions: [{ metric: 'orders', operator: 'gte', value: 3 }] });
    const sql = demo.compiled({
      ...plan,
      filters: [{ dimension: 'order_status', operator: 'eq', values: ['cancelled'] }],
    });
    expect(sql.slice(sql.indexOf('IN (SELECT'))).toContain("orders.status = 'cancelled'");
    // The same count as without the word: orders are paid ones already.
    const said = await demo.run(demo.compiled(plan));
    const bare = await demo.run(demo.compiled(demo.planOf('how many customers placed at least 3 orders in h2 2025')));
    expect(said.rows).toEqual(bare.rows);
  });

  it('"each paying customer", "new accounts opened", "how often did people share" read as the figure they mean', () => {
    expect(ask('what did each paying customer spend on average on the web store in jan')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue_per_customer'], filters: [{ dimension: 'sales_channel' }] },
    });
    expect(ask('how many new accounts were opened from paid search in 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel', values: ['paid_search'] }] },
    });
    // ("Opened" of anything else is not a signup.)
    expect(ask('which customers opened my last newsletter')).toMatchObject({ kind: 'reply', word: 'opened' });
    expect(ask('how often did people share my tiktoks in feb')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shares'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
  });

  it('"and their share" after a ranking is each one\'s share of the total, never the Shares of posts', () => {
    expect(ask('top 3 countries by new customers this year and their share')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'], limit: 3, share: { dimension: null } },
    });
    expect(ask('likes and shares by platform')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes', 'shares'] },
    });
  });

  it('"which home products have been in the catalog since before 2024" lists those added before then', () => {
    for (const question of [
      'Which home products have been in the catalog since before 2024?',
      'which home products launched before 2024',
    ])
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: {
          metrics: ['new_products'],
          dimensions: ['product'],
          timeRange: { kind: 'absolute', from: null, to: '2024-01-01' },
        },
      });
  });

  it('"name the 3 products", "ids of fb carousel posts" list the rows', () => {
    expect(ask('Name the 3 products with the fewest units sold in Q4 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 3, sort: { direction: 'asc' } },
    });
    expect(ask('ids of fb carousel posts since new year')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'] },
    });
  });
});

describe('periods said in other words', () => {
  it('"monthly gross margin through 2025" runs across 2025; a total "through 2025" runs up to its end', () => {
    expect(ask("Beauty's monthly gross margin through 2025")).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' } },
    });
    expect(ask('revenue through 2025')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: null, to: '2026-01-01' } },
    });
  });

  it('a period said first, before a comma, leaves "which" leading the question', async () => {
    expect(await askAcme('In Q3 so far, which plan has racked up more invoices?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], limit: 1, timeRange: { kind: 'relative', anchor: 'this', unit: 'quarter' } },
    });
    expect(await askAcme('since june, how does billing divide between the plans')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['plan'], timeRange: { from: '2025-06-01' } },
    });
  });

  it('"of the subscribers who joined in Q2" are the new subscribers of Q2', async () => {
    expect(await askAcme('What fraction of the subscribers who joined in Q2 are in the Americas?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_subscribers'],
        filters: [{ dimension: 'region', values: ['amer'] }],
        share: { dimension: 'region' },
        timeRange: { kind: 'absolute', from: '2025-04-01', to: '2025-07-01' },
      },
    });
  });

  it('"the week starting Monday 9 February", "the third quarter to date", "(inclusive)" are read as dates', async () => {
    expect(ask('Units sold in the week starting Monday 9 February 2026')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-02-09', to: '2026-02-16' } },
    });
    expect(await askAcme('Number of invoices issued in the third quarter to date')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], timeRange: { kind: 'relative', anchor: 'this', unit: 'quarter' } },
    });
    expect(await askAcme('Billing between the 18th of May and the 7th of June (inclusive)')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-05-18', to: '2025-06-08' } },
    });
  });

  it('"last summer" asks which dates: the three months, or solstice to equinox, each said as dates', () => {
    const decision = ask('how much did we make last summer');
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.question)).toEqual([
      'how much did we make from June 1, 2025 to August 31, 2025',
      'how much did we make from June 21, 2025 to September 22, 2025',
    ]);
    for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
    // Dates said beside the season are the ones meant.
    expect(ask('how much did we make over the summer, june to august 2025')).toMatchObject({ kind: 'query' });
  });

  it('"the first week of march" asks: its first seven days, or the first Monday-to-Sunday week', () => {
    const decision = ask('sales in the first week of march');
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.question)).toEqual([
      'sales from March 1, 2026 to March 7, 2026',
      'sales from March 2, 2026 to March 8, 2026',
    ]);
    // The second week likewise: days 8 to 14, or the second Monday-to-Sunday week.
    const second = ask('sales in the second week of february');
    expect(second).toMatchObject({ kind: 'clarify' });
    if (second.kind === 'clarify')
      expect(second.options.map((option) => option.question)).toEqual([
        'sales from February 8, 2026 to February 14, 2026',
        'sales from February 9, 2026 to February 15, 2026',
      ]);
    // "The first week of the year" is its first seven days, as before.
    expect(ask('revenue in the first week of the year')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-01-08' } },
    });
  });
});

describe('terse words that name rows or months', () => {
  it('"new subs may emea" is May (was every subscriber ever); "may I see" stays a verb', async () => {
    expect(await askAcme('new subs may emea')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-01' } },
    });
    expect(ask('rev may vs june')).toMatchObject({ kind: 'query', plan: { timeRange: { from: '2025-06-01' } } });
    expect(ask('may I see revenue last month')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', unit: 'month' } },
    });
  });

  it('"cancellation rate among customers we got through facebook" is one rate, not one per customer', () => {
    expect(ask('cancellation rate among customers we got through facebook, 2025')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'acquisition_channel', values: ['facebook'] }] },
    });
  });
});

describe('a figure whose own filter gives way', () => {
  const demo = useDemoWarehouse();

  it('refunded and cancelled orders show their order value, never "revenue"', async () => {
    for (const question of ['show the refunded orders from last week', 'list cxl ords last week']) {
      const text = await demo.answer(question);
      expect(text, question).toContain('order value $');
      expect(text, question).not.toMatch(/revenue/i);
    }
    const refunded = ask('refunded revenue last month');
    expect(refunded).toMatchObject({ kind: 'query', summary: expect.stringContaining('Order value') });
    // Paid orders' money is still revenue.
    expect(await demo.answer('revenue last month')).toMatch(/^Revenue last month was \$/);
  });
});

describe('figures over a partial link', () => {
  const demo = useDemoWarehouse();

  it('revenue split by a post\'s media type or platform is said to be attributed (was "revenue", of a $22k "total")', async () => {
    const text = await demo.answer('revenue by media type last month');
    expect(text).toMatch(
      /^Video leads attributed revenue last month with \$[\d,.]+, [\d.]+% of the \$22,469\.60 total\./,
    );
    expect(await demo.answer('orders by social network last month')).toContain('attributed orders');
    // A split the orders all have is plain revenue.
    expect(await demo.answer('revenue by sales channel last month')).toMatch(/^Online store leads revenue /);
  });
});

describe('rows a layer cannot name, and a day or a year', () => {
  it('"which customers were billed in aug" lists them, by the key their invoices join on (was the month total)', async () => {
    expect(await askAcme('which customers were billed in aug')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['subscriber'], timeRange: { from: '2025-08-01', to: '2025-09-01' } },
    });
    expect(await askAcme('which subscribers signed up in may')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['subscriber'], timeRange: { from: '2025-05-01' } },
    });
    expect(await askAcme('how many subscribers signed up in may')).toMatchObject({ kind: 'query' });
  });

  it('"rev may 24" asks: May 24, or May 2024 ("on may 24" is the day)', () => {
    const decision = ask('rev in may 24');
    expect(decision).toMatchObject({ kind: 'clarify' });
    if (decision.kind === 'clarify')
      expect(decision.options.map((option) => option.question)).toEqual(['rev on May 24, 2025', 'rev in May 2024']);
    expect(ask('revenue on may 24')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-05-24', to: '2025-05-25' } },
    });
  });
});

describe("weeks whose dates are the asker's to say", () => {
  const questions = (decision: PlanDecision) =>
    decision.kind === 'clarify' ? decision.options.map((option) => option.question) : JSON.stringify(decision);

  it('"the week of 1 March" (a Sunday) asks: the week holding it, or the seven days from it', () => {
    expect(questions(ask('Revenue for the week of 1 March 2026'))).toEqual([
      'Revenue from February 23, 2026 to March 1, 2026',
      'Revenue from March 1, 2026 to March 7, 2026',
    ]);
    // A Monday is the first day of its week: one reading.
    expect(ask('revenue week of march 2')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-02', to: '2026-03-09' } },
    });
    // "Starting" says which: the seven days from the day (was the week holding it, Feb 23 – Mar 1).
    for (const question of ['revenue for the week starting 1 March 2026', 'orders week beginning sunday march 1'])
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { timeRange: { kind: 'absolute', from: '2026-03-01', to: '2026-03-08' } },
      });
  });

  it('"christmas week" and "the black friday sale" ask which dates (were the week, and the day alone)', () => {
    expect(questions(ask('sales for christmas week'))).toEqual([
      'sales from December 22, 2025 to December 28, 2025',
      'sales from December 19, 2025 to December 25, 2025',
      'sales from December 25, 2025 to December 31, 2025',
    ]);
    expect(questions(ask('how much did the black friday sale bring in'))).toEqual([
      'how much did the sale on November 28, 2025 bring in',
      'how much did the sale from November 28, 2025 to December 1, 2025 bring in',
      'how much did the sale from November 24, 2025 to November 30, 2025 bring in',
    ]);
    for (const option of [ask('sales for christmas week'), ask('how much did the black friday sale bring in')])
      if (option.kind === 'clarify')
        for (const { question } of option.options) expect(ask(question).kind, question).toBe('query');
    // "Black Friday sales" are the day's revenue.
    expect(ask('black friday sales')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-11-28', to: '2025-11-29' } },
    });
  });
});

describe('follow-ups said in other words', () => {
  /** `question` after `before`, on the demo layer or the example one. */
  async function after(before: string, question: string, acme = false): Promise<PlanDecision> {
    const layer = acme ? await loadSubscriptionsLayer() : DEMO_SEMANTIC_LAYER;
    const today = acme ? '2025-09-16' : TODAY;
    const first = parseQuestion({ question: before, history: [], today, layer });
    if (first.kind !== 'query') throw new Error(`"${before}" was not answered`);
    return parseQuestion({ question, history: [{ question: before, plan: first.plan, answer: '' }], today, layer });
  }

  it('"and overall?", "what\'s the total" after a breakdown or a list: the same figure as one total', async () => {
    for (const question of ['and overall?', "what's the total", 'combined?'])
      expect(await after('revenue by sales channel last month', question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['revenue'], dimensions: [], timeRange: { anchor: 'last', unit: 'month' } },
      });
    expect(await after('pull up the orders we refunded last week', 'how much were they worth in total')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    // A total after a total is nothing new to answer.
    expect((await after('revenue last month', 'and overall?')).kind).not.toBe('query');
  });

  it('"and in dollars?" after a count is the money of the same rows; "the americas alone" is only them', async () => {
    expect(await after("Break Q3's invoices down by plan", 'And in dollars?', true)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['plan'] },
    });
    expect(await after('june billing total', 'and the americas alone?', true)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region', values: ['amer'] }] },
    });
  });

  it('"where are they from, country by country" names which place it means: no question back', async () => {
    expect(
      await after('signups from instagram so far this year', 'where are they from, country by country'),
    ).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_customers'],
        dimensions: ['country'],
        filters: [{ dimension: 'acquisition_channel', values: ['instagram'] }],
      },
    });
  });
});

describe('judgements, averages and groups read as meant', () => {
  const demo = useDemoWarehouse();

  it('"worst country for refunds" is the one with the most refunded orders (its rate is lower-better)', () => {
    expect(ask('worst country for refunds last quarter')).toMatchObject({
      kind: 'query',
      plan: {
        filters: [{ dimension: 'order_status', values: ['refunded'] }],
        sort: { by: 'orders', direction: 'desc' },
        limit: 1,
      },
    });
    expect(ask('best sales channel for cancellations this year')).toMatchObject({
      kind: 'query',
      plan: { sort: { direction: 'asc' } },
    });
    // Revenue and the rate itself keep their own direction.
    expect(ask('worst country for revenue')).toMatchObject({ kind: 'query', plan: { sort: { direction: 'asc' } } });
    expect(ask('worst country by refund rate')).toMatchObject({
      kind: 'query',
      plan: { sort: { by: 'refund_rate', direction: 'desc' } },
    });
  });

  it('"average monthly revenue last year" is the year\'s revenue over its 12 months', async () => {
    const average = await demo.run(demo.compiled(demo.planOf('average monthly revenue last year')));
    const total = await demo.run(demo.compiled(demo.planOf('revenue last year')));
    expect(Number(average.rows[0]?.[0])).toBeCloseTo(Number(total.rows[0]?.[0]) / 12, 2);
  });

  it('"days last month with revenue over 5k" is declined, never a condition on each order', () => {
    for (const question of ['days last month with revenue over 5k', 'days in february with revenue over $5,000'])
      expect(ask(question), question).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(ask('orders last month with revenue over 500')).toMatchObject({ kind: 'query' });
  });

  it('"amount billed by the month subscribers signed up" is declined: the billing is dated by its own time', async () => {
    expect(await askAcme('Amount billed by the month subscribers signed up')).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
    expect(await askAcme('signups by the month they joined')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], grain: 'month' },
    });
  });
});

describe('the last check: every value the question names is in the plan', () => {
  const check = (question: string, plan: QueryPlan) =>
    droppedValue(question, plan, {
      vocabulary: vocabularyOf(DEMO_SEMANTIC_LAYER),
      index: indexLayer(DEMO_SEMANTIC_LAYER),
      today: TODAY,
      names: [{ dimension: 'product', value: 'prod_1', label: 'Organic Hoodie' }],
    });
  const units: QueryPlan = {
    kind: 'query',
    metrics: ['units_sold'],
    dimensions: [],
    filters: [],
    timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
    grain: null,
    sort: null,
    limit: null,
    comparison: null,
  };

  it("names a value read nowhere, and passes one read as a filter, a breakdown or a figure's own condition", () => {
    expect(check('how many items did canadian customers buy last month', units)).toBe('canadian');
    expect(
      check('how many items did canadian customers buy last month', {
        ...units,
        filters: [{ dimension: 'country', operator: 'eq', values: ['CA'] }],
      }),
    ).toBeNull();
    expect(check('units sold by country last month', { ...units, dimensions: ['country'] })).toBeNull();
    expect(check('paid orders last month', { ...units, metrics: ['orders'] })).toBeNull();
    expect(check('net revenue after refunds last month', { ...units, metrics: ['revenue'] })).toBeNull();
  });

  it('leaves out periods, names of rows and "us" the asker', () => {
    expect(check('units sold since monday', units)).toBeNull();
    expect(check('units sold on black friday', units)).toBeNull();
    expect(check('how many units of the Organic Hoodie did we sell', units)).toBeNull();
    expect(check('how many units did people buy from us', units)).toBeNull();
    expect(check('how many units did the US buy', units)).toBe('us');
  });
});

describe('the rows a question picks stay picked', () => {
  const demo = useDemoWarehouse();

  it('"products that sold over 20 units on the tiktok shop" counts their TikTok Shop units in the condition', async () => {
    const result = await demo.run(
      demo.compiled(demo.planOf('which products sold over 20 units on tiktok shop last month')),
    );
    const units = result.columns.findIndex((column) => column.name === 'units_sold');
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(Number(row[units])).toBeGreaterThan(20);
  });

  it('"instagram posts last month" >> "which got the most comments" ranks the Instagram posts only', () => {
    const first = ask('instagram posts last month');
    if (first.kind !== 'query') throw new Error('not answered');
    const next = parseQuestion({
      question: 'which got the most comments',
      history: [{ question: 'instagram posts last month', plan: first.plan, answer: '' }],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(next).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], filters: [{ dimension: 'platform', values: ['instagram'] }], limit: 1 },
      change: 'Same period and filters',
    });
  });
});

describe('follow-ups that rank or widen what was just asked', () => {
  /** The plan decided for `questions`, each asked after the ones before it. */
  function turns(...questions: string[]): PlanDecision {
    const history: { question: string; plan: QueryPlan | null; answer: string }[] = [];
    let decision: PlanDecision | null = null;
    for (const question of questions) {
      decision = parseQuestion({ question, history, today: TODAY, layer: DEMO_SEMANTIC_LAYER });
      history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
    }
    return decision as PlanDecision;
  }

  it('"how many units" after the best selling product is that product\'s units; "in total" is every product\'s', () => {
    expect(turns('best selling product last month', 'how many units')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['product'], limit: 1 },
    });
    expect(turns('best selling product last month', 'how many orders')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], limit: 1, sort: { by: 'units_sold' } },
    });
    expect(turns('best selling product last month', 'how many units in total')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: [] },
    });
  });

  it('"and overall?" right after "only on tiktok shop" undoes that filter, keeping the ranking', () => {
    expect(turns('top 5 products by units sold last month', 'only on tiktok shop', 'and overall?')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [], limit: 5 },
    });
    // After one filtered total, "overall" is every value of it.
    expect(turns('revenue from canada last month', 'and overall?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [], dimensions: [] },
    });
  });

  it('"top 3 by comments" after "instagram posts last month" is three of those posts', () => {
    expect(turns('instagram posts last month', 'top 3 by comments')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['comments'],
        dimensions: ['post'],
        filters: [{ dimension: 'platform', values: ['instagram'] }],
        limit: 3,
      },
    });
  });

  it('"what sold best" after a total is the product that sold the most; a thing the plan cannot rank is declined', () => {
    expect(turns('sales in the uk this year', 'what sold best')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['product'], filters: [{ dimension: 'country', values: ['GB'] }], limit: 1 },
    });
    // Never the total of units, which names no product.
    expect(turns('sales in the uk this year', 'and which product sold the most')).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
  });
});

describe('the people and rows a follow-up or a condition means', () => {
  it('"how many of them bought" after new customers of a quarter is declined, never every buyer of it', () => {
    const first = ask('new customers from germany last quarter');
    if (first.kind !== 'query') throw new Error('not answered');
    const history = [{ question: 'new customers from germany last quarter', plan: first.plan, answer: '' }];
    expect(
      parseQuestion({ question: 'how many of them bought', history, today: TODAY, layer: DEMO_SEMANTIC_LAYER }),
    ).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
  });

  it('a condition counting rows says which of them it counts', () => {
    const plan = ask('how many customers placed at least 3 paid orders in h2 2025');
    if (plan.kind !== 'query') throw new Error('not answered');
    const refunded = {
      ...plan.plan,
      filters: [{ dimension: 'order_status', operator: 'eq' as const, values: ['refunded'] }],
    };
    expect(describeConditions(refunded, indexLayer(DEMO_SEMANTIC_LAYER))).toEqual([
      'only customers with at least 3 orders (order status Refunded)',
    ]);
  });
});

describe('sentences about a share asked for', () => {
  const demo = useDemoWarehouse();

  it('"top 2 countries share of revenue" gives the leader\'s share of all revenue, not of the two shown', async () => {
    const text = await demo.answer('top 2 countries share of revenue last year');
    expect(text).toMatch(/^United States leads revenue last year with \$[\d,.]+, 50\.5% of all revenue\./);
    expect(text).not.toContain('across these 2');
  });
});

describe('groups, places and people said plainly', () => {
  const demo = useDemoWarehouse();

  it('"plans with more than $500 billed", "countries with over 50k revenue" put the amount on each group\'s total', async () => {
    expect(await askAcme('plans with more than $500 billed')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        dimensions: ['plan'],
        conditions: [{ dimension: 'plan', metric: 'billed', operator: 'gt', value: 500 }],
      },
    });
    const plan = demo.planOf('countries with over 50k revenue this year');
    const result = await demo.run(demo.compiled(plan));
    expect(result.rows.map((row) => row[0])).toEqual(['US']);
    // Only the countries over the amount are said; none of the others is "0".
    expect(await demo.answer('countries with over 50k revenue this year')).not.toContain('$0.00');
  });

  it("a condition said of groups or people is on each one's figure, never on each order (were wrong answers)", async () => {
    // Every country's average order this year is over $80: all six, by their own average.
    const countries = await demo.run(demo.compiled(demo.planOf('countries with aov above $80 this year')));
    expect(countries.rows).toHaveLength(6);
    // Online store's $82,241 last month is over 50k (was "3 sales channels had no orders").
    const channels = await demo.answer('sales channels with revenue over 50k last month');
    expect(channels).toContain('Online store');
    expect(channels).not.toContain('had no');
    expect(demo.planOf('how many customers had an average order over $200 last year')).toMatchObject({
      metrics: ['customers_who_bought'],
      conditions: [{ dimension: 'customer', metric: 'average_order_value', operator: 'gt', value: 200 }],
    });
    expect(await askAcme('plans that billed over $500')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['plan'], conditions: [{ dimension: 'plan', metric: 'billed', value: 500 }] },
    });
    // Where no plan holds the condition, declined: an average per row of each group, "fewer" sales in dollars.
    expect(await askAcme('regions where the average invoice is over $50')).toMatchObject({ kind: 'reply' });
    // People named by the key their rows join on: the condition on each one's total.
    expect(await askAcme('subscribers billed over $100 in total')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['subscriber'],
        conditions: [{ dimension: 'subscriber', metric: 'billed', operator: 'gt', value: 100 }],
      },
    });
    expect(ask('products with fewer than 5 sales last month')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('fewer than 5'),
    });
  });

  it('"countries with more than 1000 orders", "plans with more than 10 invoices" count each group\'s rows (were declined)', async () => {
    const countries = demo.planOf('countries with more than 1000 orders last year');
    expect(countries).toMatchObject({
      metrics: ['orders'],
      dimensions: ['country'],
      conditions: [{ dimension: 'country', metric: 'orders', operator: 'gt', value: 1000 }],
    });
    expect((await demo.run(demo.compiled(countries))).rows.map((row) => row[0])).toEqual([
      'US',
      'GB',
      'CA',
      'AU',
      'DE',
    ]);
    expect(await askAcme('plans with more than 10 invoices')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], dimensions: ['plan'], conditions: [{ dimension: 'plan', metric: 'invoices' }] },
    });
    // "In each category priced under $50" is still the products' price.
    expect(ask('how many products do i have in each category priced under $50')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ dimension: 'product', metric: 'price' }] },
    });
    // People with more than 3 orders last year: listed by their orders (was declined), or counted among buyers.
    expect(demo.planOf('customers with more than 3 orders last year')).toMatchObject({
      metrics: ['orders'],
      dimensions: ['customer'],
    });
    expect(demo.planOf('how many customers had more than 3 orders last year')).toMatchObject({
      metrics: ['customers_who_bought'],
    });
  });

  it('a reply to "which figure" after a product named by its title keeps the product and period (was all time, all)', async () => {
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const lookup = (sql: string) => demo.run(sql);
    const question = 'how did the velvet hoodie do last month';
    const first = await analyst.plan({ question, history: [], today: TODAY, lookup });
    expect(first).toMatchObject({ kind: 'clarify' });
    const history = [{ question, plan: null, answer: first.kind === 'clarify' ? first.text : '' }];
    for (const [reply, metric] of [
      ['units', 'units_sold'],
      ['revenue', 'product_revenue'],
    ] as const)
      expect(await analyst.plan({ question: reply, history, today: TODAY, lookup }), reply).toMatchObject({
        kind: 'query',
        plan: {
          metrics: [metric],
          filters: [{ dimension: 'product' }],
          timeRange: { kind: 'relative', anchor: 'last', unit: 'month' },
        },
      });
  });

  it('"how much does the cedar backpack cost me" is its unit cost; "the most expensive item we sold last week" is declined', async () => {
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    const lookup = (sql: string) => demo.run(sql);
    const plan = async (question: string) => analyst.plan({ question, history: [], today: TODAY, lookup });
    const cost = await plan('how much does the cedar backpack cost me');
    expect(cost).toMatchObject({ kind: 'query', plan: { metrics: ['unit_cost'] } });
    if (cost.kind === 'query') expect((await demo.run(demo.compiled(cost.plan))).rows).toEqual([[8.9]]);
    // "How much did refunds cost me" is still their money; "products that cost less than $20" their price or their
    // unit cost, asked.
    expect(ask('how much did refunds cost me last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(ask('how many products cost less than $20')).toMatchObject({
      kind: 'clarify',
      word: 'cost',
      options: [
        { label: 'Price', question: 'how many products whose price is less than $20' },
        { label: 'Unit cost', question: 'how many products whose unit cost is less than $20' },
      ],
    });
    expect(ask('how many products whose unit cost is less than $20')).toMatchObject({
      kind: 'query',
      plan: { conditions: [{ metric: 'unit_cost' }] },
    });
    // A list price is dated by when the product was added: never "the products added last week" for what sold then.
    expect(ask('most expensive item we sold last week')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('dated by'),
    });
  });

  it('"customers from australia who bought last month" are the ones who bought then (was those who joined)', async () => {
    const plan = demo.planOf('customers from australia who bought last month');
    expect(plan).toMatchObject({ metrics: ['revenue'], dimensions: ['customer'] });
    expect((await demo.run(demo.compiled(plan))).rows).toHaveLength(92);
  });

  it('"customers from the us bought" is the United States; "spenders" are buyers; "what\'s selling" ranks products', () => {
    expect(ask('how many customers from the us bought on tiktok shop last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['customers_who_bought'],
        filters: expect.arrayContaining([expect.objectContaining({ dimension: 'country', values: ['US'] })]),
      },
    });
    expect(ask('how many people bought from us last month')).toMatchObject({ kind: 'query', plan: { filters: [] } });
    expect(ask('spenders from canada this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['customers_who_bought'], filters: [{ dimension: 'country', values: ['CA'] }] },
    });
    expect(ask('whats selling on tiktok shop')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], dimensions: ['product'], limit: 10 },
    });
  });
});

describe('a series that turned', () => {
  it('a rise that peaked in between and fell well back is said to have no steady trend, never "upward"', async () => {
    const layer = await loadSubscriptionsLayer();
    const warehouse = await openSubscriptionsWarehouse(layer);
    try {
      const decision = parseQuestion({ question: 'billing by month', history: [], today: '2025-09-16', layer });
      if (decision.kind !== 'query') throw new Error('not answered');
      const sql = compilePlan(decision.plan, { layer, today: '2025-09-16', dialect: 'duckdb' });
      const raw = await warehouse.run(sql, { tenant: 'acme' });
      const analyst = createOfflineAnalyst({ layer });
      const result = analyst.complete?.(decision.plan, raw, '2025-09-16') ?? raw;
      const written = await analyst.interpret({
        question: 'billing by month',
        plan: decision.plan,
        change: null,
        result,
        feedback: null,
        today: '2025-09-16',
        onDelta: () => {},
      });
      expect(analyst.checkInterpretation(written, result, decision.plan)).toEqual({ ok: true });
      expect(written.text).toContain('There is no steady trend');
      expect(written.text).not.toContain('upward');
    } finally {
      await warehouse.close();
    }
  });
});
