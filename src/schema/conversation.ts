import { z } from 'zod';
import { builder } from './builder.js';
import { userError } from './errors.js';
import { connectionArgsModel, withCursorErrors } from './connection-args.js';
import { ConversationRef, MessageRef, parseConversationId, loadConversation } from './history-refs.js';
import type { MessageRecord, Page } from '../history/conversation-repository.js';
import { DEFAULT_MESSAGE_PAGE } from '../history/conversation-repository.js';

export { ConversationRef, loadConversation, parseConversationId } from './history-refs.js';

/** The page of conversations when `first` is not given. */
export const DEFAULT_CONVERSATION_PAGE = 20;
/** The longest title a user may give a conversation. */
export const TITLE_MAX_LENGTH = 200;

function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map((item) => ({ cursor: item.cursor, node: item.record })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
  };
}

builder.node(ConversationRef, {
  description: 'A conversation: the questions a user asked and the answers they got, in order.',
  id: { resolve: (conversation) => conversation.id },
  loadMany: (ids, context) => ids.map((id) => loadConversation(context, id)),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Named after the first question until the user renames it.' }),
    preview: t.exposeString('preview', {
      description: 'The first question, cut to 100 characters on a word boundary; empty until one is asked.',
    }),
    messageCount: t.exposeInt('messageCount'),
    createdAt: t.field({ type: 'DateTime', resolve: (conversation) => conversation.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (conversation) => conversation.updatedAt }),
    messages: t.connection({
      type: MessageRef,
      description: `Messages in chronological order. Without first or last: the latest ${DEFAULT_MESSAGE_PAGE}. first/after page forwards from the start, last/before backwards from the end (1..100).`,
      validate: connectionArgsModel,
      resolve: async (conversation, args, context) => {
        const page: Page<MessageRecord> = await withCursorErrors(args, () =>
          context.loaders.history.messagePage.load({
            conversationId: conversation.id,
            first: args.first ?? null,
            after: args.after ?? null,
            last: args.last ?? null,
            before: args.before ?? null,
          }),
        );
        return toConnection(page);
      },
    }),
  }),
});

builder.queryField('conversations', (t) =>
  t.connection({
    type: ConversationRef,
    description: `Your conversations, most recently updated first (${DEFAULT_CONVERSATION_PAGE} per page unless first says otherwise, at most 100). Page forwards with first/after.`,
    validate: connectionArgsModel.refine((args) => args.last == null && args.before == null, {
      message: 'conversations page forwards only: use first and after',
      path: ['last'],
    }),
    resolve: async (_root, args, context) => {
      const page = await withCursorErrors(args, () =>
        context.services.history.listConversations(context.viewer.uid, {
          first: args.first ?? DEFAULT_CONVERSATION_PAGE,
          after: args.after ?? null,
        }),
      );
      context.loaders.history.primeConversations(page.items.map((item) => item.record));
      return toConnection(page);
    },
  }),
);

builder.queryField('conversation', (t) =>
  t.field({
    type: ConversationRef,
    nullable: true,
    description: 'One of your conversations; null when there is none with this id (also when it is someone else’s).',
    args: { id: t.arg.id({ required: true, validate: z.string().min(1).max(1000) }) },
    resolve: (_root, args, context) => loadConversation(context, parseConversationId(String(args.id))),
  }),
);

const titleArg = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TITLE_MAX_LENGTH, `must be at most ${TITLE_MAX_LENGTH} characters`);

builder.mutationField('renameConversation', (t) =>
  t.field({
    type: ConversationRef,
    description: 'Gives a conversation a title of your choice (1..200 characters). NOT_FOUND when it is not yours.',
    args: {
      id: t.arg.id({ required: true, validate: z.string().min(1).max(1000) }),
      title: t.arg.string({ required: true, validate: titleArg }),
    },
    resolve: async (_root, args, context) => {
      const id = parseConversationId(String(args.id));
      const renamed = await context.services.history.renameConversation(context.viewer.uid, id, args.title.trim());
      if (!renamed) throw userError('NOT_FOUND', 'No such conversation.', { field: 'id' });
      return renamed;
    },
  }),
);

builder.mutationField('deleteConversation', (t) =>
  t.id({
    description: 'Deletes a conversation and all its messages; returns its id. NOT_FOUND when it is not yours.',
    args: { id: t.arg.id({ required: true, validate: z.string().min(1).max(1000) }) },
    resolve: async (_root, args, context) => {
      const id = parseConversationId(String(args.id));
      const deleted = await context.services.history.deleteConversation(context.viewer.uid, id);
      if (!deleted) throw userError('NOT_FOUND', 'No such conversation.', { field: 'id' });
      return String(args.id);
    },
  }),
);
