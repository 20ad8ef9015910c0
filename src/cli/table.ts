import Table from 'cli-table3';

/** A column as the server describes it (`QueryResult.columns`). */
export interface ResultColumn {
  readonly name: string;
  readonly type: string;
}

export interface TableOptions {
  /** Terminal width to fit in; wide cells are cut with an ellipsis. */
  readonly width: number;
  /** At most this many rows are drawn; the rest are counted below the table. */
  readonly maxRows: number;
  /** Colour the header (TTY only). */
  readonly color: boolean;
}

const NUMERIC = /^(int|integer|bigint|smallint|tinyint|hugeint|double|float|real|decimal|numeric|number)/i;

/** A cell as a person reads it: no `null`, numbers rounded to what matters, objects as JSON. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
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
function fitWidths(natural: number[], width: number): number[] {
  // cli-table3 spends one border character per column plus one, and a space of padding on each side.
  const budget = width - (natural.length + 1) - natural.length * 2;
  const widths = [...natural];
  const minimum = 6;
  let total = widths.reduce((sum, w) => sum + w, 0);
  while (total > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= minimum) break;
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
  const shown = rows.slice(0, options.maxRows).map((row) => rowValues(row, columns).map(formatCell));
  const natural = columns.map((column, index) =>
    Math.max(column.name.length, ...shown.map((cells) => (cells[index] ?? '').length), 1),
  );
  const table = new Table({
    head: columns.map((column) => column.name),
    colWidths: fitWidths(natural, options.width),
    colAligns: columns.map((column) => (NUMERIC.test(column.type) ? 'right' : 'left')),
    style: { head: options.color ? ['cyan'] : [], border: [] },
    truncate: '…',
    wordWrap: false,
  });
  for (const cells of shown) table.push(cells);
  return { table: table.toString(), hiddenRows: Math.max(0, rows.length - shown.length) };
}
