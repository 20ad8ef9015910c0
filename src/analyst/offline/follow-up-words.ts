import type { Turn } from '../analyst.js';
import { entityOfTable, holdsPeople, PEOPLE_WORDS } from '../layer-words.js';
import { rowNoun, type Dimension, type LayerIndex, type Metric } from '../semantic-layer.js';
import {
  addDays,
  addMonths,
  daysBetween,
  resolveTimeRange,
  shiftDate,
  type QueryPlan,
  type TimeUnit,
} from '../plan.js';
import { escapeRegExp } from './ambiguity.js';
import { moneyMetricFor } from './layer-figures.js';
import { rateOfWord } from './shares.js';
import { longDate, namedDayInYear, namedDaySaid, scanTime } from './time-expressions.js';
import { spelledOut } from './spelled-out.js';
import { stem, type Vocabulary } from './vocabulary.js';

/** The plan of the latest answered turn, or null when none was answered. */
export function lastPlan(history: readonly Turn[]): QueryPlan | null {
  return history.findLast((turn) => turn.plan !== null)?.plan ?? null;
}

/** The rows the plan's first figure is of (its table's own thing: posts for likes, orders for revenue), if any. */
function rowsOfFigure(plan: QueryPlan | null | undefined, index: LayerIndex): Dimension | undefined {
  const metric = index.metric(plan?.metrics[0] ?? '');
  return metric ? index.dimension(entityOfTable(index.layer, metric.table) ?? '') : undefined;
}

/**
 * Follow-up words said in terms of the previous answer, spelled out before the question is read: "now as a rate"
 * (the figure's own rate), "compared to the same month last year" (the period asked before, a year earlier).
 */

/**
 * "Compared to the same month last year" after "orders last month": that month a year earlier, the period asked
 * before kept ("year over year"), not this month.
 */
export function sameTimeBefore(question: string, history: readonly Turn[], asked: string = question): string {
  return namedDayYearBefore(question, history) ?? sameTimeBeforeAsSaid(question, history, asked);
}

/**
 * "And the year before" after "revenue on black friday": Black Friday of the year before, a day of its own (never
 * the same date a year earlier, which was Thanksgiving), set beside it as one question would.
 */
function namedDayYearBefore(question: string, history: readonly Turn[]): string | null {
  if (
    !/^\s*(?:(?:and|what about|how about|vs|versus|compared (?:to|with)|against|same for)[, ]+)*(?:the )?(?:year before|a year (?:before|earlier|ago)|last year|previous year|prior year|same (?:day|time) (?:last year|a year (?:ago|earlier|before)))\s*[?.!]*$/i.test(
      question,
    )
  )
    return null;
  const turn = history.findLast((earlier) => earlier.plan !== null);
  const range = turn?.plan?.timeRange;
  if (!turn || range?.kind !== 'absolute' || range.from === null || range.to === null || turn.plan?.comparison)
    return null;
  const name = namedDaySaid(turn.question);
  const year = Number(range.from.slice(0, 4));
  const day = name === null ? null : namedDayInYear(name, year);
  if (name === null || day?.from !== range.from || day.to !== range.to) return null;
  return `${turn.question.trim().replace(/[?.!]+$/, '')} vs ${name} ${year - 1}`;
}

function sameTimeBeforeAsSaid(question: string, history: readonly Turn[], asked: string): string {
  // ("Same month last year" alone after "revenue feb 2026": February a year earlier, which the question read
  // alone, "this month vs the same month last year", would not be.)
  const thisOneSpelled =
    (lastPlan(history)?.timeRange.kind ?? 'all') !== 'all' && !/\bthis\b/i.test(asked)
      ? question.replace(/\bthis (week|month|quarter) vs the same \1 last year\b/i, 'yoy')
      : question;
  const sameTime = thisOneSpelled
    .replace(
      /\b(?:(?:vs|versus|compared (?:to|with)|compare (?:to|with)|against|stack up against|stacks up against) )?(?:the )?same (?:week|month|quarter|period|time|days) (?:last year|a year ago|a year earlier|a year before|one year (?:ago|earlier|before)|the year before|the previous year|the prior year)\b/i,
      'yoy',
    )
    // "Compared to the same day last week" after "revenue yesterday": that day a week before.
    .replace(
      /\b(?:the )?same (?:day|weekday) (?:last|the previous|the prior|a) (week|month)(?: (?:before|earlier|ago))?\b/i,
      'a $1 before',
    )
    .replace(/\b(?:the )?same day (?:last year|a year (?:ago|earlier|before))\b/i, 'yoy')
    // ("The same weekend last year": the same dates are other weekdays; read as "last year", which asks for them.)
    .replace(/^\s*(?:and )?(?:the )?same weekend (?:last year|a year (?:ago|earlier|before))\b/i, 'and last year')
    // "And last year same period", "last year's same stretch": the words the other way round.
    .replace(
      /\b(?:(?:vs|versus|compared (?:to|with)|against) )?last year(?:'s)?,? (?:(?:for|over|in|during) )?(?:the )?same (?:week|month|quarter|period|time|days|stretch)\b/i,
      'yoy',
    );
  const base = lastPlan(history);
  if (!base || base.timeRange.kind === 'all') return sameTime;
  // "Same for last year", "and last year?" after "revenue yesterday", "last 7 days" or "this month so far": the same
  // dates a year before, set beside them (never all of last year in their place); after a whole month or quarter,
  // or this year, "last year" is last year.
  const shortOrRunning =
    base.timeRange.kind === 'relative' &&
    base.timeRange.unit !== 'year' &&
    (base.timeRange.anchor === 'this' || base.timeRange.unit === 'day' || base.timeRange.unit === 'week');
  if (
    shortOrRunning &&
    /^\s*(?:(?:and|what about|how about|now)[, ]+)*(?:(?:the )?same(?: thing| figure| number| again)?,? (?:but )?(?:for|in) )?last year\s*[?.!]*$/i.test(
      question,
    )
  )
    return 'yoy';
  // "Same period last month" after "revenue mtd": this month so far against the same days of last month, as asked
  // in one question (never all of last month in its place).
  const sameDays =
    /^\s*(?:(?:and|what about|how about|vs|versus|compared (?:to|with)|against)[, ]+)*(?:the )?same (?:period|days|time|stretch) (?:last|the previous|the prior) (week|month|quarter)\s*[?.!]*$/i.exec(
      question,
    );
  const turn = history.findLast((earlier) => earlier.plan !== null);
  if (
    sameDays &&
    turn &&
    base.timeRange.kind === 'relative' &&
    base.timeRange.anchor === 'this' &&
    base.timeRange.unit === (sameDays[1] as string).toLowerCase()
  )
    return `${turn.question.trim().replace(/[?.!]+$/, '')} vs same period last ${base.timeRange.unit}`;
  // "Vs the year before", "and a year earlier" after "revenue last month": that month a year earlier, unless the
  // period asked before is a year (then the year before is just the previous period).
  const yearLong = base.timeRange.kind === 'relative' && base.timeRange.unit === 'year';
  return yearLong
    ? sameTime
    : sameTime.replace(
        /\b(?:vs|versus|compared (?:to|with)|against|and) (?:the year before|a year (?:before|earlier|ago))\s*[?.!]*$/i,
        'yoy',
      );
}

/**
 * "As a share" after "revenue by country last month": the question asked before, as a share ("revenue by country
 * last month as a share": each row's share of the total; after a total alone, which part is asked); never a figure
 * of its own ("shares" of posts).
 */
export function asShareOfTotal(question: string, history: readonly Turn[]): string {
  const asked =
    /^\s*(?:(?:and|now|ok|okay|so|can you|could you|please|pls)[, ]+)*(?:(?:show|give|put|make|see) (?:it|that|them|this|those|these)(?: to me)? )?(?:as|in) (?:a |an )?(?:shares?|%|percentages?|percent|pct|proportions?)(?: of (?:the )?(?:total|whole))?\s*[?.!]*$|^\s*(?:(?:and|now|so) )?(?:each (?:one|row)'?s )?(?:share|%|percentage) of (?:the )?total\s*[?.!]*$/i.test(
      question,
    );
  if (!asked) return question;
  const turn = history.findLast((earlier) => earlier.plan !== null);
  if (!turn?.plan || turn.plan.share) return question;
  return `${turn.question.trim().replace(/[?.!]+$/, '')} as a share`;
}

/**
 * "What share came from TikTok", "what % is the Pro plan" after "total reach last quarter": the question asked
 * before, as the part's share of its whole; "what % of all orders is that" after "cancelled orders in 2025": the
 * figure asked before as a share of all of it. Never the part alone with the share dropped.
 */
export function shareOfPart(question: string, history: readonly Turn[], today: string): string {
  const turn = history.findLast((earlier) => earlier.plan !== null);
  if (!turn?.plan || turn.plan.share) return question;
  const before = turn.question.trim().replace(/[?.!]+$/, '');
  const part =
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?(?:what|how much|which) (?:share|%|percent|percentage|pct|proportion|fraction|portion|slice|part) (?:of (?:it|that|this|them|those|the total|the whole|(?:the |all |total )?[a-z]+(?: [a-z]+)?) )?(?:(?:is|was|are|were|came|comes|come|went|goes)(?: (?:from|to|for))?|from) (?!that\b|this\b|it\b)(.+?)\s*[?.!]*$/i.exec(
      question,
    ) ??
    // "How much of that was TikTok Shop as a percentage": the same, said the other way round.
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?how much of (?:it|that|this) (?:is|was|came from|comes from) (.+?) (?:as a (?:percentage|percent|share)|in percent|percentage-wise)\s*[?.!]*$/i.exec(
      question,
    );
  // ("What share came from January" after a monthly series: a period is no part of a share.)
  if (part && scanTime((part[1] as string).toLowerCase(), today).mentions.length > 0) return question;
  if (part) return `share of ${before} from ${part[1] as string}`;
  const whole =
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?(?:what|how much|which) (?:share|%|percent|percentage|pct|proportion|fraction|portion|part) of (?:all|the total|total|all the|all our|all my)? ?(.+?) (?:is|was|are|were|does|did) (?:that|this|it|those|these)(?: make up| represent| account for)?\s*[?.!]*$/i.exec(
      question,
    );
  if (whole) return `${before} as a share of all ${whole[1] as string}`;
  return question;
}

/**
 * "And the December before" after "revenue in December": that month of the year before the one talked about
 * ("december 2024"), never the same month again. Also quarters and halves ("the q4 before").
 */
export function partOfYearBefore(question: string, history: readonly Turn[], today: string): string {
  const match =
    /\b(?:the )?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]) (?:before|prior|previous|earlier)(?: (?:that|it|this|that one))?\b/i.exec(
      question,
    );
  const base = lastPlan(history);
  if (!match || !base || base.timeRange.kind === 'all') return question;
  const span = resolveTimeRange(base.timeRange, today);
  if (span.from === null) return question;
  // The latest one that starts before the period talked about: the February before March 2025 is February 2025,
  // the December before December 2025 is December 2024.
  const year = Number(span.from.slice(0, 4));
  const said = (match[1] as string).toLowerCase();
  const startsIn = (y: number) => scanTime(`${said} ${y}`, today).mentions.find((mention) => mention.kind === 'range');
  const sameYear = startsIn(year);
  const from = sameYear?.kind === 'range' && sameYear.range.kind === 'absolute' ? sameYear.range.from : null;
  return question.replace(match[0], `${match[1] as string} ${from !== null && from < span.from ? year : year - 1}`);
}

