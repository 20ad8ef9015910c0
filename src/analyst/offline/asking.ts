import type { PlanDecision } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import { describeRange, MONTH_NAMES } from '../describe-plan.js';
import { SHORT_MONTH_NAMES } from './calendar.js';
import { capitalize } from '../sentence-case.js';
import { SLASHED_DAY } from './time-expressions.js';
import { entityOfTable, holdsPeople, PEOPLE_WORDS, PERSON_OR_PEOPLE, singular } from '../layer-words.js';
import { countsRowsOf, rowNoun, type LayerIndex, type Metric, type SemanticLayer } from '../semantic-layer.js';
import type { Reading } from './interpret.js';
import { escapeRegExp } from './ambiguity.js';
import { spendingNamed } from './layer-respellings.js';
import { figureChoice, orList } from './figure-choice.js';
import { figuresFor } from './layer-figures.js';
import { suggestionsFor, unanswerable } from './replies.js';
import { keywordOf, type Item, type Slots } from './slots.js';
import { onlyValues, stem, words, type Vocabulary } from './vocabulary.js';

/**
 * Words askql asks about, or names in a decline, before it plans: each a word whose reading would otherwise be a
 * guess ("by segment", "selling price", "repeat customers" over a period) or the opposite of what was asked
 * ("what did shipping cost me"). Every clarification offers at least one question answerable as it stands.
 */

/**
 * "How much did shipping cost me": the layer's shipping is money taken in (a figure where more is better), not what
 * it cost the merchant, which the data does not hold. Declined, naming the word; "how much did refunds cost me"
 * (a value of the rows, money lost) and "discounts" (a figure where less is better) are costs and read on.
 */
export function refuseIncomeAsCost(question: string, vocabulary: Vocabulary, index: LayerIndex): PlanDecision | null {
  const match = /\b([a-z]+)(?: ([a-z]+))? (?:cost|costs|costed) (?:me|us)\b/i.exec(question);
  if (!match) return null;
  const phrases = [match[2] ? `${match[1]} ${match[2]}` : null, match[2] ?? match[1]].filter(
    (phrase): phrase is string => phrase !== null,
  );
  for (const phrase of phrases) {
    const meanings = vocabulary.phrases.get(words(phrase.toLowerCase()).map(stem).join(' ')) ?? [];
    const metric = meanings.find((meaning) => meaning.type === 'metric');
    if (!metric || meanings.some((meaning) => meaning.type === 'value')) continue;
    const figure = index.metric(metric.name);
    if (figure?.higherIsBetter === false || figure?.format !== 'currency') return null;
    return {
      ...unanswerable(
        `I can't work out what ${phrase} cost you: ${figure.label.toLowerCase()} is money you took in, and your data holds no costs for it`,
        index.layer,
      ),
      word: 'cost',
    };
  }
  return null;
}

/**
 * "Average selling price": a price said with a word of selling before it is the price things sold at (money over
 * units, which no figure here is), or the layer's price of the things themselves (a list price). Asked, offering
 * the second said plainly; never the list price under the other's name.
 */
export function askSoldPrice(
  question: string,
  slots: Slots,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const at = slots.items.findIndex((item, position) => {
    const before = slots.items[position - 1];
    const price = item.meanings.find(
      (meaning) => meaning.type === 'metric' && /price/i.test(index.metric(meaning.name)?.label ?? ''),
    );
    const sold = before?.meanings.some((meaning) => {
      const metric = meaning.type === 'metric' ? index.metric(meaning.name) : undefined;
      return metric !== undefined && (metric.aggregation === 'sum' || metric.aggregation === 'count');
    });
    return price !== undefined && sold === true && before !== undefined && before.position === item.position - 1;
  });
  if (at < 0) return null;
  const phrase = `${slots.items[at - 1]?.text ?? ''} ${slots.items[at]?.text ?? ''}`;
  const price = index.metric(slots.items[at]?.meanings.find((meaning) => meaning.type === 'metric')?.name ?? '');
  const declined = {
    ...unanswerable(`I can't work out "${phrase}" as the price things sold at`, index.layer),
    word: phrase,
  };
  // The price as listed, of every one of the things: a period would pick the things by their own date.
  const things = index.dimension(entityOfTable(index.layer, price?.table ?? '') ?? '')?.plural;
  const plain = price && things ? `average ${price.label.toLowerCase()} of my ${things}` : null;
  if (rephrased || !price || plain === null || !answerable(plain)) return declined;
  return {
    kind: 'clarify',
    text: `"${phrase}" can mean the price things actually sold at (money over units sold, which I can't work out yet) or ${price.label.toLowerCase()} as your data lists it (${price.description}). Did you mean the second?`,
    word: phrase,
    options: [{ label: plain.charAt(0).toUpperCase() + plain.slice(1), question: plain }],
  };
}

/** Money figures of one thing each, averaged over the things: a table's list price, its unit cost. */
function thingPrices(index: LayerIndex): readonly { readonly metric: Metric; readonly things: string }[] {
  return index.layer.metrics.flatMap((metric) => {
    const things = index.dimension(entityOfTable(index.layer, metric.table) ?? '')?.plural;
    return metric.format === 'currency' && metric.aggregation === 'average' && things ? [{ metric, things }] : [];
  });
}

/** The money figures of one thing each, by the table of the things. */
function pricesByTable(index: LayerIndex): Map<string, { readonly metric: Metric; readonly things: string }[]> {
  const byTable = new Map<string, { readonly metric: Metric; readonly things: string }[]>();
  for (const price of thingPrices(index))
    byTable.set(price.metric.table, [...(byTable.get(price.metric.table) ?? []), price]);
  return byTable;
}

/**
 * "What's the cost of the Minimal Vase", "what does the Urban Hoodie cost" (as typed): what one thing costs is what it
 * sells for or what it costs the shop, when the layer's one table of priced things has both. Asked, each reading the
 * figure of that thing; "what does it cost us" is the shop's cost, and "a single one" what one sells for.
 */
