import { MAX_SQL_LENGTH } from '../../../src/warehouse/guard.js';

/**
 * What a model talked into attacking the warehouse might send. Each query must be refused, stopped, or
 * answered with the asking tenant's rows only; and afterwards the database must be exactly as before.
 *  - rejected: the guard (or the engine) refuses it with a reason
 *  - confined: it runs, and nothing in the result belongs to another tenant
 *  - stopped: it is cut off by the timeout or the engine's limits (or its rows by the cap)
 */
export type Expectation = 'rejected' | 'confined' | 'stopped';

export const HOSTILE: ReadonlyArray<readonly [string, string, Expectation]> = [
  // Other tenants by literal user_id
  ['another tenant by literal user_id', "SELECT * FROM orders WHERE user_id = 'northwind'", 'confined'],
  [
    'every tenant but mine',
    "SELECT user_id, count(*) AS n FROM orders WHERE user_id <> 'demo' GROUP BY user_id",
    'confined',
  ],
  ['OR 1=1', "SELECT order_id, user_id FROM orders WHERE user_id = 'demo' OR 1=1", 'confined'],
  ['group by tenant', 'SELECT user_id, count(*) AS n FROM customers GROUP BY user_id', 'confined'],
  [
    'scalar subquery on another tenant',
    "SELECT (SELECT count(*) FROM orders o2 WHERE o2.user_id = 'lumen') AS n FROM products LIMIT 1",
    'confined',
  ],
  [
    'IN list of tenants',
    "SELECT customer_id, user_id FROM customers WHERE user_id IN ('demo', 'northwind', 'lumen')",
    'confined',
  ],
  ['LIKE on tenant', "SELECT post_id, user_id FROM social_posts WHERE user_id LIKE '%'", 'confined'],
  ['string-escape injection', "SELECT * FROM orders WHERE user_id = 'demo'' OR ''1''=''1'", 'confined'],
  ['tenant via current_user', 'SELECT * FROM orders WHERE user_id = current_user', 'rejected'],
  // Catalogs and system views
  [
    'UNION with information_schema',
    'SELECT table_name FROM information_schema.tables UNION SELECT order_id FROM orders',
    'rejected',
  ],
  ['pg_tables', 'SELECT tablename FROM pg_tables', 'rejected'],
  ['pg_catalog.pg_roles', 'SELECT rolname FROM pg_catalog.pg_roles', 'rejected'],
  ['UNION with pg_class', 'SELECT order_id FROM orders UNION ALL SELECT relname FROM pg_class', 'rejected'],
  ['duckdb_tables()', 'SELECT * FROM duckdb_tables()', 'rejected'],
  ['duckdb_settings()', 'SELECT * FROM duckdb_settings()', 'rejected'],
  ['sqlite_master', 'SELECT * FROM sqlite_master', 'rejected'],
  ['regclass cast', "SELECT 'pg_authid'::regclass", 'rejected'],
  ['version()', 'SELECT version()', 'rejected'],
  ['query_to_xml runs a string', "SELECT query_to_xml('select * from orders', true, false, '')", 'rejected'],
  // Qualified names
  ['schema-qualified table', 'SELECT * FROM main.orders', 'rejected'],
  ['public-qualified table', 'SELECT * FROM public.orders', 'rejected'],
  ['catalog-qualified table', 'SELECT * FROM warehouse.main.orders', 'rejected'],
  ['quoted qualified table', 'SELECT * FROM "main"."orders"', 'rejected'],
  ['qualified column', 'SELECT main.orders.total FROM orders', 'rejected'],
  ['qualified function', "SELECT pg_catalog.set_config('app.tenant', 'northwind', true)", 'rejected'],
  // File and URL readers
  ['read_csv', "SELECT * FROM read_csv('/etc/passwd')", 'rejected'],
  ['read_csv_auto', "SELECT * FROM read_csv_auto('/etc/hosts')", 'rejected'],
  ['read_parquet', "SELECT * FROM read_parquet('/tmp/x.parquet')", 'rejected'],
  ['read_json', "SELECT * FROM read_json('/tmp/x.json')", 'rejected'],
  ['read_text', "SELECT * FROM read_text('/etc/passwd')", 'rejected'],
  ['read_blob', "SELECT * FROM read_blob('/etc/passwd')", 'rejected'],
  ['glob', "SELECT * FROM glob('/*')", 'rejected'],
  ['file path as a table', "SELECT * FROM '/etc/passwd'", 'rejected'],
  ['URL as a table (httpfs)', "SELECT * FROM 'https://example.com/data.csv'", 'rejected'],
  ['query() table function', "SELECT * FROM query('SELECT * FROM main.orders')", 'rejected'],
  ['pg_read_file', "SELECT pg_read_file('/etc/passwd')", 'rejected'],
  ['read_json_auto', "SELECT * FROM read_json_auto('/tmp/x.json')", 'rejected'],
  ['read_ndjson', "SELECT * FROM read_ndjson('/tmp/x.ndjson')", 'rejected'],
  ['parquet_scan', "SELECT * FROM parquet_scan('s3://bucket/x.parquet')", 'rejected'],
  ['sniff_csv', "SELECT * FROM sniff_csv('/etc/passwd')", 'rejected'],
  ['file reader in a scalar subquery', "SELECT (SELECT count(*) FROM read_csv('/etc/passwd')) AS n", 'rejected'],
  ['file reader in a join', "SELECT o.order_id FROM orders o JOIN read_csv('/etc/passwd') f ON true", 'rejected'],
  ['pg_read_binary_file', "SELECT pg_read_binary_file('/etc/passwd')", 'rejected'],
  ['lo_import', "SELECT lo_import('/etc/passwd')", 'rejected'],
  ['dblink', "SELECT * FROM dblink('dbname=test', 'SELECT * FROM orders') AS t(x text)", 'rejected'],
  ['COPY FROM PROGRAM', "COPY orders FROM PROGRAM 'cat /etc/passwd'", 'rejected'],
  ['pragma_table_info()', "SELECT * FROM pragma_table_info('orders')", 'rejected'],
  ['duckdb_secrets()', 'SELECT * FROM duckdb_secrets()', 'rejected'],
  ['pg_stat_activity', 'SELECT query FROM pg_stat_activity', 'rejected'],
  // Statements that are not a SELECT
  ['ATTACH', "ATTACH '/tmp/askql-evil.db' AS evil", 'rejected'],
  ['COPY TO a file', "COPY orders TO '/tmp/askql-evil.csv'", 'rejected'],
  ['COPY (query) TO', "COPY (SELECT * FROM orders) TO '/tmp/askql-evil.csv'", 'rejected'],
  ['EXPORT DATABASE', "EXPORT DATABASE '/tmp/askql-evil'", 'rejected'],
  ['INSERT', "INSERT INTO orders (order_id, user_id) VALUES ('x', 'demo')", 'rejected'],
  ['UPDATE', 'UPDATE orders SET total = 0', 'rejected'],
  ['DELETE', 'DELETE FROM orders', 'rejected'],
  ['DROP TABLE', 'DROP TABLE orders', 'rejected'],
  ['CREATE TABLE AS', 'CREATE TABLE stolen AS SELECT * FROM orders', 'rejected'],
  ['SELECT FOR UPDATE', 'SELECT * FROM orders FOR UPDATE', 'rejected'],
  ['EXPLAIN', 'EXPLAIN SELECT * FROM orders', 'rejected'],
  ['DESCRIBE', 'DESCRIBE orders', 'rejected'],
  ['SHOW TABLES', 'SHOW TABLES', 'rejected'],
  ['SUMMARIZE', 'SUMMARIZE orders', 'rejected'],
  // Multiple statements, comments and quoting tricks
  ['two statements', 'SELECT 1; DROP TABLE orders', 'rejected'],
  ['read then delete', 'SELECT * FROM orders; DELETE FROM orders', 'rejected'],
  ['statement hidden after a block comment', 'SELECT 1 /* harmless */; DELETE FROM orders', 'rejected'],
  ['line comment hiding the filter', "SELECT order_id, user_id FROM orders -- WHERE user_id = 'demo'", 'confined'],
  ['comment inside keywords', 'SEL/**/ECT * FROM orders', 'rejected'],
  ['quoted identifiers', `SELECT "order_id", "user_id" FROM "orders" WHERE "user_id" = 'lumen'`, 'confined'],
  ['dollar-quoted literal', 'SELECT * FROM orders WHERE user_id = $$northwind$$', 'confined'],
  ['query parameter', 'SELECT * FROM orders WHERE user_id = $1', 'rejected'],
  // Case and unicode tricks
  ['mixed case', "SeLeCt OrDeR_iD, uSeR_iD FrOm OrDeRs WhErE UsEr_Id = 'NORTHWIND' oR 1 = 1", 'confined'],
  ['full-width table name', 'SELECT * FROM ｏｒｄｅｒｓ', 'rejected'],
  ['Cyrillic look-alike column', "SELECT * FROM orders WHERE user_іd = 'lumen'", 'rejected'],
  ['zero-width space in a name', 'SELECT * FROM ord\u200bers', 'rejected'],
  ['NUL byte', "SELECT * FROM orders WHERE user_id = 'demo\u0000' OR 1=1", 'rejected'],
  // CTEs that shadow tables
  [
    'CTE shadowing a table with a qualified read',
    'WITH orders AS (SELECT * FROM main.orders) SELECT * FROM orders',
    'rejected',
  ],
  ['CTE shadowing a table with fake rows', "WITH orders AS (SELECT 'x' AS user_id) SELECT * FROM orders", 'rejected'],
  [
    'CTE over everything',
    'WITH everything AS (SELECT * FROM orders WHERE 1 = 1) SELECT user_id, count(*) AS n FROM everything GROUP BY user_id',
    'confined',
  ],
  // Resource exhaustion
  [
    'infinite recursive CTE',
    'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t',
    'stopped',
  ],
  ['exploding cross join', 'SELECT count(*) FROM orders a, orders b, orders c, order_items d', 'stopped'],
  ['cross join returning rows', 'SELECT a.order_id, b.user_id FROM orders a CROSS JOIN orders b', 'stopped'],
  ['pg_sleep', 'SELECT pg_sleep(60)', 'rejected'],
  // Configuration changes
  ['SET external access', 'SET enable_external_access = true', 'rejected'],
  ['RESET lock', 'RESET lock_configuration', 'rejected'],
  ['PRAGMA', 'PRAGMA database_list', 'rejected'],
  ['SET ROLE', 'SET ROLE postgres', 'rejected'],
  ['RESET ROLE', 'RESET ROLE', 'rejected'],
  ['set_config on the tenant', "SELECT set_config('app.tenant', 'northwind', false)", 'rejected'],
  [
    'set_config inside WHERE',
    "SELECT * FROM orders WHERE set_config('app.tenant', 'northwind', true) IS NOT NULL",
    'rejected',
  ],
  ['set_config of the role', "SELECT set_config('role', 'postgres', true)", 'rejected'],
  ['current_setting', "SELECT current_setting('app.tenant')", 'rejected'],
  ['getvariable', "SELECT getvariable('tenant')", 'rejected'],
  ['CALL', 'CALL pragma_version()', 'rejected'],
  ['INSTALL', 'INSTALL httpfs', 'rejected'],
  ['LOAD', 'LOAD httpfs', 'rejected'],
  ['BEGIN', 'BEGIN', 'rejected'],
  // Long inputs
  ['input over the length limit', `SELECT 1${' '.repeat(MAX_SQL_LENGTH)}`, 'rejected'],
  ['deeply nested parentheses', `SELECT ${'('.repeat(3000)}1${')'.repeat(3000)}`, 'confined'],
  [
    'long OR chain under the limit',
    `SELECT order_id, user_id FROM orders WHERE ${Array.from({ length: 700 }, (_, i) => `total > ${i}`).join(' OR ')}`,
    'confined',
  ],
];

