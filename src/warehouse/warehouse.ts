/**
 * The warehouse interface: where a question's SQL runs. Every engine (DuckDB, PostgreSQL) implements it,
 * and every query it runs is read-only and confined to one tenant's rows by the engine itself.
 */

import type { Catalog } from './catalog.js';
import type { FailsAsk, FailureDescription } from '../ask/events.js';

export type Dialect = 'duckdb' | 'postgres';

export type ColumnType = 'text' | 'integer' | 'decimal' | 'float' | 'boolean' | 'timestamp' | 'date';

/** Numbers as numbers (DECIMALs rounded to their scale, without float noise), timestamps as ISO-8601 strings. */
export type Cell = string | number | boolean | null;

export interface ResultColumn {
  readonly name: string;
  readonly type: ColumnType;
}

export interface QueryResult {
  readonly columns: readonly ResultColumn[];
  readonly rows: readonly (readonly Cell[])[];
  /** Rows returned (after the row cap). */
  readonly rowCount: number;
  /** True when the query produced more rows than the cap (in rows or bytes) and the rest were dropped. */
  readonly truncated: boolean;
  /** Text cells cut to CELL_MAX_CHARS (see result-limits.ts); absent when none was. */
  readonly clippedCells?: number;
}

export interface ColumnDescription {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  /** Distinct values of a low-cardinality column, for the analyst's prompt. */
  readonly sampleValues?: readonly string[];
}

export interface TableDescription {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDescription[];
}

export interface SchemaDescription {
  readonly dialect: Dialect;
  readonly tables: readonly TableDescription[];
}

export interface RunOptions {
  /** The asking user's id: the engine only lets the query see this tenant's rows. */
  readonly tenant: string;
  readonly signal?: AbortSignal;
  /** Row cap; defaults to the configured cap (1,000). */
  readonly maxRows?: number;
  /** Statement timeout; defaults to the configured timeout (5 s). */
  readonly timeoutMs?: number;
}

/** A query the guard or the engine's planner refused, with a reason a SQL generator can act on. */
export type Validation = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export type WarehouseErrorCode =
  /** The guard rejected the SQL (not a single read-only SELECT over the known tables and columns). */
  | 'REJECTED'
  /** The statement timeout elapsed. */
  | 'TIMEOUT'
  /** The caller's AbortSignal fired. */
  | 'CANCELLED'
  /** The engine could not be reached. */
  | 'UNAVAILABLE'
  /** The engine answered, but is not set up for askql (a missing role, schema or grant): retrying cannot help. */
  | 'NOT_SET_UP'
  /** The engine ran the query and it failed (bad column, type error, division by zero…). */
  | 'QUERY_FAILED';

/** What each kind of warehouse failure tells the user who asked, should it end their question. */
const ASK_FAILURES: Readonly<Record<WarehouseErrorCode, FailureDescription>> = {
  TIMEOUT: { code: 'TIMEOUT', message: 'The query took too long. Try a shorter time range.', retryable: true },
  CANCELLED: { code: 'CANCELLED', message: 'The question was cancelled.', retryable: true },
  UNAVAILABLE: {
    code: 'WAREHOUSE_UNAVAILABLE',
    message: 'Your data could not be reached right now. Try again later.',
    retryable: true,
  },
  NOT_SET_UP: {
    code: 'WAREHOUSE_UNAVAILABLE',
    message:
      'Your data is not set up for askql yet, so questions cannot be answered. An administrator needs to finish the set-up.',
    retryable: false,
  },
  REJECTED: { code: 'INTERNAL', message: 'Something went wrong while querying your data.', retryable: true },
  QUERY_FAILED: { code: 'INTERNAL', message: 'Something went wrong while querying your data.', retryable: true },
};

export class WarehouseError extends Error implements FailsAsk {
  constructor(
    readonly code: WarehouseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WarehouseError';
  }

  get askFailure(): FailureDescription {
    return ASK_FAILURES[this.code];
  }
}

export interface Warehouse {
  readonly dialect: Dialect;
  /** What askql may read here: the semantic layer's tables, checked against the database at start-up. */
  readonly catalog: Catalog;
  /**
   * Tables, columns, types, descriptions and sample values (read from `tenant`'s own rows): what the
   * analyst may query.
   */
  describe(options: { tenant: string }): Promise<SchemaDescription>;
  /** Guard plus dry run (parse and plan, no execution). Never throws for bad SQL: returns the reason. */
  validate(sql: string, options: { tenant: string; signal?: AbortSignal }): Promise<Validation>;
  /** Guards again, then runs. Throws WarehouseError. */
  run(sql: string, options: RunOptions): Promise<QueryResult>;
  /** Resolves when the engine answers and every catalog table can be read; used by /readyz. */
  ping(signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}
