import { QUESTION_MAX_LENGTH } from '../../question-limit.js';
import type { PlanDecision, ReplyReason, Turn } from '../analyst.js';
import { checkPlan } from '../compiler.js';
import { describeChange, describePlan } from '../describe-plan.js';
import {
  previousSpan,
  queryPlanModel,
  resolveTimeRange,
  daysBetween,
  addMonths,
  type DateSpan,
  type Filter,
  type QueryPlan,
  type TimeRange,
  type TimeUnit,
} from '../plan.js';
import { indexLayer, type Dimension, type LayerIndex, type Metric, type SemanticLayer } from '../semantic-layer.js';
import { clarificationOptions, dimensionReadings, exactlyNamed, valueReadings, type Ambiguity } from './ambiguity.js';
import { scanTime, type TimeMention } from './time-expressions.js';
import {
  correct,
  stem,
  STOPWORDS,
  TIME_WORDS,
  vocabularyOf,
  words,
  type Keyword,
  type Meaning,
  type Vocabulary,
} from './vocabulary.js';
import { entityOfTable, figureExamples, helpText } from '../layer-words.js';
import { expandAbbreviation } from './abbreviations.js';
import { countsReaching, tableNounOf, verbFirst } from './layer-vocabulary.js';
import { figureChoice } from './figure-choice.js';
import type { RowCondition } from '../plan.js';
import { scanRowPhrases, type ExtremeMention } from './thresholds.js';
import { scanShare } from './shares.js';
import { scanWeekParts } from './week-parts.js';
import { scanFiscal, withLayerWeeks } from './calendar.js';
import { scanNames, type EntityName } from './names.js';
import { whereDimensions, whereOptions } from './where.js';

/**
 * The offline analyst's parser: English question (plus the conversation so far) → query plan, with no model
 * and no network. It reads the question as slots (metrics, breakdowns, filters, time, ranking, comparison)
 * found with a vocabulary built from the semantic layer, tolerates small typos, inherits the previous plan
 * for follow-ups, and declines (with questions it can answer) whenever some part of the question has no
 * meaning it knows: answering a different question than the one asked is worse than not answering.
 */

export interface ParseRequest {
  readonly question: string;
  readonly history: readonly Turn[];
  /** The asking user's today, YYYY-MM-DD. */
  readonly today: string;
  /** The semantic layer the question is asked of: its words are the parser's vocabulary. */
  readonly layer: SemanticLayer;
  /** Names of the user's rows (product titles), looked up in their data; questions may filter by them. */
  readonly names?: readonly EntityName[];
}

/** A stretch of the question that meant something (or nothing known). */
interface Item {
  readonly position: number;
  readonly meanings: readonly Meaning[];
  /** The words as typed (after typo correction), for messages. */
  readonly text: string;
  /** The last word as typed ends in "s": "top posts" asks for several, "best post" for one. */
  readonly plural: boolean;
}

interface Slots {
  readonly items: readonly Item[];
  readonly unknown: readonly string[];
  readonly numbers: readonly { position: number; value: number }[];
  readonly time: readonly TimeMention[];
}

/** Verbs that name a metric only when nothing else in the question does ("how much did I make"). */
const WEAK_METRIC_WORDS = new Set([
  'made',
  'make',
  'earn',
  'earned',
  'sell',
  'sold',
  'selling',
  'sell',
  'posted',
  'publish',
  'published',
  'money',
  'take',
  'took',
  'taken',
  'take in',
  'took in',
  'ship',
  'shipped',
  'put up',
  'put out',
  'upload',
  'uploaded',
  'bring in',
  'brought in',
]);

