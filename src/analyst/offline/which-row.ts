import type { ClarificationOption } from '../outcome.js';
import type { QueryPlan } from '../plan.js';
import { ownCount, type Dimension, type LayerIndex, type SemanticLayer } from '../semantic-layer.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { SHORT_MONTH_NAMES } from './calendar.js';
import { PEOPLE_WORDS } from '../layer-words.js';
import { entityOfNoun, meaningsOf } from './thresholds.js';
import { stem, type Vocabulary } from './vocabulary.js';

/**
 * One row said with "the" ("who was the $99 june invoice sent to", "what plan is the april signup on", "join date
 * of our americas basic-plan customer"): the question takes for granted that one row matches, which only the data
 * can tell. When two or three do, askql asks which, naming them, instead of answering for all of them as if
 * they were one; one row, or more than three (a noun said in general: "what does the customer buy most"), is
 * answered as asked.
 */

export interface OneRowSaid {
  /** The dimension naming single rows of the noun's table ("invoice_id", "subscriber"). */
  readonly entity: Dimension;
  /** Where the phrase is in the question, and the phrase as typed ("the $99 june invoice"). */
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  /** The noun as typed ("customer"). */
  readonly noun: string;
  /** Said by when the row came to be ("the basic subscriber who joined in may"): its period is its own, not a figure's. */
  readonly joined: boolean;
  /** The noun is a value that picks the rows ("refund", "tiktok"): said again with the key, so the row keeps it. */
  readonly valued: boolean;
}

