import { MONTH_NAMES, ORDINALS, WEEKDAYS } from './calendar.js';
import { composedPeriods } from './period-composition.js';
import { addDays, addMonths, daysBetween, shiftDate, startOfUnit, type TimeRange, type TimeUnit } from '../plan.js';

/**
 * Finds the time expressions in a question ("last 30 days", "in March", "between 2025-01-01 and
 * 2025-03-31", "vs the month before") and blanks them out of the text, so what is left is about metrics,
 * dimensions and values. Deterministic: relative words stay relative in the plan; month and day names
 * without a year mean their most recent occurrence up to today.
 */

export type TimeMention =
  | {
      readonly kind: 'range';
      readonly start: number;
      readonly range: TimeRange;
      readonly text: string;
      /** Introduced by a comparing word ("vs last month"): the period to compare against. */
      readonly compared?: boolean;
    }
  /** "the previous period", "the month before": compare with what came just before the other range. */
  | { readonly kind: 'previous'; readonly start: number; readonly text: string }
  /**
   * "next month", "tomorrow", "forecast": the future, which the data cannot answer, unless the rows are dated ahead
   * (events, bookings): then `range` is the dates it names ("next week", "the next 7 days", "upcoming": from today,
   * its end the last row's, `to` null).
   */
  | { readonly kind: 'future'; readonly start: number; readonly text: string; readonly range?: TimeRange };

export interface TimeScan {
  /** The text with every time expression replaced by spaces (positions unchanged). */
  readonly rest: string;
  readonly mentions: readonly TimeMention[];
}

const MONTHS: Record<string, number> = {
  jan: 0,
  january: 0,
  feb: 1,
  february: 1,
  mar: 2,
  march: 2,
  apr: 3,
  april: 3,
  may: 4,
  jun: 5,
  june: 5,
  jul: 6,
  july: 6,
  aug: 7,
  august: 7,
  sep: 8,
  sept: 8,
  september: 8,
  oct: 9,
  october: 9,
  nov: 10,
  november: 10,
  dec: 11,
  december: 11,
};

/** "Tomorrow" as typed on phones too ("tmrw", "2moro"). */
const TOMORROW = 'tomorrow|tmrw|tmrrw|tmr|2moro|2morrow';

const UNIT = '(day|week|month|quarter|year)s?';
const MONTH = `(${MONTH_NAMES})`;
const ORDINAL_QUARTER = '(first|second|third|fourth|1st|2nd|3rd|4th|last)';
const YEAR_DIGITS = '(?:19|20)\\d{2}';
const YEAR = `(${YEAR_DIGITS})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const SEASON = '(spring|summer|fall|autumn|winter)';
/** A month, or a day of one either way round ("jan 1", "1st jan"), without capturing groups. */
const MONTH_DAY = `(?:(?:${MONTH_NAMES})(?: \\d{1,2}(?:st|nd|rd|th)?(?!\\d))?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_NAMES}))`;

/** A day of a named month: "dec 24", "24th of December". */
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\.? ${DAY}|\\b${DAY} (?:of )?${MONTH}\\b`, 'i');

/** Whether `text` names a day of a month ("over the holidays, Dec 24 to Dec 26"). */
export function namesDayOfMonth(text: string): boolean {
  return DAY_OF_MONTH.test(text);
}

/** "Feb 1 - Feb 14" as "Feb 1 to Feb 14": a dash between two days (a dash is no word the reading keeps). */
export function dashedDaySpans(text: string): string {
  return (
    text
      .replace(new RegExp(`(\\d(?:st|nd|rd|th)?)\\s*[-–]\\s*(?=${MONTH}\\.? \\d)`, 'gi'), '$1 to ')
      // "2 – 8 march", "2nd-8th of march": a dash between two days typed day first, the month said once.
      .replace(
        new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?)\\s*[-–]\\s*(?=\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b)`, 'gi'),
        '$1 to ',
      )
      // "1 jan-14 mar": a dash between two days typed day first.
      .replace(new RegExp(`\\b${MONTH}\\s*[-–]\\s*(?=\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b)`, 'gi'), '$1 to ')
      // "Past week (8th-14th)", "1st to 7th": two days of a month not named, said as "the 8th to the 14th" (days of
      // the latest month holding them, or of the period the brackets follow).
      .replace(
        new RegExp(
          `\\b(?:the )?(\\d{1,2}(?:st|nd|rd|th))\\s*(?:-|–|to|through|thru|till|until)\\s*(?:the )?(\\d{1,2}(?:st|nd|rd|th))\\b(?! (?:of )?${MONTH}\\b)`,
          'gi',
        ),
        'the $1 to the $2',
      )
      // "3/1-3/7": a dash between two days typed as month/day.
      .replace(/(\b\d{1,2}\/\d{1,2})\s*[-–]\s*(?=\d{1,2}\/\d{1,2}\b)/g, '$1 to ')
      // "July–December 2024", "jul-aug": a stretch of months.
      .replace(new RegExp(`\\b${MONTH}\\s*[-–]\\s*${MONTH}\\b`, 'gi'), '$1 to $2')
      // "Summer (jun jul aug)", "jan, feb, mar": three months or more running, listed, are one stretch.
      .replace(
        new RegExp(`\\b${MONTH}((?:\\s*[,/]?\\s*(?:and |& )?(?:${MONTH_NAMES})\\b){2,})`, 'gi'),
        (whole: string, first: string, more: string) => {
          const said = [first, ...(more.match(new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'gi')) ?? [])].map(
            (month) => MONTHS[month.toLowerCase()] ?? -1,
          );
          const running = said.every((month, at) => at === 0 || month === ((said[at - 1] as number) + 1) % 12);
          return running ? `${first} to ${whole.match(new RegExp(`(?:${MONTH_NAMES})$`, 'i'))?.[0] ?? first}` : whole;
        },
      )
      // "Jul+aug": two months running are one stretch; two apart are both, said with "and".
      .replace(new RegExp(`\\b${MONTH}\\s*\\+\\s*${MONTH}\\b`, 'gi'), (_, first: string, second: string) => {
        const [from, to] = [MONTHS[first.toLowerCase()] ?? -1, MONTHS[second.toLowerCase()] ?? -1];
        return `${first} ${to === (from + 1) % 12 ? 'to' : 'and'} ${second}`;
      })
  );
}

/**
 * "Q1 vs Q2 2025", "jan vs feb 2025", "h1 and h2 2024": a year said once, after two periods, is the year of
 * both; spelled out after each ("q1 2025 vs q2 2025").
 */
export function sharedYears(text: string): string {
  const period = `(?:h[12]|q[1-4]|(?:first|second|1st|2nd) half|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter|${MONTH_NAMES})`;
  const dated = `${period}(?:,? (?:of )?${YEAR_DIGITS})?`;
  return (
    text
      // "July–December 2025 compared to the same half of 2024": that year, the same part of it (as below).
      .replace(
        new RegExp(
          `\\b(?:(vs\\.?|versus|compared (?:to|with)|against)|compare (?:to|with)) (?:the )?same (?:period|half|months?|quarter|stretch|span|time|dates|days|weeks|window|part|season)(?: of the year)? (?:of|in|during|for|from) (${YEAR_DIGITS})\\b`,
          'gi',
        ),
        (_, joiner: string | undefined, year: string) => `${joiner ?? 'vs'} ${year}`,
      )
      .replace(
        // "How did revenue change from Q3 to Q4 2025": the two periods set against each other, not one span of both.
        new RegExp(
          `\\b(change[sd]?|changing|go|goes|went|gone|grow|grew|grown|drop|dropped|fall|fell|rise|rose|move|moved|shift|shifted|increase[sd]?|decrease[sd]?|improve[sd]?|climb(?:ed)?|jump(?:ed)?|slip(?:ped)?)((?: up| down)?) from (${dated}) to (${dated})\\b`,
          'gi',
        ),
        (_, verb: string, direction: string, first: string, second: string) =>
          `${/^(?:move|shift)/i.test(verb) ? 'change' : verb}${direction} ${first} vs ${second}`,
      )
      .replace(
        // "Jan to feb, did interactions rise or fall": two periods running, asked which way it went, set against each
        // other (a longer stretch asked that way is its trend).
        new RegExp(`(?<!\\b(?:from|between|since) )\\b(${dated}) (?:to|-|–|through|thru|into) (${dated})\\b`, 'gi'),
        (whole: string, first: string, second: string, _at: number, question: string) =>
          /\b(?:ris(?:e|en|ing)|rose|fall(?:en|ing)?|fell|go(?:ne)? (?:up|down)|went (?:up|down)|increased?|decreased?|grow|grew|drop(?:ped)?|climb(?:ed)?|declined?|up or down)\b/i.test(
            question,
          ) && periodsRunning(first, second)
            ? `${first} vs ${second}`
            : whole,
      )
      .replace(
        // "The second half of 2025 against the first half", "h2 2025 revenue vs h1": a year said after the first period
        // only is the second's too, when the second comes earlier in that year (the usual comparison with what came
        // before); a figure's words may come between.
        new RegExp(
          `\\b(${period})(,? (?:of )?)(${YEAR_DIGITS})((?: (?!(?:vs|versus|compared|against|and|to|or|in|of|for|during|since)\\b)[a-z]+){0,3}) (vs\\.?|versus|compared (?:to|with)|against) (the )?(${period})\\b(?!,? (?:of )?${YEAR_DIGITS}|\\s*'\\d{2}|\\s*(?:-|–|to|through|thru|until|till)\\s*${period})`,
          'gi',
        ),
        (
          whole: string,
          first: string,
          of: string,
          year: string,
          between: string,
          joiner: string,
          the = '',
          second: string,
        ) =>
          periodStart(second) < periodStart(first)
            ? `${first}${of}${year}${between} ${joiner} ${the}${second} ${year}`
            : whole,
      )
      // "Paid orders July to December 2025 vs 2024": the same months of the other year, never all of it.
      .replace(
        new RegExp(
          `\\b(${MONTH_NAMES}) (to|through|thru|until|till) (${MONTH_NAMES})(,? )(${YEAR_DIGITS}) (vs\\.?|versus|compared (?:to|with)|against) (${YEAR_DIGITS})\\b(?!\\s*(?:-|–|to|through|thru)\\s*\\d)`,
          'gi',
        ),
        (_, from: string, to: string, until: string, comma: string, year: string, joiner: string, other: string) =>
          `${from} ${to} ${until}${comma}${year} ${joiner} ${from} ${to} ${until}${comma}${other}`,
      )
      // "Revenue in March 2025 vs 2024": the same month of the other year, never all of it.
      .replace(
        new RegExp(
          `(?<!(?:to|through|thru|until|till|-|–)\\s*)\\b(${period})(,? (?:of )?)(${YEAR_DIGITS}) (vs\\.?|versus|compared (?:to|with)|against) (${YEAR_DIGITS})\\b(?!\\s*(?:-|–|to|through|thru)\\s*\\d)`,
          'gi',
        ),
        (_, first: string, of: string, year: string, joiner: string, other: string) =>
          `${first}${of}${year} ${joiner} ${first}${of}${other}`,
      )
      .replace(
        new RegExp(
          `\\b(${period}) (vs\\.?|versus|and|or|compared (?:to|with)|against) (${period})(,? (?:of )?${YEAR_DIGITS})\\b`,
          'gi',
        ),
        (_, first: string, joiner: string, second: string, year: string) =>
          `${first} ${year.replace(/^\D+/, '')} ${joiner} ${second}${year}`,
      )
  );
}

