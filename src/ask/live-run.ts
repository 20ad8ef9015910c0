import type { ConversationVersion } from '../history/conversation-writes.js';
import type { RunEventWriter } from './event-writer.js';
import type { AskFailureCode, RunEvent, UnnumberedRunEvent } from './events.js';
import { RunLog } from './run-log.js';
import type { RunStatus } from './run-store.js';

/** What a client may read of a run (the `Run` node). */
export interface RunInfo {
  readonly id: string;
  readonly conversationId: string | null;
  readonly status: RunStatus;
  /** The last event's seq: exact on the instance running it, up to a flush behind elsewhere. */
  readonly lastSeq: number;
}

/** Why a run was stopped by someone: an unsubscribe, `cancelAsk`, a newer question, a shutdown. */
export class Cancelled extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Cancelled';
  }
}

/** The run's overall deadline passed: whatever step it was at (a slow model, a queue) is stopped. */
export class RunDeadline extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the run took longer than ${timeoutMs} ms`);
    this.name = 'RunDeadline';
  }
}

/**
 * A run on this instance, running or finished within the rejoin window: it numbers its events, keeps them
 * for its subscribers here (the log) and hands them to the writer that copies them to Firestore.
 */
export class LiveRun {
  readonly log: RunLog;
  readonly controller = new AbortController();
  /** The conversation as this run last wrote it, so the answer is saved without reading it again. */
  version: ConversationVersion | null = null;
  /** Settles when the run has saved its outcome and sent its last event. */
  done: Promise<void> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly uid: string,
    public conversationId: string | null,
    readonly writer: RunEventWriter,
  ) {
    this.log = new RunLog(id);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get finished(): boolean {
    return this.log.finished;
  }

  abort(reason: string): void {
    if (!this.signal.aborted) this.controller.abort(new Cancelled(reason));
  }

  /** Numbers an event, serves it to subscribers here and queues it for Firestore. */
  emit(event: UnnumberedRunEvent): void {
    if (this.log.finished) return;
    const numbered = { ...event, runId: this.id, seq: this.log.lastSeq + 1 } as RunEvent;
    this.log.append(numbered);
    this.writer.push(numbered);
  }

  /** Numbers events that follow the run's last one, without sending them yet (they are saved first). */
  number(events: readonly UnnumberedRunEvent[]): RunEvent[] {
    return events.map((event, index) => ({ ...event, runId: this.id, seq: this.log.lastSeq + 1 + index }));
  }

  fail(
    code: AskFailureCode,
    message: string,
    retryable: boolean,
    messageId: string | null = null,
    retryAfterSeconds: number | null = null,
  ): void {
    this.emit({
      type: 'failed',
      code,
      message,
      retryable,
      retryAfterSeconds,
      conversationId: this.conversationId,
      messageId,
    });
  }

  info(): RunInfo {
    const last = this.log.lastEvent;
    let status: RunStatus = 'running';
    if (last?.type === 'completed') status = 'completed';
    else if (last?.type === 'failed') status = last.code === 'CANCELLED' ? 'cancelled' : 'failed';
    return { id: this.id, conversationId: this.conversationId, status, lastSeq: this.log.lastSeq };
  }
}
