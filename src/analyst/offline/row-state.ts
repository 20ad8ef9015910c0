import { literal } from '../compiler.js';
import type { QueryPlan } from '../plan.js';
import type { LayerIndex } from '../semantic-layer.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { isRowKey } from './one-row.js';

/**
 * "Show me ord_1", "who placed ord_1": one row named by its key is the row as it is, whatever a figure counts by
 * default. A refunded order is not among the paid orders revenue counts, so "no data matched" would say the order
 * is not there. Its state is read from the data and said as the plan's own value ("order status Refunded"), which
 * the figure's condition gives way to, as it does when the asker names the state.
 */
export async function keyedRowState(
  plan: QueryPlan,
  index: LayerIndex,
  lookup: (sql: string) => Promise<QueryResult>,
): Promise<QueryPlan> {
  const metric = index.metric(plan.metrics[0] ?? '');
  const keyed = plan.filters.find(
    (filter) =>
      filter.operator === 'eq' && filter.values.length === 1 && isRowKey(index.dimension(filter.dimension), index),
  );
  const key = keyed ? index.dimension(keyed.dimension) : undefined;
  if (!metric || !keyed || !key?.table) return plan;
  const said = new Set([...plan.dimensions, ...plan.filters.map((filter) => filter.dimension)]);
  let next = plan;
  for (const condition of metric.filters) {
    const state = condition.overriddenBy === undefined ? undefined : index.dimension(condition.overriddenBy);
    if (!state || said.has(state.name) || state.table !== key.table) continue;
    const found = await lookup(
      `SELECT ${state.expression} AS state, CASE WHEN ${condition.sql} THEN 1 ELSE 0 END AS counted FROM ${key.table} WHERE ${key.expression} = ${literal(keyed.values[0] as string)}`,
    ).catch(() => null);
    const [row, ...more] = found?.rows ?? [];
    if (!row || more.length > 0 || Number(row[1]) !== 0 || row[0] === null || row[0] === undefined) continue;
    next = {
      ...next,
      filters: [...next.filters, { dimension: state.name, operator: 'eq' as const, values: [String(row[0])] }],
    };
  }
  return next;
}