/**
 * "How many of them bought this year" after "how many customers from Canada": those people who bought, the
 * filters kept ("customers who bought"), never the count asked before with the verb dropped.
 */
export function peopleWhoDid(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /\b(?:how many of (?:them|those|these)|of (?:them|those|these),? how many)(?: people)? (bought|ordered|purchased|shopped|paid)\b/i.exec(
      question,
    );
  const base = lastPlan(history);
  const metric = index.metric(base?.metrics[0] ?? '');
  if (!match || !metric || !metric.aggregation.startsWith('count')) return question;
  // ("How many of them bought" after "new customers last quarter": those who joined then and bought, which one
  // period cannot say; never everyone who bought then.)
  if (/^created/.test(metric.time.column) && base?.timeRange.kind !== 'all') return question;
  const people = rowsOfFigure(base, index);
  if (!people) return question;
  // ("And …": the rest of the question asked before stays, its country or plan.)
  return question.replace(match[0], `and how many ${people.plural.toLowerCase()} who ${match[1] as string}`);
}

/**
 * "How many were from new customers" after "orders last month": the same figure, of the people who are new, asked
 * as the question before with those people said ("orders last month from new customers", which says what "new"
 * can mean); never a count of the new people in place of the figure asked about.
 */
export function figureFromNewPeople(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match = new RegExp(
    `^\\s*(?:(?:and|so|ok|okay|but)[, ]+)?(?:how many|how much|what share|what %|what percent(?:age)?)(?: of (?:them|those|these|it|that))? (?:were|was|is|are|came|come|come in|came in)(?: in)? (?:from|by|to) (?:the |our |my )?(new|first[- ]time) (${PEOPLE_WORDS})\\s*[?.!]*$`,
    'i',
  ).exec(question);
  const turn = history.findLast((said) => said.plan !== null);
  const figure = index.metric(turn?.plan?.metrics[0] ?? '');
  if (!match || !turn || !figure) return question;
  // (After a count of the people themselves, "how many were new" is theirs to answer as asked.)
  const table = index.layer.tables.find((candidate) => candidate.name === figure.table);
  if (table && holdsPeople(table)) return question;
  return `${turn.question.replace(/\s*[?.!]+\s*$/, '')} from ${match[1] as string} ${match[2] as string}`;
}

/**
 * "Now only German buyers, please", "keep only buyers from Canada" after paid orders by sales channel: the same figure for those people's rows
 * ("only German"), never a switch to counting the people, when the figure before counted something else.
 */
export function onlyOfPeople(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match = new RegExp(
    `^(\\s*(?:(?:and|but|now|ok|okay|so|then)[, ]+)*(?:only|just|filter to|limit (?:it |that )?to|restrict (?:it |that )?to) (?:the |our |my )?)([a-z]+(?: [a-z]+)?) (?:${PEOPLE_WORDS})\\b`,
    'i',
  ).exec(question);
  // "Keep only buyers from Canada", "just the customers in France": the same, the place after them.
  const after = new RegExp(
    `^(\\s*(?:(?:and|but|now|ok|okay|so|then)[, ]+)*(?:only|just|filter to|limit (?:it |that )?to|restrict (?:it |that )?to) )(?:the |our |my )?(?:${PEOPLE_WORDS}) (?=(?:from|in|based in|located in|living in|who live in|who are in) )`,
    'i',
  ).exec(question);
  // "Canadian buyers only": the same, "only" said last.
  const last = new RegExp(
    `^\\s*(?:(?:and|but|now|ok|okay|so|then)[, ]+)*(?:the |our |my )?([a-z]+(?: [a-z]+)?) (?:${PEOPLE_WORDS}) (?:only|alone)\\s*[?.!]*\\s*$`,
    'i',
  ).exec(question);
  const shown = index.metric(lastPlan(history)?.metrics[0] ?? '');
  if (last && shown && shown.aggregation !== 'count_distinct') return `only ${last[1] as string}`;
  if ((!match && !after) || !shown || shown.aggregation === 'count_distinct') return question;
  if (!match && after) return `${after[1] as string}${question.slice(after[0].length)}`;
  if (!match) return question;
  return `${match[1] as string}${match[2] as string}${question.slice(match[0].length)}`;
}

