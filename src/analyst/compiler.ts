import { namedDimensions } from './plan-labels.js';
import type { Dialect } from '../warehouse/warehouse.js';
import {
  addDays,
  comparisonSpan,
  paceSpan,
  daysBetween,
  resolveTimeRange,
  shiftDate,
  startOfUnit,
  unitsOfData,
  dataSpan,
  type DateSpan,
  type QueryPlan,
} from './plan.js';
import {
  addsUp,
  countsCreations,
  indexLayer,
  rowNoun,
  textDetailOf,
  type Dimension,
  type LayerIndex,
  type Metric,
  type SemanticLayer,
  madeColumn,
  undatedBeside,
} from './semantic-layer.js';
import {
  checkRowConditions,
  checkShare,
  passesWithNone,
  RowConditionError,
  rowConditionSql,
  shareColumns,
  sharePart,
  conditionDated,
} from './row-conditions.js';

/**
 * The plan → SQL compiler. Deterministic: the same plan, dialect and today give the same SQL, byte for byte.
 * Every query is filtered by time (all time still ends today); tenant confinement is the warehouse engine's
 * job (views in DuckDB, row-level security in PostgreSQL), so the SQL carries no user_id predicate.
 */

export interface CompileOptions {
  /** The first day of the figure's data (YYYY-MM-DD), when known: an average per month counts only months from it. */
  readonly dataStart?: string | null;
  /**
   * The engine the SQL is for. What the compiler writes (aggregate FILTER clauses, date_trunc, EXTRACT,
   * TIMESTAMP literals, CAST) means the same on DuckDB and PostgreSQL, so today both get the same text.
   */
  readonly dialect: Dialect;
  /** The asking user's today, YYYY-MM-DD. */
  readonly today: string;
  /** The semantic layer the plan's names refer to. */
  readonly layer: SemanticLayer;
}

/** A plan the layer cannot express (unknown names, unreachable breakdowns, mixed tables). */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

interface Resolved {
  readonly index: LayerIndex;
  readonly metrics: readonly Metric[];
  readonly dimensions: readonly Dimension[];
}

/** Why a plan cannot be compiled against the layer, or null when it can. */
export function checkPlan(plan: QueryPlan, layer: SemanticLayer): string | null {
  try {
    resolve(plan, indexLayer(layer));
    return null;
  } catch (error) {
    if (error instanceof PlanError) return error.message;
    throw error;
  }
}

/** The column of a metric averaged per unit of time: `revenue_per_day`. */
export function perColumn(metric: string, per: string): string {
  return `${metric}_per_${per}`;
}

/** Why an average per unit of time cannot be computed for this plan, or null. */
function perProblem(plan: QueryPlan, metrics: readonly Metric[]): string | null {
  if (!plan.per) return null;
  if (plan.timeRange.kind === 'all') return `an average per ${plan.per} needs a period (for example "last 30 days")`;
  if (plan.grain !== null || plan.comparison !== null || plan.share)
    return `an average per ${plan.per} together with a time series, a comparison or a share`;
  const whole = metrics.find((metric) => metric.aggregation !== 'sum' && metric.aggregation !== 'count');
  if (whole) return `${whole.label.toLowerCase()} per ${plan.per}: it is not a total that adds up day by day`;
  return null;
}

/** Why an average per row of a thing cannot be computed for this plan, or null. */
function perRowProblem(plan: QueryPlan, metrics: readonly Metric[], index: LayerIndex): string | null {
  if (!plan.perRow) return null;
  const dimension = index.dimension(plan.perRow);
  if (!dimension) return `unknown dimension "${plan.perRow}"`;
  const noun = rowNoun(dimension);
  // Two values side by side ("the average invoice, EMEA vs Americas") are two groups, each averaged on its own;
  // two periods ("the average invoice in Q3 vs Q2") each average their own rows.
  if (plan.per || plan.share) return `an average per ${noun} together with a share or another average`;
  // The rows may be another table's, reached by many-to-one joins ("revenue per buying customer": the revenue of
  // the period over the distinct customers of its orders); no join multiplies the figure's rows.
  const whole = metrics.find(
    (metric) =>
      (metric.aggregation !== 'sum' && metric.aggregation !== 'count') ||
      (metric.table !== dimension.table && !index.reachable(metric, dimension)),
  );
  if (whole) return `${whole.label.toLowerCase()} per ${noun}`;
  return null;
}

/** The plan's metrics in groups that share one table and one time column, in the plan's order. */
function metricGroups(plan: QueryPlan, index: LayerIndex): readonly (readonly string[])[] {
  const groups = new Map<string, string[]>();
  for (const name of plan.metrics) {
    const metric = index.metric(name);
    if (!metric) throw new PlanError(`unknown metric "${name}"`);
    const key = [metric.table, metric.time.table, metric.time.column].join('\n');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()];
}

/**
 * One group's own plan, for figures of different data set side by side: the plan's breakdowns, filters and period,
 * with the group's figures; the ranking and the limit are the whole result's.
 */
function groupPlan(plan: QueryPlan, group: readonly string[], index: LayerIndex): QueryPlan {
  const { offset: _offset, ...rest } = plan;
  // ("Units sold last month and price by product": a product's price is its own, not dated by the period.)
  const metric = index.metric(group[0] as string);
  const undated = metric !== undefined && undatedBeside(plan, metric, index);
  return {
    ...rest,
    metrics: [...group],
    sort: null,
    limit: null,
    ...(undated ? { timeRange: { kind: 'all' as const } } : {}),
  };
}

