import type { ClarificationOption } from '../outcome.js';
import type { Dimension, LayerIndex, Metric } from '../semantic-layer.js';

/**
 * "Where do my customers come from": "where" asks for a place or a source, and a layer may have several (a
 * country, the channel a customer came through, the storefront an order was placed in). The dimensions that
 * answer it are those the layer describes with words of place or origin; with more than one, the user picks.
 */

const PLACE_OR_SOURCE =
  /\b(?:location|locations|region|regions|country|countries|market|markets|geography|city|cities|place|places|source|sources|channel|channels|storefront|where)\b/;

/** Words of place alone: "where do my customers live" is never the channel they came through. */
const PLACE =
  /\b(?:location|locations|region|regions|country|countries|market|markets|geography|city|cities|place|places)\b/;

/**
 * The dimensions "where" can mean for a metric: described as places or sources, reachable from it; only places
 * when the question says where things are (`placeOnly`: "live", "based", "located").
 */
export function whereDimensions(metric: Metric | undefined, index: LayerIndex, placeOnly = false): Dimension[] {
  const saysWhere = (dimension: Dimension) => dimension.synonyms.some((word) => /\bwhere\b/.test(word));
  return index.layer.dimensions
    .filter(
      (dimension) =>
        (!metric || index.reachable(metric, dimension)) &&
        (placeOnly
          ? PLACE.test(dimension.label.toLowerCase())
          : PLACE_OR_SOURCE.test(dimension.label.toLowerCase()) || saysWhere(dimension)),
    )
    .sort((left, right) => Number(saysWhere(right)) - Number(saysWhere(left)));
}

/** One answerable question per reading: the metric by that dimension, over the period asked. */
export function whereOptions(
  metric: Metric,
  dimensions: readonly Dimension[],
  period: string,
  answerable: (question: string) => boolean,
): ClarificationOption[] {
  const options: ClarificationOption[] = [];
  for (const dimension of dimensions) {
    const question = `${metric.label} by ${dimension.label.toLowerCase()}${period ? ` ${period}` : ''}`;
    if (answerable(question)) options.push({ label: dimension.label, question });
    if (options.length === 3) break;
  }
  return options;
}
