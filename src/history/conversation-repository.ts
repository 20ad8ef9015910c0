import { randomUUID } from 'node:crypto';
import {
  FieldPath,
  Timestamp,
  type DocumentReference,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type WriteBatch,
} from 'firebase-admin/firestore';
import {
  conversationConverter,
  conversationFromSnapshot,
  messageConverter,
  resultToDocument,
  type ConversationDocument,
  type MessageDocument,
} from './converters.js';
import {
  decodeConversationCursor,
  decodeMessageCursor,
  encodeConversationCursor,
  encodeMessageCursor,
} from './cursor.js';
import { boundResult, boundText } from './stored-size.js';
import type { AskOutcome } from '../analyst/outcome.js';
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

export type {
  AssistantResult,
  CitationRecord,
  ConversationRecord,
  MessageRecord,
  MessageRole,
  MessageStatus,
  RatingRecord,
  RatingValue,
  ResultColumnRecord,
} from './records.js';
export { InvalidCursorError } from './cursor.js';

/** The title of a conversation before its first question names it. */
export const DEFAULT_TITLE = 'New conversation';

/** Raised when a write targets a conversation (or message) the user does not have. */
export class ConversationNotFoundError extends Error {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} not found`);
    this.name = 'ConversationNotFoundError';
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

/** One item of a page, with the cursor that points at it. */
export interface PageItem<T> {
  readonly record: T;
  readonly cursor: string;
}

export interface Page<T> {
  readonly items: readonly PageItem<T>[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

export interface ConversationPageArgs {
  readonly first: number;
  readonly after?: string | null;
}

/** Relay-style window over a conversation's messages, which are in chronological order. */
export interface MessagePageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** Attempts per append before giving up: several servers appending to one conversation at once each retry. */
const APPEND_ATTEMPTS = 10;

/** gRPC status codes Firestore answers a conditional write with. */
const NOT_FOUND = 5;
const FAILED_PRECONDITION = 9;

/**
 * What the repository knows of a conversation right after its own write: the next append can write on top
 * of it without reading the conversation first, on the condition that nothing changed it since
 * (`updateTime`). When something did, the append reads it again and retries.
 */
export interface ConversationVersion {
  readonly conversation: ConversationRecord;
  /** The first question still names the conversation (the user has not chosen a title). */
  readonly autoTitle: boolean;
  readonly updateTime: Timestamp;
}

/**
 * Writes another store adds to the same atomic commit as a message (askQuery's run log). It may be called
 * more than once, for successive attempts, and must add the same writes each time.
 */
export type AlsoWrite = (batch: WriteBatch) => void;

export interface AppendOptions {
  /** The conversation as this process last wrote it; saves a read when it is still current. */
  readonly after?: ConversationVersion | null;
  /** The new message's id, from `newMessageId`, when the caller must know it before the write. */
  readonly messageId?: string;
  readonly alsoWrite?: AlsoWrite;
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

/** The most messages importConversation writes in its one batch. */
export const IMPORT_MESSAGES_MAX = 400;

/** The page of messages when neither `first` nor `last` is given: the latest 50. */
export const DEFAULT_MESSAGE_PAGE = 50;

/** One Firestore round trip, as reported to observers (tests and benchmarks count them). */
/**
 * How long each kind of Firestore call may take before it fails with HistoryUnavailable. Without a bound the
 * client retries a lost connection for about 45 s while the request that waits for it holds its client.
 */
export const FIRESTORE_DEADLINES_MS: Readonly<Record<FirestoreCall['operation'], number>> = {
  getAll: 5_000,
  query: 5_000,
  transaction: 10_000,
  write: 10_000,
  // A recursive delete of a long conversation is many round trips.
  delete: 30_000,
};

/** Firestore did not answer in time, or cannot be reached: a retry later can succeed. */
export class HistoryUnavailable extends Error {
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HistoryUnavailable';
  }
}

/** gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4): the server was not reached, or did not answer. */
function lostConnection(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return code === 14 || code === 4;
}

export interface FirestoreCall {
  readonly operation: 'getAll' | 'query' | 'transaction' | 'write' | 'delete';
  /** Documents read by the call (written ones are not counted). */
  readonly documents: number;
  readonly startedAt: number;
  readonly endedAt: number;
}

export type FirestoreCallObserver = (call: FirestoreCall) => void;

/** A message's address: messages live under their conversation. */
export interface MessageKey {
  readonly conversationId: string;
  readonly messageId: string;
}

/**
 * A Firestore document id must not contain a slash and must not be `.` or `..`; an id coming from a client
 * that breaks these rules could address another path, so it is treated as an id that does not exist.
 */
/** Marks a user document id that encodes its uid (see userDocumentId). */
const ENCODED_UID = 'uid~';

/**
 * The document id of a user's history. Any Firebase uid is valid (up to 128 characters, any of them), but a
 * Firestore id may not hold `/`, be `.` or `..`, or look like `__x__`: such a uid, or one that could be mistaken
 * for an encoded one, is stored as `uid~<base64url>`; every other uid is its own id, as it always was.
 */
export function userDocumentId(uid: string): string {
  if (uid === '') throw new Error('a user id is empty');
  return isDocumentId(uid) && !uid.startsWith(ENCODED_UID)
    ? uid
    : `${ENCODED_UID}${Buffer.from(uid, 'utf8').toString('base64url')}`;
}

function isDocumentId(id: string): boolean {
  return id.length > 0 && id.length <= 1500 && !id.includes('/') && id !== '.' && id !== '..' && !/^__.*__$/.test(id);
}

/**
 * Every Firestore access for conversation history. Data lives under `users/{uid}`, so a user can only
 * ever reach their own conversations: the uid comes from the verified viewer, never from an argument.
 *
 * - `users/{uid}/conversations/{id}`: title, preview, messageCount, createdAt, updatedAt, latestMessageIds
 * - `users/{uid}/conversations/{id}/messages/{id}`: seq, role, content, status, createdAt, runId, result, rating
 */
export class ConversationRepository {
  private readonly observers = new Set<FirestoreCallObserver>();
  /** The tail of each conversation's queue of appends in this process (see appendMessage). */
  private readonly appendQueues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly firestore: Firestore,
    private readonly deadlines: Readonly<Record<FirestoreCall['operation'], number>> = FIRESTORE_DEADLINES_MS,
  ) {}

  /** Reports every Firestore call this repository makes until the returned function is called. */
  observe(observer: FirestoreCallObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Resolves when Firestore answers a read (for `/readyz`). */
  async ping(signal?: AbortSignal): Promise<void> {
    const read = this.firestore.doc('askql/readiness').get();
    if (!signal) {
      await read;
      return;
    }
    signal.throwIfAborted();
    await new Promise<void>((resolve, reject) => {
      const abort = () =>
        reject(signal.reason instanceof Error ? signal.reason : new Error('readiness check timed out'));
      signal.addEventListener('abort', abort, { once: true });
      read
        .then(
          () => resolve(),
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        )
        .finally(() => signal.removeEventListener('abort', abort));
    });
  }

  async createConversation(uid: string, input: { title?: string | null } = {}): Promise<ConversationRecord> {
    const ref = this.conversations(uid).doc();
    const now = Timestamp.now();
    const title = input.title?.trim();
    const document: ConversationDocument = {
      title: title || DEFAULT_TITLE,
      autoTitle: !title,
      preview: '',
      messageCount: 0,
      createdAt: now,
      updatedAt: now,
      latestMessageIds: [],
    };
    await this.track('write', () => ref.create(document).then(() => 0));
    return {
      id: ref.id,
      title: document.title,
      preview: '',
      messageCount: 0,
      createdAt: now.toDate(),
      updatedAt: now.toDate(),
      latestMessageIds: [],
    };
  }

  /** A fresh conversation id, made locally (no round trip), for `startConversation`. */
  newConversationId(uid: string): string {
    return this.conversations(uid).doc().id;
  }

  /** A fresh message id in a conversation, made locally, for `appendMessage`'s `messageId`. */
  newMessageId(uid: string, conversationId: string): string {
    return this.conversations(uid).doc(conversationId).collection('messages').doc().id;
  }

  /**
   * Creates the conversation `id` with its first question, in one atomic write: what askQuery does for a
   * question without a conversation, so the question is saved in one round trip instead of two.
   */
  async startConversation(uid: string, id: string, question: NewMessage, alsoWrite?: AlsoWrite): Promise<Started> {
    return this.writeConversation(uid, { id, messages: [question] }, alsoWrite);
  }

  /**
   * Writes a whole conversation at once, in one atomic batch: for imports (and seeding benchmarks), where
   * the messages already exist. Timestamps are spread one millisecond apart from `startedAt` so their
   * order is the given order. At most 400 messages (a batch holds 500 writes).
   */
  async importConversation(
    uid: string,
    input: { id?: string; title?: string | null; startedAt?: Date; messages: readonly NewMessage[] },
  ): Promise<ConversationRecord> {
    return (await this.writeConversation(uid, input)).conversation;
  }

  private async writeConversation(
    uid: string,
    input: { id?: string; title?: string | null; startedAt?: Date; messages: readonly NewMessage[] },
    alsoWrite?: AlsoWrite,
  ): Promise<Started> {
    if (input.messages.length > IMPORT_MESSAGES_MAX)
      throw new Error(`import at most ${IMPORT_MESSAGES_MAX} messages at once`);
    if (input.id !== undefined && !isDocumentId(input.id)) throw new Error('not a conversation id');
    const ref = input.id === undefined ? this.conversations(uid).doc() : this.conversations(uid).doc(input.id);
    const start = (input.startedAt ?? new Date()).getTime();
    const at = (offset: number) => Timestamp.fromMillis(start + offset);
    const firstQuestion = input.messages.find((message) => message.role === 'user' && message.content.trim());
    const title = input.title?.trim();
    const document: ConversationDocument = {
      title: title || (firstQuestion ? cutOnWordBoundary(firstQuestion.content, TITLE_MAX_LENGTH) : DEFAULT_TITLE),
      autoTitle: !title,
      preview: firstQuestion ? cutOnWordBoundary(firstQuestion.content, PREVIEW_MAX_LENGTH) : '',
      messageCount: input.messages.length,
      createdAt: at(0),
      updatedAt: at(Math.max(0, input.messages.length - 1)),
      latestMessageIds: [],
    };
    const batch = this.firestore.batch();
    const messageRefs = input.messages.map(() => ref.collection('messages').doc());
    document.latestMessageIds = messageRefs.slice(-LATEST_MESSAGE_IDS_KEPT).map((messageRef) => messageRef.id);
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
      batch.create(messageRefs[index]!, stored);
    });
    alsoWrite?.(batch);
    const [created] = await this.track('write', async () => ({ value: await batch.commit(), documents: 0 }));
    const conversation: ConversationRecord = {
      id: ref.id,
      title: document.title,
      preview: document.preview,
      messageCount: document.messageCount,
      createdAt: document.createdAt.toDate(),
      updatedAt: document.updatedAt.toDate(),
      latestMessageIds: document.latestMessageIds,
    };
    return { conversation, version: { conversation, autoTitle: document.autoTitle, updateTime: created!.writeTime } };
  }

  /**
   * Saves a message and, in the same atomic write, counts it, bumps the conversation's `updatedAt` and, for
   * its first user message, sets the preview (and the title unless the user chose one). The write is
   * conditional on the conversation being as it was read (or as `after` says this process left it), so
   * concurrent appends from several servers never lose a count: the loser reads again and retries.
   *
   * Appends from this process to one conversation also queue here first, so they do not make each other
   * retry; across processes the condition alone keeps `messageCount` and `seq` exact.
   */
  async appendMessage(uid: string, conversationId: string, input: NewMessage): Promise<MessageRecord> {
    return (await this.append(uid, conversationId, input)).message;
  }

  /** `appendMessage`, also returning the conversation's new version, with the options askQuery uses. */
  async append(uid: string, conversationId: string, input: NewMessage, options: AppendOptions = {}): Promise<Appended> {
    if (!isDocumentId(conversationId)) throw new ConversationNotFoundError(conversationId);
    if (options.messageId !== undefined && !isDocumentId(options.messageId)) throw new Error('not a message id');
    const key = `${uid}/${conversationId}`;
    const previous = this.appendQueues.get(key) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => this.appendConditionally(uid, conversationId, input, options));
    this.appendQueues.set(key, next);
    try {
      return await next;
    } finally {
      if (this.appendQueues.get(key) === next) this.appendQueues.delete(key);
    }
  }

  private async appendConditionally(
    uid: string,
    conversationId: string,
    input: NewMessage,
    options: AppendOptions,
  ): Promise<Appended> {
    const conversationRef = this.conversations(uid).doc(conversationId);
    const messageRef = options.messageId
      ? conversationRef.collection('messages').doc(options.messageId)
      : conversationRef.collection('messages').doc();
    const result = input.result ? boundResult(input.result) : null;
    let known = options.after ?? null;
    for (let attempt = 1; ; attempt += 1) {
      const base = known ?? (await this.readVersion(conversationRef, conversationId));
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
      const batch = this.firestore.batch();
      batch.create(messageRef, message);
      batch.update(conversationRef, update, { lastUpdateTime: base.updateTime });
      options.alsoWrite?.(batch);
      try {
        const written = await this.track('write', async () => ({ value: await batch.commit(), documents: 0 }));
        return {
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
            updateTime: written[1]!.writeTime,
          },
        };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === NOT_FOUND) throw new ConversationNotFoundError(conversationId);
        if (code !== FAILED_PRECONDITION || attempt >= APPEND_ATTEMPTS) throw error;
        // Someone else changed the conversation since: read it again, after a short random pause so that
        // servers racing for it do not collide again in step.
        known = null;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  private async readVersion(ref: DocumentReference, conversationId: string): Promise<ConversationVersion> {
    const snapshot = await this.track('getAll', async () => {
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

  /** Reads conversations by id in one `getAll`; a missing (or someone else's) id gives null at its position. */
  async getConversations(uid: string, ids: readonly string[]): Promise<Array<ConversationRecord | null>> {
    const valid = ids.filter(isDocumentId);
    if (valid.length === 0) return ids.map(() => null);
    const refs = valid.map((id) => this.conversations(uid).doc(id).withConverter(conversationConverter));
    const snapshots = await this.track('getAll', async () => {
      // getAll keeps each reference's converter but its declared type forgets it.
      const read = (await this.firestore.getAll(...refs)) as Array<DocumentSnapshot<ConversationRecord>>;
      return { value: read, documents: read.length };
    });
    const found = new Map(
      snapshots.map((snapshot) => [snapshot.id, snapshot.exists ? (snapshot.data() ?? null) : null]),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  async getConversation(uid: string, id: string): Promise<ConversationRecord | null> {
    const [record] = await this.getConversations(uid, [id]);
    return record ?? null;
  }

  /** Reads messages by address in one `getAll`; missing ones give null at their position. */
  async getMessages(uid: string, keys: readonly MessageKey[]): Promise<Array<MessageRecord | null>> {
    const valid = keys.filter((key) => isDocumentId(key.conversationId) && isDocumentId(key.messageId));
    if (valid.length === 0) return keys.map(() => null);
    const refs = valid.map((key) => this.messageRef(uid, key).withConverter(messageConverter));
    const snapshots = await this.track('getAll', async () => {
      const read = (await this.firestore.getAll(...refs)) as Array<DocumentSnapshot<MessageRecord>>;
      return { value: read, documents: read.length };
    });
    const found = new Map(
      snapshots.map((snapshot) => [snapshot.ref.path, snapshot.exists ? (snapshot.data() ?? null) : null]),
    );
    return keys.map((key) => found.get(this.messageRef(uid, key).path) ?? null);
  }

  /** The user's conversations, most recently updated first. Reads `first + 1` documents to know if more follow. */
  async listConversations(uid: string, args: ConversationPageArgs): Promise<Page<ConversationRecord>> {
    let query: Query<ConversationRecord> = this.conversations(uid)
      .withConverter(conversationConverter)
      .orderBy('updatedAt', 'desc')
      .orderBy(FieldPath.documentId(), 'desc');
    if (args.after) {
      const position = decodeConversationCursor(args.after);
      query = query.startAfter(Timestamp.fromDate(position.updatedAt), position.id);
    }
    const records = await this.runQuery(query.limit(args.first + 1));
    const items = records.slice(0, args.first).map((record) => ({ record, cursor: encodeConversationCursor(record) }));
    return { items, hasNextPage: records.length > args.first, hasPreviousPage: Boolean(args.after) };
  }

  /**
   * A window of a conversation's messages in chronological order. `first`/`after` page forwards from the
   * start, `last`/`before` backwards from the end; with neither, the latest DEFAULT_MESSAGE_PAGE messages.
   */
  async listMessages(uid: string, conversationId: string, args: MessagePageArgs = {}): Promise<Page<MessageRecord>> {
    if (!isDocumentId(conversationId)) return { items: [], hasNextPage: false, hasPreviousPage: false };
    const messages = this.conversations(uid).doc(conversationId).collection('messages').withConverter(messageConverter);
    const after = args.after ? decodeMessageCursor(args.after) : null;
    const before = args.before ? decodeMessageCursor(args.before) : null;
    const forwards = args.first != null || (args.last == null && after !== null && before === null);
    const size = forwards ? (args.first ?? DEFAULT_MESSAGE_PAGE) : (args.last ?? DEFAULT_MESSAGE_PAGE);
    let query: Query<MessageRecord> = messages.orderBy('seq', forwards ? 'asc' : 'desc');
    if (after !== null) query = query.where('seq', '>', after);
    if (before !== null) query = query.where('seq', '<', before);
    if (!forwards) {
      // Messages are numbered 1, 2, 3… without gaps (they are only ever appended), so a backwards window
      // knows whether earlier ones exist from its oldest seq and needs no look-ahead document.
      const window = (await this.runQuery(query.limit(size))).reverse();
      const items = window.map((record) => ({ record, cursor: encodeMessageCursor(record.seq) }));
      return { items, hasNextPage: before !== null, hasPreviousPage: (window[0]?.seq ?? 1) > 1 };
    }
    const records = await this.runQuery(query.limit(size + 1));
    const items = records.slice(0, size).map((record) => ({ record, cursor: encodeMessageCursor(record.seq) }));
    return { items, hasNextPage: records.length > size, hasPreviousPage: after !== null && after > 0 };
  }

  /** Renames a conversation; null when the user has no such conversation. */
  async renameConversation(uid: string, id: string, title: string): Promise<ConversationRecord | null> {
    if (!isDocumentId(id)) return null;
    const ref = this.conversations(uid).doc(id);
    return this.track('transaction', async () => {
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
    const ref = this.conversations(uid).doc(id);
    const [existing] = await this.getConversations(uid, [id]);
    if (!existing) return false;
    await this.track('delete', async () => {
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
    const ref = this.messageRef(uid, { conversationId, messageId });
    return this.track('transaction', async () => {
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

  private conversations(uid: string) {
    return this.firestore.collection('users').doc(userDocumentId(uid)).collection('conversations');
  }

  private messageRef(uid: string, key: MessageKey): DocumentReference {
    return this.conversations(uid).doc(key.conversationId).collection('messages').doc(key.messageId);
  }

  private async runQuery<T>(query: Query<T>): Promise<T[]> {
    return this.track('query', async () => {
      const snapshot = await query.get();
      return { value: snapshot.docs.map((doc) => doc.data()), documents: snapshot.size };
    });
  }

  private async track<T>(
    operation: FirestoreCall['operation'],
    call: () => Promise<{ value: T; documents: number } | number>,
  ): Promise<T> {
    const startedAt = performance.now();
    let documents = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      const pending = call();
      // Should the deadline win, the call may still fail later: that failure is already reported.
      pending.catch(() => undefined);
      const limitMs = this.deadlines[operation];
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new HistoryUnavailable(`Firestore did not answer a ${operation} within ${limitMs} ms`)),
          limitMs,
        );
      });
      const outcome = await Promise.race([pending, deadline]);
      const { value, documents: read } =
        typeof outcome === 'number' ? { value: undefined as T, documents: outcome } : outcome;
      documents = read;
      return value;
    } catch (error) {
      if (error instanceof HistoryUnavailable || !lostConnection(error)) throw error;
      throw new HistoryUnavailable(`Firestore is unreachable: ${(error as Error).message}`, { cause: error });
    } finally {
      clearTimeout(timer);
      // A refused write (a stale version) is a round trip too.
      const endedAt = performance.now();
      for (const observer of this.observers) observer({ operation, documents, startedAt, endedAt });
    }
  }
}
