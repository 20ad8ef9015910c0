/**
 * How each column of a result reads: its header in words, and how its cells are written (money with its
 * sign, fractions as percents, dates as dates, codes as labels). The chart the server drew for the answer
 * is the best source (it carries the semantic layer's titles, formats and value labels); column names and
 * types fill in what it does not say.
 */

export type Cell = string | number | boolean | null;

/** A result column as the server sends it: its header and format from the semantic layer, when it has one. */
export interface ResultColumn {
  readonly name: string;
  readonly type: string;
  readonly label?: string;
  /** CURRENCY, PERCENT, COUNT, NUMBER, RATIO, DATE, TIMESTAMP, TEXT or BOOLEAN. */
  readonly format?: string;
  readonly currency?: string | null;
  readonly grain?: string | null;
  /** TIME, DIMENSION, NAME, DETAIL, METRIC, PREVIOUS or OTHER. */
  readonly role?: string;
  readonly valueLabels?: readonly { readonly value: string; readonly label: string }[];
}

export type ColumnFormat =
  | 'money'
  | 'percent'
  | 'integer'
  | 'decimal'
  | 'plain'
  | 'date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'timestamp'
  | 'boolean'
  | 'label'
  | 'text';

export interface ColumnView {
  /** Position of the column's cells in each row. */
  readonly index: number;
  readonly name: string;
  /** The header as a person reads it. */
  readonly label: string;
  readonly format: ColumnFormat;
  readonly numeric: boolean;
  /** An internal id (by its name, or values such as `post_dm_00550`): shown as is, after the columns that name the row. */
  readonly identifier: boolean;
  /** Labels of this column's values, as the server or the chart names them ("online_store" → "Online store"). */
  readonly valueLabels: ReadonlyMap<string, string>;
  /** The ISO 4217 code of a money column. */
  readonly currency?: string;
}

/** The figures match the answer text, which the server writes in US English with dollar amounts. */
const LOCALE = 'en-US';
const MONEY = new Map<string, Intl.NumberFormat>();

function money(currency = 'USD'): Intl.NumberFormat {
  let format = MONEY.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    MONEY.set(currency, format);
  }
  return format;
}
const PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const SMALL_DECIMAL = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const DAY = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' });
const MOMENT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'float']);
const ID_NAME = /(?:^|_)id$/;
/** Free text that names or describes a row: shown as written. */
const NAMING_NAME = /(?:^|_)(?:title|caption|name|description|text|email|url|handle|sku)$/;
const PERCENT_NAME = /(?:^|_)(?:rate|ratio|share|pct|percent|percentage|margin)(?:_|$)/;
const MONEY_NAME =
  /(?:^|_)(?:revenue|sales|profit|amount|price|cost|costs|spend|aov|discount|shipping|subtotal|gmv|income|total)(?:_|$)/;
/** Counts that happen to mention money words ("total_orders", "sales_count") stay counts. */
const COUNT_NAME = /(?:^|_)(?:count|orders|units|quantity|qty|number|customers|posts|items)(?:_|$)/;
const PLAIN_NAME = /^(?:year|hour|hour_of_day|day_of_week|week|rank|position)$/;
const PREVIOUS_NAME = /^(.+?)_+(?:previous|prev|prior)(?:_period)?$/;
const CODE_VALUE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const ID_VALUE = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;

/** Text cells that are all codes with digits in them ("post_dm_00550", "SKU-1042") are ids, not words. */
function looksLikeIds(cells: readonly Cell[]): boolean {
  const present = cells.filter((cell) => cell !== null);
  return (
    present.length > 0 && present.every((cell) => typeof cell === 'string' && ID_VALUE.test(cell) && /\d/.test(cell))
  );
}

const WORDS: Record<string, string> = {
  id: 'ID',
  aov: 'AOV',
  sku: 'SKU',
  url: 'URL',
  gmv: 'GMV',
  roas: 'ROAS',
  ctr: 'CTR',
  avg: 'average',
  pct: 'percent',
  qty: 'quantity',
};

