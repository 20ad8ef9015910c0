/**
 * A result's size, bounded in bytes as well as rows. Ten rows of a five-megabyte string (`lpad`, `string_agg`)
 * took a server from 1 GB to 4 GB and went whole into the model's prompt. Text cells are cut by the engine (the
 * query is wrapped so that only the first characters of each text column ever leave it), and the rows kept stop
 * at a total size; the result says what was cut, as it says `truncated` for the row cap.
 */
import type { Cell, QueryResult, ResultColumn } from './warehouse.js';

/** Characters kept of one text cell (a long product description fits; a runaway string does not). */
export const CELL_MAX_CHARS = 4_000;
/** Bytes of JSON the rows of one result may take (1,000 rows of 1.2 kB fit; ten 5 MB strings do not). */
export const RESULT_MAX_BYTES = 4 * 1024 * 1024;

const CLIPPED_MARK = '…';

/**
 * `sql` wrapped so that the engine returns at most `limit` rows and cuts the columns at `clip` (their indexes)
 * to one character past CELL_MAX_CHARS (the extra one tells a cut cell from one exactly that long). The outer
 * names are positional (`c1`, `c2`…): the query's own may repeat. `text` is the engine's name of the text type.
 */
export function limitedSelect(
  sql: string,
  columnCount: number,
  clip: ReadonlySet<number>,
  limit: number,
  text: 'text' | 'VARCHAR',
): string {
  const names = Array.from({ length: columnCount }, (_, index) => `c${index + 1}`);
  const select = names.map((name, index) =>
    clip.has(index)
      ? `left(CAST(askql_result.${name} AS ${text}), ${CELL_MAX_CHARS + 1}) AS ${name}`
      : `askql_result.${name}`,
  );
  // The newline keeps a trailing line comment in `sql` from swallowing the wrapper.
  return `SELECT ${select.join(', ')} FROM (\n${sql}\n) AS askql_result(${names.join(', ')}) LIMIT ${limit}`;
}

/** Rows within the row cap and RESULT_MAX_BYTES, each text cell within CELL_MAX_CHARS, saying what was cut. */
export function boundedResult(
  columns: readonly ResultColumn[],
  rows: readonly (readonly Cell[])[],
  maxRows: number,
): QueryResult {
  const kept: Cell[][] = [];
  let bytes = 0;
  let clippedCells = 0;
  let truncated = rows.length > maxRows;
  for (const row of rows.slice(0, maxRows)) {
    const cells = row.map((cell) => {
      if (typeof cell !== 'string' || cell.length <= CELL_MAX_CHARS) return cell;
      clippedCells += 1;
      return `${cell.slice(0, CELL_MAX_CHARS)}${CLIPPED_MARK}`;
    });
    bytes += Buffer.byteLength(JSON.stringify(cells));
    if (bytes > RESULT_MAX_BYTES) {
      truncated = true;
      break;
    }
    kept.push(cells);
  }
  return { columns, rows: kept, rowCount: kept.length, truncated, ...(clippedCells > 0 ? { clippedCells } : {}) };
}