export function askCostOfThing(
  question: string,
  typed: string,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const noun =
    /^\s*(?:what(?:'s| is| was| are| were)?|whats|how much is|tell me) (?:the )?cost of (.+?)\s*[?.!]*\s*$/i.exec(
      question,
    ) ??
    /^\s*(?:what|how much) (?:does|do) (?!(?:a single|one single|one|a|each)\b)(.+?) cost\s*[?.!]*\s*$/i.exec(typed);
  if (rephrased || noun === null) return null;
  const priced = [...pricesByTable(index).values()].filter((prices) => prices.length > 1);
  if (priced.length !== 1) return null;
  const options = (priced[0] ?? [])
    .map(({ metric }) => ({ label: metric.label, question: `${metric.label.toLowerCase()} of ${noun[1] as string}` }))
    .filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"cost" can mean more than one thing here: ${orList(options.map((option) => option.label.toLowerCase()))}. Which did you mean?`,
    word: 'cost',
    options: options.slice(0, 3),
  };
}

/**
 * "Products that cost below twenty bucks": what a thing costs is what it sells for or what it costs the shop, when
 * the layer holds both for those things. Asked, each reading the question with that figure said.
 */
export function askWhichCost(
  question: string,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const verb =
    /\b(?<!\b(?:unit|its|their|whose|the|a) )(?:that |which |who )?(?:cost|costs|costing)\b(?! (?:me|us|you|them)\b)(?= (?:below|under|less|more|over|above|between|at least|at most|no more|no less|from|around|about|exactly|\$|\d))/i.exec(
      question,
    );
  const byTable = pricesByTable(index);
  if (rephrased || verb === null) return null;
  const before = question.slice(0, verb.index).toLowerCase();
  for (const prices of byTable.values()) {
    const things = prices[0]?.things ?? '';
    if (prices.length < 2 || !new RegExp(`\\b${escapeRegExp(singular(things).toLowerCase())}s?\\b`).test(before))
      continue;
    const options = prices
      .map(({ metric }) => ({
        label: metric.label,
        question: `${question.slice(0, verb.index)}whose ${metric.label.toLowerCase()} is${question.slice(verb.index + verb[0].length)}`,
      }))
      .filter((option) => answerable(option.question));
    if (options.length < 2) return null;
    return {
      kind: 'clarify',
      text: `"cost" can mean more than one thing for ${things}: ${orList(options.map((option) => option.label.toLowerCase()))}. Which did you mean?`,
      word: 'cost',
      options: options.slice(0, 3),
    };
  }
  return null;
}

/**
 * "What's our average price this year?": a thing's price is its own, over a period it picks the things added then,
 * which is seldom what is meant; it may be the price of every thing as listed, or the money of each sale. Asked,
 * each reading said in full; "price of products added this year" says which already.
 */
export function askPriceOverPeriod(
  question: string,
  slots: Slots,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased || /\b(?:added|new|newly|launched|created|listed|introduced|released|dropped)\b/i.test(question))
    return null;
  const period = slots.time.find((mention) => mention.kind === 'range' && mention.range.kind !== 'all');
  const metrics = slots.items.flatMap((item) =>
    item.meanings.flatMap((meaning) => (meaning.type === 'metric' ? [meaning.name] : [])),
  );
  // (Only a price dated by when the thing was added: "average price last month" over appointments dated by when they
  // take place is a figure of that month, read as it stands.)
  const price = thingPrices(index).find(
    ({ metric }) =>
      metrics.length === 1 &&
      metrics[0] === metric.name &&
      /price/i.test(metric.label) &&
      /(?:^|_)(?:created|added|listed|launched|introduced|released)(?:_|$)/i.test(metric.time.column),
  );
  if (!period || !price || slots.items.some((item) => item.meanings.some((meaning) => meaning.type === 'value')))
    return null;
  const said = period.text.trim();
  const label = price.metric.label.toLowerCase();
  // ("Average price" is already an average: never "average average price".)
  const averaged = /^(?:average|avg|mean)\b/.test(label) ? label : `average ${label}`;
  const sales = index.layer.metrics.filter(
    (metric) => metric.format === 'currency' && metric.aggregation === 'average' && metric.table !== price.metric.table,
  );
  const options = [
    {
      label: `${price.metric.label} of all my ${price.things} as listed`,
      question: `${averaged} of my ${price.things}`,
    },
    {
      label: `${price.metric.label} of the ${price.things} added ${said}`,
      question: `${averaged} of ${price.things} added ${said}`,
    },
    ...sales.map((metric) => ({ label: `${metric.label} ${said}`, question: `${metric.label.toLowerCase()} ${said}` })),
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${label}" ${said} can mean more than one thing: ${orList(options.map((option) => option.label.toLowerCase()))}. Which did you mean?`,
    word: label,
    options: options.slice(0, 3),
  };
}

/**
 * "What's the average per customer for 2025": per customer of which figure is the asker's to say; the layer's
 * figures defined per that thing ("revenue per customer", "orders per customer") are offered.
 */
export function askAveragePer(
  question: string,
  reading: Reading,
  index: LayerIndex,
  answerable: (question: string) => boolean,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const thing = index.dimension(reading.averagePer ?? '');
  if (thing === undefined || reading.metrics.length > 0) return null;
  const per = ` per ${thing.label.toLowerCase()}`;
  // (The thing as the asker said it: "per customer" where the layer's people are subscribers.)
  const said = /\b(?:the )?(?:average|avg|mean|typical)(?: (?:amount|figure|number|value))? per [a-z]+\b/i.exec(
    question,
  );
  if (!said) return null;
  const options = index.layer.metrics
    .filter((metric) => metric.label.toLowerCase().endsWith(per))
    .map((metric) => ({ label: metric.label, question: question.replace(said[0], metric.label.toLowerCase()) }))
    .filter((option) => answerable(option.question))
    .slice(0, 3);
  if (options.length === 0) return null;
  return {
    kind: 'clarify',
    text: `"${said[0]}" of which figure? ${orList(options.map((option) => option.label))}?`,
    word: said[0],
    options,
  };
}

/**
 * "Repeat customers last month": over a period, "repeat" is either at least two of their rows within it (what
 * the plan counts) or people who were there before it began (who joined before its first day). Asked, offering each
 * reading the layer can answer, said in full; over all time the two are one. `periodStart` is the period's first day,
 * null when none is named.
 */
export function askRepeatOverPeriod(
  layer: SemanticLayer,
  periodStart: string | null,
  repeated: { readonly typed: string; readonly said: string } | null,
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (repeated === null || rephrased || periodStart === null) return null;
  const at = question.toLowerCase().indexOf(repeated.typed);
  const said = (rows: string) =>
    at < 0 ? null : `${question.slice(0, at)}${rows}${question.slice(at + repeated.typed.length)}`;
  const within = said(repeated.said);
  // ("Revenue from returning customers in Q4": or the ones who were there before it began.)
  const [year, month, day] = periodStart.split('-').map(Number) as [number, number, number];
  const people = /^[a-z]+/.exec(repeated.said)?.[0] ?? '';
  const before = said(`${people} who joined before ${SHORT_MONTH_NAMES[month - 1] ?? ''} ${day} ${year}`);
  const options = [within, before]
    .filter((asked): asked is string => asked !== null && answerable(asked))
    .map((asked) => ({ label: asked.charAt(0).toUpperCase() + asked.slice(1), question: asked }));
  if (options.length === 0)
    return {
      ...unanswerable(`I can't work out "${repeated.typed}" over a period: say how many of their rows it takes`, layer),
      word: repeated.typed,
    };
  const readings = `${repeated.said} within it, or ${people} who joined before it began`;
  return {
    kind: 'clarify',
    text:
      options.length > 1
        ? `Over a period, "${repeated.typed}" can mean ${readings}. Which did you mean?`
        : `Over a period, "${repeated.typed}" can mean ${readings}. I can only answer ${options[0]?.question === within ? 'the first' : 'the second'} yet: did you mean that?`,
    word: repeated.typed,
    options,
  };
}

/**
 * "Billings by segment": a breakdown asked by a word that names no dimension of the layer, which would otherwise
 * be dropped (the total, unsplit). Which split is the asker's to say: the question re-asked by each dimension
 * with values that its figure can be split by (up to three, each answerable as it stands).
 */
export function askBreakdown(
  question: string,
  slots: Slots,
  reading: Reading,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (reading.dimensions.length > 0 || reading.grain !== null) return null;
  const unnamed = slots.items.find(
    (item) =>
      keywordOf(item) === 'breakdown' &&
      slots.items.some((before) => before.position === item.position - 1 && keywordOf(before) === 'by'),
  );
  const metric = index.metric(reading.metrics[0] ?? '');
  if (!unnamed || !metric) return null;
  const declined = {
    ...unanswerable(`I can't work out which breakdown "${unnamed.text}" means`, index.layer),
    word: unnamed.text,
  };
  if (rephrased) return declined;
  const pattern = new RegExp(`\\bby ${unnamed.text}\\b`, 'i');
  // A segment is a kind of row ("plan", "region"), not a part of time ("day of week"); of the things the figure's
  // rows belong to (the subscribers' plan), not a state of those rows themselves (an invoice's status), when the
  // layer has both.
  const kinds = index.layer.dimensions.filter(
    (dimension) => dimension.values.length > 0 && dimension.table !== undefined && index.reachable(metric, dimension),
  );
  const ofOthers = kinds.filter((dimension) => dimension.table !== metric.table);
  const options = (ofOthers.length > 0 ? ofOthers : kinds)
    .map((dimension) => ({
      label: `By ${dimension.label.toLowerCase()}`,
      question: question.replace(pattern, `by ${dimension.label.toLowerCase()}`),
    }))
    .filter((option) => option.question !== question && answerable(option.question))
    .slice(0, 3);
  if (options.length === 0) return declined;
  const labels = options.map((option) => option.label.slice(3));
  return {
    kind: 'clarify',
    text: `Which ${unnamed.text} do you mean: ${orList(labels)}?`,
    word: unnamed.text,
    options,
  };
}

/** "How much does a typical customer spend (with me)": a person's spend, said with no span it is counted over. */
const TYPICAL_SPEND =
  /\bhow much (?:does|do|did|will|would) (?:a|an|the|my|our|your) (?:typical|average|avg|usual|normal|regular) ([a-z]+) (?:spend|pay)(?: (?:with|at) (?:me|us|my (?:store|shop)|our (?:store|shop)))?/i;
