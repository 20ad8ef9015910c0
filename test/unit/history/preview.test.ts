import { describe, expect, it } from 'vitest';
import { cutOnWordBoundary, PREVIEW_MAX_LENGTH } from '../../../src/history/preview.js';

describe('cutOnWordBoundary', () => {
  it('keeps short text whole, with its whitespace collapsed', () => {
    expect(cutOnWordBoundary('  revenue\n by   month ', PREVIEW_MAX_LENGTH)).toBe('revenue by month');
  });

  it('cuts long text between words and ends with an ellipsis, within the limit', () => {
    const text = 'word '.repeat(40);
    const preview = cutOnWordBoundary(text, PREVIEW_MAX_LENGTH);
    expect(preview.length).toBeLessThanOrEqual(PREVIEW_MAX_LENGTH);
    expect(preview).toMatch(/^(word )*word…$/);
  });

  it('cuts a single overlong word rather than returning nothing', () => {
    expect(cutOnWordBoundary('x'.repeat(150), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits an emoji in half', () => {
    const preview = cutOnWordBoundary('📈'.repeat(20), 10);
    expect(Array.from(preview)).toHaveLength(10);
    expect(preview.endsWith('📈…')).toBe(true);
  });
});
