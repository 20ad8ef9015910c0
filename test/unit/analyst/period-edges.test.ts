import { describe, expect, test } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { interpretPlan } from '../../../src/analyst/interpret-plan.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { comparisonSpan, resolveTimeRange } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/** Periods at their edges, on fixed dates: data runs through the day before the asker's today. */

function plan(question: string, today: string) {
  const decision: PlanDecision = parseQuestion({ question, history: [], today, layer: DEMO_SEMANTIC_LAYER });
  if (decision.kind !== 'query') throw new Error(`"${question}" on ${today} was not answered: ${decision.text}`);
  return decision.plan;
}

const span = (question: string, today: string) => resolveTimeRange(plan(question, today).timeRange, today);
const compared = (question: string, today: string) => comparisonSpan(plan(question, today), today);

describe('so far against the same span before', () => {
  test('this year so far against last year compares Jan 1 – Mar 14 with Jan 1 – Mar 14', () => {
    const today = '2026-03-15';
    expect(compared('revenue this year vs last year', today)).toEqual({ from: '2025-01-01', to: '2025-03-15' });
    const understood = interpretPlan(plan('revenue this year vs last year', today), DEMO_SEMANTIC_LAYER, today);
    expect(understood.period.text).toBe('Jan 1 – Mar 14, 2026');
    expect(understood.comparedWith?.text).toBe('Jan 1 – Mar 14, 2025');
    expect(understood.dataThrough).toBe('2026-03-14');
  });

  test('on a Sunday, this week against last week compares Monday to Saturday with Monday to Saturday', () => {
    expect(compared('orders this week compared to last week', '2026-03-15')).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
    });
  });

  test('month to date against last month on the 31st takes all of the shorter month', () => {
    expect(compared('revenue this month vs last month', '2024-03-31')).toEqual({
      from: '2024-02-01',
      to: '2024-03-01',
    });
  });

  test('a complete period against the one before is unchanged: last month against the month before', () => {
    expect(compared('revenue last month vs the month before', '2026-03-15')).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });
});

describe('the first day of a period', () => {
  test('"this month" on the 1st offers last month instead of an empty answer', () => {
    const decision = parseQuestion({
      question: 'revenue this month',
      history: [],
      today: '2026-03-01',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Last month', question: 'revenue last month' }],
    });
    expect(decision.kind === 'clarify' && decision.text).toMatch(/no complete day of data/);
    expect(span('revenue last month', '2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-03-01' });
  });

  test('"this month" on the 2nd answers with one day', () => {
    expect(span('revenue this month', '2026-03-02')).toEqual({ from: '2026-03-01', to: '2026-03-02' });
    expect(interpretPlan(plan('revenue this month', '2026-03-02'), DEMO_SEMANTIC_LAYER, '2026-03-02').period.text).toBe(
      'Mar 1, 2026',
    );
  });
});

