import { MONTH_NAMES, WEEKDAYS } from './calendar.js';
import type { Filter, QueryPlan } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';
import { entityDimensions } from '../layer-words.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { distance } from 'fastest-levenshtein';
import { escapeRegExp } from './ambiguity.js';
import { NAMED_DAYS } from './time-expressions.js';

/**
 * Rows named in a question ("how many Cedar Backpacks did we sell"): the names come from the user's own data
 * (a dimension's `nameDetail`, a product's title), looked up only when a question has words the layer does
 * not know, and matched as whole phrases, longest first. A matched name becomes a filter on its row's key.
 */

export interface EntityName {
  readonly dimension: string;
  /** The row's key (the filter value). */
  readonly value: string;
  /** The name as stored. */
  readonly label: string;
  /** For a row named by its key ("sub_ac_05"): the noun of its rows ("subscriber"), read in the key's place. */
  readonly noun?: string;
}

/** Names listed at most from a dimension of plain text (an instructor): more are no names a question would say. */
const PLAIN_NAMES = 1000;

/**
 * The queries that list the named rows of each dimension with a `nameDetail`, and the values of each dimension of
 * plain text the layer lists none of ("instructor": "how many classes did Maya Patel teach"), never a row's key.
 */
export function namesQueries(layer: SemanticLayer): { dimension: string; sql: string }[] {
  const entities = entityDimensions(layer);
  return layer.dimensions.flatMap((dimension) => {
    const detail = dimension.details.find((candidate) => candidate.name === dimension.nameDetail);
    const plain =
      !detail &&
      dimension.table !== undefined &&
      dimension.values.length === 0 &&
      dimension.details.length === 0 &&
      !entities.has(dimension.name) &&
      !dimension.expression.includes('{time}') &&
      !/_id$|(?:_at|_on|date)$/i.test(dimension.name);
    if (plain)
      return [
        {
          dimension: dimension.name,
          sql: `SELECT DISTINCT ${dimension.expression} AS value, ${dimension.expression} AS label FROM ${dimension.table} ORDER BY 1 LIMIT ${PLAIN_NAMES}`,
        },
      ];
    if (!detail || !dimension.table) return [];
    return [
      {
        dimension: dimension.name,
        // (In one order every time, so a clarification names the same rows the same way.)
        sql: `SELECT DISTINCT ${dimension.expression} AS value, ${detail.expression} AS label FROM ${dimension.table} ORDER BY 1`,
      },
    ];
  });
}

/**
 * Words typed like a row's key ("sub_ac_05", "inv-1042", "cus_dm_000505"): letters and digits joined by "_" or
 * "-", with at least one digit and one letter (never a date such as 2025-03-01).
 */
export function keysTyped(question: string): string[] {
  const typed = question.match(/(?<![\w-])[a-z0-9]+(?:[_-][a-z0-9]+)+(?![\w-])/gi) ?? [];
  return [...new Set(typed.filter((word) => /\d/.test(word) && /[a-z]/i.test(word)).map((word) => word.toLowerCase()))];
}

/**
 * The queries that find the rows a question names by their key: for each word typed like a key, each dimension
 * naming single rows (no list of values, a table of its own) is asked whether one of its rows has that key. The
 * word is matched as a literal of letters, digits, "_" and "-" only.
 */
export function keyQueries(
  layer: SemanticLayer,
  question: string,
): { dimension: string; sql: string; noun?: string }[] {
  const keys = keysTyped(question).filter((key) => /^[a-z0-9_-]+$/.test(key));
  if (keys.length === 0) return [];
  const literals = keys.map((key) => `'${key}'`).join(', ');
  return layer.dimensions.flatMap((dimension) => {
    if (!dimension.table || dimension.values.length > 0 || dimension.expression.includes('{time}')) return [];
    return [
      {
        dimension: dimension.name,
        noun: dimension.label.toLowerCase(),
        sql: `SELECT DISTINCT ${dimension.expression} AS value, ${dimension.expression} AS label FROM ${dimension.table} WHERE LOWER(CAST(${dimension.expression} AS VARCHAR)) IN (${literals})`,
      },
    ];
  });
}

