import type { QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';

/**
 * The compiler counts, beside a ranking cut by a limit, how many rows share each value shown
 * (`<metric>_tied_rows`): the rows the limit hid at a value it shows. When it hid none, the column says nothing a
 * reader needs, and is dropped before the answer is written or shown.
 */
export function withoutIdleTies(result: QueryResult, plan: QueryPlan): QueryResult {
  if (!plan.sort) return result;
  const at = result.columns.findIndex((column) => column.name === `${plan.sort?.by}_tied_rows`);
  const valueAt = result.columns.findIndex((column) => column.name === plan.sort?.by);
  if (at < 0 || valueAt < 0) return result;
  const shown = new Map<string, number>();
  for (const row of result.rows) shown.set(String(row[valueAt]), (shown.get(String(row[valueAt])) ?? 0) + 1);
  const hidden = result.rows.some((row) => Number(row[at]) > (shown.get(String(row[valueAt])) ?? 0));
  if (hidden) return result;
  return {
    ...result,
    columns: result.columns.filter((_, index) => index !== at),
    rows: result.rows.map((row) => row.filter((_, index) => index !== at)),
  };
}
