import { expandAbbreviation } from './abbreviations.js';
import type { RowCondition } from '../plan.js';
import {
  addsUp,
  alwaysCounts,
  moneyReaching,
  type Dimension,
  type LayerIndex,
  columnEvent,
  type Metric,
  type SemanticLayer,
} from '../semantic-layer.js';
import { entityOfTable } from '../layer-words.js';
import { stem, type Meaning, type Vocabulary } from './vocabulary.js';

/**
 * Conditions on rows and extremes, found in a question before the rest is read: "orders over $250", "posts
 * with over 50k reach", "baskets of three or more items", "products that cost less than $20" (thresholds) and
 * "the biggest order", "the cheapest product", "the largest refund" (extremes). The figure compared is a
 * metric of the layer computed for each row of an entity (a dimension keyed by a row: an order, a product, a
 * post); the words come from the layer: metric synonyms name the figure, and a metric's `sizeWords` say which
 * adjectives rank rows by it ("big", "cheap") and which figure a bare amount means for those rows.
 * A threshold or a size word that cannot be tied to a figure and rows is reported, never dropped.
 */

export interface ExtremeMention {
  /** The metric the rows are ranked by. */
  readonly metric: string;
  /** The entity ranked. */
  readonly dimension: string;
  readonly direction: 'asc' | 'desc';
  /** "The biggest orders": several. */
  readonly plural: boolean;
  /** "5 biggest orders". */
  readonly limit: number | null;
}

export interface RowScan {
  /** The question with the phrases read here blanked out (the entity noun kept when it names a value). */
  readonly text: string;
  readonly conditions: readonly RowCondition[];
  readonly extreme: ExtremeMention | null;
  /** Parts that could not be given a meaning ("over 100" of what?). */
  readonly problems: readonly string[];
  /**
   * "Repeat customers" read as "customers with at least 2 orders": the words as typed, and the rows said instead,
   * so that over a period (where "repeat" may also mean "bought then and before") the reading is asked about.
   */
  readonly repeated: { readonly typed: string; readonly said: string } | null;
  /**
   * "Tickets over $100" on a layer whose tickets have several figures of that kind (sales, tips) and none marked by
   * `sizeWords`: the condition as typed and the figures it may be on, so the user is asked which.
   */
  readonly figureOf: { readonly typed: string; readonly rows: string; readonly metrics: readonly string[] } | null;
  /** A size word without an amount ("big orders"): what counts as big is not known, so the user is asked. */
  readonly vague: {
    readonly word: string;
    readonly phrase: string;
    readonly noun: string;
    readonly direction: 'asc' | 'desc';
  } | null;
}

/** Everyday words for the size of an amount of money, for layers that do not name them. */
const PRICE_WORDS = { larger: ['expensive', 'pricey', 'costly'], smaller: ['cheap', 'inexpensive'] } as const;

const COMPARATORS: readonly [RegExp, RowCondition['operator']][] = [
  [
    /^(?:more than|greater than|bigger than|larger than|higher than|over|above|exceeding|in excess of|broke|passed|crossed|topped|cleared|exceeded|surpassed|beat)$/,
    'gt',
  ],
  [/^(?:at least|no less than|minimum of|min|hit|reached)$/, 'gte'],
  [/^(?:less than|fewer than|smaller than|lower than|under|below|cheaper than)$/, 'lt'],
  [/^(?:at most|no more than|up to|maximum of|max)$/, 'lte'],
];
const COMPARATOR_SOURCE =
  'more than|greater than|bigger than|larger than|higher than|over|above|exceeding|in excess of|broke|passed|crossed|topped|cleared|exceeded|surpassed|beat|at least|no less than|minimum of|hit|reached|less than|fewer than|smaller than|lower than|under|below|cheaper than|at most|no more than|up to|maximum of';
const AFTER_SOURCE =
  '(?:\\s*\\+|\\s+(?:or|and) (?:more|over|above|greater|higher|up|bigger|larger|less|fewer|under|below|lower|smaller))';
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'a thousand': 1000,
};
// An amount is not a duration or a share: "over 2 weeks", "under 5%" are not thresholds on a figure.
const AMOUNT_SOURCE = `([$£€] ?)?(\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}) ?(k|m|thousand|million)?\\b(?! ?(?:%|percent|pct|days?|weeks?|months?|quarters?|years?|am|pm)\\b| ?%)(?: ?(?:dollars|bucks|usd|euros?|eur|pounds|gbp)\\b)?`;
const BETWEEN = new RegExp(`\\bbetween (?:the )?${AMOUNT_SOURCE} and ${AMOUNT_SOURCE}`, 'g');
// "Reached fewer than 10k people": the people are what the number counts (its reach), never customers.
const BEFORE = new RegExp(
  `\\b(${COMPARATOR_SOURCE}) (?:the )?${AMOUNT_SOURCE}(?: (?:people|users|accounts|viewers|folks)\\b)?`,
  'g',
);
const AFTER = new RegExp(`(?<![\\w.])${AMOUNT_SOURCE}${AFTER_SOURCE}`, 'g');
/** "Engagement rate over 5%", "a refund rate above 3 percent": a bound on a rate, as a fraction (0.05). */
const PERCENT_BEFORE = new RegExp(
  `\\b(${COMPARATOR_SOURCE}) (?:the )?(\\d+(?:\\.\\d+)?) ?(?:%|percent|pct)(?=\\W|$)`,
  'g',
);

/** Words for what an amount measures, which say no figure of their own ("over 45 minutes", "100 bucks"). */
const MEASURES = new Set(
  `minutes mins hours hrs seconds secs days weeks months years dollars bucks euros pounds cents percent points stars
  times`.split(/\s+/),
);

/** "Repeat customers", "returning buyers". */
const REPEAT_ROWS = /\b(?:repeat|returning|repeat[- ]buying|repeat[- ]purchase|come[- ]back)\s+([a-z]+s)\b/g;
/** "Customers who ordered more than once", "buyers that came back twice or more". */
const MORE_THAN_ONCE =
  /\b([a-z]+s|people|folks) (?:(?:who|that|which) )?(?:have |has |had )?[a-z]+ (?:(?:from|with) (?:me|us) )?(?:more than once|at least twice|twice or more|two or more times|more than one time|again)\b/g;

/**
 * The count a thing repeats by: the layer's count of the rows of another table that lead to it ("orders" for a
 * customer), the first in layer order; undefined when no such count reaches it.
 */
function repeatedCount(thing: Dimension, index: LayerIndex, said = ''): Metric | undefined {
  const counts = index.layer.metrics.filter(
    (metric) =>
      metric.aggregation === 'count' &&
      metric.table !== thing.table &&
      /^COUNT\(\s*\*\s*\)$/i.test(metric.expression.trim()) &&
      index.reachable(metric, thing),
  );
  if (counts.length < 2 || said === '') return counts[0];
  // "Members who visited more than 10 times" where members have visits and payments: the rows the verb names
  // (visits), never the first count that reaches them; none named, none guessed.
  const verbs = new Set(
    said
      .toLowerCase()
      .split(/[^a-z]+/)
      .flatMap((word) => [word, word.replace(/ied$/, 'y'), word.replace(/e?d$/, ''), word.replace(/ing$/, '')])
      .map(stem),
  );
  const names = (metric: Metric) => {
    const table = index.layer.tables.find((candidate) => candidate.name === metric.table);
    // (And the event of its time column: `paid_at` is "paid", `checked_in_at` "checked in".)
    return [
      metric.label,
      ...metric.synonyms,
      metric.table,
      ...(table?.synonyms ?? []),
      table?.entity ?? '',
      columnEvent(metric.time.column),
    ]
      .flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))
      .filter((word) => word.length > 2)
      .map(stem);
  };
  const named = counts.filter((metric) => names(metric).some((word) => verbs.has(word)));
  return named.length === 1 ? named[0] : undefined;
}