/**
 * Figures of different data ("revenue and engagement by month", "units sold and price by product") are each
 * worked out on their own data and set side by side on the breakdowns they share; not with comparisons, shares,
 * averages per row or period, or conditions on rows, whose meaning across two sets of rows would be unclear.
 */
function sideBySide(plan: QueryPlan): boolean {
  return (
    plan.comparison === null &&
    !plan.share &&
    !plan.per &&
    !plan.perRow &&
    (plan.conditions ?? []).length === 0 &&
    !plan.joined &&
    !plan.offset
  );
}

/** A ranking only by a column the result has: a figure, a breakdown, the period, or a detail of a breakdown. */
function checkSort(plan: QueryPlan, index: LayerIndex): void {
  if (!plan.sort) return;
  const by = plan.sort.by;
  const known =
    plan.metrics.includes(by) ||
    plan.dimensions.includes(by) ||
    (by === 'period' && plan.grain !== null) ||
    // "The latest invoice": a detail shown beside a grouped thing (its own time).
    plan.dimensions.some((name) => index.dimension(name)?.details.some((detail) => detail.name === by));
  if (!known) throw new PlanError(`cannot sort by "${by}": it is not in the result`);
}

function resolve(plan: QueryPlan, index: LayerIndex): Resolved {
  const metrics = plan.metrics.map((name) => {
    const metric = index.metric(name);
    if (!metric) throw new PlanError(`unknown metric "${name}"`);
    return metric;
  });
  const first = metrics[0] as Metric;
  const groups = metricGroups(plan, index);
  if (groups.length > 1) {
    const other = metrics.find((metric) => !(groups[0] as readonly string[]).includes(metric.name)) as Metric;
    if (!sideBySide(plan))
      throw new PlanError(`${first.label} and ${other.label} come from different data and cannot share one query`);
    // Each group answers the breakdowns and filters on its own data.
    for (const group of groups) resolve(groupPlan(plan, group, index), index);
    checkSort(plan, index);
    return { index, metrics, dimensions: plan.dimensions.map((name) => index.dimension(name) as Dimension) };
  }
  const dimensionNames = [
    ...plan.dimensions,
    ...plan.filters.map((filter) => filter.dimension),
    ...(plan.comparison?.kind === 'values' ? [plan.comparison.dimension] : []),
    ...(plan.everyValue ?? []),
  ];
  for (const name of dimensionNames) {
    const dimension = index.dimension(name);
    if (!dimension) throw new PlanError(`unknown dimension "${name}"`);
    if (!index.reachable(first, dimension)) {
      throw new PlanError(`${first.label} cannot be broken down or filtered by ${dimension.label.toLowerCase()}`);
    }
  }
  for (const filter of plan.filters) {
    const dimension = index.dimension(filter.dimension) as Dimension;
    if (filter.operator === 'mentions' && textDetailOf(dimension) === undefined)
      throw new PlanError(`${dimension.plural} have no text to search for a mention (only dimensions with text can)`);
  }
  if (new Set(plan.dimensions).size !== plan.dimensions.length) throw new PlanError('a dimension is repeated');
  try {
    checkRowConditions(plan, first, index);
    checkShare(plan, metrics, index);
  } catch (error) {
    if (error instanceof RowConditionError) throw new PlanError(error.message);
    throw error;
  }
  const periodComparison = plan.comparison?.kind === 'previous_period' || plan.comparison?.kind === 'period';
  if (periodComparison && plan.grain !== null) {
    throw new PlanError('a period comparison cannot also be a time series');
  }
  if (plan.comparison?.kind === 'previous_period' && plan.timeRange.kind === 'all') {
    throw new PlanError('all time has no previous period to compare with');
  }
  checkSort(plan, index);
  const per = perProblem(plan, metrics) ?? perRowProblem(plan, metrics, index);
  if (per) throw new PlanError(per);
  return { index, metrics, dimensions: plan.dimensions.map((name) => index.dimension(name) as Dimension) };
}

/** SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * "Posts that mention the Soft Beanie": the rows whose text (the dimension's `textDetail`) contains one of the
 * values, any case; matched as typed (no pattern characters), with the text functions both dialects share.
 */
function mentionsPredicate(dimension: Dimension, values: readonly string[]): string {
  const text = textDetailOf(dimension);
  if (!text) throw new PlanError(`${dimension.plural} have no text to search for a mention`);
  const patterns = values.map((value) => `strpos(lower(${text.expression}), lower(${literal(value)})) > 0`);
  return patterns.length === 1 ? (patterns[0] as string) : `(${patterns.join(' OR ')})`;
}

/** A filter's predicate on the dimension's column (`column`, its SQL). */
function filterPredicate(filter: QueryPlan['filters'][number], dimension: Dimension, column: string): string {
  if (filter.operator === 'mentions') return mentionsPredicate(dimension, filter.values);
  const values = filter.values.map(literal);
  if (filter.operator === 'eq' && values.length === 1) return `${column} = ${values[0]}`;
  if (filter.operator === 'neq') return `${column} NOT IN (${values.join(', ')})`;
  return `${column} IN (${values.join(', ')})`;
}