const SPAN_SAID =
  /\b(?:per|each|every|a|an) (?:order|purchase|visit|time|transaction)\b|\b(?:in total|total|lifetime|over)\b/i;

/**
 * "How much does a typical customer spend with me": in one order, or in all of theirs over the period? The
 * figure per person and the average of one of their rows are both the layer's own; asked, each answerable.
 */
export function askTypicalSpend(
  question: string,
  reading: Reading,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match = TYPICAL_SPEND.exec(question);
  if (!match || rephrased || SPAN_SAID.test(question)) return null;
  const perPerson = index.metric(reading.metrics[0] ?? '');
  if (!perPerson || perPerson.format !== 'currency' || perPerson.aggregation !== 'ratio') return null;
  const perRow = index.layer.metrics.find(
    (metric) => metric.aggregation === 'average' && metric.format === 'currency' && metric.table === perPerson.table,
  );
  if (!perRow) return null;
  const rest = question.slice(match.index + match[0].length).replace(/[?.!]+\s*$/, '');
  const options = [perRow, perPerson]
    .map((metric) => ({ label: metric.label, question: `${metric.label.toLowerCase()}${rest}`.trim() }))
    .filter((option) => answerable(option.question));
  if (options.length === 0) return null;
  const rows = index.dimension(entityOfTable(index.layer, perRow.table) ?? '');
  const noun = rows ? rowNoun(rows) : 'purchase';
  const one = `one ${noun}`;
  const all = `all of their ${noun}s together`;
  return {
    kind: 'clarify',
    text: `Do you mean what a ${match[1] ?? 'customer'} spends in ${one} (${perRow.label.toLowerCase()}) or in ${all} (${perPerson.label.toLowerCase()})?`,
    word: match[0],
    options,
  };
}

/**
 * "Gross sales last month": before refunds, cancellations or discounts, which a money figure of the layer may
 * already leave out (revenue of paid orders). Unless a figure of the layer is called gross ("gross profit"),
 * askql asks whether the figure as the layer defines it will do, saying what it counts; never a silent net.
 */
export function askGross(
  question: string,
  slots: Slots,
  reading: Reading,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
  parseAgain: (question: string) => PlanDecision,
): PlanDecision | null {
  // "Gross revenue", "net sales": a figure before or after some deductions, which the layer names no figure for.
  const word = /\b(gross|net)\b/i.exec(slots.text)?.[1]?.toLowerCase();
  if (word === undefined || slots.items.some((item) => new RegExp(`\\b${word}\\b`).test(item.text))) return null;
  // "Net revenue after refunds": the words after say net of what (read on, where the figure's definition decides).
  if (word === 'net' && /\bnet\b.*\b(?:after|minus|less|excluding|without)\b|\bnet of\b/i.test(question)) return null;
  const metric = index.metric(reading.metrics[0] ?? '');
  // ("Gross vs net revenue" where the layer has a gross revenue: never "your data has no gross figure".)
  const head = metric?.label.toLowerCase().split(/\s+/).at(-1) ?? '';
  const named = index.layer.metrics.some((figure) =>
    [figure.label, ...figure.synonyms].some((said) => said.toLowerCase() === `${word} ${head}`),
  );
  const declined = {
    ...unanswerable(
      named
        ? `I can't work out what "${word}" is said of here (name the figure in full, as "${word} ${head}")`
        : `I can't work out "${word}": no figure in your data is called that`,
      index.layer,
    ),
    word,
  };
  if (named) return declined;
  if (!metric && !rephrased && reading.metrics.length === 0)
    return askWhichNet(question, word, index, answerable) ?? declined;
  if (rephrased || metric?.format !== 'currency') return declined;
  // "Gross revenue from paid orders": the question says which rows count, the ones the figure's own filter picks.
  const rowsNamed = reading.filters.some((filter) =>
    metric.filters.some((own) => own.overriddenBy === filter.dimension),
  );
  const plain = question.replace(new RegExp(`\\b${word}\\b\\s*`, 'i'), '').trim();
  if (plain === question || !answerable(plain)) return declined;
  if (rowsNamed) return parseAgain(plain);
  const described = definition(metric);
  const counts = described ? ` (${described})` : '';
  return {
    kind: 'clarify',
    text: `Your data has ${noFigure(word)}. Did you mean ${metric.label.toLowerCase()} as your data counts it${counts}?`,
    word,
    options: [{ label: metric.label, question: plain }],
  };
}

/** What the layer lacks, said of "gross" or "net". */
function noFigure(word: string): string {
  return word === 'gross'
    ? 'no gross figure before refunds or cancellations'
    : 'no net figure after costs or deductions';
}

/** A figure's description as part of a sentence: a capital that only starts it goes; a sign ("Σ") or a name stays. */
function definition(metric: Metric): string {
  return metric.description.replace(/\.$/, '').replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
}

/**
 * "Net figure for january", "the gross number": gross or net of no figure named. The layer's money taken in (its
 * first sum of money) and what is left after costs (a sum of money defined as a difference) are offered, each said as
 * the layer counts it; never a guess at which.
 */
function askWhichNet(
  question: string,
  word: string,
  index: LayerIndex,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const said = new RegExp(
    `\\b(?:the |our |my )?${word}(?: (?:figure|number|amount|total|result|results|income|earnings|takings|position))?\\b`,
    'i',
  ).exec(question);
  if (!said) return null;
  const money = index.layer.metrics.filter((metric) => metric.format === 'currency' && metric.aggregation === 'sum');
  const offered = [
    ...new Set([money[0], ...money.filter((metric) => /[−–-]|\bminus\b|\bless\b/.test(metric.description))]),
  ]
    .filter((metric) => metric !== undefined)
    .slice(0, 3);
  const options = offered
    .map((metric) => ({ label: metric.label, question: question.replace(said[0], metric.label.toLowerCase()) }))
    .filter((option) => answerable(option.question));
  if (options.length === 0) return null;
  const described = offered
    .filter((metric) => options.some((option) => option.label === metric.label))
    .map((metric) => {
      const defined = definition(metric);
      return defined ? `${metric.label.toLowerCase()} (${defined})` : metric.label.toLowerCase();
    });
  return {
    kind: 'clarify',
    text: `Your data has ${noFigure(word)}. Did you mean ${described.join(' or ')}?`,
    word,
    options,
  };
}

/** The sums of money a layer names a cost ("cost of goods sold"): the costs it holds, up to two. */
function costFigures(layer: SemanticLayer): readonly Metric[] {
  return layer.metrics
    .filter(
      (metric) => metric.format === 'currency' && metric.aggregation === 'sum' && /\bcosts?\b/i.test(metric.label),
    )
    .slice(0, 2);
}

/** "Our costs", "expenses", "outgoings": the business's costs in general, said as a noun. */
const COSTS_SAID = /\b(?:costs|cost|expenses|expense|expenditure|outgoings|overheads)\b(?! (?:of|per|price)\b)/i;

/**
 * "What were our costs in January", "total expenses last month": a layer of money taken in holds some costs at most
 * (a cost of goods sold), never every cost of the business. When the word is not the layer's own, the costs it
 * holds are offered, saying so; with none, the unknown word is declined, naming it.
 */
export function askCosts(
  question: string,
  unknown: readonly string[],
  layer: SemanticLayer,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match = COSTS_SAID.exec(question);
  if (rephrased || !match || !unknown.includes(match[0].toLowerCase())) return null;
  const before = question.slice(0, match.index).replace(/\b(?:our|my|the|total|all|overall|business)\s+$/i, '');
  const after = question.slice(match.index + match[0].length);
  const readings = costFigures(layer)
    .map((metric) => ({ said: metric.label.toLowerCase(), question: `${before}${metric.label.toLowerCase()}${after}` }))
    .filter((reading) => answerable(reading.question));
  if (readings.length === 0) return null;
  return {
    kind: 'clarify',
    text: `Your data holds ${orList(readings.map((reading) => reading.said))}, not every cost of the business. Did you mean ${readings.length > 1 ? 'one of those' : 'that'}?`,
    word: match[0],
    options: readings.map((reading) => ({ label: capitalize(reading.said), question: reading.question })),
  };
}

