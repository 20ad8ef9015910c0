import type { Logger } from '../logger.js';
import { openDuckDbWarehouse, type DuckDbWarehouseOptions } from '../warehouse/duckdb.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { DemoOptions } from './generator.js';
import { seedDemoDuckDbWhenEmpty } from './load-duckdb.js';
import { DEMO_SEMANTIC_LAYER } from './semantic-layer.js';

/** Where the demo layer comes from, in start-up messages. */
export const DEMO_LAYER_SOURCE = 'the demo layer';

/**
 * The embedded warehouse with the demo dataset: seeded into `file` when it has none, then opened with the
 * demo layer like any other warehouse.
 */
export async function openDemoDuckDbWarehouse(
  options: Omit<DuckDbWarehouseOptions, 'layer' | 'layerSource'> & {
    readonly demo: DemoOptions;
    readonly logger: Logger;
  },
): Promise<Warehouse> {
  await seedDemoDuckDbWhenEmpty(options.file, options.demo, options.logger);
  return openDuckDbWarehouse({ ...options, layer: DEMO_SEMANTIC_LAYER, layerSource: DEMO_LAYER_SOURCE });
}
