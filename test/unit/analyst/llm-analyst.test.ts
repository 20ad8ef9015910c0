import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnalystError, type Analyst } from '../../../src/analyst/analyst.js';
import { createAnalyst } from '../../../src/analyst/index.js';
import { loadConfig } from '../../../src/config.js';
import { queryPlanModel, type QueryPlan } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSemanticLayer, type SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import { formatValue } from '../../../src/analyst/answer/format.js';
import { pino } from 'pino';
import { openShop, type ShopDatabase } from './duckdb-results.js';
import { promptText, startWireServer, type WireServer } from '../../helpers/openai-wire.js';

/**
 * The LLM analyst over the OpenAI chat-completions wire protocol: the real @langchain/openai client (through
 * createAnalyst and ASKQL_MODEL/OPENAI_BASE_URL, as a deployment configures it) talks to a local scripted server.
 */

const TODAY = '2025-12-31';
const CHANNEL_PLAN: QueryPlan = queryPlanModel.parse({
  kind: 'query',
  metrics: ['revenue'],
  dimensions: ['sales_channel'],
  timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
  sort: { by: 'revenue', direction: 'desc' },
});
const SCHEMA = {
  dialect: 'duckdb' as const,
  tables: [
    {
      name: 'orders',
      description: 'Orders',
      columns: [
        { name: 'total', type: 'decimal' as const, description: 'order total' },
        {
          name: 'status',
          type: 'text' as const,
          description: 'paid, refunded, cancelled',
          sampleValues: ['paid', 'refunded', 'cancelled'],
        },
      ],
    },
  ],
};

let wire: WireServer;
let shop: ShopDatabase;
const logger = pino({ level: 'silent' });

async function analystWith(
  env: Record<string, string> = {},
  layer: SemanticLayer = DEMO_SEMANTIC_LAYER,
): Promise<Analyst> {
  const config = loadConfig({
    ASKQL_MODEL: 'openai:gpt-4o-mini',
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: wire.baseUrl,
    ASKQL_MODEL_TIMEOUT_MS: '2000',
    ASKQL_MODEL_MAX_RETRIES: '2',
    ...env,
  });
  const { analyst, name } = await createAnalyst(config.analyst, { layer, logger });
  expect(name).toBe('openai:gpt-4o-mini');
  return analyst;
}

beforeAll(async () => {
  shop = await openShop();
});
afterAll(() => shop.close());
beforeEach(async () => {
  vi.stubEnv('OPENAI_API_KEY', 'sk-test-not-a-real-key');
  wire = await startWireServer();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await wire.close();
});

