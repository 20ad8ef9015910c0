import type { ClarificationOption } from '../outcome.js';
import { alwaysCounts, type Dimension, type LayerIndex, type Metric } from '../semantic-layer.js';
import { entityOfTable } from '../layer-words.js';
import { countsOfPeopleBehind } from './layer-figures.js';

/**
 * Words with more than one reading in the layer, for a given metric: "instagram" in "revenue from
 * Instagram" is the platform of the post an order is attributed to, the channel a customer came from, or
 * the Instagram Shop; "channel" in "revenue by channel" is the sales or the acquisition channel. Picking one
 * silently is answering a different question than the one asked, so the parser asks which.
 */

/** One reading of an ambiguous word: the phrase that says it without ambiguity. */
export interface Reading {
  readonly dimension: string;
  /** The value meant, for a value word; null for a dimension word. */
  readonly value: string | null;
  /** What to write instead of the word ("instagram platform", "Instagram Shop", "sales channel"). */
  readonly phrase: string;
  /** "Platform: Instagram", "Sales channel". */
  readonly label: string;
  /** A second word to replace in the question for this reading ("performance" → "revenue"). */
  readonly also?: { readonly word: string; readonly phrase: string };
  /** The word is only the start of this value's name ("paid" of "Paid search"), not the whole of it. */
  readonly partial?: boolean;
}

export interface Ambiguity {
  /** The word as typed. */
  readonly word: string;
  readonly readings: readonly Reading[];
}

function reachable(index: LayerIndex, metric: Metric | undefined, dimension: Dimension): boolean {
  return metric === undefined || index.reachable(metric, dimension);
}

/**
 * The readings of a value word (its candidate dimensions, and values of other dimensions whose name starts
 * with it: "instagram" → "Instagram Shop"), or none when it is not ambiguous: a value of the metric's own
 * table wins, as the reader expects ("likes on Instagram" are Instagram's).
 */
export function valueReadings(
  word: string,
  candidates: readonly { readonly dimension: string; readonly value: string }[],
  metric: Metric | undefined,
  index: LayerIndex,
): Reading[] {
  const readings: Reading[] = [];
  // "Orders we lost": a word two values of one dimension share (refunded, cancelled) is either; which is asked.
  const shared = index.dimension(candidates[0]?.dimension ?? '');
  if (shared && candidates.length > 1 && candidates.every((candidate) => candidate.dimension === shared.name)) {
    if (!reachable(index, metric, shared)) return [];
    return candidates.flatMap((candidate) => {
      const value = shared.values.find((known) => known.value === candidate.value);
      return value
        ? [
            {
              dimension: shared.name,
              value: value.value,
              phrase: value.label.toLowerCase(),
              label: `${shared.label}: ${value.label}`,
            },
          ]
        : [];
    });
  }
  // "Paid product revenue": the value the figure is always counted over is that value (product revenue is of paid
  // orders), never another dimension's value spelled alike (the "paid search" channel).
  const own = candidates.some((candidate) =>
    alwaysCounts(metric, { dimension: candidate.dimension, operator: 'eq', values: [candidate.value] }),
  );
  if (own) return [];
  for (const candidate of candidates) {
    const dimension = index.dimension(candidate.dimension);
    if (!dimension || !reachable(index, metric, dimension)) continue;
    if (metric && dimension.table === metric.table) return [];
    if (readings.some((reading) => reading.dimension === dimension.name)) continue;
    const value = dimension.values.find((known) => known.value === candidate.value);
    readings.push({
      dimension: dimension.name,
      value: candidate.value,
      phrase: `${word} ${dimension.label.toLowerCase()}`,
      label: `${dimension.label}: ${value?.label ?? candidate.value}`,
    });
  }
  for (const dimension of index.layer.dimensions) {
    if (readings.some((reading) => reading.dimension === dimension.name) || !reachable(index, metric, dimension))
      continue;
    const longer = dimension.values.find((value) =>
      [value.label.toLowerCase(), ...value.synonyms].some((synonym) => synonym.startsWith(`${word} `)),
    );
    if (!longer) continue;
    readings.push({
      dimension: dimension.name,
      value: longer.value,
      phrase: longer.label,
      label: `${dimension.label}: ${longer.label}`,
      partial: true,
    });
  }
  return readings.length > 1 ? readings : [];
}

/**
 * The readings of a dimension word that names several dimensions ("channel"), unless one of them is called
 * exactly that and is the metric's own ("engagement by platform" is the Platform's, though customers'
 * acquisition channel is also called so).
 */
