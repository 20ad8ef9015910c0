import { createHash } from 'node:crypto';
import { z } from 'zod';
import type {
  AnswerDeltaEvent,
  AskCompletedEvent,
  AskFailedEvent,
  AskProgressEvent,
  AskStartedEvent,
  RunEvent,
  Stage,
} from '../ask/events.js';
import { ASK_FAILURE_CODES, EVENT_TYPE_NAMES } from '../ask/events.js';
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
import { QUESTION_MAX_LENGTH } from '../question-limit.js';
import { REJOIN_WINDOW_MS } from '../ask/run-store.js';
import type { MessageRecord } from '../history/records.js';
import { invalidInput, notFound, UserErrorRef, USER_ERRORS_DESCRIPTION, type UserErrorShape } from './user-errors.js';

/**
 * askQuery: ask a question and watch it being answered. Every event of a run carries the run's id and a
 * sequence number, so a client that lost its connection rejoins with `askRun(runId, afterSeq)`.
 */

export { QUESTION_MAX_LENGTH } from '../question-limit.js';

const REJOIN_MINUTES = REJOIN_WINDOW_MS / 60_000;
const COUNT = new Intl.NumberFormat('en-US');
/** The longest comment on a rating, in characters. */
export const RATING_COMMENT_MAX_LENGTH = 2000;

const AskStage = builder.enumType('AskStage', {
  description:
    'Where a run is, in words a user understands. In this order; a retried step comes again with a higher `attempt`.',
  values: {
    PLANNING: { description: 'Working out what the question asks ("Planning Task...", 0–15 %).' },
    FETCHING_DATA: { description: 'Writing and running the query ("Fetching Data...", 30 % and 50 %).' },
    VALIDATING_DATA: {
      description: 'Checking the query is safe and reads only your rows ("Validating Data...", 40 %).',
    },
    INTERPRETING: { description: 'Writing the answer; AnswerDelta events follow ("Interpreting Data...", 75–85 %).' },
    FINALIZING: {
      description: 'Checking the answer’s numbers against the data and saving it ("Finalizing Response...", 95 %).',
    },
    COMPLETE: { description: 'Done ("Complete!", 100 %); AskCompleted follows.' },
  } as const satisfies Record<Stage, { description: string }>,
});

const FAILURE_DESCRIPTIONS: Record<(typeof ASK_FAILURE_CODES)[number], string> = {
  UNANSWERABLE:
    'The data cannot answer the question as asked (the query it needs is not allowed). Retrying the same question does not help; rephrase it. retryable: false.',
  RATE_LIMITED:
    'Too many questions: you have too many runs going at once, you asked too often this minute, or the language model’s provider is rate limited. Retrying helps after `retryAfterSeconds` (when given), or once one of your runs ends. retryable: true.',
  TIMEOUT:
    'The question, the query or the model took too long. Retrying may help, a narrower question (a shorter period) more so. retryable: true.',
  MODEL_UNAVAILABLE:
    'The language model could not be reached or kept answering badly. Retrying later may help. retryable: true.',
  WAREHOUSE_UNAVAILABLE:
    'Your data could not be reached (retrying later may help: retryable true), or is not set up for askql (retrying cannot help until an administrator finishes the set-up: retryable false).',
  HISTORY_UNAVAILABLE:
    'The conversation could not be saved, so the question was not answered. Retrying later may help (retryable true), except when Firestore refused this answer itself (retryable false).',
  CONVERSATION_BUSY:
    'The conversation is still answering a previous question (the server’s busy policy is `reject`). Retry when `Conversation.activeRun` is null, or cancel that run first. retryable: true.',
  CANCELLED:
    'Stopped by its user (unsubscribe or cancelAsk), a newer question (busy policy `interrupt`), or a server shutdown. Asking again starts afresh. retryable: true.',
  INTERNAL: 'Something unexpected went wrong (it is logged on the server). Retrying may help. retryable: true.',
};

const AskFailureCode = builder.enumType('AskFailureCode', {
  description:
    'Why a run ended without an answer. Each value says whether asking again can help; `AskFailed.retryable` says it for each failure.',
  values: Object.fromEntries(
    ASK_FAILURE_CODES.map((code) => [code, { description: FAILURE_DESCRIPTIONS[code] }]),
  ) as Record<(typeof ASK_FAILURE_CODES)[number], { description: string }>,
});

