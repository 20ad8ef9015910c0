import { builder } from './builder.js';
import { userError } from './errors.js';
import { ConversationRef, MessageRef, loadConversation, messageNodeId, parseMessageNodeId } from './history-refs.js';
import { plainColumns, type PresentedColumn, type ValueLabel } from '../analyst/answer/column-presentation.js';
import type { ResultColumn } from '../warehouse/warehouse.js';
import { AskOutcomeRef, InterpretationRef, interpretationOf } from './interpretation.js';

export { MessageRef, loadMessage } from './history-refs.js';

/** What QueryResult shows: a warehouse result, or the bounded copy kept with an assistant message. */
export interface QueryResultShape {
  /** Columns carry their presentation when the answer gave them one (older messages' columns do not). */
  readonly columns: readonly (StoredColumn | PresentedColumn)[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  readonly rowCount: number;
  readonly truncated: boolean;
  readonly order?: readonly number[];
}

type StoredColumn = { readonly name: string; readonly type: string } & Partial<Omit<PresentedColumn, 'name' | 'type'>>;

/** A number in an answer and the cells it came from. */
export interface CitationShape {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly computation: string;
  readonly cells: readonly { readonly row: number; readonly column: string }[];
}

export const MessageRoleEnum = builder.enumType('MessageRole', {
  description: 'Who wrote a message.',
  values: {
    USER: { value: 'user', description: 'A question the user asked.' },
    ASSISTANT: { value: 'assistant', description: 'askql’s answer (or why there is none).' },
  } as const,
});

export const MessageStatusEnum = builder.enumType('MessageStatus', {
  description: 'Whether a message holds all it should.',
  values: {
    COMPLETE: { value: 'complete', description: 'Saved in full.' },
    FAILED: { value: 'failed', description: 'The run failed; content says why.' },
    CANCELLED: { value: 'cancelled', description: 'The user stopped the run; content holds what was written so far.' },
  } as const,
});

export const RatingValueEnum = builder.enumType('RatingValue', {
  description: 'What the user thought of an answer.',
  values: {
    UP: { description: 'Thumbs up: the answer helped.' },
    DOWN: { description: 'Thumbs down: the answer was wrong or did not help.' },
  } as const,
});

const ColumnFormatEnum = builder.enumType('ColumnFormat', {
  description: 'How the cells of a result column are written for people.',
  values: {
    CURRENCY: { value: 'currency', description: 'Money in `ResultColumn.currency`: 165390.7 → $165,390.70.' },
    PERCENT: { value: 'percent', description: 'A fraction shown as a percentage: 0.081 → 8.1%.' },
    COUNT: { value: 'count', description: 'A whole number, grouped: 12034 → 12,034.' },
    NUMBER: { value: 'number', description: 'A number with up to two decimals: 3.14159 → 3.14.' },
    RATIO: { value: 'ratio', description: 'A plain multiple or ratio: 2.5 → 2.5.' },
    DATE: {
      value: 'date',
      description: 'A date, or the start of the bucket `ResultColumn.grain` names: 2026-03-01 by month → March 2026.',
    },
    TIMESTAMP: { value: 'timestamp', description: 'An instant (ISO 8601, UTC).' },
    TEXT: { value: 'text', description: 'Text, with coded values named by `ResultColumn.valueLabels`.' },
    BOOLEAN: { value: 'boolean', description: 'true or false: Yes or No.' },
  } as const,
});

const ColumnRoleEnum = builder.enumType('ColumnRole', {
  description: 'What a column is in the answer.',
  values: {
    TIME: { value: 'time', description: 'The time bucket of a series.' },
    DIMENSION: { value: 'dimension', description: 'A value the rows are grouped by (platform, product id).' },
    NAME: { value: 'name', description: "A title or caption naming the row's entity: read first, before its id." },
    DETAIL: { value: 'detail', description: "Another column describing the row's entity." },
    METRIC: { value: 'metric', description: 'A measured figure.' },
    PREVIOUS: { value: 'previous', description: "A metric's value in the previous period, for comparison." },
    OTHER: {
      value: 'other',
      description: 'Anything else (SQL the model wrote itself, or a message saved before columns had roles).',
    },
  } as const,
});

const TimeGrainEnum = builder.enumType('TimeGrain', {
  description: 'The size of a time bucket.',
  values: {
    DAY: { value: 'day', description: 'One calendar day.' },
    WEEK: { value: 'week', description: 'A week, named by its first day (Monday).' },
    MONTH: { value: 'month', description: 'A calendar month, named by its first day.' },
    QUARTER: { value: 'quarter', description: 'A calendar quarter, named by its first day.' },
    YEAR: { value: 'year', description: 'A calendar year, named by its first day.' },
  } as const,
});

const ValueLabelRef = builder.objectRef<ValueLabel>('ValueLabel').implement({
  description: 'How a coded value is shown: online_store → "Online store".',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value as it appears in the rows (as a string).' }),
    label: t.exposeString('label', { description: 'The value in words.' }),
  }),
});

