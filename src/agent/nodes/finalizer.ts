import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { withDataStart } from '../../analyst/answer/data-start.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { emit, type AgentDeps } from './deps.js';

/**
 * Puts the answer together: the direct reply, or the grounded interpretation (the plain summary when the
 * interpretation never passed its checks, because a wrong answer is worse than a plain one), the chart and
 * the follow-up suggestions.
 */
export function finalizerNode(deps: AgentDeps) {
  return function finalizer(state: AgentStateValue, config: LangGraphRunnableConfig): AgentStateUpdate {
    emit(config, { kind: 'step', step: 'finalizer', attempt: 1 });
    if (state.reply) {
      return {
        answer: {
          text: state.reply.text,
          citations: [],
          chart: null,
          suggestions: state.reply.suggestions,
          columns: null,
          fallback: false,
          outcome: state.reply.outcome,
        },
      };
    }
    if (!state.plan || !state.result) throw new Error('finalizer reached without a plan and a result');
    const checked = state.interpretationValid ? state.interpretation : null;
    const fallback = checked === null;
    const note = deps.analyst.dataStartNote?.(state.plan, state.today, state.dataStart, state.result) ?? null;
    const interpretation = checked ?? withDataStart(note, deps.analyst.summarize(state.plan, state.result));
    return {
      answer: {
        text: interpretation.text,
        citations: interpretation.citations,
        chart: deps.analyst.chart(state.plan, state.result),
        suggestions: deps.analyst.suggestions(state.plan, state.result),
        columns: deps.analyst.columns(state.plan, state.result),
        fallback,
        outcome: {
          kind: 'answer',
          interpretation: deps.analyst.interpretation(state.plan, state.today, state.dataStart),
        },
      },
    };
  };
}