/**
 * "How much were they worth", "how much did they total", "and in dollars?" after a count or list of rows (invoices
 * in June): the money of those same rows, the figure of their own table that sums money ("and amount billed").
 */
export function worthOfRows(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /^\s*(?:(?:and|so|ok|okay)[, ]+)?(?:how much (?:were|was|are|is|did) (?:they|those|these|them|that|it|those ones) (?:worth|total|come to|add up to|amount to)|what (?:was|were|is|are) (?:they|those|these) worth|what (?:was|is) (?:the|their) total(?: amount| value)?(?: (?:of|for) (?:those|them|these|that|all of them|all of those)(?: ones)?)?|(?:the )?total (?:of|for) (?:those|them|these|that)|what do (?:they|those) add up to|how much in total|(?:what about |how about )?(?:in|as) (?:dollars|dollar terms|\$|money|value|revenue)(?: terms)?)(?: in total| altogether| all together| combined| overall)?\s*[?.!]*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const counted = index.metric(base?.metrics[0] ?? '');
  // ("Total amount", "what's the sum" after one count of rows: their money; after a breakdown, "total" is overall.)
  const summed =
    base?.dimensions.length === 0 &&
    base.grain === null &&
    /^\s*(?:(?:and|so|ok|okay)[, ]+)?(?:what(?:'s| is|s) )?(?:the )?(?:total (?:amount|value|dollars|\$)|sum(?: (?:amount|value|dollars|\$))?)(?: of (?:it|them|those|these))?\s*[?.!]*$/i.test(
      question,
    );
  if ((!match && !summed) || !counted || !counted.aggregation.startsWith('count')) return question;
  const money = index.metric(moneyMetricFor(counted.table, index) ?? '');
  // ("How much in total" after the rows listed: what they come to together, never each one's.)
  const listed =
    (base?.dimensions.length ?? 0) > 0 && /\b(?:in total|altogether|all together|combined|overall)\b/i.test(question);
  if (money && listed) return `${money.label.toLowerCase()} in total`;
  return money ? `and ${money.label.toLowerCase()}` : question;
}

/** A calendar unit as the adverb of its period: "monthly" for a month. */
const GRAIN_ADVERBS: Readonly<Record<string, string>> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

/**
 * "What's the average" after "revenue by month this year", "average per month?" after "revenue this year": the
 * figure's average per period (the series' period, or the one said), over the same span; null when it is not that.
 */
function averagePerPeriod(question: string, history: readonly Turn[], index: LayerIndex): string | null {
  const match =
    /^\s*(?:(?:and|so|ok|okay|now|what about|how about)[, ]+)*(?:what(?:'s| is| was| were) )?(?:the )?(?:(daily|weekly|monthly|quarterly|yearly) )?(?:average|avg|mean)(?: (?:per|a|each|every) (day|week|month|quarter|year))?\s*[?.!]*\s*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const metric = index.metric(base?.metrics[0] ?? '');
  if (!match || !base || !metric || base.metrics.length !== 1 || base.dimensions.length > 0) return null;
  if (!/^(?:sum|count)$/.test(metric.aggregation)) return null;
  const said = match[1]?.toLowerCase() ?? GRAIN_ADVERBS[match[2]?.toLowerCase() ?? base.grain ?? ''];
  return said === undefined ? null : `average ${said} ${metric.label.toLowerCase()}`;
}

/**
 * "Per customer?" after "revenue last month", "per invoice" after "billed by plan": the figure talked about, per
 * one of those things, the breakdown kept (said again, so the new figure is split as the old one was).
 */
export function perThingOf(question: string, history: readonly Turn[], index: LayerIndex): string {
  const averaged = averagePerPeriod(question, history, index);
  if (averaged !== null) return averaged;
  const match =
    /^\s*(?:(?:and|so|ok|okay|now|what about|how about)[, ]+)*(?:(?:the |an? )?(?:average|avg|mean) )?(?:per|for each|for every) ([a-z]+)\s*[?.!]*\s*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const metric = index.metric(base?.metrics[0] ?? '');
  if (!match || !base || !metric || base.metrics.length !== 1 || !/^(?:sum|count)$/.test(metric.aggregation))
    return question;
  const by = base.dimensions.flatMap((name) => index.dimension(name)?.label.toLowerCase() ?? []);
  return `what about ${metric.label.toLowerCase()} per ${match[1] as string}${by.length > 0 ? ` by ${by.join(' and ')}` : ''}`;
}

/**
 * "Which one made the least" after "gross profit by category": the rows just broken down, by the figure talked
 * about ("made" only says how much of it), never a new question about the money of orders.
 */
export function whichOneOfThem(question: string, history: readonly Turn[], index: LayerIndex): string {
  const base = lastPlan(history);
  if (!base) return question;
  // "Instagram vs TikTok likes last month" >> "which one is bigger": the comparison just made answers it (its leader
  // first), asked again as it was.
  const last = history.at(-1);
  if (
    base.comparison?.kind === 'values' &&
    last?.plan === base &&
    /^\s*(?:and |so |ok )?(?:which|what|who)(?: one)?(?: of (?:them|the two|those|these))? (?:is|was|did|had|has|got|made|came out) (?:the )?(?:bigger|higher|larger|better|more|most|best|greater|ahead|on top)\b[^,;]*?\s*[?.!]*\s*$/i.test(
      question,
    )
  )
    return last.question;
  // "Likes on my instagram posts last week" >> "which one got the most": the posts named there, each ranked (the
  // total has no rows to pick one from).
  if (base.dimensions.length === 0) {
    // "How many hoodies did we sell" >> "which one sold the most": which hoodie, the kind named, each one ranked.
    const kind = base.filters
      .filter((filter) => filter.operator === 'in' && (filter.labels?.length ?? 0) > 1)
      .map((filter) => new Set(filter.labels?.map((label) => label.trim().split(/\s+/).at(-1)?.toLowerCase())))
      .find((last) => last.size === 1);
    const [word] = kind ?? [];
    if (word !== undefined)
      return question.replace(/^(\s*(?:and |so )?which) (?:one|of (?:them|those|these))\b/i, `$1 ${word}`);
    const rows = rowsOfFigure(base, index);
    // ("How many invoices in june" >> "how much were they worth" >> "which was the biggest": the rows named in the
    // turns the figure was carried through.)
    const said = history
      .slice(-2)
      .map((turn) => turn.question.toLowerCase())
      .join(' ');
    const noun = rows ? rowNoun(rows).toLowerCase() : '';
    if (!rows || noun === '' || !new RegExp(`\\b${escapeRegExp(noun)}s?\\b`).test(said)) return question;
    // ("Products under $25" >> "which of them sold best": which product of those, said as a follow-up so the
    // condition the rows were picked by stays.)
    return question.replace(
      /^(\s*(?:and |so )?which)(?: one| of (?:them|those|these)\b|(?= (?:was|is|were|sold|had|got|made|did|performed) (?:the )?(?:biggest|largest|highest|smallest|lowest|top|best|worst|most|least|fewest)\b))/i,
      (_: string, which: string) =>
        `${/^\s*(?:and|so) /i.test(which) || (base.conditions ?? []).length === 0 ? which : which.replace(/^(\s*)/, '$1and ')} ${noun}`,
    );
  }
  return (
    question
      .replace(
        /^(\s*(?:and |so )?(?:which|what) (?:one|of (?:them|those|these)|of the [a-z]+)) (?:made|earned|brought in|generated|pulled in|did|got) (?:the )?(least|most|best|worst)\b/i,
        '$1 had the $2',
      )
      // "Which one is bigger", "which is higher overall": by the figure shown, the one with the most of it.
      .replace(
        /^(\s*(?:and |so )?(?:which|what)(?: one| of (?:them|those|these|the two))?) (?:is|was|are|were) (?:the )?(bigger|higher|larger|greater|biggest|highest|largest|smaller|lower|smallest|lowest)\b(?: (?:one|overall|of the two))?/i,
        (_: string, which: string, size: string) =>
          `${/^which$|^what$/i.test(which.trim()) ? `${which} one` : which} had the ${/^(?:small|low)/i.test(size) ? 'least' : 'most'}`,
      )
  );
}

/**
 * "Which is better", "compare the two" after "instagram engagement last month" then "and tiktok": the two values
 * asked about in turn, side by side ("Instagram vs TikTok"), the rest of the question as it stands; after two
 * periods in turn, the later one against the earlier.
 */
export function compareTheTwo(question: string, history: readonly Turn[], index: LayerIndex, today: string): string {
  const best = bestOfThoseAsked(question, history, index, today);
  if (best !== null) return best;
  const match =
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?(?:which (?:one )?(?:is|was|did|does|has|had) (?:better|best|more|higher|bigger|the most|the higher|the better)|which (?:one )?(?:won|wins|came out ahead)|compare (?:the|those|these|them|both)(?: two| 2)?|(?:how|so how) do (?:they|the two|both) compare|who won)\s*[?.!]*\s*$/i.exec(
      question,
    );
  // "Which got more engagement per post" after "posts on tiktok last month" then "and instagram?": the two values in
  // turn, compared by the figure named now.
  const figure =
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?which (?:one )?(?:got|gets|had|has|did|does|drove|drives|made|makes|brought in|saw|sees) (?:more|higher|better|bigger|the most|the higher|the better|a higher|a better|a bigger) ([a-z][a-z ]*?)\s*[?.!]*\s*$/i.exec(
      question,
    );
  const [before, last] = history.slice(-2).map((turn) => turn.plan);
  if (figure && before && last) {
    const values = valuesInTurn(before, last, index);
    const rest = (plan: QueryPlan) => apartFromValues({ ...plan, metrics: [] });
    if (values === null || rest(before) !== rest(last)) return question;
    // (A new figure makes a new question: the period talked about is said with it.)
    const span = last.timeRange.kind === 'all' ? null : resolveTimeRange(last.timeRange, today);
    const period = span?.from ? ` from ${longDate(span.from)} to ${longDate(addDays(span.to, -1))}` : '';
    return `${figure[1] as string}, ${values[0]} vs ${values[1]}${period}`;
  }
  if (!match || !before || !last || JSON.stringify(before.metrics) !== JSON.stringify(last.metrics)) return question;
  // "Refunds last month" then "and the month before that": the two periods, the later one against the earlier.
  const apart = (plan: QueryPlan) => JSON.stringify({ ...plan, timeRange: null });
  if (apart(before) === apart(last) && before.comparison === null && before.grain === null) {
    const [a, b] = [resolveTimeRange(before.timeRange, today), resolveTimeRange(last.timeRange, today)];
    if (a.from === null || b.from === null || a.from === b.from) return question;
    const said = (span: { from: string | null; to: string }) =>
      `from ${longDate(span.from ?? '')} to ${longDate(addDays(span.to, -1))}`;
    const [later, earlier] = a.from > b.from ? [a, b] : [b, a];
    return `${said(later)} vs ${said(earlier)}`;
  }
  const values = valuesInTurn(before, last, index);
  return values === null ? question : `${values[0]} vs ${values[1]}`;
}

/**
 * "Which was biggest" after "instagram shop revenue in january" >> "what about the website" >> "and tiktok shop":
 * the one of every value asked in turn that leads on the figure, over the period talked about (never the last value
 * alone, repeated as if it won).
 */
function bestOfThoseAsked(question: string, history: readonly Turn[], index: LayerIndex, today: string): string | null {
  const asked =
    /^\s*(?:(?:and|so|ok|okay|now)[, ]+)?which (?:one |of them |of those |of these )?(?:is|was|did|does|has|had|got|made|came out) (?:the )?(biggest|highest|largest|greatest|best|most|top|strongest|lowest|smallest|worst|least|weakest|fewest)\b\s*[?.!]*\s*$/i.exec(
      question,
    );
  if (!asked) return null;
  const turns = history.filter((turn) => turn.plan !== null);
  const last = turns.at(-1)?.plan;
  if (!last || last.comparison !== null || last.grain !== null || last.dimensions.length > 0) return null;
  const dimensionName = valuesPicked(last)[0]?.dimension;
  const dimension = index.dimension(dimensionName ?? '');
  if (!dimension || valuesPicked(last).length !== 1) return null;
  const labels: string[] = [];
  for (const turn of [...turns].reverse()) {
    const plan = turn.plan as QueryPlan;
    const [filter, ...more] = valuesPicked(plan);
    if (!filter || more.length > 0 || filter.dimension !== dimensionName) break;
    if (apartFromValues(plan) !== apartFromValues(last)) break;
    const label = dimension.values.find((known) => known.value === filter.values[0])?.label;
    if (label === undefined || filter.values.length !== 1) break;
    if (!labels.includes(label)) labels.unshift(label);
  }
  if (labels.length < 2) return null;
  const metric = index.metric(last.metrics[0] ?? '');
  if (!metric || last.metrics.length !== 1) return null;
  const span = last.timeRange.kind === 'all' ? null : resolveTimeRange(last.timeRange, today);
  const period = span?.from ? ` from ${longDate(span.from)} to ${longDate(addDays(span.to, -1))}` : '';
  const low = /^(?:lowest|smallest|worst|least|weakest|fewest)$/i.test(asked[1] as string);
  const listed = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) as string}`;
  return `which of ${listed} had the ${low ? 'least' : 'most'} ${metric.label.toLowerCase()}${period}`;
}

/**
 * "Combined?", "both together" after "sales from the uk in feb" then "and germany?": the two values in turn, added
 * together, as "sales from the uk in feb and Germany combined" (never every value, the filter dropped).
 */
export function bothTogether(question: string, history: readonly Turn[], index: LayerIndex): string {
  const asked =
    /^\s*(?:(?:and|so|ok|okay|now|what about|how about)[, ]+)*(?:(?:what(?:'s| is| are) )?(?:the )?)?(?:(?:both|the two|them|those|these)(?: of them)? )?(?:combined|together|added together|added up|put together|altogether|summed)(?: total)?\s*[?.!]*\s*$/i.test(
      question,
    ) ||
    /^\s*(?:(?:and|so|ok|okay)[, ]+)?(?:the )?(?:combined|total) (?:for|of) (?:both|the two|them)\s*[?.!]*\s*$/i.test(
      question,
    );
  const turns = history.filter((turn) => turn.plan !== null).slice(-2);
  const [first, second] = turns;
  if (!asked || !first?.plan || !second?.plan) return question;
  const values = valuesInTurn(first.plan, second.plan, index);
  if (values === null || apartFromValues(first.plan) !== apartFromValues(second.plan)) return question;
  return `${first.question.trim().replace(/[?.!]+$/, '')} and ${values[1]} combined`;
}

/** The values a plan is filtered to ("only tiktok"): what one of several turns asked in turn changes. */
function valuesPicked(plan: QueryPlan): QueryPlan['filters'] {
  return plan.filters.filter((filter) => filter.operator === 'eq');
}

/** All of a plan but the values it is filtered to, to compare turns that asked the same of other values. */
function apartFromValues(plan: QueryPlan): string {
  return JSON.stringify({ ...plan, filters: plan.filters.filter((filter) => filter.operator !== 'eq') });
}

/**
 * The two values of one dimension two plans were filtered to in turn ("tiktok", then "instagram"), as labels, each
 * plan's only equality filter; null when they are not that.
 */
function valuesInTurn(before: QueryPlan, last: QueryPlan, index: LayerIndex): [string, string] | null {
  const [a, b] = [valuesPicked(before), valuesPicked(last)];
  if (a.length !== 1 || b.length !== 1 || a[0]?.dimension !== b[0]?.dimension) return null;
  const dimension = index.dimension(a[0]?.dimension ?? '');
  const label = (value: string | undefined) => dimension?.values.find((known) => known.value === value)?.label;
  const [first, second] = [label(a[0]?.values[0]), label(b[0]?.values[0])];
  return first === undefined || second === undefined || first === second ? null : [first, second];
}

/**
 * "Count them", "how many were there again" after the money of some rows ("invoices over $50 >> how much money is
 * that"): how many of those rows, by the noun of the rows the figure or its bound is on, never which figure.
 */
export function countOfThem(question: string, history: readonly Turn[], index: LayerIndex): string {
  const base = lastPlan(history);
  const match =
    /^\s*(?:(?:and|ok|okay|so|now|then)[, ]+)*(?:count them(?: up)?|how many (?:were there|are there|was that|is that|of them were there)|how many was it)(?: again)?\b(.*)$/i.exec(
      question,
    );
  if (!match || !base) return question;
  const rows = index.dimension(base.conditions?.[0]?.dimension ?? '') ?? rowsOfFigure(base, index);
  return rows ? `and how many ${rowNoun(rows)}s${match[1] as string}` : question;
}

/** The comparison word of each operator, as a bound is said. */
const BOUND_WORDS: Readonly<Record<string, string>> = { gt: 'over', gte: 'at least', lt: 'under', lte: 'at most' };

/**
 * "Make it $200", "change that to 1000", "try 300" after a question with one bound: the same bound, moved to that
 * amount ("over $200 instead").
 */
function newBound(question: string, base: QueryPlan | null): string {
  const conditions = base?.conditions ?? [];
  const match =
    /^\s*(?:(?:and|but|now|ok|okay|so)[, ]+)*(?:make (?:it|that|this)|change (?:it|that|this) to|set (?:it|that|the bound) to|try|what about|how about) ([$£€]?\s?\d[\d,.]*k?(?: ?(?:dollars|bucks|usd))?)(?: instead)?\s*[?.!]*\s*$/i.exec(
      question,
    );
  const word = BOUND_WORDS[conditions[0]?.operator ?? ''];
  return match && conditions.length === 1 && word ? `${word} ${match[1] as string} instead` : question;
}

/**
 * "For orders over $100" after "aov in the US last month", "and under $100" after "only orders over $100": a bound
 * on the rows alone, the figure talked about kept (said as "only orders under $100", which replaces an earlier
 * bound on the same rows); never a count of those rows, nor a list of them.
 */
export function boundOnly(question: string, history: readonly Turn[], index: LayerIndex): string {
  const base = lastPlan(history);
  const match =
    /^\s*(?:(?:and|but|now|ok|okay|so|what about|how about)[, ]+)*(?:(?:for|only|just|with) )?(?:the )?(?:([a-z]+s) )?((?:over|under|above|below|less than|more than|at least|at most|greater than|fewer than) [$£€]?\s?\d[\d,.]*k?)(?: ?(?:dollars|bucks|usd))?(?: (?:ones|only|instead))?\s*[?.!]*\s*$/i.exec(
      newBound(question, base),
    );
  if (!match || !base) return question;
  // "More than $150" after "subscribers billed more than $300": each row of the breakdown by the figure shown.
  const shown = index.metric(base.metrics[0] ?? '');
  const each = index.dimension(base.dimensions[0] ?? '');
  // ("Under $50" after "orders over $200 by country": the bound on the orders moved, never one on each country.)
  const onRows = base.conditions?.find((condition) => !base.dimensions.includes(condition.dimension));
  if (!onRows && base.dimensions.length === 1 && base.grain === null && match[1] === undefined && shown && each)
    return `only ${each.plural.toLowerCase()} whose ${shown.label.toLowerCase()} ${match[2] as string}`;
  if (!onRows && base.dimensions.length > 0) return question;
  const rows = index.dimension(onRows?.dimension ?? base.conditions?.[0]?.dimension ?? '') ?? rowsOfFigure(base, index);
  const noun = match[1] ?? (rows ? `${rowNoun(rows)}s` : null);
  return noun === null ? question : `only ${noun} ${match[2] as string}`;
}

/**
 * "Drop email and direct", "remove the refunded ones" after an answer: those rows left out ("without email and
 * direct"), never kept alone, and never read as a request to change the data.
 */
export function leaveOut(question: string, history: readonly Turn[]): string {
  if (!history.some((turn) => turn.plan !== null)) return question;
  const left = question.replace(
    /^(\s*(?:(?:and|now|ok|okay|so|then|but|please|pls|can you|could you)[, ]+)*)(?:drop|remove|take out|leave out|exclude|hide|lose|get rid of|ignore|skip|filter out|cut out|take away)\b(?! (?:the |that |those |these |this |any |all )?(?:filters?|restrictions?)\b)/i,
    '$1without',
  );
  // ("Drop us and gb": the countries' codes, never the pronoun.)
  return left === question ? question : left.replace(/\b(us|uk|gb)\b/g, (code) => code.toUpperCase());
}

/**
 * "Without open invoices" after "billed ytd": the noun of the rows after the values left out only says which rows,
 * never a new figure (their count); the figure asked before stays.
 */
export function rowsLeftOut(question: string, history: readonly Turn[], vocabulary: Vocabulary): string {
  if (lastPlan(history) === null) return question;
  const match =
    /^(\s*(?:(?:and|now|ok|okay|so|then|but)[, ]+)*(?:without|excluding|excl|except|minus|not counting|other than|leaving out) (?:the |any |all )?(?:[a-z]+ ){1,3}?)([a-z]+)\s*([?.!]*)\s*$/i.exec(
      question,
    );
  if (!match || !vocabulary.rowNouns.has(stem((match[2] as string).toLowerCase()))) return question;
  return `${(match[1] as string).trimEnd()}${match[3] as string}`;
}

/**
 * "Drop the filter", "remove the filters", "without the filter" after an answer with filters: every value of each
 * dimension filtered before ("all sales channels"), the rest kept.
 */
export function dropTheFilters(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /\b(?:drop|remove|clear|lose|take off|take out|get rid of|ignore|without|no) (?:the |that |those |these |this |any |all )?(?:filters?|restrictions?)\b/i.exec(
      question,
    );
  if (!match) return question;
  const base = lastPlan(history);
  const dimensions = (base?.filters ?? []).map((filter) => index.dimension(filter.dimension));
  if (dimensions.length === 0 || dimensions.some((dimension) => dimension === undefined)) return question;
  const every = dimensions.map((dimension) => `all ${dimension?.plural.toLowerCase() ?? ''}`).join(' and ');
  return question.replace(match[0], every);
}

/**
 * "All instagram posts" ("forget reels, all instagram posts") after Instagram reels' engagement: the rows of the
 * figure's own table, every value of each filter the words no longer name ("all media types"), the others kept;
 * never a count of those rows.
 */
export function allOfTheRows(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /^\s*(?:(?:and|ok|okay|now|so)[, ]+)?(?:all|every one of|all of) (?:my |our |the )?((?:[a-z]+ ){0,3}?)([a-z]+s)\s*(?:instead|please|pls)?\s*[?.!]*\s*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const rows = rowsOfFigure(base, index);
  if (!match || !base || !rows || `${rowNoun(rows)}s` !== (match[2] as string).toLowerCase()) return question;
  const words = (match[1] as string).toLowerCase();
  const named = (value: { label: string; synonyms: readonly string[] }) =>
    [value.label, ...value.synonyms].some((word) =>
      new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`).test(words),
    );
  const dropped = base.filters.flatMap((filter) => {
    const dimension = index.dimension(filter.dimension);
    const values = dimension?.values.filter((value) => filter.values.includes(value.value)) ?? [];
    return dimension && values.length > 0 && !values.some(named) ? [`all ${dimension.plural.toLowerCase()}`] : [];
  });
  return dropped.length === 0 ? question : dropped.join(' and ');
}

