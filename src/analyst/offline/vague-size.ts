import type { PlanDecision } from '../analyst.js';
import type { LayerIndex, SemanticLayer } from '../semantic-layer.js';
import { unanswerable } from './replies.js';

/**
 * "Big orders": a size word without an amount. What counts as big is the merchant's call, so askql asks: the
 * question without the word, or the biggest ones, whichever can be answered (`answerable` says which).
 */
export function vagueSize(
  question: string,
  vague: { word: string; phrase: string; noun: string; direction: 'asc' | 'desc' },
  rephrased: boolean,
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): PlanDecision {
  const text = `What counts as "${vague.word}"? Give an amount (for example "${vague.noun} ${vague.direction === 'desc' ? 'over' : 'under'} 100"), or pick one of these.`;
  if (rephrased)
    return { ...unanswerable(`I don't know what counts as "${vague.word}": give an amount`, layer), word: vague.word };
  const index = question.toLowerCase().indexOf(vague.phrase);
  // Counting the 10 biggest is always 10: a count is offered over all of them only.
  const counting = /\b(?:how many|number of|count)\b/i.test(question);
  const candidates =
    index < 0
      ? []
      : [
          ...(counting
            ? []
            : [
                {
                  label: `The 10 ${superlativeOf(vague.word)} ${vague.noun}`,
                  phrase: `10 ${superlativeOf(vague.word)} ${vague.noun}`,
                },
              ]),
          { label: `All ${vague.noun}`, phrase: vague.noun },
        ];
  const options = candidates
    .map((candidate) => ({
      label: candidate.label,
      question: `${question.slice(0, index)}${candidate.phrase}${question.slice(index + vague.phrase.length)}`,
    }))
    .filter((option) => answerable(option.question));
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
 * "Revenue from my best customers": which are the best ones is the merchant's call, so askql asks, offering
 * the ranking with a number (the top 10 by the figure asked), when it can be answered.
 */
export function vagueRanking(
  question: string,
  word: string,
  rephrased: boolean,
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): PlanDecision {
  const declined = {
    ...unanswerable(`I don't know which ones count as "${word}": give a number (for example "top 10")`, layer),
    word,
  };
  if (rephrased) return declined;
  const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const ranked = pattern.test(question) ? question.replace(pattern, 'top 10') : null;
  if (ranked === null || !answerable(ranked)) return declined;
  return {
    kind: 'clarify',
    text: `Which ones count as "${word}"? Give a number (for example "top 5") or an amount, or pick this.`,
    word,
    options: [{ label: ranked.charAt(0).toUpperCase() + ranked.slice(1), question: ranked }],
  };
}

/**
 * "How many of my posts went viral": which posts count as viral is a figure and an amount the merchant has not
 * said, so askql asks, offering the top ones by each of the things' usual figures (up to three, when answerable).
 */
export function vagueCount(
  vague: { readonly word: string; readonly dimension: string; readonly period: string },
  figures: readonly string[],
  rephrased: boolean,
  index: LayerIndex,
  answerable: (question: string) => boolean,
): PlanDecision {
  const dimension = index.dimension(vague.dimension);
  const things = dimension?.plural ?? 'rows';
  const declined = {
    ...unanswerable(`I don't know which ${things} count as "${vague.word}": give a figure and an amount`, index.layer),
    word: vague.word,
  };
  if (rephrased || !dimension) return declined;
  const period = vague.period === '' ? '' : ` ${vague.period}`;
  const options = figures
    .flatMap((name) => {
      const metric = index.metric(name);
      if (!metric) return [];
      const question = `top 10 ${things} by ${metric.label.toLowerCase()}${period}`;
      return answerable(question) ? [{ label: question.charAt(0).toUpperCase() + question.slice(1), question }] : [];
    })
    .slice(0, 3);
  if (options.length === 0) return declined;
  const first = index.metric(figures[0] ?? '');
  const example =
    first?.format === 'currency'
      ? `more than 1,000 in ${first.label.toLowerCase()}`
      : `over 1,000 ${first?.label.toLowerCase() ?? 'of a figure'}`;
  const word = vague.word.replace(/^(?:most|went|go|gone) /, '');
  return {
    kind: 'clarify',
    text: `Which ${things} count as "${word}"? Give a figure and an amount (for example "${things} with ${example}"), or see the top ones by one of these.`,
    word,
    options,
  };
}
