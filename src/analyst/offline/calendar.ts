import { addDays, addMonths, type QueryPlan, type TimeRange } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';

/**
 * The layer's own calendar: fiscal quarters and years ("fiscal Q2", "last fiscal year", "FY2025") from the
 * month its fiscal year starts in, and weeks that start on Sunday. Without a fiscal year start in the layer a
 * fiscal period is not known, and the parser asks whether the calendar one was meant.
 */

/** The months' names and their short forms, for a pattern's alternation. */
export const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** The months' three-letter names, January first: a month's number is its index plus one. */
export const SHORT_MONTH_NAMES: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** A part of a year by its name: a month, a quarter, a half ("april", "q3", "the first half"). */
const YEAR_PART = new RegExp(`\\b(?:${MONTH_NAMES}|q[1-4]|h[12]|half|quarter)\\b`, 'i');
/** Words that date a period by themselves: its year, or a period counted from today. */
const DATED =
  /\d{4}|'\d{2}\b|\b(?:year|years|yr|last|this|next|ago|past|previous|prior|yesterday|today|since|before|after|until|till|week|weeks|so far|to date)\b/i;

/** A part of a year said without its year ("december", "jul to dec", "q1"): the rest of the question says which. */
export function yearlessPart(text: string): boolean {
  return YEAR_PART.test(text) && !DATED.test(text);
}

/** The days of the week, Sunday first (as `Date.getUTCDay` counts them). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Ordinal words for the first five of something (quarters, weeks of a month, places in a ranking). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};
const FISCAL_QUARTER =
  /\b(?:in |for |during )?(?:the )?(?:(this|last|previous|current) )?(?:fiscal|fy) ?(?:q([1-4])|quarter ([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?:,? (?:of )?(?:fy ?)?((?:20)?\d{2}))?\b/i;
const FISCAL_YEAR =
  /\b(?:in |for |during )?(?:the )?(?:(this|last|previous|current) (?:fiscal|fy) year(?: to date| so far)?|(?:fiscal|fy) year (?:to date|so far)|fiscal year ((?:20)\d{2})|fy ?((?:20)?\d{2})\b|fytd|fiscal ytd|fy ytd|(?<=\b(?:our|my|the) )(?:fiscal|fy) year(?! (?:\d|to date|so far)))\b/i;

export interface FiscalScan {
  /** The question with the fiscal period blanked out. */
  readonly text: string;
  readonly range: TimeRange | null;
  /** The words asked, when the layer has no fiscal year: the question is then not answered as is. */
  readonly unknown: string | null;
  /** The question with "fiscal" taken out, to offer the calendar period instead. */
  readonly calendar: string | null;
}

/** The first day of the fiscal year (named by the year it ends in) that starts in month `start`. */
function fiscalYearFrom(endYear: number, start: number): string {
  const year = start === 1 ? endYear : endYear - 1;
  return `${year}-${String(start).padStart(2, '0')}-01`;
}

/** The fiscal year (named by its end year) containing `day`. */
function fiscalYearOf(day: string, start: number): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return start === 1 || month < start ? year : year + 1;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** "(April to June)", "(apr-jun)" at the start of `text`: the two months (1..12) and the length said. */
function monthsInBrackets(text: string): { first: number; last: number; length: number } | null {
  const found = new RegExp(
    `^\\s*\\(\\s*(${MONTH_NAMES})[a-z]*\\.?\\s*(?:to|through|thru|till|until|-|–|—)\\s*(${MONTH_NAMES})[a-z]*\\.?\\s*\\)`,
    'i',
  ).exec(text);
  if (!found) return null;
  const month = (name: string) => SHORT_MONTH_NAMES.indexOf(name.toLowerCase().slice(0, 3)) + 1;
  return { first: month(found[1] as string), last: month(found[2] as string), length: found[0].length };
}

