import { Annotation } from '@langchain/langgraph';
import type { ChartSpec, Citation, Interpretation, Turn } from '../analyst/analyst.js';
import type { AskOutcome } from '../analyst/outcome.js';
import type { ColumnPresentation } from '../analyst/answer/column-presentation.js';
import type { QueryPlan } from '../analyst/plan.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { AskFailureCode } from '../ask/events.js';

/**
 * The agent's state: what a question has become so far. Every channel keeps the last value written,
 * so a node returns only the fields it changed.
 */

/** Why a run could not produce an answer; the run sends it as `AskFailed`. */
export type AgentFailureCode = Extract<AskFailureCode, 'UNANSWERABLE' | 'TIMEOUT' | 'WAREHOUSE_UNAVAILABLE'>;

export interface AgentFailure {
  readonly code: AgentFailureCode;
  /** What could not be done, in words the user understands. */
  readonly message: string;
}

/** A SQL attempt that failed validation or execution, fed back to the generator. */
export interface SqlFailure {
  readonly sql: string;
  readonly reason: string;
  /** How it failed: rejected by the guard or the dry run, or failed while running. */
  readonly kind: 'invalid' | 'timeout' | 'failed';
}

/** An outcome without data: a clarification, a decline, or a reply that needs none. */
export type NoDataOutcome = Exclude<AskOutcome, { kind: 'answer' }>;

/** The planner's direct reply, when the question gets no data. */
export interface DirectReply {
  readonly outcome: NoDataOutcome;
  readonly text: string;
  readonly suggestions: readonly string[];
}

/** What the finalizer hands back: everything `AskCompleted` and the saved assistant message carry. */
export interface AgentAnswer {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly chart: ChartSpec | null;
  readonly suggestions: readonly string[];
  /** How the result's columns are shown (headers, formats, roles); null when there is no result. */
  readonly columns: ColumnPresentation | null;
  /** True when the interpretation failed its checks and the plain summary was used instead. */
  readonly fallback: boolean;
  /** Answer (with what was understood), clarification, decline or reply: told apart by type, not by text. */
  readonly outcome: AskOutcome;
}

function lastValue<T>(initial: () => T) {
  return Annotation<T>({ reducer: (_previous, next) => next, default: initial });
}

export const AgentState = Annotation.Root({
  /** The user's question, as asked. */
  question: Annotation<string>,
  /** The asking user: the warehouse only shows this tenant's rows. */
  tenant: Annotation<string>,
  /** The user's "today", YYYY-MM-DD, from the graph's clock. */
  today: Annotation<string>,
  /** Earlier turns of the conversation, oldest first. */
  history: lastValue<readonly Turn[]>(() => []),

  plan: lastValue<QueryPlan | null>(() => null),
  planSummary: lastValue<string | null>(() => null),
  planChange: lastValue<string | null>(() => null),
  reply: lastValue<DirectReply | null>(() => null),

  sql: lastValue<string | null>(() => null),
  /** SQL attempts started so far (1 on the first). */
  sqlAttempts: lastValue<number>(() => 0),
  sqlFailures: lastValue<readonly SqlFailure[]>(() => []),
  /** The latest SQL passed the guard and the dry run. */
  sqlValid: lastValue<boolean>(() => false),
  result: lastValue<QueryResult | null>(() => null),
  /** The first day (YYYY-MM-DD) of the plan's figure in the tenant's data; null when unknown or none. */
  dataStart: lastValue<string | null>(() => null),

  interpretation: lastValue<Interpretation | null>(() => null),
  interpretAttempts: lastValue<number>(() => 0),
  /** Why the latest interpretation was rejected; null when it passed (or none was checked yet). */
  interpretationFeedback: lastValue<string | null>(() => null),
  interpretationValid: lastValue<boolean>(() => false),

  answer: lastValue<AgentAnswer | null>(() => null),
  failure: lastValue<AgentFailure | null>(() => null),
});

export type AgentStateValue = typeof AgentState.State;
export type AgentStateUpdate = typeof AgentState.Update;
