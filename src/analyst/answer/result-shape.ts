import { labelSpan, type QueryPlan } from '../plan.js';
import type { Cell, QueryResult, ResultColumn } from '../../warehouse/warehouse.js';
import {
  indexLayer,
  metricLabelOver,
  normalizeSql,
  rowNoun,
  undatedBeside,
  WEEKDAY_PART,
  WEEKEND_PART,
  type SemanticLayer,
} from '../semantic-layer.js';
import { humanizeValue, parseIsoDate, type Grain, type ValueFormat } from './format.js';

/**
 * What each column of a result is for — the time bucket, the dimensions that group rows, the metrics,
 * a metric's previous-period twin — and how each metric reads. Insights, grounding, charts and
 * suggestions all start from this, so they agree on what a result means.
 */

/** How a metric is presented: its label, its format, and whether its values add up to a meaningful total. */
export interface MetricInfo {
  readonly label: string;
  readonly format: ValueFormat;
  /** True for sums and counts (revenue, orders, likes): shares of the total make sense. False for rates and averages. */
  readonly additive: boolean;
  /** False where lower is better (refund rate): the highest value is not "leading". Absent: higher is better. */
  readonly higherIsBetter?: boolean;
  /** ISO 4217 code of a currency metric (the layer's `currency`); absent: USD. */
  readonly currency?: string;
  /** The label over all time, when it differs ("Customers" for "New customers"). */
  readonly allTimeLabel?: string;
  /** Its label over a period, when that differs ("Price of products added"). */
  readonly periodLabel?: string;
  /**
   * Dimensions whose values are the outcomes its own filters pick (order status for orders: paid, refunded,
   * cancelled). Split by one, no value "leads": more refunds are not ahead of fewer cancellations.
   */
  readonly outcomeDimensions?: readonly string[];
}

/** How a dimension is presented: its label and plural, its values' labels, and the columns that name an entity. */
export interface DimensionInfo {
  readonly label: string;
  readonly plural: string;
  /** "instagram" → "Instagram", 1 (day of week) → "Monday". */
  valueLabel: (value: Cell) => string;
  /** Detail columns the compiler adds after the dimension (`post_caption`, `product_title`). */
  readonly details: readonly string[];
  /**
   * Value labels another dimension of the layer also uses ("Instagram": a platform, an acquisition channel,
   * and the start of "Instagram Shop"): a sentence naming such a row says which dimension it is.
   */
  readonly sharedLabels?: ReadonlySet<string>;
  /**
   * The layer lists every value (a sales channel, a plan), so a value with nothing is shown at zero. Otherwise (bikes,
   * products) a row with nothing has no row, and "lowest" or "the average per bike" speak only of the rows shown.
   */
  readonly listed?: boolean;
  /** The detail the layer names each row by (`nameDetail`: a bike's model), whatever the column is called. */
  readonly nameDetail?: string;
}

/** Labels and formats, normally from the semantic layer; anything it does not know is presented by heuristics. */
export interface Presentation {
  metric(name: string): MetricInfo | undefined;
  dimension(name: string): DimensionInfo | undefined;
  /**
   * How a detail column's value reads, when the detail is another dimension's column (a customer's
   * `customer_acquisition_channel` is the acquisition channel: "tiktok" → "TikTok"); undefined otherwise.
   */
  detailValueLabel?(detail: string, value: Cell): string | undefined;
  /** True when the plan's period does not date the metric (a product's price beside its units sold). */
  undated?(plan: QueryPlan, metric: string): boolean;
}

