/** The parts of `ASKQL_WAREHOUSE_URL=postgres://…` askql reads itself. */
export interface PostgresTarget {
  /** The URL without askql's own parameters, for `pg`. */
  readonly connectionString: string;
  /** Schema holding the five tables: the `schema` URL parameter, default `public`. */
  readonly schema: string;
}

/** The role every warehouse query runs as: SELECT on the five tables, under row-level security, nothing else. */
export const READER_ROLE = 'askql_reader';

/** The setting the row-level security policies compare `user_id` with; set per transaction. */
export const TENANT_SETTING = 'app.tenant';

/** Splits askql's `schema` parameter off a PostgreSQL URL. */
export function parsePostgresUrl(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`the schema parameter must be a lower-case SQL identifier, got "${schema}"`);
  }
  return { connectionString: parsed.toString(), schema };
}
