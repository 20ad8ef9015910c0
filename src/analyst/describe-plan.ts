import { capitalize, placeWord } from './sentence-case.js';
import { layerForPlan, metricLabelIn } from './plan-labels.js';
import { addDays, addMonths, mentioning, sortedByOwnTime, type QueryPlan, type TimeRange } from './plan.js';
import { countsRowsOf, indexLayer, rowNoun, type SemanticLayer } from './semantic-layer.js';
import { formatDate } from './answer/format.js';
import { describeConditions, describeShare } from './row-conditions.js';

/**
 * Plain-English descriptions of plans: the one-sentence summary a user sees before the answer, and what a
 * follow-up changed from the previous plan ("Same period, TikTok instead of Instagram").
 */

const UNIT_WORD = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as const;

/** "last 30 days", "last month", "this year to date", "Mar 1 – Mar 31, 2025", "all time". */
export function describeRange(range: TimeRange): string {
  switch (range.kind) {
    case 'all':
      return 'all time';
    case 'absolute': {
      if (range.from && range.to) return describeSpan(range.from, range.to);
      if (range.from) return `since ${formatDate(range.from)}`;
      if (range.to) return `before ${formatDate(range.to)}`;
      return 'all time';
    }
    case 'relative': {
      const unit = UNIT_WORD[range.unit];
      if (range.anchor === 'this') return range.unit === 'day' ? 'today' : `this ${unit} to date`;
      if (range.unit === 'day' && range.count === 1) return 'yesterday';
      return range.count === 1 ? `last ${unit}` : `last ${range.count} ${unit}s`;
    }
  }
}

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date span in words: "March 2026", "Q3 2025", "2025", "Mar 5, 2026", "Mar 1 – Mar 15, 2026". */
function describeSpan(from: string, to: string): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const last = addDays(to, -1);
  if (from === last) return formatDate(from);
  if (day === 1 && to === addMonths(from, 1)) return `${MONTH_NAMES[month - 1]} ${year}`;
  if (day === 1 && (month - 1) % 3 === 0 && to === addMonths(from, 3)) return `Q${(month + 2) / 3} ${year}`;
  if (day === 1 && month === 1 && to === addMonths(from, 12)) return String(year);
  const sameYear = from.slice(0, 4) === last.slice(0, 4);
  return `${sameYear ? formatDate(from).replace(/, \d{4}$/, '') : formatDate(from)} – ${formatDate(last)}`;
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Labels of a dimension's values ("tiktok" → "TikTok"), the raw value when unknown. */
function valueLabel(layer: SemanticLayer, dimension: string, value: string): string {
  const known = indexLayer(layer)
    .dimension(dimension)
    ?.values.find((candidate) => candidate.value === value);
  return known?.label ?? value;
}

function filterPhrases(plan: QueryPlan, layer: SemanticLayer): string[] {
  const index = indexLayer(layer);
  return plan.filters.map((filter) => {
    const labels = filter.values.map(
      (value, position) => filter.labels?.[position] ?? valueLabel(layer, filter.dimension, value),
    );
    // "Posts mentioning "Soft Beanie"": the text of the rows names it.
    if (filter.operator === 'mentions')
      return `${lower(index.dimension(filter.dimension)?.plural ?? filter.dimension)} ${mentioning(filter.values)}`;
    const dimension = lower(index.dimension(filter.dimension)?.label ?? filter.dimension);
    return `${dimension} ${filter.operator === 'neq' ? 'not ' : ''}${labels.join(' or ')}`;
  });
}

/** A metric's label for an average the plan asks: "Revenue per day", "Amount billed per invoice". */
export function averagedLabel(label: string, plan: QueryPlan, layer: SemanticLayer): string {
  if (plan.per) return `${label} per ${plan.per}`;
  const row = plan.perRow ? indexLayer(layer).dimension(plan.perRow) : undefined;
  return row ? `${label} per ${rowNoun(row)}` : label;
}

