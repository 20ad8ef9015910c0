import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { AnalystError, type Analyst } from '../../analyst/analyst.js';
import { AskFailureError, type FailureDescription } from '../../ask/events.js';
import { WarehouseError, type QueryResult, type Warehouse } from '../../warehouse/warehouse.js';
import type { AgentCustomChunk } from '../events.js';

/** What the agent graph is built from: the same in the server, the tests and the CLI. */
export interface AgentDeps {
  readonly analyst: Analyst;
  readonly warehouse: Warehouse;
  /** The source of "now", so relative dates ("last month") are deterministic in tests. */
  readonly clock: { now(): Date };
}

/** Sends a progress or answer chunk to the stream's `custom` mode (a no-op when nobody streams it). */
export function emit(config: LangGraphRunnableConfig, chunk: AgentCustomChunk): void {
  config.writer?.(chunk);
}

/** What a model provider's rate limit costs before asking again: the message says "in a minute". */
export const MODEL_RATE_LIMIT_RETRY_SECONDS = 60;

const MODEL_FAILURES: Readonly<Record<AnalystError['code'], FailureDescription>> = {
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'The language model is rate limited right now. Try again in a minute.',
    retryable: true,
    retryAfterSeconds: MODEL_RATE_LIMIT_RETRY_SECONDS,
  },
  TIMEOUT: { code: 'TIMEOUT', message: 'The language model took too long to answer. Try again.', retryable: true },
  CANCELLED: { code: 'CANCELLED', message: 'The question was cancelled.', retryable: true },
  MODEL_UNAVAILABLE: {
    code: 'MODEL_UNAVAILABLE',
    message: 'The language model is unavailable right now. Try again later.',
    retryable: true,
  },
};

/** A call to the analyst's model: its failure, should it end the run, says what it means to the user. */
export async function askingTheModel<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof AnalystError) throw new AskFailureError(MODEL_FAILURES[error.code], { cause: error });
    throw error;
  }
}

/**
 * A query beside the answer's own, run as the asking tenant (the first day of the data, the tenant's own values of a
 * breakdown): its result, or null when it fails, which costs only what it adds. A cancelled run ends here as everywhere.
 */
export async function lookupAsTenant(
  deps: AgentDeps,
  sql: string,
  tenant: string,
  signal: AbortSignal | undefined,
): Promise<QueryResult | null> {
  try {
    return await deps.warehouse.run(sql, { tenant, signal });
  } catch (error) {
    if (signal?.aborted || (error instanceof WarehouseError && error.code === 'CANCELLED')) throw error;
    return null;
  }
}
