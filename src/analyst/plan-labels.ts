import type { QueryPlan } from './plan.js';
import type { Metric, SemanticLayer } from './semantic-layer.js';

/**
 * A metric's own filter gives way when the question names values of its dimension ("refunded orders"): the figure is
 * then no longer what its label says (the money of refunded orders is not revenue). The layer the answer is written
 * with says the metric's `unfilteredLabel` instead; the layer itself when nothing gave way.
 */

/** The dimensions a plan names values or groups of (an exclusion only narrows; it overrides nothing). */
function namedDimensions(plan: QueryPlan): Set<string> {
  return new Set([
    ...plan.dimensions,
    ...plan.filters.filter((filter) => filter.operator !== 'neq').map((filter) => filter.dimension),
    ...(plan.comparison?.kind === 'values' ? [plan.comparison.dimension] : []),
  ]);
}

/** True when one of the metric's own filters gives way in this plan. */
export function ownFilterOverridden(metric: Metric, plan: QueryPlan): boolean {
  const named = namedDimensions(plan);
  return metric.filters.some((filter) => filter.overriddenBy !== undefined && named.has(filter.overriddenBy));
}

/** The layer with each of the plan's metrics whose own filter gives way labelled by its `unfilteredLabel`. */
export function layerForPlan(layer: SemanticLayer, plan: QueryPlan): SemanticLayer {
  const relabelled = layer.metrics.map((metric) =>
    metric.unfilteredLabel !== undefined && plan.metrics.includes(metric.name) && ownFilterOverridden(metric, plan)
      ? { ...metric, label: metric.unfilteredLabel }
      : metric,
  );
  return relabelled.every((metric, at) => metric === layer.metrics[at]) ? layer : { ...layer, metrics: relabelled };
}
