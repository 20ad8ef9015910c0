import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { columnTypeOf } from '../warehouse/catalog.js';
import { duckDbFile, isPostgresUrl } from '../warehouse/create-warehouse.js';
import { introspectDuckDb, introspectPostgres } from '../warehouse/introspect.js';
import { parsePostgresUrl } from '../warehouse/postgres-url.js';
import { quoteIdentifier } from '../warehouse/sql-text.js';
import type { ColumnType } from '../warehouse/warehouse.js';

/**
 * What `askql layer init` knows about a database before drafting a layer: its tables and columns, the
 * foreign keys between them, and the distinct values of its low-cardinality text columns. Read as the URL's
 * user, who owns the data (this is the owner drafting a layer, not a tenant asking).
 */

/** Text columns with at most this many distinct values become dimensions with their values. */
export const MAX_DIMENSION_VALUES = 20;

export interface ProfiledColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly sqlType: string;
  /** Distinct values, sorted, for a text column with at most MAX_DIMENSION_VALUES of them. */
  readonly values?: readonly string[];
}

export interface ProfiledTable {
  readonly name: string;
  readonly columns: readonly ProfiledColumn[];
  readonly rows: number;
}

export interface ForeignKey {
  readonly table: string;
  readonly column: string;
  readonly references: string;
  readonly referencedColumn: string;
}

export interface DatabaseProfile {
  readonly tables: readonly ProfiledTable[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** Runs SQL on the database being profiled; rows as arrays of JSON-ish values. */
type Query = (sql: string) => Promise<unknown[][]>;

async function profileTables(
  columns: readonly { table: string; column: string; sqlType: string }[],
  query: Query,
): Promise<ProfiledTable[]> {
  const byTable = new Map<string, { column: string; sqlType: string }[]>();
  for (const column of columns) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
  const tables: ProfiledTable[] = [];
  for (const [table, tableColumns] of byTable) {
    const text = tableColumns.filter((column) => columnTypeOf(column.sqlType) === 'text');
    const counts = await query(
      `SELECT count(*)${text.map((column) => `, count(DISTINCT ${quoteIdentifier(column.column)})`).join('')} FROM ${quoteIdentifier(table)}`,
    );
    const [rows, ...distinct] = (counts[0] ?? []).map(Number);
    const values = new Map<string, string[]>();
    for (const [index, column] of text.entries()) {
      if ((distinct[index] ?? Infinity) > MAX_DIMENSION_VALUES) continue;
      const name = quoteIdentifier(column.column);
      const found = await query(
        `SELECT DISTINCT ${name} FROM ${quoteIdentifier(table)} WHERE ${name} IS NOT NULL ORDER BY 1`,
      );
      values.set(
        column.column,
        found.map((row) => String(row[0])),
      );
    }
    tables.push({
      name: table,
      rows: rows ?? 0,
      columns: tableColumns.map((column) => {
        const found = values.get(column.column);
        return {
          name: column.column,
          type: columnTypeOf(column.sqlType),
          sqlType: column.sqlType,
          ...(found ? { values: found } : {}),
        };
      }),
    });
  }
  return tables;
}

async function profileDuckDb(file: string): Promise<DatabaseProfile> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    try {
      const query: Query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson();
      const tables = await profileTables(await introspectDuckDb(connection), query);
      const keys = await query(
        `SELECT table_name, constraint_column_names, referenced_table, referenced_column_names FROM duckdb_constraints()
         WHERE constraint_type = 'FOREIGN KEY' AND database_name = current_database() AND schema_name = 'main'`,
      );
      const foreignKeys = keys.flatMap(([table, columns, references, referenced]) =>
        (columns as string[]).length === 1
          ? [
              {
                table: String(table),
                column: String((columns as string[])[0]),
                references: String(references),
                referencedColumn: String((referenced as string[])[0]),
              },
            ]
          : [],
      );
      return { tables, foreignKeys };
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

async function profilePostgres(url: string): Promise<DatabaseProfile> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const client = new pg.Client({ connectionString, application_name: 'askql-layer-init' });
  await client.connect();
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SELECT set_config('search_path', $1, true)`, [quoteIdentifier(schema)]);
    const query: Query = async (sql) => (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows;
    const tables = await profileTables(await introspectPostgres(client, schema), query);
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
      referenced_table: string;
      referenced_column: string;
    }>(
      `SELECT c.relname AS table_name, a.attname AS column_name, r.relname AS referenced_table, ra.attname AS referenced_column
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
       WHERE k.contype = 'f' AND n.nspname = $1 AND array_length(k.conkey, 1) = 1`,
      [schema],
    );
    await client.query('ROLLBACK');
    const foreignKeys = rows.map((row) => ({
      table: row.table_name,
      column: row.column_name,
      references: row.referenced_table,
      referencedColumn: row.referenced_column,
    }));
    return { tables, foreignKeys };
  } finally {
    await client.end();
  }
}

/** Profiles the database of a `duckdb:` or `postgres://` URL. */
export function profileDatabase(url: string, dataDir: string): Promise<DatabaseProfile> {
  if (isPostgresUrl(url)) return profilePostgres(url);
  if (url.startsWith('duckdb:')) return profileDuckDb(duckDbFile(url, dataDir));
  throw new RangeError(`the warehouse URL must start with duckdb: or postgres://, got "${url}"`);
}