/** The plan in one plain sentence: "Top 5 posts by engagement, platform Instagram, last 30 days". */
export function describePlan(plan: QueryPlan, asked: SemanticLayer): string {
  const layer = layerForPlan(asked, plan);
  const index = indexLayer(layer);
  const labelOf = (name: string) => {
    const metric = index.metric(name);
    const label = metric ? metricLabelIn(plan, metric, layer) : name;
    return averagedLabel(label, plan, layer);
  };
  const metrics = list(plan.metrics.map((name) => lower(labelOf(name))));
  const dimensionPlurals = plan.dimensions.map((name) => index.dimension(name)?.plural ?? name);
  let head: string;
  const sortMetric = plan.sort && plan.metrics.includes(plan.sort.by) ? lower(labelOf(plan.sort.by)) : null;
  const one = plan.limit === 1;
  const firstDimension = plan.dimensions[0] ? index.dimension(plan.dimensions[0]) : undefined;
  const subject = firstDimension
    ? one
      ? lower(firstDimension.label)
      : firstDimension.plural
    : plan.grain
      ? `${plan.grain}${one ? '' : 's'}`
      : null;
  if (plan.sort && sortedByOwnTime(plan) && subject) {
    const word = plan.sort.direction === 'desc' ? 'most recent' : 'earliest';
    head = capitalize(`${one ? '' : `${plan.limit ?? ''} `}${word} ${subject}`.trim());
    // ("Who placed the most recent order": the order, and its customer beside it.)
    if (dimensionPlurals.length > 1) head += ` and ${list(dimensionPlurals.slice(1))}`;
    // "What did my latest post earn": the figure beside it, unless it only counts the rows (1 each).
    const shown = plan.metrics.filter((name) => {
      const metric = index.metric(name);
      return metric && firstDimension && !countsRowsOf(metric, firstDimension);
    });
    if (shown.length > 0) head += `, with ${list(shown.map((name) => lower(labelOf(name))))}`;
  } else if (plan.sort && sortMetric && subject) {
    // ("The second one" of a ranking: "Second product by revenue", "Second-lowest product by revenue".)
    const place = plan.offset ? placeWord(plan.offset + 1) : null;
    const word =
      place !== null
        ? capitalize(plan.sort.direction === 'desc' ? place : `${place}-lowest`)
        : plan.sort.direction === 'desc'
          ? 'Top'
          : 'Bottom';
    const count = one ? '' : (plan.limit ?? '');
    const rest = dimensionPlurals.slice(1);
    head = `${word} ${count} ${subject}${rest.length > 0 ? ` and ${list(rest)}` : ''} by ${sortMetric}`.replace(
      '  ',
      ' ',
    );
    const others = plan.metrics.filter((name) => name !== plan.sort?.by);
    if (others.length > 0) head += `, with ${list(others.map((name) => lower(labelOf(name))))}`;
  } else {
    head = capitalize(metrics);
    if (plan.dimensions.length > 0 || plan.grain) {
      head += ` by ${list([...(plan.grain ? [plan.grain] : []), ...plan.dimensions.map((name) => lower(index.dimension(name)?.label ?? name))])}`;
    }
    if (plan.limit !== null) head += ` (first ${plan.limit})`;
  }
  const parts = [head];
  if (plan.comparison?.kind === 'values') {
    const labels = plan.comparison.values.map((value) =>
      valueLabel(layer, plan.comparison?.kind === 'values' ? plan.comparison.dimension : '', value),
    );
    parts.push(labels.join(' vs '));
  }
  parts.push(...filterPhrases(plan, layer));
  // ("Most recent appointments, with appointment value, any appointment status": every row listed, said so.)
  for (const name of plan.everyValue ?? [])
    if (!plan.filters.some((filter) => filter.dimension === name))
      parts.push(`any ${lower(index.dimension(name)?.label ?? name)}`);
  parts.push(...describeConditions(plan, index));
  if (plan.joined) parts.push(describeJoined(plan.joined));
  const share = describeShare(plan, index);
  if (share) parts.push(share);
  let time = describeRange(plan.timeRange);
  if (plan.comparison?.kind === 'previous_period') time += ', compared with the previous period';
  if (plan.comparison?.kind === 'period') time += `, compared with ${describeRange(plan.comparison.timeRange)}`;
  parts.push(time);
  return parts.join(', ');
}

