import { describe, expect, test } from 'vitest';
import { formatCell } from '../../src/cli/table.js';

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