/** Whether the second period follows the first straight on: "jan", "feb"; "q3 2025", "q4 2025". */
function periodsRunning(first: string, second: string): boolean {
  const unit = (said: string) => (/^q|quarter/i.test(said) ? 3 : /^h|half/i.test(said) ? 6 : 1);
  const [one, two] = [
    first.toLowerCase().replace(/,? (?:of )?\d{4}$/, ''),
    second.toLowerCase().replace(/,? (?:of )?\d{4}$/, ''),
  ];
  const years = [/\d{4}$/.exec(first)?.[0], /\d{4}$/.exec(second)?.[0]];
  if (unit(one) !== unit(two) || periodStart(one) < 0 || periodStart(two) < 0) return false;
  const step = unit(one);
  const gap =
    periodStart(two) - periodStart(one) + 12 * (years[0] && years[1] ? Number(years[1]) - Number(years[0]) : 0);
  return gap === step || (gap === step - 12 && !(years[0] && years[1]));
}

/** The month (0–11) a period said without its year begins: "h2", "q3", "second half", "third quarter", "may". */
function periodStart(period: string): number {
  const said = period.toLowerCase();
  const half = /^(?:h([12])|(first|second|1st|2nd) half)$/.exec(said);
  if (half) return half[1] === '2' || /^(?:second|2nd)$/.test(half[2] ?? '') ? 6 : 0;
  const quarter = /^(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)$/.exec(said);
  if (quarter) {
    const nth =
      quarter[1] ??
      String(
        ['first|1st', 'second|2nd', 'third|3rd', 'fourth|4th'].findIndex((words) =>
          words.split('|').includes(quarter[2] as string),
        ) + 1,
      );
    return (Number(nth) - 1) * 3;
  }
  return MONTHS[said] ?? -1;
}

/** Days people name instead of dating them (retail's calendar: Black Friday, Halloween, Mother's Day…). */
export const NAMED_DAYS =
  'memorial day weekend|labor day weekend|labour day weekend|thanksgiving weekend|black friday weekend|bfcm|cyber weekend|cyber week|black friday|small business saturday|cyber monday|christmas eve|christmas day|christmas|new years? eve|new years? day|boxing day|valentines? day|valentines?|halloween|thanksgiving(?: day)?|independence day|fourth of july|4th of july|st patricks? day|saint patricks? day|mothers? day|fathers? day|memorial day|labor day|labour day|mothering sunday|easter monday|easter(?: sunday)?|good friday';

/** A day typed with a slash and no year ("2/27", "1/3"): its two numbers, month first or day first. */
export const SLASHED_DAY = `(\\d{1,2})/(\\d{1,2})(?![\\d/]| of\\b)`;

