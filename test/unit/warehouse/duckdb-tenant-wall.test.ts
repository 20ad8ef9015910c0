import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { seedDemoDuckDbWhenEmpty } from '../../../src/demo/load-duckdb.js';
import { DEMO_TABLE_NAMES } from '../../../src/demo/schema.js';
import { TenantDatabases } from '../../../src/warehouse/duckdb-tenants.js';
import { partitionDirectory, readTenantPartitions } from '../../../src/warehouse/duckdb-partitions.js';
import { TEST_DEMO } from '../../helpers/test-warehouse.js';

/**
 * The engine's wall, tested without the guard in front of it: SQL that the guard would refuse runs straight
 * on a tenant's connection, as it would if the guard had a bug. It must still see only that tenant's rows.
 */
describe.each([
  { mode: 'rows copied on the first question', partitioned: false },
  { mode: 'tenant partition files', partitioned: true },
])('DuckDB tenant databases (the wall behind the guard), $mode', ({ partitioned }) => {
  let dir: string;
  let file: string;
  let tenants: TenantDatabases;
  let demo: DuckDBConnection;

  const rows = async (sql: string) => (await demo.runAndReadAll(sql)).getRowsJson();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'askql-wall-'));
    file = path.join(dir, 'warehouse.duckdb');
    await seedDemoDuckDbWhenEmpty(file, TEST_DEMO, pino({ level: 'silent' }));
    const tables = DEMO_TABLE_NAMES.map((table) => ({ table, column: 'user_id' }));
    const partitions = partitioned ? readTenantPartitions(file, tables) : undefined;
    // Seeding the demo writes its partitions: they are there to use, or deliberately left out.
    expect(readTenantPartitions(file, tables)).toBeDefined();
    tenants = new TenantDatabases({
      file,
      tables,
      ...(partitions ? { partitions } : {}),
      memoryLimit: '256MB',
      threads: 1,
      maxOpenTenants: 2,
      maxIdlePerTenant: 2,
      maxActivePerTenant: 3,
    });
    demo = await tenants.acquire('demo');
  });

  afterAll(async () => {
    tenants.release('demo', demo);
    await tenants.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every table holds only the tenant’s own rows', async () => {
    for (const table of ['social_posts', 'products', 'customers', 'orders', 'order_items']) {
      expect(await rows(`SELECT DISTINCT user_id FROM ${table}`), table).toEqual([['demo']]);
    }
  });

  test('no other catalog exists to name', async () => {
    const catalogs = await rows(
      "SELECT database_name, path FROM duckdb_databases() WHERE database_name NOT IN ('system', 'temp')",
    );
    expect(catalogs).toHaveLength(1);
    // In memory, or the tenant's own partition file.
    if (partitioned)
      expect(catalogs[0]?.[1] as string).toMatch(new RegExp(`^${partitionDirectory(file)}/[0-9a-f]{32}\\.duckdb$`));
    else expect(catalogs[0]).toEqual(['memory', null]);
  });

  test('attaching the shared file again is refused', async () => {
    await expect(demo.run(`ATTACH '${file}' AS again (READ_ONLY)`)).rejects.toThrow(/disabled by configuration/);
  });

  test('reading files is refused and the configuration cannot be unlocked', async () => {
    await expect(demo.run(`SELECT * FROM read_csv('${file}')`)).rejects.toThrow(/disabled by configuration/);
    await expect(demo.run('SET enable_external_access = true')).rejects.toThrow(/locked/);
  });

  test('a tenant has at most maxActivePerTenant connections at once: later queries wait in turn, or leave when cancelled', async () => {
    const settledWithin = <T>(promise: Promise<T>) =>
      Promise.race([
        promise.then(() => 'settled'),
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 200)),
      ]);
    const held = await Promise.all([tenants.acquire('lumen'), tenants.acquire('lumen'), tenants.acquire('lumen')]);
    const fourth = tenants.acquire('lumen');
    const cancelling = new AbortController();
    const fifth = tenants.acquire('lumen', cancelling.signal);
    expect(await settledWithin(fourth)).toBe('waiting');
    cancelling.abort(new Error('the run was cancelled'));
    await expect(fifth).rejects.toThrow('the run was cancelled');

    tenants.release('lumen', held.pop()!);
    const admitted = await fourth;
    expect((await admitted.runAndReadAll('SELECT DISTINCT user_id FROM orders')).getRowsJson()).toEqual([['lumen']]);
    for (const connection of [...held, admitted]) tenants.release('lumen', connection);
    // The cancelled wait took no slot: three connections are free again.
    const again = await Promise.all([tenants.acquire('lumen'), tenants.acquire('lumen'), tenants.acquire('lumen')]);
    expect(await settledWithin(tenants.acquire('lumen').then((extra) => tenants.release('lumen', extra)))).toBe(
      'waiting',
    );
    for (const connection of again) tenants.release('lumen', connection);
  });

  test('another tenant gets a database of its own rows, and an unknown user an empty one', async () => {
    const lumen = await tenants.acquire('lumen');
    const stranger = await tenants.acquire('nobody-here');
    try {
      expect((await lumen.runAndReadAll('SELECT DISTINCT user_id FROM orders')).getRowsJson()).toEqual([['lumen']]);
      expect((await stranger.runAndReadAll('SELECT count(*) FROM orders')).getRowsJson()).toEqual([['0']]);
    } finally {
      tenants.release('lumen', lumen);
      tenants.release('nobody-here', stranger);
    }
  });
});

test('tenant partitions go stale when the warehouse file changes, and are then not used', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'askql-stale-'));
  try {
    const file = path.join(dir, 'warehouse.duckdb');
    await seedDemoDuckDbWhenEmpty(file, TEST_DEMO, pino({ level: 'silent' }));
    const tables = DEMO_TABLE_NAMES.map((table) => ({ table, column: 'user_id' }));
    expect(readTenantPartitions(file, tables)?.fileOf('demo')).toMatch(/\.duckdb$/);
    expect(readTenantPartitions(file, tables)?.fileOf('nobody-here')).toBeNull();
    expect(readTenantPartitions(file, tables.slice(1))).toBeUndefined();
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    await connection.run("DELETE FROM orders WHERE user_id = 'lumen'");
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
    expect(readTenantPartitions(file, tables)).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
