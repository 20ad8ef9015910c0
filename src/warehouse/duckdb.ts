import { mkdirSync } from 'node:fs';
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
import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { cellText, finiteNumber, isoTimestamp, uniqueNames } from './cells.js';
import { boundedResult, limitedSelect } from './result-limits.js';
import { buildCatalog, readinessSql, tenantColumns, type Catalog } from './catalog.js';
import { createDescriber } from './describe.js';
import { createSqlGuard, toValidation, type SqlGuard } from './guard.js';
import { introspectDuckDb } from './introspect.js';
import { TenantDatabases } from './duckdb-tenants.js';
import { readTenantPartitions } from './duckdb-partitions.js';
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
  /** What askql may read: checked against the file's tables at start-up. */
  readonly layer: SemanticLayer;
  /** Where the layer came from, for start-up errors (a file path or "the demo layer"). */
  readonly layerSource: string;
  /** Default row cap (1,000 in the configuration). */
  readonly rowCap: number;
  /** Default statement timeout in ms (5,000 in the configuration). */
  readonly statementTimeoutMs: number;
  readonly logger: Logger;
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
      return isoTimestamp(cellText(value));
    case 'date':
    default:
      return cellText(value);
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

/**
 * The embedded warehouse. The database file is opened READ_ONLY with external access disabled and the
 * configuration locked, so no query can write, read files or URLs, attach databases or undo those settings.
 * Questions never run on it: each tenant's queries run in that tenant's own in-memory database, which holds
 * copies of only its rows (see TenantDatabases), so even SQL that slipped past the guard sees one tenant.
 */
export async function openDuckDbWarehouse(options: DuckDbWarehouseOptions): Promise<Warehouse> {
  const file = path.resolve(options.file);
  mkdirSync(path.dirname(file), { recursive: true });

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
  let catalog: Catalog;
  try {
    const started = performance.now();
    catalog = buildCatalog(options.layer, await introspectDuckDb(system), { source: options.layerSource, where: file });
    options.logger.info(
      { tables: catalog.tables.length, ms: Math.round(performance.now() - started) },
      'catalog checked against the warehouse',
    );
  } catch (error) {
    system.closeSync();
    instance.closeSync();
    throw error;
  }
  // One owner of the whole file: queries run on the locked read-only file itself, no copy needed.
  const tenantTables = tenantColumns(catalog).map(({ table, column }) => ({ table, column: column as string }));
  const partitions = catalog.single ? undefined : readTenantPartitions(file, tenantTables);
  if (!catalog.single) {
    options.logger.info(
      { partitions: partitions !== undefined },
      partitions
        ? 'tenants open their own partition files'
        : "no current tenant partitions: a tenant's rows are copied on its first question (askql warehouse setup writes them)",
    );
  }
  const tenants: TenantConnections = catalog.single
    ? sharedConnections(instance, MAX_IDLE_PER_TENANT)
    : new TenantDatabases({
        file,
        tables: tenantTables,
        ...(partitions ? { partitions } : {}),
        memoryLimit: options.memoryLimit ?? '1GB',
        threads: options.threads ?? 2,
        maxOpenTenants: MAX_OPEN_TENANTS,
        maxIdlePerTenant: MAX_IDLE_PER_TENANT,
        maxActivePerTenant: MAX_ACTIVE_PER_TENANT,
      });
  const guard: SqlGuard = await createSqlGuard(catalog);
  let closed = false;
  const readiness = readinessSql(catalog);

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
    if (tenant === '' || tenant.includes('\u0000'))
      throw new WarehouseError('REJECTED', 'the tenant id is empty or invalid');
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

  const warehouse: Warehouse = {
    dialect: 'duckdb',
    catalog,

    describe: (describeOptions) => describe(describeOptions),

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
      // Set by the timer or the signal while the query runs, so not narrowed here.
      let stopped = null as 'TIMEOUT' | 'CANCELLED' | null;
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
        const first = prepared;
        const names = Array.from({ length: first.columnCount }, (_, index) => first.columnName(index));
        const clip = new Set(
          names.flatMap((_, index) => (first.columnTypeId(index) === DuckDBTypeId.VARCHAR ? [index] : [])),
        );
        if (clip.size > 0) {
          prepared.destroySync();
          prepared = await connection.prepare(
            limitedSelect(sql.replace(/[\s;]+$/, ''), names.length, clip, maxRows + 1, 'VARCHAR'),
          );
        }
        // Streaming stops reading once the cap is passed, so a huge result costs only the rows kept.
        const reader = await prepared.streamAndReadUntil(maxRows + 1);
        if (stopped) throw new Error('interrupted');
        return toResult(reader, maxRows, names);
      } catch (error) {
        if (stopped === 'TIMEOUT') {
          throw new WarehouseError(
            'TIMEOUT',
            `the query ran longer than ${timeoutMs} ms and was stopped; simplify it or filter to fewer rows`,
            { cause: error },
          );
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
      await system.run(readiness);
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
  const describe = createDescriber(catalog, 'duckdb', (sql, runOptions) => warehouse.run(sql, runOptions));
  return warehouse;
}

/** Connections that see one tenant's rows: a private database per tenant, or the shared file for a single owner. */
interface TenantConnections {
  acquire(tenant: string, signal?: AbortSignal): Promise<DuckDBConnection>;
  release(tenant: string, connection: DuckDBConnection): void;
  close(): Promise<void>;
}

/** Connections on the read-only, locked file itself, for a layer with `tenancy: single`. */
function sharedConnections(instance: DuckDBInstance, maxIdle: number): TenantConnections {
  const idle: DuckDBConnection[] = [];
  let closed = false;
  return {
    async acquire(_tenant, signal) {
      signal?.throwIfAborted();
      return idle.pop() ?? (await instance.connect());
    },
    release(_tenant, connection) {
      if (closed || idle.length >= maxIdle) connection.closeSync();
      else idle.push(connection);
    },
    close() {
      closed = true;
      for (const connection of idle.splice(0)) connection.closeSync();
      return Promise.resolve();
    },
  };
}