/**
 * "What did it cost us", "what did last month cost me": a cost to the merchant with no figure named, where "cost us"
 * would otherwise be read as money and the money as the first money figure, money that came in. The costs the layer
 * holds are offered over the plan's period; with none, declined naming the word. ("How much did refunds cost me" names
 * its rows and reads on; "what did shipping cost me" is `refuseIncomeAsCost`'s.)
 */
export function askCostToUs(
  question: string,
  plan: QueryPlan,
  slots: Slots,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased || !/\b(?:cost|costs|costed|costing) (?:me|us)\b/i.test(question)) return null;
  const income = plan.metrics.every((name) => {
    const metric = index.metric(name);
    return metric?.format === 'currency' && metric.higherIsBetter;
  });
  const named = slots.items.some(
    (item) => !/^(?:money|amount)$/.test(item.text) && item.meanings.some((meaning) => meaning.type !== 'keyword'),
  );
  if (!income || named) return null;
  const period = plan.timeRange.kind === 'all' ? '' : ` ${describeRange(plan.timeRange)}`;
  const readings = costFigures(index.layer)
    .map((metric) => ({ label: metric.label, question: `${metric.label.toLowerCase()}${period}` }))
    .filter((reading) => answerable(reading.question));
  if (readings.length === 0)
    return {
      ...unanswerable(
        "I can't work out what that cost you: your data holds what came in, not your own costs",
        index.layer,
      ),
      word: 'cost',
    };
  return {
    kind: 'clarify',
    text: `Your data holds what came in, and of your costs only ${orList(readings.map((reading) => reading.label.toLowerCase()))}. Did you mean ${readings.length > 1 ? 'one of those' : 'that'}?`,
    word: 'cost',
    options: readings,
  };
}

/**
 * "How much did I spend last month": the merchant's own spending, which a layer of money taken in does not hold.
 * What customers spent, and a cost the layer does hold (a sum of money it names a cost: "cost of goods sold"), are
 * offered where they answer; otherwise declined, naming the word. "We paid out in refunds" reads on.
 */
export function askOwnSpending(
  question: string,
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  // "How much do instructors get paid", "which instructor gets paid the most": pay to others, which is spending too
  // (rows "that got paid" are a status, and read on).
  const paidTo =
    /\bhow much (?:do|does|did) (?:[a-z]+ ){1,3}(?:get|got) paid\b|\b(?:get|gets|got|getting) paid (?:the )?(?:most|more|least|less|best|worst)\b/i.exec(
      question,
    );
  if (paidTo)
    return {
      ...unanswerable(
        "I can't work out what anyone gets paid: your data holds what came in, not what you pay out",
        layer,
      ),
      word: 'paid',
    };
  const match = /\b(?:i|we) (?:have |had )?(spend|spent|spending|pay|paid|paying)\b(?! (?:out|back)\b)/i.exec(question);
  if (!match || spendingNamed(question, layer)) return null;
  const verb = match[1]?.toLowerCase() ?? 'spent';
  const rest = question.slice(match.index + match[0].length).replace(/[?.!\s]+$/, '');
  const readings = [
    {
      said: 'what customers spent with you',
      question: `${question.slice(0, match.index)}customers ${verb}${rest}`,
    },
    ...costFigures(layer).map((metric) => ({
      said: `your ${metric.label.toLowerCase()}`,
      question: `${metric.label.toLowerCase()}${rest}`,
    })),
  ].filter((reading) => answerable(reading.question));
  if (readings.length > 0)
    return {
      kind: 'clarify',
      text: `Your data holds what came in, not everything you ${verb}. Did you mean ${orList(readings.map((reading) => reading.said))}?`,
      word: match[1] ?? 'spent',
      options: readings.map((reading) => ({ label: capitalize(reading.said), question: reading.question })),
    };
  return {
    ...unanswerable(`I can't work out what you ${verb}: your data holds what came in, not your own costs`, layer),
    word: match[1] ?? null,
  };
}

/**
 * "Share of revenue from the top 10% of customers", "top 10% of posts by engagement": a share of the rows, ranked,
 * which no plan holds (a ranking keeps a number of rows). Declined, naming the words, never answered as the top 10.
 */
export function refuseTopShareOfRows(question: string, layer: SemanticLayer): PlanDecision | null {
  const match =
    /\b(?:top|bottom|best|worst|highest|lowest|biggest|largest|smallest)\s+(\d+(?:\.\d+)?)\s?(?:%|percent|pct|per cent)(?=\s|$|[?.!,])/i.exec(
      question,
    );
  if (!match) return null;
  return {
    ...unanswerable(
      `I can't rank a share of the rows yet ("${match[0]}"): a ranking keeps a number of them (for example "top ${match[1] as string}")`,
      layer,
    ),
    word: match[0],
  };
}

/**
 * "How many days in August did we bill anything": a count of days (weeks, months) that had rows, which no figure
 * counts (each counts or sums rows). Declined, never answered as a daily series of the rows.
 */
export function refuseCountOfPeriods(question: string, layer: SemanticLayer): PlanDecision | null {
  const match = /\bhow many (days|weeks|months|quarters|years)\b(?! (?:ago|left|until|till|to go)\b)/i.exec(question);
  if (!match) return null;
  const unit = (match[1] as string).toLowerCase();
  return {
    ...unanswerable(
      `I can't count ${unit} yet: each answer counts or sums rows, not the ${unit} that had them (ask for it by ${unit.replace(/s$/, '')} to see each one)`,
      layer,
    ),
    word: match[0],
  };
}

/**
 * "How many times was the Sunset Tank ordered last month": how many orders held it, or how many of it were sold
 * (two in one order count twice). Asked, each reading said plainly; the options the layer cannot answer are left out.
 */
export function askTimesBought(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match =
    // (Whole words, one space between: a word split anywhere would try every split before failing.)
    /^\s*how many times (?:was|were|has|have|had) ((?!(?:in|on|from|with|by)\b)[^ ]+(?: (?!(?:in|on|from|with|by)\b)[^ ]+)*?) (?:been |gotten )?(?:ordered|bought|purchased|sold)\b(.*)$/i.exec(
      question,
    );
  if (rephrased || !match) return null;
  const [thing, rest] = [(match[1] as string).trim(), match[2] as string];
  // ("How many times did customers order": the people buying, not a thing bought.)
  if (/^(?:we|i|you|they|people|customers|buyers|shoppers|folks|clients|someone|anyone|each|a|an)\b/i.test(thing))
    return null;
  const options = [
    { label: `Orders that included ${thing}`, question: `how many orders included ${thing}${rest}` },
    { label: `Units of ${thing} sold`, question: `units of ${thing} sold${rest}` },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"How many times" can mean how many orders included ${thing}, or how many units of it were sold (two in one order count twice). Which did you mean?`,
    word: 'how many times',
    options,
  };
}

/**
 * "How many did we sell over feb?": how many orders, or how many units (two in one order count twice). Asked,
 * when the layer answers both; a noun ("how many hoodies", "how many things") says which already.
 */
export function askHowManySold(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match =
    /^\s*how many (?:did|do|have|has|had) (?:we|i|you|they) (?:sell|sold|move|moved|shift|shifted)\b(.*)$/i.exec(
      question,
    );
  if (rephrased || !match) return null;
  const rest = (match[1] as string).replace(/\s*[?.!]+\s*$/, '');
  const options = [
    { label: 'Orders', question: `how many orders${rest}` },
    { label: 'Units sold', question: `units sold${rest}` },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: '"How many did we sell" can mean how many orders, or how many units were sold (two in one order count twice). Which did you mean?',
    word: 'how many',
    options,
  };
}

/**
 * "Billing for our most recent month": the last whole one, or the one under way (so far). Asked; "last month" or
 * "this month" says which already.
 */
export function askLatestPeriod(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match =
    /\b(?:the |our |my |your )?(?:most recent|latest|newest|current|present) (week|month|quarter|year)\b/i.exec(
      question,
    );
  // ("The current month" says the one under way.)
  if (rephrased || !match || /^(?:the |our |my |your )?(?:current|present)\b/i.test(match[0])) return null;
  const unit = (match[1] as string).toLowerCase();
  const said = (phrase: string) =>
    question.slice(0, match.index) + phrase + question.slice(match.index + match[0].length);
  const options = [
    { label: `Last ${unit}, the last whole one`, question: said(`last ${unit}`) },
    { label: `This ${unit} so far`, question: said(`this ${unit} so far`) },
  ].filter((option) => answerable(option.question));
  if (options.length === 0) return null;
  // (On the first day of a month, this one holds no complete day yet: the one reading left is offered alone.)
  if (options.length === 1)
    return {
      kind: 'clarify',
      text: `"${match[0].trim()}" can only be read one way here: ${(options[0] as { label: string }).label.toLowerCase()}. Did you mean that?`,
      word: match[0].trim(),
      options,
    };
  return {
    kind: 'clarify',
    text: `"${match[0].trim()}" can mean last ${unit}, the last whole one, or this ${unit} so far. Which did you mean?`,
    word: match[0].trim(),
    options,
  };
}

/**
 * "How did christmas sales go", "orders over xmas": Christmas said as a time of year, not as a point or a day, is
 * Christmas Day or the season around it, so askql asks which. "Since christmas", "on christmas", "christmas eve" and
 * "christmas week" say which already.
 */
export function askChristmasOrSeason(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased) return null;
  // (Said before what it qualifies, "christmas sales", or over a stretch, "over christmas"; "ords xmas" and "last
  // christmas" are the day.)
  const match =
    /(?<!\b(?:on|since|before|after|until|till|to|from|at|by|thru|through|of|between|and|last|this|next)\s)\b(?:christmas|xmas)\b(?=\s(?!(?:day|eve|week|weekend|and|to|through|thru|until|till|vs|versus|or|\d)\b)[a-z])|(?<=\b(?:over|around|during|across|throughout) (?:the )?)(?:christmas|xmas)\b(?!\s(?:day|eve|week|weekend)\b)/i.exec(
      question,
    );
  if (!match) return null;
  const said = (phrase: string) =>
    question.slice(0, match.index) + phrase + question.slice(match.index + match[0].length);
  const options = [
    { label: 'Christmas Day', question: said('christmas day') },
    { label: 'December, the season', question: said('december') },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${match[0]}" can mean Christmas Day or the whole Christmas season (December). Which did you mean?`,
    word: match[0],
    options,
  };
}

