import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { holdsPeople, singular } from './layer-words.js';

/**
 * The semantic layer: one typed definition of what can be asked about a warehouse. Metrics and dimensions
 * carry SQL over the warehouse's tables (qualified by table name), the joins between those tables, and the
 * words people use for them; the offline parser builds its vocabulary from it and the compiler its SQL.
 * A user with their own warehouse writes this as YAML or JSON and sets `ASKQL_SEMANTIC_LAYER=path`.
 */

const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case identifier');

/** A predicate a metric always applies, unless the plan groups or filters by the dimension that overrides it. */
export const metricFilterModel = z.object({
  /** SQL predicate, for example `orders.status = 'paid'`. */
  sql: z.string().min(1),
  /**
   * The dimension this predicate is about: when a plan groups or filters by it, the user has said which
   * values they want ("refunded orders") and the predicate gives way.
   */
  overriddenBy: identifier.optional(),
});

export const metricModel = z.object({
  name: identifier,
  label: z.string().min(1),
  description: z.string().default(''),
  /** Other words and phrases for this metric ("sales", "money made"). */
  synonyms: z.array(z.string()).default([]),
  /** The fact table the metric is computed over; its rows are what the aggregate counts. */
  table: identifier,
  /** The aggregate SQL expression, with columns qualified by table name: `SUM(orders.total)`. */
  expression: z.string().min(1),
  /** Tables the expression reads besides `table` (joined along the layer's joins). */
  uses: z.array(identifier).default([]),
  filters: z.array(metricFilterModel).default([]),
  /** The timestamp that places a row in time, for the range filter and time series. */
  time: z.object({ table: identifier, column: identifier }),
  format: z.enum(['currency', 'number', 'percent', 'ratio']),
  aggregation: z.enum(['sum', 'count', 'count_distinct', 'average', 'ratio']),
  /** For an average metric: the metric it averages ("average likes per post" averages `likes`). */
  averageOf: identifier.optional(),
  /**
   * Metrics that answer the same question at a finer grain, used when a breakdown cannot be reached from
   * this metric's table (revenue by category is product revenue by category).
   */
  alternatives: z.array(identifier).default([]),
  /** False for metrics where lower is better (refund rate): "best" then sorts ascending. */
  higherIsBetter: z.boolean().default(true),
  /**
   * What the figure is called when a filter of its own gives way to values the question names (`overriddenBy`):
   * revenue counts paid orders, and over refunded ones it is their "Order value", not revenue. Absent: its label.
   */
  unfilteredLabel: z.string().min(1).optional(),
  /**
   * Adjectives that rank the rows of an entity by this metric ("the biggest order": larger `big`; "the
   * cheapest product": smaller `cheap`). The metric is also what a bare amount means for those rows ("orders
   * over $250" are orders whose revenue is over 250). Superlatives ("biggest", "least expensive") are derived.
   */
  sizeWords: z.object({ larger: z.array(z.string()).default([]), smaller: z.array(z.string()).default([]) }).optional(),
  /**
   * For a metric askql adds to a layer (the count of the people behind a table's rows, and each total per
   * person): the metric it is built from. Its SQL is that metric's and the join's, checked there, never reported
   * against a metric the layer's author did not write.
   */
  derivedFrom: identifier.optional(),
});

export const dimensionValueModel = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
});

export const dimensionModel = z.object({
  name: identifier,
  label: z.string().min(1),
  /** Plural label for summaries ("posts", "countries"). */
  plural: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
  /**
   * The table the dimension's column lives in; reached from a metric's table through the joins. Omitted for
   * parts of time (`{time}` expressions), which every metric can use.
   */
  table: identifier.optional(),
  /**
   * SQL for the dimension's value. `{time}` stands for the metric's time column, for dimensions that are
   * parts of time (day of week, hour of day).
   */
  expression: z.string().min(1),
  /** Extra columns shown beside an entity's key (a post's caption, a product's title). */
  details: z.array(z.object({ name: identifier, expression: z.string().min(1) })).default([]),
  /** Known values, with the words people use for them ("reels", "the US"); empty for open-ended keys. */
  values: z.array(dimensionValueModel).default([]),
  /** The metric "best X" or "top X" means when the question names none. */
  defaultMetric: identifier.optional(),
  /**
   * The detail that names a row (a product's title): questions may name rows by it ("how many Cedar Backpacks
   * did we sell"), matched against the values in the warehouse, never against a list in the layer.
   */
  nameDetail: identifier.optional(),
  /**
   * The detail holding free text written on each row (a post's caption): "posts that mention the Soft Beanie"
   * are the rows whose text contains the name, any case.
   */
  textDetail: identifier.optional(),
});

