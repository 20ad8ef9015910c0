import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { duckDbFile } from '../warehouse/create-warehouse.js';
import { quoteIdentifier, sqlString } from '../warehouse/sql-text.js';

/**
 * `askql import FILE… --warehouse duckdb:FILE`: a merchant's CSV or Parquet exports become tables of a DuckDB
 * warehouse, one table per file, named after the file, with lower_snake_case column names. The files are read
 * here, by the CLI, before serving; the server opens the warehouse with file access disabled, so a
 * question's SQL can never read a file.
 */

export interface ImportedTable {
  readonly file: string;
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly string[];
}

/** A lower_snake_case identifier from a file or column name ("Order Items.csv" → order_items). */
export function snakeName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (snake === '') return 'column';
  return /^[a-z]/.test(snake) ? snake : `t_${snake}`;
}

function reader(file: string): string {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.parquet') return `read_parquet(${sqlString(file)})`;
  if (['.csv', '.tsv', '.txt'].includes(extension)) return `read_csv(${sqlString(file)}, header = true)`;
  throw new RangeError(`${file}: askql imports .csv, .tsv and .parquet files`);
}

/** Loads each file into its own table of the DuckDB warehouse (replacing a table of that name), in one transaction. */
export async function importFiles(
  files: readonly string[],
  url: string,
  options: { dataDir: string },
): Promise<ImportedTable[]> {
  if (!url.startsWith('duckdb:'))
    throw new RangeError('askql import writes a DuckDB warehouse: give --warehouse duckdb:<file>');
  for (const file of files) if (!existsSync(file)) throw new RangeError(`${file}: no such file`);
  const target = path.resolve(duckDbFile(url, options.dataDir));
  mkdirSync(path.dirname(target), { recursive: true });
  const instance = await DuckDBInstance.create(target);
  const connection = await instance.connect();
  try {
    await connection.run('BEGIN TRANSACTION');
    const imported: ImportedTable[] = [];
    for (const file of files) {
      const table = snakeName(path.basename(file, path.extname(file)));
      if (imported.some((other) => other.table === table))
        throw new RangeError(`${file}: a second file for table ${table}`);
      const source = reader(path.resolve(file));
      const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowsJson();
      const names = described.map((row) => row[0] as string);
      const taken = new Set<string>();
      const columns = names.map((name) => {
        let snake = snakeName(name);
        while (taken.has(snake)) snake = `${snake}_`;
        taken.add(snake);
        return snake;
      });
      const select = names
        .map((name, index) => `${quoteIdentifier(name)} AS ${quoteIdentifier(columns[index] as string)}`)
        .join(', ');
      await connection.run(`CREATE OR REPLACE TABLE main.${quoteIdentifier(table)} AS SELECT ${select} FROM ${source}`);
      const rows = Number(
        (await connection.runAndReadAll(`SELECT count(*) FROM main.${quoteIdentifier(table)}`)).getRowsJson()[0]?.[0],
      );
      imported.push({ file, table, rows, columns });
    }
    await connection.run('COMMIT');
    await connection.run('CHECKPOINT');
    return imported;
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
