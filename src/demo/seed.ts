import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
import { seedDuckDb, writeDemoPartitions } from './load-duckdb.js';
import { seedPostgres } from './load-postgres.js';
import type { DemoOptions } from './generator.js';
import type { DemoTableName } from './schema.js';
import { duckDbFile } from '../warehouse/create-warehouse.js';

/**
 * `askql seed`: (re)loads the demo dataset into a warehouse, replacing its rows. For DuckDB the file must
 * not be open in a running server; for PostgreSQL it also sets up row-level security and the reader role.
 */
export async function seedWarehouse(
  url: string,
  demo: DemoOptions,
  deps: {
    dataDir: string;
    /** PostgreSQL: a login role to serve as (see `askql warehouse setup --login-role`). */ loginRole?: string;
  },
): Promise<Record<DemoTableName, number>> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return seedPostgres(url, demo, deps.loginRole);
  if (!url.startsWith('duckdb:'))
    throw new RangeError(`the warehouse URL must start with duckdb: or postgres://, got "${url}"`);
  const file = path.resolve(duckDbFile(url, deps.dataDir));
  mkdirSync(path.dirname(file), { recursive: true });
  const instance = await DuckDBInstance.create(file);
  let rows: Record<DemoTableName, number>;
  try {
    const connection = await instance.connect();
    try {
      rows = await seedDuckDb(connection, demo);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  await writeDemoPartitions(file);
  return rows;
}