export const joinModel = z.object({
  /** The many side: each row of `from` matches at most one row of `to`, so joins never fan out. */
  from: identifier,
  to: identifier,
  /** SQL join condition over table-qualified columns. */
  on: z.string().min(1),
  /**
   * When not every `from` row has a `to` row (a key that may be empty): the word for those that do ("attributed" for
   * orders linked to a post). A figure split or filtered by the `to` side counts only them, and is said so
   * ("Attributed revenue").
   */
  partial: z.string().min(1).optional(),
});

export const timeGrainModel = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/** The column that says whose row it is: the warehouse shows a user only the rows holding their id there. */
export const tenantModel = z.object({ column: identifier });

export const tableModel = z.object({
  name: identifier,
  description: z.string().default(''),
  /**
   * The columns askql may read, with what they mean. Omitted: every column the database has. Listing them
   * keeps the others (notes, e-mail addresses) out of the analyst's sight and out of its SQL.
   */
  columns: z.array(z.object({ name: identifier, description: z.string().default('') })).optional(),
  /** This table's tenant column, when it differs from the layer's `tenant`. */
  tenant: tenantModel.optional(),
  /** Other words for the things its rows are ("customers", "members"), besides the table's own name. */
  synonyms: z.array(z.string()).default([]),
  /**
   * The dimension that names one row's thing, for questions that rank without naming it ("what got the most
   * likes" ranks posts). Default: the table's name in the singular (`subscribers` → `subscriber`) when a
   * dimension has that name.
   */
  entity: identifier.optional(),
});

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * "SUM(invoice_lines.line_total - invoice_lines.cases * products.unit_cost)": the tables a metric's expression and
 * its own filters read by name are joined whenever it is asked, as if listed under `uses` (a layer's author who
 * leaves them out got SQL naming a table it never joined).
 */
function withTablesRead<
  T extends {
    tables: { name: string }[];
    metrics: { table: string; expression: string; uses: string[]; filters: { sql: string }[] }[];
  },
>(layer: T): T {
  const tables = new Set(layer.tables.map((table) => table.name));
  return {
    ...layer,
    metrics: layer.metrics.map((metric) => {
      const read = [metric.expression, ...metric.filters.map((filter) => filter.sql)]
        .join(' ')
        .replace(/'(?:[^']|'')*'/g, "''")
        .matchAll(/(?<![\w."])([A-Za-z_][A-Za-z0-9_]*)\.(?=[A-Za-z_"])/g);
      const uses = [...new Set([...metric.uses, ...[...read].map((match) => match[1] as string)])].filter(
        (table) => tables.has(table) && table !== metric.table,
      );
      return uses.length === metric.uses.length ? metric : { ...metric, uses };
    }),
  };
}

/**
 * Every layer has the days of the week: "invoices on weekends", "revenue by weekday" read the time column of the
 * figure asked (ISO day numbers, 1 = Monday, in DuckDB and PostgreSQL alike). A layer that names its own
 * day-of-week dimension (seven values labelled Monday to Sunday) keeps it, and gets no second one.
 */
function withDaysOfWeek<T extends { dimensions: z.infer<typeof dimensionModel>[] }>(layer: T): T {
  const own = layer.dimensions.find(
    (dimension) =>
      dimension.values.length === 7 && dimension.values.every((value, day) => value.label === WEEKDAYS[day]),
  );
  if (own) return withPartsOfWeek(layer, own);
  const taken = new Set(layer.dimensions.map((dimension) => dimension.name));
  const name = ['day_of_week', 'weekday', 'iso_day_of_week'].find((candidate) => !taken.has(candidate));
  if (name === undefined) return layer;
  const days = dimensionModel.parse({
    name,
    label: 'Day of week',
    plural: 'days of the week',
    synonyms: ['day of week', 'day of the week', 'weekday', 'weekdays', 'days of the week'],
    expression: 'CAST(EXTRACT(ISODOW FROM {time}) AS INTEGER)',
    values: WEEKDAYS.map((label, day) => ({
      value: String(day + 1),
      label,
      synonyms: [label.toLowerCase(), `${label.toLowerCase()}s`],
    })),
  });
  return withPartsOfWeek({ ...layer, dimensions: [...layer.dimensions, days] }, days);
}

