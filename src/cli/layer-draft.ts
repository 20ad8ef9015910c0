import { stringify } from 'yaml';
import { defineSemanticLayer, type SemanticLayer, type SemanticLayerInput } from '../analyst/semantic-layer.js';
import type { DatabaseProfile, ProfiledColumn, ProfiledTable } from './database-profile.js';

/**
 * `askql layer init`: a draft semantic layer from a database profile, good enough to answer questions at
 * once and meant to be read and edited: joins from foreign keys (or `*_id` names), a count metric per table
 * with a time column, sum and average metrics for measure columns, dimensions from low-cardinality text
 * columns with their values and readable labels, synonyms from the names.
 */

export type DraftTenancy = { readonly column: string } | 'single' | 'guess';

export interface Draft {
  /** The layer as written to the file (defaults left out). */
  readonly input: SemanticLayerInput;
  readonly layer: SemanticLayer;
  /** What the draft decided that its author should know (tenancy, skipped tables and columns). */
  readonly notes: readonly string[];
}

/** Columns that usually hold whose row it is, in order of preference. */
const TENANT_NAMES = [
  'tenant_id',
  'account_id',
  'merchant_id',
  'shop_id',
  'store_id',
  'org_id',
  'organization_id',
  'company_id',
  'user_id',
];
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
const KEY = /(^id$|_id$|_key$|^uuid$)/;
const MONEY =
  /(amount|price|total|revenue|cost|sales|paid|spend|fee|subtotal|discount|shipping|tax|value|mrr|arr|balance)/;
const PREFERRED_TIME =
  /^(created|ordered|issued|posted|placed|occurred|purchased|signed_up|started|booked|sold|paid)(_at|_on|_date)?$|^(date|timestamp|day|created)$/;

const words = (name: string): string => name.replaceAll(/[_-]+/g, ' ').trim();
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const label = (name: string): string => capitalized(words(name));

export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

function chooseTenancy(
  profile: DatabaseProfile,
  tenancy: DraftTenancy,
  notes: string[],
): SemanticLayerInput['tenant'] | 'single' {
  if (tenancy === 'single') return 'single';
  if (tenancy !== 'guess') return tenancy;
  const everywhere = TENANT_NAMES.find((name) =>
    profile.tables.every((table) => table.columns.some((column) => column.name === name)),
  );
  if (everywhere) {
    notes.push(
      `tenant: every table has ${everywhere}, so a user sees only the rows holding their id there (check this)`,
    );
    return { column: everywhere };
  }
  notes.push(
    'tenancy: single: no column in every table looks like a tenant, so every user sees every row (pass --tenant-column to change it)',
  );
  return 'single';
}

function timeColumn(table: ProfiledTable): ProfiledColumn | undefined {
  const times = table.columns.filter((column) => column.type === 'timestamp' || column.type === 'date');
  return times.find((column) => PREFERRED_TIME.test(column.name)) ?? times[0];
}

/** Joins from the foreign keys, then from `<thing>_id` columns that name another table holding that column. */
function draftJoins(
  profile: DatabaseProfile,
  tables: readonly ProfiledTable[],
): { from: string; to: string; on: string }[] {
  const names = new Set(tables.map((table) => table.name));
  const joins: { from: string; to: string; on: string }[] = [];
  const add = (from: string, column: string, to: string, toColumn: string) => {
    if (from === to || !names.has(from) || !names.has(to) || joins.some((join) => join.from === from && join.to === to))
      return;
    joins.push({ from, to, on: `${from}.${column} = ${to}.${toColumn}` });
  };
  for (const key of profile.foreignKeys) add(key.table, key.column, key.references, key.referencedColumn);
  for (const table of tables) {
    for (const column of table.columns) {
      const thing = /^([a-z][a-z0-9_]*)_id$/.exec(column.name)?.[1];
      if (!thing) continue;
      const target = tables.find(
        (candidate) => candidate.name !== table.name && [thing, plural(thing)].includes(candidate.name),
      );
      const targetColumn = target?.columns.find(
        (candidate) => candidate.name === column.name || candidate.name === 'id',
      );
      if (target && targetColumn) add(table.name, column.name, target.name, targetColumn.name);
    }
  }
  return joins;
}

