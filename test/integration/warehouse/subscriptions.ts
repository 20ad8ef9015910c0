import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { parse, stringify } from 'yaml';
import { POSTGRES_ADMIN_URL } from '../../helpers/test-warehouse.js';

/**
 * The example warehouse of a user's own: `examples/subscriptions.sql` (invoices and subscribers of two
 * accounts, acme and globex) described by `examples/semantic-layer.yaml`, tenant column `account_id`.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;
export const EXAMPLE_LAYER_FILE = path.join(ROOT, 'examples/semantic-layer.yaml');
const EXAMPLE_SQL = readFileSync(path.join(ROOT, 'examples/subscriptions.sql'), 'utf8');

/** Markers only globex's rows carry: its account id and the code inside its ids. */
export const GLOBEX_MARKERS = /globex|_gx_/;

/** Amount billed (non-void invoices) per region, for one account or for all, straight from the data. */
export const BILLED_BY_REGION_SQL = (account?: string) => `
  SELECT s.region, sum(i.amount) AS billed
  FROM invoices i JOIN subscribers s ON s.subscriber_id = i.subscriber_id
  WHERE i.status <> 'void'${account ? ` AND i.account_id = '${account}'` : ''}
  GROUP BY s.region ORDER BY s.region`;

/** The example loaded into a new DuckDB file; returns what BILLED_BY_REGION_SQL gives for acme and for all. */
export async function createExampleDuckDb(
  file: string,
): Promise<{ acme: Record<string, number>; all: Record<string, number> }> {
  const instance = await DuckDBInstance.create(file);
  try {
    const connection = await instance.connect();
    await connection.run(EXAMPLE_SQL);
    const read = async (account?: string) =>
      Object.fromEntries(
        (await connection.runAndReadAll(BILLED_BY_REGION_SQL(account)))
          .getRowsJson()
          .map(([region, billed]) => [region as string, Number(billed)]),
      );
    const figures = { acme: await read('acme'), all: await read() };
    connection.closeSync();
    return figures;
  } finally {
    instance.closeSync();
  }
}

export interface ExamplePostgres {
  /** `postgres://…?schema=…` of the owner (the test database's superuser). */
  readonly url: string;
  readonly schema: string;
  readonly admin: pg.Client;
  readonly acme: Record<string, number>;
  readonly all: Record<string, number>;
  drop(): Promise<void>;
}

/** The example loaded into a new schema of the `test` database (no reader role set up yet). */
export async function createExamplePostgres(): Promise<ExamplePostgres> {
  const schema = `askql_own_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.query(`SET search_path = ${schema}`);
  await admin.query(EXAMPLE_SQL);
  const read = async (account?: string) =>
    Object.fromEntries(
      (await admin.query<{ region: string; billed: string }>(BILLED_BY_REGION_SQL(account))).rows.map((row) => [
        row.region,
        Number(row.billed),
      ]),
    );
  const figures = { acme: await read('acme'), all: await read() };
  await admin.query('RESET search_path');
  return {
    url: `${POSTGRES_ADMIN_URL}?schema=${schema}`,
    schema,
    admin,
    ...figures,
    async drop() {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** A copy of the example layer with `tenancy: single` instead of the tenant column, written into `dir`. */
export function singleTenancyLayer(dir: string): string {
  const file = path.join(dir, 'single.yaml');
  const text = readFileSync(EXAMPLE_LAYER_FILE, 'utf8');
  if (!text.includes('tenant: { column: account_id }'))
    throw new Error('the example layer no longer names its tenant column');
  writeFileSync(file, text.replace('tenant: { column: account_id }', 'tenancy: single'));
  return file;
}

/**
 * The example layer with the invoices' status left undeclared (no dimension lists its values), so a description of
 * the warehouse samples that column from the asking tenant's own rows.
 */
export function undeclaredStatusLayer(dir: string): string {
  const file = path.join(dir, 'undeclared-status.yaml');
  const layer = parse(readFileSync(EXAMPLE_LAYER_FILE, 'utf8')) as {
    dimensions: { name: string }[];
    metrics: { filters?: { overriddenBy?: string }[] }[];
  };
  if (!layer.dimensions.some((dimension) => dimension.name === 'invoice_status'))
    throw new Error('the example layer no longer declares the invoice status');
  layer.dimensions = layer.dimensions.filter((dimension) => dimension.name !== 'invoice_status');
  for (const metric of layer.metrics)
    for (const filter of metric.filters ?? []) if (filter.overriddenBy === 'invoice_status') delete filter.overriddenBy;
  writeFileSync(file, stringify(layer));
  return file;
}

/** Rows as `{ first cell: second cell }`, the shape of a breakdown. */
export const byFirstColumn = (rows: readonly (readonly unknown[])[]): Record<string, number> =>
  Object.fromEntries(rows.map((row) => [String(row[0]), Number(row[1])]));