/**
 * "Weekends vs weekdays": the days of the week in two parts, Monday to Friday and Saturday and Sunday, read from the
 * layer's day-of-week dimension, so each part is added up as one (never only shown day by day). Its values are
 * named by the days they hold, so no word of a question names them but the scan of weekends and weekdays.
 */
function withPartsOfWeek<T extends { dimensions: z.infer<typeof dimensionModel>[] }>(
  layer: T,
  days: z.infer<typeof dimensionModel>,
): T {
  const taken = new Set(layer.dimensions.map((dimension) => dimension.name));
  const name = ['part_of_week', 'weekday_or_weekend'].find((candidate) => !taken.has(candidate));
  if (name === undefined) return layer;
  const weekend = days.values.slice(5).map((value) => `'${value.value.replaceAll("'", "''")}'`);
  const parts = dimensionModel.parse({
    name,
    label: 'Part of week',
    plural: 'parts of the week',
    synonyms: ['part of week', 'part of the week'],
    expression: `CASE WHEN CAST((${days.expression}) AS VARCHAR) IN (${weekend.join(', ')}) THEN '${WEEKEND_PART}' ELSE '${WEEKDAY_PART}' END`,
    values: [
      { value: WEEKDAY_PART, label: 'Mon–Fri', synonyms: [] },
      { value: WEEKEND_PART, label: 'Sat–Sun', synonyms: [] },
    ],
  });
  return { ...layer, dimensions: [...layer.dimensions, parts] };
}

/** The values of the parts of the week (see `withPartsOfWeek`). */
export const WEEKDAY_PART = 'mon_fri';
export const WEEKEND_PART = 'sat_sun';

/** Whether a dimension is the parts of the week `withPartsOfWeek` adds: its two values are theirs. */
export function isPartsOfWeek(dimension: { readonly values: readonly { readonly value: string }[] }): boolean {
  const values = dimension.values.map(({ value }) => value);
  return values.length === 2 && values.includes(WEEKDAY_PART) && values.includes(WEEKEND_PART);
}

/**
 * Every table another one joins to has rows a question can name ("top 3 subscribers by amount billed", "the
 * invoices of sub_ac_05"): the join's column on that table is its key, since joins go from the many side to the
 * one. Unless a dimension reads that column already, or the table's list of columns leaves it out, the key becomes
 * a dimension named for one of the table's rows (`subscribers` → `subscriber`, so it is the table's entity), with
 * the table's other listed columns shown beside it and the first total of the rows that join to it as its figure.
 */
function withRowKeys<
  T extends {
    tables: z.infer<typeof tableModel>[];
    joins: z.infer<typeof joinModel>[];
    metrics: z.infer<typeof metricModel>[];
    dimensions: z.infer<typeof dimensionModel>[];
    tenant?: z.infer<typeof tenantModel> | undefined;
  },
>(layer: T): T {
  const added: z.infer<typeof dimensionModel>[] = [];
  const taken = new Set(layer.dimensions.map((dimension) => dimension.name));
  const read = new Set(layer.dimensions.map((dimension) => normalizeSql(dimension.expression)));
  for (const join of layer.joins) {
    const table = layer.tables.find((candidate) => candidate.name === join.to);
    const key = new RegExp(`\\b${join.to}\\.([a-z_][a-z0-9_]*)`).exec(join.on)?.[1];
    if (!table || key === undefined || table.entity !== undefined) continue;
    const expression = `${table.name}.${key}`;
    const noun = table.name.replaceAll('_', ' ');
    const name = singular(table.name);
    if (read.has(normalizeSql(expression)) || taken.has(name) || name === table.name) continue;
    if (table.columns !== undefined && !table.columns.some((column) => column.name === key)) continue;
    const tenantColumn = table.tenant?.column ?? layer.tenant?.column;
    const details = (table.columns ?? [])
      .filter((column) => column.name !== key && column.name !== tenantColumn)
      .map((column) => ({ name: `${name}_${column.name}`, expression: `${table.name}.${column.name}` }));
    const figure = layer.metrics.find(
      (metric) =>
        metric.aggregation === 'sum' &&
        layer.joins.some((other) => other.from === metric.table && other.to === table.name),
    );
    taken.add(name);
    read.add(normalizeSql(expression));
    const one = singular(noun);
    added.push(
      dimensionModel.parse({
        name,
        label: `${one.charAt(0).toUpperCase()}${one.slice(1)}`,
        plural: noun,
        synonyms: [...new Set([one, noun, ...table.synonyms.map((word) => word.toLowerCase())])],
        table: table.name,
        expression,
        details,
        ...(figure ? { defaultMetric: figure.name } : {}),
      }),
    );
  }
  return added.length === 0 ? layer : { ...layer, dimensions: [...layer.dimensions, ...added] };
}