function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function timestamp(day: string): string {
  return `TIMESTAMP '${day} 00:00:00'`;
}

function spanPredicate(column: string, span: DateSpan): string {
  const upper = `${column} < ${timestamp(span.to)}`;
  return span.from === null ? upper : `${column} >= ${timestamp(span.from)} AND ${upper}`;
}

const AGGREGATE = /\b(SUM|COUNT|AVG|MIN|MAX)\s*\(/gi;

/** Index just past the parenthesis that closes the one at `open`, skipping string literals. */
function closingParen(sql: string, open: number): number {
  let depth = 0;
  for (let position = open; position < sql.length; position += 1) {
    const char = sql[position];
    if (char === "'") {
      position = sql.indexOf("'", position + 1);
      if (position === -1) break;
    } else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return position + 1;
    }
  }
  throw new PlanError(`unbalanced parentheses in metric SQL: ${sql}`);
}

/**
 * Restricts every aggregate call in a metric expression to rows matching `condition`, merging with a
 * FILTER clause the expression already has (refund rate counts refunded orders with one).
 */
export function restrictAggregates(expression: string, condition: string): string {
  let out = '';
  let cursor = 0;
  AGGREGATE.lastIndex = 0;
  for (let match = AGGREGATE.exec(expression); match !== null; match = AGGREGATE.exec(expression)) {
    if (match.index < cursor) continue;
    const open = match.index + match[0].length - 1;
    const end = closingParen(expression, open);
    out += expression.slice(cursor, end);
    const existing = /^\s*FILTER\s*\(\s*WHERE\s/i.exec(expression.slice(end));
    if (existing) {
      const filterOpen = expression.indexOf('(', end);
      const filterEnd = closingParen(expression, filterOpen);
      const inner = expression.slice(end + existing[0].length, filterEnd - 1).trim();
      out += ` FILTER (WHERE (${inner}) AND ${condition})`;
      cursor = filterEnd;
    } else {
      out += ` FILTER (WHERE ${condition})`;
      cursor = end;
    }
    AGGREGATE.lastIndex = cursor;
  }
  return out + expression.slice(cursor);
}

/**
 * The predicates a metric applies in this plan: a filter overridden by a dimension the plan names gives way,
 * except to an exclusion ("revenue excluding refunds" only narrows revenue; it never adds cancelled orders).
 */
function activeFilters(metric: Metric, plan: QueryPlan): string[] {
  const named = namedDimensions(plan);
  return metric.filters
    .filter((filter) => filter.overriddenBy === undefined || !named.has(filter.overriddenBy))
    .map((filter) => filter.sql);
}

function conjunction(predicates: readonly string[]): string {
  return predicates.length === 1
    ? (predicates[0] as string)
    : predicates.map((predicate) => `(${predicate})`).join(' AND ');
}

/** Compiles a plan to one SELECT for the dialect. Throws PlanError when the layer cannot express the plan. */
export function compilePlan(plan: QueryPlan, options: CompileOptions): string {
  const index = indexLayer(options.layer);
  const { metrics, dimensions } = resolve(plan, index);
  const groups = metricGroups(plan, index);
  if (groups.length > 1) return compileSideBySide(plan, groups, dimensions, metrics, options);
  const fact = metrics[0] as Metric;
  const timeColumn = `${fact.time.table}.${fact.time.column}`;
  const dimensionSql = (dimension: Dimension) => dimension.expression.replaceAll('{time}', timeColumn);

  const filterDimensions = plan.filters.map((filter) => index.dimension(filter.dimension) as Dimension);
  const comparedDimension =
    plan.comparison?.kind === 'values' ? (index.dimension(plan.comparison.dimension) as Dimension) : null;
  const groupDimensions = [...dimensions];
  if (comparedDimension && !groupDimensions.includes(comparedDimension)) groupDimensions.push(comparedDimension);

  const tables = [
    ...metrics.flatMap((metric) => [metric.time.table, ...metric.uses]),
    ...[...groupDimensions, ...filterDimensions].flatMap((dimension) => (dimension.table ? [dimension.table] : [])),
    ...(plan.conditions ?? []).flatMap((condition) => index.dimension(condition.dimension)?.table ?? []),
    ...(plan.perRow ? [index.dimension(plan.perRow)?.table ?? []].flat() : []),
    ...(plan.joined ? [plan.joined.table] : []),
  ];
  const joins = index.joinPath(fact.table, tables);
  if (joins === null) throw new PlanError(`${fact.label} cannot reach every table the plan needs`);

  const mainSpan = resolveTimeRange(plan.timeRange, options.today);
  const comparedSpan = comparisonSpan(plan, options.today);
  const pace = paceSpan(plan, options.today);
  const where: string[] = [];
  const period = (column: string) =>
    comparedSpan
      ? `(${spanPredicate(column, mainSpan)}) OR (${spanPredicate(column, comparedSpan)})`
      : spanPredicate(column, mainSpan);
  // "How many products sold over 500 units in 2025": the period is the condition's, the products are not dated.
  if (!conditionDated(plan, fact, index)) where.push(period(timeColumn));
  // "Billed to subscribers who joined in May": the people's own creation date, in its period.
  if (plan.joined) {
    const created = madeColumn(index.layer, plan.joined.table);
    if (created === null) throw new PlanError(`nothing in the layer says when ${plan.joined.table} were made`);
    where.push(spanPredicate(created, resolveTimeRange(plan.joined.timeRange, options.today)));
  }

  // Metric predicates go in WHERE when every metric shares them, otherwise into each aggregate's FILTER.
  const metricFilters = metrics.map((metric) => activeFilters(metric, plan));
  // (A share of another figure keeps each figure's filters to itself: the whole counts rows the part leaves out.)
  const wholeMetric = plan.share?.of === undefined ? undefined : index.metric(plan.share.of);
  const shared =
    wholeMetric === undefined && metricFilters.every((filters) => filters.join('\n') === metricFilters[0]?.join('\n'));
  if (shared) where.push(...(metricFilters[0] ?? []));

  // A share's part is not a filter of the query: the whole is computed over the same rows without it.
  const part = sharePart(plan);
  let partPredicate: string | null = null;
  for (const [position, filter] of plan.filters.entries()) {
    const dimension = filterDimensions[position] as Dimension;
    const predicate = filterPredicate(filter, dimension, dimensionSql(dimension));
    if (filter === part) partPredicate = predicate;
    else where.push(predicate);
  }
  // "% of orders with a discount": the conditions are the part of the share, the whole is every row without them.
  // ("Products that sold over 20 units on the TikTok Shop", "at least 3 refunded orders": the question's filters
  // pick the rows a condition adds up, too.)
  const rowsFilters = plan.filters.flatMap((filter, position) => {
    const dimension = filterDimensions[position] as Dimension;
    return filter !== part && dimension.table
      ? [{ sql: filterPredicate(filter, dimension, dimensionSql(dimension)), table: dimension.table }]
      : [];
  });
  const conditionSql = (plan.conditions ?? []).map((condition) =>
    rowConditionSql(condition, plan, index, period, rowsFilters),
  );
  if (plan.share?.conditions === true) partPredicate = conjunction(conditionSql);
  else where.push(...conditionSql);
  if (comparedDimension && plan.comparison?.kind === 'values') {
    where.push(`${dimensionSql(comparedDimension)} IN (${plan.comparison.values.map(literal).join(', ')})`);
  }

  const select: string[] = [];
  const groupBy: string[] = [];
  const orderKeys: string[] = [];
  // The bucket a moment falls in; weeks that start on Sunday: the Monday-based week of the next day, moved back a day.
  const sundayWeeks = plan.grain === 'week' && index.layer.weekStart === 'sunday';
  const bucketSql = (moment: string) =>
    sundayWeeks
      ? `CAST(date_trunc('week', ${moment} + INTERVAL '1 day') - INTERVAL '1 day' AS DATE)`
      : `CAST(date_trunc(${literal(plan.grain ?? 'day')}, ${moment}) AS DATE)`;
  if (plan.grain !== null) {
    const period = bucketSql(timeColumn);
    select.push(`${period} AS ${identifier('period')}`);
    groupBy.push(period);
    orderKeys.push(identifier('period'));
  }
  for (const dimension of groupDimensions) {
    const column = dimensionSql(dimension);
    select.push(`${column} AS ${identifier(dimension.name)}`);
    groupBy.push(column);
    orderKeys.push(identifier(dimension.name));
    for (const detail of dimension.details) {
      select.push(`${detail.expression} AS ${identifier(detail.name)}`);
      groupBy.push(detail.expression);
    }
  }
  // The SQL of each metric's column, for the tie count of a "top 1" below.
  const columnSql = new Map<string, string>();
  metrics.forEach((metric, position) => {
    const own = shared ? [] : (metricFilters[position] ?? []);
    // A sum or a count over no rows is 0, not "no value" ("Pro billing in August": nothing billed), when the
    // result is one row (a group only exists with rows).
    const zeroWhenNone =
      groupBy.length === 0 && addsUp(metric) ? (sql: string) => `COALESCE(${sql}, 0)` : (sql: string) => sql;
    const restrict = (expression: string, extra: readonly string[]) =>
      zeroWhenNone(extra.length === 0 ? expression : restrictAggregates(expression, conjunction(extra)));
    // "The average invoice": the total over the rows, divided by how many of them there are.
    const perRow = (perRowName: string, extra: readonly string[]) =>
      `CAST(${restrict(metric.expression, extra)} AS DOUBLE PRECISION) / NULLIF(${restrict(`COUNT(DISTINCT ${(index.dimension(perRowName) as Dimension).expression})`, extra)}, 0)`;
    if (comparedSpan && plan.perRow) {
      // "The average invoice in Q3 vs Q2": each period's total over its own rows.
      const name = perColumn(metric.name, plan.perRow);
      select.push(
        `${perRow(plan.perRow, [...own, spanPredicate(timeColumn, mainSpan)])} AS ${identifier(name)}`,
        `${perRow(plan.perRow, [...own, spanPredicate(timeColumn, comparedSpan)])} AS ${identifier(`${name}_previous`)}`,
      );
    } else if (comparedSpan) {
      select.push(
        `${restrict(metric.expression, [...own, spanPredicate(timeColumn, mainSpan)])} AS ${identifier(metric.name)}`,
      );
      select.push(
        `${restrict(metric.expression, [...own, spanPredicate(timeColumn, comparedSpan)])} AS ${identifier(`${metric.name}_previous`)}`,
      );
      // ("This month so far vs all of last month": last month's same days too, its pace.)
      if (pace)
        select.push(
          `${restrict(metric.expression, [...own, spanPredicate(timeColumn, pace)])} AS ${identifier(`${metric.name}_same_days`)}`,
        );
    } else if (plan.share && wholeMetric) {
      select.push(
        ...shareColumns(
          metric,
          restrict(metric.expression, own),
          restrict(wholeMetric.expression, activeFilters(wholeMetric, plan)),
        ).map(([sql, name]) => `${sql} AS ${identifier(name)}`),
      );
    } else if (plan.share) {
      const whole = restrict(metric.expression, own);
      // (A part with no rows in a group that has some is 0 of it, never "no value": "Pro share of billing by
      // month" in a month only Basic was billed.)
      const part = restrict(metric.expression, [...own, partPredicate ?? 'TRUE']);
      const value =
        partPredicate === null ? whole : addsUp(metric) && groupBy.length > 0 ? `COALESCE(${part}, 0)` : part;
      select.push(
        ...shareColumns(metric, value, partPredicate === null ? null : whole).map(
          ([sql, name]) => `${sql} AS ${identifier(name)}`,
        ),
      );
    } else if (plan.per) {
      // "Average daily revenue last month": the total over the period, divided by its days of data.
      const units = unitsOfData(dataSpan(mainSpan, options.dataStart), options.today, plan.per);
      if (units === null) throw new PlanError(`the period holds no ${plan.per} of data yet`);
      select.push(
        `CAST(${restrict(metric.expression, own)} AS DOUBLE PRECISION) / ${units} AS ${identifier(perColumn(metric.name, plan.per))}`,
      );
    } else if (plan.perRow) {
      const sql = perRow(plan.perRow, own);
      columnSql.set(perColumn(metric.name, plan.perRow), sql);
      select.push(`${sql} AS ${identifier(perColumn(metric.name, plan.perRow))}`);
    } else {
      columnSql.set(metric.name, restrict(metric.expression, own));
      select.push(`${restrict(metric.expression, own)} AS ${identifier(metric.name)}`);
    }
  });
  // "The biggest invoice", "top 5 invoices": a limit hides the rows that share a value it shows; count them.
  const averaged = plan.per ?? plan.perRow ?? null;
  // ("The subscriber with the highest average invoice": ties counted on the average each row ranks by.)
  const rankedSql = !plan.sort
    ? undefined
    : !averaged
      ? columnSql.get(plan.sort.by)
      : plan.perRow && plan.metrics.includes(plan.sort.by)
        ? columnSql.get(perColumn(plan.sort.by, plan.perRow))
        : undefined;
  const universe = emptyRowsUniverse(plan, metrics, groupDimensions, fact, !!comparedSpan, index);
  if (
    !universe &&
    plan.limit !== null &&
    plan.grain === null &&
    groupDimensions.length > 0 &&
    rankedSql !== undefined &&
    plan.sort
  ) {
    select.push(`COUNT(*) OVER (PARTITION BY ${rankedSql}) AS ${identifier(`${plan.sort.by}_tied_rows`)}`);
  }

  const order: string[] = [];
  if (plan.sort) {
    const by = averaged && plan.metrics.includes(plan.sort.by) ? perColumn(plan.sort.by, averaged) : plan.sort.by;
    order.push(`${identifier(by)} ${plan.sort.direction.toUpperCase()} NULLS LAST`);
  } else if (plan.grain === null && groupDimensions.length > 0) {
    // A breakdown reads best largest first.
    order.push(`${identifier(averaged ? perColumn(fact.name, averaged) : fact.name)} DESC NULLS LAST`);
  }
  for (const key of orderKeys) if (!order.some((clause) => clause.startsWith(`${key} `))) order.push(key);

  const lines = [`SELECT ${select.join(',\n       ')}`, `FROM ${fact.table}`];
  // A join every row should have kept open: a payment whose member was deleted still counts, linked to no plan, never
  // dropped. A partial one (orders linked to a post) counts only the rows it links, as the layer says.
  for (const join of joins) lines.push(`${join.partial ? 'JOIN' : 'LEFT JOIN'} ${join.to} ON ${join.on}`);
  lines.push(`WHERE ${conjunction(where)}`);
  if (groupBy.length > 0) lines.push(`GROUP BY ${groupBy.join(', ')}`);

  // "The 3 worst selling products last week": the products that sold nothing are the bottom, not left out; how
  // many share the lowest value is counted beside them, as more may tie than the limit shows.
  if (universe) {
    const universeWhere = plan.filters
      .map((filter, position) => ({ filter, dimension: filterDimensions[position] as Dimension }))
      .filter(
        ({ filter, dimension }) =>
          filter !== part &&
          dimension.table === universe.table &&
          // (A value of the metric's own table is one it has, whatever the filters on the figure's rows say.)
          (!universe.own || dimension.name === universe.name),
      )
      .map(({ filter, dimension }) => filterPredicate(filter, dimension, dimensionSql(dimension)));
    // "Products with no sales": the condition picks the rows of the whole list, not only of those found.
    (plan.conditions ?? []).forEach((condition, position) => {
      if (condition.dimension === universe.name) universeWhere.push(conditionSql[position] as string);
    });
    // A row added after the period (a product launched later) did not sell nothing then: it was not there.
    const created = options.layer.metrics.find(
      (metric) => metric.table === universe.table && metric.time.table === universe.table && countsCreations(metric),
    );
    if (created) universeWhere.push(`${universe.table}.${created.time.column} < ${timestamp(mainSpan.to)}`);
    const keys = [universe, ...universe.details].map((column) => identifier(column.name));
    const values = metrics.map(
      (metric) => `COALESCE(${identifier('found')}.${identifier(metric.name)}, 0) AS ${identifier(metric.name)}`,
    );
    const sort = plan.sort ?? { by: metrics[0]?.name as string, direction: 'asc' as const };
    const ranked = `COALESCE(${identifier('found')}.${identifier(sort.by)}, 0)`;
    const tied = [`COUNT(*) OVER (PARTITION BY ${ranked}) AS ${identifier(`${sort.by}_tied_rows`)}`];
    const listed = universe.listed;
    const found = identifier('found');
    const foundKey = `${found}.${keys[0]}`;
    const every =
      listed !== undefined
        ? // (Each value the rows have, and each listed one the period holds.)
          `SELECT CAST(${foundKey} AS VARCHAR) AS ${keys[0]} FROM ${found} UNION ${partsOfTimeHeld(universe.expression, listed, keys[0] as string, mainSpan, options.today)}`
        : [
            `SELECT DISTINCT ${[universe, ...universe.details].map((column) => `${column.expression} AS ${identifier(column.name)}`).join(', ')}`,
            `FROM ${universe.table}`,
            ...(universeWhere.length > 0 ? [`WHERE ${conjunction(universeWhere)}`] : []),
          ].join(' ');
    return [
      `WITH ${found} AS (\n${lines.join('\n')}\n)`,
      `SELECT ${[...keys.map((key) => `${identifier('every')}.${key}`), ...values, ...tied].join(',\n       ')}`,
      `FROM (${every}) AS ${identifier('every')}`,
      `LEFT JOIN ${found} ON ${listed !== undefined ? `CAST(${foundKey} AS VARCHAR)` : foundKey} = ${identifier('every')}.${keys[0]}`,
      `ORDER BY ${identifier(sort.by)} ${sort.direction.toUpperCase()} NULLS LAST, ${keys[0]}`,
      ...(plan.limit !== null ? [limitClause(plan)] : []),
    ].join('\n');
  }
  // "The worst month this year": every month of the period ranks, the ones with nothing at zero, and how many share
  // the value shown is counted beside it (the period buckets listed without a table function, which the guard refuses).
  const buckets = periodBuckets(
    plan,
    metrics,
    groupDimensions,
    !!comparedSpan,
    // (No months before the data begins: "the worst month of 2024" is never an empty January before the first order.)
    dataSpan(mainSpan, options.dataStart),
    options.today,
    index.layer.weekStart === 'sunday' ? 'sunday' : 'monday',
  );
  if (buckets) {
    const sort = plan.sort as NonNullable<QueryPlan['sort']>;
    const every = identifier('every');
    const found = identifier('found');
    const periodKey = identifier('period');
    const values = metrics.map(
      (metric) => `COALESCE(${found}.${identifier(metric.name)}, 0) AS ${identifier(metric.name)}`,
    );
    const ranked = `COALESCE(${found}.${identifier(sort.by)}, 0)`;
    // Every day from the first to the last, as four digits of an offset, in its bucket.
    const { from, offset } = digitOffsets(4);
    const day = `DATE ${literal(buckets.first)} + (${offset})`;
    const within: string[] = [];
    // All time starts at the first period with data, not at the earliest bucket listed.
    if (buckets.fromData) within.push(`${every}.${periodKey} >= (SELECT MIN(${periodKey}) FROM ${found})`);
    // The lowest: only periods the range holds whole ("the worst week this year" is never its 4 days in January,
    // nor the month still running). A period cut short can still be the highest, as it is already that high.
    if (sort.direction === 'asc' && buckets.whole !== null) {
      within.push(`${every}.${periodKey} >= DATE ${literal(buckets.whole.first)}`);
      within.push(`${every}.${periodKey} <= DATE ${literal(buckets.whole.last)}`);
    }
    const series = [
      `SELECT DISTINCT ${bucketSql(day)} AS ${periodKey}`,
      `FROM ${from}`,
      `WHERE ${offset} < ${daysBetween(buckets.first, buckets.end)}`,
    ].join(' ');
    return [
      `WITH ${found} AS (\n${lines.join('\n')}\n)`,
      `SELECT ${[`${every}.${periodKey}`, ...values, `COUNT(*) OVER (PARTITION BY ${ranked}) AS ${identifier(`${sort.by}_tied_rows`)}`].join(',\n       ')}`,
      `FROM (SELECT ${periodKey} FROM ${found} UNION ${series}) AS ${every}`,
      `LEFT JOIN ${found} ON ${found}.${periodKey} = ${every}.${periodKey}`,
      ...(within.length > 0 ? [`WHERE ${conjunction(within)}`] : []),
      `ORDER BY ${identifier(sort.by)} ${sort.direction.toUpperCase()} NULLS LAST, ${every}.${periodKey}`,
      limitClause(plan),
    ].join('\n');
  }
  if (order.length > 0) lines.push(`ORDER BY ${order.join(', ')}`);
  if (plan.limit !== null) lines.push(limitClause(plan));
  return lines.join('\n');
}

/**
 * "Revenue and engagement by month": each group of figures from its own data (one query each, the plan's period,
 * filters and breakdowns), then every key any of them has (period, breakdowns and their details), each group's
 * figures beside it; a total or a count with no rows for a key is 0 there.
 */
function compileSideBySide(
  plan: QueryPlan,
  groups: readonly (readonly string[])[],
  dimensions: readonly Dimension[],
  metrics: readonly Metric[],
  options: CompileOptions,
): string {
  const parts = groups.map((group, position) => ({
    name: identifier(`part_${position + 1}`),
    sql: compilePlan(groupPlan(plan, group, indexLayer(options.layer)), options),
    group,
  }));
  const keys = [
    ...(plan.grain !== null ? ['period'] : []),
    ...dimensions.flatMap((dimension) => [dimension.name, ...dimension.details.map((detail) => detail.name)]),
  ].map(identifier);
  const joinKeys = [...(plan.grain !== null ? ['period'] : []), ...dimensions.map((dimension) => dimension.name)].map(
    identifier,
  );
  const partOf = (metric: Metric) => parts.find((part) => part.group.includes(metric.name)) as (typeof parts)[number];
  const values = metrics.map((metric) => {
    const column = `${partOf(metric).name}.${identifier(metric.name)}`;
    return `${addsUp(metric) ? `COALESCE(${column}, 0)` : column} AS ${identifier(metric.name)}`;
  });
  const every = identifier('every');
  const lines = [`WITH ${parts.map((part) => `${part.name} AS (\n${part.sql}\n)`).join(',\n')}`];
  if (keys.length === 0) {
    lines.push(`SELECT ${values.join(',\n       ')}`, `FROM ${parts.map((part) => part.name).join(' CROSS JOIN ')}`);
    return lines.join('\n');
  }
  const union = parts.map((part) => `SELECT ${keys.join(', ')} FROM ${part.name}`).join(' UNION ');
  lines.push(
    `SELECT ${[...keys.map((key) => `${every}.${key}`), ...values].join(',\n       ')}`,
    `FROM (${union}) AS ${every}`,
    ...parts.map(
      (part) =>
        `LEFT JOIN ${part.name} ON ${joinKeys.map((key) => `${part.name}.${key} IS NOT DISTINCT FROM ${every}.${key}`).join(' AND ')}`,
    ),
  );
  const order: string[] = [];
  if (plan.sort) order.push(`${identifier(plan.sort.by)} ${plan.sort.direction.toUpperCase()} NULLS LAST`);
  else if (plan.grain === null) order.push(`${identifier((metrics[0] as Metric).name)} DESC NULLS LAST`);
  for (const key of joinKeys) if (!order.some((clause) => clause.startsWith(`${key} `))) order.push(`${every}.${key}`);
  lines.push(`ORDER BY ${order.join(', ')}`);
  if (plan.limit !== null) lines.push(limitClause(plan));
  return lines.join('\n');
}

/** "LIMIT 1 OFFSET 1": the rows kept, after the ones a place in the ranking passes over ("the second one"). */
function limitClause(plan: QueryPlan): string {
  return `LIMIT ${plan.limit ?? 1}${plan.offset ? ` OFFSET ${plan.offset}` : ''}`;
}

/**
 * Whether the plan ranks periods by a sum or count of their own ("worst month this year"), every period of its range
 * listed, the ones with nothing at zero, and the lowest only among whole ones (see `periodBuckets`).
 */
export function ranksPeriods(plan: QueryPlan, metrics: readonly Metric[], grouped: boolean): boolean {
  if (plan.grain === null || plan.limit === null || !plan.sort || !plan.metrics.includes(plan.sort.by)) return false;
  if (grouped || plan.share || plan.per || plan.perRow) return false;
  return (plan.conditions ?? []).length === 0 && metrics.every(addsUp);
}

/**
 * The days a ranking of periods ranks ("worst month this year", "top 3 weeks"): from the period's first day (for
 * all time, ten thousand days back, the periods before the first with data then left out) to the day before its end
 * or today (data runs through yesterday), so a period with nothing ranks at zero. Only for sums and counts, whose
 * absence is zero, ranked on their own (no breakdown, comparison, share or average).
 */
function periodBuckets(
  plan: QueryPlan,
  metrics: readonly Metric[],
  groupDimensions: readonly Dimension[],
  compared: boolean,
  span: DateSpan,
  today: string,
  weekStart: 'monday' | 'sunday',
): {
  readonly first: string;
  readonly end: string;
  readonly fromData: boolean;
  /** The first and last buckets the period holds whole, or still running (all time: its end only); null when none. */
  readonly whole: { readonly first: string; readonly last: string } | null;
} | null {
  const grain = plan.grain;
  if (grain === null || !ranksPeriods(plan, metrics, groupDimensions.length > 0 || compared)) return null;
  const end = span.to < today ? span.to : today;
  const first = span.from ?? addDays(end, -(MAX_DAYS - 1));
  if (first >= end || daysBetween(first, end) > MAX_DAYS) return null;
  const bucketOf = (day: string) =>
    grain === 'week' && weekStart === 'sunday'
      ? addDays(startOfUnit(addDays(day, 1), 'week'), -1)
      : startOfUnit(day, grain);
  const firstWhole =
    span.from === null || bucketOf(first) === first ? bucketOf(first) : shiftDate(bucketOf(first), grain, 1);
  // Neither the period still running nor one the range cuts short is whole: "the worst month this year" is never
  // March's first two weeks.
  const lastWhole = bucketOf(end) === end ? addDays(end, -1) : addDays(bucketOf(end), -1);
  const whole = firstWhole <= bucketOf(lastWhole) ? { first: firstWhole, last: bucketOf(lastWhole) } : null;
  return { first, end, fromData: span.from === null, whole };
}

/**
 * Every offset from 0 to 10^places − 1, from tables of one digit each (no table function, which the guard refuses):
 * the FROM list and the offset's SQL.
 */
function digitOffsets(places: number): { readonly from: string; readonly offset: string } {
  const digits = `(VALUES ${[...Array(10).keys()].map((digit) => `(${digit})`).join(', ')})`;
  const names = [...Array(places).keys()].map((power) => identifier(`digit_${power}`));
  return {
    from: names.map((name) => `${digits} AS ${name}(${identifier('n')})`).join(', '),
    offset: names.map((name, power) => `${name}.${identifier('n')} * ${10 ** power}`).join(' + '),
  };
}

/** The most hours a part of time is looked for in, hour by hour: five digits of an offset (over eleven years). */
const MAX_HOURS = 100_000;

/**
 * The values of a part of time (a day of the week, an hour of the day) the layer lists that fall in the period, as
 * SQL of one text column named `key`, found hour by hour: "this week so far" through Saturday holds no Sunday, which
 * had no orders only because it has not come. A long or open period holds every value listed.
 */
export function partsOfTimeHeld(
  expression: string,
  listed: readonly string[],
  key: string,
  span: DateSpan,
  today: string,
): string {
  const end = span.to < today ? span.to : today;
  const hours = span.from === null || span.from >= end ? 0 : daysBetween(span.from, end) * 24;
  if (hours === 0 || hours > MAX_HOURS)
    return `SELECT * FROM (VALUES ${listed.map((value) => `(${literal(value)})`).join(', ')}) AS ${identifier('listed')}(${key})`;
  const { from, offset } = digitOffsets(5);
  const moment = `CAST(DATE ${literal(span.from as string)} AS TIMESTAMP) + (${offset}) * INTERVAL '1 hour'`;
  const part = `CAST(${expression.replaceAll('{time}', `(${moment})`)} AS VARCHAR)`;
  return [
    `SELECT DISTINCT ${part} AS ${key}`,
    `FROM ${from}`,
    `WHERE ${offset} < ${hours} AND ${part} IN (${listed.map(literal).join(', ')})`,
  ].join(' ');
}

/** The most days a ranking of periods spans: four digits of an offset. */
const MAX_DAYS = 10_000;

/**
 * The rows of another table a bottom ranking must include though the metric has none of them ("least sold
 * products last week" includes those that sold nothing): only for sums and counts, whose absence is zero, of
 * one dimension kept in a table the metric reaches by a join.
 */
function emptyRowsUniverse(
  plan: QueryPlan,
  metrics: readonly Metric[],
  groupDimensions: readonly Dimension[],
  fact: Metric,
  compared: boolean,
  index: LayerIndex,
): {
  /** Where the rows are listed; null for a part of time, whose values the layer lists (`listed`). */
  readonly table: string | null;
  readonly name: string;
  readonly expression: string;
  readonly details: Dimension['details'];
  /** The dimension is the metric's own table's: its values are those the table has, whatever the figure's rows. */
  readonly own?: boolean;
  readonly listed?: readonly string[];
} | null {
  const dimension = groupDimensions[0];
  // "Which products had no sales": a condition a row with nothing meets, on the rows listed.
  // ("Customers who spent between $100 and $200": "at most $200" alone a row with nothing meets, both together not.)
  const onRows = (plan.conditions ?? []).filter((condition) => condition.dimension === dimension?.name);
  const noneKept =
    onRows.length > 0 &&
    onRows.every((condition) => {
      const metric = index.metric(condition.metric);
      return metric !== undefined && passesWithNone(condition, metric);
    });
  const bottom = plan.sort?.direction === 'asc' && plan.metrics.includes(plan.sort.by);
  if (!bottom && !noneKept) return null;
  if (groupDimensions.length !== 1 || !dimension) return null;
  if (plan.grain !== null || compared || plan.share || plan.per || plan.perRow) return null;
  if (!metrics.every(addsUp)) return null;
  if (dimension.table && dimension.table !== fact.table)
    return {
      table: dimension.table,
      name: dimension.name,
      expression: dimension.expression,
      details: dimension.details,
    };
  // "Which acquisition channel brought the fewest new customers yesterday": a value the layer lists that had no rows
  // then is the fewest, at zero, never left out (a channel of the metric's own table, or a part of time such as a
  // day of the week). Only where nothing else limits which values there are.
  if (dimension.values.length === 0 || noneKept || (plan.conditions ?? []).length > 0) return null;
  const listed = dimension.values.map((value) => value.value);
  return dimension.table && !dimension.expression.includes('{time}')
    ? { table: dimension.table, name: dimension.name, expression: dimension.expression, details: [], own: true }
    : { table: null, name: dimension.name, expression: dimension.expression, details: [], listed };
}
