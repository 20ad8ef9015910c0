import { addDays, addMonths, daysBetween, shiftDate, startOfUnit, type TimeRange } from '../plan.js';
import { WEEKDAYS, yearlessPart } from './calendar.js';
import { namedDayInYear, type TimeMention } from './time-expressions.js';

/**
 * Periods said in parts, put together after the time expressions are scanned: a part of a year and the year said
 * beside it ("december (2025 vs 2024)", "2025, jan to mar", "2025: q3 vs q4"), days of the week and their week
 * ("monday last week", "monday this week vs monday last week"), the earlier part of a year compared with a later one
 * ("the second quarter vs the first"), and runs of months ("April, May and June"). Each is one period where the
 * words read one by one would be several, or the wrong year.
 */
export function composedPeriods(mentions: readonly TimeMention[], text: string, today: string): TimeMention[] {
  return joinedRuns(
    withWeekSaid(
      earlierPartOfItsYear(withTheirYears(withYearsSaid(namedDaysInTheirYear(mentions, today), text), text), today),
      today,
      text,
    ),
    text,
  );
}

/**
 * "Sales on black friday in 2024", "valentine's revenue last year": a named day and one year said apart from it are
 * that day in that year (never two periods, and never the latest one of the day). "Black friday vs last year",
 * "cyber monday 2025 vs 2024": the day compared is found again in the other year (Black Friday 2024 is Nov 29, not
 * the date a year before Nov 28, 2025); "last year" is the year before the day's own.
 */
function namedDaysInTheirYear(mentions: readonly TimeMention[], today: string): TimeMention[] {
  if (mentions.length !== 2 || mentions.some((mention) => mention.kind !== 'range')) return [...mentions];
  const [first, second] = mentions as readonly [RangeMention, RangeMention];
  if (second.compared && !first.compared && first.range.kind === 'absolute' && first.range.from !== null) {
    const year = yearNamed(second, Number(first.range.from.slice(0, 4)), null);
    const day = year === null ? null : namedDayInYear(first.text, year);
    return day === null ? [...mentions] : [first, { ...second, range: { kind: 'absolute', ...day } }];
  }
  if (first.compared || second.compared) return [...mentions];
  for (const [mention, other] of [
    [first, second],
    [second, first],
  ] as const) {
    const year = yearNamed(other, Number(today.slice(0, 4)), Number(today.slice(0, 4)));
    const day = year === null ? null : namedDayInYear(mention.text, year);
    if (day === null) continue;
    return [{ ...mention, start: Math.min(mention.start, other.start), range: { kind: 'absolute', ...day } }];
  }
  return [...mentions];
}

type RangeMention = Extract<TimeMention, { kind: 'range' }>;

/**
 * The one year a mention names: "last year" is the one before `base`, "this year" is `current` (null: not taken),
 * and a year alone ("2024") is itself; null for anything else.
 */
function yearNamed(mention: RangeMention, base: number, current: number | null): number | null {
  const { range } = mention;
  if (range.kind === 'relative' && range.unit === 'year' && range.count === 1)
    return range.anchor === 'last' ? base - 1 : current;
  return yearAlone(mention);
}

/** The year a mention names alone ("2025", "in 2024", "vs 2024"), or null. */
function yearAlone(mention: RangeMention): number | null {
  const said =
    /^(?:(?:in|of|for|during|vs|versus|than|against|compared (?:to|with)|from|to) )?(?:the year )?((?:19|20)\d{2})$/.exec(
      mention.text.trim(),
    );
  if (!said || mention.range.kind !== 'absolute') return null;
  const year = Number(said[1]);
  return mention.range.from === `${year}-01-01` && mention.range.to === `${year + 1}-01-01` ? year : null;
}

/** A part of a year named without its year ("december", "jul to dec", "q1", "the first half"), within one year. */
function yearless(mention: RangeMention): boolean {
  const { range } = mention;
  return (
    range.kind === 'absolute' &&
    range.from !== null &&
    range.to !== null &&
    range.to <= `${Number(range.from.slice(0, 4)) + 1}-01-01` &&
    yearlessPart(mention.text)
  );
}

/** The same part of another year: "december" moved into 2024. */
function inYear(mention: RangeMention, year: number): RangeMention {
  const range = mention.range as Extract<TimeRange, { kind: 'absolute' }>;
  const by = (year - Number((range.from as string).slice(0, 4))) * 12;
  const to = range.to === null ? null : addMonths(range.to, by);
  return { ...mention, range: { kind: 'absolute', from: addMonths(range.from as string, by), to } };
}

