import { z } from 'zod';

/**
 * A query plan: what a question becomes. The offline analyst parses English into it, an LLM produces it
 * through structured output, and the compiler turns it into SQL. Metric and dimension names refer to the
 * semantic layer.
 *
 * Result shape the compiler produces for a plan (what interpretation and charts read):
 * - `period` (a date, the start of each grain bucket) when `grain` is set, first;
 * - one column per dimension, named after it, each followed by the dimension's detail columns
 *   (`post_caption`…);
 * - one column per metric, named after it; with a period comparison, each metric `m` is followed by
 *   `m_previous`, its value over the comparison period (always the earlier one).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const timeUnitModel = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/**
 * A range relative to "today". `last` N: the N complete units before the current one ("yesterday" is last 1
 * day, "last 30 days" ends yesterday, "last month" is the previous calendar month). `this`: the current
 * unit up to and including today ("today", "this week", "year to date"). Weeks start on Monday.
 */
export const relativeRangeModel = z.object({
  kind: z.literal('relative'),
  unit: timeUnitModel,
  anchor: z.enum(['last', 'this']),
  count: z.number().int().positive().max(1000).default(1),
});

/** A range between dates: `from` inclusive, `to` exclusive; an open end means "from the start" / "to today". */
export const absoluteRangeModel = z.object({
  kind: z.literal('absolute'),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  /**
   * Dates ahead of today ("next week", "the next 30 days", "upcoming"), asked of rows dated ahead (events,
   * bookings): whole, never cut at today as a period still running is.
   */
  ahead: z.literal(true).optional(),
});

export const timeRangeModel = z.discriminatedUnion('kind', [
  relativeRangeModel,
  absoluteRangeModel,
  /**
   * Everything up to today; or, when the figure's rows run on past today (events, bookings: rows scheduled ahead),
   * through `through`, the last day they hold, so "all time" leaves none of them out and its dates say so.
   */
  z.object({ kind: z.literal('all'), through: isoDate.optional() }),
]);

export const filterModel = z.object({
  dimension: z.string(),
  /**
   * `mentions`: the rows whose text (the dimension's `textDetail`, a post's caption) contains any of the values,
   * any case ("posts that mention the Soft Beanie").
   */
  operator: z.enum(['eq', 'neq', 'in', 'mentions']),
  values: z.array(z.string()).min(1),
  /** How the values read, when the layer has no label for them (a product's title for its id). */
  labels: z.array(z.string()).optional(),
});

/**
 * A condition on the rows a plan counts: only the rows of `dimension` (an entity: orders, products, posts)
 * whose value of `metric`, computed for that one row, passes ("orders over $250", "posts with over 50k reach",
 * "baskets of three or more items").
 */
export const rowConditionModel = z.object({
  dimension: z.string(),
  metric: z.string(),
  operator: z.enum(['gt', 'gte', 'lt', 'lte']),
  value: z.number(),
});

/**
 * A share of a total: each metric also as a fraction of its total. `dimension` set: the plan's filter on that
 * dimension is the part and the metric without it the whole ("share of revenue from the Instagram Shop");
 * `conditions` true: the plan's row conditions are the part and the metric without them the whole ("% of orders
 * with a discount", "share of revenue from orders over $100"); otherwise null: each row of the breakdown is a
 * part of the sum of all rows ("% of revenue by country").
 */
export const shareModel = z.object({
  dimension: z.string().nullable(),
  conditions: z.boolean().optional(),
  /**
   * Another metric of the same table and time that is the whole, the plan's one metric its part: that metric over
   * fewer of the same rows ("what percent of Q4 revenue was attributed to posts": attributed revenue over revenue).
   * Absent: the whole is the plan's own metric.
   */
  of: z.string().optional(),
});

export const comparisonModel = z.discriminatedUnion('kind', [
  /** The same length of time just before the plan's range (last month → the month before). */
  z.object({ kind: z.literal('previous_period') }),
  /** An explicit earlier period ("March vs June": the plan's range is June, this is March). */
  z.object({ kind: z.literal('period'), timeRange: timeRangeModel }),
  /** Two values of one dimension side by side ("Instagram vs TikTok"): grouped by it, filtered to them. */
  z.object({ kind: z.literal('values'), dimension: z.string(), values: z.array(z.string()).length(2) }),
]);