/** "Orders where shipping was charged", "orders where a discount was used": the rows with some of the figure. */
const WHERE_FIGURE =
  /\b([a-z]+s) (?:where|in which|on which|that had|which had) (?:a |an |some |the )?([a-z]+) (?:was |were |got |had been |has been )?(?:charged|applied|used|added|given|redeemed|paid)\b/g;

/** "Orders that were charged shipping", "orders that got a discount": the same, the figure after the verb. */
const FIGURE_AFTER =
  /\b([a-z]+s) (?:that|which) (?:were|was|got|have been|had been) (?:charged|given|applied) (?:a |an |some |the )?([a-z]+)\b|\b([a-z]+s) (?:(?:that|which) )?(?:got|had|received|used|use|uses) (?:a |an |some )([a-z]+)\b(?: codes?\b)?/g;

/** A participle before a plural noun: "discounted orders" (never "most commented posts", a ranking). */
const PARTICIPLE_ROWS =
  /(?<!\b(?:most|least|more|less|top|best|worst|highly|heavily|widely|frequently|often|rarely|never) )\b([a-z]{4,}ed) ([a-z]+s)\b/g;

/**
 * An amount of money right before a noun of rows, no comparator before it: "$99 invoices", "$100+ orders", "the $99
 * june invoice" (a month between).
 */
const AMOUNT_BEFORE_ROWS =
  /(?<!\b(?:than|over|above|under|below|of|at|least|most|to|between|and) )(?<![\w.])([$£€] ?\d[\d,]*(?:\.\d+)?k?)(\+| and up| or more| plus)? ((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?)([a-z]+)\b(?! (?:or|and) (?:more|over|above|less|under|below|fewer)\b)/g;

/** Rows of an exact amount, the amount after them: "invoices of $99", "orders of exactly $150", "invoices for $29". */
const ROWS_OF_AMOUNT =
  /\b([a-z]+) (?:of|for|worth|at) (?:exactly |precisely |just )?([$£€] ?\d[\d,]*(?:\.\d+)?k?)(?! ?(?:\+|or more|or less|and up|plus)\b)(?![\d.,])/g;

/** Words between a noun and its condition: "posts with over…", "orders that were above…". */
const CONNECTIVES = new Set([
  'with',
  'that',
  'which',
  'where',
  'having',
  'have',
  'has',
  'had',
  'of',
  'whose',
  'are',
  'were',
  'is',
  'was',
  'been',
  'be',
  'for',
  'at',
  'and',
  'worth',
  'valued',
  'value',
  'in',
  'getting',
  'got',
  'get',
  // Verbs of paying: "subscribers who have paid us under $100".
  'paid',
  'pay',
  'pays',
  'us',
  'me',
  // Verbs of price: "products that cost less than $20", "items priced under $15", "orders that came to over $100".
  'cost',
  'costs',
  'costing',
  'priced',
  'retail',
  'retails',
  'sell',
  'sells',
  'selling',
  'sold',
  'came',
  'come',
  'to',
  'totaling',
  'totalling',
]);

function amountOf(digits: string, scale: string | undefined): number {
  const base = digits in NUMBER_WORDS ? (NUMBER_WORDS[digits] as number) : Number(digits.replaceAll(',', ''));
  if (scale === 'k' || scale === 'thousand') return base * 1000;
  if (scale === 'm' || scale === 'million') return base * 1_000_000;
  return base;
}

export function meaningsOf(phrase: string, vocabulary: Vocabulary): readonly Meaning[] {
  // ("Subs billed over $100": shorthand for the layer's words, as the rest of the question reads it.)
  return (
    vocabulary.phrases.get(
      phrase
        .split(' ')
        .map((word) => stem(expandAbbreviation(word, vocabulary)))
        .join(' '),
    ) ?? []
  );
}

/** The entity whose rows a table holds: a dimension of that table keyed by a row (no fixed values, with details). */
function rowsOfTable(table: string | undefined, index: LayerIndex): Dimension | undefined {
  if (!table) return undefined;
  // The layer's own entity of the table first ("tickets" → `ticket`), even with no details beside its key.
  const named = entityOfTable(index.layer, table);
  const declared = named === null ? undefined : index.dimension(named);
  if (declared && isRowKey(declared, index.layer)) return declared;
  return index.layer.dimensions.find(
    (dimension) => dimension.table === table && dimension.values.length === 0 && dimension.details.length > 0,
  );
}

/** A dimension naming single rows of its table: its key with details beside it, or the table's own entity. */
function isRowKey(dimension: Dimension, layer: SemanticLayer): boolean {
  if (!dimension.table || dimension.values.length > 0) return false;
  return dimension.details.length > 0 || entityOfTable(layer, dimension.table) === dimension.name;
}

/** The entity a noun names: an entity dimension, the rows a count metric counts, or the rows a value selects. */
export function entityOfNoun(
  meanings: readonly Meaning[],
  index: LayerIndex,
  /** The noun is a plural ("countries"): a group of listed values may be the rows too. */
  groups = false,
): { dimension: Dimension; value: boolean } | null {
  for (const meaning of meanings) {
    if (meaning.type === 'dimension') {
      const dimension = index.dimension(meaning.name);
      if (dimension && isRowKey(dimension, index.layer)) return { dimension, value: false };
      // "Countries with more than 1000 orders", "plans with more than 10 invoices": a group of listed values, each
      // by its own figure.
      if (groups && dimension && dimension.table && dimension.values.length > 0) return { dimension, value: false };
    }
    if (meaning.type === 'metric') {
      const metric = index.metric(meaning.name);
      const entity = metric?.aggregation === 'count' ? rowsOfTable(metric.table, index) : undefined;
      if (entity) return { dimension: entity, value: false };
    }
    if (meaning.type === 'value') {
      const entity = rowsOfTable(index.dimension(meaning.dimension)?.table, index);
      if (entity) return { dimension: entity, value: true };
    }
  }
  return null;
}

/**
 * A count of the entity's own table: every row counts one, so no row passes or fails a condition on it. (A group of
 * listed values of that table is no row: "countries with more than 100 new customers" counts each country's.)
 */
function countsOwnRows(metric: Metric, entity: Dimension): boolean {
  return metric.aggregation.startsWith('count') && metric.table === entity.table && entity.values.length === 0;
}

/** The longest phrase (up to three words) ending at word `end` (exclusive) that has a meaning. */
function phraseBefore(
  tokens: readonly string[],
  end: number,
  vocabulary: Vocabulary,
): { start: number; meanings: readonly Meaning[] } | null {
  for (let length = Math.min(3, end); length >= 1; length -= 1) {
    const meanings = meaningsOf(tokens.slice(end - length, end).join(' '), vocabulary);
    if (meanings.length > 0) return { start: end - length, meanings };
  }
  return null;
}

function phraseAfter(
  tokens: readonly string[],
  start: number,
  vocabulary: Vocabulary,
): { end: number; meanings: readonly Meaning[] } | null {
  for (let length = Math.min(3, tokens.length - start); length >= 1; length -= 1) {
    const meanings = meaningsOf(tokens.slice(start, start + length).join(' '), vocabulary);
    if (meanings.length > 0) return { end: start + length, meanings };
  }
  return null;
}

const metricMeaning = (meanings: readonly Meaning[], index: LayerIndex): Metric | undefined => {
  const found = meanings.find((meaning) => meaning.type === 'metric');
  return found?.type === 'metric' ? index.metric(found.name) : undefined;
};

/**
 * "Sales this year by product", "top products by revenue": the groups a breakdown or a ranking said before word
 * `before` names, with the figure said on the other side of its "by" (within a few words), when both are the layer's.
 */
function breakdownBefore(
  tokens: readonly string[],
  before: number,
  vocabulary: Vocabulary,
  index: LayerIndex,
): { dimension: Dimension; metric: Metric } | null {
  const by = tokens.lastIndexOf('by', before - 1);
  if (by <= 0) return null;
  const after = phraseAfter(tokens, by + 1, vocabulary);
  const named = after?.meanings.find((meaning) => meaning.type === 'dimension');
  const rankedBy = after ? metricMeaning(after.meanings, index) : undefined;
  let dimension = named?.type === 'dimension' ? index.dimension(named.name) : undefined;
  let metric = rankedBy;
  for (let end = by; end > Math.max(0, by - 6) && !(dimension && metric); end -= 1) {
    const phrase = phraseBefore(tokens, end, vocabulary);
    if (!phrase) continue;
    if (dimension) metric = metricMeaning(phrase.meanings, index);
    else dimension = entityOfNoun(phrase.meanings, index, true)?.dimension;
  }
  if (!dimension || !metric) return null;
  const rows = dimension;
  // ("Revenue by product": the figure's finer-grained alternative that reaches the products.)
  const reaching = [metric, ...metric.alternatives.map((name) => index.metric(name))].find(
    (candidate) => candidate !== undefined && index.reachable(candidate, rows),
  );
  return reaching ? { dimension, metric: reaching } : null;
}

/** The figure a bare amount means for an entity's rows: the metric whose size words describe them. */
function sizeMetricOf(entity: Dimension, index: LayerIndex): Metric | undefined {
  const sized = index.layer.metrics.filter(
    (metric) => (metric.sizeWords?.larger.length ?? 0) + (metric.sizeWords?.smaller.length ?? 0) > 0,
  );
  // Only the entity's own figure: a bare "over 1000" for posts is not their attributed revenue.
  return sized.find((metric) => metric.table === entity.table);
}

/** The totals of the rows' own table a bare amount may be on: its sums (of money, for an amount of money). */
function ownTotals(entity: Dimension, money: boolean, index: LayerIndex): Metric[] {
  return index.layer.metrics.filter(
    (metric) =>
      metric.table === entity.table &&
      metric.aggregation === 'sum' &&
      metric.derivedFrom === undefined &&
      (!money || metric.format === 'currency'),
  );
}

/** Text → tokens with their character offsets (words, numbers with $ , . kept together). */
function tokenize(text: string): { tokens: string[]; starts: number[]; ends: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)) {
    tokens.push(match[0].replace(/'s$/, ''));
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { tokens, starts, ends };
}

function blankOut(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to);
}

/** "Customers who ordered more than 5 times": a count of the rows leading to them, with the amount said. */
const N_TIMES = new RegExp(
  [
    // The rows, maybe as a reading spells them ("customers who bought"), and the verb they did so many times.
    // (The verb is never the bound's own word: "spent over 2 times" is over 2, not 2.)
    '\\b([a-z]+s)( who [a-z]+)? (?:(?:who|that|which) )?(?:have |has |had )?(?:(?:only|just|ever) ){0,2}(?!(?:more|at|over|fewer|less|under|exactly)\\b)[a-z]+ (?:(?:in|up|out|back) )?(?:(?:from|with) (?:me|us) )?',
    '(?:',
    // "more than twice", "exactly 3 times", "twice", "3 times or more"
    '(?:(more than|at least|over|fewer than|less than|at most|under|exactly|just|only) )?',
    '(?:(\\d+|two|three|four|five|six|seven|eight|nine|ten) times|(once|twice|thrice))',
    '(?: (or more|or over|or less|or fewer))?(?! (?:the|as|more|less|higher|lower|bigger|larger|what|that|a)\\b)',
    // "3 or more times"
    '|(\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:or more|\\+) times',
    ')\\b',
  ].join(''),
  'g',
);

/** "Twice", "thrice": how many times. */
const TIMES_WORDS: Readonly<Record<string, string>> = { once: '1', twice: '2', thrice: '3' };

/**
 * "Customers who have only ever placed one order", "customers with exactly 2 orders": the rows, and how many of the
 * rows that lead to them they have, that many and no other.
 */
/** "At least 3 paid orders", "exactly one paid order": a number of rows, a value of theirs between. */
const COUNT_OF_VALUE_ROWS =
  /\b((?:at least|at most|more than|fewer than|less than|over|under|exactly) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:exactly|only|just) (?:one|a single|1)) ((?:[a-z]+ ){1,3}[a-z]+s|(?:[a-z]+ ){1,3}?[a-z]+)\b/g;

