import type { Filter } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';
import type { EntityName } from './names.js';
import { stem, vocabularyOf, type Vocabulary } from './vocabulary.js';

/**
 * "3 bedroom homes", "5-star reviews", "properties with 4 or more bedrooms", "reviews of 3 stars or less": a number
 * said with the word of a dimension whose values are whole numbers in the user's data (a column the layer lists no
 * values of, looked up like names) picks those values: the one said, or every one past the bound. Never a ranking's
 * count ("top 3 bedroom counts") and never an amount of a figure (those are row conditions, read elsewhere).
 */

/** Before the number: a bound ("at least 4 bedrooms", "more than 3 stars"). */
const BOUND_BEFORE =
  /\b(at least|no less than|no fewer than|more than|over|above|fewer than|less than|under|below|at most|no more than|up to)\s+$/i;

/** Right after the number, or after the word: "4+ bedrooms", "4 or more bedrooms", "3 stars or less". */
const BOUND_AFTER = /^\s*(\+|or more|or over|or above|and up|and above|plus|or fewer|or less|or under|or below)\b/i;

/** A ranking's count, never a value: "top 3 bedroom counts", "the best 5 star ratings". */
const RANKING_BEFORE =
  /\b(?:top|bottom|best|worst|first|last|highest|lowest|biggest|largest|smallest|(?<!\bat )most|(?<!\bat )least|next|previous)\s+$/i;

/** "Between 3 and 5 stars", and "5 star" as spelled out: both ends, inclusive. */
const BETWEEN_BEFORE = /\bbetween\s+(\d{1,3})\s+and\s+$/i;

type Bound = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'between';

function boundOf(said: string | undefined): Bound {
  const text = (said ?? '').toLowerCase();
  if (text === '') return 'eq';
  if (/^(?:at least|no less than|no fewer than|\+|or more|or over|or above|and up|and above|plus)$/.test(text))
    return 'gte';
  if (/^(?:more than|over|above)$/.test(text)) return 'gt';
  if (/^(?:fewer than|less than|under|below)$/.test(text)) return 'lt';
  return 'lte';
}

function passes(value: number, bound: Bound, limit: number, low: number): boolean {
  if (bound === 'between') return value >= Math.min(low, limit) && value <= Math.max(low, limit);
  if (bound === 'gt') return value > limit;
  if (bound === 'gte') return value >= limit;
  if (bound === 'lt') return value < limit;
  if (bound === 'lte') return value <= limit;
  return value === limit;
}

/** The dimensions the layer lists no values of, whose looked-up values are all whole numbers. */
function numberedDimensions(layer: SemanticLayer): Set<string> {
  return new Set(
    layer.dimensions
      .filter((dimension) => dimension.values.length === 0 && dimension.details.length === 0)
      .map((dimension) => dimension.name),
  );
}

/** The dimension a word (or two) names, among `candidates`: "bedroom", "bedrooms", "star", "stars". */
function dimensionWord(phrase: string, vocabulary: Vocabulary, candidates: ReadonlySet<string>): string | undefined {
  const key = phrase.toLowerCase().split(/\s+/).map(stem).join(' ');
  const meanings = vocabulary.phrases.get(key) ?? [];
  const dimensions = meanings.filter((meaning) => meaning.type === 'dimension' && candidates.has(meaning.name));
  return dimensions.length === 1 ? (dimensions[0] as { name: string }).name : undefined;
}

const NUMBER_THEN_WORD =
  /(?<![\w$£€.,])(\d{1,3})(\+)?(?:-| )(?:(or more|or fewer|or less|and up|or above|or over|or below|or under) )?([a-z]+)(?![\w])/gi;

/** True when the question says a number with a word of a dimension of the layer's that lists no values. */
export function numberedValueSaid(question: string, layer: SemanticLayer): boolean {
  const candidates = numberedDimensions(layer);
  if (candidates.size === 0) return false;
  const vocabulary = vocabularyOf(layer);
  return [...question.matchAll(NUMBER_THEN_WORD)].some(
    (match) => dimensionWord(match[4] as string, vocabulary, candidates) !== undefined,
  );
}

/**
 * The numbered values said in `text`, as filters on their dimensions, and the text with those phrases blanked out.
 * Only where every looked-up value of the dimension is a whole number, and at least one passes.
 */
export function scanNumberedValues(
  text: string,
  names: readonly EntityName[],
  vocabulary: Vocabulary,
): { text: string; filters: Filter[] } {
  const byDimension = new Map<string, EntityName[]>();
  for (const name of names) byDimension.set(name.dimension, [...(byDimension.get(name.dimension) ?? []), name]);
  const numbered = new Set(
    [...byDimension]
      .filter(([, rows]) => rows.length > 1 && rows.every((row) => /^\d+$/.test(row.label.trim())))
      .map(([dimension]) => dimension),
  );
  if (numbered.size === 0) return { text, filters: [] };
  const filters: Filter[] = [];
  let blanked = text;
  for (const match of [...text.matchAll(NUMBER_THEN_WORD)].reverse()) {
    const [whole, digits, plus, between, word] = match;
    const dimension = dimensionWord(word as string, vocabulary, numbered);
    if (dimension === undefined || filters.some((filter) => filter.dimension === dimension)) continue;
    const before = text.slice(0, match.index);
    if (RANKING_BEFORE.test(before)) continue;
    const range = BETWEEN_BEFORE.exec(before);
    const boundBefore = range ?? BOUND_BEFORE.exec(before);
    const after = range ? null : BOUND_AFTER.exec(text.slice(match.index + whole.length));
    const bound = range ? 'between' : boundOf(boundBefore?.[1] ?? plus ?? between ?? after?.[1]);
    const limit = Number(digits);
    const low = Number(range?.[1] ?? digits);
    const rows = (byDimension.get(dimension) ?? []).filter((row) => passes(Number(row.label), bound, limit, low));
    if (rows.length === 0) continue;
    filters.push({
      dimension,
      operator: rows.length === 1 ? 'eq' : 'in',
      values: rows.map((row) => row.value),
      labels: rows.map((row) => row.label.trim()),
    });
    const start = boundBefore ? match.index - boundBefore[0].length : match.index;
    const end = match.index + whole.length + (after ? after[0].length : 0);
    blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  }
  return { text: blanked, filters };
}
