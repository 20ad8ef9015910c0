import type { DuckDBConnection } from '@duckdb/node-api';
import { writeDemoCsvFiles } from './csv-files.js';
import type { DemoOptions } from './generator.js';
import { DEMO_TABLE_NAMES, demoSchemaDdl, type DemoTableName } from './schema.js';

const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

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
export async function seedDuckDb(connection: DuckDBConnection, options: DemoOptions): Promise<Record<DemoTableName, number>> {
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
