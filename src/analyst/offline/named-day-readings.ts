import type { PlanDecision } from '../analyst.js';
import { longDate, scanTime } from './time-expressions.js';

/**
 * Named days whose date depends on the country: Mother's Day is the second Sunday of May in the US, Canada and
 * Australia, and Mothering Sunday (three weeks before Easter) in the UK and Ireland. Which one is the asker's to
 * say; both are offered by their dates, each option the question with that date said instead.
 */

const MOTHERS_DAY = /\bmother'?s'? day\b/i;

const READINGS = [
  { name: 'mothers day', where: "Mother's Day in the US, Canada and Australia" },
  { name: 'mothering sunday', where: 'Mothering Sunday in the UK and Ireland' },
] as const;

export function askWhichMothersDay(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const said = MOTHERS_DAY.exec(question);
  if (rephrased || !said) return null;
  const options = READINGS.flatMap(({ name, where }) => {
    const asked = `${question.slice(0, said.index)}${name}${question.slice(said.index + said[0].length)}`;
    const mention = scanTime(asked.toLowerCase(), today).mentions.find(
      (candidate) => candidate.kind === 'range' && candidate.text.includes(name),
    );
    if (mention?.kind !== 'range' || mention.range.kind !== 'absolute' || mention.range.from === null) return [];
    const date = longDate(mention.range.from);
    // "On Mother's Day last year" → "on March 30, 2025": the words before the day (on, over) say how it is used.
    const words = mention.text.replace(/^(?:on|over|during|for|in) /, '');
    const at = asked.toLowerCase().indexOf(words, mention.start);
    if (at < 0) return [];
    const dated = `${asked.slice(0, at)}${/\b(?:on|over|during|for|in)\s*$/i.test(asked.slice(0, at)) ? '' : 'on '}${date}${asked.slice(at + words.length)}`;
    return answerable(dated) ? [{ label: `${date} (${where})`, question: dated }] : [];
  });
  // One date alone (the other has no data yet: Mothering Sunday is today) is still offered, never taken as meant.
  if (options.length === 0) return null;
  return {
    kind: 'clarify',
    text:
      options.length === 1
        ? `Mother's Day falls on different dates by country, and one of them has no data yet. Did you mean this one?`
        : `Mother's Day falls on different dates by country. Which do you mean?`,
    word: said[0],
    options,
  };
}
