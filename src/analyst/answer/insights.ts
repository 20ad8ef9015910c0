import { filterPhrase } from './filter-phrase.js';
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { Interpretation } from '../analyst.js';
import { COMPUTATION, CitedText, LISTED_ROWS, type CellRef } from './cited-text.js';
import { datedPreviousRange, periodPhrase, previousPeriodPhrase } from './period-phrase.js';
import { trendDrift, trendLostInNoise } from './trend.js';
import {
  addMonths,
  comparisonSpan,
  daysBetween,
  daysInPartsOfWeek,
  resolveTimeRange,
  shiftDate,
  sortedByOwnTime,
  unequalSpans,
  type QueryPlan,
} from '../plan.js';
import { sharePart } from '../row-conditions.js';
import { placeWord, SMALL_NUMBERS } from '../sentence-case.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import {
  formatCount,
  formatMultiple,
  formatPercent,
  formatPeriod,
  distinctForm,
  formatValue,
  spokenLabel,
  parseIsoDate,
  pluralLabel,
  shownFraction,
} from './format.js';
import {
  analyzeShape,
  columnIndex,
  dimensionInfo,
  numericCells,
  partsOfWeekRows,
  unlinkedRows,
  pluralize,
  rowLabel,
  type MetricInfo,
  type Presentation,
  type ResultShape,
} from './result-shape.js';

/**
 * Deterministic business insight from a result: the leader and its share of the total, how it compares
 * to the average, period-over-period change, trend direction, outliers and the bottom performer, written
 * as a few plain sentences. Every figure written is recorded as a Citation, so a client can show where
 * it came from and the grounding check can trace it.
 */

export interface InsightOptions {
  /** Metric and dimension labels and formats, normally from the semantic layer. */
  readonly presentation?: Presentation;
  /** The asker's today (YYYY-MM-DD): a time bucket that runs past yesterday is said to be unfinished. */
  readonly today?: string;
  /** The first day of the figure's data: a first bucket that starts before it holds only part of its days. */
  readonly dataStart?: string | null;
  /** The question as asked: a number of rows said in it ("top 10") that the result falls short of is said so. */
  readonly question?: string;
}

const TREND_THRESHOLD = 0.05;
const OUTLIER_Z = 3.5;
/** An outlier must also be far from the median in plain terms, not just against a tight spread. */
const OUTLIER_MULTIPLE = 2;
/** MAD → standard deviation for normally distributed data. */
const MAD_SCALE = 1.4826;

/** Counts under ten move by how many, not by a percent of themselves ("up 50.0%" from 2 to 3). */
function fewCounted(value: number, format: string): boolean {
  return format === 'number' && Number.isInteger(value) && Math.abs(value) < 10;
}

/** Writes the interpretation of `result` for `plan`: a few sentences, every figure cited. */
export function writeInsights(plan: QueryPlan, result: QueryResult, options: InsightOptions = {}): Interpretation {
  const shape = analyzeShape(plan, result, options.presentation);
  const out = new CitedText();
  const writer = new InsightWriter(plan, result, shape, out, options.today, options.dataStart ?? null);
  const picked = plan.conditions?.[0];
  if (result.rowCount === 0 && picked && plan.dimensions.includes(picked.dimension)) {
    // "Which products had no sales in February": none did; the condition follows in the notes.
    const plural = dimensionInfo(shape, picked.dimension).plural.replace(/ IDs$/i, 's');
    // ("List open invoices over $50": none of the open ones, said with the filter.)
    out.text(`No ${plural} matched${filterPhrase(plan, shape)}${writer.periodPhrase()}.`);
    return out.build();
  }
  const [ranked] = plan.dimensions;
  if (result.rowCount === 0 && plan.offset !== undefined && plan.offset > 0 && ranked !== undefined) {
    // "Which plan billed the second most" where one plan billed anything: there is no second, said so (never "no
    // data").
    const info = dimensionInfo(shape, ranked);
    const place = plan.offset + 1;
    out.text(
      `There is no ${placeWord(place)} ${info.label.toLowerCase()}${writer.periodPhrase()}: fewer than ${SMALL_NUMBERS[place] ?? String(place)} ${info.plural.toLowerCase()} had any.`,
    );
    return out.build();
  }
  if (result.rowCount === 0 || shape.primary === null) {
    out.text(
      `No data matched this question${filterPhrase(plan, shape)}${writer.periodPhrase()}, so there is nothing to report yet.`,
    );
    return out.build();
  }
  if (sortedByOwnTime(plan)) writer.latest();
  else if (
    shape.time !== null &&
    shape.dimensions.length === 0 &&
    plan.sort !== null &&
    plan.sort.by !== 'period' &&
    plan.limit !== null
  )
    writer.rankedPeriods();
  else if (shape.time !== null && shape.dimensions.length === 0) {
    writer.series();
    if (options.question !== undefined) writer.everyStep(options.question);
  } else if (shape.time !== null) writer.seriesByDimension();
  else if (shape.dimensions.length === 0 || (result.rowCount === 1 && !oneIdListed(shape, result))) writer.single();
  else {
    writer.breakdown();
    writer.partsOfWeekPerDay();
    if (options.question !== undefined) writer.fewerThanAsked(options.question);
  }
  if (result.truncated) {
    out
      .text(' Only the first ')
      .figure(formatCount(result.rowCount), [], COMPUTATION.count)
      .text(' rows were returned; the rest were cut off.');
  }
  return out.build();
}

/** "Grow every month", "fall each week", "increase month on month every month": a step-by-step question. */
const EVERY_STEP =
  /\b(grow|grew|growing|grown|rise|rose|rising|increase|increased|increasing|go up|went up|decline|declined|drop|dropped|fall|fell|falling|shrink|shrank|go down|went down)\b.*\b(?:every|each|every single) (?:month|week|day|quarter|year)\b/i;

/** One row of an id dimension counted once ("which invoices are open" where one is): a list of one, not a figure. */
function oneIdListed(shape: ResultShape, result: QueryResult): boolean {
  const [dimension] = shape.dimensions;
  const [metric] = shape.metrics;
  if (shape.dimensions.length !== 1 || dimension === undefined || metric === undefined) return false;
  const info = shape.info.get(metric);
  return (
    /\bIDs$/i.test(dimensionInfo(shape, dimension).plural) &&
    info?.additive === true &&
    numericCells(result, metric)[0] === 1
  );
}

/**
 * The gap between two fractions in percentage points: one decimal, as the two are shown (`shownFraction`), when that
 * is the true gap rounded; else the true gap to two decimals ("7.5%" to "8.7%" is up 1.15 points, never 1.2).
 */
function pointsBetween(high: number, low: number): string {
  const shown = ((shownFraction(high) - shownFraction(low)) * 100).toFixed(1);
  const points = (high - low) * 100;
  return points.toFixed(1) === shown ? shown : points.toFixed(2);
}

