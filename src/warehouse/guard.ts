import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { Catalog } from './catalog.js';
import type { Validation } from './warehouse.js';

/**
 * The SQL guard: the first of two walls between a generated query and other tenants' data (the second is
 * the engine's own row confinement). It parses with DuckDB's own parser (`json_serialize_sql`, a fork of
 * PostgreSQL's grammar, so it reads both dialects the way the engines will) and accepts only one read-only
 * SELECT over the catalog's tables, their columns and an allow-list of analytic functions. Every rejection
 * says what to change, because its reader is usually a SQL generator that will try again.
 */

/** Verdicts remembered: the agent validates a query and then runs it, and questions repeat. */
const CACHE_SIZE = 512;

/** Longer inputs are refused before parsing: no analytics question needs them and they cost parse time. */
export const MAX_SQL_LENGTH = 20_000;

/** What a query may name: the catalog's tables and columns. */
interface Allowed {
  readonly tables: ReadonlySet<string>;
  readonly columns: ReadonlySet<string>;
  /** The tables as a list for messages. */
  readonly list: string;
}
/** SQL-standard keywords both parsers read as bare column references. */
const KEYWORD_VALUES = ['current_date', 'current_timestamp', 'current_time', 'localtimestamp', 'localtime'];

/**
 * Scalar, aggregate and window functions a question may use. An allow-list rather than a deny-list: both
 * engines ship hundreds of functions and some read files, sleep, change settings (set_config) or reveal
 * the catalog, so anything not known to be a pure computation is refused.
 */
const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // aggregates
  'count',
  'count_star',
  'sum',
  'avg',
  'mean',
  'min',
  'max',
  'median',
  'mode',
  'quantile',
  'quantile_cont',
  'quantile_disc',
  'percentile_cont',
  'percentile_disc',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
  'corr',
  'covar_pop',
  'covar_samp',
  'regr_slope',
  'regr_intercept',
  'regr_r2',
  'string_agg',
  'bool_and',
  'bool_or',
  'every',
  'any_value',
  'arg_max',
  'arg_min',
  'argmax',
  'argmin',
  'max_by',
  'min_by',
  'first',
  'last',
  'count_if',
  'countif',
  'approx_count_distinct',
  'approx_quantile',
  'product',
  'fsum',
  'favg',
  'kurtosis',
  'skewness',
  'entropy',
  // window functions
  'row_number',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'ntile',
  'lag',
  'lead',
  'first_value',
  'last_value',
  'nth_value',
  // dates and times
  'date_trunc',
  'datetrunc',
  'date_part',
  'datepart',
  'extract',
  'date_diff',
  'datediff',
  'date_sub',
  'datesub',
  'date_add',
  'age',
  'now',
  'today',
  'current_date',
  'current_timestamp',
  'current_time',
  'localtimestamp',
  'get_current_timestamp',
  'transaction_timestamp',
  'make_date',
  'make_timestamp',
  'make_interval',
  'strftime',
  'strptime',
  'to_char',
  'to_date',
  'to_timestamp',
  'epoch',
  'epoch_ms',
  'year',
  'month',
  'day',
  'dayofweek',
  'dayofyear',
  'dayofmonth',
  'week',
  'weekofyear',
  'isodow',
  'dow',
  'doy',
  'quarter',
  'hour',
  'minute',
  'second',
  'yearweek',
  'isoyear',
  'dayname',
  'monthname',
  'last_day',
  'time_bucket',
  'date_bin',
  'to_days',
  'to_weeks',
  'to_months',
  'to_years',
  'to_hours',
  'to_minutes',
  'to_seconds',
  'justify_days',
  'justify_hours',
  // text
  'lower',
  'upper',
  'length',
  'char_length',
  'character_length',
  'substr',
  'substring',
  'left',
  'right',
  'concat',
  'concat_ws',
  'trim',
  'ltrim',
  'rtrim',
  'btrim',
  'replace',
  'split_part',
  'position',
  'strpos',
  'instr',
  'starts_with',
  'ends_with',
  'contains',
  'regexp_matches',
  'regexp_replace',
  'regexp_extract',
  'lpad',
  'rpad',
  'initcap',
  'reverse',
  'format',
  // numbers
  'round',
  'ceil',
  'ceiling',
  'floor',
  'abs',
  'sign',
  'sqrt',
  'power',
  'pow',
  'exp',
  'ln',
  'log',
  'log10',
  'log2',
  'greatest',
  'least',
  'mod',
  'trunc',
  'div',
  'round_even',
  'cbrt',
  'pi',
  // conditionals
  'coalesce',
  'nullif',
  'ifnull',
  'if',
  'iff',
]);

/** FROM-clause shapes a query may use; everything else (table functions, SHOW, PIVOT…) is refused. */
const ALLOWED_TABLE_REFS: ReadonlySet<string> = new Set(['BASE_TABLE', 'JOIN', 'SUBQUERY', 'EMPTY', 'EXPRESSION_LIST']);

