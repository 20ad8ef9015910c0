import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parsePostgresUrl, READER_ROLE, TENANT_SETTING } from '../postgres-url.js';
import { writeDemoCsvFiles } from './csv-files.js';
import type { DemoOptions } from './generator.js';
import { DEMO_TABLE_NAMES, demoSchemaDdl, quoteIdentifier, type DemoTableName } from './schema.js';

/**
 * Creates the five tables in the URL's schema, streams the demo dataset in with `COPY … FROM STDIN`
 * (CSV), and sets up the confinement the warehouse relies on: row-level security on `user_id` compared
 * with the per-transaction `app.tenant` setting, and a reader role that may only SELECT these tables.
 * Replaces rows already there; runs in one transaction, so a failed seed leaves the old data.
 */
export async function seedPostgres(url: string, options: DemoOptions): Promise<Record<DemoTableName, number>> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const csv = writeDemoCsvFiles(options);
  const s = quoteIdentifier(schema);
  const role = quoteIdentifier(READER_ROLE);
  try {
    // Roles are cluster-wide and seeds may run side by side: tolerate a concurrent creation.
    await client.query(`DO $$ BEGIN
        CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await client.query('BEGIN');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    const ddl = demoSchemaDdl('postgres', schema);
    const tables = ddl.filter((statement) => statement.startsWith('CREATE TABLE'));
    const indexes = ddl.filter((statement) => !statement.startsWith('CREATE TABLE'));
    for (const statement of tables) await client.query(statement);
    await client.query(`TRUNCATE ${DEMO_TABLE_NAMES.map((table) => `${s}.${table}`).join(', ')}`);
    for (const table of DEMO_TABLE_NAMES) {
      await pipeline(createReadStream(csv.files[table]), client.query(copyFrom(`COPY ${s}.${table} FROM STDIN WITH (FORMAT csv)`)));
    }
    for (const statement of indexes) await client.query(statement);
    await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${role}`);
    for (const table of DEMO_TABLE_NAMES) {
      await client.query(`REVOKE ALL ON ${s}.${table} FROM PUBLIC`);
      await client.query(`GRANT SELECT ON ${s}.${table} TO ${role}`);
      await client.query(`ALTER TABLE ${s}.${table} ENABLE ROW LEVEL SECURITY`);
      await client.query(`DROP POLICY IF EXISTS tenant_rows ON ${s}.${table}`);
      // The sub-select makes the setting an InitPlan evaluated once per query (not per row), so the
      // (user_id, …) indexes can serve the policy.
      await client.query(
        `CREATE POLICY tenant_rows ON ${s}.${table} FOR SELECT TO ${role} USING (user_id = (SELECT current_setting('${TENANT_SETTING}', true)))`,
      );
    }
    // The warehouse switches to the reader role per transaction (SET LOCAL ROLE), which needs membership.
    const { rows } = await client.query<{ member: boolean }>(
      `SELECT rolsuper OR pg_has_role(current_user, $1, 'MEMBER') AS member FROM pg_roles WHERE rolname = current_user`,
      [READER_ROLE],
    );
    if (!rows[0]?.member) await client.query(`GRANT ${role} TO CURRENT_USER`);
    await client.query('COMMIT');
    for (const table of DEMO_TABLE_NAMES) await client.query(`ANALYZE ${s}.${table}`);
    return csv.rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    csv.remove();
    await client.end();
  }
}
