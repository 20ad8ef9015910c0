import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  DuckDBInstance,
  DuckDBTypeId,
  StatementType,
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type DuckDBResultReader,
} from '@duckdb/node-api';
import type { Logger } from '../logger.js';
import { duckDbHasDemoData, seedDuckDb } from './demo/load-duckdb.js';
import type { DemoOptions } from './demo/generator.js';
import { finiteNumber, isoTimestamp, uniqueNames } from './cells.js';
import { boundedResult, limitedSelect } from './result-limits.js';
import { describeDemoSchema } from './describe.js';
import { createSqlGuard, toValidation, type SqlGuard } from './guard.js';
import { TenantDatabases } from './duckdb-tenants.js';
import {
  WarehouseError,
  type Cell,
  type ColumnType,
  type QueryResult,
  type ResultColumn,
  type RunOptions,
  type Warehouse,
} from './warehouse.js';

/** How to open the embedded warehouse. */
export interface DuckDbWarehouseOptions {
  /** Database file; created with its directory when missing. */
  readonly file: string;
  /** Default row cap (1,000 in the configuration). */
  readonly rowCap: number;
  /** Default statement timeout in ms (5,000 in the configuration). */
  readonly statementTimeoutMs: number;
  readonly logger: Logger;
  /** Seed the demo dataset when the file has no data; `false` to open as is. */
  readonly seedWhenEmpty: DemoOptions | false;
  /** DuckDB memory limit for queries (default '1GB'): an exploding query fails instead of starving the host. */
  readonly memoryLimit?: string;
  /** DuckDB worker threads (default 2). */
  readonly threads?: number;
}

/** Tenants whose private databases stay open between questions. */
const MAX_OPEN_TENANTS = 16;
/** Idle connections kept per open tenant. */
const MAX_IDLE_PER_TENANT = 4;
/** Connections in use at once per tenant; more queries wait (see TenantDatabaseOptions). */
const MAX_ACTIVE_PER_TENANT = 4;


function columnType(typeId: DuckDBTypeId): ColumnType {
  switch (typeId) {
    case DuckDBTypeId.BOOLEAN:
      return 'boolean';
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.UHUGEINT:
      return 'integer';
    case DuckDBTypeId.DECIMAL:
      return 'decimal';
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return 'float';
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return 'timestamp';
    case DuckDBTypeId.DATE:
      return 'date';
    default:
      return 'text';
  }
}

/** Converts one JSON-ish DuckDB value to the cell the interface promises for its column type. */
function toCell(value: unknown, type: ColumnType): Cell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'float':
      return finiteNumber(value);
    case 'boolean':
      return Boolean(value);
    case 'timestamp':
      return isoTimestamp(String(value));
    case 'date':
      return String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A DuckDB result as the warehouse interface promises it, keeping at most `maxRows` rows. */
export function toResult(reader: DuckDBResultReader, maxRows: number, queryNames?: readonly string[]): QueryResult {
  // A wrapped query's columns are positional (see limitedSelect): the names are the query's own.
  const names = queryNames ? uniqueNames(queryNames) : reader.deduplicatedColumnNames();
  const columns: ResultColumn[] = names.map((name, index) => ({ name, type: columnType(reader.columnTypeId(index)) }));
  const raw = reader.getRowsJson();
  const rows = raw.map((row) => row.map((value, index) => toCell(value, (columns[index] as ResultColumn).type)));
  return boundedResult(columns, rows, maxRows);
}

/** DuckDB's message without the caret diagram, which means nothing to a SQL generator. */
function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n\nLINE ')[0]?.trim() ?? message;
}

/** Seeds in progress per file: two servers starting in one process must not load the same file twice. */
const seeding = new Map<string, Promise<void>>();

function seedOnce(file: string, demo: DemoOptions, logger: Logger): Promise<void> {
  const previous = seeding.get(file) ?? Promise.resolve();
  const next = previous.then(() => seedIfEmpty(file, demo, logger));
  seeding.set(file, next.catch(() => undefined));
  return next;
}

