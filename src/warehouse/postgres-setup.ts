import pg from 'pg';
import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { buildCatalog, type Catalog, type CatalogTable } from './catalog.js';
import { introspectPostgres } from './introspect.js';
import { parsePostgresUrl, READER_ROLE, TENANT_SETTING } from './postgres-url.js';
import { quoteIdentifier, sqlString } from './sql-text.js';

/**
 * `askql warehouse setup` for PostgreSQL: the walls the warehouse relies on, for exactly the layer's tables.
 * The reader role may SELECT those tables and nothing else; each tenant table gets row-level security with a
 * policy showing the reader only the rows of the tenant set for its transaction. Every statement can run
 * again: a second setup changes nothing.
 */

/** The policy that shows the reader one tenant's rows. */
export const TENANT_POLICY = 'askql_tenant_rows';
/**
 * The policy that keeps every other role's view of the table as it was before askql enabled row-level
 * security on it (without it, RLS would hide all rows from the application's own non-owner roles).
 */
export const OTHER_ROLES_POLICY = 'askql_other_roles';

export interface PostgresSetupOptions {
  /** A login role to create (when missing) and make a member of the reader role: the one askql serves as. */
  readonly loginRole?: string;
}

/** One step of the setup: what it does in words, and its SQL. */
export interface SetupStep {
  readonly says: string;
  readonly sql: string;
}

const TEXT_TYPES = /^(text|character varying|varchar|character|char|citext|name)\b/;

function policyCondition(table: CatalogTable): string {
  if (table.tenancy.kind !== 'column') return 'true';
  const { column } = table.tenancy;
  const sqlType = table.columns.find((candidate) => candidate.name === column)?.sqlType ?? 'text';
  // The sub-select makes the setting an InitPlan evaluated once per query, so an index on the column serves it.
  const setting = `(SELECT current_setting(${sqlString(TENANT_SETTING)}, true))`;
  return TEXT_TYPES.test(sqlType)
    ? `${quoteIdentifier(column)} = ${setting}`
    : `${quoteIdentifier(column)}::text = ${setting}`;
}

/** The setup as statements, in order; the same SQL runs or is printed. */
export function postgresSetupSteps(catalog: Catalog, schema: string, options: PostgresSetupOptions = {}): SetupStep[] {
  const role = quoteIdentifier(READER_ROLE);
  const s = quoteIdentifier(schema);
  const steps: SetupStep[] = [
    {
      says: `role ${READER_ROLE} (no login, no privileges of its own)`,
      // Roles are cluster-wide and setups may run side by side: tolerate a concurrent creation.
      sql: `DO $$ BEGIN
  CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$`,
    },
    { says: `USAGE on schema ${schema} to ${READER_ROLE}`, sql: `GRANT USAGE ON SCHEMA ${s} TO ${role}` },
  ];
  for (const table of catalog.tables) {
    const name = `${s}.${quoteIdentifier(table.name)}`;
    steps.push({
      says: `SELECT on ${schema}.${table.name} to ${READER_ROLE}`,
      sql: `GRANT SELECT ON ${name} TO ${role}`,
    });
    if (table.tenancy.kind !== 'column') {
      // One owner: the reader sees every row, also where an earlier setup (or the DBA) enabled row-level security.
      steps.push({
        says: `policy ${TENANT_POLICY} on ${schema}.${table.name}: ${READER_ROLE} sees every row (tenancy: single)`,
        sql: `DROP POLICY IF EXISTS ${TENANT_POLICY} ON ${name};
CREATE POLICY ${TENANT_POLICY} ON ${name} FOR SELECT TO ${role} USING (true)`,
      });
      continue;
    }
    const regclass = sqlString(`${s}.${quoteIdentifier(table.name)}`);
    steps.push({
      says: `row-level security on ${schema}.${table.name}: ${READER_ROLE} sees only the rows whose ${table.tenancy.column} is the asking tenant`,
      // Other roles keep seeing what they saw, unless the table already had its own row-level security.
      sql: `DO $$ BEGIN
  IF NOT (SELECT relrowsecurity FROM pg_class WHERE oid = ${regclass}::regclass) THEN
    ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS ${OTHER_ROLES_POLICY} ON ${name};
    CREATE POLICY ${OTHER_ROLES_POLICY} ON ${name} USING (current_user <> ${sqlString(READER_ROLE)}) WITH CHECK (current_user <> ${sqlString(READER_ROLE)});
  END IF;
END $$`,
    });
    steps.push({
      says: `policy ${TENANT_POLICY} on ${schema}.${table.name}`,
      sql: `DROP POLICY IF EXISTS ${TENANT_POLICY} ON ${name};
CREATE POLICY ${TENANT_POLICY} ON ${name} FOR SELECT TO ${role} USING (${policyCondition(table)})`,
    });
  }
  if (options.loginRole) {
    const login = quoteIdentifier(options.loginRole);
    steps.push({
      says: `login role ${options.loginRole}, a member of ${READER_ROLE} that owns nothing (set its password yourself)`,
      sql: `DO $$ BEGIN
  CREATE ROLE ${login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT ${role} TO ${login}`,
    });
  }
  return steps;
}

