import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { defineSemanticLayer } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/**
 * A question that asks how well something did without saying by which figure is asked back, with up to three
 * readings from the layer, each answerable as it stands: a guessed figure is a wrong answer presented as right.
 */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

function expectAnswerableChoice(question: string): Extract<PlanDecision, { kind: 'clarify' }> {
  const decision = ask(question);
  expect(decision.kind, JSON.stringify(decision)).toBe('clarify');
  if (decision.kind !== 'clarify') throw new Error('not a clarification');
  expect(decision.options.length).toBeGreaterThanOrEqual(2);
  expect(decision.options.length).toBeLessThanOrEqual(3);
  for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
  return decision;
}

describe('how well, with no figure named', () => {
  it('"how did my instagram carousels perform in q4" asks which figure, though the layer calls engagement performance', () => {
    const decision = expectAnswerableChoice('how did my instagram carousels perform in q4');
    expect(decision.options.map((option) => option.label)).toEqual(['Engagement', 'Engagement rate', 'Likes']);
    for (const option of decision.options) expect(option.question).toMatch(/instagram carousels .*q4/i);
    // A ranking by performance keeps the layer's word: its engagement.
    expect(ask('worst performing posts last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['engagement'], dimensions: ['post'] },
    });
  });

  it('"how did the instagram shop perform last month" offers the figures of the shop, not of posts', () => {
    const decision = expectAnswerableChoice('how did the instagram shop perform last month');
    expect(decision.options[0]?.label).toBe('Revenue');
  });

  it('"how many instagram customers do i have" asks: acquired through Instagram, or bought in its shop', () => {
    const decision = ask('how many instagram customers do i have');
    expect(decision).toMatchObject({ kind: 'clarify', word: 'instagram' });
    if (decision.kind !== 'clarify') throw new Error('not a clarification');
    expect(decision.options.map((option) => option.label)).toEqual([
      'Acquisition channel: Instagram',
      'Sales channel: Instagram Shop',
    ]);
    expect(decision.options.map((option) => ask(option.question))).toMatchObject([
      { kind: 'query', plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel' }] } },
      { kind: 'query', plan: { metrics: ['customers_who_bought'], filters: [{ dimension: 'sales_channel' }] } },
    ]);
    // Said how they came, it is the channel they came through.
    expect(ask('how many customers came from instagram')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], filters: [{ dimension: 'acquisition_channel', values: ['instagram'] }] },
    });
  });

  it('"how did my content do" asks which figure of the content, its usual one first', () => {
    const decision = expectAnswerableChoice('how did my content do');
    expect(decision.options[0]?.label).toBe('Engagement');
    expect(decision.options.map((option) => option.label)).not.toContain('Revenue');
  });

  it('"how are my posts doing last month" asks the same way, keeping the period', () => {
    const decision = expectAnswerableChoice('how are my posts doing last month');
    for (const option of decision.options) expect(option.question).toContain('last month');
  });

  it('"how is my store doing this month" asks which of the figures, rather than picking revenue', () => {
    expectAnswerableChoice('how is my store doing this month');
  });

  it('"how did my store do last month in sales" names its figure and is answered', () => {
    const decision = ask('how did my store do last month in sales');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.metrics).toEqual(['revenue']);
  });

  it('"best performing posts last month" still ranks posts by their usual figure', () => {
    const decision = ask('best performing posts last month');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.dimensions).toEqual(['post']);
  });
});

describe('a figure word that does not decide which thing', () => {
  it('"performance by channel last month" asks which channel, each with that channel\'s own figure', () => {
    const decision = expectAnswerableChoice('performance by channel last month');
    expect(decision.word).toBe('channel');
    expect(decision.options.map((option) => option.label)).toEqual([
      'Engagement by platform',
      'Revenue by sales channel',
      'New customers by acquisition channel',
    ]);
  });

  it('"performance by platform last month" has one reading and is answered', () => {
    expect(ask('performance by platform last month').kind).toBe('query');
  });
});

describe('a ranking word with nothing to say how many', () => {
  it('"revenue from my best customers this year" asks which count as best, offering the top 10 by revenue', () => {
    const decision = ask('revenue from my best customers this year');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.word).toBe('best');
    expect(decision.options).toHaveLength(1);
    const option = ask(decision.options[0]?.question ?? '');
    expect(option.kind).toBe('query');
    if (option.kind === 'query') expect(option.plan).toMatchObject({ dimensions: ['customer'], limit: 10 });
  });

  it('"revenue from my top 5 customers this year" says how many and is answered', () => {
    const decision = ask('revenue from my top 5 customers this year');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.limit).toBe(5);
  });

  it('"top customers by revenue this year" ranks by the figure named after it', () => {
    expect(ask('top customers by revenue this year').kind).toBe('query');
  });
});

