import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import {
  defineSemanticLayer,
  loadSemanticLayer,
  semanticLayerModel,
  type SemanticLayer,
  type SemanticLayerInput,
} from '../../../src/analyst/semantic-layer.js';

/**
 * The offline analyst on a layer that is not the demo's: every word it says and understands comes from the
 * layer in use (examples/semantic-layer.yaml, a subscription business), none from the demo's.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;
const TODAY = '2025-09-16';
const DEMO_WORDS = /revenue|orders?\b|posts?\b|engagement|products?\b|tiktok|instagram|sales channel|store/i;

let layer: SemanticLayer;
beforeAll(async () => {
  layer = await loadSemanticLayer(path.join(ROOT, 'examples/semantic-layer.yaml'));
});

const ask = (question: string, on: SemanticLayer = layer): PlanDecision =>
  parseQuestion({ question, history: [], today: TODAY, layer: on });

describe('the offline analyst on the example subscriptions layer', () => {
  it("answers help with the layer's own figures and breakdowns", () => {
    const help = ask('what can you do?');
    expect(help.kind).toBe('reply');
    if (help.kind !== 'reply') return;
    expect(help.text).toMatch(/amount billed, invoices, new subscribers, subscribers with invoices/);
    expect(help.text).toMatch(/by invoice ID, plan, region, invoice status, day of week, part of week and subscriber/);
    expect(help.text).not.toMatch(DEMO_WORDS);
    for (const suggestion of help.suggestions) expect(ask(suggestion).kind, suggestion).toBe('query');
  });

  it("asks which of the layer's figures a question means when it names none, each option answerable", () => {
    const decision = ask('how are we doing this month');
    expect(decision).toMatchObject({
      kind: 'clarify',
      text: 'Which figure do you mean: amount billed, invoices or new subscribers?',
    });
    if (decision.kind !== 'clarify') return;
    for (const option of decision.options) {
      const answered = ask(option.question);
      expect(answered.kind, option.question).toBe('query');
    }
  });

  it('reads what customers "paid us" as the amount billed, and never ranks invoices for "which subscriber"', () => {
    expect(ask('what did starter customers in europe pay us in june')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        filters: expect.arrayContaining([expect.objectContaining({ dimension: 'region' })]),
      },
    });
    expect(ask('how much did customers pay in june')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    // A value said alone, with "how much": the money reaching it, never a count of it.
    expect(ask('how much did emea pay us last month')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('how much in pro last month')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    // The subscribers are named by the key their invoices join on: they are ranked, never their invoices.
    for (const question of ['which subscriber spent the most', 'top 3 customers by amount billed'])
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], dimensions: ['subscriber'], sort: { by: 'billed', direction: 'desc' } },
      });
    expect(ask('which region has the most customers')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['region'] },
    });
    // Paying someone else is not money taken in.
    expect(ask('Which subscribers pay annually?').kind).toBe('reply');
  });

  it('"how many customers were billed" counts the subscribers behind the invoices, each once: a count every layer gets', () => {
    for (const question of ['how many customers were billed in june', 'how many customers bought in june']) {
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['subscribers_with_invoices'] },
      });
    }
    expect(layer.metrics.find((metric) => metric.name === 'subscribers_with_invoices')).toMatchObject({
      table: 'invoices',
      expression: 'COUNT(DISTINCT invoices.subscriber_id)',
      aggregation: 'count_distinct',
    });
    expect(ask('how many subscribers signed up in june')).toMatchObject({ plan: { metrics: ['new_subscribers'] } });
    expect(ask('how many invoices did customers get in june')).toMatchObject({ plan: { metrics: ['invoices'] } });
  });

  it('"revenue per subscriber", "invoices per customer", "billed per invoiced subscriber": each total over those people', () => {
    expect(ask('revenue per subscriber')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'] },
    });
    expect(ask('Average amount billed per invoiced subscriber in Q3')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed_per_subscriber'] },
    });
    expect(ask('how many invoices per customer')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices_per_subscriber'] },
    });
    expect(layer.metrics.find((metric) => metric.name === 'billed_per_subscriber')).toMatchObject({
      expression: 'SUM(invoices.amount) * 1.0 / NULLIF(COUNT(DISTINCT invoices.subscriber_id), 0)',
      aggregation: 'ratio',
      format: 'currency',
    });
  });

  it('"invoices of 99 dollars", "invoice size by plan", "average invoice size per region": amounts said in words', () => {
    expect(ask('how many invoices of 99 dollars')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['invoices'],
        conditions: [
          { metric: 'billed', operator: 'gte', value: 99 },
          { metric: 'billed', operator: 'lte', value: 99 },
        ],
      },
    });
    for (const [question, dimensions] of [
      ['invoice size by plan', ['plan']],
      ['average invoice size per region', ['region']],
      ['typical invoice size', []],
    ] as const)
      expect(ask(question), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['billed'], perRow: 'invoice_id', dimensions },
      });
  });

  it('"which region bills the most" ranks by the amount billed; "the most bills" by how many', () => {
    expect(ask('which region bills the most')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('which region has the most bills')).toMatchObject({ kind: 'query', plan: { metrics: ['invoices'] } });
  });

  it('"the total amount of invoices" is the money billed, not how many invoices', () => {
    expect(ask("what's the total amount of invoices")).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
  });

  it('"total billed to pro subscribers who joined in may": May dates the people, not the invoices', () => {
    expect(ask('total billed to pro subscribers who joined in may')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['billed'],
        filters: [{ dimension: 'plan', values: ['pro'] }],
        timeRange: { kind: 'all' },
        joined: { table: 'subscribers', timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-01' } },
      },
    });
    expect(ask('how many subscribers who joined in may are on pro')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'] },
    });
  });

  it('reads invoices "of exactly $29" as that amount, and "the cheapest invoice" as the smallest amount billed', () => {
    expect(ask('How many invoices of exactly $29 were issued in Q2?')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['invoices'],
        conditions: [
          { metric: 'billed', operator: 'gte', value: 29 },
          { metric: 'billed', operator: 'lte', value: 29 },
        ],
      },
    });
    expect(ask('cheapest invoice in the americas')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id'], sort: { direction: 'asc' } },
    });
  });

  it('asks which figure "how much activity did we have in august" and "how busy were we" mean', () => {
    for (const question of ['how much activity did we have in august', 'how busy were we in august']) {
      const decision = ask(question);
      expect(decision.kind, question).toBe('clarify');
      if (decision.kind === 'clarify')
        for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
    }
  });

  it('asks which count "how many in pro" means: invoices and subscribers both have a plan', () => {
    const decision = ask('how many in pro?');
    expect(decision).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Invoices' }, { label: 'New subscribers' }, { label: 'Subscribers with invoices' }],
    });
  });

  it("reads single invoices through the layer's entity and size words", () => {
    expect(ask('biggest invoice in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id'], sort: { direction: 'desc' }, limit: 1 },
    });
    expect(ask('How many invoices over $50 were issued this year?')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'], conditions: [{ dimension: 'invoice_id', metric: 'billed', value: 50 }] },
    });
  });

  it('counts the things a plural noun names within the values said: "subscribers in emea"', () => {
    expect(ask('subscribers in emea')).toMatchObject({
      kind: 'query',
      summary: 'Subscribers, region EMEA, all time',
      plan: { metrics: ['new_subscribers'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
  });

  it('reads a verb after a subject as its metric, and money verbs as the one amount', () => {
    expect(ask('what did we invoice in june')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('how many invoices did we send in june')).toMatchObject({ plan: { metrics: ['invoices'] } });
    expect(ask('how much did the pro plan bring in during july')).toMatchObject({ plan: { metrics: ['billed'] } });
    expect(ask('number of people who signed up in april')).toMatchObject({
      plan: { metrics: ['new_subscribers'] },
    });
  });

  it('reads a metric named by its participle as a verb, and a plural spelled alike as the other metric', () => {
    expect(ask('how much did we bill last month')).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('bills last month')).toMatchObject({ kind: 'query', plan: { metrics: ['invoices'] } });
  });

  it("takes the layer's words for the rows of a table and for the event of a time column", () => {
    expect(ask('Amount billed to EMEA customers in June')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
    expect(ask('how many invoices did we issue in july')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['invoices'] },
    });
    // Who paid most: the subscribers ranked by what they were billed, not a total.
    expect(ask('which subscriber paid us the most')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['subscriber'], limit: 1 },
    });
  });

  it('"top 3 invoices" ranks the invoices by their amount, the number their count', () => {
    expect(ask('top 3 invoices last quarter')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id'], limit: 3, sort: { by: 'billed', direction: 'desc' } },
    });
  });

  it('"which plan has more subscribers" counts the subscribers; "invoices per subscriber" is not an average per invoice', () => {
    expect(ask('which plan has more subscribers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'], sort: { direction: 'desc' } },
    });
    expect(ask('average number of invoices per subscriber')).not.toMatchObject({
      kind: 'query',
      plan: { perRow: 'invoice_id' },
    });
  });

  it('"billed per invoice" is the amount per invoice, "billing by invoice" a breakdown by invoice: never dropped', () => {
    expect(ask('billed per invoice last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], perRow: 'invoice_id', dimensions: [] },
    });
    expect(ask('billing by invoice last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['invoice_id'] },
    });
    expect(ask('new subscribers per invoice').kind).toBe('reply');
  });

  it('"compare the two plans" names no figure: asks which, each option answerable', () => {
    const decision = ask('compare emea and americas');
    expect(decision.kind).toBe('clarify');
    if (decision.kind === 'clarify')
      for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
    expect(ask('compare emea and americas billing').kind).toBe('query');
  });
});

/** A small layer of its own, with what a test needs changed. */
function smallLayer(change: (input: SemanticLayerInput) => SemanticLayerInput = (input) => input): SemanticLayer {
  return defineSemanticLayer(
    change({
      name: 'small',
      tenancy: 'single',
      tables: [{ name: 'posts' }],
      metrics: [
        {
          name: 'claps',
          label: 'Claps',
          table: 'posts',
          expression: 'SUM(posts.claps)',
          time: { table: 'posts', column: 'published_at' },
          format: 'number',
          aggregation: 'sum',
        },
        {
          name: 'posts',
          label: 'Posts',
          table: 'posts',
          expression: 'COUNT(*)',
          time: { table: 'posts', column: 'published_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
      dimensions: [{ name: 'post', label: 'Post', plural: 'posts', table: 'posts', expression: 'posts.post_id' }],
    }),
  );
}

describe('layer-driven words on any layer', () => {
  it('ranks the entity a table names by its singular ("what got the most claps" ranks posts), but never a count of its own rows', () => {
    expect(ask('what got the most claps', smallLayer())).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['post'], limit: 1 },
    });
    expect(ask('most posts', smallLayer()).kind).not.toBe('query');
  });

  it('ranks the entity a table names explicitly, and rejects an entity that is no dimension', () => {
    const renamed = smallLayer((input) => ({
      ...input,
      tables: [{ name: 'posts', entity: 'article' }],
      dimensions: [
        { name: 'article', label: 'Article', plural: 'articles', table: 'posts', expression: 'posts.post_id' },
      ],
    }));
    expect(ask('what got the most claps', renamed)).toMatchObject({ kind: 'query', plan: { dimensions: ['article'] } });
    const wrong = semanticLayerModel.safeParse({ ...smallLayer(), tables: [{ name: 'posts', entity: 'story' }] });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toMatch(/unknown dimension story/);
  });

  it('expands shorthand only into words the layer has: "rev" is unknown where the layer has no revenue', () => {
    expect(ask('rev by region')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['region'] },
    });
    const decision = ask('rev last month', smallLayer());
    expect(decision).toMatchObject({ kind: 'reply', word: 'rev' });
  });
});