const AskEvent = builder.interfaceRef<RunEvent>('AskEvent').implement({
  description:
    'One event of a run. `seq` counts from 1 without gaps; a client that lost its connection passes the last one it saw to `askRun`.',
  fields: (t) => ({
    runId: t.exposeID('runId', {
      description:
        'The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is).',
    }),
    seq: t.exposeInt('seq', { description: 'The event’s number in its run: 1, 2, 3… without gaps.' }),
  }),
  resolveType: (event) => EVENT_TYPE_NAMES[event.type],
});

builder.objectRef<AskStartedEvent>(EVENT_TYPE_NAMES.started).implement({
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

builder.objectRef<AskProgressEvent>(EVENT_TYPE_NAMES.progress).implement({
  description:
    'The run reached a step. A retried step is reported again with its attempt number (an interpreting step with attempt > 1 starts the answer text afresh). The percent never goes down within a run.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'progress',
  fields: (t) => ({
    stage: t.field({ type: AskStage, description: 'The step the run reached.', resolve: (event) => event.stage }),
    message: t.exposeString('message', { description: 'The step in words for a progress bar: "Fetching Data...".' }),
    percent: t.exposeInt('percent', {
      description: 'How far the run is, 0..100; never lower than the previous AskProgress.',
    }),
    attempt: t.exposeInt('attempt', { description: '1 for a step’s first try, 2 and up when it is retried.' }),
  }),
});

builder.objectRef<AnswerDeltaEvent>(EVENT_TYPE_NAMES.delta).implement({
  description: 'The next piece of the answer as it is written; concatenated, the deltas of one attempt are its text.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'delta',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'Append it to the answer so far (a few words; never empty).' }),
  }),
});

