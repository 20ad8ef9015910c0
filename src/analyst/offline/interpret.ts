import type { Filter, RowCondition, TimeRange, TimeUnit } from '../plan.js';
import { yearlessPart } from './calendar.js';
import {
  countsCreations,
  creationColumn,
  madeColumn,
  moneyReaching,
  countsRowsOf,
  rowNoun,
  type Dimension,
  type LayerIndex,
  type Metric,
} from '../semantic-layer.js';
import {
  dimensionReadings,
  escapeRegExp,
  exactlyNamed,
  buyerReadings,
  rankedByOwnFigure,
  valueReadings,
  valueWithOwnFigure,
  withOwnFigure,
  totalOrRateOf,
  type Ambiguity,
} from './ambiguity.js';
import { entityDimensions, entityOfTable, holdsPeople } from '../layer-words.js';
import {
  countMetricFor,
  valueKeptBy,
  countOfThingsBy,
  createdCount,
  excludedAlready,
  figuresFor,
  isQuantityOf,
  joinedCount,
  moneyMetricFor,
  peopleBehind,
  peopleCounted,
  pickDimension,
  rowCountReadings,
  rowsCountedBy,
  tableNamedBy,
  eventCountSaid,
} from './layer-figures.js';
import { countsReaching, tableNounOf } from './layer-vocabulary.js';
import {
  ACQUIRED,
  BOUGHT,
  COMPARE_WORD,
  ORDERS_HOLDING,
  CREATION,
  EVALUATIVE,
  FOLLOW_UP_CUE,
  GRAIN_KEYS,
  isVagueFigure,
  MONEY_ASKED,
  PARTICIPLE,
  perUnitOf,
  PER_WORD,
  STOCK,
  STORE,
  WEAK_METRIC_WORDS,
} from './reading-words.js';
import {
  dimensionsOf,
  has,
  itemRightAfter,
  keywordOf,
  metricOf,
  normalize,
  valuesOf,
  type Item,
  type Slots,
} from './slots.js';
import { stem } from './vocabulary.js';

/**
 * The parser's second step: the slots of one question interpreted as a reading — which metrics, breakdowns,
 * filters, periods, ranking and comparison it asks for — before history and the layer's checks.
 */

/** What a question asks for, before it is checked against history and the layer. */
export interface Reading {
  metrics: string[];
  /** A metric came only from a default (the dimension's usual metric), not from the question's words. */
  metricImplied: boolean;
  /** Two periods said as one stretch ("January and February"), not apart. */
  periodsJoined: boolean;
  /** An average per unit of time ("average daily revenue"): the total over the period divided by its days. */
  per: 'day' | 'week' | 'month' | null;
  /** An average per row of a thing of the metric's own table ("the average invoice"): that thing's dimension. */
  perRow: string | null;
  /** The metric came from an everyday verb ("i sell", "we made"), which a size word's own figure overrides. */
  metricWeak: boolean;
  dimensions: string[];
  grain: TimeUnit | null;
  overTime: boolean;
  filters: Filter[];
  valueComparison: { dimension: string; values: [string, string] } | null;
  ranges: TimeRange[];
  /** "Subscribers who joined in May": the people kept by when they were created, and where that period was said. */
  joined: { table: string; timeRange: TimeRange; start: number; made?: boolean } | null;
  previous: boolean;
  /** "Vs a week before": the unit the period before is said in, when one is ("the same span just before" if not). */
  previousBy: TimeUnit | null;
  /** "Vs the previous month": the unit said after "previous", which names a whole one of its own. */
  previousNamed: TimeUnit | null;
  /** "The 2 months before that": how many of which unit were said, for a follow-up that moves its period back. */
  previousSaid: { readonly unit: TimeUnit; readonly count: number } | null;
  /** "All of 2025", "the whole year": a period meant whole, never the same stretch of it as before. */
  wholeSaid: boolean;
  change: boolean;
  sort: 'asc' | 'desc' | null;
  evaluative: boolean;
  /** A word judged the rows ("best", "worst"), not just sized them ("top"): lower is better flips the order. */
  judged: boolean;
  singular: boolean | null;
  limit: number | null;
  rank: boolean;
  /** A figure said after "by" ("by post count"): after a ranking, rank by it. */
  byFigure: boolean;
  /** "How many" was asked: a count, whatever figure the conversation was about. */
  howMany: boolean;
  removeFilters: string[];
  /** "After refunds" of a figure that leaves those rows out already: the words, as said. */
  leftOutAlready: string[];
  breakdown: boolean;
  instead: boolean;
  followUpCue: boolean;
  /** "which"/"what" asks for the thing, not a figure ("what sold the most"). */
  which: boolean;
  /** "List my refunded orders", "show me my instagram photos": the rows themselves are asked for. */
  listed: boolean;
  /** "How many customers did we have in July": the people's word, when it may mean joined then or all by its end. */
  hadThen: string | null;
  /** "Which one": a single answer. */
  oneAsked: boolean;
  /** The question uses a comparing word ("compare", "vs", "than"). */
  comparing: boolean;
  /** "Year over year", "YoY": compared with the same dates a year earlier. */
  yearOverYear: boolean;
  /**
   * "Vs all of last week", "against the whole of last month", "against last quarter's total": the earlier period in
   * full, not its same days.
   */
  wholeCompared: boolean;
  /**
   * "Cancellations this month so far vs last month": "so far" said of the current period alone, so the earlier one
   * is the whole of it, as named (never the same days, unless they are said).
   */
  soFarCompared: boolean;
  /** A single period introduced by "vs" ("likes vs last month"): compared against, from the current one. */
  comparedRange: TimeRange | null;
  /** The one period named is a part of a year said without its year ("the first half", "q3", "april"). */
  yearless: boolean;
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
  /**
   * In a share, the dimensions of values said before the figure ("what % of Instagram Shop revenue comes from
   * each country"): they pick the whole, not the part.
   */
  shareWhole: string[];
  /** In a share, a part said after the figure ("what % of orders came from France"), not only a condition. */
  sharePartAfter: boolean;
  /** "And the rest?", "show all": the whole list, not the first few. */
  widen: boolean;
  /** "And reels too", "plus carousels", "images as well": a value added to the one carried, not put in its place. */
  alsoSaid: boolean;
  /** "And overall?" after a breakdown or a list: the same figure as one total. */
  total: boolean;
  /**
   * How well something did, with no figure to say it by ("how did my content do"): the figures to offer,
   * most likely first (empty: any of the layer's). Null when the question names its figure.
   */
  figuresToOffer: string[] | null;
  /** "The average per customer" with no figure named: the thing it is per, whose figures are offered. */
  averagePer: string | null;
  /** The vague word an offered figure replaces in the question re-asked ("performance" → "revenue"). */
  figureWord: string | null;
  /**
   * "Revenue from my best customers": a figure of the things a ranking word picks, with nothing to say how many
   * or by what they are best. The ranking word, to ask about; null otherwise.
   */
  vagueRanking: string | null;
  /**
   * "How many of my posts went viral": a count of the things a judging word picks, with no figure or amount to
   * say which. The word, the things and the period as typed, to ask about; null otherwise.
   */
  vagueCount: { readonly word: string; readonly dimension: string; readonly period: string } | null;
}

/**
 * "IG reels vs TikTok videos": two values of each of two dimensions, said in pairs (one of each, then the other
 * of each), are two combinations; one comparison keeping both values of the other dimension on both sides would
 * answer another question. What to say when they are, or null.
 */
function crossedPairs(
  entries: readonly {
    readonly values: readonly string[];
    readonly negated: boolean;
    readonly positions: readonly number[];
  }[],
  items: readonly Item[],
): string | null {
  const pairs = entries
    .filter((entry) => !entry.negated && entry.values.length === 2 && entry.positions.length === 2)
    .map((entry) => [...entry.positions].sort((a, b) => a - b) as [number, number]);
  const [one, other] = pairs;
  if (pairs.length !== 2 || !one || !other || Math.max(one[0], other[0]) > Math.min(one[1], other[1])) return null;
  const said = (positions: number[]) =>
    positions
      .sort((a, b) => a - b)
      .map((position) => items[position]?.text ?? '')
      .join(' ');
  return `two combinations set against each other ("${said([one[0], other[0]])}" against "${said([one[1], other[1]])}"); ask for each on its own`;
}

/** "Posts we have put live", "orders we have sent": "have" helping another verb holds nothing (no "had then"). */
const HAD_AS_VERB =
  /\b(?:have|had|has)\b(?! (?:(?:just|already|ever|never|since|now) )?(?:[a-z]+ed|[a-z]+en|put|made|got|sold|sent|done|run|set|paid|bought|brought|taught|built|kept|won|spent|lost|shipped)\b)/;

