import type { PlanDecision } from '../analyst.js';
import type { LayerIndex } from '../semantic-layer.js';
import { expandAbbreviation } from './abbreviations.js';
import { stem, type Vocabulary } from './vocabulary.js';

/**
 * "How is the new collection doing": one word the data does not know, right before a thing it does know. Which
 * of the things the word picks is the merchant's to say, so askql asks, offering the things without the word
 * (each shown, so the one meant can be read off), when that can be answered as a list of them. Never a guess at the word.
 */
export function askUnknownQualifier(
  question: string,
  word: string,
  vocabulary: Vocabulary,
  index: LayerIndex,
  parse: (question: string) => PlanDecision,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+([a-z]+)`, 'i');
  const next = pattern.exec(question);
  if (!next) return null;
  // ("Active subs": shorthand for the layer's word.)
  const meanings =
    vocabulary.phrases.get(stem(expandAbbreviation((next[1] as string).toLowerCase(), vocabulary))) ?? [];
  const thing = meanings.flatMap((meaning) => (meaning.type === 'dimension' ? [index.dimension(meaning.name)] : []))[0];
  if (!thing) return null;
  const without = question.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`, 'i'), '').trim();
  // Only a list of every one of them lets the merchant pick the one meant; a total over all would be a guess.
  const listed = parse(without);
  const unsure = `I don't know which ${thing.plural} count as "${word}" in your data.`;
  // "How is the collection doing" asks back which figure: the same options, each showing every one of them.
  if (listed.kind === 'clarify' && listed.word === null) {
    return { ...listed, text: `${unsure} ${listed.text} Each shows every ${thing.label.toLowerCase()}.`, word };
  }
  // "How many active subscribers in June": the readings of the rest ("new subscribers", "subscribers with invoices"),
  // one of which may be what the word means; the merchant picks, never a guess at the word.
  if (listed.kind === 'clarify') return { ...listed, text: `${unsure} ${listed.text}`, word };
  if (listed.kind !== 'query' || !listed.plan.dimensions.includes(thing.name)) return null;
  return {
    kind: 'clarify',
    text: `${unsure} Here it is for every ${thing.label.toLowerCase()}, or name the one you mean.`,
    word,
    options: [{ label: without.charAt(0).toUpperCase() + without.slice(1), question: without }],
  };
}