describe('the which-figure clarification on the demo layer', () => {
  it('offers distinct figures, each once, though two metrics share a label', () => {
    const decision = parseQuestion({
      question: 'how are we doing this month',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    const labels = decision.options.map((option) => option.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThanOrEqual(2);
  });
});

describe('metrics askql adds to a layer', () => {
  it('are marked as built from the metric they come from, and a derivedFrom naming no metric is refused', () => {
    expect(layer.metrics.find((metric) => metric.name === 'subscribers_with_invoices')?.derivedFrom).toBe('invoices');
    expect(layer.metrics.find((metric) => metric.name === 'billed_per_subscriber')?.derivedFrom).toBe('billed');
    const input = {
      tables: [{ name: 'orders' }],
      metrics: [
        {
          name: 'orders',
          label: 'Orders',
          table: 'orders',
          expression: 'COUNT(*)',
          time: { table: 'orders', column: 'created_at' },
          format: 'number',
          aggregation: 'count',
          derivedFrom: 'nothing',
        },
      ],
    };
    expect(semanticLayerModel.safeParse(input).success).toBe(false);
  });
});

/** A café's layer of its own: three amounts (net sales the usual one of its shops), and items sold. */
function cafeLayer(): SemanticLayer {
  const metric = (name: string, label: string, expression: string, format: 'currency' | 'number') => ({
    name,
    label,
    table: 'tickets',
    expression,
    time: { table: 'tickets', column: 'sold_at' },
    format,
    aggregation: 'sum' as const,
  });
  return defineSemanticLayer({
    name: 'cafe',
    tenancy: 'single',
    tables: [{ name: 'tickets' }],
    metrics: [
      metric('net_sales', 'Net sales', 'SUM(tickets.total)', 'currency'),
      metric('tips', 'Tips', 'SUM(tickets.tip)', 'currency'),
      metric('refunded', 'Refunded amount', 'SUM(tickets.refund)', 'currency'),
      metric('items_sold', 'Items sold', 'SUM(tickets.items)', 'number'),
    ],
    dimensions: [
      {
        name: 'cafe',
        label: 'Café',
        plural: 'cafés',
        table: 'tickets',
        expression: 'tickets.cafe',
        defaultMetric: 'net_sales',
        values: [{ value: 'harbour', label: 'Harbour Street' }],
      },
    ],
  });
}

describe('everyday words on a layer that does not spell them out', () => {
  it('"money", "made" are the amount its dimensions name as usual, of several; "sell" is what "items sold" counts', () => {
    expect(ask('which cafe made the most money in 2025', cafeLayer())).toMatchObject({
      kind: 'query',
      plan: { metrics: ['net_sales'], dimensions: ['cafe'], limit: 1 },
    });
    expect(ask('how many did we sell last week', cafeLayer())).toMatchObject({
      kind: 'query',
      plan: { metrics: ['items_sold'] },
    });
  });
});

describe('figures a layer adds for the people behind rows', () => {
  it('"sales per member" where not every ticket has a member: only the tickets that have one, over those members (was every ticket over them)', () => {
    const layer = defineSemanticLayer({
      name: 'cafe-members',
      tenancy: 'single',
      tables: [{ name: 'tickets' }, { name: 'members' }],
      joins: [{ from: 'tickets', to: 'members', on: 'tickets.member_id = members.member_id', partial: 'loyalty' }],
      metrics: [
        {
          name: 'net_sales',
          label: 'Net sales',
          table: 'tickets',
          expression: 'SUM(tickets.total)',
          time: { table: 'tickets', column: 'sold_at' },
          format: 'currency',
          aggregation: 'sum',
        },
        {
          name: 'tickets',
          label: 'Tickets',
          table: 'tickets',
          expression: 'COUNT(*)',
          time: { table: 'tickets', column: 'sold_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
      dimensions: [],
    });
    const perMember = layer.metrics.find((metric) => metric.name === 'net_sales_per_member');
    expect(perMember?.filters).toEqual([{ sql: 'tickets.member_id IS NOT NULL' }]);
    expect(perMember?.description).toBe(
      'Net sales of the tickets with a member / members with at least one of the tickets.',
    );
    // "Member net sales": only the tickets with a member, which no figure holds: declined, naming it (was every
    // ticket's net sales, "member" dropped).
    const asked = ask('member net sales last month', layer);
    expect(asked).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    expect(asked.kind === 'reply' && asked.text).toContain('"member net sales"');
    expect(ask('net sales by member last month', layer)).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['member'] },
    });
  });
});

describe('the parts of the week, on any layer', () => {
  it('"weekends vs weekdays" adds each part up, from the days the layer has (its own days dimension or the one added)', () => {
    const days = layer.dimensions.find((dimension) => dimension.name === 'part_of_week');
    expect(days?.values.map((value) => value.label)).toEqual(['Mon–Fri', 'Sat–Sun']);
    expect(days?.expression).toBe(
      "CASE WHEN CAST((CAST(EXTRACT(ISODOW FROM {time}) AS INTEGER)) AS VARCHAR) IN ('6', '7') THEN 'sat_sun' ELSE 'mon_fri' END",
    );
    expect(ask('invoices weekends vs weekdays')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['part_of_week'], filters: [] },
    });
    // ("Weekend invoices" is a filter on the days; "by weekday" the seven days.)
    expect(ask('invoices on weekends')).toMatchObject({
      kind: 'query',
      plan: { dimensions: [], filters: [{ dimension: 'day_of_week', values: ['6', '7'] }] },
    });
    expect(ask('invoices by weekday')).toMatchObject({ kind: 'query', plan: { dimensions: ['day_of_week'] } });
  });
});

describe("a layer's codes that are everyday words", () => {
  it('"subscribers in Germany" on a layer whose countries include India as "IN": Germany, never India', () => {
    const layer = defineSemanticLayer({
      name: 'newsletter',
      tenancy: 'single',
      tables: [{ name: 'subscribers' }],
      joins: [],
      metrics: [
        {
          name: 'subscribers',
          label: 'Subscribers',
          table: 'subscribers',
          expression: 'COUNT(*)',
          time: { table: 'subscribers', column: 'created_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
      dimensions: [
        {
          name: 'country',
          label: 'Country',
          plural: 'countries',
          table: 'subscribers',
          expression: 'subscribers.country',
          values: [
            { value: 'IN', label: 'India' },
            { value: 'DE', label: 'Germany' },
            { value: 'AT', label: 'Austria' },
          ],
        },
      ],
    });
    for (const [question, value] of [
      ['subscribers in Germany', 'DE'],
      ['subscribers from AT last month', 'AT'],
      ['subscribers in india', 'IN'],
    ] as const)
      expect(ask(question, layer), question).toMatchObject({
        kind: 'query',
        plan: { filters: [{ dimension: 'country', values: [value] }], comparison: null },
      });
  });
});

describe('a past action said with a word the layer also names', () => {
  it('"how many issues did I send in September" on a layer whose sends are a table: counted, never refused as a command', () => {
    const layer = defineSemanticLayer({
      name: 'newsletter',
      tenancy: 'single',
      tables: [
        { name: 'issues', synonyms: ['issue'] },
        { name: 'email_events', synonyms: ['emails', 'sends'] },
      ],
      joins: [{ from: 'email_events', to: 'issues', on: 'email_events.issue_id = issues.issue_id' }],
      metrics: [
        {
          name: 'issues_sent',
          label: 'Issues sent',
          synonyms: ['issues', 'sent'],
          table: 'issues',
          expression: 'COUNT(*)',
          time: { table: 'issues', column: 'sent_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
      dimensions: [],
    });
    expect(ask('how many issues did I send in September', layer)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['issues_sent'] },
    });
    expect(ask('send the report to my accountant', layer)).toMatchObject({
      kind: 'reply',
      text: expect.stringContaining('only read your data'),
    });
  });
});

describe('session 38: a café layer and a course layer, written by probes', () => {
  const cafe = () =>
    defineSemanticLayer({
      name: 'cafe-shifts',
      tenancy: 'single',
      tables: [{ name: 'orders' }, { name: 'staff_shifts' }, { name: 'members' }],
      joins: [],
      metrics: [
        {
          name: 'orders',
          label: 'Orders',
          table: 'orders',
          expression: 'COUNT(*)',
          time: { table: 'orders', column: 'ordered_at' },
          format: 'number',
          aggregation: 'count',
        },
        {
          name: 'refund_rate',
          label: 'Refund rate',
          synonyms: ['refund %', 'share refunded'],
          table: 'orders',
          expression: "SUM(CASE WHEN orders.status = 'refunded' THEN 1 ELSE 0 END) * 1.0 / NULLIF(COUNT(*), 0)",
          time: { table: 'orders', column: 'ordered_at' },
          format: 'percent',
          aggregation: 'ratio',
          higherIsBetter: false,
        },
        {
          name: 'shifts',
          label: 'Shifts',
          table: 'staff_shifts',
          expression: 'COUNT(*)',
          time: { table: 'staff_shifts', column: 'shift_date' },
          format: 'number',
          aggregation: 'count',
        },
        {
          name: 'new_members',
          label: 'New members',
          table: 'members',
          expression: 'COUNT(*)',
          time: { table: 'members', column: 'signed_up_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
      dimensions: [
        {
          name: 'status',
          label: 'Status',
          plural: 'statuses',
          table: 'orders',
          expression: 'orders.status',
          values: [
            { value: 'completed', label: 'Completed' },
            { value: 'refunded', label: 'Refunded', synonyms: ['refund', 'refunds'] },
          ],
        },
        {
          name: 'coupon_code',
          label: 'Coupon code',
          plural: 'coupon codes',
          synonyms: ['coupon'],
          table: 'orders',
          expression: 'orders.coupon_code',
        },
        {
          name: 'staff_member',
          label: 'Staff member',
          plural: 'staff members',
          synonyms: ['staff', 'barista'],
          table: 'staff_shifts',
          expression: 'staff_shifts.staff_name',
        },
      ],
    });

  it('"refunds last month" counts the refunded orders (was declined: the rate\'s synonym "refund %" read as "refund")', () => {
    expect(ask('refunds last month', cafe())).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders'], filters: [{ dimension: 'status', values: ['refunded'] }] },
    });
    expect(ask('refund % last month', cafe())).toMatchObject({ kind: 'query', plan: { metrics: ['refund_rate'] } });
  });

  it('"top 3 staff by shifts" ranks a column of the shifts that is no key of theirs (was "each counts once")', () => {
    expect(ask('top 3 staff by shifts this year', cafe())).toMatchObject({
      kind: 'query',
      plan: { metrics: ['shifts'], dimensions: ['staff_member'], limit: 3 },
    });
  });

  it('"signed up", "joined" name the arrivals of a table whose time column is signed_up_at (was declined on "signed")', () => {
    for (const question of ['how many people signed up last month', 'how many members joined last month'])
      expect(ask(question, cafe()), question).toMatchObject({ kind: 'query', plan: { metrics: ['new_members'] } });
  });

  it('"orders with a coupon" (a column that may be empty) is declined, naming it (was every order, the words dropped)', () => {
    for (const question of ['orders with a coupon last month', 'how many orders had a coupon code this year']) {
      const asked = ask(question, cafe());
      expect(asked, question).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
      expect(asked.kind === 'reply' && asked.text, question).toMatch(/which rows have a coupon/);
    }
    expect(ask('orders by coupon last month', cafe())).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['coupon_code'] },
    });
  });
});

/** A bike shop: rentals and repairs each with their own "revenue", bikes named by model, a purchase cost. */
function bikeShop(): SemanticLayer {
  const rentals = { table: 'rentals', time: { table: 'rentals', column: 'started_at' } };
  const repairs = { table: 'repairs', time: { table: 'repairs', column: 'opened_at' } };
  return defineSemanticLayer({
    name: 'bikes',
    tenancy: 'single',
    tables: [
      { name: 'rentals', synonyms: ['rental', 'hires'] },
      { name: 'repairs', synonyms: ['repair', 'jobs'] },
      { name: 'bikes', synonyms: ['bike', 'fleet'] },
    ],
    joins: [{ from: 'rentals', to: 'bikes', on: 'rentals.bike_id = bikes.bike_id' }],
    metrics: [
      {
        ...rentals,
        name: 'rental_revenue',
        label: 'Rental revenue',
        synonyms: ['revenue', 'income'],
        expression: 'SUM(rentals.price)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        ...rentals,
        name: 'rentals',
        label: 'Rentals',
        synonyms: ['bookings'],
        expression: 'COUNT(*)',
        format: 'number',
        aggregation: 'count',
      },
      {
        ...repairs,
        name: 'repair_revenue',
        label: 'Repair revenue',
        synonyms: ['revenue', 'income'],
        expression: 'SUM(repairs.price)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        ...repairs,
        name: 'parts_cost',
        label: 'Parts cost',
        expression: 'SUM(repairs.parts_cost)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        ...repairs,
        name: 'repair_jobs',
        label: 'Repair jobs',
        synonyms: ['repairs'],
        expression: 'COUNT(*)',
        format: 'number',
        aggregation: 'count',
      },
      {
        name: 'bike_purchase_cost',
        label: 'Bike purchase cost',
        synonyms: ['spent on bikes'],
        table: 'bikes',
        expression: 'SUM(bikes.purchase_cost)',
        time: { table: 'bikes', column: 'bought_at' },
        format: 'currency',
        aggregation: 'sum',
      },
    ],
    dimensions: [
      {
        name: 'job_type',
        label: 'Job type',
        plural: 'job types',
        table: 'repairs',
        expression: 'repairs.job_type',
        values: [
          { value: 'flat_fix', label: 'Flat fix' },
          { value: 'tune_up', label: 'Tune-up' },
        ],
      },
      {
        name: 'bike',
        label: 'Bike',
        plural: 'bikes',
        table: 'bikes',
        expression: 'bikes.bike_id',
        details: [{ name: 'bike_model_name', expression: 'bikes.model' }],
        nameDetail: 'bike_model_name',
      },
      { name: 'bike_model', label: 'Bike model', plural: 'bike models', table: 'bikes', expression: 'bikes.model' },
    ],
  });
}

describe('session 39: a bike-shop layer (rentals and repairs, each with its own revenue)', () => {
  it('"revenue" listed under two figures is asked (was rental revenue, silently); a table named, or "rev", settles or asks', () => {
    const shop = bikeShop();
    const asked = ask('how much revenue did we make in october', shop);
    expect(asked).toMatchObject({ kind: 'clarify', word: 'revenue' });
    expect(asked.kind === 'clarify' && asked.options.map((option) => option.label)).toEqual([
      'Rental revenue',
      'Repair revenue',
    ]);
    expect(ask('rev ytd', shop)).toMatchObject({ kind: 'clarify', word: 'revenue' });
    expect(ask('revenue from repairs last month', shop)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['repair_revenue'] },
    });
    // (Only one of them can be split by job type.)
    expect(ask('revenue by job type', shop)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['repair_revenue'], dimensions: ['job_type'] },
    });
    expect(ask('rental revenue last month', shop)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['rental_revenue'] },
    });
    // Both, added up: declined, never one of them.
    expect(ask('total revenue rentals plus repairs last month', shop)).toMatchObject({
      kind: 'reply',
      reason: 'unanswerable',
    });
  });

  it('"how many repairs last month" >> "how much did those make" is the repairs\' money (was rental revenue)', () => {
    const shop = bikeShop();
    const first = ask('how many repairs last month', shop);
    const history = [
      { question: 'how many repairs last month', plan: first.kind === 'query' ? first.plan : null, answer: '' },
    ];
    expect(parseQuestion({ question: 'how much did those make', history, today: TODAY, layer: shop })).toMatchObject({
      kind: 'query',
      plan: { metrics: ['repair_revenue'] },
    });
  });

  it('"how much did we spend on bikes" is the layer\'s "spent on bikes" (was declined: "your data holds what came in")', () => {
    expect(ask('how much did we spend on bikes this year', bikeShop())).toMatchObject({
      kind: 'query',
      plan: { metrics: ['bike_purchase_cost'] },
    });
  });

  it('"Volt 500" is the model of ten bikes: the model, never the first bike of that name', () => {
    const names = [
      ...['b_05', 'b_06', 'b_07'].map((value) => ({ dimension: 'bike', value, label: 'Volt 500' })),
      { dimension: 'bike_model', value: 'Volt 500', label: 'Volt 500' },
    ];
    expect(
      parseQuestion({
        question: 'how many Volt 500 rentals this year',
        history: [],
        today: TODAY,
        layer: bikeShop(),
        names,
      }),
    ).toMatchObject({ kind: 'query', plan: { filters: [{ dimension: 'bike_model', values: ['Volt 500'] }] } });
    // (With no model dimension, every bike of that name.)
    expect(
      parseQuestion({
        question: 'how many Volt 500 rentals this year',
        history: [],
        today: TODAY,
        layer: bikeShop(),
        names: names.filter((name) => name.dimension === 'bike'),
      }),
    ).toMatchObject({ kind: 'query', plan: { filters: [{ dimension: 'bike', values: ['b_05', 'b_06', 'b_07'] }] } });
  });
});

