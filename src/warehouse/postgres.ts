import pg from 'pg';
import type { Logger } from '../logger.js';
import { cellText, finiteNumber, isoTimestamp, uniqueNames } from './cells.js';
import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { buildCatalog, CatalogError, readinessSql, type Catalog } from './catalog.js';
import { missingWalls } from './postgres-setup.js';
import { createDescriber } from './describe.js';
import { boundedResult, limitedSelect } from './result-limits.js';
import { createSqlGuard, toValidation, type SqlGuard } from './guard.js';
import { introspectPostgres } from './introspect.js';
import { quoteIdentifier } from './sql-text.js';
import { parsePostgresUrl, READER_ROLE, TENANT_SETTING } from './postgres-url.js';
import {
  WarehouseError,
  type Cell,
  type ColumnType,
  type QueryResult,
  type RunOptions,
  type Warehouse,
} from './warehouse.js';

export interface PostgresWarehouseOptions {
  /** `postgres://…`, optionally with `?schema=<name>` (default `public`). */
  readonly url: string;
  /** What askql may read: checked against the schema's tables at start-up. */
  readonly layer: SemanticLayer;
  /** Where the layer came from, for start-up errors (a file path or "the demo layer"). */
  readonly layerSource: string;
  readonly rowCap: number;
  readonly statementTimeoutMs: number;
  readonly logger: Logger;
  /** Pool size (default 4). */
  readonly maxConnections?: number;
}

/** Every value arrives as PostgreSQL's text; `cell` converts it per column type. */
const RAW_TEXT = { getTypeParser: () => (value: string) => value };

const QUERY_CANCELED = '57014';

function columnType(oid: number): ColumnType {
  switch (oid) {
    case 16:
      return 'boolean';
    case 20:
    case 21:
    case 23:
      return 'integer';
    case 1700:
      return 'decimal';
    case 700:
    case 701:
      return 'float';
    case 1114:
    case 1184:
      return 'timestamp';
    case 1082:
      return 'date';
    default:
      return 'text';
  }
}

function cell(value: unknown, type: ColumnType): Cell {
  if (value === null || value === undefined) return null;
  // Every column is read as text (RAW_TEXT), so a value is a string or null.
  const text = cellText(value);
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'float':
      return finiteNumber(text);
    case 'boolean':
      return text === 't' || text === 'true';
    case 'timestamp':
      return isoTimestamp(text);
    default:
      return text;
  }
}

/** The statement without trailing semicolons, so it can be wrapped in a subquery or follow EXPLAIN. */
const bare = (sql: string): string => sql.replace(/[\s;]+$/, '');

/**
 * A query sent with the extended protocol even without parameters: PostgreSQL then refuses more than one
 * statement, whatever the guard decided. (`queryMode` is supported by pg 8 but missing from its types.)
 */
const extended = (text: string): pg.QueryConfig => ({ text, queryMode: 'extended' }) as pg.QueryConfig;

const pgCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

/**
 * Refusals that say the database is not set up for askql, not that it is down: a role, database, schema or table
 * that does not exist, a failed login, a missing grant. The same request fails until someone changes the set-up.
 */
const NOT_SET_UP_CODES = new Set(['42704', '28000', '28P01', '3D000', '3F000', '42501', '42P01']);

function notSetUp(error: unknown, what: string): WarehouseError {
  return new WarehouseError(
    'NOT_SET_UP',
    `the warehouse is not set up for askql (${what}): ${(error as Error).message}`,
    { cause: error },
  );
}

/**
 * The server went away under the query: an administrator or a failover ended the backend (57P01–57P03),
 * the connection failed (class 08), or the socket closed. A retry on a fresh connection can succeed.
 */
