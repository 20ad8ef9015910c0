import Table from 'cli-table3';

/** A column as the server describes it (`QueryResult.columns`): its header and format when the answer gave them. */
export interface ResultColumn {
  readonly name: string;
  readonly type: string;
  readonly label?: string;
  /** CURRENCY, PERCENT, COUNT, NUMBER, RATIO, DATE, TIMESTAMP, TEXT or BOOLEAN. */
  readonly format?: string;
  readonly currency?: string | null;
  /** DAY, WEEK, MONTH, QUARTER or YEAR for the time bucket. */
  readonly grain?: string | null;
  readonly valueLabels?: readonly { readonly value: string; readonly label: string }[];
}

export interface TableOptions {
  /** Terminal width to fit in; wide cells are cut with an ellipsis. */
  readonly width: number;
  /** At most this many rows are drawn; the rest are counted below the table. */
  readonly maxRows: number;
  /** Colour the header (TTY only). */
  readonly color: boolean;
  /** Indexes of columns that are never cut (ids a person copies into the next command). */
  readonly keep?: readonly number[];
}

const NUMERIC = /^(int|integer|bigint|smallint|tinyint|hugeint|double|float|real|decimal|numeric|number)/i;

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A cell as a person reads it: no `null`, numbers rounded to what matters, times to the minute, objects as JSON. */
export function formatCell(value: unknown, type = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^(timestamp|date)/i.test(type)) {
    const time = ISO_TIMESTAMP.exec(value);
    if (time) return /^date$/i.test(type) || time[2] === '00:00' ? `${time[1]}` : `${time[1]} ${time[2]}`;
  }
  if (typeof value === 'number') {
    // DECIMAL columns are money and rates: every row shows two places, so a column of cents lines up.
    if (/^(decimal|numeric)/i.test(type))
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** A cell written by its column's format (money with its sign, fractions as percents); null when the format says nothing. */
export function formatPresented(value: unknown, column: ResultColumn): string | null {
  if (value === null || value === undefined) return '';
  const format = column.format?.toLowerCase();
  if (typeof value === 'number') {
    switch (format) {
      case 'currency':
        return value.toLocaleString('en-US', { style: 'currency', currency: column.currency ?? 'USD' });
      case 'percent':
        return value.toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      case 'count':
        return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
      case 'number':
      case 'ratio':
        return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
      default:
        return null;
    }
  }
  if (typeof value === 'boolean' && format === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'string') return null;
  if (format === 'date') {
    const date = ISO_TIMESTAMP.exec(value)?.[1] ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
    if (date === null) return null;
    const [year, month] = date.split('-').map(Number) as [number, number];
    switch (column.grain?.toLowerCase()) {
      case 'year':
        return String(year);
      case 'quarter':
        return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
      case 'month':
        return MONTH.format(new Date(Date.UTC(year, month - 1, 1)));
      default:
        return date;
    }
  }
  const label = column.valueLabels?.find((entry) => entry.value === value)?.label;
  return label === undefined ? null : label;
}

function rowValues(row: unknown, columns: readonly ResultColumn[]): unknown[] {
  if (Array.isArray(row)) return row;
  if (row && typeof row === 'object') return columns.map((column) => (row as Record<string, unknown>)[column.name]);
  return [row];
}

/**
 * Column widths that fit the terminal: every column keeps what it needs when it can; otherwise the widest
 * ones give up space first, down to a readable minimum, and the cells that no longer fit end in "…".
 */
function fitWidths(natural: number[], width: number, keep: readonly number[]): number[] {
  // cli-table3 spends one border character per column plus one, and a space of padding on each side.
  const budget = width - (natural.length + 1) - natural.length * 2;
  const widths = [...natural];
  const minimum = 6;
  let total = widths.reduce((sum, w) => sum + w, 0);
  const shrinkable = (index: number) => !keep.includes(index);
  while (total > budget) {
    const candidates = widths.map((w, index) => (shrinkable(index) ? w : 0));
    const widest = candidates.indexOf(Math.max(...candidates));
    if ((widths[widest] ?? 0) <= minimum || !shrinkable(widest)) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  return widths.map((w) => w + 2);
}

/** Renders rows as an aligned table (numbers right-aligned), cut politely to the terminal's width and a row budget. */
export function renderTable(
  columns: readonly ResultColumn[],
  rows: readonly unknown[],
  options: TableOptions,
): { table: string; hiddenRows: number } {
  const shown = rows.slice(0, options.maxRows).map((row) =>
    rowValues(row, columns).map((value, index) => {
      const column = columns[index];
      return (column && formatPresented(value, column)) ?? formatCell(value, column?.type);
    }),
  );
  const heads = columns.map((column) => column.label ?? column.name);
  const natural = columns.map((column, index) =>
    Math.max((heads[index] ?? '').length, ...shown.map((cells) => (cells[index] ?? '').length), 1),
  );
  const table = new Table({
    head: heads,
    colWidths: fitWidths(natural, options.width, options.keep ?? []),
    colAligns: columns.map((column) => (NUMERIC.test(column.type) ? 'right' : 'left')),
    // compact: a rule under the header only, so a result reads like a spreadsheet, not a grid of boxes.
    style: { head: options.color ? ['cyan'] : [], border: [], compact: true },
    truncate: '…',
    wordWrap: false,
  });
  for (const cells of shown) table.push(cells);
  return { table: table.toString(), hiddenRows: Math.max(0, rows.length - shown.length) };
}
