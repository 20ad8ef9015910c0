import type { PlanDecision } from '../analyst.js';
import { addDays } from '../plan.js';
import { longDate, scanTime } from './time-expressions.js';

/**
 * Periods said with a word whose dates are the asker's to choose, offered by their dates (each option the question
 * with the dates said instead): a season (the three whole months of the meteorological season, or the astronomical
 * one from solstice or equinox to the next), and the first week of a month (its first seven days, or the Monday-to-
 * Sunday week that starts in it first).
 */

type Clarification = Extract<PlanDecision, { kind: 'clarify' }>;

const SEASON_WORD = /\b(?:spring|summer|fall|autumn|winter)\b/i;

/** Astronomical seasons, by the month and day they start (0 = January), approximately as most years have them. */
const ASTRONOMICAL: Record<string, readonly [number, number, number, number]> = {
  spring: [2, 20, 5, 20],
  summer: [5, 21, 8, 22],
  fall: [8, 23, 11, 20],
  autumn: [8, 23, 11, 20],
  winter: [11, 21, 2, 19],
};

const FIRST_WEEK =
  /\b(?:(?:in|during|over|for) )?(?:the )?(?:first|1st|opening) week of ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:,? \d{4})?)\b/i;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** "From June 1, 2025 to August 31, 2025": a span said as the parser reads one (`to` exclusive). */
const fromTo = (from: string, to: string) => `from ${longDate(from)} to ${longDate(addDays(to, -1))}`;

const capital = (text: string) => text.replace(/^[a-z]/, (first) => first.toUpperCase());

/** The question with `said` (at `at`) replaced by `period`, "from"/"in" before it dropped so none doubles. */
function reworded(question: string, at: number, said: string, period: string): string {
  const before = question.slice(0, at).replace(/\b(?:in|during|over|for|from)\s*$/i, '');
  return `${before}${period}${question.slice(at + said.length)}`;
}

/** "Last summer", "in the spring", "winter 2025": which dates a season means is the asker's to say. */
export function askWhichSeason(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  if (rephrased || !SEASON_WORD.test(question)) return null;
  const lower = question.toLowerCase();
  const mentions = scanTime(lower, today).mentions;
  const mention = mentions.find((candidate) => candidate.kind === 'range' && SEASON_WORD.test(candidate.text));
  if (mention?.kind !== 'range' || mention.range.kind !== 'absolute') return null;
  // "Over the summer, june to august": the dates are said too.
  if (mentions.some((other) => other !== mention && other.kind === 'range')) return null;
  const { from, to } = mention.range;
  const season = (SEASON_WORD.exec(mention.text) as RegExpExecArray)[0].toLowerCase();
  const starts = ASTRONOMICAL[season];
  if (!from || !to || !starts) return null;
  const at = lower.indexOf(mention.text, mention.start);
  if (at < 0) return null;
  const year = Number(from.slice(0, 4));
  const [startMonth, startDay, endMonth, endDay] = starts;
  const astronomical = {
    from: iso(year, startMonth, startDay),
    to: addDays(iso(endMonth < startMonth ? year + 1 : year, endMonth, endDay), 1),
  };
  const readings = [
    { label: `${longDate(from)} – ${longDate(addDays(to, -1))} (the three months)`, ...{ from, to } },
    {
      label: `${longDate(astronomical.from)} – ${longDate(addDays(astronomical.to, -1))} (solstice or equinox to the next)`,
      ...astronomical,
    },
  ];
  const options = readings
    .filter((reading) => reading.from <= today)
    .map((reading) => ({
      label: reading.label,
      question: reworded(question, at, mention.text, fromTo(reading.from, reading.to)),
    }))
    .filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `Which dates do you mean by "${question.slice(at, at + mention.text.length).trim()}"?`,
    word: mention.text,
    options,
  };
}

/** "The first week of March": its first seven days, or the first Monday-to-Sunday week that starts in it. */
export function askWhichFirstWeek(
  question: string,
  typed: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const said = FIRST_WEEK.exec(question);
  // ("The first week of the year" is its first seven days: a month is named only by the asker.)
  if (rephrased || !said || !FIRST_WEEK.test(typed)) return null;
  const month = scanTime(`in ${(said[1] as string).toLowerCase()}`, today).mentions[0];
  if (month?.kind !== 'range' || month.range.kind !== 'absolute' || !month.range.from) return null;
  const first = month.range.from;
  // The first Monday on or after the 1st (getUTCDay: Sunday 0).
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  const monday = addDays(first, (8 - weekday) % 7);
  const readings = [
    {
      label: `${capital(fromTo(first, addDays(first, 7)))} (the first seven days)`,
      period: fromTo(first, addDays(first, 7)),
    },
    {
      label: `The week of ${longDate(monday)} (Monday to Sunday)`,
      period: `in the week of ${longDate(monday)}`,
    },
  ];
  // A month that starts on a Monday has one first week.
  if (monday === first) return null;
  const options = readings
    .map((reading) => ({ label: reading.label, question: reworded(question, said.index, said[0], reading.period) }))
    .filter((option) => answerable(option.question));
  if (options.length < 2) return null;
  return { kind: 'clarify', text: `Which week do you mean by "${said[0].trim()}"?`, word: said[0], options };
}