describe('named periods', () => {
  test('"since March" runs from Mar 1 through yesterday, the last day of data', () => {
    expect(span('revenue since march', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
  });

  test('Black Friday and Cyber Monday follow US Thanksgiving, the most recent one up to today', () => {
    expect(span('sales on black friday', '2026-03-15')).toEqual({ from: '2025-11-28', to: '2025-11-29' });
    expect(span('sales on black friday 2024', '2026-03-15')).toEqual({ from: '2024-11-29', to: '2024-11-30' });
    expect(span('revenue on cyber monday', '2026-03-15')).toEqual({ from: '2025-12-01', to: '2025-12-02' });
    expect(span('revenue on black friday', '2026-11-30')).toEqual({ from: '2026-11-27', to: '2026-11-28' });
  });

  test('Christmas Eve is the most recent Dec 24', () => {
    expect(span('orders on christmas eve', '2026-03-15')).toEqual({ from: '2025-12-24', to: '2025-12-25' });
    expect(span('orders on christmas eve', '2026-12-25')).toEqual({ from: '2026-12-24', to: '2026-12-25' });
  });

  test('long weekends around a moving holiday: Saturday to Labor or Memorial Day, Thursday to Sunday at Thanksgiving', () => {
    expect(span('sales over labor day weekend', '2026-03-15')).toEqual({ from: '2025-08-30', to: '2025-09-02' });
    expect(span('orders memorial day weekend 2025', '2026-03-15')).toEqual({ from: '2025-05-24', to: '2025-05-27' });
    expect(span('revenue thanksgiving weekend', '2026-03-15')).toEqual({ from: '2025-11-27', to: '2025-12-01' });
    // Not every weekend of the year: the words name one long weekend.
    expect(plan('sales over labor day weekend', '2026-03-15').filters).toEqual([]);
  });

  test('a named day with "last year" or "this year" is that year\'s, never two periods', () => {
    expect(span('sales on mothering sunday last year', '2026-03-15')).toEqual({ from: '2025-03-30', to: '2025-03-31' });
    expect(span('revenue on black friday last year', '2026-12-01')).toEqual({ from: '2025-11-28', to: '2025-11-29' });
    expect(span('revenue on christmas eve this year', '2026-12-30')).toEqual({ from: '2026-12-24', to: '2026-12-25' });
  });

  test('"march last year vs this year" is declined, never March against this year so far', () => {
    for (const question of ['revenue march last year vs this year', 'orders black friday last year vs this year']) {
      expect(parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER }).kind).toBe(
        'reply',
      );
    }
  });

  test("Mother's Day is asked: the US date or the UK's Mothering Sunday, each by its date", () => {
    const decision = parseQuestion({
      question: 'what were sales on mothers day last year',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.label)).toEqual([
      "May 11, 2025 (Mother's Day in the US, Canada and Australia)",
      'March 30, 2025 (Mothering Sunday in the UK and Ireland)',
    ]);
    expect(span(decision.options[1]?.question ?? '', '2026-03-15')).toEqual({ from: '2025-03-30', to: '2025-03-31' });
  });

  test('halves: the first half of 2025, and H2 of last year', () => {
    expect(span('revenue in the first half of 2025', '2026-03-15')).toEqual({ from: '2025-01-01', to: '2025-07-01' });
    expect(span('units sold in h2 last year', '2026-03-15')).toEqual({ from: '2025-07-01', to: '2026-01-01' });
  });

  test('weeks start on Monday: last week on a Monday is the Monday to Sunday before', () => {
    expect(span('orders last week', '2026-03-16')).toEqual({ from: '2026-03-09', to: '2026-03-16' });
  });
});

describe('halves of a year', () => {
  test('"the first half of the year" is January to June of this year, a total, not a yearly series', () => {
    const understood = plan('revenue in the first half of the year', '2026-09-16');
    expect(understood).toMatchObject({
      grain: null,
      timeRange: { kind: 'absolute', from: '2026-01-01', to: '2026-07-01' },
    });
    expect(plan('revenue each month in the first half of this year', '2026-09-16')).toMatchObject({ grain: 'month' });
  });
});