/** Phrases rewritten before reading, so one spelling covers many ("best-sellers", "I'd like to"). */
const REWRITES: readonly [RegExp, string][] = [
  [/[’‘`]/g, "'"],
  [/\b(i'd|i would|we'd|we would) like to\b/g, ' '],
  [/\bwould like\b/g, ' '],
  // "What were my sales like last quarter": the idiom, not the metric (which is "likes").
  [/\blike(?=\s+(?:in|for|during|over|on|at|last|this|the|yesterday|today|recently|lately)\b|\s*[?.!]*\s*$)/g, ' '],
  [/\bbest[- ]?sell(?:er|ers|ing)\b/g, 'top selling'],
  // Shorthand typed on phones.
  [/#\s*(?=[a-z])/g, ' number of '],
  [/\b(\d+) ?d\b/g, '$1 days'],
  [/\b(\d+) ?(?:w|wks?)\b/g, '$1 weeks'],
  [/\b(\d+) ?(?:mos?|mths?)\b/g, '$1 months'],
  [/\b(\d+) ?(?:y|yrs?)\b/g, '$1 years'],
  [/\bqtrs?\b/g, 'quarter'],
  [/\bwks?\b/g, 'week'],
  [/\byrs?\b/g, 'year'],
  [/\b(?:mo|mos|mth|mths)\b/g, 'month'],
  [/\bpct\b/g, 'percentage'],
  [/\bthru\b/g, 'through'],
  // "Which platform do most of my posts go to".
  [/\bmost of (?:my|our|the|your) /g, 'most '],
  [/\b(?:go|goes|went|going) to\b/g, ' on '],
  [/\btop[- ]selling\b/g, 'top selling'],
  [/\bhow're\b/g, 'how are'],
  [/\b(what|how|who|where|when|that|it)'s\b/g, '$1 is'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/'s\b/g, ''],
  [/\be-?mail\b/g, 'email'],
  [/\bu\.s\.a?\.?(?=\s|$)/g, 'usa '],
  [/\bu\.k\.?(?=\s|$)/g, 'uk '],
  // "How much $": money, unless it prefixes an amount ("$250").
  [/\$(?!\s*\d)/g, ' money '],
  // Dotted acronyms ("a.o.v.") as one word.
  [/\b([a-z])\.([a-z])\.(?:([a-z])\b\.?)?/g, '$1$2$3'],
  [/\b(\d+)(?:st|nd|rd|th)? (?:most|highest|best)\b/g, 'top $1'],
  [/\bthe (?:most|least) recent\b/g, ' recent '],
  // "For each of the last 6 months" is a monthly series over the last 6 months.
  [/\b(?:for )?(?:each|every) of the (last|past) (\w+) (day|week|month|quarter|year)s\b/g, 'by $3 the $1 $2 $3s'],
];

const TIME_WORD_SET: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  'may',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ytd',
  'mtd',
  'qtd',
  'wtd',
  'ever',
  'lifetime',
  'tomorrow',
  'next',
  'coming',
  'upcoming',
  'forecast',
  'predict',
  'prior',
  'trailing',
  'recent',
  'current',
  'before',
  'after',
  'until',
  'till',
  'through',
  'starting',
  'during',
  'within',
  'couple',
  'black',
  'cyber',
  'christmas',
  'eve',
  'boxing',
  'valentine',
  'valentines',
  'half',
  'h',
  'new',
  'years',
]);

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

/** How follow-ups start: they lean on the previous question ("and last month?", "what about TikTok?"). */
const FOLLOW_UP_CUE =
  /^(?:and|what about|how about|what if|same|same thing|now|only|just|also|instead|then|ok|okay|but|so|plus|versus|vs|compared)\b|\b(?:that|those|these|this one|it) (?:down|by|for|instead|again)\b|\b(?:break|split|same|drill) (?:that|it|those|this)\b|\binstead\b/;

/** Longer input is not a question; the bound also keeps planning time bounded. */
/** The API's one question limit: the parser's bound, for callers that skip the API (the evaluation, the LLM path's fallback). */
export const MAX_QUESTION_LENGTH = QUESTION_MAX_LENGTH;

/** The business as a whole ("my store", "the shop"). */
const STORE = /\b(?:store|shop|business|company|brand)\b/;

function normalize(question: string): string {
  // A list ("revenue, orders and AOV") joins like "and"; commas inside dates ("March 5, 2025") stay out of it.
  let text = question.toLowerCase().replace(/,\s*(?=[a-z])/g, ' and ');
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  // Keep characters dates need ("2025-03-01", "3/5/2025"); everything else that is not a word separates words.
  return text.replace(/[^a-z0-9\-/ ]+/g, ' ').replace(/(?<![0-9])[-/]|[-/](?![0-9])/g, ' ');
}

/** Reads a question into slots: time mentions, vocabulary items, numbers and unknown words. */
function read(question: string, today: string, vocabulary: Vocabulary): Slots {
  // Typos first, so time expressions ("last mnth") read as well as the rest.
  const text = normalize(question).replace(/[a-z]+/g, (word) => {
    const stemmed = stem(word);
    if (
      vocabulary.stems.has(stemmed) ||
      STOPWORDS.has(word) ||
      vocabulary.fillers.has(word) ||
      TIME_WORD_SET.has(word) ||
      word in NUMBER_WORDS
    )
      return word;
    const expanded = expandAbbreviation(word, vocabulary);
    if (expanded !== word) return expanded;
    return correct(stemmed, vocabulary, word) ?? word;
  });
  const time = scanTime(text, today);
  const rawWords = words(time.rest);
  // "US" is a country when typed in capitals or after "the/in/from/to"; otherwise the pronoun.
  const capitalUs = /\bUS\b|\bU\.S\b/.test(question);
  const stems: string[] = [];
  const typed: string[] = [];
  for (const [position, word] of rawWords.entries()) {
    let value = word;
    if (word === 'us' && !capitalUs && !['the', 'in', 'from', 'to', 'outside'].includes(rawWords[position - 1] ?? ''))
      value = 'me';
    stems.push(stem(value));
    typed.push(value);
  }
  const items: Item[] = [];
  const unknown: string[] = [];
  const numbers: { position: number; value: number }[] = [];
  // "New" before a figure ("new signups") says nothing more; before a thing ("the new collection") it might.
  const fillerNew = (at: number) =>
    typed[at] === 'new' &&
    (vocabulary.phrases.get(stems[at + 1] ?? '')?.some((meaning) => meaning.type === 'metric') ?? false);
  let position = 0;
  while (position < stems.length) {
    let matched = false;
    for (let length = Math.min(vocabulary.longestPhrase, stems.length - position); length >= 1; length -= 1) {
      const meanings = vocabulary.phrases.get(stems.slice(position, position + length).join(' '));
      if (meanings) {
        const last = typed[position + length - 1] ?? '';
        const text = typed.slice(position, position + length).join(' ');
        items.push({
          position,
          meanings: verbFirst(meanings, text, vocabulary.verbs),
          text,
          plural: /[^s]s$/.test(last) || /ies$/.test(last),
        });
        position += length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = typed[position] as string;
    if (/^\d+$/.test(word)) numbers.push({ position, value: Number(word) });
    else if (word in NUMBER_WORDS) numbers.push({ position, value: NUMBER_WORDS[word] as number });
    else if (
      !STOPWORDS.has(word) &&
      !STOPWORDS.has(stem(word)) &&
      !vocabulary.fillers.has(word) &&
      !fillerNew(position)
    )
      unknown.push(word);
    position += 1;
  }
  return { items, unknown, numbers, time: time.mentions };
}

const has = (item: Item, key: Keyword) =>
  item.meanings.some((meaning) => meaning.type === 'keyword' && meaning.key === key);
const metricOf = (item: Item) => item.meanings.find((meaning) => meaning.type === 'metric');
const dimensionsOf = (item: Item) =>
  item.meanings.flatMap((meaning) => (meaning.type === 'dimension' ? [meaning.name] : []));
const valuesOf = (item: Item) => item.meanings.flatMap((meaning) => (meaning.type === 'value' ? [meaning] : []));
const keywordOf = (item: Item): Keyword | null => {
  const meaning = item.meanings.find((candidate) => candidate.type === 'keyword');
  return meaning?.type === 'keyword' ? meaning.key : null;
};

const GRAIN_KEYS: Record<string, TimeUnit> = {
  grain_day: 'day',
  grain_week: 'week',
  grain_month: 'month',
  grain_quarter: 'quarter',
  grain_year: 'year',
};

/** Words that rank by how good something is (so "best refund rate" is the lowest), not by raw size. */
const EVALUATIVE = new Set([
  'best',
  'worst',
  'top',
  'bottom',
  'best performing',
  'worst performing',
  'top performing',
  'strongest',
  'weakest',
  'poorest',
  'underperforming',
  'winning',
  'winner',
]);

/** What a question asks for, before it is checked against history and the layer. */
interface Reading {
  metrics: string[];
  /** A metric came only from a default (the dimension's usual metric), not from the question's words. */
  metricImplied: boolean;
  dimensions: string[];
  grain: TimeUnit | null;
  overTime: boolean;
  filters: Filter[];
  valueComparison: { dimension: string; values: [string, string] } | null;
  ranges: TimeRange[];
  previous: boolean;
  change: boolean;
  sort: 'asc' | 'desc' | null;
  evaluative: boolean;
  singular: boolean | null;
  limit: number | null;
  rank: boolean;
  removeFilters: string[];
  breakdown: boolean;
  instead: boolean;
  followUpCue: boolean;
  /** "which"/"what" asks for the thing, not a figure ("what sold the most"). */
  which: boolean;
  /** "Which one": a single answer. */
  oneAsked: boolean;
  /** The question uses a comparing word ("compare", "vs", "than"). */
  comparing: boolean;
  /** "Year over year", "YoY": compared with the same dates a year earlier. */
  yearOverYear: boolean;
  /** A single period introduced by "vs" ("likes vs last month"): compared against, from the current one. */
  comparedRange: TimeRange | null;
  /** A value was named in the plural ("tiktok videos"): a ranking of them lists several. */
  pluralValue: boolean;
  /** Parts of the question that could not be given a meaning. */
  problems: string[];
  /** Words with more than one reading for the metric asked about: the user is asked which. */
  ambiguities: Ambiguity[];
  /** Conditions on rows ("orders over $250"). */
  conditions: RowCondition[];
  /** A share of a total was asked ("what % of orders…"). */
  share: boolean;
  /** "And the rest?", "show all": the whole list, not the first few. */
  widen: boolean;
}

type Decline = {
  readonly kind: 'reply';
  readonly reason: ReplyReason;
  readonly text: string;
  readonly suggestions: readonly string[];
};

function suggestionsFor(layer: SemanticLayer): string[] {
  const index = indexLayer(layer);
  const picks: string[] = [];
  const first = layer.metrics[0];
  if (first) picks.push(`${first.label} by month this year`);
  for (const dimension of layer.dimensions) {
    const metric = dimension.defaultMetric ? index.metric(dimension.defaultMetric) : undefined;
    if (!metric || dimension.values.length > 0) continue;
    picks.push(`Top 5 ${dimension.plural} by ${metric.label.toLowerCase()} last 30 days`);
    break;
  }
  const compared = layer.dimensions.find((dimension) => dimension.values.length >= 2 && dimension.defaultMetric);
  if (compared) {
    const metric = index.metric(compared.defaultMetric as string);
    const [a, b] = compared.values;
    if (metric && a && b) picks.push(`${a.label} vs ${b.label} ${metric.label.toLowerCase()} last month`);
  }
  return picks.slice(0, 3);
}

function decline(reason: ReplyReason, text: string, layer: SemanticLayer): Decline {
  return { kind: 'reply', reason, text, suggestions: suggestionsFor(layer) };
}

function unanswerable(why: string, layer: SemanticLayer): Decline {
  const suggestions = suggestionsFor(layer);
  return {
    kind: 'reply',
    reason: 'unanswerable',
    // A reason may already end a sentence ("which figure do you want…?"); never follow it with a second stop.
    text: `I can't answer that yet: ${/[.?!]$/.test(why) ? why : `${why}.`} I can answer questions like "${suggestions.join('", "')}".`,
    suggestions,
  };
}

/** Picks the dimension a word means for a metric: its own table's first, then the first reachable. */
function pickDimension(names: readonly string[], metric: Metric | undefined, index: LayerIndex): string | null {
  const dimensions = names
    .map((name) => index.dimension(name))
    .filter((dimension): dimension is Dimension => !!dimension);
  if (!metric) return dimensions[0]?.name ?? null;
  const own = dimensions.find((dimension) => dimension.table === metric.table);
  if (own) return own.name;
  return dimensions.find((dimension) => index.reachable(metric, dimension))?.name ?? null;
}

/**
 * "Revenue after refunds": true when the metric's own condition on the value's dimension already leaves the
 * value out (revenue counts paid orders only, so refunded ones are already not in it).
 */
function excludedAlready(
  metric: Metric | undefined,
  candidates: readonly { dimension: string; value: string }[],
): boolean {
  if (!metric) return false;
  return candidates.some((candidate) =>
    metric.filters.some((filter) => {
      if (filter.overriddenBy !== candidate.dimension) return false;
      const included = [...filter.sql.matchAll(/'((?:[^']|'')*)'/g)].map((match) =>
        (match[1] as string).replaceAll("''", "'"),
      );
      return (
        /^[^']*(?:=|\bIN\b)/i.test(filter.sql) &&
        !/\bNOT\b|<>|!=/i.test(filter.sql) &&
        included.length > 0 &&
        !included.includes(candidate.value)
      );
    }),
  );
}

