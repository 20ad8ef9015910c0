import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { WarehouseError } from '../../warehouse/warehouse.js';
import { canRetrySql } from '../routes.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { emit, type AgentDeps } from './deps.js';
import { sqlFailureMessage } from './sql-validator.js';

/**
 * Runs the validated SQL as the asking tenant, with the run's AbortSignal. A timeout or an engine error is a
 * failed attempt (the generator may fix it); an unreachable warehouse or a cancelled run ends the run.
 */
export function sqlExecutorNode(deps: AgentDeps) {
  return async function sqlExecutor(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    emit(config, { kind: 'step', step: 'sqlExecutor', attempt: state.sqlAttempts });
    const sql = state.sql ?? '';
    try {
      const result = await deps.warehouse.run(sql, { tenant: state.tenant, signal: config.signal });
      const plan = state.plan;
      const dataStart = state.dataStart;
      // A series of sums or counts covers every bucket of its period (from where the data begins), empty ones as zeros.
      const completed =
        plan && deps.analyst.complete ? deps.analyst.complete(plan, result, state.today, dataStart) : result;
      return { result: completed };
    } catch (error) {
      if (
        !(error instanceof WarehouseError) ||
        error.code === 'UNAVAILABLE' ||
        error.code === 'NOT_SET_UP' ||
        error.code === 'CANCELLED'
      ) {
        throw error;
      }
      const kind = error.code === 'TIMEOUT' ? ('timeout' as const) : ('failed' as const);
      const sqlFailures = [...state.sqlFailures, { sql, reason: error.message, kind }];
      return {
        result: null,
        sqlValid: false,
        sqlFailures,
        failure: canRetrySql(state.sqlAttempts) ? null : sqlFailureMessage(state.planSummary, sqlFailures),
      };
    }
  };
}
