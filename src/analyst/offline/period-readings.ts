import { capitalize } from '../sentence-case.js';
import type { PlanDecision } from '../analyst.js';
import { addDays, resolveTimeRange } from '../plan.js';
import { interpretSpan } from '../interpret-plan.js';
import { ORDINALS } from './calendar.js';
import { longDate, scanTime } from './time-expressions.js';

/**
 * Periods said with a word whose dates are the asker's to choose, offered by their dates (each option the question
 * with the dates said instead): a season (the three whole months of the meteorological season, or the astronomical
 * one from solstice or equinox to the next), and the first week of a month (its first seven days, or the Monday-to-
 * Sunday week that starts in it first).
 */

type Clarification = Extract<PlanDecision, { kind: 'clarify' }>;

/** The readings the question can answer, asked as a clarification when two or more are left; else null. */
function offered(
  text: string,
  word: string,
  readings: readonly { readonly label: string; readonly question: string }[],
  answerable: (question: string) => boolean,
): Clarification | null {
  const options = readings.filter((option) => answerable(option.question));
  return options.length < 2 ? null : { kind: 'clarify', text, word, options };
}

const SEASON_WORD = /\b(?:spring|summer|fall|autumn|winter)\b/i;

/** Astronomical seasons, by the month and day they start (0 = January), approximately as most years have them. */
const ASTRONOMICAL: Record<string, readonly [number, number, number, number]> = {
  spring: [2, 20, 5, 20],
  summer: [5, 21, 8, 22],
  fall: [8, 23, 11, 20],
  autumn: [8, 23, 11, 20],
  winter: [11, 21, 2, 19],
};

const NTH_WEEK =
  /\b(?:(?:in|during|over|for) )?(?:the )?(first|1st|opening|second|2nd|third|3rd|fourth|4th) week of ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:,? \d{4})?)\b/i;

const NTH_NAME = ['', 'first', 'second', 'third', 'fourth'];

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** "From June 1, 2025 to August 31, 2025": a span said as the parser reads one (`to` exclusive). */
const fromTo = (from: string, to: string) => `from ${longDate(from)} to ${longDate(addDays(to, -1))}`;

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
  return offered(
    `Which dates do you mean by "${question.slice(at, at + mention.text.length).trim()}"?`,
    mention.text,
    readings
      .filter((reading) => reading.from <= today)
      .map((reading) => ({
        label: reading.label,
        question: reworded(question, at, mention.text, fromTo(reading.from, reading.to)),
      })),
    answerable,
  );
}

/** "The second week of March": its days 8 to 14, or the second Monday-to-Sunday week that starts in it. */
export function askWhichNthWeek(
  question: string,
  typed: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const said = NTH_WEEK.exec(question);
  // ("The first week of the year" is its first seven days: a month is named only by the asker.)
  if (rephrased || !said || !NTH_WEEK.test(typed)) return null;
  const word = (said[1] as string).toLowerCase();
  const nth = ORDINALS[word === 'opening' ? 'first' : word] as number;
  const month = scanTime(`in ${(said[2] as string).toLowerCase()}`, today).mentions[0];
  if (month?.kind !== 'range' || month.range.kind !== 'absolute' || !month.range.from) return null;
  const first = month.range.from;
  const days = addDays(first, 7 * (nth - 1));
  // The nth Monday on or after the 1st (getUTCDay: Sunday 0).
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  const monday = addDays(first, ((8 - weekday) % 7) + 7 * (nth - 1));
  // A month that starts on a Monday has one such week.
  if (monday === days) return null;
  const readings = [
    { label: `${capitalize(fromTo(days, addDays(days, 7)))} (days ${7 * (nth - 1) + 1} to ${7 * nth})`, from: days },
    { label: `The week of ${longDate(monday)} (the ${NTH_NAME[nth]} Monday-to-Sunday week)`, from: monday },
  ];
  return weeksOffered(question, said, readings, today, answerable);
}

/** Which week `said` means, each reading the seven days from its first day (none that starts after today). */
function weeksOffered(
  question: string,
  said: RegExpExecArray,
  readings: readonly { readonly label: string; readonly from: string }[],
  today: string,
  answerable: (question: string) => boolean,
): Clarification | null {
  return offered(
    `Which week do you mean by "${said[0].trim()}"?`,
    said[0],
    readings
      .filter((reading) => reading.from <= today)
      .map((reading) => ({
        label: reading.label,
        question: reworded(question, said.index, said[0], fromTo(reading.from, addDays(reading.from, 7))),
      })),
    answerable,
  );
}

