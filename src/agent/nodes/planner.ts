import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { askingTheModel, emit, type AgentDeps } from './deps.js';

/** Turns the question (and the conversation so far) into a query plan, or a direct reply that needs no data. */
export function plannerNode(deps: AgentDeps) {
  return async function planner(state: AgentStateValue, config: LangGraphRunnableConfig): Promise<AgentStateUpdate> {
    emit(config, { kind: 'step', step: 'planner', attempt: 1 });
    const today = deps.clock.now().toISOString().slice(0, 10);
    const decision = await askingTheModel(
      deps.analyst.plan({
        question: state.question,
        history: state.history,
        today,
        signal: config.signal,
        // Only the asking user's rows, through the same guard and tenant wall as every query.
        lookup: (sql) => deps.warehouse.run(sql, { tenant: state.tenant, signal: config.signal }),
        dialect: deps.warehouse.dialect,
      }),
    );
    if (decision.kind === 'clarify') {
      return {
        today,
        reply: {
          outcome: { kind: 'clarification', word: decision.word, options: [...decision.options] },
          text: decision.text,
          suggestions: decision.options.map((option) => option.question),
        },
        plan: null,
      };
    }
    if (decision.kind === 'reply') {
      const outcome =
        decision.reason === 'unanswerable'
          ? { kind: 'decline' as const, word: decision.word ?? null }
          : { kind: 'reply' as const };
      return { today, reply: { outcome, text: decision.text, suggestions: decision.suggestions }, plan: null };
    }
    return { today, plan: decision.plan, planSummary: decision.summary, planChange: decision.change, reply: null };
  };
}