/**
 * Every layer can count the people behind another table's rows ("how many different subscribers were invoiced"):
 * for each join from a table with a count of its rows to a table of people, a count of the distinct people those
 * rows lead to, unless the layer has one already (the demo's "customers who bought"). It keeps the row count's
 * time and filters, so the people counted are those with at least one of the rows counted.
 */
/**
 * The verb's participle a plural noun of rows is made from, where English makes it plainly: "enrollments" →
 * enrolled, "bookings" → booked, "completions" → completed, "payments" → paid; null otherwise.
 */
function participleOf(noun: string): string | null {
  const one = singular(noun.toLowerCase().replaceAll('_', ' ').trim());
  if (!/^[a-z]+$/.test(one)) return null;
  const stem = /ment$/.test(one)
    ? one.slice(0, -4)
    : /ing$/.test(one)
      ? one.slice(0, -3)
      : /[ce]tion$/.test(one)
        ? one.slice(0, -3)
        : null;
  if (stem === null || stem.length < 3) return null;
  return stem === 'pay' ? 'paid' : `${stem}ed`;
}

function withPeopleBehindRows<
  T extends {
    tables: z.infer<typeof tableModel>[];
    joins: z.infer<typeof joinModel>[];
    metrics: z.infer<typeof metricModel>[];
  },
>(layer: T): T {
  const added: z.infer<typeof metricModel>[] = [];
  const taken = new Set(layer.metrics.map((metric) => metric.name));
  for (const join of layer.joins) {
    const people = layer.tables.find((table) => table.name === join.to);
    if (!people || !holdsPeople(people)) continue;
    const key = new RegExp(`\\b${join.from}\\.([a-z_][a-z0-9_]*)`).exec(join.on)?.[1];
    const rows = layer.metrics.find(
      (metric) =>
        metric.table === join.from &&
        metric.aggregation === 'count' &&
        /^COUNT\(\s*\*\s*\)$/i.test(metric.expression.trim()),
    );
    if (key === undefined || !rows) continue;
    const counted = layer.metrics.some(
      (metric) =>
        metric.table === join.from &&
        metric.aggregation === 'count_distinct' &&
        new RegExp(`\\.${key}\\b`).test(metric.expression),
    );
    const peopleNoun = people.name.replaceAll('_', ' ');
    const name = `${people.name}_with_${join.from}`;
    if (counted || taken.has(name)) continue;
    taken.add(name);
    // "How many students enrolled", "learners who enrolled": the people said with their rows' verb ("enrollments").
    const done = participleOf(join.from) ?? participleOf(rows.label);
    const peopleNouns = [...new Set([peopleNoun, ...people.synonyms.map((noun) => noun.toLowerCase())])];
    added.push(
      metricModel.parse({
        name,
        label: `${peopleNoun.charAt(0).toUpperCase()}${peopleNoun.slice(1)} with ${rows.label.toLowerCase()}`,
        synonyms:
          done === null
            ? []
            : peopleNouns.flatMap((noun) => [`${noun} who ${done}`, `${noun} that ${done}`, `${noun} ${done}`]),
        description: `Distinct ${peopleNoun} with at least one of the ${rows.label.toLowerCase()}, each counted once.`,
        table: join.from,
        expression: `COUNT(DISTINCT ${join.from}.${key})`,
        filters: rows.filters,
        time: rows.time,
        format: 'number',
        aggregation: 'count_distinct',
        derivedFrom: rows.name,
      }),
    );
    // "Invoices per subscriber", "revenue per customer": each total of those rows over the people behind them.
    const person = singular(peopleNoun);
    const personNouns = [...new Set([person, ...people.synonyms.map((noun) => singular(noun.toLowerCase()))])];
    const totals = layer.metrics.filter(
      (metric) =>
        metric.table === join.from &&
        (metric.aggregation === 'sum' || metric === rows) &&
        !taken.has(`${metric.name}_per_${singular(people.name)}`),
    );
    for (const total of totals) {
      const perName = `${total.name}_per_${singular(people.name)}`;
      taken.add(perName);
      const words = [
        ...new Set([
          total.name.replaceAll('_', ' '),
          total.label.toLowerCase(),
          ...total.synonyms.map((word) => word.toLowerCase()),
        ]),
      ];
      added.push(
        metricModel.parse({
          name: perName,
          label: `${total.label} per ${person}`,
          description: `${total.label}${join.partial ? ` of the ${rows.label.toLowerCase()} with a ${person}` : ''} / ${peopleNoun} with at least one of the ${rows.label.toLowerCase()}.`,
          synonyms: words.flatMap((word) =>
            personNouns.flatMap((noun) => [`${word} per ${noun}`, `average ${word} per ${noun}`]),
          ),
          table: join.from,
          expression: `${total.expression} * 1.0 / NULLIF(COUNT(DISTINCT ${join.from}.${key}), 0)`,
          uses: total.uses,
          // (Where not every row has a person, "sales per member": only the rows that have one, over those people.)
          filters: join.partial ? [...total.filters, { sql: `${join.from}.${key} IS NOT NULL` }] : total.filters,
          time: total.time,
          format: total.format,
          aggregation: 'ratio',
          derivedFrom: total.name,
        }),
      );
    }
  }
  return added.length === 0 ? layer : { ...layer, metrics: [...layer.metrics, ...added] };
}

