import type { PlanDecision } from '../analyst.js';
import {
  stillRunning,
  wholeUnit,
  previousSpan,
  shiftDate,
  startOfUnit,
  resolveTimeRange,
  daysBetween,
  addMonths,
  addDays,
  type DateSpan,
  type Filter,
  type RowCondition,
  type QueryPlan,
  type TimeRange,
  type TimeUnit,
} from '../plan.js';
import {
  alwaysCounts,
  countsRowsOf,
  normalizeSql,
  rowNoun,
  timeDetailOf,
  type Dimension,
  type LayerIndex,
  type SemanticLayer,
} from '../semantic-layer.js';
import { checkPlan } from '../compiler.js';
import { namedDimensions } from '../plan-labels.js';
import { partOfMetric } from '../row-conditions.js';
import { MONTH_NAMES as LONG_MONTH_NAMES } from '../describe-plan.js';
import { MONTH_NAMES } from './calendar.js';
import { entityOfTable } from '../layer-words.js';
import { type Reading } from './interpret.js';
import { pickDimension } from './layer-figures.js';
import { unanswerable } from './replies.js';

/**
 * The parser's third step: a reading made into a query plan, fresh (planFrom) or as a change to the previous
 * question's plan (followUp): its period and comparison, its ranking, its share.
 */

function isPreviousSpan(main: TimeRange, other: TimeRange, today: string): boolean {
  // "This year vs last year": the same span of last year, not all of it (the year so far is not over).
  if (
    main.kind === 'relative' &&
    main.anchor === 'this' &&
    other.kind === 'relative' &&
    other.anchor === 'last' &&
    other.unit === main.unit &&
    other.count === 1
  ) {
    return main.unit !== 'day';
  }
  const previous = previousSpan(main, today);
  const span = resolveTimeRange(other, today);
  return previous !== null && previous.from === span.from && previous.to === span.to;
}

/**
 * The same days of an earlier whole unit as a unit still running has had ("Q1 2025" against this quarter so
 * far: Jan 1 – Mar 14, 2025); 'previous' when that unit is the one just before; null when it does not apply.
 */
function sameDaysOf(main: TimeRange, other: TimeRange, today: string): TimeRange | 'previous' | null {
  if (main.kind !== 'relative' || main.anchor !== 'this' || main.unit === 'day') return null;
  if (other.kind !== 'absolute' || other.from === null || wholeUnit(other) !== main.unit) return null;
  const start = startOfUnit(today, main.unit);
  for (let back = 1; back <= 40; back += 1) {
    if (shiftDate(start, main.unit, -back) !== other.from) continue;
    return back === 1 ? 'previous' : { kind: 'absolute', from: other.from, to: shiftDate(today, main.unit, -back) };
  }
  return null;
}

/**
 * "June 2025 vs last year", "the week of Mar 2 vs last month": a period shorter than the unit it is compared with,
 * against the same span one unit earlier (June 2024), never against all of that unit (which may even hold it).
 */
function sameSpanUnitBack(main: TimeRange, other: TimeRange, today: string): TimeRange | null {
  // "Jul–Dec 2025 paid revenue vs 2024": a part of one year against another whole year is that part of it.
  const span = resolveTimeRange(main, today);
  const year = other.kind === 'absolute' && other.from !== null ? Number(other.from.slice(0, 4)) : null;
  if (
    year !== null &&
    other.kind === 'absolute' &&
    other.from === `${year}-01-01` &&
    other.to === `${year + 1}-01-01` &&
    span.from !== null &&
    addDays(span.to, -1).slice(0, 4) === span.from.slice(0, 4) &&
    daysBetween(span.from, span.to) < 365 &&
    Number(span.from.slice(0, 4)) !== year
  ) {
    const years = year - Number(span.from.slice(0, 4));
    return { kind: 'absolute', from: addMonths(span.from, 12 * years), to: addMonths(span.to, 12 * years) };
  }
  // ("Revenue last 30 days vs last year", "this month vs last month >> and vs last year?": the same span a year back.)
  if (main.kind === 'all' || span.from === null) return null;
  if (other.kind !== 'relative' || other.anchor !== 'last' || other.count !== 1 || other.unit === 'day') return null;
  const whole = resolveTimeRange(other, today);
  if (whole.from === null) return null;
  if (daysBetween(span.from, span.to) >= daysBetween(whole.from, whole.to)) return null;
  return { kind: 'absolute', from: shiftDate(span.from, other.unit, -1), to: shiftDate(span.to, other.unit, -1) };
}

function autoGrain(range: TimeRange, today: string): TimeUnit {
  const span = resolveTimeRange(range, today);
  if (span.from === null) return 'month';
  const days = daysBetween(span.from, span.to);
  if (days <= 31) return 'day';
  if (days <= 92) return 'week';
  return 'month';
}

