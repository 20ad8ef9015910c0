import { describe, expect, test } from 'vitest';
import { formatCell, formatPresented, renderTable } from '../../../src/cli/table.js';

describe('a result cell in the terminal table', () => {
  test('a DECIMAL shows two places, so a column of money lines up', () => {
    expect(formatCell(14716.7, 'decimal')).toBe('14,716.70');
    expect(formatCell(117047, 'decimal')).toBe('117,047.00');
  });

  test('integers get thousands separators and floats at most two places', () => {
    expect(formatCell(25013, 'integer')).toBe('25,013');
    expect(formatCell(0.456789, 'float')).toBe('0.46');
  });

  test('timestamps read to the minute and dates as dates', () => {
    expect(formatCell('2026-05-16T13:45:12.000Z', 'timestamp')).toBe('2026-05-16 13:45');
    expect(formatCell('2026-05-16', 'date')).toBe('2026-05-16');
  });
});

describe('a result column the server presented', () => {
  test('money in its currency, rates as percents, month buckets as months and codes as words', () => {
    expect(formatPresented(165390.7, { name: 'revenue', type: 'decimal', format: 'CURRENCY', currency: 'EUR' })).toBe(
      '€165,390.70',
    );
    expect(formatPresented(0.0808, { name: 'engagement_rate', type: 'float', format: 'PERCENT' })).toBe('8.1%');
    expect(formatPresented('2026-03-01', { name: 'month', type: 'date', format: 'DATE', grain: 'MONTH' })).toBe(
      'Mar 2026',
    );
    expect(
      formatPresented('online_store', {
        name: 'sales_channel',
        type: 'text',
        format: 'TEXT',
        valueLabels: [{ value: 'online_store', label: 'Online store' }],
      }),
    ).toBe('Online store');
  });

  test('the table is headed by the labels', () => {
    const { table } = renderTable(
      [
        {
          name: 'sales_channel',
          type: 'text',
          label: 'Sales channel',
          format: 'TEXT',
          valueLabels: [{ value: 'tiktok_shop', label: 'TikTok Shop' }],
        },
        { name: 'revenue', type: 'decimal', label: 'Revenue', format: 'CURRENCY', currency: 'USD' },
      ],
      [['tiktok_shop', 1234.5]],
      { width: 80, maxRows: 10, color: false },
    );
    expect(table).toContain('Sales channel');
    expect(table).toContain('TikTok Shop');
    expect(table).toContain('$1,234.50');
    expect(table).not.toContain('sales_channel');
  });
});
