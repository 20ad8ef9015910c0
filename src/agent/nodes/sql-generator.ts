import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { dataStartDay } from '../../analyst/answer/data-start.js';
import type { QueryPlan } from '../../analyst/plan.js';
import type { SchemaDescription } from '../../warehouse/warehouse.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { askingTheModel, emit, lookupAsTenant, type AgentDeps } from './deps.js';

/** Writes the plan's SQL; on a retry the analyst sees why every earlier attempt failed. */
export function sqlGeneratorNode(deps: AgentDeps) {
  return async function sqlGenerator(
    state: AgentStateValue,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> {
    const attempt = state.sqlAttempts + 1;
    emit(config, { kind: 'step', step: 'sqlGenerator', attempt });
    if (!state.plan) throw new Error('sqlGenerator reached without a plan');
    // Described per tenant (its sample values come from its own rows); the warehouse remembers it.
    const schema: SchemaDescription = await deps.warehouse.describe({ tenant: state.tenant });
    // Where the figure's data begins, once per question: an average per month counts only its months of data.
    const dataStart =
      attempt === 1 ? await firstDayOfData(deps, state.plan, state.tenant, config.signal) : state.dataStart;
    const sql = await askingTheModel(
      deps.analyst.writeSql({
        question: state.question,
        plan: state.plan,
        today: state.today,
        dataStart,
        dialect: deps.warehouse.dialect,
        schema,
        failures: state.sqlFailures.map(({ sql: failedSql, reason }) => ({ sql: failedSql, reason })),
        signal: config.signal,
      }),
    );
    return { sql, sqlAttempts: attempt, sqlValid: false, result: null, dataStart };
  };
}

/**
 * The first day of the plan's figure in the tenant's data, so the answer can say where the data begins; null when
 * the analyst asks none, or the lookup fails (the answer then goes without the note, never without its figures).
 */
async function firstDayOfData(
  deps: AgentDeps,
  plan: QueryPlan,
  tenant: string,
  signal: AbortSignal | undefined,
): Promise<string | null> {
  const sql = deps.analyst.dataStartSql?.(plan) ?? null;
  if (sql === null) return null;
  const result = await lookupAsTenant(deps, sql, tenant, signal);
  return result === null ? null : dataStartDay(result.rows[0]?.[0]);
}
