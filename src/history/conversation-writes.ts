import { setTimeout as sleep } from 'node:timers/promises';
import {
  Timestamp,
  type DocumentReference,
  type Firestore,
  type WriteBatch,
  type WriteResult,
} from 'firebase-admin/firestore';
import type { AskOutcome } from '../analyst/outcome.js';
import {
  conversationConverter,
  conversationFromSnapshot,
  messageConverter,
  resultToDocument,
  type ConversationDocument,
  type MessageDocument,
} from './converters.js';
import { conversationsOf, isDocumentId } from './document-ids.js';
import type { FirestoreCalls } from './firestore-calls.js';
import { cutOnWordBoundary, PREVIEW_MAX_LENGTH, TITLE_MAX_LENGTH } from './preview.js';
import {
  LATEST_MESSAGE_IDS_KEPT,
  type AssistantResult,
  type ConversationRecord,
  type MessageRecord,
  type MessageRole,
  type MessageStatus,
  type RatingValue,
} from './records.js';
import { boundResult, boundText } from './stored-size.js';

/** The title of a conversation before its first question names it. */
export const DEFAULT_TITLE = 'New conversation';

/** The most messages `startConversation` writes in its one batch (a batch holds 500 writes). */
export const IMPORT_MESSAGES_MAX = 400;

