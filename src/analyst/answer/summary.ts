import { capitalize } from '../sentence-case.js';
import type { Interpretation } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { COMPUTATION, CitedText } from './cited-text.js';
import { filterPhrase } from './filter-phrase.js';
import { formatCount, formatPeriod, formatValue } from './format.js';
import { periodPhrase } from './period-phrase.js';
import { analyzeShape, columnIndex, numericCells, rowLabel, type Presentation } from './result-shape.js';

export interface SummaryOptions {
  readonly presentation?: Presentation;
}

const SUMMARY_ROWS = 5;

/**
 * The plain, correct fallback: what was measured and the top rows' values, each figure a cell of the
 * result (or the row count), so it always passes the grounding check.
 */
export function summarize(plan: QueryPlan, result: QueryResult, options: SummaryOptions = {}): Interpretation {
  const shape = analyzeShape(plan, result, options.presentation);
  const out = new CitedText();
  const metrics = shape.metrics.slice(0, 3);
  const labels = metrics.map((metric) => shape.info.get(metric)?.label ?? metric);
  if (result.rowCount === 0 || metrics.length === 0) {
    out.text(`The query returned no rows${filterPhrase(plan, shape)}`);
    periodPhrase(plan.timeRange, out);
    out.text('.');
    return out.build();
  }
  out.text(`${labels.join(', ')}${filterPhrase(plan, shape)}`);
  periodPhrase(plan.timeRange, out);
  out.text(': ');
  const shown = Math.min(SUMMARY_ROWS, result.rowCount);
  for (let row = 0; row < shown; row += 1) {
    if (row > 0) out.text('; ');
    const name = rowLabel(result, shape, row);
    if (shape.time !== null) {
      const cell = result.rows[row]?.[columnIndex(result, shape.time)];
      out.figure(
        typeof cell === 'string' ? capitalize(formatPeriod(cell, shape.grain)) : String(cell),
        [{ row, column: shape.time }],
        COMPUTATION.period,
      );
      out.text(name === '' ? ': ' : ` ${name}: `);
    } else if (name !== '') {
      out.text(`${name}: `);
    }
    metrics.forEach((metric, index) => {
      if (index > 0) out.text(', ');
      const value = numericCells(result, metric)[row];
      const info = shape.info.get(metric);
      if (metrics.length > 1) out.text(`${labels[index]} `);
      if (value === null || value === undefined) out.text('no value');
      else
        out.figure(
          formatValue(value, info?.format ?? 'number', info?.currency),
          [{ row, column: metric }],
          COMPUTATION.value,
        );
    });
  }
  if (result.rowCount > shown) {
    out
      .text(' (first ')
      .figure(formatCount(shown), [], COMPUTATION.count)
      .text(' of ')
      .figure(formatCount(result.rowCount), [], COMPUTATION.count)
      .text(' rows)');
  }
  // "Top property by viewings" where three have the most: the one shown is one of them, said so.
  const tied = shape.tied === null ? null : numericCells(result, shape.tied)[0];
  if (shape.tied !== null && typeof tied === 'number' && tied > result.rowCount)
    out
      .text(' (one of ')
      .figure(formatCount(tied), [{ row: 0, column: shape.tied }], COMPUTATION.value)
      .text(' tied at that value)');
  out.text('.');
  return out.build();
}
