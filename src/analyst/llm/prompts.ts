import type { SemanticLayer } from '../semantic-layer.js';
import type { SchemaDescription } from '../../warehouse/warehouse.js';

/**
 * Every prompt the LLM analyst sends, as named constants, plus the small renderers that fill them in.
 * Placeholders are written {like_this} and filled by `fill`; nothing else builds prompt text.
 */

export const PLAN_SYSTEM_PROMPT = `You turn a user's question about their own business data into a query plan.
Today is {today}. Weeks start on Monday. "Last month" is the previous calendar month; "last 30 days" ends yesterday.

The semantic layer (the only metrics, dimensions and values you may use in a plan):
{layer}

Answer by calling the tool with one decision:
- action "query": the question can be answered with the layer. Give "plan" (metrics and dimensions by their exact names,
  filter values by their exact values, a time range, grain for a time series, sort/limit for top or bottom N, a comparison
  for "vs" questions, "per" for a figure averaged per day, week or month of the period, as in "average daily ...", "perRow" (a dimension of the metrics' own table, or of a table they reach) for a figure averaged per row of that thing, as in "the average invoice" or "spend per buying customer", "conditions" for rows picked by a figure of theirs, as in "invoices over $250" or "customers with nothing billed last week" (at most 0, which keeps the rows with none), "everyValue" for dimensions (a status) every value of which a list of rows takes, as in "list Logan's appointments" where the figure beside them counts only completed ones), "share" for a share of a total (its "dimension" the filtered part, as in "what share of the total came from one region", "conditions" true when the rows passing the conditions are the part, or "of" a wider metric that the plan's one metric counts fewer rows of), "summary" (the plan in one plain sentence) and, for a follow-up, "change" (what changed from the
  previous question's plan, e.g. "Same period, one value instead of another"; null otherwise).
- action "custom_sql": the question is about this user's data but the layer cannot express it; give a "plan" whose
  metrics/dimensions name what must be computed (free names), and a "summary". SQL will be written for it separately.
- action "reply": no data is needed (greeting, help) or the question cannot be answered from this data (other people's
  data, things not recorded, nonsense): give "reason" (greeting, help, unanswerable, clarify), a short "reply" and up to
  three "suggestions" of questions the layer can answer. Never answer a different question than the one asked.
A follow-up ("what about <another value>?", "and last month?", "break that down by <a dimension>") keeps everything
from the previous plan that it does not change.`;

export const PLAN_RETRY_PROMPT = `Your previous decision could not be used: {problem}
Call the tool again with a corrected decision.`;

export const SQL_SYSTEM_PROMPT = `You write one read-only {dialect} SQL query that answers a user's question.
Rules: exactly one SELECT statement (WITH is allowed); only the tables and columns below; no other schemas, system
catalogs, table functions or files; do not filter by the tenant column (the database already shows only this user's
rows); give every output column a short snake_case alias; order the rows the way the question asks; add a LIMIT of at
most 1000. Today is {today}. Timestamps are UTC. A figure the metrics below define is computed as they define it
(with their filters) unless the question says otherwise.

Tables:
{schema}

Metrics:
{metrics}

Answer by calling the tool with the SQL.`;

export const SQL_USER_PROMPT = `Question: {question}
What it should compute (a query plan): {plan}
{failures}`;

export const SQL_FAILURES_PROMPT = `Earlier attempts were rejected; fix the problem named in each:
{failures}`;

export const INTERPRET_SYSTEM_PROMPT = `You explain a query result to a business owner in two to four short sentences of business insight:
who or what leads and by how much, how it compares with the rest or the average, the change over time or against the
previous period, anything unusual. Write plain prose, no lists, no headings, no markdown.
Use only figures that appear in the data below or that you compute exactly from it (totals, shares, differences,
percentage changes, ratios, averages). Every figure you write is checked against the data and the answer is rejected
if one cannot be traced. Format money like $12,345.67, counts with thousands separators, shares and changes as
percentages with one decimal (34.5%). Do not write years or dates that are not in the data; refer to the period the way
the question does ("last month"). Do not restate the question. Say what the data shows, never why: no causes
("because", "driven by", "due to"), which the data cannot show and the check rejects.`;

export const INTERPRET_USER_PROMPT = `Question: {question}
What was computed: {summary}
Columns: {columns}
Rows returned: {row_count}{truncated}
Column aggregates: {aggregates}
{rows}
Facts computed from the result (all figures verified): {insights}
{feedback}`;

export const INTERPRET_ROWS_PROMPT = `Rows (JSON, first {shown} of {row_count}):
{rows}`;

export const INTERPRET_NO_ROWS_PROMPT = `(The user keeps row values private: use only the column names, the aggregates and the facts above.)`;

export const INTERPRET_FEEDBACK_PROMPT = `Your previous answer was rejected: {feedback}
Write the answer again using only figures from the data.`;

/** Fills `{name}` placeholders; a missing value is an error, so a renamed placeholder cannot go out silently. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt placeholder {${name}} has no value`);
    return value;
  });
}

/** The semantic layer as the planning prompt shows it: its data, then names, labels, formats, values. */
export function describeLayer(layer: SemanticLayer): string {
  const tables = layer.tables.map(
    (table) => `- table ${table.name}${table.description ? ` — ${table.description}` : ''}`,
  );
  const metrics = layer.metrics.map(
    (metric) =>
      `- metric ${metric.name}: ${metric.label}${metric.description ? ` — ${metric.description}` : ''} (${metric.format}; table ${metric.table})`,
  );
  const dimensions = layer.dimensions.map((dimension) => {
    const values =
      dimension.values.length > 0
        ? `; values: ${dimension.values.map((value) => `${value.value} (${value.label})`).join(', ')}`
        : '';
    const text = dimension.textDetail
      ? `; its rows have text (${dimension.textDetail}): a filter with operator "mentions" keeps those whose text names a value`
      : '';
    return `- dimension ${dimension.name}: ${dimension.label}${dimension.table ? ` (table ${dimension.table})` : ''}${values}${text}`;
  });
  return [`Data "${layer.name}":`, ...tables, ...metrics, ...dimensions, `- grains: ${layer.grains.join(', ')}`].join(
    '\n',
  );
}

/** The layer's metrics as SQL, for the SQL prompt: what each figure means in this warehouse. */
export function describeMetricSql(layer: SemanticLayer): string {
  return layer.metrics
    .map((metric) => {
      const filters =
        metric.filters.length > 0 ? ` WHERE ${metric.filters.map((filter) => filter.sql).join(' AND ')}` : '';
      return `  ${metric.name} (${metric.label}) = ${metric.expression} FROM ${metric.table}${filters}; time: ${metric.time.table}.${metric.time.column}`;
    })
    .join('\n');
}

/** The warehouse schema as the SQL prompt shows it. */
export function describeSchema(schema: SchemaDescription): string {
  return schema.tables
    .map((table) => {
      const columns = table.columns.map((column) => {
        const samples =
          column.sampleValues && column.sampleValues.length > 0
            ? ` e.g. ${column.sampleValues.slice(0, 8).join(', ')}`
            : '';
        return `    ${column.name} ${column.type}${column.description ? ` — ${column.description}` : ''}${samples}`;
      });
      return `  ${table.name}${table.description ? ` — ${table.description}` : ''}\n${columns.join('\n')}`;
    })
    .join('\n');
}