/**
 * "Billing the week of June 16 vs the week after": the span of that length that follows the period said, as
 * dates; never the period alone with the comparison dropped.
 */
export function periodAfter(question: string, today: string): string {
  const match =
    /\b(vs\.?|versus|compared (?:to|with)|against) (?:the )?(?:(\d+) )?(day|week|month|quarter|year)s? (?:after|following)(?: (?:that|it|this|that one))?\b/i.exec(
      question,
    );
  if (!match) return question;
  const said = scanTime(question.replace(match[0], ' ').toLowerCase(), today).mentions.find(
    (mention) => mention.kind === 'range',
  );
  if (said?.kind !== 'range') return question;
  const span = resolveTimeRange(said.range, today);
  const to = shiftDate(span.to, (match[3] as string).toLowerCase() as TimeUnit, Number(match[2] ?? 1));
  if (span.to >= today) return question;
  return question.replace(match[0], `${match[1] as string} ${span.to} through ${addDays(to, -1)}`);
}

/**
 * "Through february", "until feb 15" after "revenue in january": the period before, running on to that day, from
 * the day it started (never all time up to then); the question as it is when nothing before had a start.
 */
export function endMovedOnly(question: string, history: readonly Turn[], today: string): string {
  const match =
    /^\s*(?:(?:and|now|ok|okay|so|then|but|extend (?:it|that)|stretch (?:it|that))[, ]+)*(?:all the way |right )?(?:through|thru|until|till|up to|up until|to) ((?!(?:date|today|now)\b).+?)\s*[?.!]*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  if (!match || !base || base.timeRange.kind === 'all' || base.comparison !== null) return question;
  // (Only a day or a period after the word: "to canada" moves no end.)
  const end = spelledOut(match[1] as string).toLowerCase();
  if (!scanTime(end, today).mentions.some((mention) => mention.kind === 'range') && !/\bmid\b/.test(end))
    return question;
  const span = resolveTimeRange(base.timeRange, today);
  if (span.from === null) return question;
  return `from ${span.from} through ${match[1] as string}`;
}

