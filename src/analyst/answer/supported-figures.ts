import { median } from 'simple-statistics';
import type { Citation } from '../analyst.js';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInPartsOfWeek,
  unequalSpans,
  type QueryPlan,
  type TimeRange,
} from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { COMPUTATION, LISTED_ROWS } from './cited-text.js';
import { datedPreviousRange } from './period-phrase.js';
import { parseIsoDate, shownFraction } from './format.js';
import { columnIndex, numericCells, partsOfWeekRows, unlinkedRows, type ResultShape } from './result-shape.js';

/**
 * Every figure a result supports, for the grounding check: its cells and every value computed from them
 * (totals, shares, differences, changes, ratios, averages, medians, counts, ranks) and the dates it mentions.
 */

type CellRef = Citation['cells'][number];

/**
 * Which cells a value came from, kept compact because a large result has tens of thousands of candidates:
 * explicit `refs`, and/or the first `take` (default all) of `rows` in `column`, after the row `first`.
 */
export interface Cells {
  readonly refs?: readonly CellRef[];
  readonly column?: string;
  readonly rows?: readonly number[];
  readonly take?: number;
  readonly first?: number;
}

const NO_CELLS: Cells = {};
export const NUMERIC = new Set(['integer', 'decimal', 'float']);

export function resolveCells(cells: Cells): CellRef[] {
  const out: CellRef[] = [...(cells.refs ?? [])];
  const column = cells.column;
  if (column === undefined) return out;
  if (cells.first !== undefined) out.push({ row: cells.first, column });
  for (const row of (cells.rows ?? []).slice(0, cells.take)) out.push({ row, column });
  return out;
}

/** A value the result supports, how it was computed and from which cells. */
export interface Candidate {
  readonly value: number;
  readonly computation: string;
  readonly cells: Cells;
}

/** Everything a number in the text may be matched against. */
export interface Candidates {
  /** Cells, totals, averages, differences, counts, ranks. */
  readonly amounts: Candidate[];
  /** Shares, relative changes and percent-format values, as fractions (0.345 for "34.5%"). */
  readonly fractions: Candidate[];
  /** Ratios between two values ("2.3×"). */
  readonly multiples: Candidate[];
  /** Dates the result or the plan mentions, by key: "2025", "2025-03", "2025-03-01", "2025-Q1", "03-01". */
  readonly dates: Map<string, CellRef[]>;
}

/** Pairwise comparisons are exhaustive up to this many values, and neighbour/extreme-based beyond it. */
const ALL_PAIRS_LIMIT = 40;
/** Buckets in a year, for year-over-year comparisons within a series. */
const YEAR_LAG: Record<string, number> = { month: 12, quarter: 4, week: 52 };
export const pad = (value: number) => String(value).padStart(2, '0');

function addDateKeys(dates: Map<string, CellRef[]>, iso: string, cells: CellRef[]): void {
  const date = parseIsoDate(iso);
  if (date === null) return;
  const year = date.getUTCFullYear();
  const month = pad(date.getUTCMonth() + 1);
  const day = pad(date.getUTCDate());
  const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
  for (const key of [
    `${year}`,
    `${year}-${month}`,
    `${year}-${month}-${day}`,
    `${year}-Q${quarter}`,
    `${month}-${day}`,
    `Q${quarter}`,
  ]) {
    const known = dates.get(key);
    if (known === undefined) dates.set(key, [...cells]);
    else if (known.length < 50) known.push(...cells);
  }
}

function rangeNumbers(range: TimeRange, dates: Map<string, CellRef[]>, amounts: Candidate[]): void {
  if (range.kind === 'absolute') {
    for (const day of [range.from, range.to, range.to === null ? null : addDays(range.to, -1)]) {
      if (day !== null) addDateKeys(dates, day, []);
    }
  }
  if (range.kind === 'relative') amounts.push({ value: range.count, computation: COMPUTATION.plan, cells: NO_CELLS });
}

/** How much more (or less) one row brings in a day than another: "per day, it was up 0.2%". */
function perDayChange(
  one: { readonly row: number; readonly value: number },
  other: { readonly row: number; readonly value: number },
  metric: string,
): Candidate {
  return {
    value: (one.value - other.value) / other.value,
    computation: COMPUTATION.perDay,
    cells: {
      refs: [
        { row: one.row, column: metric },
        { row: other.row, column: metric },
      ],
    },
  };
}