/**
 * "What were refunds like in february", "how were cancellations last month": rows named by a value (refunded
 * orders) asked about with no measure are how many there were, the money they came to, or the rate of them; askql
 * asks which, offering those answerable.
 */
export function askRowsLike(
  question: string,
  rephrased: boolean,
  vocabulary: Vocabulary,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased) return null;
  const match =
    /^\s*(?:so |and )?(?:what (?:were|was) (?:our |my |the )?([a-z]+s) like|how were (?:our |my |the )?([a-z]+s)|how did (?:our |my |the )?([a-z]+s) (?:go|look))\b(.*)$/i.exec(
      question,
    );
  const rows = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!match || !rows || !onlyValues(vocabulary, rows.toLowerCase())) return null;
  const rest = (match[4] ?? '').replace(/[?.!\s]+$/, '');
  // ("How were accessories in q4, revenue wise": a figure said is the one meant.)
  if (
    words(rest.toLowerCase()).some((word) =>
      vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === 'metric'),
    )
  )
    return null;
  const one = rows.toLowerCase().replace(/s$/, '');
  const readings = [
    { said: `how many ${rows.toLowerCase()}`, question: `how many ${rows}${rest}` },
    { said: 'the money they came to', question: `how much money were ${rows}${rest}` },
    { said: `the ${one} rate`, question: `${one} rate${rest}` },
  ].filter((reading) => answerable(reading.question));
  if (readings.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${rows}" can mean ${orList(readings.map((reading) => reading.said))}. Which did you mean?`,
    word: rows,
    options: readings.map((reading) => ({ label: capitalize(reading.said), question: reading.question })),
  };
}

/**
 * "Biggest customer", "largest subscribers", "which customer was the biggest": one of the people words, singular or
 * plural, sized.
 */
const BIGGEST_PEOPLE = new RegExp(
  `\\b(?:biggest|largest|smallest) ${PERSON_OR_PEOPLE}\\b|\\bwhich ${PERSON_OR_PEOPLE} (?:was|is|were|are) (?:the |our )?(?:biggest|largest|smallest)\\b(?! (?:spenders?|payers?|paying)\\b)`,
  'i',
);

/**
 * "Which plan is our largest", "our biggest market": the size of a group (the money it brought, its rows, its
 * people) is the asker's to say when no figure is, so askql asks which. Things ranked by their own size ("the
 * biggest order", "biggest spenders") are not groups and are answered by their usual figure.
 */
export function askGroupSize(
  question: string,
  typed: string,
  plan: QueryPlan,
  reading: Reading,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased || !reading.metricImplied || !/\b(?:biggest|largest|smallest)\b/i.test(question)) return null;
  const group = plan.dimensions.length === 1 && plan.limit !== null ? index.dimension(plan.dimensions[0] ?? '') : null;
  if (!group) return null;
  if (group.values.length > 0) return figureChoice(question, index.layer, false, answerable, figuresFor(group, index));
  // ("Who's our biggest customer": one of the layer's people is as big as the money they brought or the rows they
  // have, asked the same way. Only said as the people themselves, "biggest spender" or "biggest paying subscriber"
  // naming the money, and not asked by name, which the names check answers; sized by the first figure of each kind,
  // never a discount or an average.)
  const people = index.layer.tables.some(
    (table) => holdsPeople(table) && entityOfTable(index.layer, table.name) === group.name,
  );
  if (!people || !BIGGEST_PEOPLE.test(typed) || /\bnames?\b/i.test(typed)) return null;
  const figures = figuresFor(group, index).flatMap((name) => index.metric(name) ?? []);
  const money = figures.find(
    (metric) => metric.aggregation === 'sum' && metric.format === 'currency' && metric.higherIsBetter,
  );
  const rows = figures.find((metric) => metric.aggregation === 'count');
  if (!money || !rows) return null;
  return figureChoice(question, index.layer, false, answerable, [money.name, rows.name]);
}

/**
 * "What's our average revenue per user", "ARPU" with no period: per customer over all the data, or per customer
 * each month (the usual ARPU)? Asked; with a period ("ARPU last month") it is read as per customer then.
 */
export function askRevenuePerUser(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match = /\b(?:average |avg )?revenue per user\b/i.exec(question);
  if (rephrased || !match) return null;
  const said = (phrase: string) =>
    `${question.slice(0, match.index)}${phrase}${question.slice(match.index + match[0].length)}`.replace(
      /[?.!\s]+$/,
      '',
    );
  const options = [
    { label: 'Per customer, over all the data', question: said('average revenue per customer all time') },
    { label: 'Per customer, month by month', question: said('average revenue per customer by month') },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: 'Average revenue per user over all of your data, or month by month?',
    word: match[0],
    options,
  };
}

/**
 * "Orders 1/3 - 7/3" asked on March 15: read month first (as on a US phone) it is January 3 to July 3 of last year,
 * as July 3 has not come yet this year; read day first it is March 1–7, days just gone. Asked when a date typed
 * with slashes reads both ways and the month-first reading lands after today; typed with its year or with a
 * number over 12, it is read as it stands.
 */
export function askDayOrder(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased) return null;
  const pattern = new RegExp(`(?<![\\d/])${SLASHED_DAY}`, 'g');
  const dates = [...question.matchAll(pattern)].map((match) => [Number(match[1]), Number(match[2])] as const);
  if (dates.length === 0 || dates.some(([first, second]) => first > 12 || second > 12 || first < 1 || second < 1))
    return null;
  const year = Number(today.slice(0, 4));
  const day = (month: number, date: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  const future = (month: number, date: number) => day(month, date) >= today;
  if (!dates.some(([first, second]) => first !== second && future(first, second))) return null;
  if (dates.some(([first, second]) => future(second, first))) return null;
  const said = (monthFirst: boolean) =>
    question.replace(pattern, (_whole, first: string, second: string) => {
      const [month, date] = monthFirst ? [Number(first), Number(second)] : [Number(second), Number(first)];
      return `${MONTH_NAMES[month - 1] as string} ${date}`;
    });
  const typed = dates.map(([first, second]) => `${first}/${second}`).join(' and ');
  const options = [
    {
      label: `Day first: ${
        said(false)
          .match(/[A-Z][a-z]+ \d+/g)
          ?.join(' to ') ?? ''
      }`,
      question: said(false),
    },
    {
      label: `Month first: ${
        said(true)
          .match(/[A-Z][a-z]+ \d+/g)
          ?.join(' to ') ?? ''
      }`,
      question: said(true),
    },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${typed}" can be read day first or month first. Which did you mean?`,
    word: typed,
    options,
  };
}

