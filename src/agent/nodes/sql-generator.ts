import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SchemaDescription } from '../../warehouse/warehouse.js';
import type { AgentStateUpdate, AgentStateValue } from '../state.js';
import { askingTheModel, emit, type AgentDeps } from './deps.js';

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
    const sql = await askingTheModel(
      deps.analyst.writeSql({
        question: state.question,
        plan: state.plan,
        today: state.today,
        dialect: deps.warehouse.dialect,
        schema,
        failures: state.sqlFailures.map(({ sql: failedSql, reason }) => ({ sql: failedSql, reason })),
        signal: config.signal,
      }),
    );
    return { sql, sqlAttempts: attempt, sqlValid: false, result: null };
  };
}
