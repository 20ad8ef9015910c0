import { END } from '@langchain/langgraph';
import type { AgentStateValue } from './state.js';

/**
 * Where the graph goes after each branching step. Pure functions of the state, so every branch is
 * tested without running a node.
 */

/** SQL attempts (generate → validate → execute) before the run gives up and says what it could not do. */
export const MAX_SQL_ATTEMPTS = 3;
/** Interpretations before falling back to the analyst's plain, correct summary. */
export const MAX_INTERPRET_ATTEMPTS = 2;

/** True when another SQL attempt may follow the one that just failed. */
export function canRetrySql(attempts: number): boolean {
  return attempts < MAX_SQL_ATTEMPTS;
}

/** A question that needs no data (greeting, help, unclear, out of scope) skips every SQL step. */
export function routeAfterPlanner(state: Pick<AgentStateValue, 'reply' | 'plan'>): 'sqlGenerator' | 'finalizer' {
  return state.reply !== null || state.plan === null ? 'finalizer' : 'sqlGenerator';
}

/** A rejected query goes back to the generator with the reason, until the attempts run out. */
export function routeAfterSqlValidator(
  state: Pick<AgentStateValue, 'sqlValid' | 'failure'>,
): 'sqlExecutor' | 'sqlGenerator' | typeof END {
  if (state.failure !== null) return END;
  return state.sqlValid ? 'sqlExecutor' : 'sqlGenerator';
}

/** An execution error (timeout, engine error) counts as a failed attempt, exactly like a rejected query. */
export function routeAfterSqlExecutor(
  state: Pick<AgentStateValue, 'result' | 'failure'>,
): 'dataInterpreter' | 'sqlGenerator' | typeof END {
  if (state.failure !== null) return END;
  return state.result !== null ? 'dataInterpreter' : 'sqlGenerator';
}

/** An ungrounded interpretation goes back once with the reason; after that the finalizer uses the plain summary. */
export function routeAfterInterpretationValidator(
  state: Pick<AgentStateValue, 'interpretationValid' | 'interpretAttempts'>,
): 'finalizer' | 'dataInterpreter' {
  if (state.interpretationValid) return 'finalizer';
  return state.interpretAttempts < MAX_INTERPRET_ATTEMPTS ? 'dataInterpreter' : 'finalizer';
}
