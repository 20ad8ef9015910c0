import type { DuckDBConnection } from '@duckdb/node-api';
import type pg from 'pg';
import type { IntrospectedColumn } from './catalog.js';

/**
 * What the database has: every column of every table (and view) askql could be pointed at. Read from the
 * engine's catalog, never from the layer, so the catalog can say what the layer gets wrong.
 */

/** Tables and views of the `main` schema of the connection's database (`duckdb_columns()`). */
export async function introspectDuckDb(connection: DuckDBConnection): Promise<IntrospectedColumn[]> {
  const reader = await connection.runAndReadAll(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
     ORDER BY table_name, column_index`,
  );
  return (
    reader
      .getRowsJson()
      // information_schema's names and types are text.
      .map((row) => ({ table: row[0] as string, column: row[1] as string, sqlType: row[2] as string }))
  );
}

/**
 * Tables, views and foreign tables of `schema`, from `pg_catalog`: unlike `information_schema`, it lists
 * columns whatever the connecting role may read, so a missing grant is reported as such, not as a missing table.
 */
export async function introspectPostgres(client: pg.ClientBase, schema: string): Promise<IntrospectedColumn[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [schema],
  );
  return rows.map((row) => ({ table: row.table_name, column: row.column_name, sqlType: row.data_type }));
}