/** "post_caption" → "Post caption", "aov" → "AOV", "revenue_previous" → "Revenue (previous period)". */
export function readableName(name: string): string {
  const previous = PREVIOUS_NAME.exec(name);
  if (previous?.[1]) return `${readableName(previous[1])} (previous period)`;
  const words = name
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "online_store" → "Online store"; values that are not codes ("US", a caption) stay as they are. */
export function readableCode(value: string): string {
  if (!CODE_VALUE.test(value) || /^\d+$/.test(value)) return value;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

interface FieldHint {
  title?: string;
  format?: string;
  timeUnit?: string;
}

interface ChartHints {
  readonly fields: ReadonlyMap<string, FieldHint>;
  readonly valueLabels: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the server's Vega-Lite chart says about the columns: titles, d3 formats, time units, value labels. */
function chartHints(chart: unknown): ChartHints {
  const fields = new Map<string, FieldHint>();
  const valueLabels = new Map<string, Map<string, string>>();
  if (!isRecord(chart)) return { fields, valueLabels };
  const encodings = isRecord(chart.encoding) ? Object.values(chart.encoding).flat() : [];
  for (const encoding of encodings) {
    if (!isRecord(encoding) || typeof encoding.field !== 'string') continue;
    // `<dimension>_label` holds the dimension's value labels; `label` is a whole row's name.
    const field = encoding.field.endsWith('_label') ? encoding.field.slice(0, -'_label'.length) : encoding.field;
    const hint = fields.get(field) ?? {};
    if (typeof encoding.title === 'string' && hint.title === undefined) hint.title = encoding.title;
    const format = [
      encoding.format,
      isRecord(encoding.axis) ? encoding.axis.format : undefined,
      isRecord(encoding.legend) ? encoding.legend.format : undefined,
    ].find((candidate): candidate is string => typeof candidate === 'string');
    if (format !== undefined && hint.format === undefined) hint.format = format;
    if (typeof encoding.timeUnit === 'string') hint.timeUnit = encoding.timeUnit;
    fields.set(field, hint);
  }
  const values = isRecord(chart.data) && Array.isArray(chart.data.values) ? chart.data.values : [];
  for (const row of values) {
    if (!isRecord(row)) continue;
    for (const [key, label] of Object.entries(row)) {
      if (!key.endsWith('_label') || typeof label !== 'string') continue;
      const column = key.slice(0, -'_label'.length);
      const raw = row[column];
      if (raw === undefined || raw === null) continue;
      const labels = valueLabels.get(column) ?? new Map<string, string>();
      labels.set(typeof raw === 'string' ? raw : JSON.stringify(raw), label);
      valueLabels.set(column, labels);
    }
  }
  return { fields, valueLabels };
}

function formatFromHint(hint: FieldHint | undefined): ColumnFormat | null {
  if (hint?.timeUnit === 'yearmonth') return 'month';
  if (hint?.timeUnit === 'yearquarter') return 'quarter';
  if (hint?.timeUnit === 'year') return 'year';
  if (hint?.format?.includes('$')) return 'money';
  if (hint?.format?.endsWith('%')) return 'percent';
  return null;
}

function numericFormat(name: string, type: string): ColumnFormat {
  const base = PREVIOUS_NAME.exec(name)?.[1] ?? name;
  if (ID_NAME.test(base) || PLAIN_NAME.test(base)) return 'plain';
  if (PERCENT_NAME.test(base)) return 'percent';
  if (MONEY_NAME.test(base) && !COUNT_NAME.test(base)) return 'money';
  return type === 'integer' ? 'integer' : 'decimal';
}

function isFirstOfMonth(value: Cell): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-01(?:$|[T ]00:00)/.test(value);
}

function guessFormat(column: ResultColumn, cells: readonly Cell[]): ColumnFormat {
  if (NUMERIC_TYPES.has(column.type)) return numericFormat(column.name, column.type);
  if (column.type === 'boolean') return 'boolean';
  if (column.type === 'timestamp') return 'timestamp';
  if (column.type === 'date') {
    const monthly =
      /month|period/.test(column.name) &&
      cells.length > 1 &&
      cells.every((cell) => cell === null || isFirstOfMonth(cell));
    return monthly ? 'month' : 'date';
  }
  if (ID_NAME.test(column.name) || looksLikeIds(cells)) return 'plain';
  if (NAMING_NAME.test(column.name)) return 'text';
  return 'label';
}

/** The result's rows as arrays of cells in column order (rows the server sent as objects are reordered). */
export function rowsOf(columns: readonly ResultColumn[], rows: unknown): Cell[][] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row) =>
    Array.isArray(row) ? (row as Cell[]) : columns.map((column) => (row as Record<string, Cell>)[column.name] ?? null),
  );
}

