import { z } from 'zod';
import { builder } from './builder.js';
import { connectionArgsModel, PAGE_SIZE_MAX, withCursorErrors } from './connection-args.js';
import {
  ConversationRef,
  MessageRef,
  parseConversationIdOrNull,
  loadConversation,
  parseConversationId,
} from './history-refs.js';
import { invalidInput, notFound, UserErrorRef, USER_ERRORS_DESCRIPTION, type UserErrorShape } from './user-errors.js';
import type { ConversationRecord, MessageRecord } from '../history/records.js';
import { DEFAULT_MESSAGE_PAGE, type Page } from '../history/conversation-reads.js';

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

const ConversationConnection = builder.connectionObject(
  {
    type: ConversationRef,
    name: 'ConversationConnection',
    description: 'A page of your conversations, most recently updated first.',
  },
  { name: 'ConversationEdge', description: 'A conversation in a page, with the cursor to page on from it.' },
);

builder.node(ConversationRef, {
  description: 'A conversation: the questions a user asked and the answers they got, in order.',
  id: { resolve: (conversation) => conversation.id },
  loadMany: (ids, context) => ids.map((id) => loadConversation(context, id)),
  fields: (t) => ({
    title: t.exposeString('title', {
      description: `Named after the first question until the user renames it (1..${TITLE_MAX_LENGTH} characters).`,
    }),
    preview: t.exposeString('preview', {
      description: 'The first question, cut to 100 characters on a word boundary; empty until one is asked.',
    }),
    messageCount: t.exposeInt('messageCount', {
      description: 'Messages in the conversation: questions and answers together.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the first question was asked.',
      resolve: (conversation) => conversation.createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When a message was last added, or the title changed; `conversations` sorts by it.',
      resolve: (conversation) => conversation.updatedAt,
    }),
    messages: t.connection(
      {
        type: MessageRef,
        description: `Messages in chronological order. Without first or last: the latest ${DEFAULT_MESSAGE_PAGE}. first/after page forwards from the start, last/before backwards from the end (1..${PAGE_SIZE_MAX}).`,
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
      },
      { name: 'MessageConnection', description: 'A page of a conversation’s messages, in chronological order.' },
      { name: 'MessageEdge', description: 'A message in a page, with the cursor to page on from it.' },
    ),
  }),
});

const pageSize = z.number().int().min(1).max(PAGE_SIZE_MAX).nullish();
const cursor = z.string().min(1).max(500).nullish();

builder.queryField('conversations', (t) =>
  t.field({
    type: ConversationConnection,
    description: `Your conversations, most recently updated first. Page forwards with first/after (the list only pages forwards).`,
    args: {
      first: t.arg.int({
        description: `Page size (1..${PAGE_SIZE_MAX}); ${DEFAULT_CONVERSATION_PAGE} when omitted.`,
        validate: pageSize,
      }),
      after: t.arg.string({
        description: 'The `endCursor` of the previous page; omit for the first page.',
        validate: cursor,
      }),
    },
    resolve: async (_root, args, context) => {
      const page = await withCursorErrors(args, () =>
        context.history.listConversations({
          first: args.first ?? DEFAULT_CONVERSATION_PAGE,
          after: args.after ?? null,
        }),
      );
      return toConnection(page);
    },
  }),
);

builder.queryField('conversation', (t) =>
  t.field({
    type: ConversationRef,
    nullable: true,
    description: 'One of your conversations; null when there is none with this id (also when it is someone else’s).',
    args: {
      id: t.arg.id({ required: true, description: 'A Conversation global id.', validate: z.string().min(1).max(1000) }),
    },
    resolve: (_root, args, context) => loadConversation(context, parseConversationId(args.id)),
  }),
);

const conversationIdField = z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

// ——— renameConversation ———

