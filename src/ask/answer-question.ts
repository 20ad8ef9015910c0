import type { AgentGraph } from '../agent/graph.js';
import { runAgent, type AgentOutcome } from '../agent/run-agent.js';
import type { Citation, Turn } from '../analyst/analyst.js';
import { withPresentation, type PresentedColumn, type PresentedResult } from '../analyst/answer/column-presentation.js';
import type { ConversationReads } from '../history/conversation-reads.js';
import type { ConversationWrites, NewMessage } from '../history/conversation-writes.js';
import type { AssistantResult } from '../history/records.js';
import type { Logger } from '../logger.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { Admission } from './admission.js';
import { describeFailure, type UnnumberedRunEvent } from './events.js';
import { Cancelled, RunDeadline, type LiveRun } from './live-run.js';
import type { RunCommits } from './run-commit.js';
import { HISTORY_MESSAGES, turnsFromMessages } from './turns.js';

/** A question to answer: `conversationId` null starts a new conversation. */
export interface AskRequest {
  readonly question: string;
  readonly conversationId: string | null;
}

export interface AnswerDeps {
  readonly graph: AgentGraph;
  readonly reads: ConversationReads;
  readonly writes: ConversationWrites;
  readonly commits: RunCommits;
  readonly admission: Admission;
  readonly logger: Logger;
  readonly runTimeoutMs: number | undefined;
  /** The busy policy: resolves true once the conversation is this run's, false when the run was refused. */
  claimConversation(run: LiveRun, conversationId: string): Promise<boolean>;
  /** Registers the run as the one going in a conversation it just created. */
  startedConversation(run: LiveRun, conversationId: string): void;
}

/**
 * The run, top to bottom: admission (the user's limits), the conversation (the busy policy, or a new one),
 * AskStarted, the question saved with the run's first events, the agent (its progress and answer text
 * streamed as it goes), the answer saved with the closing events, then AskCompleted. A failure anywhere
 * ends it with AskFailed (and an assistant message saying so, once the question was saved). Never throws.
 */
export async function answerQuestion(run: LiveRun, request: AskRequest, deps: AnswerDeps): Promise<void> {
  const { admission, commits } = deps;
  const { signal } = run;
  let questionSaved = false;
  const { runTimeoutMs } = deps;
  const deadline = runTimeoutMs
    ? setTimeout(() => {
        if (!signal.aborted) run.controller.abort(new RunDeadline(runTimeoutMs));
      }, runTimeoutMs)
    : undefined;
  try {
    const refused = await admission.admit(run.uid, run.id);
    if (refused) {
      run.fail('RATE_LIMITED', refused.message, true, null, refused.retryAfterSeconds);
      return;
    }

    let conversationId = request.conversationId;
    if (conversationId) {
      if (!(await deps.claimConversation(run, conversationId))) return;
    } else {
      // The id is made locally, so AskStarted goes out before any write; the question follows in one batch.
      conversationId = deps.writes.newConversationId(run.uid);
      deps.startedConversation(run, conversationId);
    }
    run.conversationId = conversationId;
    run.writer.setConversation(conversationId);
    run.emit({ type: 'started', conversationId });

    // The question and the run's document (with AskStarted) are one atomic write.
    const question = { role: 'user', content: request.question, status: 'complete', runId: run.id } as const;
    let turns: Turn[] = [];
    if (request.conversationId) {
      const [earlier, appended] = await Promise.all([
        commits.bounded(loadTurns(deps.reads, run.uid, request.conversationId)),
        commits.saveQuestion(run, conversationId, question),
      ]);
      turns = earlier;
      run.version = appended.version;
    } else {
      run.version = await commits.startConversation(run, conversationId, question);
    }
    questionSaved = true;
    signal.throwIfAborted();

    const outcome = await runAgent(
      deps.graph,
      { question: request.question, tenant: run.uid, history: turns },
      { signal, onEvent: (event) => run.emit(event) },
    );
    await saveOutcome(run, conversationId, outcome, deps);
  } catch (error) {
    await endWithFailure(run, error, questionSaved, deps);
  } finally {
    clearTimeout(deadline);
  }
}

async function loadTurns(reads: ConversationReads, uid: string, conversationId: string): Promise<Turn[]> {
  const page = await reads.listMessages(uid, conversationId, { last: HISTORY_MESSAGES });
  return turnsFromMessages(page.items.map((item) => item.record));
}