/** Loads the names of the user's rows; a failed lookup means no names, never a failed question. */
export async function loadNames(
  layer: SemanticLayer,
  lookup: (sql: string) => Promise<QueryResult>,
  question = '',
): Promise<EntityName[]> {
  const names: EntityName[] = [];
  const queries: { dimension: string; sql: string; noun?: string }[] = [
    ...namesQueries(layer),
    ...keyQueries(layer, question),
  ];
  for (const query of queries) {
    try {
      const result = await lookup(query.sql);
      for (const row of result.rows) {
        const [value, stored] = row;
        // (A whole number is a value too, "3" bedrooms, read only with its dimension's word: see numbered-values.ts.)
        const label = typeof stored === 'number' && Number.isInteger(stored) ? String(stored) : stored;
        if (value !== null && value !== undefined && typeof label === 'string' && label.trim() !== '') {
          names.push({
            dimension: query.dimension,
            value: String(value),
            label,
            ...(query.noun === undefined ? {} : { noun: query.noun }),
          });
        }
      }
    } catch {
      // The question is then read without names: an unknown name is declined, as before.
    }
  }
  return names;
}

export interface NameScan {
  readonly text: string;
  readonly filters: readonly Filter[];
  /** The names matched, as stored, for the plan's description. */
  readonly matched: readonly EntityName[];
  /** Kinds of rows named by a word their names end in ("hoodies"): filters on every such row, added up. */
  readonly kinds: readonly Filter[];
  /**
   * A kind said as one row ("the cardigan", "beanie qty") that several rows are: which one is the asker's to say.
   * The words as typed, the kind's own words, and the names of the rows.
   */
  readonly oneOfKind: { readonly typed: string; readonly noun: string; readonly labels: readonly string[] } | null;
}

/**
 * A stored name as typed in a question: its words, any spacing between them, a plural or possessive after. Typed as
 * on a phone: without its apostrophes ("rosies kitchen" for "Rosie's Kitchen"), "and" for "&", and without a
 * leading "The" when two words or more are left ("potters wheel").
 */
