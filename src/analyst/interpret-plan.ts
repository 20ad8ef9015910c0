import { layerForPlan, metricLabelIn } from './plan-labels.js';
import { ranksPeriods } from './compiler.js';
import { describeJoined } from './describe-plan.js';
import { dataStartNote } from './answer/data-start.js';
import { averagedLabel, describePlan } from './describe-plan.js';
import type { InterpretedFilter, InterpretedPeriod, PlanInterpretation } from './outcome.js';
import {
  addDays,
  comparisonSpan,
  resolveTimeRange,
  sortedByOwnTime,
  startOfUnit,
  unitsOfData,
  dataSpan,
  type DateSpan,
  type QueryPlan,
} from './plan.js';
import {
  indexLayer,
  keptValue,
  leftOutValues,
  type Dimension,
  type Metric,
  type SemanticLayer,
} from './semantic-layer.js';
import { describeConditions, describeShare } from './row-conditions.js';
import { entityOfTable, holdsPeople } from './layer-words.js';

/**
 * What a plan means, spelled out for the user above the answer: each metric with its definition, every
 * filter, the breakdowns, the period as explicit dates, sort and limit, and one plain sentence. Built from
 * the plan and the layer alone, so the offline and the LLM analysts say it the same way.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** "Mar 14, 2026". */
export function formatDay(day: string): string {
  const [year, month, date] = parts(day);
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}

/** "Jan 1 – Mar 14, 2026", "Dec 1, 2025 – Feb 28, 2026", "Mar 3, 2026", "all time through Mar 14, 2026". */
export function formatPeriod(from: string | null, through: string): string {
  if (from === null) return `all time through ${formatDay(through)}`;
  if (from === through) return formatDay(from);
  const [fromYear, fromMonth, fromDate] = parts(from);
  if (fromYear === parts(through)[0]) return `${MONTHS[fromMonth - 1]} ${fromDate} – ${formatDay(through)}`;
  return `${formatDay(from)} – ${formatDay(through)}`;
}

/** A resolved span as the user reads it: its last day is never after the data's, unless the span starts later. */
export function interpretSpan(span: DateSpan, dataThrough: string): InterpretedPeriod {
  let through = addDays(span.to, -1);
  if (through > dataThrough) through = span.from !== null && span.from > dataThrough ? span.from : dataThrough;
  return { from: span.from, through, text: formatPeriod(span.from, through) };
}

function humanTable(name: string): string {
  return name.replace(/_/g, ' ');
}

/** How a dimension outside the metric's own table is reached: the join a reader may not expect. */
function routeNote(metric: Metric, dimension: Dimension, layer: SemanticLayer): string | null {
  if (dimension.table === undefined || dimension.table === metric.table) return null;
  const path = indexLayer(layer).joinPath(metric.table, [dimension.table]);
  if (!path || path.length === 0) return null;
  const on = path.map((join) => join.on).join(' and ');
  return `${dimension.label} is that of the ${humanTable(dimension.table)} linked to each of the ${humanTable(metric.table)} (${on}).`;
}

function filterOf(
  dimension: Dimension | undefined,
  name: string,
  operator: InterpretedFilter['operator'],
  values: readonly string[],
  labels?: readonly string[],
): InterpretedFilter {
  const valueLabels = values.map(
    (value, position) => dimension?.values.find((known) => known.value === value)?.label ?? labels?.[position] ?? value,
  );
  const label = dimension?.label ?? name;
  const joined = valueLabels.join(operator === 'in' ? ', ' : ' or ');
  return {
    dimension: name,
    label,
    operator,
    values: [...values],
    valueLabels,
    text:
      operator === 'mentions'
        ? `${label}: mentions ${valueLabels.map((value) => `"${value}"`).join(' or ')}`
        : `${label}: ${operator === 'neq' ? 'not ' : ''}${joined}`,
  };
}

/**
 * True when the plan is about particular rows: one person's (a filter on the entity of a table of people), one row
 * of the metric's own table, or its rows listed most recent first ("the last order").
 */
function picksOut(plan: QueryPlan, metric: Metric, layer: SemanticLayer): boolean {
  const named = entityOfTable(layer, metric.table);
  const own = layer.dimensions.some((dimension) => dimension.name === named && dimension.table === metric.table)
    ? named
    : null;
  const people = new Set(layer.tables.filter(holdsPeople).flatMap((table) => entityOfTable(layer, table.name) ?? []));
  return (
    plan.filters.some((filter) => filter.dimension === own || people.has(filter.dimension)) ||
    (own !== null && sortedByOwnTime(plan) && plan.dimensions.includes(own))
  );
}