describe("the layer's own calendar", () => {
  const FISCAL_APRIL = { ...DEMO_SEMANTIC_LAYER, fiscalYearStart: 4 };
  const SUNDAY_WEEKS = { ...DEMO_SEMANTIC_LAYER, weekStart: 'sunday' as const };
  const planIn = (question: string, today: string, layer: typeof DEMO_SEMANTIC_LAYER) => {
    const decision = parseQuestion({ question, history: [], today, layer });
    if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
    return decision.plan;
  };
  const spanIn = (question: string, today: string, layer: typeof DEMO_SEMANTIC_LAYER) =>
    resolveTimeRange(planIn(question, today, layer).timeRange, today);

  test('fiscal quarters and years follow the fiscal year start, named by the year they end in', () => {
    expect(spanIn('revenue in fiscal q2', '2026-03-15', FISCAL_APRIL)).toEqual({
      from: '2025-07-01',
      to: '2025-10-01',
    });
    expect(spanIn('revenue in fy q1 2026', '2026-03-15', FISCAL_APRIL)).toEqual({
      from: '2025-04-01',
      to: '2025-07-01',
    });
    expect(spanIn('orders last fiscal year', '2026-03-15', FISCAL_APRIL)).toEqual({
      from: '2024-04-01',
      to: '2025-04-01',
    });
    expect(spanIn('orders this fiscal year', '2026-03-15', FISCAL_APRIL)).toEqual({
      from: '2025-04-01',
      to: '2026-03-15',
    });
    expect(spanIn('orders in fy2025', '2026-03-15', FISCAL_APRIL)).toEqual({ from: '2024-04-01', to: '2025-04-01' });
  });

  test('without a fiscal year start, a fiscal quarter is asked about, offering the calendar quarter', () => {
    const decision = parseQuestion({
      question: 'revenue in fiscal q2',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({ kind: 'clarify', word: 'fiscal q2', options: [{ question: 'revenue in q2' }] });
  });

  test('weeks that start on Sunday: last week on a Wednesday is the Sunday to Saturday before', () => {
    expect(spanIn('orders last week', '2026-03-18', SUNDAY_WEEKS)).toEqual({ from: '2026-03-08', to: '2026-03-15' });
    expect(spanIn('orders this week', '2026-03-18', SUNDAY_WEEKS)).toEqual({ from: '2026-03-15', to: '2026-03-18' });
    expect(spanIn('orders last week', '2026-03-18', DEMO_SEMANTIC_LAYER)).toEqual({
      from: '2026-03-09',
      to: '2026-03-16',
    });
  });

  test("weekly series start their weeks on the layer's first day", () => {
    const sql = compilePlan(planIn('weekly orders last month', '2026-03-18', SUNDAY_WEEKS), {
      dialect: 'duckdb',
      today: '2026-03-18',
      layer: SUNDAY_WEEKS,
    });
    expect(sql).toContain("date_trunc('week', orders.ordered_at + INTERVAL '1 day') - INTERVAL '1 day'");
  });

  test('weekends and weekdays are filters on the day of the week, not breakdowns', () => {
    expect(plan('revenue on weekends last month', '2026-03-15')).toMatchObject({
      dimensions: [],
      filters: [{ dimension: 'day_of_week', operator: 'in', values: ['6', '7'] }],
    });
    expect(plan('how many orders on weekdays last month', '2026-03-15')).toMatchObject({
      dimensions: [],
      filters: [{ dimension: 'day_of_week', values: ['1', '2', '3', '4', '5'] }],
    });
  });

  test('"vs the same days last month" compares month to date with the same days of last month', () => {
    expect(compared('new customers month to date vs the same days last month', '2026-03-15')).toEqual({
      from: '2026-02-01',
      to: '2026-02-15',
    });
  });
});

describe('a named period still running', () => {
  test('"March" on Mar 15 is March so far, and against February it takes the same days of February', () => {
    const today = '2026-03-15';
    expect(plan('revenue in march', today).timeRange).toEqual({
      kind: 'relative',
      anchor: 'this',
      unit: 'month',
      count: 1,
    });
    expect(compared('march vs february revenue', today)).toEqual({ from: '2026-02-01', to: '2026-02-15' });
    const understood = interpretPlan(plan('revenue q1 2026', today), DEMO_SEMANTIC_LAYER, today);
    expect(understood.period.text).toBe('Jan 1 – Mar 14, 2026');
  });

  test('a stretch the data has not reached the end of runs from its start, never said as over', () => {
    expect(span('orders in the spring', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(plan('orders in the spring', '2026-03-15').timeRange).toEqual({
      kind: 'absolute',
      from: '2026-03-01',
      to: null,
    });
  });
});

describe('a year-ago comparison of a period still running', () => {
  test('"Q1 vs Q1 last year" on Mar 15 compares Jan 1 – Mar 14 of both years', () => {
    const today = '2026-03-15';
    expect(span('revenue q1 vs q1 last year', today)).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(compared('revenue q1 vs q1 last year', today)).toEqual({ from: '2025-01-01', to: '2025-03-15' });
    expect(compared('orders this month vs the same month last year', today)).toEqual({
      from: '2025-03-01',
      to: '2025-03-15',
    });
  });
});

describe('"since" a named start', () => {
  test('"since the start of february" runs from Feb 1 to today, not February alone', () => {
    const today = '2026-03-15';
    expect(span('weekly sales since the start of february', today)).toEqual({ from: '2026-02-01', to: '2026-03-15' });
    expect(span('revenue since the beginning of february', today)).toEqual({ from: '2026-02-01', to: '2026-03-15' });
    // Without a month after it, "since the start" is still all of the data.
    expect(plan('revenue since the start', today).timeRange).toEqual({ kind: 'all' });
  });

  test('"since new year" and "since the new year" run from January 1 of this year', () => {
    const today = '2026-03-15';
    expect(span('my 5 best sellers by units since new year', today)).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(span('orders since the new year', today)).toEqual({ from: '2026-01-01', to: '2026-03-15' });
  });
});

describe('today, which the data does not reach', () => {
  test('"sales today" asks whether yesterday is meant, the data running through yesterday', () => {
    const decision = parseQuestion({
      question: 'sales today',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Yesterday', question: 'sales yesterday' }],
    });
    expect(plan('sales yesterday', '2026-03-15').timeRange).toMatchObject({ kind: 'relative', unit: 'day' });
  });
});

describe('a week named by its last day', () => {
  test('"revenue for the week ending March 8" is the seven days Mar 2 – Mar 8', () => {
    expect(span('Revenue for the week ending March 8', '2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-09' });
  });
});

describe('a span of days against the one before it', () => {
  test('"last 30 days vs the 30 days before" compares Feb 13 – Mar 14 with Jan 14 – Feb 12', () => {
    const today = '2026-03-15';
    expect(span('revenue last 30 days vs the 30 days before', today)).toEqual({ from: '2026-02-13', to: '2026-03-15' });
    expect(compared('revenue last 30 days vs the 30 days before', today)).toEqual({
      from: '2026-01-14',
      to: '2026-02-13',
    });
    // "The previous 4 weeks" after a comparing word is the span before, never the same 4 weeks again.
    expect(compared('orders in the last 4 weeks compared with the previous 4 weeks', today)).toEqual({
      from: '2026-01-12',
      to: '2026-02-09',
    });
  });

  test('a period compared with itself is declined, not answered with two equal figures', () => {
    const decision = parseQuestion({
      question: 'revenue last 4 weeks vs past 4 weeks',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({ kind: 'reply' });
  });

  test('"the 30 days before Black Friday" is the 30 days ending the day before it', () => {
    expect(span('revenue in the 30 days before black friday', '2026-03-15')).toEqual({
      from: '2025-10-29',
      to: '2025-11-28',
    });
  });

  test('"which week of 2026" is a week among the year\'s, "the week of March 2" that one week', () => {
    expect(plan('Which week of 2026 so far had the highest revenue?', '2026-03-15')).toMatchObject({
      grain: 'week',
      limit: 1,
    });
    expect(span('revenue the week of march 2', '2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-09' });
  });
});

describe('today, however it is typed, and set against yesterday', () => {
  test('"hw many orders tday" and "sales 2day vs yday" ask whether yesterday is meant', () => {
    const asked = (question: string) =>
      parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });
    expect(asked('hw many orders tday')).toMatchObject({
      kind: 'clarify',
      options: [{ label: 'Yesterday', question: 'how many orders yesterday' }],
    });
    expect(asked('sales 2day vs yday')).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'sales yesterday vs the day before' }],
    });
    expect(asked('sales yesterday vs the day before')).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'last', unit: 'day' }, comparison: { kind: 'previous_period' } },
    });
  });
});