const RenameConversationInput = builder.inputType('RenameConversationInput', {
  description: 'Which conversation to rename, and its new title.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The Conversation global id.' }),
    title: t.string({
      required: true,
      description: `The new title: 1..${TITLE_MAX_LENGTH} characters once leading and trailing spaces are trimmed.`,
    }),
  }),
});

const renameInputModel = z.object({
  conversationId: conversationIdField,
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(TITLE_MAX_LENGTH, `must be at most ${TITLE_MAX_LENGTH} characters`),
});

interface RenameConversationResult {
  readonly conversation: ConversationRecord | null;
  readonly userErrors: readonly UserErrorShape[];
}

const RenameConversationPayload = builder.objectRef<RenameConversationResult>('RenameConversationPayload').implement({
  description: 'The result of renameConversation.',
  fields: (t) => ({
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description: 'The renamed conversation; null when userErrors say why not.',
      resolve: (payload) => payload.conversation,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: USER_ERRORS_DESCRIPTION,
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

builder.mutationField('renameConversation', (t) =>
  t.field({
    type: RenameConversationPayload,
    description: `Gives one of your conversations a title of your choice (1..${TITLE_MAX_LENGTH} characters).`,
    args: {
      input: t.arg({
        type: RenameConversationInput,
        required: true,
        description: 'The conversation and its new title.',
      }),
    },
    resolve: async (_root, { input }, context): Promise<RenameConversationResult> => {
      const parsed = renameInputModel.safeParse(input);
      if (!parsed.success) return { conversation: null, userErrors: invalidInput(parsed.error) };
      const id = parseConversationIdOrNull(parsed.data.conversationId);
      if (id === null)
        return {
          conversation: null,
          userErrors: [{ field: ['input', 'conversationId'], message: 'Not a Conversation id.', code: 'INVALID' }],
        };
      const renamed = await context.history.renameConversation(id, parsed.data.title);
      if (!renamed)
        return { conversation: null, userErrors: notFound(['input', 'conversationId'], 'No such conversation.') };
      return { conversation: renamed, userErrors: [] };
    },
  }),
);

// ——— deleteConversation ———

const DeleteConversationInput = builder.inputType('DeleteConversationInput', {
  description: 'Which conversation to delete.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The Conversation global id.' }),
  }),
});

interface DeleteConversationResult {
  readonly deletedConversationId: string | null;
  readonly userErrors: readonly UserErrorShape[];
}

const DeleteConversationPayload = builder.objectRef<DeleteConversationResult>('DeleteConversationPayload').implement({
  description: 'The result of deleteConversation.',
  fields: (t) => ({
    deletedConversationId: t.id({
      nullable: true,
      description:
        'The global id of the deleted conversation (drop it from your cache); null when userErrors say why not.',
      resolve: (payload) => payload.deletedConversationId,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: USER_ERRORS_DESCRIPTION,
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

builder.mutationField('deleteConversation', (t) =>
  t.field({
    type: DeleteConversationPayload,
    description: 'Deletes one of your conversations and all its messages, for good.',
    args: {
      input: t.arg({ type: DeleteConversationInput, required: true, description: 'The conversation to delete.' }),
    },
    resolve: async (_root, { input }, context): Promise<DeleteConversationResult> => {
      const parsed = z.object({ conversationId: conversationIdField }).safeParse(input);
      if (!parsed.success) return { deletedConversationId: null, userErrors: invalidInput(parsed.error) };
      const id = parseConversationIdOrNull(parsed.data.conversationId);
      if (id === null) {
        return {
          deletedConversationId: null,
          userErrors: [{ field: ['input', 'conversationId'], message: 'Not a Conversation id.', code: 'INVALID' }],
        };
      }
      const deleted = await context.history.deleteConversation(id);
      if (!deleted)
        return {
          deletedConversationId: null,
          userErrors: notFound(['input', 'conversationId'], 'No such conversation.'),
        };
      return { deletedConversationId: parsed.data.conversationId, userErrors: [] };
    },
  }),
);
