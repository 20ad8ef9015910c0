import type { Filter } from '../plan.js';
import { textDetailOf, type Dimension, type LayerIndex, type SemanticLayer } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { namePattern, type NameScan } from './names.js';
import { knownWord, type Vocabulary } from './vocabulary.js';

/**
 * "How many posts mentioned the Soft Beanie", "which posts featured the Vintage Midi Dress", "posts that say
 * "giveaway"": rows with free text of their own (a dimension's `textDetail`, a post's caption) are picked by what
 * the text names, a row's name (a product's title) or words in quotes. The rows must be said ("posts"), and the
 * verb must come right before the name, so a name elsewhere stays a filter on its own row.
 */

const VERB =
  '(?:name|names|named|naming|reference|references|referenced|referencing|mention|mentions|mentioned|mentioning|feature|features|featured|featuring|tag|tags|tagged|tagging|showcase|showcases|showcased|showcasing|promote|promotes|promoted|promoting|say|says|said|saying|include|includes|included|including|talk about|talks about|talked about|talking about|about)';

export interface MentionScan {
  /** The names scan without the names the text mentions (their words blanked out of its text too). */
  readonly named: NameScan;
  readonly mentions: readonly Filter[];
}

/** The noun of a dimension's text, from its name ("post_caption": "caption"), or null. */
function textNoun(dimension: Dimension): string | null {
  const noun = textDetailOf(dimension)?.name.split('_').at(-1)?.toLowerCase();
  return noun && noun.length >= 4 ? noun : null;
}

/** The dimension whose rows have text, said in the question ("posts", or "captions" naming something), or undefined. */
function textRowsSaid(question: string, index: LayerIndex): Dimension | undefined {
  return index.layer.dimensions.find((dimension) => {
    if (textDetailOf(dimension) === undefined) return false;
    const noun = textNoun(dimension);
    // ("Repairs that mention mould": the rows said by their table's own nouns too.)
    const table = index.layer.tables.find((candidate) => candidate.name === dimension.table);
    const tableNouns = table ? [table.name.replaceAll('_', ' '), ...table.synonyms] : [];
    return (
      [dimension.label, dimension.plural, ...dimension.synonyms, ...tableNouns].some((said) =>
        new RegExp(`\\b${escapeRegExp(said.toLowerCase())}s?\\b`, 'i').test(question),
      ) ||
      (noun !== null && new RegExp(`\\b${escapeRegExp(noun)}s?\\b`, 'i').test(question))
    );
  });
}

/**
 * "Posts whose caption names the Velvet Wallet", "where the caption mentions", "how many of my captions mention",
 * "how often have i featured … in a caption", "the posts where i featured": the words saying where the text is or
 * who wrote it add nothing to the rows picked by it; its noun said as the subject is the rows themselves.
 */
function withoutTextWords(text: string, rows: Dimension): string {
  const noun = textNoun(rows);
  const nouns = [...(noun ? [escapeRegExp(noun)] : []), 'text', 'copy', 'description'].join('|');
  const plural = rows.plural.toLowerCase();
  return text
    .replace(new RegExp(`\\b(?:whose|where (?:the|its|their)|with (?:the|a|its)) (?:${nouns})s?\\b`, 'gi'), (said) =>
      ' '.repeat(said.length),
    )
    .replace(/\b(?:where|in which|wherein) (?:i|we)(?: (?:have|had|did|ever))?\b/gi, (said) => ' '.repeat(said.length))
    .replace(/\bhow often\b/gi, `how many ${plural}`)
    .replace(noun ? new RegExp(`\\b${escapeRegExp(noun)}s?\\b`, 'gi') : /(?!)/, plural)
    .replace(/\b(?:i|we) (?:have |had )?(?:written|wrote|posted|put up|published)\b/gi, (said) =>
      ' '.repeat(said.length),
    );
}

/** One word after the verb, then the end of the question or a period's first word. */
const UNQUOTED = new RegExp(
  `\\b${VERB}\\s+(?:the |a |an )?([a-z][a-z-]{2,30})\\b(?=\\s*(?:[?.!,]|$)|\\s+(?:in|this|last|since|during|from|over|yesterday|today)\\b)`,
  'gi',
);