/** Applies the time slots (ranges, comparisons between periods, time series) to a plan under construction. */
function applyTime(plan: QueryPlan, reading: Reading, today: string): QueryPlan | string {
  let next = { ...plan };
  const ranges = reading.ranges.map((range) => stillRunning(range, today));
  if (ranges.length > 2) return 'more than two periods in one question';
  // "Q3 to date": all time only says the other period runs up to today.
  if (ranges.length === 2 && !reading.comparing && ranges.some((range) => range.kind === 'all'))
    ranges.splice(
      ranges.findIndex((range) => range.kind === 'all'),
      1,
    );
  if (ranges.length === 2 && !reading.comparing && !reading.change && !reading.previous) {
    // Two periods without a comparing word: "in 2025 in Q4" means the narrower one, "January and February" both.
    const [a, b] = ranges.map((range) => resolveTimeRange(range, today)) as [DateSpan, DateSpan];
    const within = (inner: DateSpan, outer: DateSpan) =>
      (outer.from === null || (inner.from !== null && inner.from >= outer.from)) && inner.to <= outer.to;
    // "Upcoming appointments in january" on December 1st: the January ahead, a year after the one past.
    const aheadAt = ranges.findIndex((range) => range.kind === 'absolute' && range.ahead === true);
    const named = ranges[1 - aheadAt];
    const nextYear =
      aheadAt >= 0 && named?.kind === 'absolute' && named.from !== null && named.to !== null && named.ahead !== true
        ? ({
            kind: 'absolute',
            from: shiftDate(named.from, 'year', 1),
            to: shiftDate(named.to, 'year', 1),
            ahead: true,
          } as const)
        : null;
    if (within(a, b)) ranges.splice(1, 1);
    else if (within(b, a)) ranges.splice(0, 1);
    else if (nextYear !== null && nextYear.from >= today) ranges.splice(0, 2, nextYear);
    else if (reading.periodsJoined && a.from !== null && b.from !== null && a.to >= b.from && b.to >= a.from) {
      ranges.splice(0, 2, { kind: 'absolute', from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to });
    } else return 'two separate periods at once (say "vs" to compare them)';
  }
  // "Q4 rev vs q4 last yr" in March: both name the latest Q4, and one of them the year before it (a named period
  // set against itself is compared with the year before, never declined as one period).
  const [firstRange, secondRange] = ranges;
  if (
    ranges.length === 2 &&
    firstRange?.kind === 'absolute' &&
    secondRange?.kind === 'absolute' &&
    secondRange.from !== null &&
    secondRange.to !== null &&
    firstRange.from === secondRange.from &&
    firstRange.to === secondRange.to
  )
    ranges.splice(1, 1, {
      kind: 'absolute',
      from: shiftDate(secondRange.from, 'year', -1),
      to: shiftDate(secondRange.to, 'year', -1),
    });
  if (ranges.length === 2) {
    const [a, b] = ranges as [TimeRange, TimeRange];
    const spanA = resolveTimeRange(a, today);
    const spanB = resolveTimeRange(b, today);
    const [main, other] = (spanA.from ?? '') >= (spanB.from ?? '') ? [a, b] : [b, a];
    // "The last 4 weeks vs the last 4 weeks" said two ways: a period compared with itself is no comparison.
    if (spanA.from === spanB.from && spanA.to === spanB.to) return 'a comparison of one period with itself';
    // "March vs February", "Q1 vs Q1 last year" on Mar 15: the period so far against the same days of the
    // earlier one, never a whole period against a part of one.
    // ("This week so far vs all of last week": the earlier period in full, as asked.)
    // ("Cancellations this month so far vs last month": all of last month; a year is compared over the same span.)
    // (Days said outright, "from Apr 1 through Jun 15", are the days compared, whatever else is said.)
    const before = previousSpan(main, today);
    const otherSpan = resolveTimeRange(other, today);
    const daysSaid = before !== null && before.from === otherSpan.from && before.to === otherSpan.to;
    const whole =
      reading.wholeCompared ||
      (reading.soFarCompared &&
        !daysSaid &&
        daysBetween(spanA.from ?? today, spanA.to) < 200 &&
        daysBetween(spanB.from ?? today, spanB.to) < 200);
    const sameDays = whole ? null : sameDaysOf(main, other, today);
    const unitBack = whole ? null : sameSpanUnitBack(main, other, today);
    next = {
      ...next,
      timeRange: main,
      comparison:
        sameDays === 'previous' || (isPreviousSpan(main, other, today) && !whole)
          ? { kind: 'previous_period' }
          : { kind: 'period', timeRange: unitBack ?? sameDays ?? other },
    };
  } else if (ranges.length === 1 && reading.comparedRange !== null) {
    // "vs last month" alone compares the current month (to date) with last month.
    const compared = reading.comparedRange;
    if (compared.kind !== 'relative' || compared.anchor !== 'last')
      return 'a comparison with that period without saying which period to compare';
    const main: TimeRange = { kind: 'relative', anchor: 'this', unit: compared.unit, count: 1 };
    next = {
      ...next,
      timeRange: main,
      comparison: isPreviousSpan(main, compared, today)
        ? { kind: 'previous_period' }
        : { kind: 'period', timeRange: compared },
    };
  } else if (ranges.length === 1) {
    next = { ...next, timeRange: ranges[0] as TimeRange };
    if (next.comparison?.kind === 'period' || next.comparison?.kind === 'previous_period') {
      next.comparison = { kind: 'previous_period' };
    }
  }
  if (reading.yearOverYear) {
    // Year over year: the same dates one year earlier (this year to date by default).
    if (ranges.length === 0) next.timeRange = { kind: 'relative', anchor: 'this', unit: 'year', count: 1 };
    const span = resolveTimeRange(next.timeRange, today);
    if (span.from === null) return 'a year-over-year comparison of all time';
    // A period still running has data through yesterday: the year before ends on the same day, not a day later.
    const end = span.to > today ? today : span.to;
    const compared: TimeRange = { kind: 'absolute', from: addMonths(span.from, -12), to: addMonths(end, -12) };
    next.comparison = isPreviousSpan(next.timeRange, compared, today)
      ? { kind: 'previous_period' }
      : { kind: 'period', timeRange: compared };
  }
  if (reading.previous) {
    if (next.timeRange.kind === 'all')
      return 'a comparison with the period before without the period it comes before (name one, for example "last month vs the month before")';
    next.comparison = { kind: 'previous_period' };
    // "Yesterday vs a week before", "January vs a year before": the same dates one of that unit earlier.
    const span = resolveTimeRange(next.timeRange, today);
    if (reading.previousBy !== null && span.from !== null) {
      const end = span.to > today ? today : span.to;
      const compared: TimeRange = {
        kind: 'absolute',
        from: shiftDate(span.from, reading.previousBy, -1),
        to: shiftDate(end, reading.previousBy, -1),
      };
      if (!isPreviousSpan(next.timeRange, compared, today)) next.comparison = { kind: 'period', timeRange: compared };
    }
    // "Sales last 10 days vs the previous month": a whole unit longer than the days said is that calendar unit, the
    // last one (February), never the 10 days before.
    const range = next.timeRange;
    const named = reading.previousNamed;
    if (
      named !== null &&
      reading.previousBy === null &&
      range.kind === 'relative' &&
      UNIT_ORDER.indexOf(range.unit) < UNIT_ORDER.indexOf(named)
    )
      next.comparison = { kind: 'period', timeRange: { kind: 'relative', anchor: 'last', unit: named, count: 1 } };
  }
  // "Month over month growth in orders in February": one month by month is that month against the one before.
  const oneOfGrain =
    next.grain !== null &&
    (wholeUnit(next.timeRange) === next.grain ||
      (next.timeRange.kind === 'relative' && next.timeRange.count === 1 && next.timeRange.unit === next.grain));
  if (reading.change && oneOfGrain && next.dimensions.length === 0) next.grain = null;
  if (reading.change && !reading.previous && ranges.length < 2 && next.comparison === null && next.grain === null) {
    const range = next.timeRange;
    const single = range.kind === 'relative' && (range.anchor === 'this' || range.count === 1);
    const unit = wholeUnit(range);
    if (single && !reading.overTime) next.comparison = { kind: 'previous_period' };
    // "Did revenue drop in February": a named month (quarter, year) against the one before it.
    else if (unit !== null && range.kind === 'absolute' && range.from !== null && !reading.overTime)
      next.comparison = {
        kind: 'period',
        timeRange: { kind: 'absolute', from: shiftDate(range.from, unit, -1), to: range.from },
      };
    else next.grain = autoGrain(range, today);
  }
  if (reading.overTime && next.grain === null) next.grain = autoGrain(next.timeRange, today);
  if (next.comparison && next.comparison.kind !== 'values' && next.grain !== null) {
    return 'a comparison between periods and a time series at once';
  }
  // "Only tiktok and instagram" >> "vs last year": the values compared before stay the rows, each against its
  // own earlier period (a comparison of periods takes the comparison's place, never the values' filter).
  const values = plan.comparison?.kind === 'values' ? plan.comparison : null;
  if (values !== null && next.comparison !== null && next.comparison.kind !== 'values')
    next = {
      ...next,
      filters: [
        ...next.filters.filter((filter) => filter.dimension !== values.dimension),
        { dimension: values.dimension, operator: 'in', values: values.values },
      ],
      dimensions: next.dimensions.includes(values.dimension) ? next.dimensions : [...next.dimensions, values.dimension],
    };
  return next;
}

const CURRENT_UNIT =
  /\b(?:this (week|month|quarter|year)(?: so far| to date)?|(week|month|quarter|year) to date|([wmqy])td)\b/i;
const TD_UNITS: Record<string, TimeUnit> = { w: 'week', m: 'month', q: 'quarter', y: 'year' };

/**
 * On the first day of a week, month, quarter or year, "this month" has no complete day of data yet (data
 * runs through yesterday): rather than answer "no value", offer the previous one.
 */
