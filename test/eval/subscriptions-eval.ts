import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { pino } from 'pino';
import { loadSemanticLayer, type SemanticLayer } from '../../src/analyst/semantic-layer.js';
import { openDuckDbWarehouse } from '../../src/warehouse/duckdb.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';

/**
 * The example of a user's own data the subscriptions evaluation runs on: `examples/subscriptions.sql` loaded
 * into a DuckDB file and opened like any warehouse with `examples/semantic-layer.yaml` (tenant column
 * `account_id`, so the questions see acme's rows only, through the engine's wall).
 */

const ROOT = new URL('../../', import.meta.url).pathname;
export const SUBSCRIPTIONS_LAYER_FILE = path.join(ROOT, 'examples/semantic-layer.yaml');
const SUBSCRIPTIONS_SQL_FILE = path.join(ROOT, 'examples/subscriptions.sql');

/** The example layer, read from its file as a user's server would read it. */
export function loadSubscriptionsLayer(): Promise<SemanticLayer> {
  return loadSemanticLayer(SUBSCRIPTIONS_LAYER_FILE);
}

/** The example data in a DuckDB file named after the SQL's content, loaded once and reused while unchanged. */
async function exampleDuckDbFile(): Promise<string> {
  const sql = readFileSync(SUBSCRIPTIONS_SQL_FILE, 'utf8');
  const digest = createHash('sha256').update(sql).digest('hex').slice(0, 12);
  const dir = path.join(tmpdir(), 'askql-eval');
  const file = path.join(dir, `subscriptions-${digest}.duckdb`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.loading`;
  rmSync(partial, { force: true });
  const instance = await DuckDBInstance.create(partial);
  try {
    const connection = await instance.connect();
    await connection.run(sql);
    connection.closeSync();
  } finally {
    instance.closeSync();
  }
  renameSync(partial, file);
  return file;
}

/** The example warehouse, read-only, checked against the layer like a server's at start-up. */
export async function openSubscriptionsWarehouse(layer: SemanticLayer): Promise<Warehouse> {
  return openDuckDbWarehouse({
    file: await exampleDuckDbFile(),
    layer,
    layerSource: SUBSCRIPTIONS_LAYER_FILE,
    rowCap: 1000,
    statementTimeoutMs: 10_000,
    logger: pino({ level: 'silent' }),
  });
}