export function dimensionReadings(
  word: string,
  names: readonly string[],
  metric: Metric | undefined,
  index: LayerIndex,
): Reading[] {
  const dimensions = names
    .map((name) => index.dimension(name))
    .filter((dimension): dimension is Dimension => dimension !== undefined && reachable(index, metric, dimension));
  // The dimension called exactly so wins on its metric's own table; reached through a join ("revenue per
  // platform": orders attributed to posts on each platform?) the word's other readings are as likely.
  const exact = dimensions.find((dimension) => dimension.label.toLowerCase() === word);
  if (dimensions.length < 2 || (exact && (metric === undefined || madeFor(metric, exact, index)))) return [];
  return dimensions.map((dimension) => ({
    dimension: dimension.name,
    value: null,
    phrase: nameOfItsOwn(dimension, word, index),
    label: dimension.label,
  }));
}

/**
 * Whether a metric is the dimension's own: of its table, or kept to the rows joined to the dimension's table
 * ("attributed revenue" counts only orders with an attributed post, so its platform is the post's).
 */
function madeFor(metric: Metric, dimension: Dimension, index: LayerIndex): boolean {
  if (dimension.table === metric.table) return true;
  const joinColumns = index.layer.joins
    .filter((join) => new Set([join.from, join.to, metric.table, dimension.table]).size === 2)
    .flatMap((join) => join.on.match(new RegExp(`\\b${escapeRegExp(metric.table)}\\.\\w+`, 'g')) ?? []);
  return metric.filters.some((filter) => joinColumns.some((column) => filter.sql.includes(column)));
}

/**
 * What names a dimension and no other, to re-ask with: its label, unless that is the ambiguous word itself or
 * another dimension's word too ("platform" → "social network"); then the first synonym that is its alone.
 */
function nameOfItsOwn(dimension: Dimension, word: string, index: LayerIndex): string {
  const others = new Set(
    index.layer.dimensions
      .filter((other) => other.name !== dimension.name)
      .flatMap((other) => [other.label.toLowerCase(), ...other.synonyms.map((synonym) => synonym.toLowerCase())]),
  );
  const label = dimension.label.toLowerCase();
  const names = [label, ...dimension.synonyms.map((synonym) => synonym.toLowerCase())];
  return names.find((name) => name !== word && !others.has(name)) ?? label;
}

