/**
 * Every Firestore round trip of the history, bounded in time and reported to observers (tests and
 * benchmarks count them).
 */

export interface FirestoreCall {
  readonly operation: 'getAll' | 'query' | 'transaction' | 'write' | 'delete';
  /** Documents read by the call (written ones are not counted). */
  readonly documents: number;
  readonly startedAt: number;
  readonly endedAt: number;
}

export type FirestoreCallObserver = (call: FirestoreCall) => void;

/**
 * How long each kind of Firestore call may take before it fails with HistoryUnavailable. Without a bound the
 * client retries a lost connection for about 45 s while the request that waits for it holds its client.
 */
export const FIRESTORE_DEADLINES_MS: Readonly<Record<FirestoreCall['operation'], number>> = {
  getAll: 5_000,
  query: 5_000,
  transaction: 10_000,
  write: 10_000,
  // A recursive delete of a long conversation is many round trips.
  delete: 30_000,
};

/** Firestore did not answer in time, or cannot be reached: a retry later can succeed. */
export class HistoryUnavailable extends Error {
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HistoryUnavailable';
  }
}

/** gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4): the server was not reached, or did not answer. */
function lostConnection(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 14 || code === 4;
}

export class FirestoreCalls {
  private readonly observers = new Set<FirestoreCallObserver>();

  constructor(
    private readonly deadlines: Readonly<Record<FirestoreCall['operation'], number>> = FIRESTORE_DEADLINES_MS,
  ) {}

  /** Reports every Firestore call until the returned function is called. */
  observe(observer: FirestoreCallObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Makes one call within its deadline: a lost connection or a late answer is HistoryUnavailable. */
  async track<T>(
    operation: FirestoreCall['operation'],
    call: () => Promise<{ value: T; documents: number } | number>,
  ): Promise<T> {
    const startedAt = performance.now();
    let documents = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      const pending = call();
      // Should the deadline win, the call may still fail later: that failure is already reported.
      pending.catch(() => undefined);
      const limitMs = this.deadlines[operation];
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new HistoryUnavailable(`Firestore did not answer a ${operation} within ${limitMs} ms`)),
          limitMs,
        );
      });
      const outcome = await Promise.race([pending, deadline]);
      const { value, documents: read } =
        typeof outcome === 'number' ? { value: undefined as T, documents: outcome } : outcome;
      documents = read;
      return value;
    } catch (error) {
      if (error instanceof HistoryUnavailable || !lostConnection(error)) throw error;
      throw new HistoryUnavailable(`Firestore is unreachable: ${(error as Error).message}`, { cause: error });
    } finally {
      clearTimeout(timer);
      // A refused write (a stale version) is a round trip too.
      const endedAt = performance.now();
      for (const observer of this.observers) observer({ operation, documents, startedAt, endedAt });
    }
  }
}
