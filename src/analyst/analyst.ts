import type { ClarificationOption, PlanInterpretation } from './outcome.js';
import type { QueryPlan } from './plan.js';
import type { ColumnPresentation } from './answer/column-presentation.js';
import type { Dialect, QueryResult, SchemaDescription } from '../warehouse/warehouse.js';

/**
 * The analyst: what the agent graph asks to plan a question, write its SQL and interpret the result.
 * Two implementations: the offline analyst (deterministic, no network) and the LLM analyst (LangChain).
 * Each method takes the run's AbortSignal so cancelling a run stops a model call mid-flight.
 */

/** An earlier turn of the conversation, for follow-ups ("what about TikTok?"). */
export interface Turn {
  readonly question: string;
  /** The plan that question became, when it became one. */
  readonly plan: QueryPlan | null;
  readonly answer: string;
}

/** Why a question got a reply instead of data: it needs none (greeting, help), or the data cannot answer it. */
export type ReplyReason = 'greeting' | 'help' | 'unanswerable';

export type PlanDecision =
  | {
      readonly kind: 'query';
      readonly plan: QueryPlan;
      /** The plan in one plain sentence: "Top 5 Instagram posts by engagement, all time". */
      readonly summary: string;
      /** For a follow-up: what changed from the previous plan ("Same period, TikTok instead of Instagram"). */
      readonly change: string | null;
    }
  | {
      /** The question has more than one reading in the data: ask which, never guess. */
      readonly kind: 'clarify';
      readonly text: string;
      /** The word with several readings, when one word is the cause. */
      readonly word: string | null;
      /** Up to three readings, each re-asked as a question that can be answered as it stands. */
      readonly options: readonly ClarificationOption[];
    }
  | {
      /** No data needed (greeting, help) or none can answer (out of scope): answer directly. */
      readonly kind: 'reply';
      readonly reason: ReplyReason;
      readonly text: string;
      readonly suggestions: readonly string[];
      /** For a decline: the word that was not understood, when one is the cause. */
      readonly word?: string | null;
    };

export interface PlanRequest {
  readonly question: string;
  readonly history: readonly Turn[];
  /** The asking user's "today", YYYY-MM-DD, so relative dates are deterministic. */
  readonly today: string;
  readonly signal?: AbortSignal;
  /**
   * Runs a read-only query as the asking user, for what only the data knows: the names of their rows (a
   * product's title) when the question names one. Absent: names are not looked up.
   */
  readonly lookup?: (sql: string) => Promise<QueryResult>;
  /** The SQL dialect `lookup` runs, for a lookup compiled from a plan (the rows a question takes to be one). */
  readonly dialect?: Dialect;
}

export interface SqlRequest {
  readonly question: string;
  readonly plan: QueryPlan;
  readonly today: string;
  /** The first day of the plan's figure in the asker's data (YYYY-MM-DD), when known: averages per month start there. */
  readonly dataStart?: string | null;
  readonly dialect: Dialect;
  readonly schema: SchemaDescription;
  /** Why earlier attempts were rejected, oldest first; empty on the first attempt. */
  readonly failures: readonly { readonly sql: string; readonly reason: string }[];
  readonly signal?: AbortSignal;
}

/** Where a number in the answer came from: its span in the text, the cells, and how it was computed. */
export interface Citation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cells: readonly { readonly row: number; readonly column: string }[];
  /** "value", "sum", "share of total", "change vs previous period"… */
  readonly computation: string;
}

export interface Interpretation {
  readonly text: string;
  readonly citations: readonly Citation[];
}

export interface InterpretRequest {
  readonly question: string;
  readonly plan: QueryPlan;
  readonly change: string | null;
  readonly result: QueryResult;
  /** Why the previous interpretation was rejected; null on the first attempt. */
  readonly feedback: string | null;
  /** The asker's today (YYYY-MM-DD): data runs through the day before, so this month's bucket is unfinished. */
  readonly today?: string;
  /** The first day of the plan's figure in the asker's data, when known: a first bucket before it is partial. */
  readonly dataStart?: string | null;
  readonly signal?: AbortSignal;
  /** Called with each new piece of the answer as it is written. */
  readonly onDelta: (text: string) => void;
}

export type InterpretationCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** A Vega-Lite spec (JSON). */
export type ChartSpec = Record<string, unknown>;

export interface Analyst {
  plan(request: PlanRequest): Promise<PlanDecision>;
  /** What a plan means, spelled out for the user: metrics, filters, period as dates, one sentence. */
  interpretation(plan: QueryPlan, today: string, dataStart?: string | null): PlanInterpretation;
  writeSql(request: SqlRequest): Promise<string>;
  interpret(request: InterpretRequest): Promise<Interpretation>;
  /**
   * Deterministic grounding check: every number in the text is traceable to the result (and, given the asker's today
   * and where the data begins, to the periods the plan covers).
   */
  checkInterpretation(
    interpretation: Interpretation,
    result: QueryResult,
    plan: QueryPlan,
    asked?: { readonly today?: string; readonly dataStart?: string | null },
  ): InterpretationCheck;
  /** A plain, correct summary of the result: the fallback when interpretation fails its checks. */
  summarize(plan: QueryPlan, result: QueryResult): Interpretation;
  chart(plan: QueryPlan, result: QueryResult): ChartSpec | null;
  /** Each result column's header, format and role, from the semantic layer: what clients render. */
  columns(plan: QueryPlan, result: QueryResult): ColumnPresentation;
  suggestions(plan: QueryPlan, result: QueryResult): readonly string[];
  /**
   * The result as the answer speaks of it: a series of sums or counts with its empty buckets as zeros, so
   * sentences, table and chart cover the whole period. Absent: the result as the warehouse returned it.
   */
  complete?(
    plan: QueryPlan,
    result: QueryResult,
    today: string,
    dataStart?: string | null,
    /** The asker's own values of the breakdown (from `valuesSql`), when known: only those are added at zero. */
    values?: readonly string[] | null,
  ): QueryResult;
  /** The SQL for the first moment of the plan's figure (one row, one cell); null when there is none to ask. */
  dataStartSql?(plan: QueryPlan): string | null;
  /**
   * The SQL for the asker's own values of the plan's breakdown (one column), when the answer would list the layer's
   * values it has no rows for: a layer shared by several tenants lists every tenant's (another studio's city). For
   * a part of time (a day of the week), the values the period's days hold, given the asker's `today`.
   */
  valuesSql?(plan: QueryPlan, today?: string): string | null;
  /**
   * "Your orders begin on Mar 15, 2024: …", when the period asked reaches back before the first day of data
   * (`dataStart`, YYYY-MM-DD); null when every day asked about has data to hold.
   */
  dataStartNote?(plan: QueryPlan, today: string, dataStart: string | null, result?: QueryResult): Interpretation | null;
}

/** A failure of the model provider, after its retries; the run ends with AskFailed MODEL_UNAVAILABLE / RATE_LIMITED. */
export class AnalystError extends Error {
  constructor(
    readonly code: 'MODEL_UNAVAILABLE' | 'RATE_LIMITED' | 'TIMEOUT' | 'CANCELLED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AnalystError';
  }
}
