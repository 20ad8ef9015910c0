import type { PlanDecision } from '../analyst.js';
import type { LayerIndex } from '../semantic-layer.js';
import { countMetricFor } from './layer-figures.js';
import { dimensionsOf, metricOf, type Slots } from './slots.js';
import { whereDimensions, whereOptions } from './where.js';

/**
 * "Where do my customers come from": a place or a source, of which the layer may have several. Asks which,
 * with one answerable question per reading (`answerable` says which are); null when the question names no figure to break down.
 */
export function whereQuestion(
  slots: Slots,
  index: LayerIndex,
  answerable: (question: string) => boolean,
  placeOnly = false,
): PlanDecision | null {
  const metric = slots.items.map(metricOf).find((meaning) => meaning !== undefined);
  // "Where do my customers come from": with no figure named, the count of the things named.
  const thing = slots.items.flatMap(dimensionsOf).find((name) => countMetricFor(index.dimension(name)?.table, index));
  // "Where are my subscribers located": a table's own noun names the things too.
  const table = slots.items
    .flatMap((item) => item.meanings)
    .find((meaning) => meaning.type === 'table' && countMetricFor(meaning.name, index) !== null);
  const counted =
    thing !== undefined
      ? countMetricFor(index.dimension(thing)?.table, index)
      : table?.type === 'table'
        ? countMetricFor(table.name, index)
        : null;
  const known =
    metric?.type === 'metric' ? index.metric(metric.name) : counted !== null ? index.metric(counted) : undefined;
  if (!known) return null;
  const dimensions = whereDimensions(known, index, placeOnly);
  if (dimensions.length === 0) return null;
  const period = slots.time
    .filter((mention) => mention.kind === 'range')
    .map((mention) => mention.text.trim())
    .join(' ');
  const options = whereOptions(known, dimensions, period, answerable);
  if (options.length === 0) return null;
  return {
    kind: 'clarify',
    text:
      options.length > 1
        ? `"Where" can mean more than one thing in your data: ${options.map((option) => option.label.toLowerCase()).join(', or ')}. Which did you mean?`
        : `By "where", did you mean by ${(options[0] as { label: string }).label.toLowerCase()}?`,
    word: 'where',
    options,
  };
}