/** The catalog of `url`'s schema for `layer`; throws CatalogError when they do not match. */
async function catalogOf(client: pg.Client, url: string, layer: SemanticLayer, layerSource: string): Promise<Catalog> {
  const { schema } = parsePostgresUrl(url);
  return buildCatalog(layer, await introspectPostgres(client, schema), {
    source: layerSource,
    where: `schema ${schema}`,
  });
}

/**
 * Runs (or with `print`, only returns) the setup for `layer` on the database of `url`, as that URL's user,
 * which must own the tables (or be a superuser). Runs in one transaction: a failed setup changes nothing.
 * The user running it also becomes a member of the reader role, so it can serve.
 */
export async function setUpPostgres(
  url: string,
  layer: SemanticLayer,
  options: PostgresSetupOptions & { layerSource: string; print?: boolean },
): Promise<SetupStep[]> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const client = new pg.Client({ connectionString, application_name: 'askql-setup' });
  await client.connect();
  try {
    const catalog = await catalogOf(client, url, layer, options.layerSource);
    const steps = postgresSetupSteps(catalog, schema, options);
    if (options.print) return steps;
    await client.query('BEGIN');
    try {
      for (const step of steps) await client.query(step.sql);
      const { rows } = await client.query<{ member: boolean }>(
        `SELECT rolsuper OR pg_has_role(current_user, $1, 'MEMBER') AS member FROM pg_roles WHERE rolname = current_user`,
        [READER_ROLE],
      );
      if (!rows[0]?.member) {
        const sql = `GRANT ${quoteIdentifier(READER_ROLE)} TO CURRENT_USER`;
        await client.query(sql);
        steps.push({ says: `${READER_ROLE} granted to the user running this setup, so it can serve`, sql });
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return steps;
  } finally {
    await client.end();
  }
}

/** The steps as one SQL script a DBA can read and run with psql. */
export function setupScript(steps: readonly SetupStep[]): string {
  return `${steps.map((step) => `-- ${step.says}\n${step.sql};`).join('\n\n')}\n`;
}

/**
 * What the database lacks for the catalog's tenant walls: each tenant table needs row-level security on and
 * askql's policy on its tenant column. Serving without them would show a user other tenants' rows, so the
 * warehouse refuses to start; `askql warehouse setup` fixes each one.
 */
export async function missingWalls(client: pg.ClientBase, catalog: Catalog, schema: string): Promise<string[]> {
  const tenantTables = catalog.tables.filter((table) => table.tenancy.kind === 'column');
  if (tenantTables.length === 0) return [];
  const { rows } = await client.query<{ table_name: string; rls: boolean; qual: string | null }>(
    `SELECT c.relname AS table_name, c.relrowsecurity AS rls, p.qual
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_policies p ON p.schemaname = n.nspname AND p.tablename = c.relname AND p.policyname = $2
     WHERE n.nspname = $1 AND c.relname = ANY($3)`,
    [schema, TENANT_POLICY, tenantTables.map((table) => table.name)],
  );
  const problems: string[] = [];
  for (const table of tenantTables) {
    const column = table.tenancy.kind === 'column' ? table.tenancy.column : '';
    const found = rows.find((row) => row.table_name === table.name);
    if (!found?.rls || !found.qual?.includes(column) || !found.qual.includes(TENANT_SETTING)) {
      problems.push(
        `tables.${table.name}.tenant: schema ${schema} does not confine ${table.name} to one tenant's rows by ${column} (row-level security with askql's policy); run askql warehouse setup with this layer`,
      );
    }
  }
  return problems;
}
