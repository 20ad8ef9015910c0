import { setTimeout as sleep } from 'node:timers/promises';
import { AnalystError } from '../analyst.js';
import type { Logger } from '../../logger.js';

/**
 * Model calls with a per-attempt timeout and bounded, backed-off retries: which failures are worth another
 * attempt (5xx, 429, timeouts, malformed output), how long to wait, and the typed AnalystError it ends in.
 */

export interface RetryOptions {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Per attempt; for streams, the longest silence between two tokens. */
  readonly timeoutMs: number;
  /** First backoff delay, doubled each retry. */
  readonly backoffMs: number;
  readonly logger?: Logger | undefined;
}

const MAX_BACKOFF_MS = 8_000;

/**
 * A whole attempt's deadline, as a multiple of the per-token timeout: a model that trickles one token a second
 * never falls silent long enough to time out, and must still end.
 */
const ATTEMPT_DEADLINE_FACTOR = 3;

/** Output that arrived but cannot be used: counts as a failed attempt, and its problem is told to the next one. */
export class MalformedOutput extends Error {
  override readonly name = 'MalformedOutput';
}

/** A stream that failed after the client had already seen part of it: retrying would repeat text. */
export class BrokenStream extends Error {
  override readonly name = 'BrokenStream';
}

class AttemptTimeout extends Error {
  override readonly name = 'AttemptTimeout';
}

type FailureKind = 'retry' | 'rate' | 'fatal';

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as Record<string, unknown>;
  for (const value of [
    record.status,
    record.statusCode,
    (record.response as Record<string, unknown> | undefined)?.status,
  ]) {
    if (typeof value === 'number') return value;
  }
  return record.cause === undefined ? undefined : statusOf(record.cause);
}

function classify(error: unknown, timedOut: boolean): FailureKind {
  if (error instanceof BrokenStream) return 'fatal';
  if (timedOut || error instanceof MalformedOutput) return 'retry';
  const status = statusOf(error);
  if (status === 429) return 'rate';
  if (status !== undefined) return status >= 500 || status === 408 || status === 409 ? 'retry' : 'fatal';
  const name = error instanceof Error ? error.name : '';
  // No HTTP status: a connection failure, a timeout inside the client, or output that would not parse.
  if (/Connection|Timeout|Abort|OutputParser|SyntaxError|ToolInvocation/i.test(name)) return 'retry';
  if (
    error instanceof Error &&
    /fetch failed|ECONN|ETIMEDOUT|socket|network|terminated|JSON|parse/i.test(error.message)
  )
    return 'retry';
  return 'fatal';
}

function retryAfterMs(error: unknown): number | null {
  const headers = (error as { headers?: unknown } | null)?.headers;
  const value =
    headers instanceof Headers
      ? headers.get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = value === undefined || value === null ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_BACKOFF_MS) : null;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

export interface Attempt {
  /** Aborts on the run's cancellation or this attempt's timeout. */
  readonly signal: AbortSignal;
  /** Restarts the timeout (a streaming answer that is still producing tokens is not stuck). */
  touch: () => void;
  /** Why the previous attempt's output was unusable, for the model to correct; null on the first attempt. */
  readonly problem: string | null;
}

/** Runs `call` as one named step (for logs and errors), retried per the options, cancelled by `signal`. */
export type Retrying = <T>(
  step: string,
  signal: AbortSignal | undefined,
  call: (attempt: Attempt) => Promise<T>,
) => Promise<T>;

/** The retrying call for one analyst. */
export function createRetrier(options: RetryOptions): Retrying {
  /** Runs `call` with a per-attempt timeout and bounded, backed-off retries; ends in a typed AnalystError. */
  async function withRetries<T>(
    step: string,
    signal: AbortSignal | undefined,
    call: (attempt: Attempt) => Promise<T>,
  ): Promise<T> {
    let lastError: unknown;
    let lastKind: FailureKind = 'retry';
    let problem: string | null = null;
    const attempts = options.maxRetries + 1;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (signal?.aborted) throw new AnalystError('CANCELLED', `${step} cancelled`, { cause: signal.reason });
      const timeout = new AbortController();
      let timer = setTimeout(
        () => timeout.abort(new AttemptTimeout(`no answer within ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
      const deadlineMs = options.timeoutMs * ATTEMPT_DEADLINE_FACTOR;
      const deadline = setTimeout(
        () => timeout.abort(new AttemptTimeout(`not finished within ${deadlineMs} ms`)),
        deadlineMs,
      );
      const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(
          () => timeout.abort(new AttemptTimeout(`no token within ${options.timeoutMs} ms`)),
          options.timeoutMs,
        );
      };
      const combined = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
      try {
        return await call({ signal: combined, touch, problem });
      } catch (error) {
        if (signal?.aborted) throw new AnalystError('CANCELLED', `${step} cancelled`, { cause: error });
        lastError = timeout.signal.aborted ? timeout.signal.reason : error;
        lastKind = classify(error, timeout.signal.aborted);
        problem = error instanceof MalformedOutput ? error.message : null;
        options.logger?.warn(
          { step, attempt: attempt + 1, attempts, kind: lastKind, error: describeError(lastError) },
          'model call failed',
        );
        if (lastKind === 'fatal') break;
      } finally {
        clearTimeout(timer);
        clearTimeout(deadline);
      }
      if (attempt + 1 < attempts) {
        const delay =
          retryAfterMs(lastError) ??
          Math.min(options.backoffMs * 2 ** attempt, MAX_BACKOFF_MS) * (0.75 + Math.random() * 0.5);
        try {
          await sleep(delay, undefined, { signal });
        } catch (error) {
          throw new AnalystError('CANCELLED', `${step} cancelled`, { cause: error });
        }
      }
    }
    const code = lastKind === 'rate' ? 'RATE_LIMITED' : 'MODEL_UNAVAILABLE';
    throw new AnalystError(code, `the model could not ${step}: ${describeError(lastError)}`, { cause: lastError });
  }
  return withRetries;
}
