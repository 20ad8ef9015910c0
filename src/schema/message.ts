import { builder } from './builder.js';
import { userError } from './errors.js';
import { ConversationRef, MessageRef, loadConversation, messageNodeId, parseMessageNodeId } from './history-refs.js';
import { AskOutcomeRef, InterpretationRef, interpretationOf } from './interpretation.js';

export { MessageRef, loadMessage } from './history-refs.js';

/** What QueryResult shows: a warehouse result, or the bounded copy kept with an assistant message. */
export interface QueryResultShape {
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  readonly rowCount: number;
  readonly truncated: boolean;
}

/** A number in an answer and the cells it came from. */
export interface CitationShape {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly computation: string;
  readonly cells: readonly { readonly row: number; readonly column: string }[];
}

export const MessageRoleEnum = builder.enumType('MessageRole', {
  values: { USER: { value: 'user' }, ASSISTANT: { value: 'assistant' } } as const,
});

export const MessageStatusEnum = builder.enumType('MessageStatus', {
  values: {
    COMPLETE: { value: 'complete', description: 'Saved in full.' },
    FAILED: { value: 'failed', description: 'The run failed; content says why.' },
    CANCELLED: { value: 'cancelled', description: 'The user stopped the run; content holds what was written so far.' },
  } as const,
});

export const RatingValueEnum = builder.enumType('RatingValue', { values: ['UP', 'DOWN'] as const });

const ResultColumnRef = builder.objectRef<QueryResultShape['columns'][number]>('ResultColumn').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'text, integer, decimal, float, boolean, timestamp or date.' }),
  }),
});

/** The rows a query returned, with their columns. */
export const QueryResultRef = builder.objectRef<QueryResultShape>('QueryResult').implement({
  description: 'A query result: columns, and rows as arrays of cells in column order.',
  fields: (t) => ({
    columns: t.field({ type: [ResultColumnRef], resolve: (result) => result.columns }),
    rows: t.field({
      type: 'JSON',
      description: 'An array of rows, each an array of cells (string, number, boolean or null) in column order.',
      resolve: (result) => result.rows,
    }),
    rowCount: t.exposeInt('rowCount', { description: 'Rows the query returned.' }),
    truncated: t.exposeBoolean('truncated', { description: 'True when rows were dropped (row cap, or the copy kept with a message).' }),
  }),
});

const CitationCellRef = builder.objectRef<CitationShape['cells'][number]>('CitationCell').implement({
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Index into QueryResult.rows.' }),
    column: t.exposeString('column'),
  }),
});

export const CitationRef = builder.objectRef<CitationShape>('Citation').implement({
  description: 'Where a number in an answer came from: its span in the text, the cells, and how it was computed.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character in the answer text.' }),
    end: t.exposeInt('end', { description: 'Offset after the last character.' }),
    text: t.exposeString('text'),
    computation: t.exposeString('computation', { description: '"value", "sum", "share of total"…' }),
    cells: t.field({ type: [CitationCellRef], resolve: (citation) => citation.cells }),
  }),
});

const RatingRef = builder.objectRef<{ value: 'UP' | 'DOWN'; comment: string | null; ratedAt: Date }>('Rating').implement({
  fields: (t) => ({
    value: t.field({ type: RatingValueEnum, resolve: (rating) => rating.value }),
    comment: t.exposeString('comment', { nullable: true }),
    ratedAt: t.field({ type: 'DateTime', resolve: (rating) => rating.ratedAt }),
  }),
});

builder.node(MessageRef, {
  description: 'A question or an answer in a conversation.',
  id: { resolve: (message) => messageNodeId(message) },
  loadMany: (ids, context) =>
    Promise.all(
      ids.map((id) => {
        const key = parseMessageNodeId(id);
        return key ? context.loaders.history.message.load(key) : null;
      }),
    ),
  fields: (t) => ({
    role: t.field({ type: MessageRoleEnum, resolve: (message) => message.role }),
    content: t.exposeString('content', { description: 'The question, or the answer text.' }),
    status: t.field({ type: MessageStatusEnum, resolve: (message) => message.status }),
    createdAt: t.field({ type: 'DateTime', resolve: (message) => message.createdAt }),
    conversation: t.field({
      type: ConversationRef,
      resolve: async (message, _args, context) => {
        const conversation = await loadConversation(context, message.conversationId);
        if (!conversation) throw userError('NOT_FOUND', 'The conversation of this message was deleted.');
        return conversation;
      },
    }),
    sql: t.string({ nullable: true, description: 'The SQL that produced the answer.', resolve: (message) => message.result?.sql ?? null }),
    result: t.field({ type: QueryResultRef, nullable: true, resolve: (message) => message.result }),
    chart: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A Vega-Lite spec of the result, or null when a chart would not help.',
      resolve: (message) => message.result?.chart ?? null,
    }),
    citations: t.field({ type: [CitationRef], resolve: (message) => message.result?.citations ?? [] }),
    suggestions: t.stringList({
      description: 'Follow-up questions worth asking next.',
      resolve: (message) => message.result?.suggestions ?? [],
    }),
    rating: t.field({ type: RatingRef, nullable: true, resolve: (message) => message.rating }),
    outcome: t.field({
      type: AskOutcomeRef,
      nullable: true,
      description: 'How an answer ended (Answered, Clarification, Declined, DirectReply); null for questions and failed runs.',
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
