import { z } from 'zod';
import { askOutcomeModel } from '../analyst/outcome.js';
import { COLUMN_FORMATS, COLUMN_ROLES } from '../analyst/answer/column-presentation.js';

/**
 * What a conversation and its messages look like once read from Firestore. The zod models are the
 * boundary: every document read goes through them (see converters.ts), so a malformed document is an
 * error with a path, never a half-typed object deep inside a resolver.
 */

export const MESSAGE_ROLES = ['user', 'assistant'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const MESSAGE_STATUSES = ['complete', 'failed', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const RATING_VALUES = ['UP', 'DOWN'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

/** How many of a conversation's latest message ids its document keeps (the default message page is 50). */
export const LATEST_MESSAGE_IDS_KEPT = 50;

/** Rows kept with an assistant message: a bounded copy, enough to redraw the table and the chart. */
export const STORED_ROWS_MAX = 200;

const cellModel = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A result column; its presentation (label, format…) is absent on messages saved before columns carried one. */
export const resultColumnModel = z.object({
  name: z.string(),
  type: z.enum(['text', 'integer', 'decimal', 'float', 'boolean', 'timestamp', 'date']),
  label: z.string().optional(),
  format: z.enum(COLUMN_FORMATS).optional(),
  currency: z.string().nullable().optional(),
  grain: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable().optional(),
  role: z.enum(COLUMN_ROLES).optional(),
  valueLabels: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});

export const citationModel = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  computation: z.string(),
  cells: z.array(z.object({ row: z.number().int().min(0), column: z.string() })),
});

/** The assistant's structured result, as askQuery saves it with the answer. */
export const assistantResultModel = z.object({
  sql: z.string().nullable(),
  columns: z.array(resultColumnModel),
  rows: z.array(z.array(cellModel)),
  /** Column indexes in reading order (an entity's name first, the id it names last); absent on older messages. */
  order: z.array(z.number().int().min(0)).optional(),
  /** Rows the query returned (before this copy was bounded). */
  rowCount: z.number().int().min(0),
  /** True when the query hit the row cap or this copy dropped rows. */
  truncated: z.boolean(),
  /** A Vega-Lite spec, or null when the result is not worth a chart. */
  chart: z.record(z.string(), z.unknown()).nullable(),
  citations: z.array(citationModel),
  suggestions: z.array(z.string()),
  /** The query plan (see analyst/plan.ts), kept for follow-up questions. */
  plan: z.unknown().nullable(),
});

export const ratingModel = z.object({
  value: z.enum(RATING_VALUES),
  comment: z.string().nullable(),
  ratedAt: z.date(),
});

export const conversationModel = z.object({
  id: z.string(),
  title: z.string(),
  preview: z.string(),
  messageCount: z.number().int().min(0),
  createdAt: z.date(),
  updatedAt: z.date(),
  /**
   * Ids of the latest messages (up to LATEST_MESSAGE_IDS_KEPT, oldest first), kept with the conversation in
   * the transaction that saves each message, so a page of conversations gets its latest messages with one
   * `getAll` instead of one query per conversation.
   */
  latestMessageIds: z.array(z.string()).default([]),
});

export const messageModel = z.object({
  id: z.string(),
  conversationId: z.string(),
  /** Position in the conversation, 1-based: assigned in the same transaction that counts the message. */
  seq: z.number().int().min(1),
  role: z.enum(MESSAGE_ROLES),
  content: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  createdAt: z.date(),
  runId: z.string().nullable(),
  result: assistantResultModel.nullable(),
  rating: ratingModel.nullable(),
  /** How the question ended (answer with its interpretation, clarification, decline, reply); null for questions and older answers. */
  outcome: askOutcomeModel.nullable().default(null),
});

export type ResultColumnRecord = z.infer<typeof resultColumnModel>;
export type CitationRecord = z.infer<typeof citationModel>;
export type AssistantResult = z.infer<typeof assistantResultModel>;
export type RatingRecord = z.infer<typeof ratingModel>;
export type ConversationRecord = z.infer<typeof conversationModel>;
export type MessageRecord = z.infer<typeof messageModel>;