export function notStartedYet(
  question: string,
  plan: QueryPlan,
  today: string,
  layer: SemanticLayer,
): PlanDecision | null {
  const range = plan.timeRange;
  if (range.kind !== 'relative' || range.anchor !== 'this') return null;
  // "Sales today", "orders tday", "sales 2day vs yday": the data runs through yesterday, so today has none yet;
  // set against yesterday, yesterday against the day before is offered.
  const todayWord =
    range.unit === 'day' && range.count === 1
      ? /\b(?:so far )?(?:today|tday|tdy|2day)(?: so far)?\b/i.exec(question)
      : null;
  if (todayWord) {
    const before = question.slice(0, todayWord.index);
    const after = question.slice(todayWord.index + todayWord[0].length);
    const against = plan.comparison === null ? after : after.replace(/\b(?:yesterday|yday|ystd)\b/i, 'the day before');
    return {
      kind: 'clarify',
      text: 'Your data runs through yesterday, so there is none for today yet. Did you mean yesterday?',
      word: todayWord[0],
      options: [{ label: 'Yesterday', question: `${before}yesterday${against}` }],
    };
  }
  if (range.unit === 'day') return null;
  if (resolveTimeRange(range, today).from !== today) return null;
  const match = CURRENT_UNIT.exec(question);
  const unit = match
    ? ((match[1] ?? match[2] ?? TD_UNITS[(match[3] ?? '').toLowerCase()]) as TimeUnit | undefined)
    : undefined;
  // "Covers this week vs the same week last year" on the week's first day: nothing of it yet, so nothing to set
  // against the year before (the span compared would run backwards).
  if (plan.comparison !== null && (!match || unit !== range.unit))
    return unanswerable(
      `this ${range.unit} started today, so there is no complete day of it to compare yet (ask about last ${range.unit} instead)`,
      layer,
    );
  if (!match) return namedPeriodNotStarted(question, range.unit, today, layer);
  if (unit !== range.unit) return null;
  // ("This month vs last month" on the 1st: last month against the month before, never last month against itself.)
  const rest = question.slice(match.index + match[0].length);
  const against =
    plan.comparison === null
      ? rest
      : rest.replace(new RegExp(`\\b(?:last|previous|prior) ${unit}\\b`, 'i'), `the ${unit} before`);
  const asked = `${question.slice(0, match.index)}last ${unit}${against}`;
  return {
    kind: 'clarify',
    text: `This ${unit} started today, so there is no complete day of data for it yet (the data runs through yesterday). Did you mean last ${unit}?`,
    word: match[0],
    options: [{ label: `Last ${unit}`, question: asked }],
  };
}

/**
 * "Bookings for December" on December 1st: the month named is the one that started today, with no complete day of
 * data yet. The same month a year before (unless the year was said) or the month before are offered; another
 * period named so (a year on January 1st) is declined, saying why, never answered as nothing over a span that ends
 * before it starts.
 */
function namedPeriodNotStarted(question: string, unit: TimeUnit, today: string, layer: SemanticLayer): PlanDecision {
  const named = new RegExp(`\\b(${MONTH_NAMES})\\b(\\s+\\d{4})?`, 'i').exec(question);
  const year = Number(today.slice(0, 4));
  const month = LONG_MONTH_NAMES[Number(today.slice(5, 7)) - 1] as string;
  if (unit !== 'month' || !named)
    return unanswerable(
      `this ${unit} started today, so there is no complete day of it yet (the data runs through yesterday; ask about last ${unit} instead)`,
      layer,
    );
  const said = (instead: string) =>
    `${question.slice(0, named.index)}${instead}${question.slice(named.index + named[0].length)}`;
  const options = [
    ...(named[2] ? [] : [{ label: `${month} ${year - 1}`, question: said(`${month} ${year - 1}`) }]),
    { label: 'Last month', question: said('last month') },
  ];
  return {
    kind: 'clarify',
    text: `${month} ${year} started today, so there is no complete day of data for it yet (the data runs through yesterday). Did you mean ${options.map((option) => option.label.replace(/^Last/, 'last')).join(', or ')}?`,
    word: named[0],
    options,
  };
}

/**
 * A filter to rows the layer counts against the business: a value one of its lower-is-better rates counts
 * ("orders.status = 'refunded'" in the refund rate), so more of those rows is worse.
 */
function adverseValue(filter: QueryPlan['filters'][number], index: LayerIndex): boolean {
  const dimension = index.dimension(filter.dimension);
  if (!dimension || filter.operator !== 'eq') return false;
  return filter.values.every((value) =>
    index.layer.metrics.some(
      (metric) =>
        !metric.higherIsBetter &&
        metric.expression.includes(`${dimension.expression} = '${value.replaceAll("'", "''")}'`),
    ),
  );
}

/** Applies the ranking slots (direction, how many) to a plan under construction. */
function applyRanking(plan: QueryPlan, reading: Reading, index: LayerIndex): QueryPlan {
  const next = { ...plan };
  const metric = index.metric(plan.metrics[0] as string);
  const subject = plan.dimensions.length > 0 || plan.grain !== null;
  if (reading.sort && subject && metric) {
    let direction = reading.sort;
    // ("Worst country for refunds": the most refunded orders, when the layer's own rate of them is lower-better.)
    const adverse = plan.filters.some((filter) => adverseValue(filter, index));
    if (reading.judged && !metric.higherIsBetter !== adverse) direction = direction === 'desc' ? 'asc' : 'desc';
    next.sort = { by: metric.name, direction };
    if (reading.limit !== null) next.limit = reading.limit;
    else if (reading.singular === true) next.limit = 1;
    else {
      const entity = plan.dimensions.some((name) => (index.dimension(name)?.details.length ?? 0) > 0);
      next.limit = entity ? 10 : null;
    }
  } else if ((reading.limit !== null || reading.rank) && subject && metric) {
    // ("Rank them by units sold" after the bottom 5: still the bottom, by the new figure.)
    next.sort = { by: metric.name, direction: plan.sort && plan.sort.by !== 'period' ? plan.sort.direction : 'desc' };
    next.limit = reading.limit;
  }
  return next;
}

/**
 * "Top 3 posts per platform", "best selling product in each category": the top rows within each group. A plan
 * ranks its rows as a whole, so its top 3 would be the 3 best pairs overall, not 3 for each group: declined,
 * naming how to ask instead.
 */
function perGroupRanking(plan: QueryPlan, index: LayerIndex): string | null {
  // "Best selling product by month", "top plan each month": the top of each month, which one ranking of pairs is not
  // (its top 1 is the one best product-and-month).
  const [ranked] = plan.dimensions;
  if (plan.sort !== null && plan.sort.by !== 'period' && plan.limit !== null && plan.grain !== null && ranked) {
    const entity = index.dimension(ranked);
    const plural = entity?.plural ?? ranked;
    return `the top ${plural} within each ${plan.grain} at once (ask for one ${plan.grain} at a time, or for the ${plural} by ${plan.grain} without a top)`;
  }
  if (plan.sort === null || plan.limit === null || plan.dimensions.length !== 2) return null;
  const dimensions = plan.dimensions.map((name) => index.dimension(name));
  const entity = dimensions.find(
    (dimension) => dimension && dimension.values.length === 0 && dimension.details.length > 0,
  );
  const group = dimensions.find((dimension) => dimension !== entity);
  if (!entity || !group) return null;
  return `the top ${entity.plural} within each ${group.label.toLowerCase()} at once (ask for one ${group.label.toLowerCase()} at a time, or for the ${entity.plural} by ${group.label.toLowerCase()} without a top)`;
}

