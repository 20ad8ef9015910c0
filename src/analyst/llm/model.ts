import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { initChatModel, MODEL_PROVIDER_CONFIG } from 'langchain/chat_models/universal';
import type { Config } from '../../config.js';

/**
 * The chat model behind the LLM analyst, from `ASKQL_MODEL=provider:model`. LangChain's `initChatModel`
 * loads the provider's integration package on demand (`@langchain/openai`, `@langchain/anthropic`,
 * `@langchain/google-genai`, `@langchain/ollama`); API keys come from each provider's usual variable
 * (OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY). `OPENAI_BASE_URL` points the openai provider at any
 * OpenAI-compatible server (vLLM, llama.cpp server, LM Studio).
 */

export interface ModelSpec {
  readonly provider: string;
  readonly model: string;
}

/** Splits "openai:gpt-4o-mini" at the first colon (model names may contain colons: "ollama:llama3.1:8b"). */
export function parseModelSpec(value: string): ModelSpec {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1)
    throw new Error(`ASKQL_MODEL must look like provider:model, got "${value}"`);
  return { provider: value.slice(0, colon), model: value.slice(colon + 1) };
}

/** Tokens a model may write in one call: a plan, a query or an answer of a few paragraphs needs far fewer. */
const MAX_OUTPUT_TOKENS = 2_048;

/** A chat model as the analyst uses it: invoke, stream, and structured output. */
export type ChatModel = Pick<BaseChatModel, 'invoke' | 'stream' | 'withStructuredOutput'>;

/**
 * Creates the configured chat model. The provider client's own retries are turned off (maxRetries 0): the
 * analyst retries with its own bounded backoff so every failure is counted once and ends in a typed error.
 */
export async function createChatModel(config: Config['analyst']): Promise<ChatModel> {
  if (config.model === undefined) throw new Error('no ASKQL_MODEL configured');
  const { provider, model } = parseModelSpec(config.model);
  const integration = (MODEL_PROVIDER_CONFIG as Record<string, { package: string } | undefined>)[provider];
  if (integration === undefined) {
    throw new Error(
      `unknown model provider "${provider}" in ASKQL_MODEL; use one of ${Object.keys(MODEL_PROVIDER_CONFIG).join(', ')}`,
    );
  }
  // initChatModel imports the integration on first use; importing it now makes a missing package a start-up error.
  try {
    await import(integration.package);
  } catch (error) {
    throw new Error(
      `model provider "${provider}" needs the package ${integration.package} (npm install ${integration.package})`,
      { cause: error },
    );
  }
  // maxTokens bounds what one answer may cost and weigh, whatever the model decides to write.
  const fields: Record<string, unknown> = {
    modelProvider: provider,
    temperature: 0,
    maxRetries: 0,
    maxTokens: MAX_OUTPUT_TOKENS,
  };
  if (provider === 'openai') {
    fields.timeout = config.timeoutMs;
    if (config.openaiBaseUrl !== undefined) fields.configuration = { baseURL: config.openaiBaseUrl };
  }
  return await initChatModel(model, fields);
}
