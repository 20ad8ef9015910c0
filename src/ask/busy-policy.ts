import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';
import type { LiveRun } from './live-run.js';
import { STALE_RUN_MS, type RunStore } from './run-store.js';

/** The runs this instance has going, by conversation (the registry keeps them). */
export interface ConversationRuns {
  running(uid: string, conversationId: string): LiveRun | undefined;
  claim(run: LiveRun, conversationId: string): void;
}

export interface BusyPolicyOptions {
  readonly policy: Config['ask']['busyPolicy'];
  readonly store: RunStore;
  readonly instanceId: string;
  readonly runs: ConversationRuns;
}

const INTERRUPTED = 'interrupted by a newer question in the conversation';

/**
 * A second question in a conversation whose run is still going (here or on another instance): `reject`
 * refuses it (CONVERSATION_BUSY), `enqueue` waits for the run, `interrupt` cancels it, then waits. Resolves
 * true once the conversation is this run's; false when it was refused (its failed event already sent).
 */
export async function claimConversation(
  run: LiveRun,
  conversationId: string,
  options: BusyPolicyOptions,
): Promise<boolean> {
  const { policy, store, instanceId, runs } = options;
  for (;;) {
    const local = runs.running(run.uid, conversationId);
    const remote = local ? null : await store.findRunning(run.uid, conversationId).catch(() => null);
    const current = runs.running(run.uid, conversationId);
    // This instance knows its own runs first-hand; a record of one still "running" is a final write lost in an outage.
    const elsewhere = remote && remote.id !== run.id && remote.instanceId !== instanceId ? remote : null;
    if (!current && !elsewhere) {
      runs.claim(run, conversationId);
      return true;
    }
    if (policy === 'reject') {
      run.fail(
        'CONVERSATION_BUSY',
        'This conversation is still answering a question. Wait for it, or cancel it, then ask again.',
        true,
      );
      return false;
    }
    if (current) {
      if (policy === 'interrupt') current.abort(INTERRUPTED);
      await untilAborted(run.signal, current.done);
    } else if (elsewhere) {
      if (policy === 'interrupt') await store.requestCancel(elsewhere);
      await untilRemoteRunEnds(store, elsewhere.id, run.signal);
    }
    run.signal.throwIfAborted();
  }
}

/** Waits for `promise`, or until `signal` aborts. */
async function untilAborted(signal: AbortSignal, promise: Promise<unknown>): Promise<void> {
  if (signal.aborted) return;
  const stop = new AbortController();
  try {
    await Promise.race([promise, once(signal, 'abort', { signal: stop.signal }).catch(() => undefined)]);
  } finally {
    stop.abort();
  }
}

/** Waits until the run on another instance ends; a run whose instance died stops blocking once it goes stale. */
async function untilRemoteRunEnds(store: RunStore, runId: string, signal: AbortSignal): Promise<void> {
  let unwatch: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    unwatch = store.watchRun(
      runId,
      (record) => {
        if (!record || record.status !== 'running') resolve();
      },
      () => resolve(),
    );
  });
  const stale = new AbortController();
  try {
    await untilAborted(signal, Promise.race([ended, sleep(STALE_RUN_MS, undefined, { signal: stale.signal })]));
  } finally {
    stale.abort();
    unwatch();
  }
}