/** Date expressions, each resolving to the span of days it names (a day, a month, a quarter, a year). */
const DATE_PATTERNS: readonly {
  source: string;
  /** Context required before the date when it appears inside a sentence. */
  lookbehind?: string;
  span: (match: string[], today: string) => Span | null;
}[] = [
  { source: `(\\d{4})-(\\d{2})-(\\d{2})`, span: ([, y, m, d]) => daySpan(Number(y), Number(m) - 1, Number(d)) },
  { source: `(\\d{1,2})/(\\d{1,2})/(\\d{4})`, span: ([, m, d, y]) => daySpan(Number(y), Number(m) - 1, Number(d)) },
  {
    // "3/10/26": a two-digit year is this century's.
    source: `(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])`,
    span: ([, m, d, y]) => daySpan(2000 + Number(y), Number(m) - 1, Number(d)),
  },
  {
    // "2/27", "since 2/16": month and day typed as on a phone (US order), the latest such day up to today; "13/1"
    // can only be the 13th of January. "1/2 of my revenue" is a fraction, no date.
    source: SLASHED_DAY,
    span: ([, m, d], today) =>
      Number(m) > 12 && Number(d) <= 12
        ? dayInferred(Number(d) - 1, Number(m), undefined, today)
        : dayInferred(Number(m) - 1, Number(d), undefined, today),
  },
  {
    // "Since the 9th", "from monday the 9th till now", "between the 2nd and mar 10", "rev for sat the 14th": a day of the latest month
    // holding it (this month's when it has passed, else last month's), its weekday when said being that day's.
    // (Only where it opens or closes a period on its own: "between the 5th and the 19th" is two days of one month,
    // read below.)
    lookbehind: '(?<=\\b(?:since|after|from|before|starting|for) )',
    source: `(?:(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[a-z]*,? )?the (\\d{1,2})(?:st|nd|rd|th)(?! (?:of|in|quarter|half|week|month|year|best|most|highest|biggest|top|time|place|spot|rank|position)\\b)`,
    span: ([, weekday, day], today) => {
      const span = dayOfLatestMonth(Number(day), today);
      if (!span || weekday === undefined) return span;
      return WEEKDAYS[new Date(`${span.from}T00:00:00Z`).getUTCDay()]?.startsWith(weekday) ? span : null;
    },
  },
  {
    source: `${MONTH} ${DAY}(?:,?\\s+${YEAR})?`,
    span: ([, month, day, year], today) => dayInferred(MONTHS[month as string] as number, Number(day), year, today),
  },
  {
    source: `(?:the )?${DAY} (?:of )?${MONTH}(?:,?\\s+${YEAR})?`,
    span: ([, day, month, year], today) => dayInferred(MONTHS[month as string] as number, Number(day), year, today),
  },
  {
    source: `${MONTH},? (?:of )?${YEAR}`,
    span: ([, month, year]) => monthSpan(Number(year), MONTHS[month as string] as number),
  },
  {
    // "March last year", "this january", "last january": the month of that year.
    source: `(?:${MONTH},? (?:of )?(last|this) year|(this|last) ${MONTH})`,
    span: ([, month, which, which2, month2], today) => {
      const year = Number(today.slice(0, 4)) - ((which ?? which2) === 'last' ? 1 : 0);
      return monthSpan(year, MONTHS[(month ?? month2) as string] as number);
    },
  },
  {
    source: `${YEAR} q([1-4])`,
    span: ([, year, q], today) => quarterSpan(q, undefined, year, today),
  },
  {
    // "Q1 last year", "q4 this year": the quarter of that year.
    source: `q([1-4]),? (?:of )?(last|this) year`,
    span: ([, q, which], today) =>
      quarterSpan(q, undefined, String(Number(today.slice(0, 4)) - (which === 'last' ? 1 : 0)), today),
  },
  {
    source: `(?:q([1-4])|${ORDINAL_QUARTER} quarter)(?:,? (?:of )?${YEAR})?`,
    span: ([, q, ordinal, year], today) => quarterSpan(q, ordinal, year, today),
  },
  {
    // "Mothering Sunday last year", "black friday this year": the named day of that year.
    source: `(?:the )?(${NAMED_DAYS}),? (?:of )?(last|this) year`,
    span: ([, name, which], today) =>
      namedDay(name as string, String(Number(today.slice(0, 4)) - (which === 'last' ? 1 : 0)), today),
  },
  {
    source: `(?:the )?(${NAMED_DAYS})(?:,?\\s+${YEAR})?`,
    span: ([, name, year], today) => namedDay(name as string, year, today),
  },
  {
    // "The first half of May": the month cut at its middle, 1–15 and 16–31 (February 1–14 and 15–28).
    source: `(?:the )?(first|second|1st|2nd) half of ${MONTH}(?:,?\\s+${YEAR})?`,
    span: ([, ordinal, month, year], today) => {
      const whole =
        year !== undefined
          ? monthSpan(Number(year), MONTHS[month as string] as number)
          : monthInferred(MONTHS[month as string] as number, today);
      const middle = addDays(whole.from, Math.floor(daysBetween(whole.from, whole.to) / 2));
      return /^(?:first|1st)$/.test(ordinal as string)
        ? { from: whole.from, to: middle }
        : { from: middle, to: whole.to };
    },
  },
  {
    // "The first half of the year": this year's, never a half followed by a yearly grain. "H1 of last year": that
    // year's.
    source: `(?:the )?(?:(first|second|1st|2nd) half|h([12]))(?:,? (?:of )?${YEAR}| of (?:the|this) year|,? (?:of )?(?:the )?(last|previous|prior) year)?`,
    span: ([, ordinal, h, year, last], today) =>
      halfSpan(
        h !== undefined ? Number(h) : /^(?:first|1st)$/.test(ordinal as string) ? 1 : 2,
        year ?? (last !== undefined ? String(Number(today.slice(0, 4)) - 1) : undefined),
        today,
      ),
  },
  {
    // "The spring", "summer 2025", "last winter": the northern meteorological seasons (the answer gives the dates).
    source: `(?:(the|this|last) ${SEASON}(?:,? (?:of )?${YEAR})?|${SEASON},? (?:of )?${YEAR})`,
    span: ([, which, season, year, season2, year2], today) =>
      seasonSpan((season ?? season2) as string, year ?? year2, which === 'last', today),
  },
  {
    // "In spring": a bare season only after a preposition; never a bare "fall", also a verb ("did revenue fall").
    lookbehind: '(?<=\\b(?:in|during|over|for|since|through) )',
    source: SEASON,
    span: ([, season], today) => seasonSpan(season as string, undefined, false, today),
  },
  { source: `(?:the year )?${YEAR}`, span: ([, year]) => ({ from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` }) },
  // A bare month name only after a preposition: "may" and "march" are also verbs.
  {
    lookbehind:
      '(?<=\\b(?:in|during|for|since|from|until|till|between|and|to|vs|versus|than|of|before|after|through|on) (?:the month of )?)',
    source: MONTH,
    span: ([, month], today) => monthInferred(MONTHS[month as string] as number, today),
  },
  // "Avg order value jan", "july billing vs june": a bare month name is that month. "May" only before or after
  // a figure word is checked by the parser; here it is left alone (a verb: "may I see").
  {
    source:
      '(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?! \\d)',
    span: ([, month], today) => monthInferred(MONTHS[month as string] as number, today),
  },
  // "Our may signup", "the may invoices", "list may invoices", "were may signups up": after a determiner, a verb
  // asking for rows or a form of "be", "may" is never the verb.
  {
    lookbehind:
      '(?<=\\b(?:our|my|the|their|his|her|its|those|these|that|this one|which|list|show|all|every|were|was|is|are) )',
    source: '(may)(?! (?:i|we|you|they|be|have)\\b)',
    span: ([, month], today) => monthInferred(MONTHS[month as string] as number, today),
  },
  // "June vs March": a bare month set against another.
  {
    source: `${MONTH}(?= (?:vs|versus|compared|compare|against|and|or) )`,
    span: ([, month], today) => monthInferred(MONTHS[month as string] as number, today),
  },
];

interface Span {
  readonly from: string;
  readonly to: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daySpan(year: number, month: number, day: number): Span | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  const from = `${year}-${pad(month + 1)}-${pad(day)}`;
  return { from, to: addDays(from, 1) };
}

function monthSpan(year: number, month: number): Span {
  const from = `${year}-${pad(month + 1)}-01`;
  return { from, to: addMonths(from, 1) };
}

function monthInferred(month: number, today: string): Span {
  const year = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7)) - 1;
  return monthSpan(month <= current ? year : year - 1, month);
}

/** First month of each season (0 = January); each lasts three months, winter running into the next year. */
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };

/** A season of `year`, or the latest one that has begun (the one before it for "last winter"). */
function seasonSpan(season: string, year: string | undefined, last: boolean, today: string): Span {
  const month = SEASON_START[season] as number;
  const startIn = (y: number) => monthSpan(y, month).from;
  let y = year !== undefined ? Number(year) - (month === 11 ? 1 : 0) : Number(today.slice(0, 4));
  // The latest that has begun; "last winter" the latest that has ended.
  if (year === undefined) while ((last ? addMonths(startIn(y), 3) : startIn(y)) > today) y -= 1;
  const from = startIn(y);
  return { from, to: addMonths(from, 3) };
}

function dayInferred(month: number, day: number, year: string | undefined, today: string): Span | null {
  if (year !== undefined) return daySpan(Number(year), month, day);
  const thisYear = Number(today.slice(0, 4));
  const candidate = daySpan(thisYear, month, day);
  if (candidate && candidate.from <= today) return candidate;
  return daySpan(thisYear - 1, month, day);
}

function quarterSpan(
  q: string | undefined,
  ordinal: string | undefined,
  year: string | undefined,
  today: string,
): Span | null {
  if (ordinal === 'last') return null;
  const quarter = q !== undefined ? Number(q) : (ORDINALS[ordinal as string] as number);
  const thisYear = Number(today.slice(0, 4));
  let resolvedYear = year !== undefined ? Number(year) : thisYear;
  const from = () => `${resolvedYear}-${pad((quarter - 1) * 3 + 1)}-01`;
  if (year === undefined && from() > today) resolvedYear -= 1;
  return { from: from(), to: addMonths(from(), 3) };
}

/** Black Friday: the day after the fourth Thursday of November (US Thanksgiving). */
function blackFriday(year: number): string {
  const weekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - weekday + 7) % 7);
  return `${year}-11-${pad(firstThursday + 22)}`;
}

/** The `nth` (1-based; -1 = the last) `weekday` (0 = Sunday) of a month, as a day of the month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1);
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/** Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Named days that move: [month, weekday, nth] (US Mother's Day, Father's Day, Memorial Day, Labor Day, Thanksgiving). */
const MOVING_DAYS: Record<string, [number, number, number]> = {
  'mother day': [4, 0, 2],
  'mothers day': [4, 0, 2],
  'father day': [5, 0, 3],
  'fathers day': [5, 0, 3],
  'memorial day': [4, 1, -1],
  'labor day': [8, 1, 1],
  'labour day': [8, 1, 1],
  thanksgiving: [10, 4, 4],
  'thanksgiving day': [10, 4, 4],
};

/** Named stretches of days, from Black Friday: [days after Black Friday it starts, days it lasts]. */
const BLACK_FRIDAY_SPANS: Record<string, [number, number]> = {
  'black friday': [0, 1],
  'small business saturday': [1, 1],
  'cyber monday': [3, 1],
  'black friday weekend': [0, 4],
  bfcm: [0, 4],
  'cyber weekend': [0, 4],
  'cyber week': [0, 7],
};

/**
 * Long weekends around a moving day: [the day, days from it to the first day, days]. Memorial Day and Labor Day
 * weekends are Saturday to the Monday; Thanksgiving weekend is the Thursday to the Sunday.
 */
const MOVING_WEEKENDS: Record<string, [string, number, number]> = {
  'memorial day weekend': ['memorial day', -2, 3],
  'labor day weekend': ['labor day', -2, 3],
  'labour day weekend': ['labor day', -2, 3],
  'thanksgiving weekend': ['thanksgiving', 0, 4],
};

/** Days after Easter Sunday (Mothering Sunday, the UK's Mother's Day, is three weeks before it). */
const EASTER_DAYS: Record<string, number> = {
  'mothering sunday': -21,
  easter: 0,
  'easter sunday': 0,
  'easter monday': 1,
  'good friday': -2,
};

const FIXED_DAYS: Record<string, [number, number]> = {
  halloween: [9, 31],
  'independence day': [6, 4],
  'fourth of july': [6, 4],
  '4th of july': [6, 4],
  'st patrick day': [2, 17],
  'st patricks day': [2, 17],
  'saint patrick day': [2, 17],
  'saint patricks day': [2, 17],
  'christmas eve': [11, 24],
  'christmas day': [11, 25],
  christmas: [11, 25],
  'new year eve': [11, 31],
  'new years eve': [11, 31],
  'new year day': [0, 1],
  'new years day': [0, 1],
  'boxing day': [11, 26],
  'valentine day': [1, 14],
  'valentines day': [1, 14],
  valentines: [1, 14],
  valentine: [1, 14],
};

/** A named day of the given year, or its most recent occurrence up to today. */
function namedDay(name: string, year: string | undefined, today: string): Span | null {
  const on = (y: number): Span | null => {
    const friday = BLACK_FRIDAY_SPANS[name];
    if (friday) {
      const from = addDays(blackFriday(y), friday[0]);
      return { from, to: addDays(from, friday[1]) };
    }
    const easter = EASTER_DAYS[name];
    if (easter !== undefined) {
      const from = addDays(easterSunday(y), easter);
      return { from, to: addDays(from, 1) };
    }
    const weekend = MOVING_WEEKENDS[name];
    const day = weekend ? MOVING_DAYS[weekend[0]] : undefined;
    if (weekend && day) {
      const from = addDays(`${y}-${pad(day[0] + 1)}-${pad(nthWeekday(y, day[0], day[1], day[2]))}`, weekend[1]);
      return { from, to: addDays(from, weekend[2]) };
    }
    const moving = MOVING_DAYS[name];
    if (moving) return daySpan(y, moving[0], nthWeekday(y, moving[0], moving[1], moving[2]));
    const fixed = FIXED_DAYS[name];
    return fixed ? daySpan(y, fixed[0], fixed[1]) : null;
  };
  if (year !== undefined) return on(Number(year));
  const thisYear = Number(today.slice(0, 4));
  const candidate = on(thisYear);
  return candidate && candidate.from <= today ? candidate : on(thisYear - 1);
}

/** The named day a question says ("black friday", "cyber monday"), as said; null when it says none. */
export function namedDaySaid(text: string): string | null {
  return new RegExp(`\\b(${NAMED_DAYS})\\b`, 'i').exec(text)?.[1] ?? null;
}

/**
 * The named day a mention names ("on black friday", "valentines", "cyber monday 2024") in the year given, or in the
 * year it says itself when none is given; null for any other mention.
 */
export function namedDayInYear(text: string, year?: number): { from: string; to: string } | null {
  const said = new RegExp(
    `^(?:(?:in|during|for|on|over) )?(?:the )?(${NAMED_DAYS})(?:,?\\s+(?:of )?((?:19|20)\\d{2}))?$`,
  ).exec(text.trim());
  const which = year ?? (said?.[2] === undefined ? undefined : Number(said[2]));
  return said && which !== undefined ? namedDay(said[1] as string, String(which), `${which}-12-31`) : null;
}

/** A half year (Jan–Jun, Jul–Dec) of the given year, or the most recent one that has started. */
function halfSpan(half: number, year: string | undefined, today: string): Span {
  const resolve = (y: number) => {
    const from = `${y}-${half === 1 ? '01' : '07'}-01`;
    return { from, to: addMonths(from, 6) };
  };
  if (year !== undefined) return resolve(Number(year));
  const thisYear = Number(today.slice(0, 4));
  const candidate = resolve(thisYear);
  return candidate.from <= today ? candidate : resolve(thisYear - 1);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  couple: 2,
  'couple of': 2,
  'a couple of': 2,
};

function count(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (NUMBER_WORDS[text] ?? 1);
}

function unitOf(text: string): TimeUnit {
  return text.replace(/s$/, '') as TimeUnit;
}

const COUNT =
  '(\\d+|a couple of|couple of|couple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)';

type Handler = (match: RegExpExecArray, today: string) => TimeMention | TimeMention[] | null;

const dateSource = DATE_PATTERNS.map((pattern) => `(?:${pattern.lookbehind ?? ''}${pattern.source})`).join('|');
const ISOLATED_DATES = DATE_PATTERNS.map((pattern) => ({ ...pattern, exact: new RegExp(`^(?:${pattern.source})$`) }));

/** Parses one date expression (already isolated) to its span. */
function dateSpan(text: string, today: string): Span | null {
  for (const pattern of ISOLATED_DATES) {
    const match = pattern.exact.exec(text.trim());
    if (match) return pattern.span(match, today);
  }
  return null;
}

/**
 * The span from the first date to the end of the second, split at the connective that leaves a date on both
 * sides ("March to May", "2025-01-01 and 2025-03-31"); null when none does.
 */
function spanBetween(body: string, today: string): Span | null {
  for (const connective of [' and ', ' to ', ' until ', ' till ', ' through ', ' thru ', ' - ']) {
    let at = body.indexOf(connective);
    while (at !== -1) {
      let first = dateSpan(body.slice(0, at), today);
      const second = dateSpan(body.slice(at + connective.length), today);
      // "Between March and May" in April: each month alone is its latest past occurrence, so March is this
      // year and May last year; the range means the March before that May.
      if (first && second && first.from >= second.to && !/\d{4}/.test(body.slice(0, at))) {
        first = { from: addMonths(first.from, -12), to: addMonths(first.to, -12) };
      }
      if (first && second && first.from < second.to) return { from: first.from, to: second.to };
      at = body.indexOf(connective, at + 1);
    }
  }
  return null;
}

/** Words that make a weekday the day of the week in general, not its latest date ("which day", "on average"). */
const WEEKDAY_IN_GENERAL =
  /\b(?:usually|typically|normally|generally|tend|tends|always|on average|average|avg|best day|worst day|which day|what day|day of (?:the )?week|weekdays?|busiest|slowest|per day|by day|daily|each day|every day|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/;

/**
 * "Sunday orders last month", "friday revenue in q4": a weekday said bare with a period longer than a week is every
 * such day in it, never the latest one ("friday last week" is that week's).
 */
const WEEKDAYS_OF_LONGER_PERIOD =
  /\b(?:(?:last|this|past|previous|prior) (?:month|quarter|year)|(?:last|past|previous|prior) (?:\d+|two|three|four|five|six) (?:weeks|months)|q[1-4]|(?:19|20)\d\d|(?:in|during|for|over|across) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/;

/**
 * "The week of 3/2", "Christmas week": the week holding the day the match's first group names. Only a day names
 * one week ("which week of 2026" asks for a week among a year's).
 */
function weekHolding(match: RegExpExecArray, today: string): TimeMention | null {
  const span = dateSpan(match[1] as string, today);
  if (!span || addDays(span.from, 1) !== span.to) return null;
  const from = startOfUnit(span.from, 'week');
  return range(match, { kind: 'absolute', from, to: addDays(from, 7) });
}

/** "March 10, 2026": a day as the parser reads a date back (in options that say which day was meant). */
export function longDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Days since the latest `weekday` (0 = Sunday): 0 when today is one. */
export function daysSinceWeekday(today: string, weekday: number): number {
  return (new Date(`${today}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
}

/**
 * The days `first` to `last` of the latest month that has them all and whose last day said has passed: "the 9th" on
 * the 15th is this month's, "the 10th to the 20th" last month's (never a span cut short at today without a word),
 * "the 31st" in March the 31st of January.
 */
function latestMonthDays(first: number, last: number, today: string): Span | null {
  if (first < 1 || last > 31 || first > last) return null;
  const thisMonth = startOfUnit(today, 'month');
  let month = Number(today.slice(8, 10)) > last ? thisMonth : shiftDate(thisMonth, 'month', -1);
  for (let tries = 0; tries < 3; tries += 1, month = shiftDate(month, 'month', -1)) {
    const from = addDays(month, first - 1);
    const to = addDays(month, last);
    if (from.slice(0, 7) === month.slice(0, 7) && addDays(to, -1).slice(0, 7) === month.slice(0, 7))
      return { from, to };
  }
  return null;
}

function dayOfLatestMonth(day: number, today: string): Span | null {
  return latestMonthDays(day, day, today);
}

function daysOfLatestMonth(match: RegExpExecArray, first: number, last: number, today: string): TimeMention | null {
  const span = latestMonthDays(first, last, today);
  return span ? range(match, { kind: 'absolute', ...span }) : null;
}

/** Ordered: the first pattern that matches a stretch of text claims it. */
const RULES: readonly { pattern: RegExp; handle: Handler }[] = [
  {
    // "The 4 weeks before last week", "the fortnight before last", "the 4 weeks before the last 4": that many whole
    // units, ending where the last ones began.
    pattern: new RegExp(
      `\\b(?:in |on |during |for |over |within )?(?:the )?(?:${COUNT}[- ]${UNIT}|(fortnight)) (?:before|prior to|preceding) (?:the )?last(?: ${COUNT})?(?: (?:one|days?|weeks?|months?|quarters?|years?))?\\b`,
      'g',
    ),
    handle: (match, today) => {
      const unit = match[3] ? 'week' : unitOf(match[2] as string);
      const back = match[3] ? 2 : count((match[1] as string).replace(/ of$/, ''));
      // ("The 4 weeks before the last 4 weeks": ending where those began.)
      const last = match[4] === undefined ? 1 : count(match[4].replace(/ of$/, ''));
      const to = shiftDate(startOfUnit(today, unit), unit, -last);
      return range(match, { kind: 'absolute', from: shiftDate(to, unit, -back), to });
    },
  },
  {
    // "The 3 months before December", "the 2 weeks before Christmas": that many units, ending where the date begins.
    pattern: new RegExp(
      `\\b(?:in |during |for |over |within )?(?:the )?${COUNT}[- ]${UNIT} (?:before|prior to|preceding) (${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[3] as string, today);
      if (!span) return null;
      const unit = unitOf(match[2] as string);
      return range(match, {
        kind: 'absolute',
        from: shiftDate(span.from, unit, -count((match[1] as string).replace(/ of$/, ''))),
        to: span.from,
      });
    },
  },
  {
    // "The week before last": the whole unit two back.
    pattern: /\b(?:in |on |during |for |over )?(?:the )?(day|week|month|quarter|year) before last\b/g,
    handle: (match, today) => {
      const unit = match[1] as TimeUnit;
      const from = shiftDate(startOfUnit(today, unit), unit, -2);
      return range(match, { kind: 'absolute', from, to: shiftDate(from, unit, 1) });
    },
  },
  {
    // "Since Monday", "on Monday": the latest such day (today counts for "since").
    // "Last Tuesday" stays unread: this week's Tuesday or last week's is the asker's to say.
    pattern: /\b(since|on|this past|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)/g,
    handle: (match, today) => {
      const target = WEEKDAYS.indexOf(match[2] as string);
      // ("Revenue on saturday last month": every Saturday of it.)
      if (match[1] === 'on' && WEEKDAYS_OF_LONGER_PERIOD.test(match.input)) return null;
      // "This Monday": the one of this week (which may be today or ahead, where the data has nothing yet).
      if (match[1] === 'this') {
        const from = addDays(startOfUnit(today, 'week'), (target + 6) % 7);
        return range(match, { kind: 'absolute', from, to: addDays(from, 1) });
      }
      const since = match[1] === 'since';
      let back = daysSinceWeekday(today, target);
      if (!since && back === 0) back = 7;
      // "On Monday" is only a period when it is not a filter on the days of the week ("orders on mondays").
      const from = addDays(today, -back);
      return range(match, { kind: 'absolute', from, to: since ? null : addDays(from, 1) });
    },
  },
  {
    // "Friday's orders", "what did I sell friday", "orders came in friday and saturday": the latest such day (the
    // two latest, when they follow each other), unless the question is about the day of the week in general
    // ("fridays", "on average", "which day", "every friday"). ("Ok and friday's number": after a word that only
    // opens a follow-up, "and" joins no second day.)
    pattern:
      /(?<!\b(?:every|each|on|by|per|a|an|typical|average|usual|last|next|this|past|since|of|the|until|till|before|after|between|black|cyber|business|good|easter|mothering) )(?<!\b(?!(?:ok|okay|so|right|cool|great|thanks|yes|yeah|yep|alright|nice|now|then)\b)[a-z]+ (?:and|&) )\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s| s\b)?(?: (?:and|&|\+|to|through|thru|-) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s| s\b)?)?\b(?!s|day)/g,
    handle: (match, today) => {
      if (WEEKDAY_IN_GENERAL.test(match.input) || WEEKDAYS_OF_LONGER_PERIOD.test(match.input)) return null;
      const latest = (name: string) => addDays(today, -(daysSinceWeekday(today, WEEKDAYS.indexOf(name)) || 7));
      const first = latest(match[1] as string);
      if (match[2] === undefined) return range(match, { kind: 'absolute', from: first, to: addDays(first, 1) });
      const second = latest(match[2]);
      // "Friday and Saturday", "Monday to Friday": one stretch of days; "Monday and Friday" is not one.
      const joined = /\b(?:and|&|\+) /.test(match[0]) ? 1 : 6;
      if (second <= first || daysBetween(first, second) > joined) return null;
      return range(match, { kind: 'absolute', from: first, to: addDays(second, 1) });
    },
  },
  {
    // "Last weekend", "this past weekend": Saturday and Sunday of last week; "this weekend" those of this week.
    pattern:
      /\b(?:on |over |during |for )?(?:the )?(this past|past|last|previous|this) weekend\b|\b(?:over|during) the weekend\b(?!s| of\b)/g,
    handle: (match, today) => {
      const monday = startOfUnit(today, 'week');
      // "Over the weekend": the latest one, this one when today is Saturday or Sunday.
      const latest = match[1] === undefined && addDays(monday, 5) <= today;
      const back = match[1] === 'this' || latest ? 0 : -7;
      const from = addDays(monday, 5 + back);
      return range(match, { kind: 'absolute', from, to: addDays(from, 2) });
    },
  },
  {
    // "Jan through june last year", "from march to may this year", "jan 1 to mar 14 this year", "1 jan-14 mar this
    // year": both months, or both days, of that year.
    pattern: new RegExp(
      `\\b(?:from |between )?(${MONTH_DAY}) ?(?:to|until|till|through|thru|and|-) ?(${MONTH_DAY}),? (?:of )?(last|this) year\\b`,
      'g',
    ),
    handle: (match, today) => {
      const year = Number(today.slice(0, 4)) - (match[3] === 'last' ? 1 : 0);
      const span = spanBetween(`${match[1]} ${year} to ${match[2]} ${year}`, today);
      return span ? range(match, { kind: 'absolute', ...span }) : null;
    },
  },
  {
    // "March last year", "in march of this year", "q1 last year", "mothering sunday last year": read before "last
    // year" alone claims the words.
    pattern: new RegExp(
      `\\b(?:in |during |for |on |over )?(?:${MONTH}|q[1-4]|(?:the )?(?:${NAMED_DAYS})|(?:the )?(?:(?:first|second|1st|2nd) half|h[12])(?=,? (?:of )?(?:the )?last year)),? (?:of )?(?:the )?(?:last|this) year\\b`,
      'g',
    ),
    handle: (match, today) => {
      // "Black Friday last year vs this year": the day in each year, which the rules do not read as one period.
      const after = match.input.slice(match.index + match[0].length);
      if (/^\s*(?:vs\.?|versus|compared (?:to|with)|against|and|or) (?:last|this) year\b/.test(after)) return null;
      const text = match[0].replace(/^(?:in|during|for|on|over) /, '');
      const span = dateSpan(text, today);
      return span ? range(match, { kind: 'absolute', from: span.from, to: span.to }) : null;
    },
  },
  {
    // "The day before yesterday" is a day, not a comparison with the day before.
    pattern: /\b(?:on |for )?(?:the )?day before yesterday\b/g,
    handle: (match, today) => {
      const from = addDays(today, -2);
      return range(match, { kind: 'absolute', from, to: addDays(from, 1) });
    },
  },
  {
    // "The first two weeks of January", "the last 10 days of 2025": the start or the end of a dated span.
    pattern: new RegExp(
      `\\b(?:in |during |for |over )?(?:the )?(first|last|final|opening|closing) (?:${COUNT} )?(day|week)s? (?:of|in) (?:the month of )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const parts = new RegExp(
        `^(?:in |during |for |over )?(?:the )?(\\w+) (?:(.+?) )?(day|week)s? (?:of|in) (?:the month of )?(.+)$`,
      ).exec(match[0]);
      if (!parts) return null;
      const span = dateSpan(parts[4] as string, today);
      if (!span) return null;
      const days = count(parts[2] ?? 'a') * (parts[3] === 'week' ? 7 : 1);
      const fromStart = /^(?:first|opening)$/.test(parts[1] as string);
      const from = fromStart ? span.from : maxDate(span.from, addDays(span.to, -days));
      const to = fromStart ? minDate(span.to, addDays(span.from, days)) : span.to;
      return range(match, { kind: 'absolute', from, to });
    },
  },
  {
    // "Between the 1st and the 10th of this month", "from the 5th to the 12th of last month": those days of it.
    pattern:
      /\b(?:between|from) the (\d{1,2})(?:st|nd|rd|th) (?:and|to|until|till|through|thru|-) the (\d{1,2})(?:st|nd|rd|th)(?: of)? (this|last) month\b/g,
    handle: (match, today) => {
      const start = startOfUnit(today, 'month');
      const month = match[3] === 'last' ? addMonths(start, -1) : start;
      const [first, last] = [Number(match[1]), Number(match[2])];
      if (first < 1 || last < first || last > 31) return null;
      return range(match, { kind: 'absolute', from: addDays(month, first - 1), to: addDays(month, last) });
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:between|from) (${dateSource}) (?:and|to|until|till|through|thru|-) (${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = spanBetween(/^(?:between|from) (.*)$/.exec(match[0])?.[1] ?? '', today);
      return span ? range(match, { kind: 'absolute', ...span }) : null;
    },
  },
  {
    // "Dec 24 to Dec 26", "jan 5 - jan 11": a span said by its two days, with no "from" (never after "compare",
    // where "to" joins the two sides).
    pattern: new RegExp(`\\b(${dateSource}) (?:to|until|till|through|thru|-) (${dateSource})\\b`, 'g'),
    handle: (match, today) => {
      if (/\bcompar/.test(match.input.slice(0, match.index))) return null;
      const span = spanBetween(match[0], today);
      // Two days, each with its day of the month ("jan to march" and "2024 to 2025" may be a change asked about).
      const days = match[0].split(/ (?:to|until|till|through|thru|-) /);
      if (days.length !== 2 || !days.every((side) => /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(side))) return null;
      return span ? range(match, { kind: 'absolute', ...span }) : null;
    },
  },
  {
    // "1 to 10 February 2026", "feb 1-10", "the 1st to the 10th of march": days of one month.
    pattern: new RegExp(
      `\\b(?:between |from )?(?:the )?${DAY} ?(?:to|until|till|through|thru|and|-) ?(?:the )?${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?\\b|\\b(?:between |from )?${MONTH} ${DAY} ?(?:to|until|till|through|thru|and|-) ?${DAY}(?!\\d)(?:st|nd|rd|th)?(?:,? ${YEAR})?\\b`,
      'g',
    ),
    handle: (match, today) => {
      const [, day1, day2, month1, year1, month2, day3, day4, year2] = match;
      const month = MONTHS[(month1 ?? month2) as string] as number;
      const year = year1 ?? year2;
      const first = dayInferred(month, Number(day1 ?? day3), year, today);
      const last = first && daySpan(Number(first.from.slice(0, 4)), month, Number(day2 ?? day4));
      return first && last && first.from < last.to
        ? range(match, { kind: 'absolute', from: first.from, to: last.to })
        : null;
    },
  },
  {
    // "March to May", "jan through march 2026": a range without "from", between two months.
    pattern: new RegExp(
      `\\b${MONTH}(?:,? ${YEAR})? ?(?:to|until|till|through|thru|-) ?${MONTH}(?:,? ${YEAR})?\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = spanBetween(
        match[0].replace(/ ?(?:to|until|till|through|thru|-) ?(?=[a-z]+(?:,? \d{4})?$)/, ' to '),
        today,
      );
      return span ? range(match, { kind: 'absolute', ...span }) : null;
    },
  },
  {
    // "Since last month", "since the beginning of last week": from the start of that unit to today ("from last week"
    // is last week).
    pattern:
      /\b(?:since (?:the (?:start|beginning) of )?|from the (?:start|beginning) of )(?:last|previous|the previous|the last) (week|month|quarter|year)\b(?! (?:to|through|thru|until|till|and|vs)\b)/g,
    handle: (match, today) => {
      const unit = match[1] as TimeUnit;
      return range(match, { kind: 'absolute', from: shiftDate(startOfUnit(today, unit), unit, -1), to: null });
    },
  },
  {
    // "On the 1st", "what did we make on the 15th": that day of this month, of last month when this one has not
    // reached it yet.
    pattern: /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|in)\b)/g,
    handle: (match, today) => daysOfLatestMonth(match, Number(match[1]), Number(match[1]), today),
  },
  {
    // "Sat 14th v fri 13th", "the 14th vs the 13th": a day of the latest month said with its weekday (which must be
    // that day's) or after "vs"; a weekday that is not that day's reads as nothing.
    pattern:
      /\b(?:on )?(?:(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[a-z]*,? (?:the )?|(?<=\b(?:vs|versus|against) )the )(\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|in)\b)/g,
    handle: (match, today) => {
      const mention = daysOfLatestMonth(match, Number(match[2]), Number(match[2]), today);
      const said = match[1];
      if (!mention || said === undefined) return mention;
      const day = mention.kind === 'range' && mention.range.kind === 'absolute' ? mention.range.from : null;
      const weekday = day === null ? null : WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()];
      return weekday?.startsWith(said) ? mention : null;
    },
  },
  {
    // "From the 1st to the 10th", "between the 3rd and the 9th": the same, for a span of days.
    pattern:
      /\b(?:from |between )?the (\d{1,2})(?:st|nd|rd|th) (?:to|and|through|thru|till|until|-) (?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|in)\b)/g,
    handle: (match, today) => daysOfLatestMonth(match, Number(match[1]), Number(match[2]), today),
  },
  {
    // "The weekend of March 7": the Saturday and Sunday of the week holding that day.
    pattern: new RegExp(`\\b(?:on |in |during |for |over )?(?:the )?weekend of (?:the )?(${dateSource})\\b`, 'g'),
    handle: (match, today) => {
      const week = weekHolding(match, today);
      if (week?.kind !== 'range' || week.range.kind !== 'absolute' || week.range.from === null) return null;
      const from = addDays(startOfUnit(week.range.from, 'week'), 5);
      return range(match, { kind: 'absolute', from, to: addDays(from, 2) });
    },
  },
  {
    // "The week starting Sunday 1 March", "the week beginning july 14": the seven days from that day.
    pattern: new RegExp(
      `\\b(?:in |during |for )?(?:the )?week (?:starting|beginning|commencing|from)(?: on)?(?: (?:${WEEKDAYS.join('|')}|mon|tue|tues|wed|thu|thurs|fri|sat|sun),?)? (?:the )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[1] as string, today);
      if (!span || addDays(span.from, 1) !== span.to) return null;
      return range(match, { kind: 'absolute', from: span.from, to: addDays(span.from, 7) });
    },
  },
  {
    pattern: new RegExp(`\\b(?:in |during |for )?(?:the )?week of (?:the )?(${dateSource})\\b`, 'g'),
    handle: weekHolding,
  },
  {
    // "Christmas week", "during thanksgiving week": the week (per the layer's week start) holding that named day.
    pattern: new RegExp(
      `\\b(?:in |during |for |over |on )?(?:the )?(${NAMED_DAYS})(?:'s)? week\\b(?! (?:of|before|after|ending)\\b)`,
      'g',
    ),
    handle: weekHolding,
  },
  {
    // "The eight full weeks ending Sunday 8 March", "the 10 days ending march 14": that many units that end on
    // that day, the day included.
    pattern: new RegExp(
      `\\b(?:in |for |during |over )?(?:the )?${COUNT} (?:(?:full|whole|complete|entire) )?(day|week)s? (?:ending|ended|ending on|that ended(?: on)?) (?:the )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[3] as string, today);
      if (!span || addDays(span.from, 1) !== span.to) return null;
      const days = count((match[1] as string).replace(/ of$/, '')) * (match[2] === 'week' ? 7 : 1);
      return range(match, { kind: 'absolute', from: addDays(span.to, -days), to: span.to });
    },
  },
  {
    // "The twelve full months ending February 2026", "the 4 quarters through Q4 2025", "the 12 months to feb 2026",
    // "the quarter ending june": that many whole units (one when no number is said), the last of them the one the
    // date ends in.
    pattern: new RegExp(
      `\\b(?:in |for |during |over )?(?:(?:the )?${COUNT} |the )(?:(?:full|whole|complete|entire|calendar) )?(month|quarter|year)s? (?:ending(?: (?:with|in|on))?|ended|that ended(?: (?:with|in))?|through|thru|up to|to|until|till) (?:(?:the )?end of )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[3] as string, today);
      if (!span) return null;
      const unit = unitOf(match[2] as string);
      const last = startOfUnit(addDays(span.to, -1), unit);
      // ("The quarter ending June": one of them.)
      const units = match[1] === undefined ? 1 : count(match[1].replace(/ of$/, ''));
      return range(match, {
        kind: 'absolute',
        from: shiftDate(last, unit, -(units - 1)),
        to: shiftDate(last, unit, 1),
      });
    },
  },
  {
    // "The week ending March 8": the seven days that end on that day.
    pattern: new RegExp(
      `\\b(?:in |for |during )?(?:the )?week (?:ending|ended|ending on|that ended(?: on)?) (?:the )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[1] as string, today);
      if (!span || addDays(span.from, 1) !== span.to) return null;
      return range(match, { kind: 'absolute', from: addDays(span.from, -6), to: span.to });
    },
  },
  {
    // "The 30 days before Black Friday", "the week leading up to Christmas": that many days, ending the day before;
    // "the day after Christmas", "the week after 2/14": that many days from the day after.
    pattern: new RegExp(
      `\\b(?:in |over |during |for |on )?(?:the )?(\\d+ |a |one )?(day|week)s? (before|leading up to|prior to|ahead of|after|following) (?:the )?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[4] as string, today);
      if (!span) return null;
      const amount = /^\d+/.test(match[1] ?? '') ? Number.parseInt(match[1] as string, 10) : 1;
      const days = amount * (match[2] === 'week' ? 7 : 1);
      return /^(?:after|following)$/.test(match[3] as string)
        ? range(match, { kind: 'absolute', from: span.to, to: addDays(span.to, days) })
        : range(match, { kind: 'absolute', from: addDays(span.from, -days), to: span.from });
    },
  },
  {
    // "Since March", "from March on": open to today. A bare "from March" ("invoices from July") is March itself.
    pattern: new RegExp(
      `\\b(since|after|starting(?: from| on| in)?|from) (?:the (?:start|beginning) of )?(${dateSource})(?:(?<=\\b(?:since|after|starting)\\b.*)|(?: (?:on|onwards?|forwards?|to date|to now|till now|until now)\\b))`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[2] as string, today);
      if (!span) return null;
      return range(match, { kind: 'absolute', from: match[1] === 'after' ? span.to : span.from, to: null });
    },
  },
  {
    // "Since new year", "since the new year": from January 1 of this year (a bare "new year" names no span).
    pattern: /\b(?:since|starting from) (?:the )?new years?(?: day)?\b/g,
    handle: (match, today) => range(match, { kind: 'absolute', from: `${today.slice(0, 4)}-01-01`, to: null }),
  },
  {
    // "Last 30 days vs the 30 days before", "… compared with the previous 4 weeks", "… vs the 2 weeks before billing":
    // the same span just before (not "vs the 2 weeks before Christmas").
    pattern:
      /\b(?:(?:vs|versus|compared (?:to|with)|than|against|over|to) (?:the )?(?:previous|prior|preceding) \d+ (?:day|week|month|quarter|year)s?\b|(?:vs|versus|compared (?:to|with)|against|with) (?:the )?\d+ (?:before|prior|preceding)(?: (?:that|then|those|it))?\b|(?:(?:vs|versus|compared (?:to|with)|than|against|over|to) )?(?:the )?\d+ (?:day|week|month|quarter|year)s? (?:before|prior)(?: (?:that|then|those|it))?(?=\s*(?:[?.!,;]|$))|(?:vs|versus|compared (?:to|with)|against) (?:the )?\d+ (?:day|week|month|quarter|year)s? (?:before|prior)(?: (?:that|then|those|it))?(?= (?!(?:the |that |this )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|xmas|thanksgiving|easter|black|cyber|new year|valentine|halloween|launch|last|this|today|yesterday|[a-z]+day\b))[a-z]))/g,
    handle: (match) => ({ kind: 'previous', start: match.index, text: match[0] }),
  },
  {
    pattern: new RegExp(`\\b(before|until|till|up to|through|prior to) (${dateSource})\\b`, 'g'),
    handle: (match, today) => {
      const span = dateSpan(match[2] as string, today);
      if (!span) return null;
      // "Monthly gross margin through 2025": a series through a whole year runs across that year, not up to its end.
      if (
        match[1] === 'through' &&
        /^\d{4}$/.test(match[2] as string) &&
        /\b(?:daily|weekly|monthly|quarterly|(?:by|per|each|every) (?:day|week|month|quarter))\b/.test(match.input)
      ) {
        return range(match, { kind: 'absolute', from: span.from, to: span.to });
      }
      const inclusive = match[1] !== 'before' && match[1] !== 'prior to';
      return range(match, { kind: 'absolute', from: null, to: inclusive ? span.to : span.from });
    },
  },
  {
    // "The 3 weeks before this one", "the 2 months prior to the current one": the last 3 whole weeks.
    pattern: new RegExp(
      `\\b(?:in |over |during |for |within )?(?:the )?${COUNT}[- ]${UNIT} (?:before|prior to|preceding) (?:this|the current) (?:one|day|week|month|quarter|year)\\b`,
      'g',
    ),
    handle: (match) => {
      const amount =
        /(\d+|a couple of|couple of|[a-z]+)[- ](day|week|month|quarter|year)s? (?:before|prior|preceding)/.exec(
          match[0],
        );
      if (!amount) return null;
      return range(match, {
        kind: 'relative',
        anchor: 'last',
        unit: unitOf(amount[2] as string),
        count: count((amount[1] as string).replace(/ of$/, '')),
      });
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:in |over |during |for |within )?(?:the )?(?:last|past|previous|prior|trailing|rolling|recent) ${COUNT}[- ]${UNIT}\\b`,
      'g',
    ),
    handle: (match) => {
      const amount = /(\d+|a couple of|couple of|[a-z]+) (day|week|month|quarter|year)s?$/.exec(match[0]);
      return range(match, {
        kind: 'relative',
        anchor: 'last',
        unit: unitOf(amount?.[2] as string),
        count: count((amount?.[1] as string).replace(/ of$/, '')),
      });
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:the )?(?:next|coming|upcoming|following) (?:\d+ )?(?:day|week|month|quarter|year)s?\b|\b(?:${TOMORROW})\b|\bforecast(?:s|ed|ing)?\b|\bpredict(?:s|ed|ion|ions)?\b|\bproject(?:ed|ion|ions)\b|\bin the future\b`,
      'g',
    ),
    handle: (match, today) => ({ kind: 'future', start: match.index, text: match[0], ...aheadRange(match[0], today) }),
  },
  {
    // "Upcoming appointments", "what's coming up": from today on, as far as the rows go.
    pattern: /\b(?:upcoming|coming up)\b/g,
    handle: (match, today) => ({
      kind: 'future',
      start: match.index,
      text: match[0],
      range: { kind: 'absolute', from: today, to: null, ahead: true },
    }),
  },
  {
    // "Month to date vs the same days last month": the same span of the previous unit.
    pattern:
      /\b(?:vs|versus|compared (?:to|with)|against) (?:the )?same (?:days|dates|period|time|span|stretch|weeks)(?: of| in)? (?:last|the previous|the prior|previous|prior) (?:day|week|month|quarter)\b/g,
    handle: (match) => ({ kind: 'previous', start: match.index, text: match[0] }),
  },
  {
    pattern:
      /\b(?:(?:vs|versus|compared (?:to|with)|than|against|over|to) )?(?:the )?(?:(?:previous|prior|preceding) (?:period|(?:day|week|month|quarter|year)s?)|(?:day|week|month|quarter|year|period|one|time) before(?: that)?|period before)\b/g,
    handle: (match) => {
      // "the previous month" alone is last month; it is a comparison only after a comparing word.
      const comparing =
        /^(?:vs|versus|compared|than|against|over|to) /.test(match[0]) || /before|period/.test(match[0]);
      if (comparing) return { kind: 'previous', start: match.index, text: match[0] };
      const unit = /(day|week|month|quarter|year)/.exec(match[0])?.[1] as TimeUnit;
      return range(match, { kind: 'relative', anchor: 'last', unit, count: 1 });
    },
  },
  {
    pattern:
      /\b(?:in |over |during |for )?(?:the )?(?:last|past|previous|prior) (day|week|month|quarter|year)\b(?! of\b)/g,
    handle: (match) => range(match, { kind: 'relative', anchor: 'last', unit: match[1] as TimeUnit, count: 1 }),
  },
  {
    // "3 weeks ago", "a month ago": the whole unit that many units back (that day, that week, that month).
    pattern: new RegExp(`\\b(?:in |on |during |for )?(?:the )?${COUNT.replace('(', '(a|an|')} ${UNIT} ago\\b`, 'g'),
    handle: (match, today) => {
      const amount = /(\d+|a couple of|couple of|an?|[a-z]+) (day|week|month|quarter|year)s? ago$/.exec(match[0]);
      const unit = unitOf(amount?.[2] as string);
      const back = /^an?$/.test(amount?.[1] ?? '') ? 1 : count((amount?.[1] as string).replace(/ of$/, ''));
      const from = shiftDate(startOfUnit(today, unit), unit, -back);
      return range(match, { kind: 'absolute', from, to: shiftDate(from, unit, 1) });
    },
  },
  {
    pattern: /\byesterday\b/g,
    handle: (match) => range(match, { kind: 'relative', anchor: 'last', unit: 'day', count: 1 }),
  },
  {
    pattern: /\b(?:so far )?today(?: so far)?\b/g,
    handle: (match) => range(match, { kind: 'relative', anchor: 'this', unit: 'day', count: 1 }),
  },
  {
    pattern:
      /\b(?:(?:so far |for |in |during )?(?:this|the current|current) (week|month|quarter|year)(?: so far| to date)?|(week|month|quarter|year)[ -]to[ -]date|so far this (week|month|quarter|year)|(wtd|mtd|qtd|ytd))\b/g,
    handle: (match) => {
      const short: Record<string, TimeUnit> = { wtd: 'week', mtd: 'month', qtd: 'quarter', ytd: 'year' };
      const unit = (match[1] ?? match[2] ?? match[3] ?? short[match[4] as string]) as TimeUnit;
      return range(match, { kind: 'relative', anchor: 'this', unit, count: 1 });
    },
  },
  {
    pattern:
      /\b(?:of |for |in |over )?(?:all[ -]time|ever|lifetime|since (?:the (?:very )?beginning|the (?:very )?start|the (?:very )?first day)(?! of)|since (?:launch|forever|day one)|since (?:it|they|we|i) (?:launched|opened|started)|of all time|since we started|since i started|to date)\b/g,
    handle: (match) => range(match, { kind: 'all' }),
  },
  {
    pattern: new RegExp(
      `\\b(?:(?:in|on|during|for|of|from|vs|versus|than|against|compared to|compared with|to) (?:the )?)?(${dateSource})\\b`,
      'g',
    ),
    handle: (match, today) => {
      const span = dateSpan(match[1] as string, today);
      return span ? range(match, { kind: 'absolute', from: span.from, to: span.to }) : null;
    },
  },
];