/** Interprets the slots of one question, without history. */
export function interpret(
  slots: Slots,
  index: LayerIndex,
  question: string,
  context: {
    /** The previous question's first metric, for a follow-up. */
    readonly carried?: Metric;
    /** The previous question's breakdowns and filters: "just Instagram" after "by platform" is the platform. */
    readonly carriedDimensions?: readonly string[];
    /** A share was asked ("what fraction of my customers"), its words already read out of `question`. */
    readonly shareAsked?: boolean;
    /** Tables whose rows values read out of `question` already pick ("properties with 4 or more bedrooms"). */
    readonly namedTables?: readonly string[];
    /** The whole question counts every row there has been ("ever", "have had"), never the ones there now. */
    readonly everAsked?: boolean;
  } = {},
): Reading {
  const { carried, carriedDimensions = [], shareAsked = false, namedTables = [], everAsked = false } = context;
  const { items } = slots;
  const reading: Reading = {
    metrics: [],
    metricImplied: false,
    metricWeak: false,
    periodsJoined: false,
    per: null,
    perRow: null,
    dimensions: [],
    grain: null,
    overTime: false,
    filters: [],
    valueComparison: null,
    ranges: [],
    joined: null,
    previous: false,
    previousBy: null,
    previousNamed: null,
    previousSaid: null,
    wholeSaid: /\b(?:all of|the whole of|(?:the )?(?:whole|entire|full) (?:year|quarter|month|thing))\b/.test(
      normalize(question),
    ),
    change: false,
    sort: null,
    evaluative: false,
    judged: false,
    singular: null,
    limit: null,
    rank: false,
    byFigure: false,
    howMany: false,
    removeFilters: [],
    leftOutAlready: [],
    breakdown: false,
    instead: false,
    followUpCue: FOLLOW_UP_CUE.test(normalize(question).trim()),
    figuresToOffer: null,
    averagePer: null,
    figureWord: null,
    vagueRanking: null,
    vagueCount: null,
    which: items.some((item) => has(item, 'which')),
    listed: false,
    hadThen: null,
    // "Which one", "the most likes one of my posts got", "the most a single order made", "which of my posts got
    // the most comments": one row.
    oneAsked:
      /\b(?:(?:which|what) one|one of (?:my|our|the)|a single|any single|any one|(?:most|fewest|least|highest|lowest|biggest|smallest|largest)\b.* any of (?:my|our|the))\b|\bwhich of (?:all )?(?:my|our|the) .*\bthe (?:most|fewest|least|highest|lowest|biggest|smallest|largest|best|worst)\b(?! \d)/.test(
        normalize(question),
      ),
    comparedRange: null,
    yearless: false,
    yearOverYear: items.some((item) => has(item, 'yoy')),
    wholeCompared:
      /\b(?:vs|versus|against|compared (?:to|with)|than) (?:all of|(?:the )?whole of|(?:the )?(?:whole|entire|full)|all) (?=(?:last|the last|previous|the previous|prior|the prior) (?:week|month|quarter|year)\b|(?:q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\b(?:last|previous|prior) (?:week|month|quarter|year)(?: in full| as a whole|(?: s)? (?:full |whole |entire )?total)\b/.test(
        normalize(question),
      ),
    soFarCompared:
      /\bso far\b/.test(normalize(question)) &&
      ![normalize(question), slots.text, ...slots.time.map((mention) => mention.text)].some((text) =>
        /\bsame (?:days?|dates?|point|period|time|stretch|span|weeks?|part)\b|\bby this (?:time|point)\b|\blike[- ]for[- ]like\b|\bso far (?:last|the|that|in)\b/.test(
          text,
        ),
      ),
    comparing:
      items.some((item) => has(item, 'vs')) ||
      // ("Revenue over the last 10 days, 5 to 14 March": "over" first says the span, never a comparison.)
      slots.time.some(
        (mention, at) =>
          /^(?:vs|versus|compared|against|than)\b/.test(mention.text) || (at > 0 && /^over\b/.test(mention.text)),
      ) ||
      // ("Did January beat December on sales": the second period after a verb of beating.)
      slots.time.some((mention) => mention.kind === 'range' && mention.compared === true),
    pluralValue: items.some((item) => item.plural && valuesOf(item).length > 0),
    problems: [],
    ambiguities: [],
    conditions: [],
    share: false,
    shareWhole: [],
    sharePartAfter: false,
    widen: false,
    alsoSaid:
      /\b(?:too|as well|also)\s*[?.!]*\s*$|^\s*(?:(?:and|ok|okay|now) )?(?:also|plus|add|include)\b|\bas well as\b/.test(
        question.toLowerCase(),
      ),
    total: false,
  };
  const keyAt = (position: number) => {
    const item = items[position];
    return item ? keywordOf(item) : null;
  };
  // "Which orders", "which instagram shop orders": "which" just before the thing, or before values that narrow it.
  // ("The Pro plan invoices": a value's kind said after it is part of the value.)
  const kindOfValue = (earlier: Item, at: number) =>
    at > 0 &&
    metricOf(earlier) === undefined &&
    valuesOf(items[at - 1] as Item).some((value) => dimensionsOf(earlier).includes(value.dimension));
  const whichBefore = (position: number): boolean => {
    for (let at = position - 1; at >= 0; at--) {
      if (keyAt(at) === 'which') return true;
      if (valuesOf(items[at] as Item).length === 0 && !kindOfValue(items[at] as Item, at)) return false;
    }
    return false;
  };

  // "Orders and posts by week", "posts and revenue by month": a word for both a count and its things, listed with
  // another figure, is that count.
  const plainFigureAt = (position: number) => {
    const item = items[position];
    return item !== undefined && metricOf(item) !== undefined && dimensionsOf(item).length === 0;
  };
  const joinerAt = (position: number) => {
    const item = items[position];
    return item !== undefined && (has(item, 'and') || has(item, 'vs'));
  };
  const listedWithFigure = (position: number) =>
    (joinerAt(position - 1) && plainFigureAt(position - 2)) || (joinerAt(position + 1) && plainFigureAt(position + 2));
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
      // ("Which billing region": a figure's word right before the thing is said of it, not a figure between.)
      const adjective =
        at === position - 1 &&
        /^which$/i.test(items[at - 1]?.text ?? '') &&
        between.position + between.text.split(' ').length === (items[position] as Item).position;
      if (isMetric && !adjective) metricBetween = true;
    }
    decided.set(position, result);
    return result;
  };
  const entityMentions: { dimension: string[]; position: number; plural: boolean }[] = [];
  // The positions of counted rows asked about one at a time ("which order"), set inside the loop below.
  const rowsAskedAt = new Set<number>();
  // Set inside the loop below (an object, so the narrowing of a `let` does not survive the callback).
  const listedBy: { name: string | null } = { name: null };
  const normalized = normalize(question).trim();
  // "Customers from France who signed up in February": the things named first, then which ones, with no
  // question word: the rows themselves, as "list" would ask.
  // ("Australian customers who signed up through email": values may come before the things.)
  const firstAt = items.findIndex(
    (item) => !(valuesOf(item).length > 0 && metricOf(item) === undefined && dimensionsOf(item).length === 0),
  );
  const first = items[firstAt];
  const namedRows =
    first !== undefined &&
    first.position <= firstAt + 1 &&
    ((first.plural && first.meanings.some((meaning) => meaning.type === 'dimension' || meaning.type === 'table')) ||
      // ("Customers who signed up" read as one figure: the things it counts, named first.)
      (/^[a-z]+s (?:who|that) /.test(first.text) && first.meanings.some((meaning) => meaning.type === 'metric'))) &&
    /^(?:(?:all|the|my|our) )?[a-z]+ (?:.+ )?(?:who|that) /.test(normalized) &&
    !items.some((item) => has(item, 'count'));
  const listing =
    (/^(?:(?:can|could|would|will) you (?:please |pls )?|please |pls )?(?:list|show|pull up|bring up|display|(?:give|get|send) me (?:all|every|a list of|the list of))\b/.test(
      normalized,
    ) ||
      namedRows) &&
    !/\b(?:by|per|each)\b/.test(normalized);
  reading.listed = listing;
  const countWanted = items.some((item) => has(item, 'count'));
  const onlyValues = (item: Item) =>
    valuesOf(item).length > 0 && metricOf(item) === undefined && dimensionsOf(item).length === 0;
  // Set inside the loop below: the rows a figure is asked per ("per invoice").
  const rowsPer: { name: string | null } = { name: null };
  items.forEach((item, position) => {
    const metric = metricOf(item);
    const dimensions = dimensionsOf(item);
    if (metric?.type !== 'metric') return;
    // "Billing tickets", where "billing" is a figure and a kind of ticket: a value said right before the noun of its
    // own dimension's rows is that value, never a figure.
    const rowsNext = tableNamedBy(items[position + 1]?.text ?? '', index);
    if (
      rowsNext !== null &&
      items[position + 1]?.position === item.position + item.text.split(' ').length &&
      valuesOf(item).some((value) => index.dimension(value.dimension)?.table === rowsNext) &&
      index.metric(metric.name)?.table !== rowsNext
    )
      return;
    // "Billing by invoice", "discounts per order": after a figure and "by"/"per", a word that counts rows names
    // those rows: a breakdown by them, or (after "per") the figure per row; never a second figure, never dropped.
    const counter = item.meanings
      .map((meaning) => (meaning.type === 'metric' ? index.metric(meaning.name) : undefined))
      .find((candidate) => candidate?.aggregation.startsWith('count') && rowsCountedBy(candidate, index) !== null);
    const figureBefore = items.slice(0, position).some((earlier) => metricOf(earlier) !== undefined);
    const thingBefore = items.slice(0, position).some((earlier) => dimensionsOf(earlier).length > 0);
    // Only "per"/"each", or "by" before a singular ("by invoice"): "by orders" ranks by the figure.
    // ("Billed per EMEA subscriber": values said between "per" and the rows narrow the rows; they stay filters.)
    let joinerAt = position - 1;
    while (joinerAt > 0 && onlyValues(items[joinerAt] as Item)) joinerAt -= 1;
    const joiner = items[joinerAt]?.text ?? '';
    const perWord = PER_WORD.test(joiner);
    const byRow = joiner === 'by' && !item.plural && !/\b(?:number|count|total)\b/.test(item.text);
    // "Gross profit per unit sold": a figure per another figure (not per row) is a ratio the layer does not define
    // here; never the first figure's total.
    // ("Average price paid per enrollment": an average over the rows a count names is per one of them already.)
    const averaged = items
      .slice(0, position)
      .map((earlier) => metricOf(earlier))
      .filter((earlier) => earlier?.type === 'metric')
      .map((earlier) => index.metric(earlier?.name ?? ''))
      .at(-1);
    const perRows = index.metric(metric.name);
    if (
      perWord &&
      (averaged?.aggregation === 'average' || averaged?.aggregation === 'ratio') &&
      perRows?.aggregation === 'count' &&
      perRows.table === averaged.table &&
      PER_WORD.test(items[position - 1]?.text ?? '')
    ) {
      claimed.add(position);
      return;
    }
    if (perWord && !counter && figureBefore && PER_WORD.test(items[position - 1]?.text ?? '')) {
      reading.problems.push(`"${joiner} ${item.text}" (a figure per another figure)`);
      return;
    }
    // ("Which country spends the most per order": after "per", the thing named before is the breakdown.)
    // ("Which platform has the most revenue per post": after "per", "post" is the rows, though it names a thing too.)
    // (Only beside a total: "average views per post" is per post already.)
    const figureSaid = [...items.slice(0, position)]
      .reverse()
      .map(metricOf)
      .find((found) => found !== undefined);
    const totalBefore =
      figureSaid?.type === 'metric' && /^(?:sum|count)$/.test(index.metric(figureSaid.name)?.aggregation ?? '');
    const theRowsOnly =
      counter !== undefined && totalBefore && dimensions.every((name) => name === rowsCountedBy(counter, index));
    if (
      (perWord || (byRow && !thingBefore)) &&
      counter &&
      (dimensions.length === 0 || (perWord && theRowsOnly)) &&
      figureBefore
    ) {
      // "Revenue per new customer": the ones who joined in the period are not the ones the figure's rows lead to;
      // which of them is meant is not for askql to guess.
      if (perWord && countsCreations(counter)) {
        reading.problems.push(
          `"${joiner} ${item.text}" (the ${item.text}s who joined then, or every one behind the figure)`,
        );
        return;
      }
      const rows = rowsCountedBy(counter, index) as string;
      if (perWord) rowsPer.name = rows;
      else entityMentions.push({ dimension: [rows], position, plural: false });
      return;
    }
    // "List every invoice": a singular that names an amount and a count of rows is the rows after "every".
    const every = items.slice(0, position).some((earlier) => earlier.text === 'every' || earlier.text === 'all');
    const counted =
      index.metric(metric.name)?.aggregation === 'count' ? metric.name : every ? counter?.name : undefined;
    const entityOfMetric = () => {
      const table = index.metric(counted ?? metric.name)?.table;
      return index.layer.dimensions.find(
        (dimension) => dimension.table === table && dimension.values.length === 0 && dimension.details.length > 0,
      )?.name;
    };
    // "List my refunded orders": the rows of the counted thing (its key dimension), not their count.
    const onlyValuesBefore = items
      .slice(0, position)
      .every(
        (earlier, at) =>
          keywordOf(earlier) === 'show' ||
          keywordOf(earlier) === 'which' ||
          keywordOf(earlier) === 'all' ||
          earlier.text === 'every' ||
          valuesOf(earlier).length > 0 ||
          kindOfValue(earlier, at),
      );
    const listAsked = (listing || whichBefore(position)) && onlyValuesBefore;
    // "Show me the customers who signed up": the phrase's noun is plural, wherever it stands in it.
    const pluralNoun = item.plural || item.text.split(' ').some((word) => /[^s]s$/.test(word));
    if (
      dimensions.length === 0 &&
      listAsked &&
      (pluralNoun || every) &&
      !countWanted &&
      !reading.followUpCue &&
      counted !== undefined
    ) {
      const entity = entityOfMetric();
      if (entity) {
        entityMentions.push({ dimension: [entity], position, plural: true });
        // "The customers who signed up yesterday": listed by their creation, not by what they did yesterday.
        const creations = index.metric(counted);
        // ("Customers from Australia who bought last month": the ones who bought then, not the ones who joined.)
        if (creations && countsCreations(creations) && !WHO_BOUGHT.test(normalized)) listedBy.name = creations.name;
        return;
      }
    }
    // "Top 3 orders", "the 5 biggest invoices": a number before the rows a count counts asks for those rows.
    const rankedRows =
      dimensions.length === 0 &&
      item.plural &&
      !countWanted &&
      slots.numbers.some((number) => number.position === item.position - 1) &&
      items.slice(0, position).some((earlier) => has(earlier, 'desc') || has(earlier, 'asc')) &&
      index.metric(metric.name)?.aggregation === 'count';
    const rankedEntity = rankedRows ? entityOfMetric() : null;
    if (rankedEntity) {
      entityMentions.push({ dimension: [rankedEntity], position, plural: true });
      return;
    }
    // "Which order had the most items": one of the rows a count counts, ranked by the figure after it.
    const later = items.slice(position + 1);
    const oneRanked =
      dimensions.length === 0 &&
      !item.plural &&
      keyAt(position - 1) === 'which' &&
      onlyValuesBefore &&
      index.metric(metric.name)?.aggregation === 'count' &&
      later.some((after) => has(after, 'desc') || has(after, 'asc')) &&
      later.some((after) => metricOf(after) !== undefined);
    const oneEntity = oneRanked ? entityOfMetric() : undefined;
    if (oneEntity) {
      rowsAskedAt.add(position);
      entityMentions.push({ dimension: [oneEntity], position, plural: false });
      reading.singular ??= true;
      return;
    }
    if (dimensions.length > 0) {
      // "posts" is both a count and the thing ranked: "top posts" ranks posts, "how many posts" counts them.
      // "Products by orders": after a thing already named, "by" introduces the figure, not a second thing.
      // ("Viewings by property", where the properties are counted too: one thing said after "by" splits the figure.)
      const thingBefore = items.slice(0, position).some((earlier) => dimensionsOf(earlier).length > 0);
      const afterBy = keyAt(position - 1) === 'by' && (!thingBefore || !item.plural);
      // "List my refunded orders", "which orders got cancelled": the rows themselves, not their count.
      // "Which platform has the most posts": the thing is already named; "most posts" is the figure.
      const thingAsked = items.some((earlier, at) => {
        const key = keywordOf(earlier);
        // ("Which properties had the most viewings", properties counted too: read as the things asked, above.)
        const thing =
          (dimensionsOf(earlier).length > 0 && metricOf(earlier) === undefined) ||
          (key !== null && key in GRAIN_KEYS) ||
          entityMentions.some((mention) => mention.position === at);
        return at < position && ((keyAt(at - 1) === 'which' && thing) || rowsAskedAt.has(at));
      });
      const listed =
        (listing || (keyAt(position - 1) === 'which' && position <= 1)) &&
        (item.plural || every) &&
        !countWanted &&
        !reading.followUpCue;
      if (afterBy || listed || (nearSuperlative(position) && !thingAsked)) {
        entityMentions.push({ dimension: dimensions, position, plural: item.plural });
        return;
      }
    }
    const words = item.text.split(' ');
    if (
      WEAK_METRIC_WORDS.has(item.text) ||
      words.every((word) => WEAK_METRIC_WORDS.has(word) || WEAK_METRIC_WORDS.has(word.replace(/s$/, '')))
    )
      weak.push({ name: metric.name, position });
    else if (dimensions.length > 0 && !listedWithFigure(position)) subjects.push({ name: metric.name, position });
    else strong.push({ name: metric.name, position });
  });
  // "Interactions on my content": a word that is both a count and a thing is only the subject next to another metric.
  let chosen = strong.length > 0 ? strong : subjects.length > 0 ? subjects : weak;
  // "How many new customers bought last month", "new customers who ordered in february": the new ones who then
  // bought, which no figure of the layer counts; never the new ones alone, the buying dropped.
  const [joinedFirst] = strong;
  const createdMetric = joinedFirst ? index.metric(joinedFirst.name) : undefined;
  const buying =
    /\bnew [a-z]+ (?:(?:who|that) )?(?:have |had |then |also |actually )?(bought|purchased|ordered|shopped|spent|placed|paid)\b(?! (?:search|social|ads?|media|channels?|traffic|acquisition)\b)/.exec(
      normalized,
    );
  if (strong.length === 1 && createdMetric && countsCreations(createdMetric) && buying)
    reading.problems.push(
      `${createdMetric.label.toLowerCase()} who ${buying[1] ?? 'bought'} (ask for ${createdMetric.label.toLowerCase()}, or for the people who bought, on its own)`,
    );
  // "The best selling product's price", "price of the top seller": the ranking is by what sold (the verb right after
  // the ranking word), and the figure asked is shown beside it, never ranked itself.
  const soldRanked = weak.find(
    ({ position }) =>
      superlativeAt.has(position - 1) && keyAt(position - 1) !== 'which' && /^sell/.test(items[position]?.text ?? ''),
  );
  const rankedBySold =
    soldRanked !== undefined && chosen === strong && strong.every(({ name }) => name !== soldRanked.name);
  if (rankedBySold) chosen = [soldRanked, ...strong];
  // "Money made from TikTok posts": the things after "from" say where the figure came from; they are not counted.
  // (Found by the items' words, as said: their positions count words with the time mentions taken out.)
  const fromBetween = (before: number, after: number, also?: string) => {
    const text = slots.text.toLowerCase();
    const first = text.indexOf(items[before]?.text ?? '\0');
    const second = first < 0 ? -1 : text.indexOf(items[after]?.text ?? '\0', first + 1);
    return (
      second > first &&
      text
        .slice(first, second)
        .split(/[^a-z]+/)
        .some((word) => word === 'from' || word === 'through' || word === 'via' || word === also)
    );
  };
  const firstWeak = weak[0];
  const firstSubject = subjects[0];
  if (
    chosen === subjects &&
    firstWeak !== undefined &&
    firstSubject !== undefined &&
    firstWeak.position < firstSubject.position &&
    fromBetween(firstWeak.position, firstSubject.position)
  )
    chosen = weak;
  // ("Money made on orders in June", "money collected on paid invoices": an amount said of rows a count names, "on"
  // or "from" them, is their money, never how many there are.)
  const firstChosen = chosen[0];
  if (
    chosen === strong &&
    firstWeak !== undefined &&
    firstChosen !== undefined &&
    index.metric(firstWeak.name)?.format === 'currency' &&
    chosen.every(({ name }) => index.metric(name)?.aggregation === 'count') &&
    firstWeak.position < firstChosen.position &&
    fromBetween(firstWeak.position, firstChosen.position, 'on')
  )
    chosen = [firstWeak];
  // "Posts from last week by comments", "posts sorted by likes": the rows the subject names, ranked by the
  // figure after "by" (not that figure's total, which would drop the rows asked for).
  if (chosen === strong && reading.metrics.length === 0) {
    const byFigure = strong.find((figure) => keyAt(figure.position - 1) === 'by');
    const rows = subjects.find((candidate) => byFigure !== undefined && candidate.position < byFigure.position);
    const rowsItem = items[rows?.position ?? -1];
    if (rows && rowsItem && rowsItem.plural) {
      entityMentions.push({ dimension: dimensionsOf(rowsItem), position: rows.position, plural: true });
      reading.rank = true;
    }
  }
  // "Do TikTok Shop orders earn more than Instagram ones", "how much did my TikTok posts make": a verb of money said
  // of the rows a count names is their money, not how many of them there are.
  const howMuch = items.some((item) => item.text === 'how much');
  if (
    (chosen === strong || chosen === subjects) &&
    (!countWanted || howMuch) &&
    chosen.every(({ name }) => index.metric(name)?.aggregation === 'count') &&
    weak.some(
      ({ name, position }) =>
        index.metric(name)?.format === 'currency' && (/^earn/.test(items[position]?.text ?? '') || howMuch),
    )
  )
    chosen = weak.filter(({ name }) => index.metric(name)?.format === 'currency');
  // "How much did we sell" asks for money, not units: a weak verb under "how much" means the first currency metric.
  // ("How much did we spend" where the layer's repair costs are said "spend": the verb's own money figure.)
  if (chosen === weak && weak.length > 0 && items.some((item) => item.text === 'how much')) {
    const own = weak.map(({ name }) => index.metric(name)).find((metric) => metric?.format === 'currency');
    const money = own ?? index.layer.metrics.find((candidate) => candidate.format === 'currency');
    if (money) chosen = [{ name: money.name, position: weak[0]?.position ?? 0 }];
  }
  // "Who sold more this year ($)", "what did we make in dollars": money said beside a weak verb is what the verb is
  // counted in, never a second figure.
  const moneySaid = weak.find(({ position }) => /^(?:money|amount)$/.test(items[position]?.text ?? ''));
  if (chosen === weak && weak.length > 1 && moneySaid) chosen = [moneySaid];
  // "How much did we bill per customer": "bill" names the rows and "how much" asks their money, so the money per
  // person (amount billed per subscriber), never how many rows each has.
  if (howMuch && chosen.length === 1) {
    const only = chosen[0] as (typeof chosen)[number];
    const perPerson = index.metric(only.name);
    const counted = perPerson?.aggregation === 'ratio' ? index.metric(perPerson.derivedFrom ?? '') : undefined;
    const money = counted?.aggregation === 'count' ? moneyMetricFor(counted.table, index) : null;
    const moneyPer = money && counted ? index.metric(only.name.replace(counted.name, money)) : undefined;
    if (moneyPer && moneyPer.derivedFrom === money) chosen = [{ name: moneyPer.name, position: only.position }];
  }
  // "Cancelled order dollars by country", "refunded orders amount": the money of the rows a count names, when the
  // word for an amount follows that count directly and the rows' table has one.
  if (chosen.length === 1 && reading.metrics.length === 0) {
    const only = chosen[0] as (typeof chosen)[number];
    const counted = index.metric(only.name);
    const said = items[only.position]?.text;
    const money = counted?.aggregation === 'count' ? moneyMetricFor(counted.table, index) : null;
    // "June invoices, mean $ per invoice": an amount each of those rows is worth, not how many there are per row.
    const amountEach = /\b(?:average|avg|mean|typical)\s+(?:amount|value|dollars?|money)\s+(?:per|a|each)\b/;
    // (The word as read, too: "open inv amt" is the invoices' amount, the shorthand expanded.)
    const at = items[only.position];
    const amountAfter = at ? itemRightAfter(items, at)?.text : undefined;
    const saidWithAmount =
      said &&
      (new RegExp(`\\b${said} (?:amount|value)\\b`).test(normalized) || /^(?:amount|value)$/.test(amountAfter ?? ''));
    // ("How much is owed on unpaid repairs": money said to be owed on the rows, never how many of them there are.)
    const owed = howMuch && /\b(?:owed|owe|owes|outstanding)\b/.test(normalized);
    // ("How much did orders collect", "… generate": money the rows took in, never how many of them.)
    const tookIn = howMuch && /\b(?:collect|collected|generate|generated|gross|grossed|net|netted)\b/.test(normalized);
    if (money && (saidWithAmount || owed || tookIn || amountEach.test(normalized)))
      chosen = [{ name: money, position: only.position }];
  }
  // "Do customers acquired through TikTok spend more per order": arrivals said with a participle, then a value of
  // their own table, before another figure, only say which people (the value is kept as a filter).
  chosen = chosen.filter((current, position) => {
    const after = chosen[position + 1];
    const metric = index.metric(current.name);
    const said = items[current.position]?.text ?? '';
    if (!after || after.name === current.name || !metric || !countsCreations(metric)) return true;
    if (!PARTICIPLE.test(said.split(' ').at(-1) ?? '')) return true;
    const between = items.slice(current.position + 1, after.position);
    if (between.some((item) => has(item, 'and') || has(item, 'vs'))) return true;
    return !between.some((item) =>
      valuesOf(item).some((value) => index.dimension(value.dimension)?.table === metric.table),
    );
  });
  // "Online store orders from last quarter: refund rate": the rows said first, then a rate of those rows, is the
  // rate of them (never the rate "in terms of" their count).
  const [rows, rateOfRows] = chosen;
  if (chosen.length === 2 && rows && rateOfRows && rows.name !== rateOfRows.name) {
    const [counted, rate] = [index.metric(rows.name), index.metric(rateOfRows.name)];
    const between = items.slice(rows.position + 1, rateOfRows.position);
    if (
      counted?.aggregation === 'count' &&
      rate?.aggregation === 'ratio' &&
      rate.format === 'percent' &&
      rate.table === counted.table &&
      !between.some((item) => has(item, 'and') || has(item, 'vs'))
    )
      chosen = [rateOfRows];
  }
  // "What did we bill shoppers for postage", "how much did I charge them for delivery": money said as a verb (after
  // who did it) and then money it was "for" is that second money; the verb only says it was charged.
  const [billed, billedFor] = chosen;
  if (chosen.length === 2 && billed && billedFor && billed.name !== billedFor.name) {
    const [verb, thing] = [items[billed.position]?.text ?? '', items[billedFor.position]?.text ?? ''];
    if (
      index.metric(billed.name)?.format === 'currency' &&
      index.metric(billedFor.name)?.format === 'currency' &&
      new RegExp(
        `\\b(?:we|i|they|you)\\s+${escapeRegExp(verb)}\\s+(?:[a-z']+\\s+){0,2}?for\\s+(?:(?:the|our|my|their)\\s+)?${escapeRegExp(thing)}\\b`,
      ).test(normalized)
    )
      chosen = [billedFor];
  }
  // Several metrics must be listed ("likes and comments", "reach vs impressions"); otherwise the second one
  // qualifies the first ("orders with discounts", "AOV of tiktok shop orders"), which only a count noun can.
  chosen = chosen.filter((current, position) => {
    const before = chosen[position - 1];
    if (!before) return true;
    // "units ... sold": two words of one metric.
    if (before.name === current.name) return true;
    // ("The best selling product's price": the figure shown beside the ranking by what sold.)
    if (rankedBySold && before === soldRanked) return true;
    const [first, second] = [index.metric(before.name), index.metric(current.name)];
    // "Refund rate among customers acquired through paid search" (or after a comma): a count of arrivals, after
    // another figure and followed by a value of the arrivals' own table, only says which of them (a filter, kept
    // below).
    const picksRows = items
      .slice(current.position + 1)
      .some((later) => valuesOf(later).some((value) => index.dimension(value.dimension)?.table === second?.table));
    // ("Likes saves and shares": a list whose commas were left out, joined by its last "and".)
    const listed = (from: number, to: number) =>
      items.slice(from + 1, to).some((item) => has(item, 'and') || has(item, 'vs'));
    const joined =
      listed(before.position, current.position) ||
      (current.position === before.position + 1 &&
        chosen.some((later, at) => at > position && listed((chosen[at - 1] as typeof later).position, later.position)));
    const said = items[current.position]?.text ?? '';
    const participle = PARTICIPLE.test(said.split(' ').at(-1) ?? '');
    if (second && countsCreations(second) && picksRows && (!joined || participle)) return false;
    if (joined) return true;
    // "How many invoices have gone out (billed)": the rows counted, said with the verb of their own figure.
    if (participle && countWanted && first?.aggregation === 'count' && second?.table === first.table) return false;
    // ("Items per order among paid orders": the rows a ratio is per, said again, are no second figure.)
    if (
      second?.aggregation === 'count' &&
      (second.table === first?.table || (first?.aggregation === 'ratio' && first.uses.includes(second.table)))
    )
      return false;
    // "Gross margin on February 2026 sales", "gross margin on weekend orders", "cogs for Q4 (paid orders)": the rows
    // the first figure is of, said after "on", "from", "for" or "in" with at most a few words of which ones
    // between, or after words read already (blanked), of their own table or one it reaches: never a second
    // figure.
    const rowsOf = new RegExp(
      `(?:\\b(?:on|from|across|over|for|in|of|within|among)\\s+(?:(?:the|my|our|all|all the)\\s+)?((?:[a-z0-9'-]+\\s+){0,3}?)|\\s{3,})${escapeRegExp(said)}\\b`,
    ).exec(normalized);
    // ("How many reviews for repairs": rows of another table said bare, with no word of which ones, which only some
    // of the first figure's rows are linked to: never dropped as if it said nothing.)
    const bareOther =
      rowsOf !== null && second?.table !== first?.table && /^(?:for|on|of|among)\s+[a-z'-]+$/.test(rowsOf[0].trim());
    if (
      first &&
      second &&
      rowsOf &&
      !bareOther &&
      (second.aggregation.startsWith('count') || second.aggregation === 'sum') &&
      (second.table === first.table || index.joinPath(first.table, [second.table]) !== null) &&
      items.slice(before.position + 1, current.position).every((item) => metricOf(item) === undefined)
    )
      return false;
    // "Gross margin on home products sold through the Instagram Shop": a second figure's participle after the
    // rows, then where they went, only says which rows (the value after it is kept as a filter).
    const next = items[current.position + 1];
    if (
      participle &&
      next !== undefined &&
      valuesOf(next).length > 0 &&
      new RegExp(
        `\\b${escapeRegExp(said)} (?:through|via|on|at|in|from|to|with) (?:the |my |our )?${escapeRegExp(next.text)}\\b`,
      ).test(normalized)
    )
      return false;
    // "Who owes us the most rent": one word of the first figure's own names ("rent owed", "unpaid rent") said after
    // it names that figure again, never a second one.
    const ownWord =
      first !== undefined &&
      !said.includes(' ') &&
      [first.label, ...first.synonyms].some((name) => name.toLowerCase().split(/\s+/).includes(said)) &&
      items.slice(before.position + 1, current.position).every((item) => metricOf(item) === undefined);
    if (ownWord) return false;
    reading.problems.push(`${first?.label.toLowerCase()} in terms of ${second?.label.toLowerCase()}`);
    return true;
  });
  for (const { name } of chosen) if (!reading.metrics.includes(name)) reading.metrics.push(name);
  if (rowsPer.name !== null) {
    const figure = index.metric(reading.metrics[0] ?? '');
    const rows = index.dimension(rowsPer.name);
    if (
      figure &&
      rows &&
      (figure.table === rows.table || index.reachable(figure, rows)) &&
      (figure.aggregation === 'sum' || figure.aggregation === 'count')
    )
      reading.perRow = rows.name;
    else reading.problems.push(`${figure?.label.toLowerCase() ?? 'a figure'} per ${rows ? rowNoun(rows) : 'row'}`);
  }
  reading.metricWeak = strong.length === 0 && subjects.length === 0 && weak.length > 0;
  // "The value of cancelled orders": their money, not their count.
  if (/\bmoney of\b/.test(normalized)) {
    reading.metrics = reading.metrics.map((name) => {
      const metric = index.metric(name);
      if (!metric?.aggregation.startsWith('count')) return name;
      return moneyMetricFor(metric.table, index) ?? name;
    });
  }
  // "List the carousels I posted this week": the verb says which rows, the list wants the rows, not their count.
  if (
    listing &&
    reading.metricWeak &&
    !countWanted &&
    reading.metrics.every((name) => index.metric(name)?.aggregation === 'count')
  )
    reading.metrics = [];
  const performAsked = items.some((item) => has(item, 'perform'));
  const ranked = slots.numbers.length > 0 || items.some((item) => has(item, 'desc') || has(item, 'asc'));
  // "How did my content do", "how are my posts doing": the thing's own count ("content" is also the number of
  // posts) names what is asked about, not how well it did. Which figure says that is the user's call.
  if (performAsked && !ranked && strong.length === 0 && subjects.length > 0 && chosen.length > 0) {
    reading.figuresToOffer = figuresOf(
      chosen.map(({ name }) => name),
      items,
      index,
    );
    reading.metrics = [];
  }
  // "Performance by channel": a word the layer lets stand for a figure ("performance" is engagement) does not
  // decide which thing is meant when the thing's word has several readings; each reading has its own figure.
  const performWorded = chosen.find(({ position }) => {
    const item = items[position];
    return item !== undefined && has(item, 'perform');
  });
  // "How did my Instagram carousels perform in Q4": asked how something did, "perform" is as open as "doing", though
  // the layer lets "performance" stand for one figure (which stays the first one offered, and the figure of
  // "top performing posts", a ranking).
  if (
    performWorded !== undefined &&
    /^how\b/.test(normalized) &&
    !ranked &&
    reading.metrics.length === 1 &&
    reading.metrics[0] === performWorded.name &&
    carried === undefined &&
    items.some(
      (item, at) => at !== performWorded.position && item.meanings.some((meaning) => meaning.type !== 'keyword'),
    )
  ) {
    const own = index.metric(performWorded.name);
    reading.metrics = [];
    reading.figureWord = items[performWorded.position]?.text ?? null;
    // The figure the layer calls performance, then its table's rates, then its other totals.
    const others = index.layer.metrics.filter(
      (metric) => metric.table === own?.table && metric.name !== own.name && !metric.aggregation.startsWith('count'),
    );
    // "How did the Instagram Shop perform": a thing the figure cannot reach is judged by its own figures (below).
    const reaches = items.every(
      (item) =>
        valuesOf(item).length === 0 ||
        valuesOf(item).some((value) => {
          const dimension = index.dimension(value.dimension);
          return own !== undefined && dimension !== undefined && index.reachable(own, dimension);
        }),
    );
    if (reaches)
      reading.figuresToOffer = [
        performWorded.name,
        ...others.filter((metric) => metric.aggregation === 'ratio').map((metric) => metric.name),
        ...others.filter((metric) => metric.aggregation === 'sum').map((metric) => metric.name),
      ];
  }
  // "How many sales": a count asks for the number of rows, not a sum of money over them.
  // "How many customers paid": the people named in the money's phrase, counted once each.
  // ("Total number of sales": the same, said right before the money's word.)
  const numberOf = (name: string) => {
    const position = chosen.find((figure) => figure.name === name)?.position ?? -1;
    // ("Refund count": the word for a count said after the figure's.)
    return (
      /^(?:number of|count of|total number of|# of)$/.test(items[position - 1]?.text ?? '') ||
      /^(?:count|counts)$/.test(items[position + 1]?.text ?? '')
    );
  };
  const howMany = items.some((item) => item.text === 'how many');
  if (howMany || reading.metrics.some(numberOf)) {
    reading.metrics = reading.metrics.map((name) => {
      const metric = index.metric(name);
      if (metric?.format !== 'currency' || metric.aggregation !== 'sum') return name;
      if (!howMany && !numberOf(name)) return name;
      const phrase = items[chosen.find((figure) => figure.name === name)?.position ?? -1]?.text ?? '';
      const [first = ''] = phrase.split(' ');
      const table = phrase.includes(' ') ? tableNamedBy(first, index) : null;
      const counted = table ? peopleBehind(first, table, metric, index) : null;
      if (counted?.problem) reading.problems.push(counted.problem);
      if (counted?.metric) return counted.metric;
      const count = countMetricFor(metric.table, index);
      // ("Number of refunds" where refunds are the refunded orders' money: the orders that are refunded.)
      const kept = count ? valueKeptBy(metric, index) : null;
      if (kept && !reading.filters.some((filter) => filter.dimension === kept.dimension))
        reading.filters.push({ ...kept, values: [...kept.values] });
      return count ?? name;
    });
  }
  const entityMetricOnly = strong.length === 0 && weak.length === 0 && subjects.length === 0;

  // "Total billed to Pro subscribers who joined in May": the period says when the people joined, while the figure's
  // rows are dated by themselves (invoices of May are another question); no filter holds that, so say so.
  const joinedThen = JOINED_THEN.exec(normalized);
  const dated = slots.time.some((mention) => mention.kind === 'range' && mention.range.kind !== 'all');
  const figureOfOthers = reading.metrics
    .map((name) => index.metric(name))
    .find((metric) => metric && !countsCreations(metric));
  // The people who joined then, when the layer says when they were created and the figure reaches them: the
  // period after "who joined" is theirs, any other period the figure's own.
  const joinedAt = JOINED.exec(slots.text.toLowerCase());
  const theirs =
    joinedAt === null
      ? undefined
      : slots.time.find((mention) => mention.kind === 'range' && mention.start > joinedAt.index);
  const joiners = joinedAt === null ? null : tableNamedBy(joinedAt[1] ?? '', index);
  const created = joiners === null ? null : creationColumn(index.layer, joiners);
  const reaches =
    joiners !== null &&
    figureOfOthers !== undefined &&
    index.joinPath(figureOfOthers.table, [joiners]) !== null &&
    figureOfOthers.table !== joiners;
  if (joinedThen && dated && figureOfOthers && theirs?.kind === 'range' && joiners && created && reaches)
    reading.joined = { table: joiners, timeRange: theirs.range, start: theirs.start };
  else if (!joinedThen && figureOfOthers) {
    const made = madeThen(slots, figureOfOthers, index);
    if (made) reading.joined = made;
  }
  if (joinedThen && dated && figureOfOthers && reading.joined === null)
    reading.problems.push(
      `"${joinedThen[0]}" with a period: that is when they joined, and ${figureOfOthers.label.toLowerCase()} is dated by its own rows`,
    );

  // Averages: "average likes" is the per-post average of likes.
  const averaging = items.some((item) => has(item, 'average'));
  // Set inside the map below (an object, so the narrowing of a `let` does not survive the callback).
  const perThing: { name: string | null } = { name: null };
  if (averaging) {
    reading.metrics = reading.metrics.map((name) => {
      const metric = index.metric(name);
      if (!metric || metric.aggregation === 'average' || metric.aggregation === 'ratio') return name;
      // "Average number of orders per buying customer": the figure per row is the average already.
      if (reading.perRow !== null) return name;
      const average = index.layer.metrics.find((candidate) => candidate.averageOf === name);
      if (average) return average.name;
      // "Average daily revenue", "orders per day on average": the total over the period, per day of it.
      const unit = perUnitOf(normalize(question));
      if (unit !== null && (metric.aggregation === 'sum' || metric.aggregation === 'count')) {
        reading.per = unit;
        return name;
      }
      // "The average invoice", "average invoice amount": the total per row of the thing of the figure's own table,
      // when the question names that thing (a count of those rows is 1 each: their usual figure instead).
      const entity = entityOfTable(index.layer, metric.table);
      const rows = entity === null ? undefined : index.dimension(entity);
      const countsRows = (name: string) => {
        const counter = index.metric(name);
        return rows !== undefined && counter !== undefined && countsRowsOf(counter, rows);
      };
      const rowsNamed = items.some((item) =>
        item.meanings.some(
          (meaning) =>
            (meaning.type === 'table' && meaning.name === metric.table) ||
            (meaning.type === 'dimension' && meaning.name === entity) ||
            (meaning.type === 'metric' && countsRows(meaning.name)),
        ),
      );
      // "How much does each customer spend on average": the layer's "revenue per customer".
      const eachNamed = index.layer.dimensions
        .filter((dimension) =>
          new RegExp(`\\b(?:each|every|per|a) ${dimension.label.toLowerCase()}\\b`).test(normalize(question)),
        )
        .map((dimension) => dimension.name);
      // ("Mean invoice for Americas subscribers": the figure's own rows named, the people only say which rows.)
      const thingsNamed = items
        .filter(
          (item) =>
            !rowsNamed ||
            /\b(?:each|every|per|a|average|typical|mean|avg) (?:(?!(?:for|of|from|in|among|with|on|by)\b)[a-z]+ ){0,3}$/.test(
              normalize(question).split(item.text)[0] ?? '',
            ),
        )
        .flatMap(dimensionsOf);
      for (const thing of [...thingsNamed, ...eachNamed]) {
        const label = `${metric.label} per ${index.dimension(thing)?.label ?? thing}`.toLowerCase();
        const per = index.layer.metrics.find((candidate) => candidate.label.toLowerCase() === label);
        if (per) {
          perThing.name = thing;
          return per.name;
        }
      }
      // "Invoices per subscriber" names another thing to average over: not this.
      const perOther = /\b(?:per|each|every) ([a-z]+)/.exec(normalize(question));
      // "Average invoice value per region": per a breakdown's part (a dimension of named values) is by it.
      const perPart = index.layer.dimensions.some(
        (dimension) =>
          dimension.values.length > 0 &&
          [dimension.label, dimension.plural, ...dimension.synonyms].some(
            (word) => stem(word.toLowerCase()) === stem(perOther?.[1] ?? ''),
          ),
      );
      const otherThing =
        perOther !== null &&
        rows !== undefined &&
        !perPart &&
        !new RegExp(`^${rowNoun(rows)}s?$`).test(perOther[1] as string) &&
        !['day', 'week', 'month', 'year', 'quarter'].includes((perOther[1] as string).replace(/s$/, ''));
      if (rows && rowsNamed && !otherThing && (metric.aggregation === 'sum' || metric.aggregation === 'count')) {
        const figure = countsRowsOf(metric, rows) ? index.metric(rows.defaultMetric ?? '') : metric;
        if (figure && figure.table === metric.table && !countsRowsOf(figure, rows)) {
          reading.perRow = rows.name;
          return figure.name;
        }
      }
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
  /**
   * "Refunds", "reels": a value typed as a plural names its rows; "Americas", typed as the value's own name (which
   * ends in "s"), does not.
   */
  const namesRows = (mention: (typeof valueMentions)[number]) => {
    const typed = items[mention.position];
    if (!typed?.plural) return false;
    return !mention.candidates.some(
      ({ dimension, value }) =>
        index
          .dimension(dimension)
          ?.values.find((candidate) => candidate.value === value)
          ?.label.toLowerCase() === typed.text,
    );
  };
  const skippedEntities: { dimension: string[]; position: number; plural: boolean }[] = [];
  items.forEach((item, position) => {
    const key = keywordOf(item);
    const previousKey = keyAt(position - 1);
    if (key && key in GRAIN_KEYS) {
      reading.grain = GRAIN_KEYS[key] as TimeUnit;
      // "Best month", and "the month with the highest revenue": one month either way.
      if (nearSuperlative(position) || (superlativeAt.has(position + 1) && !claimed.has(position + 1)))
        reading.singular ??= !item.plural;
      return;
    }
    if (key === 'over_time') reading.overTime = true;
    if (key === 'change') reading.change = true;
    if (key === 'desc' || key === 'asc') {
      reading.sort ??= key;
      if (EVALUATIVE.has(item.text)) reading.evaluative = true;
      // "Top 10 customers by discounts" ranks by size: the most discounts, whichever way is better.
      if (EVALUATIVE.has(item.text) && !/^(?:top|bottom)$/.test(item.text)) reading.judged = true;
    }
    if (key === 'show' && /^(rank|ranked|ranking|sort|sorted)$/.test(item.text)) reading.rank = true;
    if (metricOf(item) !== undefined && previousKey === 'by') reading.byFigure = true;
    if (key === 'breakdown') reading.breakdown = true;
    if (key === 'instead') reading.instead = true;
    const values = valuesOf(item);
    const dimensions = dimensionsOf(item);
    // "Sales by server", "top 3 servers by tips": a word that names a dimension and another's value ("Server", a
    // role) is the dimension where it is split by or ranked, never a filter on that value.
    const splitBy = dimensions.length > 0 && (previousKey === 'by' || previousKey === 'desc' || previousKey === 'asc');
    if (values.length > 0 && !splitBy && (dimensions.length === 0 || metricOf(item) === undefined)) {
      // ("Excluding apparel in canada", "non-reel instagram posts", "non-discounted orders on tiktok shop": the "not"
      // is the first value's alone; only a keyword between keeps it.)
      const between = items[position - 1];
      const negated =
        previousKey === 'not' ||
        (keyAt(position - 2) === 'not' &&
          between !== undefined &&
          between.meanings.every((meaning) => meaning.type === 'keyword'));
      valueMentions.push({
        candidates: values.map(({ dimension, value }) => ({ dimension, value })),
        position,
        negated,
        narrowed: false,
      });
      return;
    }
    if (dimensions.length > 0 && metricOf(item) === undefined) {
      // "All categories please", "impressions across all platforms": no filter on them, one total. ("Compare revenue
      // across all sales channels": each of them, side by side.)
      if (previousKey === 'all' && !COMPARE_WORD.test(normalized)) {
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
      // "The region with the least billing": the superlative after the thing ranks it, one of them if it is singular.
      const nextKey = keyAt(position + 1);
      const rankedAfter = (nextKey === 'desc' || nextKey === 'asc') && !claimed.has(position + 1);
      if (rankedAfter && !nearSuperlative(position)) {
        claimed.add(position + 1);
        reading.singular ??= !item.plural;
      }
      // ("Breakdown of subscriber signups": one of the things, said just before a figure of their own table, only says
      // whose figure it is.)
      const next = itemRightAfter(items, item);
      const nextMetric = next ? metricOf(next) : undefined;
      const ownFigureAfter =
        !item.plural &&
        nextMetric !== undefined &&
        index.metric(nextMetric.name)?.table === index.dimension(dimensions[0] ?? '')?.table;
      const grouped =
        previousKey === 'by' ||
        (previousKey === 'breakdown' && !ownFigureAfter) ||
        nearSuperlative(position) ||
        rankedAfter;
      const entity = dimensions.every((name) => (index.dimension(name)?.values.length ?? 0) === 0);
      // "Which country has the most customers": after the thing asked about, "most <things>" counts them.
      const askedBefore = items
        .slice(0, position)
        .some((earlier, at) => keyAt(at - 1) === 'which' && dimensionsOf(earlier).length > 0 && !metricOf(earlier));
      const counted = countMetricFor(index.dimension(dimensions[0] ?? '')?.table, index);
      // "Which channel gives us the best customers" judges them, by a figure the asker has not named.
      const judgedBefore = items
        .slice(Math.max(0, position - 3), position)
        .some((earlier) => isVagueFigure(earlier.text));
      // "Countries with the most customers", "top 3 countries by number of customers": the same, the things
      // ranked named first without "which".
      const rankedBefore = items
        .slice(0, position)
        .some((earlier) => earlier.plural && dimensionsOf(earlier).length > 0 && !metricOf(earlier));
      const countedBy = keyAt(position - 1) === 'count' && keyAt(position - 2) === 'by';
      if (
        entity &&
        item.plural &&
        // ("Which plan has more subscribers": of two or more, the one with more of them.)
        (((nearSuperlative(position) || keyAt(position - 1) === 'more') && askedBefore) ||
          ((countedBy || keyAt(position - 1) === 'desc' || keyAt(position - 1) === 'asc') && rankedBefore)) &&
        !judgedBefore &&
        reading.metrics.length === 0 &&
        counted
      ) {
        reading.metrics.push(counted);
        return;
      }
      // The figure offered takes the judged things' place: "gives us the best revenue".
      if (entity && item.plural && nearSuperlative(position) && askedBefore && judgedBefore)
        reading.figureWord ??= item.text;
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
  // "How many customers bought one product": a number of things the plan has no way to count is never dropped.
  // (The words as the items' positions count them: "between jan 1 and mar 31, how many shoppers" has no "1 shoppers".)
  const typedWords = slots.words;
  for (const mention of skippedEntities) {
    if (entityMentions.includes(mention)) continue;
    const at = items[mention.position]?.position ?? 0;
    const said = typedWords[at - 1];
    // ("Q4 2025 revenue from customers in Britain": a year before the noun is the period's, no count.)
    if (
      said !== undefined &&
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|single|(?!(?:19|20)\d{2}$)\d+)$/.test(said)
    )
      reading.problems.push(`what "${said} ${items[mention.position]?.text ?? ''}" means`);
    // "Enrollments with a coupon", "orders that had a note": rows that have a value at all, a condition the plan
    // cannot hold (never every row, the words dropped).
    const before = typedWords[at - 2];
    const having = /^(?:with|without|having|had|has|have|no)$/;
    if (
      said !== undefined &&
      (having.test(said) || (/^(?:a|an|any)$/.test(said) && before !== undefined && having.test(before))) &&
      !mention.plural
    )
      reading.problems.push(
        `which rows ${said === 'without' || said === 'no' || before === 'without' ? 'have no' : 'have a'} ${items[mention.position]?.text ?? ''} (ask for the figure by ${items[mention.position]?.text ?? ''} instead)`,
      );
    // "Member sales" where orders may have no member: only the rows linked to one, which no figure holds (never
    // every row, the word dropped).
    const item = items[mention.position];
    const next = item ? itemRightAfter(items, item) : undefined;
    const figure = next ? metricOf(next) : undefined;
    const figureMetric = figure ? index.metric(figure.name) : undefined;
    const thingTable = index.dimension(mention.dimension[0] ?? '')?.table;
    const linked =
      figureMetric && thingTable && thingTable !== figureMetric.table
        ? index.joinPath(figureMetric.table, [thingTable])?.find((join) => join.partial !== undefined)
        : undefined;
    if (item && next && figureMetric && linked)
      reading.problems.push(
        `"${item.text} ${next.text}": ${figureMetric.label.toLowerCase()} of only the rows with a ${linked.partial ?? item.text}, which no figure of your data holds (ask for ${figureMetric.label.toLowerCase()} by ${item.text} instead)`,
      );
  }
  // "Orders from my posts": a thing of another table introduced by "from" qualifies the figure in a way the
  // plan cannot say (attributed to posts?); asking beats answering without it.
  const normalizedWords = normalized.split(/\s+/);
  const unusedSubjects =
    chosen === subjects
      ? []
      : subjects
          .filter((subjectWord) => !chosen.some((figure) => figure.position === subjectWord.position))
          .map((subjectWord) => ({
            dimension: dimensionsOf(items[subjectWord.position] as Item),
            position: subjectWord.position,
            plural: true,
          }));
  for (const skipped of [...skippedEntities, ...unusedSubjects]) {
    const item = items[skipped.position];
    const metric = index.metric(reading.metrics[0] ?? '');
    const dimension = index.dimension(skipped.dimension[0] ?? '');
    if (!item || !metric || !dimension?.table || dimension.table === metric.table || skipped === subject) continue;
    if (peopleCounted(question, metric, dimension, index)) continue;
    // ("Revenue from customers who joined in January": the people the period keeps.)
    if (reading.joined !== null && dimension.table === reading.joined.table) continue;
    // ("Bookings for properties with 4 or more bedrooms": the properties those values pick.)
    if (namedTables.includes(dimension.table)) continue;
    // "How many different subscribers have we invoiced": the people counted, read below as those behind the rows.
    const before = items[skipped.position - 1];
    if (before && has(before, 'count') && before.text !== 'how much') continue;
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
    // "Customers who got a discount" answered with discounts would drop the customers: a word never dropped.
    else if (
      !reading.metricImplied &&
      ((skipped.plural && skippedEntities.includes(skipped)) || unusedSubjects.includes(skipped))
    ) {
      // Unless the rows are broken down or picked by a column of their own ("customers from which channel"),
      // or do what the figure counts ("people order", "customers spend").
      const sameTable = (name: string) => index.dimension(name)?.table === dimension.table;
      const qualifiedHere =
        namedTables.includes(dimension.table ?? '') ||
        entityMentions.some((mention) => mention.dimension.some(sameTable)) ||
        valueMentions.some((mention) => mention.candidates.some((candidate) => sameTable(candidate.dimension)));
      // Only people do a figure that way: "my posts bring in revenue" is revenue attributed to posts, not all of it.
      const people = index.layer.tables.find((table) => table.name === dimension.table);
      const doing =
        people !== undefined &&
        holdsPeople(people) &&
        // ("people spent", "people got discounts": the figure right after them, or after one verb)
        (items.some(
          (later) =>
            later.position > item.position && later.position <= item.position + 2 && metricOf(later) !== undefined,
        ) ||
          // ("how many orders did customers place": the figure's rows, which the people made, asked before them)
          (items.some((earlier) => earlier.position < item.position && metricOf(earlier) !== undefined) &&
            new RegExp(
              `\\b(?:did|do|does|have|has|had) (?:our |my |the )?(?:${escapeRegExp(item.text)}|people|folks)\\b`,
            ).test(normalized)));
      // "How many products did we sell": how many of the things is a quantity of them (units sold), nothing else.
      const howManyOfThem =
        items.some((earlier) => earlier.position < item.position && earlier.text === 'how many') &&
        isQuantityOf(metric, dimension, index);
      // ("Billed to the subscribers who joined in May": the people the period keeps.)
      const joiners = reading.joined !== null && dimension.table === reading.joined.table;
      if (!qualifiedHere && !doing && !howManyOfThem && !joiners)
        reading.problems.push(`what "${item.text}" means for ${metric.label.toLowerCase()}`);
    }
  }

  if (reading.oneAsked) reading.singular = true;

  // "Which products have not sold this month": a "not" that excludes no value of the layer would be dropped,
  // answering the opposite question; it is named instead.
  for (const [position, item] of items.entries()) {
    if (keywordOf(item) !== 'not') continue;
    const excludes = valueMentions.some(
      (mention) => mention.negated && mention.position > position && mention.position <= position + 2,
    );
    if (!excludes) reading.problems.push(`what "${item.text}" leaves out`);
  }

  // "Which posts reached the most people": what the figure counts, not a breakdown by the layer's people.
  const firstMetric = index.metric(reading.metrics[0] ?? '');
  for (let at = entityMentions.length - 1; at >= 0; at -= 1) {
    const dimensions = (entityMentions[at]?.dimension ?? []).map((name) => index.dimension(name));
    if (
      firstMetric &&
      dimensions.length > 0 &&
      dimensions.every((dimension) => dimension && peopleCounted(question, firstMetric, dimension, index))
    )
      entityMentions.splice(at, 1);
  }

  // "By channel": a word naming several dimensions is asked about, not picked.
  for (const mention of entityMentions) {
    const word = items[mention.position]?.text ?? '';
    const asked = index.metric(reading.metrics[0] ?? '');
    const vague = performWorded !== undefined && asked?.name === performWorded.name;
    const all = dimensionReadings(word, mention.dimension, vague ? undefined : (asked ?? carried), index);
    // "Revenue per post by platform": the rows the figure is per are posts, so the posts' platform is meant.
    const perWord = /\b(?:per|each|every|a) ([a-z]+)\b/.exec(normalized)?.[1];
    // "Revenue by the channel the order was placed on": the channel of the rows named, the orders' own.
    const ownerWord = new RegExp(
      `\\b${escapeRegExp(word)} (?:that |which )?(?:the |an? |my |our |their |each )?([a-z]+) (?:(?:was|were|is|are|got|get|gets) )?[a-z]+ed (?:on|through|via|in|at)\\b`,
    ).exec(normalized)?.[1];
    const ownerTable = ownerWord === undefined ? null : tableNamedBy(ownerWord, index);
    const perTable =
      index.dimension(reading.perRow ?? '')?.table ??
      (perWord === undefined ? null : tableNamedBy(perWord, index)) ??
      ownerTable;
    const ofRows = all.filter((one) => perTable != null && index.dimension(one.dimension)?.table === perTable);
    const [rowsReading] = ofRows;
    if (ofRows.length === 1 && rowsReading !== undefined) mention.dimension = [rowsReading.dimension];
    // "Highest refund rate among sales channels: which channel?": the one of its readings named in full elsewhere in
    // the question is the one meant.
    const namedInFull = entityMentions.flatMap((other) =>
      other !== mention && other.dimension.length === 1 ? other.dimension : [],
    );
    const alreadyNamed = all.filter((one) => namedInFull.includes(one.dimension));
    const [namedReading] = alreadyNamed;
    if (ofRows.length !== 1 && alreadyNamed.length === 1 && namedReading !== undefined)
      mention.dimension = [namedReading.dimension];
    const readings = ofRows.length === 1 || alreadyNamed.length === 1 ? [] : all;
    // "Best channel": no figure named at all; each reading is ranked by its thing's usual figure.
    const unnamedFigure =
      asked === undefined && (items.some((item) => isVagueFigure(item.text)) || COMPARE_WORD.test(normalized));
    if (readings.length > 0 && vague) {
      const figureWord = items[performWorded.position]?.text ?? '';
      reading.ambiguities.push({ word, readings: readings.map((one) => withOwnFigure(one, figureWord, index)) });
    } else if (readings.length > 0 && unnamedFigure) {
      reading.ambiguities.push({ word, readings: readings.map((one) => rankedByOwnFigure(one, index)) });
    } else if (readings.length > 0) reading.ambiguities.push({ word, readings });
    else {
      // "Customers by platform": of the word's dimensions, those the figure reaches (their acquisition channel);
      // with no figure read yet, each stays a candidate for the figure the question comes to.
      const figure = asked ?? carried;
      const reached = mention.dimension.filter((name) => {
        const dimension = index.dimension(name);
        return dimension !== undefined && figure !== undefined && index.reachable(figure, dimension);
      });
      if (figure !== undefined)
        mention.dimension = [...exactlyNamed(word, reached.length > 0 ? reached : mention.dimension, index)];
    }
  }

  // The one table a value mention's readings share, if they share one.
  const valueTable = (mention: { candidates: readonly { dimension: string }[] } | undefined) => {
    const tables = new Set(mention?.candidates.map((candidate) => index.dimension(candidate.dimension)?.table));
    return tables.size === 1 ? [...tables][0] : undefined;
  };

  // A word naming only rows: a table's, or the table's and its entity's ("customers" for the buyers table).
  const rowsOnly = (item: (typeof items)[number]) =>
    item.meanings.length > 0 &&
    item.meanings.every(
      (meaning) =>
        meaning.type === 'table' ||
        (meaning.type === 'dimension' &&
          item.meanings.some(
            (other) => other.type === 'table' && entityOfTable(index.layer, other.name) === meaning.name,
          )),
    );

  // "Billed by invoice", "billed per invoice": a table's noun after "by" or "per" is its rows, a breakdown by them
  // or (after "per", for a total of that table) the figure per row; never a word dropped.
  for (const [at, item] of items.entries()) {
    const table = item.meanings.find((meaning) => meaning.type === 'table');
    if (table?.type !== 'table' || !rowsOnly(item)) continue;
    if (keyAt(at - 1) !== 'by') continue;
    const rows = entityOfTable(index.layer, table.name);
    const figure = index.metric(reading.metrics[0] ?? '');
    const perWord = PER_WORD.test(items[at - 1]?.text ?? '');
    if (rows === null) {
      reading.problems.push(`what "${items[at - 1]?.text ?? 'by'} ${item.text}" means`);
    } else if (
      perWord &&
      figure?.table === table.name &&
      (figure.aggregation === 'sum' || figure.aggregation === 'count')
    ) {
      reading.perRow = rows;
    } else if (!reading.dimensions.includes(rows)) {
      reading.dimensions.push(rows);
    }
  }

  // "Orders from a social post": rows said to come from another table's rows, with no value of it to pick them by,
  // would be read as all of the figure's rows. Said, never dropped.
  for (const item of items) {
    if (!rowsOnly(item)) continue;
    const figure = index.metric(reading.metrics[0] ?? '');
    if (!figure || item.meanings.some((meaning) => meaning.type === 'table' && meaning.name === figure.table)) continue;
    const from = new RegExp(
      `\\b(?:from|via|through|attributed to|driven by|thanks to) (?:an? |the |our |my |any )?${escapeRegExp(item.text)}s?\\b`,
    ).exec(normalized);
    if (from) reading.problems.push(`what "${from[0]}" means`);
  }

  // "Compare performance this quarter with last": about no thing at all, the layer's "performance" (the
  // engagement of posts) is one reading among the business's figures; which one is the asker's to say.
  if (
    performWorded !== undefined &&
    reading.metrics.length === 1 &&
    reading.metrics[0] === performWorded.name &&
    carried === undefined &&
    items.every(
      (item, at) => at === performWorded.position || item.meanings.every((meaning) => meaning.type === 'keyword'),
    )
  ) {
    reading.metrics = [];
    reading.figureWord = items[performWorded.position]?.text ?? null;
    // The layer's first figure, then what it calls performance, then the rest.
    const names = index.layer.metrics.map((metric) => metric.name);
    reading.figuresToOffer = [...new Set([...names.slice(0, 1), performWorded.name, ...names])];
  }

  // Resolve the metric when the question names none.
  const countAsked = items.some((item) => has(item, 'count'));
  reading.howMany = countAsked;
  const compareAsked = items.some((item) => has(item, 'vs'));
  // "Worst performing posts": a layer that says what performance is (engagement) has named the figure, for the
  // things of that figure's own table: "underperforming products" are not judged by their posts' engagement.
  const performance = index.layer.metrics.find((metric) =>
    metric.synonyms.some((synonym) => /^perform(?:ance|ing)$/.test(synonym)),
  );
  const thingTable = index.dimension(entityMentions[0]?.dimension[0] ?? skippedEntities[0]?.dimension[0] ?? '')?.table;
  const performanceOwn = performance !== undefined && (thingTable === undefined || thingTable === performance.table);
  // "Compare the two plans", "compare apparel and accessories": compared by which figure is the asker's to say.
  const compareWorded = COMPARE_WORD.test(normalized);
  const joined = joinedCount(normalized, index);
  const vagueFigure =
    !countAsked &&
    (performAsked ||
      compareWorded ||
      items.some((item) => isVagueFigure(item.text) && !(performanceOwn && item.text.includes('perform'))));
  const periodAsked = slots.time.some((mention) => mention.kind === 'range' && mention.range.kind !== 'all');
  // "How many customers do we have": the ones there now, where the layer counts them; "have we ever had", "have had
  // more than 30 boxes", "in total": all of them.
  const nowAsked = !periodAsked && !everAsked;
  // "Which platform gets me the best engagement": the most of it, or the best rate of it, when the layer has both.
  const rated = reading.metrics.length === 1 ? index.metric(reading.metrics[0] as string) : undefined;
  const totalOrRate = rated ? totalOrRateOf(rated, items[chosen[0]?.position ?? -1]?.text, normalized, index) : null;
  if (totalOrRate) reading.ambiguities.push(totalOrRate);
  /**
   * A count of things over a period ("how many customers last month") whose word does not say which: the ones
   * created then, or the ones that did something then (an ambiguity, when the layer counts both); with "had",
   * when it has only the first, whether all of them by the period's end were meant.
   */
  const askWhichRows = (word: string, dimension: Dimension | undefined, metric: string, hadToo: boolean) => {
    if (!periodAsked || CREATION.test(normalized)) return;
    const readings = dimension ? rowCountReadings(dimension, metric, index) : [];
    if (readings.length > 1) reading.ambiguities.push({ word, readings });
    else if (hadToo && HAD_AS_VERB.test(normalized)) {
      reading.hadThen = word;
      reading.problems.push(
        `whether "${word}" you had then means the ones who joined in that period ("new ${word}") or all of them by its end`,
      );
    }
  };
  // "How many customers were billed in June", "how many customers spent last month": the people behind the
  // figure's rows, counted once each, never the rows themselves (invoices, orders) or the people who joined.
  const countWord = items.findIndex((item) => has(item, 'count') && item.text !== 'how much');
  const people = countWord < 0 ? undefined : items[countWord + 1];
  const peopleTable =
    people?.meanings.find((meaning) => meaning.type === 'table')?.name ??
    people?.meanings
      .filter((meaning) => meaning.type === 'dimension')
      .map((meaning) => index.dimension(meaning.name))
      .find((dimension) => dimension?.details.length)?.table;
  const behind = index.metric(reading.metrics.length === 1 ? (reading.metrics[0] as string) : '');
  // "How many products did we sell": things, not people, are how many of them sold (the quantity), read below.
  const ofPeople = index.layer.tables.some((table) => table.name === peopleTable && holdsPeople(table));
  if (people && peopleTable && ofPeople && behind && chosen[0] && chosen[0].position > countWord + 1) {
    const counted = peopleBehind(people.text, peopleTable, behind, index);
    if (counted?.metric) reading.metrics = [counted.metric];
    else if (counted?.problem) reading.problems.push(counted.problem);
  }
  // "How many customers bought in June" on a layer with no word for buying: the people behind the money taken in.
  const boughtAfter =
    people && countWord >= 0
      ? BOUGHT.exec(normalized.slice(normalized.indexOf(people.text) + people.text.length))
      : null;
  const money = moneyReaching(index);
  if (people && peopleTable && boughtAfter && reading.metrics.length === 0 && money) {
    const counted = peopleBehind(people.text, peopleTable, money, index);
    if (counted?.metric) reading.metrics = [counted.metric];
    else if (counted?.problem) reading.problems.push(counted.problem);
  }
  // "Customer count for Q4", "total customers last month": a word for all of them, over a period, is as open as
  // "how many customers did I have then" (joined then, or bought then), though the layer lists it as a synonym.
  const stockWord = chosen.length === 1 ? items[chosen[0]?.position ?? -1]?.text : undefined;
  const stockMatch = stockWord === undefined ? null : STOCK.exec(stockWord);
  const stockOf = stockMatch?.[1] ?? stockMatch?.[2];
  if (stockOf && reading.metrics.length === 1) {
    const metric = index.metric(reading.metrics[0] as string);
    const rows = index.layer.dimensions.find(
      (dimension) =>
        dimension.table === metric?.table &&
        dimension.details.length > 0 &&
        [dimension.label, dimension.plural, ...dimension.synonyms].some(
          (word) => stem(word.toLowerCase()) === stem(stockOf),
        ),
    );
    if (metric && rows) askWhichRows(stockWord as string, rows, metric.name, true);
  }
  if (reading.metrics.length === 0) {
    const entity = entityMentions[0];
    const countedThing = skippedEntities.find((mention) => mention.plural);
    const counted = entity ?? skippedEntities[0];
    // The things named first, and the count of their own rows by creation ("products launched since …").
    const arrivals = entity ?? countedThing;
    const arrivalsCount = createdCount(index.dimension(arrivals?.dimension[0] ?? ''), index);
    // ("Members on the monthly plan who cancelled": the first rows named in the plural, their table's entity.)
    const entities = entityDimensions(index.layer);
    const rowsAt = items.findIndex(
      (item) =>
        item.plural &&
        item.meanings.some(
          (meaning) =>
            (meaning.type === 'dimension' && entities.has(meaning.name)) ||
            (meaning.type === 'table' && entityOfTable(index.layer, meaning.name) !== null),
        ),
    );
    const rowsMeaning = items[rowsAt]?.meanings.find(
      (meaning) => meaning.type === 'dimension' || meaning.type === 'table',
    );
    const eventThing = arrivals?.plural
      ? arrivals
      : rowsMeaning === undefined || !('name' in rowsMeaning)
        ? undefined
        : {
            dimension: [
              rowsMeaning.type === 'table' ? (entityOfTable(index.layer, rowsMeaning.name) ?? '') : rowsMeaning.name,
            ],
            position: rowsAt,
            plural: true,
          };
    const eventCount = eventCountSaid(index.dimension(eventThing?.dimension[0] ?? ''), normalized, index);
    // "What fraction of my customers came from TikTok": a share of the things counted.
    // "How many customers by sales channel": the things named before "by" are counted, split by the thing after.
    const splitThing =
      entity && keyAt(entity.position - 1) === 'by' && countedThing && countedThing.position < entity.position
        ? countedThing
        : undefined;
    if ((countAsked || shareAsked) && splitThing && entity) {
      const thing = index.dimension(splitThing.dimension[0] as string);
      const metric = thing ? countOfThingsBy(thing, index.dimension(entity.dimension[0] as string), index) : null;
      if (metric) reading.metrics.push(metric);
      else
        reading.problems.push(`how to count ${thing?.plural ?? 'them'} by ${items[entity.position]?.text ?? 'that'}`);
    } else if (
      (countAsked || shareAsked) &&
      counted &&
      // "How much was refunded per sales channel": the thing after "per" splits the money of the value's rows.
      !(counted === entity && keyAt(entity.position - 1) === 'by' && valueMentions.length > 0 && !countedThing)
    ) {
      // "How many products do we have": count the rows of the thing named (the ones there now, when the layer
      // counts those apart and no period is said: "how many tenants do we have").
      const dimension = index.dimension(counted.dimension[0] as string);
      const metric = countMetricFor(dimension?.table, index, nowAsked);
      if (metric) reading.metrics.push(metric);
      // "How many customers did I have last month": the ones who joined then, or the ones who bought then.
      if (dimension && metric) askWhichRows(items[counted.position]?.text ?? '', dimension, metric, true);

      // "How many of each post type": after "each"/"by" the thing is the breakdown of the count, not what is counted.
      if (entity && keyAt(entity.position - 1) !== 'by') entityMentions.shift();
    } else if (joined !== null && (entity === undefined || reading.sort !== null)) {
      // "Who signed up more in April, pro or basic": joining is what the count of the layer's people measures.
      reading.metrics.push(joined);
    } else if (
      entity &&
      keyAt(entity.position - 1) === 'by' &&
      countedThing !== undefined &&
      countedThing.position < entity.position &&
      countMetricFor(index.dimension(countedThing.dimension[0] as string)?.table, index) !== null
    ) {
      // "Customers by country": the things named first, counted for each part of the breakdown.
      const dimension = index.dimension(countedThing.dimension[0] as string) as Dimension;
      const metric = countMetricFor(dimension.table, index) as string;
      reading.metrics.push(metric);
      askWhichRows(items[countedThing.position]?.text ?? '', dimension, metric, false);
    } else if (countAsked && valueMentions.length > 0) {
      const dimension = index.dimension(valueMentions[0]?.candidates[0]?.dimension ?? '');
      // "How many basic customers" counts the rows the noun names; "how many in pro", with several counts
      // reaching the plan (subscribers, invoices) and nothing saying which, is asked about.
      const noun = tableNounOf(items);
      // "How much was refunded": the money of those rows, when their table has an amount; "how many", their count.
      // "How much did EMEA pay us": the layer's first money figure reaching the value, when its own table has none.
      const reachingMoney = dimension === undefined ? undefined : moneyReaching(index, dimension);
      const money = /\b(?:how much|amount of)\b/.test(normalized)
        ? (moneyMetricFor(noun ?? dimension?.table, index) ?? (noun === null ? (reachingMoney?.name ?? null) : null))
        : null;
      const metric = money ?? countMetricFor(noun ?? dimension?.table, index);
      const named = noun !== null || (items[valueMentions[0]?.position ?? -1]?.plural ?? false);
      // "How much did EMEA grow in Q3", "how much traction did Pro get": grown in what (money taken, people, rows)
      // is the asker's to say.
      const grew =
        noun === null &&
        items.some((item) => (has(item, 'change') && /^gr[eo]w/.test(item.text)) || has(item, 'perform'));
      if (grew && dimension) reading.figuresToOffer = figuresFor(dimension, index);
      else if (metric && (money !== null || named || !dimension || countsReaching(dimension, index) <= 1))
        reading.metrics.push(metric);
    } else if (countAsked && tableNounOf(items) !== null) {
      // "How many customers": count the rows the noun names.
      const metric = countMetricFor(tableNounOf(items) ?? undefined, index, nowAsked);
      if (metric) reading.metrics.push(metric);
      // "How many customers did we have in July": joined in July, or all of them by then.
      const noun = items.find((item) => item.meanings.some((meaning) => meaning.type === 'table'))?.text ?? '';
      if (metric) askWhichRows(noun, undefined, metric, true);
    } else if (
      entity &&
      // "Show me every invoice for the Americas": "every" before rows listed is no breakdown by them.
      (reading.sort !== null || (keyAt(entity.position - 1) === 'by' && !listing)) &&
      (valueMentions.some((mention) => items[mention.position]?.plural) ||
        (valueMentions.length === 1 && MONEY_ASKED.test(normalized)))
    ) {
      // "Products with the most refunds": count the rows the plural value names (refunded orders). "Refunded
      // amount by country": their money, the value's table's own amount.
      const counted = valueMentions.find((mention) => items[mention.position]?.plural) ?? valueMentions[0];
      const dimension = index.dimension(counted?.candidates[0]?.dimension ?? '');
      const money = MONEY_ASKED.test(normalized) ? moneyMetricFor(dimension?.table, index) : null;
      const metric = money ?? countMetricFor(dimension?.table, index);
      if (metric) reading.metrics.push(metric);
    } else if (
      entity &&
      tableNounOf(items) !== null &&
      items.some((item) => has(item, 'more') || has(item, 'desc') || has(item, 'asc')) &&
      countMetricFor(tableNounOf(items) ?? undefined, index) !== null
    ) {
      // "Which plan has more subscribers": the rows the noun names, counted for each plan.
      reading.metrics.push(countMetricFor(tableNounOf(items) ?? undefined, index) as string);
    } else if (
      entity &&
      keyAt(entity.position - 1) === 'which' &&
      reading.sort === null &&
      !performAsked &&
      !compareAsked &&
      carried !== undefined &&
      entity.dimension.some((name) => {
        const dimension = index.dimension(name);
        return dimension !== undefined && index.reachable(carried, dimension);
      })
    ) {
      // "Which channel did they come from" after "new customers in January": the same figure, split by the one
      // channel it reaches (the follow-up keeps the figure; no thing's usual figure replaces it).
      entity.dimension = entity.dimension.filter((name) => {
        const dimension = index.dimension(name);
        return dimension !== undefined && index.reachable(carried, dimension);
      });
    } else if (eventThing && reading.sort === null && !countAsked && periodAsked && eventCount !== null) {
      // "Which members cancelled in November": the things named first whose own event (a count of their rows by
      // its date, `cancelled_at`) the verb says, listed by it (never their usual figure over the period).
      reading.metrics.push(eventCount);
      if (!entityMentions.some((mention) => mention.dimension[0] === eventThing.dimension[0]))
        entityMentions.push(eventThing);
    } else if (
      arrivals?.plural &&
      // ("Who are the French customers that joined": past a value that picks them, still named first.)
      items
        .slice(0, arrivals.position)
        .every((item, position) => (position === 0 && item.meanings.length > 0) || valuesOf(item).length > 0) &&
      reading.sort === null &&
      !countAsked &&
      periodAsked &&
      CREATION.test(normalized) &&
      arrivalsCount !== null
    ) {
      // "Products launched since December 2025": the things named first, those created in the period, listed.
      reading.metrics.push(arrivalsCount);
      if (!entityMentions.includes(arrivals)) entityMentions.push(arrivals);
    } else if (
      entity &&
      (reading.sort !== null ||
        performAsked ||
        compareAsked ||
        listing ||
        whichBefore(entity.position) ||
        // "Order status breakdown", "sales channel split": the thing's usual figure, split by it.
        keyAt(entity.position + 1) === 'breakdown')
    ) {
      const dimension = index.dimension(entity.dimension[0] as string);
      // "Which country brought the most" after "new customers last month": the most of the figure talked about.
      const talkedAbout =
        carried !== undefined &&
        dimension !== undefined &&
        reading.sort !== null &&
        !vagueFigure &&
        !MONEY_ASKED.test(normalized) &&
        index.reachable(carried, dimension);
      // "Which product got refunded the most", "which customer cancelled the least": how many times, the rows the
      // participle's value names, counted (not the money of those rows).
      const rankedParticiple = valueMentions.find(
        (mention) =>
          !mention.negated &&
          [items[mention.position + 1]].some((next) => next && (has(next, 'desc') || has(next, 'asc'))) &&
          /ed$/.test(items[mention.position]?.text ?? '') &&
          valueTable(mention) !== undefined,
      );
      const timesCounted =
        rankedParticiple && !MONEY_ASKED.test(normalized) ? countMetricFor(valueTable(rankedParticiple), index) : null;
      if (listedBy.name !== null) reading.metrics.push(listedBy.name);
      else if (vagueFigure && dimension) reading.figuresToOffer ??= figuresFor(dimension, index);
      else if (talkedAbout) reading.metrics.push(carried.name);
      else if (timesCounted !== null) reading.metrics.push(timesCounted);
      else if (dimension?.defaultMetric) reading.metrics.push(dimension.defaultMetric);
    } else if (
      // "Which tiktoks did I put out last week": the rows the plural value names, as "list" would ask.
      (listing || (keyAt(0) === 'which' && valueMentions[0]?.position === 1 && reading.sort === null)) &&
      entityMentions.length === 0 &&
      listedByValue(valueMentions, items, index)
    ) {
      // "List my reels from last month": the rows the plural value names (posts of that type), by their usual figure.
      const rows = listedByValue(valueMentions, items, index) as { entity: string; metric: string; position: number };
      entityMentions.push({ dimension: [rows.entity], position: rows.position, plural: true });
      reading.metrics.push(rows.metric);
    } else if (valueMentions.length > 0 && (performAsked || compareAsked || reading.sort !== null || vagueFigure)) {
      const dimension = index.dimension(valueMentions[0]?.candidates[0]?.dimension ?? '');
      if (vagueFigure && dimension) reading.figuresToOffer ??= figuresFor(dimension, index);
      else if (dimension?.defaultMetric) reading.metrics.push(dimension.defaultMetric);
    } else if (
      !performAsked &&
      !compareAsked &&
      reading.sort === null &&
      !listing &&
      valueMentions.length > 0 &&
      // ("Amount collected from basic subscribers": their money, not how many of them.)
      !MONEY_ASKED.test(normalized) &&
      countMetricFor(tableNounOf(items) ?? index.dimension(countedThing?.dimension[0] ?? '')?.table, index) !== null
    ) {
      // "Subscribers in EMEA", "customers in Germany": the things named, counted, within the values said.
      const table = tableNounOf(items) ?? index.dimension(countedThing?.dimension[0] ?? '')?.table;
      reading.metrics.push(countMetricFor(table, index) as string);
    } else if (
      !performAsked &&
      !compareAsked &&
      !countAsked &&
      reading.sort === null &&
      MONEY_ASKED.test(normalized) &&
      valueMentions.some((mention) => moneyMetricFor(valueTable(mention), index) !== null)
    ) {
      // "Amount collected from basic subscribers": the money of the rows a value picks (paid invoices), when its
      // table has an amount; the people after it only say whose.
      const mention = valueMentions.find((said) => moneyMetricFor(valueTable(said), index) !== null);
      reading.metrics.push(moneyMetricFor(valueTable(mention), index) as string);
    } else if (
      !performAsked &&
      !compareAsked &&
      reading.sort === null &&
      entityMentions.length === 0 &&
      valueMentions.length === 1 &&
      // ("And after refunds?": rows left out name no rows to count.)
      netOfSaid(items[valueMentions[0]?.position ?? -1]?.text ?? '', normalized) === null &&
      valueTable(valueMentions[0]) !== undefined &&
      (MONEY_ASKED.test(normalized) || namesRows(valueMentions[0] as (typeof valueMentions)[number]))
    ) {
      // "Refunds last month", "reels this week": the rows the plural value names, counted. "The refunded
      // amount": their money, the value's table's first amount.
      const table = valueTable(valueMentions[0]);
      const money = moneyMetricFor(table, index);
      const counted = countMetricFor(table, index);
      if (MONEY_ASKED.test(normalized) && money) reading.metrics.push(money);
      else if (counted) reading.metrics.push(counted);
    } else if (
      (performAsked || reading.change) &&
      entityMentions.length === 0 &&
      valueMentions.length === 0 &&
      STORE.test(normalize(question))
    ) {
      // "How is my store doing": which figure says how well it does is the user's call, any of the layer's.
      reading.figuresToOffer = [];
    } else if (
      listing &&
      entity === undefined &&
      countedThing !== undefined &&
      countMetricFor(index.dimension(countedThing.dimension[0] as string)?.table, index) !== null
    ) {
      // "Show all products in the beauty category": every row of the thing, each once. ("Customers from Australia
      // who bought last month": the ones who bought then, by their usual figure, not the ones who joined then.)
      const dimension = index.dimension(countedThing.dimension[0] as string) as Dimension;
      const count = countMetricFor(dimension.table, index) as string;
      const boughtThen = WHO_BOUGHT.test(normalized) && periodAsked && dimension.defaultMetric !== undefined;
      reading.metrics.push(boughtThen ? (dimension.defaultMetric as string) : count);
      entityMentions.push(countedThing);
    } else if (entity && keyAt(entity.position - 1) === 'by' && tableNounOf(items) !== null) {
      // "Subscribers by region": the rows the noun names, counted for each part of the breakdown.
      const metric = countMetricFor(tableNounOf(items) ?? undefined, index);
      if (metric) reading.metrics.push(metric);
    }
    // The branches above push to reading.metrics; TypeScript keeps the `length === 0` of the test that led here.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (reading.metrics.length > 0) reading.metricImplied = true;
  }

  // "How many of my posts went viral": which ones count is a figure and an amount the asker has not said.
  const judged = items.find((item) => isVagueFigure(item.text) && (has(item, 'desc') || has(item, 'asc')));
  const countedMetric = reading.metrics.length === 1 ? index.metric(reading.metrics[0] ?? '') : undefined;
  const judgedThings = countedMetric ? entityOfTable(index.layer, countedMetric.table) : null;
  if (countAsked && judged && countedMetric?.aggregation === 'count' && judgedThings !== null) {
    const period = slots.time.flatMap((mention) => (mention.kind === 'range' ? [mention.text] : [])).join(' ');
    reading.vagueCount = { word: judged.text, dimension: judgedThings, period };
  }

  // "List the customers in Australia who signed up this week": the count of the rows listed names them one by one.
  const listedRows = skippedEntities.find((mention) => mention.plural);
  const onlyMetric = reading.metrics.length === 1 ? index.metric(reading.metrics[0] ?? '') : undefined;
  if (
    listing &&
    listedRows &&
    entityMentions.length === 0 &&
    onlyMetric?.aggregation === 'count' &&
    index.dimension(listedRows.dimension[0] ?? '')?.table === onlyMetric.table
  )
    entityMentions.push(listedRows);

  // "Rank the sales channels by performance": the figure the layer calls performance cannot judge a thing it
  // does not reach; that thing's own figures are offered instead.
  const performed = index.metric(reading.metrics.length === 1 ? (reading.metrics[0] as string) : '');
  if (performWorded !== undefined && performed?.name === performWorded.name) {
    const unreached = entityMentions
      .map((mention) => mention.dimension.map((name) => index.dimension(name)))
      .find((dimensions) => dimensions.every((dimension) => !dimension || !index.reachable(performed, dimension)))?.[0];
    if (unreached) {
      reading.metrics = [];
      reading.figureWord = items[performWorded.position]?.text ?? null;
      reading.figuresToOffer = figuresFor(unreached, index);
    }
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
        if (metric?.aggregation === 'sum' && ORDERS_HOLDING.test(normalized))
          reading.problems.push(
            `${metric.label.toLowerCase()} of whole orders picked by what they held (ask for the ${candidate.label.toLowerCase()} to get what it sold for itself)`,
          );
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
    // "Mean comments per post", "avg spend per buyer": the average's own unit, already in the metric.
    if (perEntity && metric?.aggregation === 'average' && metric.table === dimension.table) continue;
    if (perEntity && metric?.label.toLowerCase().endsWith(` per ${dimension.label.toLowerCase()}`)) continue;
    if (perEntity && reading.sort === null && reading.limit === null) {
      // "Orders per purchasing customer": the layer's own "orders per customer" when it has one, else the figure
      // per row of the thing (its total over how many of them there are), when the thing can split the figure.
      const label = `${metric?.label ?? ''} per ${dimension.label}`.toLowerCase();
      const defined = index.layer.metrics.find((candidate) => candidate.label.toLowerCase() === label);
      if (metric && defined && reading.metrics.length === 1) {
        reading.metrics = [defined.name];
        continue;
      }
      if (
        metric &&
        reading.metrics.length === 1 &&
        reading.perRow === null &&
        (metric.aggregation === 'sum' || metric.aggregation === 'count') &&
        (metric.table === dimension.table || index.reachable(metric, dimension))
      ) {
        reading.perRow = dimension.name;
        continue;
      }
      // "Revenue per customer" asks for an average, which the layer does not define: not a list of every customer.
      if (!metric) reading.averagePer = dimension.name;
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
    const netOf = netOfSaid(word, normalized);
    // (A follow-up's "and after refunds?" asks it of the figure talked about.)
    const netFigure = metric ?? carried;
    if (netOf && excludedAlready(netFigure, mention.candidates)) {
      reading.leftOutAlready.push(netOf[0]);
      continue;
    }
    if (netOf) {
      reading.problems.push(
        `what "${netOf[0]}" means for ${netFigure?.label.toLowerCase() ?? 'that figure'} (${netFigure?.description || 'see its definition'})`,
      );
      continue;
    }
    // "Which posts did best on TikTok": with no figure yet, a value of the named things' own table wins.
    // "Instagram carousels": a value of one table only (carousels are posts) names the things too.
    const thingTables = new Set([
      ...entityMentions.flatMap((entity) => entity.dimension.map((name) => index.dimension(name)?.table)),
      ...valueMentions.flatMap((other) =>
        other !== mention && other.candidates.length === 1
          ? [index.dimension(other.candidates[0]?.dimension ?? '')?.table]
          : [],
      ),
    ]);
    const own = mention.candidates.filter((candidate) => thingTables.has(index.dimension(candidate.dimension)?.table));
    if (!metric && !carried && own.length === 1) mention.candidates = own;
    // "Refund rate for customers that came from TikTok": the value right after the people (only linking words
    // between) says which of them, on their own table.
    const peopleBefore = [...entityMentions, ...skippedEntities].find(
      (thing) =>
        thing.position < mention.position &&
        items
          .slice(thing.position + 1, mention.position)
          .every((between) => CREATION.test(between.text) || /^(?:who|that|which)$/.test(between.text)) &&
        /\b(?:who|that|which)?\s*(?:came|come|comes|were|was)?\s*(?:acquired\s+)?(?:from|via|through|thru|by)\s*$/.test(
          normalizedWords.slice(0, normalizedWords.indexOf(word)).join(' '),
        ),
    );
    // "Orders for customers acquired through TikTok": the people said as their arrivals' figure, right before.
    const arrivalsBefore = items
      .slice(0, mention.position)
      .at(-1)
      ?.meanings.flatMap((meaning) => (meaning.type === 'metric' ? [index.metric(meaning.name)] : []))
      .find((arrivals) => arrivals !== undefined && countsCreations(arrivals));
    const linked = /\b(?:from|via|through|thru|by)\s*$/.test(
      normalizedWords.slice(0, normalizedWords.indexOf(word)).join(' '),
    );
    const peopleTables =
      arrivalsBefore && linked
        ? [arrivalsBefore.table]
        : (peopleBefore?.dimension.map((name) => index.dimension(name)?.table) ?? []);
    const ownOfPeople = mention.candidates.filter((candidate) =>
      peopleTables.includes(index.dimension(candidate.dimension)?.table),
    );
    const namedThings = (items[mention.position]?.plural ?? false) && thingsOfPluralName(mention.candidates, index);
    if (namedThings && namedThings.length === 1 && mention.candidates.length > 1 && ownOfPeople.length === 0) {
      mention.candidates = namedThings;
      mention.narrowed = true;
    }
    if (ownOfPeople.length === 1 && mention.candidates.length > 1) {
      mention.candidates = ownOfPeople;
      mention.narrowed = true;
    }
    // "Customers acquired through TikTok versus Instagram", "paid search or facebook customers": a value joined
    // to one of a single kind is of that kind.
    const joinedTo = valueMentions[valueMentions.indexOf(mention) - 1];
    const joinedDimension =
      joinedTo?.narrowed || joinedTo?.candidates.length === 1 ? joinedTo.candidates[0]?.dimension : undefined;
    // "TikTok Shop vs Instagram": the value of that kind the word starts ("Instagram Shop").
    const longer = index
      .dimension(joinedDimension ?? '')
      ?.values.find((value) =>
        [value.label.toLowerCase(), ...value.synonyms].some((synonym) => synonym.startsWith(`${word} `)),
      );
    const joinedAlike = mention.candidates.some((candidate) => candidate.dimension === joinedDimension)
      ? mention.candidates.filter((candidate) => candidate.dimension === joinedDimension)
      : longer && joinedDimension
        ? [{ dimension: joinedDimension, value: longer.value }]
        : [];
    if (
      joinedTo !== undefined &&
      joinedAlike.length === 1 &&
      (mention.candidates.length > 1 || longer !== undefined) &&
      (items
        .slice(joinedTo.position + 1, mention.position)
        .every((between) => has(between, 'vs') || has(between, 'and')) ||
        // "Do TikTok-acquired customers spend more than Instagram ones": the value set against, after "than".
        (items[mention.position - 1]?.text === 'than' &&
          items.slice(joinedTo.position + 1, mention.position).every((between) => valuesOf(between).length === 0)))
    ) {
      mention.candidates = joinedAlike;
      mention.narrowed = true;
    }
    // "Revenue by platform" then "just Instagram": the dimension the conversation is already about.
    const spoken = mention.candidates.filter((candidate) => carriedDimensions.includes(candidate.dimension));
    if (spoken.length === 1 && mention.candidates.length > 1) {
      mention.candidates = spoken;
      mention.narrowed = true;
    }
    // "Units sold on paid orders": a value said right before the noun of its own dimension's rows is that value,
    // never the first word of another value's name ("Paid search"). (Not people: "Instagram customers" stays asked.)
    const rowsAfter = new RegExp(`\\b${escapeRegExp(word)} ([a-z]+)`).exec(normalized)?.[1];
    const tableAfter = rowsAfter === undefined ? null : tableNamedBy(rowsAfter, index);
    const ofRowsAfter = mention.candidates.filter(
      (candidate) => tableAfter !== null && index.dimension(candidate.dimension)?.table === tableAfter,
    );
    const rowsTable = index.layer.tables.find((table) => table.name === tableAfter);
    if (!mention.narrowed && ofRowsAfter.length === 1 && rowsTable && !holdsPeople(rowsTable)) {
      mention.candidates = ofRowsAfter;
      mention.narrowed = true;
    }
    // "Which sellers are in the UK", "sellers based in the UK": a value said of the rows named right before it, where
    // one of its dimensions is theirs, is that one (never the buyers' country of the figure ranked by).
    const rowsBefore = new RegExp(
      `\\b([a-z]+) (?:(?:who|that|which) )?(?:(?:are|is|were|was) )?(?:(?:based|located|situated) )?(?:in|from) (?:the )?${escapeRegExp(word)}\\b`,
    ).exec(normalized)?.[1];
    const tableBefore = rowsBefore === undefined ? null : tableNamedBy(rowsBefore, index);
    const ofRowsBefore = mention.candidates.filter(
      (candidate) => tableBefore !== null && index.dimension(candidate.dimension)?.table === tableBefore,
    );
    if (!mention.narrowed && mention.candidates.length > 1 && ofRowsBefore.length === 1) {
      mention.candidates = ofRowsBefore;
      mention.narrowed = true;
    }
    // "Instagram customers": those acquired through Instagram, or those who bought through the Instagram Shop (a
    // count of the people behind another table's rows). "Instagram Shop customers": only the buyers can be meant.
    const buyers = mention.narrowed || !metric ? [] : buyerReadings(word, mention.candidates, metric, index);
    const [onlyBuyers] = buyers;
    if (
      buyers.length === 1 &&
      onlyBuyers?.buyers &&
      onlyBuyers.value !== null &&
      reading.metrics.length === 1 &&
      !/\b(?:bought|buy|buys|purchased|ordered|spent|paid|shopped)\b/.test(normalized)
    ) {
      reading.metrics = [onlyBuyers.buyers.name];
      metric = onlyBuyers.buyers;
      mention.candidates = [{ dimension: onlyBuyers.dimension, value: onlyBuyers.value }];
    }
    // The word right after names the counted people themselves ("instagram customers").
    const adjacentPeople =
      metric !== undefined && tableNamedBy(items[mention.position + 1]?.text ?? '', index) === metric.table;
    const readings =
      mention.narrowed || (!metric && !carried && own.length === 1)
        ? []
        : buyers.length > 1 && buyers.some((one) => one.buyers) && adjacentPeople && !ACQUIRED.test(normalized)
          ? buyers
          : valueReadings(word, mention.candidates, metric ?? carried, index);
    // "By sales channel" then "just Instagram": the Instagram Shop, the reading of the dimension already asked.
    const carriedReadings = readings.filter(
      (candidate) => candidate.value !== null && carriedDimensions.includes(candidate.dimension),
    );
    const [carriedReading] = carriedReadings;
    // "How much did we lose to refunds": another word of the question names one of the readings; this one adds
    // nothing to it.
    const namedElsewhere = valueMentions.some((other) => {
      const [only, ...more] = other.candidates;
      return (
        other !== mention &&
        only !== undefined &&
        more.length === 0 &&
        readings.some((candidate) => candidate.dimension === only.dimension && candidate.value === only.value)
      );
    });
    if (namedElsewhere) continue;
    // "Sales attributed to facebook reels": another value said with one meaning only ("reels", a post's media type)
    // is of one reading's table; that reading is the one meant (a post's platform).
    const tablesNamed = valueMentions.flatMap((other) => {
      const [only, ...more] = other.candidates;
      // (A value of one of the readings' own dimensions is a pair said together, "tiktok or instagram": not this.)
      const itself = readings.some((candidate) => candidate.dimension === only?.dimension);
      return other !== mention && only !== undefined && more.length === 0 && !itself
        ? [index.dimension(only.dimension)?.table]
        : [];
    });
    const sameTable = readings.filter(
      (candidate) => candidate.value !== null && tablesNamed.includes(index.dimension(candidate.dimension)?.table),
    );
    const [sameTableReading] = sameTable;
    if (carriedReadings.length === 1 && carriedReading?.value != null) {
      mention.candidates = [{ dimension: carriedReading.dimension, value: carriedReading.value }];
    } else if (sameTable.length === 1 && sameTableReading?.value != null) {
      mention.candidates = [{ dimension: sameTableReading.dimension, value: sameTableReading.value }];
    } else if (readings.length > 0) {
      // "How's TikTok going": each reading said with its own usual figure in place of the vague word.
      const vagueWord = metric
        ? undefined
        : (items.find((item) => has(item, 'perform') || isVagueFigure(item.text))?.text ??
          COMPARE_WORD.exec(normalize(question))?.[0]);
      reading.ambiguities.push({
        word,
        readings: vagueWord ? readings.map((one) => valueWithOwnFigure(one, vagueWord, index)) : readings,
      });
      continue;
    }
    const dimension = resolveDimension(mention.candidates.map((candidate) => candidate.dimension));
    // ("Billing by month", where "billing" is a figure and a kind of ticket: the word read as the figure asked is no
    // filter too.)
    const readAsFigure = metricOf(items[mention.position] as Item);
    if (dimension === null && readAsFigure !== undefined && reading.metrics.includes(readAsFigure.name)) continue;
    if (dimension === null) {
      reading.problems.push(`${metric?.label.toLowerCase() ?? 'that'} for "${items[mention.position]?.text}"`);
      continue;
    }
    const value = mention.candidates.find((candidate) => candidate.dimension === dimension)?.value as string;
    const entry = byDimension.get(dimension) ?? { values: [], negated: mention.negated, positions: [] };
    // "Invoices that haven't been paid yet, still open ones": the value said plainly is the one meant, and the one
    // said with "not" only says what it is not; "not paid or open", "drop email and direct" list both under it.
    if (entry.values.length > 0 && entry.negated !== mention.negated) {
      // (Listed: the value, a joiner and the other value, word after word; "paid yet, still open" has words between.)
      const [before, joiner, after] = [
        items[mention.position - 2],
        items[mention.position - 1],
        items[mention.position],
      ];
      const next = (item: Item | undefined) => (item ? item.position + item.text.split(' ').length : -1);
      const listed =
        entry.positions.includes(mention.position - 2) &&
        /^(?:or|nor|and)$/.test(joiner?.text ?? '') &&
        next(before) === joiner?.position &&
        next(joiner) === after?.position;
      if (mention.negated || listed) {
        if (listed && !entry.values.includes(value)) entry.values.push(value);
        continue;
      }
      entry.values.length = 0;
      entry.positions.length = 0;
      entry.negated = false;
    }
    if (!entry.values.includes(value)) entry.values.push(value);
    entry.positions.push(mention.position);
    byDimension.set(dimension, entry);
  }
  // The figure, or the rows counted ("what % of our Pro customers are in the Americas": the customers).
  const figureAt =
    chosen[0]?.position ??
    items.find((item) =>
      item.meanings.some(
        (meaning) =>
          meaning.type === 'table' ||
          (meaning.type === 'dimension' &&
            entityOfTable(index.layer, index.dimension(meaning.name)?.table ?? '') === meaning.name),
      ),
    )?.position;
  // Only when the part is said after it, by where the figure came from or where the rows are ("comes from each
  // country", "are in the Americas"); "% of refunded orders by country" is each country's refunded share.
  // So is one said after the figure while another comes before it ("what share of TikTok Shop orders got cancelled":
  // of the TikTok Shop orders, the cancelled ones).
  const valueAfter = [...byDimension.values()].some(
    (entry) => !entry.negated && figureAt !== undefined && entry.positions.every((position) => position > figureAt),
  );
  const partAfter =
    /\b(?:comes?|came|coming) from\b|\b(?:are|were|is|was) (?:in|from|on)\b/.test(normalized) || valueAfter;
  reading.sharePartAfter = partAfter;
  if (shareAsked && partAfter && figureAt !== undefined)
    reading.shareWhole = [...byDimension]
      .filter(([, entry]) => !entry.negated && entry.positions.every((position) => position < figureAt))
      .map(([dimension]) => dimension);
  // "What % of january orders from german customers were cancelled": the value said right after the verb is the
  // part, the others pick the whole (of the German customers' orders, the cancelled ones).
  if (shareAsked && reading.shareWhole.length === 0) {
    const entries = [...byDimension].filter(([, entry]) => !entry.negated);
    const predicate = (positions: readonly number[]) =>
      positions.some((position) =>
        new RegExp(
          `\\b(?:were|was|got|get|gets|are|is|been|being|ended up)(?: [a-z]+)? ${escapeRegExp(items[position]?.text ?? '')}\\b`,
        ).test(normalized),
      );
    const parts = entries.filter(([, entry]) => predicate(entry.positions));
    if (parts.length === 1 && entries.length > 1) {
      reading.shareWhole = entries.filter((entry) => !parts.includes(entry)).map(([dimension]) => dimension);
      reading.sharePartAfter = true;
    }
  }
  // "IG reels vs TikTok videos": two combinations to set against each other, which no one comparison answers.
  const crossed = crossedPairs([...byDimension.values()], items);
  if (crossed !== null && reading.problems.length === 0) reading.problems.push(crossed);
  // "Revenue from TikTok and Instagram combined": one total over both, not the two side by side.
  const combined = /\b(?:combined|together|altogether|in total|put together|added together|added up)\b/.test(
    normalized,
  );
  for (const [dimension, entry] of byDimension) {
    if (entry.negated) {
      reading.filters.push({ dimension, operator: 'neq', values: entry.values });
    } else if (entry.values.length >= 2 && combined) {
      reading.filters.push({ dimension, operator: 'in', values: entry.values });
    } else if (entry.values.length === 2 && reading.valueComparison === null) {
      reading.valueComparison = { dimension, values: [entry.values[0] as string, entry.values[1] as string] };
    } else if (entry.values.length > 2) {
      reading.filters.push({ dimension, operator: 'in', values: entry.values });
      if (!reading.dimensions.includes(dimension)) reading.dimensions.push(dimension);
    } else {
      reading.filters.push({ dimension, operator: 'eq', values: entry.values });
    }
  }

  readTime(reading, slots);
  readRankingSize(reading, slots);
  reading.vagueRanking = vagueRankingWord(reading, items, chosen[0]?.position ?? null);
  // "Which plan billed more in June": the one with more, of the plan's values.
  const moreItem = items.find((item) => has(item, 'more'));
  if (
    // (Or after the rows said first: "Q2 signups: which region brought in fewer?")
    (/^(?:which|what) /.test(normalized) || /(?:[:;,—–]|\s-)\s*(?:which|what) /i.test(question)) &&
    moreItem &&
    reading.sort === null &&
    reading.valueComparison === null &&
    reading.dimensions.length === 1 &&
    reading.grain === null
  ) {
    reading.sort = /^(?:less|fewer|lower|worse)$/.test(moreItem.text) ? 'asc' : 'desc';
    reading.singular = true;
  }
  // "Per day" in an average per day is no daily series.
  if (reading.per !== null && reading.grain === reading.per) reading.grain = null;
  // The thing of a per-thing average is in the figure, not a breakdown of it.
  if (perThing.name !== null) reading.dimensions = reading.dimensions.filter((name) => name !== perThing.name);
  // "Which subscriber spent the most": the rows asked for have no column naming one of them, so another table's
  // rows (its invoices) would be ranked in their place. Said, never swapped.
  const unnamedRows = items.find(
    (item, at) =>
      (keyAt(at - 1) === 'which' || keyAt(at - 1) === 'desc' || keyAt(at - 1) === 'asc') &&
      item.meanings.length > 0 &&
      item.meanings.every((meaning) => meaning.type === 'table' && entityOfTable(index.layer, meaning.name) === null),
  );
  const rankedOther = reading.dimensions.some((name) => {
    const table = index.dimension(name)?.table;
    return (
      table !== undefined &&
      !unnamedRows?.meanings.some((meaning) => meaning.type === 'table' && meaning.name === table)
    );
  });
  // "List pro subscribers", "who are our EMEA subscribers": the rows themselves, with nothing to name each by.
  const rowsListed =
    (listing || /^who (?:are|were|is|was)\b/.test(normalized)) &&
    !countWanted &&
    unnamedRows === undefined &&
    reading.dimensions.length === 0
      ? items.find(
          (item) =>
            item.plural &&
            item.meanings.length > 0 &&
            item.meanings.every(
              (meaning) => meaning.type === 'table' && entityOfTable(index.layer, meaning.name) === null,
            ),
        )
      : undefined;
  if (rowsListed) {
    const one = rowsListed.text.replace(/s$/, '');
    reading.problems.push(
      `which ${rowsListed.text}: the semantic layer describes nothing that names one ${one} apart from another`,
    );
  }
  // ("Which customers were billed in August": a total would name none of them.)
  const whichRows =
    unnamedRows !== undefined && keyAt(items.indexOf(unnamedRows) - 1) === 'which' && !countWanted && !reading.howMany;
  if (unnamedRows && (rankedOther || (reading.dimensions.length === 0 && (reading.sort !== null || whichRows)))) {
    const one = unnamedRows.plural ? unnamedRows.text.replace(/s$/, '') : unnamedRows.text;
    reading.problems.push(
      `which ${unnamedRows.text}: the semantic layer describes nothing that names one ${one} apart from another`,
    );
  }
  // "The top one", "the biggest one": one row, the first of the ranking.
  if (
    reading.limit === null &&
    /\b(?:top|best|biggest|highest|largest|lowest|worst|bottom|smallest|leading) one\b/.test(normalized)
  )
    reading.singular = true;
  // "Which day of the week is my best day": the day is the split's own ("Day of week"), never a series by date too.
  const grain = reading.grain;
  if (
    grain !== null &&
    reading.dimensions.some((name) => new RegExp(`\\b${grain}\\b`, 'i').test(index.dimension(name)?.label ?? ''))
  )
    reading.grain = null;
  return reading;
}

/** People said by what they did: "customers who bought", "subscribers that paid". */
const WHO_BOUGHT = /\b(?:who|that) (?:have |had )?(?:bought|ordered|purchased|spent|shopped|paid)\b/;

/** "Who joined", "that signed up": people said by when they arrived. */
export const WHO_JOINED =
  '(?:who|that)\\s+(?:have\\s+|had\\s+)?(?:joined|signed up|signed on|registered|subscribed|were acquired|came on board|onboarded)\\b';

/** "Subscribers who joined in", "the customers that signed up": the people, named before the verb. */
const JOINED = new RegExp(`\\b([a-z]+?)s?\\s+${WHO_JOINED}`);
const JOINED_THEN = new RegExp(`\\b${WHO_JOINED}`);

/**
 * "The tiktok post from feb 3", "my posts published in january", "the reel posted on mar 14": the period is when
 * the rows named were made, and the figure (revenue attributed to them) is dated by other rows (their orders):
 * only the rows made then, their figure whenever it came. A plural said with "in" or "on" alone ("posts in
 * february") keeps the figure's own dates.
 */
function madeThen(
  slots: Slots,
  figure: Metric,
  index: LayerIndex,
): { table: string; timeRange: TimeRange; start: number; made: boolean } | null {
  const text = slots.text.toLowerCase();
  for (const mention of slots.time) {
    if (mention.kind !== 'range' || mention.range.kind === 'all' || mention.compared) continue;
    // (The mention may hold its own preposition: "from feb 3", "on mar 14".)
    const first = /^(?:on|from|in|dated)\b/.exec(mention.text)?.[0] ?? '';
    const said =
      /\b([a-z]+?)(s?) (?:(?:that|which) )?(?:(?:i|we) )?(?:(?:was|were) )?(?:(posted|published|uploaded|shared|put out|went up|went out|made)(?: on| in)?|(from|dated)|(on))$/.exec(
        `${text.slice(0, mention.start).trimEnd()} ${first}`.trimEnd(),
      );
    if (!said) continue;
    const [, noun = '', plural = '', verb, from, on] = said;
    // "Posts on black friday": the posts, or their orders, that day; only one post said as one is made that day.
    if (on !== undefined && plural === 's') continue;
    if (verb === undefined && from === undefined && on === undefined) continue;
    // ("The reel from feb 3": a value said as its rows, the posts of that kind.)
    const valued = slots.items
      .find((item) => item.text === `${noun}${plural}`)
      ?.meanings.find((meaning) => meaning.type === 'value');
    const table =
      tableNamedBy(noun, index) ??
      (valued?.type === 'value' && on === undefined ? (index.dimension(valued.dimension)?.table ?? null) : null);
    // (People "from feb 3" are not said as made: who joined then is read as such, with its own words.)
    const rows = index.layer.tables.find((candidate) => candidate.name === table);
    if (!table || !rows || holdsPeople(rows) || table === figure.time.table || madeColumn(index.layer, table) === null)
      continue;
    if (index.joinPath(figure.table, [table]) === null && figure.table !== table) continue;
    return { table, timeRange: mention.range, start: mention.start, made: true };
  }
  return null;
}

/** The periods named, and whether the period before was asked for. */
function readTime(reading: Reading, slots: Slots): void {
  // "January and February" is both; "last year's customers … this year" is two periods that are not one.
  const ranges = slots.time.filter((mention) => mention.kind === 'range');
  const [first, second] = ranges;
  if (first && second) {
    const between = slots.text.slice(first.start + first.text.length, second.start);
    reading.periodsJoined = /\b(?:and|to|through|thru|till|until|plus)\b|[-&–]/.test(between);
  }
  const [only] = ranges;
  // ("And Q1 so far" after Q4 2025: the one running now, never Q1 of the year before.)
  const running =
    only !== undefined &&
    /^\W*(?:so far|to date|till now|until now|up to now)\b/.test(slots.text.slice(only.start + only.text.length));
  reading.yearless =
    ranges.length === 1 &&
    only?.kind === 'range' &&
    only.range.kind === 'absolute' &&
    yearlessPart(only.text) &&
    !running;
  for (const mention of slots.time) {
    if (mention.kind === 'range') {
      // (The period the people joined in is theirs, not the figure's.)
      if (mention.start === reading.joined?.start) continue;
      reading.ranges.push(mention.range);
      if (mention.compared) reading.comparedRange = mention.range;
    } else if (mention.kind === 'previous') {
      reading.previous = true;
      // "Yesterday vs a week before", "January vs the year before": one unit back, said, whatever the period's length.
      const unit = /(?<!\d )\b(day|week|month|quarter|year) (?:before|prior)\b/.exec(mention.text)?.[1];
      if (unit !== undefined) reading.previousBy = unit as TimeUnit;
      const named = /\b(?:previous|prior|preceding) (day|week|month|quarter|year)\b/.exec(mention.text)?.[1];
      if (named !== undefined) reading.previousNamed = named as TimeUnit;
      const said = /\b(?:(\d+) )?(day|week|month|quarter|year)s? (?:before|prior)\b/.exec(mention.text);
      if (said) reading.previousSaid = { unit: said[2] as TimeUnit, count: Number(said[1] ?? 1) };
    }
  }
}

/** Ranking size: "top 5", "5 best", "show 10"; any other number is not understood. */
function readRankingSize(reading: Reading, slots: Slots): void {
  const { items } = slots;
  // (The rows said right after a value: "instagram posts", "tiktok videos".)
  const rowsRightAfter = (value: Item) => {
    const next = itemRightAfter(items, value);
    return next !== undefined && next.plural && (dimensionsOf(next).length > 0 || valuesOf(next).length > 0);
  };
  const ranked = items.some((item) => {
    const key = keywordOf(item);
    return key === 'desc' || key === 'asc';
  });
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
      (adjacentAfter && dimensionsOf(after).length > 0) ||
      // "The 3 best weeks", "which 2 months had the most orders"; "billing the 2 weeks before" ranks nothing.
      (adjacentAfter && afterKey !== null && afterKey in GRAIN_KEYS && (reading.sort !== null || ranked)) ||
      // "Which 3 tiktoks got the most likes": a number before the plural value naming the rows.
      (adjacentAfter && after.plural && valuesOf(after).length > 0 && reading.sort !== null) ||
      // "My 5 instagram posts from february with the most reach": a value between the number and the rows.
      (adjacentAfter && valuesOf(after).length > 0 && (reading.sort !== null || ranked) && rowsRightAfter(after))
    ) {
      reading.limit = Math.min(number.value, 1000);
      if (reading.limit > 0) continue;
    }
    reading.problems.push(`the number ${number.value}`);
  }
}

/**
 * The figures that could say how well a thing did, most likely first: each thing's usual figure, then the
 * other figures of its table, not its own count.
 */
function figuresOf(counts: readonly string[], items: readonly Item[], index: LayerIndex): string[] {
  const figures: string[] = [];
  for (const name of counts) {
    const count = index.metric(name);
    if (!count) continue;
    const things = items.flatMap((item) => (metricOf(item)?.type === 'metric' ? dimensionsOf(item) : []));
    for (const thing of things) {
      const usual = index.dimension(thing)?.defaultMetric;
      if (usual && usual !== name && !figures.includes(usual)) figures.push(usual);
    }
    for (const metric of index.layer.metrics) {
      if (metric.table === count.table && metric.name !== name && !figures.includes(metric.name))
        figures.push(metric.name);
    }
  }
  return figures;
}

/**
 * The ranking word of "revenue from my best customers", "likes on my top posts": a figure named before the
 * ranking word asks for the figure of the best ones, and nothing says how many there are or by what they are
 * best. A number ("my top 5 customers") or the figure after the word ("best customers by revenue") says it.
 */
function vagueRankingWord(reading: Reading, items: readonly Item[], figureAt: number | null): string | null {
  if (!reading.evaluative || reading.limit !== null || reading.singular === true || figureAt === null) return null;
  if (reading.dimensions.length === 0) return null;
  const word = items.find(
    (item, position) => position > figureAt && (has(item, 'desc') || has(item, 'asc')) && EVALUATIVE.has(item.text),
  );
  return word?.text ?? null;
}

/**
 * "Pull up my tiktoks": a name made plural names things of its own ("tiktoks" are posts), never people: of a
 * value word's readings, those on a table of things whose label is not itself a plural.
 */
function thingsOfPluralName<T extends { readonly dimension: string; readonly value?: string }>(
  candidates: readonly T[],
  index: LayerIndex,
): T[] {
  return candidates.filter((candidate) => {
    const dimension = index.dimension(candidate.dimension);
    const label = dimension?.values.find((value) => value.value === candidate.value)?.label.toLowerCase();
    const table = index.layer.tables.find((entry) => entry.name === dimension?.table);
    return label !== undefined && !label.endsWith('s') && table !== undefined && !holdsPeople(table);
  });
}

/**
 * The rows a listed plural value names ("reels" are posts of that type), with the figure to list them by:
 * the rows' usual figure. Null when no plural value names rows that have one.
 */
function listedByValue(
  mentions: readonly {
    readonly position: number;
    readonly candidates: readonly { readonly dimension: string; readonly value?: string }[];
  }[],
  items: readonly Item[],
  index: LayerIndex,
): { entity: string; metric: string; position: number } | null {
  for (const mention of mentions) {
    if (!items[mention.position]?.plural) continue;
    const things = thingsOfPluralName(mention.candidates, index);
    const candidates = things.length === 1 ? things : mention.candidates;
    const tables = new Set(candidates.map((candidate) => index.dimension(candidate.dimension)?.table));
    if (tables.size !== 1) continue;
    const [table] = [...tables];
    const entity = table === undefined ? null : entityOfTable(index.layer, table);
    const metric = entity === null ? undefined : index.dimension(entity)?.defaultMetric;
    if (entity !== null && metric) return { entity, metric, position: mention.position };
  }
  return null;
}

/** "After refunds", "net of the refunds": a value said as rows taken off the figure, as said, or null. */
function netOfSaid(word: string, normalized: string): RegExpExecArray | null {
  return new RegExp(`\\b(after|minus|less|net of) (?:the |all )?${escapeRegExp(word)}\\b`).exec(normalized);
}