/** The answer (or the agent's own failure) as a message, saved with the closing events, then sent. */
async function saveOutcome(run: LiveRun, conversationId: string, outcome: AgentOutcome, deps: AnswerDeps) {
  const messageId = deps.writes.newMessageId(run.uid, conversationId);
  if (outcome.kind === 'failure') {
    const { code, message } = outcome.failure;
    await saveAnswer(
      run,
      conversationId,
      {
        id: messageId,
        role: 'assistant',
        content: message,
        status: 'failed',
        runId: run.id,
        result: outcome.sql ? assistantResult(outcome.sql, null, null, [], [], outcome.plan) : null,
      },
      [{ type: 'failed', code, message, retryable: code === 'TIMEOUT', conversationId, messageId }],
      deps.commits,
    );
    return;
  }
  const { answer, sql, plan } = outcome;
  // Every client renders the same headers, formats and order: the columns carry them.
  const result = outcome.result && answer.columns ? withPresentation(outcome.result, answer.columns) : outcome.result;
  await saveAnswer(
    run,
    conversationId,
    {
      id: messageId,
      role: 'assistant',
      content: answer.text,
      status: 'complete',
      runId: run.id,
      result: assistantResult(sql, result, answer.chart, answer.citations, answer.suggestions, plan),
      outcome: answer.outcome,
    },
    [
      ...outcome.complete,
      {
        type: 'completed',
        conversationId,
        messageId,
        answer: answer.text,
        sql,
        result,
        chart: answer.chart,
        suggestions: answer.suggestions,
        citations: answer.citations,
        outcome: answer.outcome,
      },
    ],
    deps.commits,
  );
}

/**
 * Saves the assistant's message together with the run's last events (the events not yet copied, then
 * `closing`) in one atomic write, and only then sends `closing` to subscribers: a client that sees
 * AskCompleted can read the answer from the history, and the run's record never disagrees with it.
 */
async function saveAnswer(
  run: LiveRun,
  conversationId: string,
  message: NewMessage & { readonly id: string },
  closing: readonly UnnumberedRunEvent[],
  commits: RunCommits,
): Promise<void> {
  const events = run.number(closing);
  const appended = await commits.saveAnswer(run, conversationId, message, events);
  run.version = appended.version;
  const saved = { message: appended.message, conversation: appended.version.conversation };
  for (const event of events) run.log.append(event.type === 'completed' ? { ...event, saved } : event);
}

/** Ends the run with AskFailed: the deadline, a cancel, or a failure (described where it happened). */
async function endWithFailure(run: LiveRun, error: unknown, questionSaved: boolean, deps: AnswerDeps) {
  const { signal } = run;
  if (signal.reason instanceof RunDeadline) {
    const message = `This question took longer than ${Math.round(signal.reason.timeoutMs / 1000)} s to answer and was stopped. Try a narrower question, or try again later.`;
    const saved = await saveStatusQuietly(run, questionSaved, 'failed', message, deps);
    run.fail('TIMEOUT', message, true, saved);
    return;
  }
  if (signal.aborted) {
    const saved = await saveStatusQuietly(
      run,
      questionSaved,
      'cancelled',
      'Cancelled before an answer was ready.',
      deps,
    );
    const reason = signal.reason instanceof Cancelled ? signal.reason.message : 'cancelled';
    run.fail('CANCELLED', `The question was cancelled (${reason}).`, true, saved);
    return;
  }
  const failure = describeFailure(error);
  if (failure.code === 'INTERNAL') deps.logger.error({ err: error, runId: run.id }, 'an ask run failed unexpectedly');
  else deps.logger.warn({ err: error, runId: run.id, code: failure.code }, 'an ask run failed');
  const saved =
    failure.code === 'HISTORY_UNAVAILABLE'
      ? null
      : await saveStatusQuietly(run, questionSaved, 'failed', failure.message, deps);
  run.fail(failure.code, failure.message, failure.retryable, saved, failure.retryAfterSeconds ?? null);
}

/** Leaves an assistant message with the run's status, when the question was saved; never throws. */
async function saveStatusQuietly(
  run: LiveRun,
  questionSaved: boolean,
  status: 'failed' | 'cancelled',
  content: string,
  deps: AnswerDeps,
): Promise<string | null> {
  if (!questionSaved || !run.conversationId) return null;
  try {
    const saved = await deps.commits.saveStatus(run, run.conversationId, status, content);
    return saved.message.id;
  } catch (error) {
    deps.logger.warn({ err: error, runId: run.id }, `could not save the ${status} message of a run`);
    return null;
  }
}

function assistantResult(
  sql: string | null,
  result: QueryResult | null,
  chart: AssistantResult['chart'],
  citations: readonly Citation[],
  suggestions: readonly string[],
  plan: unknown,
): AssistantResult {
  return {
    sql,
    columns: result ? result.columns.map(storedColumn) : [],
    ...(result && 'order' in result ? { order: [...(result as PresentedResult).order] } : {}),
    rows: result ? result.rows.map((row) => [...row]) : [],
    rowCount: result?.rowCount ?? 0,
    truncated: result?.truncated ?? false,
    chart,
    citations: citations.map((citation) => ({ ...citation, cells: citation.cells.map((cell) => ({ ...cell })) })),
    suggestions: [...suggestions],
    plan: plan ?? null,
  };
}

/** A column as a message keeps it: its presentation too, when the answer gave it one. */
function storedColumn(column: QueryResult['columns'][number] | PresentedColumn): AssistantResult['columns'][number] {
  if (!('label' in column)) return { name: column.name, type: column.type };
  const { name, type, label, format, currency, grain, role, valueLabels } = column;
  return { name, type, label, format, currency, grain, role, valueLabels: valueLabels.map((entry) => ({ ...entry })) };
}
