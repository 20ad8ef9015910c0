import { DEMO_TABLES } from './demo/schema.js';
import type { Dialect, SchemaDescription } from './warehouse.js';

/**
 * What the analyst may query, from the one schema description both engines share. Sample values are the
 * low-cardinality columns' allowed values, which are the same for every tenant, so no query is needed.
 */
export function describeDemoSchema(dialect: Dialect): SchemaDescription {
  return {
    dialect,
    tables: DEMO_TABLES.map((table) => ({
      name: table.name,
      description: table.description,
      columns: table.columns.map((column) => ({
        name: column.name,
        type: column.type,
        description: column.description,
        ...(column.values ? { sampleValues: [...column.values] } : {}),
      })),
    })),
  };
}