const N_ROWS =
  /\b([a-z]+s) (?:(?:who|that|which) )?(?:(?:have|has|had|with|only|just|ever) ){0,3}(?:(?!(?:over|under|above|below|more|less|fewer|than|exceeding|least|most|no|not|up|around|about|roughly|nearly|almost|approximately)\b)[a-z]+ )?(?:(?:only|just|exactly|precisely) )?(one|a single|1|two|three|four|five|\d+) ([a-z]+)(?: (?:with|from) (?:me|us))?\b(?! ?\+| (?:or|and) (?:more|over|above|fewer|less|under|below|up)\b)/g;

/**
 * The figure of other rows that reaches `rows` and adds up to nothing when they have none: the named one or its
 * finer-grained alternative (sales of a product are its product revenue).
 */
function figureReaching(named: Metric, rows: Dimension, index: LayerIndex): Metric | null {
  const additive = (metric: Metric | undefined) =>
    metric !== undefined && addsUp(metric) && index.reachable(metric, rows);
  if (additive(named)) return named;
  const alternative = named.alternatives.map((name) => index.metric(name)).find(additive);
  return alternative ?? null;
}

/** "Subscribers who were never billed", "clients not yet invoiced": the rows, then a participle said with no. */
const NEVER_DONE =
  /\b([a-z]+s) (?:(?:that|which|who) )?(?:(?:have|has|had|were|was|are|is) )?(?:never|not yet|not) (?:yet )?(?:been |got |gotten |being )?([a-z]+ed)\b/g;

/** "That didn't sell", "who never ordered": rows with none of the verb's rows. */
const DID_NOT =
  /\b(?:(?:that|which|who) )?(?:(?:have|has) (?=never\b))?(?:did not|didn'?t|did n't|have not|haven'?t|has not|hasn'?t|never|had no|got no|nobody|no one|no-one|not one (?:customer|person|buyer|shopper)) (?:get |make |have |has |ever )?(sell|sold|sells|selling|order|ordered|orders|buy|bought|purchase|purchased)(?: anything| at all| any)?\b/g;

/**
 * "With a discount of $20 or more", "had a total of at least $100", "with a list price of $100 or above": a figure of
 * the rows (in one or two words), then its amount.
 */
const FIGURE_OF_AMOUNT =
  /\b(with|had|have|has|got|get|gets|received) (?:a|an) ([a-z]+(?: [a-z]+)?) of (?=(?:[$£€]\s?\d|\d|at least|at most|over|under|more than|less than))/g;

/**
 * "Got more than $40 of discount", "had over $100 in refunds": the amount first, then the figure it is of; "that had
 * discounts over $40": the figure, then its amount. Both are the rows with that much of the figure.
 */
const AMOUNT_OF_FIGURE =
  /\b(?:(?:that|which|who) )?(?:with|had|have|has|got|get|gets|received|made|make|makes|did|do|does|earned|earns|generated|grossed|brought in|took in|pulled in|raked in) (?:((?:more than|less than|fewer than|over|under|above|below|at least|at most) [$£€]?\s?\d[\d,]*(?:\.\d+)?k?) (?:(?:of|in) (?:the )?)?([a-z]+(?: [a-z]+){0,2})\b|([a-z]+) ((?:more than|less than|fewer than|over|under|above|below|at least|at most) [$£€]?\s?\d[\d,]*(?:\.\d+)?k?))/g;

/** "Had a discount", "got free shipping", "without a discount": a row's figure above zero, or none of it. */
const HAD_A =
  /\b(?:with|had|have|has|having|got|get|gets|getting|used|using|received|came with|without|(?:qualified|qualify|qualifies|(?:was |were )?eligible) for)\s+((?:a|an|any|some)\s+)?(free|no\s+|zero\s+|0\s+)?\s*(?:paid\s+)?([a-z]+)(?:\s+([a-z]+))?/g;

