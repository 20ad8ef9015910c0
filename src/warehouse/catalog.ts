import type { SemanticLayer } from '../analyst/semantic-layer.js';
import { quoteIdentifier } from './sql-text.js';
import type { ColumnType } from './warehouse.js';

/**
 * The catalog: what askql may read, built from the semantic layer and checked against the live database.
 * The guard's allow-list, `describe()`, the engines' tenant walls and the readiness check all read it, so a
 * warehouse with any schema works once its layer describes it.
 */

/** Whose rows are whose in a table. */
export type Tenancy =
  /** A user sees only the rows holding their id in `column`. */
  | { readonly kind: 'column'; readonly column: string }
  /** One owner of the whole database: every user sees every row. */
  | { readonly kind: 'single' };

export interface CatalogColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** The database's own type, for messages and drafts (`numeric(12,2)`, `VARCHAR`). */
  readonly sqlType: string;
  readonly description: string;
  /** Values the layer declares for this column (a dimension's values), the same for every tenant. */
  readonly values?: readonly string[];
}

export interface CatalogTable {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly CatalogColumn[];
  readonly tenancy: Tenancy;
}

export interface Catalog {
  /** Where the layer came from, for messages: a file path or "the demo layer". */
  readonly source: string;
  readonly tables: readonly CatalogTable[];
  /** True when the layer says `tenancy: single`. */
  readonly single: boolean;
}

/** One column as the database reports it. */
export interface IntrospectedColumn {
  readonly table: string;
  readonly column: string;
  readonly sqlType: string;
}

/** A layer that does not match the database (or says nothing about tenancy): one line per problem. */
export class CatalogError extends Error {
  constructor(
    /** The layer file (or "the demo layer"). */
    readonly source: string,
    /** `element: what is wrong`, for example `metrics.billed.expression: no column invoices.amount`. */
    readonly problems: readonly string[],
  ) {
    super(`${source} does not match the warehouse: ${problems.join('; ')}`);
    this.name = 'CatalogError';
  }

  /** One line per problem, each naming the layer file and the element. */
  lines(): string[] {
    return this.problems.map((problem) => `${this.source}: ${problem}`);
  }
}

/** The column type askql works with, from the engine's type name (DuckDB's or PostgreSQL's `format_type`). */
export function columnTypeOf(sqlType: string): ColumnType {
  const type = sqlType.toLowerCase();
  if (type.startsWith('timestamp') || type === 'timestamptz' || type === 'datetime') return 'timestamp';
  if (type === 'date') return 'date';
  if (type.startsWith('bool')) return 'boolean';
  if (type.startsWith('numeric') || type.startsWith('decimal')) return 'decimal';
  if (/^(double|real|float)/.test(type)) return 'float';
  if (/^(u?(tiny|small|big|huge)?int(eger)?|int[248]|u?bigint|uhugeint|uinteger|usmallint|utinyint)$/.test(type))
    return 'integer';
  return 'text';
}

/** String literals out, so `'a.b'` inside a filter is not read as a column reference. */
const withoutStrings = (sql: string): string => sql.replace(/'(?:[^']|'')*'/g, "''");

/** `table.column` references to the layer's tables in a SQL snippet of the layer. */
function columnReferences(sql: string, tables: ReadonlySet<string>): { table: string; column: string }[] {
  const references: { table: string; column: string }[] = [];
  for (const match of withoutStrings(sql).matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\b/g)) {
    const table = (match[1] as string).toLowerCase();
    if (tables.has(table)) references.push({ table, column: (match[2] as string).toLowerCase() });
  }
  return references;
}

/** The SQL snippets of a layer, each with the element it belongs to. */
function layerSnippets(layer: SemanticLayer): { element: string; sql: string }[] {
  const snippets: { element: string; sql: string }[] = [];
  for (const join of layer.joins) snippets.push({ element: `joins.${join.from}->${join.to}.on`, sql: join.on });
  // A metric askql built from another (`derivedFrom`) holds only that one's SQL and a join's: checked there.
  for (const metric of layer.metrics.filter((candidate) => candidate.derivedFrom === undefined)) {
    snippets.push({ element: `metrics.${metric.name}.expression`, sql: metric.expression });
    metric.filters.forEach((filter, index) =>
      snippets.push({ element: `metrics.${metric.name}.filters.${index}`, sql: filter.sql }),
    );
    snippets.push({ element: `metrics.${metric.name}.time`, sql: `${metric.time.table}.${metric.time.column}` });
  }
  for (const dimension of layer.dimensions) {
    snippets.push({ element: `dimensions.${dimension.name}.expression`, sql: dimension.expression });
    for (const detail of dimension.details) {
      snippets.push({ element: `dimensions.${dimension.name}.details.${detail.name}`, sql: detail.expression });
    }
  }
  return snippets;
}

