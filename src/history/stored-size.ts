/**
 * What a saved answer may weigh. A Firestore document holds at most 1 MiB, and a conversation must show an answer
 * however wide its result was or however long the model wrote: the copy kept in history (and in a run's event
 * log, for rejoining) is a bounded preview, marked `truncated`, while `rowCount` keeps the full count.
 */
import { STORED_ROWS_MAX } from './records.js';

/** Rows kept with an answer, as JSON: a quarter of a document, leaving room for the answer, citations and plan. */
export const STORED_ROWS_MAX_BYTES = 256 * 1024;
/** Characters of an answer's text kept in history (a page of prose is ~3,000). */
export const STORED_TEXT_MAX_CHARS = 32_000;

/** The rows that fit both bounds, first ones first. */
export function boundResult<T extends { readonly rows: readonly (readonly unknown[])[]; readonly truncated: boolean }>(
  result: T,
): T {
  let bytes = 0;
  let kept = 0;
  for (const row of result.rows) {
    if (kept === STORED_ROWS_MAX) break;
    bytes += Buffer.byteLength(JSON.stringify(row));
    if (bytes > STORED_ROWS_MAX_BYTES) break;
    kept += 1;
  }
  if (kept === result.rows.length) return result;
  return { ...result, rows: result.rows.slice(0, kept), truncated: true };
}

/** Text cut to what history keeps, saying so. */
export function boundText(text: string): string {
  if (text.length <= STORED_TEXT_MAX_CHARS) return text;
  return `${text.slice(0, STORED_TEXT_MAX_CHARS)}… [shortened: the full text was ${text.length.toLocaleString('en-US')} characters]`;
}
