import { isTerminal, type RunEvent } from './events.js';

/**
 * One run's events in memory, for the subscribers on this instance: the run's own subscription and any
 * client that rejoins it here. Events are numbered from 1, so event `seq` sits at index `seq - 1`.
 */
export class RunLog {
  private readonly events: RunEvent[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(readonly runId: string) {}

  get lastSeq(): number {
    return this.events.length;
  }

  /** The latest event, or undefined before the first. */
  get lastEvent(): RunEvent | undefined {
    return this.events.at(-1);
  }

  get finished(): boolean {
    const last = this.events.at(-1);
    return last !== undefined && isTerminal(last);
  }

  append(event: RunEvent): void {
    if (this.finished) return;
    this.events.push(event);
    for (const listener of this.listeners) listener();
  }

  /**
   * The events after `afterSeq`, then the rest as they happen, ending after the terminal event.
   * `onAbandon` runs when the consumer stops listening before the run ends (graphql-ws `complete`, a closed socket).
   */
  stream(afterSeq: number, onAbandon?: () => void): AsyncIterableIterator<RunEvent> {
    return new RunLogReader(this.events, this.listeners, Math.max(0, afterSeq), onAbandon);
  }
}

const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });

/**
 * Reads a run's log from an index on, waiting at its end for the next append. The log already keeps every
 * event, so a reader pulls straight from it: a replay costs one resolved promise per event, where a push
 * queue (a Repeater) made half a dozen promises per event (about a tenth of the server's CPU per replayed
 * event, in a profile of bench/ask.ts). Only a reader waiting at the end of a live run listens for appends.
 */
class RunLogReader implements AsyncIterableIterator<RunEvent> {
  private waiting: ((result: IteratorResult<RunEvent>) => void) | undefined;
  private pending: Promise<IteratorResult<RunEvent>> | undefined;
  private closed = false;

  constructor(
    private readonly events: readonly RunEvent[],
    private readonly listeners: Set<() => void>,
    private index: number,
    private readonly onAbandon: (() => void) | undefined,
  ) {}

  [Symbol.asyncIterator](): AsyncIterableIterator<RunEvent> {
    return this;
  }

  next(): Promise<IteratorResult<RunEvent>> {
    // A second call while one waits (no consumer here does that) reads after the first is answered.
    if (this.pending) return this.pending.then(() => this.next());
    const result = this.read();
    if (result) return Promise.resolve(result);
    this.pending = new Promise((resolve) => {
      this.waiting = resolve;
      this.listeners.add(this.wake);
    });
    return this.pending;
  }

  return(): Promise<IteratorResult<RunEvent>> {
    if (!this.closed) {
      this.close();
      // After the current task's other listeners: graphql-ws ends the operation from the same socket message
      // that app.ts notes as the client's `complete`, and onAbandon asks which of the two it was.
      if (!this.runFinished() && this.onAbandon) queueMicrotask(this.onAbandon);
    }
    return Promise.resolve(done());
  }

  throw(error: unknown): Promise<IteratorResult<RunEvent>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  /** The next event, the end, or undefined when the reader must wait for an append. */
  private read(): IteratorResult<RunEvent> | undefined {
    if (this.closed) return done();
    const next = this.events[this.index];
    if (next !== undefined) {
      this.index += 1;
      return { done: false, value: next };
    }
    if (this.runFinished()) {
      this.close();
      return done();
    }
    return undefined;
  }

  private readonly wake = (): void => {
    const result = this.read();
    if (result) this.settle(result);
  };

  private runFinished(): boolean {
    const last = this.events.at(-1);
    return last !== undefined && isTerminal(last);
  }

  private close(): void {
    this.closed = true;
    this.settle(done());
  }

  private settle(result: IteratorResult<RunEvent>): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    this.pending = undefined;
    this.listeners.delete(this.wake);
    waiting(result);
  }
}
