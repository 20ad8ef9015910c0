import { describe, expect, it } from 'vitest';
import {
  formatCell,
  presentColumns,
  readableName,
  type Cell,
  type ResultColumn,
} from '../../../examples/web/src/columns.js';
import { applyEvent, type RunSnapshot } from '../../../examples/web/src/live-run.js';
import { rowNote, toCsv } from '../../../examples/web/src/result-table.js';

/** Each cell of `rows` as the web app's table shows it, under its header, in the order shown. */
function shown(
  columns: ResultColumn[],
  rows: Cell[][],
  chart: unknown = null,
): { headers: string[]; rows: string[][] } {
  const views = presentColumns(columns, rows, chart);
  return {
    headers: views.map((view) => view.label),
    rows: rows.map((row) => views.map((view) => formatCell(row[view.index], view))),
  };
}

describe("the web app's result table", () => {
  it('names columns in words', () => {
    expect(
      ['post_caption', 'aov', 'avg_likes', 'revenue_previous', 'customer_id', 'refund_rate'].map(readableName),
    ).toEqual(['Post caption', 'AOV', 'Average likes', 'Revenue (previous period)', 'Customer ID', 'Refund rate']);
  });

  it('writes money with its sign, rates as percents, counts grouped and codes as words, without a chart to go by', () => {
    const table = shown(
      [
        { name: 'sales_channel', type: 'text' },
        { name: 'revenue', type: 'decimal' },
        { name: 'total_orders', type: 'integer' },
        { name: 'refund_rate', type: 'float' },
        { name: 'first_order', type: 'date' },
        { name: 'is_active', type: 'boolean' },
      ],
      [['online_store', 165390.7, 12034, 0.0563, '2026-11-03', true]],
    );
    expect(table.headers).toEqual([
      'Sales channel',
      'Revenue',
      'Total orders',
      'Refund rate',
      'First order',
      'Is active',
    ]);
    expect(table.rows).toEqual([['Online store', '$165,390.70', '12,034', '5.6%', 'Nov 3, 2026', 'Yes']]);
  });

  it("takes titles, formats, time units and value labels from the answer's chart", () => {
    const chart = {
      data: { values: [{ period: '2026-01-01', platform: 'tiktok', platform_label: 'TikTok', engagement_rate: 0.08 }] },
      encoding: {
        x: { field: 'period', type: 'temporal', timeUnit: 'yearmonth', title: null },
        y: { field: 'engagement_rate', type: 'quantitative', title: 'Engagement rate', axis: { format: '.1%' } },
        color: { field: 'platform_label', type: 'nominal', title: 'Platform' },
      },
    };
    const table = shown(
      [
        { name: 'period', type: 'date' },
        { name: 'platform', type: 'text' },
        { name: 'engagement_rate', type: 'float' },
      ],
      [['2026-01-01', 'tiktok', 0.0808]],
      chart,
    );
    expect(table).toEqual({
      headers: ['Period', 'Platform', 'Engagement rate'],
      rows: [['January 2026', 'TikTok', '8.1%']],
    });
  });

  it('moves ids after the columns that name a row, and shows them as they are', () => {
    const table = shown(
      [
        { name: 'product', type: 'text' },
        { name: 'product_title', type: 'text' },
        { name: 'units_sold', type: 'integer' },
      ],
      [['prd_dm_0049', 'Sunset Tank', 843]],
    );
    expect(table).toEqual({
      headers: ['Product title', 'Units sold', 'Product'],
      rows: [['Sunset Tank', '843', 'prd_dm_0049']],
    });
  });

  it('says how many rows it shows, how many the answer kept and whether the query returned more', () => {
    expect(rowNote(5, 5, { rowCount: 5, truncated: false })).toBe('5 rows.');
    expect(rowNote(1, 1, { rowCount: 1, truncated: false })).toBe('1 row.');
    expect(rowNote(25, 60, { rowCount: 60, truncated: false })).toBe('Showing 25 of 60 rows.');
    expect(rowNote(25, 200, { rowCount: 1000, truncated: true })).toBe(
      'Showing 25 of 200 rows. The query returned 1,000 rows; this answer keeps the first 200.',
    );
    expect(rowNote(100, 100, { rowCount: 100, truncated: true })).toBe(
      '100 rows. The query stopped at 100 rows, so there may be more.',
    );
  });

  it('downloads CSV with readable headers and raw values, quoted where needed, formulas defused', () => {
    const views = presentColumns(
      [
        { name: 'post_caption', type: 'text' },
        { name: 'revenue', type: 'decimal' },
      ],
      [],
      null,
    );
    expect(
      toCsv(views, [
        ['Hello, "world"', 12.5],
        ['=HYPERLINK("x")', null],
      ]),
    ).toBe('Post caption,Revenue\r\n"Hello, ""world""",12.5\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});

describe("the web app's table, from the server's column presentation", () => {
  it("takes the server's labels, formats, currency, value labels and reading order over any guess", () => {
    const columns: ResultColumn[] = [
      { name: 'product', type: 'text', label: 'Product', format: 'TEXT', role: 'DIMENSION' },
      { name: 'product_title', type: 'text', label: 'Product title', format: 'TEXT', role: 'NAME' },
      {
        name: 'product_category',
        type: 'text',
        label: 'Product category',
        format: 'TEXT',
        role: 'DETAIL',
        valueLabels: [{ value: 'home_goods', label: 'Home goods' }],
      },
      { name: 'total', type: 'decimal', label: 'Product revenue', format: 'CURRENCY', currency: 'EUR', role: 'METRIC' },
      { name: 'share', type: 'float', label: 'Share of orders', format: 'PERCENT', role: 'METRIC' },
    ];
    const rows: Cell[][] = [['prod_001', 'Alpine Rug', 'home_goods', 8479, 0.125]];
    const views = presentColumns(columns, rows, null, [1, 0, 2, 3, 4]);
    expect(views.map((view) => view.label)).toEqual([
      'Product title',
      'Product',
      'Product category',
      'Product revenue',
      'Share of orders',
    ]);
    expect(views.map((view) => formatCell(rows[0]![view.index], view))).toEqual([
      'Alpine Rug',
      'prod_001',
      'Home goods',
      '€8,479.00',
      '12.5%',
    ]);
  });
});

describe("the web app's view of a run", () => {
  const start: RunSnapshot = {
    question: 'q',
    conversationId: null,
    runId: null,
    seq: 0,
    percent: 0,
    label: '',
    answer: '',
  };

  it('keeps the last event seen, the progress and the answer so far; a retried interpretation starts the text afresh', () => {
    const events = [
      { __typename: 'AskStarted', runId: 'r', seq: 1, conversationId: 'c' },
      {
        __typename: 'AskProgress',
        runId: 'r',
        seq: 2,
        stage: 'INTERPRETING',
        message: 'Interpreting Data...',
        percent: 75,
        attempt: 1,
      },
      { __typename: 'AnswerDelta', runId: 'r', seq: 3, text: 'First try' },
      {
        __typename: 'AskProgress',
        runId: 'r',
        seq: 4,
        stage: 'INTERPRETING',
        message: 'Interpreting Data...',
        percent: 75,
        attempt: 2,
      },
      { __typename: 'AnswerDelta', runId: 'r', seq: 5, text: 'Second ' },
      { __typename: 'AnswerDelta', runId: 'r', seq: 6, text: 'try' },
    ] as const;
    const snapshot = events.reduce<RunSnapshot>((state, event) => applyEvent(state, event), start);
    expect(snapshot).toEqual({
      question: 'q',
      conversationId: 'c',
      runId: 'r',
      seq: 6,
      percent: 75,
      label: 'Interpreting Data...',
      answer: 'Second try',
    });
  });
});
