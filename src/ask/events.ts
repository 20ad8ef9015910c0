import type { Citation, ChartSpec } from '../analyst/analyst.js';
import type { AskOutcome } from '../analyst/outcome.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { ConversationRecord, MessageRecord } from '../history/records.js';

/**
 * The one vocabulary of a run, used by the agent (which streams progress and answer text), the ask use case
 * (which numbers, stores and serves the events) and the schema (which names them for clients).
 *
 * What a run streams to its subscribers, in order. Every event carries the run's id and a sequence
 * number (1, 2, 3…), so a client that lost its connection can ask for exactly what it missed.
 */

/** Where a run is, in the order a run goes through them (a retried step comes again). */
export const STAGES = [
  'PLANNING',
  'FETCHING_DATA',
  'VALIDATING_DATA',
  'INTERPRETING',
  'FINALIZING',
  'COMPLETE',
] as const;

export type Stage = (typeof STAGES)[number];

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
  /** 1 for a step's first run; 2, 3… when it is retried. */
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

/** The GraphQL type of each event (the `AskEvent` interface's implementations). */
export const EVENT_TYPE_NAMES = {
  started: 'AskStarted',
  progress: 'AskProgress',
  delta: 'AnswerDelta',
  completed: 'AskCompleted',
  failed: 'AskFailed',
} as const satisfies Record<RunEvent['type'], string>;

/** An event before the run numbers it. */
export type UnnumberedRunEvent = RunEvent extends infer E
  ? E extends RunEvent
    ? Omit<E, 'runId' | 'seq'>
    : never
  : never;

/** What the agent streams while it works: progress through the stages, and pieces of the answer. */
export type AgentEvent = Extract<UnnumberedRunEvent, { type: 'progress' | 'delta' }>;

export function isTerminal(event: RunEvent): event is AskCompletedEvent | AskFailedEvent {
  return event.type === 'completed' || event.type === 'failed';
}

export interface FailureDescription {
  readonly code: AskFailureCode;
  readonly message: string;
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
}

/**
 * An error that knows what it means to the user who asked. Failures get their code where they happen: the
 * warehouse's errors (engines), the model's (the agent's nodes), the history's (the run's commits).
 */
export interface FailsAsk {
  readonly askFailure: FailureDescription;
}

/** A failure already described for the user: what the agent's nodes throw for the model's errors. */
export class AskFailureError extends Error implements FailsAsk {
  constructor(
    readonly askFailure: FailureDescription,
    options?: { cause?: unknown },
  ) {
    super(askFailure.message, options);
    this.name = 'AskFailureError';
  }
}

/** Raised by the run's own Firestore writes, so an outage of the history reads as such to the user. */
export class HistoryUnavailableError extends Error implements FailsAsk {
  /** False when Firestore refused the write for what it is (too large, invalid): the same write fails again. */
  readonly retryable: boolean;
  constructor(options?: { cause?: unknown }) {
    super('conversation history is unavailable', options);
    this.name = 'HistoryUnavailableError';
    this.retryable = !refusedForGood(options?.cause);
  }

  get askFailure(): FailureDescription {
    return this.retryable
      ? {
          code: 'HISTORY_UNAVAILABLE',
          message: 'Your conversation could not be saved right now, so the question was not answered. Try again later.',
          retryable: true,
        }
      : {
          code: 'HISTORY_UNAVAILABLE',
          message: 'Your conversation could not save this answer, and trying again will not help.',
          retryable: false,
        };
  }
}

/** gRPC codes with which Firestore refuses a request that cannot succeed as sent: INVALID_ARGUMENT, PERMISSION_DENIED, OUT_OF_RANGE, UNIMPLEMENTED, UNAUTHENTICATED. */
const DETERMINISTIC_CODES = new Set([3, 7, 11, 12, 16]);

function refusedForGood(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'number' && DETERMINISTIC_CODES.has(code);
}

function failsAsk(error: unknown): error is FailsAsk {
  return typeof error === 'object' && error !== null && 'askFailure' in error;
}

/**
 * What the user is told of whatever ended a run: the failure the error was given where it happened;
 * anything else is INTERNAL with a generic message (the details go to the log, never to the client).
 */
export function describeFailure(error: unknown): FailureDescription {
  if (failsAsk(error)) return error.askFailure;
  return { code: 'INTERNAL', message: 'Something went wrong while answering. Try again.', retryable: true };
}
