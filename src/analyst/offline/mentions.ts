import type { Filter } from '../plan.js';
import { textDetailOf, type Dimension, type LayerIndex } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { namePattern, type NameScan } from './names.js';

/**
 * "How many posts mentioned the Soft Beanie", "which posts featured the Vintage Midi Dress", "posts that say
 * "giveaway"": rows with free text of their own (a dimension's `textDetail`, a post's caption) are picked by what
 * the text names, a row's name (a product's title) or words in quotes. The rows must be said ("posts"), and the
 * verb must come right before the name, so a name elsewhere stays a filter on its own row.
 */

const VERB =
  '(?:mention|mentions|mentioned|mentioning|feature|features|featured|featuring|tag|tags|tagged|tagging|showcase|showcases|showcased|showcasing|promote|promotes|promoted|promoting|say|says|said|saying|include|includes|included|including|talk about|talks about|talked about|talking about|about)';

export interface MentionScan {
  /** The names scan without the names the text mentions (their words blanked out of its text too). */
  readonly named: NameScan;
  readonly mentions: readonly Filter[];
}

/** The dimension whose rows have text, said in the question ("posts"), or undefined. */
function textRowsSaid(question: string, index: LayerIndex): Dimension | undefined {
  return index.layer.dimensions.find(
    (dimension) =>
      textDetailOf(dimension) !== undefined &&
      [dimension.label, dimension.plural, ...dimension.synonyms].some((noun) =>
        new RegExp(`\\b${escapeRegExp(noun.toLowerCase())}s?\\b`, 'i').test(question),
      ),
  );
}

export function scanMentions(question: string, named: NameScan, index: LayerIndex): MentionScan {
  const rows = textRowsSaid(question, index);
  if (!rows) return { named, mentions: [] };
  let text = named.text;
  const blank = (at: number, length: number) => {
    text = text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
  };
  const values: string[] = [];
  const mentionedNames = new Set<string>();
  // A row's name right after the verb: "featured the Vintage Midi Dress".
  for (const name of named.matched) {
    const match = new RegExp(`\\b${VERB}\\s+(?:the |my |our |a |an )?${namePattern(name.label)}`, 'i').exec(question);
    if (!match) continue;
    values.push(name.label);
    mentionedNames.add(name.value);
    blank(match.index, match[0].length);
  }
  // Words in quotes: "posts that mention "giveaway"".
  for (const match of question.matchAll(new RegExp(`\\b${VERB}\\s+["“']([^"”']{2,60})["”']`, 'gi'))) {
    values.push((match[1] as string).trim());
    blank(match.index, match[0].length);
  }
  if (values.length === 0) return { named, mentions: [] };
  const keep = (filter: Filter): Filter | null => {
    const at = filter.values
      .map((value, position) => (mentionedNames.has(value) ? -1 : position))
      .filter((i) => i >= 0);
    if (at.length === filter.values.length) return filter;
    if (at.length === 0) return null;
    return {
      ...filter,
      operator: at.length === 1 ? 'eq' : 'in',
      values: at.map((position) => filter.values[position] as string),
      ...(filter.labels ? { labels: at.map((position) => filter.labels?.[position] as string) } : {}),
    };
  };
  return {
    named: {
      ...named,
      text,
      filters: named.filters.map(keep).filter((filter): filter is Filter => filter !== null),
      matched: named.matched.filter((name) => !mentionedNames.has(name.value)),
    },
    mentions: [{ dimension: rows.name, operator: 'mentions', values }],
  };
}