describe('session 42: rows of another table said bare after "for"', () => {
  it('"how many reviews for posts" is declined (was every review, "for posts" dropped); reviews of posts in june are read', () => {
    const reviewed = smallLayer((input) => ({
      ...input,
      tables: [...input.tables, { name: 'reviews', synonyms: ['review'] }],
      joins: [{ from: 'reviews', to: 'posts', on: 'reviews.post_id = posts.post_id' }],
      metrics: [
        ...input.metrics,
        {
          name: 'reviews',
          label: 'Reviews',
          table: 'reviews',
          expression: 'COUNT(*)',
          time: { table: 'reviews', column: 'created_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
    }));
    expect(ask('how many reviews for posts', reviewed)).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    // "Average stars for repairs vs rentals" where both are the layer's own figures: both, never the rentals' count.
    const rated = smallLayer((input) => ({
      ...input,
      tables: [...input.tables, { name: 'drafts' }],
      metrics: [
        ...input.metrics,
        ...(['posts', 'drafts'] as const).map((table) => ({
          name: `stars_${table}`,
          label: `Average stars for ${table}`,
          table: 'posts',
          expression: 'AVG(posts.stars)',
          time: { table: 'posts', column: 'published_at' },
          format: 'number' as const,
          aggregation: 'average' as const,
        })),
        {
          name: 'drafts',
          label: 'Drafts',
          table: 'drafts',
          expression: 'COUNT(*)',
          time: { table: 'drafts', column: 'created_at' },
          format: 'number',
          aggregation: 'count',
        },
      ],
    }));
    expect(ask('avg stars for posts vs drafts', rated)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['stars_posts', 'stars_drafts'] },
    });
    expect(ask('how many reviews last month', reviewed)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['reviews'] },
    });
  });
});

