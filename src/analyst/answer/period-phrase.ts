import { addDays, addMonths, previousSpan, type QueryPlan, type TimeRange } from '../plan.js';
import { COMPUTATION, type CitedText } from './cited-text.js';
import { formatCount, formatDate, formatPeriod } from './format.js';

/** How an answer names its period: " last month", " in the last 30 days", " in Q4 2025", " the month before". */

/** The phrase for a plan's time range: " last month", " in the last 30 days", " since Mar 1, 2025". */
export function periodPhrase(range: TimeRange, out?: CitedText): string {
  const pieces = rangePieces(range);
  if (out !== undefined) {
    for (const piece of pieces) {
      if (typeof piece === 'string') out.text(piece);
      else out.figure(piece.figure, [], COMPUTATION.plan);
    }
  }
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.figure)).join('');
}

/** The span before a dated period compared with it ("January vs December"), as dates; null otherwise. */
export function datedPreviousRange(plan: QueryPlan): TimeRange | null {
  const range = plan.timeRange;
  if (plan.comparison?.kind !== 'previous_period' || range.kind !== 'absolute' || range.to === null) return null;
  const before = previousSpan(range, range.to);
  return before?.from ? { kind: 'absolute', from: before.from, to: before.to } : null;
}

/** " the month before" for last month, " the same days a year earlier" for this year so far, else " the period before". */
export function previousPeriodPhrase(range: TimeRange): string {
  // ("Yesterday vs the day before": one day back is the day before.)
  if (range.kind === 'relative' && range.unit === 'day' && range.count === 1 && range.anchor === 'last')
    return ' the day before';
  if (range.kind !== 'relative' || range.unit === 'day') return ' the period before';
  if (range.anchor === 'this') return ` the same days a ${range.unit} earlier`;
  return range.count === 1 ? ` the ${range.unit} before` : ` the ${range.count} ${range.unit}s before`;
}

/** "February 2026", "Q4 2025" or "2025" when [from, to) is exactly that month, quarter or year; else null. */
function calendarSpan(from: string, to: string): string | null {
  const [, month, day] = from.split('-').map(Number) as [number, number, number];
  if (day !== 1) return null;
  if (to === addMonths(from, 12) && month === 1) return formatPeriod(from, 'year');
  if (to === addMonths(from, 3) && (month - 1) % 3 === 0) return formatPeriod(from, 'quarter');
  if (to === addMonths(from, 1)) return formatPeriod(from, 'month');
  return null;
}

type Piece = string | { figure: string };

function rangePieces(range: TimeRange): Piece[] {
  switch (range.kind) {
    case 'all':
      return [];
    case 'absolute': {
      const until = range.to === null ? null : addDays(range.to, -1);
      if (range.from !== null && until === range.from) return [' on ', { figure: formatDate(range.from) }];
      const calendar = range.from !== null && range.to !== null ? calendarSpan(range.from, range.to) : null;
      if (calendar !== null) return [' in ', { figure: calendar }];
      if (range.from !== null && until !== null)
        return [' between ', { figure: formatDate(range.from) }, ' and ', { figure: formatDate(until) }];
      if (range.from !== null) return [' since ', { figure: formatDate(range.from) }];
      if (until !== null) return [' through ', { figure: formatDate(until) }];
      return [];
    }
    case 'relative': {
      if (range.anchor === 'this') return [range.unit === 'day' ? ' today' : ` this ${range.unit} so far`];
      if (range.count === 1) return [range.unit === 'day' ? ' yesterday' : ` last ${range.unit}`];
      // "The last 3 months" are whole months, this one left out: said so ("the last 3 full months").
      return [
        ' in the last ',
        { figure: formatCount(range.count) },
        `${range.unit === 'day' ? '' : ' full'} ${range.unit}s`,
      ];
    }
  }
}