/** The server's format for a column, in the table's terms; null when the server gave none. */
function formatFromServer(column: ResultColumn, cells: readonly Cell[]): ColumnFormat | null {
  switch (column.format) {
    case 'CURRENCY':
      return 'money';
    case 'PERCENT':
      return 'percent';
    case 'COUNT':
      return 'integer';
    case 'NUMBER':
    case 'RATIO':
      return 'decimal';
    case 'DATE':
      return column.grain === 'MONTH'
        ? 'month'
        : column.grain === 'QUARTER'
          ? 'quarter'
          : column.grain === 'YEAR'
            ? 'year'
            : 'date';
    case 'TIMESTAMP':
      return 'timestamp';
    case 'BOOLEAN':
      return 'boolean';
    case 'TEXT':
      if (column.role === 'NAME' || column.role === 'DETAIL') return 'text';
      return ID_NAME.test(column.name) || looksLikeIds(cells) ? 'plain' : 'label';
    default:
      return null;
  }
}

/**
 * The columns in the order they are shown: the server's reading order when it sends one (a product's title
 * before its id); otherwise ids move to the end when a column names the row (a caption or a title says more
 * to a person than an internal id). The server's labels and formats come first, then the chart's, then names.
 */
export function presentColumns(
  columns: readonly ResultColumn[],
  rows: readonly Cell[][],
  chart: unknown,
  order?: readonly number[],
): ColumnView[] {
  const hints = chartHints(chart);
  const views = columns.map((column, index): ColumnView => {
    const cells = rows.map((row) => row[index] ?? null);
    const previous = PREVIOUS_NAME.exec(column.name)?.[1];
    const hint = hints.fields.get(column.name);
    const baseHint = previous === undefined ? undefined : hints.fields.get(previous);
    const format =
      formatFromServer(column, cells) ?? formatFromHint(hint) ?? formatFromHint(baseHint) ?? guessFormat(column, cells);
    const label =
      column.label ??
      hint?.title ??
      (baseHint?.title === undefined ? readableName(column.name) : `${baseHint.title} (previous period)`);
    const valueLabels = new Map(hints.valueLabels.get(column.name) ?? []);
    for (const entry of column.valueLabels ?? []) valueLabels.set(entry.value, entry.label);
    return {
      index,
      name: column.name,
      label,
      format,
      numeric: NUMERIC_TYPES.has(column.type),
      identifier: ID_NAME.test(column.name) || (!NUMERIC_TYPES.has(column.type) && looksLikeIds(cells)),
      valueLabels,
      ...(column.currency ? { currency: column.currency } : {}),
    };
  });
  if (order !== undefined && order.length === views.length && new Set(order).size === views.length) {
    return order.map((index) => views[index]).filter((view): view is ColumnView => view !== undefined);
  }
  const names = views.some((view) => NAMING_NAME.test(view.name) && !view.numeric);
  if (!names) return views;
  return [...views.filter((view) => !view.identifier), ...views.filter((view) => view.identifier)];
}

function parseDate(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function formatNumber(value: number, column: ColumnView): string {
  switch (column.format) {
    case 'money':
      return money(column.currency).format(value);
    case 'percent':
      // Rates are fractions everywhere in askql (0.052 is 5.2%).
      return PERCENT.format(value);
    case 'plain':
      return String(value);
    case 'integer':
      return INTEGER.format(value);
    default:
      if (Number.isInteger(value)) return INTEGER.format(value);
      return Math.abs(value) < 1 ? SMALL_DECIMAL.format(value) : DECIMAL.format(value);
  }
}

function formatDate(value: string, format: ColumnFormat): string {
  const date = parseDate(value);
  if (date === null) return value;
  switch (format) {
    case 'month':
      return MONTH.format(date);
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case 'year':
      return String(date.getUTCFullYear());
    case 'timestamp':
      return MOMENT.format(date);
    default:
      return DAY.format(date);
  }
}

/** A cell as a person reads it; empty for null. */
export function formatCell(value: Cell | undefined, column: ColumnView): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(value, column);
  const labelled = column.valueLabels.get(value);
  if (labelled !== undefined) return labelled;
  switch (column.format) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'year':
    case 'timestamp':
      return formatDate(value, column.format);
    case 'label':
      return readableCode(value);
    default:
      return value;
  }
}

/** Orders cells of one column: numbers by value, text alphabetically, empty cells last in either direction. */
export function compareCells(a: Cell | undefined, b: Cell | undefined, direction: 1 | -1): number {
  const emptyA = a === null || a === undefined;
  const emptyB = b === null || b === undefined;
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return direction * (a - b);
  return direction * String(a).localeCompare(String(b), LOCALE, { numeric: true });
}
