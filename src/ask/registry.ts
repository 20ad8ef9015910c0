import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Repeater } from 'graphql-yoga';
import type { AgentGraph } from '../agent/graph.js';
import type { Config } from '../config.js';
import type { ConversationRepository } from '../history/conversation-repository.js';
import type { Logger } from '../logger.js';
import { memoryAdmission, type Admission } from './admission.js';
import { answerQuestion, type AnswerDeps, type AskRequest } from './answer-question.js';
import { claimConversation } from './busy-policy.js';
import { CancelWatch } from './cancel-watch.js';
import { FLUSH_INTERVAL_MS, RunEventWriter } from './event-writer.js';
import { isTerminal, type AskFailureCode, type RunEvent } from './events.js';
import { LiveRun, type RunInfo } from './live-run.js';
import { RunCommits } from './run-commit.js';
import { RunLog } from './run-log.js';
import { REJOIN_WINDOW_MS, type RunStore } from './run-store.js';

export type { AskRequest } from './answer-question.js';
export type { RunInfo } from './live-run.js';

/**
 * The connection a graphql-ws subscription arrived on. graphql-ws ends an operation the same way whether
 * the client unsubscribed or the connection dropped; `unsubscribed()` is true only after the client sent
 * `complete` for it, which cancels the run. A subscription that ends otherwise (the connection dropped, an
 * SSE client went away) leaves the run to finish and be saved. Absent over HTTP and SSE.
 */
export interface ConnectionState {
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

/** What an explicit unsubscribe, `cancelAsk` or a shutdown tell the run. */
const CANCEL_REASONS = {
  unsubscribed: 'the client unsubscribed',
  cancelAsk: 'cancelled with cancelAsk',
  shutdown: 'the server is shutting down',
} as const;

/**
 * The askQuery runs of this instance, live: starts each (its script is answer-question.ts), serves its
 * events to subscribers here from memory, cancels it, lets a client rejoin it (here, or through Firestore
 * when another instance runs it) for 15 minutes after it finished, and drains them all at shutdown.
 */
export class RunRegistry {
  readonly instanceId: string;
  private readonly runs = new Map<string, LiveRun>();
  private readonly activeByUser = new Map<string, Set<LiveRun>>();
  private readonly activeByConversation = new Map<string, LiveRun>();
  private running = 0;
  private readonly evictions = new Set<NodeJS.Timeout>();
  private readonly cancelWatch: CancelWatch;
  private readonly answerDeps: AnswerDeps;
  private closing = false;

  constructor(private readonly options: RunRegistryOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    const { graph, history, store, logger, limits } = options;
    const admission =
      options.admission ?? memoryAdmission({ ...limits, runTimeoutMs: limits.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS });
    this.cancelWatch = new CancelWatch(store, this.instanceId, logger, (runId) =>
      this.runs.get(runId)?.abort(CANCEL_REASONS.cancelAsk),
    );
    const conversations = {
      running: (uid: string, conversationId: string) =>
        this.activeByConversation.get(conversationKey(uid, conversationId)),
      claim: (run: LiveRun, conversationId: string) =>
        this.activeByConversation.set(conversationKey(run.uid, conversationId), run),
    };
    this.answerDeps = {
      graph,
      reads: history.reads,
      writes: history.writes,
      commits: new RunCommits(history.writes, store, options.historyTimeoutMs ?? 10_000),
      admission,
      logger,
      runTimeoutMs: limits.runTimeoutMs,
      claimConversation: (run, conversationId) =>
        claimConversation(run, conversationId, {
          policy: limits.busyPolicy,
          store,
          instanceId: this.instanceId,
          runs: conversations,
        }),
      startedConversation: (run, conversationId) => conversations.claim(run, conversationId),
    };
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
  ask(uid: string, request: AskRequest, connection?: ConnectionState, id?: string): AsyncIterableIterator<RunEvent> {
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
    const active = this.activeByUser.get(uid) ?? new Set<LiveRun>();
    if (active.size >= this.options.limits.maxRunsPerUser) {
      return refusal(
        runId,
        request,
        'RATE_LIMITED',
        `You already have ${active.size} questions being answered. Wait for one to finish, then ask again.`,
      );
    }
    const writer = new RunEventWriter(
      this.options.store,
      this.options.logger,
      { runId, uid, instanceId: this.instanceId, conversationId: request.conversationId },
      () => Math.max(FLUSH_INTERVAL_MS, this.running * FLUSH_INTERVAL_PER_RUN_MS),
    );
    const run = new LiveRun(runId, uid, request.conversationId, writer);
    this.running += 1;
    active.add(run);
    this.activeByUser.set(uid, active);
    this.runs.set(runId, run);
    this.cancelWatch.start();
    run.done = answerQuestion(run, request, this.answerDeps).finally(() => this.release(run));
    return run.log.stream(0, () => {
      if (connection?.unsubscribed() && !run.finished) run.abort(CANCEL_REASONS.unsubscribed);
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
    if (local) return local.uid === uid ? local.info() : null;
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
      return run && !run.finished ? run.info() : null;
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
      if (local.finished) return false;
      local.abort(CANCEL_REASONS.cancelAsk);
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
    const running = [...this.runs.values()].filter((run) => !run.finished);
    const all = Promise.all(running.map((run) => run.done));
    const timedOut = await Promise.race([all.then(() => false), wait(timeoutMs).then(() => true)]);
    if (timedOut) {
      for (const run of running) run.abort(CANCEL_REASONS.shutdown);
      await Promise.race([all, wait(2_000)]);
    }
    await Promise.race([Promise.all([...this.runs.values()].map((run) => run.writer.settled())), wait(2_000)]);
    this.cancelWatch.stop();
    for (const timer of this.evictions) clearTimeout(timer);
    this.evictions.clear();
  }

  private release(run: LiveRun): void {
    if (!run.finished) run.fail('INTERNAL', 'Something went wrong while answering. Try again.', true);
    this.answerDeps.admission.release(run.uid, run.id).catch((error: unknown) => {
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
}

function conversationKey(uid: string, conversationId: string): string {
  return `${uid}/${conversationId}`;
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

/** A wait that does not keep the process alive (drain races it against the runs). */
function wait(ms: number): Promise<void> {
  return sleep(ms, undefined, { ref: false });
}