/** The first letter in capitals, unless the text starts with an identifier ("ord_dm_0024936" stays as it is). */
function capitalize(text: string): string {
  if (/^[a-z]+_[a-z0-9_]*\d/.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The fewest orders", but "the least engagement": a count said in the plural takes "fewest", one said as a mass. */
function fewest(info: MetricInfo): string {
  const [first = ''] = info.label.toLowerCase().split(/\s+/);
  return /[^s]s$/.test(first) || /[^s]s$/.test(info.label.toLowerCase()) ? 'fewest' : 'least';
}

function lowerLabel(info: MetricInfo): string {
  return /^[A-Z]{2,}/.test(info.label) ? info.label : info.label.charAt(0).toLowerCase() + info.label.slice(1);
}

interface Point {
  readonly row: number;
  readonly value: number;
}

const NAMES = new Intl.ListFormat('en', { type: 'conjunction' });
/** "A, B, and C". */
function listNames(names: readonly string[]): string {
  return NAMES.format(names);
}

/** Two values this close (as a fraction of the first) make a first place said "narrowly". */
const NEAR_TIE = 0.01;

/** Writes the sentences for one result, sharing the plan, the shape and the output. */
class InsightWriter {
  private readonly primary: string;
  private readonly info: MetricInfo;

  constructor(
    private readonly plan: QueryPlan,
    private readonly result: QueryResult,
    private readonly shape: ResultShape,
    private readonly out: CitedText,
    /** The asker's today (YYYY-MM-DD): data runs through the day before. Absent: every bucket is taken as whole. */
    private readonly today?: string,
    /** The first day of the figure's data, when known. */
    private readonly dataStart: string | null = null,
  ) {
    this.primary = shape.primary ?? '';
    this.info = shape.info.get(this.primary) ?? { label: this.primary, format: 'number', additive: false };
  }

  periodPhrase(): string {
    return periodPhrase(this.plan.timeRange);
  }

  /** The answer's scope after the metric: its filters (never left out), then its period. */
  private writePeriod(): void {
    this.out.text(filterPhrase(this.plan, this.shape));
    periodPhrase(this.plan.timeRange, this.out);
  }

  /** " the period before", or the explicit comparison period (" last month"). */
  private writeComparisonPeriod(): void {
    // (A period still running against a whole one: every change is said against its same days.)
    if (this.shape.sameDays.size > 0) {
      this.out.text(` over the same days of ${this.comparedName()}`);
      return;
    }
    const comparison = this.plan.comparison;
    // ("This quarter vs all time": never "the same days a quarter earlier".)
    if (comparison?.kind === 'period' && comparison.timeRange.kind === 'all') this.out.text(' over all time');
    else if (comparison?.kind === 'period') periodPhrase(comparison.timeRange, this.out);
    else {
      // "January vs December": the span before a dated one, named by its dates ("in December 2025").
      const before = datedPreviousRange(this.plan);
      if (before !== null) periodPhrase(before, this.out);
      else this.out.text(previousPeriodPhrase(this.plan.timeRange));
    }
  }

  private points(column = this.primary): Point[] {
    return numericCells(this.result, column).flatMap((value, row) => (value === null ? [] : [{ row, value }]));
  }

  private cell(row: number, column = this.primary): CellRef {
    return { row, column };
  }

  private allCells(points: readonly Point[], column = this.primary): CellRef[] {
    return points.map((point) => this.cell(point.row, column));
  }

  /** How the primary figure's values are written in a ranking, set once the values to tell apart are known. */
  private primaryForm: ((value: number) => string) | null = null;

  private value(point: Point, column = this.primary): void {
    const info = this.shape.info.get(column) ?? this.info;
    const write =
      column === this.primary && this.primaryForm !== null
        ? this.primaryForm
        : (value: number) => formatValue(value, info.format, info.currency);
    this.out.figure(write(point.value), [this.cell(point.row, column)], COMPUTATION.value);
  }

  private label(row: number): string {
    return rowLabel(this.result, this.shape, row);
  }

  private periodOf(row: number): string {
    const time = this.shape.time;
    const cell = time === null ? null : this.result.rows[row]?.[columnIndex(this.result, time)];
    return typeof cell === 'string' ? formatPeriod(cell, this.shape.grain) : String(cell);
  }

  private writePeriodOf(row: number): void {
    const time = this.shape.time;
    if (time === null) return;
    this.out.figure(this.periodOf(row), [{ row, column: time }], COMPUTATION.period);
  }

  /** "up 12.3%" / "down 4.0%" / "unchanged", cited as a change between two cells. */
  private change(
    from: Point,
    to: Point,
    computation: string,
    fromColumn = this.primary,
    toColumn = this.primary,
    withAmount = false,
  ): void {
    const cells = [this.cell(from.row, fromColumn), this.cell(to.row, toColumn)];
    if (from.value === to.value) {
      this.out.text('unchanged');
      return;
    }
    const format = this.shape.info.get(toColumn)?.format ?? this.info.format;
    if (format === 'percent') {
      // A rate moves in percentage points: "down 0.6 points", not "down 12.5%" of itself.
      const points = pointsBetween(Math.max(to.value, from.value), Math.min(to.value, from.value));
      // A move too small to show ("up 0.0 percentage points") is said as what it is.
      if (Number(points) === 0) {
        this.out.text('barely changed');
        return;
      }
      this.out
        .text(to.value > from.value ? 'up ' : 'down ')
        .figure(points, cells, COMPUTATION.difference)
        .text(' percentage points');
      return;
    }
    if (from.value === 0) {
      this.out.text(to.value > from.value ? 'up' : 'down').text(' from zero');
      return;
    }
    const relative = (to.value - from.value) / Math.abs(from.value);
    this.out.text(relative > 0 ? 'up ' : 'down ');
    // "From 2 in January to 3 in December": a count under ten moves by how many, never "up 50.0%" of two.
    if (
      Number.isInteger(from.value) &&
      Number.isInteger(to.value) &&
      (fewCounted(from.value, format) || fewCounted(to.value, format))
    ) {
      this.out.figure(formatCount(Math.abs(to.value - from.value)), cells, COMPUTATION.difference);
      return;
    }
    // "How much more did I make in Q4 than Q3": the amount of the change, then its share of where it started.
    if (withAmount) {
      const info = this.shape.info.get(toColumn) ?? this.info;
      this.out
        .figure(formatValue(Math.abs(to.value - from.value), info.format, info.currency), cells, COMPUTATION.difference)
        .text(' (');
      this.out.figure(formatPercent(Math.abs(relative)), cells, computation).text(')');
      return;
    }
    this.out.figure(formatPercent(Math.abs(relative)), cells, computation);
  }

  private shareOf(point: Point, total: number, totalCells: readonly CellRef[]): void {
    this.out.figure(formatPercent(point.value / total), [this.cell(point.row), ...totalCells], COMPUTATION.share);
  }

  private canShare(points: readonly Point[]): number | null {
    if (!this.info.additive || points.some((point) => point.value < 0)) return null;
    const total = points.reduce((sum, point) => sum + point.value, 0);
    return total > 0 ? total : null;
  }

  /** True when the list is a top/bottom N cut, or the rows were cut off, so its total is not the grand total. */
  private isCut(): boolean {
    return this.result.truncated || (this.plan.limit !== null && this.result.rowCount >= this.plan.limit);
  }

  /** "The most recent invoice ID for region Americas is inv_ac_013, dated Aug 5, 2025." */
  latest(): void {
    const sort = this.plan.sort;
    const dimension = this.shape.dimensions[0];
    if (!sort || dimension === undefined) return;
    const info = dimensionInfo(this.shape, dimension);
    const word = sort.direction === 'desc' ? 'most recent' : 'earliest';
    const at = columnIndex(this.result, sort.by);
    const dated = (row: number) => {
      const cell = this.result.rows[row]?.[at];
      const text = typeof cell === 'string' && parseIsoDate(cell) ? formatPeriod(cell, 'day') : String(cell);
      this.out.figure(text, [{ row, column: sort.by }], COMPUTATION.period);
    };
    const rows = this.result.rowCount;
    // "List my refunded orders": every row asked for, newest first, not "the 13 most recent" of more.
    // ("Subscribers who joined in May on the Pro plan", one of them: that one, listed, never "the most recent".)
    const every = this.plan.limit === null && rows > 0;
    if (every) {
      this.out.text(this.result.truncated ? 'The first ' : '');
      this.out
        .figure(formatCount(rows), [], COMPUTATION.count)
        .text(` ${rows === 1 ? spokenLabel(info.label) : info.plural}`);
    } else
      this.out.text(
        `The ${rows === 1 ? word : `${formatCount(rows)} ${word}`} ${rows === 1 ? spokenLabel(info.label) : info.plural}`,
      );
    this.writePeriod();
    if (every && rows > 1) this.out.text(`, ${word} first`);
    // The figures asked beside the rows ("what did my latest post earn", "latest post >> how many comments did it
    // get"); a count of them is 1 each and says nothing.
    const withFigure = (row: number) => {
      for (const metric of this.shape.metrics) {
        const figures = numericCells(this.result, metric);
        const value = figures[row];
        if (figures.every((one) => one === 1) || value === null || value === undefined) continue;
        this.out.text(`, ${lowerLabel(this.shape.info.get(metric) ?? this.info)} `);
        this.value({ row, value }, metric);
      }
    };
    if (rows === 1 && !every) {
      this.out.text(` is ${this.label(0)}, dated `);
      dated(0);
      withFigure(0);
      this.out.text('.');
      return;
    }
    this.out.text(': ');
    // More rows than are named: the list ends with how many more, never with "and" the tenth as if it were the last.
    const named = Math.min(rows, LISTED_ROWS);
    const more = rows - named;
    for (let row = 0; row < named; row += 1) {
      if (row > 0) this.out.text(row === named - 1 && more === 0 ? ' and ' : ', ');
      this.out.text(`${this.label(row)} (`);
      dated(row);
      withFigure(row);
      this.out.text(')');
    }
    this.more(more);
  }

  /**
   * "The top 3 days for sales in 2025": periods ranked by the figure, said as a ranking ("Sep 3, 2025 had the highest
   * revenue …"), never as a trend through them (they are not in time order, and not every period is there).
   */
  rankedPeriods(): void {
    const points = this.points();
    const ascending = this.plan.sort?.direction === 'asc';
    const ordered = [...points].sort((a, b) => (ascending ? a.value - b.value : b.value - a.value));
    const counted = this.info.additive && this.info.format === 'number';
    const extreme = ascending ? (counted ? fewest(this.info) : 'lowest') : counted ? 'most' : 'highest';
    const [first, ...rest] = ordered;
    if (first === undefined) return;
    const tiedFirst = rest[0]?.value === first.value;
    const time = this.shape.time as string;
    // "The worst week": one of the 16 weeks with nothing, when the limit hid the others that share its value.
    const tied = this.shape.tied;
    const tiedRows = tied === null ? null : (numericCells(this.result, tied)[first.row] ?? null);
    const tiedShown = ordered.filter((point) => point.value === first.value).length;
    this.out.figure(capitalize(this.periodOf(first.row)), [{ row: first.row, column: time }], COMPUTATION.period);
    this.partNote(first.row);
    const hiddenTies = tied !== null && tiedRows !== null && tiedRows > tiedShown;
    if (tied !== null && tiedRows !== null && tiedRows > tiedShown) {
      this.out.text(' is one of ');
      this.out.figure(formatCount(tiedRows), [this.cell(first.row, tied)], COMPUTATION.value);
      this.out.text(` ${this.plan.grain ?? 'period'}s tied for the ${extreme} ${lowerLabel(this.info)}`);
    } else {
      this.out.text(`${tiedFirst ? ' ties for' : ' had'} the ${extreme} ${lowerLabel(this.info)}`);
    }
    this.writePeriod();
    this.out.text(tiedFirst || hiddenTies ? ' at ' : ' with ');
    this.value(first);
    this.out.text('.');
    // ("How many orders that month": the figure asked of the period found, beside the one it was found by.)
    this.secondaryMetrics(first);
    rest.slice(0, LISTED_ROWS - 1).forEach((point, index) => {
      this.out.text(index === 0 ? ' Then ' : index === rest.length - 1 ? ' and ' : ', ');
      this.writePeriodOf(point.row);
      this.partNote(point.row);
      this.out.text(' with ');
      this.value(point);
    });
    if (rest.length > 0) this.out.text('.');
  }

  single(): void {
    const row = 0;
    const metrics = this.shape.metrics.slice(0, 4);
    const name = this.shape.dimensions.length > 0 ? this.label(row) : '';
    if (name !== '' && this.lookedUp(row, name)) return;
    metrics.forEach((metric, index) => {
      const value = numericCells(this.result, metric)[row];
      const info = this.shape.info.get(metric) ?? this.info;
      // The first metric's column may be named for what it is per ("revenue_per_order" when sorted by revenue).
      const ranked =
        index === 0 &&
        name !== '' &&
        this.plan.sort !== null &&
        (this.plan.sort.by === metric || this.plan.sort.by === this.plan.metrics[0]);
      if (ranked && value !== null && value !== undefined) {
        // Counts are "the most posts", not "the highest posts" (distinct ones too: "the fewest orders").
        const counted = info.format === 'number' && (info.additive || fewest(info) === 'fewest');
        const extreme =
          this.plan.sort?.direction === 'asc' ? (counted ? fewest(info) : 'lowest') : counted ? 'most' : 'highest';
        // A "top 1" whose value other rows share: one of them, not the one.
        const tiedRows = this.shape.tied === null ? null : numericCells(this.result, this.shape.tied)[row];
        // ("The second one" of a ranking: "has the second highest", "tied for the second highest".)
        const place = this.plan.offset ? `${placeWord(this.plan.offset + 1)} ` : '';
        if (tiedRows !== null && tiedRows !== undefined && tiedRows > 1 && this.shape.tied !== null) {
          const dimension = this.shape.dimensions[0] ?? '';
          this.out.text(`${name} is one of `);
          this.out.figure(formatCount(tiedRows), [this.cell(row, this.shape.tied)], COMPUTATION.value);
          this.out.text(
            ` ${dimensionInfo(this.shape, dimension).plural} tied for the ${place}${extreme} ${lowerLabel(info)}`,
          );
        } else {
          this.out.text(`${name} has the ${place}${extreme} ${lowerLabel(info)}`);
        }
        this.writePeriod();
        this.out.text(': ');
        this.value({ row, value }, metric);
        // ("Best selling category last month vs the month before": its figure then too, never left out.)
        this.writePrior(row, value, metric, info);
        this.out.text('.');
        return;
      }
      // "That is 19.2% of all orders": a share said as the part of its whole, not as a figure of its own.
      if (index > 0 && this.plan.share && metric.endsWith('_share') && value !== null && value !== undefined) {
        this.out.text(' That is ');
        this.value({ row, value }, metric);
        // "11.9% of all revenue for sales channel Instagram Shop": the whole keeps the filters that are not the part.
        const part = this.plan.share.dimension;
        // ("21.2% of all orders for sales channel TikTok Shop": a condition's share, of every row the filters keep.)
        const whole =
          this.plan.share.conditions === true
            ? filterPhrase(this.plan, this.shape)
            : part === null
              ? ''
              : filterPhrase(
                  { ...this.plan, filters: this.plan.filters.filter((filter) => filter.dimension !== part) },
                  this.shape,
                );
        this.out.text(` of all ${lowerLabel(info).replace(/^share of /, '')}${whole}.`);
        return;
      }
      if (index === 0) {
        this.out.text(name === '' ? capitalize(info.label) : `${name} ${lowerLabel(info)}`);
        this.writePeriod();
      } else {
        this.out.text(` ${capitalize(info.label)}`);
      }
      // ("Engagement rate for TikTok yesterday": no post that day, so nothing to work a rate out from, said so.)
      if (value === null || value === undefined) {
        this.out.text(' had no value: there was nothing to work it out from.');
        return;
      }
      this.out.text(pluralLabel(info.label) ? ' were ' : ' was ');
      this.value({ row, value }, metric);
      this.writePrior(row, value, metric, info);
      this.out.text('.');
    });
  }

  /**
   * "When was post_1 posted", "show me order ord_1": one row looked up by its key, said with its date ("“Behind the
   * scenes…”, dated Jul 31, 2025, likes 4,971."); a count of the row itself (1) says nothing and is left out.
   */
  private lookedUp(row: number, name: string): boolean {
    const dimension = this.shape.dimensions[0];
    const looked = this.plan.filters.some(
      (filter) => filter.dimension === dimension && filter.operator === 'eq' && filter.values.length === 1,
    );
    const dated = [...this.shape.details].find(([column, of]) => {
      const cell = this.result.rows[row]?.[columnIndex(this.result, column)];
      return of === dimension && typeof cell === 'string' && parseIsoDate(cell) !== null;
    })?.[0];
    if (!looked || dated === undefined || this.shape.dimensions.length !== 1) return false;
    const day = this.result.rows[row]?.[columnIndex(this.result, dated)] as string;
    // ("invoice_issued_at": "issued on"; a date column named for nothing done: "dated".)
    const done = dated
      .replace(new RegExp(`^(?:${dimension ?? ''}|${(dimension ?? '').replace(/_id$/, '')})_`), '')
      .replace(/_(?:at|on|date)$/, '')
      .replaceAll('_', ' ');
    const said = /^[a-z]+ed$/.test(done) ? `${done} on` : 'dated';
    this.out.text(`${name}, ${said} `).figure(formatPeriod(day, 'day'), [this.cell(row, dated)], COMPUTATION.period);
    for (const metric of this.shape.metrics.slice(0, 4)) {
      const value = numericCells(this.result, metric)[row];
      const info = this.shape.info.get(metric) ?? this.info;
      if (value === null || value === undefined || (info.additive && info.format === 'number' && value === 1)) continue;
      this.out.text(`, ${lowerLabel(info)} `);
      this.value({ row, value }, metric);
    }
    this.out.text('.');
    return true;
  }

  /** ", down 7 (1.1%) from 649 the month before": one row's figure against the period it is compared with. */
  private writePrior(row: number, value: number, metric: string, info: MetricInfo): void {
    // (A period still running against a whole one: the change is against its same days, the whole said after.)
    const whole = this.shape.sameDays.has(metric) ? this.shape.previous.get(metric) : undefined;
    const prior = this.shape.sameDays.get(metric) ?? this.shape.previous.get(metric);
    const priorValue = prior === undefined ? null : numericCells(this.result, prior)[row];
    // "August vs August last year" where the data begins after it: no $0.00 to be "up from", nothing to compare.
    if (prior !== undefined && this.comparedBeforeData()) {
      this.out.text('; there is no data to compare with');
      this.writeComparisonPeriod();
      return;
    }
    if (prior !== undefined && priorValue !== null && priorValue !== undefined) {
      // "Up from $0.00 the same days a year earlier": from nothing there is no percentage to give.
      if (priorValue === 0 && value !== 0) this.out.text(value > 0 ? ', up' : ', down');
      else {
        this.out.text(', ');
        this.change({ row, value: priorValue }, { row, value }, COMPUTATION.periodChange, prior, metric, true);
      }
      this.out
        .text(' from ')
        .figure(formatValue(priorValue, info.format, info.currency), [this.cell(row, prior)], COMPUTATION.value);
      this.writeComparisonPeriod();
      if (whole !== undefined) this.writeWhole(row, whole, info);
      else this.writePerDay(value, priorValue, info);
    } else if (prior !== undefined) {
      // The comparison asked, with nothing to compare: said, never left out.
      this.out.text('; there is no figure to compare with for');
      this.writeComparisonPeriod();
    }
  }

  /**
   * "Top 3", with a fourth row at the third's value: the cut-off is not a ranking between them. " 3 countries have
   * 3, only 1 of them shown."
   */
  private tiedAtCut(ordered: readonly Point[], tiedCells: readonly (number | null)[], dimension: string): void {
    const [first] = ordered;
    const last = ordered[ordered.length - 1];
    const lastTied = last === undefined || this.shape.tied === null ? null : (tiedCells[last.row] ?? null);
    const lastShown = last === undefined ? 0 : ordered.filter((point) => point.value === last.value).length;
    if (first === undefined || last === undefined || last.value === first.value) return;
    if (lastTied === null || lastTied <= lastShown) return;
    const shownCells = ordered.filter((point) => point.value === last.value).map((point) => this.cell(point.row));
    this.out.text(' ');
    this.out.figure(formatCount(lastTied), [this.cell(last.row, this.shape.tied as string)], COMPUTATION.value);
    this.out.text(` ${dimensionInfo(this.shape, dimension).plural} have `);
    this.value(last);
    this.out.text(', only ');
    this.out.figure(formatCount(lastShown), shownCells, COMPUTATION.count);
    this.out.text(' of them shown.');
  }

  /**
   * " Per day, Sat–Sun is ahead: $4,358.27 (8 days) against $3,683.47 (20 days), 18.3% more.": weekends against
   * weekdays, whose totals
   * hold five days against two, each over its own days too (the totals alone can point the other way).
   */
  partsOfWeekPerDay(): void {
    const parts = partsOfWeekRows(this.result, this.shape);
    if (parts === null || !this.info.additive || this.today === undefined) return;
    const days = daysInPartsOfWeek(this.plan, this.today, this.dataStart);
    if (days === null) return;
    const values = numericCells(this.result, this.primary);
    const perDay = parts
      .map(({ row, weekend }) => ({ row, days: weekend ? days.weekends : days.weekdays, value: values[row] ?? null }))
      .filter((part) => part.value !== null && part.days > 0)
      .map((part) => ({ ...part, perDay: (part.value as number) / part.days }))
      .sort((one, other) => other.perDay - one.perDay);
    if (perDay.length === 0) return;
    const format = (amount: number) => formatValue(amount, this.info.format, this.info.currency);
    const [high, low] = perDay;
    // (Which part is ahead per day is said, as the totals' leader was: five days against two can point the other way.)
    const pair =
      high !== undefined && low !== undefined && format(high.perDay) !== format(low.perDay) ? { high, low } : null;
    const ahead = pair !== null;
    this.out.text(pair ? ` Per day, ${this.label(pair.high.row)} is ahead:` : ' Per day:');
    perDay.forEach((part, at) => {
      this.out
        .text(`${at === 0 ? '' : ahead ? ' against' : ','} ${ahead ? '' : `${this.label(part.row)} `}`)
        .figure(format(part.perDay), [this.cell(part.row)], COMPUTATION.perDay)
        .text(' (')
        .figure(formatCount(part.days), [], COMPUTATION.plan)
        .text(` day${part.days === 1 ? '' : 's'})`);
    });
    if (pair && pair.low.perDay > 0)
      this.out
        .text(', ')
        .figure(
          formatPercent((pair.high.perDay - pair.low.perDay) / pair.low.perDay),
          [this.cell(pair.high.row), this.cell(pair.low.row)],
          COMPUTATION.perDay,
        )
        .text(' more');
    this.out.text('.');
  }

  /**
   * "; the periods differ in length (10 days against 28): per day, $4,586.39 against $3,876.27, up 18.3%": a total
   * set against one over a much longer or shorter span, said per day too (the totals alone are no like-for-like, and
   * can point the other way).
   */
  private writePerDay(value: number, priorValue: number, info: MetricInfo): void {
    if (!info.additive || this.today === undefined || this.result.rowCount !== 1) return;
    const spans = unequalSpans(this.plan, this.today, this.dataStart);
    if (spans === null || priorValue === 0) return;
    const now = value / spans.now;
    const then = priorValue / spans.then;
    const format = (amount: number) => formatValue(amount, info.format, info.currency);
    const cells = [this.cell(0), this.cell(0, this.shape.previous.get(this.primary) ?? this.primary)];
    this.out
      .text('; the periods differ in length (')
      .figure(formatCount(spans.now), [], COMPUTATION.plan)
      .text(` day${spans.now === 1 ? '' : 's'} against `)
      .figure(formatCount(spans.then), [], COMPUTATION.plan)
      .text('): per day, ')
      .figure(format(now), [this.cell(0)], COMPUTATION.perDay)
      .text(' against ')
      .figure(format(then), cells.slice(1), COMPUTATION.perDay);
    if (format(now) === format(then)) {
      this.out.text(', the same');
      return;
    }
    this.out
      .text(now > then ? ', up ' : ', down ')
      .figure(formatPercent(Math.abs(now - then) / then), cells, COMPUTATION.perDay);
  }

  /**
   * "; all of last month had 3": beside the change against the same days of a whole earlier period (a period still
   * running against it), that period's whole figure, as it was asked for.
   */
  private writeWhole(row: number, whole: string, info: MetricInfo): void {
    const value = numericCells(this.result, whole)[row];
    if (value === null || value === undefined) return;
    this.out
      .text(`; all of ${this.comparedName()} had `)
      .figure(formatValue(value, info.format, info.currency), [this.cell(row, whole)], COMPUTATION.value);
  }

  /** The earlier period compared with, as its name reads after "of": "last month", "Q4 2025". */
  private comparedName(): string {
    const comparison = this.plan.comparison;
    const range = comparison?.kind === 'period' ? comparison.timeRange : this.plan.timeRange;
    return periodPhrase(range)
      .trim()
      .replace(/^(?:in|on|during) /, '');
  }

  /** "Top 10 categories" where there are 4: " Only 4 categories are in the result, fewer than the 10 asked." */
  fewerThanAsked(question: string): void {
    const limit = this.plan.limit;
    // (Only a number the asker said: "who are our top customers" asks for no number.)
    if (limit === null) return;
    const said = new RegExp(`\\b(?:${limit}|${SMALL_NUMBERS[limit] ?? limit})\\b`, 'i').test(question);
    const rows = this.result.rowCount;
    const dimension = this.shape.dimensions[0];
    if (!said || limit <= 1 || rows < 2 || rows >= limit || this.result.truncated || dimension === undefined) return;
    if (this.shape.dimensions.length !== 1) return;
    this.out
      .text(' Only ')
      .figure(formatCount(rows), [], COMPUTATION.count)
      .text(` ${dimensionInfo(this.shape, dimension).plural} are in the result, fewer than the `)
      .figure(formatCount(limit), [], COMPUTATION.plan)
      .text(' asked.');
  }

  /**
   * "Did revenue grow every month last year": a series asked whether it moved one way at every step. How many steps
   * went each way, and those that went against it by their period ("not every month: it fell in February, …"); a
   * trend over the whole span never answers it.
   */
  everyStep(question: string): void {
    const asked = EVERY_STEP.exec(question);
    const at = this.shape.time === null ? -1 : columnIndex(this.result, this.shape.time);
    if (!asked || at < 0 || this.shape.dimensions.length > 0) return;
    const when = (point: Point) => String(this.result.rows[point.row]?.[at] ?? '');
    // (Whole periods only: a period still running or cut at either end is no step.)
    const points = [...this.points()]
      .sort((a, b) => when(a).localeCompare(when(b)))
      .filter((point) => !this.unfinished(point.row) && !this.startsEarly(point.row) && !this.endsLate(point.row));
    if (points.length < 3) return;
    const falling = /^(?:decline|declined|drop|dropped|fall|fell|shrink|shrank|go down|went down)/i.test(
      asked[1] ?? '',
    );
    const against = points.slice(1).filter((point, index) => {
      const before = (points[index] as Point).value;
      return falling ? point.value >= before : point.value <= before;
    });
    const grain = this.shape.grain ?? 'period';
    const verb = falling ? 'fell' : 'rose';
    if (against.length === 0) {
      this.out.text(` It ${verb} every ${grain}: `).figure(formatCount(points.length - 1), [], COMPUTATION.count);
      this.out.text(` ${grain}-on-${grain} changes, all ${falling ? 'down' : 'up'}.`);
      return;
    }
    this.out
      .text(` Not every ${grain}: it ${falling ? 'rose or held' : 'fell or held'} in `)
      .figure(formatCount(against.length), [], COMPUTATION.count)
      .text(' of the ')
      .figure(formatCount(points.length - 1), [], COMPUTATION.count)
      .text(` ${grain}-on-${grain} changes (`);
    against.forEach((point, index) => {
      if (index > 0) this.out.text(index === against.length - 1 ? ' and ' : ', ');
      this.writePeriodOf(point.row);
    });
    this.out.text(').');
  }

  breakdown(): void {
    const dimension = this.shape.dimensions[0] ?? 'group';
    // "Revenue by plan" where some payments' member is gone: their money is linked to no plan. It counts in the
    // total, and is said as such; it is no plan of its own to rank, average or call the lowest.
    const every = this.points();
    const unlinkedAt = unlinkedRows(this.result, this.shape);
    const unlinked = every.filter((point) => unlinkedAt.has(point.row));
    const points =
      unlinked.length > 0 && unlinked.length < every.length
        ? every.filter((point) => !unlinkedAt.has(point.row))
        : every;
    // "Which products did I add this year": one each, a list of them, not a tie among all of them.
    // (One row of ids counted once, "which ones are open" after July's invoices: "1 invoice ID …: inv_ac_012".)
    const ids = /\bIDs$/i.test(dimensionInfo(this.shape, dimension).plural);
    if (
      (points.length > 1 || ids) &&
      this.info.additive &&
      points.length > 0 &&
      points.every((point) => point.value === 1)
    ) {
      this.list(points, dimension);
      return;
    }
    // "Which products had no sales last week": every one of them at 0 is a list of them, not a tie for the top.
    // How many rows share each value in all the data, when the compiler counted them ("6 products sold nothing").
    const tiedCells = this.shape.tied === null ? [] : numericCells(this.result, this.shape.tied);
    const allShown = points.every((point) => (tiedCells[point.row] ?? points.length) <= points.length);
    if (points.length > 1 && this.info.additive && allShown && points.every((point) => point.value === 0)) {
      this.none(points, dimension);
      // ("None this quarter", against the same days before: where the total went, still said.)
      this.previousPeriod(points);
      return;
    }
    // "Cancellation rate by country yesterday" with no cancellation anywhere: every one at 0%, never a tie for the
    // highest.
    if (points.length > 1 && !this.info.additive && points.every((point) => point.value === 0)) {
      this.allAtZero(points, dimension);
      return;
    }
    // "Which accessories cost under $30": the rows a condition picked, every one named with its figure, not a race.
    if (this.pickedByCondition(dimension) && points.length > 1) {
      this.pickedList(points, dimension);
      return;
    }
    // "Instagram leads with 7.31%, TikTok comes second with 7.28%": a ranking never reads as equal values.
    const named = [...points].sort((a, b) => b.value - a.value);
    this.primaryForm = distinctForm(
      [...named.slice(0, 3), ...named.slice(-2)].map((point) => point.value),
      this.info.format,
      this.info.currency,
    );
    const metric = lowerLabel(this.info);
    const ascending = this.plan.sort?.direction === 'asc' && this.plan.sort.by === this.primary;
    const ordered = [...points].sort((a, b) => (ascending ? a.value - b.value : b.value - a.value));
    const [first, second] = ordered;
    if (first === undefined) return;
    const total = this.canShare(every);
    const totalCells = this.allCells(every);
    const averagedCells = points === every ? totalCells : this.allCells(points);

    // Equal values are not a ranking, and the highest value of a metric where lower is better does not "lead".
    const tiedFirst = second !== undefined && second.value === first.value;
    // Outcomes (refunded, cancelled) are not a race: the one with more "has the most", never "leads".
    // ("Refunds vs cancellations per sales channel": split by an outcome and another thing, still outcomes.)
    const outcomes = this.shape.dimensions.some((name) => this.info.outcomeDimensions?.includes(name) === true);
    const counted = this.info.additive && this.info.format === 'number';
    // ("Of the two, TikTok Shop has the higher refund rate": two rows have a higher one, not a highest.)
    const leads =
      this.info.higherIsBetter === false || outcomes
        ? counted
          ? 'has the most'
          : points.length === 2
            ? 'has the higher'
            : 'has the highest'
        : 'leads';
    const tiedShown = ordered.filter((point) => point.value === first.value);
    const tiedAll = tiedCells[first.row] ?? null;
    const beyond = tiedFirst && tiedAll !== null && tiedAll > tiedShown.length && this.shape.tied !== null;
    if (beyond) {
      this.out.figure(formatCount(tiedAll), [this.cell(first.row, this.shape.tied)], COMPUTATION.value);
      this.out.text(
        ` ${dimensionInfo(this.shape, dimension).plural} tie for the ${ascending ? 'lowest' : 'highest'} ${metric}`,
      );
    } else if (tiedFirst)
      this.out.text(
        `${listNames(tiedShown.map((point) => this.label(point.row)))} tie for the ${ascending ? 'lowest' : 'highest'} ${metric}`,
      );
    else {
      // "Home narrowly leads revenue with $25,010.14" against $24,922.37: within 1%, no clear winner.
      const narrowly =
        second !== undefined && Math.abs(first.value - second.value) <= NEAR_TIE * Math.abs(first.value)
          ? 'narrowly '
          : '';
      this.out.text(`${this.label(first.row)} ${narrowly}${ascending ? 'has the lowest' : leads} ${metric}`);
    }
    this.writePeriod();
    this.out.text(ascending ? ' at ' : ' with ');
    this.value(first);
    if (beyond) this.out.text(`, among them ${listNames(tiedShown.map((point) => this.label(point.row)))}`);
    // A share of nothing says nothing; nor one row's share when more share its value than are shown.
    // "Top 2 countries' share of revenue": the leader's share of everything, from the share asked for (its share of
    // the rows shown would answer another question).
    const shareOfAll = this.shareOfAllColumn();
    if (shareOfAll !== null && this.isCut() && first.value !== 0 && !beyond) {
      const value = numericCells(this.result, shareOfAll)[first.row];
      if (value !== null && value !== undefined) {
        // (Rows that tie each hold that share, never all of them together.)
        this.out.text(tiedFirst ? ', each ' : ', ');
        this.out.figure(formatPercent(value), [this.cell(first.row, shareOfAll)], COMPUTATION.value);
        this.out.text(` of all ${lowerLabel(this.info)}`);
      }
      // ("Bottom 3 products": the lowest one's share of the three lowest says nothing of it; not said. "Revenue by
      // customer" cut off at the row cap: the rows returned add up to part of it, never a total to share.)
    } else if (
      total !== null &&
      first.value !== 0 &&
      !beyond &&
      !(ascending && this.isCut()) &&
      !this.result.truncated
    ) {
      this.out.text(tiedFirst ? ', each ' : ', ');
      this.shareOf(first, total, totalCells);
      this.out
        .text(' of the ')
        .figure(formatValue(total, this.info.format, this.info.currency), totalCells, COMPUTATION.total);
      // Two values set side by side ("refunded and cancelled"): their total, not every row's.
      if (this.isCut() || this.plan.comparison?.kind === 'values')
        this.out.text(' across these ').figure(formatCount(points.length), [], COMPUTATION.count);
      else this.out.text(' total');
    }
    this.out.text('.');
    // (Said last, so no sentence after it reads as about it.)
    const writeUnlinked = () => {
      for (const point of points === every ? [] : unlinked) {
        const none = spokenLabel(dimensionInfo(this.shape, dimension).label);
        // ("For rows linked to no plan, the open rate is 44.2%": a rate or an average is no part of a total.)
        if (!this.info.additive) {
          this.out.text(` For rows linked to no ${none}, the ${lowerLabel(this.info)} is `);
          this.value(point);
          this.out.text('.');
          continue;
        }
        this.out.text(' ');
        this.value(point);
        // "$5,032.50 of the revenue is", "94 of the visits are": linked to no plan.
        const are = this.info.format === 'number' && point.value !== 1 ? 'are' : 'is';
        this.out.text(` of the ${lowerLabel(this.info)} ${are} linked to no ${none}.`);
      }
    };
    if (second === undefined) {
      writeUnlinked();
      // One row this period, others in the one before ("Pro billed nothing in August"): the change is still said.
      this.previousPeriod(points);
      return;
    }

    // Two rows that tie were said to tie: no gap between them to describe.
    if (points.length === 2 && tiedFirst) {
      writeUnlinked();
      return;
    }
    if (points.length === 2) {
      const [high, low] = first.value >= second.value ? [first, second] : [second, first];
      // The row the first sentence did not name (the higher one, in a bottom 2).
      this.out.text(` ${this.label(second.row)} has `);
      this.value(second);
      // "Ahead" is better; where lower is better (discounts, refund rate), or in a bottom 2, the gap is only higher.
      this.out.text(
        `, so ${this.label(high.row)} is ${this.info.higherIsBetter === false || outcomes || ascending ? 'higher' : 'ahead'} by `,
      );
      const gap = [this.cell(high.row), this.cell(low.row)];
      if (this.info.format === 'percent')
        this.out.figure(pointsBetween(high.value, low.value), gap, COMPUTATION.difference).text(' percentage points');
      else
        this.out.figure(
          formatValue(high.value - low.value, this.info.format, this.info.currency),
          gap,
          COMPUTATION.difference,
        );
      // (A count under ten: the gap alone, never "1,000.0% more" than 2.)
      if (low.value > 0 && this.info.format !== 'percent' && !fewCounted(low.value, this.info.format)) {
        this.out
          .text(' (')
          .figure(
            formatPercent((high.value - low.value) / low.value),
            [this.cell(high.row), this.cell(low.row)],
            COMPUTATION.relativeDifference,
          )
          .text(' more)');
      }
      this.out.text('.');
      // ("Bottom 2", with a third row at the second's value: which of them is shown is no ranking.)
      this.tiedAtCut(ascending ? [low, high] : [high, low], tiedCells, dimension);
      writeUnlinked();
      this.previousPeriod(points);
      this.secondaryMetrics(first);
      return;
    }

    // A rate or an average is not averaged across rows: over a period the layer defines it as a ratio of sums.
    const average = points.reduce((sum, point) => sum + point.value, 0) / points.length;
    // Only when it tells something: a leader at 1.0× the average ("1.05") is not ahead of it in any way worth a sentence.
    // Rows cut off by the row limit: their average and median are not those of every row.
    // Nor those of a top N: the average of the rows shown is not the average per thing.
    // Nor for outcomes, or pairs of two things: no one asks how many refunds the average channel-and-status had.
    // Nor with rows a filter leaves at 0 ("just reels" by platform: only Instagram has reels), which drag it down.
    const filteredOut = this.plan.filters.length > 0 && points.some((point) => point.value === 0);
    if (
      this.info.additive &&
      !filteredOut &&
      !this.isCut() &&
      !outcomes &&
      this.shape.dimensions.length === 1 &&
      average > 0 &&
      !ascending &&
      first.value >= average * 1.1 &&
      !tiedFirst
    ) {
      this.out
        .text(' That is ')
        .figure(
          formatMultiple(first.value / average),
          [this.cell(first.row), ...averagedCells],
          COMPUTATION.multipleOfAverage,
        );
      this.out
        .text(' the average of ')
        .figure(formatValue(average, this.info.format, this.info.currency), averagedCells, COMPUTATION.average);
      this.out.text(
        this.unlisted(dimension)
          ? ` across these ${formatCount(points.length)}.`
          : ` per ${spokenLabel(dimensionInfo(this.shape, dimension).label)}.`,
      );
    }
    const third = ordered[2];
    if (!tiedFirst && (third === undefined || third.value !== second.value)) {
      // In a bottom list, second is the second lowest: said so, not "comes second".
      this.out.text(
        ` ${this.label(second.row)} ${ascending ? 'is second lowest' : outcomes ? 'has the next most' : 'comes second'} with `,
      );
      this.value(second);
      this.out.text('.');
    }
    const last = ordered[ordered.length - 1];
    const beforeLast = ordered[ordered.length - 2];
    if (last !== undefined && ordered.length >= 3 && beforeLast !== undefined && beforeLast.value !== last.value) {
      if (this.isCut()) {
        // ("Rounds out the top 10": the last of the list by its place, never read as the third after "second".)
        this.out.text(` ${this.label(last.row)} rounds out the ${ascending ? 'bottom' : 'top'} `);
        this.out.figure(formatCount(ordered.length), [], COMPUTATION.count).text(' at ');
      } else {
        // (Of rows with something: "sp_b09 is lowest of these 8" where two other bikes had nothing and no row.)
        const these = this.unlisted(dimension) && !ascending ? ` of these ${formatCount(ordered.length)}` : '';
        this.out.text(` ${this.label(last.row)} is ${ascending ? 'highest' : 'lowest'}${these} at `);
      }
      this.value(last);
      this.out.text('.');
    }
    this.tiedAtCut(ordered, tiedCells, dimension);
    if (!this.result.truncated) this.outliers(points, ordered.slice(0, 1));
    // "The top three" only when a third and a fourth row differ: a tie across the cut names no three.
    const cutAtThree = ordered.slice(2, 4);
    const topThreeDistinct = cutAtThree.length === 2 && cutAtThree[0]?.value !== cutAtThree[1]?.value;
    if (total !== null && !this.isCut() && points === every && points.length >= 6 && topThreeDistinct) {
      const top = ordered.slice(0, 3);
      const topSum = top.reduce((sum, point) => sum + point.value, 0);
      this.out.text(
        ` The top three ${this.shape.dimensions.length > 1 ? 'combinations' : dimensionInfo(this.shape, dimension).plural} together make up `,
      );
      this.out.figure(formatPercent(topSum / total), totalCells, COMPUTATION.topShare).text(' of the total.');
    }
    writeUnlinked();
    this.previousPeriod(points);
    this.secondaryMetrics(first);
  }

  /** "August vs August last year" where the data begins after the period compared with: nothing to compare. */
  private comparedBeforeData(): boolean {
    const compared = this.today === undefined ? null : comparisonSpan(this.plan, this.today);
    return compared !== null && this.dataStart !== null && compared.to <= this.dataStart;
  }

  /**
   * A breakdown of a sum or count by a dimension whose values the layer does not list (bikes, products): a bike
   * with nothing has no row, so what is said of "the lowest" or "the average per bike" is of the rows shown only.
   */
  private unlisted(dimension: string): boolean {
    return this.info.additive && this.shape.presentation.dimension(dimension)?.listed === false;
  }

  /** Values far above the median (robust z-score), other than the leader already named, or the leader itself. */
  private outliers(points: readonly Point[], named: readonly Point[]): void {
    // The median of a top N (or of rows the row limit cut) is not the median of every row.
    if (points.length < 5 || this.isCut()) return;
    const values = points.map((point) => point.value);
    const middle = median(values);
    const spread = medianAbsoluteDeviation(values) * MAD_SCALE;
    if (middle <= 0 || spread === 0) return;
    const outliers = points
      .filter((point) => (point.value - middle) / spread > OUTLIER_Z && point.value >= OUTLIER_MULTIPLE * middle)
      .sort((a, b) => b.value - a.value)
      .slice(0, 2);
    if (outliers.length === 0) return;
    const allCells = this.allCells(points);
    for (const point of outliers) {
      const who =
        this.shape.time !== null && this.shape.dimensions.length === 0
          ? this.periodOf(point.row)
          : this.label(point.row);
      // Named, never "it": the sentence before may be about another row.
      const already = named.some((other) => other.row === point.row);
      this.out.text(already ? ` ${capitalize(who)} stands out` : ` ${capitalize(who)} also stands out`);
      this.out
        .text(': ')
        .figure(
          formatMultiple(point.value / middle),
          [this.cell(point.row), ...allCells],
          COMPUTATION.multipleOfMedian,
        );
      this.out
        .text(' the median of ')
        .figure(formatValue(middle, this.info.format, this.info.currency), allCells, COMPUTATION.median)
        .text('.');
    }
  }

  /**
   * With previous-period values: first where the whole went (a sum or count: the total, or these N together),
   * then the biggest mover, by the size of its change (a tiny start makes a big percentage of little: "up 500%
   * from 13" is no bigger move than "down 32,753"). A row with no earlier value had none of a sum or count.
   */
  private previousPeriod(points: readonly Point[]): void {
    // ("Orders so far this month vs last month by country": each country against its same days, never a part of a
    // month against a whole one.)
    const prior = this.shape.sameDays.get(this.primary) ?? this.shape.previous.get(this.primary);
    if (prior === undefined) return;
    const priors = numericCells(this.result, prior);
    const additive = this.info.additive;
    // A sum or count with no row in a period had none then: rows with only the earlier figure count at 0 now.
    const gone = additive
      ? priors.flatMap((before, row) =>
          before !== null && before !== 0 && !points.some((point) => point.row === row)
            ? [{ point: { row, value: 0 }, before, said: true, now: false }]
            : [],
        )
      : [];
    const entries = [
      ...points.flatMap((point) => {
        const before = priors[point.row] ?? null;
        if (before !== null) return [{ point, before, said: true, now: true }];
        return additive ? [{ point, before: 0, said: false, now: true }] : [];
      }),
      ...gone,
    ];
    if (entries.length === 0) return;
    const wholeSaid = additive && entries.length > 1 && this.wholeChange(entries, prior);
    const moved = (entry: (typeof entries)[number]) => Math.abs(entry.point.value - entry.before);
    const biggest = [...entries].sort((a, b) => moved(b) - moved(a))[0] as (typeof entries)[number];
    if (biggest.point.value === biggest.before) return;
    // Two rows that moved by as much ("Hillside, down 9" beside Millbrook, down 9): no one biggest mover.
    if (entries.some((entry) => entry !== biggest && moved(entry) === moved(biggest))) return;
    // (Against a period before the data begins, every row is "up from nothing": no mover to name.)
    if (this.comparedBeforeData()) return;
    this.out.text(` The biggest mover is ${this.label(biggest.point.row)}, `);
    if (!biggest.now) {
      // Down to nothing: the whole of what it had, no percentage needed.
      this.out
        .text('down ')
        .figure(
          formatValue(biggest.before, this.info.format, this.info.currency),
          [this.cell(biggest.point.row, prior)],
          COMPUTATION.value,
        )
        .text(' to nothing');
    } else if (!biggest.said || (biggest.before === 0 && this.info.format !== 'percent')) {
      // From nothing there is no percentage to give: the amount, which is the whole of it now. (A rate from 0% moves
      // in percentage points, said as any other rate's change.)
      this.out.text(biggest.point.value > biggest.before ? 'up ' : 'down ');
      this.value({ row: biggest.point.row, value: Math.abs(biggest.point.value) });
      this.out.text(' from nothing');
    } else {
      this.change(
        { row: biggest.point.row, value: biggest.before },
        biggest.point,
        COMPUTATION.periodChange,
        prior,
        this.primary,
        this.info.format !== 'percent',
      );
      this.out
        .text(' from ')
        .figure(
          formatValue(biggest.before, this.info.format, this.info.currency),
          [this.cell(biggest.point.row, prior)],
          COMPUTATION.value,
        );
    }
    // (The period was just said, with the total.)
    if (!wholeSaid) this.writeComparisonPeriod();
    this.out.text('.');
  }

  /** "The total was down 25,644 (20.1%) from 127,291 in December 2025": where the rows went together. */
  private wholeChange(
    entries: readonly { point: Point; before: number; said: boolean; now: boolean }[],
    prior: string,
  ): boolean {
    const now = entries.reduce((sum, entry) => sum + entry.point.value, 0);
    const then = entries.reduce((sum, entry) => sum + entry.before, 0);
    if (then === 0) return false;
    const cells = [
      ...entries.filter((entry) => entry.now).map((entry) => this.cell(entry.point.row)),
      ...this.priorCells(entries, prior),
    ];
    const format = (value: number) => formatValue(value, this.info.format, this.info.currency);
    this.out.text(this.plan.limit !== null ? ` Together these ${entries.length} were ` : ' The total was ');
    if (now === then) this.out.text('unchanged at ').figure(format(now), cells, COMPUTATION.total);
    else {
      this.out
        .text(now > then ? 'up ' : 'down ')
        .figure(format(Math.abs(now - then)), cells, COMPUTATION.periodChange)
        .text(' (')
        .figure(formatPercent(Math.abs(now - then) / then), cells, COMPUTATION.periodChange)
        .text(') from ')
        .figure(format(then), this.priorCells(entries, prior), COMPUTATION.total);
    }
    this.writeComparisonPeriod();
    this.out.text('.');
    return true;
  }

  private priorCells(entries: readonly { point: Point; said: boolean }[], prior: string): CellRef[] {
    return entries.filter((entry) => entry.said).map((entry) => this.cell(entry.point.row, prior));
  }

  /** The column of the primary figure's share of every row (not of its own rows only), when the plan asked for one. */
  private shareOfAllColumn(): string | null {
    if (!this.plan.share || sharePart(this.plan) !== null || this.plan.share.conditions === true) return null;
    const column = `${this.primary}_share`;
    return this.shape.metrics.includes(column) ? column : null;
  }

  /** Other metrics of the leading row ("It also has 12,400 reach."). */
  private secondaryMetrics(leader: Point): void {
    const others = this.shape.metrics.filter((metric) => metric !== this.primary).slice(0, 2);
    const written: { metric: string; value: number }[] = [];
    for (const metric of others) {
      const value = numericCells(this.result, metric)[leader.row];
      if (value !== null && value !== undefined) written.push({ metric, value });
    }
    if (written.length === 0) return;
    // "Refunded orders by country as a share": the leader's share is of its own rows, said so.
    const share = written.find(({ metric }) => this.plan.share && metric.endsWith('_share'));
    const ofOwnRows = sharePart(this.plan) !== null || this.plan.share?.conditions === true;
    // "Top 5 products … what share of all revenue is that": the shown rows' shares of everything, together (the
    // leader's share said before was of these 5 only).
    if (share && !ofOwnRows && written.length === 1 && this.isCut() && !this.result.truncated) {
      const shares = numericCells(this.result, share.metric);
      const rows = shares.flatMap((value, row) => (value === null ? [] : [row]));
      const together = rows.reduce((sum, row) => sum + (shares[row] ?? 0), 0);
      this.out
        .text(` Together these ${rows.length} make up `)
        .figure(
          formatPercent(together),
          rows.map((row) => this.cell(row, share.metric)),
          COMPUTATION.total,
        )
        .text(` of all ${lowerLabel(this.info)}.`);
      return;
    }
    // A share of the total of every row was said with the leader's value already.
    if (share && !ofOwnRows && written.length === 1) return;
    if (share && written.length === 1) {
      const info = this.shape.info.get(share.metric) ?? this.info;
      this.out.text(` For ${this.label(leader.row)}, that is `);
      this.value({ row: leader.row, value: share.value }, share.metric);
      this.out.text(` of all its ${lowerLabel(info).replace(/^share of /, '')}.`);
      // ("Share of orders with a discount by sales channel": each channel's share was asked, not the leader's alone.)
      if (this.result.rowCount > 1) this.eachOf(share.metric);
      return;
    }
    // "Top 5 customers by revenue, with their average order value": each row's other figure, in the ranking's order
    // (the leader's alone would leave out the rest of what was asked).
    // (Each other figure asked for, not only the first: "with reach" then "what about comments" says both.)
    if (!share && this.plan.limit !== null && this.result.rowCount > 1 && this.result.rowCount <= LISTED_ROWS) {
      for (const { metric } of written) {
        const info = this.shape.info.get(metric) ?? this.info;
        const cells = numericCells(this.result, metric);
        this.out.text(` ${capitalize(lowerLabel(info))} of these ${formatCount(this.result.rowCount)}: `);
        this.result.rows.forEach((_, row) => {
          if (row > 0) this.out.text(row === this.result.rowCount - 1 ? ' and ' : ', ');
          this.out.text(`${this.label(row)} `);
          const value = cells[row];
          if (value === null || value === undefined) this.out.text('(none)');
          else this.value({ row, value }, metric);
        });
        this.out.text('.');
      }
      return;
    }
    // "Instagram leads likes. Instagram also has 4,192 comments" reads as leading those too: another metric of the
    // leader is said only where no other row has more of it.
    const alsoLeads = written.filter(({ metric, value }) =>
      numericCells(this.result, metric).every((other) => other === null || other <= value),
    );
    // "Reels vs carousels on likes and saves": a figure the leader does not lead is still said, every row's value
    // of it when there are few, else its highest and lowest (never left out because the first figure led).
    const otherwise = written.filter((figure) => !alsoLeads.includes(figure));
    if (alsoLeads.length > 0) this.alsoHas(leader, alsoLeads);
    for (const { metric } of otherwise) this.eachOf(metric);
  }

  /** "Reel also has 37,736 saves": figures the leader leads too. */
  private alsoHas(leader: Point, alsoLeads: readonly { metric: string; value: number }[]): void {
    // (A period found by a ranking has no name of its own: "It also has 1,103 orders".)
    this.out.text(` ${this.label(leader.row) || 'It'} also has `);
    alsoLeads.forEach(({ metric, value }, index) => {
      if (index > 0) this.out.text(' and ');
      const info = this.shape.info.get(metric) ?? this.info;
      this.value({ row: leader.row, value }, metric);
      this.out.text(` ${lowerLabel(info)}`);
    });
    this.out.text('.');
  }

  /** Another figure of every row: each value when there are few rows, else the highest and the lowest. */
  private eachOf(metric: string): void {
    const info = this.shape.info.get(metric) ?? this.info;
    const cells = numericCells(this.result, metric);
    const rows = cells.flatMap((value, row) => (value === null ? [] : [{ row, value }]));
    if (rows.length === 0) return;
    const ordered = [...rows].sort((a, b) => b.value - a.value);
    const shown = rows.length <= 3 ? ordered : [ordered[0], ordered.at(-1)];
    this.out.text(` ${capitalize(lowerLabel(info))}: `);
    shown.forEach((point, index) => {
      if (point === undefined) return;
      if (index > 0) this.out.text(index === shown.length - 1 ? (rows.length <= 3 ? ' and ' : ', lowest ') : ', ');
      else if (rows.length > 3) this.out.text('highest ');
      this.out.text(`${this.label(point.row)} `);
      this.value(point, metric);
    });
    this.out.text('.');
  }

  series(): void {
    // In time order, whatever order the rows are shown in ("months ranked by revenue, highest first").
    const at = this.shape.time === null ? -1 : columnIndex(this.result, this.shape.time);
    const when = (point: Point) => String(this.result.rows[point.row]?.[at] ?? '');
    const all = [...this.points()].sort((a, b) => when(a).localeCompare(when(b)));
    // A bucket the data does not cover in full (this month so far) is not compared with whole ones.
    const newest = all.at(-1);
    const unfinished = newest !== undefined && this.unfinished(newest.row) ? newest : null;
    // Nor a first bucket that starts before the period (the week of Jan 26 in February holds only Feb 1).
    const oldest = all[0];
    const partial = oldest !== undefined && oldest !== newest && this.startsEarly(oldest.row) ? oldest : null;
    // Nor a last bucket that runs past the period (the week of Jan 26 in January holds only Jan 26–31).
    const cut =
      newest !== undefined && unfinished === null && newest !== oldest && this.endsLate(newest.row) ? newest : null;
    const points = all.slice(partial === null ? 0 : 1, unfinished === null && cut === null ? undefined : -1);
    if (partial !== null || cut !== null)
      this.afterSeries = () => {
        if (partial !== null) this.writePartial(partial, true);
        if (cut !== null) this.writePartial(cut);
      };
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined) {
      if (unfinished !== null) this.writeUnfinished(unfinished, true);
      this.afterSeries?.();
      return;
    }
    if (points.length === 1) {
      this.out.text(`${capitalize(this.info.label)} in `);
      this.writePeriodOf(first.row);
      this.out.text(pluralLabel(this.info.label) ? ' were ' : ' was ');
      this.value(first);
      this.out.text('.');
      this.afterSeries?.();
      if (unfinished !== null) this.writeUnfinished(unfinished, false);
      return;
    }
    const grain = this.shape.grain ?? 'period';
    const cells = this.allCells(all);
    const total = this.canShare(all);
    const drift = trendDrift(points.map((point) => point.value));
    const slope = drift > TREND_THRESHOLD ? 'upward' : drift < -TREND_THRESHOLD ? 'downward' : 'broadly flat';
    // A direction is only written when the first and last figures quoted with it agree with it: in sign, and in size
    // ("broadly flat … up 16.2%", "downward … down 0.7%" say two things at once).
    const endChange =
      first.value === 0 ? (last.value === 0 ? 0 : Infinity) : (last.value - first.value) / Math.abs(first.value);
    const endsAgree =
      slope === 'broadly flat'
        ? Math.abs(endChange) <= TREND_THRESHOLD
        : (slope === 'upward') === last.value > first.value && Math.abs(endChange) >= TREND_THRESHOLD;
    // A rise that peaked in between and fell well back ("29, 256, 413, 314, 87") is no upward trend; nor is a fall
    // that bottomed out in between and came well back.
    const values = points.map((point) => point.value);
    const highest = Math.max(...values);
    const lowest = Math.min(...values);
    const inside = (value: number) =>
      values.slice(1, -1).includes(value) && first.value !== value && last.value !== value;
    const turned =
      (slope === 'upward' && inside(highest) && last.value < highest * 0.6) ||
      (slope === 'downward' && inside(lowest) && lowest > 0 && last.value > lowest / 0.6);
    // Nor is a series flat that rose and fell back in between ("$0, $0, $198, $297, $198, $0"): only one whose
    // figures stay close together (within half their mean of each other).
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const swung = slope === 'broadly flat' && highest - lowest > 0.5 * Math.abs(mean);
    // Nor is a move no bigger than the scatter around it a direction ("46, 41, 38, 49, 36, 36, 43" is not downward).
    const noisy = slope !== 'broadly flat' && trendLostInNoise(values);
    // Nor do three periods make one when the middle one is the highest or the lowest ("£6.45, £6.70, £6.07").
    const humped =
      values.length === 3 &&
      ((values[1] as number) - (values[0] as number)) * ((values[2] as number) - (values[1] as number)) <= 0;
    // Two whole periods are a change from one to the other, not a trend: said as that, with no direction word (a
    // 9.5% fall and a 4.9% one would read as a trend and as none).
    const direction =
      points.length === 2
        ? 'pair'
        : endsAgree && !turned && !swung && !noisy && !(humped && slope !== 'broadly flat')
          ? slope
          : 'mixed';
    this.out.text(capitalize(this.info.label));
    this.writePeriod();
    if (total !== null) {
      this.out
        .text(' totalled ')
        .figure(formatValue(total, this.info.format, this.info.currency), cells, COMPUTATION.total);
      this.out
        .text(' across ')
        .figure(formatCount(all.length), [], COMPUTATION.count)
        .text(` ${pluralize(grain)}.`);
      this.out.text(
        direction === 'pair'
          ? ' It went from '
          : direction === 'mixed'
            ? ' There is no steady trend: from '
            : ` The trend is ${direction}: from `,
      );
    } else {
      // A rate or an average over a period is the layer's ratio, not the mean of its buckets: never average them.
      this.out.text(
        direction === 'pair'
          ? ' went from '
          : direction === 'broadly flat'
            ? ' was broadly flat: from '
            : direction === 'mixed'
              ? ' moved without a steady trend: from '
              : ` trended ${direction}: from `,
      );
    }
    this.value(first);
    this.out.text(this.on());
    this.writePeriodOf(first.row);
    // ("From 0 in February back to 0 in August": a series that ends where it began moved in between, not "unchanged".)
    const back = direction === 'mixed' && first.value === last.value;
    this.out.text(back ? ' back to ' : ' to ');
    this.value(last);
    this.out.text(this.on());
    this.writePeriodOf(last.row);
    if (back) this.out.text('.');
    else {
      this.out.text(' (');
      this.change(first, last, COMPUTATION.trendChange);
      this.out.text(').');
      if (direction === 'pair') this.perDayNote(first, last);
    }
    this.afterSeries?.();
    this.afterSeries = null;
    if (unfinished !== null) this.writeUnfinished(unfinished, false);

    const previous = points[points.length - 2];
    // (Two periods of none at the end are said once, by `noneSince`.)
    if (previous !== undefined && points.length > 2 && !(previous.value === 0 && last.value === 0)) {
      // ("Daily orders for the past 2 weeks", two whole weeks ending Mar 8, asked on Mar 15: its final whole day,
      // never "the latest day", which is later.)
      const endedBefore = this.today !== undefined && resolveTimeRange(this.plan.timeRange, this.today).to < this.today;
      // (Nor "the latest week" just after saying a later one is not over: the latest whole one.)
      this.out.text(
        endedBefore
          ? ` The final whole ${grain} of the period, `
          : unfinished !== null
            ? ` The latest whole ${grain}, `
            : ` The latest ${grain}, `,
      );
      this.writePeriodOf(last.row);
      if (previous.value === 0) {
        // ("Was up from zero on the week of Sep 1 (0)": said plainly, after none.)
        this.out.text(', had ');
        this.value(last);
        this.out.text(', after none in ');
        this.writePeriodOf(previous.row);
        this.out.text('.');
      } else {
        this.out.text(', was ');
        this.change(previous, last, COMPUTATION.periodChange);
        this.out.text(' on ');
        this.writePeriodOf(previous.row);
        this.out.text(' (');
        this.value(previous);
        this.out.text(').');
        this.perDayNote(previous, last);
      }
    }
    this.noneSince(all);

    const peak = points.reduce((best, point) => (point.value > best.value ? point : best));
    const low = points.reduce((worst, point) => (point.value < worst.value ? point : worst));
    // A peak or a low shared by several periods is no one period's: not named as one.
    const alone = (point: Point) => points.filter((other) => other.value === point.value).length === 1;
    // ("Posts per week": a part-week of 13 is above the whole weeks' best of 10, so that 10 is no peak.)
    const partBeyond = all.some((point) => !points.includes(point) && point.value >= peak.value);
    if (points.length > 2 && peak.row !== last.row && alone(peak) && !partBeyond) {
      this.out.text(' The peak was ');
      this.writePeriodOf(peak.row);
      this.out.text(' at ');
      this.value(peak);
      if (low.row !== first.row && low.row !== last.row && alone(low)) {
        this.out.text(' and the low ');
        this.writePeriodOf(low.row);
        this.out.text(' at ');
        this.value(low);
      }
      this.out.text('.');
    }
    this.outliers(points, [peak]);
    this.seriesOthers(all, first, last);
  }

  /**
   * "From $119,932.03 in January to $108,535.53 in February (down 9.5%)": where two months differ in days and the
   * change per day tells another story (another way, or half as much or less), it is said too.
   */
  private perDayNote(from: Point, to: Point): void {
    if (this.plan.grain !== 'month' || !this.info.additive || this.shape.time === null || from.value === 0) return;
    const at = columnIndex(this.result, this.shape.time);
    const days = (point: Point) => {
      const start = String(this.result.rows[point.row]?.[at] ?? '').slice(0, 10);
      return daysBetween(start, addMonths(start, 1));
    };
    const [fromDays, toDays] = [days(from), days(to)];
    if (fromDays === toDays || !(fromDays > 0 && toDays > 0)) return;
    const [fromPerDay, toPerDay] = [from.value / fromDays, to.value / toDays];
    const whole = (to.value - from.value) / from.value;
    const perDay = (toPerDay - fromPerDay) / fromPerDay;
    if (Math.sign(whole) === Math.sign(perDay) && Math.abs(perDay) > Math.abs(whole) / 2) return;
    const format = (value: number) => formatValue(value, this.info.format, this.info.currency);
    this.out.text(' ');
    this.writePeriodOf(to.row);
    this.out.text(` has ${toDays < fromDays ? 'fewer' : 'more'} days: per day, it was `);
    const cells = [this.cell(from.row), this.cell(to.row)];
    if (Number(formatPercent(Math.abs(perDay)).replace('%', '')) === 0) this.out.text('level');
    else this.out.text(perDay > 0 ? 'up ' : 'down ').figure(formatPercent(Math.abs(perDay)), cells, COMPUTATION.perDay);
    this.out
      .text(' (')
      .figure(format(toPerDay), [this.cell(to.row)], COMPUTATION.perDay)
      .text(' a day against ');
    this.out.figure(format(fromPerDay), [this.cell(from.row)], COMPUTATION.perDay).text(').');
  }

  /**
   * "Billed by plan by month": where each of a few groups went over the periods, so a total does not hide that one
   * stopped ("Pro went from $297.00 in June 2025 to $198.00 in July 2025, and had none after").
   */
  private eachGroupOverTime(groups: readonly { key: string; members: readonly Point[] }[]): void {
    if (groups.length > 3 || this.shape.time === null) return;
    const at = columnIndex(this.result, this.shape.time);
    const when = (point: Point) => String(this.result.rows[point.row]?.[at] ?? '');
    // (Whole periods only: a month still running, or one the period holds only part of, is no end to compare.)
    const whole = (row: number) => !this.unfinished(row) && !this.startsEarly(row) && !this.endsLate(row);
    const latest = this.result.rows
      .flatMap((row, index) => (whole(index) ? [String(row[at] ?? '')] : []))
      .sort()
      .at(-1);
    for (const group of groups) {
      const members = group.members.filter((point) => whole(point.row)).sort((a, b) => when(a).localeCompare(when(b)));
      const first = members[0];
      const last = members.at(-1);
      if (first === undefined || last === undefined || first === last) continue;
      this.out.text(` ${this.label(first.row).split(' · ')[0]} went from `);
      this.value(first);
      this.out.text(this.on());
      this.writePeriodOf(first.row);
      // ("From $29.00 in April to $128.00 in June" hides May's $157.00: a peak or a low between them is said.)
      const between = members.slice(1, -1);
      const peak = between.reduce<Point | undefined>(
        (top, point) => (top && top.value >= point.value ? top : point),
        undefined,
      );
      const low = between.reduce<Point | undefined>(
        (bottom, point) => (bottom && bottom.value <= point.value ? bottom : point),
        undefined,
      );
      const turn =
        peak !== undefined && peak.value > Math.max(first.value, last.value)
          ? { point: peak, words: ', peaking at ' }
          : low !== undefined && low.value < Math.min(first.value, last.value)
            ? { point: low, words: ', dipping to ' }
            : null;
      if (turn !== null) {
        this.out.text(turn.words);
        this.value(turn.point);
        this.out.text(this.on());
        this.writePeriodOf(turn.point.row);
        this.out.text(',');
      }
      this.out.text(' to ');
      this.value(last);
      this.out.text(this.on());
      this.writePeriodOf(last.row);
      this.out.text(when(last) < (latest ?? '') ? ', and had none after.' : '.');
    }
  }

  /**
   * "New subscribers by month this year" where none came after May: said, never left to "no steady trend" (at least
   * two periods of none at the end, after one that had some; the one still running counts where it has none).
   */
  private noneSince(all: readonly Point[]): void {
    if (!this.info.additive || all.length < 3) return;
    const lastWithSome = all.findLastIndex((point) => point.value !== 0);
    if (lastWithSome < 0 || all.length - 1 - lastWithSome < 2) return;
    const since = all[lastWithSome] as Point;
    this.out.text(' None since ');
    this.writePeriodOf(since.row);
    this.out.text(`: every ${this.shape.grain ?? 'period'} after it had none.`);
  }

  /**
   * "Revenue and engagement by month": every figure asked for is said, the others after the first's story, each
   * with its total (when it adds up) and where it went between the same two periods.
   */
  private seriesOthers(all: readonly Point[], first: Point, last: Point): void {
    for (const metric of this.shape.metrics.filter((name) => name !== this.primary).slice(0, 2)) {
      const info = this.shape.info.get(metric) ?? this.info;
      const cells = numericCells(this.result, metric);
      const from = cells[first.row];
      const to = cells[last.row];
      if (from === null || from === undefined || to === null || to === undefined) continue;
      this.out.text(` ${capitalize(info.label)}`);
      if (info.additive) {
        const rows = all.flatMap((point) => (cells[point.row] === null ? [] : [point.row]));
        const total = rows.reduce((sum, row) => sum + (cells[row] ?? 0), 0);
        this.out
          .text(' totalled ')
          .figure(
            formatValue(total, info.format, info.currency),
            rows.map((row) => this.cell(row, metric)),
            COMPUTATION.total,
          )
          .text(',');
      }
      this.out.text(' from ');
      this.value({ row: first.row, value: from }, metric);
      this.out.text(this.on());
      this.writePeriodOf(first.row);
      this.out.text(' to ');
      this.value({ row: last.row, value: to }, metric);
      this.out.text(this.on());
      this.writePeriodOf(last.row);
      this.out.text('.');
    }
  }

  /** True when the rows are those a condition on their own figure picked, with no ranking or top asked for. */
  private pickedByCondition(dimension: string): boolean {
    return (
      this.shape.dimensions.length === 1 &&
      this.plan.sort === null &&
      this.plan.limit === null &&
      this.plan.comparison === null &&
      (this.plan.conditions ?? []).some((condition) => condition.dimension === dimension)
    );
  }

  /**
   * "4 products for category Accessories, highest price first: Urban Watch Strap ($23.95), Cedar Backpack ($20.99),
   * Soft Beanie ($20.00) and Coastal Beanie ($16.99)."
   */
  private pickedList(points: readonly Point[], dimension: string): void {
    // ("Products that sold fewer than 10 units": the weakest are the point of the question, so they come first.)
    const bounds = (this.plan.conditions ?? []).filter((condition) => condition.dimension === dimension);
    const upper = bounds.length > 0 && bounds.every((condition) => /^(?:lt|lte)$/.test(condition.operator));
    const ordered = [...points].sort((a, b) => (upper ? a.value - b.value : b.value - a.value));
    const shown = ordered.slice(0, LISTED_ROWS);
    // Rows cut off by the row limit: the first of them, never all there are.
    this.out.text(this.result.truncated ? 'The first ' : '');
    this.out.figure(formatCount(points.length), this.allCells(points), COMPUTATION.count);
    this.out.text(` ${dimensionInfo(this.shape, dimension).plural}`);
    this.writePeriod();
    this.out.text(`, ${upper ? 'lowest' : 'highest'} ${lowerLabel(this.info)} first: `);
    shown.forEach((point, index) => {
      if (index > 0) this.out.text(index === shown.length - 1 && points.length === shown.length ? ' and ' : ', ');
      this.out.text(`${this.label(point.row)} (`);
      this.value(point);
      this.out.text(')');
    });
    this.more(points.length - shown.length);
  }

  /** "6 products had no product revenue last week: Vintage Toner, Vintage Sunscreen, …" */
  private none(points: readonly Point[], dimension: string): void {
    this.everyOne(points, dimension, ` had no ${lowerLabel(this.info)}`);
  }

  /** "6 countries each had a cancellation rate of 0.0% yesterday: Australia, Canada, …" */
  private allAtZero(points: readonly Point[], dimension: string): void {
    const figure = lowerLabel(this.info);
    this.everyOne(points, dimension, ` each had ${/^[aeiou]/i.test(figure) ? 'an' : 'a'} ${figure} of `, () =>
      this.value(points[0] as Point),
    );
  }

  /** "N things <said> <period>: a, b and c": every row alike, counted and named (the first ten, then how many more). */
  private everyOne(points: readonly Point[], dimension: string, said: string, value?: () => void): void {
    const shown = points.slice(0, LISTED_ROWS);
    this.out.figure(formatCount(points.length), this.allCells(points), COMPUTATION.count);
    this.out.text(` ${dimensionInfo(this.shape, dimension).plural}${said}`);
    value?.();
    this.writePeriod();
    const names = shown.map((point) => this.label(point.row));
    // More than are named: the list ends with how many more, never with "and" the tenth as if it were the last.
    this.out.text(`: ${points.length > LISTED_ROWS ? names.join(', ') : listNames(names)}`);
    this.more(points.length - shown.length);
  }

  /** ", and 558 more." after a list cut short, the count cited ("at least" where the rows were cut off); "." after a whole one. */
  private more(count: number): void {
    if (count > 0)
      this.out
        .text(this.result.truncated ? ', and at least ' : ', and ')
        .figure(formatCount(count), [], COMPUTATION.count)
        .text(' more');
    this.out.text('.');
  }

  /** "4 products this year so far: Classic Sunscreen, Velvet Hoodie, Linen Shirt and Cedar Tote." */
  private list(points: readonly Point[], dimension: string): void {
    const shown = points.slice(0, LISTED_ROWS);
    this.out.figure(formatCount(points.length), this.allCells(points), COMPUTATION.count);
    // The figure's own words when they name the things ("products added"), else the things ("products").
    const plural = dimensionInfo(this.shape, dimension).plural;
    const figure = lowerLabel(this.info);
    // ("1 invoice ID": one thing in the singular.)
    const label = dimensionInfo(this.shape, dimension).label;
    const things = points.length === 1 ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : plural;
    this.out.text(` ${figure.includes(plural.toLowerCase()) ? figure : things}`);
    this.writePeriod();
    this.out.text(': ');
    shown.forEach((point, index) => {
      if (index > 0) this.out.text(index === shown.length - 1 && points.length <= LISTED_ROWS ? ' and ' : ', ');
      this.out.text(this.label(point.row));
    });
    this.more(points.length - shown.length);
  }

  /** Written once the series' first sentence is out: a note on a first bucket cut short by the period. */
  private afterSeries: (() => void) | null = null;

  /** " on " a day, " in " a longer period. */
  private on(): string {
    return this.shape.grain === 'day' ? ' on ' : ' in ';
  }

  /**
   * "September 2025 (not over yet)", "the week of Feb 23, 2026 (only its days in the period)": a ranked period that
   * is not whole is said to be.
   */
  private partNote(row: number): void {
    if (this.unfinished(row)) this.out.text(' (not over yet)');
    else if (this.startsEarly(row)) this.out.text(' (only its days in the period)');
  }

  /** True when the bucket in `row` ends after the last day of the period asked (one that ended before today). */
  private endsLate(row: number): boolean {
    const grain = this.shape.grain;
    const start = this.bucketStart(row);
    if (this.today === undefined || grain === null || start === null) return false;
    const end = resolveTimeRange(this.plan.timeRange, this.today).to;
    return end <= this.today && shiftDate(start, grain, 1) > end;
  }

  /** True when the bucket in `row` starts before the first day of the period asked. */
  private startsEarly(row: number): boolean {
    const time = this.shape.time;
    if (this.today === undefined || time === null || this.shape.grain === null) return false;
    const asked = resolveTimeRange(this.plan.timeRange, this.today).from;
    // ("Revenue by month" when the orders begin on Mar 15, 2024: March 2024 holds only its days from then.)
    const from = this.dataStart !== null && (asked === null || this.dataStart > asked) ? this.dataStart : asked;
    const start = this.bucketStart(row);
    return from !== null && start !== null && start < from;
  }

  /** The first day (YYYY-MM-DD) of the time bucket in `row`, or null. */
  private bucketStart(row: number): string | null {
    const time = this.shape.time;
    const cell = time === null ? null : this.result.rows[row]?.[columnIndex(this.result, time)];
    const start = typeof cell === 'string' ? parseIsoDate(cell) : null;
    return start === null ? null : start.toISOString().slice(0, 10);
  }

  /** " March 2026", the bucket of `row` named at the start of a sentence, cited to its cell. */
  private writeBucket(row: number): void {
    this.out.text(' ');
    this.out.figure(capitalize(this.periodOf(row)), [{ row, column: this.shape.time ?? '' }], COMPUTATION.period);
  }

  /**
   * " The week of Jan 26, 2026 lies only partly in the period: $3,363.16 from the days it shares with it." A bucket
   * inside the period that the data only begins in: " February 2025 holds only the days with data: $29.00."
   */
  private writePartial(point: Point, first = false): void {
    this.writeBucket(point.row);
    const asked = this.today === undefined ? null : resolveTimeRange(this.plan.timeRange, this.today).from;
    const start = this.bucketStart(point.row);
    if (first && (asked === null || (start !== null && start >= asked))) {
      this.out.text(' holds only the days with data: ');
      this.value(point);
      this.out.text('.');
      return;
    }
    this.out.text(' lies only partly in the period: ');
    this.value(point);
    this.out.text(' from the days it shares with it.');
  }

  /** True when the bucket in `row` runs past the last day of data (the asker's yesterday). */
  private unfinished(row: number): boolean {
    const today = this.today;
    const grain = this.shape.grain;
    const start = this.bucketStart(row);
    if (today === undefined || grain === null || start === null) return false;
    // ("Revenue by quarter for the last 12 months", through Feb 28 on Mar 15: Q1 2026 is cut by the period, which
    // ended before today, so its figure is not "so far" but the days it shares with the period.)
    const end = resolveTimeRange(this.plan.timeRange, today).to;
    if (end < today) return false;
    return shiftDate(start, grain, 1) > today;
  }

  /** " March 2026 is not over yet: $66,256.49 so far." */
  private writeUnfinished(point: Point, alone: boolean): void {
    if (alone) {
      this.out.text(capitalize(this.info.label));
      this.writePeriod();
      this.out.text(' was ');
      this.value(point);
      // ("Revenue this year so far was $294,724.05": said once.)
      this.out.text(/\bso far\b/.test(periodPhrase(this.plan.timeRange)) ? '.' : ' so far.');
      return;
    }
    this.writeBucket(point.row);
    this.out.text(' is not over yet: ');
    this.value(point);
    this.out.text(' so far.');
  }

  seriesByDimension(): void {
    const dimension = this.shape.dimensions[0] ?? 'group';
    const dimensionIndex = columnIndex(this.result, dimension);
    const points = this.points();
    const groups = new Map<string, Point[]>();
    for (const point of points) {
      const key = String(this.result.rows[point.row]?.[dimensionIndex] ?? '');
      groups.set(key, [...(groups.get(key) ?? []), point]);
    }
    const additive = this.canShare(points);
    const totals = [...groups.entries()].map(([key, members]) => ({
      key,
      members,
      value:
        additive !== null
          ? members.reduce((sum, point) => sum + point.value, 0)
          : members.reduce((sum, point) => sum + point.value, 0) / members.length,
    }));
    totals.sort((a, b) => b.value - a.value);
    const leader = totals[0];
    if (leader === undefined) return;
    const leaderRow = leader.members[0]?.row ?? 0;
    const metric = lowerLabel(this.info);
    // A rate or an average has no total, and the mean of its buckets is not its value over the period (that is
    // the layer's ratio of sums): only sums and counts are added up across time.
    if (additive !== null) {
      this.out.text(`${this.label(leaderRow).split(' · ')[0]} led ${metric}`);
      this.writePeriod();
      this.out.text(': ');
      this.out.figure(
        formatValue(leader.value, this.info.format, this.info.currency),
        this.allCells(leader.members),
        COMPUTATION.total,
      );
      this.out
        .text(', ')
        .figure(formatPercent(leader.value / additive), this.allCells(points), COMPUTATION.share)
        .text(' of the ');
      this.out
        .figure(formatValue(additive, this.info.format, this.info.currency), this.allCells(points), COMPUTATION.total)
        .text(' total');
      this.out
        .text(` across `)
        .figure(formatCount(totals.length), [], COMPUTATION.count)
        .text(` ${dimensionInfo(this.shape, dimension).plural}.`);
      this.eachGroupOverTime(totals);
    } else {
      this.out.text(capitalize(this.info.label));
      this.writePeriod();
      this.out
        .text(', by ')
        .text(`${spokenLabel(dimensionInfo(this.shape, dimension).label)} and ${this.shape.grain ?? 'period'}:`);
      this.out
        .text(' ')
        .figure(formatCount(totals.length), [], COMPUTATION.count)
        .text(` ${dimensionInfo(this.shape, dimension).plural}.`);
    }

    const times = this.result.rows.map((row) => row[columnIndex(this.result, this.shape.time ?? '')]);
    const latestTime = [...times]
      .filter((cell): cell is string => typeof cell === 'string')
      .sort()
      .at(-1);
    const latest = points.filter((point) => times[point.row] === latestTime).sort((a, b) => b.value - a.value);
    const top = latest[0];
    if (top !== undefined && latest.length > 1) {
      const second = latest[1];
      this.out.text(' In ');
      this.writePeriodOf(top.row);
      if (this.unfinished(top.row)) this.out.text(' so far');
      if (second !== undefined && second.value === top.value) {
        this.out.text(
          `, ${this.label(top.row).split(' · ')[0]} and ${this.label(second.row).split(' · ')[0]} were level at `,
        );
      } else {
        this.out.text(
          this.info.higherIsBetter === false
            ? `, ${this.label(top.row).split(' · ')[0]} had the highest ${metric} at `
            : `, ${this.label(top.row).split(' · ')[0]} led with `,
        );
      }
      this.value(top);
      this.out.text('.');
    }
  }
}