/**
 * "The week after", "next month", "same thing for the month after" after "billed in the week of June 16" or "in
 * July": the span of that length that
 * follows the period talked about, as dates (up to the last day with data); never the same period again, nor a
 * forecast. Left as it is when the period talked about runs to today. "Previous month": the one before it;
 * "previous 30 days": the 30 before it.
 */
export function nextPeriodOf(question: string, history: readonly Turn[], today: string): string {
  const match =
    /^\s*(?:(?:and|what about|how about|now|ok|okay|then|so)[, ]+)*(?:(?:the )?same(?: thing| figure| number| count| again)?,?(?: but)? )?(?:(?:for|in|over|during) )?(?:the )?(?:(?:(\d+) )?(day|week|month|quarter|year)s? (?:after|following)(?: (?:that|it|this|that one))?|(?:following|next) (day|week|month|quarter|year))\s*[?.!]*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  if (!base || base.timeRange.kind === 'all' || base.comparison !== null) return question;
  // ("Previous month" after "invoices last month": the one before it, as "the month before" is.)
  const previous =
    /^\s*(?:(?:and|what about|how about|now|ok|okay|then|so)[, ]+)*(?:(?:the )?same(?: thing| figure| number| count| again)?,?(?: but)? )?(?:(?:for|in|over|during) )?(?:the )?(?:previous|prior|preceding) (?:(\d+) )?(day|week|month|quarter|year)s?\s*[?.!]*$/i.exec(
      question,
    );
  // ("Previous 30 days" after "rev last 30 days": the 30 days before them.)
  if (previous && previous[1] !== undefined)
    return `and the ${previous[1]} ${(previous[2] as string).toLowerCase()}s before that`;
  if (previous) return `and the ${(previous[2] as string).toLowerCase()} before`;
  const span = resolveTimeRange(base.timeRange, today);
  if (!match || span.to >= today) return question;
  const unit = (match[2] ?? match[3] ?? 'day').toLowerCase() as TimeUnit;
  const to = shiftDate(span.to, unit, Number(match[1] ?? 1));
  const last = addDays(to < today ? to : today, -1);
  return `and ${span.to} through ${last}`;
}