export const queryPlanModel = z.object({
  kind: z.literal('query'),
  metrics: z.array(z.string()).min(1).max(4),
  dimensions: z.array(z.string()).max(2).default([]),
  filters: z.array(filterModel).default([]),
  timeRange: timeRangeModel.default({ kind: 'all' }),
  /** A time series: one row per bucket of this size. */
  grain: timeUnitModel.nullable().default(null),
  /** `by` is a metric, a dimension or `period`. */
  sort: z
    .object({ by: z.string(), direction: z.enum(['asc', 'desc']) })
    .nullable()
    .default(null),
  limit: z.number().int().positive().max(1000).nullable().default(null),
  /** Rows of the ranking passed over before `limit`: "the second one" after a ranking is limit 1, offset 1. */
  offset: z.number().int().positive().max(999).optional(),
  comparison: comparisonModel.nullable().default(null),
  /** Absent: no condition on rows. */
  conditions: z.array(rowConditionModel).max(4).optional(),
  /** Absent or null: no share. */
  share: shareModel.nullable().optional(),
  /**
   * Dimensions every value of which the plan takes though it names none: a list of rows ("list Logan's
   * appointments") shows every one of them, of any status, so a metric's own filter on such a dimension gives way as
   * if its values were named (the figure beside each row is said by its unfiltered label). Absent: none.
   */
  everyValue: z.array(z.string()).max(2).optional(),
  /**
   * An average per unit of time ("average daily revenue last month"): each metric's total over the period
   * divided by the days (weeks, months) of data the period holds. Absent or null: totals.
   */
  per: z.enum(['day', 'week', 'month']).nullable().optional(),
  /**
   * An average per row of a thing of the metrics' own table ("the average invoice": the amount billed per
   * invoice): each metric's total divided by the number of distinct rows of this dimension, in every group.
   * Absent or null: totals.
   */
  perRow: z.string().nullable().optional(),
  /**
   * Only the rows of the people of `table` who joined in this period ("billed to subscribers who joined in May"):
   * the period is when they were created, while the plan's own period dates the figure's rows. Absent or null:
   * whoever they are.
   */
  joined: z
    .object({
      table: z.string(),
      timeRange: timeRangeModel,
      /** True: rows made then ("the post from Feb 3": posts posted that day), not people who joined. */
      made: z.boolean().optional(),
    })
    .nullable()
    .optional(),
});

export const unanswerablePlanModel = z.object({
  kind: z.literal('unanswerable'),
  reason: z.string(),
});

export const planModel = z.discriminatedUnion('kind', [queryPlanModel, unanswerablePlanModel]);

export type TimeUnit = z.infer<typeof timeUnitModel>;
export type TimeRange = z.infer<typeof timeRangeModel>;
export type Filter = z.infer<typeof filterModel>;
export type Comparison = z.infer<typeof comparisonModel>;
export type RowCondition = z.infer<typeof rowConditionModel>;
export type QueryPlan = z.infer<typeof queryPlanModel>;
export type Plan = z.infer<typeof planModel>;

