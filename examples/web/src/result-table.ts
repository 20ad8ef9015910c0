import {
  compareCells,
  formatCell,
  presentColumns,
  rowsOf,
  type Cell,
  type ColumnView,
  type ResultColumn,
} from './columns.js';
import { h, icon } from './dom.js';

export interface ResultData {
  readonly columns: readonly ResultColumn[];
  /** The server's reading order of the columns (absent from older servers). */
  readonly columnOrder?: readonly number[];
  readonly rows: unknown;
  /** Rows the query returned (the answer may keep fewer). */
  readonly rowCount: number;
  readonly truncated: boolean;
}

/** Rows shown before "Show all": enough to read the top of a ranking without scrolling past the answer. */
const FIRST_ROWS = 25;

const COUNT = new Intl.NumberFormat('en-US');
const rows = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'row' : 'rows'}`;

/** What the table holds, said plainly: how many rows are shown, how many the answer kept, whether more exist. */
export function rowNote(shown: number, kept: number, result: Pick<ResultData, 'rowCount' | 'truncated'>): string {
  const parts = [shown < kept ? `Showing ${COUNT.format(shown)} of ${rows(kept)}.` : `${rows(kept)}.`];
  if (kept < result.rowCount)
    parts.push(`The query returned ${rows(result.rowCount)}; this answer keeps the first ${COUNT.format(kept)}.`);
  else if (result.truncated) parts.push(`The query stopped at ${rows(result.rowCount)}, so there may be more.`);
  return parts.join(' ');
}

function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A text cell starting with =, +, - or @ would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The kept rows as CSV: readable headers, raw values (numbers stay numbers for a spreadsheet). */
export function toCsv(columns: readonly ColumnView[], data: readonly Cell[][]): string {
  const lines = [columns.map((column) => csvField(column.label)).join(',')];
  for (const row of data) lines.push(columns.map((column) => csvField(row[column.index])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'result'
  );
}

const ONE_LINE_FORMATS = new Set(['date', 'month', 'quarter', 'timestamp', 'plain']);

function cellClass(column: ColumnView): string | null {
  if (column.numeric) return 'number';
  return ONE_LINE_FORMATS.has(column.format) ? 'nowrap' : null;
}

/**
 * The result as a table: readable headers and cells, sortable by any column, the first rows with a way to
 * show the rest, and the kept rows as CSV. `title` names the table (its caption and the CSV file).
 */
export function resultTable(result: ResultData, chart: unknown, title: string): HTMLElement {
  const data = rowsOf(result.columns, result.rows);
  const columns = presentColumns(result.columns, data, chart, result.columnOrder);
  let sort: { column: ColumnView; direction: 1 | -1 } | null = null;
  let limit = Math.min(FIRST_ROWS, data.length);

  const body = h('tbody');
  const headers = columns.map((column) => {
    const button = h('button', { type: 'button', class: 'sort', onclick: () => sortBy(column) }, column.label);
    return h('th', { scope: 'col', class: column.numeric ? 'number' : null }, button);
  });
  const table = h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, `${title} (select a column header to sort)`),
    h('thead', {}, h('tr', {}, ...headers)),
    body,
  );
  const note = h('p', { class: 'note' });
  const showAll = h('button', { type: 'button', class: 'link', onclick: () => show(data.length) });
  const csv = h(
    'button',
    { type: 'button', class: 'link', onclick: () => download(`${slug(title)}.csv`, toCsv(columns, sorted())) },
    icon('download'),
    'Download CSV',
  );

  function sorted(): Cell[][] {
    if (sort === null) return data;
    const { column, direction } = sort;
    return [...data].sort((a, b) => compareCells(a[column.index], b[column.index], direction));
  }

  function sortBy(column: ColumnView): void {
    // Numbers start with the largest, text from A.
    const first = column.numeric ? -1 : 1;
    sort =
      sort?.column === column ? { column, direction: sort.direction === 1 ? -1 : 1 } : { column, direction: first };
    headers.forEach((header, index) => {
      const sortedHere = sort?.column === columns[index];
      if (sortedHere) header.setAttribute('aria-sort', sort?.direction === 1 ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
    });
    draw();
  }

  function show(count: number): void {
    limit = count;
    draw();
  }

  function draw(): void {
    body.replaceChildren(
      ...sorted()
        .slice(0, limit)
        .map((row) =>
          h(
            'tr',
            {},
            ...columns.map((column) => h('td', { class: cellClass(column) }, formatCell(row[column.index], column))),
          ),
        ),
    );
    note.textContent = rowNote(limit, data.length, result);
    showAll.textContent = `Show all ${rows(data.length)}`;
    showAll.hidden = limit >= data.length;
  }

  draw();
  return h(
    'div',
    { class: 'result' },
    // A wide table scrolls on its own; keyboard users reach it with Tab.
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': title }, table),
    h('div', { class: 'result-footer' }, note, showAll, csv),
  );
}
