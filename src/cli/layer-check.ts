import { compilePlan } from '../analyst/compiler.js';
import { queryPlanModel, type QueryPlan } from '../analyst/plan.js';
import { indexLayer, type SemanticLayer } from '../analyst/semantic-layer.js';
import type { Warehouse } from '../warehouse/warehouse.js';

/**
 * `askql layer check`: every metric alone and by every dimension it can reach, compiled by the analyst's
 * compiler and run on the warehouse (behind both walls, as `tenant`) with `LIMIT 0`, so the engine binds and
 * plans each query without reading rows. A failure names the pair, the SQL and the engine's reason.
 */

export interface LayerCheckFailure {
  /** "billed by plan", or "billed" alone. */
  readonly pair: string;
  readonly sql: string | null;
  readonly reason: string;
}

export interface LayerCheckReport {
  readonly checked: number;
  readonly failures: readonly LayerCheckFailure[];
}

export async function checkLayer(
  warehouse: Warehouse,
  layer: SemanticLayer,
  options: { tenant: string; today: string },
): Promise<LayerCheckReport> {
  const index = indexLayer(layer);
  const plans: { pair: string; plan: QueryPlan }[] = [];
  for (const metric of layer.metrics) {
    plans.push({ pair: metric.name, plan: queryPlanModel.parse({ kind: 'query', metrics: [metric.name] }) });
    for (const dimension of layer.dimensions) {
      if (!index.reachable(metric, dimension)) continue;
      plans.push({
        pair: `${metric.name} by ${dimension.name}`,
        plan: queryPlanModel.parse({ kind: 'query', metrics: [metric.name], dimensions: [dimension.name] }),
      });
    }
  }
  const failures: LayerCheckFailure[] = [];
  for (const { pair, plan } of plans) {
    let sql: string;
    try {
      sql = compilePlan(plan, { dialect: warehouse.dialect, today: options.today, layer });
    } catch (error) {
      failures.push({ pair, sql: null, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    try {
      await warehouse.run(`SELECT * FROM (\n${sql}\n) AS askql_check LIMIT 0`, { tenant: options.tenant });
    } catch (error) {
      failures.push({ pair, sql, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { checked: plans.length, failures };
}