/** A resolved range: `from` inclusive (null: since the beginning), `to` exclusive; dates as YYYY-MM-DD. */
export interface DateSpan {
  readonly from: string | null;
  readonly to: string;
}

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${day}`);
  return date;
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** Adds calendar months, clamping the day of month (Mar 31 − 1 month = Feb 28). */
export function addMonths(day: string, months: number): string {
  const date = toDate(day);
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDay(first);
}

/** Days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** The first day of the unit containing `day` (weeks start on Monday). */
export function startOfUnit(day: string, unit: TimeUnit): string {
  const date = toDate(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return addDays(day, -((date.getUTCDay() + 6) % 7));
    case 'month':
      return toDay(new Date(Date.UTC(year, month, 1)));
    case 'quarter':
      return toDay(new Date(Date.UTC(year, month - (month % 3), 1)));
    case 'year':
      return toDay(new Date(Date.UTC(year, 0, 1)));
  }
}

/** Moves a date by N units (weeks are 7 days, quarters 3 months). */
export function shiftDate(day: string, unit: TimeUnit, count: number): string {
  switch (unit) {
    case 'day':
      return addDays(day, count);
    case 'week':
      return addDays(day, 7 * count);
    case 'month':
      return addMonths(day, count);
    case 'quarter':
      return addMonths(day, 3 * count);
    case 'year':
      return addMonths(day, 12 * count);
  }
}

/**
 * The span each figure of a plan counts, for its label: all time only when the figure is one total over all of it
 * ("Customers"); by month, each figure is one month's ("New customers" that month).
 */
export function labelSpan(plan: Pick<QueryPlan, 'timeRange' | 'grain'>): { readonly kind: string } {
  return plan.grain === null ? plan.timeRange : { kind: 'period' };
}

/**
 * The dates a range covers, given the asking user's today (YYYY-MM-DD). The data runs through yesterday, so a
 * range still running ("this month", "since March", all time) ends there: its figures are the days its sentence
 * names, never part of today as well. Only "today" itself ends tomorrow (it has no whole day yet; see notStartedYet).
 */
export function resolveTimeRange(range: TimeRange, today: string): DateSpan {
  switch (range.kind) {
    case 'all':
      return {
        from: null,
        to: range.through !== undefined && range.through >= today ? addDays(range.through, 1) : today,
      };
    case 'absolute':
      return { from: range.from, to: range.to ?? today };
    case 'relative': {
      const current = startOfUnit(today, range.unit);
      if (range.anchor === 'this') return { from: current, to: range.unit === 'day' ? addDays(today, 1) : today };
      return { from: shiftDate(current, range.unit, -range.count), to: current };
    }
  }
}

/**
 * The period a plan is compared with: the same stretch just before its range. A calendar range moves back by
 * its own units (last month → the month before; this month to date → the same days of last month, through
 * the day before today's date, as the current month's data is), any other range by its length in days.
 * Null when the range has no start (all time).
 */
export function previousSpan(range: TimeRange, today: string): DateSpan | null {
  const span = resolveTimeRange(range, today);
  if (span.from === null) return null;
  if (range.kind === 'relative' && range.anchor === 'this' && range.unit !== 'day') {
    // The current unit so far has data through yesterday: compare with the same days of the previous unit
    // (Jan 1 – Mar 14 this year against Jan 1 – Mar 14 last year), never with a day more.
    const from = shiftDate(span.from, range.unit, -1);
    const through = addDays(shiftDate(addDays(today, -1), range.unit, -1), 1);
    return { from, to: through > from ? through : from };
  }
  if (range.kind === 'relative' && range.unit !== 'day') {
    return { from: shiftDate(span.from, range.unit, -range.count), to: shiftDate(span.to, range.unit, -range.count) };
  }
  // Whole calendar months ("December 2025", "Q4", "2025"): the same number of months before, never days
  // (the period before February is January, not January 4–31).
  const months = wholeMonthsBetween(span.from, span.to);
  if (months !== null) return { from: addMonths(span.from, -months), to: span.from };
  const length = daysBetween(span.from, span.to);
  return { from: addDays(span.from, -length), to: span.from };
}

/** How many calendar months [from, to) covers when both are firsts of a month; else null. */
function wholeMonthsBetween(from: string, to: string): number | null {
  if (!from.endsWith('-01') || !to.endsWith('-01')) return null;
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  return months > 0 && addMonths(from, months) === to ? months : null;
}

/** The span a comparison covers, or null when the plan has no period comparison (or it cannot be computed). */
export function comparisonSpan(plan: QueryPlan, today: string): DateSpan | null {
  if (plan.comparison?.kind === 'previous_period') return previousSpan(plan.timeRange, today);
  if (plan.comparison?.kind === 'period') return resolveTimeRange(plan.comparison.timeRange, today);
  return null;
}

/**
 * "Revenue in the last 10 days vs February": the days each side of a period comparison covers (the current one up to
 * today, as the data runs through yesterday), when one is at least half as long again as the other, so their totals
 * are no like-for-like; a span that starts before `dataStart` counts its days from there. Null for equal-ish spans (a
 * month against a month), or when a span is open.
 */
export function unequalSpans(
  plan: QueryPlan,
  today: string,
  dataStart: string | null = null,
): { readonly now: number; readonly then: number } | null {
  const compared = comparisonSpan(plan, today);
  const main = resolveTimeRange(plan.timeRange, today);
  if (compared === null || compared.from === null || main.from === null) return null;
  // (A span that starts before the data holds only its days from then.)
  const from = (day: string) => (dataStart !== null && day < dataStart ? dataStart : day);
  const to = (day: string) => (day > today ? today : day);
  const now = daysBetween(from(main.from), to(main.to));
  const then = daysBetween(from(compared.from), to(compared.to));
  if (now <= 0 || then <= 0) return null;
  return Math.max(now, then) / Math.min(now, then) >= 1.5 ? { now, then } : null;
}

/**
 * "Weekends vs weekdays": how many days of each part of the week the plan's period holds, from the first day of the
 * data (when the period starts earlier, or is all time) through yesterday. Their totals alone are no like-for-like
 * (five days against two). Null when the period's start is not known.
 */
export function daysInPartsOfWeek(
  plan: QueryPlan,
  today: string,
  dataStart: string | null = null,
): { readonly weekdays: number; readonly weekends: number } | null {
  const main = resolveTimeRange(plan.timeRange, today);
  const from = main.from === null || (dataStart !== null && main.from < dataStart) ? dataStart : main.from;
  if (from === null) return null;
  const to = main.to > today ? today : main.to;
  let weekends = 0;
  const days = Math.max(0, daysBetween(from, to));
  for (let day = 0; day < days; day += 1) {
    const weekday = toDate(addDays(from, day)).getUTCDay();
    if (weekday === 0 || weekday === 6) weekends += 1;
  }
  return { weekdays: days - weekends, weekends };
}

/**
 * "This month so far vs all of last month": the same days of the earlier whole unit, shown beside it as its pace
 * (a unit still running against a whole one is no like-for-like). Null for any other comparison.
 */
export function paceSpan(plan: QueryPlan, today: string): DateSpan | null {
  const range = plan.timeRange;
  if (plan.comparison?.kind !== 'period' || range.kind !== 'relative' || range.anchor !== 'this') return null;
  if (range.unit === 'day' || range.count !== 1) return null;
  const unit = range.unit;
  const compared = resolveTimeRange(plan.comparison.timeRange, today);
  // ("This month so far vs january", "q1 so far vs q1 last year": any earlier whole unit of the same kind.)
  const start = startOfUnit(today, unit);
  for (let back = 1; back <= 40; back += 1) {
    const from = shiftDate(start, unit, -back);
    if (compared.from !== from || compared.to !== shiftDate(from, unit, 1)) continue;
    const to = addDays(shiftDate(addDays(today, -1), unit, -back), 1);
    return to >= compared.to || to <= from ? null : { from, to };
  }
  return null;
}

/** The part of a span the data holds: from where the data begins, when that is later than the span's start. */
export function dataSpan(span: DateSpan, dataStart: string | null | undefined): DateSpan {
  if (!dataStart || span.from === null || dataStart <= span.from || dataStart >= span.to) return span;
  return { from: dataStart, to: span.to };
}

/** Days in a week or a month, for an average per unit of time. */
const DAYS_PER: Record<'day' | 'week', number> = { day: 1, week: 7 };

/**
 * How many days (weeks, months) of data a span holds: from its first day up to its end or the asker's today,
 * whichever comes first (data runs through yesterday). Null for a span with no start (all time).
 */
export function unitsOfData(span: DateSpan, today: string, per: 'day' | 'week' | 'month'): number | null {
  if (span.from === null) return null;
  const end = span.to > today ? today : span.to;
  const days = daysBetween(span.from, end);
  if (days <= 0) return null;
  if (per !== 'month') return days / DAYS_PER[per];
  // Months by the calendar ("average monthly revenue last year" is the year's total over 12), a part month as
  // its share of that month's days.
  let months = 0;
  let cursor = span.from;
  while (addMonths(cursor, 1) <= end) {
    months += 1;
    cursor = addMonths(cursor, 1);
  }
  return months + daysBetween(cursor, end) / daysBetween(cursor, addMonths(cursor, 1));
}

/**
 * A named period still running ("March" on Mar 15, "Q1 2026", "the spring"): this month (quarter, year) so far
 * when it is exactly the current one, else from its start on; never a whole period the data has not reached,
 * said as if it were over.
 */
export function stillRunning(range: TimeRange, today: string): TimeRange {
  if (range.kind !== 'absolute' || range.from === null || range.to === null || range.ahead === true) return range;
  // A range that includes today is not over: the data runs through yesterday.
  if (range.to <= today || range.from > today) return range;
  const unit = wholeUnit(range);
  if (unit !== null && unit !== 'day' && range.from === startOfUnit(today, unit))
    return { kind: 'relative', anchor: 'this', unit, count: 1 };
  return { kind: 'absolute', from: range.from, to: null };
}

/** The calendar unit an absolute range covers exactly (a day, week, month, quarter or year), or null. */
export function wholeUnit(range: TimeRange): TimeUnit | null {
  if (range.kind !== 'absolute' || range.from === null || range.to === null) return null;
  const { from, to } = range;
  const units = ['year', 'quarter', 'month', 'week', 'day'] as const;
  return units.find((unit) => startOfUnit(from, unit) === from && shiftDate(from, unit, 1) === to) ?? null;
}

/** "mentioning "Soft Beanie" or "giveaway"": the words of a `mentions` filter, as every sentence says them. */
export function mentioning(values: readonly string[]): string {
  return `mentioning ${values.map((value) => `"${value}"`).join(' or ')}`;
}

/**
 * "The latest invoice": the plan's one thing ordered by a detail of its own (its time, see timeDetailOf), not by
 * a figure, a breakdown or the period.
 */
export function sortedByOwnTime(plan: QueryPlan): boolean {
  const by = plan.sort?.by;
  return (
    by !== undefined &&
    by !== 'period' &&
    !plan.metrics.includes(by) &&
    !plan.dimensions.includes(by) &&
    plan.dimensions.length >= 1
  );
}
