import { createAgentGraph } from '../agent/graph.js';
import type { Analyst } from '../analyst/analyst.js';
import type { Config } from '../config.js';
import type { ConversationRepository } from '../history/conversation-repository.js';
import type { Logger } from '../logger.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { Firestore } from 'firebase-admin/firestore';
import type { Admission } from './admission.js';
import { RunRegistry } from './registry.js';
import { RunStore } from './run-store.js';

export interface RunDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly firestore: Firestore;
  readonly history: ConversationRepository;
  readonly analyst: Analyst;
  readonly warehouse: Warehouse;
  /** Source of "today" for relative dates; the system clock by default. */
  readonly clock?: { now(): Date };
  /** Longest wait for a history write before the run fails with HISTORY_UNAVAILABLE (default 10 s). */
  readonly historyTimeoutMs?: number;
  /** Who may start a run (this instance's own counts when absent). */
  readonly admission?: Admission;
}

/**
 * The run registry the server answers questions with: the agent graph built from the analyst and the
 * warehouse, runs stored in Firestore. Tests that wrap the analyst build their own with the wrapped one.
 */
export function createRunRegistry(deps: RunDeps): RunRegistry {
  const graph = createAgentGraph({
    analyst: deps.analyst,
    warehouse: deps.warehouse,
    clock: deps.clock ?? { now: () => new Date() },
  });
  return new RunRegistry({
    graph,
    history: deps.history,
    store: new RunStore(deps.firestore),
    logger: deps.logger.child({ component: 'runs' }),
    limits: deps.config.ask,
    ...(deps.historyTimeoutMs ? { historyTimeoutMs: deps.historyTimeoutMs } : {}),
    ...(deps.admission ? { admission: deps.admission } : {}),
  });
}
