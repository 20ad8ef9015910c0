import { scanNumberedValues } from './numbered-values.js';
import { HOW_MUCH_OF_THEM, lastPlan } from './follow-up-words.js';
import type { Turn } from '../analyst.js';
import type { Filter } from '../plan.js';
import { passesWithNone } from '../row-conditions.js';
import {
  countsRowsOf,
  rowNoun,
  type Dimension,
  type LayerIndex,
  type Metric,
  type SemanticLayer,
} from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { scanFiscal, type FiscalScan } from './calendar.js';
import { type Reading } from './interpret.js';
import { countMetricFor, moneyMetricFor } from './layer-figures.js';
import { scanNames, type EntityName, type NameScan } from './names.js';
import { scanMentions } from './mentions.js';
import { ORDERS_HOLDING } from './reading-words.js';
import { scanShare } from './shares.js';
import { has, type Slots } from './slots.js';
import { graded, scanRowPhrases, type ExtremeMention, type RowScan } from './thresholds.js';
import { knownWord, stem, type Vocabulary } from './vocabulary.js';
import { scanWeekParts, type WeekPartScan } from './week-parts.js';

/**
 * The phrases the parser reads before the words, each blanked out of the question for the next: names of the
 * user's rows, conditions on rows ("orders over $250"), shares ("what % of"), parts of the week, "show all",
 * fiscal periods. Then what they say, laid over the reading of the remaining words.
 */

/** "And the rest?", "show all of them", "the full list": a follow-up that drops the previous limit. */
const WIDEN =
  /\b(?:the rest(?! of (?:the |this )?(?:week|month|quarter|year)\b)|the others|all the others|everything else|everything|all of them|all of it|the full list|the whole list|full list|show all|see all|list all|all rows|all results|the remaining(?: ones)?)\b/i;

/**
 * "And overall?", "what's the total", "how much were they worth in total" after a breakdown or a list: the same
 * figure, filters and period as one total, the whole question being that.
 */
