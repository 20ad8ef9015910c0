import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { openDemoDuckDbWarehouse, DEMO_LAYER_SOURCE } from '../../src/demo/warehouse.js';
import { DEMO_SEMANTIC_LAYER } from '../../src/demo/semantic-layer.js';
import { seedPostgres } from '../../src/demo/load-postgres.js';
import { DEMO_TABLE_NAMES } from '../../src/demo/schema.js';
import type { DemoOptions } from '../../src/demo/generator.js';
import { openPostgresWarehouse } from '../../src/warehouse/postgres.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';

/** Small enough to seed in a fraction of a second, big enough for every table to have rows per tenant. */
export const TEST_DEMO: DemoOptions = { scale: 0.05, endDate: '2026-06-30', seed: 'askql-test' };

export const POSTGRES_ADMIN_URL = process.env.ASKQL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestWarehouse {
  readonly warehouse: Warehouse;
  /** A fingerprint of every table's content and of the database's objects, to prove nothing changed. */
  fingerprint(): Promise<string>;
  cleanup(): Promise<void>;
}

const logger = pino({ level: 'silent' });

/** A seeded DuckDB warehouse in its own temporary directory. */
export async function openTestDuckDb(options: { timeoutMs?: number; rowCap?: number } = {}): Promise<TestWarehouse> {
  const dir = mkdtempSync(path.join(tmpdir(), 'askql-wh-'));
  const file = path.join(dir, 'warehouse.duckdb');
  const warehouse = await openDemoDuckDbWarehouse({
    file,
    rowCap: options.rowCap ?? 1000,
    statementTimeoutMs: options.timeoutMs ?? 5000,
    logger,
    demo: TEST_DEMO,
  });
  return {
    warehouse,
    // The file is opened read-only, so its bytes are the whole truth about its content.
    fingerprint: () => Promise.resolve(createHash('sha256').update(readFileSync(file)).digest('hex')),
    async cleanup() {
      await warehouse.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A seeded PostgreSQL warehouse in its own schema of the `test` database, dropped afterwards. */
export async function openTestPostgres(options: { timeoutMs?: number; rowCap?: number } = {}): Promise<TestWarehouse> {
  const schema = `askql_test_${randomBytes(4).toString('hex')}`;
  const url = `${POSTGRES_ADMIN_URL}?schema=${schema}`;
  await seedPostgres(url, TEST_DEMO);
  const warehouse = await openPostgresWarehouse({
    url,
    layer: DEMO_SEMANTIC_LAYER,
    layerSource: DEMO_LAYER_SOURCE,
    rowCap: options.rowCap ?? 1000,
    statementTimeoutMs: options.timeoutMs ?? 5000,
    logger,
  });
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  return {
    warehouse,
    async fingerprint() {
      const hash = createHash('sha256');
      for (const table of DEMO_TABLE_NAMES) {
        const { rows } = await admin.query(
          `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${schema}".${table} t`,
        );
        hash.update(`${table}:${rows[0].n}:${rows[0].h}\n`);
      }
      const objects = await admin.query(
        `SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) AS o FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1`,
        [schema],
      );
      const policies = await admin.query(
        `SELECT string_agg(tablename || ':' || policyname || ':' || qual, ',' ORDER BY tablename) AS p FROM pg_policies WHERE schemaname = $1`,
        [schema],
      );
      const settings = await admin.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'askql_reader'`);
      hash.update(`${objects.rows[0].o}\n${policies.rows[0].p}\n${JSON.stringify(settings.rows)}`);
      return hash.digest('hex');
    },
    async cleanup() {
      await warehouse.close();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

/** Every cell of a result as text, to look for another tenant's data anywhere in it. */
export function cellsOf(result: { rows: readonly (readonly unknown[])[] }): string[] {
  return result.rows.flatMap((row) => row.map((cell) => String(cell)));
}

/** Markers only other tenants' rows carry: their user ids and the codes inside their ids. */
export const FOREIGN_MARKERS = /northwind|lumen|_nw_|_lm_/;