function countMetricFor(table: string | undefined, index: LayerIndex): string | null {
  if (!table) return null;
  const metric = index.layer.metrics.find(
    (candidate) => candidate.table === table && candidate.aggregation === 'count',
  );
  return metric?.name ?? null;
}

/** Interprets the slots of one question, without history. */
function interpret(slots: Slots, index: LayerIndex, question: string, carried?: Metric): Reading {
  const { items } = slots;
  const reading: Reading = {
    metrics: [],
    metricImplied: false,
    dimensions: [],
    grain: null,
    overTime: false,
    filters: [],
    valueComparison: null,
    ranges: [],
    previous: false,
    change: false,
    sort: null,
    evaluative: false,
    singular: null,
    limit: null,
    rank: false,
    removeFilters: [],
    breakdown: false,
    instead: false,
    followUpCue: FOLLOW_UP_CUE.test(normalize(question).trim()),
    which: items.some((item) => has(item, 'which')),
    oneAsked: /\b(?:which|what) one\b/.test(normalize(question)),
    comparedRange: null,
    yearOverYear: items.some((item) => has(item, 'yoy')),
    comparing:
      items.some((item) => has(item, 'vs')) ||
      slots.time.some((mention) => /^(?:vs|versus|compared|against|than|over)\b/.test(mention.text)),
    pluralValue: items.some((item) => item.plural && valuesOf(item).length > 0),
    problems: [],
    ambiguities: [],
    conditions: [],
    share: false,
    widen: false,
  };
  const keyAt = (position: number) => {
    const item = items[position];
    return item ? keywordOf(item) : null;
  };

  // Metrics: strong words first; weak verbs only when nothing else names one.
  const strong: { name: string; position: number }[] = [];
  const weak: { name: string; position: number }[] = [];
  const subjects: { name: string; position: number }[] = [];
  const superlativeAt = new Set<number>();
  items.forEach((item, position) => {
    const key = keywordOf(item);
    if (key === 'desc' || key === 'asc' || key === 'which') superlativeAt.add(position);
  });
  // A ranking word ("top", "which") claims the first thing named right after it: "best time of day to post"
  // ranks hours, not posts. Values and other ranking words may sit between ("top 5 instagram posts").
  // "Which" asks about the thing right after it (values between); "most"/"top" may also have the metric between
  // ("most liked posts").
  const claimed = new Set<number>();
  const decided = new Map<number, boolean>();
  const nearSuperlative = (position: number): boolean => {
    const known = decided.get(position);
    if (known !== undefined) return known;
    let result = false;
    let metricBetween = false;
    for (let back = 1; back <= 3; back += 1) {
      const at = position - back;
      if (superlativeAt.has(at)) {
        const which = keyAt(at) === 'which';
        result = !claimed.has(at) && !(which && metricBetween);
        if (result) claimed.add(at);
        break;
      }
      const between = items[at];
      if (!between) break;
      const isMetric = metricOf(between) !== undefined && valuesOf(between).length === 0;
      if (valuesOf(between).length === 0 && !has(between, 'perform') && !isMetric) break;
      if (isMetric) metricBetween = true;
    }
    decided.set(position, result);
    return result;
  };
  const entityMentions: { dimension: string[]; position: number; plural: boolean }[] = [];
  const normalized = normalize(question).trim();
  const listing = /^(?:list|show)\b/.test(normalized) && !/\b(?:by|per|each)\b/.test(normalized);
  const countWanted = items.some((item) => has(item, 'count'));
  items.forEach((item, position) => {
    const metric = metricOf(item);
    const dimensions = dimensionsOf(item);
    if (metric?.type !== 'metric') return;
    const entityOfMetric = () => {
      const table = index.metric(metric.name)?.table;
      return index.layer.dimensions.find(
        (dimension) => dimension.table === table && dimension.values.length === 0 && dimension.details.length > 0,
      )?.name;
    };
    // "List my refunded orders": the rows of the counted thing (its key dimension), not their count.
    const onlyValuesBefore = items
      .slice(0, position)
      .every(
        (earlier) =>
          keywordOf(earlier) === 'show' ||
          keywordOf(earlier) === 'which' ||
          keywordOf(earlier) === 'all' ||
          valuesOf(earlier).length > 0,
      );
    const listAsked = (listing || keyAt(position - 1) === 'which') && onlyValuesBefore;
    if (
      dimensions.length === 0 &&
      listAsked &&
      item.plural &&
      !countWanted &&
      !reading.followUpCue &&
      index.metric(metric.name)?.aggregation === 'count'
    ) {
      const entity = entityOfMetric();
      if (entity) {
        entityMentions.push({ dimension: [entity], position, plural: true });
        return;
      }
    }
    if (dimensions.length > 0) {
      // "posts" is both a count and the thing ranked: "top posts" ranks posts, "how many posts" counts them.
      // "Products by orders": after a thing already named, "by" introduces the figure, not a second thing.
      const thingBefore = items.slice(0, position).some((earlier) => dimensionsOf(earlier).length > 0);
      const afterBy = keyAt(position - 1) === 'by' && !thingBefore;
      // "List my refunded orders", "which orders got cancelled": the rows themselves, not their count.
      // "Which platform has the most posts": the thing is already named; "most posts" is the figure.
      const thingAsked = items.some((earlier, at) => {
        const key = keywordOf(earlier);
        const thing =
          (dimensionsOf(earlier).length > 0 && metricOf(earlier) === undefined) || (key !== null && key in GRAIN_KEYS);
        return at < position && keyAt(at - 1) === 'which' && thing;
      });
      const listed =
        (listing || (keyAt(position - 1) === 'which' && position <= 1)) &&
        item.plural &&
        !countWanted &&
        !reading.followUpCue;
      if (afterBy || listed || (nearSuperlative(position) && !thingAsked)) {
        entityMentions.push({ dimension: dimensions, position, plural: item.plural });
        return;
      }
    }
    const words = item.text.split(' ');
    if (words.every((word) => WEAK_METRIC_WORDS.has(word))) weak.push({ name: metric.name, position });
    else if (dimensions.length > 0) subjects.push({ name: metric.name, position });
    else strong.push({ name: metric.name, position });
  });
  // "Interactions on my content": a word that is both a count and a thing is only the subject next to another metric.
  let chosen = strong.length > 0 ? strong : subjects.length > 0 ? subjects : weak;
  // "How much did we sell" asks for money, not units: a weak verb under "how much" means the first currency metric.
  if (chosen === weak && weak.length > 0 && items.some((item) => item.text === 'how much')) {
    const money = index.layer.metrics.find((candidate) => candidate.format === 'currency');
    if (money) chosen = [{ name: money.name, position: weak[0]?.position ?? 0 }];
  }
  // Several metrics must be listed ("likes and comments", "reach vs impressions"); otherwise the second one
  // qualifies the first ("orders with discounts", "AOV of tiktok shop orders"), which only a count noun can.
  chosen = chosen.filter((current, position) => {
    const before = chosen[position - 1];
    if (!before) return true;
    // "units ... sold": two words of one metric.
    if (before.name === current.name) return true;
    const joined = items
      .slice(before.position + 1, current.position)
      .some((item) => has(item, 'and') || has(item, 'vs'));
    if (joined) return true;
    const [first, second] = [index.metric(before.name), index.metric(current.name)];
    if (second?.aggregation === 'count' && second.table === first?.table) return false;
    reading.problems.push(`${first?.label.toLowerCase()} in terms of ${second?.label.toLowerCase()}`);
    return true;
  });
  for (const { name } of chosen) if (!reading.metrics.includes(name)) reading.metrics.push(name);
  // "How many sales": a count asks for the number of rows, not a sum of money over them.
  if (items.some((item) => item.text === 'how many')) {
    reading.metrics = reading.metrics.map((name) => {
      const metric = index.metric(name);
      if (metric?.format !== 'currency' || metric.aggregation !== 'sum') return name;
      return countMetricFor(metric.table, index) ?? name;
    });
  }
  const entityMetricOnly = strong.length === 0 && weak.length === 0 && subjects.length === 0;

  // Averages: "average likes" is the per-post average of likes.
  const averaging = items.some((item) => has(item, 'average'));
  if (averaging) {
    reading.metrics = reading.metrics.map((name) => {
      const metric = index.metric(name);
      if (!metric || metric.aggregation === 'average' || metric.aggregation === 'ratio') return name;
      const average = index.layer.metrics.find((candidate) => candidate.averageOf === name);
      if (average) return average.name;
      reading.problems.push(`an average of ${metric.label.toLowerCase()}`);
      return name;
    });
  }
  const primary = () => index.metric(reading.metrics[0] ?? '');

  // Dimensions, grains and values, in order.
  const valueMentions: {
    candidates: { dimension: string; value: string }[];
    position: number;
    negated: boolean;
    narrowed: boolean;
  }[] = [];
  const skippedEntities: { dimension: string[]; position: number; plural: boolean }[] = [];
  items.forEach((item, position) => {
    const key = keywordOf(item);
    const previousKey = keyAt(position - 1);
    if (key && key in GRAIN_KEYS) {
      reading.grain = GRAIN_KEYS[key] as TimeUnit;
      if (nearSuperlative(position)) reading.singular ??= !item.plural;
      return;
    }
    if (key === 'over_time') reading.overTime = true;
    if (key === 'change') reading.change = true;
    if (key === 'desc' || key === 'asc') {
      reading.sort ??= key;
      if (EVALUATIVE.has(item.text)) reading.evaluative = true;
    }
    if (key === 'show' && /^(rank|ranked|ranking|sort|sorted)$/.test(item.text)) reading.rank = true;
    if (key === 'breakdown') reading.breakdown = true;
    if (key === 'instead') reading.instead = true;
    const values = valuesOf(item);
    const dimensions = dimensionsOf(item);
    if (values.length > 0 && (dimensions.length === 0 || metricOf(item) === undefined)) {
      const negated = previousKey === 'not' || keyAt(position - 2) === 'not';
      valueMentions.push({
        candidates: values.map(({ dimension, value }) => ({ dimension, value })),
        position,
        negated,
        narrowed: false,
      });
      return;
    }
    if (dimensions.length > 0 && metricOf(item) === undefined) {
      if (previousKey === 'all') {
        reading.removeFilters.push(...dimensions);
        return;
      }
      // "TikTok platform", "beauty category": the dimension just names the value's kind.
      const value = valueMentions.at(-1);
      if (
        value &&
        value.position === position - 1 &&
        value.candidates.some((candidate) => dimensions.includes(candidate.dimension))
      ) {
        const kinds = exactlyNamed(
          item.text,
          dimensions.filter((name) => value.candidates.some((candidate) => candidate.dimension === name)),
          index,
        );
        value.candidates = value.candidates.filter((candidate) => kinds.includes(candidate.dimension));
        value.narrowed = true;
        return;
      }
      const grouped = previousKey === 'by' || previousKey === 'breakdown' || nearSuperlative(position);
      const entity = dimensions.every((name) => (index.dimension(name)?.values.length ?? 0) === 0);
      if (grouped || !entity) {
        entityMentions.push({ dimension: dimensions, position, plural: item.plural });
      } else {
        skippedEntities.push({ dimension: dimensions, position, plural: item.plural });
      }
    }
  });
  if (entityMetricOnly && reading.metrics.length === 0) reading.metricImplied = true;
  // "Products ranked by gross profit", "10 products by revenue": a ranking or a count makes the noun the subject.
  const numberBefore = (position: number) =>
    slots.numbers.some((number) => number.position === (items[position]?.position ?? -2) - 1);
  const subject = skippedEntities.find((mention) => reading.rank || numberBefore(mention.position));
  if (subject && entityMentions.length === 0) entityMentions.push(subject);
  // "Orders from my posts": a thing of another table introduced by "from" qualifies the figure in a way the
  // plan cannot say (attributed to posts?); asking beats answering without it.
  const normalizedWords = normalized.split(/\s+/);
  const unusedSubjects =
    chosen === subjects
      ? []
      : subjects.map((subjectWord) => ({
          dimension: dimensionsOf(items[subjectWord.position] as Item),
          position: subjectWord.position,
          plural: true,
        }));
  for (const skipped of [...skippedEntities, ...unusedSubjects]) {
    const item = items[skipped.position];
    const metric = index.metric(reading.metrics[0] ?? '');
    const dimension = index.dimension(skipped.dimension[0] ?? '');
    if (!item || !metric || !dimension?.table || dimension.table === metric.table || skipped === subject) continue;
    // "Revenue from customers who came via email": the value that follows says which ones.
    const qualified = items
      .slice(skipped.position + 1)
      .some((later) => valuesOf(later).some((value) => index.dimension(value.dimension)?.table === dimension.table));
    if (qualified) continue;
    const at = normalizedWords.findIndex(
      (word, position) =>
        word === item.text.split(' ')[0] &&
        /^(?:from|via|through)$/.test(
          normalizedWords[position - 1] === 'my' ||
            normalizedWords[position - 1] === 'our' ||
            normalizedWords[position - 1] === 'the'
            ? (normalizedWords[position - 2] ?? '')
            : (normalizedWords[position - 1] ?? ''),
        ),
    );
    if (at >= 0)
      reading.problems.push(
        `what "${normalizedWords.slice(Math.max(0, at - 2), at + 1).join(' ')}" means for ${metric.label.toLowerCase()}`,
      );
  }

  if (reading.oneAsked) reading.singular = true;

  // "By channel": a word naming several dimensions is asked about, not picked.
  for (const mention of entityMentions) {
    const word = items[mention.position]?.text ?? '';
    const readings = dimensionReadings(
      word,
      mention.dimension,
      index.metric(reading.metrics[0] ?? '') ?? carried,
      index,
    );
    if (readings.length > 0) reading.ambiguities.push({ word, readings });
    else mention.dimension = [...exactlyNamed(word, mention.dimension, index)];
  }

  // Resolve the metric when the question names none.
  const countAsked = items.some((item) => has(item, 'count'));
  const performAsked = items.some((item) => has(item, 'perform'));
  const compareAsked = items.some((item) => has(item, 'vs'));
  if (reading.metrics.length === 0) {
    const entity = entityMentions[0];
    const counted = entity ?? skippedEntities[0];
    if (countAsked && counted) {
      // "How many products do we have": count the rows of the thing named.
      const dimension = index.dimension(counted.dimension[0] as string);
      const metric = countMetricFor(dimension?.table, index);
      if (metric) reading.metrics.push(metric);
      // "How many of each post type": after "each"/"by" the thing is the breakdown of the count, not what is counted.
      if (entity && keyAt(entity.position - 1) !== 'by') entityMentions.shift();
    } else if (countAsked && valueMentions.length > 0) {
      const dimension = index.dimension(valueMentions[0]?.candidates[0]?.dimension ?? '');
      // "How many basic customers" counts the rows the noun names; "how many in pro", with several counts
      // reaching the plan (subscribers, invoices) and nothing saying which, is asked about.
      const noun = tableNounOf(items);
      const metric = countMetricFor(noun ?? dimension?.table, index);
      const named = noun !== null || (items[valueMentions[0]?.position ?? -1]?.plural ?? false);
      if (metric && (named || !dimension || countsReaching(dimension, index) <= 1)) reading.metrics.push(metric);
    } else if (countAsked && tableNounOf(items) !== null) {
      // "How many customers": count the rows the noun names.
      const metric = countMetricFor(tableNounOf(items) ?? undefined, index);
      if (metric) reading.metrics.push(metric);
    } else if (
      entity &&
      (reading.sort !== null || keyAt(entity.position - 1) === 'by') &&
      valueMentions.some((mention) => items[mention.position]?.plural)
    ) {
      // "Products with the most refunds": count the rows the plural value names (refunded orders).
      const counted = valueMentions.find((mention) => items[mention.position]?.plural);
      const dimension = index.dimension(counted?.candidates[0]?.dimension ?? '');
      const metric = countMetricFor(dimension?.table, index);
      if (metric) reading.metrics.push(metric);
    } else if (
      entity &&
      (reading.sort !== null || performAsked || compareAsked || listing || keyAt(entity.position - 1) === 'which')
    ) {
      const dimension = index.dimension(entity.dimension[0] as string);
      if (dimension?.defaultMetric) reading.metrics.push(dimension.defaultMetric);
    } else if (valueMentions.length > 0 && (performAsked || compareAsked || reading.sort !== null)) {
      const dimension = index.dimension(valueMentions[0]?.candidates[0]?.dimension ?? '');
      if (dimension?.defaultMetric) reading.metrics.push(dimension.defaultMetric);
    } else if (
      performAsked &&
      entityMentions.length === 0 &&
      valueMentions.length === 0 &&
      STORE.test(normalize(question))
    ) {
      // "How is my store doing": the store's headline figure, the layer's first metric.
      const headline = index.layer.metrics[0];
      if (headline) reading.metrics.push(headline.name);
    }
    if (reading.metrics.length > 0) reading.metricImplied = true;
  }

  // Breakdowns: pick, for each mention, the dimension the metric can reach.
  let metric = primary();
  const resolveDimension = (names: readonly string[]): string | null => {
    const picked = pickDimension(names, metric, index);
    if (picked) return picked;
    // Revenue by category is product revenue by category: try the metric's finer-grained alternatives.
    for (const alternative of metric?.alternatives ?? []) {
      const candidate = index.metric(alternative);
      const viaAlternative = pickDimension(names, candidate, index);
      if (candidate && viaAlternative) {
        reading.metrics = reading.metrics.map((name) => (name === metric?.name ? alternative : name));
        metric = candidate;
        return viaAlternative;
      }
    }
    return null;
  };
  for (const mention of entityMentions) {
    const name = resolveDimension(mention.dimension);
    if (name === null) {
      const label = index.dimension(mention.dimension[0] as string)?.label.toLowerCase() ?? mention.dimension[0];
      reading.problems.push(
        metric ? `${metric.label.toLowerCase()} broken down by ${label}` : `a breakdown by ${label}`,
      );
      continue;
    }
    const dimension = index.dimension(name);
    const perEntity =
      items[mention.position - 1]?.text === 'per' &&
      dimension &&
      dimension.values.length === 0 &&
      dimension.details.length > 0;
    // "Mean comments per post": the average's own unit, already in the metric.
    if (perEntity && metric?.aggregation === 'average' && metric.table === dimension.table) continue;
    if (perEntity && reading.sort === null && reading.limit === null) {
      // "Revenue per customer" asks for an average, which the layer does not define: not a list of every customer.
      reading.problems.push(
        `${metric?.label.toLowerCase() ?? 'that'} per ${dimension.label.toLowerCase()} as an average`,
      );
      continue;
    }
    if (!reading.dimensions.includes(name)) reading.dimensions.push(name);
    if (nearSuperlative(mention.position)) reading.singular ??= !mention.plural;
  }

  // Filters and value comparisons.
  const byDimension = new Map<string, { values: string[]; negated: boolean; positions: number[] }>();
  for (const mention of valueMentions) {
    const word = items[mention.position]?.text ?? '';
    // "Revenue after refunds": whether the figure already leaves them out depends on its definition; never guess.
    const netOf = new RegExp(`\\b(after|minus|less|net of) (?:the |all )?${word}\\b`).exec(normalized);
    if (netOf && excludedAlready(metric, mention.candidates)) continue;
    if (netOf) {
      reading.problems.push(
        `what "${netOf[0]}" means for ${metric?.label.toLowerCase() ?? 'that figure'} (${metric?.description || 'see its definition'})`,
      );
      continue;
    }
    const readings = mention.narrowed ? [] : valueReadings(word, mention.candidates, metric ?? carried, index);
    if (readings.length > 0) {
      reading.ambiguities.push({ word, readings });
      continue;
    }
    const dimension = resolveDimension(mention.candidates.map((candidate) => candidate.dimension));
    if (dimension === null) {
      reading.problems.push(`${metric?.label.toLowerCase() ?? 'that'} for "${items[mention.position]?.text}"`);
      continue;
    }
    const value = mention.candidates.find((candidate) => candidate.dimension === dimension)?.value as string;
    const entry = byDimension.get(dimension) ?? { values: [], negated: mention.negated, positions: [] };
    if (!entry.values.includes(value)) entry.values.push(value);
    entry.positions.push(mention.position);
    byDimension.set(dimension, entry);
  }
  for (const [dimension, entry] of byDimension) {
    if (entry.negated) {
      reading.filters.push({ dimension, operator: 'neq', values: entry.values });
    } else if (entry.values.length === 2 && reading.valueComparison === null) {
      reading.valueComparison = { dimension, values: [entry.values[0] as string, entry.values[1] as string] };
    } else if (entry.values.length > 2) {
      reading.filters.push({ dimension, operator: 'in', values: entry.values });
      if (!reading.dimensions.includes(dimension)) reading.dimensions.push(dimension);
    } else {
      reading.filters.push({ dimension, operator: 'eq', values: entry.values });
    }
  }

  // Time.
  for (const mention of slots.time) {
    if (mention.kind === 'range') {
      reading.ranges.push(mention.range);
      if (mention.compared) reading.comparedRange = mention.range;
    } else if (mention.kind === 'previous') reading.previous = true;
  }

  // Ranking size: "top 5", "5 best", "show 10".
  for (const number of slots.numbers) {
    const before = items.filter((item) => item.position < number.position).at(-1);
    const after = items.find((item) => item.position > number.position);
    const beforeKey = before ? keywordOf(before) : null;
    const afterKey = after ? keywordOf(after) : null;
    const adjacentBefore = before && before.position + before.text.split(' ').length === number.position;
    const adjacentAfter = after && after.position === number.position + 1;
    if (
      (adjacentBefore &&
        (beforeKey === 'desc' || beforeKey === 'asc' || beforeKey === 'show' || beforeKey === 'only')) ||
      (adjacentAfter && (afterKey === 'desc' || afterKey === 'asc')) ||
      (adjacentAfter && after && (dimensionsOf(after).length > 0 || (afterKey !== null && afterKey in GRAIN_KEYS)))
    ) {
      reading.limit = Math.min(number.value, 1000);
      if (reading.limit > 0) continue;
    }
    reading.problems.push(`the number ${number.value}`);
  }
  return reading;
}