describe('the OpenAI-compatible path', () => {
  test('a good run: plan via json_schema, compiled SQL, streamed and cited interpretation', async () => {
    const analyst = await analystWith();
    wire.script({
      kind: 'structured',
      value: { action: 'query', plan: CHANNEL_PLAN, summary: 'Revenue by channel last month', change: null },
    });
    const decision = await analyst.plan({
      question: 'Which sales channel made the most money last month?',
      history: [],
      today: TODAY,
    });
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], dimensions: ['sales_channel'] } });
    expect(wire.requests[0]?.body.response_format?.type).toBe('json_schema');
    expect(promptText(wire.requests[0]!)).toContain('Which sales channel made the most money last month?');
    if (decision.kind !== 'query') throw new Error('expected a query');

    const sql = await analyst.writeSql({
      question: 'q',
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema: SCHEMA,
      failures: [],
    });
    expect(wire.requests).toHaveLength(1);
    const result = await shop.query(sql);
    const [leader, leaderRevenue] = result.rows[0] as [string, number];
    expect(leader).toBe('online_store');

    const written = `Online store led with ${formatValue(leaderRevenue, 'currency')} last month, well ahead of the other channels.`;
    wire.script({ kind: 'stream', pieces: written.match(/\S+\s*/g) ?? [] });
    const deltas: string[] = [];
    const interpretation = await analyst.interpret({
      question: 'q',
      plan: decision.plan,
      change: null,
      result,
      feedback: null,
      onDelta: (delta) => deltas.push(delta),
    });
    expect(wire.requests[1]?.body.stream).toBe(true);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(written);
    expect(interpretation.text).toBe(written);
    const figure = interpretation.citations.find(
      (citation) => citation.text === formatValue(leaderRevenue, 'currency'),
    );
    expect(figure).toMatchObject({ cells: [{ row: 0, column: 'revenue' }], computation: 'value' });
    expect(analyst.checkInterpretation(interpretation, result, decision.plan)).toEqual({ ok: true });
    expect(promptText(wire.requests[1]!)).toContain(String(leaderRevenue));
  });

  test("a model's whole month that has not ended is planned as the month so far, as the offline planner does", async () => {
    const analyst = await analystWith();
    const december = { ...CHANNEL_PLAN, timeRange: { kind: 'absolute', from: '2025-12-01', to: '2026-01-01' } };
    wire.script({ kind: 'structured', value: { action: 'query', plan: december, summary: 'x', change: null } });
    const decision = await analyst.plan({ question: 'Revenue by channel in December?', history: [], today: TODAY });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { timeRange: { kind: 'relative', anchor: 'this', unit: 'month', count: 1 } },
    });
  });

  test('a hallucinated figure in the streamed answer fails the grounding check, naming it', async () => {
    const analyst = await analystWith();
    const result = await shop.query(
      await analyst.writeSql({
        question: 'q',
        plan: CHANNEL_PLAN,
        today: TODAY,
        dialect: 'duckdb',
        schema: SCHEMA,
        failures: [],
      }),
    );
    wire.script({ kind: 'stream', pieces: ['Online store led with ', '$48,210.99', ' last month.'] });
    const interpretation = await analyst.interpret({
      question: 'q',
      plan: CHANNEL_PLAN,
      change: null,
      result,
      feedback: null,
      onDelta: () => {},
    });
    const check = analyst.checkInterpretation(interpretation, result, CHANNEL_PLAN);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain('$48,210.99');
  });

  test('a malformed plan is a failed attempt: the model is told why and its corrected plan is used', async () => {
    const analyst = await analystWith();
    wire.script(
      {
        kind: 'structured',
        value: { action: 'query', plan: { ...CHANNEL_PLAN, metrics: ['money_made'] }, summary: 'x' },
      },
      { kind: 'content', content: 'Sure! Here is the plan: revenue by channel' },
      { kind: 'structured', value: { action: 'query', plan: CHANNEL_PLAN, summary: 'Revenue by channel' } },
    );
    const decision = await analyst.plan({ question: 'revenue by channel last month', history: [], today: TODAY });
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'] } });
    expect(wire.requests).toHaveLength(3);
    expect(promptText(wire.requests[1]!)).toMatch(/could not be used: .*money_made/s);
  });

  test('the model sees which rows have text, may filter by a mention, and a mention on rows without text is sent back', async () => {
    const analyst = await analystWith();
    const mentions = queryPlanModel.parse({
      kind: 'query',
      metrics: ['posts'],
      filters: [{ dimension: 'post', operator: 'mentions', values: ['Soft Beanie'] }],
      timeRange: { kind: 'all' },
    });
    wire.script(
      {
        kind: 'structured',
        value: {
          action: 'query',
          plan: { ...mentions, filters: [{ dimension: 'platform', operator: 'mentions', values: ['Soft Beanie'] }] },
          summary: 'x',
        },
      },
      { kind: 'structured', value: { action: 'query', plan: mentions, summary: 'Posts mentioning Soft Beanie' } },
    );
    const decision = await analyst.plan({
      question: 'how many posts mention the Soft Beanie',
      history: [],
      today: TODAY,
    });
    expect(promptText(wire.requests[0]!)).toMatch(/dimension post: .*rows have text \(post_caption\)/);
    expect(promptText(wire.requests[1]!)).toMatch(/could not be used: .*have no text to search for a mention/s);
    expect(decision).toMatchObject({ kind: 'query', plan: { filters: [{ operator: 'mentions' }] } });
    if (decision.kind !== 'query') throw new Error('expected a query');
    const sql = await analyst.writeSql({
      question: 'q',
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema: SCHEMA,
      failures: [],
    });
    expect(sql).toMatch(/strpos\(lower\(social_posts\.caption\), lower\('Soft Beanie'\)\) > 0/);
  });

  test('a 429 is retried and the next answer is used', async () => {
    const analyst = await analystWith();
    wire.script(
      { kind: 'status', status: 429, headers: { 'retry-after': '0' } },
      { kind: 'structured', value: { action: 'query', plan: CHANNEL_PLAN, summary: 'Revenue by channel' } },
    );
    const decision = await analyst.plan({ question: 'revenue by channel last month', history: [], today: TODAY });
    expect(decision.kind).toBe('query');
    expect(wire.requests).toHaveLength(2);
  });

  test('a provider that keeps answering 429 ends in RATE_LIMITED after the bounded retries', async () => {
    const analyst = await analystWith({ ASKQL_MODEL_MAX_RETRIES: '1' });
    wire.script(
      { kind: 'status', status: 429, headers: { 'retry-after': '0' } },
      { kind: 'status', status: 429, headers: { 'retry-after': '0' } },
    );
    const failure = await analyst
      .plan({ question: 'revenue', history: [], today: TODAY })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnalystError);
    expect((failure as AnalystError).code).toBe('RATE_LIMITED');
    expect(wire.requests).toHaveLength(2);
  });

  test('a 503 during streaming is retried before any text reaches the client', async () => {
    const analyst = await analystWith();
    const result = await shop.query(
      await analyst.writeSql({
        question: 'q',
        plan: CHANNEL_PLAN,
        today: TODAY,
        dialect: 'duckdb',
        schema: SCHEMA,
        failures: [],
      }),
    );
    wire.script(
      { kind: 'status', status: 503, headers: { 'retry-after': '0' } },
      { kind: 'stream', pieces: ['Online store ', 'led.'] },
    );
    const deltas: string[] = [];
    const interpretation = await analyst.interpret({
      question: 'q',
      plan: CHANNEL_PLAN,
      change: null,
      result,
      feedback: null,
      onDelta: (delta) => deltas.push(delta),
    });
    expect(deltas.join('')).toBe('Online store led.');
    expect(interpretation.text).toBe('Online store led.');
  });

  test('a provider that never answers ends in MODEL_UNAVAILABLE after each attempt times out', async () => {
    const analyst = await analystWith({ ASKQL_MODEL_TIMEOUT_MS: '300', ASKQL_MODEL_MAX_RETRIES: '1' });
    wire.script({ kind: 'hang' }, { kind: 'hang' });
    const failure = await analyst
      .plan({ question: 'revenue', history: [], today: TODAY })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnalystError);
    expect((failure as AnalystError).code).toBe('MODEL_UNAVAILABLE');
    expect(wire.requests).toHaveLength(2);
    await Promise.all(wire.requests.map((request) => request.aborted));
  });

  test('cancelling the run aborts the HTTP request in flight and fails with CANCELLED', async () => {
    const analyst = await analystWith({ ASKQL_MODEL_TIMEOUT_MS: '30000' });
    wire.script({ kind: 'hang' });
    const controller = new AbortController();
    const pending = analyst
      .plan({ question: 'revenue', history: [], today: TODAY, signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.waitFor(() => expect(wire.requests).toHaveLength(1));
    controller.abort();
    const failure = await pending;
    expect(failure).toBeInstanceOf(AnalystError);
    expect((failure as AnalystError).code).toBe('CANCELLED');
    await wire.requests[0]!.aborted;
    expect(wire.requests).toHaveLength(1);
  });

  test('a question the layer cannot express gets SQL written by the model through a tool call', async () => {
    const analyst = await analystWith();
    const customPlan = { ...CHANNEL_PLAN, metrics: ['median_order_total'], dimensions: [], sort: null };
    wire.script({
      kind: 'structured',
      value: { action: 'custom_sql', plan: customPlan, summary: 'Median order total' },
    });
    const decision = await analyst.plan({ question: 'what is my median order total?', history: [], today: TODAY });
    if (decision.kind !== 'query') throw new Error('expected a query');
    expect(decision.summary).toBe('Median order total');

    wire.script({
      kind: 'structured',
      value: { sql: "SELECT median(total) AS median_order_total FROM orders WHERE status = 'paid';" },
    });
    const sql = await analyst.writeSql({
      question: 'what is my median order total?',
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema: SCHEMA,
      failures: [],
    });
    expect(wire.requests[1]?.body.tools?.[0]?.function.name).toBe('write_sql');
    expect(promptText(wire.requests[1]!)).toContain('orders');
    expect(sql).toBe("SELECT median(total) AS median_order_total FROM orders WHERE status = 'paid'");
    const result = await shop.query(sql);
    expect(result.rows[0]?.[0]).toBeTypeOf('number');
  });

  test('rejected SQL goes back to the model with the reason', async () => {
    const analyst = await analystWith();
    wire.script({
      kind: 'structured',
      value: { sql: "SELECT sum(total) AS revenue FROM orders WHERE status = 'paid'" },
    });
    const sql = await analyst.writeSql({
      question: 'revenue',
      plan: CHANNEL_PLAN,
      today: TODAY,
      dialect: 'duckdb',
      schema: SCHEMA,
      failures: [{ sql: 'SELECT * FROM pg_catalog.pg_tables', reason: 'system catalogs are not allowed' }],
    });
    expect(sql).toContain('sum(total)');
    expect(promptText(wire.requests[0]!)).toContain('system catalogs are not allowed');
  });

  test('a follow-up says what changed from the previous plan', async () => {
    const analyst = await analystWith();
    const instagram = queryPlanModel.parse({
      kind: 'query',
      metrics: ['engagement'],
      filters: [{ dimension: 'platform', operator: 'eq', values: ['instagram'] }],
      timeRange: { kind: 'relative', unit: 'month', anchor: 'last', count: 1 },
    });
    const tiktok = { ...instagram, filters: [{ dimension: 'platform', operator: 'eq', values: ['tiktok'] }] };
    wire.script({
      kind: 'structured',
      value: {
        action: 'query',
        plan: tiktok,
        summary: 'TikTok engagement last month',
        change: 'whatever the model says',
      },
    });
    const decision = await analyst.plan({
      question: 'what about tiktok?',
      history: [{ question: 'instagram engagement last month', plan: instagram, answer: '…' }],
      today: TODAY,
    });
    expect(decision).toMatchObject({ kind: 'query', change: expect.stringContaining('TikTok instead of Instagram') });
    expect(promptText(wire.requests[0]!)).toContain('instagram engagement last month');
  });

  test('a question the data cannot answer becomes a reply with suggestions', async () => {
    const analyst = await analystWith();
    wire.script({
      kind: 'structured',
      value: {
        action: 'reply',
        reason: 'unanswerable',
        reply: 'I only see your own store and posts.',
        suggestions: ['Revenue last month', 'Top 5 posts by engagement'],
      },
    });
    const decision = await analyst.plan({ question: "what is my competitor's revenue?", history: [], today: TODAY });
    expect(decision).toEqual({
      kind: 'reply',
      reason: 'unanswerable',
      text: 'I only see your own store and posts.',
      suggestions: ['Revenue last month', 'Top 5 posts by engagement'],
    });
  });

  test('a rejected interpretation goes back to the model with the reason', async () => {
    const analyst = await analystWith();
    const result = await shop.query(
      await analyst.writeSql({
        question: 'q',
        plan: CHANNEL_PLAN,
        today: TODAY,
        dialect: 'duckdb',
        schema: SCHEMA,
        failures: [],
      }),
    );
    wire.script({ kind: 'stream', pieces: ['Online store led.'] });
    await analyst.interpret({
      question: 'q',
      plan: CHANNEL_PLAN,
      change: null,
      result,
      feedback: '"$48,210.99" is not in the result',
      onDelta: () => {},
    });
    expect(promptText(wire.requests[0]!)).toContain(
      'Your previous answer was rejected: "$48,210.99" is not in the result',
    );
  });

  test('a stream that breaks after text reached the client is not retried (no repeated text)', async () => {
    const analyst = await analystWith();
    const result = await shop.query(
      await analyst.writeSql({
        question: 'q',
        plan: CHANNEL_PLAN,
        today: TODAY,
        dialect: 'duckdb',
        schema: SCHEMA,
        failures: [],
      }),
    );
    wire.script(
      { kind: 'stream', pieces: ['Online ', 'store ', 'led ', 'with'], breakAfter: 2 },
      { kind: 'stream', pieces: ['never sent'] },
    );
    const deltas: string[] = [];
    const failure = await analyst
      .interpret({
        question: 'q',
        plan: CHANNEL_PLAN,
        change: null,
        result,
        feedback: null,
        onDelta: (delta) => deltas.push(delta),
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnalystError);
    expect((failure as AnalystError).code).toBe('MODEL_UNAVAILABLE');
    expect(deltas.join('')).toBe('Online store ');
    expect(wire.requests).toHaveLength(1);
  });

  test('ASKQL_SEND_ROWS_TO_MODEL=false keeps row values out of the prompt', async () => {
    const plan = queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      grain: 'month',
      timeRange: { kind: 'absolute', from: '2025-01-01', to: '2026-01-01' },
    });
    const result = await shop.query(
      "SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS period, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1",
    );
    const march = String(result.rows[2]?.[1]);

    const privateAnalyst = await analystWith({ ASKQL_SEND_ROWS_TO_MODEL: 'false' });
    wire.script({ kind: 'stream', pieces: ['Revenue grew.'] });
    await privateAnalyst.interpret({
      question: 'revenue by month',
      plan,
      change: null,
      result,
      feedback: null,
      onDelta: () => {},
    });
    const sent = promptText(wire.requests[0]!);
    expect(sent).toContain('revenue (decimal)');
    expect(sent).toContain('sum ');
    expect(sent).not.toContain(march);

    const openAnalyst = await analystWith();
    wire.script({ kind: 'stream', pieces: ['Revenue grew.'] });
    await openAnalyst.interpret({
      question: 'revenue by month',
      plan,
      change: null,
      result,
      feedback: null,
      onDelta: () => {},
    });
    expect(promptText(wire.requests[1]!)).toContain(march);
  });

  test("on a user's own layer, the prompts describe that layer and its metrics' SQL, never the demo's", async () => {
    const layer = await loadSemanticLayer(new URL('../../../examples/semantic-layer.yaml', import.meta.url).pathname);
    const analyst = await analystWith({}, layer);
    wire.script({
      kind: 'structured',
      value: {
        action: 'custom_sql',
        plan: { ...CHANNEL_PLAN, metrics: ['median_invoice'], dimensions: [], sort: null },
        summary: 'Median invoice',
      },
    });
    const decision = await analyst.plan({ question: 'median invoice amount last month', history: [], today: TODAY });
    if (decision.kind !== 'query') throw new Error('expected a query');
    const planPrompt = promptText(wire.requests[0]!);
    expect(planPrompt).toContain('Data "subscriptions"');
    expect(planPrompt).toContain('- table invoices — One row per invoice issued to a subscriber.');
    expect(planPrompt).toContain('- metric billed: Amount billed');
    expect(planPrompt).not.toMatch(/merchant|orders|revenue|social_posts|TikTok|engagement/i);

    const schema = {
      dialect: 'duckdb' as const,
      tables: [
        {
          name: 'invoices',
          description: 'One row per invoice',
          columns: [{ name: 'amount', type: 'decimal' as const, description: '' }],
        },
      ],
    };
    wire.script({ kind: 'structured', value: { sql: 'SELECT median(amount) AS median_invoice FROM invoices' } });
    await analyst.writeSql({
      question: 'median invoice amount last month',
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema,
      failures: [],
    });
    const sqlPrompt = promptText(wire.requests[1]!);
    expect(sqlPrompt).toContain(
      "billed (Amount billed) = SUM(invoices.amount) FROM invoices WHERE invoices.status <> 'void'; time: invoices.issued_at",
    );
    expect(sqlPrompt).not.toMatch(/merchant|orders|revenue|user_id|paid/i);
  });
});
