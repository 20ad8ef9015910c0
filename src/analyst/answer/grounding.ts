import { filterNames, filterPhrase } from './filter-phrase.js';
import { median } from 'simple-statistics';
import type { Citation, Interpretation, InterpretationCheck } from '../analyst.js';
import { addDays, type QueryPlan, type TimeRange } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { formatCount, formatPeriod, formatValue, parseIsoDate } from './format.js';
import { COMPUTATION, CitedText, periodPhrase } from './insights.js';
import { checkClaims } from './claims.js';
import {
  analyzeShape,
  cellText,
  columnIndex,
  dimensionInfo,
  dimensionLabel,
  numericCells,
  rowLabel,
  type Presentation,
  type ResultShape,
} from './result-shape.js';

/**
 * The grounding check: every number in an answer must be traceable to a cell of the result or to a value
 * computed from it (totals, shares, differences, changes, ratios, averages, medians, counts, ranks), within
 * the rounding its formatting implies. It reads text from anyone — the offline interpreter or a model —
 * and derives every candidate value itself, so a changed or invented figure is caught and named.
 */

type CellRef = Citation['cells'][number];

/**
 * Which cells a value came from, kept compact because a large result has tens of thousands of candidates:
 * explicit `refs`, and/or the first `take` (default all) of `rows` in `column`, after the row `first`.
 */
interface Cells {
  readonly refs?: readonly CellRef[];
  readonly column?: string;
  readonly rows?: readonly number[];
  readonly take?: number;
  readonly first?: number;
}

const NO_CELLS: Cells = {};
const NUMERIC = new Set(['integer', 'decimal', 'float']);

function resolveCells(cells: Cells): CellRef[] {
  const out: CellRef[] = [...(cells.refs ?? [])];
  const column = cells.column;
  if (column === undefined) return out;
  if (cells.first !== undefined) out.push({ row: cells.first, column });
  for (const row of (cells.rows ?? []).slice(0, cells.take)) out.push({ row, column });
  return out;
}

/** A value the result supports, how it was computed and from which cells. */
interface Candidate {
  readonly value: number;
  readonly computation: string;
  readonly cells: Cells;
}

/** Everything a number in the text may be matched against. */
interface Candidates {
  /** Cells, totals, averages, differences, counts, ranks. */
  readonly amounts: Candidate[];
  /** Shares, relative changes and percent-format values, as fractions (0.345 for "34.5%"). */
  readonly fractions: Candidate[];
  /** Ratios between two values ("2.3×"). */
  readonly multiples: Candidate[];
  /** Dates the result or the plan mentions, by key: "2025", "2025-03", "2025-03-01", "2025-Q1", "03-01". */
  readonly dates: Map<string, CellRef[]>;
}

export interface GroundingOptions {
  readonly presentation?: Presentation;
}

/** A number (or date) found in the text. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Grounding {
  /** One citation per number that could be traced. */
  readonly citations: Citation[];
  /** The numbers that could not. */
  readonly ungrounded: Token[];
}

/** Pairwise comparisons are exhaustive up to this many values, and neighbour/extreme-based beyond it. */
const ALL_PAIRS_LIMIT = 40;
/** Buckets in a year, for year-over-year comparisons within a series. */
const YEAR_LAG: Record<string, number> = { month: 12, quarter: 4, week: 52 };
const APPROXIMATE =
  /(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|under|more than|less than|close to|just over|just under|some|~)\s*$/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Date patterns, most specific first; each yields the key the grounding looks up. */
