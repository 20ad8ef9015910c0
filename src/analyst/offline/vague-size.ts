import type { PlanDecision } from '../analyst.js';
import type { SemanticLayer } from '../semantic-layer.js';
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