/** Raised when a write targets a conversation (or message) the user does not have. */
export class ConversationNotFoundError extends Error {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} not found`);
    this.name = 'ConversationNotFoundError';
  }
}

/** The conversation changed since the version an append was written on: read it again and retry. */
export class StaleConversationError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the conversation changed since it was read', options);
    this.name = 'StaleConversationError';
  }
}

export interface NewMessage {
  readonly role: MessageRole;
  readonly content: string;
  readonly status: MessageStatus;
  /** The askQuery run that produced this message. */
  readonly runId?: string | null;
  /** The assistant's structured result; rows beyond STORED_ROWS_MAX are dropped (and `truncated` set). */
  readonly result?: AssistantResult | null;
  /** How an answered question ended (answer with its interpretation, clarification, decline, reply). */
  readonly outcome?: AskOutcome | null;
}

/**
 * What the history knows of a conversation right after its own write: the next append can write on top
 * of it without reading the conversation first, on the condition that nothing changed it since
 * (`updateTime`). When something did, the append reads it again and retries.
 */
export interface ConversationVersion {
  readonly conversation: ConversationRecord;
  /** The first question still names the conversation (the user has not chosen a title). */
  readonly autoTitle: boolean;
  readonly updateTime: Timestamp;
}

export interface Appended {
  readonly message: MessageRecord;
  /** The conversation as the write left it: what a read right after it would return. */
  readonly version: ConversationVersion;
}

export interface Started {
  readonly conversation: ConversationRecord;
  readonly version: ConversationVersion;
}

/**
 * The writes of one history change, returned to the caller so it commits them in one batch with writes of
 * its own (askQuery saves a run's events with its question and its answer).
 */
export interface HistoryWrite<T> {
  /** Adds these writes to `batch`; add them before any other write, so `committed` finds their results. */
  addTo(batch: WriteBatch): void;
  /** What the change left, from the results of the committed batch. */
  committed(results: readonly WriteResult[]): T;
}

export interface AppendOptions {
  /** The conversation as this process last wrote it; saves a read when it is still current. */
  readonly after?: ConversationVersion | null;
  /** The new message's id, from `newMessageId`, when the caller must know it before the write. */
  readonly messageId?: string;
}

/** Attempts per append before giving up: several servers appending to one conversation at once each retry. */
const APPEND_ATTEMPTS = 10;

/** gRPC status codes Firestore answers a conditional write with. */
const NOT_FOUND = 5;
const FAILED_PRECONDITION = 9;

/** The time of the batch's write at `index`, one of the history's own. */
function writeTime(results: readonly WriteResult[], index: number): Timestamp {
  const result = results[index];
  if (!result) throw new Error(`the committed batch has no write ${index}`);
  return result.writeTime;
}

/**
 * Writes `attempt` on the version it is given (`after` first, then null: read it again) until it is not
 * stale, after a short random pause each time so that servers racing for a conversation do not collide
 * again in step.
 */
export async function retryWhileStale<T>(
  after: ConversationVersion | null,
  attempt: (after: ConversationVersion | null) => Promise<T>,
): Promise<T> {
  let known = after;
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt(known);
    } catch (error) {
      if (!(error instanceof StaleConversationError) || tries >= APPEND_ATTEMPTS) throw error;
      known = null;
      await sleep(Math.random() * 5 * tries);
    }
  }
}

/**
 * Every Firestore write of conversation history. askQuery takes the writes of a question or an answer
 * (`startConversation`, `appendMessage`) and commits them itself with its run's events (`commit`); the
 * other writes commit here.
 */
export class ConversationWrites {
  /** The tail of each conversation's queue of appends in this process (see append). */
  private readonly appendQueues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly firestore: Firestore,
    private readonly calls: FirestoreCalls,
  ) {}

  /** A fresh conversation id, made locally (no round trip), for `startConversation`. */
  newConversationId(uid: string): string {
    return conversationsOf(this.firestore, uid).doc().id;
  }

  /** A fresh message id in a conversation, made locally, for `appendMessage`'s `messageId`. */
  newMessageId(uid: string, conversationId: string): string {
    return conversationsOf(this.firestore, uid).doc(conversationId).collection('messages').doc().id;
  }

  batch(): WriteBatch {
    return this.firestore.batch();
  }

  /**
   * Commits a batch holding history writes: one round trip within the write deadline. A conditional append
   * that lost to another write fails with StaleConversationError, one to a deleted conversation with
   * ConversationNotFoundError.
   */
  async commit(batch: WriteBatch, conversationId?: string): Promise<WriteResult[]> {
    try {
      return await this.calls.track('write', async () => ({ value: await batch.commit(), documents: 0 }));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === NOT_FOUND && conversationId !== undefined) throw new ConversationNotFoundError(conversationId);
      if (code === FAILED_PRECONDITION) throw new StaleConversationError({ cause: error });
      throw error;
    }
  }

  /**
   * The writes that create a conversation with its messages, in one atomic batch: what askQuery does for a
   * question without a conversation (with `id` from newConversationId), and what imports do. Timestamps
   * are spread one millisecond apart from `startedAt` so their order is the given order.
   */
  startConversation(
    uid: string,
    input: { id?: string; title?: string | null; startedAt?: Date; messages: readonly NewMessage[] },
  ): HistoryWrite<Started> {
    if (input.messages.length > IMPORT_MESSAGES_MAX)
      throw new Error(`import at most ${IMPORT_MESSAGES_MAX} messages at once`);
    if (input.id !== undefined && !isDocumentId(input.id)) throw new Error('not a conversation id');
    const conversations = conversationsOf(this.firestore, uid);
    const ref = input.id === undefined ? conversations.doc() : conversations.doc(input.id);
    const start = (input.startedAt ?? new Date()).getTime();
    const at = (offset: number) => Timestamp.fromMillis(start + offset);
    const firstQuestion = input.messages.find((message) => message.role === 'user' && message.content.trim());
    const title = input.title?.trim();
    const messageIds = input.messages.map(() => ref.collection('messages').doc().id);
    const document: ConversationDocument = {
      title: title || (firstQuestion ? cutOnWordBoundary(firstQuestion.content, TITLE_MAX_LENGTH) : DEFAULT_TITLE),
      autoTitle: !title,
      preview: firstQuestion ? cutOnWordBoundary(firstQuestion.content, PREVIEW_MAX_LENGTH) : '',
      messageCount: input.messages.length,
      createdAt: at(0),
      updatedAt: at(Math.max(0, input.messages.length - 1)),
      latestMessageIds: messageIds.slice(-LATEST_MESSAGE_IDS_KEPT),
    };
    const conversation: ConversationRecord = {
      id: ref.id,
      title: document.title,
      preview: document.preview,
      messageCount: document.messageCount,
      createdAt: document.createdAt.toDate(),
      updatedAt: document.updatedAt.toDate(),
      latestMessageIds: document.latestMessageIds,
    };
    return {
      addTo: (batch) => {
        batch.create(ref, document);
        input.messages.forEach((message, index) => {
          const result = message.result ? boundResult(message.result) : null;
          const stored: MessageDocument = {
            seq: index + 1,
            role: message.role,
            content: boundText(message.content),
            status: message.status,
            createdAt: at(index),
            runId: message.runId ?? null,
            result: result ? resultToDocument(result) : null,
            rating: null,
            outcome: message.outcome ?? null,
          };
          batch.create(ref.collection('messages').doc(messageIds[index] ?? ''), stored);
        });
      },
      committed: (results) => ({
        conversation,
        version: { conversation, autoTitle: document.autoTitle, updateTime: writeTime(results, 0) },
      }),
    };
  }

  /**
   * The writes that save a message and, in the same atomic write, count it, bump the conversation's
   * `updatedAt` and, for its first user message, set the preview (and the title unless the user chose one).
   * The write is conditional on the conversation being as it was read (or as `after` says this process left
   * it), so concurrent appends from several servers never lose a count: the loser's commit is stale, and it
   * asks for the writes again with no `after` (see retryWhileStale).
   */
  async appendMessage(
    uid: string,
    conversationId: string,
    input: NewMessage,
    options: AppendOptions = {},
  ): Promise<HistoryWrite<Appended>> {
    if (!isDocumentId(conversationId)) throw new ConversationNotFoundError(conversationId);
    if (options.messageId !== undefined && !isDocumentId(options.messageId)) throw new Error('not a message id');
    const conversationRef = conversationsOf(this.firestore, uid).doc(conversationId);
    const messageRef = options.messageId
      ? conversationRef.collection('messages').doc(options.messageId)
      : conversationRef.collection('messages').doc();
    const result = input.result ? boundResult(input.result) : null;
    const base = options.after ?? (await this.readVersion(conversationRef, conversationId));
    const seq = base.conversation.messageCount + 1;
    const now = Timestamp.now();
    const message: MessageDocument = {
      seq,
      role: input.role,
      content: boundText(input.content),
      status: input.status,
      createdAt: now,
      runId: input.runId ?? null,
      result: result ? resultToDocument(result) : null,
      rating: null,
      outcome: input.outcome ?? null,
    };
    const latestMessageIds = [...base.conversation.latestMessageIds, messageRef.id].slice(-LATEST_MESSAGE_IDS_KEPT);
    const update: Partial<ConversationDocument> = { messageCount: seq, updatedAt: now, latestMessageIds };
    if (input.role === 'user' && !base.conversation.preview && input.content.trim() !== '') {
      update.preview = cutOnWordBoundary(input.content, PREVIEW_MAX_LENGTH);
      if (base.autoTitle) update.title = cutOnWordBoundary(input.content, TITLE_MAX_LENGTH);
    }
    return {
      addTo: (batch) => {
        batch.create(messageRef, message);
        batch.update(conversationRef, update, { lastUpdateTime: base.updateTime });
      },
      committed: (results) => ({
        message: {
          id: messageRef.id,
          conversationId,
          seq,
          role: input.role,
          content: boundText(input.content),
          status: input.status,
          createdAt: now.toDate(),
          runId: message.runId,
          result,
          rating: null,
          outcome: message.outcome ?? null,
        },
        version: {
          conversation: {
            ...base.conversation,
            title: update.title ?? base.conversation.title,
            preview: update.preview ?? base.conversation.preview,
            messageCount: seq,
            updatedAt: now.toDate(),
            latestMessageIds,
          },
          autoTitle: base.autoTitle,
          updateTime: writeTime(results, 1),
        },
      }),
    };
  }

  /**
   * Saves a message on its own (`appendMessage`, committed, retried while stale). Appends from this process
   * to one conversation queue here first, so they do not make each other retry; across processes the
   * condition alone keeps `messageCount` and `seq` exact.
   */
  async append(uid: string, conversationId: string, input: NewMessage, options: AppendOptions = {}): Promise<Appended> {
    const key = `${uid}/${conversationId}`;
    const previous = this.appendQueues.get(key) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() =>
        retryWhileStale(options.after ?? null, async (after) => {
          const write = await this.appendMessage(uid, conversationId, input, { ...options, after });
          const batch = this.batch();
          write.addTo(batch);
          return write.committed(await this.commit(batch, conversationId));
        }),
      );
    this.appendQueues.set(key, next);
    try {
      return await next;
    } finally {
      if (this.appendQueues.get(key) === next) this.appendQueues.delete(key);
    }
  }

  /** Renames a conversation; null when the user has no such conversation. */
  async renameConversation(uid: string, id: string, title: string): Promise<ConversationRecord | null> {
    if (!isDocumentId(id)) return null;
    const ref = conversationsOf(this.firestore, uid).doc(id);
    return this.calls.track('transaction', async () => {
      const renamed = await this.firestore.runTransaction(async (transaction) => {
        const snapshot = await transaction.get(ref.withConverter(conversationConverter));
        const current = snapshot.exists ? snapshot.data() : undefined;
        if (!current) return null;
        const updatedAt = Timestamp.now();
        transaction.update(ref, { title, autoTitle: false, updatedAt });
        return { ...current, title, updatedAt: updatedAt.toDate() };
      });
      return { value: renamed, documents: 1 };
    });
  }

  /**
   * Deletes a conversation and all its messages. Firestore's recursive delete lists and removes the
   * messages in batches through a BulkWriter, so a long conversation never becomes one oversized write.
   * Returns false when the user has no such conversation.
   */
  async deleteConversation(uid: string, id: string): Promise<boolean> {
    if (!isDocumentId(id)) return false;
    const ref = conversationsOf(this.firestore, uid).doc(id);
    const existing = await this.calls.track('getAll', async () => {
      const [read] = await this.firestore.getAll(ref);
      return { value: read?.exists ?? false, documents: 1 };
    });
    if (!existing) return false;
    await this.calls.track('delete', async () => {
      const writer = this.firestore.bulkWriter();
      try {
        await this.firestore.recursiveDelete(ref, writer);
      } finally {
        await writer.close();
      }
      return { value: undefined, documents: 0 };
    });
    return true;
  }

  /** Rates an assistant message (thumbs up or down, optional comment); null when there is no such message. */
  async rateMessage(
    uid: string,
    conversationId: string,
    messageId: string,
    rating: { value: RatingValue; comment?: string | null },
  ): Promise<MessageRecord | null> {
    if (!isDocumentId(conversationId) || !isDocumentId(messageId)) return null;
    const ref = conversationsOf(this.firestore, uid).doc(conversationId).collection('messages').doc(messageId);
    return this.calls.track('transaction', async () => {
      const rated = await this.firestore.runTransaction(async (transaction) => {
        const snapshot = await transaction.get(ref.withConverter(messageConverter));
        const current = snapshot.exists ? snapshot.data() : undefined;
        if (!current) return null;
        const ratedAt = Timestamp.now();
        const comment = rating.comment?.trim() || null;
        transaction.update(ref, { rating: { value: rating.value, comment, ratedAt } });
        return { ...current, rating: { value: rating.value, comment, ratedAt: ratedAt.toDate() } };
      });
      return { value: rated, documents: 1 };
    });
  }

  private async readVersion(ref: DocumentReference, conversationId: string): Promise<ConversationVersion> {
    const snapshot = await this.calls.track('getAll', async () => {
      const read = await ref.withConverter(null).get();
      return { value: read, documents: 1 };
    });
    if (!snapshot.exists || !snapshot.updateTime) throw new ConversationNotFoundError(conversationId);
    return {
      conversation: conversationFromSnapshot(snapshot),
      autoTitle: snapshot.get('autoTitle') === true,
      updateTime: snapshot.updateTime,
    };
  }
}
