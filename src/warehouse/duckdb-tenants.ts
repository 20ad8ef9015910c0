import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { TenantPartitions } from './duckdb-partitions.js';
import { quoteIdentifier, sqlString } from './sql-text.js';

/** How each tenant's private database is built. */
export interface TenantDatabaseOptions {
  /** The shared warehouse file, read once per tenant to copy that tenant's rows. */
  readonly file: string;
  /** The catalog's tables and the column holding each row's tenant. */
  readonly tables: readonly { readonly table: string; readonly column: string }[];
  /** Each tenant's rows written to a file of its own beforehand: opened instead of copied. */
  readonly partitions?: TenantPartitions;
  readonly memoryLimit: string;
  readonly threads: number;
  /** Tenants whose databases stay open; the least recently used one beyond this is closed when idle. */
  readonly maxOpenTenants: number;
  /** Idle connections kept per tenant. */
  readonly maxIdlePerTenant: number;
  /**
   * Connections in use at once per tenant; further queries wait their turn. Each DuckDB connection costs
   * about 2 MB of native memory, and a tenant's database already runs each query on all its threads, so
   * 200 simultaneous questions opening 200 connections bought nothing but ~400 MB.
   */
  readonly maxActivePerTenant: number;
}

/** A query waiting for a connection; `admit` hands it a slot already counted in `active`. */
interface Waiter {
  readonly admit: () => void;
}

interface TenantDatabase {
  readonly instance: DuckDBInstance;
  readonly idle: DuckDBConnection[];
  /** Connections handed out (or promised to an admitted waiter). */
  active: number;
  /** First come, first served. */
  readonly waiting: Waiter[];
}

/**
 * One in-memory DuckDB per tenant holding copies of only that tenant's rows. The copy is made with the shared
 * file attached read-only, which is then detached before external access is disabled and the configuration
 * locked: a query on a tenant's connection cannot attach, read files, or name another catalog that holds
 * anyone else's rows, because no such catalog exists in its database. This is the engine's wall; the guard
 * is the first one.
 */
export class TenantDatabases {
  private readonly open = new Map<string, Promise<TenantDatabase>>();
  private closed = false;

  constructor(private readonly options: TenantDatabaseOptions) {}

  /**
   * A connection that sees only `tenant`'s rows; give it back with `release`. When the tenant already has
   * `maxActivePerTenant` in use, waits for one in turn; `signal` ends the wait (rejecting with its reason).
   */
  async acquire(tenant: string, signal?: AbortSignal): Promise<DuckDBConnection> {
    const database = await this.database(tenant);
    if (database.active < this.options.maxActivePerTenant && database.waiting.length === 0) database.active += 1;
    else await waitForTurn(database, signal);
    const reused = database.idle.pop();
    if (reused) return reused;
    try {
      return await database.instance.connect();
    } catch (error) {
      freeSlot(database);
      throw error;
    }
  }

  release(tenant: string, connection: DuckDBConnection): void {
    void this.open.get(tenant)?.then((database) => {
      if (this.closed || database.idle.length >= this.options.maxIdlePerTenant) connection.closeSync();
      else database.idle.push(connection);
      freeSlot(database);
      this.evictIdle();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const databases = await Promise.allSettled(this.open.values());
    this.open.clear();
    for (const result of databases) {
      if (result.status === 'fulfilled') closeDatabase(result.value);
    }
  }

  private database(tenant: string): Promise<TenantDatabase> {
    const existing = this.open.get(tenant);
    if (existing) {
      // Map order is recency order: re-inserting marks the tenant most recently used.
      this.open.delete(tenant);
      this.open.set(tenant, existing);
      return existing;
    }
    const created = this.create(tenant);
    this.open.set(tenant, created);
    created.catch(() => this.open.delete(tenant));
    return created;
  }

  private async create(tenant: string): Promise<TenantDatabase> {
    const partition = this.options.partitions?.fileOf(tenant);
    if (partition) {
      // The tenant's own file: the same wall as a copy (only its rows, nothing to attach), without copying.
      const instance = await DuckDBInstance.create(partition, {
        access_mode: 'READ_ONLY',
        enable_external_access: 'false',
        autoload_known_extensions: 'false',
        autoinstall_known_extensions: 'false',
        memory_limit: this.options.memoryLimit,
        threads: String(this.options.threads),
        lock_configuration: 'true',
      });
      return { instance, idle: [], active: 0, waiting: [] };
    }
    // With partitions, a tenant that has none has no rows: its tables are created empty without a scan.
    const rowsOf = (column: string) =>
      this.options.partitions ? 'false' : `CAST(${quoteIdentifier(column)} AS VARCHAR) = ${sqlString(tenant)}`;
    const instance = await DuckDBInstance.create(':memory:', {
      autoload_known_extensions: 'false',
      autoinstall_known_extensions: 'false',
      memory_limit: this.options.memoryLimit,
      threads: String(this.options.threads),
    });
    const setup = await instance.connect();
    try {
      await setup.run(`ATTACH ${sqlString(this.options.file)} AS shared_warehouse (READ_ONLY)`);
      for (const { table, column } of this.options.tables) {
        const name = quoteIdentifier(table);
        await setup.run(
          `CREATE TABLE main.${name} AS SELECT * FROM shared_warehouse.main.${name} WHERE ${rowsOf(column)}`,
        );
      }
      await setup.run('DETACH shared_warehouse');
      await setup.run('SET enable_external_access = false');
      await setup.run('SET lock_configuration = true');
    } catch (error) {
      setup.closeSync();
      instance.closeSync();
      throw error;
    }
    return { instance, idle: [setup], active: 0, waiting: [] };
  }

  /** Closes the least recently used tenants beyond the limit, skipping any with a query in flight. */
  private evictIdle(): void {
    let excess = this.open.size - this.options.maxOpenTenants;
    for (const [tenant, pending] of this.open) {
      if (excess <= 0) break;
      excess -= 1;
      void pending.then((database) => {
        if (database.active > 0 || this.open.get(tenant) !== pending) return;
        this.open.delete(tenant);
        closeDatabase(database);
      });
    }
  }
}

/** Queues for a slot; the slot is counted by the release that admits this waiter. */
function waitForTurn(database: TenantDatabase, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const leave = () => {
      const index = database.waiting.indexOf(waiter);
      if (index >= 0) database.waiting.splice(index, 1);
      reject(signal?.reason as Error);
    };
    const waiter: Waiter = {
      admit: () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      },
    };
    signal?.addEventListener('abort', leave, { once: true });
    database.waiting.push(waiter);
  });
}

/** Gives a finished query's slot to the first waiter, or frees it. */
function freeSlot(database: TenantDatabase): void {
  const next = database.waiting.shift();
  if (next) next.admit();
  else database.active -= 1;
}

function closeDatabase(database: TenantDatabase): void {
  // Queries still waiting go on to fail at connecting to the closed database, instead of waiting forever.
  for (const waiter of database.waiting.splice(0)) waiter.admit();
  for (const connection of database.idle.splice(0)) connection.closeSync();
  database.instance.closeSync();
}