/** Drafts a layer; the result is a valid layer (checked here), and `notes` say what to review. */
export function draftLayer(profile: DatabaseProfile, options: { name: string; tenancy: DraftTenancy }): Draft {
  const notes: string[] = [];
  const tables = profile.tables.filter((table) => {
    const ok = IDENTIFIER.test(table.name);
    if (!ok)
      notes.push(
        `skipped table "${table.name}": its name is not a lower_snake_case identifier (rename it or write it by hand)`,
      );
    return ok;
  });
  if (tables.length === 0) throw new RangeError('the database has no tables askql can describe');
  const tenancy = chooseTenancy({ ...profile, tables }, options.tenancy, notes);
  const tenantColumn = tenancy !== 'single' && tenancy ? tenancy.column : undefined;
  const joins = draftJoins(profile, tables);
  const joinColumns = new Set(joins.flatMap((join) => join.on.split(' = ')));

  const metrics: NonNullable<SemanticLayerInput['metrics']> = [];
  const metricNames = new Set<string>();
  const unique = (name: string, table: string, taken: ReadonlySet<string>) =>
    taken.has(name) ? `${table}_${name}` : name;
  for (const table of tables) {
    const time = timeColumn(table);
    if (!time) {
      notes.push(`no metrics over ${table.name}: it has no timestamp or date column to place its rows in time`);
      continue;
    }
    const thing = singular(table.name);
    const count = unique(table.name, table.name, metricNames);
    metricNames.add(count);
    metrics.push({
      name: count,
      label: label(table.name),
      synonyms: [
        words(thing),
        `number of ${words(table.name)}`,
        `${words(thing)} count`,
        `how many ${words(table.name)}`,
      ],
      table: table.name,
      expression: 'COUNT(*)',
      time: { table: table.name, column: time.name },
      format: 'number',
      aggregation: 'count',
    });
    for (const column of table.columns) {
      const measure =
        ['integer', 'decimal', 'float'].includes(column.type) &&
        !KEY.test(column.name) &&
        column.name !== tenantColumn &&
        !joinColumns.has(`${table.name}.${column.name}`);
      if (!measure) continue;
      const sum = unique(column.name, table.name, metricNames);
      metricNames.add(sum);
      const format = MONEY.test(column.name) ? 'currency' : 'number';
      const summed = /^total\b/.test(words(column.name)) ? words(column.name) : `total ${words(column.name)}`;
      metrics.push({
        name: sum,
        label: capitalized(summed),
        synonyms: [...new Set([words(column.name), summed, `sum of ${words(column.name)}`])],
        table: table.name,
        expression: `SUM(${table.name}.${column.name})`,
        time: { table: table.name, column: time.name },
        format,
        aggregation: 'sum',
      });
      const average = unique(`avg_${column.name}`, table.name, metricNames);
      metricNames.add(average);
      metrics.push({
        name: average,
        label: `Average ${words(column.name)} per ${words(thing)}`,
        synonyms: [
          `average ${words(column.name)}`,
          `avg ${words(column.name)}`,
          `mean ${words(column.name)}`,
          `${words(column.name)} per ${words(thing)}`,
        ],
        table: table.name,
        expression: `AVG(${table.name}.${column.name})`,
        time: { table: table.name, column: time.name },
        format,
        aggregation: 'average',
        averageOf: sum,
      });
    }
  }
  if (metrics.length === 0)
    throw new RangeError('no table has a timestamp or date column, so no metric can be drafted');

  // Which tables each table reaches along the joins, for a dimension's default metric.
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const table = queue.shift() as string;
      if (table === to) return true;
      for (const join of joins) {
        if (join.from !== table || seen.has(join.to)) continue;
        seen.add(join.to);
        queue.push(join.to);
      }
    }
    return false;
  };
  const dimensions: NonNullable<SemanticLayerInput['dimensions']> = [];
  const dimensionNames = new Set<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (
        column.type !== 'text' ||
        !column.values ||
        column.values.length === 0 ||
        column.name === tenantColumn ||
        KEY.test(column.name)
      )
        continue;
      if (!IDENTIFIER.test(column.name)) {
        notes.push(`skipped column ${table.name}."${column.name}": its name is not a lower_snake_case identifier`);
        continue;
      }
      let name = unique(column.name, table.name, dimensionNames);
      if (metricNames.has(name)) name = `${table.name}_${column.name}`;
      dimensionNames.add(name);
      const byValue = metrics.find(
        (metric) => metric.table === table.name && metric.aggregation === 'sum' && metric.format === 'currency',
      );
      const reaching = metrics.find((metric) => reaches(metric.table, table.name));
      const defaultMetric = byValue?.name ?? reaching?.name;
      dimensions.push({
        name,
        label: label(column.name),
        plural: plural(words(column.name).toLowerCase()),
        synonyms: words(column.name) === column.name ? [] : [words(column.name)],
        table: table.name,
        expression: `${table.name}.${column.name}`,
        values: column.values.map((value) => ({
          value,
          label: label(value),
          synonyms: words(value) !== value && words(value) !== label(value) ? [words(value)] : [],
        })),
        ...(defaultMetric ? { defaultMetric } : {}),
      });
    }
  }

  const input: SemanticLayerInput = {
    name: options.name,
    ...(tenancy === 'single' ? { tenancy: 'single' as const } : { tenant: tenancy }),
    tables: tables.map((table) => ({
      name: table.name,
      description: `${label(table.name)} (${table.rows} rows when drafted).`,
    })),
    joins,
    metrics,
    dimensions,
  };
  return { input, layer: defineSemanticLayer(input), notes };
}

/** The draft as YAML, with a header saying what it is and what to review. */
export function draftYaml(draft: Draft, source: string): string {
  const header = [
    `# A semantic layer drafted by \`askql layer init\` from ${source}. Read it, rename and describe what you like,`,
    '# then check it with `askql layer check`. Every SQL snippet qualifies columns by table name.',
    ...draft.notes.map((note) => `# - ${note}`),
  ];
  return `${header.join('\n')}\n${stringify(draft.input, { lineWidth: 0 })}`;
}
