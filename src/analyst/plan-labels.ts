import { labelSpan, type QueryPlan } from './plan.js';
import { conditionDated } from './row-conditions.js';
import {
  alwaysCounts,
  indexLayer,
  metricLabelOver,
  undatedBeside,
  type LayerIndex,
  type Metric,
  type SemanticLayer,
} from './semantic-layer.js';

/**
 * A metric's own filter gives way when the question names values of its dimension ("refunded orders"): the figure is
 * then no longer what its label says (the money of refunded orders is not revenue). The layer the answer is written
 * with says the metric's `unfilteredLabel` instead; the layer itself when nothing gave way.
 */

/**
 * The dimensions a plan names values or groups of, or takes every value of (an exclusion only narrows; it
 * overrides nothing).
 */
export function namedDimensions(plan: QueryPlan): Set<string> {
  return new Set([
    ...plan.dimensions,
    ...(plan.everyValue ?? []),
    ...plan.filters.filter((filter) => filter.operator !== 'neq').map((filter) => filter.dimension),
    ...(plan.comparison?.kind === 'values' ? [plan.comparison.dimension] : []),
  ]);
}

/** True when one of the metric's own filters gives way in this plan. */
export function ownFilterOverridden(metric: Metric, plan: QueryPlan): boolean {
  const named = namedDimensions(plan);
  return metric.filters.some((filter) => filter.overriddenBy !== undefined && named.has(filter.overriddenBy));
}

/**
 * True when every value the plan names of a dimension the metric's own filter gives way to is the one that filter
 * keeps ("paid revenue": revenue is of paid orders), and nothing is split or compared by it: the figure is still what
 * its label says.
 */
function keptAsItIs(metric: Metric, plan: QueryPlan): boolean {
  const yielding = new Set(metric.filters.flatMap((filter) => (filter.overriddenBy ? [filter.overriddenBy] : [])));
  if ([...plan.dimensions, ...(plan.everyValue ?? [])].some((dimension) => yielding.has(dimension))) return false;
  if (plan.comparison?.kind === 'values' && yielding.has(plan.comparison.dimension)) return false;
  return plan.filters.every(
    (filter) => filter.operator === 'neq' || !yielding.has(filter.dimension) || alwaysCounts(metric, filter),
  );
}

/**
 * The word of a partial link the plan's split or filter goes through ("attributed": only orders linked to a post
 * have a post's platform), when the metric's label does not say it already.
 */
function partialLink(metric: Metric, plan: QueryPlan, index: LayerIndex): string | null {
  for (const name of namedDimensions(plan)) {
    const table = index.dimension(name)?.table;
    if (table === undefined || table === metric.table) continue;
    const link = index.joinPath(metric.table, [table])?.find((join) => join.partial !== undefined);
    if (link?.partial && !metric.label.toLowerCase().includes(link.partial.toLowerCase())) return link.partial;
  }
  return null;
}

/**
 * The layer with each of the plan's metrics labelled for this plan: by its `unfilteredLabel` where its own filter
 * gives way, and with a partial link's word where only the rows having that link count ("Attributed revenue").
 */
export function layerForPlan(layer: SemanticLayer, plan: QueryPlan): SemanticLayer {
  const index = indexLayer(layer);
  const relabelled = layer.metrics.map((metric) => {
    if (!plan.metrics.includes(metric.name)) return metric;
    // "How many products sold over 500 units in 2025": products whenever added, so not "products added in 2025".
    const label = conditionDated(plan, metric, index)
      ? metricLabelOver(metric, { kind: 'all' })
      : metric.unfilteredLabel !== undefined && ownFilterOverridden(metric, plan) && !keptAsItIs(metric, plan)
        ? metric.unfilteredLabel
        : metric.label;
    const partial = partialLink(metric, plan, index);
    const said =
      partial === null ? label : `${partial.charAt(0).toUpperCase()}${partial.slice(1)} ${label.toLowerCase()}`;
    return said === metric.label ? metric : { ...metric, label: said };
  });
  return relabelled.every((metric, at) => metric === layer.metrics[at]) ? layer : { ...layer, metrics: relabelled };
}

/**
 * A metric's label in a plan: over the plan's period, or over all time when the period does not date it (a product's
 * price beside its units sold last month is its price, never "price of products added").
 */
export function metricLabelIn(plan: QueryPlan, metric: Metric, layer: SemanticLayer): string {
  return metricLabelOver(
    metric,
    undatedBeside(plan, metric, indexLayer(layer)) ? { kind: 'all' } : labelSpan(plan),
    layer,
  );
}
