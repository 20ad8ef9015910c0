import type { Analyst } from './analyst.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SemanticLayer } from './semantic-layer.js';
import { createOfflineAnalyst } from './offline/offline-analyst.js';
import { createLlmAnalyst } from './llm/llm-analyst.js';
import { createChatModel, parseModelSpec } from './llm/model.js';

/**
 * Chooses the analyst: the offline analyst unless `ASKQL_MODEL` names a chat model, then the LLM analyst
 * over that model. Both answer through the same interface, checks and fallbacks.
 */

export interface CreateAnalystDeps {
  readonly layer: SemanticLayer;
  readonly logger: Logger;
}

export interface AnalystChoice {
  readonly analyst: Analyst;
  /** "offline" or the configured provider:model, for logs and /readyz-style reporting. */
  readonly name: string;
}

/** Builds the configured analyst and says which one it is. */
export async function createAnalyst(config: Config['analyst'], deps: CreateAnalystDeps): Promise<AnalystChoice> {
  if (config.model === undefined) {
    return { analyst: createOfflineAnalyst({ layer: deps.layer }), name: 'offline' };
  }
  const { provider } = parseModelSpec(config.model);
  const model = await createChatModel(config);
  const analyst = createLlmAnalyst({
    model,
    provider,
    layer: deps.layer,
    maxRetries: config.maxRetries,
    timeoutMs: config.timeoutMs,
    sendRowsToModel: config.sendRowsToModel,
    logger: deps.logger.child({ component: 'analyst' }),
  });
  return { analyst, name: config.model };
}

export type { Analyst } from './analyst.js';
export { AnalystError } from './analyst.js';