export function namePattern(label: string): string {
  const words = label.trim().split(/\s+/);
  const article = words.length > 2 && /^the$/i.test(words[0] ?? '');
  const typed = (article ? words.slice(1) : words).map((word) =>
    word === '&' ? '(?:&|and)' : escapeRegExp(word).replace(/['\u2019]/g, "['\u2019]?"),
  );
  return `${article ? '(?:the\\s+)?' : ''}${typed.join('\\s+')}(?:e?s|'s)?(?![\\w])`;
}

/**
 * The singulars a word may have, for matching a kind of row: "hoodies" and "Hoodie", "accessories", "watches",
 * "scarves" and "Scarf", "knives" and "Knife".
 */
function kindsOf(word: string): Set<string> {
  const lower = word.toLowerCase();
  const forms = new Set([lower, lower.replace(/s$/, '')]);
  if (/ies$/.test(lower)) forms.add(`${lower.slice(0, -3)}y`);
  if (/es$/.test(lower)) forms.add(lower.slice(0, -2));
  if (/ves$/.test(lower)) for (const ending of ['f', 'fe']) forms.add(`${lower.slice(0, -3)}${ending}`);
  return forms;
}

/**
 * True when a name ends in the typed words as one kind of thing ("Organic Hoodie" and "hoodies", "Mint Shampoo
 * Bar" and "shampoo bars"): the words before the last match as typed, the last in any of its singulars.
 */
function sameKind(name: string, typed: string): boolean {
  const nameWords = name.trim().toLowerCase().split(/\s+/);
  const typedWords = typed.trim().toLowerCase().split(/\s+/);
  if (nameWords.length < typedWords.length) return false;
  const ending = nameWords.slice(-typedWords.length);
  const head = kindsOf(ending.at(-1) ?? '');
  return (
    ending.slice(0, -1).every((word, at) => word === typedWords[at]) &&
    [...kindsOf(typedWords.at(-1) ?? '')].some((form) => head.has(form))
  );
}

/**
 * The rows a matched name stands for: "Volt 500" is one model, and the name of each of ten bikes of it. Where one
 * dimension has the name once (the model), that row; else every row of the name's dimension that has it (all ten
 * bikes, never the first alone).
 */
function sameName(name: EntityName, names: readonly EntityName[]): EntityName[] {
  const label = name.label.trim().toLowerCase();
  const alike = names.filter((other) => other.label.trim().toLowerCase() === label);
  const once = alike.find((other) => alike.filter((candidate) => candidate.dimension === other.dimension).length === 1);
  if (once && alike.some((other) => other.dimension !== once.dimension)) return [once];
  return alike.filter((other) => other.dimension === name.dimension);
}

/**
 * Finds names in the question (case-insensitive, whole words, an optional plural "s"), longest first; then,
 * for a word nothing else knows (`unknown`), the rows whose name ends in it: "hoodies" are every "… Hoodie".
 */
/** The named days' words ("black friday"), wherever they stand. */
const NAMED_DAY_WORDS = new RegExp(`\\b(?:${NAMED_DAYS})\\b`, 'gi');

export function scanNames(
  question: string,
  names: readonly EntityName[],
  unknown: (word: string) => boolean = () => false,
): NameScan {
  let text = question;
  const matched: EntityName[] = [];
  const sorted = [...names].sort((left, right) => right.label.length - left.label.length);
  for (const name of sorted) {
    // A one-word name must look like a name (at least 4 letters), so ordinary words are not taken for one.
    // (Or a code stored in capitals that no word of the question's means: "UK", "NYC", never "US" or "IT".)
    const code = /^[A-Z]{2,3}$/.test(name.label.trim()) && unknown(name.label.trim().toLowerCase());
    if (!/\s/.test(name.label.trim()) && name.label.trim().length < 4 && !code) continue;
    // (Nor a number alone: "2024" is a year, "3" a count, unless said with its dimension's word.)
    if (/^\d+$/.test(name.label.trim())) continue;
    const pattern = new RegExp(`(?<![\\w])${namePattern(name.label)}`, 'i');
    const match = pattern.exec(text);
    if (!match) continue;
    matched.push(...sameName(name, sorted));
    // "How much did sub_ac_04 spend": a row named by its key reads as one of its rows ("subscriber"), where it fits.
    const said = name.noun !== undefined && name.noun.length <= match[0].length ? name.noun : '';
    // ("The Knife Skills course": the kind of row said after its name is the same row, never another thing.)
    const kind = new RegExp(`^\\s+${escapeRegExp(name.dimension.replace(/_/g, ' '))}(?:e?s)?(?![\\w])`, 'i').exec(
      text.slice(match.index + match[0].length),
    );
    const length = match[0].length + (said === '' && kind ? kind[0].length : 0);
    text = text.slice(0, match.index) + said.padEnd(length) + text.slice(match.index + length);
  }
  // "The soft beenie", "the vintage tonner": a name typed with one slip in one of its longer words, when exactly
  // one name fits that way (the answer names the row it read).
  for (const name of typedWithSlip(text, sorted, unknown)) {
    matched.push(name.name);
    text = text.slice(0, name.at) + ' '.repeat(name.length) + text.slice(name.at + name.length);
  }
  const byDimension = new Map<string, EntityName[]>();
  for (const name of matched) byDimension.set(name.dimension, [...(byDimension.get(name.dimension) ?? []), name]);
  const filters: Filter[] = [...byDimension].map(([dimension, rows]) => ({
    dimension,
    operator: rows.length === 1 ? 'eq' : 'in',
    values: rows.map((row) => row.value),
    labels: rows.map((row) => row.label),
  }));
  const kinds: Filter[] = [];
  // "Shampoo bars", "the watch strap": two words, one of them nothing else knows, before the one-word kinds
  // ("hoodies"). Overlapping: each word with the one after it.
  const pairs = [...text.matchAll(/(?<![A-Za-z])(?=(([A-Za-z]{3,})\s+([A-Za-z]{3,})(?![A-Za-z])))/g)].map((match) => ({
    phrase: match[1] as string,
    words: [match[2] as string, match[3] as string],
  }));
  const candidates = [
    ...pairs
      .filter((pair) => pair.words.some((word) => unknown(word.toLowerCase())))
      .filter(
        (pair) =>
          unknown(pair.words[0]?.toLowerCase() ?? '') || names.some((name) => sameKind(name.label, pair.phrase)),
      )
      .map((pair) => pair.phrase),
    ...(text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => unknown(word.toLowerCase())),
  ];
  let oneOfKind: NameScan['oneOfKind'] = null;
  // Rows of one dimension, none named yet, taken as a filter of that kind; false when they cannot be.
  const kindTaken = (rows: readonly EntityName[]): boolean => {
    const dimension = rows[0]?.dimension;
    if (dimension === undefined || byDimension.has(dimension) || rows.some((row) => row.dimension !== dimension))
      return false;
    if (kinds.some((kind) => kind.dimension === dimension)) return false;
    kinds.push({
      dimension,
      operator: rows.length === 1 ? 'eq' : 'in',
      values: rows.map((row) => row.value),
      labels: rows.map((row) => row.label),
    });
    matched.push(...rows);
    return true;
  };
  // ("Lessons on black friday", a tutor named Hunter Black: a named day's words are the day's, never a row's.)
  const days = [...text.matchAll(NAMED_DAY_WORDS)];
  const inDay = (at: number) => days.some((day) => at >= day.index && at < day.index + day[0].length);
  for (const word of candidates) {
    const at = new RegExp(`\\b${escapeRegExp(word)}\\b`).exec(text);
    if (!at || inDay(at.index)) continue;
    const rows = names.filter((name) => sameKind(name.label, word));
    // "Revenue from the cardigan": one of them, said with "the"/"my" and in the singular, when there are several.
    const said = /\b(?:the|that|this|my|our)\s+$/i.exec(text.slice(0, at.index));
    // A word ending in "s" is a plural unless a row's name ends in it as typed ("the midi dress").
    // ("Tank tops": the garment's other word is the plural.)
    const plural =
      (/s$/i.test(word) && !rows.some((row) => row.label.toLowerCase().endsWith(word.toLowerCase()))) ||
      /^\s+tops\b/i.test(text.slice(at.index + word.length));
    // "Beanie qty sold in feb": a singular kind with no determiner is one row too, unless the question adds
    // them up ("all", "every", "combined", "together", "total"), says any one of them ("a lip balm"), ranks them
    // ("which hoodie sold best"), or the kind's word is a plural ("beanies"). A word the names end in as typed
    // ("joggers qty", of "Minimal Joggers") reads as one pair or all of them alike, so it is asked about too,
    // unless a preposition before it makes it the plural.
    const bare =
      said === null &&
      (!/s$/i.test(word) ||
        // ("Revenue from joggers": after a preposition the word is the plural, all of them.)
        (!plural && !/\b(?:from|of|on|for|across|by|with|in)\s+$/i.test(text.slice(0, at.index)))) &&
      !/\b(?:an?|any|which|what)\s+$/i.test(text.slice(0, at.index)) &&
      !/\b(?:all|every|each|any|combined|together|total|overall)\b/i.test(text);
    if ((said || bare) && rows.length > 1 && !plural && oneOfKind === null)
      oneOfKind = { typed: `${said ? said[0] : ''}${word}`, noun: word, labels: rows.map((row) => row.label) };
    if (!kindTaken(rows)) continue;
    // ("Tank top revenue": the garment's other word, never a ranking.)
    text = text.replace(new RegExp(`\\b${escapeRegExp(word)}(?: tops?)?\\b`), (said) => ' '.repeat(said.length));
  }
  // "The velvet stuff", "what about the cedar one", "the cedar backpack's sales": names that begin with a word nothing
  // else knows, said as a thing ("the", "our" before it) when one name does, or with a word for a group of them after
  // it ("stuff", "range", "collection"). ("Everyday revenue" names no "Everyday Lip Balm".)
  const firstNamed = (first: string) => names.filter((name) => firstWordOf(name.label) === first);
  for (const match of [
    ...text.matchAll(
      /(?<![A-Za-z])([A-Za-z]{3,})(?:\s+(stuff|range|collection|line|items|pieces|products|things|one|ones))?(?![A-Za-z])/g,
    ),
  ]) {
    const [said, word, group] = match;
    if (!said || !word || inDay(match.index)) continue;
    // ("Rose's sales", "how much did rose take in tips": a first name that is also a word, said as the one who did it
    // or owns the thing, is that person.)
    // ("Revenue by city" where an account is "City Works": a word of the layer's after a bare "by" is a breakdown.)
    const breakdown =
      !unknown(word.toLowerCase()) &&
      /(?<!\b(?:[a-z]{3,}ed|taught|led|run|held|given|done|made|sold|written|shot|seen) )\bby\s+$/i.test(
        text.slice(0, match.index),
      );
    const owning = group === undefined && !breakdown && asSubject(text, match.index, said.length);
    if (!unknown(word.toLowerCase()) && !(owning && firstNamed(word.toLowerCase()).length > 0)) continue;
    // ("Whats sams total": "sam's", typed without its apostrophe, when no name is "Sams".)
    // ("All annas", "both sams": the people, never one of them; "did annas spend" is no one's possessive.)
    const typedPossessive =
      /^[a-z]{3,}s$/i.test(word) &&
      !/\b(?:all|both|the|our|my|two|three|\d+|did|does|do|has|had|have|is|was|will)\s+$/i.test(
        text.slice(0, match.index),
      )
        ? firstNamed(word.toLowerCase().slice(0, -1))
        : [];
    const exact = firstNamed(word.toLowerCase());
    const rows = exact.length > 0 ? exact : typedPossessive;
    const named = /\b(?:the|our|my|that|this)\s+$/i.test(text.slice(0, match.index));
    // "How much has Anna spent", "what did Xiomara pay", "Anna's enrollments": a first name, the one doing the verb
    // or owning the thing, is the one row it begins; which one, when it begins several.
    // ("Bookings at Olive": a word nothing else knows, said as a place, begins the names; said first, "Olive revenue",
    // it is asked about where it begins several, and is no name where it begins one: "cedar revenue".)
    const placed =
      exact.length > 0 &&
      unknown(word.toLowerCase()) &&
      (/\b(?:at|in|from|for|of)\s+$/i.test(text.slice(0, match.index)) ||
        (text.slice(0, match.index).trim() === '' && exact.length > 1));
    const subject =
      group === undefined &&
      rows.length > 0 &&
      (asSubject(text, match.index, said.length) || placed || (exact.length === 0 && typedPossessive.length > 0));
    // ("The ocean one": one of the rows the word begins, as "the cardigan" is one of its kind; which one is asked.)
    if ((subject || (group?.toLowerCase() === 'one' && named)) && rows.length > 1) {
      // (Typed as "sams", the name is "sam" and the option "Sam Carter's".)
      const noun = exact.length > 0 ? word : word.slice(0, -1);
      oneOfKind ??= { typed: subject ? word : said, noun, labels: rows.map((row) => row.label) };
      continue;
    }
    if (group === undefined && !subject && (rows.length > 1 || !named)) continue;
    if (!kindTaken(rows)) continue;
    text = text.slice(0, match.index) + ' '.repeat(said.length) + text.slice(match.index + said.length);
  }
  return { text, filters, matched, kinds, oneOfKind };
}

/**
 * A name's first word, as typed lower case ("Rose Turner" → "rose"); none for a name that begins with an article
 * ("The Nest", "La Casa"): "has the most bookings" says no name.
 */
function firstWordOf(label: string): string {
  const first = label.trim().toLowerCase().split(/\s+/)[0] ?? '';
  return /^(?:the|a|an|le|la|les|el|los|las|il|der|die|das|de|du)$/.test(first) ? '' : first;
}

/**
 * A word said as the one doing the verb ("did Anna", "has Rose", "taught by Summer"), owning the thing after it
 * ("Rose's sales") or with it ("classes with Sam", "tips for Rose").
 */
function asSubject(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at);
  // ("Revenue for May", "sales by summer": a month, a day or a season after "for" or "by" is the time.)
  const time = CALENDAR_WORDS.test(text.slice(at, at + length));
  return (
    /\b(?:did|does|do|has|had|have|is|was|will)\s+$/i.test(before) ||
    (!time && /\b(?:by|with|for)\s+$/i.test(before)) ||
    // ("Tickets Hope solved last week": rows, then the one who did them and the verb.)
    (/\b[a-z]{3,}s\s+$/i.test(before) &&
      /^\s+(?:[a-z]{3,}ed|sold|made|sent|took|won|ran|taught|led)\b/i.test(text.slice(at + length))) ||
    // ("Classes taught by Summer": after a verb's participle, "by" names who did it, whatever else the word is.)
    /\b(?:[a-z]{3,}ed|taught|led|run|held|given|done|made|sold|written|shot|seen) by\s+$/i.test(before) ||
    /^'s\b/i.test(text.slice(at + length))
  );
}