builder.objectRef<AskCompletedEvent>(EVENT_TYPE_NAMES.completed).implement({
  description: 'Last event of an answered run. The answer is already saved as `message` when this is sent.',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'completed',
  fields: (t) => ({
    answer: t.exposeString('answer', {
      description: 'The whole answer text (markdown), as saved: it replaces the deltas.',
    }),
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
      description:
        'The conversation, with the answer saved (its title, messageCount and updatedAt as the answer left them).',
      resolve: async (event, _args, context) => {
        if (event.saved) return event.saved.conversation;
        context.loaders.history.conversation.clear(event.conversationId);
        const conversation = await loadConversation(context, event.conversationId);
        if (!conversation) throw userError('NOT_FOUND', 'The conversation was deleted.');
        return conversation;
      },
    }),
    sql: t.exposeString('sql', {
      nullable: true,
      description: 'The SQL that produced the result; null when no query ran (a clarification, a reply).',
    }),
    result: t.field({
      type: QueryResultRef,
      nullable: true,
      description: 'The rows the answer is based on; null when no query ran.',
      resolve: (event) => event.result,
    }),
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

builder.objectRef<AskFailedEvent>(EVENT_TYPE_NAMES.failed).implement({
  description: 'Last event of a run that ended without an answer (or a question refused before it started).',
  interfaces: [AskEvent],
  isTypeOf: (event) => (event as RunEvent).type === 'failed',
  fields: (t) => ({
    code: t.field({
      type: AskFailureCode,
      description: 'Why, for code; each value says whether retrying can help.',
      resolve: (event) => event.code,
    }),
    message: t.exposeString('message', { description: 'Why, in a sentence to show the user.' }),
    retryable: t.exposeBoolean('retryable', {
      description: 'True when asking the same question again (later) can succeed; false when it cannot.',
    }),
    retryAfterSeconds: t.int({
      nullable: true,
      description:
        'RATE_LIMITED: seconds to wait before asking again (the per-minute rate frees a question then). Null for every other code, and when the wait is for one of your runs to end.',
      resolve: (event) => event.retryAfterSeconds ?? null,
    }),
  }),
});

const AskQueryInput = builder.inputType('AskQueryInput', {
  description: 'A question to ask, and where.',
  fields: (t) => ({
    question: t.string({
      required: true,
      description: `The question in plain words: 1..${COUNT.format(QUESTION_MAX_LENGTH)} characters once leading and trailing spaces are trimmed (a longer one is refused with BAD_USER_INPUT, never cut).`,
      validate: z
        .string()
        .trim()
        .min(1, 'ask a question')
        .max(QUESTION_MAX_LENGTH, `a question has at most ${COUNT.format(QUESTION_MAX_LENGTH)} characters`),
    }),
    conversationId: t.id({
      description: 'Continue this conversation (its global id) with a follow-up question; omit to start a new one.',
    }),
    requestId: t.string({
      description: `A key the client makes once per question (a UUID when the user presses Ask). Asking again with the same key within ${REJOIN_MINUTES} minutes joins the run it started instead of starting another, so a reconnect that re-sends the subscription never asks twice. At most 100 characters: letters, digits, \`-\`, \`_\`, \`.\`, \`:\`.`,
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
    args: {
      input: t.arg({
        type: AskQueryInput,
        required: true,
        description: 'The question, its conversation and its request key.',
      }),
    },
    subscribe: async (_root, { input }, context) => {
      const { runs } = context.services;
      const uid = context.viewer.uid;
      const runId = input.requestId ? runIdForRequest(uid, input.requestId) : undefined;
      // The same question sent again (a reconnect's retry): the run it started, wherever it runs.
      if (runId) {
        const started = await runs.rejoin(uid, runId, 0);
        if (started) return started;
      }
      const conversationId = input.conversationId ? await ownConversation(context, input.conversationId) : null;
      return runs.ask(uid, { question: input.question.trim(), conversationId }, context.connection, runId);
    },
    resolve: (event: RunEvent) => event,
  }),
);

builder.subscriptionField('askRun', (t) =>
  t.field({
    type: AskEvent,
    description: `Rejoins a run still going, or one that finished within the last ${REJOIN_MINUTES} minutes: the events after \`afterSeq\`, then the rest live. Never starts a second run. NOT_FOUND when there is no such run of yours.`,
    args: {
      runId: t.arg.id({
        required: true,
        description: 'The run’s id, from `AskEvent.runId` or `Conversation.activeRun.runId`.',
      }),
      afterSeq: t.arg.int({
        description: 'The last `seq` you handled; the events after it are sent. 0 (the default) replays the whole run.',
        validate: z.number().int().min(0),
      }),
    },
    subscribe: async (_root, args, context) => {
      const events = await context.services.runs.rejoin(context.viewer.uid, args.runId, args.afterSeq ?? 0);
      if (!events) throw userError('NOT_FOUND', 'No such run, or it finished more than 15 minutes ago.');
      return events;
    },
    resolve: (event: RunEvent) => event,
  }),
);

// ——— rateAnswer ———

const RateAnswerInput = builder.inputType('RateAnswerInput', {
  description: 'An answer and what you thought of it.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The Message global id of an answer (role ASSISTANT).' }),
    rating: t.field({
      type: RatingValueEnum,
      required: true,
      description: 'Thumbs up or down; rating again replaces the previous rating.',
    }),
    comment: t.string({
      description: `Why, in the user’s words: at most ${COUNT.format(RATING_COMMENT_MAX_LENGTH)} characters; omit for none.`,
    }),
  }),
});

const rateInputModel = z.object({
  messageId: z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  comment: z
    .string()
    .max(RATING_COMMENT_MAX_LENGTH, `must be at most ${COUNT.format(RATING_COMMENT_MAX_LENGTH)} characters`)
    .nullish(),
});

interface RateAnswerResult {
  readonly message: MessageRecord | null;
  readonly userErrors: readonly UserErrorShape[];
}

const RateAnswerPayload = builder.objectRef<RateAnswerResult>('RateAnswerPayload').implement({
  description: 'The result of rateAnswer.',
  fields: (t) => ({
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The rated answer, with its `rating`; null when userErrors say why not.',
      resolve: (payload) => payload.message,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: USER_ERRORS_DESCRIPTION,
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

builder.mutationField('rateAnswer', (t) =>
  t.field({
    type: RateAnswerPayload,
    description:
      'Rates one of your answers (thumbs up or down, with an optional comment); the message shows it as `rating`.',
    args: { input: t.arg({ type: RateAnswerInput, required: true, description: 'The answer and its rating.' }) },
    resolve: async (_root, { input }, context): Promise<RateAnswerResult> => {
      const parsed = rateInputModel.safeParse({ messageId: input.messageId, comment: input.comment });
      if (!parsed.success) return { message: null, userErrors: invalidInput(parsed.error) };
      const key = messageKey(parsed.data.messageId);
      if (!key)
        return {
          message: null,
          userErrors: [{ field: ['input', 'messageId'], message: 'Not a Message id.', code: 'INVALID' }],
        };
      const message = await loadMessage(context, key.conversationId, key.messageId);
      if (!message) return { message: null, userErrors: notFound(['input', 'messageId'], 'No such message.') };
      if (message.role !== 'assistant') {
        return {
          message: null,
          userErrors: [{ field: ['input', 'messageId'], message: 'Only answers can be rated.', code: 'INVALID' }],
        };
      }
      const rated = await context.history.rateMessage(key.conversationId, key.messageId, {
        value: input.rating,
        comment: parsed.data.comment ?? null,
      });
      if (!rated) return { message: null, userErrors: notFound(['input', 'messageId'], 'No such message.') };
      return { message: rated, userErrors: [] };
    },
  }),
);
