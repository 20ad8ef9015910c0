import type { LayerIndex, SemanticLayer } from '../semantic-layer.js';
import { expandAbbreviation } from './abbreviations.js';
import { escapeRegExp } from './ambiguity.js';
import { onlyValues, stem, words, type Vocabulary } from './vocabulary.js';

/**
 * "What share of revenue came from the Instagram Shop", "% of orders cancelled", "percentage of sales by
 * country": a share of a total. Found before the rest of the question is read (so "share" is not read as the
 * social metric), and blanked out; the parser then makes the question's filter the part, or its breakdown the
 * parts of the whole.
 */

const SHARE =
  /(?:^|(?<=\s))(?:share|percentage|percent|%)(?= (?:by|per|across|for each) )|\bas an? (?:share|percentage|percent|%|proportion) of (?:the )?total\b|(?:^|(?<=\s))(?:(?:what|which|the) )?(?:share|percent|percentage|pct|%|proportion|fraction|portion|part|cut|slice) of\b|(?:^|(?<=\s))how much of (?:my |our |the )?(?!(?:it|that|this) (?:is|was|are|were) (?<![,;:].*))(?=(?:\S+ ){1,5}?(?:came|come|comes|was|were|is|are) )|,? (?:as|in) an? (?:%|percentage|percent|pct|share|proportion|fraction)(?=\s|$|[?.!,])|(?:^|(?<=\s))what (?:share|fraction|percentage|percent|proportion|pct|%)(?= (?:were|was|are|is|came|come|comes|went|go|goes)\b)/gi;

export interface ShareScan {
  readonly text: string;
  readonly share: boolean;
}

/**
 * Blanks out the words asking for a share; `share` says whether there were any. A figure the layer names with the
 * word ("Gross margin %", "margin percent") is that figure, never a share: "gross margin % by category".
 */
export function scanShare(question: string, layer?: SemanticLayer): ShareScan {
  const named = layer ? percentNamesIn(question, layer) : [];
  let share = false;
  const text = question.replace(SHARE, (match, offset: number) => {
    if (named.some(([start, end]) => offset < end && start < offset + match.length)) return match;
    share = true;
    return ' '.repeat(match.length);
  });
  return { text, share };
}

/** The patterns of a layer's figure names that hold a word of shares, built once per layer. */
const percentNames = new WeakMap<SemanticLayer, readonly RegExp[]>();

/** Where the question says a layer figure's name that holds a word of shares ("gross margin %"). */
function percentNamesIn(question: string, layer: SemanticLayer): [number, number][] {
  let patterns = percentNames.get(layer);
  if (patterns === undefined) {
    patterns = layer.metrics
      .flatMap((metric) => [metric.label, ...metric.synonyms])
      .map((name) => name.toLowerCase())
      .filter((name) => /%|\b(?:percent|percentage|pct|share|proportion)\b/.test(name))
      .map((name) => new RegExp(`(?<![\\w])${escapeRegExp(name)}(?![\\w])`, 'g'));
    percentNames.set(layer, patterns);
  }
  const lower = question.toLowerCase();
  return patterns.flatMap((pattern) =>
    [...lower.matchAll(pattern)].map((match): [number, number] => [match.index, match.index + match[0].length]),
  );
}

/**
 * "How often do customers who came from email ask for a refund": how often rows end in a value is that value's
 * rate, when the layer has one labelled so ("Refund rate"): said in place of the words, the rows kept.
 */
export function howOftenAsRate(question: string, index: LayerIndex): string {
  const asked = /\bhow often (?:do|does|did|are|is|were|was) /i.exec(question);
  if (!asked) return question;
  const after = question.slice(asked.index + asked[0].length);
  // "Customers who came from email ask for a refund", "orders get cancelled", "orders are refunded in Canada".
  const match =
    /^(.+?) (?:ask for|request|want|need|file|end up with|get|got) (?:a |an )?([a-z]+)\b(.*)$/i.exec(after) ??
    /^(.+?) ([a-z]+ed)\b(.*)$/i.exec(after);
  if (!match) return question;
  const rate = rateOfWord(match[2] ?? '', index);
  if (!rate) return question;
  return `${question.slice(0, asked.index)}${rate} for ${match[1]}${match[3]}`;
}