/** Loads the demo dataset into `file` when it has none; a brand-new file is created. */
async function seedIfEmpty(file: string, demo: DemoOptions, logger: Logger): Promise<void> {
  if (existsSync(file)) {
    // Look read-only first: a seeded file stays shareable with other read-only openers.
    const reader = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    try {
      const connection = await reader.connect();
      const seeded = await duckDbHasDemoData(connection);
      connection.closeSync();
      if (seeded) return;
    } finally {
      reader.closeSync();
    }
  }
  const writable = await DuckDBInstance.create(file);
  try {
    const connection = await writable.connect();
    try {
      if (await duckDbHasDemoData(connection)) return;
      const started = performance.now();
      logger.info({ file, ...demo }, 'warehouse is empty: seeding the demo dataset');
      const rows = await seedDuckDb(connection, demo);
      logger.info({ rows, ms: Math.round(performance.now() - started) }, 'demo dataset seeded');
    } finally {
      connection.closeSync();
    }
  } finally {
    writable.closeSync();
  }
}

/**
 * The embedded warehouse. The database file is opened READ_ONLY with external access disabled and the
 * configuration locked, so no query can write, read files or URLs, attach databases or undo those settings.
 * Questions never run on it: each tenant's queries run in that tenant's own in-memory database, which holds
 * copies of only its rows (see TenantDatabases), so even SQL that slipped past the guard sees one tenant.
 */
