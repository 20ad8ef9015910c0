import type { QueryPlan } from '../plan.js';
import { entityOfTable, holdsPeople } from '../layer-words.js';
import type { Dimension, LayerIndex } from '../semantic-layer.js';

/**
 * "Who was inv_ac_018 billed to", "when was invoice inv_ac_020 issued", "show me invoice inv_ac_012": one row named
 * by its key, asked whose it is, when it was, or to be shown. The answer is the row itself (its date among its
 * details) or the people it belongs to with its figure, never the one row's figure said as if it answered "who" or
 * "when".
 */

/** How the question asks about the row: whose it is, or the row itself (when, show, details). */
const ASKED =
  /^\s*(?:(?:and|so|ok|okay|now|then)[, ]+)?(?:(who|whom|whose)|when|what (?:day|date|time)|which (?:day|date)|(?:can you |pls |please )?(?:show|pull up|look up|find|bring up|get)(?: me)?\b|details?\b|info\b)/i;

/** A dimension naming one row of its table (an invoice, an order): its table's own thing, not a listed value. */
function isRowKey(dimension: Dimension | undefined, index: LayerIndex): dimension is Dimension {
  return (
    dimension !== undefined &&
    dimension.values.length === 0 &&
    dimension.table !== undefined &&
    entityOfTable(index.layer, dimension.table) === dimension.name
  );
}

export function aboutOneRow(question: string, plan: QueryPlan, index: LayerIndex): QueryPlan | null {
  if (plan.dimensions.length > 0 || plan.grain !== null || plan.comparison !== null || plan.metrics.length !== 1)
    return null;
  const keyed = plan.filters.filter(
    (filter) =>
      filter.operator === 'eq' && filter.values.length === 1 && isRowKey(index.dimension(filter.dimension), index),
  );
  const row = keyed.length === 1 ? index.dimension(keyed[0]?.dimension ?? '') : undefined;
  const asked = ASKED.exec(question);
  if (!row || !asked) return null;
  if (asked[1] === undefined) return { ...plan, dimensions: [row.name] };
  // "Who was it billed to": the people the row belongs to, when the figure reaches them.
  const metric = index.metric(plan.metrics[0] ?? '');
  const people = index.layer.tables
    .filter((table) => holdsPeople(table) && table.name !== row.table)
    .map((table) => index.dimension(entityOfTable(index.layer, table.name) ?? ''))
    .find((dimension) => dimension !== undefined && metric !== undefined && index.reachable(metric, dimension));
  return people ? { ...plan, dimensions: [people.name] } : null;
}
