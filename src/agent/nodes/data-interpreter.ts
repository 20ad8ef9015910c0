import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { withDataStart } from '../../analyst/answer/data-start.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { askingTheModel, emit, type AgentDeps } from './deps.js';

/** Explains the result in words; each piece of the answer streams to the client as it is written. */
export function dataInterpreterNode(deps: AgentDeps) {
  return async function dataInterpreter(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    const attempt = state.interpretAttempts + 1;
    emit(config, { kind: 'step', step: 'dataInterpreter', attempt });
    if (!state.plan || !state.result) throw new Error('dataInterpreter reached without a plan and a result');
    // "Your orders begin on Mar 15, 2024: …" first, when the period reaches back before the data.
    const note = deps.analyst.dataStartNote?.(state.plan, state.today, state.dataStart, state.result) ?? null;
    if (note !== null) emit(config, { kind: 'delta', text: `${note.text} ` });
    const written = await askingTheModel(
      deps.analyst.interpret({
        question: state.question,
        plan: state.plan,
        change: state.planChange,
        result: state.result,
        feedback: state.interpretationFeedback,
        today: state.today,
        dataStart: state.dataStart,
        signal: config.signal,
        onDelta: (text) => emit(config, { kind: 'delta', text }),
      }),
    );
    const interpretation = withDataStart(note, written);
    return { interpretation, interpretAttempts: attempt, interpretationValid: false };
  };
}