function minDate(left: string, right: string): string {
  return left < right ? left : right;
}

function maxDate(left: string, right: string): string {
  return left > right ? left : right;
}

/**
 * The dates a word for time ahead names, over rows dated ahead: "tomorrow", "next week" (the calendar week after
 * this one), "the next 7 days" (today and the six after), "the coming month"; none for a forecast.
 */
function aheadRange(said: string, today: string): { readonly range?: TimeRange } {
  const dates = (from: string, to: string) => ({
    range: { kind: 'absolute' as const, from, to, ahead: true as const },
  });
  if (new RegExp(String.raw`\b(?:${TOMORROW})\b`).test(said)) return dates(addDays(today, 1), addDays(today, 2));
  const ahead = /\b(?:next|coming|upcoming|following) (?:(\d+) )?(day|week|month|quarter|year)s?\b/.exec(said);
  if (!ahead) return {};
  const unit = ahead[2] as TimeUnit;
  if (ahead[1] !== undefined) {
    const count = Number(ahead[1]);
    if (count < 1 || count > 366) return {};
    return dates(today, shiftDate(today, unit, count));
  }
  if (unit === 'day') return dates(addDays(today, 1), addDays(today, 2));
  const from = shiftDate(startOfUnit(today, unit), unit, 1);
  return dates(from, shiftDate(from, unit, 1));
}