/** The presentation a semantic layer defines. */
export function presentationFromLayer(layer: SemanticLayer): Presentation {
  const metrics = new Map(
    layer.metrics.map((metric) => [
      metric.name,
      {
        label: metric.label,
        allTimeLabel: metricLabelOver(metric, { kind: 'all' }),
        periodLabel: metricLabelOver(metric, { kind: 'relative' }, layer),
        format: metric.format,
        additive: metric.aggregation === 'sum' || metric.aggregation === 'count',
        higherIsBetter: metric.higherIsBetter,
        currency: layer.currency,
        outcomeDimensions: metric.filters.flatMap((filter) => (filter.overriddenBy ? [filter.overriddenBy] : [])),
      },
    ]),
  );
  const valueLabels = (dimension: (typeof layer.dimensions)[number]) =>
    dimension.values.map((value) => value.label.toLowerCase());
  const dimensions = new Map(
    layer.dimensions.map((dimension) => {
      const labels = new Map(dimension.values.map((value) => [value.value, value.label]));
      const others = layer.dimensions.filter((other) => other !== dimension).flatMap(valueLabels);
      const sharedLabels = new Set(
        dimension.values
          .map((value) => value.label)
          .filter((label) =>
            others.some((other) => other === label.toLowerCase() || other.startsWith(`${label.toLowerCase()} `)),
          ),
      );
      // The hour of a row's time (`EXTRACT(HOUR FROM {time})`): 9 reads as 09:00.
      const hourOfTime = /\bhour\b[^)]*\{time\}/i.test(dimension.expression);
      const info: DimensionInfo = {
        label: dimension.label,
        plural: dimension.plural,
        details: dimension.details.map((detail) => detail.name),
        sharedLabels,
        listed: dimension.values.length > 0,
        ...(dimension.nameDetail === undefined ? {} : { nameDetail: dimension.nameDetail }),
        valueLabel: (value) =>
          labels.get(String(value)) ??
          (hourOfTime && typeof value === 'number' ? `${String(value).padStart(2, '0')}:00` : cellText(value)),
      };
      return [dimension.name, info] as const;
    }),
  );
  const byExpression = new Map(
    layer.dimensions.map((dimension) => [normalizeSql(dimension.expression), dimension.name]),
  );
  const detailOwner = new Map<string, string>();
  for (const dimension of layer.dimensions) {
    for (const detail of dimension.details) {
      const owner = byExpression.get(normalizeSql(detail.expression));
      if (owner !== undefined && dimensions.get(owner)?.valueLabel) detailOwner.set(detail.name, owner);
    }
  }
  const index = indexLayer(layer);
  return {
    metric: (name) => metrics.get(name),
    dimension: (name) => dimensions.get(name),
    undated: (plan, name) => {
      const metric = index.metric(name);
      return metric !== undefined && undatedBeside(plan, metric, index);
    },
    detailValueLabel: (detail, value) => {
      const owner = detailOwner.get(detail);
      return owner === undefined ? undefined : dimensions.get(owner)?.valueLabel(value);
    },
  };
}

export interface ResultShape {
  /** The time-bucket column, when the result is a series. */
  readonly time: string | null;
  readonly grain: Grain | null;
  /** Columns that group the rows: the plan's dimensions first, then other text columns. */
  readonly dimensions: readonly string[];
  /** Text columns that only describe a dimension's entity (a post's caption): shown, never grouped by. */
  readonly details: ReadonlyMap<string, string>;
  /** Numeric columns that are metrics, in plan order. */
  readonly metrics: readonly string[];
  /** Metric column → its previous-period column, for period-over-period comparisons. */
  readonly previous: ReadonlyMap<string, string>;
  /** Metric column → the same days of the previous whole period, beside a period still running ("its pace"). */
  readonly sameDays: ReadonlyMap<string, string>;
  /**
   * The column counting, for the one row of a "top 1", the rows with its value (itself included): more than one
   * is a tie the limit hid. Null when the query has none.
   */
  readonly tied: string | null;
  /** The metric the question is about: the sort key when there is one, else the first metric. */
  readonly primary: string | null;
  readonly info: ReadonlyMap<string, MetricInfo>;
  readonly presentation: Presentation;
}

/** The compiler's column of rows tied with a "top 1" (`revenue_tied_rows`). */
const TIED_ROWS = /_tied_rows$/;

const NUMERIC_TYPES = new Set<ResultColumn['type']>(['integer', 'decimal', 'float']);
const PREVIOUS_PATTERNS = [
  /^(.+?)_+(?:previous|prev|prior)(?:_period)?$/,
  /^(?:previous|prev|prior)(?:_period)?_+(.+)$/,
];
/** The compiler's column of the same days of the previous whole period (`orders_same_days`). */
const SAME_DAYS = /^(.+?)_same_days$/;
const TIME_NAMES = new Set(['period', 'bucket', 'time', 'date', 'day', 'week', 'month', 'quarter', 'year']);
const NAMING_DETAIL = /(?:_|^)(?:title|caption|name)$/;

