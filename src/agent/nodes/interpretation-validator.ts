import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { emit, type AgentDeps } from './deps.js';

/** The grounding check: every number in the answer must be traceable to the result. */
export function interpretationValidatorNode(deps: AgentDeps) {
  return function interpretationValidator(state: AgentStateValue, config: LangGraphRunnableConfig): AgentStateUpdate {
    emit(config, { kind: 'step', step: 'interpretationValidator', attempt: state.interpretAttempts });
    if (!state.plan || !state.result || !state.interpretation) {
      throw new Error('interpretationValidator reached without an interpretation');
    }
    const check = deps.analyst.checkInterpretation(state.interpretation, state.result, state.plan, {
      today: state.today,
      dataStart: state.dataStart,
    });
    return check.ok
      ? { interpretationValid: true, interpretationFeedback: null }
      : { interpretationValid: false, interpretationFeedback: check.reason };
  };
}