function isPreviousSpan(main: TimeRange, other: TimeRange, today: string): boolean {
  // "This year vs last year": the same span of last year, not all of it (the year so far is not over).
  if (
    main.kind === 'relative' &&
    main.anchor === 'this' &&
    other.kind === 'relative' &&
    other.anchor === 'last' &&
    other.unit === main.unit &&
    other.count === 1
  ) {
    return main.unit !== 'day';
  }
  const previous = previousSpan(main, today);
  const span = resolveTimeRange(other, today);
  return previous !== null && previous.from === span.from && previous.to === span.to;
}

function autoGrain(range: TimeRange, today: string): TimeUnit {
  const span = resolveTimeRange(range, today);
  if (span.from === null) return 'month';
  const days = daysBetween(span.from, span.to);
  if (days <= 31) return 'day';
  if (days <= 92) return 'week';
  return 'month';
}

/** Applies the time slots (ranges, comparisons between periods, time series) to a plan under construction. */
function applyTime(plan: QueryPlan, reading: Reading, today: string): QueryPlan | string {
  let next = { ...plan };
  const ranges = [...reading.ranges];
  if (ranges.length > 2) return 'more than two periods in one question';
  // "Q3 to date": all time only says the other period runs up to today.
  if (ranges.length === 2 && !reading.comparing && ranges.some((range) => range.kind === 'all'))
    ranges.splice(
      ranges.findIndex((range) => range.kind === 'all'),
      1,
    );
  if (ranges.length === 2 && !reading.comparing && !reading.change && !reading.previous) {
    // Two periods without a comparing word: "in 2025 in Q4" means the narrower one, "January and February" both.
    const [a, b] = ranges.map((range) => resolveTimeRange(range, today)) as [DateSpan, DateSpan];
    const within = (inner: DateSpan, outer: DateSpan) =>
      (outer.from === null || (inner.from !== null && inner.from >= outer.from)) && inner.to <= outer.to;
    if (within(a, b)) ranges.splice(1, 1);
    else if (within(b, a)) ranges.splice(0, 1);
    else if (a.from !== null && b.from !== null && a.to >= b.from && b.to >= a.from) {
      ranges.splice(0, 2, { kind: 'absolute', from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to });
    } else return 'two separate periods at once (say "vs" to compare them)';
  }
  if (ranges.length === 2) {
    const [a, b] = ranges as [TimeRange, TimeRange];
    const spanA = resolveTimeRange(a, today);
    const spanB = resolveTimeRange(b, today);
    const [main, other] = (spanA.from ?? '') >= (spanB.from ?? '') ? [a, b] : [b, a];
    next = {
      ...next,
      timeRange: main,
      comparison: isPreviousSpan(main, other, today)
        ? { kind: 'previous_period' }
        : { kind: 'period', timeRange: other },
    };
  } else if (ranges.length === 1 && reading.comparedRange !== null) {
    // "vs last month" alone compares the current month (to date) with last month.
    const compared = reading.comparedRange;
    if (compared.kind !== 'relative' || compared.anchor !== 'last')
      return 'a comparison with that period without saying which period to compare';
    const main: TimeRange = { kind: 'relative', anchor: 'this', unit: compared.unit, count: 1 };
    next = {
      ...next,
      timeRange: main,
      comparison: isPreviousSpan(main, compared, today)
        ? { kind: 'previous_period' }
        : { kind: 'period', timeRange: compared },
    };
  } else if (ranges.length === 1) {
    next = { ...next, timeRange: ranges[0] as TimeRange };
    if (next.comparison?.kind === 'period' || next.comparison?.kind === 'previous_period') {
      next.comparison = { kind: 'previous_period' };
    }
  }
  if (reading.yearOverYear) {
    // Year over year: the same dates one year earlier (this year to date by default).
    if (ranges.length === 0) next.timeRange = { kind: 'relative', anchor: 'this', unit: 'year', count: 1 };
    const span = resolveTimeRange(next.timeRange, today);
    if (span.from === null) return 'a year-over-year comparison of all time';
    const compared: TimeRange = { kind: 'absolute', from: addMonths(span.from, -12), to: addMonths(span.to, -12) };
    next.comparison = isPreviousSpan(next.timeRange, compared, today)
      ? { kind: 'previous_period' }
      : { kind: 'period', timeRange: compared };
  }
  if (reading.previous) {
    if (next.timeRange.kind === 'all')
      return 'a comparison with the previous period needs a period (for example "last month")';
    next.comparison = { kind: 'previous_period' };
  }
  if (reading.change && !reading.previous && ranges.length < 2 && next.comparison === null && next.grain === null) {
    const range = next.timeRange;
    const single = range.kind === 'relative' && (range.anchor === 'this' || range.count === 1);
    if (single && !reading.overTime) next.comparison = { kind: 'previous_period' };
    else next.grain = autoGrain(range, today);
  }
  if (reading.overTime && next.grain === null) next.grain = autoGrain(next.timeRange, today);
  if (next.comparison && next.comparison.kind !== 'values' && next.grain !== null) {
    return 'a comparison between periods and a time series at once';
  }
  return next;
}

