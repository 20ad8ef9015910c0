import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parsePostgresUrl } from '../warehouse/postgres-url.js';
import { setUpPostgres } from '../warehouse/postgres-setup.js';
import { quoteIdentifier } from '../warehouse/sql-text.js';
import { writeDemoCsvFiles } from './csv-files.js';
import type { DemoOptions } from './generator.js';
import { DEMO_TABLE_NAMES, demoSchemaDdl, type DemoTableName } from './schema.js';
import { DEMO_SEMANTIC_LAYER } from './semantic-layer.js';

/**
 * Creates the five tables in the URL's schema, streams the demo dataset in with `COPY … FROM STDIN`
 * (CSV), and sets up the confinement the warehouse relies on (`askql warehouse setup` with the demo layer:
 * row-level security on `user_id`, a reader role that may only SELECT these tables).
 * Replaces rows already there; runs in one transaction, so a failed seed leaves the old data.
 */
export async function seedPostgres(
  url: string,
  options: DemoOptions,
  loginRole?: string,
): Promise<Record<DemoTableName, number>> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const csv = writeDemoCsvFiles(options);
  const s = quoteIdentifier(schema);
  try {
    await client.query('BEGIN');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    const ddl = demoSchemaDdl('postgres', schema);
    const tables = ddl.filter((statement) => statement.startsWith('CREATE TABLE'));
    const indexes = ddl.filter((statement) => !statement.startsWith('CREATE TABLE'));
    for (const statement of tables) await client.query(statement);
    await client.query(`TRUNCATE ${DEMO_TABLE_NAMES.map((table) => `${s}.${table}`).join(', ')}`);
    for (const table of DEMO_TABLE_NAMES) {
      await pipeline(
        createReadStream(csv.files[table]),
        client.query(copyFrom(`COPY ${s}.${table} FROM STDIN WITH (FORMAT csv)`)),
      );
    }
    for (const statement of indexes) await client.query(statement);
    await client.query('COMMIT');
    for (const table of DEMO_TABLE_NAMES) await client.query(`ANALYZE ${s}.${table}`);
    await setUpPostgres(url, DEMO_SEMANTIC_LAYER, {
      layerSource: 'the demo layer',
      ...(loginRole ? { loginRole } : {}),
    });
    return csv.rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    csv.remove();
    await client.end();
  }
}
