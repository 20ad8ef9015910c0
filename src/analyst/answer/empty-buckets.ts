import { resolveTimeRange, shiftDate, type QueryPlan, type TimeUnit } from '../plan.js';
import { indexLayer, type Dimension, type LayerIndex, type SemanticLayer } from '../semantic-layer.js';
import type { Cell, QueryResult } from '../../warehouse/warehouse.js';
import { entityOfTable } from '../layer-words.js';
import { partsOfTimeHeld } from '../compiler.js';

/**
 * A time series of sums and counts has a row only for the buckets that had rows: "new subscribers by month
 * this year" with sign-ups in January, April and May only would read "across 3 months", "the latest month,
 * May" in September. The buckets of the period with nothing in them are added as zeros, so every sentence,
 * table and chart speaks of the whole period. Rates and averages of an empty bucket have no value: left out.
 */

/** True when every figure of the plan is a sum or a count: what an empty bucket or a missing row has 0 of. */
function sumsAndCounts(plan: QueryPlan, index: LayerIndex): boolean {
  return plan.metrics.every((name) => {
    const metric = index.metric(name);
    return metric !== undefined && (metric.aggregation === 'sum' || metric.aggregation === 'count');
  });
}

/** Buckets added at most: a series never grows past this many rows. */
const MAX_BUCKETS = 400;

const DAY = /^\d{4}-\d{2}-\d{2}/;

export function withEmptyBuckets(
  result: QueryResult,
  plan: QueryPlan,
  options: { readonly layer: SemanticLayer; readonly today: string; readonly dataStart?: string | null },
): QueryResult {
  const grain = plan.grain;
  if (grain === null || plan.dimensions.length > 0 || plan.comparison !== null || plan.share || plan.per) {
    return result;
  }
  if (plan.perRow || result.truncated || result.rows.length === 0 || plan.limit !== null) return result;
  const index = indexLayer(options.layer);
  const additive = sumsAndCounts(plan, index);
  if (!additive) return result;
  const period = result.columns.findIndex((column) => column.name === 'period');
  if (period < 0 || result.columns.some((column, at) => at !== period && !plan.metrics.includes(column.name)))
    return result;
  const dayOf = (cell: Cell | undefined) => (typeof cell === 'string' && DAY.test(cell) ? cell.slice(0, 10) : null);
  const known = new Map<string, readonly Cell[]>();
  for (const row of result.rows) {
    const day = dayOf(row[period]);
    if (day === null) return result;
    known.set(day, row);
  }
  const span = resolveTimeRange(plan.timeRange, options.today);
  // Data runs through yesterday: the last bucket is the one holding the day before the range's end.
  const end = span.to > options.today ? options.today : span.to;
  const first = [...known.keys()].sort()[0] as string;
  // (No zeros before the data begins: "revenue by month in 2024" starts with the month of the first order.)
  const dataStart = options.dataStart ?? null;
  const from = span.from !== null && dataStart !== null && dataStart > span.from ? dataStart : (span.from ?? first);
  const buckets = bucketsAround(first, grain, from < first ? from : first, end);
  if (buckets === null || buckets.length <= known.size) return result;
  const rows = buckets.map(
    (bucket) => known.get(bucket) ?? result.columns.map((_, at) => (at === period ? bucket : 0)),
  );
  // "Weekly billing this quarter, highest first": the order asked, the empty weeks in it at zero.
  const sort = plan.sort;
  const by = sort === null || sort.by === 'period' ? -1 : result.columns.findIndex((column) => column.name === sort.by);
  if (sort !== null && by >= 0) {
    const value = (row: readonly Cell[]) => Number(row[by] ?? 0);
    rows.sort((a, b) => (sort.direction === 'desc' ? value(b) - value(a) : value(a) - value(b)));
  }
  return { ...result, rows, rowCount: rows.length };
}

/**
 * The bucket starts from the one holding `from` to the one holding the day before `end`, aligned on `anchor`
 * (a bucket start the compiler wrote, so weeks start on the layer's day); null when there would be too many.
 */
function bucketsAround(anchor: string, grain: TimeUnit, from: string, end: string): string[] | null {
  // Back from the anchor to the bucket that holds `from`.
  let start = anchor;
  for (let steps = 0; start > from; steps += 1) {
    if (steps > MAX_BUCKETS) return null;
    start = shiftDate(start, grain, -1);
  }
  if (shiftDate(start, grain, 1) <= from) start = shiftDate(start, grain, 1);
  const buckets: string[] = [];
  for (let bucket = start; bucket < end; bucket = shiftDate(bucket, grain, 1)) {
    buckets.push(bucket);
    if (buckets.length > MAX_BUCKETS) return null;
  }
  return buckets;
}

/**
 * "Basic vs Pro billing last month" when Pro billed nothing: the query has a row for Basic only, and the answer
 * would name Basic alone. Each value compared that has no row is added at zero (sums and counts only; a rate of
 * nothing has no value), so the comparison speaks of both.
 */
export function withComparedValues(result: QueryResult, plan: QueryPlan, layer: SemanticLayer): QueryResult {
  const comparison = plan.comparison;
  if (comparison?.kind !== 'values' || plan.grain !== null || plan.share || plan.per || plan.perRow) return result;
  if (result.truncated || plan.dimensions.some((name) => name !== comparison.dimension)) return result;
  const index = indexLayer(layer);
  const additive = sumsAndCounts(plan, index);
  const at = result.columns.findIndex((column) => column.name === comparison.dimension);
  if (!additive || at < 0) return result;
  const found = new Set(result.rows.map((row) => String(row[at]).toLowerCase()));
  const missing = comparison.values.filter((value) => !found.has(value.toLowerCase()));
  if (missing.length === 0) return result;
  const added = missing.map((value) =>
    result.columns.map((column, position): Cell => {
      if (position === at) return value;
      return plan.metrics.includes(column.name) ? 0 : null;
    }),
  );
  const rows = [...result.rows, ...added];
  return { ...result, rows, rowCount: rows.length };
}