/** The first day of the layer's week holding `day`. */
function weekStartOf(day: string, weekStart: 'monday' | 'sunday'): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday - (weekStart === 'sunday' ? 0 : 1) + 7) % 7));
}

const WEEK_OF =
  /\b(?:(?:in|during|over|for) )?(?:the )?week of (?:the )?([a-z0-9][a-z0-9 ,/]*?\d[a-z0-9]*(?:,? \d{4})?)(?=\s*(?:[?.!,;]|$| (?!\d)))/i;

/**
 * "The week of 1 March" when March 1 is not the first day of a week: the week holding it, or the seven days from it.
 * ("The week starting 1 March" says which.)
 */
export function askWhichWeekOf(
  question: string,
  typed: string,
  today: string,
  weekStart: 'monday' | 'sunday',
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const said = WEEK_OF.exec(question);
  if (rephrased || !said || !/\bweek of\b/i.test(typed)) return null;
  const day = scanTime(`on ${(said[1] as string).toLowerCase()}`, today).mentions[0];
  if (day?.kind !== 'range' || day.range.kind !== 'absolute' || !day.range.from || !day.range.to) return null;
  if (addDays(day.range.from, 1) !== day.range.to) return null;
  const date = day.range.from;
  const holding = weekStartOf(date, weekStart);
  if (holding === date) return null;
  const readings = [
    {
      label: `${capitalize(fromTo(holding, addDays(holding, 7)))} (the ${weekStart === 'sunday' ? 'Sunday' : 'Monday'}-to-${weekStart === 'sunday' ? 'Saturday' : 'Sunday'} week holding it)`,
      period: fromTo(holding, addDays(holding, 7)),
    },
    {
      label: `${capitalize(fromTo(date, addDays(date, 7)))} (the seven days from it)`,
      period: fromTo(date, addDays(date, 7)),
    },
  ];
  return offered(
    `Which week do you mean by "${said[0].trim()}"?`,
    said[0],
    readings.map((reading) => ({
      label: reading.label,
      question: reworded(question, said.index, said[0], reading.period),
    })),
    answerable,
  );
}

const NAMED_DAY_WORDS =
  'black friday|cyber monday|small business saturday|christmas eve|christmas day|christmas|xmas|new years? eve|new years? day|boxing day|valentines? day|halloween|thanksgiving(?: day)?|independence day|fourth of july|4th of july|st patricks? day|memorial day|labor day|labour day|easter(?: sunday)?|good friday';

/** Named days on a fixed date, so on any weekday: the week "of" one is the asker's to say (Thanksgiving's is not). */
const FIXED_DATE_DAYS =
  'christmas eve|christmas day|christmas|xmas|new years? eve|new years? day|boxing day|valentines? day|halloween|independence day|fourth of july|4th of july|st patricks? day';

const NAMED_WEEK = new RegExp(
  `\\b(?:(?:in|during|over|for|on) )?(?:the )?(${FIXED_DATE_DAYS})(?:'s)? week(?: of (?:last year|this year|\\d{4})| (?:last year|this year|\\d{4}))?\\b(?! (?:of|before|after|ending)\\b)`,
  'i',
);

const WEEK_BESIDE_DAY = new RegExp(
  `\\b(?:(?:in|during|over|for|on) )?(?:the )?week (before|prior to|after|following) (?:the )?((?:${NAMED_DAY_WORDS})(?:'s)?(?: (?:last year|this year|\\d{4}))?|[a-z0-9][a-z0-9 ,/]*?\\d[a-z0-9]*(?:,? \\d{4})?)(?=\\s*(?:[?.!,;]|$| (?!\\d)))`,
  'i',
);

/**
 * "The week before Christmas 2025", "the week after 14 February": the seven days next to the day, or the calendar
 * week before (or after) the one holding it, when the day does not start a week. Which is the asker's to say ("the
 * seven days before Christmas", "the week leading up to it" say which).
 */
