import { assert, beforeEach, describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import type { ResultColumnsFragment } from '../../gql/graphql.js';
import type { GraphQLApi } from '../../helpers/api.js';
import { serverTest } from '../../helpers/fixtures.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { demoServerAt, ensureDemoWarehouse } from './demo-env.js';

/**
 * Results that render right, whichever client shows them: every column of an answer carries a readable label,
 * a format from the semantic layer (currency with its code, percent, count, date by its bucket, text with its
 * coded values named) and its role, and the result says in which order a person reads the columns (a
 * product's title before its id). Over graphql-ws on the demo's DuckDB, and again from the saved message.
 */

// Spread by name in the documents below; codegen puts its definition into each of them.
graphql(`
  fragment ResultColumns on QueryResult {
    columns {
      name
      type
      label
      format
      currency
      grain
      role
      valueLabels {
        value
        label
      }
    }
    columnOrder
    rows
  }
`);

const ASK = graphql(`
  subscription AskForResultColumns($input: AskQueryInput!) {
    askQuery(input: $input) {
      __typename
      ... on AskCompleted {
        result {
          ...ResultColumns
        }
        conversation {
          id
        }
      }
      ... on AskFailed {
        code
        message
      }
    }
  }
`);

const MESSAGES = graphql(`
  query SavedResultColumns($id: ID!) {
    conversation(id: $id) {
      messages(last: 5) {
        edges {
          node {
            role
            result {
              ...ResultColumns
            }
          }
        }
      }
    }
  }
`);

type Result = ResultColumnsFragment;
type Column = Result['columns'][number];

const it = serverTest({ prepare: ensureDemoWarehouse, ...demoServerAt('2026-06-15T09:00:00Z') });
beforeEach(() => clearFirestore());

async function ask(api: GraphQLApi, question: string): Promise<{ result: Result; conversationId: string }> {
  const events = await api.subscribe(ASK, { input: { question } });
  const last = events.at(-1)?.askQuery;
  expect(last?.__typename, JSON.stringify(last)).toBe('AskCompleted');
  assert(last?.__typename === 'AskCompleted');
  return { result: last.result!, conversationId: last.conversation.id };
}

function column(result: Result, name: string): Column {
  const found = result.columns.find((candidate) => candidate.name === name);
  expect(found, `no column ${name} in ${JSON.stringify(result.columns.map((c) => c.name))}`).toBeDefined();
  return found!;
}

describe('the columns of an answer', () => {
  it('say money is money in the layer’s currency, name coded values in words, and are kept so with the message', async ({
    api,
  }) => {
    const { result, conversationId } = await ask(api, 'revenue by sales channel last month');
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

    const { conversation } = await api.execute(MESSAGES, { id: conversationId });
    const saved = conversation!.messages.edges.find((edge) => edge.node.role === 'ASSISTANT')!.node.result!;
    expect(saved.columns).toEqual(result.columns);
    expect(saved.columnOrder).toEqual(result.columnOrder);
  });

  it('put a rate as a percent and a month bucket as a month', async ({ api }) => {
    const { result } = await ask(api, 'refund rate by month this year');
    const time = result.columns.find((candidate) => candidate.role === 'TIME')!;
    expect(time).toMatchObject({ format: 'DATE', grain: 'MONTH', label: 'Month' });
    expect(column(result, 'refund_rate')).toMatchObject({
      label: 'Refund rate',
      format: 'PERCENT',
      currency: null,
      role: 'METRIC',
    });
  });

  it("read a product's title first and keep the id it names, last", async ({ api }) => {
    const { result } = await ask(api, 'top 5 products by revenue this year');
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