/**
 * "Over $100 orders vs under $100 orders": conditions on one figure of one kind of row that leave no value
 * between them (each side was asked for alone; together they would answer with nothing).
 */
function contradictory(conditions: readonly RowCondition[]): boolean {
  return conditions.some((low) =>
    conditions.some(
      (high) =>
        low.dimension === high.dimension &&
        low.metric === high.metric &&
        (low.operator === 'gt' || low.operator === 'gte') &&
        (high.operator === 'lt' || high.operator === 'lte') &&
        (low.value > high.value || (low.value === high.value && (low.operator === 'gt' || high.operator === 'lt'))),
    ),
  );
}

/**
 * "Orders of any status", "revenue whatever the status": a figure that counts only some values of a dimension
 * unless that dimension is named (orders count paid ones) counts every value when all of them are asked for,
 * said as a filter on all of them; the usual condition would drop the rows the user just asked to keep.
 */
function everyValue(reading: Reading, plan: QueryPlan, index: LayerIndex): QueryPlan['filters'] {
  const added = reading.removeFilters.flatMap((name) => {
    const dimension = index.dimension(name);
    const overridden = plan.metrics.some((metric) =>
      index.metric(metric)?.filters.some((filter) => filter.overriddenBy === name),
    );
    if (!dimension || !overridden || dimension.values.length === 0) return [];
    if (plan.dimensions.includes(name) || plan.filters.some((filter) => filter.dimension === name)) return [];
    return [{ dimension: name, operator: 'in' as const, values: dimension.values.map((value) => value.value) }];
  });
  return added.length === 0 ? plan.filters : [...plan.filters, ...added];
}

/** Builds a fresh plan from one question's reading. */
export function planFrom(reading: Reading, today: string, index: LayerIndex): QueryPlan | string {
  if (reading.metrics.length === 0) return 'no figure I know is named';
  let plan: QueryPlan = {
    kind: 'query',
    metrics: reading.metrics,
    dimensions: reading.dimensions.slice(0, 2),
    filters: reading.filters,
    timeRange: { kind: 'all' },
    grain: reading.grain,
    sort: null,
    limit: null,
    comparison: reading.valueComparison ? { kind: 'values', ...reading.valueComparison } : null,
  };
  plan.filters = everyValue(reading, plan, index);
  if (reading.dimensions.length > 2) return 'more than two breakdowns at once';
  if (reading.per !== null) plan.per = reading.per;
  if (reading.perRow !== null) plan.perRow = reading.perRow;
  if (reading.joined !== null)
    plan.joined = {
      table: reading.joined.table,
      timeRange: reading.joined.timeRange,
      ...(reading.joined.made === true ? { made: true } : {}),
    };
  if (reading.conditions.length > 0) plan.conditions = reading.conditions;
  if (contradictory(reading.conditions)) return 'two conditions no row can meet at once (ask for one at a time)';
  // "Customers with over 300 customers": a count of the rows themselves is 1 for each, so no amount but 1 picks any.
  const selfCounted = reading.conditions.find((condition) => {
    const metric = index.metric(condition.metric);
    const rows = index.dimension(condition.dimension);
    return metric !== undefined && rows !== undefined && countsRowsOf(metric, rows);
  });
  if (selfCounted)
    return `a condition on ${index.metric(selfCounted.metric)?.label.toLowerCase() ?? selfCounted.metric}, which is 1 for each ${rowNoun(index.dimension(selfCounted.dimension) ?? { label: selfCounted.dimension })}`;
  if (reading.share) {
    const share = shareOf(reading, plan, index);
    if (typeof share === 'string') return share;
    plan.share = share;
    // "Share of billed by plan from Pro": the part is one row of the breakdown, set against all of them (a breakdown
    // by the part's own dimension would leave that row alone, 100% of itself).
    const part = share.dimension;
    if (part !== null) plan.dimensions = plan.dimensions.filter((dimension) => dimension !== part);
    // "What % of everyone who signed up picked pro": each subscriber is one of the subscribers counted, never a
    // breakdown of the share.
    plan.dimensions = plan.dimensions.filter((name) => {
      const dimension = index.dimension(name);
      return !plan.metrics.some((metric) => {
        const counter = index.metric(metric);
        return dimension !== undefined && counter !== undefined && countsRowsOf(counter, dimension);
      });
    });
  }
  // "What got the most likes" ranks the metric's entity (posts).
  if (reading.sort && plan.dimensions.length === 0 && plan.grain === null && plan.comparison === null) {
    // A count of the entity's own rows ranks nothing (every post is one post).
    const ranked = index.metric(plan.metrics[0] as string);
    const entity = ranked ? entityOfTable(index.layer, ranked.table) : null;
    const ownRows =
      ranked !== undefined &&
      ranked.aggregation.startsWith('count') &&
      index.dimension(entity ?? '')?.table === ranked.table;
    if (entity && index.dimension(entity) && !ownRows) {
      plan.dimensions = [entity];
      // "The fewest likes one of my reels got": one row, though the value named is plural.
      if (reading.limit === null) reading.singular = reading.oneAsked || !reading.pluralValue;
    }
  }
  plan = eachOwnValue(plan, index);
  const timed = applyTime(plan, reading, today);
  if (typeof timed === 'string') return timed;
  plan = applyRanking(ownRowsCompared(timed, index), reading, index);
  if (reading.limit !== null && plan.limit === null) return `the number ${reading.limit}`;
  const byChange = rankedByChange(plan, reading, index);
  if (byChange !== null) return byChange;
  const perGroup = perGroupRanking(plan, index);
  if (perGroup !== null) return perGroup;
  // "Biggest order", "highest revenue": a ranking with nothing to rank is not a total.
  if (reading.sort !== null && plan.sort === null && plan.comparison === null) {
    return `a ranking without something to rank (for example "best month for ${index.layer.metrics[0]?.label.toLowerCase() ?? 'it'}")`;
  }
  return listedNewestFirst(reading, plan, index);
}

/**
 * "Subscribers who joined in may vs april": two periods' counts of the rows, never split by each row (1 or 0 apiece).
 */
function ownRowsCompared(plan: QueryPlan, index: LayerIndex): QueryPlan {
  if (plan.comparison === null || plan.comparison.kind === 'values') return plan;
  const dimensions = plan.dimensions.filter((name) => {
    const rows = index.dimension(name);
    return !plan.metrics.every((metric) => {
      const counter = index.metric(metric);
      return rows !== undefined && counter !== undefined && countsRowsOf(counter, rows);
    });
  });
  return dimensions.length === plan.dimensions.length ? plan : { ...plan, dimensions };
}

/**
 * "Price of the ocean ones", "unit cost of the velvet stuff": a figure averaged over its own table's rows (a
 * product's price) is each row's own, so asked of several rows named it is one figure per row, never their mean.
 */
function eachOwnValue(plan: QueryPlan, index: LayerIndex): QueryPlan {
  const metric = plan.metrics.length === 1 ? index.metric(plan.metrics[0] as string) : undefined;
  if (metric?.aggregation !== 'average' || plan.dimensions.length > 0 || plan.grain !== null) return plan;
  if (plan.comparison !== null || plan.share || plan.per || plan.perRow) return plan;
  const entity = entityOfTable(index.layer, metric.table);
  const named = plan.filters.find(
    (filter) => filter.dimension === entity && filter.operator === 'in' && filter.values.length > 1,
  );
  return named === undefined ? plan : { ...plan, dimensions: [named.dimension] };
}

