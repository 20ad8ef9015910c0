import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { allTimeOfData, dataStartDay } from '../../analyst/answer/data-start.js';
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
    // Where the figure's data begins and ends, once per question: an average per month counts only its months of
    // data, and all time over rows scheduled ahead runs through the last of them.
    const span = attempt === 1 ? await spanOfData(deps, state.plan, state.tenant, config.signal) : null;
    const dataStart = span === null ? state.dataStart : span.start;
    const plan = span === null ? state.plan : allTimeOfData(state.plan, state.today, span.end);
    const sql = await askingTheModel(
      deps.analyst.writeSql({
        question: state.question,
        plan,
        today: state.today,
        dataStart,
        dialect: deps.warehouse.dialect,
        schema,
        failures: state.sqlFailures.map(({ sql: failedSql, reason }) => ({ sql: failedSql, reason })),
        signal: config.signal,
      }),
    );
    return {
      sql,
      sqlAttempts: attempt,
      sqlValid: false,
      result: null,
      dataStart,
      ...(plan === state.plan ? {} : { plan }),
    };
  };
}

/**
 * The first and last days of the plan's figure in the tenant's data, so the answer can say where the data begins
 * and all time can reach rows scheduled ahead; nulls when the analyst asks none, or the lookup fails (the answer
 * then goes without the note, never without its figures).
 */
async function spanOfData(
  deps: AgentDeps,
  plan: QueryPlan,
  tenant: string,
  signal: AbortSignal | undefined,
): Promise<{ readonly start: string | null; readonly end: string | null }> {
  const sql = deps.analyst.dataStartSql?.(plan) ?? null;
  if (sql === null) return { start: null, end: null };
  const result = await lookupAsTenant(deps, sql, tenant, signal);
  const row = result?.rows[0];
  return { start: dataStartDay(row?.[0]), end: dataStartDay(row?.[1]) };
}
