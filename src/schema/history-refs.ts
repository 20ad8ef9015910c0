import { decodeGlobalID } from '@pothos/plugin-relay';
import type { RequestContext } from '../context.js';
import type { ConversationRecord, MessageRecord } from '../history/records.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';

/**
 * The history types' refs, declared apart from their fields so conversation.ts and message.ts can point
 * at each other (Conversation.messages, Message.conversation) without an import cycle.
 */
export const ConversationRef = builder.objectRef<ConversationRecord>('Conversation');
export const MessageRef = builder.objectRef<MessageRecord>('Message');

/** A message's id inside its global id: messages live under their conversation. */
export function messageNodeId(message: Pick<MessageRecord, 'conversationId' | 'id'>): string {
  return `${message.conversationId}/${message.id}`;
}

export function parseMessageNodeId(id: string): { conversationId: string; messageId: string } | null {
  const [conversationId, messageId, ...rest] = id.split('/');
  return conversationId && messageId && rest.length === 0 ? { conversationId, messageId } : null;
}

/**
 * The Firestore id inside a Conversation global id; a BAD_USER_INPUT error naming `field` when the value
 * is not a Conversation id at all. (A well-formed id of a conversation that is missing, or another
 * user's, is not an error: it reads as null.)
 */
export function parseConversationId(globalId: string, field = 'id'): string {
  const id = parseConversationIdOrNull(globalId);
  if (id === null) throw badUserInput(`${field}: not a Conversation id`, field);
  return id;
}

/** The Firestore id inside a Conversation global id, or null when the value is not one. */
export function parseConversationIdOrNull(globalId: string): string | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Conversation' && id ? id : null;
  } catch {
    return null;
  }
}

/** The viewer's conversation by Firestore id, through the request's batching loader; null when it is not theirs. */
export function loadConversation(context: RequestContext, conversationId: string): Promise<ConversationRecord | null> {
  return context.loaders.history.conversation.load(conversationId);
}

/** The viewer's message by Firestore ids, through the request's batching loader; null when it is not theirs. */
export function loadMessage(
  context: RequestContext,
  conversationId: string,
  messageId: string,
): Promise<MessageRecord | null> {
  return context.loaders.history.message.load({ conversationId, messageId });
}
