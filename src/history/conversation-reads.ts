import { FieldPath, Timestamp, type DocumentSnapshot, type Firestore, type Query } from 'firebase-admin/firestore';
import { conversationConverter, messageConverter } from './converters.js';
import {
  decodeConversationCursor,
  decodeMessageCursor,
  encodeConversationCursor,
  encodeMessageCursor,
} from './cursor.js';
import { conversationsOf, isDocumentId } from './document-ids.js';
import type { FirestoreCalls } from './firestore-calls.js';
import type { ConversationRecord, MessageRecord } from './records.js';

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

/** The page of messages when neither `first` nor `last` is given: the latest 50. */
export const DEFAULT_MESSAGE_PAGE = 50;

/** A message's address: messages live under their conversation. */
export interface MessageKey {
  readonly conversationId: string;
  readonly messageId: string;
}

/**
 * Every Firestore read of conversation history: by id (what the per-request loaders batch) and by page.
 *
 * - `users/{uid}/conversations/{id}`: title, preview, messageCount, createdAt, updatedAt, latestMessageIds
 * - `users/{uid}/conversations/{id}/messages/{id}`: seq, role, content, status, createdAt, runId, result, rating
 */
export class ConversationReads {
  constructor(
    private readonly firestore: Firestore,
    private readonly calls: FirestoreCalls,
  ) {}

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

  /** Reads conversations by id in one `getAll`; a missing (or someone else's) id gives null at its position. */
  async getConversations(uid: string, ids: readonly string[]): Promise<Array<ConversationRecord | null>> {
    const valid = ids.filter(isDocumentId);
    if (valid.length === 0) return ids.map(() => null);
    const refs = valid.map((id) => conversationsOf(this.firestore, uid).doc(id).withConverter(conversationConverter));
    const snapshots = await this.calls.track('getAll', async () => {
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
    const snapshots = await this.calls.track('getAll', async () => {
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
    let query: Query<ConversationRecord> = conversationsOf(this.firestore, uid)
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
    const messages = conversationsOf(this.firestore, uid)
      .doc(conversationId)
      .collection('messages')
      .withConverter(messageConverter);
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

  private messageRef(uid: string, key: MessageKey) {
    return conversationsOf(this.firestore, uid).doc(key.conversationId).collection('messages').doc(key.messageId);
  }

  private async runQuery<T>(query: Query<T>): Promise<T[]> {
    return this.calls.track('query', async () => {
      const snapshot = await query.get();
      return { value: snapshot.docs.map((doc) => doc.data()), documents: snapshot.size };
    });
  }
}