/**
 * "Refunded", "cancelled", "refunds": the label of the rate whose first word grows from the same stem
 * ("cancellation rate"), or undefined.
 */
export function rateOfWord(word: string, index: LayerIndex): string | undefined {
  const stem = word.toLowerCase().replace(/(?:led|ed|s)$/, '');
  if (stem.length < 4) return undefined;
  return index.layer.metrics
    .find((candidate) => new RegExp(`^${stem}[a-z]* rate$`).test(candidate.label.toLowerCase()))
    ?.label.toLowerCase();
}

/**
 * "Which is better for refunds, tiktok shop or instagram shop", "which channel is doing best on cancellations": how
 * good or bad a part is on rows of a state is its rate of them, when the layer has one (a count of refunds ranks
 * the biggest channel worst and calls more refunds "leading").
 */
export function judgedByRate(question: string, index: LayerIndex): string {
  return question.replace(
    /\b(better|best|worse|worst|doing best|doing worst|doing better|doing worse|did best|did worst|performs? best|performs? worst|good|bad) (for|on|at|with|in terms of|when it comes to) ([a-z]+s)\b/gi,
    (whole, judged: string, on: string, word: string) => {
      const rate = rateOfWord(word, index);
      return rate === undefined ? whole : `${judged} ${on} ${rate}`;
    },
  );
}

/**
 * "Cancel pct on weekends", "cancellation % this year": a word's percentage is its rate, when the layer has one
 * labelled so; "% of orders cancelled" (a share) is left to the share reading.
 */
export function percentAsRate(question: string, index: LayerIndex, vocabulary: Vocabulary): string {
  return (
    question
      // ("Refunds as a %": rows of a state as a percentage are that state's rate, whose whole the layer defines;
      // "revenue as a % of the total" is a share, left to the share reading.)
      .replace(
        /\b([a-z]+) (?:as|in) an? (?:percentage|percent|pct|%)(?![a-z])(?! of\b)/gi,
        (whole, word: string) => rateOfWord(word, index) ?? whole,
      )
      // ("Website orders from last quarter - what % got refunded": the rows said first, then how many of them ended
      // so.)
      .replace(
        /\bwhat (?:percentage|percent|pct|%)(?![a-z]) (?:of (?:them|those|these) )?(?:got|get|gets|were|was|have been|has been|ended up|end up) ([a-z]+ed)\b/gi,
        (whole, word: string) => {
          // ("Counting every order whatever its status, what % got refunded": of all of them, as said.)
          if (/\b(?:whatever|regardless|irrespective|every status|all statuses|any status)\b/i.test(question))
            return whole;
          const rate = rateOfWord(word, index);
          return rate === undefined ? whole : `what was the ${rate}`;
        },
      )
      .replace(
        /\b([a-z]+) ?(?:percentage|percent|pct|%)(?! of\b)/gi,
        (whole, word: string) =>
          rateOfWord(word, index) ??
          ratioOverFigure(expandAbbreviation(word.toLowerCase(), vocabulary), index) ??
          whole,
      )
  );
}

/**
 * "Profit %", "gp %": the percentage of a figure that is a sum is the layer's percent figure with that sum over
 * another ("Gross margin": gross profit / product revenue), when exactly one has it as its numerator (or one of
 * those is over a figure of sales: the margin, not the markup over cost).
 */
function ratioOverFigure(word: string, index: LayerIndex): string | undefined {
  const named = word.toLowerCase();
  const figure = index.layer.metrics.find(
    (candidate) =>
      candidate.aggregation === 'sum' &&
      candidate.synonyms.concat(candidate.label).some((name) => name.toLowerCase() === named),
  );
  if (!figure) return undefined;
  const ratios = index.layer.metrics.filter(
    (candidate) =>
      candidate.format === 'percent' &&
      candidate.table === figure.table &&
      candidate.expression.startsWith(figure.expression) &&
      /^\s*(?:\*\s*1\.0\s*)?\//.test(candidate.expression.slice(figure.expression.length)),
  );
  if (ratios.length === 1) return ratios[0]?.label.toLowerCase();
  // ("Gp %" when the layer has a margin and a markup: the one over a figure of sales of its own, as a margin is.)
  const overSales = ratios.filter((ratio) =>
    index.layer.metrics.some(
      (other) =>
        other !== figure &&
        other.aggregation === 'sum' &&
        other.format === 'currency' &&
        // (A cost, such as the cost of goods sold, is no figure of sales.)
        other.higherIsBetter &&
        other.table === figure.table &&
        ratio.expression.slice(figure.expression.length).includes(other.expression),
    ),
  );
  return overSales.length === 1 ? overSales[0]?.label.toLowerCase() : undefined;
}

