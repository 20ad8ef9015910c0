import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { openDuckDbWarehouse } from './duckdb.js';
import { openPostgresWarehouse } from './postgres.js';
import type { Warehouse } from './warehouse.js';

export interface CreateWarehouseDeps {
  /** Where a relative or empty `duckdb:` path lives. */
  readonly dataDir: string;
  readonly logger: Logger;
  /** What askql may read; its tables and columns are checked against the database before serving. */
  readonly layer: SemanticLayer;
  /** Where the layer came from, for start-up errors (a file path or "the demo layer"). */
  readonly layerSource: string;
}

/** The file a `duckdb:` URL names: `duckdb:` alone means `<dataDir>/warehouse.duckdb`. */
export function duckDbFile(url: string, dataDir: string): string {
  const file = url.slice('duckdb:'.length);
  if (file === '') return path.join(dataDir, 'warehouse.duckdb');
  return file;
}

/** True for the URLs of the PostgreSQL engine. */
export const isPostgresUrl = (url: string): boolean => url.startsWith('postgres://') || url.startsWith('postgresql://');

/**
 * Opens the configured warehouse, `duckdb:<file>` or `postgres://…`, and checks the layer against it: a
 * layer naming a table or column the database lacks throws a CatalogError listing every problem.
 */
export async function createWarehouse(config: Config['warehouse'], deps: CreateWarehouseDeps): Promise<Warehouse> {
  if (config.url.startsWith('duckdb:')) {
    return openDuckDbWarehouse({
      file: duckDbFile(config.url, deps.dataDir),
      layer: deps.layer,
      layerSource: deps.layerSource,
      rowCap: config.rowCap,
      statementTimeoutMs: config.statementTimeoutMs,
      logger: deps.logger,
    });
  }
  return openPostgresWarehouse({
    url: config.url,
    layer: deps.layer,
    layerSource: deps.layerSource,
    rowCap: config.rowCap,
    statementTimeoutMs: config.statementTimeoutMs,
    logger: deps.logger,
  });
}