/** Prefers the dimensions called exactly `word` among those it names ("platform" → Platform). */
export function exactlyNamed(word: string, names: readonly string[], index: LayerIndex): readonly string[] {
  const exact = names.filter((name) => index.dimension(name)?.label.toLowerCase() === word);
  return exact.length > 0 ? exact : names;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The question with the ambiguous word replaced by a reading's phrase; null when the word is not found. */
export function rephrase(question: string, word: string, phrase: string): string | null {
  const pattern = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i');
  return pattern.test(question) ? question.replace(pattern, phrase) : null;
}

/**
 * Up to three options for an ambiguity, each a question that `answerable` accepts as it stands; none when
 * no reading can be re-asked.
 */
export function clarificationOptions(
  question: string,
  ambiguity: Ambiguity,
  answerable: (question: string) => boolean,
): ClarificationOption[] {
  const options: ClarificationOption[] = [];
  // "What was our customer count": a word naming the count keeps saying a count ("number of new customers"), so
  // no reading turns into the people themselves.
  const counting = /\bcount$/.test(ambiguity.word);
  for (const reading of ambiguity.readings) {
    const phrase =
      counting && !/^(?:number|count) of\b/.test(reading.phrase) ? `number of ${reading.phrase}` : reading.phrase;
    const once = rephrase(question, ambiguity.word, phrase);
    const twice =
      once === null || reading.also === undefined ? once : rephrase(once, reading.also.word, reading.also.phrase);
    // "How many orders did we lose" read as refunded: "how many orders were refunded", not "did we refunded".
    const asked = twice?.replace(/\b(?:did|do|does) (?:we|i|you|they) ([a-z]+ed)\b/i, 'were $1') ?? null;
    if (asked !== null && answerable(asked)) options.push({ label: reading.label, question: asked });
    if (options.length === 3) break;
  }
  return options;
}

/**
 * "Does TikTok or Instagram sell more": two ambiguous words, neither answerable alone while the other is open.
 * Options read both on the same dimension (the two shops, the two platforms), up to three that answer.
 */
export function pairedOptions(
  question: string,
  first: Ambiguity,
  second: Ambiguity,
  answerable: (question: string) => boolean,
): ClarificationOption[] {
  const options: ClarificationOption[] = [];
  for (const reading of first.readings) {
    const partner = second.readings.find((other) => other.dimension === reading.dimension);
    if (!partner || reading.also || partner.also) continue;
    const once = rephrase(question, first.word, reading.phrase);
    const asked = once === null ? null : rephrase(once, second.word, partner.phrase);
    if (asked === null || !answerable(asked)) continue;
    const [name, value] = reading.label.split(': ');
    const [, other] = partner.label.split(': ');
    const label =
      value !== undefined && other !== undefined
        ? `${name}: ${value} and ${other}`
        : `${reading.label} and ${partner.label}`;
    options.push({ label, question: asked });
    if (options.length === 3) break;
  }
  return options;
}

/** A reading of a value word, the vague word replaced by its dimension's usual figure: "TikTok platform engagement". */
export function valueWithOwnFigure(reading: Reading, vagueWord: string, index: LayerIndex): Reading {
  const usual = index.metric(index.dimension(reading.dimension)?.defaultMetric ?? '');
  if (!usual) return reading;
  return {
    ...reading,
    label: `${reading.label} (${usual.label.toLowerCase()})`,
    // "Is TikTok better than Instagram": "better in engagement", so the option still reads as a question.
    also: {
      word: vagueWord,
      phrase: /^(?:better|worse|beat|outperform(?:ed)?)$/.test(vagueWord)
        ? `${vagueWord} in ${usual.label.toLowerCase()}`
        : usual.label.toLowerCase(),
    },
  };
}

/** A reading of a thing's word ranked by the thing's own usual figure: "best sales channel by revenue". */
export function rankedByOwnFigure(reading: Reading, index: LayerIndex): Reading {
  const usual = index.metric(index.dimension(reading.dimension)?.defaultMetric ?? '');
  if (!usual) return reading;
  const figure = usual.label.toLowerCase();
  return { ...reading, label: `${reading.label} by ${figure}`, phrase: `${reading.phrase} by ${figure}` };
}

/** A reading of a thing's word, said with the thing's own usual figure instead of a vague one ("performance"). */
export function withOwnFigure(reading: Reading, figureWord: string, index: LayerIndex): Reading {
  const usual = index.metric(index.dimension(reading.dimension)?.defaultMetric ?? '');
  if (!usual || figureWord === '') return reading;
  return {
    ...reading,
    label: `${usual.label} by ${reading.label.toLowerCase()}`,
    also: { word: figureWord, phrase: usual.label.toLowerCase() },
  };
}

/**
 * The readings of a value word for a count of people's own rows (customers): the values the count reaches,
 * and the values of another table reached by the count of the people behind its rows (customers who bought,
 * through the Instagram Shop), each said with that count. Empty when the figure is no such count.
 */
export function buyerReadings(
  word: string,
  candidates: readonly { readonly dimension: string; readonly value: string }[],
  metric: Metric,
  index: LayerIndex,
): (Reading & { readonly buyers?: Metric })[] {
  if (!metric.aggregation.startsWith('count') || entityOfTable(index.layer, metric.table) === null) return [];
  const all = valueReadings(word, candidates, undefined, index);
  const readings = all.length > 0 ? all : candidates.map((candidate) => ({ ...candidate, phrase: word, label: '' }));
  return readings.flatMap((reading) => {
    const dimension = index.dimension(reading.dimension);
    if (!dimension) return [];
    if (index.reachable(metric, dimension)) return [reading];
    const counts = dimension.table ? countsOfPeopleBehind(dimension.table, metric.table, index) : null;
    return counts?.length === 1 ? [{ ...reading, buyers: counts[0] as Metric }] : [];
  });
}

/**
 * "Which platform gets me the best engagement": the most of a figure, or the best rate of it, when the layer has
 * both ("Engagement" and "Engagement rate"); none when "total" or "rate" is said with it.
 */
export function totalOrRateOf(
  rated: Metric,
  word: string | undefined,
  normalized: string,
  index: LayerIndex,
): Ambiguity | null {
  const rate = index.layer.metrics.find((metric) => metric.label.toLowerCase() === `${rated.label.toLowerCase()} rate`);
  if (
    !rate ||
    word === undefined ||
    /^(?:total|overall|sum)\b/.test(word) ||
    !new RegExp(
      `\\b(?:best|better|worst|worse|strongest|weakest|good|poor|healthiest)\\s+${escapeRegExp(word)}\\b(?!\\s+rate)`,
    ).test(normalized)
  )
    return null;
  return {
    word,
    // (The total said as "total …", so the reading asks no more.)
    readings: [
      {
        dimension: rated.name,
        value: null,
        phrase: `total ${rated.label.toLowerCase()}`,
        label: `Total ${rated.label.toLowerCase()}`,
      },
      { dimension: rate.name, value: null, phrase: rate.label.toLowerCase(), label: rate.label },
    ],
  };
}
