import { describe, expect, it } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * A full question about the rows the last answer was about ("they", "it", "their"): the same rows and period with
 * the new figure beside them, or declined where the plan cannot follow them; never a new question over all time
 * (which answered "how much profit did they make" after a top 3 with the gross profit of every product ever).
 */

const { run, compiled, answer } = useDemoWarehouse();
const TODAY = '2026-03-15';

function after(history: readonly string[], question: string, layer = DEMO_SEMANTIC_LAYER, today = TODAY): PlanDecision {
  const turns: Turn[] = [];
  for (const earlier of history) {
    const decision = parseQuestion({ question: earlier, history: turns, today, layer });
    turns.push({ question: earlier, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return parseQuestion({ question, history: turns, today, layer });
}

describe('a figure of the rows just ranked', () => {
  it('"top 5 customers last month" >> "what\'s their average order value": the same five, each with its own', async () => {
    const decision = after(['top 5 customers last month'], "what's their average order value");
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue', 'average_order_value'],
        dimensions: ['customer'],
        sort: { by: 'revenue', direction: 'desc' },
        limit: 5,
        timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
      },
    });
    if (decision.kind !== 'query') return;
    const result = await run(compiled(decision.plan));
    const gold = await run(
      `SELECT customer_id, SUM(total) / COUNT(*) FROM orders WHERE status = 'paid'
       AND ordered_at >= TIMESTAMP '2026-02-01' AND ordered_at < TIMESTAMP '2026-03-01'
       GROUP BY 1 ORDER BY SUM(total) DESC LIMIT 5`,
    );
    const aov = result.columns.findIndex((column) => column.name === 'average_order_value');
    expect(result.rows.map((row) => [row[0], Number(Number(row[aov]).toFixed(2))])).toEqual(
      gold.rows.map((row) => [row[0], Number(Number(row[1]).toFixed(2))]),
    );
    // The answer says every one's average order value, not the leader's alone.
    const text = await answer("what's their average order value", { plan: decision.plan, result });
    expect(text).toMatch(/Average order value of these 5: cus_dm_\d+ \$[\d,.]+, .* and cus_dm_\d+ \$[\d,.]+\./);
  });

  it('"which country had the most orders in feb" >> "what was its aov" is that country\'s, in February', () => {
    expect(after(['which country had the most orders in feb'], 'what was its aov')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'average_order_value'], dimensions: ['country'], limit: 1 },
    });
  });

  it('the ranked rows over another period are declined: a new ranking would pick other rows', () => {
    expect(after(['best selling product last month'], 'how many did we sell of it this month')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/rows of the last answer over another period/),
    });
    // Asking for the ranking again over another period is still a new ranking.
    expect(after(['top 3 products last month'], 'and this month?')).toMatchObject({ kind: 'query' });
  });

  it('the ranked rows under a new condition are declined: "how many of those got refunded" would rank the refunded ones', () => {
    for (const [before, question] of [
      ['which product sold the most last month', 'how many of those got refunded'],
      ['top product last month', 'how many refunds did it have'],
      ['top 5 customers last month', 'how many of them are from canada'],
    ] as const) {
      expect(after([before], question)).toMatchObject({
        kind: 'reply',
        text: expect.stringMatching(/new condition on the rows of the last answer/),
      });
    }
    // A new ranking asked for ("what about in Canada") is one.
    expect(after(['top 5 products last month'], 'what about in canada')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country' }], limit: 5 },
    });
  });
});

describe('a figure of a total or a breakdown just given', () => {
  it('"orders from canada last month" >> "what was their aov" keeps Canada and the month', () => {
    expect(after(['orders from canada last month'], 'what was their aov')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['average_order_value'],
        filters: [{ dimension: 'country', values: ['CA'] }],
        timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
      },
    });
  });

  it('"signups in q2" >> "how much have they been billed since" (example layer) is declined, never everyone\'s billing', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(after(['signups in q2'], 'how much have they been billed since', layer, '2025-09-16')).toMatchObject({
      kind: 'reply',
    });
  });
});