function connectionLost(error: unknown): boolean {
  const code = pgCode(error);
  if (code !== undefined && (/^57P0[123]$/.test(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|ECONNRESET|EPIPE|read ECONNRESET|socket hang up|Client has encountered a connection error/i.test(
    message,
  );
}

/**
 * The production warehouse. Each query runs in its own READ ONLY transaction as the reader role (SELECT on
 * the catalog's tables and nothing else, see `askql warehouse setup`), with the tenant set for that transaction only: PostgreSQL's row-level
 * security then returns that tenant's rows and no others, whatever the SQL says. A LIMIT one past the row
 * cap bounds what is fetched, and statement_timeout stops runaway queries server-side.
 */
export async function openPostgresWarehouse(options: PostgresWarehouseOptions): Promise<Warehouse> {
  try {
    return await openConfined(options);
  } catch (error) {
    // A layer that does not match the database stops start-up; a database that cannot be reached yet (or a
    // login role that does not exist) does not: /readyz says why and the warehouse keeps trying.
    if (!(error instanceof WarehouseError)) throw error;
    options.logger.error(
      { err: error },
      'the warehouse cannot be opened yet; it is tried again on each readiness check and question',
    );
    return retryingWarehouse(options, error);
  }
}

/** How long a failed open is reported as is before the next attempt. */
const REOPEN_AFTER_MS = 2_000;

/** A warehouse that could not be opened at start-up: every call tries to open it (at most every 2 s) until it opens. */
function retryingWarehouse(options: PostgresWarehouseOptions, firstError: WarehouseError): Warehouse {
  let opened: Promise<Warehouse> | undefined;
  let failure: { error: Error; at: number } = { error: firstError, at: Date.now() };
  let closed = false;
  const current = (): Promise<Warehouse> => {
    if (closed) return Promise.reject(new WarehouseError('UNAVAILABLE', 'the warehouse is closed'));
    if (opened) return opened;
    if (Date.now() - failure.at < REOPEN_AFTER_MS) return Promise.reject(failure.error);
    opened = openConfined(options);
    opened.catch((error: unknown) => {
      // openConfined fails with a WarehouseError.
      failure = { error: error as Error, at: Date.now() };
      opened = undefined;
    });
    return opened;
  };
  return {
    dialect: 'postgres',
    // Nothing is known to be readable until the database answers.
    catalog: { source: options.layerSource, tables: [], single: false },
    describe: async (describeOptions) => (await current()).describe(describeOptions),
    validate: async (sql, validateOptions) => (await current()).validate(sql, validateOptions),
    run: async (sql, runOptions) => (await current()).run(sql, runOptions),
    ping: async (signal) => (await current()).ping(signal),
    async close() {
      closed = true;
      await (await opened?.catch(() => undefined))?.close();
    },
  };
}

async function openConfined(options: PostgresWarehouseOptions): Promise<Warehouse> {
  const { connectionString, schema } = parsePostgresUrl(options.url);
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 4, application_name: 'askql-warehouse' });
  pool.on('error', (error) => options.logger.warn({ err: error }, 'idle warehouse connection failed'));
  // A client checked out of the pool has no 'error' listener of the pool's: without this one, a backend
  // terminated mid-query (a restart, a failover, pg_terminate_backend) emits an unhandled 'error' and takes
  // the process down. The query itself still fails and is mapped below; the pool drops the broken client.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.logger.warn({ err: error }, 'warehouse connection lost'));
  });
  let catalog: Catalog;
  try {
    const started = performance.now();
    const client = await pool.connect().catch((error: unknown) => {
      if (NOT_SET_UP_CODES.has(pgCode(error) ?? '')) throw notSetUp(error, 'connecting');
      throw new WarehouseError('UNAVAILABLE', `the warehouse cannot be reached: ${(error as Error).message}`, {
        cause: error,
      });
    });
    try {
      const columns = await introspectPostgres(client, schema);
      catalog = buildCatalog(options.layer, columns, { source: options.layerSource, where: `schema ${schema}` });
      const missing = await missingWalls(client, catalog, schema);
      if (missing.length > 0) throw new CatalogError(options.layerSource, missing);
    } finally {
      client.release();
    }
    options.logger.info(
      { tables: catalog.tables.length, ms: Math.round(performance.now() - started) },
      'catalog checked against the warehouse',
    );
  } catch (error) {
    await pool.end();
    throw error;
  }
  const guard: SqlGuard = await createSqlGuard(catalog);
  let closed = false;
  const readiness = readinessSql(catalog);

  /** Opens the confined transaction on a pooled client; the caller must ROLLBACK and release it. */
  async function begin(tenant: string, timeoutMs: number): Promise<pg.PoolClient> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      if (NOT_SET_UP_CODES.has(pgCode(error) ?? '')) throw notSetUp(error, 'connecting');
      throw new WarehouseError('UNAVAILABLE', `the warehouse cannot be reached: ${(error as Error).message}`, {
        cause: error,
      });
    }
    try {
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`SET LOCAL ROLE ${quoteIdentifier(READER_ROLE)}`);
      await client.query(
        `SELECT set_config('${TENANT_SETTING}', $1, true), set_config('search_path', $2, true),
                set_config('statement_timeout', $3, true), set_config('TimeZone', 'UTC', true)`,
        [tenant, quoteIdentifier(schema), String(timeoutMs)],
      );
      return client;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      if (NOT_SET_UP_CODES.has(pgCode(error) ?? '')) throw notSetUp(error, 'run askql warehouse setup');
      throw new WarehouseError(
        'UNAVAILABLE',
        `the warehouse is not set up (run askql warehouse setup): ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Ends the transaction and returns the client; `discard` closes it instead (a cancel may still be in flight). */
  async function finish(client: pg.PoolClient, discard = false): Promise<void> {
    if (discard) {
      client.release(true);
      return;
    }
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch (error) {
      client.release(error as Error);
    }
  }

  const warehouse: Warehouse = {
    dialect: 'postgres',
    catalog,

    describe: (describeOptions) => describe(describeOptions),

    async validate(sql, { tenant, signal }) {
      const verdict = await guard.check(sql);
      if (!verdict.ok) return toValidation(verdict);
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      const client = await begin(tenant, options.statementTimeoutMs);
      try {
        await client.query(extended(`EXPLAIN ${bare(sql)}`));
        return { ok: true };
      } catch (error) {
        if (connectionLost(error)) {
          throw new WarehouseError('UNAVAILABLE', `the warehouse connection was lost: ${(error as Error).message}`, {
            cause: error,
          });
        }
        return { ok: false, reason: (error as Error).message };
      } finally {
        await finish(client);
      }
    },

    async run(sql, runOptions: RunOptions): Promise<QueryResult> {
      if (closed) throw new WarehouseError('UNAVAILABLE', 'the warehouse is closed');
      const maxRows = runOptions.maxRows ?? options.rowCap;
      const timeoutMs = runOptions.timeoutMs ?? options.statementTimeoutMs;
      const { signal, tenant } = runOptions;
      const verdict = await guard.check(sql);
      if (!verdict.ok) throw new WarehouseError('REJECTED', verdict.reason);
      if (tenant === '') throw new WarehouseError('REJECTED', 'the tenant id is empty');
      if (signal?.aborted) throw new WarehouseError('CANCELLED', 'the query was cancelled');
      const client = await begin(tenant, timeoutMs);
      // Both are set by the abort listener or the catch below while the query runs.
      let cancelled = false as boolean;
      let connectionBroken = false as boolean;
      const onAbort = () => {
        cancelled = true;
        // The cancel goes out on another connection; the running statement then fails with 57014.
        const pid = (client as unknown as { processID: number }).processID;
        pool.query('SELECT pg_cancel_backend($1)', [pid]).catch((error: unknown) => {
          options.logger.warn({ err: error }, 'could not cancel a warehouse query');
        });
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        // The columns first (planned, not run), so the text ones can be cut inside the engine: a runaway string
        // never reaches this process whole (see result-limits.ts).
        const shape = await client.query<unknown[]>({
          ...extended(`SELECT * FROM (\n${bare(sql)}\n) AS askql_result LIMIT 0`),
          types: RAW_TEXT,
          rowMode: 'array',
        });
        const names = uniqueNames(shape.fields.map((field) => field.name));
        const columns = shape.fields.map((field, index) => ({
          name: names[index] as string,
          type: columnType(field.dataTypeID),
        }));
        const clip = new Set(columns.flatMap((column, index) => (column.type === 'text' ? [index] : [])));
        // A cancel that reached the server between the two statements found nothing to stop.
        if (cancelled) throw new WarehouseError('CANCELLED', 'the query was cancelled');
        // A LIMIT around the query rather than a cursor: PostgreSQL never plans cursors (or row-limited
        // portals) in parallel, and a plain subquery scan keeps the inner ORDER BY.
        const result = await client.query<unknown[]>({
          ...extended(limitedSelect(bare(sql), columns.length, clip, maxRows + 1, 'text')),
          types: RAW_TEXT,
          rowMode: 'array',
        });
        const rows = result.rows.map((row) => columns.map((column, index) => cell(row[index], column.type)));
        return boundedResult(columns, rows, maxRows);
      } catch (error) {
        if (pgCode(error) === QUERY_CANCELED) {
          if (cancelled) throw new WarehouseError('CANCELLED', 'the query was cancelled', { cause: error });
          throw new WarehouseError(
            'TIMEOUT',
            `the query ran longer than ${timeoutMs} ms and was stopped; simplify it or filter to fewer rows`,
            { cause: error },
          );
        }
        if (cancelled) throw new WarehouseError('CANCELLED', 'the query was cancelled', { cause: error });
        if (connectionLost(error)) {
          connectionBroken = true;
          throw new WarehouseError('UNAVAILABLE', `the warehouse connection was lost: ${(error as Error).message}`, {
            cause: error,
          });
        }
        throw new WarehouseError('QUERY_FAILED', (error as Error).message, { cause: error });
      } finally {
        signal?.removeEventListener('abort', onAbort);
        await finish(client, cancelled || connectionBroken);
      }
    },

    async ping(signal) {
      if (closed) throw new WarehouseError('UNAVAILABLE', 'the warehouse is closed');
      if (signal?.aborted) throw new WarehouseError('CANCELLED', 'ping cancelled');
      const client = await begin('', options.statementTimeoutMs);
      try {
        // Proves the connection, the reader role and the tables in one round trip.
        await client.query(readiness);
      } catch (error) {
        if (NOT_SET_UP_CODES.has(pgCode(error) ?? '')) throw notSetUp(error, 'its tables');
        throw new WarehouseError('UNAVAILABLE', `the warehouse is not ready: ${(error as Error).message}`, {
          cause: error,
        });
      } finally {
        await finish(client);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      guard.close();
      await pool.end();
    },
  };
  const describe = createDescriber(catalog, 'postgres', (sql, runOptions) => warehouse.run(sql, runOptions));
  return warehouse;
}