/** Heuristic presentation for a metric the layer does not know (SQL the model wrote itself). */
export function guessMetricInfo(name: string): MetricInfo {
  const lower = name.toLowerCase();
  const label = lower === 'aov' ? 'AOV' : lower.replace(/_+/g, ' ');
  if (/rate|ratio|share|pct|percent|margin/.test(lower)) return { label, format: 'percent', additive: false };
  const average = /avg|average|mean|median|aov|per_/.test(lower);
  if (/revenue|sales|profit|total|amount|value|price|cost|spend|discount|shipping|subtotal|aov/.test(lower)) {
    return { label, format: 'currency', additive: !average };
  }
  return { label, format: 'number', additive: !average };
}

function guessDimensionInfo(name: string): DimensionInfo {
  const label = name.replace(/_+/g, ' ');
  return { label, plural: pluralize(label), details: [], valueLabel: cellText };
}

const NO_PRESENTATION: Presentation = { metric: () => undefined, dimension: () => undefined };

function isNumeric(column: ResultColumn): boolean {
  return NUMERIC_TYPES.has(column.type);
}

function looksLikeDates(result: QueryResult, index: number): boolean {
  const sample = result.rows.slice(0, 5).map((row) => row[index]);
  return sample.length > 0 && sample.every((cell) => typeof cell === 'string' && parseIsoDate(cell) !== null);
}

