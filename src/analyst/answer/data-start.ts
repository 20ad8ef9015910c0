import { literal } from '../compiler.js';
import { comparisonSpan, resolveTimeRange, startOfUnit, type DateSpan, type QueryPlan } from '../plan.js';
import { indexLayer, madeColumn, type SemanticLayer } from '../semantic-layer.js';
import type { Interpretation } from '../analyst.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { CitedText, citedFigures, COMPUTATION } from './cited-text.js';
import { formatDate, formatPeriod } from './format.js';

/**
 * Where the data begins. A period that starts before the first row of its figure's table is not a period of zeros:
 * "orders in 2023 were 0" when the shop's orders begin in March 2024 reads as a fact about the shop, and "up
 * 112% on 2024" compares a whole year with nine months of one. The answer says where the data begins whenever
 * the period (or the one it is compared with, or the first bucket of a series) reaches back before it.
 */

/**
 * The conditions on the figure's own table that pick the rows it counts: "completed visits" and "no-shows" hold none
 * of the bookings ahead. (The figure's own, but those the plan's filters take the place of, and the plan's values.)
 * When the plan picks its rows by another table too ("Rose Wood's home visits", a tutor's name), only the figure's
 * own (delivered boxes hold none ahead, whichever plan they are on), or none where `exact` (the rows said as "counted
 * here"): never a part of the conditions passed off as the rows counted.
 */
function ownConditions(plan: QueryPlan, layer: SemanticLayer, exact = false): string[] {
  const index = indexLayer(layer);
  const metric = index.metric(plan.metrics[0] ?? '');
  if (!metric) return [];
  const { table } = metric.time;
  const elsewhere = plan.filters.some((filter) => index.dimension(filter.dimension)?.table !== table);
  if (elsewhere && exact) return [];
  const own = metric.filters
    .filter((filter) => !plan.filters.some((asked) => asked.dimension === filter.overriddenBy))
    .filter((filter) => [...filter.sql.matchAll(/\b([a-z_][a-z0-9_]*)\.[a-z_]/gi)].every((at) => at[1] === table))
    .map((filter) => `(${filter.sql})`);
  if (elsewhere) return own;
  for (const filter of plan.filters) {
    const dimension = index.dimension(filter.dimension);
    if (dimension?.table !== table || (filter.operator !== 'eq' && filter.operator !== 'in')) continue;
    own.push(`(${dimension.expression} IN (${filter.values.map(literal).join(', ')}))`);
  }
  return own;
}

/**
 * The SQL for the first and last moments of the plan's figure: when its table's rows begin (by when they were made)
 * and the latest time of the rows it counts (the warehouse keeps the tenant's).
 */
export function dataStartSql(plan: QueryPlan, layer: SemanticLayer): string | null {
  const metric = indexLayer(layer).metric(plan.metrics[0] ?? '');
  if (!metric) return null;
  const { table, column } = metric.time;
  const own = ownConditions(plan, layer);
  const last = `MAX(${table}.${column})`;
  const end = own.length === 0 ? last : `${last} FILTER (WHERE ${own.join(' AND ')})`;
  // (The first of the rows themselves, by when they were made: "churned accounts" dated by their churn begin where
  // the accounts do, and no churn before the first one is a true nothing, never a gap in the data.)
  const start = madeColumn(layer, table) ?? `${table}.${column}`;
  return `SELECT MIN(${start}) AS data_start, ${end} AS data_end FROM ${table}`;
}

/**
 * The plan over the figure's rows as they are: "all time" over rows that run on past today (events, bookings:
 * scheduled ahead) runs through the last of them, so none is left out and the dates say how far; any other
 * all-time plan (one carried from an earlier answer about other rows) runs up to today. Other periods are the
 * question's own.
 */
export function allTimeOfData(plan: QueryPlan, today: string, dataEnd: string | null): QueryPlan {
  if (plan.timeRange.kind !== 'all') return plan;
  const through = dataEnd !== null && dataEnd > today ? dataEnd : undefined;
  if (through === plan.timeRange.through) return plan;
  return { ...plan, timeRange: through === undefined ? { kind: 'all' } : { kind: 'all', through } };
}

/** The first day (YYYY-MM-DD) in a data-start result cell, or null when the table has no rows. */
export function dataStartDay(cell: unknown): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}/.test(cell)) return cell.slice(0, 10);
  return null;
}