describe('session 42: money said with a verb, on a layer whose "revenue" is two figures', () => {
  it('"how much did we make", "how much has Rose spent" ask which revenue (were rental revenue, silently)', () => {
    const shop = bikeShop();
    for (const question of ['how much did we make last month', 'how much money did we make in october']) {
      const asked = ask(question, shop);
      expect(asked).toMatchObject({ kind: 'clarify', word: 'revenue' });
      expect(asked.kind === 'clarify' && asked.options.map((option) => option.label)).toEqual([
        'Rental revenue',
        'Repair revenue',
      ]);
    }
    // The rows said settle it: "made on repairs".
    expect(ask('how much did we make on repairs last month', shop)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['repair_revenue'] },
    });
    // (What the business spent is its own cost, never what it took in.)
    expect(ask('how much did we spend on bikes this year', shop)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['bike_purchase_cost'] },
    });
  });
});

/** A coffee roaster: wholesale invoices that carry freight, and web orders that charge shipping. */
function roaster(): SemanticLayer {
  const orders = { table: 'web_orders', time: { table: 'web_orders', column: 'placed_at' } };
  const invoices = { table: 'invoices', time: { table: 'invoices', column: 'issued_at' } };
  return defineSemanticLayer({
    name: 'roaster',
    tenancy: 'single',
    tables: [
      { name: 'web_orders', synonyms: ['web order'] },
      { name: 'invoices', synonyms: ['invoice'] },
    ],
    joins: [],
    metrics: [
      {
        ...invoices,
        name: 'wholesale_sales',
        label: 'Wholesale sales',
        expression: 'SUM(invoices.amount)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        ...orders,
        name: 'shipping_charged',
        label: 'Shipping charged',
        synonyms: ['shipping', 'postage'],
        expression: 'SUM(web_orders.shipping)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        ...invoices,
        name: 'freight',
        label: 'Freight',
        synonyms: ['freight cost', 'carriage'],
        expression: 'SUM(invoices.freight)',
        format: 'currency',
        aggregation: 'sum',
      },
    ],
    dimensions: [],
  });
}

