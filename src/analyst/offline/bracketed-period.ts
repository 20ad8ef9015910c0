import type { PlanDecision } from '../analyst.js';
import { formatPeriod } from '../interpret-plan.js';
import { addDays, addMonths, resolveTimeRange } from '../plan.js';
import { escapeRegExp } from './ambiguity.js';
import { spelledOut } from './spelled-out.js';
import { scanTime } from './time-expressions.js';

/**
 * "Revenue last week (Feb 23 - Mar 1)", "revenue Q2 (Jan-Mar)": dates in brackets after a period named another way.
 * Where they are that period's own dates they only restate it (and are read as it); where they are not, which one is
 * meant is asked, each offered by its dates, never one of them dropped without a word.
 */
export function askBracketedPeriod(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
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
  // (A year alone only says which year: "revenue Q3 (2025)", "from Dec 1 through Dec 15, 2025".)
  if (/^\s*(?:19|20)\d{2}\s*$/.test(bracket[1] as string)) return null;
  const years =
    yearless && meant.from !== null && read.from !== null
      ? Number(meant.from.slice(0, 4)) - Number(read.from.slice(0, 4))
      : 0;
  const said =
    years === 0 || read.from === null
      ? read
      : { from: addMonths(read.from, 12 * years), to: addMonths(read.to, 12 * years) };
  if (said.from === meant.from && said.to === meant.to) return null;
  // (After a comma, only dates whose year is said: "revenue from march 1 to march 7, 2026" ends with the year.)
  if (!bracket[0].includes('(') && yearless) return null;
  const dates = (span: { from: string | null; to: string }) => formatPeriod(span.from, addDays(span.to, -1));
  const at = new RegExp(escapeRegExp(named.text), 'i').exec(before);
  const word = at?.[0] ?? named.text;
  const options = [
    { label: `${word} (${dates(meant)})`, question: `${before}${after}` },
    ...(at
      ? [
          {
            label: dates(said),
            question: `${before.slice(0, at.index)}${(bracket[1] as string).trim()}${before.slice(at.index + at[0].length)}${after}`,
          },
        ]
      : []),
  ].filter((option) => answerable(option.question));
  const where = bracket[0].trim().startsWith('(') ? 'in brackets' : 'after it';
  const text = `"${word}" is ${dates(meant)}, and the dates ${where} are ${dates(said)}. Which did you mean?`;
  if (options.length === 2) return { kind: 'clarify', text, word, options };
  return null;
}