export function scanMentions(
  question: string,
  named: NameScan,
  index: LayerIndex,
  vocabulary: Vocabulary,
): MentionScan {
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
  // A row's name right before the rows' noun: "my Minimal Chinos posts", "the Wild Lip Balm reels".
  const nouns = [rows.label, rows.plural, ...rows.synonyms].map((said) => escapeRegExp(said.toLowerCase())).join('|');
  for (const name of named.matched) {
    if (mentionedNames.has(name.value)) continue;
    const match = new RegExp(`(?<![\\w])${namePattern(name.label)}\\s+(?=(?:${nouns})s?\\b)`, 'i').exec(question);
    if (!match) continue;
    values.push(name.label);
    mentionedNames.add(name.value);
  }
  // A word all of several rows' names end in, before the noun: "my chinos posts" names each chinos.
  const kinds = named.kinds.filter((kind) =>
    question
      .toLowerCase()
      .match(new RegExp(`\\b([a-z]+)\\s+(?=(?:${nouns})s?\\b)`, 'g'))
      ?.some((word) => {
        const typed = word.trim().replace(/e?s$/, '');
        return typed.length >= 3 && (kind.labels ?? []).every((label) => label.toLowerCase().includes(typed));
      }),
  );
  for (const kind of kinds) {
    values.push(...(kind.labels ?? []));
    for (const value of kind.values) mentionedNames.add(value);
  }
  // Words in quotes: "posts that mention "giveaway"".
  for (const match of question.matchAll(new RegExp(`\\b${VERB}\\s+["“']([^"”']{2,60})["”']`, 'gi'))) {
    values.push((match[1] as string).trim());
    blank(match.index, match[0].length);
  }
  // One word the layer does not know, right after the verb and at the end or before a period: "repairs that mention
  // mould", "posts about giveaways this month"; matched as typed, as words in quotes are.
  for (const match of question.matchAll(UNQUOTED)) {
    const word = (match[1] as string).toLowerCase();
    if (knownWord(vocabulary, word) || values.some((value) => value.toLowerCase().includes(word))) continue;
    values.push(word);
    blank(match.index, match[0].length);
  }
  if (values.length === 0) return { named, mentions: [] };
  // "Did I name the organic planter in the caption": where the text is said adds nothing (it is the rows' own text).
  const detail = textDetailOf(rows)?.name.replaceAll('_', ' ').toLowerCase();
  const where = new RegExp(
    `\\b(?:in|within|inside) (?:the |my |its |their |a |an )?(?:${[...(detail ? [escapeRegExp(detail)] : []), 'caption', 'text', 'copy', 'description'].join('|')})s?\\b`,
    'i',
  ).exec(text);
  if (where) blank(where.index, where[0].length);
  text = withoutTextWords(text, rows);
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
      kinds: named.kinds.filter((kind) => !kinds.includes(kind)),
      matched: named.matched.filter((name) => !mentionedNames.has(name.value)),
    },
    mentions: [{ dimension: rows.name, operator: 'mentions', values }],
  };
}

/** Words that begin no phrase of a post's text said before its noun ("the", "my", "on" …). */
const NOT_A_START =
  /^(?:the|my|our|a|an|all|those|these|this|that|on|of|for|in|from|with|did|do|does|to|how|many|much|what|which|and|or|by|at|get|got|me|show|list|give|total|top)$/;

/**
 * "Likes on the behind the scenes posts", "my back in stock posts": words before the noun of rows with text of
 * their own, which may be words of that text. Each candidate (longest first, never starting with a word such as
 * "the") comes with the question asked with the words in quotes ("posts that say "behind the scenes""), and the
 * query that finds whether any row's text holds them; the words are matched as a literal of letters, digits,
 * spaces and "%", "&", "'", "-" only.
 */
export function textPhrases(
  layer: SemanticLayer,
  question: string,
): { readonly phrase: string; readonly question: string; readonly sql: string }[] {
  const out: { phrase: string; question: string; sql: string }[] = [];
  for (const dimension of layer.dimensions) {
    const text = textDetailOf(dimension);
    if (!text || !dimension.table) continue;
    const table = dimension.table;
    // The phrase, the question with it in quotes instead of the words at `start`…`end`, and whether any row holds it.
    const candidate = (phrase: string, start: number, end: number, noun: string) => ({
      phrase,
      question: `${question.slice(0, start)}${noun} that say "${phrase}"${question.slice(end)}`,
      sql: `SELECT COUNT(*) AS n FROM ${table} WHERE strpos(lower(${text.expression}), '${phrase.replaceAll("'", "''")}') > 0`,
    });
    const nouns = [dimension.plural, dimension.label, ...dimension.synonyms].map((noun) => noun.toLowerCase());
    for (const noun of nouns) {
      // ("The 'packing orders all day' post": words in quotes are the text, as typed, whatever they are.)
      const quoted = new RegExp(
        `(['"\u2018\u201c])([a-z0-9 %&'-]{3,80}?)['"\u2019\u201d]\\s+(${escapeRegExp(noun)}s?)\\b`,
        'i',
      ).exec(question);
      if (quoted) {
        const phrase = (quoted[2] as string).trim().toLowerCase();
        out.push(candidate(phrase, quoted.index, quoted.index + quoted[0].length, quoted[3] as string));
        break;
      }
      const match = new RegExp(`((?:[a-z0-9%&'-]+ ){1,4})(${escapeRegExp(noun)}s?)\\b`, 'i').exec(question);
      if (!match) continue;
      const before = (match[1] as string).trim().split(' ');
      for (let start = 0; start < before.length; start += 1) {
        const words = before.slice(start);
        const phrase = words.join(' ').toLowerCase();
        if (NOT_A_START.test(words[0]?.toLowerCase() ?? '') || !/^[a-z0-9 %&'-]+$/.test(phrase) || phrase.length < 3)
          continue;
        const at = match.index + (match[1] as string).lastIndexOf(words.join(' '));
        out.push(candidate(phrase, at, match.index + match[0].length, match[2] as string));
      }
      break;
    }
  }
  return out.slice(0, 4);
}