describe('one unknown word before a known thing', () => {
  it('"how is the new collection doing" asks which are new, offering every one to pick from', () => {
    const decision = ask('how is the new collection doing');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.word).toBe('new');
    expect(decision.text).toMatch(/count as "new"/);
    for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
  });

  it('two unknown words are still declined, naming them', () => {
    const decision = ask('how are the new arrivals doing');
    expect(decision.kind).toBe('reply');
  });
});

describe('"best" with no figure named', () => {
  it.each(['who are my best customers', 'which platform works best for me', 'how are my reels doing'])(
    '"%s" asks which figure, each option answerable',
    (question) => {
      expectAnswerableChoice(question);
    },
  );

  it('"best channel last month" asks which channel, each ranked by its own usual figure', () => {
    const decision = expectAnswerableChoice('best channel last month');
    expect(decision.word).toBe('channel');
    expect(decision.options.map((option) => option.label)).toContain('Sales channel by revenue');
  });

  it('"is my business growing" asks which figure', () => {
    expectAnswerableChoice('is my business growing');
  });

  it('"top 5 posts" is a size ranking: answered by the posts\' usual figure', () => {
    const decision = ask('top 5 posts');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.metrics).toEqual(['engagement']);
  });
});

describe('counting the things a table holds', () => {
  it('"how many customers do i have" counts every customer on file, said "Customers", not "new"', () => {
    const decision = ask('how many customers do i have');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') {
      expect(decision.plan.metrics).toEqual(['new_customers']);
      expect(decision.plan.timeRange).toEqual({ kind: 'all' });
      expect(decision.summary).toBe('Customers, all time');
    }
    expect(ask('new customers last month')).toMatchObject({ summary: 'New customers, last month' });
  });

  it('"customers by country" counts the customers of each country', () => {
    const decision = ask('customers by country');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') {
      expect(decision.plan.metrics).toEqual(['new_customers']);
      expect(decision.plan.dimensions).toEqual(['country']);
    }
  });

  it('"how many customers did i have last month" asks: the ones who joined, or the ones who bought', () => {
    const decision = expectAnswerableChoice('how many customers did i have last month');
    expect(decision.options.map((option) => option.label)).toEqual(['New customers', 'Customers who bought']);
  });

  it('"how many customers bought something last quarter" says which', () => {
    const decision = ask('how many customers bought something last quarter');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.metrics).toEqual(['customers_who_bought']);
  });
});

describe('rankings with the count said after the size word, and things judged without their own count', () => {
  it('"cheapest 5 products" is the five cheapest', () => {
    expect(ask('cheapest 5 products')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['price'], sort: { direction: 'asc' }, limit: 5 },
    });
  });

  it('"which posts did best on tiktok last month" asks which figure, never offering the posts\' own count', () => {
    const decision = expectAnswerableChoice('which posts did best on tiktok last month');
    expect(decision.options.map((option) => option.label)).not.toContain('Posts');
    for (const option of decision.options)
      expect(ask(option.question)).toMatchObject({ plan: { filters: [{ dimension: 'platform' }] } });
  });
});

describe("a follow-up's value word read in the dimension the conversation is about", () => {
  const follow = (first: string, second: string) => {
    const before = ask(first);
    const plan = before.kind === 'query' ? before.plan : null;
    return parseQuestion({
      question: second,
      history: [{ question: first, plan, answer: '' }],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
  };

  it('"revenue by sales channel last month" then "just instagram" is the Instagram Shop', () => {
    expect(follow('revenue by sales channel last month', 'just instagram')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'sales_channel', values: ['instagram_shop'] }] },
    });
  });

  it('"attributed revenue by platform last month" then "just instagram" is the platform', () => {
    expect(follow('attributed revenue by platform last month', 'just instagram')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'platform', values: ['instagram'] }] },
    });
  });
});

