import type { Filter, QueryPlan, RowCondition } from './plan.js';
import { entityOfTable } from './layer-words.js';
import { addsUp, countsRowsOf, type Dimension, type LayerIndex, type Metric } from './semantic-layer.js';
import { formatValue, pluralLabel } from './answer/format.js';
import { pluralize } from './answer/result-shape.js';

/**
 * Conditions on rows and shares of a total, as SQL: "orders over $250" keeps the orders whose own revenue is
 * over 250; "baskets of three or more items" keeps the orders whose items add up to three or more (a subquery
 * grouped by the order); "share of revenue from the Instagram Shop" divides the part by the whole. Both are
 * read from the layer's metrics and dimensions, so they work for any layer.
 */

/** Raised through the compiler's PlanError: a plan whose condition or share the layer cannot express. */
export class RowConditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowConditionError';
  }
}

const OPERATORS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Words for an operator, for summaries: "over 250", "at least 3". */
export const OPERATOR_WORDS = { gt: 'over', gte: 'at least', lt: 'under', lte: 'at most' } as const;

/**
 * The value of a metric for one row of its own table, when the metric is a single SUM/AVG/MIN/MAX of a row
 * expression ("SUM(orders.total)" → "orders.total"); null otherwise (counts, ratios, filtered aggregates).
 */
export function perRowExpression(expression: string): string | null {
  const match = /^\s*(?:SUM|AVG|MIN|MAX)\s*\((.*)\)\s*$/is.exec(expression);
  if (!match) return null;
  const inner = match[1] as string;
  let depth = 0;
  for (const char of inner) {
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    if (depth < 0) return null;
  }
  if (depth !== 0 || /\bFILTER\b|\bDISTINCT\b/i.test(inner)) return null;
  return inner.trim();
}

/**
 * True when the dimension names one row of the metric's own table (an order of the orders), so the figure of one row
 * is its row expression; a group on the same table (each sales channel's orders) adds its rows up, in a subquery.
 */
function namesOneRow(metric: Metric, dimension: Dimension, index: LayerIndex): boolean {
  return (
    metric.table === dimension.table &&
    dimension.values.length === 0 &&
    entityOfTable(index.layer, metric.table) === dimension.name
  );
}

/** Checks a plan's row conditions against the layer; throws a RowConditionError naming what cannot be done. */
export function checkRowConditions(plan: QueryPlan, fact: Metric, index: LayerIndex): void {
  for (const condition of plan.conditions ?? []) {
    const metric = index.metric(condition.metric);
    const dimension = index.dimension(condition.dimension);
    if (!metric) throw new RowConditionError(`unknown metric "${condition.metric}" in a condition`);
    if (!dimension || dimension.table === undefined)
      throw new RowConditionError(`unknown dimension "${condition.dimension}" in a condition`);
    if (!Number.isFinite(condition.value)) throw new RowConditionError('a condition needs a number');
    if (!index.reachable(fact, dimension)) {
      throw new RowConditionError(
        `${fact.label} cannot be limited to ${dimension.plural} by their ${metric.label.toLowerCase()}`,
      );
    }
    const direct = namesOneRow(metric, dimension, index) && perRowExpression(metric.expression) !== null;
    if (
      !direct &&
      (!index.reachable(metric, dimension) || index.joinPath(metric.table, [dimension.table, ...metric.uses]) === null)
    ) {
      throw new RowConditionError(`${metric.label} cannot be computed for each of the ${dimension.plural}`);
    }
    // "How many products sold over 20 units last month": the period is the sales', so the products are counted
    // whenever they were added; by month or against another period they would be dated by their own time.
    const countsTheRows = fact.aggregation.startsWith('count') && fact.table === dimension.table;
    const sameTime = fact.time.table === metric.time.table && fact.time.column === metric.time.column;
    const overTime = plan.grain !== null || plan.comparison !== null || !conditionDated(plan, fact, index);
    if (countsTheRows && !sameTime && plan.timeRange.kind !== 'all' && overTime) {
      throw new RowConditionError(
        `a count of ${dimension.plural} by their ${metric.label.toLowerCase()} over a period (the ${dimension.plural} would be dated by their own date, not by their ${metric.label.toLowerCase()}); ask which ${dimension.plural} instead`,
      );
    }
  }
}

/**
 * True when the plan counts the rows a condition picks and the condition's figure has its own time ("how many
 * products sold over 500 units in 2025"): the period is the condition's, not the counted rows' own date. (Where the
 * layer counts those behind the figure's rows, "customers who bought", that count is the one to ask for.)
 */
