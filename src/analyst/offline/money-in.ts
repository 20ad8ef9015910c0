import type { PlanDecision } from '../analyst.js';
import type { LayerIndex } from '../semantic-layer.js';
import { collectedValue } from './layer-respellings.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * "What was our income for June", "earnings last month": where the layer names money collected apart from money
 * billed (an invoice's "paid" status is "collected"), a word for the money a business takes in could be either
 * everything billed or only what was collected. Asked, never guessed; elsewhere the word is the layer's own.
 */
const INCOME =
  /\b(?:income|incomes|earnings|takings|money (?:coming|that came|came|come) (?:in )?through the door|money through the door)\b/i;

export function incomeChoice(
  question: string,
  vocabulary: Vocabulary,
  index: LayerIndex,
  answerable: (question: string) => boolean,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const said = INCOME.exec(question);
  if (!said) return null;
  const collected = collectedValue(vocabulary);
  if (collected === null) return null;
  const status = index.dimension(collected.dimension);
  const value = status?.values.find((candidate) => candidate.value === collected.value);
  const money = index.layer.metrics.find(
    (metric) => metric.format === 'currency' && status !== undefined && index.reachable(metric, status),
  );
  if (!status || !value || !money) return null;
  const word = said[0];
  const figure = money.label.toLowerCase();
  const options = [
    { label: money.label, question: question.replace(word, figure) },
    { label: `${money.label}, ${value.label.toLowerCase()} only`, question: question.replace(word, 'money collected') },
  ].filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${word}" could mean all ${figure}, or only what was collected (${status.label.toLowerCase()} ${value.label}). Which did you mean?`,
    word,
    options,
  };
}
