import { randomUUID } from 'node:crypto';
import type { WriteBatch } from 'firebase-admin/firestore';
import { Repeater } from 'graphql-yoga';
import { completeProgress, type AgentEvent } from '../agent/events.js';
import type { AgentGraph } from '../agent/graph.js';
import { runAgent, type AgentOutcome } from '../agent/stream.js';
import type { Citation, Turn } from '../analyst/analyst.js';
import { withPresentation, type PresentedColumn, type PresentedResult } from '../analyst/column-presentation.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { Config } from '../config.js';
import type { ConversationRepository, ConversationVersion, NewMessage } from '../history/conversation-repository.js';
import type { AssistantResult } from '../history/records.js';
import type { Logger } from '../logger.js';
import { FLUSH_INTERVAL_MS, RunEventWriter } from './event-writer.js';
import { memoryAdmission, type Admission } from './admission.js';
import { RunLog } from './run-log.js';
import {
  describeFailure,
  HistoryUnavailableError,
  isTerminal,
  type AskFailureCode,
  type RunEvent,
  type UnnumberedRunEvent,
} from './events.js';
import { REJOIN_WINDOW_MS, STALE_RUN_MS, type RunChunk, type RunStatus, type RunStore } from './run-store.js';
import { HISTORY_MESSAGES, turnsFromMessages } from './turns.js';

/** What a client may read of a run (the `Run` node). */
export interface RunInfo {
  readonly id: string;
  readonly conversationId: string | null;
  readonly status: RunStatus;
  /** The last event's seq: exact on the instance running it, up to a flush behind elsewhere. */
  readonly lastSeq: number;
}

/** A question to answer: `conversationId` null starts a new conversation. */
export interface AskRequest {
  readonly question: string;
  readonly conversationId: string | null;
}

/**
 * What the registry knows of the connection a subscription arrived on: `unsubscribed()` is true when the
 * client explicitly ended the subscription (graphql-ws `complete`), which cancels the run. A subscription
 * that ends otherwise (the connection dropped, an SSE client went away) leaves the run to finish and be saved.
 */
export interface AskTransport {
  unsubscribed(): boolean;
}

export interface RunRegistryOptions {
  readonly graph: AgentGraph;
  readonly history: ConversationRepository;
  readonly store: RunStore;
  readonly logger: Logger;
  readonly limits: Pick<Config['ask'], 'busyPolicy' | 'maxRunsPerUser' | 'runsPerMinute'> & {
    readonly runTimeoutMs?: number;
  };
  /** This server instance, as other instances address it; defaults to a random id. */
  readonly instanceId?: string;
  /** Longest wait for a Firestore write of the history before the run fails with HISTORY_UNAVAILABLE (default 10 s). */
  readonly historyTimeoutMs?: number;
  /** Who may start a run; this instance's own counts by default (see admission.ts). */
  readonly admission?: Admission;
}

const DEFAULT_RUN_TIMEOUT_MS = 180_000;

class Cancelled extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Cancelled';
  }
}

