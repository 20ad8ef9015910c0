import type { ConversationRepository } from '../../../src/history/conversation-repository.js';
import type { NewMessage } from '../../../src/history/conversation-writes.js';
import type { ConversationRecord, MessageRecord } from '../../../src/history/records.js';

/**
 * Conversations written straight into the history, for tests and benchmarks: the server itself only
 * creates a conversation with a question (askQuery).
 */

/** An empty conversation, titled when `title` is given. */
export function createConversation(
  history: ConversationRepository,
  uid: string,
  input: { title?: string | null } = {},
): Promise<ConversationRecord> {
  return importConversation(history, uid, { ...input, messages: [] });
}

/**
 * A whole conversation at once, in one atomic batch, its messages one millisecond apart from `startedAt`
 * (at most IMPORT_MESSAGES_MAX).
 */
export async function importConversation(
  history: ConversationRepository,
  uid: string,
  input: { id?: string; title?: string | null; startedAt?: Date; messages: readonly NewMessage[] },
): Promise<ConversationRecord> {
  const write = history.writes.startConversation(uid, input);
  const batch = history.writes.batch();
  write.addTo(batch);
  return write.committed(await history.writes.commit(batch)).conversation;
}

/** One message appended to a conversation. */
export async function appendMessage(
  history: ConversationRepository,
  uid: string,
  conversationId: string,
  message: NewMessage,
): Promise<MessageRecord> {
  return (await history.writes.append(uid, conversationId, message)).message;
}