/** Words between rows and the value that picks them: "orders from Canada", "posts on TikTok". */
const VALUE_LINKS: ReadonlySet<string> = new Set([
  'from',
  'in',
  'on',
  'at',
  'of',
  'for',
  'via',
  'through',
  'the',
  'my',
]);

/** Things in general, after a size word: "the most expensive thing", "the cheapest item" (the figure's rows). */
const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'thing',
  'things',
  'item',
  'items',
  'piece',
  'pieces',
  'one',
  'ones',
]);

/** Nouns for one sale, whatever the layer calls its rows: "the largest single sale" is the biggest of a money figure's rows. */
const SALE_NOUNS: ReadonlySet<string> = new Set(['sale', 'purchase', 'purchases', 'transaction', 'transactions']);

/** Words after a noun that make it a period's total ("the biggest sale day"), not one row. */
const GRAIN_AFTER = /^(?:day|days|week|weeks|month|months|year|years|quarter|quarters|hour|hours|period)$/;

/** Words between a size word and its noun that only stress the one row: "the biggest single order". */
const ONE_ROW_WORDS: ReadonlySet<string> = new Set(['single', 'individual', 'one']);

/** Superlative and comparative forms of a size word, and the word itself: big → biggest, large → largest. */
function forms(word: string): { superlative: string[]; plain: string[] } {
  return { superlative: graded(word, 'est'), plain: [word.toLowerCase()] };
}

/**
 * A size word graded: "-er" gives "more pricey", "less pricey", "pricier"; "-est" gives "most pricey", "least
 * pricey", "priciest" ("large" → "larger"/"largest", "big" → "bigger"/"biggest", "pricey" also "pricier").
 */
export function graded(word: string, suffix: 'er' | 'est'): string[] {
  const base = word.toLowerCase();
  const forms = suffix === 'er' ? [`more ${base}`, `less ${base}`] : [`most ${base}`, `least ${base}`];
  if (base.includes(' ')) return forms;
  if (base.endsWith('e')) forms.push(`${base}${suffix.slice(1)}`);
  else if (base.endsWith('y')) forms.push(`${base.slice(0, -1)}i${suffix}`);
  else if (/[^aeiou][aeiou][bdgmnpt]$/.test(base)) forms.push(`${base}${base.at(-1)}${suffix}`);
  else forms.push(`${base}${suffix}`);
  if (base.endsWith('ey')) forms.push(`${base.slice(0, -2)}i${suffix}`);
  return forms;
}

