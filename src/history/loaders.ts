import DataLoader from 'dataloader';
import {
  DEFAULT_MESSAGE_PAGE,
  type ConversationReads,
  type MessageKey,
  type MessagePageArgs,
  type Page,
} from './conversation-reads.js';
import { encodeMessageCursor } from './cursor.js';
import type { ConversationRecord, MessageRecord } from './records.js';

/** A page of one conversation's messages, as a loader key. */
export interface MessagePageKey extends MessagePageArgs {
  readonly conversationId: string;
}

/**
 * The per-request loaders for history reads. By-id reads made in the same tick become one `getAll`.
 * Firestore has no "latest N of each of these parents" query, so the latest messages of a page of
 * conversations come from the ids each conversation document keeps (`latestMessageIds`): one `getAll`
 * for all of them. Other windows (cursors, `first`) run one limited query per conversation, sent together.
 * bench/history.ts measured both ways. Results are cached for the request, and list reads prime the
 * by-id caches, so a message's `conversation` costs nothing once its page was listed.
 */
export interface HistoryLoaders {
  readonly conversation: DataLoader<string, ConversationRecord | null>;
  readonly message: DataLoader<MessageKey, MessageRecord | null, string>;
  readonly messagePage: DataLoader<MessagePageKey, Page<MessageRecord>, string>;
  /** Puts conversations read by a list query into the by-id cache. */
  primeConversations(records: readonly ConversationRecord[]): void;
}

export interface HistoryLoaderOptions {
  /**
   * False resolves every load with its own Firestore read and no cache: what a schema without loaders
   * does. Only the benchmark turns it off. Default true.
   */
  readonly batch?: boolean;
}

/**
 * The ids of the messages a page asks for when the conversation's document already lists them: the
 * latest `last` (or the default page) with no cursor. Null means "run the query".
 */
function latestIdsFor(key: MessagePageKey, conversation: ConversationRecord): readonly string[] | null {
  if (key.first != null || key.after != null || key.before != null) return null;
  const size = key.last ?? DEFAULT_MESSAGE_PAGE;
  const kept = conversation.latestMessageIds;
  // A document written before the ids were kept, or a page larger than the copy, needs the query.
  if (kept.length < Math.min(size, conversation.messageCount)) return null;
  return kept.slice(-size);
}

const messageKey = (key: MessageKey) => `${key.conversationId}/${key.messageId}`;
const pageKey = (key: MessagePageKey) =>
  JSON.stringify([key.conversationId, key.first ?? null, key.after ?? null, key.last ?? null, key.before ?? null]);

export function createHistoryLoaders(
  history: ConversationReads,
  uid: string,
  options: HistoryLoaderOptions = {},
): HistoryLoaders {
  const batch = options.batch ?? true;
  const common = batch ? {} : { batch: false, cache: false };
  const conversation = new DataLoader<string, ConversationRecord | null>(
    (ids) => history.getConversations(uid, ids),
    common,
  );
  const message = new DataLoader<MessageKey, MessageRecord | null, string>((keys) => history.getMessages(uid, keys), {
    ...common,
    cacheKeyFn: messageKey,
  });
  const messagePage = new DataLoader<MessagePageKey, Page<MessageRecord>, string>(
    async (keys) => {
      // The conversations are usually in the cache already (the list that led here primed them).
      const conversations = await conversation.loadMany(keys.map((key) => key.conversationId));
      return Promise.all(
        keys.map((key, index) => {
          const record = conversations[index];
          if (record instanceof Error) return Promise.reject(record);
          const ids = record ? latestIdsFor(key, record) : null;
          return ids ? pageFromIds(key.conversationId, ids) : queryPage(key);
        }),
      );
    },
    { ...common, cacheKeyFn: pageKey },
  );

  /** A latest-messages page, by id: the loads of every conversation on the page become one getAll. */
  async function pageFromIds(conversationId: string, ids: readonly string[]): Promise<Page<MessageRecord>> {
    const records = await message.loadMany(ids.map((messageId) => ({ conversationId, messageId })));
    const found = records.filter((record): record is MessageRecord => record !== null && !(record instanceof Error));
    const failure = records.find((record) => record instanceof Error);
    if (failure) throw failure;
    return {
      items: found.map((record) => ({ record, cursor: encodeMessageCursor(record.seq) })),
      hasNextPage: false,
      hasPreviousPage: (found[0]?.seq ?? 1) > 1,
    };
  }

  async function queryPage({ conversationId, ...args }: MessagePageKey): Promise<Page<MessageRecord>> {
    const page = await history.listMessages(uid, conversationId, args);
    if (batch) {
      for (const item of page.items) message.prime({ conversationId, messageId: item.record.id }, item.record);
    }
    return page;
  }

  return {
    conversation,
    message,
    messagePage,
    primeConversations(records) {
      if (!batch) return;
      for (const record of records) conversation.prime(record.id, record);
    },
  };
}