/** A stored column's presentation, or one worked out from its name and type for messages saved without it. */
function presented(column: StoredColumn | PresentedColumn): PresentedColumn {
  if (column.label !== undefined && column.format !== undefined && column.role !== undefined) {
    return { currency: null, grain: null, valueLabels: [], ...column } as PresentedColumn;
  }
  const [plain] = plainColumns([column as ResultColumn]).columns;
  if (!plain) throw new Error('plainColumns returned no column for one column');
  return plain;
}

const ResultColumnRef = builder.objectRef<QueryResultShape['columns'][number]>('ResultColumn').implement({
  description: 'A column of a query result, with how to show it (from the semantic layer).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The column name the query returned (`product_title`).' }),
    type: t.exposeString('type', { description: 'text, integer, decimal, float, boolean, timestamp or date.' }),
    label: t.string({
      description: 'The header in words ("Product title", "Revenue").',
      resolve: (column) => presented(column).label,
    }),
    format: t.field({
      type: ColumnFormatEnum,
      description: 'How to write its cells.',
      resolve: (column) => presented(column).format,
    }),
    currency: t.string({
      nullable: true,
      description: 'ISO 4217 code of a CURRENCY column ("USD"); null otherwise.',
      resolve: (column) => presented(column).currency,
    }),
    grain: t.field({
      type: TimeGrainEnum,
      nullable: true,
      description: 'For the TIME column: the bucket each date starts; null otherwise.',
      resolve: (column) => presented(column).grain,
    }),
    role: t.field({
      type: ColumnRoleEnum,
      description: 'What the column is in the answer.',
      resolve: (column) => presented(column).role,
    }),
    valueLabels: t.field({
      type: [ValueLabelRef],
      description: 'Labels of the coded values in these rows, only where a label differs from the value (at most 200).',
      resolve: (column) => presented(column).valueLabels,
    }),
  }),
});

/** The rows a query returned, with their columns. */
export const QueryResultRef = builder.objectRef<QueryResultShape>('QueryResult').implement({
  description: 'A query result: columns, and rows as arrays of cells in column order.',
  fields: (t) => ({
    columns: t.field({
      type: [ResultColumnRef],
      description: 'The columns, in the order of each row’s cells.',
      resolve: (result) => result.columns,
    }),
    columnOrder: t.field({
      type: ['Int'],
      description:
        "Column indexes in the order a person reads them (an entity's name first, the id it names last); rows stay in `columns` order.",
      resolve: (result) => result.order ?? result.columns.map((_, index) => index),
    }),
    rows: t.field({
      type: 'JSON',
      description: 'An array of rows, each an array of cells (string, number, boolean or null) in column order.',
      resolve: (result) => result.rows,
    }),
    rowCount: t.exposeInt('rowCount', {
      description:
        'Rows the query returned (at most the row cap, ASKQL_ROW_CAP, 1,000 by default); may exceed the rows kept here.',
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when rows were dropped (row cap, or the copy kept with a message).',
    }),
  }),
});

const CitationCellRef = builder.objectRef<CitationShape['cells'][number]>('CitationCell').implement({
  description: 'A cell of the result a number in the answer was read or computed from.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Index into QueryResult.rows (from 0).' }),
    column: t.exposeString('column', { description: 'The cell’s column, by ResultColumn.name.' }),
  }),
});