/** Derives every value the result supports (per day too, given the asker's today, where periods differ in length). */
export function buildCandidates(
  plan: QueryPlan,
  result: QueryResult,
  shape: ResultShape,
  asked: { readonly today?: string; readonly dataStart?: string | null } = {},
): Candidates {
  const amounts: Candidate[] = [];
  const fractions: Candidate[] = [];
  const multiples: Candidate[] = [];
  const dates = new Map<string, CellRef[]>();
  const constant = (value: number, computation: string) => amounts.push({ value, computation, cells: NO_CELLS });

  rangeNumbers(plan.timeRange, dates, amounts);
  if (plan.comparison?.kind === 'period') rangeNumbers(plan.comparison.timeRange, dates, amounts);
  const before = datedPreviousRange(plan);
  if (before !== null) rangeNumbers(before, dates, amounts);
  if (plan.limit !== null) constant(plan.limit, COMPUTATION.plan);
  for (const condition of plan.conditions ?? []) {
    constant(condition.value, COMPUTATION.plan);
    // ("Only countries whose refund rate is over 5.0%": a rate's bound, said as a percentage.)
    if (condition.value > 0 && condition.value < 1)
      fractions.push({ value: condition.value, computation: COMPUTATION.plan, cells: NO_CELLS });
  }
  constant(result.rowCount, COMPUTATION.count);
  // "…, and 558 more": the rows a list leaves unnamed.
  if (result.rowCount > LISTED_ROWS) constant(result.rowCount - LISTED_ROWS, COMPUTATION.count);
  for (let rank = 1; rank <= Math.min(result.rowCount, 100); rank += 1) constant(rank, 'rank');

  result.columns.forEach((column, index) => {
    if (NUMERIC.has(column.type)) return;
    const distinct = new Set<string>();
    result.rows.forEach((row, rowIndex) => {
      const cell = row[index];
      if (typeof cell !== 'string') return;
      distinct.add(cell);
      if (/^\d{4}-\d{2}-\d{2}/.test(cell)) addDateKeys(dates, cell, [{ row: rowIndex, column: column.name }]);
      else if (/^-?\d+(\.\d+)?$/.test(cell))
        amounts.push({
          value: Number(cell),
          computation: COMPUTATION.value,
          cells: { column: column.name, rows: [rowIndex] },
        });
    });
    constant(distinct.size, `number of distinct ${column.name}`);
  });

  const percentColumns = new Set([...shape.info].filter(([, info]) => info.format === 'percent').map(([name]) => name));
  const numericColumns = result.columns.filter((column) => NUMERIC.has(column.type)).map((column) => column.name);
  const columnValues = new Map(numericColumns.map((name) => [name, numericCells(result, name)]));

  for (const column of numericColumns) {
    const values = columnValues.get(column) ?? [];
    const points = values.flatMap((value, row) => (value === null ? [] : [{ row, value }]));
    if (points.length === 0) continue;
    const isPercent = percentColumns.has(column);
    const allRows = points.map((point) => point.row);
    const all: Cells = { column, rows: allRows };
    // Percent-format metrics are fractions; a value above 1 means the SQL already wrote percentage points.
    const plain = (value: number, computation: string, cells: Cells) => {
      if (isPercent) {
        fractions.push({ value, computation, cells });
        if (Math.abs(value) > 1) amounts.push({ value, computation, cells });
      } else {
        amounts.push({ value, computation, cells });
      }
    };
    for (const point of points) plain(point.value, COMPUTATION.value, { column, rows: [point.row] });

    const total = points.reduce((sum, point) => sum + point.value, 0);
    const mean = total / points.length;
    const middle = median(points.map((point) => point.value));
    plain(total, COMPUTATION.total, all);
    plain(mean, COMPUTATION.average, all);
    plain(middle, COMPUTATION.median, all);
    // A series' median may leave out a bucket cut short at either end (this month so far), as its answer does.
    const inTime = shape.time !== null && shape.dimensions.length === 0 && points.length > 2;
    const ends = inTime ? [points.slice(0, -1), points.slice(1), points.slice(1, -1)] : [];
    const middles = [middle, ...ends.map((some) => median(some.map((point) => point.value)))];
    for (const other of middles.slice(1)) plain(other, COMPUTATION.median, all);
    // ("Revenue by plan" with money linked to no plan: the average and median per plan are over the plans alone.)
    const unlinked = unlinkedRows(result, shape);
    const linked = points.filter((point) => !unlinked.has(point.row));
    if (linked.length > 0 && linked.length < points.length) {
      const linkedCells: Cells = { column, rows: linked.map((point) => point.row) };
      const linkedMean = linked.reduce((sum, point) => sum + point.value, 0) / linked.length;
      const linkedMiddle = median(linked.map((point) => point.value));
      plain(linkedMean, COMPUTATION.average, linkedCells);
      plain(linkedMiddle, COMPUTATION.median, linkedCells);
      for (const point of linked) {
        const withLinked: Cells = { ...linkedCells, first: point.row };
        if (linkedMean !== 0)
          multiples.push({
            value: point.value / linkedMean,
            computation: COMPUTATION.multipleOfAverage,
            cells: withLinked,
          });
        if (linkedMiddle !== 0)
          multiples.push({
            value: point.value / linkedMiddle,
            computation: COMPUTATION.multipleOfMedian,
            cells: withLinked,
          });
      }
    }

    const sorted = [...points].sort((a, b) => b.value - a.value);
    const sortedRows = sorted.map((point) => point.row);
    let running = 0;
    sorted.forEach((point, index) => {
      running += point.value;
      plain(running, `sum of the top ${index + 1}`, { column, rows: sortedRows, take: index + 1 });
      if (total !== 0) fractions.push({ value: running / total, computation: COMPUTATION.topShare, cells: all });
    });
    let inOrder = 0;
    points.forEach((point, index) => {
      inOrder += point.value;
      plain(inOrder, 'running total', { column, rows: allRows, take: index + 1 });
    });

    for (const point of points) {
      const withAll: Cells = { column, rows: allRows, first: point.row };
      if (total !== 0) fractions.push({ value: point.value / total, computation: COMPUTATION.share, cells: withAll });
      if (mean !== 0)
        multiples.push({ value: point.value / mean, computation: COMPUTATION.multipleOfAverage, cells: withAll });
      for (const other of middles)
        if (other !== 0)
          multiples.push({ value: point.value / other, computation: COMPUTATION.multipleOfMedian, cells: withAll });
      plain(point.value - mean, 'difference from the average', withAll);
      if (mean !== 0)
        fractions.push({
          value: (point.value - mean) / mean,
          computation: 'relative difference from the average',
          cells: withAll,
        });
    }

    const pairs: [number, number][] = [];
    const series = shape.time !== null && shape.dimensions.length === 0;
    if (points.length <= ALL_PAIRS_LIMIT && !series) {
      for (let a = 0; a < points.length; a += 1)
        for (let b = 0; b < points.length; b += 1) if (a !== b) pairs.push([a, b]);
    } else {
      // A series is compared with its neighbours, its ends, its peak and low, and the same period a year earlier;
      // all pairs of a long series would make almost any percentage "computable".
      // (The ends once a bucket cut short at either end is set aside are ends too.)
      const anchors = new Set([0, 1, points.length - 2, points.length - 1].filter((at) => at >= 0));
      for (const extreme of [sorted.at(0), sorted.at(-1)]) if (extreme) anchors.add(points.indexOf(extreme));
      const yearLag = shape.grain === null ? 0 : (YEAR_LAG[shape.grain] ?? 0);
      for (let a = 0; a < points.length; a += 1) {
        if (a > 0) pairs.push([a - 1, a], [a, a - 1]);
        if (yearLag > 0 && a >= yearLag) pairs.push([a - yearLag, a], [a, a - yearLag]);
        for (const anchor of anchors) if (anchor !== a) pairs.push([anchor, a], [a, anchor]);
      }
    }
    for (const [a, b] of pairs) {
      const from = points[a];
      const to = points[b];
      if (!from || !to) continue;
      const cells: Cells = { column, rows: [from.row, to.row] };
      plain(to.value - from.value, COMPUTATION.difference, cells);
      // A gap in percentage points as the two rates are shown ("2.7%" and "1.9%": 0.8 points), or as it truly is.
      if (isPercent)
        fractions.push(
          { value: shownFraction(to.value) - shownFraction(from.value), computation: COMPUTATION.difference, cells },
          { value: to.value - from.value, computation: COMPUTATION.difference, cells },
        );
      if (from.value !== 0) {
        fractions.push({ value: (to.value - from.value) / from.value, computation: COMPUTATION.periodChange, cells });
        multiples.push({ value: to.value / from.value, computation: 'ratio between values', cells });
      }
    }
  }

  // Across columns of one row: a metric and its previous period, and ratios between metrics (revenue / orders).
  for (const a of numericColumns) {
    for (const b of numericColumns) {
      if (a === b) continue;
      const xs = columnValues.get(a) ?? [];
      const ys = columnValues.get(b) ?? [];
      const previous = shape.previous.get(a) === b;
      for (let row = 0; row < result.rows.length; row += 1) {
        const x = xs[row];
        const y = ys[row];
        if (x === null || y === null || x === undefined || y === undefined) continue;
        const cells: Cells = {
          refs: [
            { row, column: a },
            { row, column: b },
          ],
        };
        amounts.push({
          value: x - y,
          computation: previous ? COMPUTATION.periodChange : COMPUTATION.difference,
          cells,
        });
        if (percentColumns.has(a) && percentColumns.has(b))
          fractions.push(
            { value: x - y, computation: COMPUTATION.difference, cells },
            { value: shownFraction(x) - shownFraction(y), computation: COMPUTATION.difference, cells },
          );
        if (y !== 0) {
          fractions.push({
            value: (x - y) / y,
            computation: previous ? COMPUTATION.periodChange : COMPUTATION.relativeDifference,
            cells,
          });
          fractions.push({ value: x / y, computation: 'ratio', cells });
          multiples.push({ value: x / y, computation: 'ratio', cells });
          amounts.push({ value: x / y, computation: 'ratio', cells });
        }
      }
    }
  }

  // A metric's total against its previous period's total: where the rows went together ("the total was down 20.1%").
  // (Or its same days, beside a period still running: "the total was up 23.7% over the same days of last month".)
  for (const [metric, prior] of [...shape.previous, ...shape.sameDays]) {
    const now = columnValues.get(metric) ?? [];
    const before = columnValues.get(prior) ?? [];
    const refs: CellRef[] = [];
    let nowTotal = 0;
    let beforeTotal = 0;
    now.forEach((value, row) => {
      const earlier = before[row] ?? null;
      if (value === null && earlier === null) return;
      nowTotal += value ?? 0;
      beforeTotal += earlier ?? 0;
      if (value !== null) refs.push({ row, column: metric });
      if (earlier !== null) refs.push({ row, column: prior });
    });
    if (refs.length === 0) continue;
    amounts.push({ value: nowTotal - beforeTotal, computation: COMPUTATION.periodChange, cells: { refs } });
    if (beforeTotal !== 0)
      fractions.push({
        value: (nowTotal - beforeTotal) / beforeTotal,
        computation: COMPUTATION.periodChange,
        cells: { refs },
      });
  }

  // "Per day, $4,586.39 against $3,876.27, up 18.3%": one total against another over a span of another length, each
  // over its own days.
  const spans = asked.today === undefined ? null : unequalSpans(plan, asked.today, asked.dataStart ?? null);
  if (spans !== null) {
    amounts.push(
      { value: spans.now, computation: COMPUTATION.plan, cells: NO_CELLS },
      { value: spans.then, computation: COMPUTATION.plan, cells: NO_CELLS },
    );
    for (const [metric, prior] of shape.previous) {
      if (shape.sameDays.has(metric) || shape.info.get(metric)?.additive !== true) continue;
      const now = columnValues.get(metric) ?? [];
      const before = columnValues.get(prior) ?? [];
      now.forEach((value, row) => {
        const earlier = before[row] ?? null;
        if (value === null) return;
        amounts.push({
          value: value / spans.now,
          computation: COMPUTATION.perDay,
          cells: { column: metric, rows: [row] },
        });
        if (earlier === null || earlier === 0) return;
        const cells: Cells = {
          refs: [
            { row, column: metric },
            { row, column: prior },
          ],
        };
        amounts.push({
          value: earlier / spans.then,
          computation: COMPUTATION.perDay,
          cells: { column: prior, rows: [row] },
        });
        const change = (value / spans.now - earlier / spans.then) / (earlier / spans.then);
        fractions.push({ value: change, computation: COMPUTATION.perDay, cells });
      });
    }
  }

  // "February 2026 has fewer days: per day, it was up 0.2% ($3,876.20 a day against $3,868.78)": months of a series,
  // each over its own days, and the change between any two of them.
  if (shape.time !== null && plan.grain === 'month') {
    const times = result.rows.map((row) => row[columnIndex(result, shape.time as string)]);
    for (const metric of shape.metrics) {
      if (shape.info.get(metric)?.additive !== true) continue;
      const values = columnValues.get(metric) ?? [];
      const perDay = values.flatMap((value, row) => {
        const start = times[row];
        if (value === null || typeof start !== 'string') return [];
        const day = start.slice(0, 10);
        return [{ row, value: value / daysBetween(day, addMonths(day, 1)) }];
      });
      for (const one of perDay) {
        amounts.push({ value: one.value, computation: COMPUTATION.perDay, cells: { column: metric, rows: [one.row] } });
        for (const other of perDay)
          if (other !== one && other.value !== 0) fractions.push(perDayChange(one, other, metric));
      }
    }
  }

  // "Per day: Sat–Sun $4,358.27 (8 days)": weekends and weekdays, each over its own days.
  const parts = partsOfWeekRows(result, shape);
  const partDays =
    parts && asked.today !== undefined ? daysInPartsOfWeek(plan, asked.today, asked.dataStart ?? null) : null;
  if (parts !== null && partDays !== null) {
    amounts.push(
      { value: partDays.weekdays, computation: COMPUTATION.plan, cells: NO_CELLS },
      { value: partDays.weekends, computation: COMPUTATION.plan, cells: NO_CELLS },
    );
    for (const metric of shape.metrics) {
      if (shape.info.get(metric)?.additive !== true) continue;
      const values = columnValues.get(metric) ?? [];
      const perDay: { row: number; value: number }[] = [];
      for (const { row, weekend } of parts) {
        const value = values[row] ?? null;
        const days = weekend ? partDays.weekends : partDays.weekdays;
        if (value === null || days === 0) continue;
        amounts.push({ value: value / days, computation: COMPUTATION.perDay, cells: { column: metric, rows: [row] } });
        perDay.push({ row, value: value / days });
      }
      // (How much more one part brings in a day than the other.)
      const [one, other] = perDay;
      if (one && other && Math.min(one.value, other.value) > 0) {
        const [high, low] = one.value >= other.value ? [one, other] : [other, one];
        fractions.push(perDayChange(high, low, metric));
      }
    }
  }

  // Group totals and averages by each dimension (a series broken down by platform, a two-way breakdown).
  for (const dimension of shape.dimensions) {
    const index = columnIndex(result, dimension);
    for (const metric of shape.metrics) {
      const values = columnValues.get(metric) ?? [];
      const groups = new Map<string, number[]>();
      result.rows.forEach((row, rowIndex) => {
        const value = values[rowIndex];
        if (value === null || value === undefined) return;
        const key = String(row[index]);
        const members = groups.get(key);
        if (members === undefined) groups.set(key, [rowIndex]);
        else members.push(rowIndex);
      });
      if (groups.size === result.rowCount) continue;
      const grand = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      const sums: { value: number; rows: number[] }[] = [];
      for (const rows of groups.values()) {
        const sum = rows.reduce((acc, row) => acc + (values[row] ?? 0), 0);
        const cells: Cells = { column: metric, rows };
        sums.push({ value: sum, rows });
        amounts.push(
          { value: sum, computation: COMPUTATION.total, cells },
          { value: sum / rows.length, computation: COMPUTATION.average, cells },
        );
        constant(rows.length, COMPUTATION.count);
        if (grand !== 0) fractions.push({ value: sum / grand, computation: COMPUTATION.share, cells });
      }
      for (const a of sums) {
        for (const b of sums) {
          if (a === b) continue;
          const cells: Cells = { column: metric, rows: [...a.rows, ...b.rows] };
          amounts.push({ value: a.value - b.value, computation: COMPUTATION.difference, cells });
          if (b.value !== 0) {
            fractions.push({
              value: (a.value - b.value) / b.value,
              computation: COMPUTATION.relativeDifference,
              cells,
            });
            multiples.push({ value: a.value / b.value, computation: 'ratio between values', cells });
          }
        }
      }
    }
  }
  return { amounts, fractions, multiples, dates };
}
