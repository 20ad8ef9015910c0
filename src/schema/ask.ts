import { createHash } from 'node:crypto';
import { z } from 'zod';
import type {
  AnswerDeltaEvent,
  AskCompletedEvent,
  AskFailedEvent,
  AskProgressEvent,
  AskStartedEvent,
  RunEvent,
} from '../runs/run-events.js';
import { ASK_FAILURE_CODES } from '../runs/run-events.js';
import type { RequestContext } from '../context.js';
import { builder } from './builder.js';
import { userError } from './errors.js';
import { encodeGlobalID, decodeGlobalID } from '@pothos/plugin-relay';
import {
  ConversationRef,
  MessageRef,
  loadConversation,
  loadMessage,
  parseConversationId,
  parseMessageNodeId,
} from './history-refs.js';
import { CitationRef, QueryResultRef, RatingValueEnum } from './message.js';
import { AskOutcomeRef, InterpretationRef, interpretationOf } from './interpretation.js';

/**
 * askQuery: ask a question and watch it being answered. Every event of a run carries the run's id and a
 * sequence number, so a client that lost its connection rejoins with `askRun(runId, afterSeq)`.
 */

/** The longest question accepted. */
export const QUESTION_MAX_LENGTH = 2000;

const AskStage = builder.enumType('AskStage', {
  description: 'Where a run is, in words a user understands.',
  values: ['PLANNING', 'FETCHING_DATA', 'VALIDATING_DATA', 'INTERPRETING', 'FINALIZING', 'COMPLETE'] as const,
});

const AskFailureCode = builder.enumType('AskFailureCode', {
  description: 'Why a run ended without an answer.',
  values: ASK_FAILURE_CODES,
});

const AskEvent = builder.interfaceRef<RunEvent>('AskEvent').implement({
  description:
    'One event of a run. `seq` counts from 1 without gaps; a client that lost its connection passes the last one it saw to `askRun`.',
  fields: (t) => ({
    runId: t.exposeID('runId'),
    seq: t.exposeInt('seq'),
  }),
  resolveType: (event) => EVENT_TYPE_NAMES[event.type],
});

const EVENT_TYPE_NAMES = {
  started: 'AskStarted',
  progress: 'AskProgress',
  delta: 'AnswerDelta',
  completed: 'AskCompleted',
  failed: 'AskFailed',
} as const satisfies Record<RunEvent['type'], string>;

builder.objectRef<AskStartedEvent>('AskStarted').implement({
  description: 'First event of every run that starts: the question is saved, in this conversation.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'started',
  fields: (t) => ({
    conversationId: t.id({
      description: 'The Conversation (its global id) the question was saved to.',
      resolve: (event) => encodeGlobalID('Conversation', event.conversationId),
    }),
  }),
});

builder.objectRef<AskProgressEvent>('AskProgress').implement({
  description:
    'The run reached a step. A retried step is reported again with its attempt number (an interpreting step with attempt > 1 starts the answer text afresh). The percent never goes down within a run.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'progress',
  fields: (t) => ({
    stage: t.field({ type: AskStage, resolve: (event) => event.stage }),
    message: t.exposeString('message'),
    percent: t.exposeInt('percent'),
    attempt: t.exposeInt('attempt'),
  }),
});

builder.objectRef<AnswerDeltaEvent>('AnswerDelta').implement({
  description: 'The next piece of the answer as it is written; concatenated, the deltas of one attempt are its text.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'delta',
  fields: (t) => ({
    text: t.exposeString('text'),
  }),
});

builder.objectRef<AskCompletedEvent>('AskCompleted').implement({
  description: 'Last event of an answered run. The answer is already saved as `message` when this is sent.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'completed',
  fields: (t) => ({
    answer: t.exposeString('answer'),
    message: t.field({
      type: MessageRef,
      description: 'The saved assistant message.',
      resolve: async (event, _args, context) => {
        if (event.saved) return event.saved.message;
        // A subscription's context lives as long as the run: read what the run saved, not a cached copy.
        context.loaders.history.message.clear({ conversationId: event.conversationId, messageId: event.messageId });
        const message = await loadMessage(context, event.conversationId, event.messageId);
        if (!message) throw userError('NOT_FOUND', 'The answer was deleted with its conversation.');
        return message;
      },
    }),
    conversation: t.field({
      type: ConversationRef,
      resolve: async (event, _args, context) => {
        if (event.saved) return event.saved.conversation;
        context.loaders.history.conversation.clear(event.conversationId);
        const conversation = await loadConversation(context, event.conversationId);
        if (!conversation) throw userError('NOT_FOUND', 'The conversation was deleted.');
        return conversation;
      },
    }),
    sql: t.exposeString('sql', { nullable: true }),
    result: t.field({ type: QueryResultRef, nullable: true, resolve: (event) => event.result }),
    chart: t.field({
      type: 'JSON',
      nullable: true,
      description: 'A Vega-Lite spec when the result suits a chart.',
      resolve: (event) => event.chart,
    }),
    suggestions: t.exposeStringList('suggestions', { description: 'Follow-up questions that can be answered.' }),
    citations: t.field({
      type: [CitationRef],
      description: 'Where each number in the answer came from.',
      resolve: (event) => event.citations,
    }),
    outcome: t.field({
      type: AskOutcomeRef,
      description: 'Answered, Clarification (pick a reading), Declined (the data cannot answer) or DirectReply.',
      resolve: (event) => event.outcome,
    }),
    interpretation: t.field({
      type: InterpretationRef,
      nullable: true,
      description: 'What was understood (metrics, filters, period as dates…); null unless answered.',
      resolve: (event) => interpretationOf(event.outcome),
    }),
  }),
});

