import { mentioning, type QueryPlan } from '../plan.js';
import { dimensionInfo, type ResultShape } from './result-shape.js';
import { spokenLabel } from './format.js';

/**
 * The filters of a plan as an answer says them: " for order status Refunded", " excluding sales channel
 * TikTok Shop". An answer that leaves out a filter misleads ("orders this year: 51" about cancelled orders
 * only), so every sentence that names the metric and its period names the filters with them. A filter on a
 * dimension the result groups by is left out: each row already names its value.
 */

/** The filters the rows do not show, each as "order status Refunded" (values joined with "or"). */
export function filterTerms(
  plan: QueryPlan,
  shape: ResultShape,
): {
  readonly operator: QueryPlan['filters'][number]['operator'];
  readonly dimension: string;
  readonly text: string;
}[] {
  return (
    plan.filters
      // A mention is not in the rows' values: said even when the rows are listed one by one.
      .filter((filter) => !shape.dimensions.includes(filter.dimension) || filter.operator === 'mentions')
      .map((filter) => {
        const info = dimensionInfo(shape, filter.dimension);
        // A row named by its name ("Velvet Diffuser") is said by it, not by its key.
        const values = filter.values.map((value, at) => filter.labels?.[at] ?? info.valueLabel(value));
        // "Posts mentioning "Soft Beanie"": the rows whose text names it.
        if (filter.operator === 'mentions')
          return {
            operator: filter.operator,
            dimension: filter.dimension,
            text: `${spokenLabel(info.plural)} ${mentioning(filter.values)}`,
          };
        const joined =
          values.length <= 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
        return { operator: filter.operator, dimension: filter.dimension, text: `${spokenLabel(info.label)} ${joined}` };
      })
  );
}

/** " for order status Refunded and platform Instagram, excluding sales channel TikTok Shop", or "". */
export function filterPhrase(plan: QueryPlan, shape: ResultShape): string {
  const terms = filterTerms(plan, shape);
  // "Posts mentioning "Soft Beanie"": a count of the rows picked by their text says them once, not "posts for posts".
  const counted = (shape.info.get(shape.primary ?? '')?.label ?? '').toLowerCase();
  const bare = plan.filters.find(
    (filter) =>
      filter.operator === 'mentions' && dimensionInfo(shape, filter.dimension).plural.toLowerCase() === counted,
  );
  const kept = terms
    .filter((term) => term.operator !== 'neq' && !(term.operator === 'mentions' && term.dimension === bare?.dimension))
    .map((term) => term.text);
  const excluded = terms.filter((term) => term.operator === 'neq').map((term) => term.text);
  const parts: string[] = [];
  if (kept.length > 0) parts.push(`for ${kept.join(' and ')}`);
  if (excluded.length > 0) parts.push(`excluding ${excluded.join(' and ')}`);
  const rest = parts.length === 0 ? '' : ` ${parts.join(', ')}`;
  return bare ? ` ${mentioning(bare.values)}${rest}` : rest;
}

/** The value labels a filter phrase writes, which name things and are not figures ("Summer 2025 drop"). */
export function filterNames(plan: QueryPlan, shape: ResultShape): string[] {
  return plan.filters.flatMap((filter) =>
    filter.values.map((value, at) => filter.labels?.[at] ?? dimensionInfo(shape, filter.dimension).valueLabel(value)),
  );
}
