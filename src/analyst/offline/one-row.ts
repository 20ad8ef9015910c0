import type { QueryPlan } from '../plan.js';
import { entityOfTable, holdsPeople } from '../layer-words.js';
import { moneyReaching, type Dimension, type LayerIndex, type Metric } from '../semantic-layer.js';

/**
 * "Who was inv_ac_018 billed to", "when was invoice inv_ac_020 issued", "show me invoice inv_ac_012": one row named
 * by its key, asked whose it is, when it was, or to be shown. The answer is the row itself (its date among its
 * details) or the people it belongs to with its figure, never the one row's figure said as if it answered "who" or
 * "when".
 */

/** How the question asks about the row: whose it is, or the row itself (when, show, details). */
const ASKED =
  /^\s*(?:(?:and|so|ok|okay|now|then)[, ]+)?(?:(who|whom|whose)|when|(?:on )?what (?:day|date|time)|(?:on )?which (?:day|date)|(?:the )?[a-z]+ date (?:of|for)\b|(?:can you |pls |please )?(?:show|pull up|look up|find|bring up|get)(?: me)?\b|details?\b|info\b)/i;

/** "What date", "which day … on", "when did … go out", "the issue date of": the day a row is dated, asked of the row. */
const DATE_ASKED =
  /^\s*(?:(?:and|so|ok|okay|now|then)[, ]+)?(?:(?:what|which|on what|on which) (?:day|date)\b|when\b)|\b(?:issue|issued|order|post|posting|publish|creation|created|sign ?up|join|purchase|invoice) date (?:of|for)\b/i;

/** "inv_ac_004", "invoice inv_ac_004": a row's key said alone, as a clarification's option re-asks it: the row shown. */
const KEY_ALONE =
  /^\s*(?:(?!and\b|so\b|now\b|then\b|ok\b|okay\b|what\b|how\b)[a-z]+ )?[a-z]+_[a-z0-9_]*\d\s*[?.!]*\s*$/i;

/** How the question asks about the row: whose it is, or the row itself (when, show, details, its key alone). */
function askedOfRow(question: string): RegExpExecArray | [string, undefined] | null {
  return ASKED.exec(question) ?? (KEY_ALONE.test(question) ? [question, undefined] : null);
}

/** A dimension naming one row of its table (an invoice, an order): its table's own thing, not a listed value. */
export function isRowKey(dimension: Dimension | undefined, index: LayerIndex): dimension is Dimension {
  return (
    dimension !== undefined &&
    dimension.values.length === 0 &&
    dimension.table !== undefined &&
    entityOfTable(index.layer, dimension.table) === dimension.name
  );
}

/** "How much was ord_1", "total of order ord_1", "what did it cost": the row's money, not how many of it there are. */
const MONEY_OF_ROW = /\b(?:how much|total|cost|costs|worth|value|amount|spent|paid)\b/i;

