import type { ConversationPageArgs, ConversationReads, Page } from './conversation-reads.js';
import type { ConversationWrites } from './conversation-writes.js';
import { createHistoryLoaders, type HistoryLoaderOptions, type HistoryLoaders } from './loaders.js';
import type { ConversationRecord, MessageRecord, RatingValue } from './records.js';

export type UserHistoryOptions = HistoryLoaderOptions;

/**
 * One signed-in user's history, for one request: the uid is bound once, from the verified viewer, so no
 * resolver passes it along. Reads by id go through the loaders (batched and cached for the request).
 */
export class UserHistory {
  readonly loaders: HistoryLoaders;

  constructor(
    private readonly reads: ConversationReads,
    private readonly writes: ConversationWrites,
    readonly uid: string,
    options: UserHistoryOptions = {},
  ) {
    this.loaders = createHistoryLoaders(reads, uid, options);
  }

  /** A page of the user's conversations, most recently updated first; they prime the conversation loader. */
  async listConversations(args: ConversationPageArgs): Promise<Page<ConversationRecord>> {
    const page = await this.reads.listConversations(this.uid, args);
    this.loaders.primeConversations(page.items.map((item) => item.record));
    return page;
  }

  /** Renames a conversation; null when the user has no such conversation. */
  renameConversation(id: string, title: string): Promise<ConversationRecord | null> {
    return this.writes.renameConversation(this.uid, id, title);
  }

  /** Deletes a conversation and its messages; false when the user has no such conversation. */
  deleteConversation(id: string): Promise<boolean> {
    return this.writes.deleteConversation(this.uid, id);
  }

  /** Rates an answer; null when the user has no such message. */
  rateMessage(
    conversationId: string,
    messageId: string,
    rating: { value: RatingValue; comment?: string | null },
  ): Promise<MessageRecord | null> {
    return this.writes.rateMessage(this.uid, conversationId, messageId, rating);
  }
}