export function scanFiscal(question: string, today: string, layer: SemanticLayer): FiscalScan {
  const quarter = FISCAL_QUARTER.exec(question);
  const year = quarter ? null : FISCAL_YEAR.exec(question);
  const match = quarter ?? year;
  if (!match) return { text: question, range: null, unknown: null, calendar: null };
  const blanked =
    question.slice(0, match.index) + ' '.repeat(match[0].length) + question.slice(match.index + match[0].length);
  const start = layer.fiscalYearStart;
  if (start === undefined) {
    // "Fiscal Q2 2025 (April to June)": the months in brackets say it is the calendar quarter. (Other months, "fiscal
    // Q1 2025 (Apr–Jun)", leave the year open: FY2025 may start in 2024.)
    const said = quarter ? monthsInBrackets(question.slice(match.index + match[0].length)) : null;
    const number = Number(quarter?.[2] ?? quarter?.[3] ?? ORDINALS[(quarter?.[4] ?? '').toLowerCase()]);
    const named = quarter?.[5];
    if (said && named !== undefined && said.first === 3 * number - 2 && said.last === 3 * number) {
      const from = `${fullYear(named)}-${String(said.first).padStart(2, '0')}-01`;
      const end = match.index + match[0].length + said.length;
      return {
        text: question.slice(0, match.index) + ' '.repeat(end - match.index) + question.slice(end),
        range: { kind: 'absolute', from, to: addMonths(from, said.last - said.first + 1) },
        unknown: null,
        calendar: null,
      };
    }
    const calendar = question
      // ("Our fiscal year billing": this year's, on the calendar.)
      .replace(/\b(?:our|my|the) (?:fiscal|fy) year\b(?! (?:\d|to date|so far))/i, 'this year')
      .replace(/\b(?:fiscal|fy) ?(?=q[1-4]|quarter|first|second|third|fourth|1st|2nd|3rd|4th|year)/i, '')
      .replace(/\bfy ?((?:20)\d{2})\b/i, '$1')
      .replace(/\b(?:fytd|(?:fiscal|fy) ytd)\b/i, 'ytd');
    return {
      text: blanked,
      range: null,
      unknown: match[0].trim().replace(/^(?:(?:in|for|during) )?(?:the )?/i, ''),
      calendar: calendar !== question ? calendar : null,
    };
  }
  const current = fiscalYearOf(today, start);
  if (quarter) {
    const anchor = quarter[1]?.toLowerCase();
    const number = Number(quarter[2] ?? quarter[3] ?? ORDINALS[(quarter[4] ?? '').toLowerCase()]);
    const named = quarter[5] !== undefined ? fullYear(quarter[5]) : null;
    let fiscal = named ?? (anchor === 'last' || anchor === 'previous' ? current - 1 : current);
    let from = addMonths(fiscalYearFrom(fiscal, start), 3 * (number - 1));
    // Without a year, the most recent such quarter that has started.
    if (named === null && anchor === undefined && from > today) {
      fiscal -= 1;
      from = addMonths(fiscalYearFrom(fiscal, start), 3 * (number - 1));
    }
    return { text: blanked, range: { kind: 'absolute', from, to: addMonths(from, 3) }, unknown: null, calendar: null };
  }
  const anchor = (year?.[1] ?? '').toLowerCase();
  const named = year?.[2] ?? year?.[3];
  if (named !== undefined) {
    const from = fiscalYearFrom(fullYear(named), start);
    return { text: blanked, range: { kind: 'absolute', from, to: addMonths(from, 12) }, unknown: null, calendar: null };
  }
  if (anchor.startsWith('last') || anchor.startsWith('previous')) {
    const from = fiscalYearFrom(current - 1, start);
    return { text: blanked, range: { kind: 'absolute', from, to: addMonths(from, 12) }, unknown: null, calendar: null };
  }
  return {
    text: blanked,
    range: { kind: 'absolute', from: fiscalYearFrom(current, start), to: null },
    unknown: null,
    calendar: null,
  };
}

/** The Sunday on or before `day`. */
function sundayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -weekday);
}

/** A week range in a layer whose weeks start on Sunday, as explicit dates; other ranges unchanged. */
export function weekRangeFor(range: TimeRange, today: string, layer: SemanticLayer): TimeRange {
  if (layer.weekStart !== 'sunday' || range.kind !== 'relative' || range.unit !== 'week') return range;
  const current = sundayOf(today);
  if (range.anchor === 'this') return { kind: 'absolute', from: current, to: null };
  return { kind: 'absolute', from: addDays(current, -7 * range.count), to: current };
}

/** A plan's week ranges (its period and an explicit comparison period) in the layer's weeks. */
export function withLayerWeeks(plan: QueryPlan, today: string, layer: SemanticLayer): QueryPlan {
  if (layer.weekStart !== 'sunday') return plan;
  const comparison =
    plan.comparison?.kind === 'period'
      ? { ...plan.comparison, timeRange: weekRangeFor(plan.comparison.timeRange, today, layer) }
      : plan.comparison;
  return { ...plan, timeRange: weekRangeFor(plan.timeRange, today, layer), comparison };
}