const CURRENT_UNIT =
  /\b(?:this (week|month|quarter|year)(?: so far| to date)?|(week|month|quarter|year) to date|([wmqy])td)\b/i;
const TD_UNITS: Record<string, TimeUnit> = { w: 'week', m: 'month', q: 'quarter', y: 'year' };

/**
 * On the first day of a week, month, quarter or year, "this month" has no complete day of data yet (data
 * runs through yesterday): rather than answer "no value", offer the previous one.
 */
function notStartedYet(question: string, plan: QueryPlan, today: string): PlanDecision | null {
  const range = plan.timeRange;
  if (range.kind !== 'relative' || range.anchor !== 'this' || range.unit === 'day' || plan.comparison !== null)
    return null;
  if (resolveTimeRange(range, today).from !== today) return null;
  const match = CURRENT_UNIT.exec(question);
  const unit = match
    ? ((match[1] ?? match[2] ?? TD_UNITS[(match[3] ?? '').toLowerCase()]) as TimeUnit | undefined)
    : undefined;
  if (!match || unit !== range.unit) return null;
  const asked = `${question.slice(0, match.index)}last ${unit}${question.slice(match.index + match[0].length)}`;
  return {
    kind: 'clarify',
    text: `This ${unit} started today, so there is no complete day of data for it yet (the data runs through yesterday). Did you mean last ${unit}?`,
    word: match[0],
    options: [{ label: `Last ${unit}`, question: asked }],
  };
}