/** Finds the thresholds and the extreme of a question (lowercased), with the rest of the text to read. */
export function scanRowPhrases(
  question: string,
  vocabulary: Vocabulary,
  index: LayerIndex,
  carried: readonly RowCondition[] = [],
): RowScan {
  // "No sales at all": "at all" only stresses the none, blanked so no amount seems to follow. "99 dollars" is "$99"
  // ("2025, dollars per customer" is no amount: a comma inside a number only before three digits).
  const said = (from: string) =>
    from
      .replace(/\bat all\b/gi, '      ')
      .replace(/(?<![$£€\d.,])(\d+(?:,\d{3})*(?:\.\d+)?) ?(?:dollars|bucks|usd)\b/gi, '$$$1')
      .replace(/(?<![$£€\d.,])(\d+(?:,\d{3})*(?:\.\d+)?) ?(?:euros|eur)\b/gi, '€$1')
      .replace(/(?<![$£€\d.,])(\d+(?:,\d{3})*(?:\.\d+)?) ?(?:pounds|gbp|quid)\b/gi, '£$1');
  let text = said(question.toLowerCase().replace(/[’‘`]/g, "'"));
  // The same blanks in the question as typed (capitals tell "US" from "us").
  let typed = said(question);
  const blank = (from: string, start: number, end: number): string => {
    typed = blankOut(typed, start, end);
    return blankOut(from, start, end);
  };
  // The question said another way from `start` to `end`, in the lowercase text and as typed alike.
  const respell = (start: number, end: number, replacement: string): void => {
    text = text.slice(0, start) + replacement + text.slice(end);
    typed = typed.slice(0, start) + replacement + typed.slice(end);
  };
  // "Orders with a discount of $20 or more": the figure, then the amount it is compared with ("with discounts $20 or
  // more"), when the word names a figure.
  for (const match of [...text.matchAll(FIGURE_OF_AMOUNT)].reverse()) {
    const [whole, verb, figure] = match;
    if (!whole || !verb || !figure || !metricMeaning(meaningsOf(figure, vocabulary), index)) continue;
    respell(match.index, match.index + whole.length, `${verb} ${figure} `);
  }
  for (const match of [...text.matchAll(AMOUNT_OF_FIGURE)].reverse()) {
    const [whole, amountFirst, figureAfter, figureFirst, amountAfter] = match;
    const amount = amountFirst ?? amountAfter;
    const said = (figureAfter ?? figureFirst)?.split(' ') ?? [];
    // ("Over $5k of product revenue in february": the longest words naming a figure, the rest left as said.)
    // ("More than $20 discounted": the participle's figure, "discount".)
    const figureOf = (words: readonly string[]) =>
      [words.join(' '), words.join(' ').replace(/ed$/, '')].find((phrase) =>
        metricMeaning(meaningsOf(phrase, vocabulary), index),
      );
    const length = [3, 2, 1].find((count) => count <= said.length && figureOf(said.slice(0, count)) !== undefined);
    // (Without "of" or "in", only money then a participle: "had over 3 orders" is a count, read elsewhere.)
    const linked = figureAfter === undefined || / (?:of|in) /.test(whole) || /^[a-z]+ed$/.test(said[0] ?? '');
    if (!whole || !amount || length === undefined || !linked) continue;
    const figure = figureOf(said.slice(0, length)) as string;
    const rest = figureAfter === undefined ? '' : said.slice(length).join(' ');
    respell(match.index, match.index + whole.length, `with ${figure} ${amount}${rest ? ` ${rest}` : ''}`);
  }
  // "Customers who placed at least 3 paid orders": a value of the counted rows between the number and their noun
  // selects those rows for the whole question ("at least 3 orders … paid"), so the count reads as usual.
  const selecting: string[] = [];
  for (const match of [...text.matchAll(COUNT_OF_VALUE_ROWS)].reverse()) {
    const [whole, amount, said] = match;
    const words = said?.split(' ') ?? [];
    const noun = words.at(-1);
    const value = words.slice(0, -1).join(' ');
    if (!whole || !amount || !value || !noun) continue;
    const counted = metricMeaning(meaningsOf(noun, vocabulary), index);
    const values = meaningsOf(value, vocabulary);
    if (counted?.aggregation !== 'count' || values.length === 0) continue;
    const sameRows = values.every(
      (meaning) => meaning.type === 'value' && index.dimension(meaning.dimension)?.table === counted.table,
    );
    if (!sameRows) continue;
    // ("At least 3 paid orders": a value the count always counts over picks nothing more.)
    const always = values.every(
      (meaning) =>
        meaning.type === 'value' &&
        alwaysCounts(counted, { dimension: meaning.dimension, operator: 'eq', values: [meaning.value] }),
    );
    if (!always) selecting.push(value);
    respell(match.index, match.index + whole.length, `${amount.replace(/^(?:only|just) /, 'exactly ')} ${noun}`);
  }
  if (selecting.length > 0) respell(text.length, text.length, ` ${selecting.join(' ')}`);
  // "How many $99 invoices": rows of that exact amount, said as a range the scan reads ("invoices between $99
  // and $99"), when the word after the amount names rows.
  for (const match of [...text.matchAll(AMOUNT_BEFORE_ROWS)].reverse()) {
    const [whole, amount, more, month = '', rows] = match;
    if (!whole || !amount || !rows || !entityOfNoun(meaningsOf(rows, vocabulary), index)) continue;
    // "$100+ orders": at least the amount.
    const replacement = `${month}${rows} ${more ? `at least ${amount}` : `between ${amount} and ${amount}`}`;
    respell(match.index, match.index + whole.length, replacement);
  }
  // "Invoices of $99", "orders of exactly $150": the same exact amount, said after the rows.
  for (const match of [...text.matchAll(ROWS_OF_AMOUNT)].reverse()) {
    const [whole, rows, amount] = match;
    if (!whole || !amount || !rows || !entityOfNoun(meaningsOf(rows, vocabulary), index)) continue;
    respell(match.index, match.index + whole.length, `${rows} between ${amount} and ${amount}`);
  }
  // "Repeat customers", "customers who ordered more than once": the things with at least two of the rows they
  // lead to, counted by the layer's count of those rows ("customers with at least 2 orders").
  let repeated: RowScan['repeated'] = null;
  for (const pattern of [REPEAT_ROWS, MORE_THAN_ONCE]) {
    for (const match of [...text.matchAll(pattern)].reverse()) {
      const [whole, said] = match;
      if (!whole || !said) continue;
      // "People who bought more than once": the layer's people.
      const rows = /^(?:people|folks)$/.test(said) ? (vocabulary.people ?? said) : said;
      const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
      const repeatedBy =
        entity && !entity.value
          ? repeatedCount(entity.dimension, index, pattern === REPEAT_ROWS ? '' : whole.slice(said.length))
          : undefined;
      if (!repeatedBy) continue;
      const replacement = `${rows} with at least 2 ${repeatedBy.label.toLowerCase()}`;
      repeated = { typed: whole, said: replacement };
      respell(match.index, match.index + whole.length, replacement);
    }
  }
  for (const match of [...text.matchAll(N_TIMES)].reverse()) {
    const [whole, rows, reading = '', said, times, timesWord, after, orMore] = match;
    const amount = times ?? (timesWord ? TIMES_WORDS[timesWord] : orMore);
    if (!whole || !rows || !amount) continue;
    const afterComparator = after === undefined ? undefined : /more|over/.test(after) ? 'at least' : 'at most';
    const comparator = orMore
      ? 'at least'
      : (afterComparator ?? (said && !/exactly|just|only/.test(said) ? said : null));
    const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
    // (The rows and the verb only: never the amount's own words.)
    const verb = whole.slice(rows.length).split(/\b(?:more|at|over|fewer|less|under|exactly|just|only)\b|\d/)[0];
    const counted = entity && !entity.value ? repeatedCount(entity.dimension, index, verb) : undefined;
    if (!counted) continue;
    const label = counted.label.toLowerCase();
    // "Ordered twice", "exactly 3 times": that many, no more and no fewer.
    const replacement =
      comparator === null
        ? `${rows}${reading} with between ${amount} and ${amount} ${label}`
        : `${rows}${reading} with ${comparator} ${amount} ${label}`;
    respell(match.index, match.index + whole.length, replacement);
  }
  for (const match of [...text.matchAll(N_ROWS)].reverse()) {
    const [whole, rows, said, noun] = match;
    if (!whole || !rows || !said || !noun) continue;
    const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
    const counted = entity && !entity.value ? repeatedCount(entity.dimension, index) : undefined;
    if (!counted || metricMeaning(meaningsOf(noun, vocabulary), index)?.name !== counted.name) continue;
    const amount = said === 'a single' ? 1 : amountOf(said, undefined);
    respell(
      match.index,
      match.index + whole.length,
      `${rows} with between ${amount} and ${amount} ${counted.label.toLowerCase()}`,
    );
  }
  // ("Orders that had a discount applied" is matched by both patterns: the longer one is read, the other skipped.)
  const withFigure = [...text.matchAll(WHERE_FIGURE), ...text.matchAll(FIGURE_AFTER)].sort(
    (left, right) => right.index - left.index || right[0].length - left[0].length,
  );
  let readFrom = text.length;
  for (const match of withFigure) {
    const [whole] = match;
    const rows = match[1] ?? match[3];
    const figure = match[2] ?? match[4];
    if (!whole || !rows || !figure || match.index + whole.length > readFrom) continue;
    const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
    const metric = metricMeaning(meaningsOf(figure, vocabulary), index);
    if (!entity || entity.value || metric?.aggregation !== 'sum') continue;
    respell(match.index, match.index + whole.length, `${rows} with a ${figure}`);
    readFrom = match.index;
  }
  // "Discounted orders": the rows that had some of the figure the participle names ("orders with a discount").
  for (const match of [...text.matchAll(PARTICIPLE_ROWS)].reverse()) {
    const [whole, participle, rows] = match;
    if (!whole || !participle || !rows) continue;
    const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
    const figure = [participle.slice(0, -2), participle.slice(0, -1)]
      .map((base) => ({ base, metric: metricMeaning(meaningsOf(base, vocabulary), index) }))
      .find(({ metric }) => metric && metric.aggregation === 'sum' && metric.table === entity?.dimension.table);
    if (!entity || entity.value || !figure) continue;
    const replacement = `${rows} with a ${figure.base}`;
    respell(match.index, match.index + whole.length, replacement);
  }
  // "Products that didn't sell last week", "customers who never ordered": none of the verb's rows.
  for (const match of [...text.matchAll(DID_NOT)].reverse()) {
    const [whole, verb] = match;
    if (!whole || !verb) continue;
    respell(match.index, match.index + whole.length, /^sel|^sol/.test(verb) ? 'with no sales' : 'with no orders');
  }
  // "Subscribers who were never billed", "clients that have not been invoiced": none of the rows of the figure the
  // participle names ("with no invoices"), when those rows reach the people named before.
  for (const match of [...text.matchAll(NEVER_DONE)].reverse()) {
    const [whole, rows, participle] = match;
    if (!whole || !rows || !participle) continue;
    const entity = entityOfNoun(meaningsOf(rows, vocabulary), index);
    const figure = metricMeaning(meaningsOf(participle, vocabulary), index);
    if (!entity || entity.value || !figure || figure.table === entity.dimension.table) continue;
    if (!index.reachable(figure, entity.dimension)) continue;
    const start = match.index + rows.length;
    respell(start, match.index + whole.length, ` with no ${figure.table.replaceAll('_', ' ')}`);
  }
  // "Orders that had a discount", "orders with free shipping": a condition on the rows' own figure, said
  // as a threshold the rest of the scan reads ("with discounts over 0", "with shipping at most 0").
  for (const match of [...text.matchAll(HAD_A)].reverse()) {
    const [whole, , free, first, second] = match;
    const phrase = [second ? `${first} ${second}` : null, first].find(
      (candidate) => candidate && metricMeaning(meaningsOf(candidate, vocabulary), index),
    );
    if (!phrase || !whole) continue;
    // "Customers have signed up", "orders have shipped": a tense, not something the rows have.
    if (
      /^(?:have|has|had)\b/.test(whole) &&
      !free &&
      /^(?:[a-z]+ed|made|bought|sold|spent|been|done|seen|come|gone|left)$/.test(first ?? '')
    )
      continue;
    // "Which post got commented on the most": a ranking by the figure the participle names, not a condition on it.
    if (
      /^(?:got|get|gets|getting)\b/.test(whole) &&
      /ed$/.test(first ?? '') &&
      /^\s*(?:on |at )?(?:the )?(?:most|least|more|less|fewest)\b/.test(
        text.slice(match.index + whole.indexOf(phrase) + phrase.length),
      )
    )
      continue;
    // Only after the rows it is about ("orders that had", "customers who got"): "how has revenue changed" is no condition.
    // A period may sit between them ("orders last month had a discount").
    const rows =
      /([a-z]+)\s+(?:(?:(?:last|this|past|previous) (?:week|month|quarter|year)|yesterday|today|(?:in|during) [a-z0-9]+(?: \d{4})?)\s+)?(?:(?:that|which|who)\s+)?$/.exec(
        text.slice(0, match.index),
      )?.[1];
    const entity = rows === undefined ? null : entityOfNoun(meaningsOf(rows, vocabulary), index);
    const named = metricMeaning(meaningsOf(phrase, vocabulary), index);
    if (!named || named.aggregation === 'average' || named.aggregation === 'ratio') continue;
    const none = free !== undefined || /^without/.test(whole);
    // The rows' own figure only: "customers who got a discount" would need the discount of their orders. But none
    // of a figure of other rows ("products with no sales") is the rows with nothing there at all.
    const metric =
      entity?.dimension.table === named.table
        ? named
        : none && entity
          ? figureReaching(named, entity.dimension, index)
          : null;
    if (!metric) continue;
    const phraseEnd = match.index + whole.indexOf(phrase) + phrase.length;
    // "Reels with views over 20k": an amount follows, and the threshold scan reads it as it is.
    if (
      /^\s*(?:[$£€\d]|(?:over|above|under|below|more|less|fewer|greater|at|of|between|exceeding)\b)/.test(
        text.slice(phraseEnd),
      )
    )
      continue;
    const said = metric === named ? phrase : metric.label.toLowerCase();
    // "Customers with no orders": the count said after its amount, so the scan never reads the orders as the rows.
    const replacement =
      metric !== named || metric.table !== entity?.dimension.table
        ? `with at most 0 ${said}`
        : `with ${said} ${none ? 'at most 0' : 'over 0'}`;
    const end = match.index + whole.indexOf(phrase) + phrase.length;
    respell(match.index, end, replacement);
  }
  const conditions: RowCondition[] = [];
  const problems: string[] = [];
  let figureOf: RowScan['figureOf'] = null;

  const thresholds: {
    start: number;
    end: number;
    operator: RowCondition['operator'];
    value: number;
    currency: boolean;
    typed: string;
    percent?: boolean;
  }[] = [];
  for (const match of text.matchAll(PERCENT_BEFORE)) {
    thresholds.push({
      start: match.index,
      end: match.index + match[0].length,
      operator: COMPARATORS.find(([pattern]) => pattern.test(match[1] as string))?.[1] ?? 'gt',
      value: Number(match[2]) / 100,
      currency: false,
      typed: match[0].trim(),
      percent: true,
    });
  }
  for (const match of text.matchAll(BEFORE)) {
    const operator = COMPARATORS.find(([pattern]) => pattern.test(match[1] as string))?.[1] ?? 'gt';
    thresholds.push({
      start: match.index,
      end: match.index + match[0].length,
      operator,
      value: amountOf(match[3] as string, match[4]),
      currency: !!match[2] || /dollar|buck|usd|euro|eur|pound|gbp/.test(match[0]),
      typed: match[0].trim(),
    });
  }
  for (const match of text.matchAll(AFTER)) {
    if (thresholds.some((known) => match.index < known.end && known.start < match.index + match[0].length)) continue;
    const down = /(?:less|fewer|under|below|lower|smaller)$/.test(match[0]);
    thresholds.push({
      start: match.index,
      end: match.index + match[0].length,
      operator: down ? 'lte' : 'gte',
      value: amountOf(match[2] as string, match[3]),
      currency: !!match[1] || /dollar|buck|usd|euro|eur|pound|gbp/.test(match[0]),
      typed: match[0].trim(),
    });
  }
  for (const match of text.matchAll(BETWEEN)) {
    // "Between $50 and $100": at least the first and at most the second; years are periods, not amounts.
    if (!match[1] && !match[4] && /^(?:19|20)\d{2}$/.test(match[2] as string)) continue;
    if (thresholds.some((known) => match.index < known.end && known.start < match.index + match[0].length)) continue;
    const currency = !!match[1] || !!match[4] || /dollar|buck|usd|euro|eur|pound|gbp/.test(match[0]);
    const end = match.index + match[0].length;
    thresholds.push({
      start: match.index,
      end,
      operator: 'gte',
      value: amountOf(match[2] as string, match[3]),
      currency,
      typed: match[0].trim(),
    });
    thresholds.push({
      start: match.index,
      end,
      operator: 'lte',
      value: amountOf(match[5] as string, match[6]),
      currency,
      typed: match[0].trim(),
    });
  }
  thresholds.sort(
    (left, right) => right.start - left.start || (left.operator === 'lte' ? -1 : right.operator === 'lte' ? 1 : 0),
  );

  // "Between 2 and 3 orders": both bounds are on the rows and figure found for the first one read.
  const between = new Map<number, { dimension: string; metric: string }>();
  for (const threshold of thresholds) {
    const pair = between.get(threshold.start);
    if (pair) {
      conditions.unshift({ ...pair, operator: threshold.operator, value: threshold.value });
      continue;
    }
    const { tokens, starts, ends } = tokenize(text);
    const first = starts.findIndex((start) => start >= threshold.start);
    const after =
      ends.findIndex((end) => end > threshold.end) === -1
        ? tokens.length
        : starts.findIndex((start) => start >= threshold.end);
    let from = threshold.start;
    let to = threshold.end;
    // The figure: named right after the amount ("50k reach", "3 or more items") or right before the comparator
    // ("reach over 50k", "cost less than $20", "priced under $20").
    let metric: Metric | undefined;
    let figureStart: number | null = null;
    const next = after >= 0 && after < tokens.length ? phraseAfter(tokens, after, vocabulary) : null;
    const nextMetric = next ? metricMeaning(next.meanings, index) : undefined;
    let nounEnd = first >= 0 ? first : tokens.length;
    // "Orders with more than one product": a number of things the layer counts no figure of, never an amount of
    // money.
    if (
      next &&
      !nextMetric &&
      !threshold.currency &&
      next.meanings.some((meaning) => meaning.type === 'dimension' || meaning.type === 'table')
    ) {
      problems.push(`what "${threshold.typed} ${tokens.slice(after, next.end).join(' ')}" counts`);
      continue;
    }
    // "Orders with 3 or more items" where the layer has no word "items": a number of things it cannot tell, never
    // the rows' money read past the word.
    const thingsAfter = after >= 0 && after < tokens.length ? (tokens[after] as string) : '';
    if (
      !next &&
      !threshold.currency &&
      !threshold.percent &&
      /^[a-z]{2,}[^su]s$/.test(thingsAfter) &&
      !/^(?:this|was|has|does|yes|plus|his|its|hers|ours|yours|theirs)$/.test(thingsAfter) &&
      !MEASURES.has(thingsAfter) &&
      meaningsOf(thingsAfter, vocabulary).length === 0
    ) {
      problems.push(`what "${threshold.typed} ${thingsAfter}" counts`);
      continue;
    }
    if (next && nextMetric) {
      metric = nextMetric;
      to = ends[next.end - 1] as number;
    } else {
      const previous = phraseBefore(tokens, nounEnd, vocabulary);
      const previousMetric = previous ? metricMeaning(previous.meanings, index) : undefined;
      // "Value of orders over $100": a figure OF the rows is what is asked, not the condition's figure.
      const figureOfRows = previous !== null && tokens.slice(previous.start, nounEnd).includes('of');
      if (previous && previousMetric && previousMetric.aggregation !== 'count' && !figureOfRows) {
        metric = previousMetric;
        from = starts[previous.start] as number;
        nounEnd = previous.start;
        figureStart = previous.start;
      }
    }
    // The rows: the noun before the condition, past connective words.
    let cursor = nounEnd;
    while (cursor > 0 && CONNECTIVES.has(tokens[cursor - 1] as string)) cursor -= 1;
    // The words between the noun and the condition ("worth", "valued at") belong to the condition.
    if (cursor < nounEnd) from = Math.min(from, starts[cursor] as number);
    let noun = cursor > 0 ? phraseBefore(tokens, cursor, vocabulary) : null;
    const plural = (end: number) => /[^s]s$|ies$/.test(tokens[end - 1] ?? '');
    let entity = noun ? entityOfNoun(noun.meanings, index, plural(cursor))?.dimension : undefined;
    // "Sales by product, just the ones above 5k", "revenue by category, only categories over $20k": a bare amount on
    // the groups a breakdown names is the breakdown's own figure, never another figure of theirs (a price).
    const grouped = metric ? null : breakdownBefore(tokens, first, vocabulary, index);
    if (grouped && (entity === undefined ? noun === null : entity.name === grouped.dimension.name)) {
      entity = grouped.dimension;
      metric = grouped.metric;
    }
    // "Orders from Canada over $300": past the value that picks them ("Canada"), the rows are the orders.
    if (noun && noun.meanings.every((meaning) => meaning.type === 'value')) {
      let back = noun.start;
      while (back > 0 && VALUE_LINKS.has(tokens[back - 1] as string)) back -= 1;
      const rows = back > 0 && back < noun.start ? phraseBefore(tokens, back, vocabulary) : null;
      const rowsEntity = rows ? entityOfNoun(rows.meanings, index) : null;
      if (rows && rowsEntity && !rowsEntity.value) {
        // The value stays in the text: it still picks the rows ("orders from Canada").
        noun = rows;
        entity = rowsEntity.dimension;
      }
    }
    // "Customers who placed more than 3 orders": a count of the rows' own table is one for every row ("placed"
    // names orders), so the rows are named further back.
    while (noun && entity && metric && countsOwnRows(metric, entity)) {
      cursor = noun.start;
      while (cursor > 0 && CONNECTIVES.has(tokens[cursor - 1] as string)) cursor -= 1;
      from = Math.min(from, starts[cursor] as number);
      noun = cursor > 0 ? phraseBefore(tokens, cursor, vocabulary) : null;
      entity = noun ? entityOfNoun(noun.meanings, index, plural(cursor))?.dimension : undefined;
    }
    // "Customers spent over 500": the figure's own phrase may begin with the noun naming the rows.
    if (!entity && metric && figureStart !== null) {
      const rows = entityOfNoun(meaningsOf(tokens[figureStart] as string, vocabulary), index)?.dimension;
      if (rows && rows.table !== metric.table) entity = rows;
    }
    // "Which posts drove sales over $1000": the rows named just before the verb, when the figure reaches them.
    for (let at = cursor - 1; at >= Math.max(0, cursor - 3) && !entity && metric; at -= 1) {
      const rows = entityOfNoun(meaningsOf(tokens[at] as string, vocabulary), index);
      if (rows && !rows.value && rows.dimension.table !== metric.table && index.reachable(metric, rows.dimension))
        entity = rows.dimension;
    }
    if (!entity && metric) entity = rowsOfTable(metric.table, index);
    if (entity && metric && countsOwnRows(metric, entity)) {
      // Still the metric's own rows: the nearest earlier noun naming other rows, or nothing the condition can be on.
      entity = undefined;
      for (let at = cursor - 1; at >= 0 && !entity; at -= 1) {
        const rows = entityOfNoun(meaningsOf(tokens[at] as string, vocabulary), index)?.dimension;
        if (rows && !countsOwnRows(metric, rows)) entity = rows;
      }
    }
    // "How many orders in feb were $150+": the rows named further back, past the period and the verb.
    for (let at = cursor - 1; at >= 0 && !entity && !metric; at -= 1) {
      const rows = entityOfNoun(meaningsOf(tokens[at] as string, vocabulary), index);
      if (rows && !rows.value) entity = rows.dimension;
    }
    // A follow-up ("what about over $400?") compares the rows and figure of the condition it carries.
    const previous = carried.find((condition) => metric === undefined || condition.metric === metric.name);
    if (!entity && previous) {
      entity = index.dimension(previous.dimension);
      metric ??= index.metric(previous.metric);
    }
    // ("Posts with over 500 likes" >> "and over 1000?": the same rows, so the same figure.)
    if (!metric && entity && previous && previous.dimension === entity.name) metric = index.metric(previous.metric);
    if (!entity) {
      problems.push(`what "${threshold.typed}" applies to`);
      text = blank(text, from, to);
      continue;
    }
    // "Customers who spent over $500": a verb of paying names the money reaching them.
    // ("Customers who spent between 200 and 500": spending is money, whether or not the "$" is typed.)
    if (!metric) {
      const verbs = tokens.slice(Math.max(0, first - 4), first);
      const rows = entity;
      // ("Products that did over $2000", "sold over $2000": money said after a verb of earning is what they took in.)
      const paying = threshold.currency
        ? /^(?:spent|spend|spends|paid|pay|pays|bought|purchased|ordered|made|make|makes|did|do|does|earned|earns|generated|grossed|sold|sell|sells|brought|took|pulled|raked)$/
        : /^(?:spent|spend|spends|spending|paid|pay|pays|paying)$/;
      if (verbs.some((word) => paying.test(word))) metric = moneyReaching(index, rows);
    }
    metric ??= sizeMetricOf(entity, index);
    // No figure marked as the rows' size: the rows' own totals of the amount's kind ("tickets over $100" is their
    // sales when sales is their one total of money; with tips beside it, the user is asked which).
    const totals = metric ? [] : ownTotals(entity, threshold.currency, index);
    if (totals.length === 1) metric = totals[0];
    if (totals.length > 1 && figureOf === null)
      figureOf = { typed: threshold.typed, rows: entity.plural, metrics: totals.map((total) => total.name) };
    // "Products with at most 0 orders": the figure's finer-grained alternative when it cannot reach the rows.
    if (metric && !index.reachable(metric, entity)) {
      const rows = entity;
      metric =
        metric.alternatives.map((name) => index.metric(name)).find((other) => other && index.reachable(other, rows)) ??
        metric;
    }
    if (!metric) {
      problems.push(`which figure of the ${entity.plural} "${threshold.typed}" is about`);
      text = blank(text, from, to);
      continue;
    }
    // "Customers who spent more than $1,000": the phrase counts the people who paid; an amount of money is the
    // money reaching each of them.
    // ("Customers who spent between 200 and 500": the same, the "$" left out after a verb of paying.)
    const spentBefore = tokens
      .slice(Math.max(0, first - 4), first)
      .some((word) => /^(?:spent|spend|spends|spending|paid|pay|pays|paying)$/.test(word));
    if (
      (threshold.currency || spentBefore) &&
      metric.format !== 'currency' &&
      metric.aggregation === 'count_distinct'
    ) {
      const money = moneyReaching(index, entity);
      if (money && index.reachable(money, entity)) metric = money;
    }
    if (threshold.currency && metric.format !== 'currency') {
      problems.push(`"${threshold.typed}" as an amount of money for ${metric.label.toLowerCase()}`);
    }
    if (threshold.percent && metric.format !== 'percent') {
      problems.push(`"${threshold.typed}" as a percentage of ${metric.label.toLowerCase()}`);
    }
    // ("Engagement rate over 10": a rate is never 1,000%; a bare number above 1 on one is its percentage.)
    const points = metric.format === 'percent' && !threshold.percent && !threshold.currency && threshold.value > 1;
    conditions.unshift({
      dimension: entity.name,
      metric: metric.name,
      operator: threshold.operator,
      value: points && threshold.value <= 100 ? threshold.value / 100 : threshold.value,
    });
    if (thresholds.filter((other) => other.start === threshold.start).length === 2)
      between.set(threshold.start, { dimension: entity.name, metric: metric.name });
    text = blank(text, from, to);
  }

  // Extremes and vague sizes: a size word before a noun naming rows.
  const adjectives = new Map<string, { metric: Metric; direction: 'asc' | 'desc'; superlative: boolean }[]>();
  const addAdjective = (form: string, meaning: { metric: Metric; direction: 'asc' | 'desc'; superlative: boolean }) =>
    adjectives.set(form, [...(adjectives.get(form) ?? []), meaning]);
  // Words of price size ("the cheapest invoice") for a money figure with size words, unless the layer gives them
  // to a figure of its own.
  const layerWords = new Set(
    index.layer.metrics.flatMap((metric) => [
      ...(metric.sizeWords?.larger ?? []),
      ...(metric.sizeWords?.smaller ?? []),
    ]),
  );
  const priceWords = (words: readonly string[], metric: Metric) =>
    metric.format === 'currency' && metric.sizeWords ? words.filter((word) => !layerWords.has(word)) : [];
  for (const metric of index.layer.metrics) {
    for (const [words, direction] of [
      [[...(metric.sizeWords?.larger ?? []), ...priceWords(PRICE_WORDS.larger, metric)], 'desc'],
      [[...(metric.sizeWords?.smaller ?? []), ...priceWords(PRICE_WORDS.smaller, metric)], 'asc'],
    ] as const) {
      for (const word of words) {
        const { superlative, plain } = forms(word);
        superlative.forEach((form) => {
          const flipped = form.startsWith('least ') ? (direction === 'desc' ? 'asc' : 'desc') : direction;
          addAdjective(form, { metric, direction: flipped, superlative: true });
        });
        plain.forEach((form) => addAdjective(form, { metric, direction, superlative: false }));
      }
    }
  }
  let extreme: ExtremeMention | null = null;
  let vague: RowScan['vague'] = null;
  const { tokens, starts, ends } = tokenize(text);
  for (let position = 0; position < tokens.length && !extreme; position += 1) {
    for (const length of [2, 1]) {
      const phrase = tokens.slice(position, position + length).join(' ');
      const meanings = adjectives.get(phrase);
      if (!meanings) continue;
      // The noun: the next phrase naming rows, past value words ("the biggest instagram order").
      let at = position + length;
      let found: { start: number; end: number; entity: { dimension: Dimension; value: boolean } } | null = null;
      // "The cheapest 5 products": the number after the size word is how many.
      const countAfter = /^\d+$/.test(tokens[at] ?? '') ? Number(tokens[at]) : null;
      if (countAfter !== null) at += 1;
      for (let hops = 0; hops < 3 && at < tokens.length; hops += 1) {
        // "The biggest single order": words that only stress the one row, no step of their own ("the largest single
        // paid order": the value after it is still the first word said).
        while (ONE_ROW_WORDS.has(tokens[at] ?? '')) at += 1;
        const saleNoun =
          SALE_NOUNS.has(tokens[at] as string) &&
          !GRAIN_AFTER.test(tokens[at + 1] ?? '') &&
          meanings.some((meaning) => meaning.metric.format === 'currency');
        const generic =
          GENERIC_NOUNS.has(tokens[at] as string) || saleNoun
            ? meanings
                .filter((meaning) => !saleNoun || meaning.metric.format === 'currency')
                .map((meaning) => rowsOfTable(meaning.metric.table, index))
                .find((dimension) => dimension)
            : undefined;
        if (generic) {
          found = { start: at, end: at + 1, entity: { dimension: generic, value: false } };
          break;
        }
        const next = phraseAfter(tokens, at, vocabulary);
        if (!next) break;
        const entity = entityOfNoun(next.meanings, index);
        // ("The largest paid revenue": a value said before a figure picks the figure's rows, not rows to rank.)
        const afterValue = entity?.value === true ? phraseAfter(tokens, next.end, vocabulary) : null;
        if (
          afterValue &&
          !GENERIC_NOUNS.has(tokens[next.end] as string) &&
          afterValue.meanings.some((meaning) => meaning.type === 'metric') &&
          !entityOfNoun(afterValue.meanings, index)
        )
          break;
        if (entity && (!entity.value || hops === 0 || !next.meanings.every((meaning) => meaning.type === 'value'))) {
          found = { start: at, end: next.end, entity };
          break;
        }
        if (!next.meanings.every((meaning) => meaning.type === 'value')) break;
        at = next.end;
      }
      if (!found) continue;
      // "The longest open tickets", where "open tickets" is a count that keeps some tickets by its own condition: the
      // ranking would keep every ticket, the "open" unsaid. Declined, naming the words, never dropped.
      // (Only a word besides the rows' own noun: "the 3 biggest orders" are the orders, whatever "orders" counts.)
      const rows = found.entity.dimension;
      const rowsNoun = (word: string) => {
        const table = index.layer.tables.find((candidate) => candidate.name === rows.table);
        return [rows.plural, rows.label, table?.name ?? '', ...(table?.synonyms ?? [])]
          .map((noun) => stem(noun.toLowerCase().replaceAll('_', ' ')))
          .includes(stem(word));
      };
      const said = tokens.slice(found.start, found.end);
      const keeping =
        said.every(rowsNoun) || said.length < 2
          ? undefined
          : index.layer.metrics.find((metric) =>
              meaningsOf(said.join(' '), vocabulary).some(
                (meaning) => meaning.type === 'metric' && meaning.name === metric.name && metric.filters.length > 0,
              ),
            );
      if (keeping && !found.entity.value) {
        problems.push(
          `which ${rows.plural} "${said.join(' ')}" keeps, in a ranking (say it as a value, such as a status, if your data has one)`,
        );
        text = blank(text, starts[position] as number, ends[found.end - 1] as number);
        break;
      }
      // The size of an entity's rows is a figure of their own table: "the biggest post" is not its attributed revenue.
      // "The priciest order": a word of price, given by the layer to another table's price, sizes the rows by the
      // money figure of their own table that has size words (an order's total).
      const ownMoney = index.layer.metrics.find(
        (metric) =>
          metric.table === found.entity.dimension.table &&
          metric.format === 'currency' &&
          metric.sizeWords !== undefined,
      );
      const priceWord = meanings.find((meaning) => meaning.metric.format === 'currency');
      const adjective =
        meanings.find((meaning) => meaning.metric.table === found.entity.dimension.table) ??
        (priceWord && ownMoney ? { ...priceWord, metric: ownMoney } : undefined);
      if (!adjective) continue;
      const nounText = tokens.slice(found.end - 1, found.end)[0] as string;
      if (!adjective.superlative) {
        vague = {
          word: phrase,
          phrase: text.slice(starts[position], ends[found.end - 1]),
          noun: tokens.slice(position + length, found.end).join(' '),
          direction: adjective.direction,
        };
        break;
      }
      const before = tokens[position - 1];
      const limit = before && /^\d+$/.test(before) ? Number(before) : countAfter;
      extreme = {
        metric: adjective.metric.name,
        dimension: found.entity.dimension.name,
        direction: adjective.direction,
        plural: /[^s]s$/.test(nounText) || limit !== null,
        limit,
      };
      text = blank(
        text,
        limit !== null && countAfter === null ? (starts[position - 1] as number) : (starts[position] as number),
        ends[position + length - (countAfter === null ? 1 : 0)] as number,
      );
      // The noun stays when it selects rows by a value ("refund"); otherwise it is the entity, already taken.
      if (!found.entity.value) text = blank(text, starts[found.start] as number, ends[found.end - 1] as number);
      // "The priciest apparel item": the value selects the rows, the generic noun after it only names them.
      else if (GENERIC_NOUNS.has(tokens[found.end] ?? '')) {
        text = blank(text, starts[found.end] as number, ends[found.end] as number);
      }
      // "Single" in "the biggest single order" said only that: one row.
      for (let at = position + length; at < found.start; at += 1) {
        if (ONE_ROW_WORDS.has(tokens[at] as string)) text = blank(text, starts[at] as number, ends[at] as number);
      }
      break;
    }
    if (vague) break;
  }
  return { text: typed, conditions, extreme, problems, vague, repeated, figureOf };
}