export const CitationRef = builder.objectRef<CitationShape>('Citation').implement({
  description: 'Where a number in an answer came from: its span in the text, the cells, and how it was computed.',
  fields: (t) => ({
    start: t.exposeInt('start', {
      description: 'Offset of the first character in the answer text (UTF-16 code units, from 0).',
    }),
    end: t.exposeInt('end', { description: 'Offset after the last character (UTF-16 code units).' }),
    text: t.exposeString('text', { description: 'The number as the answer writes it: "$12,430".' }),
    computation: t.exposeString('computation', {
      description: 'How it was computed from the cells: "value", "sum", "share of total"…',
    }),
    cells: t.field({
      type: [CitationCellRef],
      description: 'The cells it came from.',
      resolve: (citation) => citation.cells,
    }),
  }),
});

const RatingRef = builder
  .objectRef<{ value: 'UP' | 'DOWN'; comment: string | null; ratedAt: Date }>('Rating')
  .implement({
    description: 'What the user thought of an answer (rateAnswer); the latest rating replaces earlier ones.',
    fields: (t) => ({
      value: t.field({ type: RatingValueEnum, description: 'Thumbs up or down.', resolve: (rating) => rating.value }),
      comment: t.exposeString('comment', {
        nullable: true,
        description: 'Why, in the user’s words (at most 2,000 characters); null when none was given.',
      }),
      ratedAt: t.field({
        type: 'DateTime',
        description: 'When the answer was rated.',
        resolve: (rating) => rating.ratedAt,
      }),
    }),
  });

builder.node(MessageRef, {
  description: 'A question or an answer in a conversation.',
  id: { resolve: (message) => messageNodeId(message) },
  loadMany: (ids, context) =>
    Promise.all(
      ids.map((id) => {
        const key = parseMessageNodeId(id);
        return key ? context.loaders.history.message.load(key) : Promise.resolve(null);
      }),
    ),
  fields: (t) => ({
    role: t.field({
      type: MessageRoleEnum,
      description: 'A question (USER) or an answer (ASSISTANT).',
      resolve: (message) => message.role,
    }),
    content: t.exposeString('content', { description: 'The question, or the answer text.' }),
    status: t.field({
      type: MessageStatusEnum,
      description: 'Whether the message holds all it should.',
      resolve: (message) => message.status,
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the message was saved.',
      resolve: (message) => message.createdAt,
    }),
    conversation: t.field({
      type: ConversationRef,
      description: 'The conversation the message belongs to.',
      resolve: async (message, _args, context) => {
        const conversation = await loadConversation(context, message.conversationId);
        if (!conversation) throw userError('NOT_FOUND', 'The conversation of this message was deleted.');
        return conversation;
      },
    }),
    sql: t.string({
      nullable: true,
      description: 'The SQL that produced the answer.',
      resolve: (message) => message.result?.sql ?? null,
    }),
    result: t.field({
      type: QueryResultRef,
      nullable: true,
      description:
        'The rows the answer is based on, as kept with it (bounded: see QueryResult.truncated); null for questions and answers without a query.',
      resolve: (message) => message.result,
    }),
    chart: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A Vega-Lite spec of the result, or null when a chart would not help.',
      resolve: (message) => message.result?.chart ?? null,
    }),
    citations: t.field({
      type: [CitationRef],
      description: 'Where each number in the answer came from; empty for questions.',
      resolve: (message) => message.result?.citations ?? [],
    }),
    suggestions: t.stringList({
      description: 'Follow-up questions worth asking next.',
      resolve: (message) => message.result?.suggestions ?? [],
    }),
    rating: t.field({
      type: RatingRef,
      nullable: true,
      description: 'The user’s rating of this answer; null until rated.',
      resolve: (message) => message.rating,
    }),
    outcome: t.field({
      type: AskOutcomeRef,
      nullable: true,
      description:
        'How an answer ended (Answered, Clarification, Declined, DirectReply); null for questions and failed runs.',
      resolve: (message) => message.outcome,
    }),
    interpretation: t.field({
      type: InterpretationRef,
      nullable: true,
      description: 'What the question was understood to ask; null unless answered.',
      resolve: (message) => interpretationOf(message.outcome),
    }),
  }),
});