/** Applies the ranking slots (direction, how many) to a plan under construction. */
function applyRanking(plan: QueryPlan, reading: Reading, index: LayerIndex): QueryPlan {
  const next = { ...plan };
  const metric = index.metric(plan.metrics[0] as string);
  const subject = plan.dimensions.length > 0 || plan.grain !== null;
  if (reading.sort && subject && metric) {
    let direction = reading.sort;
    if (reading.evaluative && !metric.higherIsBetter) direction = direction === 'desc' ? 'asc' : 'desc';
    next.sort = { by: metric.name, direction };
    if (reading.limit !== null) next.limit = reading.limit;
    else if (reading.singular === true) next.limit = 1;
    else {
      const entity = plan.dimensions.some((name) => (index.dimension(name)?.details.length ?? 0) > 0);
      next.limit = entity ? 10 : null;
    }
  } else if ((reading.limit !== null || reading.rank) && subject && metric) {
    next.sort = { by: metric.name, direction: 'desc' };
    next.limit = reading.limit;
  }
  return next;
}

/** Builds a fresh plan from one question's reading. */
function planFrom(reading: Reading, today: string, index: LayerIndex): QueryPlan | string {
  if (reading.metrics.length === 0) return 'no figure I know is named';
  let plan: QueryPlan = {
    kind: 'query',
    metrics: reading.metrics,
    dimensions: reading.dimensions.slice(0, 2),
    filters: reading.filters,
    timeRange: { kind: 'all' },
    grain: reading.grain,
    sort: null,
    limit: null,
    comparison: reading.valueComparison ? { kind: 'values', ...reading.valueComparison } : null,
  };
  if (reading.dimensions.length > 2) return 'more than two breakdowns at once';
  if (reading.conditions.length > 0) plan.conditions = reading.conditions;
  if (reading.share) {
    const share = shareOf(reading, plan);
    if (typeof share === 'string') return share;
    plan.share = share;
  }
  // "What got the most likes" ranks the metric's entity (posts).
  if (reading.sort && plan.dimensions.length === 0 && plan.grain === null && plan.comparison === null) {
    // A count of the entity's own rows ranks nothing (every post is one post).
    const ranked = index.metric(plan.metrics[0] as string);
    const entity = ranked ? entityOfTable(index.layer, ranked.table) : null;
    const ownRows =
      ranked !== undefined &&
      ranked.aggregation.startsWith('count') &&
      index.dimension(entity ?? '')?.table === ranked.table;
    if (entity && index.dimension(entity) && !ownRows) {
      plan.dimensions = [entity];
      if (reading.limit === null) reading.singular = !reading.pluralValue;
    }
  }
  const timed = applyTime(plan, reading, today);
  if (typeof timed === 'string') return timed;
  plan = applyRanking(timed, reading, index);
  if (reading.limit !== null && plan.limit === null) return `the number ${reading.limit}`;
  // "Biggest order", "highest revenue": a ranking with nothing to rank is not a total.
  if (reading.sort !== null && plan.sort === null && plan.comparison === null) {
    return `a ranking without something to rank (for example "best month for ${index.layer.metrics[0]?.label.toLowerCase() ?? 'it'}")`;
  }
  return plan;
}

/** Applies a follow-up's reading to the previous plan. */
function followUp(base: QueryPlan, reading: Reading, today: string, index: LayerIndex): QueryPlan | string {
  let plan: QueryPlan = { ...base, filters: [...base.filters], dimensions: [...base.dimensions] };
  if (reading.conditions.length > 0) plan.conditions = reading.conditions;
  if (reading.widen && reading.limit === null) plan.limit = null;
  if (
    reading.metrics.length > 0 &&
    !(reading.metricImplied && reading.filters.length + (reading.valueComparison ? 1 : 0) > 0)
  ) {
    plan.metrics = reading.metrics;
    if (
      plan.sort &&
      !plan.metrics.includes(plan.sort.by) &&
      !plan.dimensions.includes(plan.sort.by) &&
      plan.sort.by !== 'period'
    ) {
      plan.sort = { ...plan.sort, by: plan.metrics[0] as string };
    }
  }
  for (const dimension of reading.removeFilters) {
    plan.filters = plan.filters.filter((filter) => filter.dimension !== dimension);
  }
  for (const filter of reading.filters) {
    const metric = index.metric(plan.metrics[0] as string);
    // A value names its dimension relative to the current metric ("tiktok" is an acquisition channel for customers).
    const candidates = index.layer.dimensions
      .filter((dimension) => dimension.values.some((value) => filter.values.every((wanted) => wanted === value.value)))
      .map((dimension) => dimension.name);
    const dimension =
      pickDimension(
        candidates.includes(filter.dimension) ? [filter.dimension, ...candidates] : candidates,
        metric,
        index,
      ) ?? filter.dimension;
    const moved = { ...filter, dimension };
    if (plan.comparison?.kind === 'values' && plan.comparison.dimension === dimension) plan.comparison = null;
    const existing = plan.filters.findIndex((known) => known.dimension === dimension);
    if (existing >= 0) plan.filters[existing] = moved;
    else plan.filters.push(moved);
  }
  if (reading.valueComparison) {
    plan.comparison = { kind: 'values', ...reading.valueComparison };
    plan.filters = plan.filters.filter((filter) => filter.dimension !== reading.valueComparison?.dimension);
  }
  if (reading.dimensions.length > 0) {
    // "And for every category" after "apparel": a breakdown by a dimension widens a filter carried on it.
    plan.filters = plan.filters.filter(
      (filter) =>
        !reading.dimensions.includes(filter.dimension) ||
        reading.filters.some((own) => own.dimension === filter.dimension),
    );
    const fresh = reading.dimensions.filter((name) => !plan.dimensions.includes(name));
    if (reading.instead || plan.dimensions.length === 0) plan.dimensions = reading.dimensions.slice(0, 2);
    else if (reading.breakdown && plan.dimensions.length === 1)
      plan.dimensions = [...plan.dimensions, ...fresh].slice(0, 2);
    else plan.dimensions = reading.dimensions.slice(0, 2);
    if (plan.sort && !plan.metrics.includes(plan.sort.by) && !plan.dimensions.includes(plan.sort.by)) plan.sort = null;
    if (plan.grain !== null && !reading.grain) plan.grain = null;
  }
  if (reading.grain !== null) {
    plan.grain = reading.grain;
    if (plan.comparison?.kind !== 'values') plan.comparison = null;
    if (plan.sort?.by !== 'period' && reading.sort === null) {
      plan.sort = null;
      plan.limit = null;
    }
  }
  if (reading.previous && !reading.comparing && reading.ranges.length === 0 && plan.comparison === null) {
    // "And the month before that?" moves the period back rather than comparing with it.
    const span = previousSpan(plan.timeRange, today);
    if (span === null) return 'the period before all time';
    plan.timeRange = { kind: 'absolute', from: span.from, to: span.to };
  } else if (reading.ranges.length > 0 || reading.previous || reading.change || reading.overTime) {
    if (
      reading.ranges.length > 0 &&
      plan.comparison?.kind !== 'values' &&
      reading.ranges.length === 1 &&
      !reading.previous
    ) {
      // A new single period keeps a previous-period comparison, relative to the new period.
      plan.comparison = plan.comparison ? { kind: 'previous_period' } : null;
    }
    const timed = applyTime(plan, reading, today);
    if (typeof timed === 'string') return timed;
    plan = timed;
  }
  if (checkPlan(plan, index.layer) !== null) {
    // "Break that down by category" after revenue: the finer-grained alternative metric can be broken down.
    const current = plan;
    const alternatives = current.metrics.map((name) => index.metric(name)?.alternatives[0] ?? name);
    const swapped: QueryPlan = {
      ...current,
      metrics: alternatives,
      sort:
        current.sort && current.metrics.includes(current.sort.by)
          ? { ...current.sort, by: alternatives[current.metrics.indexOf(current.sort.by)] as string }
          : current.sort,
    };
    if (checkPlan(swapped, index.layer) === null) plan = swapped;
  }
  if (reading.sort !== null || reading.limit !== null || reading.rank) {
    const ranked = applyRanking(
      { ...plan, limit: plan.limit },
      { ...reading, singular: reading.singular ?? (plan.limit === 1 ? true : null) },
      index,
    );
    if (reading.limit === null && reading.sort !== null && plan.sort) ranked.limit = plan.limit;
    plan = ranked;
  }
  return plan;
}