const TOTAL_ONLY =
  /^\s*(?:(?:and|so|ok|okay|what about|how about|then|now)[, ]+)*(?:(?:what(?:'s| is| was| are| were)|how much (?:is|was|were|are) (?:that|it|they|those|these)(?: worth)?|how much|give me|show(?: me)?) )?(?:the |that |it |them )?(?:overall|in total|total|totals|altogether|all together|combined|grand total|all in|sum|sum total)(?: (?:of|for) (?:them|those|these|it all|that|all of them|everything))?(?: (?:then|please|pls))?\s*[?.!]*\s*$/i;

/** "Show all products…": the whole list is asked for, and it is still a list (the verb stays to be read). */
function keepListVerb(match: string): string {
  const verb = /^(?:show|see|list)\b/i.exec(match)?.[0] ?? '';
  return verb + ' '.repeat(match.length - verb.length);
}

export interface PhraseScans {
  readonly named: NameScan;
  /** "Posts that mention the Soft Beanie": rows picked by what their text names. */
  readonly mentions: readonly Filter[];
  readonly rows: RowScan;
  readonly share: boolean;
  readonly weekPart: WeekPartScan;
  readonly widen: boolean;
  /** "And overall?": the last answer's figure as one total. */
  readonly total: boolean;
  /** "And overall?" right after a narrowing: the dimensions of the filters that narrowing added, to remove. */
  readonly unnarrowed: readonly string[];
  readonly fiscal: FiscalScan;
  /** "Is the Midnight Cardigan more expensive than the Organic Hoodie": the size figure two named rows are compared by. */
  readonly comparedSize: string | null;
  /** The question with every phrase read here blanked out: what is left for the words. */
  readonly rest: string;
}

/**
 * Two named rows of one thing and a comparative of the size words of that thing's own money figure ("more
 * expensive", "cheaper"): that figure, and the text with the comparative blanked out.
 */
function scanComparedSize(named: NameScan, index: LayerIndex): { metric: string | null; text: string } {
  const filter = named.filters.find((candidate) => candidate.values.length === 2);
  const metric = filter ? sizeMetricOf(index.dimension(filter.dimension), index) : undefined;
  if (!metric?.sizeWords) return { metric: null, text: named.text };
  const words = [...metric.sizeWords.larger, ...metric.sizeWords.smaller].flatMap((word) => graded(word, 'er'));
  const pattern = new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i');
  const match = pattern.exec(named.text);
  if (!match) return { metric: null, text: named.text };
  const text =
    named.text.slice(0, match.index) + ' '.repeat(match[0].length) + named.text.slice(match.index + match[0].length);
  return { metric: metric.name, text };
}

/** Reads the phrases of `question`; `history` carries the previous question's row conditions. */
export function scanPhrases(
  asked: string,
  context: {
    readonly history: readonly Turn[];
    readonly names: readonly EntityName[];
    readonly today: string;
    readonly layer: SemanticLayer;
    readonly index: LayerIndex;
    readonly vocabulary: Vocabulary;
  },
): PhraseScans {
  const last = lastPlan(context.history);
  const carried = last?.conditions ?? [];
  // "And overall?": nothing else is asked; the words are read here, blanked for the rest. After a turn that only
  // narrowed the one before ("only on the tiktok shop"), it undoes that: the filters it added are removed.
  // ("Open invoices" >> "how much is that in total": what those rows come to, never the count undone to all rows.)
  const countedBefore = last !== null && context.index.metric(last.metrics[0] ?? '')?.aggregation === 'count';
  const worthOfThem = countedBefore && new RegExp(`\\b${HOW_MUCH_OF_THEM}\\b`, 'i').test(asked);
  const overall = last !== null && TOTAL_ONLY.test(asked) && !worthOfThem;
  const before = context.history.filter((turn) => turn.plan !== null).at(-2)?.plan ?? null;
  // ("Revenue from canada last month" >> "and overall?": one total already, so "overall" is every country.)
  const oneTotal = last !== null && last.dimensions.length === 0 && last.grain === null;
  // ("Total?" after a list of rows, narrowed or not: the figure of those rows added up, never the narrowing undone;
  // after a top 5, "overall" is all of them again.)
  const listed =
    last !== null &&
    last.limit === null &&
    last.dimensions.some((name) => {
      const dimension = context.index.dimension(name);
      return dimension !== undefined && dimension.values.length === 0 && dimension.details.length > 0;
    });
  const narrowed =
    !overall || listed
      ? []
      : before !== null && last.dimensions.join() === before.dimensions.join()
        ? last.filters.filter(
            (filter) => !before.filters.some((earlier) => JSON.stringify(earlier) === JSON.stringify(filter)),
          )
        : oneTotal
          ? last.filters
          : [];
  // ("Amount billed in total" after the invoices listed: that figure of those rows, added up; the figure is read.)
  const figureTotal =
    /^(\s*(?:(?:and|so|ok|okay|now)[, ]+)?(?:the )?[a-z][a-z ]{2,40}?)(\s+(?:in total|altogether|all together|combined))\s*[?.!]*\s*$/i.exec(
      asked,
    );
  const figureOfRows =
    listed &&
    figureTotal !== null &&
    !TOTAL_ONLY.test(asked) &&
    (figureTotal[1] as string)
      .trim()
      .split(/\s+/)
      .some((word) => context.vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === 'metric'));
  const total =
    (overall && narrowed.length === 0 && (last.dimensions.length > 0 || last.grain !== null)) || figureOfRows;
  const question = figureOfRows
    ? `${figureTotal[1] as string}${' '.repeat(asked.length - (figureTotal[1] as string).length)}`
    : total || narrowed.length > 0
      ? ' '.repeat(asked.length)
      : asked;
  // A word of a kind of row ("hoodies") is read only when nothing else knows it.
  const known = (word: string) => knownWord(context.vocabulary, word);
  // ("3 bedroom homes": a number with the word of a dimension whose values are numbers, before names are read.)
  const numbered = scanNumberedValues(question, context.names, context.vocabulary);
  const names = scanNames(numbered.text, context.names, (word) => !known(word));
  const mentioned = scanMentions(
    question,
    // (Several values past a bound are added up, like the rows of a kind: "4 or more bedrooms" is one figure.)
    numbered.filters.length > 0 ? { ...names, kinds: [...numbered.filters, ...names.kinds] } : names,
    context.index,
    context.vocabulary,
  );
  const named = mentioned.named;
  const compared = scanComparedSize(named, context.index);
  const rows = scanRowPhrases(compared.text, context.vocabulary, context.index, carried);
  const shared = scanShare(rows.text, context.layer);
  const weekPart = scanWeekParts(shared.text, context.index);
  const widened = WIDEN.exec(weekPart.text);
  const fiscal = scanFiscal(
    widened ? weekPart.text.replace(WIDEN, keepListVerb) : weekPart.text,
    context.today,
    context.layer,
  );
  return {
    named,
    mentions: mentioned.mentions,
    rows,
    share: shared.share,
    weekPart,
    widen: widened !== null,
    total,
    unnarrowed: narrowed.map((filter) => filter.dimension),
    fiscal,
    comparedSize: compared.metric,
    rest: fiscal.text,
  };
}

/** What the phrases say, laid over the reading of the rest of the question. */
export function applyPhrases(
  reading: Reading,
  scans: PhraseScans,
  slots: Slots,
  index: LayerIndex,
  followsUp: boolean,
): void {
  const { rows, weekPart, fiscal, named } = scans;
  reading.conditions = [...rows.conditions];
  // "Number of products with more than 500 units sold": a figure the rows are kept by is not what is counted.
  const kept = rows.conditions.flatMap((condition) => index.metric(condition.metric)?.label.toLowerCase() ?? []);
  reading.ambiguities = reading.ambiguities.flatMap((ambiguity) => {
    const readings = ambiguity.readings.filter(
      (candidate) => candidate.value !== null || !kept.includes(candidate.phrase),
    );
    return readings.length > 1 ? [{ ...ambiguity, readings }] : [];
  });
  reading.share = scans.share;
  reading.widen = scans.widen;
  reading.total = scans.total;
  reading.removeFilters.push(...scans.unnarrowed);
  // "Weekends vs weekdays": every day of the week, so both parts show (never one of them silently).
  if (weekPart.breakdown && !reading.dimensions.includes(weekPart.breakdown))
    reading.dimensions.push(weekPart.breakdown);
  if (weekPart.filter) {
    reading.filters = reading.filters.filter((filter) => filter.dimension !== weekPart.filter?.dimension);
    reading.filters.push(weekPart.filter);
    reading.dimensions = reading.dimensions.filter((name) => name !== weekPart.filter?.dimension);
  }
  if (rows.extreme) applyExtreme(reading, rows.extreme, index);
  if (fiscal.range) reading.ranges.push(fiscal.range);
  for (const filter of named.filters) applyNamedFilter(reading, filter, index, true, slots.text);
  // The rows stay what is counted or listed; only those whose text names it.
  reading.filters.push(...scans.mentions);
  // "How many hoodies did we sell": every hoodie, added up (the names are in the filter, said in the answer).
  for (const filter of named.kinds) applyNamedFilter(reading, filter, index, false);
  const firstNamed = [...named.filters, ...named.kinds][0];
  // "How much is the Cloud Midi Dress": nothing but the named thing, so its own size (a product's price), never
  // how many of it sold.
  const sizeOfThing = firstNamed ? sizeMetricOf(index.dimension(firstNamed.dimension), index) : undefined;
  if (sizeOfThing && reading.metricImplied && ASKS_ITS_SIZE.test(scans.rest)) {
    reading.metrics = [sizeOfThing.name];
    reading.metricImplied = false;
    // ("How much are all joggers": each one's price, never their average said as "the price".)
    if (firstNamed && firstNamed.values.length > 1 && !reading.dimensions.includes(firstNamed.dimension))
      reading.dimensions.push(firstNamed.dimension);
  }
  if (scans.comparedSize !== null && (reading.metrics.length === 0 || reading.metricImplied || reading.metricWeak)) {
    reading.metrics = [scans.comparedSize];
    reading.metricImplied = false;
  }
  // "How many Minimal Joggers went through the TikTok Shop": how many of a named thing is a quantity of it (the
  // layer's one sum of pieces reaching it), not the number of orders its value's table happens to count.
  // "How many customers in Canada bought hoodies" counts the customers, never the hoodies.
  const countAt = slots.items.findIndex((item) => has(item, 'count'));
  // ("How many follow-ups did Rose do": a value said right after "how many" names the rows counted, never pieces.)
  const countItem = slots.items[countAt];
  const afterCount = slots.items[countAt + 1];
  const countsOtherRows =
    afterCount?.meanings.some((meaning) => meaning.type === 'dimension' && meaning.name !== firstNamed?.dimension) ||
    (countItem !== undefined &&
      afterCount?.position === countItem.position + countItem.text.split(' ').length &&
      afterCount.meanings.some((meaning) => meaning.type === 'value' && meaning.dimension !== firstNamed?.dimension));
  if (firstNamed && reading.metricImplied && countAt >= 0 && !countsOtherRows) {
    const thing = index.dimension(firstNamed.dimension);
    const pieces = thing ? quantitiesOf(thing, index) : [];
    if (pieces.length === 1) {
      reading.metrics = [pieces[0]?.name as string];
      reading.metricImplied = false;
    }
  }
  const condition = reading.conditions[0];
  // "Products that didn't sell last week": rows with none of a figure are asked for as a list, said bare.
  const conditionMetric = index.metric(condition?.metric ?? '');
  const noneAsked =
    condition !== undefined && conditionMetric !== undefined && passesWithNone(condition, conditionMetric);
  // "Customers from Canada who spent over $500": the rows, named first and picked by a clause, are the answer.
  const rowsDimension = index.dimension(condition?.dimension ?? '');
  const rowsNouns = rowsDimension ? [rowsDimension.plural.toLowerCase(), `${rowNoun(rowsDimension)}s`] : [];
  // "Accessories priced between $40 and $60": a kind of the rows (a value of their own table) named first.
  const first = slots.items[0];
  const kindFirst =
    first?.position === 0 &&
    first.meanings.some(
      (meaning) => meaning.type === 'value' && index.dimension(meaning.dimension)?.table === rowsDimension?.table,
    );
  const clauseAsked =
    rowsNouns.some((noun) =>
      new RegExp(`^\\s*(?:my |the |all |all my |all the )?${noun}\\b.*\\b(?:who|whose|that|which)\\b`, 'i').test(
        scans.named.text,
      ),
    ) ||
    (kindFirst &&
      (/^\s*(?:my |the |all |all my |all the )?[a-z]+ (?:priced|costing)\b/i.test(scans.named.text) ||
        (first.plural &&
          /^\s*(?:my |the |all |all my |all the )?[a-z]+ (?:who|that|which)\b/i.test(scans.named.text)))) ||
    // "Beauty products priced over $40", "beauty products with a list price above $40": the rows, a kind of them
    // said first, then what picks them.
    rowsNouns.some(
      (noun) =>
        new RegExp(`^\\s*(?:my |the |all |all my |all the )?(?:[a-z]+ )?${noun} (?:priced|costing)\\b`, 'i').test(
          scans.named.text,
        ) ||
        (kindFirst &&
          new RegExp(`^\\s*(?:my |the |all |all my |all the )?[a-z]+ ${noun} with\\b`, 'i').test(scans.named.text)),
    );
  const listAsked =
    (/^(?:list|show|which|what)\b/i.test(scans.rest.trim()) || noneAsked || clauseAsked) &&
    !slots.items.some((item) => has(item, 'count'));
  // Under a clause, the rows' own count ("orders that were over $500") or the condition's figure names no other
  // figure to total.
  const rowsCount = countMetricFor(index.dimension(condition?.dimension ?? '')?.table, index);
  const onlyTheRows = clauseAsked && reading.metrics.every((name) => name === rowsCount || name === condition?.metric);
  if (
    condition &&
    listAsked &&
    (reading.metrics.length === 0 || reading.metricImplied || onlyTheRows) &&
    reading.sort === null
  ) {
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
  // "How much came from $99 invoices", "how much did orders over $100 bring in": the rows' money, not their count.
  const rowsMoney =
    moneyMetricFor(rowsDimension?.table, index) ??
    (conditionMetric?.format === 'currency' && conditionMetric.aggregation === 'sum' ? conditionMetric.name : null);
  if (
    condition &&
    rowsMoney &&
    /\bhow much\b/i.test(scans.rest) &&
    !/\bhow many\b/i.test(scans.rest) &&
    reading.sort === null &&
    reading.metrics.every((name) => name === rowsCount)
  ) {
    reading.metrics = [rowsMoney];
    reading.metricImplied = false;
  }
  if (reading.metrics.length === 0 && reading.conditions.length > 0 && !(followsUp && reading.followUpCue)) {
    // "Posts with over 50k reach": how many of the rows pass.
    const metric = countMetricFor(index.dimension(reading.conditions[0]?.dimension ?? '')?.table, index);
    if (metric) reading.metrics.push(metric);
    // ("Courses with more than 300 enrollments", where nothing counts courses: each course's own figure, shown.)
    else if (reading.conditions[0]) reading.metrics.push(reading.conditions[0].metric);
  }
}

/** The metric, or where it cannot reach the dimension's rows its first finer-grained alternative that can. */
function reachingAlternative(name: string, dimension: Dimension, index: LayerIndex): string {
  const metric = index.metric(name);
  if (!metric || index.reachable(metric, dimension)) return name;
  return (
    metric.alternatives.find((other) => {
      const candidate = index.metric(other);
      return candidate !== undefined && index.reachable(candidate, dimension);
    }) ?? name
  );
}

/**
 * A row named by its name ("Cedar Backpack"): a filter on its key. A metric that cannot reach the row's table
 * gives way to its finer-grained alternative (revenue of a product is its product revenue).
 */
function applyNamedFilter(reading: Reading, filter: Filter, index: LayerIndex, sideBySide = true, text = ''): void {
  reading.filters = reading.filters.filter((known) => known.dimension !== filter.dimension);
  reading.filters.push(filter);
  const dimension = index.dimension(filter.dimension);
  if (!dimension) return;
  reading.metrics = reading.metrics.map((name) => {
    const metric = index.metric(name);
    const alternative = reachingAlternative(name, dimension, index);
    // "Revenue from orders that included the Velvet Backpack": whole orders, which the finer figure is not (a count
    // of the orders that held it is theirs).
    if (metric && alternative !== name && metric.aggregation === 'sum' && ORDERS_HOLDING.test(text))
      reading.problems.push(
        `${metric.label.toLowerCase()} of whole orders picked by what they held (ask for the ${index.metric(alternative)?.label.toLowerCase() ?? alternative} to get what it sold for itself)`,
      );
    return alternative;
  });
  // "Cedar Backpack sales by month": the named row is a filter, not a one-row breakdown. Two names or more
  // ("Velvet Diffuser or Wild Watch Strap, which sold more") are set side by side, never summed.
  reading.dimensions = reading.dimensions.filter((name) => name !== filter.dimension);
  if (sideBySide && filter.values.length > 1) reading.dimensions.unshift(filter.dimension);
}

/**
 * "How much is <a named thing>", "what do I charge for <it>", "how much do we sell <it> for", "how much are <one>
 * and <another>": the question names nothing else.
 */
const ASKS_ITS_SIZE =
  /^\s*(?:how much (?:is|are|was|were)|(?:what|how much) (?:do|does|did) (?:i|we) (?:charge|ask) for|what (?:is|are) (?:i|we) charging for|how much (?:do|does|did) (?:i|we) (?:sell|list|price))(?: (?:the|a|an|my|our|that|this|one|all(?: of)?(?: the| my| our)?))?(?:\s*(?:,|\band\b|\bor\b|&)\s*(?:the |a |an |my |our )?)*(?: for| at)?\s*[?.!]*\s*$/i;

/** The money figure of a thing's own rows that its size words rank by (a product's price), if there is one. */
function sizeMetricOf(thing: Dimension | undefined, index: LayerIndex): Metric | undefined {
  if (!thing?.table) return undefined;
  const sized = index.layer.metrics.filter(
    (metric) => metric.table === thing.table && metric.sizeWords !== undefined && metric.format === 'currency',
  );
  return sized.length === 1 ? sized[0] : undefined;
}

/** Sums of pieces (a number, not money) that reach a thing: how many of it there were ("units sold"). */
function quantitiesOf(thing: Dimension, index: LayerIndex): Metric[] {
  return index.layer.metrics.filter(
    (metric) =>
      metric.aggregation === 'sum' &&
      metric.format === 'number' &&
      metric.table !== thing.table &&
      index.reachable(metric, thing),
  );
}

/** "The biggest order", "the 3 cheapest products": the entity ranked by the size word's metric. */
function applyExtreme(reading: Reading, extreme: ExtremeMention, index: LayerIndex): void {
  // "The priciest accessory I sell": the size word names the figure; "sell" only says which things. "The largest
  // refunded order": the count of the orders themselves is 1 for each, so the size word's figure ranks them.
  const entity = index.dimension(extreme.dimension);
  const ownCount = (name: string) => {
    const metric = index.metric(name);
    return metric !== undefined && entity !== undefined && countsRowsOf(metric, entity);
  };
  if (reading.metrics.length === 0 || reading.metricImplied || reading.metricWeak || reading.metrics.every(ownCount)) {
    reading.metrics = [extreme.metric];
    reading.metricImplied = false;
  }
  // ("Feb's 3 biggest products by revenue": the figure named, at the grain that reaches the products.)
  if (entity) reading.metrics = reading.metrics.map((name) => reachingAlternative(name, entity, index));
  if (!reading.dimensions.includes(extreme.dimension)) reading.dimensions.unshift(extreme.dimension);
  reading.sort = extreme.direction;
  reading.evaluative = false;
  reading.judged = false;
  if (extreme.limit !== null) reading.limit = extreme.limit;
  else reading.singular = !extreme.plural;
}