/** What the figure's rows are called: "orders", "social posts". */
function rowsNoun(plan: QueryPlan, layer: SemanticLayer): string {
  const metric = indexLayer(layer).metric(plan.metrics[0] ?? '');
  return (metric?.time.table ?? 'data').replaceAll('_', ' ');
}

/** True when the span reaches back before `start` (its first day is earlier). */
function startsBefore(span: DateSpan | null, start: string): boolean {
  return span !== null && span.from !== null && span.from < start;
}

/**
 * The sentence saying where the data begins, when the question's period (or the compared one, or the first
 * bucket of an all-time series) reaches back before it; null when every day asked about has data to hold.
 */
export function dataStartNote(
  plan: QueryPlan,
  layer: SemanticLayer,
  today: string,
  dataStart: string | null | undefined,
  /** The result, when written beside it: an all-time series is flagged only when it starts where the data does. */
  result?: QueryResult,
): string | null {
  const start = startNote(plan, layer, today, dataStart, result);
  const ahead = aheadNote(plan, layer, today);
  return start !== null && ahead !== null ? `${start} ${ahead}` : (start ?? ahead);
}

/** How the note on rows dated ahead says where they end: never a claim about the period answered. */
export const RUN_PAST_TODAY = 'run on past today';

/**
 * "Your events run on past today, through Jun 30, 2026: all time counts the ones dated ahead too." The last day is
 * that of the rows counted ("your plan changes counted here", when the figure or the question picks some of them).
 */
function aheadNote(plan: QueryPlan, layer: SemanticLayer, today: string): string | null {
  const through = plan.timeRange.kind === 'all' ? plan.timeRange.through : undefined;
  if (through === undefined || through <= today) return null;
  const rows = `${rowsNoun(plan, layer)}${ownConditions(plan, layer, true).length > 0 ? ' counted here' : ''}`;
  return `Your ${rows} ${RUN_PAST_TODAY}, through ${formatDate(through)}: all time counts the ones dated ahead too.`;
}

function startNote(
  plan: QueryPlan,
  layer: SemanticLayer,
  today: string,
  dataStart: string | null | undefined,
  result: QueryResult | undefined,
): string | null {
  if (!dataStart || dataStart >= today) return null;
  const begins = `Your ${rowsNoun(plan, layer)} begin on ${formatDate(dataStart)}`;
  const span = resolveTimeRange(plan.timeRange, today);
  if (span.from !== null && span.to <= dataStart) return `${begins}: there are none before then.`;
  const compared = comparisonSpan(plan, today);
  if (compared !== null && compared.to <= dataStart) return `${begins}, so the period compared with has none to count.`;
  if (startsBefore(compared, dataStart) && !startsBefore(span, dataStart))
    return `${begins}, so the period compared with holds only its days from then.`;
  if (startsBefore(span, dataStart)) {
    const first = plan.grain !== null ? firstBucket(dataStart, plan.grain) : null;
    const partial = first !== null && first < dataStart ? ` (${formatPeriod(first, plan.grain)} only in part)` : '';
    return `${begins}: the period holds only its days from then${partial}.`;
  }
  // "Revenue by month" over all time: the first month holds the days from the first order on.
  if (span.from === null && plan.grain !== null && plan.grain !== 'day' && result !== undefined) {
    const first = firstBucket(dataStart, plan.grain);
    const period = result.columns.findIndex((column) => column.name === 'period');
    const shown = dataStartDay(result.rows[0]?.[period]);
    if (first !== null && first < dataStart && shown === first)
      return `${begins}, so ${formatPeriod(first, plan.grain)} holds only its days from then.`;
  }
  return null;
}

/** The calendar bucket (month, quarter, year) holding `day`; null for days and weeks (no part of one to flag). */
function firstBucket(day: string, grain: NonNullable<QueryPlan['grain']>): string | null {
  return grain === 'day' || grain === 'week' ? null : startOfUnit(day, grain);
}

/** The note as cited text: its dates come from the warehouse's first row, not from the result. */
export function citedDataStart(note: string): Interpretation {
  return citedFigures(note, COMPUTATION.dataStart);
}

/** The answer with the data-start note before it (the answer alone when there is none). */
export function withDataStart(note: Interpretation | null, answer: Interpretation): Interpretation {
  if (note === null || note.text === '') return answer;
  return new CitedText().append(note).text(' ').append(answer).build();
}
