import { Repeater } from 'graphql-yoga';
import { isTerminal, type RunEvent } from './run-events.js';

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
   * `onAbandon` runs when the consumer stops listening before the end (graphql-ws `complete`, a closed socket).
   */
  stream(afterSeq: number, onAbandon?: () => void): AsyncIterableIterator<RunEvent> {
    return new Repeater<RunEvent>(async (push, stop) => {
      let next = Math.max(0, afterSeq);
      const pump = () => {
        while (next < this.events.length) void push(this.events[next++]!);
        if (this.finished) stop();
      };
      this.listeners.add(pump);
      pump();
      await stop;
      this.listeners.delete(pump);
      if (!(this.finished && next >= this.events.length)) onAbandon?.();
    });
  }
}