/**
 * "List my refunded orders from last week": the rows asked for, newest first by their own time, not ranked by
 * their figure (which would read as a ranking nobody asked for); the figure stays beside each row.
 */
function listedNewestFirst(reading: Reading, plan: QueryPlan, index: LayerIndex): QueryPlan {
  if (!reading.listed || plan.sort !== null || plan.limit !== null || plan.grain !== null || plan.comparison !== null)
    return plan;
  // (Rows picked by a condition on a figure, "customers who spent over $1,000", stay ranked by it.)
  if (plan.dimensions.length !== 1 || plan.share || plan.per || plan.perRow || plan.conditions) return plan;
  const rows = index.dimension(plan.dimensions[0] as string);
  // ("Customers who bought last month" are listed by what they spent then, not by when they joined.)
  const figure = index.metric(plan.metrics[0] ?? '');
  if (figure && rows && figure.time.table !== rows.table) return plan;
  const time = rows && rows.values.length === 0 ? timeDetailOf(rows, index.layer) : undefined;
  if (!time || !rows) return plan;
  const everyValue = everyValueListed(plan, rows, index);
  return { ...plan, sort: { by: time.name, direction: 'desc' }, ...(everyValue.length > 0 ? { everyValue } : {}) };
}

/**
 * "List Logan's appointments": the rows the word names, every one of them, though the figure beside them counts
 * only some (revenue, of completed ones). The dimensions the figure's own filters give way to, where the rows' own
 * count keeps every value of them (where it too counts only paid orders, "orders" are the paid ones).
 */
function everyValueListed(plan: QueryPlan, rows: Dimension, index: LayerIndex): string[] {
  const counter = index.layer.metrics.find((metric) => metric.table === rows.table && countsRowsOf(metric, rows));
  if (counter === undefined) return [];
  const named = namedDimensions(plan);
  const counted = new Set(counter.filters.map((filter) => normalizeSql(filter.sql)));
  const yielding = new Set<string>();
  for (const filter of plan.metrics.flatMap((name) => index.metric(name)?.filters ?? [])) {
    const state = filter.overriddenBy;
    if (state === undefined || named.has(state) || counted.has(normalizeSql(filter.sql))) continue;
    if (index.dimension(state)?.table === rows.table) yielding.add(state);
  }
  return [...yielding];
}

/** Calendar units, shortest first. */
const UNIT_ORDER: readonly TimeUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * A year said alone after named months of another year ("Q4" >> "and last year?", "July 2025" >> "and 2024?"): the
 * same months in that year; after named days ("Black Friday 2025" >> "and 2024?") declined, as the same dates are
 * not the same day. Null when the follow-up says more than a year, or the period asked before is not named within
 * one year (after "last month", "last year" is last year).
 */
function sameDatesInYear(base: TimeRange, reading: Reading, today: string): TimeRange | string | null {
  const [said] = reading.ranges;
  if (reading.ranges.length !== 1 || said === undefined || base.kind !== 'absolute') return null;
  if (reading.metrics.length > 0 || reading.dimensions.length > 0 || reading.filters.length > 0) return null;
  if (reading.comparing || reading.previous || reading.grain !== null || reading.wholeSaid) return null;
  const year = resolveTimeRange(said, today);
  if (year.from === null || !year.from.endsWith('-01-01') || year.to !== addMonths(year.from, 12)) return null;
  if (base.from === null || base.to === null) return null;
  const baseYear = Number(base.from.slice(0, 4));
  if (
    Number(shiftDate(base.to, 'day', -1).slice(0, 4)) !== baseYear ||
    (base.from.endsWith('-01-01') && base.to === addMonths(base.from, 12))
  )
    return null;
  // ("And last year?" after Q4: the year before the one asked about.)
  const relative = said.kind === 'relative' && said.anchor === 'last' && said.count === 1;
  const named = Number(year.from.slice(0, 4)) - baseYear;
  const years = relative ? -1 : named;
  if (years === 0) return null;
  // A day or days ("Black Friday 2025"): the same dates are not the same day in another year; say which.
  if (!base.from.endsWith('-01') || !base.to.endsWith('-01'))
    return 'the same days in another year (name them for that year, for example "black friday 2024")';
  return { kind: 'absolute', from: addMonths(base.from, 12 * years), to: addMonths(base.to, 12 * years) };
}

/**
 * A part of a year named without its year ("and the first half", "and q3") after a period inside one calendar
 * year: that part of the same year. Null when the reading names no such part, or it already falls in that year.
 */
function inYearBefore(base: TimeRange, reading: Reading, today: string): TimeRange | null {
  const [said] = reading.ranges;
  if (!reading.yearless || reading.ranges.length !== 1 || said?.kind !== 'absolute' || base.kind === 'all') return null;
  const span = resolveTimeRange(base, today);
  if (span.from === null || said.from === null || said.to === null) return null;
  const year = Number(span.from.slice(0, 4));
  if (Number(addDays(span.to, -1).slice(0, 4)) !== year) return null;
  // ("Revenue last quarter >> what about january?": a period said by how far back it is, the part said after it is
  // the latest one too, as it is asked alone; a period named, "the second half of last year", keeps its year.)
  const wholeYear = span.from.endsWith('-01-01') && span.to === addMonths(span.from, 12);
  if (base.kind === 'relative' && !wholeYear) return null;
  const years = year - Number(said.from.slice(0, 4));
  if (years === 0 || Number(addDays(said.to, -1).slice(0, 4)) !== Number(said.from.slice(0, 4))) return null;
  const from = addMonths(said.from, 12 * years);
  // ("What about december" after February 2026: last December, the one that has happened.)
  if (from >= today) return null;
  return { kind: 'absolute', from, to: addMonths(said.to, 12 * years) };
}

/**
 * The dimensions newly asked after a ranking of things ("top 3 invoices") when each is a trait of one thing: a
 * column of its own table or of one its joins lead to (an invoice's plan, a customer's country), one value per
 * row, so showing it beside each row keeps the ranking. Null when none is new or one is not such a trait.
 */
export function traitsOfRanked(base: QueryPlan, asked: readonly string[], index: LayerIndex): string[] | null {
  const entity = index.dimension(base.dimensions[0] ?? '');
  if (base.sort === null || base.limit === null || base.dimensions.length === 0) return null;
  if (entity?.table === undefined || entity.details.length === 0) return null;
  const traits = asked.filter((dimension) => !base.dimensions.includes(dimension));
  const traitOfEach = (name: string) => {
    const table = index.dimension(name)?.table;
    return table !== undefined && index.joinPath(entity.table as string, [table]) !== null;
  };
  // ("The biggest invoice >> who was it for >> what plan are they on": traits added before are the row's too.)
  if (!base.dimensions.slice(1).every(traitOfEach)) return null;
  return traits.length > 0 && traits.every(traitOfEach) ? traits : null;
}

/**
 * The ranked rows with the traits asked beside them; a plan holds two breakdowns, so a trait asked takes the place of
 * one added before ("the biggest invoice >> who was it for >> what plan are they on": the invoice and its plan).
 */
export function withTraits(base: QueryPlan, traits: readonly string[]): QueryPlan {
  const dimensions = [...base.dimensions, ...traits];
  return {
    ...base,
    dimensions: dimensions.length > 2 ? [base.dimensions[0] as string, ...traits].slice(0, 2) : dimensions,
  };
}

