import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { WarehouseError, type Warehouse } from '../../warehouse/warehouse.js';
import { canRetrySql } from '../routes.js';
import type { AgentFailure, AgentStateUpdate, AgentStateValue, SqlFailure } from '../state.js';
import { emit, type AgentDeps } from './deps.js';

/** What the user is told when no attempt produced a query that could run. */
export function sqlFailureMessage(summary: string | null, failures: readonly SqlFailure[]): AgentFailure {
  const last = failures.at(-1);
  const what = summary ? `“${summary}”` : 'your question';
  if (last?.kind === 'timeout') {
    return {
      code: 'TIMEOUT',
      message: `I could not get ${what} from your data in time: the query took too long. Try a shorter time range or fewer breakdowns.`,
    };
  }
  return {
    code: 'UNANSWERABLE',
    message: `I could not build a query that answers ${what} after ${failures.length} attempts${last ? ` (last problem: ${last.reason})` : ''}. Try asking it more simply.`,
  };
}

async function reachable(warehouse: Warehouse, signal: AbortSignal | undefined): Promise<void> {
  try {
    await warehouse.ping(signal);
  } catch (error) {
    signal?.throwIfAborted();
    if (error instanceof WarehouseError && (error.code === 'UNAVAILABLE' || error.code === 'NOT_SET_UP')) throw error;
    throw new WarehouseError('UNAVAILABLE', 'the warehouse did not answer', { cause: error });
  }
}

/** Guard plus dry run: the SQL must be one read-only SELECT over known tables that the engine can plan. */
export function sqlValidatorNode(deps: AgentDeps) {
  return async function sqlValidator(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    emit(config, { kind: 'step', step: 'sqlValidator', attempt: state.sqlAttempts });
    const sql = state.sql ?? '';
    const validation = await deps.warehouse.validate(sql, { tenant: state.tenant, signal: config.signal });
    if (validation.ok) return { sqlValid: true };
    // A query refused because the run was cancelled or the engine is gone is not the SQL's fault: retrying
    // the generator would only report "could not build a query" for what is really an outage.
    config.signal?.throwIfAborted();
    await reachable(deps.warehouse, config.signal);
    const sqlFailures = [...state.sqlFailures, { sql, reason: validation.reason, kind: 'invalid' as const }];
    return {
      sqlValid: false,
      sqlFailures,
      failure: canRetrySql(state.sqlAttempts) ? null : sqlFailureMessage(state.planSummary, sqlFailures),
    };
  };
}