describe('judging words with no figure or amount', () => {
  it('"which customers are my most loyal" asks by which figure, each option answerable', () => {
    const decision = expectAnswerableChoice('which customers are my most loyal');
    expect(decision.options.map((option) => option.label)).toContain('Orders');
  });

  it('"how many of my posts went viral this year" asks what counts as viral, offering top posts this year', () => {
    const decision = expectAnswerableChoice('how many of my posts went viral this year');
    expect(decision.text).toContain('"viral"');
    for (const option of decision.options) expect(option.question).toMatch(/^top 10 posts by .+ this year$/);
  });

  it('"which region is growing faster" (example layer) is declined: its options ranked regions by billing, not growth', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({ question: 'which region is growing faster', history: [], today: TODAY, layer });
    expect(decision).toMatchObject({ kind: 'reply' });
    const option = parseQuestion({
      question: 'amount billed: which region is growing faster',
      history: [],
      today: TODAY,
      layer,
    });
    expect(option).toMatchObject({ kind: 'reply', text: expect.stringMatching(/grew or fell/) });
  });

  it('"how big is our americas business" (example layer) asks which figure; "how big are my orders" is declined', async () => {
    const layer = await loadSubscriptionsLayer();
    const big = parseQuestion({ question: 'how big is our americas business', history: [], today: TODAY, layer });
    expect(big).toMatchObject({ kind: 'clarify' });
    expect(ask('how big are my orders')).toMatchObject({ kind: 'reply' });
  });
});

describe('a breakdown by a word that names no dimension', () => {
  it('"billings by segment for q2" (example layer) asks which split, never the unsplit total', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({ question: 'Billings by segment for Q2', history: [], today: TODAY, layer });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.question)).toEqual([
      'Billings by plan for Q2',
      'Billings by region for Q2',
    ]);
  });

  it('"segment revenue by sales channel" (the verb) is a breakdown and is answered', () => {
    expect(ask('segment revenue by sales channel last month')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['sales_channel'] },
    });
  });
});

describe('good, stronger, numbers: how well, by a figure not named', () => {
  it('"was february a good month" asks which figure', () => {
    expectAnswerableChoice('was february a good month');
  });

  it('"show me my instagram numbers for february" asks which Instagram, each with its own figure', () => {
    const decision = ask('show me my instagram numbers for february');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.length).toBeGreaterThanOrEqual(2);
    for (const option of decision.options) expect(ask(option.question).kind, option.question).toBe('query');
  });

  it('"how many good orders" is declined naming "good": "good" alone says no figure and no amount', () => {
    expect(ask('how many good orders')).toMatchObject({ kind: 'reply', text: /"good"/ });
  });

  it('"revenue numbers for february" names its figure and is answered', () => {
    expect(ask('revenue numbers for february')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
  });

  it('"which region is stronger for us" (example layer: no place called "us") asks which figure', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({ question: 'which region is stronger for us', history: [], today: TODAY, layer });
    expect(decision).toMatchObject({ kind: 'clarify' });
  });
});

describe('a named period without its dates', () => {
  it('"weekly revenue over the holiday season" asks which dates, each option answered with its own span', () => {
    const decision = ask('Weekly revenue over the holiday season');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    const spans = decision.options.map((option) => {
      const reading = ask(option.question);
      return reading.kind === 'query' ? reading.plan.timeRange : null;
    });
    expect(spans).toEqual([
      { kind: 'absolute', from: '2025-11-01', to: '2026-01-01' },
      { kind: 'absolute', from: '2025-11-28', to: '2025-12-26' },
    ]);
  });
});

describe('a price said with a word of selling', () => {
  it('"average selling price in february 2026" asks: the price things sold at, or the list price of the products', () => {
    const decision = ask('Average selling price in February 2026');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.text).toContain('sold at');
    expect(decision.options.map((option) => option.question)).toEqual(['average price of my products']);
    expect(ask('average price of my products')).toMatchObject({ kind: 'query', plan: { metrics: ['price'] } });
  });
});

describe('words for every one of a kind of row, over a period', () => {
  it('"customer count for Q4 2025" asks whether it means the customers who joined or who bought then', () => {
    for (const question of ['Customer count for Q4 2025', 'total customers last month', 'customer base in q4 2025']) {
      const decision = expectAnswerableChoice(question);
      expect(decision.options.map((option) => option.label)).toEqual(['New customers', 'Customers who bought']);
    }
    // Over all of the data, or with a word of joining, there is one reading.
    expect(ask('customer count')).toMatchObject({ kind: 'query', plan: { metrics: ['new_customers'] } });
    expect(ask('how many customers signed up in q4')).toMatchObject({ kind: 'query' });
  });
});

