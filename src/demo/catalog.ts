import { buildCatalog, type Catalog } from '../warehouse/catalog.js';
import { DEMO_TABLES } from './schema.js';
import { DEMO_SEMANTIC_LAYER } from './semantic-layer.js';
import { DEMO_LAYER_SOURCE } from './warehouse.js';

/**
 * The demo's catalog as its schema defines it, without a database: what the guard allows on a seeded demo
 * warehouse (a live warehouse builds the same one from what the database reports).
 */
export const DEMO_CATALOG: Catalog = buildCatalog(
  DEMO_SEMANTIC_LAYER,
  DEMO_TABLES.flatMap((table) =>
    table.columns.map((column) => ({ table: table.name, column: column.name, sqlType: column.sqlType })),
  ),
  { source: DEMO_LAYER_SOURCE, where: 'the demo schema' },
);