/**
 * A part of a year said apart from its year ("december (2025 vs 2024)", "July–December: 2025 relative to 2024",
 * "2025, jan to mar", "Q1 2025, January through March"): the part in the year said, not in the latest year it
 * has been, and not the two read as periods of their own.
 */
function withYearsSaid(mentions: readonly TimeMention[], text: string): TimeMention[] {
  const ranges = mentions.filter((mention): mention is RangeMention => mention.kind === 'range');
  if (ranges.length !== mentions.length || ranges.length < 2 || ranges.length > 3) return [...mentions];
  const part = ranges.find(yearless);
  if (!part || part.compared) return [...mentions];
  const others = ranges.filter((mention) => mention !== part);
  const years = others.map(yearAlone);
  const [first, second] = others as [RangeMention, RangeMention | undefined];
  if (others.length === 2 && second && years.every((year) => year !== null) && !first.compared) {
    // "December (2025 vs 2024)": the part in each year, the second the one compared.
    const between = text.slice(first.start + first.text.length, second.start);
    if (!second.compared && !/\b(?:relative to|next to|over)\b/.test(between)) return [...mentions];
    return [
      inYear(part, years[0] as number),
      { ...inYear(part, years[1] as number), start: second.start, compared: true },
    ];
  }
  if (others.length !== 1 || first.compared) return [...mentions];
  // (A part and a year alone, "2025, jan to mar", are put together below, in withTheirYears.)
  if (years[0] !== null) return [...mentions];
  // "Q1 2025, January through March": the same months said twice, or the narrower of them.
  if (first.range.kind !== 'absolute' || first.range.from === null || first.range.to === null || yearless(first))
    return [...mentions];
  const moved = inYear(part, Number(first.range.from.slice(0, 4)));
  const span = moved.range as Extract<TimeRange, { kind: 'absolute' }>;
  const from = first.range.from;
  const to = first.range.to;
  if (span.to === null) return [...mentions];
  if ((span.from as string) >= from && span.to <= to) return [{ ...moved, start: Math.min(part.start, first.start) }];
  if (from >= (span.from as string) && to <= span.to) return [first];
  return [...mentions];
}

