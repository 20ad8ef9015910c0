import { afterEach, describe, expect, test, vi } from 'vitest';
import { pino } from 'pino';
import { createAnalyst } from '../../../src/analyst/index.js';
import { parseModelSpec } from '../../../src/analyst/llm/model.js';
import { loadConfig } from '../../../src/config.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

const deps = { layer: DEMO_SEMANTIC_LAYER, logger: pino({ level: 'silent' }) };
afterEach(() => vi.unstubAllEnvs());

describe('choosing the analyst', () => {
  test('ASKQL_MODEL is split at its first colon (model names may contain colons)', () => {
    expect(parseModelSpec('ollama:llama3.1:8b')).toEqual({ provider: 'ollama', model: 'llama3.1:8b' });
    expect(parseModelSpec('openai:gpt-4o-mini')).toEqual({ provider: 'openai', model: 'gpt-4o-mini' });
    expect(() => parseModelSpec('gpt-4o')).toThrow(/provider:model/);
  });

  test('a hosted provider without its key stops start-up, naming the variable', () => {
    expect(() => loadConfig({ ASKQL_MODEL: 'openai:gpt-4o-mini' })).toThrow(
      /OPENAI_API_KEY: required by ASKQL_MODEL=openai:gpt-4o-mini/,
    );
    expect(() => loadConfig({ ASKQL_MODEL: 'anthropic:claude-3-5-haiku-latest' })).toThrow(/ANTHROPIC_API_KEY/);
    expect(loadConfig({ ASKQL_MODEL: 'ollama:llama3.1' }).analyst.model).toBe('ollama:llama3.1');
  });

  test('production names its Firebase project and its warehouse, or does not start', () => {
    expect(() => loadConfig({ ASKQL_ENV: 'production' })).toThrow(
      /GOOGLE_CLOUD_PROJECT: required in production.*ASKQL_WAREHOUSE_URL: required in production/,
    );
  });

  test('without ASKQL_MODEL the analyst is the offline one', async () => {
    const { name, analyst } = await createAnalyst(loadConfig({}).analyst, deps);
    expect(name).toBe('offline');
    expect((await analyst.plan({ question: 'revenue last month', history: [], today: '2026-07-01' })).kind).toBe(
      'query',
    );
  });

  test.each([
    'openai:gpt-4o-mini',
    'anthropic:claude-3-5-haiku-latest',
    'google-genai:gemini-2.0-flash',
    'ollama:llama3.1:8b',
  ])('the %s integration loads on this Node version', async (model) => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-test');
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-test');
    vi.stubEnv('GOOGLE_API_KEY', 'test');
    const { name } = await createAnalyst(loadConfig({ ...process.env, ASKQL_MODEL: model }).analyst, deps);
    expect(name).toBe(model);
  });

  test('an unknown provider, or one whose package is not installed, fails at start with a clear error', async () => {
    await expect(createAnalyst(loadConfig({ ASKQL_MODEL: 'nosuchprovider:model' }).analyst, deps)).rejects.toThrow(
      /unknown model provider "nosuchprovider"/,
    );
    await expect(createAnalyst(loadConfig({ ASKQL_MODEL: 'mistralai:mistral-small' }).analyst, deps)).rejects.toThrow(
      'needs the package @langchain/mistralai',
    );
  });
});
