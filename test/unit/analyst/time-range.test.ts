import { describe, expect, it } from 'vitest';
import { scanFiscal, weekRangeFor } from '../../../src/analyst/offline/calendar.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { previousSpan, resolveTimeRange, type TimeRange } from '../../../src/analyst/plan.js';
import { scanTime } from '../../../src/analyst/offline/time-expressions.js';

/** A Wednesday in the middle of a quarter's second month. */
const TODAY = '2026-05-13';

const last = (unit: 'day' | 'week' | 'month' | 'quarter' | 'year', count = 1): TimeRange => ({
  kind: 'relative',
  anchor: 'last',
  unit,
  count,
});
const current = (unit: 'day' | 'week' | 'month' | 'quarter' | 'year'): TimeRange => ({
  kind: 'relative',
  anchor: 'this',
  unit,
  count: 1,
});

describe('resolveTimeRange', () => {
  it.each([
    ['today', current('day'), '2026-05-13', '2026-05-14'],
    ['yesterday', last('day'), '2026-05-12', '2026-05-13'],
    ['last 30 days ends yesterday', last('day', 30), '2026-04-13', '2026-05-13'],
    ['this week starts on Monday', current('week'), '2026-05-11', '2026-05-13'],
    ['last week is Monday to Sunday', last('week'), '2026-05-04', '2026-05-11'],
    ['last 2 weeks', last('week', 2), '2026-04-27', '2026-05-11'],
    ['this month to date', current('month'), '2026-05-01', '2026-05-13'],
    ['last month is the previous calendar month', last('month'), '2026-04-01', '2026-05-01'],
    ['last 3 months are complete months', last('month', 3), '2026-02-01', '2026-05-01'],
    ['this quarter', current('quarter'), '2026-04-01', '2026-05-13'],
    ['last quarter', last('quarter'), '2026-01-01', '2026-04-01'],
    ['year to date', current('year'), '2026-01-01', '2026-05-13'],
    ['last year', last('year'), '2025-01-01', '2026-01-01'],
  ] as const)('%s', (_name, range, from, to) => {
    expect(resolveTimeRange(range, TODAY)).toEqual({ from, to });
  });

  it('resolves weeks from a Sunday to the Monday before', () => {
    expect(resolveTimeRange(current('week'), '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });

  it('resolves last month across a year boundary', () => {
    expect(resolveTimeRange(last('month'), '2026-01-10')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
  });

  it('keeps absolute ranges and ends open ones with yesterday (the last day of data); all time has no start', () => {
    expect(resolveTimeRange({ kind: 'absolute', from: '2025-03-01', to: '2025-04-01' }, TODAY)).toEqual({
      from: '2025-03-01',
      to: '2025-04-01',
    });
    expect(resolveTimeRange({ kind: 'absolute', from: '2026-01-01', to: null }, TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-05-13',
    });
    expect(resolveTimeRange({ kind: 'all' }, TODAY)).toEqual({ from: null, to: '2026-05-13' });
  });
});

describe('previousSpan', () => {
  it('moves calendar ranges back by their own units, clamping month ends', () => {
    expect(previousSpan(last('month'), TODAY)).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    // The month so far has data through yesterday: the same days of last month, not one more.
    expect(previousSpan(current('month'), TODAY)).toEqual({ from: '2026-04-01', to: '2026-04-13' });
    expect(previousSpan(last('quarter'), TODAY)).toEqual({ from: '2025-10-01', to: '2026-01-01' });
    expect(previousSpan(current('month'), '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(previousSpan(current('month'), '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-15' });
  });

  it('moves day ranges and absolute ranges back by their length', () => {
    expect(previousSpan(last('day', 30), TODAY)).toEqual({ from: '2026-03-14', to: '2026-04-13' });
    expect(previousSpan({ kind: 'absolute', from: '2026-02-01', to: '2026-02-08' }, TODAY)).toEqual({
      from: '2026-01-25',
      to: '2026-02-01',
    });
    expect(previousSpan({ kind: 'all' }, TODAY)).toBeNull();
  });
});

describe('time expressions in questions', () => {
  const ranges = (text: string) =>
    scanTime(text, TODAY).mentions.map((mention) =>
      mention.kind === 'range' ? resolveTimeRange(mention.range, TODAY) : mention.kind,
    );

  it.each([
    ['sales in the past two weeks', [{ from: '2026-04-27', to: '2026-05-11' }]],
    ['orders in march', [{ from: '2026-03-01', to: '2026-04-01' }]],
    ['orders in june', [{ from: '2025-06-01', to: '2025-07-01' }]],
    ['likes between 2025-12-24 and 2026-01-02', [{ from: '2025-12-24', to: '2026-01-03' }]],
    ['revenue from 1 february to march 15', [{ from: '2026-02-01', to: '2026-03-16' }]],
    ['posts since april 3rd', [{ from: '2026-04-03', to: '2026-05-13' }]],
    ['revenue before 2026', [{ from: null, to: '2026-01-01' }]],
    ['revenue in the second quarter of 2025', [{ from: '2025-04-01', to: '2025-07-01' }]],
    ['reach on 3/7/2026', [{ from: '2026-03-07', to: '2026-03-08' }]],
    ['mtd revenue', [{ from: '2026-05-01', to: '2026-05-13' }]],
    ['revenue last month compared to the prior period', [{ from: '2026-04-01', to: '2026-05-01' }, 'previous']],
    ['revenue next quarter', ['future']],
    ['revenue the day before yesterday', [{ from: '2026-05-11', to: '2026-05-12' }]],
    ['revenue for the first two weeks of january 2026', [{ from: '2026-01-01', to: '2026-01-15' }]],
    ['orders in the last 10 days of march', [{ from: '2026-03-22', to: '2026-04-01' }]],
    ['orders the first week of april', [{ from: '2026-04-01', to: '2026-04-08' }]],
    ['sales on halloween', [{ from: '2025-10-31', to: '2025-11-01' }]],
    ['revenue on mother day 2025', [{ from: '2025-05-11', to: '2025-05-12' }]],
    ['revenue on thanksgiving', [{ from: '2025-11-27', to: '2025-11-28' }]],
    ['orders over bfcm', [{ from: '2025-11-28', to: '2025-12-02' }]],
    ['orders during cyber week 2024', [{ from: '2024-11-29', to: '2024-12-06' }]],
    ['revenue on easter monday', [{ from: '2026-04-06', to: '2026-04-07' }]],
    ['revenue on memorial day 2025', [{ from: '2025-05-26', to: '2025-05-27' }]],
    ['sales last weekend', [{ from: '2026-05-09', to: '2026-05-11' }]],
    ['orders over the weekend', [{ from: '2026-05-09', to: '2026-05-11' }]],
    ['revenue over the last couple weeks', [{ from: '2026-04-27', to: '2026-05-11' }]],
    ['revenue from 1 to 10 february 2026', [{ from: '2026-02-01', to: '2026-02-11' }]],
    ['revenue feb 1-10', [{ from: '2026-02-01', to: '2026-02-11' }]],
    ['revenue 1st to 10th feb', [{ from: '2026-02-01', to: '2026-02-11' }]],
    ['orders march to april', [{ from: '2026-03-01', to: '2026-05-01' }]],
    ['orders march through may 2025', [{ from: '2025-03-01', to: '2025-06-01' }]],
    ['sales in the spring', [{ from: '2026-03-01', to: '2026-06-01' }]],
    ['sales last winter', [{ from: '2025-12-01', to: '2026-03-01' }]],
    ['sales summer 2025', [{ from: '2025-06-01', to: '2025-09-01' }]],
    ['did revenue fall in april', [{ from: '2026-04-01', to: '2026-05-01' }]],
    ['orders the week before last', [{ from: '2026-04-27', to: '2026-05-04' }]],
    ['revenue the month before last', [{ from: '2026-03-01', to: '2026-04-01' }]],
    [
      'how did january compare to february',
      [
        { from: '2026-01-01', to: '2026-02-01' },
        { from: '2026-02-01', to: '2026-03-01' },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it('does not read "may" as a month when it is a verb', () => {
    expect(scanTime('may i see revenue', TODAY).mentions).toEqual([]);
  });
});

describe('the layer calendar', () => {
  it('turns week ranges into Sunday-to-Saturday dates when the layer says weeks start on Sunday', () => {
    const sunday = { ...DEMO_SEMANTIC_LAYER, weekStart: 'sunday' as const };
    expect(weekRangeFor({ kind: 'relative', anchor: 'last', unit: 'week', count: 2 }, '2026-03-14', sunday)).toEqual({
      kind: 'absolute',
      from: '2026-02-22',
      to: '2026-03-08',
    });
    expect(weekRangeFor({ kind: 'relative', anchor: 'last', unit: 'month', count: 1 }, '2026-03-14', sunday)).toEqual({
      kind: 'relative',
      anchor: 'last',
      unit: 'month',
      count: 1,
    });
    expect(
      weekRangeFor({ kind: 'relative', anchor: 'last', unit: 'week', count: 1 }, '2026-03-14', DEMO_SEMANTIC_LAYER),
    ).toEqual({ kind: 'relative', anchor: 'last', unit: 'week', count: 1 });
  });

  it('reads fiscal periods from the fiscal year start, and knows none without it', () => {
    const july = { ...DEMO_SEMANTIC_LAYER, fiscalYearStart: 7 };
    expect(scanFiscal('revenue in the fiscal fourth quarter of 2025', '2026-03-14', july).range).toEqual({
      kind: 'absolute',
      from: '2025-04-01',
      to: '2025-07-01',
    });
    expect(scanFiscal('revenue last fiscal year', '2026-03-14', july).range).toEqual({
      kind: 'absolute',
      from: '2024-07-01',
      to: '2025-07-01',
    });
    expect(scanFiscal('revenue last fiscal year', '2026-03-14', DEMO_SEMANTIC_LAYER)).toMatchObject({
      range: null,
      unknown: 'last fiscal year',
      calendar: 'revenue last year',
    });
    expect(scanFiscal('revenue last quarter', '2026-03-14', july)).toMatchObject({ range: null, unknown: null });
  });
});
