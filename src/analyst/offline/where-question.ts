import type { PlanDecision } from '../analyst.js';
import type { LayerIndex } from '../semantic-layer.js';
import { countMetricFor } from './layer-figures.js';
import { dimensionsOf, metricOf, type Slots } from './slots.js';
import { whereDimensions, whereOptions } from './where.js';

/** "By where the buyers live", "split by where they came from": a breakdown by a place or a source, said as such. */
const WHERE_SAID =
  /\b(?:(?:split|broken down|grouped|broken out) )?by where (?:(?:the|my|our|they|their|each|every|a|people|folks|[a-z]+s|[a-z]+) ){0,3}(?:live|lives|living|lived|reside|resides|based|located|is based|are based|came from|come from|comes from|are from|is from|found us|heard of us|shop from|order from|ordered from|bought from|buy from)\b/i;

/**
 * "Where do my customers come from": a place or a source, of which the layer may have several. Asks which,
 * with one answerable question per reading (`answerable` says which are); null when the question names no figure to break down
 * and no figure was asked before (`carried`, whose follow-up options split it as it was).
 */
export function whereQuestion(
  question: string,
  slots: Slots,
  index: LayerIndex,
  answerable: (question: string) => boolean,
  placeOnly = false,
  answerableInTurn: (question: string) => boolean = answerable,
  carried: string | null = null,
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
  const named =
    metric?.type === 'metric' ? index.metric(metric.name) : counted !== null ? index.metric(counted) : undefined;
  // "Where did they come from" after "new customers in feb": the figure asked before, split as a follow-up.
  const known = named ?? index.metric(carried ?? '');
  if (!known) return null;
  const dimensions = whereDimensions(known, index, placeOnly);
  if (dimensions.length === 0) return null;
  const period = slots.time
    .filter((mention) => mention.kind === 'range')
    .map((mention) => mention.text.trim())
    .join(' ');
  // "Beanies sold by where customers live ytd": each reading is the question as asked with "by country" in place of
  // the "where" said, so the rest of it (the beanies, a channel, a condition, what a follow-up carries) stays; else
  // the figure by each.
  const said = WHERE_SAID.exec(question);
  // Each reading as a question, kept where it can be answered in this turn.
  const splitEach = (asking: (by: string) => string) =>
    dimensions.slice(0, 3).flatMap((dimension) => {
      const asked = asking(`by ${dimension.label.toLowerCase()}`);
      return answerableInTurn(asked) ? [{ label: dimension.label, question: asked }] : [];
    });
  const inPlace = said
    ? splitEach((by) => `${question.slice(0, said.index)}${by}${question.slice(said.index + said[0].length)}`)
    : [];
  const options =
    inPlace.length > 0
      ? inPlace
      : named === undefined
        ? splitEach((by) => by)
        : whereOptions(known, dimensions, period, answerable);
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
