import type { PlanDecision } from '../analyst.js';
import { capitalize } from '../sentence-case.js';
import { countsRowsOf, type Dimension, type LayerIndex } from '../semantic-layer.js';
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
  const recently = recentlyWithRows(without, word, thing, listed, index, parse);
  if (recently !== null) return { ...recently, text: `${unsure} ${recently.text}` };
  if (listed.kind !== 'query' || !listed.plan.dimensions.includes(thing.name)) return null;
  return {
    kind: 'clarify',
    text: `${unsure} Here it is for every ${thing.label.toLowerCase()}, or name the one you mean.`,
    word,
    options: [{ label: without.charAt(0).toUpperCase() + without.slice(1), question: without }],
  };
}

/** Words for people who still take part ("active subscribers", "current members"), where the layer keeps no such state. */
const STILL_THERE = /^(?:active|current|live|ongoing|existing|engaged)$/i;

/**
 * "How many subscribers are currently active", on a layer that records no state for them: every one of them (none
 * is recorded as gone), or the ones with rows of another table lately ("subscribers with invoices in the last 30
 * days"). Offered, never guessed; null when the rest is not a count of those people over all time.
 */
function recentlyWithRows(
  without: string,
  word: string,
  thing: Dimension,
  listed: PlanDecision,
  index: LayerIndex,
  parse: (question: string) => PlanDecision,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  if (!STILL_THERE.test(word) || listed.kind !== 'query') return null;
  const { plan } = listed;
  const counter = index.metric(plan.metrics[0] ?? '');
  if (plan.metrics.length !== 1 || plan.dimensions.length > 0 || plan.timeRange.kind !== 'all') return null;
  if (counter === undefined || !countsRowsOf(counter, thing)) return null;
  const bare = without.replace(/\s*[?.!]*\s*$/, '');
  // (The things' rows elsewhere: each table that joins to theirs, by its own name.)
  const others = index.layer.joins
    .filter((join) => join.to === thing.table && join.from !== thing.table)
    .map((join) => join.from.replaceAll('_', ' '));
  const lately = others.flatMap((rows) =>
    ['30 days', '90 days'].map((span) => ({
      label: `${capitalize(thing.plural)} with ${rows} in the last ${span}`,
      question:
        bare.replace(new RegExp(`\\b${thing.plural}\\b`, 'i'), `${thing.plural} with ${rows}`) + ` in the last ${span}`,
    })),
  );
  const options = [
    { label: `All ${thing.plural} (none is recorded as gone)`, question: without },
    ...lately.filter((option) => parse(option.question).kind === 'query'),
  ].slice(0, 3);
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `Did you mean all of them, or the ones with recent ${others[0] ?? 'rows'}?`,
    word,
    options,
  };
}
