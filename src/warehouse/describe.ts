import type { Catalog, CatalogColumn, CatalogTable } from './catalog.js';
import { quoteIdentifier, sqlString } from './sql-text.js';
import type { Dialect, QueryResult, RunOptions, SchemaDescription } from './warehouse.js';

/** A text column with at most this many distinct values gets them as samples. */
const MAX_SAMPLE_VALUES = 20;
/** Longer values are not categories (titles, captions, notes). */
const MAX_SAMPLE_LENGTH = 60;
/** Tenants whose descriptions are remembered, and for how long (their data changes slowly). */
const CACHED_TENANTS = 64;
const CACHE_MS = 10 * 60_000;

/** Runs a query as a tenant, behind both walls (the warehouse's own `run`). */
export type TenantQuery = (sql: string, options: RunOptions) => Promise<QueryResult>;

/** Keys and the tenant column are not categories worth sampling. */
function sampled(table: CatalogTable, column: CatalogColumn): boolean {
  if (column.type !== 'text' || column.values) return false;
  if (table.tenancy.kind === 'column' && table.tenancy.column === column.name) return false;
  return !/(^id$|_id$|_key$|^uuid$)/.test(column.name);
}

/**
 * One query per table: up to 21 distinct values of each sampled column, read as the tenant, so the sample
 * can never hold another tenant's values.
 */
function sampleSql(table: CatalogTable, columns: readonly CatalogColumn[]): string {
  return columns
    .map((column, index) => {
      const name = quoteIdentifier(column.name);
      return `SELECT ${sqlString(column.name)} AS askql_column, askql_value FROM (SELECT DISTINCT ${name} AS askql_value FROM ${quoteIdentifier(table.name)} WHERE ${name} IS NOT NULL LIMIT ${MAX_SAMPLE_VALUES + 1}) AS askql_sample_${index}`;
    })
    .join('\nUNION ALL\n');
}

async function describeFor(
  catalog: Catalog,
  dialect: Dialect,
  query: TenantQuery,
  tenant: string,
): Promise<SchemaDescription> {
  const tables = await Promise.all(
    catalog.tables.map(async (table) => {
      const columns = table.columns.filter((column) => sampled(table, column));
      const samples = new Map<string, string[]>();
      if (columns.length > 0) {
        // No caller's signal: the description is shared by every question of the tenant while it is read.
        const result = await query(sampleSql(table, columns), {
          tenant,
          maxRows: columns.length * (MAX_SAMPLE_VALUES + 1),
        });
        for (const [column, value] of result.rows) {
          const list = samples.get(String(column)) ?? [];
          list.push(String(value));
          samples.set(String(column), list);
        }
      }
      return {
        name: table.name,
        description: table.description,
        columns: table.columns.map((column) => {
          const found = samples.get(column.name) ?? [];
          const values =
            column.values ??
            (found.length > 0 &&
            found.length <= MAX_SAMPLE_VALUES &&
            found.every((value) => value.length <= MAX_SAMPLE_LENGTH)
              ? found.sort()
              : undefined);
          return {
            name: column.name,
            type: column.type,
            description: column.description,
            ...(values ? { sampleValues: [...values] } : {}),
          };
        }),
      };
    }),
  );
  return { dialect, tables };
}

/**
 * `Warehouse.describe()` over a catalog: tables, columns, types and descriptions, with the values of
 * low-cardinality text columns read from the asking tenant's own rows (the layer's declared values when it
 * has them), remembered per tenant for ten minutes.
 */
export function createDescriber(
  catalog: Catalog,
  dialect: Dialect,
  query: TenantQuery,
): (options: { tenant: string }) => Promise<SchemaDescription> {
  const cache = new Map<string, { at: number; description: Promise<SchemaDescription> }>();
  return ({ tenant }) => {
    const key = catalog.single ? '' : tenant;
    const known = cache.get(key);
    if (known && Date.now() - known.at < CACHE_MS) return known.description;
    const description = describeFor(catalog, dialect, query, tenant);
    cache.delete(key);
    cache.set(key, { at: Date.now(), description });
    description.catch(() => cache.delete(key));
    if (cache.size > CACHED_TENANTS) cache.delete(cache.keys().next().value as string);
    return description;
  };
}