describe("session 40: a layer's own words are read as it says them, before any generic spelling", () => {
  it('"freight" on a layer with a freight figure is that figure (was "shipping", another figure); "postage" is still shipping', () => {
    const layer = roaster();
    for (const question of ['freight last month', 'freight cost last month', 'freight by month this year'])
      expect(ask(question, layer), question).toMatchObject({ kind: 'query', plan: { metrics: ['freight'] } });
    expect(ask('postage last month', layer)).toMatchObject({ kind: 'query', plan: { metrics: ['shipping_charged'] } });
  });

  it('the demo\'s "item revenue" is product revenue (was spelled "revenue", the orders\' figure)', () => {
    expect(ask('item revenue last month', DEMO_SEMANTIC_LAYER)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'] },
    });
  });
});

/** A studio: clients by name, their class bookings (counted, and their price), and front-desk sales. */
function studio(): SemanticLayer {
  const bookings = { table: 'bookings', time: { table: 'bookings', column: 'class_at' } };
  return defineSemanticLayer({
    name: 'studio',
    tenancy: 'single',
    tables: [
      { name: 'clients', synonyms: ['client', 'customers'] },
      { name: 'bookings', synonyms: ['booking'] },
      { name: 'sales', synonyms: ['sale'] },
    ],
    joins: [{ from: 'bookings', to: 'clients', on: 'bookings.client_id = clients.client_id' }],
    metrics: [
      {
        ...bookings,
        name: 'bookings',
        label: 'Bookings',
        synonyms: ['classes booked'],
        expression: 'COUNT(*)',
        format: 'number',
        aggregation: 'count',
      },
      {
        ...bookings,
        name: 'class_revenue',
        label: 'Class revenue',
        expression: 'SUM(bookings.price)',
        format: 'currency',
        aggregation: 'sum',
      },
      {
        table: 'sales',
        time: { table: 'sales', column: 'sold_at' },
        name: 'retail_sales',
        label: 'Retail sales',
        synonyms: ['retail revenue', 'shop sales'],
        expression: 'SUM(sales.amount)',
        format: 'currency',
        aggregation: 'sum',
      },
    ],
    dimensions: [
      {
        name: 'client',
        label: 'Client',
        plural: 'clients',
        table: 'clients',
        expression: 'clients.client_id',
        details: [{ name: 'client_name', expression: 'clients.full_name' }],
        nameDetail: 'client_name',
      },
      {
        name: 'class_type',
        label: 'Class type',
        plural: 'class types',
        table: 'bookings',
        expression: 'bookings.class_type',
        values: [
          { value: 'yin', label: 'Yin', synonyms: [] },
          { value: 'hatha', label: 'Hatha', synonyms: [] },
        ],
      },
    ],
  });
}

