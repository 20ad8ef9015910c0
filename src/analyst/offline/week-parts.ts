import type { Filter } from '../plan.js';
import { isPartsOfWeek, type LayerIndex } from '../semantic-layer.js';

/**
 * "On weekends", "weekdays only": a filter on the layer's day-of-week dimension (the one whose values are the
 * days Monday to Sunday, whatever they are coded as), not a breakdown by it. "By weekday" stays a breakdown.
 */

const WEEKEND_DAYS = /^(?:saturday|sunday)$/i;
const DAY_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
// "Last weekend", "this weekend" are a period (the time grammar reads them), not a filter on days.
// "Over the weekend" is the latest weekend, "the weekend of March 7" and "labor day weekend" those, periods too; "on weekends",
// "over weekends" filter the days.
const WEEKEND =
  /(?<!\b(?:by|per|each|every|last|this|past|previous) |\b(?:over|during) |\b(?:over|during) the |\b(?:labor|labour|memorial) day |\b(?:thanksgiving|friday|cyber|easter) )\b(?!(?:over|during) the week[- ]?end\b(?!s))(?:(?:on|during|over|at|in|for) )?(?:the )?week[- ]?ends?\b(?! of\b)(?: only)?/gi;
// "Weekday revenue", "workday orders": the word before another says which days, as "weekend revenue" does; a
// weekday asked about ("which weekday", "by weekday", "the best weekday for sales") is a day of the breakdown.
const WEEKDAY =
  /\b(?:(?:on|during|over|at|in|for) (?:the )?(?:week[- ]?days?|work[- ]?days?|business days)|(?:week[- ]?days?|work[- ]?days?|business days) only|(?<!\b(?:by|per|each|every|which|what|a|one|any|busiest|best|top|worst|slowest|quietest|strongest|weakest|biggest|same|across|over|between|of) )week[- ]?days?(?= (?!(?:is|was|are|were|has|had|have|did|does|do|with|of|by|breakdown|split|that|when|where|gets?|got|brings?|sees?|makes?|made|vs|versus|or|and|than)\b)[a-z]))\b/gi;

/** "Weekends vs weekdays", "weekend or weekday": both parts of the week, set against each other. */
const BOTH =
  /\b(?:(?:over|during|on|at|in|for) (?:the )?)?week[- ]?ends?\b.*?\b(?:vs|versus|or|and|compared (?:to|with)|against|than)\b.*?\b(?:week[- ]?days?|work[- ]?days?|business days)\b|\b(?:week[- ]?days?|work[- ]?days?|business days)\b.*?\b(?:vs|versus|or|and|compared (?:to|with)|against|than)\b.*?\b(?:(?:over|during|on|at|in|for) (?:the )?)?week[- ]?ends?\b/i;
const PART_WORDS =
  /\b(?:(?:over|during|on|at|in|for) (?:the )?)?(?:week[- ]?ends?|week[- ]?days?|work[- ]?days?|business days)\b/gi;

export interface WeekPartScan {
  readonly text: string;
  readonly filter: Filter | null;
  /** Both parts of the week were asked ("weekends vs weekdays"): the parts of the week, each added up. */
  readonly breakdown?: string;
  /** Weekends or weekdays were asked, but the layer has no dimension of days of the week. */
  readonly unknown: string | null;
}

export function scanWeekParts(question: string, index: LayerIndex): WeekPartScan {
  const days = index.layer.dimensions.find(
    (dimension) => dimension.values.length === 7 && dimension.values.every((value) => DAY_NAMES.test(value.label)),
  );
  if (BOTH.test(question)) {
    const blank = (match: string) => ' '.repeat(match.length);
    // The words and the "vs" between them: "vs" must not set what follows against something else.
    const both = question.replace(BOTH, blank).replace(PART_WORDS, blank);
    if (!days) return { text: question, filter: null, unknown: BOTH.exec(question)?.[0] ?? null };
    // (Each part added up as one, where the layer has the parts; else day by day.)
    const parts = index.layer.dimensions.find(isPartsOfWeek);
    return { text: both, filter: null, unknown: null, breakdown: (parts ?? days).name };
  }
  // Both are set by the replacers below.
  let asked = null as 'weekend' | 'weekday' | null;
  let word = null as string | null;
  const blankWith = (kind: 'weekend' | 'weekday') => (match: string) => {
    asked ??= kind;
    word ??= match.trim();
    return ' '.repeat(match.length);
  };
  const text = question.replace(WEEKEND, blankWith('weekend')).replace(WEEKDAY, blankWith('weekday'));
  if (asked === null) return { text: question, filter: null, unknown: null };
  if (!days) return { text: question, filter: null, unknown: word };
  const weekend = asked === 'weekend';
  const values = days.values.filter((value) => WEEKEND_DAYS.test(value.label) === weekend).map((value) => value.value);
  return { text, filter: { dimension: days.name, operator: 'in', values }, unknown: null };
}