export const semanticLayerModel = z
  .object({
    name: z.string().default('custom'),
    /**
     * Whose rows are whose, for every table unless a table says otherwise: `{ column: user_id }` shows each
     * user only the rows holding their id in that column. Required (or `tenancy: single`) to serve.
     */
    tenant: tenantModel.optional(),
    /** `single`: one owner of the whole database (a self-hosted merchant); every user sees every row. */
    tenancy: z.literal('single').optional(),
    tables: z.array(tableModel).min(1),
    joins: z.array(joinModel).default([]),
    metrics: z.array(metricModel).min(1),
    dimensions: z.array(dimensionModel).default([]),
    grains: z.array(timeGrainModel).default(['day', 'week', 'month', 'quarter', 'year']),
    /** The ISO 4217 code of the layer's money (metrics with `format: currency`): how clients write it. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD or EUR')
      .default('USD'),
    /** The first day of a week, for "last week", "this week" and weekly series. */
    weekStart: z.enum(['monday', 'sunday']).default('monday'),
    /**
     * The month (1–12) the business's fiscal year starts in. Absent: "fiscal Q2" is not known and askql asks
     * whether the calendar quarter was meant. A fiscal year is named by the calendar year it ends in.
     */
    fiscalYearStart: z.number().int().min(1).max(12).optional(),
  })
  .superRefine((layer, context) => {
    const tables = new Set(layer.tables.map((table) => table.name));
    const metrics = new Set(layer.metrics.map((metric) => metric.name));
    const dimensions = new Set(layer.dimensions.map((dimension) => dimension.name));
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (metrics.size !== layer.metrics.length) problem(['metrics'], 'metric names must be unique');
    if (dimensions.size !== layer.dimensions.length) problem(['dimensions'], 'dimension names must be unique');
    if (tables.size !== layer.tables.length) problem(['tables'], 'table names must be unique');
    if (layer.tenant && layer.tenancy)
      problem(['tenancy'], 'give either tenant: { column } or tenancy: single, not both');
    layer.tables.forEach((table, index) => {
      if (table.tenant && layer.tenancy === 'single') {
        problem(['tables', index, 'tenant'], 'a table cannot have a tenant column when the layer has tenancy: single');
      }
    });
    layer.joins.forEach((join, index) => {
      if (!tables.has(join.from)) problem(['joins', index, 'from'], `unknown table ${join.from}`);
      if (!tables.has(join.to)) problem(['joins', index, 'to'], `unknown table ${join.to}`);
    });
    layer.metrics.forEach((metric, index) => {
      for (const table of [metric.table, metric.time.table, ...metric.uses]) {
        if (!tables.has(table)) problem(['metrics', index], `unknown table ${table}`);
      }
      for (const name of [
        ...metric.alternatives,
        ...(metric.averageOf ? [metric.averageOf] : []),
        ...(metric.derivedFrom ? [metric.derivedFrom] : []),
      ]) {
        if (!metrics.has(name)) problem(['metrics', index], `unknown metric ${name}`);
      }
      metric.filters.forEach((filter) => {
        if (filter.overriddenBy && !dimensions.has(filter.overriddenBy)) {
          problem(['metrics', index, 'filters'], `unknown dimension ${filter.overriddenBy}`);
        }
      });
    });
    layer.dimensions.forEach((dimension, index) => {
      for (const field of ['nameDetail', 'textDetail'] as const) {
        const detail = dimension[field];
        if (detail !== undefined && !dimension.details.some((candidate) => candidate.name === detail))
          problem(['dimensions', index, field], `unknown detail ${detail} (not one of the dimension's details)`);
      }
    });
    layer.tables.forEach((table, index) => {
      if (table.entity !== undefined && !dimensions.has(table.entity))
        problem(['tables', index, 'entity'], `unknown dimension ${table.entity}`);
    });
    layer.dimensions.forEach((dimension, index) => {
      if (dimension.table === undefined) {
        if (!dimension.expression.includes('{time}')) problem(['dimensions', index, 'table'], 'table is required');
      } else if (!tables.has(dimension.table)) {
        problem(['dimensions', index, 'table'], `unknown table ${dimension.table}`);
      }
      if (dimension.defaultMetric && !metrics.has(dimension.defaultMetric)) {
        problem(['dimensions', index, 'defaultMetric'], `unknown metric ${dimension.defaultMetric}`);
      }
    });
  })
  .transform(withTablesRead)
  .transform(withDaysOfWeek)
  .transform(withRowKeys)
  .transform(withPeopleBehindRows);