/** Works out the role of every column of `result` for `plan`. */
export function analyzeShape(
  plan: QueryPlan,
  result: QueryResult,
  presentation: Presentation = NO_PRESENTATION,
): ResultShape {
  const names = result.columns.map((column) => column.name);
  // ("Saturdays vs Sundays": the values compared are a dimension's, even when its cells are numbers.)
  const compared = plan.comparison?.kind === 'values' ? [plan.comparison.dimension] : [];
  const planDimensions = [...new Set([...plan.dimensions, ...compared])].filter((dimension) =>
    names.includes(dimension),
  );

  const details = new Map<string, string>();
  for (const dimension of planDimensions) {
    for (const detail of presentation.dimension(dimension)?.details ?? []) {
      if (names.includes(detail)) details.set(detail, dimension);
    }
  }

  const previous = new Map<string, string>();
  const sameDays = new Map<string, string>();
  const previousColumns = new Set<string>();
  for (const column of result.columns) {
    if (!isNumeric(column)) continue;
    const paced = SAME_DAYS.exec(column.name)?.[1];
    if (paced !== undefined && names.includes(paced)) {
      sameDays.set(paced, column.name);
      previousColumns.add(column.name);
      continue;
    }
    for (const pattern of PREVIOUS_PATTERNS) {
      const base = pattern.exec(column.name)?.[1];
      if (base !== undefined && names.includes(base)) {
        previous.set(base, column.name);
        previousColumns.add(column.name);
        break;
      }
    }
  }

  // Set inside the loop over the columns below.
  let time = null as string | null;
  result.columns.forEach((column, index) => {
    if (
      time !== null ||
      previousColumns.has(column.name) ||
      details.has(column.name) ||
      planDimensions.includes(column.name)
    )
      return;
    const named = TIME_NAMES.has(column.name.toLowerCase()) || column.name === plan.grain;
    if (
      column.type === 'timestamp' ||
      column.type === 'date' ||
      (named && column.type === 'text' && looksLikeDates(result, index))
    ) {
      time = column.name;
    }
  });
  // A timestamp that describes an entity (when a post was posted) is not a time series.
  if (plan.grain === null && time !== null && planDimensions.length > 0 && result.rowCount > 0) time = null;

  const tied = result.columns.find((column) => TIED_ROWS.test(column.name))?.name ?? null;
  const taken = (name: string) =>
    name === time || name === tied || previousColumns.has(name) || details.has(name) || planDimensions.includes(name);
  const numeric = result.columns.filter((column) => isNumeric(column) && !taken(column.name));
  const planned = plan.metrics.filter((metric) => numeric.some((column) => column.name === metric));
  const metrics = [...planned, ...numeric.map((column) => column.name).filter((name) => !planned.includes(name))];

  const otherText = result.columns
    .filter(
      (column) => !isNumeric(column) && !taken(column.name) && column.type !== 'timestamp' && column.type !== 'date',
    )
    .map((column) => column.name);
  const dimensions = [...planDimensions, ...otherText];

  const sortKey = plan.sort?.by;
  // ("TikTok's share of likes by month": a series of the share asked, never of the likes beside it.)
  const sharedSeries = plan.share && plan.grain !== null ? `${plan.metrics[0] ?? ''}_share` : null;
  const primary =
    sharedSeries !== null && metrics.includes(sharedSeries)
      ? sharedSeries
      : sortKey !== undefined && metrics.includes(sortKey)
        ? sortKey
        : (metrics[0] ?? null);
  const info = new Map<string, MetricInfo>();
  for (const metric of metrics) {
    // "revenue_per_day": the metric averaged per unit of time, in the metric's own format.
    // "revenue_share": the part's share of the whole, said "Share of revenue" (never "Revenue share was").
    const shareOf = /^(.+)_share$/.exec(metric);
    const shared = shareOf ? presentation.metric(shareOf[1] as string) : undefined;
    if (shareOf && shared) {
      // ("Share of revenue" for attributed revenue over revenue: the whole's label, when it is another figure.)
      const of = (plan.share?.of === undefined ? undefined : presentation.metric(plan.share.of)) ?? shared;
      const whole = labelSpan(plan).kind === 'all' ? (of.allTimeLabel ?? of.label) : of.label;
      info.set(metric, {
        ...shared,
        label: `Share of ${whole.charAt(0).toLowerCase()}${whole.slice(1)}`,
        format: 'percent',
        additive: false,
      });
      continue;
    }
    // "billed_per_invoice_id": the metric averaged per row of a thing ("Amount billed per invoice").
    const perUnit = /^(.+)_per_(day|week|month)$/.exec(metric);
    const perRow = plan.perRow ? new RegExp(`^(.+)_per_${plan.perRow}$`).exec(metric) : null;
    const rows = plan.perRow ? presentation.dimension(plan.perRow) : undefined;
    const averaged = perUnit ?? perRow;
    const base = averaged ? presentation.metric(averaged[1] as string) : undefined;
    if (averaged && base) {
      const per = perUnit ? (perUnit[2] as string) : rows ? rowNoun(rows) : (plan.perRow as string);
      info.set(metric, { ...base, label: `${base.label} per ${per}`, additive: false });
      continue;
    }
    const known = presentation.metric(metric);
    const allTime =
      (labelSpan(plan).kind === 'all' || presentation.undated?.(plan, metric) === true) &&
      known?.allTimeLabel !== undefined;
    info.set(
      metric,
      known
        ? {
            ...known,
            label: allTime ? (known.allTimeLabel ?? known.label) : (known.periodLabel ?? known.label),
          }
        : guessMetricInfo(metric),
    );
  }
  for (const [metric, prior] of [...previous, ...sameDays])
    info.set(prior, info.get(metric) ?? guessMetricInfo(metric));
  return {
    time,
    grain: plan.grain,
    dimensions,
    details,
    metrics,
    previous,
    sameDays,
    tied,
    primary,
    info,
    presentation,
  };
}

/** The presentation of a dimension column. */
export function dimensionInfo(shape: ResultShape, name: string): DimensionInfo {
  return shape.presentation.dimension(name) ?? guessDimensionInfo(name);
}

/** The index of a column by name; -1 when absent. */
export function columnIndex(result: QueryResult, name: string): number {
  return result.columns.findIndex((column) => column.name === name);
}

/** A column's cells as numbers, null where the cell is not a finite number. */
export function numericCells(result: QueryResult, name: string): (number | null)[] {
  const index = columnIndex(result, name);
  return result.rows.map((row) => {
    const cell = row[index];
    return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
  });
}

const CAPTION_LENGTH = 40;