describe('two ambiguous words read together', () => {
  it('"does tiktok or instagram sell more for me" asks which pair: the shops, the platforms or the channels', () => {
    const decision = expectAnswerableChoice('does tiktok or instagram sell more for me');
    expect(decision.options.map((option) => option.label)).toContain('Sales channel: TikTok Shop and Instagram Shop');
    expect(decision.text).toContain('"tiktok" and "instagram"');
  });
});

describe('a typical spend, with no span to count it over', () => {
  it('"how much does a typical customer spend with me" asks: in one order, or in all of their orders', () => {
    const decision = expectAnswerableChoice('how much does a typical customer spend with me');
    expect(decision.options.map((option) => option.label)).toEqual(['Average order value', 'Revenue per customer']);
    expect(decision.text).toContain('in one order');
    expect(ask('how much does the average customer spend per order')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['average_order_value'] },
    });
  });
});

describe('"gross", where no figure is called that', () => {
  it('"gross revenue last month" asks whether revenue as the data counts it will do, saying what it counts', () => {
    const decision = ask('gross revenue last month');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.text).toContain('paid orders');
    expect(decision.options).toEqual([{ label: 'Revenue', question: 'revenue last month' }]);
    expect(ask('revenue last month').kind).toBe('query');
    // A figure the layer calls gross is answered as it stands.
    expect(ask('gross profit last month')).toMatchObject({ kind: 'query', plan: { metrics: ['gross_profit'] } });
  });

  it('"net revenue last month" and "net profit" ask the same way (was revenue, with "net" dropped)', () => {
    expect(ask('net revenue last month')).toMatchObject({
      kind: 'clarify',
      word: 'net',
      options: [{ label: 'Revenue', question: 'revenue last month' }],
    });
    const profit = ask('net profit last month');
    expect(profit).toMatchObject({ kind: 'clarify', options: [{ label: 'Gross profit' }] });
    if (profit.kind === 'clarify') expect(profit.text).toContain('(Σ (unit price');
  });
});

describe('"where" things are', () => {
  it('"where do most of my customers live" is the one place they can be: by country, answered', () => {
    expect(ask('where do most of my customers live')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'] },
    });
    // "Come from" is a place or a source, and stays asked.
    expect(ask('where do my customers come from').kind).toBe('clarify');
  });

  it('"which channel brings in the most new customers" ranks the channels by new customers', () => {
    expect(ask('which channel brings in the most new customers')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['acquisition_channel'], sort: { direction: 'desc' } },
    });
  });
});

describe("the merchant's own spending", () => {
  it('"how much did i spend last month" is asked: the data holds what came in, so what customers spent or the cost of goods sold (was declined)', () => {
    const decision = ask('how much did i spend last month');
    expect(decision).toMatchObject({ kind: 'clarify', word: 'spend' });
    if (decision.kind === 'clarify') {
      expect(decision.text).toContain('holds what came in, not everything you spend');
      expect(decision.options.map((option) => option.question)).toEqual([
        'how much did customers spend last month',
        'cost of goods sold last month',
      ]);
    }
    // (Spending nothing here answers stays declined.)
    expect(ask('how much did i spend on ads')).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    // What customers spent, or refunds paid out, read on.
    expect(ask('how much did customers spend last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'] },
    });
    expect(ask('how much did we pay out in refunds').kind).toBe('query');
    // "What did UK customers spend": how much, not a list of them.
    expect(ask('what did uk customers spend last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], dimensions: [] },
    });
  });
});

describe('growth, health and performance with no figure named', () => {
  it('"how much did EMEA grow in Q3" asks grown in what, money first (was billing, with "grow" taken for it)', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'How much did EMEA grow in Q3?',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') throw new Error('not a clarification');
    expect(decision.options[0]?.label).toBe('Amount billed');
    for (const option of decision.options)
      expect(parseQuestion({ question: option.question, history: [], today: '2025-09-16', layer }).kind).toBe('query');
    // Said with the figure, it is answered.
    expect(
      parseQuestion({ question: 'how much did EMEA billing grow last month', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['billed'], comparison: { kind: 'previous_period' } } });
  });

  it.each(['how healthy is my store', 'is canada pulling its weight'])('"%s" asks which figure', (question) => {
    expectAnswerableChoice(question);
  });

  it('"rank the sales channels by performance" offers the channels\' figures (performance is the posts\' engagement)', () => {
    const decision = expectAnswerableChoice('Rank the sales channels by performance for 2025');
    expect(decision.options[0]?.label).toBe('Revenue');
  });
});