export type SemanticLayerInput = z.input<typeof semanticLayerModel>;
export type SemanticLayer = z.infer<typeof semanticLayerModel>;
export type Metric = SemanticLayer['metrics'][number];
export type Dimension = SemanticLayer['dimensions'][number];
export type Join = SemanticLayer['joins'][number];
export type LayerTable = SemanticLayer['tables'][number];
export type TimeGrain = z.infer<typeof timeGrainModel>;

/** A semantic layer file that could not be read or is not a valid layer; names every problem. */
export class SemanticLayerError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`invalid semantic layer ${path}: ${problems.join('; ')}`, options);
    this.name = 'SemanticLayerError';
  }
}

/** Validates a layer given as data (already parsed YAML/JSON or a TypeScript literal). */
export function defineSemanticLayer(input: SemanticLayerInput): SemanticLayer {
  return semanticLayerModel.parse(input);
}

/**
 * Loads a semantic layer from a YAML (`.yaml`, `.yml`) or JSON file validated against the model. Throws a
 * SemanticLayerError listing every problem.
 */
export async function loadSemanticLayer(path: string): Promise<SemanticLayer> {
  let raw: unknown;
  try {
    const text = await readFile(path, 'utf8');
    raw = ['.yaml', '.yml'].includes(extname(path).toLowerCase()) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new SemanticLayerError(path, [error instanceof Error ? error.message : String(error)], { cause: error });
  }
  const parsed = semanticLayerModel.safeParse(raw);
  if (!parsed.success) {
    throw new SemanticLayerError(
      path,
      parsed.error.issues.map((issue) => `${pathNamed(issue.path, raw) || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/**
 * A problem's place in the file, each list item named as the file names it: "metrics.1 (invoices).table" rather
 * than "metrics.1.table", so a layer of many metrics says which one is wrong.
 */
function pathNamed(path: readonly PropertyKey[], raw: unknown): string {
  let at = raw;
  return path
    .map((key) => {
      at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
      const name = typeof at === 'object' && at !== null ? (at as { name?: unknown }).name : undefined;
      return typeof key === 'number' && typeof name === 'string' ? `${key} (${name})` : String(key);
    })
    .join('.');
}

/** Lookups over a layer, built once per layer. */
export interface LayerIndex {
  readonly layer: SemanticLayer;
  metric(name: string): Metric | undefined;
  dimension(name: string): Dimension | undefined;
  /** Tables to join, in order, to reach `targets` from `from`; null when some target is unreachable. */
  joinPath(from: string, targets: readonly string[]): Join[] | null;
  /** True when the dimension can be used with a metric (its table is reachable from the metric's table). */
  reachable(metric: Metric, dimension: Dimension): boolean;
}

const indexes = new WeakMap<SemanticLayer, LayerIndex>();

/** The cached lookup index of a layer. */
export function indexLayer(layer: SemanticLayer): LayerIndex {
  const cached = indexes.get(layer);
  if (cached) return cached;
  const metrics = new Map(layer.metrics.map((metric) => [metric.name, metric]));
  const dimensions = new Map(layer.dimensions.map((dimension) => [dimension.name, dimension]));
  // Breadth-first over many-to-one joins, so a fact table reaches its dimensions by the shortest path.
  const pathsFrom = new Map<string, Map<string, Join[]>>();
  const paths = (from: string): Map<string, Join[]> => {
    const known = pathsFrom.get(from);
    if (known) return known;
    const found = new Map<string, Join[]>([[from, []]]);
    const queue = [from];
    while (queue.length > 0) {
      const table = queue.shift() as string;
      for (const join of layer.joins) {
        if (join.from === table && !found.has(join.to)) {
          found.set(join.to, [...(found.get(table) ?? []), join]);
          queue.push(join.to);
        }
      }
    }
    pathsFrom.set(from, found);
    return found;
  };
  const index: LayerIndex = {
    layer,
    metric: (name) => metrics.get(name),
    dimension: (name) => dimensions.get(name),
    joinPath(from, targets) {
      const reach = paths(from);
      const joins: Join[] = [];
      for (const target of targets) {
        const path = reach.get(target);
        if (!path) return null;
        for (const join of path) if (!joins.includes(join)) joins.push(join);
      }
      return joins;
    },
    reachable: (metric, dimension) => dimension.table === undefined || paths(metric.table).has(dimension.table),
  };
  indexes.set(layer, index);
  return index;
}

/**
 * The layer's first sum of money ("revenue", "amount billed"), or the first that reaches `thing` when one is
 * given: what "how much", "pay" or "spend" mean when the question names no figure.
 */
export function moneyReaching(index: LayerIndex, thing?: Dimension): Metric | undefined {
  return index.layer.metrics.find(
    (metric) =>
      metric.format === 'currency' &&
      metric.aggregation === 'sum' &&
      (thing === undefined || index.reachable(metric, thing)),
  );
}

/** A sum or a count: over no rows it is 0, and the rows with none of it are rows at 0, not rows without a value. */
export function addsUp(metric: Metric): boolean {
  return metric.aggregation === 'sum' || metric.aggregation === 'count' || metric.aggregation === 'count_distinct';
}

/**
 * The one value a metric is always counted over: revenue's "paid" status (its own predicate, overridden by that
 * dimension, names that value), so "paid revenue" is revenue and "paid orders" are orders.
 */
export function alwaysCounts(
  metric: Metric | undefined,
  filter: { readonly dimension: string; readonly operator: string; readonly values: readonly string[] },
): boolean {
  if (!metric || filter.operator !== 'eq' || filter.values.length !== 1) return false;
  const value = (filter.values[0] as string).toLowerCase();
  return metric.filters.some((own) => own.overriddenBy === filter.dimension && keptValue(own.sql) === value);
}

/**
 * The one value an own filter of a metric keeps (`orders.status = 'paid'` → "paid"), lowercase, or null. (An
 * equality on the value only: "status <> 'void'" leaves void rows out, so it keeps no one value.)
 */
export function keptValue(sql: string): string | null {
  return /(?<![<>!])=\s*'([^']+)'/.exec(sql)?.[1]?.toLowerCase() ?? null;
}

/**
 * The values an own filter of a metric always leaves out (`invoices.status <> 'void'` → ["void"]; `NOT IN ('a', 'b')`
 * → both), lowercase: the other side of `keptValue`.
 */
export function leftOutValues(sql: string): string[] {
  const unequal = [...sql.matchAll(/(?:<>|!=)\s*'((?:[^']|'')*)'/g)].map((match) => match[1] as string);
  const notIn = [...sql.matchAll(/\bNOT\s+IN\s*\(([^)]*)\)/gi)].flatMap((match) =>
    [...(match[1] as string).matchAll(/'((?:[^']|'')*)'/g)].map((value) => value[1] as string),
  );
  return [...unequal, ...notIn].map((value) => value.replaceAll("''", "'").toLowerCase());
}

/** A metric dated by its rows' creation (`created_at`, `signed_up_at`…): "new customers", "products added". */
/** The event a time column records, in words: `cancelled_at` → "cancelled", `checked_in_at` → "checked in". */
export function columnEvent(column: string): string {
  return column.replace(/_(?:at|on|date|time)$/, '').replaceAll('_', ' ');
}

export function countsCreations(metric: Metric): boolean {
  return /^(?:created|signed|joined|registered)/.test(metric.time.column);
}

/**
 * "Units sold last month and price by product": a figure of the rows broken down (a product's price), set beside
 * figures of other data, is theirs whatever the period (dated by the rows' own creation, the period would only
 * pick the rows added in it). True when the plan's period does not apply to the metric.
 */
export function undatedBeside(
  plan: { readonly metrics: readonly string[]; readonly dimensions: readonly string[] },
  metric: Metric,
  index: LayerIndex,
): boolean {
  const beside = plan.metrics.some((name) => {
    const other = index.metric(name);
    return (
      other !== undefined &&
      (other.table !== metric.table ||
        other.time.table !== metric.time.table ||
        other.time.column !== metric.time.column)
    );
  });
  // (Only a figure dated by its rows' creation: "likes by platform last month" beside revenue are last month's likes.)
  return (
    beside &&
    !metric.aggregation.startsWith('count') &&
    countsCreations(metric) &&
    plan.dimensions.some((name) => index.dimension(name)?.table === metric.time.table)
  );
}

/**
 * A metric's label over a time range. A count of rows by their creation ("New customers", "Products added")
 * over all time counts every row there is: said "Customers", "Products", never "new"; over a period, another
 * figure of those rows is theirs ("Price of products added"), when the layer is given.
 */
export function metricLabelOver(metric: Metric, timeRange: { readonly kind: string }, layer?: SemanticLayer): string {
  // "Price, February 2026" is the price of the products added then: a figure of rows dated by their creation.
  if (timeRange.kind !== 'all' && !metric.aggregation.startsWith('count') && countsCreations(metric)) {
    const created = layer?.metrics.find(
      (other) => other.table === metric.table && other.aggregation === 'count' && countsCreations(other),
    );
    if (created && metric.time.table === metric.table) return `${metric.label} of ${created.label.toLowerCase()}`;
  }
  if (timeRange.kind !== 'all' || !countsCreations(metric)) return metric.label;
  const plain = metric.label.replace(/^new\s+/i, '').replace(/\s+added$/i, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/**
 * True when a metric counts the very rows a dimension names, so it is 1 for each of them and ranks nothing:
 * orders per order, `COUNT(DISTINCT orders.customer_id)` per customer. Dimensions with listed values (a
 * platform's posts) are groups, not rows.
 */
export function countsRowsOf(metric: Metric, dimension: Dimension): boolean {
  if (dimension.values.length > 0 || !metric.aggregation.startsWith('count')) return false;
  if (metric.table === dimension.table) return true;
  const counted = /^COUNT\(\s*DISTINCT\s+(?:\w+\.)?(\w+)\s*\)$/i.exec(metric.expression.trim())?.[1];
  const key = /(?:^|\.)(\w+)$/.exec(dimension.expression.trim())?.[1];
  return counted !== undefined && counted === key;
}

/** An SQL expression without its spacing or case, to tell two spellings of one column apart from two columns. */
export function normalizeSql(expression: string): string {
  return expression.replace(/\s+/g, '').toLowerCase();
}

/** The detail holding a row's free text (its `textDetail`, a post's caption), searched for mentions. */
export function textDetailOf(dimension: Dimension): Dimension['details'][number] | undefined {
  return dimension.details.find((detail) => detail.name === dimension.textDetail);
}

/**
 * The detail of a thing that is its own time (an invoice's issue date, a product's creation): the time column of a
 * metric of the thing's own table, shown beside it. Undefined when the layer shows no such detail.
 */
export function timeDetailOf(dimension: Dimension, layer: SemanticLayer): Dimension['details'][number] | undefined {
  const times = new Set(
    layer.metrics
      .filter((metric) => metric.table === dimension.table && metric.time.table === dimension.table)
      .map((metric) => normalizeSql(`${metric.time.table}.${metric.time.column}`)),
  );
  return dimension.details.find((detail) => times.has(normalizeSql(detail.expression)));
}

/** What one row of a dimension is called: "invoice" for the Invoice ID. */
export function rowNoun(dimension: { readonly label: string }): string {
  return dimension.label.replace(/\s+ids?$/i, '').toLowerCase();
}

/**
 * The column that dates a table's rows by their creation ("subscribers.created_at"): the time of the layer's count
 * of that table's new rows; null when no figure counts them.
 */
export function creationColumn(layer: SemanticLayer, table: string): string | null {
  const created = layer.metrics.find(
    (metric) => metric.table === table && metric.aggregation === 'count' && countsCreations(metric),
  );
  return created && created.time.table === table ? `${table}.${created.time.column}` : null;
}

/**
 * When a table's rows were made: its creation column ("customers.created_at"), or else the own time of a count of
 * its rows ("social_posts.posted_at"); null when the layer says neither.
 */
export function madeColumn(layer: SemanticLayer, table: string): string | null {
  const created = creationColumn(layer, table);
  if (created !== null) return created;
  const counted = ownCount(layer, table);
  return counted ? `${table}.${counted.time.column}` : null;
}

/** The count of a table's rows over their own time ("new subscribers"), when the layer has one. */
export function ownCount(layer: SemanticLayer, table: string): Metric | undefined {
  return layer.metrics.find(
    (metric) => metric.table === table && metric.aggregation === 'count' && metric.time.table === table,
  );
}