/** Values a dimension declares for a plain `table.column` expression. */
function declaredValues(layer: SemanticLayer): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const dimension of layer.dimensions) {
    const plain = /^\s*([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\s*$/.exec(dimension.expression);
    if (!plain || dimension.values.length === 0) continue;
    values.set(
      `${plain[1]}.${plain[2]}`,
      dimension.values.map((value) => value.value),
    );
  }
  return values;
}

/**
 * Builds the catalog from the layer and the database's columns. Throws a CatalogError with every problem:
 * a table or column the layer names that the database lacks, a tenant column that is missing, a layer that
 * does not say whose rows are whose. `where` names the database in messages ("schema shop").
 */
export function buildCatalog(
  layer: SemanticLayer,
  introspected: readonly IntrospectedColumn[],
  options: { source: string; where: string },
): Catalog {
  const problems: string[] = [];
  const database = new Map<string, Map<string, string>>();
  for (const { table, column, sqlType } of introspected) {
    const key = table.toLowerCase();
    const columns = database.get(key) ?? new Map<string, string>();
    columns.set(column.toLowerCase(), sqlType);
    database.set(key, columns);
  }
  if (!layer.tenant && layer.tenancy !== 'single') {
    problems.push(
      'tenant: the layer does not say whose rows are whose; add `tenant: { column: <column holding the user id> }`, or `tenancy: single` when one owner may read every row',
    );
  }
  const values = declaredValues(layer);
  const exposed = new Map<string, Set<string>>();
  const tables: CatalogTable[] = [];
  for (const table of layer.tables) {
    const found = database.get(table.name);
    if (!found) {
      problems.push(`tables.${table.name}: no table "${table.name}" in ${options.where}`);
      continue;
    }
    const tenantColumn = table.tenant?.column ?? layer.tenant?.column;
    const tenancy: Tenancy =
      layer.tenancy === 'single' || !tenantColumn ? { kind: 'single' } : { kind: 'column', column: tenantColumn };
    if (tenancy.kind === 'column' && !found.has(tenancy.column)) {
      problems.push(
        `tables.${table.name}.tenant: no column "${tenancy.column}" in table ${table.name} to tell whose rows are whose${table.tenant ? '' : ' (the layer-wide tenant column); give this table its own `tenant: { column }`'}`,
      );
    }
    const listed = table.columns ?? [...found.keys()].map((name) => ({ name, description: '' }));
    const columns: CatalogColumn[] = [];
    for (const column of listed) {
      const sqlType = found.get(column.name);
      if (sqlType === undefined) {
        problems.push(`tables.${table.name}.columns.${column.name}: no column "${column.name}" in table ${table.name}`);
        continue;
      }
      const declared = values.get(`${table.name}.${column.name}`);
      columns.push({
        name: column.name,
        type: columnTypeOf(sqlType),
        sqlType,
        description: column.description,
        ...(declared ? { values: declared } : {}),
      });
    }
    // The tenant column is readable even when the list leaves it out: the engine confines rows by it anyway.
    if (
      tenancy.kind === 'column' &&
      found.has(tenancy.column) &&
      !columns.some((column) => column.name === tenancy.column)
    ) {
      const sqlType = found.get(tenancy.column) as string;
      columns.push({
        name: tenancy.column,
        type: columnTypeOf(sqlType),
        sqlType,
        description: 'Whose row this is (the tenant).',
      });
    }
    exposed.set(table.name, new Set(columns.map((column) => column.name)));
    tables.push({ name: table.name, description: table.description, columns, tenancy });
  }
  const layerTables = new Set(layer.tables.map((table) => table.name));
  for (const { element, sql } of layerSnippets(layer)) {
    for (const { table, column } of columnReferences(sql, layerTables)) {
      const columns = exposed.get(table);
      if (!columns) continue; // the missing table is already reported
      if (!columns.has(column)) {
        const why = database.get(table)?.has(column)
          ? `is not among the columns the layer lists for ${table}`
          : `does not exist in table ${table}`;
        problems.push(`${element}: column ${table}.${column} ${why}`);
      }
    }
  }
  const unique = [...new Set(problems)];
  if (unique.length > 0) throw new CatalogError(options.source, unique);
  return { source: options.source, tables, single: layer.tenancy === 'single' };
}

/** Every column of every catalog table read with no rows, in one query: what `/readyz` proves. */
export function readinessSql(catalog: Catalog): string {
  return catalog.tables
    .map((table) => {
      const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ') || '1';
      return `SELECT 1 FROM (SELECT ${columns} FROM ${quoteIdentifier(table.name)} WHERE false) AS t`;
    })
    .join(' UNION ALL ');
}

/** The tenant column of each table, or null for a single-owner table. */
export function tenantColumns(catalog: Catalog): { table: string; column: string | null }[] {
  return catalog.tables.map((table) => ({
    table: table.name,
    column: table.tenancy.kind === 'column' ? table.tenancy.column : null,
  }));
}
