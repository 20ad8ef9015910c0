import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { buildCatalog, tenantColumns } from './catalog.js';
import { writeTenantPartitions } from './duckdb-partitions.js';
import { introspectDuckDb } from './introspect.js';

/**
 * `askql warehouse setup` for DuckDB: checks the layer against the file and, for a layer with a tenant
 * column, writes each tenant's rows to a partition file of its own (see duckdb-partitions.ts). Returns what
 * it did, in words.
 */
export async function setUpDuckDb(file: string, layer: SemanticLayer, layerSource: string): Promise<string[]> {
  const resolved = path.resolve(file);
  const reader = await DuckDBInstance.create(resolved, { access_mode: 'READ_ONLY' });
  let columns;
  try {
    const connection = await reader.connect();
    columns = await introspectDuckDb(connection);
    connection.closeSync();
  } finally {
    reader.closeSync();
  }
  const catalog = buildCatalog(layer, columns, { source: layerSource, where: resolved });
  if (catalog.single) return ['tenancy: single: every question reads the file itself (read-only), nothing to write'];
  const tables = tenantColumns(catalog).map(({ table, column }) => ({ table, column: column as string }));
  const written = await writeTenantPartitions(resolved, tables);
  return [
    `${written.tenants} tenant partitions written to ${resolved}.tenants in ${written.ms} ms: a tenant's first question opens its own file instead of copying its rows`,
  ];
}
