import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { formatValue } from '../../../src/analyst/answer/format.js';
import { openDemoWarehouse } from '../../helpers/demo-warehouse.js';
import { ASK_QUERY, collect, wsClient, type AskEventData } from '../ask/ask-client.js';
import { DEMO_ENV, TOP_POSTS } from '../ask/demo-env.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { promptText, startWireServer, type WireRequest, type WireServer } from '../../helpers/openai-wire.js';

/**
 * askQuery answered by the LLM analyst: the real server (ASKQL_MODEL + OPENAI_BASE_URL, as deployed), a real
 * graphql-ws client, the demo DuckDB warehouse, and a scripted OpenAI-compatible server as the model.
 */

const TOP_POSTS_PLAN = {
  kind: 'query',
  metrics: ['engagement'],
  dimensions: ['post'],
  filters: [{ dimension: 'platform', operator: 'eq', values: ['instagram'] }],
  timeRange: { kind: 'all' },
  sort: { by: 'engagement', direction: 'desc' },
  limit: 5,
};

let wire: WireServer;
let server: TestServer;

beforeAll(async () => {
  await (await openDemoWarehouse()).close();
  vi.stubEnv('OPENAI_API_KEY', 'sk-test-not-a-real-key');
  wire = await startWireServer();
  server = await startTestServer({
    env: {
      ...DEMO_ENV,
      ASKQL_MODEL: 'openai:gpt-4o-mini',
      OPENAI_BASE_URL: wire.baseUrl,
      ASKQL_MODEL_TIMEOUT_MS: '1500',
      ASKQL_MODEL_MAX_RETRIES: '1',
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await wire?.close();
  vi.unstubAllEnvs();
});
beforeEach(() => clearFirestore());
afterEach(() => {
  expect(wire.pending()).toBe(0);
  wire.requests.length = 0;
});

/** The rows the client put in the interpretation prompt. */
function promptRows(request: WireRequest): unknown[][] {
  const match = /Rows \(JSON, first \d+ of \d+\):\n(.*)\n/.exec(promptText(request));
  if (match === null) throw new Error(`no rows in the prompt:\n${promptText(request)}`);
  return JSON.parse(match[1]!) as unknown[][];
}

async function ask(question: string): Promise<AskEventData[]> {
  const client = wsClient(server.wsUrl);
  try {
    return await collect(client, ASK_QUERY, { input: { question } });
  } finally {
    await client.dispose();
  }
}

describe('askQuery with a language model', () => {
  test('the model plans, the interpretation streams as AnswerDelta events, and the answer carries its citations', async () => {
    let quoted = '';
    wire.script(
      {
        kind: 'structured',
        value: { action: 'query', plan: TOP_POSTS_PLAN, summary: 'Top 5 Instagram posts by engagement' },
      },
      {
        kind: 'respond',
        reply: (request) => {
          const engagement = promptRows(request)[0]!.at(-1) as number;
          quoted = formatValue(engagement, 'number');
          return {
            kind: 'stream',
            pieces: ['Your best ', 'Instagram post ', `drew ${quoted} `, 'engagements, ', 'clearly ahead of the rest.'],
          };
        },
      },
    );
    const events = await ask(TOP_POSTS);
    const completed = events.at(-1)!;
    expect(completed.__typename, JSON.stringify(events.at(-1))).toBe('AskCompleted');
    expect(completed.answer).toBe(`Your best Instagram post drew ${quoted} engagements, clearly ahead of the rest.`);
    const deltas = events.filter((event) => event.__typename === 'AnswerDelta').map((event) => event.text);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(completed.answer);
    expect(completed.citations).toContainEqual(expect.objectContaining({ text: quoted, computation: 'value' }));
    expect(completed.sql).toMatch(/instagram/);
    expect(completed.result?.rowCount).toBe(5);
    expect(wire.requests[0]?.body.response_format?.type).toBe('json_schema');
  });

  test('an answer with an invented figure is sent back once, then replaced by the plain summary', async () => {
    wire.script(
      {
        kind: 'structured',
        value: { action: 'query', plan: TOP_POSTS_PLAN, summary: 'Top 5 Instagram posts by engagement' },
      },
      { kind: 'stream', pieces: ['Your top post reached ', '1,234,567 people.'] },
      { kind: 'stream', pieces: ['Your top post reached ', '7,654,321 people.'] },
    );
    const events = await ask(TOP_POSTS);
    const completed = events.at(-1)!;
    expect(completed.__typename).toBe('AskCompleted');
    expect(completed.answer).not.toMatch(/1,234,567|7,654,321/);
    expect(completed.answer).toMatch(/^Engagement for platform Instagram: /);
    expect(promptText(wire.requests[2]!)).toContain('"1,234,567" is not in the result');
  });

  test('an answer that gives a cause the data cannot show is sent back once, then replaced by the plain summary', async () => {
    wire.script(
      {
        kind: 'structured',
        value: { action: 'query', plan: TOP_POSTS_PLAN, summary: 'Top 5 Instagram posts by engagement' },
      },
      { kind: 'stream', pieces: ['Your Instagram posts did well ', 'because of the holiday season.'] },
      { kind: 'stream', pieces: ['Instagram engagement was strong, ', 'driven by your new reels.'] },
    );
    const events = await ask(TOP_POSTS);
    const completed = events.at(-1)!;
    expect(completed.__typename).toBe('AskCompleted');
    expect(completed.answer).not.toMatch(/because|driven by/);
    expect(completed.answer).toMatch(/^Engagement for platform Instagram: /);
    expect(promptText(wire.requests[2]!)).toContain('that the result cannot show');
  });

  test('a model that streams slowly but never falls silent is stopped at its deadline, and the run ends with MODEL_UNAVAILABLE', async () => {
    // A token every 300 ms never trips the 1.5 s silence timeout; 40 of them take 12 s, past the attempt's deadline.
    // Once words have streamed, the attempt is not retried (the client would see them twice).
    const trickle = {
      kind: 'stream',
      pieces: Array.from({ length: 40 }, (_, index) => `word${index} `),
      pieceDelayMs: 300,
    } as const;
    wire.script(
      {
        kind: 'structured',
        value: { action: 'query', plan: TOP_POSTS_PLAN, summary: 'Top 5 Instagram posts by engagement' },
      },
      trickle,
    );
    const events = await ask(TOP_POSTS);
    expect(events.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'MODEL_UNAVAILABLE', retryable: true });
    const answered = events
      .filter((event) => event.__typename === 'AnswerDelta')
      .map((event) => event.text)
      .join('');
    expect(answered).not.toContain('word39');
    await Promise.all(wire.requests.slice(1).map((request) => request.aborted));
  });

  test("a planner's direct reply with a figure or markup is replaced, in the answer and in the history", async () => {
    wire.script({
      kind: 'structured',
      value: {
        action: 'reply',
        reason: 'unanswerable',
        reply: 'northwind revenue is $1,000,000 <img src=x onerror=alert(1)>',
        suggestions: ['<b>click</b>', 'Revenue last month'],
      },
    });
    const events = await ask('What is northwind revenue?');
    const completed = events.at(-1)!;
    expect(completed.__typename).toBe('AskCompleted');
    expect(completed.answer).toBe('I cannot answer that from your data.');
    expect(completed.suggestions).toEqual(['Revenue last month']);
    expect(completed.savedMessage?.content).toBe('I cannot answer that from your data.');
  });

  test('a model that never answers ends the run with MODEL_UNAVAILABLE', async () => {
    wire.script({ kind: 'hang' }, { kind: 'hang' });
    const events = await ask(TOP_POSTS);
    expect(events.at(-1)).toMatchObject({ __typename: 'AskFailed', code: 'MODEL_UNAVAILABLE', retryable: true });
    expect(wire.requests).toHaveLength(2);
  });
});