describe('session 40: money asked of a named person is money, never a count', () => {
  it('"how much did Maya Patel spend on bookings" is the class revenue of her bookings (was the number of bookings)', () => {
    const decision = parseQuestion({
      question: 'how much did Maya Patel spend on bookings',
      history: [],
      today: TODAY,
      layer: studio(),
      names: [{ dimension: 'client', value: 'c2', label: 'Maya Patel' }],
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['class_revenue'], filters: [{ dimension: 'client', values: ['c2'] }] },
    });
  });
});

describe("session 40: a word that ends several money figures' names, and is none of them", () => {
  it('"revenue last month" asks which (was declined: "revenue" unknown); "revenue by class type" is the one split that way', () => {
    const layer = studio();
    const asked = ask('revenue last month', layer);
    expect(asked).toMatchObject({ kind: 'clarify', word: 'revenue' });
    if (asked.kind === 'clarify')
      expect(asked.options.map((option) => option.label)).toEqual(['Class revenue', 'Retail sales']);
    expect(ask('revenue by class type', layer)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['class_revenue'], dimensions: ['class_type'] },
    });
  });
});

describe("session 41: people said with their rows' verb", () => {
  it('"how many clients booked last month" counts the clients with bookings (was the booking verb read past)', () => {
    for (const question of ['how many clients booked last month', 'clients who booked last month'])
      expect(ask(question, studio()), question).toMatchObject({
        kind: 'query',
        plan: { metrics: ['clients_with_bookings'] },
      });
  });
});

