import type { PlanDecision } from '../analyst.js';
import type { Metric, SemanticLayer } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { orList } from './figure-choice.js';
import { unanswerable } from './replies.js';

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
}

interface Phrase {
  readonly phrase: string;
  readonly pattern: RegExp;
  /** The figures it names, none of them another's `alternatives`; two or more make it shared. */
  readonly metrics: readonly Metric[];
}

const cache = new WeakMap<SemanticLayer, { phrases: readonly Phrase[]; shared: boolean }>();

function phrasesOf(layer: SemanticLayer) {
  const known = cache.get(layer);
  if (known) return known;
  const byPhrase = new Map<string, Metric[]>();
  for (const metric of layer.metrics)
    for (const phrase of new Set([metric.label, ...metric.synonyms].map((said) => said.toLowerCase())))
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), metric]);
  // Longest first: "rental revenue" is read before the "revenue" inside it.
  const phrases = [...byPhrase]
    .sort(([a], [b]) => b.length - a.length)
    .map(([phrase, metrics]) => ({
      phrase,
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
  for (const { phrase, pattern, metrics } of phrases) {
    if (!text.includes(phrase)) continue;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    if (metrics.length > 1) return { phrase, metrics };
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

export function sharedFigureChoice(
  question: string,
  layer: SemanticLayer,
  parse: (question: string) => PlanDecision,
): PlanDecision | null {
  const shared = sharedPhrase(question, layer);
  if (shared === null) return null;
  const pattern = new RegExp(`(?<![\\w-])${escapeRegExp(shared.phrase)}(?![\\w-])`, 'i');
  const text = question.toLowerCase();
  // "Revenue from repairs": the question names one figure's table.
  const named = shared.metrics.filter((metric) =>
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