/** Applies a follow-up's reading to the previous plan. */
/**
 * "And shares instead" after "average likes per post": the new figure averaged as the one talked about was, when
 * the layer has it so (the average of the same column, on the same table); else the figure as said.
 */
function averagedLike(name: string, talkedAbout: readonly string[], index: LayerIndex): string {
  const said = index.metric(name);
  const before = index.metric(talkedAbout[0] ?? '');
  if (!said || !before || talkedAbout.length !== 1 || said.aggregation !== 'sum' || before.aggregation !== 'average')
    return name;
  const column = /^SUM\((.+)\)$/i.exec(said.expression)?.[1];
  const averaged = index.layer.metrics.find(
    (metric) =>
      metric.table === said.table &&
      metric.aggregation === 'average' &&
      column !== undefined &&
      metric.expression.toUpperCase() === `AVG(${column})`.toUpperCase(),
  );
  return before.table === said.table && averaged ? averaged.name : name;
}

/**
 * A follow-up's plan: the plan before, changed as the reading says. A list's every value ("list Logan's
 * appointments", of any status) stays with the list: "total?" after it is the figure as the layer defines it
 * (revenue of completed ones), never the list's rows summed.
 */
export function followUp(
  asked: QueryPlan,
  reading: Reading,
  today: string,
  index: LayerIndex,
  /** "What about total shares": the total said, so no figure is averaged as the one before was. */
  totalSaid = false,
): QueryPlan | string {
  const plan = changedPlan(asked, reading, today, index, totalSaid);
  if (typeof plan === 'string' || plan.everyValue === undefined) return plan;
  const listed = plan.dimensions.join() === asked.dimensions.join() && plan.sort?.by === asked.sort?.by;
  if (listed) return plan;
  const { everyValue: _listed, ...rest } = plan;
  return rest;
}

