import DataLoader from 'dataloader';
import type {
  ConversationRecord,
  ConversationRepository,
  MessageKey,
  MessagePageArgs,
  MessageRecord,
  Page,
} from './conversation-repository.js';

/** A page of one conversation's messages, as a loader key. */
export interface MessagePageKey extends MessagePageArgs {
  readonly conversationId: string;
}

/**
 * The per-request loaders for history reads. By-id reads made in the same tick become one `getAll`;
 * message pages of many conversations are read with one limited query each, all sent together
 * (Firestore has no "latest N of each of these parents" query). Results are cached for the request, and
 * list reads prime the by-id caches, so a message's `conversation` costs nothing once its page was listed.
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

const messageKey = (key: MessageKey) => `${key.conversationId}/${key.messageId}`;
const pageKey = (key: MessagePageKey) =>
  JSON.stringify([key.conversationId, key.first ?? null, key.after ?? null, key.last ?? null, key.before ?? null]);

export function createHistoryLoaders(
  history: ConversationRepository,
  uid: string,
  options: HistoryLoaderOptions = {},
): HistoryLoaders {
  const batch = options.batch ?? true;
  const common = batch ? {} : { batch: false, cache: false };
  const conversation = new DataLoader<string, ConversationRecord | null>((ids) => history.getConversations(uid, ids), common);
  const message = new DataLoader<MessageKey, MessageRecord | null, string>((keys) => history.getMessages(uid, keys), {
    ...common,
    cacheKeyFn: messageKey,
  });
  const messagePage = new DataLoader<MessagePageKey, Page<MessageRecord>, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ conversationId, ...args }) => {
          const page = await history.listMessages(uid, conversationId, args);
          if (batch) {
            for (const item of page.items) message.prime({ conversationId, messageId: item.record.id }, item.record);
          }
          return page;
        }),
      ),
    { ...common, cacheKeyFn: pageKey },
  );
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
