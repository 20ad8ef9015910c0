import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Logger } from '../logger.js';
import { writeTenantPartitions } from '../warehouse/duckdb-partitions.js';
import { sqlString } from '../warehouse/sql-text.js';
import { writeDemoCsvFiles } from './csv-files.js';
import type { DemoOptions } from './generator.js';
import { DEMO_TABLE_NAMES, demoSchemaDdl, type DemoTableName } from './schema.js';

/** True when the five tables exist and hold at least one order. */
export async function duckDbHasDemoData(connection: DuckDBConnection): Promise<boolean> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name IN (${DEMO_TABLE_NAMES.map(sqlString).join(', ')})`,
  );
  if (Number(reader.getRowsJson()[0]?.[0]) !== DEMO_TABLE_NAMES.length) return false;
  const orders = await connection.runAndReadAll('SELECT count(*) FROM main.orders');
  return Number(orders.getRowsJson()[0]?.[0]) > 0;
}

/**
 * Creates the five tables in `main` and bulk-loads the demo dataset with `COPY … FROM` CSV files (one
 * vectorised read per table instead of millions of inserts). Replaces any rows already there. Needs a
 * writable database with file access enabled: the server reopens it read-only and locked afterwards.
 */
export async function seedDuckDb(
  connection: DuckDBConnection,
  options: DemoOptions,
): Promise<Record<DemoTableName, number>> {
  const csv = writeDemoCsvFiles(options);
  try {
    await connection.run('BEGIN TRANSACTION');
    for (const statement of demoSchemaDdl('duckdb', 'main')) await connection.run(statement);
    for (const table of DEMO_TABLE_NAMES) {
      await connection.run(`DELETE FROM main.${table}`);
      await connection.run(
        `COPY main.${table} FROM ${sqlString(csv.files[table])} (FORMAT csv, HEADER false, QUOTE '"', ESCAPE '"', NULLSTR '')`,
      );
    }
    await connection.run('COMMIT');
    await connection.run('CHECKPOINT');
    return csv.rows;
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    csv.remove();
  }
}

/** Seeds in progress per file: two servers starting in one process must not load the same file twice. */
const seeding = new Map<string, Promise<void>>();

/**
 * Loads the demo dataset into `file` when it has none (a brand-new file is created); what `npm start` does
 * on first start. Safe to call from several servers of one process at once.
 */
export function seedDemoDuckDbWhenEmpty(file: string, demo: DemoOptions, logger: Logger): Promise<void> {
  const resolved = path.resolve(file);
  const previous = seeding.get(resolved) ?? Promise.resolve();
  const next = previous.then(() => seedIfEmpty(resolved, demo, logger));
  seeding.set(
    resolved,
    next.catch(() => undefined),
  );
  return next;
}

async function seedIfEmpty(file: string, demo: DemoOptions, logger: Logger): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
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
  const partitions = await writeDemoPartitions(file);
  logger.info(partitions, 'demo tenant partitions written');
}

/** Each demo tenant's rows in a file of its own, so its first question opens it instead of copying. */
export function writeDemoPartitions(file: string): Promise<{ tenants: number; ms: number }> {
  return writeTenantPartitions(
    file,
    DEMO_TABLE_NAMES.map((table) => ({ table, column: 'user_id' })),
  );
}