describe('a bare figure, and "which brought the most", after an answer', () => {
  it('"revenue in feb" >> "how many orders" is February\'s orders, never all time', () => {
    expect(after(['revenue in feb'], 'how many orders')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], timeRange: { kind: 'absolute', from: '2026-02-01', to: '2026-03-01' } },
    });
  });

  it('"top product last month" >> "how many units" is that product\'s units, beside its revenue', () => {
    expect(after(['top product last month'], 'how many units')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue', 'units_sold'], dimensions: ['product'], limit: 1 },
    });
  });

  it('"new customers last month" >> "which country brought the most" ranks countries by new customers, not revenue', () => {
    expect(after(['new customers last month'], 'which country brought the most')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'], limit: 1 },
    });
    // One value of the thing ranked, asked next, is that value's figure: no "has the most" for the one row.
    expect(after(['new customers last month', 'which country brought the most'], 'how many from france')).toMatchObject(
      {
        kind: 'query',
        plan: { metrics: ['new_customers'], dimensions: [], limit: null, filters: [{ values: ['FR'] }] },
      },
    );
  });

  it('"revenue last month" >> "which product sold the most" keeps last month', () => {
    expect(after(['revenue last month'], 'which product sold the most')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['units_sold'], timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 } },
    });
  });
});

describe('pointing back where the plan cannot follow', () => {
  it('a breakdown within the rows just ranked ("top products in it", "in that category") is declined', () => {
    for (const question of ['what were the top products in it', 'top 3 products in that category']) {
      expect(after(['which category sold the most last month'], question)).toMatchObject({
        kind: 'reply',
        text: expect.stringMatching(/breakdown within the rows of the last answer/),
      });
    }
  });

  it('"they" after a question that was not answered is declined, never everyone\'s figure', () => {
    expect(after(['top customer by the weather'], 'how many orders did they place')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/points back at: the question before it was not answered/),
    });
  });

  it('"same for cancellations" after a refund rate is the cancellation rate, never the refund rate of cancelled orders', () => {
    expect(after(['refund rate by country ytd'], 'same for cancellations')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['cancellation_rate'], dimensions: ['country'], filters: [] },
    });
  });

  it('"and sunday?" after "saturday" is last Sunday alone, never Sunday filtered inside Saturday', () => {
    expect(after(['how much did we make saturday'], 'and sunday?')).toMatchObject({
      kind: 'query',
      plan: { filters: [], timeRange: { kind: 'absolute', from: '2026-03-08', to: '2026-03-09' } },
    });
  });
});

describe('"as a share" after an answer', () => {
  it("is the question before as shares of the total, never the posts' shares", () => {
    expect(after(['revenue by country last month'], 'as a share')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: ['country'], share: { dimension: null } },
    });
    // After a total alone, which part is the share's to say.
    expect(after(['revenue last month'], 'as a share')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('which part'),
    });
  });
});

describe('"what share came from X" after an answer', () => {
  it("is the part's share of the figure asked before, never the part alone with the share dropped", async () => {
    const decision = after(['revenue by sales channel ytd'], 'what share is tiktok shop');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        dimensions: [],
        filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }],
        share: { dimension: 'sales_channel' },
      },
    });
    if (decision.kind !== 'query') return;
    const result = await run(compiled(decision.plan));
    expect(await answer('what share is tiktok shop', { plan: decision.plan, result })).toContain(
      '12.9% of all revenue',
    );
    expect(after(['total reach last quarter'], 'what share came from tiktok')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reach'], share: { dimension: 'platform' } },
    });
  });

  it('"what % of all orders is that" after a count of cancelled orders is their share of all orders', () => {
    expect(after(['how many cancelled orders in 2025'], 'what % of all orders is that')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], share: { dimension: 'order_status' } },
    });
  });

  it('a share of one row of a breakdown is of the whole breakdown, never 100% of itself (example layer)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(after(['billed by plan in q2'], 'what share was pro', layer, '2025-09-16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: [], share: { dimension: 'plan' } },
    });
  });
});

describe('the same rows, or ranked again', () => {
  it('"and their aov" after a top 3 keeps the three, ranked as before, with their AOV beside', () => {
    expect(after(['top 3 countries by orders last year'], 'and their aov')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['orders', 'average_order_value'],
        dimensions: ['country'],
        sort: { by: 'orders' },
        limit: 3,
      },
    });
  });

  it('"by post count" after a top platform ranks by post count', () => {
    expect(after(['top platform by reach'], 'by post count')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts'], dimensions: ['platform'], sort: { by: 'posts' }, limit: 1 },
    });
  });

  it('"which category grew the most" after a comparison is declined, never ranked by the latest figure', () => {
    for (const history of [['sales by category in jan 2026', 'what about feb'], ['revenue by category feb vs jan']]) {
      expect(after(history, 'which category grew the most')).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('how much each one grew or fell'),
      });
    }
  });
});

