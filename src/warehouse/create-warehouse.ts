import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { DEFAULT_DEMO_SEED, defaultEndDate } from './demo/generator.js';
import { openDuckDbWarehouse } from './duckdb.js';
import { openPostgresWarehouse } from './postgres.js';
import type { Warehouse } from './warehouse.js';

export interface CreateWarehouseDeps {
  /** Where a relative or empty `duckdb:` path lives. */
  readonly dataDir: string;
  readonly logger: Logger;
  /** Last day of the demo data when seeding an empty DuckDB warehouse; defaults to yesterday (UTC). */
  readonly seedEndDate?: string;
}

/** The file a `duckdb:` URL names: `duckdb:` alone means `<dataDir>/warehouse.duckdb`. */
export function duckDbFile(url: string, dataDir: string): string {
  const file = url.slice('duckdb:'.length);
  if (file === '') return path.join(dataDir, 'warehouse.duckdb');
  return file;
}

/**
 * Opens the configured warehouse: `duckdb:<file>` (created and seeded with the demo dataset on first start
 * when empty) or `postgres://…` (loaded beforehand with `askql seed --warehouse postgres://…`).
 */
export async function createWarehouse(config: Config['warehouse'], deps: CreateWarehouseDeps): Promise<Warehouse> {
  if (config.url.startsWith('duckdb:')) {
    return openDuckDbWarehouse({
      file: duckDbFile(config.url, deps.dataDir),
      rowCap: config.rowCap,
      statementTimeoutMs: config.statementTimeoutMs,
      logger: deps.logger,
      seedWhenEmpty: { scale: config.seedScale, endDate: deps.seedEndDate ?? defaultEndDate(), seed: DEFAULT_DEMO_SEED },
    });
  }
  return openPostgresWarehouse({
    url: config.url,
    rowCap: config.rowCap,
    statementTimeoutMs: config.statementTimeoutMs,
    logger: deps.logger,
  });
}