describe('the week of a named day', () => {
  test('"thanksgiving week" is the Monday-to-Sunday week holding it ("christmas week", on any weekday, is asked)', () => {
    expect(span('orders thanksgiving week', '2026-03-15')).toEqual({ from: '2025-11-24', to: '2025-12-01' });
    expect(
      parseQuestion({
        question: 'revenue during christmas week',
        history: [],
        today: '2026-03-15',
        layer: DEMO_SEMANTIC_LAYER,
      }),
    ).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'revenue from December 22, 2025 to December 28, 2025' }, {}, {}],
    });
  });
});

describe('"of the year", "of the month", "the rest of the year"', () => {
  const asked = (question: string) =>
    parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });

  test('a ranking "of the year" or "of the month" is within this one; "day of the week" stays the day of the week', () => {
    expect(asked('which month of the year has the most orders')).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', limit: 1, timeRange: { kind: 'relative', anchor: 'this', unit: 'year' } },
    });
    expect(asked('biggest order of the week')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['order_id'], timeRange: { kind: 'relative', anchor: 'this', unit: 'week' } },
    });
    expect(asked('best day of the week for sales')).toMatchObject({
      kind: 'query',
      plan: { dimensions: ['day_of_week'] },
    });
  });

  test('"revenue for the rest of the year" is the future, declined; "and the rest?" still widens a list', () => {
    expect(asked('revenue for the rest of the year')).toMatchObject({ kind: 'reply' });
  });
});