/** Demo names and the example subscriptions schema's names for the same roles, in the order they are replaced. */
const REAIMED: readonly (readonly [RegExp, string])[] = [
  [/\border_items\b/gi, 'subscribers'],
  [/\bsocial_posts\b/gi, 'subscribers'],
  [/\bcustomers\b/gi, 'subscribers'],
  [/\bproducts\b/gi, 'subscribers'],
  [/\borders\b/gi, 'invoices'],
  [/\border_id\b/gi, 'invoice_id'],
  [/\bcustomer_id\b/gi, 'subscriber_id'],
  [/\bpost_id\b/gi, 'subscriber_id'],
  [/\buser_id\b/gi, 'account_id'],
  [/\btotal\b/gi, 'amount'],
  [/\b(northwind|lumen)\b/gi, 'globex'],
  [/\bdemo\b/gi, 'acme'],
];

/**
 * The same attacks aimed at the example subscriptions schema (invoices and subscribers, tenant column
 * account_id, tenants acme and globex), for a warehouse described by a custom layer.
 */
export function reaimAtSubscriptions(queries: typeof HOSTILE): ReadonlyArray<readonly [string, string, Expectation]> {
  return queries.map(
    ([name, sql, expectation]) =>
      [name, REAIMED.reduce((text, [from, to]) => text.replace(from, to), sql), expectation] as const,
  );
}