function range(match: RegExpExecArray, value: TimeRange): TimeMention {
  return { kind: 'range', start: match.index, range: value, text: match[0] };
}

/**
 * Whether a question names a period that reaches today or after it ("next week", "upcoming", "this month", "in
 * January 2026"): only then can rows dated ahead change its reading.
 */
export function speaksOfTimeAhead(question: string, today: string): boolean {
  return scanTime(question.toLowerCase(), today).mentions.some(
    (mention) =>
      (mention.kind === 'future' && mention.range !== undefined) ||
      (mention.kind === 'range' &&
        ((mention.range.kind === 'relative' && mention.range.anchor === 'this') ||
          (mention.range.kind === 'absolute' && mention.range.to !== null && mention.range.to > today))),
  );
}

/** Finds and blanks out every time expression in `text` (lowercase, punctuation already spaced). */
export function scanTime(text: string, today: string): TimeScan {
  let rest = text;
  const mentions: TimeMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    const found: { match: RegExpExecArray; mention: TimeMention }[] = [];
    for (let match = rule.pattern.exec(rest); match !== null; match = rule.pattern.exec(rest)) {
      if (match[0].trim() === '') {
        rule.pattern.lastIndex += 1;
        continue;
      }
      const handled = rule.handle(match, today);
      if (handled) for (const mention of [handled].flat()) found.push({ match, mention });
    }
    for (const { match, mention } of found) {
      rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
      mentions.push(mention);
    }
  }
  mentions.sort((left, right) => left.start - right.start);
  // (Right before the period: "ocean beanie vs velvet beanie last quarter" leaves a name's blanks between them,
  // and compares the two products over last quarter, not last quarter with another.)
  const COMPARING =
    /(?:^|\s)(?:vs|versus|compared to|compared with|compare to|compare with|compares to|compares with|against|than|beat|beats|outperform|outperforms|outperformed|outdo|outdid|outsell|outsold|surpass|surpassed|top|topped)\s{0,2}$/;
  const marked = mentions.map((mention) =>
    mention.kind === 'range' &&
    (COMPARING.test(text.slice(0, mention.start)) || /^(?:vs|versus|compared|against|than)\b/.test(mention.text))
      ? { ...mention, compared: true }
      : mention,
  );
  return { rest, mentions: composedPeriods(marked, text, today) };
}

export { WEEKDAYS };
