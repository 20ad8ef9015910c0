import {
  Timestamp,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import {
  conversationModel,
  messageModel,
  type AssistantResult,
  type ConversationRecord,
  type MessageRecord,
} from './records.js';

/**
 * How records are stored. Dates become Timestamps. Rows, the chart spec and the plan are stored as JSON
 * strings: Firestore rejects nested arrays (a row is an array, and Vega-Lite specs may nest them) and map
 * keys with special characters, and nobody queries inside them.
 */

/** The conversation document, as written (the id is the document's). */
export interface ConversationDocument {
  title: string;
  /** False once the user renamed the conversation (or created it with a title): the first message no longer names it. */
  autoTitle: boolean;
  preview: string;
  messageCount: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  latestMessageIds: string[];
}

export interface MessageDocument {
  seq: number;
  role: MessageRecord['role'];
  content: string;
  status: MessageRecord['status'];
  createdAt: Timestamp;
  runId: string | null;
  result: StoredResult | null;
  rating: { value: 'UP' | 'DOWN'; comment: string | null; ratedAt: Timestamp } | null;
  /** Absent on messages saved before outcomes were kept. */
  outcome?: MessageRecord['outcome'];
}

interface StoredResult extends Omit<AssistantResult, 'rows' | 'chart' | 'plan'> {
  rowsJson: string;
  chartJson: string | null;
  planJson: string | null;
}

function toDate(value: unknown): unknown {
  return value instanceof Timestamp ? value.toDate() : value;
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

export function resultToDocument(result: AssistantResult): StoredResult {
  const { rows, chart, plan, ...rest } = result;
  return {
    ...rest,
    rowsJson: JSON.stringify(rows),
    chartJson: chart === null ? null : JSON.stringify(chart),
    planJson: plan === null || plan === undefined ? null : JSON.stringify(plan),
  };
}

function resultFromDocument(stored: unknown): unknown {
  if (stored === null || stored === undefined || typeof stored !== 'object') return stored ?? null;
  const { rowsJson, chartJson, planJson, ...rest } = stored as Record<string, unknown>;
  return { ...rest, rows: parseJson(rowsJson), chart: parseJson(chartJson) ?? null, plan: parseJson(planJson) ?? null };
}

export function conversationFromSnapshot(
  snapshot: QueryDocumentSnapshot | { id: string; data(): DocumentData | undefined },
): ConversationRecord {
  // Firestore types a document's fields as any; the model below checks them.
  const data: Record<string, unknown> = snapshot.data() ?? {};
  return conversationModel.parse({
    id: snapshot.id,
    title: data.title,
    preview: data.preview,
    messageCount: data.messageCount,
    createdAt: toDate(data.createdAt),
    updatedAt: toDate(data.updatedAt),
    latestMessageIds: data.latestMessageIds,
  });
}

export function messageFromSnapshot(
  snapshot:
    | QueryDocumentSnapshot
    | { id: string; data(): DocumentData | undefined; ref: { parent: { parent: { id: string } | null } } },
): MessageRecord {
  // Firestore types a document's fields as any; the model below checks them.
  const data: Record<string, unknown> = snapshot.data() ?? {};
  const rating = data.rating as Record<string, unknown> | null | undefined;
  return messageModel.parse({
    id: snapshot.id,
    conversationId: snapshot.ref.parent.parent?.id,
    seq: data.seq,
    role: data.role,
    content: data.content,
    status: data.status,
    createdAt: toDate(data.createdAt),
    runId: data.runId ?? null,
    result: resultFromDocument(data.result),
    rating: rating ? { ...rating, comment: rating.comment ?? null, ratedAt: toDate(rating.ratedAt) } : null,
    outcome: data.outcome ?? null,
  });
}

/** Typed reads for conversation documents (validated with zod on the way in). */
export const conversationConverter: FirestoreDataConverter<ConversationRecord, ConversationDocument> = {
  toFirestore: () => {
    throw new Error('conversations are written through ConversationRepository, field by field');
  },
  fromFirestore: (snapshot) => conversationFromSnapshot(snapshot),
};

/** Typed reads for message documents (validated with zod on the way in). */
export const messageConverter: FirestoreDataConverter<MessageRecord, MessageDocument> = {
  toFirestore: () => {
    throw new Error('messages are written through ConversationRepository, field by field');
  },
  fromFirestore: (snapshot) => messageFromSnapshot(snapshot),
};