describe('judged without a figure, in more words', () => {
  it('"which category is healthiest", "reels or photos, the better bet" ask which figure', () => {
    expectAnswerableChoice('Which category is healthiest right now?');
    expectAnswerableChoice('are reels or photos the better bet for me');
  });

  it('"how much traction did pro get", "which region is ahead" (example layer) ask which figure, never the money', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['how much traction did pro get in august', 'which region is ahead this quarter']) {
      const decision = parseQuestion({ question, history: [], today: '2025-09-16', layer });
      expect(decision.kind, question).toBe('clarify');
    }
    // A verb of money still names the money.
    expect(
      parseQuestion({ question: 'how much did pro make in august', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
  });
});

describe('beaten, with no figure named', () => {
  it('"did reels beat carousels last month" asks which figure of posts; each option answers', () => {
    const decision = expectAnswerableChoice('did reels beat carousels last month');
    expect(decision.options[0]?.label).toBe('Engagement');
  });

  it('"is tiktok better than instagram": each reading keeps its comparative ("better in engagement")', () => {
    const decision = ask('is tiktok better than instagram');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options[0]?.question).toBe('is tiktok platform better in engagement than instagram');
  });

  it('"did revenue beat last month" compares this month with the one before', () => {
    expect(ask('did revenue beat last month')).toMatchObject({
      kind: 'query',
      plan: {
        metrics: ['revenue'],
        timeRange: { anchor: 'this', unit: 'month' },
        comparison: { kind: 'previous_period' },
      },
    });
  });

  it('"how much did my tiktok posts make" is their money, not how many there are', () => {
    expect(ask('how much did my tiktok posts make')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'platform', values: ['tiktok'] }] },
    });
    expect(ask('how many posts did i make last month')).toMatchObject({ plan: { metrics: ['posts'] } });
  });
});

describe('a vague verb, kept a verb in the options', () => {
  it('"how did my instagram carousels perform in q4" offers "do on likes", never "carousels likes"', () => {
    const decision = expectAnswerableChoice('how did my instagram carousels perform in q4');
    expect(decision.options.map((option) => option.question)).toContain(
      'how did my instagram carousels do on likes in q4',
    );
  });

  it('"how r my reels performin", the "g" dropped, asks the same as "performing"', () => {
    const decision = expectAnswerableChoice('how r my reels performin');
    expect(decision.options[0]?.label).toBe('Engagement');
    expect(ask('how are sales doin this week')).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
  });
});

describe('thriving and struggling, with no figure named', () => {
  it('asks which figure, and each option ranks the right way round', () => {
    for (const question of [
      'which category is thriving',
      'which products are struggling',
      'which posts flopped last month',
    ])
      expectAnswerableChoice(question);
    expect(ask('which products are struggling by product revenue')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['product_revenue'], sort: { direction: 'asc' } },
    });
    expect(ask("what's taking off right now").kind).toBe('clarify');
  });
});

describe('"how\'s business"', () => {
  it('asks which figure, as "how is the business doing" does', () => {
    expectAnswerableChoice("how's business");
    expectAnswerableChoice('how is business this month');
  });
});

describe('how well, in idioms, and with neither the figure nor how many said', () => {
  it('"treating me best", "double down on", "move the needle", "fare" and "matters more" ask which figure', async () => {
    expectAnswerableChoice('which platform is treating me best');
    expectAnswerableChoice('which acquisition channel should we double down on');
    const layer = await loadSubscriptionsLayer();
    for (const question of [
      'did q2 move the needle for us',
      'How did we fare in H1 overall?',
      'give me a read on the americas for q3',
      'Which region matters more to us right now?',
    ]) {
      const decision = parseQuestion({ question, history: [], today: '2025-09-16', layer });
      expect(decision.kind, question).toBe('clarify');
      if (decision.kind !== 'clarify') continue;
      for (const option of decision.options)
        expect(parseQuestion({ question: option.question, history: [], today: '2025-09-16', layer }).kind).toBe(
          'query',
        );
    }
  });

  it('"which products performed best" asks which figure, each reading the top 10, never declines for the number', () => {
    const decision = expectAnswerableChoice('Which products are performing best this quarter?');
    expect(decision.options.map((option) => option.label)).toEqual(['Product revenue', 'Orders', 'Units sold']);
    for (const option of decision.options) expect(ask(option.question)).toMatchObject({ plan: { limit: 10 } });
    expectAnswerableChoice('which of my products performed best last month');
  });

  it('"lately" with no figure asks the period and the figure together, on the last 30 days', () => {
    const decision = expectAnswerableChoice('which platform is treating me best lately');
    expect(decision.text).toMatch(/"lately" \(here the last 30 days\), and which figure/);
    for (const option of decision.options) expect(option.question).toMatch(/in the last 30 days$/);
  });

  it('"what was our customer count in q4" asks which customers, each reading still a count', () => {
    const decision = expectAnswerableChoice('what was our australian customer count in q4');
    for (const option of decision.options)
      expect(ask(option.question)).toMatchObject({ plan: { dimensions: [], filters: [{ dimension: 'country' }] } });
  });
});

