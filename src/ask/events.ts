import type { Citation, ChartSpec } from '../analyst/analyst.js';
import type { AskOutcome } from '../analyst/outcome.js';
import { AnalystError } from '../analyst/analyst.js';
import type { Stage } from '../agent/events.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { ConversationRecord, MessageRecord } from '../history/records.js';
import { WarehouseError } from '../warehouse/warehouse.js';

/**
 * What a run streams to its subscribers, in order. Every event carries the run's id and a sequence
 * number (1, 2, 3…), so a client that lost its connection can ask for exactly what it missed.
 */

export const ASK_FAILURE_CODES = [
  'UNANSWERABLE',
  'RATE_LIMITED',
  'TIMEOUT',
  'MODEL_UNAVAILABLE',
  'WAREHOUSE_UNAVAILABLE',
  'HISTORY_UNAVAILABLE',
  'CONVERSATION_BUSY',
  'CANCELLED',
  'INTERNAL',
] as const;

export type AskFailureCode = (typeof ASK_FAILURE_CODES)[number];

interface EventBase {
  readonly runId: string;
  readonly seq: number;
}

export interface AskStartedEvent extends EventBase {
  readonly type: 'started';
  /** The conversation the question was saved to (created for it when the request named none). */
  readonly conversationId: string;
}

export interface AskProgressEvent extends EventBase {
  readonly type: 'progress';
  readonly stage: Stage;
  readonly message: string;
  readonly percent: number;
  readonly attempt: number;
}

export interface AnswerDeltaEvent extends EventBase {
  readonly type: 'delta';
  readonly text: string;
}

export interface AskCompletedEvent extends EventBase {
  readonly type: 'completed';
  readonly conversationId: string;
  /** The saved assistant message. */
  readonly messageId: string;
  readonly answer: string;
  readonly sql: string | null;
  readonly result: QueryResult | null;
  readonly chart: ChartSpec | null;
  readonly suggestions: readonly string[];
  readonly citations: readonly Citation[];
  /** Answer (with its interpretation), clarification, decline or reply. */
  readonly outcome: AskOutcome;
  /**
   * The message and its conversation as the answer's write left them: on the instance that ran the question
   * only (never copied to Firestore), so its own subscribers get them without reading them back.
   */
  readonly saved?: { readonly message: MessageRecord; readonly conversation: ConversationRecord };
}

export interface AskFailedEvent extends EventBase {
  readonly type: 'failed';
  readonly code: AskFailureCode;
  readonly message: string;
  readonly retryable: boolean;
  /** RATE_LIMITED: seconds to wait before asking again, when askql knows; absent or null otherwise. */
  readonly retryAfterSeconds?: number | null;
  readonly conversationId: string | null;
  /** The assistant message saved with status failed or cancelled, when one could be saved. */
  readonly messageId: string | null;
}

export type RunEvent = AskStartedEvent | AskProgressEvent | AnswerDeltaEvent | AskCompletedEvent | AskFailedEvent;

/** An event before the registry numbers it. */
export type UnnumberedRunEvent = RunEvent extends infer E
  ? E extends RunEvent
    ? Omit<E, 'runId' | 'seq'>
    : never
  : never;

export function isTerminal(event: RunEvent): event is AskCompletedEvent | AskFailedEvent {
  return event.type === 'completed' || event.type === 'failed';
}

export interface FailureDescription {
  readonly code: AskFailureCode;
  readonly message: string;
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
}

/** What a model provider's rate limit costs before asking again: the message says "in a minute". */
export const MODEL_RATE_LIMIT_RETRY_SECONDS = 60;

/** Raised by the registry's own Firestore writes, so an outage of the history reads as such to the user. */
export class HistoryUnavailableError extends Error {
  /** False when Firestore refused the write for what it is (too large, invalid): the same write fails again. */
  readonly retryable: boolean;
  constructor(options?: { cause?: unknown }) {
    super('conversation history is unavailable', options);
    this.name = 'HistoryUnavailableError';
    this.retryable = !refusedForGood(options?.cause);
  }
}

/** gRPC codes with which Firestore refuses a request that cannot succeed as sent: INVALID_ARGUMENT, PERMISSION_DENIED, OUT_OF_RANGE, UNIMPLEMENTED, UNAUTHENTICATED. */
const DETERMINISTIC_CODES = new Set([3, 7, 11, 12, 16]);

function refusedForGood(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'number' && DETERMINISTIC_CODES.has(code);
}

/**
 * Turns whatever ended a run into what the user is told. Expected failures keep their meaning; anything
 * else is INTERNAL with a generic message (the details go to the log, never to the client).
 */
export function describeFailure(error: unknown): FailureDescription {
  if (error instanceof AnalystError) {
    switch (error.code) {
      case 'RATE_LIMITED':
        return {
          code: 'RATE_LIMITED',
          message: 'The language model is rate limited right now. Try again in a minute.',
          retryable: true,
          retryAfterSeconds: MODEL_RATE_LIMIT_RETRY_SECONDS,
        };
      case 'TIMEOUT':
        return { code: 'TIMEOUT', message: 'The language model took too long to answer. Try again.', retryable: true };
      case 'CANCELLED':
        return { code: 'CANCELLED', message: 'The question was cancelled.', retryable: true };
      default:
        return {
          code: 'MODEL_UNAVAILABLE',
          message: 'The language model is unavailable right now. Try again later.',
          retryable: true,
        };
    }
  }
  if (error instanceof WarehouseError) {
    switch (error.code) {
      case 'TIMEOUT':
        return { code: 'TIMEOUT', message: 'The query took too long. Try a shorter time range.', retryable: true };
      case 'CANCELLED':
        return { code: 'CANCELLED', message: 'The question was cancelled.', retryable: true };
      case 'UNAVAILABLE':
        return {
          code: 'WAREHOUSE_UNAVAILABLE',
          message: 'Your data could not be reached right now. Try again later.',
          retryable: true,
        };
      case 'NOT_SET_UP':
        return {
          code: 'WAREHOUSE_UNAVAILABLE',
          message:
            'Your data is not set up for askql yet, so questions cannot be answered. An administrator needs to finish the set-up.',
          retryable: false,
        };
      default:
        return { code: 'INTERNAL', message: 'Something went wrong while querying your data.', retryable: true };
    }
  }
  if (error instanceof HistoryUnavailableError && !error.retryable) {
    return {
      code: 'HISTORY_UNAVAILABLE',
      message: 'Your conversation could not save this answer, and trying again will not help.',
      retryable: false,
    };
  }
  if (error instanceof HistoryUnavailableError) {
    return {
      code: 'HISTORY_UNAVAILABLE',
      message: 'Your conversation could not be saved right now, so the question was not answered. Try again later.',
      retryable: true,
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong while answering. Try again.', retryable: true };
}
