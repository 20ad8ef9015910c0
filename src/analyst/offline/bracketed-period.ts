import type { PlanDecision } from '../analyst.js';
import { formatPeriod } from '../interpret-plan.js';
import { addDays, addMonths, resolveTimeRange } from '../plan.js';
import { escapeRegExp } from './ambiguity.js';
import { spelledOut } from './spelled-out.js';
import { scanTime } from './time-expressions.js';

/**
 * "Revenue last week (Feb 23 - Mar 1)", "revenue Q2 (Jan-Mar)": dates in brackets after a period named another way.
 * Where they are that period's own dates they only restate it (and are read as it); where they are not, which one is
 * meant is asked, each offered by its dates, never one of them dropped without a word. Days said without their month
 * ("the first week of february (1st to 7th)") are the named period's month's; dates that are the other common reading
 * of a rolling period ("past week (8th-14th)": the seven days before today, not last calendar week) say which is meant.
 */
export function askBracketedPeriod(
  question: string,
  today: string,
  rephrased: boolean,
  parse: (question: string) => PlanDecision,
): PlanDecision | null {
  const answerable = (asked: string) => parse(asked).kind === 'query';
  // (Or after a comma, when nothing else follows: "revenue Q3, Oct–Dec 2025".)
  const bracket = /\s*\(([^()]{3,40})\)/.exec(question) ?? /\s*,\s*([^,()]{3,40}?)\s*[?.!]*\s*$/.exec(question);
  if (rephrased || !bracket) return null;
  const before = question.slice(0, bracket.index);
  const after = question.slice(bracket.index + bracket[0].length);
  const spelled = (text: string) => spelledOut(text).toLowerCase();
  const rangesIn = (text: string) =>
    scanTime(text, today).mentions.flatMap((mention) => (mention.kind === 'range' ? [mention] : []));
  const saidInside = spelled(bracket[1] as string);
  const [inside, ...moreInside] = rangesIn(saidInside);
  // (Only dates in the brackets or after the comma: "last week (paid orders only)" is no period said again.)
  const rest = saidInside
    .replace(inside?.text ?? '', ' ')
    .replace(/\b(?:the|from|between|and|to|through|thru|i\.?e\.?|so|that is)\b|[^a-z]/g, ' ');
  if (rest.trim() !== '') return null;
  const [named, ...moreNamed] = rangesIn(spelled(before));
  if (!inside || !named || moreInside.length > 0 || moreNamed.length > 0) return null;
  const meant = resolveTimeRange(named.range, today);
  const read = resolveTimeRange(inside.range, today);
  // (Dates said without their year are the named period's year's: "Q1 2025, January through March" restates it.)
  const yearless = !/\b(?:19|20)\d{2}\b/.test(bracket[1] as string);
  // (A year alone only says which year: "revenue Q3 (2025)", "from Dec 1 through Dec 15, 2025", "…, 2025 inclusive".)
  if (/^\s*(?:19|20)\d{2}\s*$/.test(saidInside)) return null;
  // (Only day numbers: "8th-14th", "the 1st to the 7th".)
  const monthless = /^(?:\s|the|to|through|thru|till|until|and|from|between|[-–]|\d{1,2}(?:st|nd|rd|th)?\b)+$/.test(
    saidInside,
  );
  const monthOf = (date: string) => 12 * Number(date.slice(0, 4)) + Number(date.slice(5, 7));
  const months =
    (yearless || monthless) && meant.from !== null && read.from !== null
      ? monthless
        ? monthOf(meant.from) - monthOf(read.from)
        : 12 * (Number(meant.from.slice(0, 4)) - Number(read.from.slice(0, 4)))
      : 0;
  // (Days of a month moved to another by their day numbers: "16th-30th" of June ends on the 30th, not on the day
  // before May's or August's 31st moved.)
  const dayOf = (date: string) => Number(date.slice(8, 10));
  const said =
    months === 0 || read.from === null
      ? read
      : monthless
        ? {
            from: addDays(addMonths(read.from.slice(0, 8) + '01', months), dayOf(read.from) - 1),
            to: addDays(addMonths(read.from.slice(0, 8) + '01', months), dayOf(addDays(read.to, -1))),
          }
        : { from: addMonths(read.from, months), to: addMonths(read.to, months) };
  const dates = (span: { from: string | null; to: string }) => formatPeriod(span.from, addDays(span.to, -1));
  // (Days without their month are said with it, where the question is asked again with them.)
  const insideAsSaid = monthless ? dates(said) : (bracket[1] as string).trim();
  const at = new RegExp(escapeRegExp(named.text), 'i').exec(before);
  const withInside = at
    ? `${before.slice(0, at.index)}${insideAsSaid}${before.slice(at.index + at[0].length)}${after}`
    : null;
  const restates = said.from === meant.from && said.to === meant.to;
  const rolling = /\b(?:past|last|previous|prior) (week|month)\b/.exec(named.text);
  const rollingFrom = rolling ? (rolling[1] === 'week' ? addDays(today, -7) : addMonths(today, -1)) : null;
  if (withInside !== null && monthless && (restates || (said.from === rollingFrom && said.to === today)))
    return parse(withInside);
  if (restates) return null;
  // (After a comma, only dates whose year is said: "revenue from march 1 to march 7, 2026" ends with the year.)
  if (!bracket[0].includes('(') && yearless) return null;
  const word = at?.[0] ?? named.text;
  const options = [
    { label: `${word} (${dates(meant)})`, question: `${before}${after}` },
    ...(withInside !== null ? [{ label: dates(said), question: withInside }] : []),
  ].filter((option) => answerable(option.question));
  const where = bracket[0].trim().startsWith('(') ? 'in brackets' : 'after it';
  const text = `"${word}" is ${dates(meant)}, and the dates ${where} are ${dates(said)}. Which did you mean?`;
  if (options.length === 2) return { kind: 'clarify', text, word, options };
  return null;
}