describe('"the last day of the month"', () => {
  test('is never yesterday: declined, naming "last"', () => {
    const decision = parseQuestion({
      question: 'last day of the month revenue',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({ kind: 'reply', word: 'last' });
  });
});

describe('a period that starts today', () => {
  test('"since march" asked on March 1 is declined: the data runs through yesterday; on March 15 it runs to date', () => {
    const decision = parseQuestion({
      question: 'revenue since march',
      history: [],
      today: '2026-03-01',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({ kind: 'reply', reason: 'unanswerable' });
    if (decision.kind === 'reply') expect(decision.text).toMatch(/starts today, and your data runs through yesterday/);
    expect(span('revenue since march', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
  });
});

describe('the period one unit back, said in another unit than the period', () => {
  test.each([
    ['revenue yesterday vs a week before', { from: '2026-03-07', to: '2026-03-08' }],
    ['revenue yesterday vs a week ago', { from: '2026-03-07', to: '2026-03-08' }],
    ['sales yesterday vs same day last week', { from: '2026-03-07', to: '2026-03-08' }],
    ['orders yesterday vs the same day last year', { from: '2025-03-14', to: '2025-03-15' }],
    ['revenue in january vs a year before', { from: '2025-01-01', to: '2025-02-01' }],
    ['revenue last week vs a month before', { from: '2026-02-02', to: '2026-02-09' }],
  ])('"%s" on 2026-03-15 is compared with %o (was the period just before)', (question, expected) => {
    expect(compared(question, '2026-03-15')).toEqual(expected);
  });

  test('"revenue last week vs the week before" is still the week just before', () => {
    expect(compared('revenue last week vs the week before', '2026-03-15')).toEqual({
      from: '2026-02-23',
      to: '2026-03-02',
    });
  });
});

describe('days of the week and of the month, said without a date', () => {
  test.each([
    ['revenue this monday', '2026-03-15', { from: '2026-03-09', to: '2026-03-10' }],
    ['revenue this monday', '2026-03-11', { from: '2026-03-09', to: '2026-03-10' }],
    ['revenue on the weekend of march 7', '2026-03-15', { from: '2026-03-07', to: '2026-03-09' }],
    ['orders the weekend of march 8', '2026-03-15', { from: '2026-03-07', to: '2026-03-09' }],
    ['orders from the 1st to the 10th', '2026-03-15', { from: '2026-03-01', to: '2026-03-11' }],
    ['revenue the 20th to the 25th', '2026-03-15', { from: '2026-02-20', to: '2026-02-26' }],
    ['revenue in the last full week', '2026-03-15', { from: '2026-03-02', to: '2026-03-09' }],
  ])('"%s" on %s is %o', (question, today, expected) => {
    expect(span(question, today)).toEqual(expected);
  });

  test('"revenue this monday" is one day, not every Monday', () => {
    expect(plan('revenue this monday', '2026-03-15').filters).toEqual([]);
  });

  test('"revenue last tuesday" asks which Tuesday, offering both by their dates', () => {
    const decision = parseQuestion({
      question: 'orders since last tuesday',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({
      kind: 'clarify',
      text: 'Which Tuesday do you mean?',
      options: [
        { label: 'Tuesday, March 10, 2026', question: 'orders since March 10, 2026' },
        { label: 'Tuesday, March 3, 2026', question: 'orders since March 3, 2026' },
      ],
    });
    if (decision.kind !== 'clarify') return;
    for (const option of decision.options)
      expect(plan(option.question, '2026-03-15').timeRange).toMatchObject({ kind: 'absolute' });
  });
});

describe('"since last month", "on the 1st", "the last 2 weekends"', () => {
  test.each([
    ['revenue since last month', { from: '2026-02-01', to: '2026-03-15' }],
    ['revenue since the beginning of last month', { from: '2026-02-01', to: '2026-03-15' }],
    ['orders from last week', { from: '2026-03-02', to: '2026-03-09' }],
    ['how much did we make on the 1st', { from: '2026-03-01', to: '2026-03-02' }],
    ['revenue on the 20th', { from: '2026-02-20', to: '2026-02-21' }],
  ])('"%s" on 2026-03-15 is %o', (question, expected) => {
    expect(span(question, '2026-03-15')).toEqual(expected);
  });

  test('"revenue last 2 weekends" is the weekend days of the last two weeks', () => {
    expect(plan('revenue last 2 weekends', '2026-03-15')).toMatchObject({
      filters: [{ dimension: 'day_of_week', values: ['6', '7'] }],
      timeRange: { kind: 'relative', anchor: 'last', unit: 'week', count: 2 },
    });
  });
});

describe('"the past year"', () => {
  test('is asked: the last 12 months, or last year, never one of them guessed', () => {
    const decision = parseQuestion({
      question: 'revenue in the past year',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(decision).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'revenue in the last 12 months' }, { question: 'revenue last year' }],
    });
    // "Last year" alone is the calendar year.
    expect(span('revenue last year', '2026-03-15')).toEqual({ from: '2025-01-01', to: '2026-01-01' });
  });
});
