import type { Turn } from '../analyst/analyst.js';
import type { QueryPlan } from '../analyst/plan.js';
import type { QueryResult } from '../warehouse/warehouse.js';
import type { AgentEvent } from '../ask/events.js';
import { completeProgress, INITIAL_PROGRESS, mapChunk } from './events.js';
import type { AgentGraph } from './graph.js';
import type { AgentAnswer, AgentFailure, AgentStateValue } from './state.js';

export interface AgentInput {
  readonly question: string;
  readonly tenant: string;
  readonly history: readonly Turn[];
}

/** What a finished run produced, besides the events it streamed. */
export type AgentOutcome =
  | {
      readonly kind: 'answer';
      readonly answer: AgentAnswer;
      /** The COMPLETE progress, for the caller to send once the answer is saved. */
      readonly complete: readonly AgentEvent[];
      readonly plan: QueryPlan | null;
      readonly sql: string | null;
      readonly result: QueryResult | null;
    }
  | {
      readonly kind: 'failure';
      readonly failure: AgentFailure;
      readonly plan: QueryPlan | null;
      readonly sql: string | null;
    };

/**
 * Runs the graph once, streaming updates and the nodes' custom progress, and hands each client event to
 * `onEvent` as it happens. The final COMPLETE progress is in the outcome, the caller's to send once the answer
 * is saved. Resolves with the outcome; rejects with whatever a node threw (a model or
 * warehouse outage, or the signal's reason when the run was cancelled).
 */
export async function runAgent(
  graph: AgentGraph,
  input: AgentInput,
  options: { readonly signal: AbortSignal; readonly onEvent: (event: AgentEvent) => void },
): Promise<AgentOutcome> {
  const state: Partial<AgentStateValue> = {};
  let progress = INITIAL_PROGRESS;
  const stream = await graph.stream(
    { question: input.question, tenant: input.tenant, history: input.history },
    { streamMode: ['updates', 'custom'], signal: options.signal },
  );
  for await (const chunk of stream) {
    if (chunk[0] === 'updates') {
      for (const update of Object.values(chunk[1] as Record<string, Partial<AgentStateValue> | undefined>)) {
        if (update) Object.assign(state, update);
      }
    }
    const mapped = mapChunk(progress, chunk);
    progress = mapped.state;
    for (const event of mapped.events) options.onEvent(event);
  }
  options.signal.throwIfAborted();
  const plan = state.plan ?? null;
  const sql = state.sql ?? null;
  if (state.failure) return { kind: 'failure', failure: state.failure, plan, sql };
  if (!state.answer) throw new Error('the agent graph ended without an answer or a failure');
  const complete = completeProgress(progress).events;
  return { kind: 'answer', answer: state.answer, complete, plan, sql, result: state.result ?? null };
}