export function conditionDated(plan: QueryPlan, fact: Metric, index: LayerIndex): boolean {
  if (plan.timeRange.kind === 'all' || !fact.aggregation.startsWith('count')) return false;
  return (plan.conditions ?? []).some((condition) => {
    const metric = index.metric(condition.metric);
    const dimension = index.dimension(condition.dimension);
    if (!metric || !dimension || dimension.table !== fact.table) return false;
    const counted = index.layer.metrics.some(
      (other) =>
        other.table === metric.table && other.aggregation === 'count_distinct' && countsRowsOf(other, dimension),
    );
    return !counted && (fact.time.table !== metric.time.table || fact.time.column !== metric.time.column);
  });
}

/** The filter that is the part of a share, when the share is of a filtered part. */
export function sharePart(plan: QueryPlan): Filter | null {
  const dimension = plan.share?.dimension;
  if (!dimension) return null;
  return plan.filters.find((filter) => filter.dimension === dimension && filter.operator !== 'neq') ?? null;
}

/**
 * Whether `part` is `whole` over fewer of the same rows: the same table, time and expression, with every filter of
 * the whole and more of its own (attributed revenue, the revenue of orders attributed to a post, of revenue).
 */
export function partOfMetric(part: Metric, whole: Metric): boolean {
  const filters = new Set(part.filters.map((filter) => filter.sql));
  return (
    part.name !== whole.name &&
    part.table === whole.table &&
    part.time.table === whole.time.table &&
    part.time.column === whole.time.column &&
    part.expression === whole.expression &&
    whole.filters.every((filter) => filters.has(filter.sql)) &&
    filters.size > whole.filters.length
  );
}

/**
 * Checks a plan's share: a share of a sum or a count, of a filtered part, across a breakdown, or of another figure.
 */
export function checkShare(plan: QueryPlan, metrics: readonly Metric[], index: LayerIndex): void {
  if (!plan.share) return;
  if (plan.comparison !== null) throw new RowConditionError('a share cannot also be a comparison');
  for (const metric of metrics) {
    if (!addsUp(metric)) {
      throw new RowConditionError(`${metric.label} is not a total, so it has no share of a total`);
    }
  }
  if (plan.share.of !== undefined) {
    const whole = index.metric(plan.share.of);
    if (!whole) throw new RowConditionError(`unknown metric "${plan.share.of}" in a share`);
    const [part, ...more] = metrics;
    if (!part || more.length > 0) throw new RowConditionError('a share of another figure has one figure as its part');
    if (!partOfMetric(part, whole))
      throw new RowConditionError(`${part.label} is not ${whole.label} over fewer rows, so it is no share of it`);
    if (plan.share.dimension !== null || plan.share.conditions === true)
      throw new RowConditionError('a share has one part: another figure, a condition or a filter');
    // ("By platform" of the posts orders are attributed to: the join keeps only the part's rows, so the whole would
    // be the part itself.)
    const elsewhere = [...plan.dimensions, ...plan.filters.map((filter) => filter.dimension)].find(
      (name) => index.dimension(name)?.table !== part.table,
    );
    if (elsewhere !== undefined)
      throw new RowConditionError(
        `a share of ${whole.label.toLowerCase()} by ${(index.dimension(elsewhere)?.label ?? elsewhere).toLowerCase()}, which not every row of ${whole.label.toLowerCase()} has`,
      );
  } else if (plan.share.conditions === true) {
    if ((plan.conditions ?? []).length === 0)
      throw new RowConditionError('a share of the rows passing a condition needs that condition');
    if (plan.share.dimension !== null) throw new RowConditionError('a share has one part: a condition or a filter');
  } else if (plan.share.dimension !== null) {
    if (!index.dimension(plan.share.dimension))
      throw new RowConditionError(`unknown dimension "${plan.share.dimension}" in a share`);
    if (sharePart(plan) === null) throw new RowConditionError('a share of a part needs a filter on that part');
  } else if (plan.dimensions.length === 0 && plan.grain === null) {
    throw new RowConditionError('a share of the total needs a breakdown (for example "by country")');
  }
}

/**
 * The WHERE predicate of a row condition. `period(column)` is the plan's period on a time column: a figure
 * computed per row of another table counts only the rows of the period asked about ("customers who spent over
 * $500 this year" adds up this year's orders, not every order they ever placed).
 */