/** What a follow-up's plan changed from the previous one, or null when nothing did. */
export function describeChange(previous: QueryPlan, next: QueryPlan, layer: SemanticLayer): string | null {
  const index = indexLayer(layer);
  const changes: string[] = [];
  const metricLabel = (names: readonly string[]) => list(names.map((name) => lower(index.metric(name)?.label ?? name)));
  if (previous.metrics.join() !== next.metrics.join()) {
    // "And their AOV" after a top 3: the figures before stay, the new one beside them.
    const kept = previous.metrics.every((metric, at) => next.metrics[at] === metric);
    changes.push(
      kept
        ? `with ${metricLabel(next.metrics.slice(previous.metrics.length))} added`
        : `${metricLabel(next.metrics)} instead of ${metricLabel(previous.metrics)}`,
    );
  }
  const filterOf = (plan: QueryPlan, dimension: string) =>
    plan.filters.find((filter) => filter.dimension === dimension);
  const dimensions = new Set([...previous.filters, ...next.filters].map((filter) => filter.dimension));
  for (const dimension of dimensions) {
    const before = filterOf(previous, dimension);
    const after = filterOf(next, dimension);
    const label = (filter: typeof before) =>
      filter?.operator === 'mentions'
        ? mentioning(filter.values)
        : `${filter?.operator === 'neq' ? 'not ' : ''}${(filter?.values ?? []).map((value, at) => filter?.labels?.[at] ?? valueLabel(layer, dimension, value)).join(' or ')}`;
    const added =
      before && after && before.operator !== 'neq' && after.operator !== 'neq' && after.operator !== 'mentions'
        ? after.values.filter((value) => !before.values.includes(value))
        : [];
    // ("Only canada" >> "and the uk as well": "United Kingdom added to Canada".)
    if (before && after && added.length > 0 && before.values.every((value) => after.values.includes(value)))
      changes.push(
        `${added.map((value) => valueLabel(layer, dimension, value)).join(' and ')} added to ${label(before)}`,
      );
    else if (before && after && JSON.stringify(before) !== JSON.stringify(after))
      changes.push(`${label(after)} instead of ${label(before)}`);
    else if (!before && after)
      changes.push(
        after.operator === 'neq'
          ? `excluding ${after.values.map((value, at) => after.labels?.[at] ?? valueLabel(layer, dimension, value)).join(' and ')}`
          : `only ${label(after)}`,
      );
    else if (before && !after && !(next.comparison?.kind === 'values' && next.comparison.dimension === dimension))
      // ("Compare with TikTok" after Instagram: the filter became one side of the comparison, said below.)
      changes.push(`all ${index.dimension(dimension)?.plural ?? dimension} instead of only ${label(before)}`);
  }
  if (JSON.stringify(previous.comparison) !== JSON.stringify(next.comparison)) {
    if (next.comparison?.kind === 'values') {
      changes.push(
        `comparing ${next.comparison.values.map((value) => valueLabel(layer, next.comparison?.kind === 'values' ? next.comparison.dimension : '', value)).join(' and ')}`,
      );
    } else if (next.comparison?.kind === 'previous_period') changes.push('compared with the previous period');
    else if (next.comparison?.kind === 'period')
      changes.push(`compared with ${describeRange(next.comparison.timeRange)}`);
    else changes.push('without the comparison');
  }
  // ("By country >> just canada >> compare with the uk": the split narrowed to one value, now two side by side.)
  const comparedOn = next.comparison?.kind === 'values' ? next.comparison.dimension : null;
  const kept = (dimensions: readonly string[]) => dimensions.filter((name) => name !== comparedOn).join();
  if (kept(previous.dimensions) !== kept(next.dimensions)) {
    const added = next.dimensions.filter((name) => !previous.dimensions.includes(name));
    const labels = (names: readonly string[]) => list(names.map((name) => lower(index.dimension(name)?.label ?? name)));
    // ("Only beauty" >> "by month": the split by category gives way to one by month, never "as a total".)
    if (next.dimensions.length === 0 && next.grain !== null && previous.grain !== next.grain)
      changes.push(`by ${next.grain} instead of by ${labels(previous.dimensions)}`);
    else if (next.dimensions.length === 0) changes.push('as a total instead of broken down');
    else if (added.length > 0 && previous.dimensions.every((name) => next.dimensions.includes(name))) {
      // "What plan were they on" after a top 3: the same rows, each with its plan (no new split).
      const sameRows = previous.limit !== null && previous.limit === next.limit && previous.sort !== null;
      changes.push(sameRows ? `each with its ${labels(added)}` : `broken down by ${labels(added)}`);
    } else
      changes.push(
        `by ${labels(next.dimensions)} instead of ${previous.dimensions.length > 0 ? labels(previous.dimensions) : 'in total'}`,
      );
  }
  const splitGaveWay = previous.dimensions.length > 0 && next.dimensions.length === 0 && next.grain !== null;
  if (previous.grain !== next.grain && !splitGaveWay) {
    if (next.grain && previous.grain) changes.push(`by ${next.grain} instead of by ${previous.grain}`);
    else if (next.grain) changes.push(`by ${next.grain}`);
    else changes.push('as a total instead of over time');
  }
  if (previous.limit !== next.limit) {
    changes.push(next.limit === null ? 'all rows' : `${next.limit} instead of ${previous.limit ?? 'all'}`);
  }
  if (!previous.sort && next.sort) {
    changes.push(
      `sorted by ${lower(index.metric(next.sort.by)?.label ?? next.sort.by)}, ${next.sort.direction === 'asc' ? 'lowest' : 'highest'} first`,
    );
  } else if (previous.sort?.direction !== next.sort?.direction && previous.sort && next.sort) {
    changes.push(next.sort.direction === 'asc' ? 'lowest first' : 'highest first');
  } else if (
    previous.sort?.by !== next.sort?.by &&
    next.sort &&
    previous.sort &&
    previous.metrics.join() === next.metrics.join()
  ) {
    // (By the figure's label, or the detail's: "sorted by amount billed", never "by billed".)
    const by =
      index.metric(next.sort.by)?.label ?? index.dimension(next.sort.by)?.label ?? next.sort.by.replaceAll('_', ' ');
    changes.push(`sorted by ${lower(by)}`);
  }
  const sameTime = JSON.stringify(previous.timeRange) === JSON.stringify(next.timeRange);
  if (!sameTime) changes.unshift(`${describeRange(next.timeRange)} instead of ${describeRange(previous.timeRange)}`);
  if (changes.length === 0) return null;
  const text = changes.join(', ');
  return sameTime ? `Same period, ${text}` : capitalize(text);
}

/** "Only subscribers who joined in May 2025": the people a cohort keeps, by when they were created. */
export function describeJoined(joined: {
  readonly table: string;
  readonly timeRange: TimeRange;
  readonly made?: boolean;
}): string {
  const when = describeRange(joined.timeRange);
  const joiner = /^(?:last|this|the|since|before|after|from|between|all|today|yesterday)\b/i.test(when)
    ? ''
    : /^[a-z]{3} \d{1,2}(?:,|$)/i.test(when)
      ? 'on '
      : 'in ';
  // ("Only social posts made on Feb 3, 2026": rows made then, not people who joined; "in May 2025" for a month.)
  return `only ${joined.table.replaceAll('_', ' ')} ${joined.made === true ? 'made' : 'who joined'} ${joiner}${when}`;
}
