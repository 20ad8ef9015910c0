import { END, START, StateGraph } from '@langchain/langgraph';
import { AgentState } from './state.js';
import {
  routeAfterInterpretationValidator,
  routeAfterPlanner,
  routeAfterSqlExecutor,
  routeAfterSqlValidator,
} from './routes.js';
import type { AgentDeps } from './nodes/deps.js';
import { plannerNode } from './nodes/planner.js';
import { sqlGeneratorNode } from './nodes/sql-generator.js';
import { sqlValidatorNode } from './nodes/sql-validator.js';
import { sqlExecutorNode } from './nodes/sql-executor.js';
import { dataInterpreterNode } from './nodes/data-interpreter.js';
import { interpretationValidatorNode } from './nodes/interpretation-validator.js';
import { finalizerNode } from './nodes/finalizer.js';

export type { AgentDeps } from './nodes/deps.js';

/**
 * The analytics agent: planner → sqlGenerator → sqlValidator → sqlExecutor → dataInterpreter →
 * interpretationValidator → finalizer, with the retry loops and the direct-reply shortcut in `routes.ts`.
 * Built from its dependencies so the server, the tests and the CLI run the same graph.
 */
export function createAgentGraph(deps: AgentDeps) {
  return new StateGraph(AgentState)
    .addNode('planner', plannerNode(deps))
    .addNode('sqlGenerator', sqlGeneratorNode(deps))
    .addNode('sqlValidator', sqlValidatorNode(deps))
    .addNode('sqlExecutor', sqlExecutorNode(deps))
    .addNode('dataInterpreter', dataInterpreterNode(deps))
    .addNode('interpretationValidator', interpretationValidatorNode(deps))
    .addNode('finalizer', finalizerNode(deps))
    .addEdge(START, 'planner')
    .addConditionalEdges('planner', routeAfterPlanner, ['sqlGenerator', 'finalizer'])
    .addEdge('sqlGenerator', 'sqlValidator')
    .addConditionalEdges('sqlValidator', routeAfterSqlValidator, ['sqlExecutor', 'sqlGenerator', END])
    .addConditionalEdges('sqlExecutor', routeAfterSqlExecutor, ['dataInterpreter', 'sqlGenerator', END])
    .addEdge('dataInterpreter', 'interpretationValidator')
    .addConditionalEdges('interpretationValidator', routeAfterInterpretationValidator, ['finalizer', 'dataInterpreter'])
    .addEdge('finalizer', END)
    .compile();
}

export type AgentGraph = ReturnType<typeof createAgentGraph>;