/**
 * The breakdown whose values the layer lists, each missing one to be added at zero, or null: one dimension, no
 * series, comparison of values, share or average, no condition on the values, no ranking but a top one, and never
 * one row's own value ("what region is sub_ac_03 in").
 */
function fillable(plan: QueryPlan, layer: SemanticLayer): Dimension | null {
  const [name, ...others] = plan.dimensions;
  // (A comparison of periods too: "refunded orders by sales channel yesterday vs the day before" has every channel.)
  if (name === undefined || others.length > 0 || plan.grain !== null || plan.comparison?.kind === 'values') return null;
  if (plan.share || plan.per || plan.perRow) return null;
  // ("Plans with more than $500 billed": the values missing failed the condition; none of them had nothing.)
  if ((plan.conditions ?? []).some((condition) => condition.dimension === name)) return null;
  if (plan.limit !== null && plan.sort?.direction !== 'desc') return null;
  const index = indexLayer(layer);
  const dimension = index.dimension(name);
  if (dimension === undefined || dimension.values.length === 0) return null;
  // ("What region is sub_ac_03 in": one row has one region; the others are none of its, not rows at 0. "The
  // customer's region for inv_ac_012": the same, the one row's table reaching the region by many-to-one joins.)
  const table = dimension.table;
  const oneRow = plan.filters.some((filter) => {
    const filtered = index.dimension(filter.dimension);
    const one = filter.operator === 'eq' && filter.values.length === 1 && filtered?.table !== undefined;
    return (
      one &&
      table !== undefined &&
      entityOfTable(layer, filtered.table as string) === filter.dimension &&
      index.joinPath(filtered.table as string, [table]) !== null
    );
  });
  return oneRow || !sumsAndCounts(plan, index) ? null : dimension;
}

/**
 * The asker's own values of the breakdown the answer would fill in, as SQL (one column), or null: a layer shared by
 * several tenants lists every tenant's values ("Seattle" for a studio that has none there), and only the asker's
 * are theirs at zero. Run as the asker, like every query. For a part of time (a day of the week), the values the
 * period's days hold, given `today`.
 */
export function everyValueSql(plan: QueryPlan, layer: SemanticLayer, today?: string): string | null {
  const dimension = fillable(plan, layer);
  if (dimension === null) return null;
  // ("Orders by day of week this week" on a Saturday: the days the period holds, never a Sunday still to come.)
  if (dimension.expression.includes('{time}'))
    return today === undefined
      ? null
      : partsOfTimeHeld(
          dimension.expression,
          dimension.values.map((value) => value.value),
          'value',
          resolveTimeRange(plan.timeRange, today),
          today,
        );
  if (dimension.table === undefined) return null;
  return `SELECT DISTINCT ${dimension.expression} AS value FROM ${dimension.table}`;
}

/**
 * "New customers by country last week" when Germany had none: the query has no row for Germany, and the answer
 * would call Australia, at 3, the lowest, and the average per country too high. Every value the layer lists for
 * the one dimension of a breakdown (within its filters) that has no row is added at zero (sums and counts only; a
 * rate of nothing has no value), so the sentences speak of every value. A ranking that kept its limit already
 * has the rows it asked for; the lowest of a ranking are the compiler's to find (it lists every value).
 */
export function withEveryValue(
  result: QueryResult,
  plan: QueryPlan,
  layer: SemanticLayer,
  /** The asker's own values of the breakdown (from everyValueSql), when known: only those are added. */
  own?: readonly string[] | null,
): QueryResult {
  const dimension = fillable(plan, layer);
  if (dimension === null || result.truncated) return result;
  const name = dimension.name;
  if (plan.limit !== null && result.rows.length >= plan.limit) return result;
  const index = indexLayer(layer);
  const additive = sumsAndCounts(plan, index);
  const at = result.columns.findIndex((column) => column.name === name);
  if (!additive || at < 0) return result;
  const figure = (column: string) =>
    plan.metrics.includes(column) ||
    (plan.comparison !== null && plan.metrics.some((metric) => column === `${metric}_previous`));
  if (result.columns.some((column, position) => position !== at && !figure(column.name))) return result;
  const kept = (value: string) =>
    plan.filters.every(
      (filter) =>
        filter.dimension !== name ||
        (filter.operator === 'eq' && filter.values.includes(value)) ||
        (filter.operator === 'neq' && !filter.values.includes(value)),
    );
  const found = new Set(result.rows.map((row) => String(row[at]).toLowerCase()));
  // (Only the asker's own values, when known: never another tenant's city at zero.)
  const mine = own ? new Set(own.map((value) => value.toLowerCase())) : null;
  const missing = dimension.values
    .map((value) => value.value)
    .filter(
      (value) => kept(value) && !found.has(value.toLowerCase()) && (mine === null || mine.has(value.toLowerCase())),
    );
  if (missing.length === 0) return result;
  const zeros = missing.map((value) => result.columns.map((_column, position): Cell => (position === at ? value : 0)));
  const room = plan.limit === null ? zeros.length : plan.limit - result.rows.length;
  const rows = plan.sort?.direction === 'asc' ? [...zeros, ...result.rows] : [...result.rows, ...zeros.slice(0, room)];
  return { ...result, rows, rowCount: rows.length };
}