function changedPlan(
  asked: QueryPlan,
  reading: Reading,
  today: string,
  index: LayerIndex,
  totalSaid: boolean,
): QueryPlan | string {
  // "Engagement by platform >> the second one >> just reels": a place in a ranking is no row to narrow (the second of
  // another ranking may not exist); the whole ranking again, narrowed, where that row is seen.
  // ("The second one" >> "how much revenue did it make": a figure of that row, beside it, keeps the place.)
  const besideOnly =
    reading.filters.length === 0 &&
    reading.dimensions.length === 0 &&
    reading.grain === null &&
    reading.valueComparison === null &&
    reading.ranges.length === 0 &&
    reading.conditions.length === 0 &&
    reading.sort === null &&
    !reading.widen &&
    !reading.instead &&
    !reading.rank &&
    !reading.byFigure;
  const { offset, ...unplaced } = asked;
  const base: QueryPlan = offset === undefined || besideOnly ? asked : { ...unplaced, limit: null };
  // "Revenue by weekday >> busiest day?": the day is the split's own ("Day of week"), never a new series by date.
  const grain = reading.grain;
  if (
    grain !== null &&
    base.grain === null &&
    base.dimensions.some((name) => new RegExp(`\\b${grain}\\b`, 'i').test(index.dimension(name)?.label ?? ''))
  )
    reading = { ...reading, grain: null };
  // "Best selling category in 2025" >> "break it down by country": within the row ranked, which the plan cannot
  // hold (keeping the limit would show one country; dropping it, every category).
  const rankedRows = base.sort !== null && base.sort.by !== 'period' && base.limit !== null;
  // ("Which quarter was best" >> "by plan": within the period ranked, the same.)
  const ranked = rankedRows && (base.dimensions.length > 0 || base.grain !== null);
  const newSplit =
    reading.grain !== null || reading.dimensions.some((dimension) => !base.dimensions.includes(dimension));
  // ("What plan were they on" after the top 3 invoices: each one's plan, beside it.)
  const traits = traitsOfRanked(base, reading.dimensions, index);
  if (traits !== null && reading.grain === null && reading.metrics.every((metric) => base.metrics.includes(metric)))
    return withTraits(base, traits);
  if (ranked && newSplit && !reading.widen && reading.sort === null && reading.limit === null)
    return 'a breakdown within the rows of the last answer (name the one you mean instead, as in "<that one> by <what to split by>")';
  let plan: QueryPlan = { ...base, filters: [...base.filters], dimensions: [...base.dimensions] };
  // "And overall?": the same figure, filters and period, as one total.
  if (reading.total) plan = { ...plan, dimensions: [], grain: null, sort: null, limit: null };
  if (reading.conditions.length > 0) plan.conditions = reading.conditions;
  if (reading.widen && reading.limit === null) plan.limit = null;
  // "Which plan brings in the most money" >> "how many customers": the figure of the row just ranked, beside it;
  // ranking by the new figure would name another row. Only "by …", "rank …", a ranking word or "instead" rank again.
  const added = reading.metrics.filter((metric) => !base.metrics.includes(metric));
  const keepRows =
    rankedRows &&
    added.length > 0 &&
    !(reading.metricImplied && reading.filters.length + (reading.valueComparison ? 1 : 0) > 0) &&
    reading.sort === null &&
    !reading.rank &&
    !reading.byFigure &&
    // ("What about units instead" after the bottom 5 by revenue: ranked by units, as "instead" says.)
    !reading.instead;
  if (keepRows) {
    const beside: QueryPlan = { ...plan, metrics: [...base.metrics, ...added] };
    if (checkPlan(beside, index.layer) !== null) {
      const labels = added.map((name) => index.metric(name)?.label.toLowerCase() ?? name).join(' and ');
      const rows = index.dimension(base.dimensions[0] ?? '')?.label.toLowerCase() ?? 'the one you mean';
      return `${labels} of the rows just ranked, which come from other data than their ranking (ask for ${labels} by ${rows} instead)`;
    }
    plan = beside;
  }
  // ("Only orders that had a discount" after "avg discount per order": the rows of the figure, narrowed by the
  // condition; the noun names them, it asks no count of them instead.)
  const named = index.metric(reading.metrics[0] ?? '');
  const rowsNarrowed =
    reading.conditions.length > 0 &&
    reading.metrics.length === 1 &&
    !reading.howMany &&
    named?.aggregation === 'count' &&
    base.metrics.every((metric) => {
      const talked = index.metric(metric);
      return talked !== undefined && talked.table === named.table && !talked.aggregation.startsWith('count');
    });
  // ("How many were refunded" after revenue: the count the words ask for, not the money talked about.)
  const countOverMoney =
    reading.howMany && !base.metrics.some((metric) => index.metric(metric)?.aggregation.startsWith('count'));
  if (
    !keepRows &&
    !rowsNarrowed &&
    reading.metrics.length > 0 &&
    (countOverMoney || !(reading.metricImplied && reading.filters.length + (reading.valueComparison ? 1 : 0) > 0))
  ) {
    plan.metrics = totalSaid ? reading.metrics : reading.metrics.map((name) => averagedLike(name, base.metrics, index));
    // ("Per invoice" after "billed by plan": the same figure, per one of its rows.)
    if (reading.perRow !== null) plan.perRow = reading.perRow;
    if (reading.per !== null) plan.per = reading.per;
    if (
      plan.sort &&
      !plan.metrics.includes(plan.sort.by) &&
      !plan.dimensions.includes(plan.sort.by) &&
      plan.sort.by !== 'period'
    ) {
      plan.sort = { ...plan.sort, by: plan.metrics[0] as string };
    }
  }
  for (const dimension of reading.removeFilters) {
    plan.filters = plan.filters.filter((filter) => filter.dimension !== dimension);
  }
  plan.filters = everyValue(reading, plan, index);
  // "How many from France" after "which country brought the most": one value of the thing ranked is no ranking.
  for (const filter of reading.filters) {
    if (filter.operator !== 'eq' || filter.values.length !== 1 || !plan.dimensions.includes(filter.dimension)) continue;
    if (plan.sort === null || plan.limit === null || plan.sort.by === 'period') continue;
    plan.dimensions = plan.dimensions.filter((name) => name !== filter.dimension);
    plan.sort = null;
    plan.limit = null;
  }
  for (const filter of reading.filters) {
    const metric = index.metric(plan.metrics[0] as string);
    // A value names its dimension relative to the current metric ("tiktok" is an acquisition channel for customers).
    const candidates = index.layer.dimensions
      .filter((dimension) => dimension.values.some((value) => filter.values.every((wanted) => wanted === value.value)))
      .map((dimension) => dimension.name);
    const dimension =
      pickDimension(
        candidates.includes(filter.dimension) ? [filter.dimension, ...candidates] : candidates,
        metric,
        index,
      ) ?? filter.dimension;
    const moved = { ...filter, dimension };
    if (plan.comparison?.kind === 'values' && plan.comparison.dimension === dimension) plan.comparison = null;
    const existing = plan.filters.findIndex((known) => known.dimension === dimension);
    // "Compare with TikTok" after Instagram's engagement rate: the two side by side, not TikTok instead.
    const before = plan.filters[existing];
    const other = moved.values[0];
    if (
      reading.comparing &&
      before?.operator === 'eq' &&
      moved.operator === 'eq' &&
      before.values.length === 1 &&
      moved.values.length === 1 &&
      other !== undefined &&
      before.values[0] !== other &&
      plan.comparison === null
    ) {
      // ("Revenue by country >> just canada >> compare with the uk": the split narrowed to one value is that value.)
      plan.comparison = { kind: 'values', dimension, values: [before.values[0] as string, other] };
      plan.filters = plan.filters.filter((known) => known.dimension !== dimension);
      plan.dimensions = plan.dimensions.filter((name) => name !== dimension);
      continue;
    }
    // ("Only images" >> "and reels too": both, never reels in place of images.)
    if (
      reading.alsoSaid &&
      before !== undefined &&
      (before.operator === 'eq' || before.operator === 'in') &&
      (moved.operator === 'eq' || moved.operator === 'in')
    ) {
      const values = [...new Set([...before.values, ...moved.values])];
      plan.filters[existing] = { ...before, operator: values.length > 1 ? 'in' : before.operator, values };
      continue;
    }
    if (existing >= 0) plan.filters[existing] = moved;
    else plan.filters.push(moved);
  }
  if (reading.valueComparison) {
    plan.comparison = { kind: 'values', ...reading.valueComparison };
    plan.filters = plan.filters.filter((filter) => filter.dimension !== reading.valueComparison?.dimension);
  }
  if (reading.dimensions.length > 0) {
    // "And for every category" after "apparel": a breakdown by a dimension widens a filter carried on it.
    plan.filters = plan.filters.filter(
      (filter) =>
        !reading.dimensions.includes(filter.dimension) ||
        reading.filters.some((own) => own.dimension === filter.dimension),
    );
    const fresh = reading.dimensions.filter((name) => !plan.dimensions.includes(name));
    if (reading.instead || plan.dimensions.length === 0) plan.dimensions = reading.dimensions.slice(0, 2);
    else if (reading.breakdown && plan.dimensions.length === 1)
      plan.dimensions = [...plan.dimensions, ...fresh].slice(0, 2);
    else plan.dimensions = reading.dimensions.slice(0, 2);
    if (plan.sort && !plan.metrics.includes(plan.sort.by) && !plan.dimensions.includes(plan.sort.by)) plan.sort = null;
    if (plan.grain !== null && !reading.grain) plan.grain = null;
  }
  if (reading.grain !== null) {
    plan.grain = reading.grain;
    if (plan.comparison?.kind !== 'values') plan.comparison = null;
    if (plan.sort?.by !== 'period' && reading.sort === null) {
      plan.sort = null;
      plan.limit = null;
    }
  }
  if (
    reading.comparedRange !== null &&
    reading.ranges.length === 1 &&
    plan.comparison?.kind !== 'values' &&
    plan.timeRange.kind !== 'all'
  ) {
    // "How does that compare to last year" after "revenue this year": the period asked before against the new one.
    // ("Compare with last month" after last month itself: against the one before it, never a period with itself.)
    const asked = resolveTimeRange(plan.timeRange, today);
    const compared = resolveTimeRange(reading.comparedRange, today);
    // ("Rev q4 >> vs q4 last yr": a named period said again is the same one a year before.)
    const said = reading.comparedRange;
    if (asked.from === compared.from && asked.to === compared.to)
      plan.comparison =
        said.kind === 'absolute' && said.from !== null && said.to !== null
          ? {
              kind: 'period',
              timeRange: {
                kind: 'absolute',
                from: shiftDate(said.from, 'year', -1),
                to: shiftDate(said.to, 'year', -1),
              },
            }
          : { kind: 'previous_period' };
    else {
      const timed = applyTime(
        plan,
        { ...reading, ranges: [plan.timeRange, reading.comparedRange], comparing: true, comparedRange: null },
        today,
      );
      if (typeof timed === 'string') return timed;
      plan = timed;
    }
  } else if (reading.yearOverYear && reading.ranges.length === 0 && plan.timeRange.kind !== 'all') {
    // "And the same quarter last year" after "revenue in Q4": that quarter against the year before.
    const timed = applyTime(plan, { ...reading, ranges: [plan.timeRange] }, today);
    if (typeof timed === 'string') return timed;
    plan = timed;
  } else if (reading.previous && !reading.comparing && reading.ranges.length === 0 && plan.comparison === null) {
    // "And the month before that?" moves the period back rather than comparing with it: by the units said ("the 2
    // months before that" after October is August and September), else by its own length.
    const said = reading.previousSaid;
    const current = resolveTimeRange(plan.timeRange, today);
    const start = current.from;
    // A period shorter than the unit said ("yesterday" >> "the same day a week before"): the same days, moved.
    const shorter = said !== null && start !== null && current.to < shiftDate(start, said.unit, 1);
    const span =
      said !== null && start !== null
        ? shorter
          ? { from: shiftDate(start, said.unit, -said.count), to: shiftDate(current.to, said.unit, -said.count) }
          : { from: shiftDate(start, said.unit, -said.count), to: start }
        : previousSpan(plan.timeRange, today);
    if (span === null) return 'the period before all time';
    plan.timeRange = { kind: 'absolute', from: span.from, to: span.to };
  } else if (sameDatesInYear(plan.timeRange, reading, today) !== null) {
    // "Revenue in Q4" >> "and last year?": the same months in that year.
    const moved = sameDatesInYear(plan.timeRange, reading, today) as TimeRange | string;
    if (typeof moved === 'string') return moved;
    plan.timeRange = moved;
  } else if (inYearBefore(plan.timeRange, reading, today) !== null) {
    // "Shipping in the second half of last year" >> "and the first half": the first half of that year.
    plan.timeRange = inYearBefore(plan.timeRange, reading, today) as TimeRange;
  } else if (reading.ranges.length > 0 || reading.previous || reading.change || reading.overTime) {
    if (
      reading.ranges.length > 0 &&
      plan.comparison?.kind !== 'values' &&
      reading.ranges.length === 1 &&
      !reading.previous
    ) {
      // A new single period keeps a previous-period comparison, relative to the new period.
      plan.comparison = plan.comparison ? { kind: 'previous_period' } : null;
    }
    const timed = applyTime(plan, reading, today);
    if (typeof timed === 'string') return timed;
    plan = timed;
  }
  if (checkPlan(plan, index.layer) !== null) {
    // "Break that down by category" after revenue: the finer-grained alternative metric can be broken down.
    const current = plan;
    const alternatives = current.metrics.map((name) => index.metric(name)?.alternatives[0] ?? name);
    const swapped: QueryPlan = {
      ...current,
      metrics: alternatives,
      sort:
        current.sort && current.metrics.includes(current.sort.by)
          ? { ...current.sort, by: alternatives[current.metrics.indexOf(current.sort.by)] as string }
          : current.sort,
    };
    if (checkPlan(swapped, index.layer) === null) plan = swapped;
  }
  if (reading.sort !== null || reading.limit !== null || reading.rank) {
    // "Sort by likes" after "posts last week": the posts themselves, ranked (their count is no list to sort).
    const counted = index.metric(base.metrics[0] ?? '');
    const things = counted?.aggregation === 'count' ? entityOfTable(index.layer, counted.table) : null;
    // ("Top 3 by comments" after "instagram posts last month": three of those posts.)
    const ranks = reading.rank || reading.limit !== null || reading.sort !== null;
    if (ranks && plan.dimensions.length === 0 && plan.grain === null && things && index.dimension(things))
      plan = { ...plan, dimensions: [things] };
    const ranked = applyRanking(
      { ...plan, limit: plan.limit },
      { ...reading, singular: reading.singular ?? (plan.limit === 1 ? true : null) },
      index,
    );
    if (reading.limit === null && (reading.sort !== null || reading.rank) && plan.sort) ranked.limit = plan.limit;
    plan = ranked;
    // "Which category grew the most" after a comparison: ranked by the change, which no plan sorts by.
    if (reading.sort !== null) {
      const byChange = rankedByChange(plan, reading, index);
      if (byChange !== null) return byChange;
    }
  }
  // "Orders by country" >> "only the uk" >> "by week": the one country over the weeks, never a breakdown of one row
  // said as if the weeks were not asked.
  if (plan.grain !== null && reading.grain !== null) {
    const pinned = (name: string) =>
      plan.filters.some(
        (filter) => filter.dimension === name && filter.operator === 'eq' && filter.values.length === 1,
      );
    if (plan.dimensions.some(pinned)) plan = { ...plan, dimensions: plan.dimensions.filter((name) => !pinned(name)) };
  }
  // "What % of revenue came from each country" >> "only germany": Germany's share of every country's, never 100% of
  // itself (a share of each row, with one row left, is the share of that row's value).
  const share = plan.share ?? null;
  if (share !== null && share.dimension === null && !share.conditions) {
    const part = plan.filters.find(
      (filter) =>
        filter.operator === 'eq' &&
        filter.values.length === 1 &&
        plan.dimensions.includes(filter.dimension) &&
        !base.filters.some((before) => before.dimension === filter.dimension),
    );
    if (part)
      plan = {
        ...plan,
        share: { dimension: part.dimension },
        dimensions: plan.dimensions.filter((name) => name !== part.dimension),
      };
  }
  return plan;
}

