import type { ChartSpec } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import type { ValueFormat } from './format.js';
import {
  analyzeShape,
  dimensionInfo,
  numericCells,
  rowLabel,
  type Presentation,
  type ResultShape,
} from './result-shape.js';

/**
 * A Vega-Lite chart when the result suits one: a time series as a line (one line per dimension value when
 * broken down), a part-of-a-whole breakdown as an arc, any other category breakdown as bars (a large two-way
 * breakdown as a heatmap). A single value, a wide table or too many categories to read gets no chart.
 */

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
/** An arc is readable with a handful of slices only. */
const MAX_SLICES = 6;
const MAX_BARS = 30;
const MAX_CELLS = 400;
const MAX_SERIES = 8;
const MAX_COLUMNS = 6;

const TIME_UNIT: Record<string, string> = {
  day: 'yearmonthdate',
  week: 'yearmonthdate',
  month: 'yearmonth',
  quarter: 'yearquarter',
  year: 'year',
};

/** d3-format strings matching the interpretation's formatting. */
function axisFormat(format: ValueFormat): string {
  switch (format) {
    case 'currency':
      return '$,.2f';
    case 'percent':
      return '.1%';
    case 'ratio':
      return ',.2f';
    case 'number':
      return ',~r';
  }
}

export interface ChartOptions {
  readonly presentation?: Presentation;
}

/** Rows as objects keyed by column name, plus `label` (the row's name as the answer writes it). */
function values(result: QueryResult, shape: ResultShape): Record<string, unknown>[] {
  return result.rows.map((row, index) => {
    const entry: Record<string, unknown> = Object.fromEntries(
      result.columns.map((column, column_) => [column.name, row[column_] ?? null]),
    );
    entry.label = rowLabel(result, shape, index);
    for (const dimension of shape.dimensions)
      entry[`${dimension}_label`] = dimensionInfo(shape, dimension).valueLabel(entry[dimension] as never);
    return entry;
  });
}

/** The Vega-Lite spec for `result`, or null when a chart would not help. */
export function chartFor(plan: QueryPlan, result: QueryResult, options: ChartOptions = {}): ChartSpec | null {
  const spec = draw(plan, result, options);
  const shape = spec === null ? null : analyzeShape(plan, result, options.presentation);
  const currency = shape?.primary ? shape.info.get(shape.primary)?.currency : undefined;
  if (spec === null || currency === undefined || currency === 'USD') return spec;
  // d3-format's "$" is the locale's currency symbol: the layer's own, so the axis says € when the answer does.
  const symbol =
    new Intl.NumberFormat('en-US', { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency;
  return {
    ...spec,
    config: { locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: [symbol, ''] } } },
  };
}