export type GuardVerdict =
  | { readonly ok: true; /** The catalog tables the query reads. */ readonly tables: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export interface SqlGuard {
  /** Checks one query; never throws for bad SQL. */
  check(sql: string): Promise<GuardVerdict>;
  close(): void;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

class Rejection extends Error {}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

/** Every node of the tree, depth first. */
function* nodes(value: Json): Generator<JsonObject> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (isObject(value)) {
    yield value;
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) yield* nodes(child);
  }
}

/** Names the query defines itself: CTEs, table aliases, column aliases. */
function definedNames(tree: Json, allowed: Allowed): { ctes: Set<string>; aliases: Set<string> } {
  const ctes = new Set<string>();
  const aliases = new Set<string>();
  for (const node of nodes(tree)) {
    const cteMap = node.cte_map;
    if (isObject(cteMap) && Array.isArray(cteMap.map)) {
      for (const entry of cteMap.map) {
        if (!isObject(entry)) continue;
        const name = text(entry.key).toLowerCase();
        if (allowed.tables.has(name)) {
          throw new Rejection(
            `the CTE name "${name}" shadows the ${name} table; give the CTE another name (for example ${name}_filtered)`,
          );
        }
        ctes.add(name);
        const definition = entry.value;
        if (isObject(definition) && Array.isArray(definition.aliases)) {
          for (const alias of definition.aliases) aliases.add(text(alias).toLowerCase());
        }
      }
    }
    if (text(node.alias)) aliases.add(text(node.alias).toLowerCase());
    for (const key of ['column_name_alias', 'aliases']) {
      const list = node[key];
      if (Array.isArray(list)) for (const alias of list) aliases.add(text(alias).toLowerCase());
    }
  }
  return { ctes, aliases };
}

function checkTableRef(node: JsonObject, ctes: ReadonlySet<string>, read: Set<string>, allowed: Allowed): void {
  const tableList = allowed.list;
  const type = text(node.type);
  if (type === 'TABLE_FUNCTION') {
    const fn = isObject(node.function) ? text(node.function.function_name) : 'a function';
    throw new Rejection(
      `table functions such as ${fn}() are not allowed (no file, URL or catalog readers); select from the tables ${tableList}`,
    );
  }
  if (!ALLOWED_TABLE_REFS.has(type)) {
    throw new Rejection(
      `${type.replace(/_REF$/, '').toLowerCase()} is not allowed in FROM; use a plain SELECT over the tables ${tableList}`,
    );
  }
  if (type !== 'BASE_TABLE') return;
  const name = text(node.table_name);
  const schema = text(node.schema_name);
  const catalog = text(node.catalog_name);
  if (schema || catalog) {
    throw new Rejection(
      `qualified table names like ${[catalog, schema, name].filter(Boolean).join('.')} are not allowed; write just the table name (${tableList})`,
    );
  }
  if (node.at_clause !== null && node.at_clause !== undefined) {
    throw new Rejection('AT (time travel) clauses are not allowed; query the current tables');
  }
  const lower = name.toLowerCase();
  if (ctes.has(lower)) return;
  if (!allowed.tables.has(lower)) {
    throw new Rejection(`unknown table "${name}"; the only tables are ${tableList}`);
  }
  read.add(lower);
}

function checkExpression(node: JsonObject, names: ReadonlySet<string>, tableList: string): void {
  const kind = text(node.class);
  if (kind === 'FUNCTION' || kind === 'WINDOW' || kind === 'AGGREGATE') {
    const fn = text(node.function_name);
    // DuckDB's parser itself rewrites EXTRACT(… FROM x) into main.date_part; only that schema passes.
    if ((text(node.schema) && text(node.schema) !== 'main') || text(node.catalog)) {
      throw new Rejection(
        `qualified function names like ${text(node.schema) || text(node.catalog)}.${fn} are not allowed; call ${fn} unqualified`,
      );
    }
    if (node.is_operator === true) return;
    if (!ALLOWED_FUNCTIONS.has(fn.toLowerCase())) {
      throw new Rejection(
        `the function ${fn}() is not allowed; use standard aggregate, window, date, text and math functions (sum, count, avg, date_trunc, extract, round, coalesce…)`,
      );
    }
  } else if (kind === 'PARAMETER') {
    throw new Rejection('query parameters ($1, ?) are not supported; write the values into the SQL as literals');
  } else if (kind === 'COLUMN_REF') {
    const parts = Array.isArray(node.column_names) ? node.column_names.map((part) => text(part).toLowerCase()) : [];
    if (parts.length > 2) {
      throw new Rejection(
        `qualified column names like ${parts.join('.')} are not allowed; write table_or_alias.column`,
      );
    }
    const column = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && !names.has(parts[0] as string)) {
      throw new Rejection(`"${parts[0]}" in ${parts.join('.')} is not a table or alias of this query`);
    }
    if (!names.has(column)) {
      throw new Rejection(
        `unknown column "${column}"; use the columns of ${tableList} or aliases defined in the query`,
      );
    }
  } else if (kind === 'CAST') {
    const target = node.cast_type;
    if (isObject(target) && (text(target.id) === 'USER' || text(target.id) === 'UNBOUND')) {
      throw new Rejection(
        'casts to non-standard types are not allowed; cast to INTEGER, DECIMAL, DOUBLE, TEXT, DATE or TIMESTAMP',
      );
    }
  }
}

