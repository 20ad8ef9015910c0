import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * "Which invoice did we send most recently", "the newest product I added", "my 3 latest orders": rows ordered by
 * their own time (the detail the layer shows as it), the rest of the question saying which rows. Checked on the
 * demo DuckDB warehouse against hand-written SQL.
 */

const { planOf, run, compiled, answer } = useDemoWarehouse();

describe('the latest and the oldest rows of a thing', () => {
  it('"whats the newest product i added" is the product created last, said with its date', async () => {
    const plan = planOf('whats the newest product i added');
    expect(plan).toMatchObject({
      dimensions: ['product'],
      sort: { by: 'product_added_on', direction: 'desc' },
      limit: 1,
    });
    const result = await run(compiled(plan));
    const gold = await run(`SELECT product_id, title FROM products ORDER BY created_at DESC LIMIT 1`);
    expect(result.rows[0]?.[0]).toBe(gold.rows[0]?.[0]);
    const text = await answer('whats the newest product i added');
    expect(text).toMatch(
      new RegExp(`^The most recent product is ${String(gold.rows[0]?.[1])}, dated [A-Z][a-z]{2} \\d+, \\d{4}\\.`),
    );
  });

  it('"my 3 latest refunded orders" keeps the status and the number; "oldest" turns the order', async () => {
    const plan = planOf('my 3 latest refunded orders');
    expect(plan).toMatchObject({
      dimensions: ['order_id'],
      filters: [{ dimension: 'order_status', values: ['refunded'] }],
      sort: { direction: 'desc' },
      limit: 3,
    });
    const result = await run(compiled(plan));
    const gold = await run(
      `SELECT order_id FROM orders WHERE status = 'refunded' AND ordered_at < TIMESTAMP '2026-03-16' ORDER BY ordered_at DESC LIMIT 3`,
    );
    expect(result.rows.map((row) => row[0])).toEqual(gold.rows.map((row) => row[0]));
    expect(planOf('the oldest 2 products')).toMatchObject({ sort: { direction: 'asc' }, limit: 2 });
  });

  it('"which invoice went to the americas most recently" is one invoice, not a question about "recently"', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'which invoice went to the americas most recently',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['invoice_id'],
        filters: [{ dimension: 'region', values: ['amer'] }],
        sort: { by: 'invoice_issued_at', direction: 'desc' },
        limit: 1,
      },
    });
    expect(
      parseQuestion({ question: 'how have sales been recently', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({ kind: 'clarify' });
  });
});

describe('the latest rows, with what else the question says', () => {
  it('"most recent order over $200" keeps the condition; "what did my latest post earn" says the revenue', async () => {
    expect(planOf('most recent order over $200')).toMatchObject({
      conditions: [{ operator: 'gt', value: 200 }],
      limit: 1,
    });
    const plan = planOf('what did my latest post earn');
    expect(plan).toMatchObject({ dimensions: ['post'], limit: 1, sort: { direction: 'desc' } });
    expect(plan.metrics).not.toEqual(['posts']);
    expect(await answer('what did my latest post earn')).toMatch(
      /dated [A-Z][a-z]{2} \d+, \d{4}, attributed revenue \$[\d,]+\.\d{2}\.$/,
    );
  });

  it('a value elsewhere in the question names no rows: "the latest on instagram engagement" is no post', () => {
    expect(() => planOf('whats the latest on instagram engagement')).toThrow();
  });

  it('"my latest reels" are posts of that kind, newest first', async () => {
    const result = await run(compiled(planOf('my latest reels')));
    const gold = await run(
      `SELECT post_id FROM social_posts WHERE media_type = 'reel' AND posted_at < TIMESTAMP '2026-03-16' ORDER BY posted_at DESC LIMIT 10`,
    );
    expect(result.rows.map((row) => row[0])).toEqual(gold.rows.map((row) => row[0]));
  });
});

describe('"my last post", and how it did', () => {
  const ask = (question: string) =>
    parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });

  it('"how many comments did my last post get" is the most recent post, with its comments', () => {
    expect(ask('how many comments did my last post get')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], dimensions: ['post'], limit: 1, sort: { direction: 'desc' } },
    });
    // "Last" before a unit of time is still the period.
    expect(ask('revenue last week')).toMatchObject({ plan: { timeRange: { anchor: 'last', unit: 'week' } } });
  });

  it('"how did my last post do" asks by which figure, each option answerable; "perform" is the layer\'s own', () => {
    const decision = ask('how did my last post do');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.label)).toEqual(['Engagement', 'Likes', 'Comments']);
    for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
    expect(ask('how did my latest reel perform')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], filters: [{ dimension: 'media_type', values: ['reel'] }], limit: 1 },
    });
  });
});

describe('the newest people', () => {
  it('"who are our newest customers" lists the ten who signed up last, by the day they joined (was a question back)', async () => {
    const plan = planOf('who are our newest customers');
    expect(plan).toMatchObject({ dimensions: ['customer'], sort: { by: 'customer_joined_on', direction: 'desc' } });
    const result = await run(compiled(plan));
    const gold = await run(`SELECT customer_id FROM customers ORDER BY created_at DESC, customer_id DESC LIMIT 10`);
    expect(new Set(result.rows.map((row) => row[0]))).toEqual(new Set(gold.rows.map((row) => row[0])));
    expect(await answer('who are our newest customers')).toMatch(
      /^The 10 most recent customers: cus_dm_\d+ \(Mar 14, 2026\)/,
    );
  });
});