/** How one dimension value of a row is named: an entity's title or quoted caption when present, else its label. */
export function dimensionLabel(result: QueryResult, shape: ResultShape, row: number, dimension: string): string {
  const cells = result.rows[row];
  const named = dimensionInfo(shape, dimension).nameDetail;
  for (const [detail, owner] of shape.details) {
    if (owner !== dimension || !(detail === named || NAMING_DETAIL.test(detail))) continue;
    const value = cells?.[columnIndex(result, detail)];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (/caption/.test(detail)) {
      const short = value.length > CAPTION_LENGTH ? `${value.slice(0, CAPTION_LENGTH).trimEnd()}…` : value;
      return `“${short}”`;
    }
    return value;
  }
  const info = dimensionInfo(shape, dimension);
  const label = info.valueLabel(cells?.[columnIndex(result, dimension)] ?? null);
  return info.sharedLabels?.has(label) === true ? `${label} (${info.label.toLowerCase()})` : label;
}

/** Each row's label before rows that share one are told apart, per result and shape. */
const baseLabels = new WeakMap<QueryResult, WeakMap<ResultShape, readonly string[]>>();

function labelsOf(result: QueryResult, shape: ResultShape): readonly string[] {
  const byShape = baseLabels.get(result) ?? new WeakMap<ResultShape, readonly string[]>();
  baseLabels.set(result, byShape);
  let labels = byShape.get(shape);
  if (labels === undefined) {
    labels = result.rows.map((_, row) =>
      shape.dimensions
        .slice(0, 2)
        .map((dimension) => dimensionLabel(result, shape, row, dimension))
        .filter((part) => part !== '')
        .join(' · '),
    );
    byShape.set(shape, labels);
  }
  return labels;
}

/**
 * How a row is named in a sentence: its dimension values joined ("Instagram · Reel"). Two posts with one
 * caption are told apart by their key (“Sunday reset ☕” (post_12)): a sentence about one must say which.
 */
export function rowLabel(result: QueryResult, shape: ResultShape, row: number): string {
  const labels = labelsOf(result, shape);
  const label = labels[row] ?? '';
  if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
  // Only rows that are different things under one name (a series repeats each thing once per period).
  const column = columnIndex(result, shape.dimensions[0] ?? '');
  const key = result.rows[row]?.[column];
  const other = labels.some((candidate, at) => at !== row && candidate === label && result.rows[at]?.[column] !== key);
  return !other || key === null || key === undefined ? label : `${label} (${String(key)})`;
}

/** A text cell as written in a sentence: snake_case codes humanized, titles and ids left as they are. */
export function cellText(cell: Cell): string {
  if (cell === null) return '(none)';
  if (typeof cell !== 'string') return String(cell);
  return /^[a-z][a-z_]*$/.test(cell) ? humanizeValue(cell) : cell;
}

/** "category" → "categories", "media_type" → "media types". */
export function pluralize(name: string): string {
  const words = name.replace(/_+/g, ' ');
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(words)) return `${words}es`;
  return `${words}s`;
}

/**
 * "Revenue by plan" where some payments' member is gone: the rows of a one-breakdown result linked to no value of it
 * (the key is empty), when some rows do have one. They count in a total, but are no value to rank or average.
 */
export function unlinkedRows(result: QueryResult, shape: ResultShape): ReadonlySet<number> {
  const at =
    shape.dimensions.length === 1 && shape.time === null ? columnIndex(result, shape.dimensions[0] as string) : -1;
  if (at < 0) return new Set();
  const rows = result.rows.flatMap((row, position) => (row[at] === null ? [position] : []));
  return rows.length < result.rows.length ? new Set(rows) : new Set();
}

/**
 * "Weekends vs weekdays": the rows of a result split by the parts of the week alone (see `withPartsOfWeek`), each
 * with whether it is the weekend; null for any other result.
 */
export function partsOfWeekRows(
  result: QueryResult,
  shape: ResultShape,
): readonly { readonly row: number; readonly weekend: boolean }[] | null {
  const [dimension] = shape.dimensions;
  if (shape.dimensions.length !== 1 || shape.time !== null || dimension === undefined) return null;
  const at = columnIndex(result, dimension);
  const parts = result.rows.map((cells, row) => ({ row, value: cells[at] }));
  if (parts.length === 0 || !parts.every(({ value }) => value === WEEKDAY_PART || value === WEEKEND_PART)) return null;
  return parts.map(({ row, value }) => ({ row, weekend: value === WEEKEND_PART }));
}