/** "What's in order ord_1", "what was in it", "items in order ord_1": the things its lines hold. */
const CONTENTS =
  /\b(?:what(?:'s| is| was|s) in|what (?:did|does) (?:it|the [a-z]+) (?:contain|include|have)|contents of|items in|products in|lines? (?:of|in))\b/i;

/**
 * The one row filters pick by its key as typed in `question` (an order, a post: "ord_1"), when it does; a row
 * named by its title ("the coastal chinos") is a thing the question is about, not a row looked up.
 */
function keyedRow(filters: QueryPlan['filters'], index: LayerIndex, question?: string): Dimension | undefined {
  const keyed = filters.filter(
    (filter) =>
      filter.operator === 'eq' &&
      filter.values.length === 1 &&
      (question === undefined || question.toLowerCase().includes((filter.values[0] as string).toLowerCase())) &&
      isRowKey(index.dimension(filter.dimension), index),
  );
  return keyed.length === 1 ? index.dimension(keyed[0]?.dimension ?? '') : undefined;
}

/** A count of the row's own table: 1 for one row, whatever it is. */
function countsItself(metric: Metric | undefined, row: Dimension): boolean {
  return metric !== undefined && metric.aggregation.startsWith('count') && metric.table === row.table;
}

/**
 * "Likes on post_1" >> "and post_2?": the figure asked before, for the other row (a key read with its noun, "post",
 * would otherwise be counted: 1 post).
 */
export function sameFigureForRow(
  question: string,
  plan: QueryPlan,
  base: QueryPlan | null,
  index: LayerIndex,
): QueryPlan | null {
  const row = keyedRow(plan.filters, index, question);
  const before = index.metric(base?.metrics[0] ?? '');
  if (!row || !before || plan.metrics.length !== 1 || !countsItself(index.metric(plan.metrics[0] ?? ''), row))
    return null;
  if (countsItself(before, row) || !index.reachable(before, row) || keyedRow(base?.filters ?? [], index) !== row)
    return null;
  return { ...plan, metrics: [before.name] };
}

export function aboutOneRow(question: string, said: QueryPlan, index: LayerIndex): QueryPlan | null {
  // "What date was inv_ac_007 issued": the date asked is the row's own, never its figure day by day.
  const dateAsked = said.grain === 'day' && DATE_ASKED.test(question);
  const plan = dateAsked ? { ...said, grain: null } : said;
  if (plan.dimensions.length > 0 || plan.grain !== null || plan.comparison !== null || plan.metrics.length !== 1)
    return null;
  const row = keyedRow(plan.filters, index, question);
  if (!row) return null;
  const metric = index.metric(plan.metrics[0] ?? '');
  // "Whats in order ord_1": its lines' things (products), by how many of each.
  if (CONTENTS.test(question)) {
    const lines = index.layer.metrics.find(
      (candidate) =>
        candidate.table !== row.table &&
        candidate.aggregation === 'sum' &&
        candidate.format === 'number' &&
        index.reachable(candidate, row),
    );
    // (The things its lines name directly, products of order lines, before any reached through other rows.)
    const joined = (table: string | undefined) =>
      index.layer.joins.some((join) => join.from === lines?.table && join.to === table);
    const things = lines
      ? index.layer.tables
          .filter((table) => table.name !== row.table && !holdsPeople(table))
          .map((table) => index.dimension(entityOfTable(index.layer, table.name) ?? ''))
          .filter((dimension): dimension is Dimension => dimension !== undefined && index.reachable(lines, dimension))
          .sort((left, right) => Number(joined(right.table)) - Number(joined(left.table)))[0]
      : undefined;
    if (lines && things) return { ...plan, metrics: [lines.name], dimensions: [things.name] };
  }
  // "How much was ord_1": the row's money, never a count of it (1) or of its units.
  const money = MONEY_OF_ROW.test(question) && metric?.format !== 'currency' ? moneyReaching(index, row) : undefined;
  const figured = money ? { ...plan, metrics: [money.name] } : plan;
  const asked = askedOfRow(question);
  if (!asked) return money ? figured : null;
  // ("Show me order ord_1": its money beside it, never a count of it, 1.)
  const own = countsItself(metric, row) && !money ? moneyReaching(index, row) : undefined;
  if (asked[1] === undefined) return { ...figured, ...(own ? { metrics: [own.name] } : {}), dimensions: [row.name] };
  // "Who was it billed to": the people the row belongs to, when the figure reaches them.
  const people = index.layer.tables
    .filter((table) => holdsPeople(table) && table.name !== row.table)
    .map((table) => index.dimension(entityOfTable(index.layer, table.name) ?? ''))
    .find((dimension) => dimension !== undefined && metric !== undefined && index.reachable(metric, dimension));
  return people
    ? { ...figured, ...(own ? { metrics: [own.name] } : {}), dimensions: [people.name] }
    : money
      ? figured
      : null;
}

/**
 * "Show me sub_ac_03", "pull up order ord_1": a row looked up by its key with no figure said is shown with its own
 * figure (its dimension's default, else its money), never asked which figure as if a total were wanted.
 */
export function figureOfRow(question: string, filters: QueryPlan['filters'], index: LayerIndex): string | null {
  const row = keyedRow(filters, index, question);
  if (!row || !askedOfRow(question)) return null;
  return row.defaultMetric ?? moneyReaching(index, row)?.name ?? null;
}