export function rowConditionSql(
  condition: RowCondition,
  plan: QueryPlan,
  index: LayerIndex,
  period: (column: string) => string,
  /** The plan's filters, as SQL with their table: the rows the condition adds up are those the question picks. */
  rowsFilters: readonly { readonly sql: string; readonly table: string }[] = [],
): string {
  const metric = index.metric(condition.metric) as Metric;
  const dimension = index.dimension(condition.dimension);
  if (!dimension?.table) throw new RowConditionError(`unknown dimension "${condition.dimension}" in a condition`);
  const operator = OPERATORS[condition.operator];
  const value = String(condition.value);
  const row = perRowExpression(metric.expression);
  if (namesOneRow(metric, dimension, index) && row !== null) return `(${row}) ${operator} ${value}`;
  // Computed per row of the dimension: a subquery grouped by its key, with the metric's own conditions
  // (except those the plan overrides, as in the main query).
  const named = new Set([
    ...plan.dimensions,
    ...plan.filters.filter((filter) => filter.operator !== 'neq').map((filter) => filter.dimension),
  ]);
  const filters = metric.filters
    .filter((filter) => filter.overriddenBy === undefined || !named.has(filter.overriddenBy))
    .map((filter) => filter.sql);
  // A filter the metric's rows cannot reach stays out (the outer query applies it to the rows listed).
  const table = dimension.table;
  const reached = rowsFilters.filter(
    (filter) => index.joinPath(metric.table, [table, metric.time.table, ...metric.uses, filter.table]) !== null,
  );
  const joins =
    index.joinPath(metric.table, [
      table,
      metric.time.table,
      ...metric.uses,
      ...reached.map((filter) => filter.table),
    ]) ?? [];
  const key = dimension.expression;
  const lines = [`SELECT ${key} FROM ${metric.table}`, ...joins.map((join) => `JOIN ${join.to} ON ${join.on}`)];
  const where = [
    period(`${metric.time.table}.${metric.time.column}`),
    ...filters,
    ...reached.map((filter) => filter.sql),
  ];
  lines.push(`WHERE ${where.map((sql) => `(${sql})`).join(' AND ')}`);
  // "Products with no sales": a row with none of the figure's rows passes too, so the condition keeps every row
  // but those failing it (a sum or count of nothing is 0, never a group of its own).
  if (passesWithNone(condition, metric)) {
    // NOT IN over a NULL key would keep nothing: rows with no key cannot fail the condition for anyone.
    lines[lines.length - 1] = `${lines.at(-1) ?? ''} AND (${key} IS NOT NULL)`;
    lines.push(`GROUP BY ${key} HAVING NOT (${metric.expression} ${operator} ${value})`);
    return `${key} NOT IN (${lines.join(' ')})`;
  }
  lines.push(`GROUP BY ${key} HAVING ${metric.expression} ${operator} ${value}`);
  return `${key} IN (${lines.join(' ')})`;
}

/** Whether a row with none of the metric's rows passes the condition: an additive figure's 0 meets it. */
export function passesWithNone(condition: RowCondition, metric: Metric): boolean {
  if (!addsUp(metric)) return false;
  return condition.operator === 'lte' ? condition.value >= 0 : condition.operator === 'lt' && condition.value > 0;
}

/**
 * The columns of a metric with its share: the value (of the part) and `<metric>_share`, the part over the
 * whole, or over the sum of every row of the result when `whole` is null.
 */
export function shareColumns(metric: Metric, value: string, whole: string | null): [string, string][] {
  const ratio =
    whole === null ? `${value} * 1.0 / NULLIF(SUM(${value}) OVER (), 0)` : `${value} * 1.0 / NULLIF(${whole}, 0)`;
  return [
    [value, metric.name],
    [ratio, `${metric.name}_share`],
  ];
}