/**
 * "And the most expensive" after "cheapest product": the same rows at the other end ("the most expensive
 * product"), never a word read on its own.
 */
export function otherEndOf(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /^\s*(?:(?:and|what about|how about|now|ok|okay|so)[, ]+)*(?:the )?((?:most|least) [a-z]+|[a-z]+est)\s*[?.!]*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const rows = index.dimension(base?.dimensions[0] ?? '');
  if (!match || !base || base.dimensions.length !== 1 || base.limit === null || !rows) return question;
  return `and the ${match[1] as string} ${rowNoun(rows).toLowerCase()}`;
}

/**
 * "List invoices from June", "show me the invoices from june" after "top 5 invoices last quarter": every one of them,
 * never the top 5 kept from before (said as "list all invoices from june").
 */
export function listedInFull(question: string, history: readonly Turn[], index: LayerIndex): string {
  const base = lastPlan(history);
  const rows = index.dimension(base?.dimensions[0] ?? '');
  if (base?.limit == null || !rows) return question;
  // (Only the rows ranked, named again: "show me their reach" stays a figure of those rows.)
  const nouns = [`${rowNoun(rows).toLowerCase()}s`, rows.plural.toLowerCase()].map(escapeRegExp).join('|');
  return question.replace(
    new RegExp(
      `^(\\s*(?:(?:and|now|ok|okay|so|then)[, ]+)?(?:list|show(?: me)?|give me|pull up))\\s+(?:all\\s+)?(?:of\\s+)?(?:the |my |our )?(?=(?:${nouns})\\b)`,
      'i',
    ),
    '$1 all ',
  );
}

/**
 * "Same for cancellations" after "refund rate by country": the rate of that word in place of the rate asked before
 * ("what about cancellation rate"), never the refund rate of cancelled orders.
 */