/**
 * "How much did the basic subscriber pay", "invoices for the pro customer": one of the layer's people named by a
 * value and "the", as if there were one. All of them with that value together, or each on their own? Asked, when
 * the layer answers both; "basic subscribers" or "each basic subscriber" says which already.
 */
export function askOnePersonOfValue(
  question: string,
  rephrased: boolean,
  vocabulary: Vocabulary,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (rephrased || vocabulary.people === null) return null;
  const people = vocabulary.people;
  const onlyValue = (word: string) => onlyValues(vocabulary, word);
  const isPerson = (word: string) =>
    stem(word) === stem(singular(people)) ||
    new RegExp(`^${PEOPLE_WORDS}$`).test(`${word.toLowerCase()}s`) ||
    (vocabulary.phrases
      .get(stem(word))
      ?.some((meaning) => meaning.type === 'table' && meaning.name.replaceAll('_', ' ') === people) ??
      false);
  // ("The emea pro subscriber": one value or two before the noun.)
  const match = [
    /\bthe ([a-z]+ [a-z]+) ([a-z]+)\b(?!'s| (?:who|that|with|whose)\b)/i,
    /\bthe ([a-z]+) ([a-z]+)\b(?!'s| (?:who|that|with|whose)\b)/i,
  ]
    .map((pattern) => pattern.exec(question))
    .find(
      (found) =>
        found !== null &&
        (found[1] as string).split(' ').every(onlyValue) &&
        isPerson(found[2] as string) &&
        !/s$/i.test(found[2] as string),
    );
  // "The subscriber who signed up in may": one of them picked by when they joined, as if only one did.
  const joined =
    /\bthe ([a-z]+) (?:who|that) ((?:signed up|joined|subscribed|registered|started|came on board) (?:in|on|during|last|this) [a-z0-9]+)\b/i.exec(
      question,
    );
  if (!match && joined && isPerson(joined[1] as string) && !/s$/i.test(joined[1] as string)) {
    const when = joined[2] as string;
    const around = (phrase: string) =>
      question.slice(0, joined.index) + phrase + question.slice(joined.index + joined[0].length);
    const options = [
      { label: `All ${people} who ${when} together`, question: around(`${people} who ${when}`) },
      { label: `Each ${singular(people)} on their own`, question: around(`each ${singular(people)} who ${when}`) },
    ].filter((option) => answerable(option.question));
    if (options.length < 2) return null;
    return {
      kind: 'clarify',
      text: `"${joined[0]}": all ${people} who ${when} together, or each on their own?`,
      word: joined[0],
      options,
    };
  }
  if (!match) return null;
  const values = (match[1] as string).split(' ');
  const said = (phrase: string) =>
    question.slice(0, match.index) + phrase + question.slice(match.index + match[0].length);
  const named = values.join(' ');
  const options = [
    { label: `All ${named} ${people} together`, question: said(`${named} ${people}`) },
    { label: `Each ${named} ${singular(people)} on their own`, question: said(`each ${named} ${singular(people)}`) },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${match[0].trim()}" names one ${singular(people)}, but there is more than one: all ${named} ${people} together, or each on their own?`,
    word: match[0].trim(),
    options,
  };
}

/**
 * "How big was the average order in February?": what it was worth, or how many items were in it. Asked, when the
 * layer answers both; "average order value" or "items per order" says which already.
 */
export function askSizeOfAverage(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const match =
    /^\s*how (?:big|large|small)(?: (?:is|was|are|were|has been|have been))? (?:the |our |my |an? |your )?(?:average|avg|typical|mean|usual) ([a-z]+?)(s?)\b(?! (?:value|total|amount|size)\b)(.*)$/i.exec(
      question,
    );
  if (rephrased || !match) return null;
  const [thing, rest] = [match[1] as string, (match[3] as string).replace(/\s*[?.!]+\s*$/, '')];
  const options = [
    { label: `Average ${thing} value`, question: `average ${thing} value${rest}` },
    { label: `Items per ${thing}`, question: `items per ${thing}${rest}` },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `How "big" can mean what the average ${thing} was worth, or how many items were in it. Which did you mean?`,
    word: 'big',
    options,
  };
}

/**
 * "Which posts got more comments than average", "products with above-average margins": each row against the
 * average of all of them, which no plan computes. Declined, naming the words; never the top row alone.
 */
/**
 * "Tell me more about that post", "more on it": everything about one row of the answer before, which no one query
 * holds (read as its words, it was the count of every post, labelled "same period"). Said, with what can be asked.
 */
export function refuseTellMore(question: string, layer: SemanticLayer): PlanDecision | null {
  const match =
    /^\s*(?:(?:can|could) you |please |pls )?(?:tell me|show me|give me|what else (?:is there|do you have)|anything else)(?: a bit| some)? (?:more |else )?(?:about|on|for) (?:that|this|it|those|these|them|the (?:top|first|last|second) one)(?: [a-z]+)?\s*[?.!]*\s*$/i.exec(
      question,
    ) ?? /^\s*(?:and |ok |okay )?(?:more (?:about|on) (?:that|this|it)|tell me more)\s*[?.!]*\s*$/i.exec(question);
  if (!match) return null;
  return unanswerable(
    'I can\'t tell everything about one row at once yet: ask for the figures you want of it by name ("… of that one")',
    layer,
  );
}

export function refuseThanAverage(question: string, layer: SemanticLayer): PlanDecision | null {
  const match =
    /\b(?:(?:more|higher|greater|bigger|larger|better|less|lower|fewer|smaller|worse)(?: [a-z]+){0,2} than (?:the |their |its |our |my )?(?:average|avg|mean|median|typical|usual|normal)\b|(?:above|below)[- ](?:the )?(?:average|avg|mean|median)\b)/i.exec(
      question,
    );
  if (!match) return null;
  return {
    ...unanswerable(
      `I can't compare each row with the average of all of them yet ("${match[0]}"); ask for the average and the rows, and compare them side by side`,
      layer,
    ),
    word: match[0],
  };
}

/**
 * "How many orders will we get in April", "what are we going to make next quarter": the future, which the data
 * cannot answer (a forecast). Declined, never answered with last April's figure.
 */
export function refuseFuture(question: string, layer: SemanticLayer): PlanDecision | null {
  // ("Revenue for Will", "did Will Turner bring in", "Will's sales": after a preposition or an asking verb, or owning
  // something, "will" is someone's name.)
  const match =
    /(?<!\b(?:for|with|by|to|from|of|at|and|did|does|do|has|had|is|was|about)\s+)\bwill (?!you\b|u\b|ya\b)[a-z]+\b(?!'s)|\b(?:are|am|is) (?:we|i|it|they) (?:going to|gonna)\b|\bgonna (?:get|make|sell|earn|have|hit|reach|do|be)\b/i.exec(
      question,
    );
  if (!match) return null;
  return {
    ...unanswerable(
      'that asks about the future, and I report on what has happened (a forecast is not in your data)',
      layer,
    ),
    word: match[0],
  };
}

/** What askql says of an instruction to change the data. */
export const READ_ONLY = 'I can only read your data, not change it or act on it';

/**
 * "Void all the open invoices", "refund order 1042", "mark the June invoices as paid": an instruction to change the
 * data, said with a verb the layer may also use for a state of its rows ("void", "cancelled", "refund"), first in
 * the question and followed by the rows it acts on. Declined, naming the verb, never read as a question about those
 * rows ("void vs open"). ("Add up", "remove the refunds from revenue" shape a question; the layer-free verbs,
 * "delete", "send", are the `write` keyword's.)
 */
const INSTRUCTION =
  /^\s*(?:please |pls |can you |could you |go (?:and )?)?(void|cancel|refund|mark|archive|reactivate|pause|unpause|resume|charge|write off|reset)\s+(?:all|every|each|the|this|that|these|those|my|our|any|some|(?:[a-z]+ )?(?:#?(?!(?:19|20)\d\d\b)\d{3,}|[a-z]+_[\w-]*\d[\w-]*))\b/i;

export function refuseInstruction(question: string, layer: SemanticLayer): PlanDecision | null {
  const match = INSTRUCTION.exec(question);
  if (!match) return null;
  return {
    ...unanswerable(READ_ONLY, layer),
    word: match[1] as string,
  };
}

/** Currencies a question may ask its amounts in, by ISO 4217 code. */
const CURRENCY_WORDS: Readonly<Record<string, RegExp>> = {
  USD: /\b(?:in )?(?:us dollars|usd|dollars)\b/i,
  // (A sign or an amount said in it too: "priced over €100", "invoices over 50 euros".)
  EUR: /\bin (?:euros?|eur)\b|€|\b\d[\d,.]*k? ?(?:euros?|eur)\b/i,
  GBP: /\bin (?:pounds(?: sterling)?|gbp|sterling|quid)\b|£|\b\d[\d,.]*k? ?(?:gbp|quid)\b/i,
  CAD: /\bin (?:canadian dollars|cad)\b/i,
  AUD: /\bin (?:australian dollars|aud)\b/i,
  JPY: /\bin (?:yen|jpy)\b|¥/i,
};

/**
 * "Revenue in euros" on a layer whose money is in dollars: a conversion, which the data cannot make (no rates).
 * Declined, naming the currency, never answered in the layer's own currency as if converted.
 */
export function refuseOtherCurrency(question: string, layer: SemanticLayer): PlanDecision | null {
  for (const [code, words] of Object.entries(CURRENCY_WORDS)) {
    if (code === layer.currency || code === 'USD') continue;
    const match = words.exec(question);
    if (!match) continue;
    return {
      ...unanswerable(
        `I can't convert amounts to ${code}: your figures are in ${layer.currency}, and your data holds no exchange rates`,
        layer,
      ),
      word: match[0].replace(/^in /i, ''),
    };
  }
  return null;
}

/**
 * "Which product do people buy together with the Coastal Beanie": pairs of things in one order, which no figure
 * of the layer counts (each answer is about one set of rows). Declined, naming the word, never answered as the
 * figure of the one thing named.
 */
export function refuseBoughtTogether(question: string, layer: SemanticLayer): PlanDecision | null {
  const match =
    /\b(?:bought|buy|buys|buying|purchased|ordered|sold|sell|sells|go|goes|paired) (together|alongside)\b|\b(together) with\b|\bin the same (order|basket|cart)\b/i.exec(
      question,
    );
  if (!match) return null;
  const word = match[1] ?? match[2] ?? match[3] ?? 'together';
  return {
    ...unanswerable(
      `I can't work out what is bought together ("${word}"): each answer counts one set of rows, not pairs of them in one order`,
      layer,
    ),
    word,
  };
}

/**
 * "What was the average discount in Q4": an average of a total says neither over what: per row of the figure's
 * own table ("discounts per order") or per day ("average daily discount")? Asked, each answerable as it stands;
 * declined, naming the average, when none is: a total is never answered for an average.
 */
export function askAverageOf(
  question: string,
  metric: Metric,
  index: LayerIndex,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision {
  const rows = index.dimension(entityOfTable(index.layer, metric.table) ?? '');
  const asked = question.trim().replace(/[?.!\s]+$/, '');
  const options = rephrased
    ? []
    : [
        ...(rows && !countsRowsOf(metric, rows)
          ? [{ label: `${metric.label} per ${rowNoun(rows)}`, question: `${asked} per ${rowNoun(rows)}` }]
          : []),
        {
          label: `${metric.label} per day`,
          question: asked.replace(/\b(average|avg|mean|typical)\b/i, (word) => `${word} daily`),
        },
      ].filter((option) => option.question !== asked && answerable(option.question));
  if (options.length === 0) {
    return { ...unanswerable(`I can't work out an average of ${metric.label.toLowerCase()}`, index.layer), word: null };
  }
  const labels = options.map((option) => option.label.toLowerCase());
  const text =
    labels.length === 1
      ? `An average of a total: did you mean ${labels[0]}?`
      : `An average over what: ${labels.join(' or ')}?`;
  return { kind: 'clarify', text, word: null, options };
}

/** "Posts with more comments than likes": a condition setting two figures of each row against each other. */
const FIGURE_AGAINST_FIGURE =
  /\b(?:with|have|has|had|got|get|gets|getting|having|that|which|where) (?:more|fewer|less|higher|lower|greater|bigger|smaller|a (?:higher|lower|bigger|smaller)) ([a-z]+(?: [a-z]+)?) than ([a-z]+(?: [a-z]+)?)\b/i;

/**
 * "Which posts have more comments than likes": rows picked by comparing two of their own figures, which no plan
 * can say yet. Declined, naming the comparison, never answered as the two totals or a ranking by one of them.
 */
export function refuseFigureAgainstFigure(
  question: string,
  vocabulary: Vocabulary,
  layer: SemanticLayer,
): PlanDecision | null {
  const match = FIGURE_AGAINST_FIGURE.exec(question);
  if (!match) return null;
  const isFigure = (phrase: string) => {
    const all = words(phrase.toLowerCase());
    // The phrase may run one word past the figure ("than likes last month").
    return [all, all.slice(0, 1)].some((part) =>
      (vocabulary.phrases.get(part.map(stem).join(' ')) ?? []).some((meaning) => meaning.type === 'metric'),
    );
  };
  if (!isFigure(match[1] ?? '') || !isFigure(match[2] ?? '')) return null;
  return {
    ...unanswerable(
      `I can't pick rows by comparing two of their own figures yet ("${match[0].replace(/^\S+ /, '')}"): ask for both figures of each row instead`,
      layer,
    ),
    word: null,
  };
}

/**
 * "Refunds vs discounts", "refunds and discounts this year": a value that is a figure of its own (refunds: the
 * refunded orders) set beside another figure. A plan has one set of rows, so the value would quietly filter the
 * other figure too (the discounts of refunded orders). Declined, naming both; "Canada vs US revenue" (two values
 * of one thing) and "Canada revenue and orders" (a value before every figure) read on.
 */
export function refuseValueBesideFigure(question: string, slots: Slots, layer: SemanticLayer): PlanDecision | null {
  const items = slots.items;
  const joiner = items.findIndex((item) => keywordOf(item) === 'vs' || keywordOf(item) === 'and');
  if (joiner <= 0) return null;
  const before = items.slice(0, joiner);
  const after = items.slice(joiner + 1);
  const isMetric = (item: Item) => item.meanings.some((meaning) => meaning.type === 'metric');
  const valueDimensions = (item: Item) =>
    item.meanings.flatMap((meaning) => (meaning.type === 'value' ? [meaning.dimension] : []));
  const value = before.findLast((item) => valueDimensions(item).length > 0);
  // ("Refunds as a count and as dollars": the money said alone is the rows' own amount, no second figure.)
  const figure = after.find((item) => isMetric(item) && !/^(?:amount|money)$/.test(item.text));
  if (!value || !figure) return null;
  // "Refunded revenue vs discounts": the value qualifies the first figure only, set against a second.
  const qualifiesFirst = keywordOf(items[joiner] as Item) === 'vs' && before.some(isMetric);
  if (before.some(isMetric) && !qualifiesFirst) return null;
  // "People who found us through google ads and signed up": a value after "through" or "from" says where the rows
  // came from; it names no rows of its own.
  const saidBefore = slots.text.split(/\s+/)[value.position - 1];
  if (saidBefore !== undefined && ['through', 'from', 'via'].includes(saidBefore)) return null;
  // "January cancellations, how many orders?": the rows said first, then the question asked of them.
  if (!before.some(isMetric) && /^[^,?]*,\s*(?:(?:so|and|ok) )?(?:how many|how much|what)\b/i.test(question))
    return null;
  // The value names rows (plural, "refunds") rather than qualifying a figure said later ("Canada and US revenue").
  if (
    (!value.plural && !qualifiesFirst) ||
    after.some((item) => valueDimensions(item).some((name) => valueDimensions(value).includes(name)))
  )
    return null;
  return {
    ...unanswerable(
      `I can't answer "${
        qualifiesFirst
          ? before
              .slice(before.indexOf(value))
              .map((item) => item.text)
              .join(' ')
          : value.text
      }" and "${figure.text}" in one question: they count different rows, and together the second would count only the first one's rows. Ask for each on its own`,
      layer,
    ),
    word: null,
  };
}

/**
 * "How many different products did we sell", "distinct products ordered in Q4": a count of different things is
 * answered by a count of those things' own rows or of distinct ones; a total of what they sold would answer
 * another question (units, counted again for every order). Declined, naming a breakdown that shows each one.
 */
export function refuseDistinctCount(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const match =
    /\b(?:different|distinct|unique|separate|individual) ([a-z]+)/i.exec(question) ??
    /\b(?:how many|number of|count of|# of) ([a-z]+)/i.exec(question);
  if (!match) return null;
  const noun = stem((match[1] as string).toLowerCase());
  const things = index.layer.dimensions.find((dimension) =>
    [dimension.label, dimension.plural, ...dimension.synonyms].some((word) => stem(word.toLowerCase()) === noun),
  );
  const metric = index.metric(plan.metrics[0] ?? '');
  if (!things || !metric) return null;
  // "How many categories do we sell", "how many plans are there": the kinds a value sorts rows into, never the
  // rows themselves ("how many customers", "how many orders" name the rows a table holds).
  if (!/\b(?:different|distinct|unique|separate|individual) /i.test(match[0])) {
    const rows = index.layer.tables.some((table) =>
      [table.name, singular(table.name), ...table.synonyms].some((word) => stem(word.toLowerCase()) === noun),
    );
    if (rows || !things.table || entityOfTable(index.layer, things.table) === things.name) return null;
    if (things.values.some((value) => stem(value.label.toLowerCase()) === noun)) return null;
    return unanswerable(
      `I can't count the different ${things.plural} yet (ask for "${metric.label.toLowerCase()} by ${things.label.toLowerCase()}" to see each one)`,
      index.layer,
    );
  }
  // "How many different countries did we sell to": a breakdown by them lists them; the count asked is never said.
  if (plan.dimensions.includes(things.name)) {
    if (!/\bhow many\b/i.test(question)) return null;
    return unanswerable(
      `I can't count the different ${things.plural} yet (ask for "${metric.label.toLowerCase()} by ${things.label.toLowerCase()}" to see each one)`,
      index.layer,
    );
  }
  if (metric.aggregation === 'count_distinct' || (metric.aggregation === 'count' && metric.table === things.table))
    return null;
  return unanswerable(
    `I can't count different ${things.plural} by ${metric.label.toLowerCase()} yet (ask for "${metric.label.toLowerCase()} by ${things.label.toLowerCase()}" to see each one)`,
    index.layer,
  );
}

/** Keywords of what askql does not do: other users' data, changes, contact details. */
const NOT_DONE: ReadonlySet<string> = new Set(['other_users', 'write', 'personal']);

/** True when the word names something of the layer (a figure, a thing, a value), not only a word of asking. */
function ofLayer(word: string, vocabulary: Vocabulary): boolean {
  return (vocabulary.phrases.get(stem(word)) ?? []).some((meaning) => meaning.type !== 'keyword');
}

/** True when the word says something askql does not do ("competitors"). */
function notDone(word: string, vocabulary: Vocabulary): boolean {
  return (vocabulary.phrases.get(stem(word)) ?? []).some(
    (meaning) => meaning.type === 'keyword' && NOT_DONE.has(meaning.key),
  );
}

/** Said of nothing but a pointer, a comparison or how things are going (see `askWhatAbout`). */
const NOTHING_NAMED = new RegExp(
  [
    '\\bcompare\\b',
    '\\bbreak (?:that|this|it|those|them|these) (?:down|out)\\b',
    '\\b(?:check|look) (?:on |at |into )?(?:that|this|it|those)\\b',
    '\\bthat thing\\b',
    '\\b(?:those|them|these|the) two\\b',
    '\\bwhich (?:one|is|was|did|does|of them|of those)\\b',
    '\\b(?:more|less|higher|lower|better|worse|bigger|smaller) (?:or (?:more|less|higher|lower|better|worse|bigger|smaller) )?than (?:usual|normal|before|expected|(?:a|one) (?:year|month|week) ago|last (?:year|month|week))\\b',
    "\\bhow(?:'s|s| is| are) (?:it|things|everything|we|business) (?:looking|going|doing)\\b",
  ].join('|'),
  'i',
);

/** At most this many words: a longer question says more than a pointer. */
const NOTHING_NAMED_WORDS = 8;

/**
 * "Compare those two", "which one did better", "break that down for me", "more or less than usual?", "how's it
 * looking", asked first in a conversation: a question about the data that names nothing of it and points back at
 * nothing. Asked back, with questions the layer answers to pick from, rather than declined as not about the data.
 */
export function askWhatAbout(question: string, layer: SemanticLayer, vocabulary: Vocabulary): PlanDecision | null {
  const said = words(question.toLowerCase());
  if (said.length > NOTHING_NAMED_WORDS || !NOTHING_NAMED.test(question)) return null;
  // (A word of the layer, "compare the two plans", or of what askql does not do, "compare with our competitors", makes
  // a question of its own, answered or declined as it is.)
  if (said.some((word) => ofLayer(word, vocabulary) || notDone(word, vocabulary))) return null;
  const options = suggestionsFor(layer).map((suggestion) => ({ label: suggestion, question: suggestion }));
  if (options.length === 0) return null;
  return {
    kind: 'clarify',
    text: 'Which figures do you mean? The question names none, and nothing was asked before it: name a figure and a period, or pick one of these.',
    word: null,
    options,
  };
}

/** "That month", "the same week": a period pointed back at. */
const THAT_PERIOD = /\b(?:that|the same) (day|week|month|quarter|year)\b/i;

/**
 * "Which was the best month for revenue" >> "top products that month": "that month" is a row of the answer (the
 * month found, or one of a series by month), which the question's plan cannot name before the answer is in.
 * Declined, saying to name it, rather than read over the whole period the ranking ran over. ("And orders that week"
 * after the best week keeps the ranking, with orders beside it, and reads on.)
 */
export function refusePeriodOfRankedRow(
  question: string,
  base: QueryPlan | null,
  read: PlanDecision,
  layer: SemanticLayer,
): PlanDecision | null {
  const pointer = THAT_PERIOD.exec(question);
  const unit = pointer?.[1]?.toLowerCase();
  if (!pointer || !base || base.grain !== unit || read.kind !== 'query' || read.plan.grain === base.grain) return null;
  return {
    ...unanswerable(
      `I can't tell which ${unit} "${pointer[0]}" is before the answer names it: ask again with the ${unit} said (for example "in March 2025")`,
      layer,
    ),
    word: null,
  };
}

/**
 * "Give me the rate for last month", "what's our rate": a word the layer has no figure of its own for, but the last
 * word of several figures' names (engagement rate, refund rate, cancellation rate). Which one is the asker's to say,
 * each option the question with that figure named in the word's place. Null when fewer than two are answerable.
 */
export function askWhichOfKind(
  question: string,
  word: string,
  layer: SemanticLayer,
  vocabulary: Vocabulary,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  if (!/^[a-z]+$/i.test(word)) return null;
  const kind = stem(word.toLowerCase());
  // ("How engaging were my tiktoks, as a rate": the rest says which figure; not asked.)
  if (words(question.toLowerCase()).some((said) => stem(said) !== kind && ofLayer(said, vocabulary))) return null;
  const offered = layer.metrics
    .filter((metric) => stem(metric.label.toLowerCase().split(/\s+/).at(-1) ?? '') === kind)
    .map((metric) => metric.name);
  if (offered.length < 2) return null;
  const choice = figureChoice(question, layer, false, answerable, offered, word);
  return choice && { ...choice, word };
}