function emptyReading(reading: Reading): boolean {
  return (
    reading.metrics.length === 0 &&
    reading.dimensions.length === 0 &&
    reading.filters.length === 0 &&
    reading.valueComparison === null &&
    reading.ranges.length === 0 &&
    !reading.previous &&
    reading.grain === null &&
    !reading.overTime &&
    reading.sort === null &&
    reading.limit === null &&
    reading.removeFilters.length === 0 &&
    reading.conditions.length === 0 &&
    !reading.widen
  );
}

/**
 * "Where do my customers come from": a place or a source, of which the layer may have several. Asks which,
 * with one answerable question per reading; null when the question names no figure to break down.
 */
function whereQuestion(request: ParseRequest, slots: Slots, index: LayerIndex): PlanDecision | null {
  const metric = slots.items.map(metricOf).find((meaning) => meaning !== undefined);
  const known = metric?.type === 'metric' ? index.metric(metric.name) : undefined;
  if (!known) return null;
  const dimensions = whereDimensions(known, index);
  if (dimensions.length === 0) return null;
  const period = slots.time
    .filter((mention) => mention.kind === 'range')
    .map((mention) => mention.text.trim())
    .join(' ');
  const answerable = (question: string) => parseWithin({ ...request, question, history: [] }, true).kind === 'query';
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

/** "And the rest?", "show all of them", "the full list": a follow-up that drops the previous limit. */
const WIDEN =
  /\b(?:the rest|the others|all the others|everything else|everything|all of them|all of it|the full list|the whole list|full list|show all|see all|list all|all rows|all results|the remaining(?: ones)?)\b/i;

/**
 * A row named by its name ("Cedar Backpack"): a filter on its key. A metric that cannot reach the row's table
 * gives way to its finer-grained alternative (revenue of a product is its product revenue).
 */
function applyNamedFilter(reading: Reading, filter: Filter, index: LayerIndex): void {
  reading.filters = reading.filters.filter((known) => known.dimension !== filter.dimension);
  reading.filters.push(filter);
  const dimension = index.dimension(filter.dimension);
  if (!dimension) return;
  reading.metrics = reading.metrics.map((name) => {
    const metric = index.metric(name);
    if (!metric || index.reachable(metric, dimension)) return name;
    return (
      metric.alternatives.find((alternative) => {
        const candidate = index.metric(alternative);
        return candidate !== undefined && index.reachable(candidate, dimension);
      }) ?? name
    );
  });
  // "Cedar Backpack sales by month": the named row is a filter, not a one-row breakdown.
  reading.dimensions = reading.dimensions.filter((name) => name !== filter.dimension);
}

/** "The biggest order", "the 3 cheapest products": the entity ranked by the size word's metric. */
function applyExtreme(reading: Reading, extreme: ExtremeMention): void {
  if (reading.metrics.length === 0 || reading.metricImplied) {
    reading.metrics = [extreme.metric];
    reading.metricImplied = false;
  }
  if (!reading.dimensions.includes(extreme.dimension)) reading.dimensions.unshift(extreme.dimension);
  reading.sort = extreme.direction;
  reading.evaluative = false;
  if (extreme.limit !== null) reading.limit = extreme.limit;
  else reading.singular = !extreme.plural;
}

/** The share a reading asks for: of its one filtered part, or of each row of its breakdown. */
function shareOf(reading: Reading, plan: QueryPlan): { dimension: string | null } | string {
  const parts = plan.filters.filter((filter) => filter.operator !== 'neq');
  if (parts.length === 1) return { dimension: (parts[0] as Filter).dimension };
  if (parts.length === 0 && (plan.dimensions.length > 0 || plan.grain !== null)) return { dimension: null };
  return parts.length > 1
    ? 'a share with more than one part named (say which one is the part)'
    : 'a share without saying of which part (for example "from the Instagram Shop" or "by country")';
}

/**
 * "Big orders": a size word without an amount. What counts as big is the merchant's call, so askql asks: the
 * question without the word, or the biggest ones, whichever can be answered.
 */
function vagueSize(
  request: ParseRequest,
  vague: { word: string; phrase: string; noun: string; direction: 'asc' | 'desc' },
  rephrased: boolean,
  layer: SemanticLayer,
): PlanDecision {
  const question = request.question;
  const text = `What counts as "${vague.word}"? Give an amount (for example "${vague.noun} ${vague.direction === 'desc' ? 'over' : 'under'} 100"), or pick one of these.`;
  if (rephrased)
    return { ...unanswerable(`I don't know what counts as "${vague.word}": give an amount`, layer), word: vague.word };
  const index = question.toLowerCase().indexOf(vague.phrase);
  const candidates =
    index < 0
      ? []
      : [
          {
            label: `The 10 ${superlativeOf(vague.word)} ${vague.noun}`,
            phrase: `10 ${superlativeOf(vague.word)} ${vague.noun}`,
          },
          { label: `All ${vague.noun}`, phrase: vague.noun },
        ];
  const options = candidates
    .map((candidate) => ({
      label: candidate.label,
      question: `${question.slice(0, index)}${candidate.phrase}${question.slice(index + vague.phrase.length)}`,
    }))
    .filter((option) => parseWithin({ ...request, question: option.question }, true).kind === 'query');
  if (options.length === 0)
    return { ...unanswerable(`I don't know what counts as "${vague.word}": give an amount`, layer), word: vague.word };
  return { kind: 'clarify', text, word: vague.word, options };
}

function superlativeOf(word: string): string {
  if (word.endsWith('e')) return `${word}st`;
  if (word.endsWith('y')) return `${word.slice(0, -1)}iest`;
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(word)) return `${word}${word.at(-1)}est`;
  if (word.includes(' ') || word.length > 7) return `most ${word}`;
  return `${word}est`;
}

/**
 * Parses a question (with the conversation so far) into a plan, or a reply when no data is needed
 * (greeting, help) or the question cannot be answered with the semantic layer.
 */
export function parseQuestion(request: ParseRequest): PlanDecision {
  return parseWithin(request, false);
}

