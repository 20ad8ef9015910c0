import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASK_QUERY, collect, wsClient } from '../ask/ask-client.js';
import { startTestServer } from '../../helpers/server.js';
import { runCli } from '../clients/run-cli.js';
import {
  byFirstColumn,
  createExampleDuckDb,
  createExamplePostgres,
  EXAMPLE_LAYER_FILE,
  singleTenancyLayer,
  undeclaredStatusLayer,
  type ExamplePostgres,
} from './subscriptions.js';

/**
 * A user's own warehouse, end to end: the example subscriptions schema and layer, on DuckDB and PostgreSQL,
 * with a tenant column and with one owner, answering a question over graphql-ws as the asking user.
 */

const QUESTION = 'billed by region all time';

async function askOverWebSocket(wsUrl: string, question: string) {
  const client = wsClient(wsUrl);
  try {
    const events = await collect(client, ASK_QUERY, { input: { question } });
    const last = events.at(-1);
    if (last?.__typename !== 'AskCompleted') throw new Error(`the ask did not complete: ${JSON.stringify(last)}`);
    return last;
  } finally {
    await client.dispose();
  }
}

let dir: string;
let duckDbFile: string;
let duckDbFigures: { acme: Record<string, number>; all: Record<string, number> };
let postgres: ExamplePostgres;
let singleLayer: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'askql-own-'));
  duckDbFile = path.join(dir, 'subscriptions.duckdb');
  duckDbFigures = await createExampleDuckDb(duckDbFile);
  postgres = await createExamplePostgres();
  singleLayer = singleTenancyLayer(dir);
}, 60_000);

/** `askql warehouse setup` for the layer, as the README says to run it before serving from PostgreSQL. */
async function setUp(url: string, layer: string): Promise<void> {
  const setup = await runCli(['warehouse', 'setup', '--warehouse', url, '--layer', layer]);
  expect(setup, setup.stderr).toMatchObject({ code: 0 });
}

