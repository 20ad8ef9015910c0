import { builder } from './builder.js';
import { ConversationRef, loadConversation } from './history-refs.js';
import { notFound, UserErrorRef, USER_ERRORS_DESCRIPTION, type UserErrorShape } from './user-errors.js';
import type { RunInfo } from '../ask/registry.js';
import { RUN_STATUSES } from '../ask/run-store.js';

/**
 * A run: one question being answered (or answered within the last 15 minutes). `Conversation.activeRun`
 * tells a client that reloaded which run to rejoin with `askRun`; `cancelAsk` stops one.
 */

export const RunRef = builder.objectRef<RunInfo>('Run');

const RunStatusEnum = builder.enumType('RunStatus', {
  description: 'Where a run is.',
  values: {
    RUNNING: { value: 'running', description: 'Still being answered: `askRun` follows it live.' },
    COMPLETED: { value: 'completed', description: 'Ended with AskCompleted; the answer is saved.' },
    FAILED: { value: 'failed', description: 'Ended with AskFailed (any code but CANCELLED).' },
    CANCELLED: {
      value: 'cancelled',
      description: 'Stopped by its user (unsubscribe or cancelAsk) or by a server shutdown.',
    },
  } as const satisfies Record<string, { value: (typeof RUN_STATUSES)[number]; description: string }>,
});

builder.node(RunRef, {
  description: 'One question being answered, or answered within the last 15 minutes (then it is forgotten).',
  id: { resolve: (run) => run.id },
  loadOne: (id, context) => context.services.runs.describe(context.viewer.uid, id),
  fields: (t) => ({
    runId: t.id({
      description: 'The id `askRun` and `cancelAsk` take, the same as `AskEvent.runId` (not the global `id`).',
      resolve: (run) => run.id,
    }),
    status: t.field({ type: RunStatusEnum, description: 'Where the run is now.', resolve: (run) => run.status }),
    lastSeq: t.exposeInt('lastSeq', {
      description:
        'The `seq` of the run’s latest event (0 before the first). Read on another server instance it may be a second behind; `askRun(afterSeq: 0)` replays everything either way.',
    }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      description:
        'The conversation the question was saved to; null for a question refused before it started, or a deleted conversation.',
      resolve: (run, _args, context) => (run.conversationId ? loadConversation(context, run.conversationId) : null),
    }),
  }),
});

builder.objectField(ConversationRef, 'activeRun', (t) =>
  t.loadable({
    type: RunRef,
    nullable: true,
    description:
      'The run answering this conversation’s latest question, while it runs; null when none is going. A client that reloaded rejoins it with `askRun(runId, afterSeq)`.',
    load: (conversationIds: string[], context) => context.services.runs.runningIn(context.viewer.uid, conversationIds),
    resolve: (conversation) => conversation.id,
  }),
);

// ——— cancelAsk ———

const CancelAskInput = builder.inputType('CancelAskInput', {
  description: 'Which run to cancel.',
  fields: (t) => ({
    runId: t.id({ required: true, description: 'The run’s id, as `AskEvent.runId` or `Run.runId` give it.' }),
  }),
});

interface CancelAskResult {
  readonly cancelled: boolean;
  readonly run: RunInfo | null;
  readonly userErrors: readonly UserErrorShape[];
}

const CancelAskPayload = builder.objectRef<CancelAskResult>('CancelAskPayload').implement({
  description: 'The result of cancelAsk.',
  fields: (t) => ({
    cancelled: t.exposeBoolean('cancelled', {
      description:
        'True when a running run was told to stop (its subscribers get AskFailed CANCELLED); false when it had already ended.',
    }),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run, as it is now; null when userErrors say why not.',
      resolve: (payload) => payload.run,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: USER_ERRORS_DESCRIPTION,
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

builder.mutationField('cancelAsk', (t) =>
  t.field({
    type: CancelAskPayload,
    description:
      'Cancels one of your runs, from any connection or device. The run saves what it wrote so far as a CANCELLED message.',
    args: { input: t.arg({ type: CancelAskInput, required: true, description: 'The run to cancel.' }) },
    resolve: async (_root, { input }, context): Promise<CancelAskResult> => {
      const { runs } = context.services;
      const runId = input.runId;
      const cancelled = await runs.cancel(context.viewer.uid, runId);
      if (cancelled === null)
        return { cancelled: false, run: null, userErrors: notFound(['input', 'runId'], 'No such run.') };
      return { cancelled, run: await runs.describe(context.viewer.uid, runId), userErrors: [] };
    },
  }),
);