const CALENDAR_WORDS = new RegExp(
  `^(?:${MONTH_NAMES}|${WEEKDAYS.join('|')}|spring|summer|autumn|fall|winter|christmas|easter)$`,
  'i',
);

/**
 * A first name of the user's rows said as a person ("Rose's sales", "how much did rose take in tips") where the
 * word is also an everyday one ("rose"): the names are read with the question, as when a word is unknown.
 */
export function firstNameSaid(question: string, names: readonly EntityName[]): boolean {
  const firsts = new Set(names.map((name) => firstWordOf(name.label)));
  return [...question.matchAll(/(?<![A-Za-z])([A-Za-z]{3,})(?![A-Za-z])/g)].some(
    (match) =>
      firsts.has((match[1] as string).toLowerCase()) && asSubject(question, match.index, (match[1] as string).length),
  );
}

/**
 * Names of two words or more typed with one slip (one letter added, dropped or changed) in one word of at least
 * five letters, the other words as stored, where that word is one nothing else knows: the position and length of
 * each in `text`, and the name. A slip that fits two names is none of them.
 */
function typedWithSlip(
  text: string,
  names: readonly EntityName[],
  unknown: (word: string) => boolean,
): { name: EntityName; at: number; length: number }[] {
  const words = [...text.matchAll(/[A-Za-z]+/g)].map((match) => ({ word: match[0].toLowerCase(), at: match.index }));
  if (!words.some((word) => unknown(word.word))) return [];
  const found = new Map<number, { name: EntityName; at: number; length: number }[]>();
  for (const name of names) {
    const parts = name.label.trim().toLowerCase().split(/\s+/);
    if (parts.length < 2 || parts.some((part) => !/^[a-z]+$/.test(part))) continue;
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      const typed = words.slice(start, start + parts.length);
      const slips = parts.flatMap((part, at) => (part === typed[at]?.word ? [] : [at]));
      if (slips.length !== 1) continue;
      const at = slips[0] as number;
      const said = typed[at]?.word ?? '';
      if (said.length < 5 || !unknown(said) || distance(said, parts[at] as string) !== 1) continue;
      const first = typed[0] as { at: number };
      const last = typed[typed.length - 1] as { word: string; at: number };
      const fits = found.get(first.at) ?? [];
      fits.push({ name, at: first.at, length: last.at + last.word.length - first.at });
      found.set(first.at, fits);
    }
  }
  return [...found.values()].filter((fits) => fits.length === 1).map((fits) => fits[0] as (typeof fits)[number]);
}