afterAll(async () => {
  await postgres?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  {
    engine: 'duckdb',
    mode: 'tenant column',
    url: () => `duckdb:${duckDbFile}`,
    layer: () => EXAMPLE_LAYER_FILE,
    expected: () => duckDbFigures.acme,
  },
  {
    engine: 'duckdb',
    mode: 'single owner',
    url: () => `duckdb:${duckDbFile}`,
    layer: () => singleLayer,
    expected: () => duckDbFigures.all,
  },
  {
    engine: 'postgres',
    mode: 'tenant column',
    url: () => postgres.url,
    layer: () => EXAMPLE_LAYER_FILE,
    expected: () => postgres.acme,
  },
  {
    engine: 'postgres',
    mode: 'single owner',
    url: () => postgres.url,
    layer: () => singleLayer,
    expected: () => postgres.all,
  },
])('the example subscriptions layer on $engine, $mode', ({ engine, url, layer, expected, mode }) => {
  test(`a question over graphql-ws is answered from the user's own tables (${mode === 'single owner' ? 'every account' : "acme's rows only"})`, async () => {
    if (engine === 'postgres') await setUp(url(), layer());
    const server = await startTestServer({
      env: { ASKQL_WAREHOUSE_URL: url(), ASKQL_SEMANTIC_LAYER: layer(), ASKQL_DEV_USER: 'acme' },
    });
    try {
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(await ready.json()).toMatchObject({ checks: expect.arrayContaining([{ name: 'warehouse', ok: true }]) });
      const completed = await askOverWebSocket(server.wsUrl, QUESTION);
      expect(completed.sql).toMatch(/FROM invoices/);
      expect(byFirstColumn(completed.result?.rows ?? [])).toEqual(expected());
      expect(completed.answer).toMatch(/billed/i);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

/** The demo's words: none may show up in what a user of another layer sees. */
const DEMO_WORDS = /revenue|orders?\b|posts?\b|engagement|products?\b|tiktok|instagram|sales channel|merchant|store/i;

const ASK_UNDERSTOOD = `subscription Ask($input: AskQueryInput!) {
  askQuery(input: $input) {
    __typename
    ... on AskCompleted {
      answer chart suggestions
      result { columns { name } rows }
      interpretation { sentence metrics { name label definition } dimensions { name label } period { from through text } }
    }
    ... on AskFailed { code message }
  }
}`;

interface Understood {
  __typename: string;
  answer: string;
  chart: unknown;
  suggestions: string[];
  result: { columns: { name: string }[]; rows: unknown[][] };
  interpretation: {
    sentence: string;
    metrics: { name: string; label: string; definition: string }[];
    dimensions: { name: string; label: string }[];
    period: { from: string; through: string; text: string };
  };
}

test("on the example layer, the answer, what it was understood as, its chart and its suggestions speak the layer's words", async () => {
  const server = await startTestServer({
    env: {
      ASKQL_WAREHOUSE_URL: `duckdb:${duckDbFile}`,
      ASKQL_SEMANTIC_LAYER: EXAMPLE_LAYER_FILE,
      ASKQL_DEV_USER: 'acme',
    },
  });
  const client = wsClient(server.wsUrl);
  try {
    // "bill" is the layer's metric "billed" as a verb; "customers" its subscribers' synonym; "tier" the plan's.
    const events = (await collect(client, ASK_UNDERSTOOD, {
      input: { question: 'how much did we bill our customers per tier in June 2025?' },
    })) as unknown as Understood[];
    const completed = events.at(-1);
    if (completed?.__typename !== 'AskCompleted')
      throw new Error(`the ask did not complete: ${JSON.stringify(completed)}`);
    // acme's June 2025 invoices in examples/subscriptions.sql: pro 99 × 3 (inv_ac_002, 003, 019), basic 29 × 4 (005, 007, 011, 021).
    expect(byFirstColumn(completed.result.rows)).toEqual({ pro: 297, basic: 116 });
    expect(completed.interpretation).toMatchObject({
      metrics: [{ name: 'billed', label: 'Amount billed' }],
      dimensions: [{ name: 'plan', label: 'Plan' }],
      period: { from: '2025-06-01', through: '2025-06-30' },
    });
    expect(completed.interpretation.sentence).toMatch(/Amount billed/);
    expect(completed.answer).toMatch(/Pro/);
    expect(completed.answer).toMatch(/\$297/);
    const chart = JSON.stringify(completed.chart);
    expect(chart).toMatch(/Amount billed/);
    expect(chart).toMatch(/Plan/);
    expect(completed.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of completed.suggestions)
      expect(suggestion).toMatch(/amount billed|invoices|new subscribers|region|plan|basic|pro/i);
    // The chart's words (its description and axis titles), not Vega-Lite's own keys ("order": "descending").
    const chartWords = [...chart.matchAll(/"(?:description|title)":"([^"]*)"/g)].map((match) => match[1]);
    expect(chartWords).toContain('Share of amount billed by plan');
    for (const text of [completed.answer, completed.interpretation.sentence, ...chartWords, ...completed.suggestions])
      expect(text).not.toMatch(DEMO_WORDS);
  } finally {
    await client.dispose();
    await server.stop();
  }
}, 60_000);

test("the catalog describes the layer's tables to the analyst, with sample values from the asking tenant's rows only", async () => {
  // (The status undeclared: the layer's own list of its values would be described instead of the rows'.)
  const layerFile = undeclaredStatusLayer(dir);
  await setUp(postgres.url, layerFile);
  const server = await startTestServer({
    env: { ASKQL_WAREHOUSE_URL: postgres.url, ASKQL_SEMANTIC_LAYER: layerFile },
  });
  try {
    const statuses = async (account: string) =>
      (
        await postgres.admin.query<{ status: string }>(
          `SELECT DISTINCT status FROM ${postgres.schema}.invoices WHERE account_id = $1 ORDER BY 1`,
          [account],
        )
      ).rows.map((row) => row.status);
    const acme = await statuses('acme');
    // globex has invoice statuses acme has not: they must not show up in acme's description.
    expect((await statuses('globex')).filter((status) => !acme.includes(status))).not.toEqual([]);
    const schema = await server.services.warehouse.describe({ tenant: 'acme' });
    expect(schema.tables.map((table) => table.name)).toEqual(['invoices', 'subscribers']);
    const invoices = schema.tables.find((table) => table.name === 'invoices');
    expect(invoices?.columns.find((column) => column.name === 'status')?.sampleValues).toEqual(acme);
    const subscribers = schema.tables.find((table) => table.name === 'subscribers');
    // The layer lists the subscribers' columns: the others stay out of sight, the tenant column is kept.
    expect(subscribers?.columns.map((column) => column.name)).toEqual([
      'subscriber_id',
      'plan',
      'region',
      'created_at',
      'account_id',
    ]);
    expect(subscribers?.columns.find((column) => column.name === 'plan')).toMatchObject({
      type: 'text',
      sampleValues: ['basic', 'pro'],
    });
  } finally {
    await server.stop();
  }
});
