import { describe, expect, it } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/**
 * Questions as people type them on a phone or in a hurry: dates as "2/27", ranges of money, "pct", words joined
 * by a hyphen, follow-ups that swap the figure or narrow the rows. Each read to the plan it means, on the demo
 * layer and (where the layer matters) the example one.
 */

const TODAY = '2026-03-15';

function ask(question: string, history: readonly string[] = []): PlanDecision {
  const turns: Turn[] = [];
  for (const earlier of history) {
    const decision = parseQuestion({ question: earlier, history: turns, today: TODAY, layer: DEMO_SEMANTIC_LAYER });
    turns.push({ question: earlier, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return parseQuestion({ question, history: turns, today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

const days = (from: string, to: string) => ({ kind: 'absolute', from, to });

describe('dates typed as month/day', () => {
  it('"# orders 2/27" is that day of this year', () => {
    expect(ask('# orders 2/27')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], timeRange: days('2026-02-27', '2026-02-28') },
    });
  });

  it('a day not yet reached this year is last year\'s ("revenue 3/20" on Mar 15)', () => {
    expect(ask('revenue 3/20')).toMatchObject({ kind: 'query', plan: { timeRange: days('2025-03-20', '2025-03-21') } });
  });

  it('"since 2/16" runs to today; "1/19 through 1/25" includes both ends; "the week of 3/2" is its Monday to Sunday', () => {
    expect(ask('qty sold since 2/16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], timeRange: { kind: 'absolute', from: '2026-02-16', to: null } },
    });
    expect(ask('Revenue from 1/19 through 1/25')).toMatchObject({
      kind: 'query',
      plan: { timeRange: days('2026-01-19', '2026-01-26') },
    });
    expect(ask('how many posts did i publish the week of 3/2')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], timeRange: days('2026-03-02', '2026-03-09') },
    });
  });

  it('"12/25/25" is a two-digit year of this century', () => {
    expect(ask('revenue on 12/25/25')).toMatchObject({
      kind: 'query',
      plan: { timeRange: days('2025-12-25', '2025-12-26') },
    });
  });
});

describe('shorthand and joined words', () => {
  it('"aov wknds jan" is the average order value on Saturdays and Sundays of January', () => {
    expect(ask('aov wknds jan')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        filters: [{ dimension: 'day_of_week' }],
        timeRange: days('2026-01-01', '2026-02-01'),
      },
    });
  });

  it('"cancel pct", "cancellation %" are the rate the layer names from the same word', () => {
    expect(ask('cancel pct on weekends ytd')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cancellation_rate'], filters: [{ dimension: 'day_of_week' }] },
    });
    expect(ask('cancellation % this year')).toMatchObject({ kind: 'query', plan: { metrics: ['cancellation_rate'] } });
  });

  it('"$30 to $45 inclusive" and "$50-$100" are ranges of money, both ends included', () => {
    expect(ask('Number of products with a list price of $30 to $45 inclusive')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['new_products'],
        conditions: [
          { metric: 'price', operator: 'gte', value: 30 },
          { metric: 'price', operator: 'lte', value: 45 },
        ],
      },
    });
    expect(ask('orders $50-$100 last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        conditions: [
          { operator: 'gte', value: 50 },
          { operator: 'lte', value: 100 },
        ],
      },
    });
  });

  it('"TikTok-acquired versus Instagram-acquired customers" compares the acquisition channels', () => {
    expect(ask('Discount rate, TikTok-acquired versus Instagram-acquired customers, 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['discount_rate'],
        comparison: { kind: 'values', dimension: 'acquisition_channel', values: ['tiktok', 'instagram'] },
      },
    });
  });

  it('"order count by status for customers acquired through TikTok" is their acquisition channel', () => {
    expect(ask('Order count by status for customers acquired through TikTok, Q4 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders'],
        dimensions: ['order_status'],
        filters: [{ dimension: 'acquisition_channel', values: ['tiktok'] }],
      },
    });
  });

  it('"TikTok Shop vs Instagram" is both shops; "TikTok or Instagram" alone still asks which', () => {
    expect(ask('tiktok shop vs instagram revenue')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        comparison: { kind: 'values', dimension: 'sales_channel', values: ['tiktok_shop', 'instagram_shop'] },
      },
    });
    expect(ask('does tiktok or instagram sell more for me')).toMatchObject({ kind: 'clarify' });
  });

  it('"do paid search or facebook customers order more often" compares orders per customer', () => {
    expect(ask('do paid search or facebook customers order more often, 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders_per_customer'],
        comparison: { kind: 'values', dimension: 'acquisition_channel', values: ['paid_search', 'facebook'] },
      },
    });
  });

  it('"gross margin on home products sold through the Instagram Shop": "sold" only says which rows', () => {
    expect(ask('Gross margin on home products sold through the Instagram Shop in 2025')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['gross_margin'],
        filters: [
          { dimension: 'category', values: ['home'] },
          { dimension: 'sales_channel', values: ['instagram_shop'] },
        ],
      },
    });
    expect(ask('units sold through the instagram shop')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'] },
    });
  });
});

describe('which rows', () => {
  it('"beauty products with a list price above $40" lists the products', () => {
    expect(ask('Beauty products with a list price above $40')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['price'],
        dimensions: ['product'],
        conditions: [{ metric: 'price', operator: 'gt', value: 40 }],
      },
    });
    // Rows with no kind said first are counted, as before.
    expect(ask('posts with more than 500 shares')).toMatchObject({ kind: 'query', plan: { metrics: ['posts'] } });
  });

  it('"the fewest comments any of my reels got" is the one reel', () => {
    expect(ask('whats the fewest comments any of my reels got since 2/16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['comments'], dimensions: ['post'], sort: { direction: 'asc' }, limit: 1 },
    });
  });

  it('"list every invoice issued in the last 6 weeks" lists the invoices', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({
        question: 'List every invoice issued in the last 6 weeks',
        history: [],
        today: '2025-09-16',
        layer,
      }),
    ).toMatchObject({ kind: 'query', plan: { dimensions: ['invoice_id'] } });
  });
});

describe('a word with two readings for the figure asked', () => {
  it('"revenue per platform" asks: the posts\' platform or where customers came from', () => {
    const decision = ask('Revenue per platform, Q4 2025');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.label)).toEqual(['Platform', 'Acquisition channel']);
    for (const option of decision.options) expect(ask(option.question).kind).toBe('query');
  });

  it('"engagement by platform" and "attributed revenue by platform" are the posts\' platform, "customers by platform" their acquisition channel', () => {
    expect(ask('engagement by platform')).toMatchObject({ kind: 'query', plan: { dimensions: ['platform'] } });
    expect(ask('attributed revenue by platform this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['attributed_revenue'], dimensions: ['platform'] },
    });
    expect(ask('customers by platform')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['acquisition_channel'] },
    });
  });
});

describe('follow-ups', () => {
  it('"make it revenue" swaps the figure and keeps the breakdown and period', () => {
    expect(ask('make it revenue', ['orders by sales channel last 3 weeks'])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['sales_channel'], timeRange: { kind: 'relative', unit: 'week' } },
    });
  });

  it('"only the tiktok shop orders" narrows the rows and keeps the figure; "just tiktok shop revenue" changes it', () => {
    expect(ask('only the tiktok shop orders', ['units sold per category in january'])).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['units_sold'],
        dimensions: ['category'],
        filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }],
      },
    });
    expect(ask('just tiktok shop revenue', ['units sold per category in january'])).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'] },
    });
  });
});
