import type { PlanDecision } from '../analyst.js';
import type { Metric, SemanticLayer } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { orList } from './figure-choice.js';
import { SPENT } from './reading-words.js';
import { unanswerable } from './replies.js';
import { stem, vocabularyOf } from './vocabulary.js';

/**
 * "Revenue last month" where the layer lists "revenue" under two figures (rental revenue and repair revenue): the
 * layer's author says the word is either, so which is asked, never the first one taken. A longer phrase of one
 * figure ("rental revenue") is that figure; a figure named as another's `alternatives` (the same count on another
 * table) is no second reading; and where the question names one figure's table ("revenue from repairs") or only one
 * reading answers, that one is read.
 */

interface Shared {
  readonly phrase: string;
  readonly metrics: readonly Metric[];
  /** The last word of the figures' phrases, listed as none of them on its own ("revenue" of "class revenue"). */
  readonly head: boolean;
}

interface Phrase {
  readonly phrase: string;
  readonly pattern: RegExp;
  /** The figures it names, none of them another's `alternatives`; two or more make it shared. */
  readonly metrics: readonly Metric[];
  readonly head: boolean;
}

const cache = new WeakMap<SemanticLayer, { phrases: readonly Phrase[]; shared: boolean }>();

/** First words that say how a figure is counted or where it stands, never which kind of money it is. */
const GENERIC_FIRST =
  /^(?:after|before|per|of|in|on|at|by|for|with|from|average|avg|mean|median|total|overall|all|order|sales)$/;

function phrasesOf(layer: SemanticLayer) {
  const known = cache.get(layer);
  if (known) return known;
  const byPhrase = new Map<string, Metric[]>();
  const heads = new Set<string>();
  for (const metric of layer.metrics)
    for (const phrase of new Set([metric.label, ...metric.synonyms].map((said) => said.toLowerCase())))
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), metric]);
  // "Revenue" where the layer names only "class revenue", "membership revenue" and "retail revenue": the last word
  // of money figures' phrases, never a phrase of its own, is any of them (money only: "rate" ends phrases of
  // figures that are no money).
  const byHead = new Map<string, Set<Metric>>();
  for (const metric of layer.metrics) {
    if (metric.format !== 'currency') continue;
    for (const said of [metric.label, ...metric.synonyms]) {
      // (Two words, the first naming which: "class revenue", never "after costs" or "average order value".)
      const words = said.toLowerCase().trim().split(/\s+/);
      const head = words.at(-1) ?? '';
      if (words.length !== 2 || !/^[a-z]{4,}$/.test(head) || GENERIC_FIRST.test(words[0] ?? '')) continue;
      byHead.set(head, new Set([...(byHead.get(head) ?? []), metric]));
    }
  }
  // (Only a word the layer reads as nothing else: "amount" and "value" are read already, "revenue" may not be.)
  const vocabulary = vocabularyOf(layer);
  for (const [head, metrics] of byHead)
    if (metrics.size > 1 && !byPhrase.has(head) && !vocabulary.phrases.has(stem(head))) {
      byPhrase.set(head, [...metrics]);
      heads.add(head);
    }
  // Longest first: "rental revenue" is read before the "revenue" inside it.
  const phrases = [...byPhrase]
    .sort(([a], [b]) => b.length - a.length)
    .map(([phrase, metrics]) => ({
      phrase,
      head: heads.has(phrase),
      pattern: new RegExp(`(?<![\\w-])${escapeRegExp(phrase)}(?![\\w-])`, 'g'),
      metrics: metrics.filter(
        (metric) =>
          !metrics.some((other) => other !== metric && other.alternatives.includes(metric.name)) &&
          !metric.alternatives.some((name) => metrics.some((other) => other.name === name)),
      ),
    }));
  const built = { phrases, shared: phrases.some((one) => one.metrics.length > 1) };
  cache.set(layer, built);
  return built;
}

/** The first figure word of the question that two of the layer's figures share, or null. */
function sharedPhrase(question: string, layer: SemanticLayer): Shared | null {
  const { phrases, shared } = phrasesOf(layer);
  // (Most layers share no word between figures: nothing to look for.)
  if (!shared) return null;
  let text = question.toLowerCase();
  for (const { phrase, pattern, metrics, head } of phrases) {
    if (!text.includes(phrase)) continue;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    if (metrics.length > 1) return { phrase, metrics, head };
    // (Read: a shorter phrase inside it is not said on its own.)
    text = text.replace(pattern, ' ');
  }
  return null;
}

/** The words naming a table: its name and synonyms ("repairs", "jobs"). */
function tableWords(layer: SemanticLayer, table: string): string[] {
  const found = layer.tables.find((candidate) => candidate.name === table);
  return [table, ...(found?.synonyms ?? [])].map((word) => word.toLowerCase().replaceAll('_', ' '));
}