/** `rephrased`: an option of a clarification, which must be answerable as it stands (it never asks again). */
function parseWithin(request: ParseRequest, rephrased: boolean): PlanDecision {
  const layer = request.layer;
  const index = indexLayer(layer);
  const vocabulary = vocabularyOf(layer);
  const question = request.question.trim();
  if (question === '') return decline('help', 'Ask me a question about your data.', layer);
  if (question.length > MAX_QUESTION_LENGTH) {
    return decline(
      'unanswerable',
      `That is longer than a question (${MAX_QUESTION_LENGTH} characters at most): ask one thing at a time.`,
      layer,
    );
  }
  const carried = [...request.history].reverse().find((turn) => turn.plan !== null)?.plan?.conditions ?? [];
  const named = scanNames(question, request.names ?? []);
  const rows = scanRowPhrases(named.text, vocabulary, index, carried);
  if (rows.vague) return vagueSize(request, rows.vague, rephrased, layer);
  const shared = scanShare(rows.text);
  const weekPart = scanWeekParts(shared.text, index);
  const widened = WIDEN.exec(weekPart.text);
  const fiscal = scanFiscal(
    widened ? weekPart.text.replace(WIDEN, (match) => ' '.repeat(match.length)) : weekPart.text,
    request.today,
    layer,
  );
  if (fiscal.unknown !== null) {
    // The layer does not say when the fiscal year starts: ask whether the calendar period was meant.
    const calendar = fiscal.calendar;
    const word = fiscal.unknown;
    if (!rephrased && calendar !== null && parseWithin({ ...request, question: calendar }, true).kind === 'query') {
      return {
        kind: 'clarify',
        text: `Your data does not say when your fiscal year starts, so I can't tell which dates "${word}" covers. Did you mean the calendar period?`,
        word,
        options: [{ label: calendar, question: calendar }],
      };
    }
    return {
      ...unanswerable(
        `your data does not say when your fiscal year starts, so I can't tell which dates "${word}" covers`,
        layer,
      ),
      word,
    };
  }
  const rest = fiscal.text;
  const slots = read(rest, request.today, vocabulary);
  const keys = new Set(slots.items.map(keywordOf).filter((key): key is Keyword => key !== null));

  if (keys.has('other_users')) {
    return unanswerable('I can only see your own data, not other users, stores or benchmarks', layer);
  }
  if (keys.has('write')) return unanswerable('I can only read your data, not change it or act on it', layer);
  if (slots.time.some((mention) => mention.kind === 'future')) {
    return unanswerable('I report on what has happened; I cannot forecast the future', layer);
  }
  if (keys.has('why')) {
    return unanswerable('I can show the numbers, but not explain why they moved or give advice', layer);
  }
  const meaningful = slots.items.filter((item) => {
    const key = keywordOf(item);
    return key !== 'greeting' && key !== 'thanks' && key !== 'help' && key !== 'which' && key !== 'show';
  });
  if (keys.has('help') && meaningful.length === 0 && slots.unknown.length === 0) {
    return { kind: 'reply', reason: 'help', text: helpText(layer), suggestions: suggestionsFor(layer) };
  }
  if (
    (keys.has('greeting') || keys.has('thanks')) &&
    meaningful.length === 0 &&
    slots.time.length === 0 &&
    slots.unknown.length === 0
  ) {
    return {
      kind: 'reply',
      reason: 'greeting',
      text:
        keys.has('thanks') && !keys.has('greeting')
          ? 'You are welcome! Ask me anything else about your data.'
          : `Hello! ${helpText(layer)}`,
      suggestions: suggestionsFor(layer),
    };
  }
  if (slots.unknown.length === 1 && slots.unknown[0] === 'where' && !rephrased) {
    const asked = whereQuestion(request, slots, index);
    if (asked) return asked;
  }
  if (slots.unknown.length > 0) {
    const terms = slots.unknown.map((word) => `"${word}"`).join(', ');
    return {
      ...unanswerable(`I don't know what ${terms} refers to in your data`, layer),
      word: slots.unknown[0] ?? null,
    };
  }

  const base = [...request.history].reverse().find((turn) => turn.plan !== null)?.plan ?? null;
  const reading = interpret(slots, index, rest, index.metric(base?.metrics[0] ?? ''));
  if (rows.problems.length > 0 || weekPart.unknown) {
    const what = [
      ...rows.problems,
      ...(weekPart.unknown ? [`"${weekPart.unknown}" (no day of the week in your data)`] : []),
    ];
    return { ...unanswerable(`I can't work out ${what.join(' or ')}`, layer), word: weekPart.unknown ?? null };
  }
  reading.conditions = [...rows.conditions];
  reading.share = shared.share;
  reading.widen = widened !== null;
  if (weekPart.filter) {
    reading.filters = reading.filters.filter((filter) => filter.dimension !== weekPart.filter?.dimension);
    reading.filters.push(weekPart.filter);
    reading.dimensions = reading.dimensions.filter((name) => name !== weekPart.filter?.dimension);
  }
  if (rows.extreme) applyExtreme(reading, rows.extreme);
  if (fiscal.range) reading.ranges.push(fiscal.range);
  for (const filter of named.filters) applyNamedFilter(reading, filter, index);
  const condition = reading.conditions[0];
  const listAsked = /^(?:list|show|which|what)\b/i.test(rest.trim()) && !slots.items.some((item) => has(item, 'count'));
  if (condition && listAsked && (reading.metrics.length === 0 || reading.metricImplied) && reading.sort === null) {
    // "Show products under $25", "which posts got more than 5000 likes": the rows, with the figure they were chosen by.
    reading.metrics = [condition.metric];
    reading.metricImplied = false;
    if (!reading.dimensions.includes(condition.dimension))
      reading.dimensions = [
        condition.dimension,
        ...reading.dimensions.filter(
          (name) => index.dimension(name)?.table !== index.dimension(condition.dimension)?.table,
        ),
      ];
  }
  if (reading.metrics.length === 0 && reading.conditions.length > 0 && !(base && reading.followUpCue)) {
    // "Posts with over 50k reach": how many of the rows pass.
    const metric = countMetricFor(index.dimension(reading.conditions[0]?.dimension ?? '')?.table, index);
    if (metric) reading.metrics.push(metric);
  }
  const ambiguity = reading.ambiguities[0];
  if (ambiguity && rephrased)
    return unanswerable(`"${ambiguity.word}" can mean more than one thing in your data`, layer);
  if (ambiguity) {
    const answerable = (asked: string) => parseWithin({ ...request, question: asked }, true).kind === 'query';
    const options = clarificationOptions(question, ambiguity, answerable);
    if (options.length > 0) {
      const text = `"${ambiguity.word}" can mean more than one thing in your data: ${options.map((option) => option.label).join(', or ')}. Which did you mean?`;
      return { kind: 'clarify', text, word: ambiguity.word, options };
    }
    return {
      ...unanswerable(
        `"${ambiguity.word}" can mean more than one thing in your data, and I could not tell which you meant`,
        layer,
      ),
      word: ambiguity.word,
    };
  }
  if (reading.problems.length > 0) return unanswerable(`I can't work out ${reading.problems.join(' or ')}`, layer);

  const followUpShaped = reading.followUpCue || reading.metrics.length === 0 || reading.metricImplied;
  let plan: QueryPlan | string;
  let change: string | null = null;
  if (base && followUpShaped && !emptyReading(reading)) {
    plan = followUp(base, reading, request.today, index);
    if (typeof plan !== 'string') change = describeChange(base, plan, layer);
  } else if (reading.metrics.length === 0) {
    const figureless = emptyReading(reading) && !keys.has('change') && !keys.has('perform') && !keys.has('count');
    if (!figureless && !rephrased) {
      const answerable = (asked: string) => parseWithin({ ...request, question: asked }, true).kind === 'query';
      const choice = figureChoice(question, layer, keys.has('count'), answerable);
      if (choice) return choice;
    }
    return unanswerable(
      figureless
        ? 'I could not find a question about your data in that'
        : `which figure do you want (${figureExamples(layer)})?`,
      layer,
    );
  } else {
    plan = planFrom(reading, request.today, index);
  }
  if (typeof plan === 'string') return unanswerable(`I can't answer ${plan}`, layer);
  if (!queryPlanModel.safeParse(plan).success)
    return unanswerable('the period or the number of rows asked for is not possible', layer);
  const span = resolveTimeRange(plan.timeRange, request.today);
  if (span.from !== null && span.from > request.today) {
    return unanswerable('that period is in the future, and I report on what has happened', layer);
  }
  const problem = checkPlan(plan, layer);
  if (problem) return unanswerable(problem, layer);
  const empty = notStartedYet(question, plan, request.today);
  if (empty) return empty;
  plan = withLayerWeeks(plan, request.today, layer);
  return { kind: 'query', plan, summary: describePlan(plan, layer), change };
}