export function sameForRate(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /^\s*(?:(?:and|now|ok|okay|so),? )*(?:the )?same (?:for|with|but for|thing for) ([a-z]+)\s*[?.!]*\s*$/i.exec(
      question,
    );
  if (!match) return question;
  const base = lastPlan(history);
  const asked = index.metric(base?.metrics[0] ?? '');
  if (!asked || !/ rate$/i.test(asked.label)) return question;
  const rate = rateOfWord(match[1] as string, index);
  return rate === undefined || rate === asked.label.toLowerCase() ? question : `what about ${rate}`;
}

/**
 * "Same for cancellation rate" after "which month was worst for refund rate", "same for units" after "top product by
 * revenue": the same ranking by the new figure ("… instead"), never the row ranked before with the figure beside it.
 */
export function sameForFigure(question: string, history: readonly Turn[], vocabulary: Vocabulary): string {
  const match =
    /^\s*(?:(?:and|now|ok|okay|so),? )*(?:(?:do|show|give me) )?(?:the )?same (?:for|with|but for|thing for|but with|thing with) ([a-z]+(?: [a-z]+){0,2})\s*[?.!]*\s*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  if (!match || !base || base.sort === null || base.limit === null) return question;
  const said = (match[1] as string).toLowerCase();
  const meanings = vocabulary.phrases.get(said.split(' ').map(stem).join(' ')) ?? [];
  const figure = meanings.length > 0 && meanings.every((meaning) => meaning.type === 'metric');
  return figure ? `${said} instead` : question;
}

/**
 * "Same days in Q2" after "billing Q3 so far", "… vs the same stretch of Q4": the days of that period that the
 * period so far covers (Apr 1 – Jun 15 when Q3 runs Jul 1 – Sep 15), said as dates; never the whole of it.
 */