/** The run's overall deadline passed: whatever step it was at (a slow model, a queue) is stopped. */
class RunDeadline extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the run took longer than ${timeoutMs} ms`);
    this.name = 'RunDeadline';
  }
}

/** A run on this instance: running, or finished within the rejoin window. */
interface LocalRun {
  readonly id: string;
  readonly uid: string;
  conversationId: string | null;
  readonly log: RunLog;
  readonly writer: RunEventWriter;
  readonly controller: AbortController;
  /** The conversation as this run last wrote it, so the answer is saved without reading it again. */
  version: ConversationVersion | null;
  /** Settles when the run has saved its outcome and sent its last event. */
  done: Promise<void>;
}

/**
 * How long a finished run's events stay in this instance's memory for a quick rejoin. Later rejoins (up to
 * the 15-minute window) read them back from Firestore, so memory does not grow with 15 minutes of traffic.
 */
const LOCAL_RETENTION_MS = 60_000;

/**
 * Under load each run copies its events to Firestore less often: the wait between writes grows by this
 * much per run going on the instance, so all of them together make about 50 writes a second, and Firestore
 * stays free for the questions and answers themselves. Rejoiners on other instances see larger batches.
 */
const FLUSH_INTERVAL_PER_RUN_MS = 20;

/** What an explicit unsubscribe, `cancelAsk` or the interrupt policy tell the run. */
const CANCEL_REASONS = {
  unsubscribed: 'the client unsubscribed',
  cancelAsk: 'cancelled with cancelAsk',
  interrupted: 'interrupted by a newer question in the conversation',
  shutdown: 'the server is shutting down',
} as const;

/**
 * Every askQuery run: starts it (after the limits and the busy policy), numbers its events, serves them to
 * subscribers on this instance from memory and copies them to Firestore for the others, cancels it, and
 * lets a client rejoin it for 15 minutes after it finished.
 */
export class RunRegistry {
  readonly instanceId: string;
  private readonly runs = new Map<string, LocalRun>();
  private readonly activeByUser = new Map<string, Set<LocalRun>>();
  private readonly activeByConversation = new Map<string, LocalRun>();
  private running = 0;
  private readonly admission: Admission;
  private readonly evictions = new Set<NodeJS.Timeout>();
  private readonly historyTimeoutMs: number;
  private stopWatchingCancels: (() => void) | null = null;
  private closing = false;

  constructor(private readonly options: RunRegistryOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.admission =
      options.admission ??
      memoryAdmission({ ...options.limits, runTimeoutMs: options.limits.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS });
    this.historyTimeoutMs = options.historyTimeoutMs ?? 10_000;
  }

  /** Runs currently going on this instance. */
  get activeRuns(): number {
    return this.running;
  }

  /**
   * Starts answering a question and returns its events: `started` first, then progress and answer deltas,
   * then exactly one `completed` or `failed`. A question refused before it starts (limits, busy
   * conversation, shutdown) gets a single `failed` event.
   */
  ask(uid: string, request: AskRequest, transport?: AskTransport, id?: string): AsyncIterableIterator<RunEvent> {
    const runId = id ?? randomUUID();
    // A client's retry of the same request that arrived while the first was starting: the same run.
    const existing = this.runs.get(runId);
    if (existing)
      return existing.uid === uid
        ? existing.log.stream(0)
        : refusal(randomUUID(), request, 'INTERNAL', 'This request id is taken.');
    if (this.closing) {
      return refusal(runId, request, 'INTERNAL', 'The server is restarting. Ask again in a moment.');
    }
    const active = this.activeByUser.get(uid) ?? new Set<LocalRun>();
    if (active.size >= this.options.limits.maxRunsPerUser) {
      return refusal(
        runId,
        request,
        'RATE_LIMITED',
        `You already have ${active.size} questions being answered. Wait for one to finish, then ask again.`,
      );
    }
    const run: LocalRun = {
      id: runId,
      uid,
      conversationId: request.conversationId,
      log: new RunLog(runId),
      writer: new RunEventWriter(
        this.options.store,
        this.options.logger,
        { runId, uid, instanceId: this.instanceId, conversationId: request.conversationId },
        () => Math.max(FLUSH_INTERVAL_MS, this.running * FLUSH_INTERVAL_PER_RUN_MS),
      ),
      controller: new AbortController(),
      version: null,
      done: Promise.resolve(),
    };
    this.running += 1;
    active.add(run);
    this.activeByUser.set(uid, active);
    this.runs.set(runId, run);
    this.watchCancels();
    run.done = this.execute(run, request).finally(() => this.release(run));
    return run.log.stream(0, () => {
      if (transport?.unsubscribed() && !run.log.finished) this.abort(run, CANCEL_REASONS.unsubscribed);
    });
  }

  /**
   * The events of a run after `afterSeq`, then the rest live, from this instance's memory or from
   * Firestore when another instance runs it. Null when the user has no such run, or it finished more
   * than 15 minutes ago.
   */
  async rejoin(uid: string, runId: string, afterSeq: number): Promise<AsyncIterableIterator<RunEvent> | null> {
    const local = this.runs.get(runId);
    if (local) return local.uid === uid ? local.log.stream(afterSeq) : null;
    const record = await this.options.store.get(runId);
    if (!record || record.uid !== uid) return null;
    if (record.finishedAt && Date.now() - record.finishedAt.getTime() > REJOIN_WINDOW_MS) return null;
    const { store, logger } = this.options;
    return new Repeater<RunEvent>(async (push, stop) => {
      const unsubscribe = store.watchEvents(
        runId,
        afterSeq,
        (events) => {
          for (const event of events) {
            void push(event);
            if (isTerminal(event)) stop();
          }
        },
        (error) => {
          logger.warn({ err: error, runId }, 'lost the stream of a run on another instance');
          stop(error);
        },
      );
      await stop;
      unsubscribe();
    });
  }

  /**
   * One of the user's runs, running or finished within the rejoin window, from this instance's memory or
   * Firestore; null when there is no such run of theirs.
   */
  async describe(uid: string, runId: string): Promise<RunInfo | null> {
    const local = this.runs.get(runId);
    if (local) return local.uid === uid ? localInfo(local) : null;
    const record = await this.options.store.get(runId);
    if (!record || record.uid !== uid) return null;
    if (record.finishedAt && Date.now() - record.finishedAt.getTime() > REJOIN_WINDOW_MS) return null;
    return { id: record.id, conversationId: record.conversationId, status: record.status, lastSeq: record.lastSeq };
  }

  /**
   * The run each of these conversations has going, if any (null otherwise), in order: this instance's own
   * runs first-hand, the others' from one Firestore query, made only when some conversation is not known here.
   */
  async runningIn(uid: string, conversationIds: readonly string[]): Promise<(RunInfo | null)[]> {
    const local = conversationIds.map((id) => {
      const run = this.activeByConversation.get(conversationKey(uid, id));
      return run && !run.log.finished ? localInfo(run) : null;
    });
    if (local.every((run) => run !== null)) return local;
    const running = await this.options.store.listRunning(uid);
    const elsewhere = new Map<string, RunInfo>();
    for (const record of running) {
      // A record of this instance's that is not in memory is a final write lost in an outage: not running.
      if (record.conversationId && record.instanceId !== this.instanceId) {
        elsewhere.set(record.conversationId, {
          id: record.id,
          conversationId: record.conversationId,
          status: 'running',
          lastSeq: record.lastSeq,
        });
      }
    }
    return conversationIds.map((id, index) => local[index] ?? elsewhere.get(id) ?? null);
  }

  /**
   * Cancels a run of this user, wherever it runs. True when a running run was told to stop; false when it
   * had already finished; null when the user has no such run.
   */
  async cancel(uid: string, runId: string): Promise<boolean | null> {
    const local = this.runs.get(runId);
    if (local) {
      if (local.uid !== uid) return null;
      if (local.log.finished) return false;
      this.abort(local, CANCEL_REASONS.cancelAsk);
      return true;
    }
    const record = await this.options.store.get(runId);
    if (!record || record.uid !== uid) return null;
    if (record.status !== 'running') return false;
    await this.options.store.requestCancel(record);
    return true;
  }

  /**
   * For shutdown: refuses new questions, lets the runs in flight finish within `timeoutMs`, cancels the
   * rest (they save a cancelled message), and waits for their events to be stored.
   */
  async drain(timeoutMs: number): Promise<void> {
    this.closing = true;
    const running = [...this.runs.values()].filter((run) => !run.log.finished);
    const all = Promise.all(running.map((run) => run.done));
    const timedOut = await Promise.race([all.then(() => false), delay(timeoutMs).then(() => true)]);
    if (timedOut) {
      for (const run of running) this.abort(run, CANCEL_REASONS.shutdown);
      await Promise.race([all, delay(2_000)]);
    }
    await Promise.race([Promise.all([...this.runs.values()].map((run) => run.writer.settled())), delay(2_000)]);
    this.stopWatchingCancels?.();
    this.stopWatchingCancels = null;
    for (const timer of this.evictions) clearTimeout(timer);
    this.evictions.clear();
  }

  private abort(run: LocalRun, reason: string): void {
    if (!run.controller.signal.aborted) run.controller.abort(new Cancelled(reason));
  }

  private emit(run: LocalRun, event: UnnumberedRunEvent): void {
    if (run.log.finished) return;
    const numbered = { ...event, runId: run.id, seq: run.log.lastSeq + 1 } as RunEvent;
    run.log.append(numbered);
    run.writer.push(numbered);
  }

  /** The run's events, as writes added to a history commit. */
  private alsoWriteChunk(chunk: RunChunk | null): ((batch: WriteBatch) => void) | undefined {
    const { store } = this.options;
    return chunk ? (batch) => store.addChunk(batch, chunk) : undefined;
  }

  /** Numbers events that follow the run's last one, without sending them yet (see `saveAnswer`). */
  private number(run: LocalRun, events: readonly UnnumberedRunEvent[]): RunEvent[] {
    return events.map((event, index) => ({ ...event, runId: run.id, seq: run.log.lastSeq + 1 + index }) as RunEvent);
  }

  private emitAgentEvent(run: LocalRun, event: AgentEvent): void {
    this.emit(run, runEventOf(event));
  }

  private async execute(run: LocalRun, request: AskRequest): Promise<void> {
    const { graph, history, logger } = this.options;
    const signal = run.controller.signal;
    let questionSaved = false;
    const runTimeoutMs = this.options.limits.runTimeoutMs;
    const deadline = runTimeoutMs
      ? setTimeout(() => {
          if (!signal.aborted) run.controller.abort(new RunDeadline(runTimeoutMs));
        }, runTimeoutMs)
      : undefined;
    try {
      const refused = await this.admission.admit(run.uid, run.id);
      if (refused) {
        this.fail(run, 'RATE_LIMITED', refused.message, true, null, refused.retryAfterSeconds);
        return;
      }

      let conversationId = request.conversationId;
      if (conversationId) {
        const proceed = await this.claimConversation(run, conversationId);
        if (!proceed) return;
      } else {
        // The id is made locally, so AskStarted goes out before any write; the question follows in one batch.
        conversationId = history.newConversationId(run.uid);
        this.activeByConversation.set(conversationKey(run.uid, conversationId), run);
      }
      run.conversationId = conversationId;
      run.writer.setConversation(conversationId);
      this.emit(run, { type: 'started', conversationId });

      // The question and the run's document (with AskStarted) are one atomic write.
      const question = { role: 'user', content: request.question, status: 'complete', runId: run.id } as const;
      let turns: Turn[] = [];
      const existing = request.conversationId;
      const saved = run.writer.writeWith<{ readonly version: ConversationVersion }>([], (chunk) => {
        const alsoWrite = this.alsoWriteChunk(chunk);
        return existing
          ? history.append(run.uid, existing, question, { alsoWrite })
          : history.startConversation(run.uid, conversationId, question, alsoWrite);
      });
      if (existing) {
        let appended: { readonly version: ConversationVersion };
        [turns, appended] = await this.saving(Promise.all([this.loadTurns(run.uid, existing), saved]));
        run.version = appended.version;
      } else {
        run.version = (await this.saving(saved)).version;
      }
      questionSaved = true;
      signal.throwIfAborted();

      const outcome = await runAgent(
        graph,
        { question: request.question, tenant: run.uid, history: turns },
        { signal, onEvent: (event) => this.emitAgentEvent(run, event) },
      );
      await this.finish(run, conversationId, outcome);
    } catch (error) {
      if (signal.reason instanceof RunDeadline) {
        const message = `This question took longer than ${Math.round(signal.reason.timeoutMs / 1000)} s to answer and was stopped. Try a narrower question, or try again later.`;
        const saved = await this.saveQuietly(run, questionSaved, 'failed', message);
        this.fail(run, 'TIMEOUT', message, true, saved);
        return;
      }
      if (signal.aborted) {
        const saved = await this.saveQuietly(run, questionSaved, 'cancelled', 'Cancelled before an answer was ready.');
        const reason = signal.reason instanceof Cancelled ? signal.reason.message : 'cancelled';
        this.fail(run, 'CANCELLED', `The question was cancelled (${reason}).`, true, saved);
        return;
      }
      const failure = describeFailure(error);
      if (failure.code === 'INTERNAL') logger.error({ err: error, runId: run.id }, 'an ask run failed unexpectedly');
      else logger.warn({ err: error, runId: run.id, code: failure.code }, 'an ask run failed');
      const saved =
        failure.code === 'HISTORY_UNAVAILABLE'
          ? null
          : await this.saveQuietly(run, questionSaved, 'failed', failure.message);
      this.fail(run, failure.code, failure.message, failure.retryable, saved, failure.retryAfterSeconds ?? null);
    } finally {
      clearTimeout(deadline);
    }
  }

  private async finish(run: LocalRun, conversationId: string, outcome: AgentOutcome): Promise<void> {
    const { history } = this.options;
    const messageId = history.newMessageId(run.uid, conversationId);
    if (outcome.kind === 'failure') {
      const { code, message } = outcome.failure;
      await this.saveAnswer(
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
      );
      return;
    }
    const { answer, sql, plan } = outcome;
    // Every client renders the same headers, formats and order: the columns carry them.
    const result = outcome.result && answer.columns ? withPresentation(outcome.result, answer.columns) : outcome.result;
    await this.saveAnswer(
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
        ...completeProgress({ percent: 100 }).events.map(runEventOf),
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
    );
  }

  /**
   * Saves the assistant's message together with the run's last events (the events not yet copied, then
   * `closing`) in one atomic write, and only then sends `closing` to subscribers: a client that sees
   * AskCompleted can read the answer from the history, and the run's record never disagrees with it.
   */
  private async saveAnswer(
    run: LocalRun,
    conversationId: string,
    message: NewMessage & { readonly id: string },
    closing: readonly UnnumberedRunEvent[],
  ): Promise<void> {
    const { history } = this.options;
    const events = this.number(run, closing);
    const { id, ...input } = message;
    const appended = await this.saving(
      run.writer.writeWith(events, (chunk) =>
        history.append(run.uid, conversationId, input, {
          after: run.version,
          messageId: id,
          alsoWrite: this.alsoWriteChunk(chunk),
        }),
      ),
    );
    run.version = appended.version;
    const saved = { message: appended.message, conversation: appended.version.conversation };
    for (const event of events) run.log.append(event.type === 'completed' ? { ...event, saved } : event);
  }

  private fail(
    run: LocalRun,
    code: AskFailureCode,
    message: string,
    retryable: boolean,
    messageId: string | null = null,
    retryAfterSeconds: number | null = null,
  ): void {
    this.emit(run, {
      type: 'failed',
      code,
      message,
      retryable,
      retryAfterSeconds,
      conversationId: run.conversationId,
      messageId,
    });
  }

  /**
   * Applies the busy policy when the conversation already has a run going (here or on another instance).
   * Returns false when this run was refused (its failed event already sent).
   */
  private async claimConversation(run: LocalRun, conversationId: string): Promise<boolean> {
    const key = conversationKey(run.uid, conversationId);
    const policy = this.options.limits.busyPolicy;
    for (;;) {
      const local = this.activeByConversation.get(key);
      const remote = local ? null : await this.options.store.findRunning(run.uid, conversationId).catch(() => null);
      const current = this.activeByConversation.get(key);
      // This instance knows its own runs first-hand; a record of one still "running" is a final write lost in an outage.
      const elsewhere = remote && remote.id !== run.id && remote.instanceId !== this.instanceId ? remote : null;
      if (!current && !elsewhere) {
        this.activeByConversation.set(key, run);
        return true;
      }
      if (policy === 'reject') {
        this.fail(
          run,
          'CONVERSATION_BUSY',
          'This conversation is still answering a question. Wait for it, or cancel it, then ask again.',
          true,
        );
        return false;
      }
      if (current) {
        if (policy === 'interrupt') this.abort(current, CANCEL_REASONS.interrupted);
        await Promise.race([current.done, aborted(run.controller.signal)]);
      } else if (elsewhere) {
        if (policy === 'interrupt') await this.options.store.requestCancel(elsewhere);
        await this.waitForRemoteRun(elsewhere.id, run.controller.signal);
      }
      run.controller.signal.throwIfAborted();
    }
  }

  private waitForRemoteRun(runId: string, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      let stop: () => void = () => {};
      const done = () => {
        stop();
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      // A run whose instance died stops blocking its conversation once it goes stale.
      const timer = setTimeout(done, STALE_RUN_MS);
      signal.addEventListener('abort', done, { once: true });
      stop = this.options.store.watchRun(
        runId,
        (record) => {
          if (!record || record.status !== 'running') done();
        },
        () => done(),
      );
    });
  }

  private async loadTurns(uid: string, conversationId: string): Promise<Turn[]> {
    const page = await this.options.history.listMessages(uid, conversationId, { last: HISTORY_MESSAGES });
    return turnsFromMessages(page.items.map((item) => item.record));
  }

  /** A history write or read on the run's path: an outage becomes HISTORY_UNAVAILABLE, bounded in time. */
  private async saving<T>(operation: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    // Should the deadline win, the write may still fail later: that failure is already reported.
    operation.catch(() => undefined);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Firestore did not answer in time')), this.historyTimeoutMs);
    });
    try {
      return await Promise.race([operation, timeout]);
    } catch (error) {
      throw new HistoryUnavailableError({ cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Leaves an assistant message with the run's status, when the question was saved; never throws. */
  private async saveQuietly(
    run: LocalRun,
    questionSaved: boolean,
    status: 'failed' | 'cancelled',
    content: string,
  ): Promise<string | null> {
    if (!questionSaved || !run.conversationId) return null;
    try {
      const saved = await this.saving(
        this.options.history.append(
          run.uid,
          run.conversationId,
          { role: 'assistant', content, status, runId: run.id },
          { after: run.version },
        ),
      );
      return saved.message.id;
    } catch (error) {
      this.options.logger.warn({ err: error, runId: run.id }, `could not save the ${status} message of a run`);
      return null;
    }
  }

  private release(run: LocalRun): void {
    if (!run.log.finished) this.fail(run, 'INTERNAL', 'Something went wrong while answering. Try again.', true);
    this.admission.release(run.uid, run.id).catch((error: unknown) => {
      this.options.logger.warn({ err: error, runId: run.id }, 'could not give back a run slot (it lapses on its own)');
    });
    this.running -= 1;
    const active = this.activeByUser.get(run.uid);
    active?.delete(run);
    if (active?.size === 0) this.activeByUser.delete(run.uid);
    if (run.conversationId) {
      const key = conversationKey(run.uid, run.conversationId);
      if (this.activeByConversation.get(key) === run) this.activeByConversation.delete(key);
    }
    const eviction = setTimeout(() => {
      this.evictions.delete(eviction);
      this.runs.delete(run.id);
    }, LOCAL_RETENTION_MS);
    eviction.unref();
    this.evictions.add(eviction);
  }

  /** Listens for cancel requests other instances make for this instance's runs (one listener per instance). */
  private watchCancels(): void {
    if (this.stopWatchingCancels) return;
    this.stopWatchingCancels = this.options.store.watchCancels(
      this.instanceId,
      (runIds) => {
        for (const runId of runIds) {
          const run = this.runs.get(runId);
          if (run) this.abort(run, CANCEL_REASONS.cancelAsk);
          // Handled, or the run is long gone: either way the request is done with.
          this.options.store.forgetCancel(this.instanceId, runId).catch((error: unknown) => {
            this.options.logger.warn({ err: error, runId }, 'could not clear a handled cancel request');
          });
        }
      },
      (error) => {
        this.options.logger.warn({ err: error }, 'stopped listening for cancel requests; the next run listens again');
        this.stopWatchingCancels = null;
      },
    );
  }
}

function localInfo(run: LocalRun): RunInfo {
  const last = run.log.lastEvent;
  let status: RunStatus = 'running';
  if (last?.type === 'completed') status = 'completed';
  else if (last?.type === 'failed') status = last.code === 'CANCELLED' ? 'cancelled' : 'failed';
  return { id: run.id, conversationId: run.conversationId, status, lastSeq: run.log.lastSeq };
}

function runEventOf(event: AgentEvent): UnnumberedRunEvent {
  return event.type === 'delta' ? { type: 'delta', text: event.text } : { ...event, type: 'progress' };
}

function conversationKey(uid: string, conversationId: string): string {
  return `${uid}/${conversationId}`;
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

/** A question refused before it started: one failed event, nothing saved. */
function refusal(
  runId: string,
  request: AskRequest,
  code: AskFailureCode,
  message: string,
): AsyncIterableIterator<RunEvent> {
  const log = new RunLog(runId);
  log.append({
    type: 'failed',
    runId,
    seq: 1,
    code,
    message,
    retryable: true,
    conversationId: request.conversationId,
    messageId: null,
  });
  return log.stream(0);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