/** Applies the rules to a parsed statement; returns the tables it reads. */
function inspect(statement: Json, allowed: Allowed): string[] {
  const { ctes, aliases } = definedNames(statement, allowed);
  const names = new Set<string>([...allowed.columns, ...KEYWORD_VALUES, ...aliases, ...ctes, ...allowed.tables]);
  const read = new Set<string>();
  for (const node of nodes(statement)) {
    if (text(node.class)) checkExpression(node, names, allowed.list);
    else if (typeof node.type === 'string' && 'query_location' in node && 'sample' in node)
      checkTableRef(node, ctes, read, allowed);
  }
  return [...read].sort();
}

/** Turns DuckDB's parser verdict into a reason a SQL generator can act on. */
function parseFailure(parsed: JsonObject): string {
  const message = text(parsed.error_message);
  if (/only select statements/i.test(message)) {
    return 'only a single read-only SELECT (optionally starting with WITH) is allowed; INSERT, UPDATE, DELETE, CREATE, DROP, ATTACH, COPY, EXPORT, PRAGMA, SET, CALL, INSTALL, LOAD and other statements are not';
  }
  return `the SQL does not parse: ${message || 'syntax error'}`;
}

/**
 * Opens a guard over the catalog's tables and columns, on its own in-memory DuckDB (no data, external access
 * disabled, configuration locked): parsing needs no tables, and the guard must never be a way in either.
 */
export async function createSqlGuard(catalog: Pick<Catalog, 'tables'>): Promise<SqlGuard> {
  const allowed: Allowed = {
    tables: new Set(catalog.tables.map((table) => table.name.toLowerCase())),
    columns: new Set(catalog.tables.flatMap((table) => table.columns.map((column) => column.name.toLowerCase()))),
    list: catalog.tables.map((table) => table.name).join(', '),
  };
  const instance = await DuckDBInstance.create(':memory:', {
    enable_external_access: 'false',
    lock_configuration: 'true',
    threads: '1',
  });
  const connection: DuckDBConnection = await instance.connect();
  const serialize: DuckDBPreparedStatement = await connection.prepare('SELECT json_serialize_sql($1::VARCHAR)');
  // One prepared statement serves every check; a promise chain keeps concurrent binds from interleaving.
  let queue: Promise<unknown> = Promise.resolve();
  const parse = (sql: string): Promise<string> => {
    const next = queue.then(async () => {
      serialize.bindVarchar(1, sql);
      const reader = await serialize.runAndReadAll();
      return (reader.getRowsJson()[0]?.[0] as string | undefined) ?? '';
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const cache = new Map<string, GuardVerdict>();
  const remember = (sql: string, verdict: GuardVerdict): GuardVerdict => {
    cache.set(sql, verdict);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return verdict;
  };

  const checkUncached = async (sql: string): Promise<GuardVerdict> => {
    if (sql.trim() === '') return { ok: false, reason: 'the query is empty; write one SELECT statement' };
    if (sql.length > MAX_SQL_LENGTH) {
      return { ok: false, reason: `the query is ${sql.length} characters long; keep it under ${MAX_SQL_LENGTH}` };
    }
    if (sql.includes('\u0000')) return { ok: false, reason: 'the query contains a NUL character; remove it' };
    let parsed: Json;
    try {
      parsed = JSON.parse(await parse(sql)) as Json;
    } catch (error) {
      return { ok: false, reason: `the SQL does not parse: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!isObject(parsed)) return { ok: false, reason: 'the SQL does not parse' };
    if (parsed.error === true) return { ok: false, reason: parseFailure(parsed) };
    const statements = Array.isArray(parsed.statements) ? parsed.statements : [];
    if (statements.length !== 1) {
      return {
        ok: false,
        reason: `exactly one statement is allowed, got ${statements.length}; send a single SELECT without extra semicolon-separated statements`,
      };
    }
    try {
      return { ok: true, tables: inspect(statements[0] as Json, allowed) };
    } catch (error) {
      if (error instanceof Rejection) return { ok: false, reason: error.message };
      throw error;
    }
  };

  return {
    async check(sql) {
      const known = cache.get(sql);
      if (known) {
        // Refresh its place so the most used queries stay.
        cache.delete(sql);
        cache.set(sql, known);
        return known;
      }
      return remember(sql, await checkUncached(sql));
    },
    close() {
      serialize.destroySync();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A guard verdict as the warehouse interface's Validation. */
export function toValidation(verdict: GuardVerdict): Validation {
  return verdict.ok ? { ok: true } : { ok: false, reason: verdict.reason };
}