/** "The", "our", a key's "'s" ("sub_ac_04's invoice") + up to four words + a noun of rows, then the end of the question or a word after a noun. */
const ONE_ROW =
  /(?:\b(?:the|that|this|our|my)|(?<![\w'-])[a-z][\w-]*\d'?s|(?<![\w'-])(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+((?:[$£€]?[\w.,'-]+\s+){0,4}?)([a-z]+)(?:\s+(?:of|for|worth|at)\s+(?:exactly\s+)?[$£€]\s?\d[\d,.]*k?)?(?=\s*(?:[?.!,;:\u2013\u2014]|\s-\s|$)|\s+(?:on|in|for|to|from|of|was|is|sent|billed|issued|placed|dated|made|bought|ordered|paid|signed|sign|joined|join|register|registered|subscribe|subscribed|yesterday|today|last|this|earlier|who|that|belongs?|belonged|been|has|had|got|get|gets|spent|spend|go|goes|went|gone|come|came|arrive|arrived|(?:we|i) (?:first )?(?:launched|added|created|released|introduced|listed))\b|'s\b)/gi;

/** Words that pick one row by rank or say the noun in general ("the amount per customer"): never a row taken for granted. */
const NOT_ONE =
  /\b(?:per|top|best|worst|first|last|latest|newest|oldest|most|least|only|single|same|average|avg|typical|median|mean|usual|next|previous|prior|one|each|every|other|[a-z]+est)\b/i;

/** "Who joined in may", "that signed up in april", "we launched in december": the row said by when it came to be. */
const JOINED_WHEN =
  /^\s+(?:(?:who|that)\s+(?:first\s+)?(?:joined|signed\s+up|started|registered|subscribed|came\s+on(?:\s+board)?|came\s+aboard|was\s+created)|(?:that\s+|which\s+)?(?:we|i)\s+(?:first\s+)?(?:launched|added|created|released|introduced|listed))(?:\s+(?:in|on|during)\s+(?:[a-z]+(?:\s+\d{1,4})?(?:,?\s+\d{4})?|\d{4}))?\b/i;

/** "From 18 february", "posted on march 3rd", "from yesterday", "yesterday": one day, said right after a row's noun. */
const MONTH_SAID = `(?:${SHORT_MONTH_NAMES.join('|')})[a-z]*`;
const ONE_DAY_AFTER = new RegExp(
  `^\\s+(?:(?:from|on|posted(?: on)?|dated|of)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SAID}|${MONTH_SAID}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|yesterday\\b|(?:last\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)|yesterday\\b|today\\b)`,
  'i',
);

/** The phrase naming one row, when the question has one and the plan does not already list that noun's rows. */
export function oneRowSaid(
  question: string,
  plan: QueryPlan,
  vocabulary: Vocabulary,
  index: LayerIndex,
): OneRowSaid | null {
  for (const match of question.matchAll(ONE_ROW)) {
    const [whole, modifiers = '', noun = ''] = match;
    // (A plural is rows in general: "the june invoices".)
    if (stem(noun) !== noun || NOT_ONE.test(modifiers)) continue;
    // ("The videos we posted to facebook": a clause about rows said before it, whose verb is no noun of one row.)
    // ("The videos posted": a plural, then a verb.)
    if (/\b(?:we|i|you|they|he|she)\b/i.test(modifiers) || (/ed$/.test(noun) && /[a-z]s\s+$/i.test(modifiers)))
      continue;
    const people = new RegExp(`^${PEOPLE_WORDS}$`).test(`${noun}s`) ? vocabulary.people : null;
    const entity = entityOfNoun(meaningsOf(people ?? noun, vocabulary), index);
    // (A kind of row, "the reel", is one row only when said with its day: "the reel from 18 february", "wednesday's
    // tiktok".)
    const day = ONE_DAY_AFTER.exec(question.slice(match.index + whole.length));
    const dayBefore = /day['’]s$/i.test(whole.slice(0, whole.length - noun.length - modifiers.length).trim());
    if (!entity || (entity.value && !day && !dayBefore)) continue;
    // ("Which customer was the $33.95 refund yesterday": rows listed, but one of them said to be meant.)
    if (plan.dimensions.includes(entity.dimension.name) && !(/^the\b/i.test(whole) && /\S/.test(modifiers))) continue;
    // Said by its key ("the invoice inv_ac_007"): one row already.
    if (/\d/.test(modifiers) && /[a-z]\w*[_-]\w*\d/i.test(modifiers)) continue;
    // (Said with when it came to be, the phrase holds that too: the rows are named by it.)
    const when = JOINED_WHEN.exec(question.slice(match.index + whole.length))?.[0] ?? '';
    const dated = when === '' && entity.value ? (day?.[0] ?? '') : '';
    const end = match.index + whole.length + when.length + dated.length;
    return {
      entity: entity.dimension,
      start: match.index,
      end,
      phrase: question.slice(match.index, end),
      noun,
      joined: when !== '',
      valued: entity.value,
    };
  }
  return null;
}

/** How many rows the lookup reads: when it fills them all, more rows may match than it saw, and nothing is asked. */
export const ROWS_LOOKED_AT = 12;

/** The plan's own figure and rows, one row per row of the noun (and of the plan's own grouping beside it). */
export function rowsPlan(plan: QueryPlan, said: OneRowSaid, layer: SemanticLayer): QueryPlan {
  // Said by when it came to be: the rows' own count, over their own time ("who joined in may" is not billed in May).
  const own = said.joined && said.entity.table ? ownCount(layer, said.entity.table) : undefined;
  return {
    ...plan,
    metrics: own ? [own.name] : plan.metrics.slice(0, 1),
    // (The plan's own grouping kept beside: "the status of the $61.95 order" counts refunded ones too.)
    dimensions: [said.entity.name, ...plan.dimensions.filter((name) => name !== said.entity.name)].slice(0, 2),
    grain: null,
    sort: null,
    limit: ROWS_LOOKED_AT,
    comparison: null,
    share: null,
    per: null,
    perRow: null,
  };
}

/** The keys of the rows found, in the order found; none when the lookup was cut off (more may match). */
export function rowsFound(said: OneRowSaid, found: QueryResult): string[] {
  const column = found.columns.findIndex((candidate) => candidate.name === said.entity.name);
  if (column < 0 || found.rows.length >= ROWS_LOOKED_AT) return [];
  return [...new Set(found.rows.map((row) => row[column]).filter((key) => key !== null && key !== ''))].map(String);
}

/** Each row's name (its `nameDetail`, a product's title) by its key, where the lookup shows one. */
function rowNames(said: OneRowSaid, found: QueryResult): Map<string, string> {
  const key = found.columns.findIndex((column) => column.name === said.entity.name);
  const name = found.columns.findIndex((column) => column.name === said.entity.nameDetail);
  if (key < 0 || name < 0) return new Map();
  return new Map(
    found.rows.flatMap((row) =>
      row[key] !== null && typeof row[name] === 'string' && row[name] !== '' ? [[String(row[key]), row[name]]] : [],
    ),
  );
}

/** The question asked of one row by its key instead of the phrase ("how much was ord_dm_0024967 yesterday"). */
export function askedByKey(question: string, said: OneRowSaid, key: string): string {
  // ("Which customer was the $33.95 refund yesterday" → "which customer was refund ord_1": a refunded order, never
  // the paid ones a figure counts by default.)
  const named = said.valued ? `${said.noun} ${key}` : key;
  return `${question.slice(0, said.start)}${named}${question.slice(said.end)}`.replace(/\s+/g, ' ').trim();
}

/** "How much was the order from the australian customer": the row's money, which a count of such rows is not. */
export const MONEY_OF_ONE = /^\s*how much (?:was|is|did|does|were)\b/i;

/** Which of two or three rows found askql asks about, each re-asked by its key; null for one, or more than three. */
export function whichRow(
  question: string,
  said: OneRowSaid,
  keys: readonly string[],
  found?: QueryResult,
): { text: string; word: string; options: ClarificationOption[] } | null {
  if (keys.length < 2 || keys.length > 3) return null;
  const phrase = said.phrase.trim();
  // (A row with a name, a product's title, is shown by it, its key beside: "Velvet Backpack (prd_54)".)
  const names = found ? rowNames(said, found) : new Map<string, string>();
  const shown = keys.map((key) => (names.has(key) ? `${names.get(key)} (${key})` : key));
  const options = keys.map((key, at) => ({
    label: `${said.entity.label}: ${shown[at] as string}`,
    question: askedByKey(question, said, key),
  }));
  const noun = said.noun;
  const named = shown.length === 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return {
    text: `${keys.length === 2 ? 'Two' : 'Three'} ${noun}s match "${phrase}": ${named}. Which one do you mean?`,
    word: phrase,
    options,
  };
}

/**
 * "Show me the $29 invoice", "how much was the order from yesterday", "likes on the velvet scarf post" where many
 * rows fit: the question takes one row for granted (said by an amount or words that pick it out, or asked "how much
 * was", "when was", "show me"), so askql says how many fit and asks for the one meant by its key, never answering
 * for all of them as if they were one. Null when few fit, or the noun is said in general ("what does the customer
 * buy most").
 */
export function tooManyRows(
  question: string,
  said: OneRowSaid,
  found: QueryResult,
  keys: readonly string[],
): string | null {
  const cutOff = found.rows.length >= ROWS_LOOKED_AT;
  if (!cutOff && keys.length <= 3) return null;
  const byAmount = /[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars?|bucks|usd|euros?|pounds)\b/i.test(said.phrase);
  const oneAsked =
    MONEY_OF_ONE.test(question) ||
    /^\s*(?:show me|give me|pull up|when (?:was|did|is)|who (?:placed|sent|got|paid|bought|made)|what(?:'?s| is| was) the (?:amount|total|value) (?:on|of))\b/i.test(
      question,
    );
  // (Or said with words that pick it out, "the velvet scarf post", "the customer who joined yesterday".)
  const described = said.joined || pickedOut(said);
  if (!byAmount && !oneAsked && !described) return null;
  const column = found.columns.findIndex((candidate) => candidate.name === said.entity.name);
  const example = column < 0 ? null : found.rows.map((row) => row[column]).find((key) => key !== null && key !== '');
  const count = cutOff ? `${ROWS_LOOKED_AT} or more` : String(keys.length);
  const named = example === undefined || example === null ? '' : `, for example ${String(example)}`;
  return `"${said.phrase.trim()}" fits ${count} ${said.noun}s, and the question asks about one (say which one${named}, or ask about all of them)`;
}

/**
 * "The velvet scarf post", "the june basic invoice": "the" (or "that"), words that pick one out, and a noun of single rows (not
 * "content", which "my december content" says of a month's rows).
 */
function pickedOut(said: OneRowSaid): boolean {
  const words = said.phrase.trim().toLowerCase().split(/\s+/);
  const modifiers = words.slice(1, -1);
  return (
    // ("That june invoice": the one the asker has in mind.)
    (words[0] === 'the' || words[0] === 'that') &&
    modifiers.length > 0 &&
    modifiers.every(
      (word) =>
        !/^(?:the|a|an|my|our|this|that|of|by|on|in|for|to)$/.test(word) &&
        // (A month said of a single row, "the june basic invoice", still picks it out; "the december content" is
        // rows of a month, left out below.)
        !/^(?:yesterday|today|yesterday's|today's|last|this|\d{4})$/.test(word),
    ) &&
    !/^(?:content|stuff|data|inventory|merchandise|catalog|catalogue|feed|range)$/.test(said.noun.toLowerCase())
  );
}