const DATE_PATTERNS: { pattern: RegExp; key: (match: RegExpExecArray) => string | null }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\b/g, key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[3]}-${pad(monthIndex(m[1] ?? '') + 1)}-${pad(Number(m[2]))}`,
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[3]}-${pad(monthIndex(m[2] ?? '') + 1)}-${pad(Number(m[1]))}`,
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[2]}-${pad(monthIndex(m[1] ?? '') + 1)}`,
  },
  { pattern: /\bQ([1-4])\s+(\d{4})\b/g, key: (m) => `${m[2]}-Q${m[1]}` },
  { pattern: /\b(\d{4})\s+Q([1-4])\b/g, key: (m) => `${m[1]}-Q${m[2]}` },
  { pattern: /\b(\d{4})-(\d{2})\b/g, key: (m) => `${m[1]}-${m[2]}` },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi'),
    key: (m) => `${pad(monthIndex(m[1] ?? '') + 1)}-${pad(Number(m[2]))}`,
  },
  { pattern: /\bQ([1-4])\b/g, key: (m) => `Q${m[1]}` },
];

const NUMBER =
  /(?<![\w.,:])([-−+])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:\s?(k|K|thousand|m|M|mn|million|bn|B|billion)\b)?(\s?%|\s?percent(?:age points?)?\b|\s?pp\b|\s?points?\b|\s?×|x\b|\s?times\b|st\b|nd\b|rd\b|th\b)?/g;

const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  B: 1e9,
  billion: 1e9,
};

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

/** Derives every value the result supports. */
function buildCandidates(plan: QueryPlan, result: QueryResult, shape: ResultShape): Candidates {
  const amounts: Candidate[] = [];
  const fractions: Candidate[] = [];
  const multiples: Candidate[] = [];
  const dates = new Map<string, CellRef[]>();
  const constant = (value: number, computation: string) => amounts.push({ value, computation, cells: NO_CELLS });

  rangeNumbers(plan.timeRange, dates, amounts);
  if (plan.comparison?.kind === 'period') rangeNumbers(plan.comparison.timeRange, dates, amounts);
  if (plan.limit !== null) constant(plan.limit, COMPUTATION.plan);
  for (const condition of plan.conditions ?? []) constant(condition.value, COMPUTATION.plan);
  constant(result.rowCount, COMPUTATION.count);
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
      if (middle !== 0)
        multiples.push({ value: point.value / middle, computation: COMPUTATION.multipleOfMedian, cells: withAll });
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
      const anchors = new Set([
        0,
        points.length - 1,
        points.indexOf(sorted[0] ?? points[0]!),
        points.indexOf(sorted[sorted.length - 1] ?? points[0]!),
      ]);
      const yearLag = shape.grain === null ? 0 : (YEAR_LAG[shape.grain] ?? 0);
      for (let a = 0; a < points.length; a += 1) {
        if (a > 0) pairs.push([a - 1, a], [a, a - 1]);
        if (yearLag > 0 && a >= yearLag) pairs.push([a - yearLag, a], [a, a - yearLag]);
        for (const anchor of anchors) if (anchor !== a) pairs.push([anchor, a], [a, anchor]);
      }
    }
    for (const [a, b] of pairs) {
      const from = points[a]!;
      const to = points[b]!;
      const cells: Cells = { column, rows: [from.row, to.row] };
      plain(to.value - from.value, COMPUTATION.difference, cells);
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
          fractions.push({ value: x - y, computation: COMPUTATION.difference, cells });
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

/** Text that names things rather than measures them: dimension values, titles, captions, labels. */
function namingTexts(plan: QueryPlan, result: QueryResult, shape: ResultShape): string[] {
  const names = new Set<string>();
  result.columns.forEach((column, index) => {
    const isDimension = shape.dimensions.includes(column.name);
    for (const row of result.rows) {
      const cell = row[index] ?? null;
      if (typeof cell === 'string' && !/^-?\d+(\.\d+)?$/.test(cell) && parseIsoDate(cell) === null) {
        names.add(cell);
        names.add(cellText(cell));
      }
      if (isDimension) names.add(dimensionInfo(shape, column.name).valueLabel(cell));
    }
  });
  for (let row = 0; row < result.rows.length; row += 1) {
    names.add(rowLabel(result, shape, row));
    for (const dimension of shape.dimensions) names.add(dimensionLabel(result, shape, row, dimension));
  }
  for (const info of shape.info.values()) names.add(info.label);
  for (const name of filterNames(plan, shape)) names.add(name);
  return [...names].filter((name) => /[a-z]/i.test(name) && /\d/.test(name)).sort((a, b) => b.length - a.length);
}

/** Blanks out `[start, end)` keeping offsets. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function within(value: number, target: number, tolerance: number): boolean {
  return Math.abs(Math.abs(value) - Math.abs(target)) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
}

/** Finds every number and date in `text` and traces each to the result. */
export function groundText(
  text: string,
  plan: QueryPlan,
  result: QueryResult,
  options: GroundingOptions & { trusted?: readonly Citation[] } = {},
): Grounding {
  const shape = analyzeShape(plan, result, options.presentation);
  const candidates = buildCandidates(plan, result, shape);
  const citations: Citation[] = [];
  const ungrounded: Token[] = [];
  let masked = text;

  for (const citation of options.trusted ?? []) {
    if (citation.computation === COMPUTATION.followUp && text.slice(citation.start, citation.end) === citation.text) {
      citations.push(citation);
      masked = blank(masked, citation.start, citation.end);
    }
  }
  for (const name of namingTexts(plan, result, shape)) {
    let at = masked.indexOf(name);
    while (at !== -1) {
      masked = blank(masked, at, at + name.length);
      at = masked.indexOf(name, at + name.length);
    }
  }

  for (const { pattern, key } of DATE_PATTERNS) {
    for (const match of masked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const dateKey = key(match as RegExpExecArray);
      const cells = dateKey === null ? undefined : candidates.dates.get(dateKey);
      const token = { start, end, text: text.slice(start, end) };
      if (cells === undefined) ungrounded.push(token);
      else citations.push({ ...token, cells, computation: COMPUTATION.period });
      masked = blank(masked, start, end);
    }
  }

  let multiplePool: Candidate[] | undefined;
  for (const match of masked.matchAll(NUMBER)) {
    const [whole, , , digits = '', scaleWord, unitRaw] = match;
    const start = match.index + (whole.length - whole.trimStart().length);
    const end = match.index + whole.length;
    const token = { start, end, text: text.slice(start, end) };
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const scale = scaleWord === undefined ? 1 : (SCALE[scaleWord] ?? 1);
    const value = Number(digits.replace(/,/g, '')) * scale;
    const approximate = APPROXIMATE.test(masked.slice(Math.max(0, start - 16), start).replace(/\$\s*$/, ''));
    const tolerance = (approximate ? 1 : 0.5) * 10 ** -decimals * scale;
    const unit = (unitRaw ?? '').trim().toLowerCase();

    if (scale === 1 && decimals === 0 && !digits.includes(',') && /^(19|20)\d{2}$/.test(digits) && unit === '') {
      const cells = candidates.dates.get(digits);
      if (cells !== undefined) {
        citations.push({ ...token, cells, computation: COMPUTATION.period });
        continue;
      }
    }
    let pool: Candidate[];
    let target = value;
    if (unit === '%' || unit.startsWith('percent') || unit === 'pp' || unit.startsWith('point')) {
      pool = candidates.fractions;
      target = value / 100;
    } else if (unit === '×' || unit === 'x' || unit === 'times') {
      // "2.3 times" is also 1 + a relative change ("up 130%").
      multiplePool ??= [
        ...candidates.multiples,
        ...candidates.fractions.map((candidate) => ({ ...candidate, value: 1 + candidate.value })),
      ];
      pool = multiplePool;
    } else {
      pool = candidates.amounts;
    }
    const scaledTolerance = pool === candidates.fractions ? tolerance / 100 : tolerance;
    const found = pool.find((candidate) => within(candidate.value, target, scaledTolerance));
    if (found === undefined) ungrounded.push(token);
    else citations.push({ ...token, cells: resolveCells(found.cells), computation: found.computation });
  }
  citations.sort((a, b) => a.start - b.start);
  ungrounded.sort((a, b) => a.start - b.start);
  return { citations, ungrounded };
}

/**
 * Checks an interpretation: every number in its text traces to the result (its own citations are not
 * trusted, except the follow-up sentence's figures from the previous question when they still match the text).
 */
export function checkInterpretation(
  interpretation: Interpretation,
  result: QueryResult,
  plan: QueryPlan,
  options: GroundingOptions = {},
): InterpretationCheck {
  const { ungrounded, citations } = groundText(interpretation.text, plan, result, {
    ...options,
    trusted: interpretation.citations,
  });
  if (ungrounded.length === 0) {
    const shape = analyzeShape(plan, result, options.presentation);
    const periods = [periodPhrase(plan.timeRange).trim()];
    if (plan.comparison?.kind === 'period') periods.push(periodPhrase(plan.comparison.timeRange).trim());
    const higherIsBetter = shape.primary === null ? true : (shape.info.get(shape.primary)?.higherIsBetter ?? true);
    const problem = checkClaims(interpretation.text, { plan, result, shape, higherIsBetter, periods, citations });
    return problem === null ? { ok: true } : { ok: false, reason: problem };
  }
  const named = ungrounded.slice(0, 3).map((token) => `"${token.text}"`);
  return {
    ok: false,
    reason: `${named.join(', ')}${ungrounded.length > 3 ? ` and ${ungrounded.length - 3} more` : ''} ${ungrounded.length === 1 ? 'is' : 'are'} not in the result and cannot be computed from it; use only figures from the result.`,
  };
}

const SUMMARY_ROWS = 5;

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The plain, correct fallback: what was measured and the top rows' values, each figure a cell of the
 * result (or the row count), so it always passes the grounding check.
 */
export function summarize(plan: QueryPlan, result: QueryResult, options: GroundingOptions = {}): Interpretation {
  const shape = analyzeShape(plan, result, options.presentation);
  const out = new CitedText();
  const metrics = shape.metrics.slice(0, 3);
  const labels = metrics.map((metric) => shape.info.get(metric)?.label ?? metric);
  if (result.rowCount === 0 || metrics.length === 0) {
    out.text(`The query returned no rows${filterPhrase(plan, shape)}`);
    periodPhrase(plan.timeRange, out);
    out.text('.');
    return out.build();
  }
  out.text(`${labels.join(', ')}${filterPhrase(plan, shape)}`);
  periodPhrase(plan.timeRange, out);
  out.text(': ');
  const shown = Math.min(SUMMARY_ROWS, result.rowCount);
  for (let row = 0; row < shown; row += 1) {
    if (row > 0) out.text('; ');
    const name = rowLabel(result, shape, row);
    if (shape.time !== null) {
      const cell = result.rows[row]?.[columnIndex(result, shape.time)];
      out.figure(
        typeof cell === 'string' ? capitalizeFirst(formatPeriod(cell, shape.grain)) : String(cell),
        [{ row, column: shape.time }],
        COMPUTATION.period,
      );
      out.text(name === '' ? ': ' : ` ${name}: `);
    } else if (name !== '') {
      out.text(`${name}: `);
    }
    metrics.forEach((metric, index) => {
      if (index > 0) out.text(', ');
      const value = numericCells(result, metric)[row];
      const info = shape.info.get(metric);
      if (metrics.length > 1) out.text(`${labels[index]} `);
      if (value === null || value === undefined) out.text('no value');
      else
        out.figure(
          formatValue(value, info?.format ?? 'number', info?.currency),
          [{ row, column: metric }],
          COMPUTATION.value,
        );
    });
  }
  if (result.rowCount > shown) {
    out
      .text(' (first ')
      .figure(formatCount(shown), [], COMPUTATION.count)
      .text(' of ')
      .figure(formatCount(result.rowCount), [], COMPUTATION.count)
      .text(' rows)');
  }
  out.text('.');
  return out.build();
}