describe('more follow-ups said as people say them', () => {
  it('"drop email and direct" after a breakdown leaves them out, never keeps them alone', () => {
    expect(after(['revenue by acquisition channel last quarter'], 'drop email and direct')).toMatchObject({
      kind: 'query',
      plan: {
        dimensions: ['acquisition_channel'],
        filters: [{ dimension: 'acquisition_channel', operator: 'neq', values: ['email', 'direct'] }],
      },
      change: expect.stringContaining('excluding Email and Direct'),
    });
  });

  it('"and last year same period" after year to date is the same days a year earlier', () => {
    expect(after(['whats our margin ytd'], 'and last year same period')).toMatchObject({
      kind: 'query',
      // The year to date against the previous period of its length: the same days a year earlier.
      plan: { metrics: ['gross_margin'], timeRange: { unit: 'year' }, comparison: { kind: 'previous_period' } },
    });
  });

  it('"the same day last week" after yesterday is that day a week before', () => {
    expect(after(['revenue yesterday'], 'how does that compare to the same day last week')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'relative', unit: 'day' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2026-03-07', to: '2026-03-08' } },
      },
    });
  });

  it('a part of a year said without its year is of the year talked about, unless that part is still to come', () => {
    const first = after(['how much shipping did we charge in the second half of last year'], 'and the first half');
    expect(first).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-01-01', to: '2025-07-01' } },
    });
    expect(after(['revenue in q4 2024'], 'and q3')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2024-07-01', to: '2024-10-01' } },
    });
    // After February 2026, December is the last one, not this year's (to come).
    expect(after(['revenue by sales channel last month'], 'what about for december')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-12-01', to: '2026-01-01' } },
    });
  });

  it('"how many orders did each place" after a top 5 is the same five, each with its orders', () => {
    expect(after(['top 5 customers this year'], 'how many orders did each place')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue', 'orders'], dimensions: ['customer'], limit: 5 },
      change: expect.stringContaining('with orders added'),
    });
  });

  it('"how much have they sold" after the products launched this year is declined (a cohort), never every product', () => {
    expect(after(['products launched this year'], 'how much have they sold')).toMatchObject({ kind: 'reply' });
  });
});

describe('the period before, the top one, and a follow-up that changes nothing', () => {
  it('"and the december before" after December is December a year earlier; "the one before" is November', () => {
    expect(after(['revenue in december'], 'and the december before')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2024-12-01', to: '2025-01-01' } },
    });
    expect(after(['revenue in december'], 'and the one before')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2025-11-01', to: '2025-12-01' } },
    });
  });

  it('a follow-up read as the same question again is declined, never the same figure under a new question', () => {
    expect(after(['revenue in december'], 'and the revenue before')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining("can't tell what to change"),
    });
  });

  it('"the top one" after a top 3 is the first row of the same ranking, with the new figure or its share', () => {
    expect(after(['top 3 products in home last quarter'], 'how much profit did the top one make')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['product_revenue', 'gross_profit'],
        filters: [{ dimension: 'category', values: ['home'] }],
        limit: 1,
        timeRange: { unit: 'quarter', anchor: 'last' },
      },
    });
    expect(
      after(['top 3 countries by revenue last year'], 'what share of the total did the top one have'),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], limit: 1, share: { dimension: null } } });
  });

  it('a breakdown of the rows just ranked is declined, never the one row split or every row', () => {
    for (const [first, then] of [
      ['best selling category in 2025', 'break it down by country'],
      ['best selling product in 2025', 'break it down by month'],
    ] as const) {
      expect(after([first], then)).toMatchObject({
        kind: 'reply',
        text: expect.stringContaining('a breakdown within the rows of the last answer'),
      });
    }
  });
});

describe('a trait of each row just ranked', () => {
  it('"what plan were they on" after the top 3 invoices: the same 3, each with its plan (example layer)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(after(['top 3 invoices this year'], 'what plan were they on', layer, '2025-09-16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id', 'plan'], limit: 3, sort: { by: 'billed' } },
      change: expect.stringContaining('each with its plan'),
    });
  });

  it('"which country are they from" after the top 5 customers keeps the five, each with its country', () => {
    expect(after(['top 5 customers this year'], 'which country are they from')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['customer', 'country'], limit: 5 },
    });
  });
});

describe('words typed short', () => {
  it('"rev this wk" >> "same wk last yr" is the same days a year earlier; "vs prev 30" the 30 days before', () => {
    expect(after(['rev this wk'], 'same wk last yr')).toMatchObject({
      kind: 'query',
      plan: {
        timeRange: { kind: 'relative', anchor: 'this', unit: 'week' },
        comparison: { kind: 'period', timeRange: { kind: 'absolute', from: '2025-03-09', to: '2025-03-15' } },
      },
    });
    expect(after([], 'er last 30 days vs prev 30')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement_rate'], comparison: { kind: 'previous_period' } },
    });
  });
});

