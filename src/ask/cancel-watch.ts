import type { Logger } from '../logger.js';
import type { RunStore } from './run-store.js';

/**
 * Listens for the cancel requests other instances make for this instance's runs (`cancelAsk` of a run
 * that runs here, sent to another instance): one listener per instance, started with its first run.
 */
export class CancelWatch {
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly store: RunStore,
    private readonly instanceId: string,
    private readonly logger: Logger,
    private readonly onCancel: (runId: string) => void,
  ) {}

  /** Listens, unless it already does (after an error, the next run listens again). */
  start(): void {
    if (this.stopWatching) return;
    this.stopWatching = this.store.watchCancels(
      this.instanceId,
      (runIds) => {
        for (const runId of runIds) {
          this.onCancel(runId);
          // Handled, or the run is long gone: either way the request is done with.
          this.store.forgetCancel(this.instanceId, runId).catch((error: unknown) => {
            this.logger.warn({ err: error, runId }, 'could not clear a handled cancel request');
          });
        }
      },
      (error) => {
        this.logger.warn({ err: error }, 'stopped listening for cancel requests; the next run listens again');
        this.stopWatching = null;
      },
    );
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }
}
