import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Analyst } from '../../analyst/analyst.js';
import type { Warehouse } from '../../warehouse/warehouse.js';
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