describe('a word two values of one dimension share', () => {
  it('"how many orders did we lose last month" asks: refunded or cancelled, each reading said plainly', () => {
    const decision = expectAnswerableChoice('how many orders did we lose last month');
    expect(decision.options).toEqual([
      { label: 'Order status: Refunded', question: 'how many orders were refunded last month' },
      { label: 'Order status: Cancelled', question: 'how many orders were cancelled last month' },
    ]);
    expect(ask('refunded orders last month')).toMatchObject({
      kind: 'query',
      plan: { filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });
});

describe('a name two values of one dimension answer to', () => {
  it('"how much did google bring in last quarter" asks: organic search or paid search', () => {
    const decision = expectAnswerableChoice('how much did google bring in last quarter');
    expect(decision.options.map((option) => option.label)).toEqual([
      'Acquisition channel: Organic search',
      'Acquisition channel: Paid search',
    ]);
  });
});

describe('people "we had" in a period', () => {
  it('"how many customers did we have in july" asks: joined in July, or all of them by its end, each answerable', async () => {
    // (On the example layer the subscribers are named by their key now, so it asks as the demo does: joined, or
    // billed; a layer with no count of the people behind its rows gets these two.)
    const layer = await loadSubscriptionsLayer();
    const asked = (question: string) => parseQuestion({ question, history: [], today: '2025-09-16', layer });
    expect(asked('how many customers did we have in july')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'New subscribers' }, { label: 'Subscribers with invoices' }],
    });
    // The subscribers alone, with no invoices to count them by: joined then, or all of them by July's end.
    const alone = defineSemanticLayer({
      ...layer,
      tables: layer.tables.filter((table) => table.name === 'subscribers'),
      joins: [],
      metrics: layer.metrics.filter((metric) => metric.table === 'subscribers'),
      dimensions: layer.dimensions
        .filter((dimension) => dimension.table === 'subscribers' && dimension.name !== 'subscriber')
        .map(({ defaultMetric: _billed, ...dimension }) => dimension),
    });
    const decision = parseQuestion({
      question: 'how many customers did we have in july',
      history: [],
      today: '2025-09-16',
      layer: alone,
    });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.question)).toEqual([
      'how many new customers did we have in july',
      'how many customers joined before aug 1 2025',
    ]);
    expect(
      parseQuestion({ question: decision.options[1]!.question, history: [], today: '2025-09-16', layer: alone }),
    ).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: null, to: '2025-08-01' } },
    });
  });

  it('a date with its year after a comma ("before august 1, 2025") is one date', () => {
    expect(ask('revenue before august 1, 2025')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'absolute', from: null, to: '2025-08-01' } },
    });
  });
});

describe('landing, underperforming and size, with no figure named', () => {
  it.each(['how did my posts land last month', 'Which products underperformed in 2025?', 'which country is bigger'])(
    '"%s" asks which figure',
    (question) => {
      expectAnswerableChoice(question);
    },
  );

  it('"is emea bigger than the americas for us" and "a summary of the Americas for H1" (example layer) ask which figure', async () => {
    const layer = await loadSubscriptionsLayer();
    for (const question of ['is emea bigger than the americas for us', 'Give me a summary of the Americas for H1.']) {
      const decision = parseQuestion({ question, history: [], today: '2025-09-16', layer });
      expect(decision.kind, `${question}: ${JSON.stringify(decision)}`).toBe('clarify');
    }
    // A figure named is no longer open; a value typed as its rows' plural still counts them.
    expect(
      parseQuestion({ question: 'is emea billing bigger than americas', history: [], today: '2025-09-16', layer }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['billed'] } });
    expect(ask('refunds last month')).toMatchObject({ kind: 'query', plan: { metrics: ['orders'] } });
  });

  it('"how many customers bought one product" names the words it cannot count instead of counting every buyer', () => {
    expect(ask('how many customers bought one product')).toMatchObject({
      kind: 'reply',
      text: expect.stringMatching(/"one product"/),
    });
  });
});
