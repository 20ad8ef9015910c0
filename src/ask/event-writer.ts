import type { Logger } from '../logger.js';
import { isTerminal, type RunEvent } from './events.js';
import type { RunChunk, RunStore } from './run-store.js';

/**
 * Events gathered into one Firestore write at most this often while a run is going, so a streaming answer
 * is a few writes, not dozens. Only clients rejoining on another instance wait for these writes.
 */
export const FLUSH_INTERVAL_MS = 100;
const RETRY_DELAY_MS = 500;
const MAX_FAILED_FLUSHES = 5;

/** Events taken for a write the caller commits (see `RunEventWriter.take`). */
export interface TakenChunk {
  readonly chunk: RunChunk | null;
  written(): void;
  failed(): void;
}

/**
 * Copies one run's events to Firestore for other instances, off the hot path: subscribers on this
 * instance are served from memory, and writes are batched, one in flight at a time, in order. The first and
 * the last events usually ride along with the history writes of the question and the answer (`take`).
 */
export class RunEventWriter {
  private pending: RunEvent[] = [];
  private inFlight: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private first = true;
  private failures = 0;
  private conversationId: string | null;
  private idle: Array<() => void> = [];

  constructor(
    private readonly store: RunStore,
    private readonly logger: Logger,
    private readonly run: {
      readonly runId: string;
      readonly uid: string;
      readonly instanceId: string;
      conversationId: string | null;
    },
    /** How long events wait for company before a write; the registry lengthens it when many runs are going. */
    private readonly flushInterval: () => number = () => FLUSH_INTERVAL_MS,
  ) {
    this.conversationId = run.conversationId;
  }

  setConversation(conversationId: string): void {
    this.conversationId = conversationId;
  }

  push(event: RunEvent): void {
    this.pending.push(event);
    this.schedule(isTerminal(event) ? 0 : this.flushInterval());
  }

  /**
   * Takes the events not yet written, followed by `closing`, for the caller to add to a write of its own
   * (`RunStore.addChunk`); the chunk is null when there is nothing to write. Waits for the write in flight
   * first, so chunks land in order, and holds the next write back until the caller says how its write went:
   * `written()`, or `failed()`, which puts the pending events back in the queue and drops `closing` (the
   * caller had not published those events and numbers their replacement instead).
   */
  async take(closing: readonly RunEvent[]): Promise<TakenChunk> {
    while (this.inFlight) await this.inFlight;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const taken = this.pending;
    this.pending = [];
    const events = [...taken, ...closing];
    let release: () => void = () => undefined;
    this.inFlight = new Promise<void>((resolve) => (release = resolve));
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      if (ok && events.length > 0) this.first = false;
      if (!ok) this.pending = [...taken, ...this.pending];
      this.inFlight = null;
      release();
      this.afterWrite();
    };
    return {
      chunk: events.length > 0 ? this.chunk(events) : null,
      written: () => settle(true),
      failed: () => settle(false),
    };
  }

  /** Resolves once everything pushed so far was written (or given up on). */
  settled(): Promise<void> {
    if (!this.inFlight && !this.timer && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private chunk(events: readonly RunEvent[]): RunChunk {
    return {
      runId: this.run.runId,
      uid: this.run.uid,
      conversationId: this.conversationId,
      instanceId: this.run.instanceId,
      events,
      first: this.first,
    };
  }

  private schedule(delayMs: number): void {
    if (this.inFlight) return;
    if (this.timer) {
      if (delayMs > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => this.flush(), delayMs);
  }

  private flush(): void {
    this.timer = null;
    const events = this.pending;
    this.pending = [];
    if (events.length === 0) {
      this.notifyIdle();
      return;
    }
    this.inFlight = this.store
      .append(this.chunk(events))
      .then(
        () => {
          this.first = false;
          this.failures = 0;
        },
        (error: unknown) => {
          this.failures += 1;
          if (this.failures < MAX_FAILED_FLUSHES) {
            this.pending = [...events, ...this.pending];
          } else {
            this.logger.error(
              { err: error, runId: this.run.runId, dropped: events.length },
              'could not store run events; other instances will not see them',
            );
            this.failures = 0;
          }
        },
      )
      .finally(() => {
        this.inFlight = null;
        this.afterWrite();
      });
  }

  private afterWrite(): void {
    if (this.pending.length > 0) {
      const last = this.pending.at(-1);
      this.schedule(this.failures > 0 ? RETRY_DELAY_MS : last && isTerminal(last) ? 0 : this.flushInterval());
    } else if (!this.timer) {
      this.notifyIdle();
    }
  }

  private notifyIdle(): void {
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }
}
