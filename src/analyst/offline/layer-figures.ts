import {
  columnEvent,
  countsCreations,
  countsRowsOf,
  type Dimension,
  type LayerIndex,
  type Metric,
} from '../semantic-layer.js';
import { entityOfTable, holdsPeople } from '../layer-words.js';
import type { Reading as AmbiguityReading } from './ambiguity.js';
import { stem } from './vocabulary.js';

/**
 * The layer's figures for a thing, as the offline reading looks them up: the count of its rows (and of those
 * created), its money, the people behind another table's rows, the figures that can judge it, and the thing a
 * word or a count names. Questions are never read here; these answer "which figure of the layer is that".
 */

/** The count of a thing's own rows by their creation ("products added"), if the layer has one. */
export function createdCount(thing: Dimension | undefined, index: LayerIndex): string | null {
  const name = countMetricFor(thing?.table, index);
  const metric = index.metric(name ?? '');
  return metric && countsCreations(metric) ? metric.name : null;
}

/**
 * The count of a thing's own rows dated by an event the question names with its verb ("members … cancelled":
 * `cancellations`, dated by `cancelled_at`), other than their creation; null when none is named.
 */
export function eventCountSaid(thing: Dimension | undefined, question: string, index: LayerIndex): string | null {
  if (!thing) return null;
  const said = new Set(question.toLowerCase().split(/[^a-z]+/));
  const metric = index.layer.metrics.find(
    (candidate) =>
      candidate.table === thing.table &&
      countsRowsOf(candidate, thing) &&
      !countsCreations(candidate) &&
      candidate.time.table === thing.table &&
      said.has(columnEvent(candidate.time.column)),
  );
  return metric?.name ?? null;
}

/** Picks the dimension a word means for a metric: its own table's first, then the first reachable. */
export function pickDimension(names: readonly string[], metric: Metric | undefined, index: LayerIndex): string | null {
  const dimensions = names
    .map((name) => index.dimension(name))
    .filter((dimension): dimension is Dimension => !!dimension);
  if (!metric) return dimensions[0]?.name ?? null;
  const own = dimensions.find((dimension) => dimension.table === metric.table);
  if (own) return own.name;
  return dimensions.find((dimension) => index.reachable(metric, dimension))?.name ?? null;
}

/**
 * "Revenue after refunds": true when the metric's own condition on the value's dimension already leaves the
 * value out (revenue counts paid orders only, so refunded ones are already not in it).
 */
export function excludedAlready(
  metric: Metric | undefined,
  candidates: readonly { dimension: string; value: string }[],
): boolean {
  if (!metric) return false;
  return candidates.some((candidate) =>
    metric.filters.some((filter) => {
      if (filter.overriddenBy !== candidate.dimension) return false;
      const included = [...filter.sql.matchAll(/'((?:[^']|'')*)'/g)].map((match) =>
        (match[1] as string).replaceAll("''", "'"),
      );
      return (
        /^[^']*(?:=|\bIN\b)/i.test(filter.sql) &&
        !/\bNOT\b|<>|!=/i.test(filter.sql) &&
        included.length > 0 &&
        !included.includes(candidate.value)
      );
    }),
  );
}

/**
 * The layer's count of `table`'s rows (the first such count, never one keeping only some rows by its expression);
 * with `now`, a count named for the rows there now ("current tenants") before the first.
 */
export function countMetricFor(table: string | undefined, index: LayerIndex, now = false): string | null {
  if (!table) return null;
  // (A count that keeps some rows by a condition of its own expression, "COUNT(*) FILTER (WHERE status =
  // 'refunded')", counts refunds, never the payments: no count of the table's rows when it is the only one.)
  const counts = index.layer.metrics.filter(
    (candidate) =>
      candidate.table === table && candidate.aggregation === 'count' && !COUNTS_SOME_ROWS.test(candidate.expression),
  );
  // ("How many tenants do we have": the layer's count of the ones there now, "current tenants", over the first.)
  const current = now
    ? counts.find((candidate) => [candidate.label, ...candidate.synonyms].some((said) => NOW_SAID.test(said)))
    : undefined;
  return (current ?? counts[0])?.name ?? null;
}

/** A count named for the rows there now: "current tenants", "active members", "tenants we have". */
const NOW_SAID = /^(?:current|active|existing|live)\b|\b(?:now|we have|currently)$/i;

/** A count asked over every row there has been, never the ones there now: "ever", "have had", "in total". */
export const EVER_SAID = /\b(?:ever|had|all[- ]time|of all time|in total|altogether|overall|to date|so far)\b/i;