/** A day or days of the week by name ("monday", "tuesday and wednesday"), not a week of its own. */
function weekdaysSaid(mention: RangeMention): boolean {
  return (
    mention.range.kind === 'absolute' &&
    mention.range.from !== null &&
    mention.range.to !== null &&
    daysBetween(mention.range.from, mention.range.to) <= 7 &&
    new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`).test(mention.text) &&
    !/\b(?:week|last|this|past|since)\b/.test(mention.text)
  );
}

/** "This week", "last week". */
function weekSaid(mention: RangeMention): boolean {
  return mention.range.kind === 'relative' && mention.range.unit === 'week' && mention.range.count === 1;
}

/** The days moved into the week ("monday" into last week: the Monday of last week). */
function inWeek(days: RangeMention, week: RangeMention, today: string): RangeMention {
  const range = days.range as Extract<TimeRange, { kind: 'absolute' }>;
  const from = range.from as string;
  const back = week.range.kind === 'relative' && week.range.anchor === 'last' ? -1 : 0;
  const into = addDays(
    shiftDate(startOfUnit(today, 'week'), 'week', back),
    (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7,
  );
  return {
    ...days,
    range: { kind: 'absolute', from: into, to: addDays(into, daysBetween(from, range.to as string)) },
    compared: days.compared === true || week.compared === true ? true : undefined,
  };
}

/**
 * Days of the week said with the week they are of ("monday last week", "tuesday and wednesday this week", "monday
 * this week vs monday last week", "monday vs tuesday last week"): those days of that week, not the latest days of
 * their names. Each day takes the week said right after it; a week said once is that of every day.
 */
function withWeekSaid(mentions: readonly TimeMention[], today: string, text: string): TimeMention[] {
  if (mentions.some((mention) => mention.kind !== 'range')) return [...mentions];
  const ranges = mentions as readonly RangeMention[];
  if (!ranges.some(weekdaysSaid) || !ranges.some(weekSaid)) return [...mentions];
  const out: RangeMention[] = [];
  const used: RangeMention[] = [];
  const paired = new Set<RangeMention>();
  for (let at = 0; at < ranges.length; at += 1) {
    const mention = ranges[at] as RangeMention;
    const next = ranges[at + 1];
    const between = next ? text.slice(mention.start + mention.text.length, next.start) : '';
    if (weekdaysSaid(mention) && next && weekSaid(next) && !next.compared && /^\s*(?:of|,)?\s*$/.test(between)) {
      const moved = inWeek(mention, next, today);
      out.push(moved);
      paired.add(moved);
      used.push(next);
      at += 1;
    } else out.push(mention);
  }
  const weeks = out.filter(weekSaid);
  // The one week said, left over or taken by a day ("monday vs tuesday last week": that of both days).
  const week =
    weeks.length === 1 && used.length === 0 ? weeks[0] : weeks.length === 0 && used.length === 1 ? used[0] : undefined;
  if (!week || week.compared) return out;
  return out
    .filter((mention) => mention !== week)
    .map((mention) => (weekdaysSaid(mention) && !paired.has(mention) ? inWeek(mention, week, today) : mention));
}

/**
 * "2025: q3 vs q4", "2026, jan to mar vs 2025, jan to mar", "jan to mar 2026 vs 2025, jan to mar": each part of a
 * year takes the year said right beside it, and a year said once (before or after them all) is that of every part.
 */
function withTheirYears(mentions: readonly TimeMention[], text: string): TimeMention[] {
  if (mentions.length < 2 || mentions.some((mention) => mention.kind !== 'range')) return [...mentions];
  const ranges = mentions as readonly RangeMention[];
  if (!ranges.some(yearless) || !ranges.some((mention) => yearAlone(mention) !== null)) return [...mentions];
  // "2025: q3 vs q4": one year, said before or after every part, is the year of each.
  const single = ranges.filter((mention) => yearAlone(mention) !== null);
  const [once] = single;
  if (single.length === 1 && once && !once.compared && (ranges[0] === once || ranges.at(-1) === once)) {
    const parts = ranges.filter((mention) => mention !== once);
    if (parts.every(yearless)) return parts.map((part) => inYear(part, yearAlone(once) as number));
  }
  const joined = (left: RangeMention, right: RangeMention) =>
    /^\s*(?:[,:(]|and)?\s*$/.test(text.slice(left.start + left.text.length, right.start));
  const out: RangeMention[] = [];
  for (let at = 0; at < ranges.length; at += 1) {
    const mention = ranges[at] as RangeMention;
    const next = ranges[at + 1];
    if (next && joined(mention, next)) {
      const [part, year] = yearless(mention) ? [mention, yearAlone(next)] : [next, yearAlone(mention)];
      if (year !== null && yearless(part) && !(part === next ? next.compared : false)) {
        const compared = mention.compared === true || next.compared === true ? true : undefined;
        out.push({ ...inYear(part, year), start: mention.start, compared });
        at += 1;
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}

/**
 * "Across April, May and June", "jan, feb, mar": three or more periods listed one after another, each starting
 * where the one before ends, are one stretch of time.
 */
function joinedRuns(mentions: readonly TimeMention[], text: string): TimeMention[] {
  if (mentions.length < 3 || mentions.some((mention) => mention.kind !== 'range' || mention.compared))
    return [...mentions];
  const ranges = mentions as readonly RangeMention[];
  for (const [at, mention] of ranges.entries()) {
    const next = ranges[at + 1];
    if (!next) break;
    if (mention.range.kind !== 'absolute' || next.range.kind !== 'absolute') return [...mentions];
    if (mention.range.to === null || mention.range.to !== next.range.from) return [...mentions];
    if (!/^\s*(?:,|and|&|\+|,\s*and)?\s*$/.test(text.slice(mention.start + mention.text.length, next.start)))
      return [...mentions];
  }
  const [first] = ranges;
  const last = ranges.at(-1) as RangeMention;
  if (!first || first.range.kind !== 'absolute' || last.range.kind !== 'absolute') return [...mentions];
  return [{ ...first, range: { kind: 'absolute', from: first.range.from, to: last.range.to } }];
}

/**
 * "The second quarter vs the first", "h2 against h1", said in March: the earlier part of the same year as the
 * later one (Q2 2025 against Q1 2025), never this year's part still running against last year's.
 */
function earlierPartOfItsYear(mentions: readonly TimeMention[], today: string): TimeMention[] {
  const [later, earlier] = mentions;
  if (mentions.length !== 2 || later?.kind !== 'range' || earlier?.kind !== 'range' || !earlier.compared)
    return [...mentions];
  if (!yearless(later) || !yearless(earlier) || later.range.kind !== 'absolute' || earlier.range.kind !== 'absolute')
    return [...mentions];
  const [a, b] = [later.range.from as string, earlier.range.from as string];
  const running = earlier.range.to !== null && earlier.range.to > today;
  if (!(b > a) || !running || b.slice(5) >= a.slice(5)) return [...mentions];
  return [later, inYear(earlier, Number(a.slice(0, 4)))];
}
