import type { Analyst } from '../../src/analyst/analyst.js';

/**
 * The real analyst, able to stop a run in the middle of writing its answer until the test lets it go: a
 * run that is reliably "still going" however slow the machine is, for stopping, reloading and losing the
 * server mid-answer.
 */
export interface AnswerHold {
  /** The next runs pause after the first piece of their answer, until `release()`. */
  arm(): void;
  /** Resolves when a run has paused (since the last `arm()`). */
  reached(): Promise<void>;
  /** Lets paused runs finish and stops pausing new ones. */
  release(): void;
  /** Wraps the analyst a test server answers with. */
  wrap(analyst: Analyst): Analyst;
}

export function createAnswerHold(): AnswerHold {
  let armed = false;
  let reached = deferred();
  let released = deferred();

  return {
    arm() {
      armed = true;
      reached = deferred();
      released = deferred();
    },
    reached: () => reached.promise,
    release() {
      armed = false;
      released.resolve();
    },
    wrap: (analyst) => ({
      ...analyst,
      interpret: async (request) => {
        if (!armed) return analyst.interpret(request);
        const pieces: string[] = [];
        const interpretation = await analyst.interpret({ ...request, onDelta: (text) => pieces.push(text) });
        const [first, ...rest] = pieces;
        if (first !== undefined) request.onDelta(first);
        reached.resolve();
        await abortable(released.promise, request.signal);
        for (const piece of rest) request.onDelta(piece);
        return interpretation;
      },
    }),
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** `promise`, or the signal's abort reason when the run is cancelled first. */
function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