/**
 * The value a figure keeps its rows by in its own expression (`SUM(orders.total) FILTER (WHERE orders.status =
 * 'refunded')` → order status "refunded"), as a filter on the layer's dimension of that column, or null: how many of
 * those rows there are is the table's count with that filter ("number of refunds"), never every row's count.
 */
export function valueKeptBy(
  metric: Metric,
  index: LayerIndex,
): { readonly dimension: string; readonly operator: 'eq'; readonly values: [string] } | null {
  const condition = /\bFILTER\s*\(\s*WHERE\s+([\w.]+)\s*=\s*'([^']+)'\s*\)/i.exec(metric.expression);
  if (!condition) return null;
  const [, column = '', kept = ''] = condition;
  const dimension = index.layer.dimensions.find(
    (candidate) =>
      candidate.table === metric.table &&
      candidate.expression.trim() === column &&
      candidate.values.some((value) => value.value.toLowerCase() === kept.toLowerCase()),
  );
  const value = dimension?.values.find((candidate) => candidate.value.toLowerCase() === kept.toLowerCase());
  return dimension && value ? { dimension: dimension.name, operator: 'eq', values: [value.value] } : null;
}

/** A count's own condition on the rows it counts, written in its expression. */
const COUNTS_SOME_ROWS = /\bFILTER\s*\(\s*WHERE\b|\bCASE\s+WHEN\b|\bCOUNT_IF\s*\(/i;

/**
 * The count of things (customers) that a breakdown (a sales channel) can split: their table's own count, else a
 * count of them kept elsewhere (customers who bought, counted on orders). Null when none reaches the breakdown.
 */
export function countOfThingsBy(thing: Dimension, by: Dimension | undefined, index: LayerIndex): string | null {
  const own = index.metric(countMetricFor(thing.table, index) ?? '');
  const candidates = [
    ...(own ? [own] : []),
    ...index.layer.metrics.filter((metric) => metric !== own && countsRowsOf(metric, thing)),
  ];
  if (!by) return own?.name ?? null;
  return candidates.find((metric) => index.reachable(metric, by))?.name ?? null;
}

/**
 * The thing whose rows a count metric counts, each once: the table's own thing for a count of its rows
 * (orders), the thing keyed by the column a distinct count counts (customers who bought: customers).
 */
export function rowsCountedBy(metric: Metric, index: LayerIndex): string | null {
  const distinct = index.layer.dimensions.find(
    (dimension) => dimension.table !== metric.table && countsRowsOf(metric, dimension),
  );
  return distinct?.name ?? entityOfTable(index.layer, metric.table);
}

/** Words for people arriving: signing up, joining, registering. */
const JOINING = /\b(?:signed|sign|signing|signup|signups|joined|join|joining|registered|register|registering)\b/;

/**
 * The count of the layer's one table of people, when the question speaks of people joining ("who signed up
 * more"): the rows are created by joining, so their count is what joining measures. Null otherwise.
 */
export function joinedCount(normalized: string, index: LayerIndex): string | null {
  if (!JOINING.test(normalized)) return null;
  const people = index.layer.tables.filter((table) => holdsPeople(table));
  return people.length === 1 ? countMetricFor(people[0]?.name, index) : null;
}

/**
 * "How many people did my posts reach": people in general, counted by a figure that counts people (its layer
 * words say so: "people reached") and that the layer's people cannot reach, are what that figure counts, not
 * the layer's table of people.
 */
export function peopleCounted(question: string, metric: Metric, dimension: Dimension, index: LayerIndex): boolean {
  return (
    /\b(?:people|persons|folks|ppl)\b/i.test(question) &&
    metric.synonyms.some((synonym) => /\b(?:people|persons|accounts|users|viewers|visitors)\b/.test(synonym)) &&
    !index.reachable(metric, dimension)
  );
}

/** A table's first amount of money (a sum in a currency): what "how much" or "the value of" its rows is. */
export function moneyMetricFor(table: string | undefined, index: LayerIndex): string | null {
  if (!table) return null;
  const metric = index.layer.metrics.find(
    (candidate) => candidate.table === table && candidate.format === 'currency' && candidate.aggregation === 'sum',
  );
  return metric?.name ?? null;
}

/** A quantity of the things of `dimension` kept on another table ("units sold" of products): how many of them. */
export function isQuantityOf(metric: Metric, dimension: Dimension, index: LayerIndex): boolean {
  return (
    metric.aggregation === 'sum' &&
    metric.format === 'number' &&
    metric.table !== dimension.table &&
    index.reachable(metric, dimension)
  );
}

/**
 * The readings of "how many <things>" over a period, when the layer counts those things two ways: the rows
 * created in the period (the table's own count: "new customers"), those that did something in it (a distinct count
 * of the thing's key elsewhere: "customers who bought") and, for things, the quantity of them another table keeps
 * ("units sold"). One reading is no ambiguity.
 */
export function rowCountReadings(dimension: Dimension, created: string, index: LayerIndex): AmbiguityReading[] {
  const key = dimension.expression.split('.').at(-1) ?? dimension.expression;
  const own = index.metric(created);
  if (!own || !countsCreations(own)) return [];
  const active = index.layer.metrics.filter(
    (metric) =>
      metric.aggregation === 'count_distinct' &&
      metric.table !== dimension.table &&
      new RegExp(`\\.${key}\\b`).test(metric.expression),
  );
  // "How many products in January": things (not people) are as often how many of them sold then, a quantity of
  // them kept on another table (units sold), as how many were added.
  const table = index.layer.tables.find((candidate) => candidate.name === dimension.table);
  const quantities =
    table === undefined || holdsPeople(table) || entityOfTable(index.layer, table.name) !== dimension.name
      ? []
      : index.layer.metrics.filter((metric) => isQuantityOf(metric, dimension, index));
  return [own, ...active, ...quantities].map((metric) => ({
    dimension: dimension.name,
    value: null,
    phrase: metric.label.toLowerCase(),
    label: metric.label,
  }));
}

/** The figures that could say how good a thing is: its usual figure first, then every figure that reaches it. */
export function figuresFor(dimension: Dimension, index: LayerIndex): string[] {
  const figures = dimension.defaultMetric ? [dimension.defaultMetric] : [];
  // Totals and counts before rates and averages: "best" is more often "most" than "highest rate".
  // A thing's own count is 1 for each of them ("posts" per post, buyers per customer): no figure to judge them by.
  const reaching = index.layer.metrics.filter(
    (metric) => index.reachable(metric, dimension) && !countsRowsOf(metric, dimension),
  );
  const additive = (metric: Metric) => metric.aggregation === 'sum' || metric.aggregation.startsWith('count');
  for (const metric of [...reaching.filter(additive), ...reaching.filter((metric) => !additive(metric))]) {
    if (!figures.includes(metric.name)) figures.push(metric.name);
  }
  return figures;
}

/**
 * The counts of `peopleTable`'s rows behind the rows of `table` (customers who bought, behind orders): distinct
 * counts of the key that joins the two tables. Null when the tables are not joined by a key.
 */
export function countsOfPeopleBehind(table: string, peopleTable: string, index: LayerIndex): Metric[] | null {
  const link = index.layer.joins.find((join) => join.from === table && join.to === peopleTable);
  const key = link ? new RegExp(`\\b${table}\\.([a-z_][a-z0-9_]*)`, 'i').exec(link.on)?.[1] : undefined;
  if (key === undefined) return null;
  return index.layer.metrics.filter(
    (metric) =>
      metric.aggregation === 'count_distinct' &&
      metric.table === table &&
      new RegExp(`\\.${key}\\b`).test(metric.expression),
  );
}

/**
 * "How many customers were billed": the people behind a figure's rows, counted once each: the layer's distinct
 * count of them over those rows, or a problem saying the data counts the rows, not the people. Null when the
 * figure is about the people's own table, or already counts them.
 */
export function peopleBehind(
  word: string,
  peopleTable: string,
  behind: Metric,
  index: LayerIndex,
): { readonly metric?: string; readonly problem?: string } | null {
  if (behind.table === peopleTable || behind.aggregation === 'count_distinct') return null;
  const counts = countsOfPeopleBehind(behind.table, peopleTable, index);
  if (counts === null) return null;
  if (counts.length === 1) return { metric: (counts[0] as Metric).name };
  return {
    problem: `how many ${word} that is: your data has ${behind.label.toLowerCase()}, but no count of the ${word} behind it`,
  };
}

/** The table whose rows a noun names ("customers": the customers table, by its name, synonyms or entity). */
export function tableNamedBy(word: string, index: LayerIndex): string | null {
  const noun = stem(word.toLowerCase());
  const table = index.layer.tables.find((candidate) =>
    [candidate.name, ...candidate.synonyms].some((name) => stem(name.toLowerCase()) === noun),
  );
  if (table) return table.name;
  const entity = index.layer.dimensions.find(
    (dimension) =>
      dimension.details.length > 0 &&
      dimension.table !== undefined &&
      [dimension.label, dimension.plural].some((name) => stem(name.toLowerCase()) === noun),
  );
  return entity?.table ?? null;
}