/** "How much did we make", "what has Rose Hill spent": money asked, with who took it in or paid it, and the verb. */
const MONEY_VERB =
  /\b(how much|what) (?:money |cash )?(did|do|does|have|has|had) ((?:[a-z'-]+ ){0,3}?[a-z'-]+) (make|made|earn|earned|take in|taken in|took in|bring in|brought in|pull in|pulled in|gross|grossed|charge|charged|bill|billed|spend|spent|pay|paid)\b/i;

/**
 * "How much did we make last month", "how much has Rose Hill spent": money said with a verb, and no figure named,
 * where the layer's word for money ("revenue") names two figures: the question said with that word, so the same
 * choice is asked (or the table said, "took in on repairs", picks one). Null otherwise.
 */
function moneySaidAsVerb(question: string, layer: SemanticLayer): string | null {
  const said = MONEY_VERB.exec(question);
  if (!said) return null;
  const money = phrasesOf(layer).phrases.find(
    (one) => one.metrics.length > 1 && one.metrics.every((metric) => metric.format === 'currency'),
  );
  if (!money) return null;
  const [whole, how = '', verb = '', who = '', did = ''] = said;
  // ("How much did we make" where the layer lists "make" under its revenue: the verb names that one figure.)
  const named = vocabularyOf(layer).phrases.get(stem(did.toLowerCase())) ?? [];
  if (named.length === 1 && named[0]?.type === 'metric') return null;
  // ("How much did we spend on bikes": the business's own costs, never what it took in.)
  if (SPENT.test(did) && /^(?:we|i|you)$/i.test(who)) return null;
  // ("How much did those make": the rows just counted, whose money the conversation says.)
  if (/^(?:they|those|these|them|it|that|this|those ones|he|she)$/i.test(who)) return null;
  return question.replace(whole, `${how} ${money.phrase} ${verb} ${who} ${did}`);
}

export function sharedFigureChoice(
  question: string,
  layer: SemanticLayer,
  parse: (question: string) => PlanDecision,
): PlanDecision | null {
  const shared = sharedPhrase(question, layer);
  if (shared === null) {
    const money = moneySaidAsVerb(question, layer);
    return money === null ? null : sharedFigureChoice(money, layer, parse);
  }
  // (The last word of several figures' phrases only where the question, read as it stands, is declined on it: the
  // layer's other words may read it already, "the value of refunded orders".)
  if (shared.head) {
    const plain = parse(question);
    if (plain.kind !== 'reply' || plain.reason !== 'unanswerable' || plain.word?.toLowerCase() !== shared.phrase)
      return null;
  }
  const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(shared.phrase)}(?![\\w-])`, 'i');
  const text = question.toLowerCase();
  // "Revenue from repairs": the question names one figure's table. (Figures of one table, gross and net revenue of
  // payments, are never told apart by it: "revenue by payment type" names both.)
  const oneTable = shared.metrics.every((metric) => metric.table === shared.metrics[0]?.table);
  const named = shared.metrics.filter(
    (metric) =>
      !oneTable &&
      tableWords(layer, metric.table).some((word) =>
        new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`).test(text.replace(pattern, ' ')),
      ),
  );
  // "Total revenue, rentals plus repairs": both figures at once, added up, which no plan holds; declined, never one.
  if (named.length > 1) {
    const labels = named.map((metric) => metric.label.toLowerCase());
    return unanswerable(
      /\b(?:vs\.?|versus|against|compared?|or)\b/i.test(question)
        ? `"${shared.phrase}" names both ${orList(labels).replace(/ or /, ' and ')} here (ask "${labels.join(' vs ')}" to set them side by side)`
        : `I can't add ${orList(labels).replace(/ or /, ' and ')} into one figure yet (ask for each on its own)`,
      layer,
    );
  }
  const readings = (named.length === 1 ? named : shared.metrics).map((metric) => ({
    metric,
    question: question.replace(pattern, metric.label.toLowerCase()),
  }));
  const answered = readings
    .map((reading) => ({ ...reading, decision: parse(reading.question) }))
    .filter((reading) => reading.decision.kind === 'query');
  if (answered.length === 0) return null;
  if (answered.length === 1) return answered[0]?.decision ?? null;
  const options = answered.slice(0, 3).map((reading) => ({ label: reading.metric.label, question: reading.question }));
  return {
    kind: 'clarify',
    text: `"${shared.phrase}" could be ${orList(options.map((option) => option.label.toLowerCase()))}. Which did you mean?`,
    word: shared.phrase,
    options,
  };
}
