import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearFirestore } from '../../helpers/firestore.js';
import type { TestServer } from '../../helpers/server.js';
import { collect, query, wsClient } from './ask-client.js';
import { startDemoServerAt } from './demo-env.js';

/**
 * Results that render right, whichever client shows them: every column of an answer carries a readable label,
 * a format from the semantic layer (currency with its code, percent, count, date by its bucket, text with its
 * coded values named) and its role, and the result says in which order a person reads the columns (a
 * product's title before its id). Over graphql-ws on the demo's DuckDB, and again from the saved message.
 */

const COLUMNS = `columns { name type label format currency grain role valueLabels { value label } } columnOrder rows`;

const ASK = `subscription Ask($input: AskQueryInput!) {
  askQuery(input: $input) {
    __typename
    ... on AskCompleted { result { ${COLUMNS} } conversation { id } }
    ... on AskFailed { code message }
  }
}`;

const MESSAGES = `query Messages($id: ID!) {
  conversation(id: $id) { messages(last: 5) { edges { node { role result { ${COLUMNS} } } } } }
}`;

interface Column {
  name: string;
  type: string;
  label: string;
  format: string;
  currency: string | null;
  grain: string | null;
  role: string;
  valueLabels: { value: string; label: string }[];
}

interface Result {
  columns: Column[];
  columnOrder: number[];
  rows: unknown[][];
}

let server: TestServer;

beforeAll(async () => {
  server = await startDemoServerAt('2026-06-15T09:00:00Z');
});
afterAll(() => server?.stop());
beforeEach(() => clearFirestore());

async function ask(question: string): Promise<{ result: Result; conversationId: string }> {
  const client = wsClient(server.wsUrl);
  try {
    const events = await collect(client, ASK, { input: { question } });
    const last = events.at(-1) as unknown as { __typename: string; result: Result; conversation: { id: string } };
    expect(last.__typename, JSON.stringify(last)).toBe('AskCompleted');
    return { result: last.result, conversationId: last.conversation.id };
  } finally {
    await client.dispose();
  }
}

function column(result: Result, name: string): Column {
  const found = result.columns.find((candidate) => candidate.name === name);
  expect(found, `no column ${name} in ${JSON.stringify(result.columns.map((c) => c.name))}`).toBeDefined();
  return found!;
}

describe('the columns of an answer', () => {
  it('say money is money in the layer’s currency, name coded values in words, and are kept so with the message', async () => {
    const { result, conversationId } = await ask('revenue by sales channel last month');
    const channel = column(result, 'sales_channel');
    expect(channel).toMatchObject({ label: 'Sales channel', format: 'TEXT', role: 'DIMENSION', currency: null });
    const shown = new Map(channel.valueLabels.map((entry) => [entry.value, entry.label]));
    expect(shown.get('online_store')).toBe('Online store');
    expect(shown.get('tiktok_shop')).toBe('TikTok Shop');
    expect(column(result, 'revenue')).toMatchObject({
      label: 'Revenue',
      format: 'CURRENCY',
      currency: 'USD',
      role: 'METRIC',
    });

    const { conversation } = await query<{
      conversation: { messages: { edges: { node: { role: string; result: Result | null } }[] } };
    }>(server.url, MESSAGES, { id: conversationId });
    const saved = conversation.messages.edges.find((edge) => edge.node.role === 'ASSISTANT')!.node.result!;
    expect(saved.columns).toEqual(result.columns);
    expect(saved.columnOrder).toEqual(result.columnOrder);
  });

  it('put a rate as a percent and a month bucket as a month', async () => {
    const { result } = await ask('refund rate by month this year');
    const time = result.columns.find((candidate) => candidate.role === 'TIME')!;
    expect(time).toMatchObject({ format: 'DATE', grain: 'MONTH', label: 'Month' });
    expect(column(result, 'refund_rate')).toMatchObject({
      label: 'Refund rate',
      format: 'PERCENT',
      currency: null,
      role: 'METRIC',
    });
  });

  it("read a product's title first and keep the id it names, last", async () => {
    const { result } = await ask('top 5 products by revenue this year');
    const title = result.columns.findIndex((candidate) => candidate.name === 'product_title');
    const id = result.columns.findIndex((candidate) => candidate.name === 'product');
    expect(title).toBeGreaterThanOrEqual(0);
    expect(id).toBeGreaterThanOrEqual(0);
    expect(result.columns[title]).toMatchObject({ label: 'Product title', role: 'NAME', format: 'TEXT' });
    expect(result.columns[id]).toMatchObject({ role: 'DIMENSION' });
    expect(result.columnOrder[0]).toBe(title);
    expect(result.columnOrder.at(-1)).toBe(id);
    expect([...result.columnOrder].sort((a, b) => a - b)).toEqual(result.columns.map((_, index) => index));
    // A detail that is a code reads as a word; a title is shown as written.
    const category = column(result, 'product_category');
    expect(category.role).toBe('DETAIL');
    expect(result.columns[title]!.valueLabels).toEqual([]);
  });
});