export async function openDuckDbWarehouse(options: DuckDbWarehouseOptions): Promise<Warehouse> {
  const file = path.resolve(options.file);
  mkdirSync(path.dirname(file), { recursive: true });

  if (options.seedWhenEmpty) await seedOnce(file, options.seedWhenEmpty, options.logger);

  const instance = await DuckDBInstance.create(file, {
    access_mode: 'READ_ONLY',
    enable_external_access: 'false',
    autoload_known_extensions: 'false',
    autoinstall_known_extensions: 'false',
    memory_limit: options.memoryLimit ?? '1GB',
    threads: String(options.threads ?? 2),
    lock_configuration: 'true',
  });
  const system = await instance.connect();
  const tenants = new TenantDatabases({
    file,
    memoryLimit: options.memoryLimit ?? '1GB',
    threads: options.threads ?? 2,
    maxOpenTenants: MAX_OPEN_TENANTS,
    maxIdlePerTenant: MAX_IDLE_PER_TENANT,
    maxActivePerTenant: MAX_ACTIVE_PER_TENANT,
  });
  const guard: SqlGuard = await createSqlGuard();
  let closed = false;

  /** A tenant's connection; a run cancelled while it waits for one gets CANCELLED. */
  async function tenantConnection(tenant: string, signal?: AbortSignal): Promise<DuckDBConnection> {
    try {
      return await tenants.acquire(tenant, signal);
    } catch (error) {
      if (signal?.aborted) throw new WarehouseError('CANCELLED', 'the query was cancelled', { cause: error });
      throw error;
    }
  }
  const release = (tenant: string, connection: DuckDBConnection) => tenants.release(tenant, connection);

  function checkTenant(tenant: string): void {
    if (tenant === '' || tenant.includes('\u0000')) throw new WarehouseError('REJECTED', 'the tenant id is empty or invalid');
  }

  /** Prepares on the tenant's connection: binding and planning without running is the dry run. */
  async function prepare(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
    let prepared: DuckDBPreparedStatement;
    try {
      prepared = await connection.prepare(sql);
    } catch (error) {
      throw new WarehouseError('QUERY_FAILED', engineMessage(error), { cause: error });
    }
    if (prepared.statementType !== StatementType.SELECT) {
      prepared.destroySync();
      throw new WarehouseError('REJECTED', 'only a single read-only SELECT is allowed');
    }
    return prepared;
  }

  async function guarded(sql: string): Promise<void> {
    const verdict = await guard.check(sql);
    if (!verdict.ok) throw new WarehouseError('REJECTED', verdict.reason);
  }

  return {
    dialect: 'duckdb',

    async describe() {
      return describeDemoSchema('duckdb');
    },

    async validate(sql, { tenant, signal }) {
      const verdict = await guard.check(sql);
      if (!verdict.ok) return toValidation(verdict);
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      checkTenant(tenant);
      let connection: DuckDBConnection;
      try {
        connection = await tenantConnection(tenant, signal);
      } catch (error) {
        if (error instanceof WarehouseError && error.code === 'CANCELLED') return { ok: false, reason: 'cancelled' };
        throw error;
      }
      try {
        (await prepare(connection, sql)).destroySync();
        return { ok: true };
      } catch (error) {
        if (error instanceof WarehouseError) return { ok: false, reason: error.message };
        throw error;
      } finally {
        release(tenant, connection);
      }
    },

    async run(sql, runOptions: RunOptions) {
      if (closed) throw new WarehouseError('UNAVAILABLE', 'the warehouse is closed');
      const maxRows = runOptions.maxRows ?? options.rowCap;
      const timeoutMs = runOptions.timeoutMs ?? options.statementTimeoutMs;
      const { signal, tenant } = runOptions;
      await guarded(sql);
      checkTenant(tenant);
      if (signal?.aborted) throw new WarehouseError('CANCELLED', 'the query was cancelled');
      const connection = await tenantConnection(tenant, signal);
      let stopped: 'TIMEOUT' | 'CANCELLED' | null = null;
      const stop = (why: 'TIMEOUT' | 'CANCELLED') => {
        stopped ??= why;
        connection.interrupt();
      };
      const timer = setTimeout(() => stop('TIMEOUT'), timeoutMs);
      const onAbort = () => stop('CANCELLED');
      signal?.addEventListener('abort', onAbort, { once: true });
      let prepared: DuckDBPreparedStatement | undefined;
      try {
        prepared = await prepare(connection, sql);
        // Text columns are cut inside the engine, so a runaway string never reaches this process whole.
        const names = Array.from({ length: prepared.columnCount }, (_, index) => prepared!.columnName(index));
        const clip = new Set(names.flatMap((_, index) => (prepared!.columnTypeId(index) === DuckDBTypeId.VARCHAR ? [index] : [])));
        if (clip.size > 0) {
          prepared.destroySync();
          prepared = await connection.prepare(limitedSelect(sql.replace(/[\s;]+$/, ''), names.length, clip, maxRows + 1, 'VARCHAR'));
        }
        // Streaming stops reading once the cap is passed, so a huge result costs only the rows kept.
        const reader = await prepared.streamAndReadUntil(maxRows + 1);
        if (stopped) throw new Error('interrupted');
        return toResult(reader, maxRows, names);
      } catch (error) {
        if (stopped === 'TIMEOUT') {
          throw new WarehouseError('TIMEOUT', `the query ran longer than ${timeoutMs} ms and was stopped; simplify it or filter to fewer rows`, { cause: error });
        }
        if (stopped === 'CANCELLED') throw new WarehouseError('CANCELLED', 'the query was cancelled', { cause: error });
        if (error instanceof WarehouseError) throw error;
        throw new WarehouseError('QUERY_FAILED', engineMessage(error), { cause: error });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        prepared?.destroySync();
        release(tenant, connection);
      }
    },

    async ping(signal) {
      if (closed) throw new WarehouseError('UNAVAILABLE', 'the warehouse is closed');
      if (signal?.aborted) throw new WarehouseError('CANCELLED', 'ping cancelled');
      await system.run('SELECT 1');
    },

    async close() {
      if (closed) return;
      closed = true;
      await tenants.close();
      guard.close();
      system.closeSync();
      instance.closeSync();
    },
  };
}