/**
 * "The worst month this year" asked mid-March: the lowest of the periods ranks only whole ones (the compiler's rule),
 * so the month still running is left out, and said to be; null when nothing is.
 */
function runningPeriodLeftOut(plan: QueryPlan, metrics: readonly Metric[], today: string): string | null {
  const grain = plan.grain;
  if (grain === null || plan.sort?.direction !== 'asc') return null;
  if (!ranksPeriods(plan, metrics, plan.dimensions.length > 0 || plan.comparison !== null)) return null;
  const span = resolveTimeRange(plan.timeRange, today);
  if (span.to < today || startOfUnit(today, grain) === today) return null;
  return `Only whole ${grain}s are ranked: this ${grain} is not over yet.`;
}

/** The interpretation of a plan asked on `today` (YYYY-MM-DD); the data runs through the day before. */
export function interpretPlan(
  plan: QueryPlan,
  asked: SemanticLayer,
  today: string,
  /** The first day of the figure's data, when known: said where the period reaches back before it. */
  dataStart: string | null = null,
): PlanInterpretation {
  // (Refunded orders' money is their order value, not revenue: said in the layer's own words for it.)
  const layer = layerForPlan(asked, plan);
  const index = indexLayer(layer);
  // (All time over rows dated ahead runs through the last of them; a period ahead, "next week", is read only over
  // such rows, through its own end.)
  const range = plan.timeRange;
  const ahead =
    range.kind === 'all'
      ? range.through
      : range.kind === 'absolute' && range.ahead === true
        ? addDays(resolveTimeRange(range, today).to, -1)
        : undefined;
  const dataThrough = ahead !== undefined && ahead >= today ? ahead : addDays(today, -1);
  const metrics = plan.metrics
    .map((name) => index.metric(name))
    .filter((metric): metric is Metric => metric !== undefined);
  const filters = plan.filters.map((filter) =>
    filterOf(index.dimension(filter.dimension), filter.dimension, filter.operator, filter.values, filter.labels),
  );
  if (plan.comparison?.kind === 'values') {
    filters.push(
      filterOf(index.dimension(plan.comparison.dimension), plan.comparison.dimension, 'in', plan.comparison.values),
    );
  }
  const notes: string[] = [];
  // "Average billed per month this year": the total over how many months of data, said (8.5 on Sep 16).
  const units = plan.per
    ? unitsOfData(dataSpan(resolveTimeRange(plan.timeRange, today), dataStart), today, plan.per)
    : null;
  if (plan.per && units !== null)
    notes.push(
      `Per ${plan.per}: the period's total divided by its ${Number(units.toFixed(2)).toLocaleString('en-US')} ${plan.per}s of data.`,
    );
  const used = new Set([...plan.dimensions, ...filters.map((filter) => filter.dimension)]);
  for (const metric of metrics) {
    for (const name of used) {
      const dimension = index.dimension(name);
      const note = dimension ? routeNote(metric, dimension, layer) : null;
      if (note && !notes.includes(note)) notes.push(note);
    }
    for (const own of metric.filters) {
      // ("List Logan's appointments": every one of them, so the figure beside each counts any status.)
      if (own.overriddenBy !== undefined && plan.everyValue?.includes(own.overriddenBy)) {
        const every = index.dimension(own.overriddenBy)?.label.toLowerCase() ?? own.overriddenBy;
        notes.push(`${metric.label} counts any ${every} here, as every row is listed, instead of its usual condition.`);
        continue;
      }
      const override = own.overriddenBy
        ? filters.find((filter) => filter.dimension === own.overriddenBy && filter.operator !== 'neq')
        : undefined;
      // ("Paid orders" when orders count paid ones already: the usual condition, nothing to say.)
      const same =
        override !== undefined &&
        override.values.length === 1 &&
        override.values[0]?.toLowerCase() === keptValue(own.sql);
      if (override && !same)
        notes.push(`${metric.label} counts ${override.text} here, instead of its usual condition.`);
      // "Orders, not counting cancelled ones": an exclusion only narrows the figure's own condition, said so
      // (never read as every other status).
      const excluded = own.overriddenBy
        ? filters.find((filter) => filter.dimension === own.overriddenBy && filter.operator === 'neq')
        : undefined;
      const dimension = own.overriddenBy ? index.dimension(own.overriddenBy) : undefined;
      const kept = keptValue(own.sql);
      const usual = dimension?.values.find((value) => value.value.toLowerCase() === kept)?.label ?? null;
      // "What did pro subscribers pay us": amount billed counts open invoices too; said, so "pay" is never taken
      // for paid alone unsaid (a status named, "paid only", counts it alone).
      const statuses = dimension?.values ?? [];
      const leftOutValue = leftOutValues(own.sql);
      const counted = statuses.filter((value) => !leftOutValue.includes(value.value.toLowerCase()));
      if (
        !override &&
        !excluded &&
        dimension &&
        kept === null &&
        counted.length > 1 &&
        counted.length < statuses.length
      ) {
        const leftOut = statuses.filter((value) => !counted.includes(value)).map((value) => value.label);
        notes.push(
          `${metric.label} counts every ${dimension.label.toLowerCase()} but ${leftOut.join(' and ')} (${counted.map((value) => value.label).join(' and ')}); name one, as in "${(counted[0] as { label: string }).label.toLowerCase()} only", to count it alone.`,
        );
      }
      // "How many orders did cus_dm_003996 place", "list sub_ac_07's invoices": a figure counting one status only,
      // said of one person's or one row's rows, says the others are left out (a customer whose one order was
      // refunded has 0 orders, never unexplained).
      const others = statuses.filter((value) => value.value.toLowerCase() !== kept);
      if (!override && !excluded && dimension && usual && others.length > 0 && picksOut(plan, metric, layer)) {
        const note = `${metric.label} counts only ${dimension.label.toLowerCase()} ${usual}: ${others.map((value) => value.label).join(', ')} left out; name one, as in "${(others[0] as { label: string }).label.toLowerCase()} only", to count it.`;
        if (!notes.includes(note)) notes.push(note);
      }
      // (Split by that dimension, every value is shown and the exclusion takes one out: nothing more to say.)
      if (excluded && dimension && usual && !plan.dimensions.includes(dimension.name)) {
        const name = dimension.label.toLowerCase();
        notes.push(
          `${metric.label} always counts only ${name} ${usual}; leaving out ${excluded.valueLabels.join(' and ')} narrows that, it adds no other ${name}.`,
        );
      }
    }
  }
  // Conditions on rows and shares are part of what was asked: said in the notes as well as the sentence.
  for (const condition of [...describeConditions(plan, index), ...(plan.joined ? [describeJoined(plan.joined)] : [])])
    notes.push(`${condition.charAt(0).toUpperCase()}${condition.slice(1)}.`);
  const share = describeShare(plan, index);
  if (share) notes.push(`The share is ${share.replace(/^as a share of /, 'of ')}.`);
  const begins = dataStartNote(plan, asked, today, dataStart);
  if (begins !== null) notes.push(begins);
  const running = runningPeriodLeftOut(plan, metrics, today);
  if (running !== null) notes.push(running);
  const period = interpretSpan(resolveTimeRange(plan.timeRange, today), dataThrough);
  const compared = comparisonSpan(plan, today);
  const comparedWith = compared ? interpretSpan(compared, dataThrough) : null;
  const sortBy = plan.sort
    ? (index.metric(plan.sort.by)?.label ??
      index.dimension(plan.sort.by)?.label ??
      // A detail ("invoice_issued_at"): its name, said ("Invoice issued at").
      plan.sort.by.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()))
    : null;
  const described = describePlan(plan, layer);
  // "all time" is in the summary already: the dates add only the last day of data, not the words again.
  const periodText =
    period.from === null && described.includes('all time') ? `through ${formatDay(period.through)}` : period.text;
  const compareText = comparedWith ? `${periodText}, compared with ${comparedWith.text}` : periodText;
  // ("Revenue, Mar 8 – Mar 14, 2026, compared with the previous period": the previous period is named by its dates
  // in place, never the whole period said again after it.)
  const previousSaid = `, ${periodText}, compared with the previous period`;
  const summary =
    comparedWith !== null && described.endsWith(previousSaid)
      ? `${described.slice(0, -'the previous period'.length)}${comparedWith.text}`
      : described;
  // ("Revenue, Jan 1 – Jun 30, 2025": dates the summary already ends with are not said twice.)
  const said =
    (comparedWith === null && summary.endsWith(`, ${periodText}`)) || summary !== described ? [] : [compareText];
  if (begins !== null && dataStart !== null) said.push(`data from ${formatDay(dataStart)}`);
  return {
    sentence: said.length === 0 ? `${summary}.` : `${summary} (${said.join('; ')}).`,
    metrics: metrics.map((metric) => ({
      name: metric.name,
      label: averagedLabel(metricLabelIn(plan, metric, layer), plan, layer),
      definition: metric.description || metric.expression,
    })),
    filters,
    dimensions: plan.dimensions.map((name) => ({ name, label: index.dimension(name)?.label ?? name })),
    period,
    comparedWith,
    grain: plan.grain,
    sort: plan.sort && sortBy ? { by: plan.sort.by, label: sortBy, direction: plan.sort.direction } : null,
    limit: plan.limit,
    dataThrough,
    notes,
  };
}
