import type { QueryPlan } from '../plan.js';
import type { QueryResult, ResultColumn } from '../../warehouse/warehouse.js';
import { analyzeShape, cellText, dimensionInfo, type Presentation } from './result-shape.js';
import { humanizeValue, type Grain } from './format.js';

/**
 * How each column of a result is shown: a header in words and a format from the semantic layer, its role in
 * the answer, and labels for coded values. Every client (web, CLI, an app built on the API) renders 8.1%,
 * $165,390.70 and "Online store" from this instead of guessing from 0.081, 165390.7 and `online_store`.
 */

/** How a column's cells are written. `count` and `number` differ only in decimals; `ratio` is a plain multiple. */
export const COLUMN_FORMATS = [
  'currency',
  'percent',
  'count',
  'number',
  'ratio',
  'date',
  'timestamp',
  'text',
  'boolean',
] as const;
export type ColumnFormat = (typeof COLUMN_FORMATS)[number];

/**
 * What a column is in the answer: the time bucket, a dimension that groups the rows, the title or caption that
 * names a row's entity (shown first), another detail of it, a metric, a metric's previous-period twin.
 */
export const COLUMN_ROLES = ['time', 'dimension', 'name', 'detail', 'metric', 'previous', 'other'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface ValueLabel {
  readonly value: string;
  readonly label: string;
}

export interface PresentedColumn {
  readonly name: string;
  readonly type: ResultColumn['type'];
  readonly label: string;
  readonly format: ColumnFormat;
  /** ISO 4217 code of a `currency` column ("USD"); null otherwise. */
  readonly currency: string | null;
  /** The bucket size of the time column ("month": 2026-03-01 is March 2026); null otherwise. */
  readonly grain: Grain | null;
  readonly role: ColumnRole;
  /** Labels of the coded values this result holds ("online_store" → "Online store"); only where they differ. */
  readonly valueLabels: readonly ValueLabel[];
}

export interface ColumnPresentation {
  readonly columns: readonly PresentedColumn[];
  /** Column indexes in the order a person reads them: an entity's name first, the rest as returned, the id it names last. */
  readonly order: readonly number[];
}

export interface ColumnPresentationOptions {
  readonly presentation: Presentation;
  /** The currency money columns are in (the layer's `currency`). */
  readonly currency: string;
}

/** Value labels kept per column: enough for every row a message keeps, bounded whatever the result holds. */
const VALUE_LABELS_MAX = 200;
const NAMING = /(?:^|_)(?:title|caption|name)$/;

/** The presentation of every column of `result` for `plan`. */
export function presentColumns(
  plan: QueryPlan,
  result: QueryResult,
  options: ColumnPresentationOptions,
): ColumnPresentation {
  const shape = analyzeShape(plan, result, options.presentation);
  const previousOf = new Map([...shape.previous].map(([metric, prior]) => [prior, metric] as const));
  const sameDaysOf = new Map([...shape.sameDays].map(([metric, paced]) => [paced, metric] as const));

  const columns = result.columns.map((column, index): PresentedColumn => {
    const base = { name: column.name, type: column.type, currency: null, grain: null, valueLabels: [] as ValueLabel[] };
    if (column.name === shape.time) {
      const grain = shape.grain;
      return {
        ...base,
        label: grain ? humanizeValue(grain) : readableName(column.name),
        format: column.type === 'timestamp' && grain === null ? 'timestamp' : 'date',
        grain,
        role: 'time',
      };
    }
    const metricInfo = shape.info.get(column.name);
    if (metricInfo) {
      const twin = previousOf.get(column.name) ?? sameDaysOf.get(column.name);
      const format = metricInfo.format === 'number' && column.type === 'integer' ? 'count' : metricInfo.format;
      return {
        ...base,
        label:
          twin === undefined
            ? metricInfo.label
            : sameDaysOf.has(column.name)
              ? `${metricInfo.label} (same days, previous period)`
              : `${metricInfo.label} (previous period)`,
        format,
        currency: format === 'currency' ? options.currency : null,
        role: twin === undefined ? 'metric' : 'previous',
      };
    }
    const owner = shape.details.get(column.name);
    if (owner !== undefined) {
      const naming = NAMING.test(column.name);
      return {
        ...base,
        label: readableName(column.name),
        format: formatOfType(column.type),
        role: naming ? 'name' : 'detail',
        // A detail's codes ("instagram") read as words; a name (a caption, a title) is shown as written.
        valueLabels:
          naming || column.type !== 'text'
            ? []
            : valueLabels(
                result,
                index,
                (cell) => options.presentation.detailValueLabel?.(column.name, cell) ?? cellText(cell),
              ),
      };
    }
    if (shape.dimensions.includes(column.name)) {
      const info = dimensionInfo(shape, column.name);
      return {
        ...base,
        label: sentenceCase(info.label),
        format: formatOfType(column.type),
        role: 'dimension',
        valueLabels: valueLabels(result, index, info.valueLabel),
      };
    }
    if (column.name === shape.tied) {
      // How many rows share the value of a "top 1" (itself included): 1 when it stands alone.
      return { ...base, label: 'Rows with this value', format: 'count', role: 'other' };
    }
    return { ...base, label: readableName(column.name), format: formatOfType(column.type), role: 'other' };
  });

  // A row's name (a product's title, a post's caption) reads first; the id it names stays, at the end.
  const named = new Set(columns.flatMap((column) => (column.role === 'name' ? [shape.details.get(column.name)] : [])));
  const indexed = columns.map((column, index) => ({ column, index }));
  const order = [
    ...indexed.filter(({ column }) => column.role === 'name'),
    ...indexed.filter(({ column }) => column.role !== 'name' && !named.has(column.name)),
    ...indexed.filter(({ column }) => named.has(column.name)),
  ].map(({ index }) => index);
  return { columns, order };
}

/** The presentation of columns nothing is known about (a message saved before columns carried one). */
export function plainColumns(columns: readonly ResultColumn[]): ColumnPresentation {
  return {
    columns: columns.map((column) => ({
      name: column.name,
      type: column.type,
      label: readableName(column.name),
      format: formatOfType(column.type),
      currency: null,
      grain: null,
      role: 'other',
      valueLabels: [],
    })),
    order: columns.map((_, index) => index),
  };
}

/** "post_caption" → "Post caption", "customer_id" → "Customer ID", "aov" → "AOV". */
export function readableName(name: string): string {
  const words = name.split(/_+/).filter((word) => word !== '');
  if (words.length === 0) return name;
  const spoken = words.map((word) =>
    word === 'id' ? 'ID' : word === 'aov' || word === 'sku' || word === 'url' ? word.toUpperCase() : word,
  );
  return sentenceCase(spoken.join(' '));
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatOfType(type: ResultColumn['type']): ColumnFormat {
  switch (type) {
    case 'integer':
      return 'count';
    case 'decimal':
    case 'float':
      return 'number';
    case 'date':
      return 'date';
    case 'timestamp':
      return 'timestamp';
    case 'boolean':
      return 'boolean';
    case 'text':
      return 'text';
  }
}

function valueLabels(
  result: QueryResult,
  index: number,
  label: (value: string | number | boolean | null) => string,
): ValueLabel[] {
  const seen = new Map<string, string>();
  for (const row of result.rows) {
    if (seen.size >= VALUE_LABELS_MAX) break;
    const cell = row[index];
    if (cell === null || cell === undefined) continue;
    const value = String(cell);
    if (seen.has(value)) continue;
    const text = label(cell);
    seen.set(value, text);
  }
  return [...seen].filter(([value, text]) => value !== text).map(([value, text]) => ({ value, label: text }));
}

/** A result whose columns carry their presentation, and the order to read them in. */
export type PresentedResult = QueryResult & {
  readonly columns: readonly PresentedColumn[];
  readonly order: readonly number[];
};

/** `result` with each column's presentation attached; rows are untouched (clients reorder by `order`). */
export function withPresentation(result: QueryResult, presentation: ColumnPresentation): PresentedResult {
  return { ...result, columns: presentation.columns, order: presentation.order };
}