function draw(plan: QueryPlan, result: QueryResult, options: ChartOptions): ChartSpec | null {
  const shape = analyzeShape(plan, result, options.presentation);
  const metric = shape.primary;
  if (metric === null || result.rowCount < 2 || shape.dimensions.length > 2) return null;
  if (result.columns.length > MAX_COLUMNS + shape.details.size) return null;
  const info = shape.info.get(metric);
  const format = info?.format ?? 'number';
  const title = info?.label ?? metric;
  const y = { field: metric, type: 'quantitative', title, axis: { format: axisFormat(format) } };
  const data = { values: values(result, shape) };
  const tooltip = [
    {
      field: 'label',
      type: 'nominal',
      title: shape.dimensions[0] === undefined ? 'Row' : dimensionInfo(shape, shape.dimensions[0]).label,
    },
    { field: metric, type: 'quantitative', title, format: axisFormat(format) },
  ];

  if (shape.time !== null) {
    if (shape.dimensions.length > 1) return null;
    const x = { field: shape.time, type: 'temporal', timeUnit: TIME_UNIT[shape.grain ?? 'day'], title: null };
    const dimension = shape.dimensions[0];
    if (dimension === undefined) {
      return {
        $schema: SCHEMA,
        description: `${title} by ${shape.grain ?? 'period'}`,
        data,
        mark: { type: 'line', point: true },
        encoding: { x, y, tooltip: [{ field: shape.time, type: 'temporal', timeUnit: x.timeUnit }, tooltip[1]] },
      };
    }
    const series = new Set(
      result.rows.map((row) => row[result.columns.findIndex((column) => column.name === dimension)]),
    );
    if (series.size > MAX_SERIES) return null;
    const color = { field: `${dimension}_label`, type: 'nominal', title: dimensionInfo(shape, dimension).label };
    return {
      $schema: SCHEMA,
      description: `${title} by ${shape.grain ?? 'period'} and ${color.title.toLowerCase()}`,
      data,
      mark: { type: 'line', point: true },
      encoding: {
        x,
        y,
        color,
        tooltip: [{ field: shape.time, type: 'temporal', timeUnit: x.timeUnit }, color, tooltip[1]],
      },
    };
  }

  const dimension = shape.dimensions[0];
  if (dimension === undefined) return null;
  const dimensionTitle = dimensionInfo(shape, dimension).label;
  const second = shape.dimensions[1];
  if (result.rowCount > MAX_BARS) {
    // Too many bars to read; a two-way breakdown still reads as a grid of coloured cells.
    if (second === undefined || result.rowCount > MAX_CELLS) return null;
    const secondTitle = dimensionInfo(shape, second).label;
    return {
      $schema: SCHEMA,
      description: `${title} by ${dimensionTitle.toLowerCase()} and ${secondTitle.toLowerCase()}`,
      data,
      mark: { type: 'rect' },
      encoding: {
        y: { field: `${dimension}_label`, type: 'nominal', title: dimensionTitle },
        x: { field: `${second}_label`, type: 'nominal', title: secondTitle },
        color: { field: metric, type: 'quantitative', title, legend: { format: axisFormat(format) } },
        tooltip: [
          { field: `${dimension}_label`, type: 'nominal', title: dimensionTitle },
          { field: `${second}_label`, type: 'nominal', title: secondTitle },
          tooltip[1],
        ],
      },
    };
  }
  const cells = numericCells(result, metric);
  const wholeOfParts =
    shape.dimensions.length === 1 &&
    info?.additive === true &&
    plan.limit === null &&
    plan.comparison?.kind !== 'values' &&
    result.rowCount <= MAX_SLICES &&
    !result.truncated &&
    cells.every((value) => value !== null && value >= 0);
  if (wholeOfParts) {
    return {
      $schema: SCHEMA,
      description: `Share of ${title.toLowerCase()} by ${dimensionTitle.toLowerCase()}`,
      data,
      transform: [
        { joinaggregate: [{ op: 'sum', field: metric, as: 'total' }] },
        { calculate: `datum['${metric}'] / datum.total`, as: 'share' },
      ],
      mark: { type: 'arc', innerRadius: 50 },
      encoding: {
        theta: { field: metric, type: 'quantitative', stack: true },
        color: { field: 'label', type: 'nominal', title: dimensionTitle, sort: { field: metric, order: 'descending' } },
        tooltip: [...tooltip, { field: 'share', type: 'quantitative', title: 'Share', format: '.1%' }],
      },
    };
  }
  const bar: ChartSpec = {
    $schema: SCHEMA,
    description: `${title} by ${dimensionTitle.toLowerCase()}`,
    data,
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: second === undefined ? 'label' : `${dimension}_label`,
        type: 'nominal',
        title: dimensionTitle,
        sort: plan.limit !== null || plan.sort !== null ? null : '-x',
      },
      x: y,
      tooltip,
      ...(second === undefined
        ? {}
        : { color: { field: `${second}_label`, type: 'nominal', title: dimensionInfo(shape, second).label } }),
    },
  };
  return bar;
}