describe('session 43: rows a count keeps by its own condition, ranked', () => {
  it('"the most clapped draft posts", where "draft posts" is a count of some posts, is declined, never every post ranked', () => {
    const drafts = smallLayer((input) => ({
      ...input,
      metrics: [
        {
          name: 'claps',
          label: 'Claps',
          table: 'posts',
          expression: 'SUM(posts.claps)',
          time: { table: 'posts', column: 'published_at' },
          format: 'number',
          aggregation: 'sum',
          sizeWords: { larger: ['loud'], smaller: [] },
        },
        {
          name: 'draft_posts',
          label: 'Draft posts',
          table: 'posts',
          expression: 'COUNT(*)',
          filters: [{ sql: "posts.state = 'draft'" }],
          time: { table: 'posts', column: 'published_at' },
          format: 'number',
          aggregation: 'count',
        },
        ...input.metrics.filter((metric) => metric.name !== 'claps'),
      ],
    }));
    const decision = ask('the 3 loudest draft posts', drafts);
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toContain('which posts "draft posts" keeps, in a ranking');
    // (The rows' own noun alone is every post: "the 3 loudest posts".)
    expect(ask('the 3 loudest posts', drafts)).toMatchObject({
      kind: 'query',
      plan: { metrics: ['claps'], dimensions: ['post'], limit: 3 },
    });
  });
});