/**
 * "Which country grew the most": ranked by how much each one changed, which a plan cannot sort by; ranking by the
 * latest figure instead would answer another question. What to ask instead, or null when the ranking is not by
 * a change.
 */
function rankedByChange(plan: QueryPlan, reading: Reading, index: LayerIndex): string | null {
  if (!reading.change || plan.sort === null || plan.sort.by === 'period' || plan.comparison?.kind === 'values')
    return null;
  const metric = index.metric(plan.metrics[0] as string)?.label.toLowerCase() ?? 'it';
  // ("Which products improved the most": the products, whatever the series they were read with.)
  const dimension = index.dimension(plan.dimensions[0] ?? '')?.label.toLowerCase();
  if (plan.grain !== null && dimension === undefined)
    return `a ranking of ${plan.grain}s by how much each one grew or fell (ask for "${metric} by ${plan.grain}" to see how it moved)`;
  if (dimension === undefined) return null;
  return `a ranking by how much each one grew or fell (ask for "${metric} by ${dimension} last month vs the month before" to see each one's change)`;
}

export function emptyReading(reading: Reading): boolean {
  return (
    reading.metrics.length === 0 &&
    reading.dimensions.length === 0 &&
    reading.filters.length === 0 &&
    reading.valueComparison === null &&
    reading.ranges.length === 0 &&
    !reading.previous &&
    reading.grain === null &&
    !reading.overTime &&
    reading.sort === null &&
    reading.limit === null &&
    reading.removeFilters.length === 0 &&
    reading.conditions.length === 0 &&
    !reading.widen &&
    !reading.total &&
    !reading.yearOverYear
  );
}

/** The share a reading asks for: of its one filtered part, or of each row of its breakdown. */
function shareOf(reading: Reading, plan: QueryPlan, index: LayerIndex): NonNullable<QueryPlan['share']> | string {
  // "What % of Instagram Shop revenue…": a value said before the figure picks the whole, not the part. ("British
  // shoppers' cut of paid revenue": the value the figure is always counted over, paid for revenue, is no part.)
  const parts = plan.filters.filter(
    (filter) =>
      filter.operator !== 'neq' &&
      !reading.shareWhole.includes(filter.dimension) &&
      !alwaysCounts(index.metric(plan.metrics[0] ?? ''), filter) &&
      // ("Of last week's orders, all statuses included": every value of a dimension widens the whole.)
      filter.values.length < (index.dimension(filter.dimension)?.values.length ?? Infinity),
  );
  // "What percent of my orders have a discount": the rows passing the condition are the part. ("What fraction of
  // January's paid orders had a discount": the values said with the rows pick the whole.)
  if ((plan.conditions ?? []).length > 0) {
    return parts.length === 0 || !reading.sharePartAfter
      ? { dimension: null, conditions: true }
      : 'a share of rows passing a condition within a filtered part (ask for one of them at a time)';
  }
  if (parts.length === 1) return { dimension: (parts[0] as Filter).dimension };
  if (parts.length === 0 && (plan.dimensions.length > 0 || plan.grain !== null)) return { dimension: null };
  if (parts.length > 1) return 'a share with more than one part named (say which one is the part)';
  // "What percent of Q4 revenue was attributed to posts", no part or breakdown named: a figure that is one other
  // figure over fewer of its rows (attributed revenue, of revenue) is a share of that figure.
  const part = plan.metrics.length === 1 ? index.metric(plan.metrics[0] as string) : undefined;
  const [whole, ...others] = part ? index.layer.metrics.filter((metric) => partOfMetric(part, metric)) : [];
  if (whole && others.length === 0) return { dimension: null, of: whole.name };
  // (The example from the asker's own layer: a value the figure can be split by, and that split.)
  const metric = index.metric(plan.metrics[0] ?? '');
  const split = index.layer.dimensions.find(
    (dimension) => dimension.values.length > 1 && metric !== undefined && index.reachable(metric, dimension),
  );
  const example = split
    ? ` (for example "from ${split.values[0]?.label ?? ''}" or "by ${split.label.toLowerCase()}")`
    : '';
  return `a share without saying of which part${example}`;
}