export function sameDaysOf(question: string, history: readonly Turn[], today: string): string {
  const match =
    /\b(?:the )?same (?:days|dates|stretch|point|period|span|time|part|number of days)(?: (?:in|of|during))? ((?:the )?(?:q[1-4]|h[12]|[a-z]+)(?: \d{4})?)\b(?!.*\bsame\b)/i.exec(
      question,
    );
  if (!match) return question;
  const rest = question.replace(match[0], ' ');
  // The period it is the same days as: said in the question ("Q3 so far vs …"), else asked before.
  const said = scanTime(rest.toLowerCase(), today).mentions.find((mention) => mention.kind === 'range');
  const base = said?.kind === 'range' ? said.range : (lastPlan(history)?.timeRange ?? null);
  if (base === null || base.kind === 'all') return question;
  const span = resolveTimeRange(base, today);
  const target = scanTime((match[1] as string).toLowerCase(), today).mentions[0];
  if (target?.kind !== 'range') return question;
  const from = resolveTimeRange(target.range, today).from;
  const start = span.from;
  if (from === null || start === null || from >= start) return question;
  // Data runs through yesterday: the same offset into the other period, in months where both start a month.
  const last = addDays(span.to < today ? span.to : today, -1);
  const months =
    (Number(start.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(start.slice(5, 7)) - Number(from.slice(5, 7));
  const through =
    from.endsWith('-01') && start.endsWith('-01') ? addMonths(last, -months) : addDays(from, daysBetween(start, last));
  if (through < from) return question;
  return question.replace(match[0], `from ${from} through ${through}`);
}

/**
 * "Now as a rate" after "engagement by platform", "discounts as a % of subtotal": the figure's own rate, when the
 * layer has one labelled so ("Engagement rate", "Discount rate"), said in place of the words; the figure is the
 * one named just before (said with the rate in its place), else the previous question's; the question as it was
 * otherwise.
 */
/**
 * "Open invoices" >> "how much is that in total", "how much do they add up to": what the rows counted before come to,
 * the one amount their table adds up ("amount billed"); the rows stay as they were. Where the table has no such
 * amount, or several, the question stays as it is (and asks which figure).
 */
/** "How much is that", "how much were they": the money of the rows just counted (phrase-scans keeps them). */
export const HOW_MUCH_OF_THEM = 'how much (?:is|was|are|were|do|does|did) (?:that|it|they|those|these|them)';

export function moneyOfThem(question: string, history: readonly Turn[], index: LayerIndex): string {
  const said = new RegExp(
    `^\\s*(?:(?:and|so|ok|okay)[, ]+)?${HOW_MUCH_OF_THEM}(?: (?:worth|in total|altogether|all together|total|add up to|come to|amount to|sum to|owe|owes|owed|owing|still owe|cost|costs|outstanding|make|made|makes|earn|earned|earns|generate|generated|bring in|brought in|bring|take in|took in|pull in|pulled in|bill|billed|charge|charged|us|me))*\\s*[?.!]*\\s*$`,
    'i',
  ).exec(question);
  const base = lastPlan(history);
  const counted = index.metric(base?.metrics[0] ?? '');
  if (!said || !base || !counted || counted.aggregation !== 'count' || base.metrics.length !== 1) return question;
  const amounts = index.layer.metrics.filter(
    (metric) => metric.table === counted.table && metric.format === 'currency' && metric.aggregation === 'sum',
  );
  // ("How much did those make": money made, the table's first amount, where it has a cost beside it.)
  const earned =
    /\b(?:make|made|makes|earn|earned|earns|generate|generated|bring|brought|take in|took in|pull in|pulled in|bill|billed|charge|charged)\b/i.test(
      said[0],
    );
  const [amount] = amounts;
  return (amounts.length === 1 || earned) && amount ? `${amount.label.toLowerCase()} in total` : question;
}

export function asRate(question: string, history: readonly Turn[], index: LayerIndex): string {
  // "As a percentage of subtotal": the whole it is a share of, which the rate must be defined over.
  const words =
    /\bas an? (?:rate|percentage|percent|pct|%)(?: of (?:the |my |our )?((?:[a-z]+ (?!(?:last|this|next|in|for|during|since|by|per|on|from|over|between|vs|and)\b))?[a-z]+))?(?=\W|$)/i.exec(
      question,
    );
  if (!words) return question;
  const rateOf = (metric: Metric | undefined) => {
    // "Discounts" → "Discount rate": the figure's label, plural or not, then "rate".
    const label = metric?.label.toLowerCase();
    return index.layer.metrics.find(
      (candidate) =>
        label !== undefined &&
        [`${label} rate`, `${label.replace(/s$/, '')} rate`].includes(candidate.label.toLowerCase()) &&
        (words[1] === undefined ||
          words[1]
            .split(' ')
            .some((word) => `${candidate.description} ${candidate.expression}`.toLowerCase().includes(word))),
    );
  };
  const after = question.slice(words.index + words[0].length);
  // "How big are my discounts as a pct of the order subtotal": the figure named right before the words.
  const before = question.slice(0, words.index);
  for (const metric of index.layer.metrics) {
    const rate = rateOf(metric);
    if (!rate) continue;
    for (const said of [metric.label, ...metric.synonyms].map((word) => word.toLowerCase())) {
      const at = new RegExp(`\\b${escapeRegExp(said)}\\s*$`, 'i').exec(before);
      if (at) return `${before.slice(0, at.index)}${rate.label.toLowerCase()}${after}`;
    }
  }
  // "Engagement on tiktok in january, as a rate": the one figure named earlier with a rate of its own.
  const named = index.layer.metrics.flatMap((metric) => {
    const rate = rateOf(metric);
    const at = [metric.label, ...metric.synonyms]
      .map((word) => new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b(?! rate\\b)`, 'i').exec(before))
      .find((found) => found !== null);
    return rate && at ? [{ rate, at }] : [];
  });
  const [only] = named;
  if (named.length === 1 && only) {
    const { rate, at } = only;
    return `${before.slice(0, at.index)}${rate.label.toLowerCase()}${before.slice(at.index + at[0].length).replace(/[\s,;:-]+$/, '')}${after}`;
  }
  const base = lastPlan(history);
  const rate = rateOf(index.metric(base?.metrics[0] ?? ''));
  if (!rate) return question;
  // Said as a change of figure, so the rest of the question before stays (its period, its breakdown).
  return `${before}${rate.label.toLowerCase()} instead${after}`;
}

/** "List them", "show me those", "which ones?", "who are they?", "all of them": the rows the previous answer counted. */
const THE_ROWS_COUNTED =
  /^\s*(?:(?:ok|okay|and|so|now|great|thanks|cool),? )?(?:(?:can you |could you |pls |please )?(?:list|show|give|pull up|see|send)(?: me)?(?: all)? (?:them|those|these|the list|those ones|these ones|the rows)|which ones|who are they|who were they|what are they|what were they|(?:(?:show|list|give)(?: me)? )?(?:all of (?:them|those|these)|every one of (?:them|those)|each of (?:them|those)|the (?:full|whole|complete) list|(?:the )?full list|(?:(?:show|give|send)(?: (?:me|it|them|that|those))? )?(?:as|in) (?:a )?list(?: form)?|name them|name those|name the rows|itemi[sz]e (?:them|those|it)))\b(?: please| pls| plz)?\s*[?.!]*\s*$/i;

/**
 * "List them" after "how many refunded orders last week": the rows behind the count, asked as "which orders"
 * (the noun of the counted table's one row); the question as it was otherwise, or when the count is of no
 * table's rows.
 */
export function listThem(question: string, history: readonly Turn[], index: LayerIndex): string {
  const ids = IDS_ASKED.test(question);
  const which = WHICH_OF_THEM.exec(question);
  if (!THE_ROWS_COUNTED.test(question) && !ids && !which) return question;
  const base = lastPlan(history);
  const metric = index.metric(base?.metrics[0] ?? '');
  // "Ids please" after "top 5 products last month": those rows again, each with its id (a row of one's own table).
  const listed = base?.dimensions[0];
  const own = listed === undefined ? undefined : index.dimension(listed);
  if (ids && own !== undefined && entityOfTable(index.layer, own.table ?? '') === own.name)
    return history.findLast((turn) => turn.plan !== null)?.question ?? question;
  if (!base || base.dimensions.length > 0 || metric?.aggregation !== 'count') return question;
  const entity = rowsOfFigure(base, index);
  if (!entity) return question;
  // ("Which ones were refunded" after "orders last week": those orders, the ones that were.)
  const state = which?.[1] ?? which?.[2];
  return state !== undefined ? `which ${rowNoun(entity)}s ${state}` : `which ${rowNoun(entity)}s?`;
}

/** "Ids please", "the ids?", "names only": the rows of the answer before, by their ids. */
const IDS_ASKED =
  /^\s*(?:(?:ok|okay|and|so|now|great|thanks|cool),? )?(?:(?:can you |could you |pls |please )?(?:list|show|give|send|get)(?: me)? )?(?:the |their |just the |just )?(?:ids|id numbers|id's|ids and names)(?: only)?(?: please| pls| plz| too| as well)?\s*[?.!]*\s*$/i;

/** "Which ones were refunded", "which of them came from tiktok": the rows counted before, the ones that did. */
const WHICH_OF_THEM =
  /^\s*(?:(?:ok|okay|and|so|now),? )?which (?:(?:ones|of (?:them|those|these)) ((?:are|were|was|is|got|had|did|came|went|used)\b.+)|((?:are|were|was|is) (?!(?:the )?(?:most|least|biggest|largest|highest|lowest|smallest|best|worst|top)\b).+))$/i;

/**
 * "Widen that to the full year" after "unit sales for Q4 2025": the whole of the year the period asked before falls
 * in, said as that year; the question as it was when nothing was asked before, or the period spans two years.
 */
export function wholeYearOf(question: string, history: readonly Turn[], today: string): string {
  const match =
    /\b(?:(?:widen|expand|extend|stretch|open|broaden|make|change|switch|do|run)(?: (?:that|it|this|them))?(?: out| up)? (?:to|for|over)|for|over|across|in) (?:the |that )?(?:full|whole|entire|complete) year\b/i.exec(
      question,
    );
  const base = lastPlan(history)?.timeRange;
  if (!match || base === undefined || base.kind === 'all') return question;
  const span = resolveTimeRange(base, today);
  const year = (span.from ?? span.to).slice(0, 4);
  if (addDays(span.to, -1).slice(0, 4) !== year) return question;
  return question.replace(match[0], `in ${year}`);
}

/**
 * "And the rest of the world?", "everywhere else?" after "revenue from the US": the same without that one place,
 * said as "excluding" it; the question as it was unless the question before picked exactly one value.
 */
export function restOfPlace(question: string, history: readonly Turn[], index: LayerIndex): string {
  const match =
    /\b(?:the )?(?:rest of the (?:world|countries|regions|markets|globe)|everywhere else|elsewhere|all the other (?:countries|regions|markets)|other (?:countries|regions|markets))\b/i.exec(
      question,
    );
  // "And everyone else" after "and the uk" after "revenue from the us": a total of one value, then the rest of them.
  const others =
    /^\s*(?:and |what about |how about )?(?:everyone else|everybody else|all the others|the others|all others|the rest|everything else)\s*[?.!]*\s*$/i.exec(
      question,
    );
  const base = lastPlan(history);
  const filters = base?.filters.filter((filter) => filter.operator === 'eq') ?? [];
  // ("Invoices by region >> only the paid ones >> the rest?": the one value the turn before narrowed to, too.)
  const earlier = history.filter((turn) => turn.plan !== null).at(-2)?.plan;
  const narrowedLast =
    base !== null &&
    base.dimensions.length === 1 &&
    filters.length === 1 &&
    earlier !== undefined &&
    earlier !== null &&
    !earlier.filters.some((filter) => JSON.stringify(filter) === JSON.stringify(filters[0]));
  // ("Units by category >> only apparel >> the rest?": a breakdown narrowed to one of its own values is one value too.)
  const oneValue =
    base !== null &&
    base.limit === null &&
    (base.dimensions.length === 0 ||
      narrowedLast ||
      (base.dimensions.length === 1 && filters.length === 1 && base.dimensions[0] === filters[0]?.dimension));
  const said = match ?? (oneValue ? others : null);
  if (!said || filters.length !== 1) return question;
  const filter = filters[0] as (typeof filters)[number];
  const dimension = index.dimension(filter.dimension);
  if (!dimension || filter.values.length !== 1) return question;
  // Every value asked about in turn before ("the us", then "and the uk"): all of them are left out.
  const asked: string[] = [];
  for (const turn of [...history].reverse()) {
    const only = turn.plan?.filters.filter((earlier) => earlier.operator === 'eq') ?? [];
    const [earlier] = only;
    if (turn.plan === null || only.length !== 1 || earlier?.dimension !== filter.dimension) break;
    if (earlier.values.length !== 1 || turn.plan.metrics.join() !== base?.metrics.join()) break;
    if (!asked.includes(earlier.values[0] as string)) asked.push(earlier.values[0] as string);
  }
  const labels = asked.flatMap((asked) => dimension.values.find((known) => known.value === asked)?.label ?? []);
  if (labels.length === 0) return question;
  return question.replace(said[0], `excluding ${labels.reverse().join(' or ')}`);
}