/**
 * "How often were my posts bookmarked last quarter": how many times, when the verb names a figure of the layer's
 * (saves) rather than a rate ("how often were orders refunded" is `howOftenAsRate`'s, read first).
 */
export function howOftenAsCount(question: string, vocabulary: Vocabulary): string {
  return question.replace(
    /\bhow often (were|was) ((?:[a-z]+ ){1,4}?)([a-z]+ed)\b/gi,
    (whole: string, be: string, rows: string, verb: string) =>
      vocabulary.phrases.get(stem(verb.toLowerCase()))?.every((meaning) => meaning.type === 'metric')
        ? `how many times ${be} ${rows}${verb}`
        : whole,
  );
}

/**
 * "Do paid search or Facebook customers order more often", "how often do my customers buy": how often people
 * do what a figure counts is that figure per person, when the layer has one labelled so ("Orders per customer");
 * the people and the rest of the question kept.
 */
export function howOftenAsFrequency(question: string, index: LayerIndex): string {
  const asked =
    /\b(order|buy|purchase|shop)s? (?:(?:more|less) )?(?:often|frequently)\b/i.exec(question) ??
    /\b(?<=how (?:often|many times) (?:do|does|did|has|have) .+? )(order|buy|purchase|shop|bought|ordered|purchased|shopped)s?\b(?: again)?/i.exec(
      question,
    );
  if (!asked) return question;
  // ("How many times did people order" is how many orders; "how many times did a customer buy", on average, or
  // "each customer", is per person.)
  if (
    /\bhow many times\b/i.test(question) &&
    !/\b(?:on average|average|avg|typical|typically|a|an|each|every|one|per)\b/i.test(question.slice(0, asked.index))
  )
    return question;
  const verb = (asked[1] ?? '')
    .toLowerCase()
    .replace(/^bought$/, 'buy')
    .replace(/ed$/, '');
  const frequency = index.layer.metrics.find((candidate) =>
    candidate.synonyms
      .concat(candidate.label)
      .some((name) => new RegExp(`^${verb === 'buy' ? 'purchase' : verb}[a-z]* per [a-z]+$`, 'i').test(name)),
  );
  if (!frequency) return question;
  const start = question.slice(0, asked.index).replace(/\bhow (?:often|many times) (?:do|does|did|has|have) /i, '');
  // ("Buy from us": from the merchant, never the United States.)
  const rest = question.slice(asked.index + asked[0].length).replace(/^ (?:from|with|at) (?:us|me)\b/i, '');
  return `${start}${frequency.label.toLowerCase()}${rest}`;
}

/**
 * "No show rate for viewings", "late rate on payments this year": a value's rate where the layer has no figure
 * called so, said as the share it is ("% of viewings that were no show"); the rows come after "for"/"of", else
 * from the value's own rows ("void rate": invoices). A rate the layer names ("refund rate") is its own figure.
 */
export function valueRateAsShare(question: string, vocabulary: Vocabulary): string {
  return question.replace(VALUE_RATE, (whole, value: string, rows: string | undefined) => {
    const said = value.toLowerCase();
    if (vocabulary.phrases.has(phraseKey(`${said} rate`)) || !onlyValues(vocabulary, said)) return whole;
    const counted = rows ?? vocabulary.valueRows.get(phraseKey(said));
    if (counted === undefined) return whole;
    return `% of ${rows ?? `${counted}s`} that were ${said}`;
  });
}

/** A phrase as the vocabulary keys it: its words' stems. */
function phraseKey(phrase: string): string {
  return words(phrase).map(stem).join(' ');
}

/** "No show rate", "void rate for invoices": a value (one to three words), then "rate", and maybe the rows. */
const VALUE_RATE = /\b((?:[a-z]+[ -]){0,2}[a-z]+) rate(?: (?:for|of|on|among) (?:the |my |our |all )?([a-z]+s)\b)?/gi;