/** "orders whose revenue is over 250", for summaries and the interpretation. */
export function describeConditions(plan: QueryPlan, index: LayerIndex): string[] {
  const conditions = plan.conditions ?? [];
  // "Between $50 and $100", "$99 invoices": an at-least and an at-most on the same figure of the same rows, said once.
  const upperOf = (condition: RowCondition) =>
    condition.operator === 'gte'
      ? conditions.find(
          (other) =>
            other.operator === 'lte' &&
            other.dimension === condition.dimension &&
            other.metric === condition.metric &&
            other.value >= condition.value,
        )
      : undefined;
  const paired = new Set(conditions.flatMap((condition) => upperOf(condition) ?? []));
  return conditions.flatMap((condition) => {
    if (paired.has(condition)) return [];
    const dimension = index.dimension(condition.dimension);
    const metric = index.metric(condition.metric);
    const figure = (metric?.label ?? condition.metric).toLowerCase();
    // The rows in the words of their table ("orders", "posts"), not the key's label ("order IDs").
    const table =
      dimension?.table === undefined
        ? undefined
        : index.layer.tables.find((candidate) => candidate.name === dimension.table);
    // ("Plans whose amount billed is over $500": a breakdown's own values are its rows.)
    const rows =
      dimension && dimension.values.length > 0
        ? dimension.plural.toLowerCase()
        : table
          ? table.entity && !/_id$/.test(table.entity)
            ? pluralize(table.entity)
            : table.name.replaceAll('_', ' ')
          : (dimension?.plural ?? condition.dimension);
    // ("Engagement rate over 5.0%": a rate's bound as the rate is shown.)
    const said = (value: number) =>
      metric?.format === 'currency' || metric?.format === 'percent'
        ? formatValue(value, metric.format, index.layer.currency)
        : value.toLocaleString('en-US');
    const amount = said(condition.value);
    // "Orders that had a discount", "orders with free shipping": some of the figure, or none of it.
    if (condition.value === 0 && condition.operator === 'gt') return `only ${rows} with ${figure}`;
    if (condition.value === 0 && condition.operator === 'lte') return `only ${rows} with no ${figure}`;
    const verb = pluralLabel(metric?.label ?? condition.metric) ? 'are' : 'is';
    const upper = upperOf(condition);
    if (upper) {
      const most = said(upper.value);
      const range = upper.value === condition.value ? `exactly ${amount}` : `between ${amount} and ${most}`;
      return [`only ${rows} whose ${figure} ${verb} ${range}`];
    }
    // "Customers with at least 2 orders": a count of other rows is said as having them.
    if (metric?.aggregation === 'count' && metric.table !== dimension?.table) {
      // ("… with at least 2 orders (order status Refunded)": the rows counted are those the filters pick.)
      const picked = plan.filters.flatMap((filter) => {
        const on = index.dimension(filter.dimension);
        if (on?.table !== metric.table || filter.operator !== 'eq') return [];
        const labels = filter.values.map((value) => on.values.find((known) => known.value === value)?.label ?? value);
        return [`${on.label.toLowerCase()} ${labels.join(' or ')}`];
      });
      const which = picked.length > 0 ? ` (${picked.join(', ')})` : '';
      // ("With 1 or more orders", never "at least 1 orders".)
      const bound =
        condition.value === 1 && condition.operator === 'gte'
          ? `1 or more`
          : `${OPERATOR_WORDS[condition.operator]} ${amount}`;
      return [`only ${rows} with ${bound} ${figure}${which}`];
    }
    return [`only ${rows} whose ${figure} ${verb} ${OPERATOR_WORDS[condition.operator]} ${amount}`];
  });
}

/** What a share divides by, in words. */
export function describeShare(plan: QueryPlan, index: LayerIndex): string | null {
  if (!plan.share) return null;
  // ("As a share of revenue": attributed revenue over the revenue of the same rows, filters and all.)
  if (plan.share.of !== undefined)
    return `as a share of ${(index.metric(plan.share.of)?.label ?? plan.share.of).toLowerCase()}`;
  const metrics = plan.metrics.map((name) => (index.metric(name)?.label ?? name).toLowerCase()).join(' and ');
  if (plan.share.dimension === null && plan.share.conditions !== true)
    return `each row's share of the total ${metrics} of all rows`;
  const dimension = index.dimension(plan.share.dimension ?? '');
  // The whole keeps the filters that are not the part ("of every country, for sales channel Instagram Shop").
  const whole = plan.filters
    .filter((filter) => filter.dimension !== plan.share?.dimension && filter.operator !== 'neq')
    .map((filter) => {
      const kept = index.dimension(filter.dimension);
      const values = filter.values.map(
        (value, at) => filter.labels?.[at] ?? kept?.values.find((known) => known.value === value)?.label ?? value,
      );
      return `${(kept?.label ?? filter.dimension).toLowerCase()} ${values.join(' or ')}`;
    });
  const within = whole.length > 0 ? `, for ${whole.join(' and ')}` : '';
  // ("What share of TikTok Shop orders had a discount": the whole is every row the filters keep.)
  if (plan.share.conditions === true) return `as a share of all ${metrics}${within}`;
  return `as a share of ${metrics} of every ${(dimension?.label ?? plan.share.dimension ?? '').toLowerCase()}${within}`;
}