export function askWeekBesideDay(
  question: string,
  today: string,
  weekStart: 'monday' | 'sunday',
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const said = rephrased ? null : WEEK_BESIDE_DAY.exec(question);
  if (!said) return null;
  const date = namedDate((said[2] as string).replace(/'s\b/i, ''), today);
  if (date === null) return null;
  const before = /^(?:before|prior to)$/i.test(said[1] as string);
  const days = before ? addDays(date, -7) : addDays(date, 1);
  const holding = weekStartOf(date, weekStart);
  const week = before ? addDays(holding, -7) : addDays(holding, 7);
  if (week === days) return null;
  const weekdays = weekStart === 'sunday' ? 'Sunday-to-Saturday' : 'Monday-to-Sunday';
  const readings = [
    {
      label: `${capitalize(fromTo(days, addDays(days, 7)))} (the seven days ${before ? 'before' : 'after'} it)`,
      from: days,
    },
    {
      label: `${capitalize(fromTo(week, addDays(week, 7)))} (the ${weekdays} week ${before ? 'before' : 'after'} the one holding it)`,
      from: week,
    },
  ];
  return weeksOffered(question, said, readings, today, answerable);
}

const NAMED_SALE = new RegExp(
  `\\b(?:(?:in|during|over|for|on|from) )?(?:the |our |my |this year's |last year's )?(${NAMED_DAY_WORDS})(?:'s)? (?:sale|promo|promotion|deals|event|campaign)(?!s)(?: (?:last year|this year|\\d{4}))?\\b`,
  'i',
);

/** The date of a named day said in `text` ("christmas 2024"), its latest one by default. */
function namedDate(text: string, today: string): string | null {
  const mention = scanTime(`on ${text.toLowerCase()}`, today).mentions.find((candidate) => candidate.kind === 'range');
  if (mention?.kind !== 'range' || mention.range.kind !== 'absolute' || !mention.range.from || !mention.range.to)
    return null;
  return addDays(mention.range.from, 1) === mention.range.to ? mention.range.from : null;
}

/**
 * "Christmas week": the week holding the day, the seven days up to it, or the seven days from it. "The Black Friday
 * sale": the day itself, the days through the Monday after it, or the week holding it. Which is the asker's to say.
 */
export function askWhichNamedWeek(
  question: string,
  today: string,
  weekStart: 'monday' | 'sunday',
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  if (rephrased) return null;
  const week = NAMED_WEEK.exec(question);
  const sale = week ? null : NAMED_SALE.exec(question);
  const said = week ?? sale;
  if (!said) return null;
  const year = /(last year|this year|\d{4})\s*$/i.exec(said[0])?.[1] ?? '';
  const date = namedDate(`${said[1] as string}${year ? ` ${year}` : ''}`, today);
  if (date === null) return null;
  const holding = weekStartOf(date, weekStart);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const name = (said[1] as string).replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
  const readings = week
    ? [
        {
          label: `${capitalize(fromTo(holding, addDays(holding, 7)))} (the week holding ${name})`,
          from: holding,
          days: 7,
        },
        {
          label: `${capitalize(fromTo(addDays(date, -6), addDays(date, 1)))} (the seven days up to it)`,
          from: addDays(date, -6),
          days: 7,
        },
        { label: `${capitalize(fromTo(date, addDays(date, 7)))} (the seven days from it)`, from: date, days: 7 },
      ]
    : [
        { label: `${longDate(date)} (${name} itself)`, from: date, days: 1 },
        // A Friday or a Saturday runs through the Monday after it (Black Friday to Cyber Monday).
        ...(weekday === 5 || weekday === 6
          ? [
              {
                label: `${capitalize(fromTo(date, addDays(date, ((8 - weekday) % 7) + 1)))} (through the Monday after)`,
                from: date,
                days: ((8 - weekday) % 7) + 1,
              },
            ]
          : []),
        { label: `${capitalize(fromTo(holding, addDays(holding, 7)))} (the week holding it)`, from: holding, days: 7 },
      ];
  // "How much did the sale on November 28, 2025 bring in": the sale kept, dated.
  const saleWord = sale
    ? (/\b(sale|promo|promotion|deals|event|campaign)\b/i.exec(said[0]) as RegExpExecArray)[1]
    : null;
  const kept =
    saleWord === null
      ? ''
      : `${/^\s*(?:in|during|over|for|on|from)\b/i.test(said[0]) ? 'during ' : ''}the ${saleWord} `;
  return offered(
    `Which dates do you mean by "${said[0].trim()}"?`,
    said[0],
    readings
      .filter((reading) => reading.from <= today)
      .map((reading) => ({
        label: reading.label,
        question: reworded(
          question,
          said.index,
          said[0],
          `${kept}${reading.days === 1 ? `on ${longDate(reading.from)}` : fromTo(reading.from, addDays(reading.from, reading.days))}`,
        ),
      })),
    answerable,
  );
}

const MONTH_AND_TWO_DIGITS =
  /\b(?:(?:in|on|for|during) )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.? (\d{2})\b(?!\s*(?:st|nd|rd|th)\b|\d|,? ?\d{4}|[/:.-]\d)/i;

/**
 * "Rev may 24", "ords nov 24": a month and two digits that could be its day or its year (May 24, or May 2024), when
 * that year is one of the last few. Which is the asker's to say.
 */
export function askDayOrYear(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const said = MONTH_AND_TWO_DIGITS.exec(question);
  // ("On May 24" is a day.)
  if (rephrased || !said || /^\s*on\b/i.test(said[0]) || /\bon\s*$/i.test(question.slice(0, said.index))) return null;
  const digits = Number(said[2]);
  const year = 2000 + digits;
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear || year < thisYear - 5) return null;
  const month = scanTime(`in ${(said[1] as string).toLowerCase()} ${year}`, today).mentions[0];
  const day = scanTime(`on ${(said[1] as string).toLowerCase()} ${digits}`, today).mentions[0];
  if (month?.kind !== 'range' || month.range.kind !== 'absolute' || !month.range.from || !month.range.to) return null;
  if (day?.kind !== 'range' || day.range.kind !== 'absolute' || !day.range.from) return null;
  if (month.range.from > today) return null;
  const monthName = new Date(`${month.range.from}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const readings = [
    { label: `${longDate(day.range.from)} (the day)`, period: `on ${longDate(day.range.from)}` },
    { label: `${monthName} (the month)`, period: `in ${monthName}` },
  ];
  return offered(
    `Which do you mean by "${said[0].trim()}"?`,
    said[0],
    readings.map((reading) => ({
      label: reading.label,
      question: reworded(question, said.index, said[0], reading.period),
    })),
    answerable,
  );
}

const LAST_WEEKEND = /\b(?:(?:on|over|during|for|at) )?(?:the )?(?:last|past|previous) weekend\b(?!s)/i;
/** "The weekend takings", "how did the weekend go": one weekend, when nothing else in the question says a period. */
const THE_WEEKEND = /\b(?:(?:on|over|during|for|at|from) )?the weekend(?:'s)?(?!s)\b/i;
const OTHER_PERIOD =
  /\b(?:this|last|past|previous|next|ago|since|until|yesterday|today|week|weeks|month|months|year|years|quarter|q[1-4]|ytd|mtd|(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/i;

/**
 * "Revenue last weekend" asked on a Saturday or a Sunday: the weekend going on now or the one a week before is the
 * asker's to say; both are offered by their dates (Saturday to Sunday). Asked on a weekday, it is the one just past.
 */
export function askWhichWeekend(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
  reask: (question: string) => PlanDecision,
): PlanDecision | null {
  const day = new Date(`${today}T00:00:00Z`).getUTCDay();
  const the = THE_WEEKEND.exec(question);
  if (!rephrased && the && !OTHER_PERIOD.test(question.replace(the[0], ' '))) {
    // Asked on a weekday, "the weekend" is the one just past: said by its dates, so the answer says which.
    const without = question
      .replace(the[0], ' ')
      .replace(/\s*[?.!]+\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const weekend = (from: string) => `${without} from ${longDate(from)} to ${longDate(addDays(from, 1))}`;
    if (day !== 6 && day !== 0) {
      const saturday = addDays(today, -((day + 1) % 7));
      const only = weekend(saturday);
      return answerable(only) ? reask(only) : null;
    }
    const saturday = addDays(today, day === 6 ? 0 : -1);
    return offered(
      'Which weekend do you mean: this one, or the one before?',
      the[0],
      [saturday, addDays(saturday, -7)].map((from) => ({
        label: `${longDate(from).replace(/, \d{4}$/, '')} – ${longDate(addDays(from, 1))}`,
        question: weekend(from),
      })),
      answerable,
    );
  }
  const match = LAST_WEEKEND.exec(question);
  if (rephrased || !match || (day !== 6 && day !== 0)) return null;
  const saturday = addDays(today, day === 6 ? 0 : -1);
  return offered(
    'Which weekend do you mean: this one, or the one before?',
    match[0],
    [saturday, addDays(saturday, -7)]
      .map((from) => {
        const dates = `from ${longDate(from)} to ${longDate(addDays(from, 1))}`;
        return { label: `${longDate(from).replace(/, \d{4}$/, '')} – ${longDate(addDays(from, 1))}`, dates };
      })
      .map(({ label, dates }) => ({ label, question: question.replace(match[0], dates) })),
    answerable,
  );
}

const FEW =
  /\b(?:in |over |during |for )?(?:the )?(?:past|last|previous) (few|several|couple(?: of)?|couple o) (days|weeks|months)\b/i;

/** How many a vague count of periods may mean, by unit: each offered, none guessed. */
const FEW_COUNTS: Readonly<Record<string, readonly number[]>> = {
  days: [3, 5, 7],
  weeks: [2, 3, 4],
  months: [2, 3, 6],
};

/** "Invoices in the past few weeks": how many weeks is the asker's to say; two to four are offered. */
export function askHowFew(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const match = FEW.exec(question);
  if (rephrased || !match) return null;
  const unit = (match[2] as string).toLowerCase();
  // ("A couple of months": two, or loosely three.)
  const counts = /^couple/i.test(match[1] as string) ? [2, 3] : (FEW_COUNTS[unit] ?? []);
  const said = (match[1] as string).replace(/ of$| o$/i, '');
  return offered(
    `How many ${unit} do you mean by "${said} ${unit}"?`,
    match[0],
    counts.map((count) => ({
      label: `The last ${count} ${unit}`,
      question: question.replace(match[0], `in the last ${count} ${unit}`),
    })),
    answerable,
  );
}

const THE_UNIT =
  /\b(?:in|for|during|over|across|within) the (week|month|quarter|year)\b(?! (?:of|to|before|after|ending|starting|beginning|so far|before that|\d)\b)(?!\s*\d)/i;

/**
 * "What did we bill in the quarter", "orders for the month": which one is the asker's to say (this one so far, or
 * the last whole one), offered by their dates; never every quarter, one row each.
 */
export function askWhichUnit(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const match = THE_UNIT.exec(question);
  if (
    rephrased ||
    !match ||
    scanTime(question.toLowerCase(), today).mentions.some((mention) => mention.kind === 'range')
  )
    return null;
  const unit = (match[1] as string).toLowerCase();
  return offered(
    `Which ${unit} do you mean by "the ${unit}"?`,
    `the ${unit}`,
    [`this ${unit}`, `last ${unit}`].map((said) => {
      const mention = scanTime(said, today).mentions[0];
      const span = mention?.kind === 'range' ? resolveTimeRange(mention.range, today) : null;
      // (Data runs through yesterday: this one so far ends there.)
      const dates = span ? ` (${interpretSpan(span, addDays(today, -1)).text})` : '';
      return { label: `${capitalize(said)}${dates}`, question: question.replace(match[0], said) };
    }),
    answerable,
  );
}

const START_OF_YEAR =
  /\b(?:at |in |during |over )?(?:the )?(?:start|beginning|begining|first part|early part) of (?:the |this |last )?year\b|\bearly (?:in )?(?:the |this )?year\b/i;

/**
 * "How much did we bill at the start of the year": January, the first quarter or the first week are all said so;
 * each is offered by its dates (this year's, or last year's when the words say so).
 */
export function askStartOfYear(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const match = START_OF_YEAR.exec(question);
  // ("Since the start of the year" is from January 1 to today: its start is a day, not a stretch.)
  if (
    rephrased ||
    !match ||
    /\b(?:since|from|starting(?: from)?) (?:the )?(?:start|beginning|begining)\b/i.test(question)
  )
    return null;
  const year = Number(today.slice(0, 4)) - (/\blast year\b/i.test(match[0]) ? 1 : 0);
  const readings = [
    { label: `January ${year}`, said: `in january ${year}` },
    { label: `Q1 ${year} (Jan – Mar)`, said: `in q1 ${year}` },
    { label: `The first week of ${year} (Jan 1 – 7)`, said: `from january 1, ${year} to january 7, ${year}` },
  ];
  return offered(
    `Which part of the year do you mean by "${match[0].trim()}"?`,
    match[0],
    readings.map(({ label, said }) => ({ label, question: question.replace(match[0], said) })),
    answerable,
  );
}

const AROUND =
  /\b(?:around|surrounding|over) ((?:the )?[a-z0-9 ,']+?)(?=\s*(?:[?.!]|$|\b(?:by|per|for|vs|versus|compared)\b))/i;

/**
 * "How much did we bill around the Fourth of July": the day alone, or a few days either side of it, is the asker's to
 * say; each is offered by its dates.
 */
export function askAroundDay(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const match = AROUND.exec(question);
  if (rephrased || !match) return null;
  const mention = scanTime((match[1] as string).toLowerCase(), today).mentions[0];
  if (mention?.kind !== 'range' || mention.range.kind !== 'absolute') return null;
  const { from, to } = mention.range;
  if (from === null || addDays(from, 1) !== to) return null;
  const spans = [0, 1, 3].map((days) => ({ first: addDays(from, -days), last: addDays(from, days) }));
  return offered(
    `Which days do you mean by "${match[0].trim()}"?`,
    match[0],
    spans.map(({ first, last }) => ({
      label: first === last ? longDate(first) : `${longDate(first).replace(/, \d{4}$/, '')} – ${longDate(last)}`,
      question: question.replace(
        match[0],
        first === last ? `on ${longDate(first)}` : `from ${longDate(first)} to ${longDate(last)}`,
      ),
    })),
    answerable,
  );
}

const EDGE_OF_MONTH =
  /\b(?:at |in |during |over )?(?:the )?(start|beginning|begining|end) of ((?:last|this|the) month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{4})?)\b/i;

/** "Early march orders", "sales in late feb": the start or the end of that month, said in a word. */
const EARLY_OR_LATE =
  /\b(?:in |during |over )?(early|late)[- ]((?:last|this) month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{4})?)\b/i;

/**
 * "Signups at the start of May", "billing at the end of last month": the first or last day, week or half of the
 * month is the asker's to say; each is offered by its dates.
 */
export function askEdgeOfMonth(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Clarification | null {
  const match = EDGE_OF_MONTH.exec(question) ?? EARLY_OR_LATE.exec(question);
  if (rephrased || !match) return null;
  // ("Since the start of February" is from its first day on: a bound, read as a date.)
  if (/\b(?:since|from|after|before|until|till|through|to|by)\s*$/i.test(question.slice(0, match.index))) return null;
  // ("In may": the month, never the verb.)
  const mention = scanTime(`in ${(match[2] as string).toLowerCase()}`, today).mentions[0];
  if (mention?.kind !== 'range') return null;
  const span = resolveTimeRange(mention.range, today);
  if (span.from === null || !span.from.endsWith('-01')) return null;
  const first = span.from;
  const last = addDays(span.to, -1);
  const start = /^(?:start|beginning|begining|early)$/i.test(match[1] as string);
  // ("Early" or "late" is a stretch of days, never one day: the week, the ten days or the half.)
  const loose = /^(?:early|late)$/i.test(match[1] as string);
  const spans: readonly [string, string, string][] = loose
    ? start
      ? [
          ['The first week', first, addDays(first, 6)],
          ['The first 10 days', first, addDays(first, 9)],
          ['The first half', first, addDays(first, 14)],
        ]
      : [
          ['The last week', addDays(last, -6), last],
          ['The last 10 days', addDays(last, -9), last],
          ['The second half', addDays(first, 15), last],
        ]
    : start
      ? [
          ['The first day', first, first],
          ['The first week', first, addDays(first, 6)],
          ['The first half', first, addDays(first, 14)],
        ]
      : [
          ['The last day', last, last],
          ['The last week', addDays(last, -6), last],
          ['The second half', addDays(first, 15), last],
        ];
  const readings = spans
    .filter(([, from]) => from < today)
    .map(([label, from, to]) => ({
      label: `${label} (${from === to ? longDate(from) : `${longDate(from).replace(/, \d{4}$/, '')} – ${longDate(to)}`})`,
      question: question.replace(
        match[0],
        from === to ? `on ${longDate(from)}` : `from ${longDate(from)} to ${longDate(to)}`,
      ),
    }));
  return offered(`Which days do you mean by "${match[0].trim()}"?`, match[0], readings, answerable);
}