builder.objectRef<AskFailedEvent>('AskFailed').implement({
  description: 'Last event of a run that ended without an answer (or a question refused before it started).',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'failed',
  fields: (t) => ({
    code: t.field({ type: AskFailureCode, resolve: (event) => event.code }),
    message: t.exposeString('message'),
    retryable: t.exposeBoolean('retryable', { description: 'Asking again later may work.' }),
  }),
});

const AskQueryInput = builder.inputType('AskQueryInput', {
  fields: (t) => ({
    question: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, 'ask a question')
        .max(QUESTION_MAX_LENGTH, `a question has at most ${QUESTION_MAX_LENGTH} characters`),
    }),
    conversationId: t.id({
      description: 'Continue this conversation (its global id) with a follow-up question; omit to start a new one.',
    }),
    requestId: t.string({
      description:
        'A key the client makes once per question (a UUID when the user presses Ask). Asking again with the same key within 15 minutes joins the run it started instead of starting another, so a reconnect that re-sends the subscription never asks twice. At most 100 characters: letters, digits, `-`, `_`, `.`, `:`.',
      validate: z
        .string()
        .min(1)
        .max(100)
        .regex(/^[A-Za-z0-9._:-]+$/, 'a request id has letters, digits, -, _, . and : only'),
    }),
  }),
});

/** The run a client's request id names: the same for the same user and key on every instance, and no one else's. */
function runIdForRequest(uid: string, requestId: string): string {
  return createHash('sha256').update(`${uid}\u0000${requestId}`).digest('base64url').slice(0, 32);
}

/**
 * Resolves a conversation id argument to one of the caller's conversations, or fails as NOT_FOUND: someone
 * else's conversation reads exactly like one that does not exist.
 */
async function ownConversation(context: RequestContext, globalId: string): Promise<string> {
  const id = parseConversationId(globalId, 'input.conversationId');
  const conversation = await loadConversation(context, id);
  if (!conversation) throw userError('NOT_FOUND', 'No such conversation.', { field: 'input.conversationId' });
  return conversation.id;
}

/** The Firestore address inside a Message global id, or null when the value is not one. */
function messageKey(globalId: string): { conversationId: string; messageId: string } | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Message' ? parseMessageNodeId(id) : null;
  } catch {
    return null;
  }
}

builder.subscriptionField('askQuery', (t) =>
  t.field({
    type: AskEvent,
    description:
      'Asks a question and streams the run: AskStarted, AskProgress and AnswerDelta events, then AskCompleted or AskFailed. Unsubscribing (graphql-ws `complete`) cancels the run; a dropped connection does not (rejoin with askRun).',
    args: { input: t.arg({ type: AskQueryInput, required: true }) },
    subscribe: async (_root, { input }, context) => {
      const { runs } = context.services;
      const uid = context.viewer.uid;
      const runId = input.requestId ? runIdForRequest(uid, input.requestId) : undefined;
      // The same question sent again (a reconnect's retry): the run it started, wherever it runs.
      if (runId) {
        const started = await runs.rejoin(uid, runId, 0);
        if (started) return started;
      }
      const conversationId = input.conversationId ? await ownConversation(context, String(input.conversationId)) : null;
      return runs.ask(uid, { question: input.question.trim(), conversationId }, context.connection, runId);
    },
    resolve: (event: RunEvent) => event,
  }),
);

builder.subscriptionField('askRun', (t) =>
  t.field({
    type: AskEvent,
    description:
      'Rejoins a run still going, or one that finished within the last 15 minutes: the events after `afterSeq`, then the rest live. Never starts a second run.',
    args: {
      runId: t.arg.id({ required: true }),
      afterSeq: t.arg.int({ validate: z.number().int().min(0) }),
    },
    subscribe: async (_root, args, context) => {
      const events = await context.services.runs.rejoin(context.viewer.uid, String(args.runId), args.afterSeq ?? 0);
      if (!events) throw userError('NOT_FOUND', 'No such run, or it finished more than 15 minutes ago.');
      return events;
    },
    resolve: (event: RunEvent) => event,
  }),
);

builder.mutationField('cancelAsk', (t) =>
  t.boolean({
    description:
      'Cancels one of your runs, from any connection or device. True when a running run was told to stop; false when it had already finished.',
    args: { runId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const cancelled = await context.services.runs.cancel(context.viewer.uid, String(args.runId));
      if (cancelled === null) throw userError('NOT_FOUND', 'No such run.');
      return cancelled;
    },
  }),
);

builder.mutationField('rateAnswer', (t) =>
  t.field({
    type: MessageRef,
    description: 'Rates an answer (thumbs up or down, with an optional comment); the message exposes it as `rating`.',
    args: {
      messageId: t.arg.id({ required: true }),
      rating: t.arg({ type: RatingValueEnum, required: true }),
      comment: t.arg.string({ validate: z.string().max(2000, 'a comment has at most 2000 characters') }),
    },
    resolve: async (_root, args, context) => {
      const key = messageKey(String(args.messageId));
      if (!key) throw userError('BAD_USER_INPUT', 'messageId: not a Message id', { field: 'messageId' });
      const message = await loadMessage(context, key.conversationId, key.messageId);
      if (!message) throw userError('NOT_FOUND', 'No such message.');
      if (message.role !== 'assistant') throw userError('BAD_USER_INPUT', 'Only answers can be rated.', { field: 'messageId' });
      const rated = await context.services.history.rateMessage(context.viewer.uid, key.conversationId, key.messageId, {
        value: args.rating,
        comment: args.comment ?? null,
      });
      if (!rated) throw userError('NOT_FOUND', 'No such message.');
      return rated;
    },
  }),
);