describe('a new figure after a ranking', () => {
  it("is the ranked rows' figure beside the ranking, even of other data (never another row)", async () => {
    const layer = await loadSubscriptionsLayer();
    // (Subscribers are other data than amount billed: each worked out on its own, set beside the ranked plan.)
    expect(after(['which plan brings in the most money'], 'how many customers', layer, '2025-09-16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed', 'new_subscribers'], dimensions: ['plan'], sort: { by: 'billed' }, limit: 1 },
    });
    expect(after(['top 5 products by revenue'], 'units sold')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue', 'units_sold'], sort: { by: 'product_revenue' }, limit: 5 },
    });
  });
});

describe('"how many of them bought"', () => {
  it('after a count of customers is the customers who bought, the country kept', () => {
    expect(after(['how many customers from canada'], 'how many of them bought this year')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['customers_who_bought'],
        filters: [{ dimension: 'country', values: ['CA'] }],
        timeRange: { anchor: 'this', unit: 'year' },
      },
    });
  });
});

describe("found by a probe of this session's follow-ups", () => {
  it('"same day last week" after yesterday is that one day a week before, never the 7 days before', () => {
    expect(after(['revenue yesterday'], 'same day last week')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: '2026-03-07', to: '2026-03-08' } },
    });
    // A period as long as the unit or longer moves back by whole units: the 2 months before October.
    expect(after(['revenue in october'], 'and the 2 months before that')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-08-01', to: '2025-10-01' } },
    });
  });

  it('"the february before" after March 2025 is February 2025, the latest one before it', () => {
    expect(after(['revenue in march 2025'], 'and the february before')).toMatchObject({
      plan: { timeRange: { kind: 'absolute', from: '2025-02-01', to: '2025-03-01' } },
    });
  });

  it('"what share of engagement came from instagram" keeps the period asked before', () => {
    expect(
      after(['engagement by platform last quarter'], 'what share of engagement came from instagram'),
    ).toMatchObject({
      kind: 'query',
      plan: { timeRange: { anchor: 'last', unit: 'quarter' }, share: { dimension: 'platform' } },
    });
    expect(
      after(['revenue by sales channel last week'], 'how much of that was tiktok shop as a percentage'),
    ).toMatchObject({ kind: 'query', plan: { share: { dimension: 'sales_channel' } } });
  });

  it('"in each" after a top 3 keeps the three; "how many were on tiktok" and "the bottom one" are declined', () => {
    expect(after(['top 3 countries by revenue last month'], 'how many customers bought in each')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue', 'customers_who_bought'], limit: 3 },
    });
    expect(after(['top 10 posts by reach this year'], 'how many were on tiktok')).toMatchObject({ kind: 'reply' });
    expect(after(['top 5 acquisition channels by new customers in 2025'], 'the bottom one')).toMatchObject({
      kind: 'reply',
    });
  });

  it('"same weekend last year" is declined: the same dates are other weekdays', () => {
    // ("Last weekend" asked on a Sunday asks which one: the weekend said by its date instead.)
    expect(after(['revenue on the weekend of march 7'], 'same weekend last year')).toMatchObject({ kind: 'reply' });
  });
});

describe('the money of the rows counted, and codes after "drop"', () => {
  it('"how much were they worth" after a count of invoices is their amount billed, same period (example layer)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(after(['how many invoices in june'], 'how much were they worth', layer, '2025-09-16')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], timeRange: { kind: 'absolute', from: '2025-06-01', to: '2025-07-01' } },
    });
  });

  it('"drop us and gb" leaves both countries out, "us" never read as the pronoun', () => {
    expect(after(['revenue by country last month'], 'drop us and gb')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'country', operator: 'neq', values: ['US', 'GB'] }] },
    });
  });
});

describe('"which one made the least" after a breakdown', () => {
  it('is the lowest row of that breakdown by its figure, never the money of orders', () => {
    expect(after(['Break down H1 2025 gross profit by product category'], 'Which one made the least?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['gross_profit'],
        dimensions: ['category'],
        sort: { by: 'gross_profit', direction: 'asc' },
        limit: 1,
      },
    });
  });
});

describe('"how many were refunded" after revenue', () => {
  it('is the count of refunded orders, never their money; "and refunded?" keeps the money', () => {
    expect(after(['revenue last month'], 'how many were refunded')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    expect(after(['revenue last month'], 'and refunded?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
  });
});

describe('a share asked and none planned', () => {
  it('"what share came from january" after a monthly series is declined, never January alone', () => {
    expect(after(['revenue by month this year'], 'what share came from january')).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining("can't answer a share here"),
    });
  });
});
