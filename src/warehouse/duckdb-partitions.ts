import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import { quoteIdentifier, sqlString } from './sql-text.js';

/**
 * Tenant partitions of a DuckDB warehouse: each tenant's rows of the catalog's tables written once into a
 * file of its own (`<warehouse>.tenants/<hash>.duckdb`), by `askql warehouse setup` or the demo seed. A
 * tenant's first question then opens that file read-only instead of copying its rows out of the shared file
 * (3.6 s for the demo tenant at scale 40), and the wall is the same: the tenant's database holds its rows
 * and nothing else, with external access disabled. A partition set is used only while the warehouse file is
 * exactly as it was when they were written; otherwise the server copies as before.
 */

const manifestModel = z.object({
  /** The warehouse file's size and modification time when the partitions were written. */
  source: z.object({ size: z.number(), mtimeMs: z.number() }),
  tables: z.array(z.object({ table: z.string(), column: z.string() })),
  /** Tenant id → partition file name inside the directory. */
  tenants: z.record(z.string(), z.string()),
});

type Manifest = z.infer<typeof manifestModel>;

export interface TenantTable {
  readonly table: string;
  readonly column: string;
}

/** The directory holding a warehouse file's tenant partitions. */
export const partitionDirectory = (file: string): string => `${path.resolve(file)}.tenants`;

const fileNameOf = (tenant: string): string =>
  `${createHash('sha256').update(tenant).digest('hex').slice(0, 32)}.duckdb`;

const signature = (file: string) => {
  const stat = statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs };
};

const sameTables = (a: readonly TenantTable[], b: readonly TenantTable[]): boolean =>
  a.length === b.length &&
  a.every((table, index) => table.table === b[index]?.table && table.column === b[index].column);

/** Where a tenant's rows are, when the warehouse has current partitions for these tables. */
export interface TenantPartitions {
  /** The tenant's partition file, or null for a tenant with no rows at all. */
  fileOf(tenant: string): string | null;
}

/** The current partitions of `file` for `tables`, or undefined when there are none or they are stale. */
export function readTenantPartitions(file: string, tables: readonly TenantTable[]): TenantPartitions | undefined {
  const directory = partitionDirectory(file);
  const manifestFile = path.join(directory, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  let manifest: Manifest;
  try {
    manifest = manifestModel.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  } catch {
    return undefined;
  }
  const now = signature(file);
  if (
    now.size !== manifest.source.size ||
    now.mtimeMs !== manifest.source.mtimeMs ||
    !sameTables(manifest.tables, tables)
  )
    return undefined;
  return {
    fileOf(tenant) {
      const name = manifest.tenants[tenant];
      return name === undefined ? null : path.join(directory, name);
    },
  };
}

/**
 * Writes every tenant's rows of `tables` into its own file, replacing earlier partitions. The warehouse file
 * must not be written to meanwhile (no server needs to stop: servers open it read-only).
 */
export async function writeTenantPartitions(
  file: string,
  tables: readonly TenantTable[],
): Promise<{ tenants: number; ms: number }> {
  const started = performance.now();
  const source = path.resolve(file);
  const before = signature(source);
  const directory = partitionDirectory(source);
  const staging = `${directory}.writing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    // One pass over the warehouse: its tenant tables copied sorted by tenant, so that each tenant's copy
    // below reads only its own row groups (zone maps) instead of scanning every table once per tenant.
    const writer = await DuckDBInstance.create(':memory:');
    const manifest: Manifest = { source: before, tables: [...tables], tenants: {} };
    let tenants: string[];
    try {
      const connection = await writer.connect();
      const tenantOf = (column: string) => `CAST(${quoteIdentifier(column)} AS VARCHAR)`;
      await connection.run(`ATTACH ${sqlString(source)} AS shared_warehouse (READ_ONLY)`);
      await connection.run(`ATTACH ${sqlString(path.join(staging, 'sorted.duckdb'))} AS sorted`);
      for (const { table, column } of tables) {
        const quoted = quoteIdentifier(table);
        await connection.run(
          `CREATE TABLE sorted.main.${quoted} AS SELECT * FROM shared_warehouse.main.${quoted} ORDER BY ${tenantOf(column)}`,
        );
      }
      await connection.run('DETACH shared_warehouse');
      const union = tables
        .map(
          ({ table, column }) =>
            `SELECT DISTINCT ${tenantOf(column)} AS tenant FROM sorted.main.${quoteIdentifier(table)}`,
        )
        .join(' UNION ');
      tenants = (await connection.runAndReadAll(`SELECT tenant FROM (${union}) WHERE tenant IS NOT NULL ORDER BY 1`))
        .getRowsJson()
        .map((row) => row[0] as string);
      for (const tenant of tenants) {
        const name = fileNameOf(tenant);
        await connection.run(`ATTACH ${sqlString(path.join(staging, name))} AS tenant_partition`);
        for (const { table, column } of tables) {
          const quoted = quoteIdentifier(table);
          await connection.run(
            `CREATE TABLE tenant_partition.main.${quoted} AS SELECT * FROM sorted.main.${quoted} WHERE ${tenantOf(column)} = ${sqlString(tenant)}`,
          );
        }
        await connection.run('CHECKPOINT tenant_partition');
        await connection.run('DETACH tenant_partition');
        manifest.tenants[tenant] = name;
      }
      await connection.run('DETACH sorted');
      connection.closeSync();
    } finally {
      writer.closeSync();
    }
    rmSync(path.join(staging, 'sorted.duckdb'), { force: true });
    const after = signature(source);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs)
      throw new Error(`${source} changed while its tenant partitions were written; run again`);
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(directory, { recursive: true, force: true });
    renameSync(staging, directory);
    return { tenants: tenants.length, ms: Math.round(performance.now() - started) };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
