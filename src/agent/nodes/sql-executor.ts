import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { QueryPlan } from '../../analyst/plan.js';
import { WarehouseError } from '../../warehouse/warehouse.js';
import { canRetrySql } from '../routes.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { emit, lookupAsTenant, type AgentDeps } from './deps.js';
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
      // A series of sums or counts covers every bucket of its period (from where the data begins), empty ones as zeros;
      // a breakdown every value the tenant has.
      const values = plan ? await ownValues(deps, plan, state.tenant, state.today, config.signal) : null;
      const completed =
        plan && deps.analyst.complete ? deps.analyst.complete(plan, result, state.today, dataStart, values) : result;
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

/**
 * The tenant's own values of the plan's breakdown, so only those are added at zero; null when the analyst asks none.
 * A failed lookup adds none (an empty list): never another tenant's value, nor an answer lost for the lookup.
 */
async function ownValues(
  deps: AgentDeps,
  plan: QueryPlan,
  tenant: string,
  today: string,
  signal: AbortSignal | undefined,
): Promise<readonly string[] | null> {
  const sql = deps.analyst.valuesSql?.(plan, today) ?? null;
  if (sql === null) return null;
  const found = await lookupAsTenant(deps, sql, tenant, signal);
  return (found?.rows ?? []).flatMap((row) => (row[0] === null || row[0] === undefined ? [] : [String(row[0])]));
}