/** "Our five largest subscribers, by name", "the names of our top customers", "what are they called". */
const NAMES_ASKED =
  /\b(?:by (?:their |the |its )?names?|(?:their|its) names?|the names? of|(?:company|business|full|first|last) names?|what (?:are|is|were|was) (?:they|it|those|these|that one|this one) called)\b/i;

/**
 * The rows' names asked where the layer holds none for them (a key with no `nameDetail` and no text of its own):
 * which rows and what they are named by instead, for a decline; never their keys shown as if they were names.
 * Null when no names are asked, or every row asked about has them.
 */
export function namesNotHeld(question: string, plan: QueryPlan, layer: SemanticLayer): string | null {
  if (!NAMES_ASKED.test(question)) return null;
  const entities = entityDimensions(layer);
  const unnamed = plan.dimensions
    .map((name) => layer.dimensions.find((dimension) => dimension.name === name))
    .find(
      (dimension) =>
        dimension !== undefined &&
        entities.has(dimension.name) &&
        dimension.nameDetail === undefined &&
        dimension.textDetail === undefined,
    );
  return unnamed === undefined
    ? null
    : `your data holds no names for ${unnamed.plural.toLowerCase()}, only each one's ${unnamed.label.toLowerCase()} id (ask for them without names)`;
}
