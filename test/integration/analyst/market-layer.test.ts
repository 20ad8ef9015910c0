import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgent } from '../../../src/agent/run-agent.js';
import { openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A handmade-goods marketplace's own layer (session 45's probe): revenue said with "make" and "earned", commission
 * and shipping both "fees", refunds as the refunded orders' money (a sum with its own condition), no word for the
 * items in an order; the days of the week are the ones every layer has. Asked end to end on DuckDB through the
 * agent, as `makers` (a rival marketplace's rows sit in the same tables).
 */

const LAYER = `
name: market
tenant: { column: market_id }
currency: USD
tables:
  - { name: orders, synonyms: [order, sale], entity: order_id }
joins: []
metrics:
  - name: revenue
    label: Revenue
    synonyms: [sales, gmv, made, make, earned]
    table: orders
    expression: SUM(orders.total)
    filters:
      - { sql: "orders.status = 'paid'", overriddenBy: order_status }
    time: { table: orders, column: ordered_at }
    format: currency
    aggregation: sum
  - name: orders
    label: Orders
    table: orders
    expression: COUNT(*)
    time: { table: orders, column: ordered_at }
    format: number
    aggregation: count
  - name: commission
    label: Commission
    synonyms: [platform fees, fees earned]
    table: orders
    expression: SUM(orders.commission)
    time: { table: orders, column: ordered_at }
    format: currency
    aggregation: sum
  - name: shipping
    label: Shipping fees
    synonyms: [shipping fees, delivery fees]
    table: orders
    expression: SUM(orders.shipping_fee)
    time: { table: orders, column: ordered_at }
    format: currency
    aggregation: sum
  - name: refunded_amount
    label: Refunded amount
    synonyms: [refunds, refund amount, amount refunded]
    table: orders
    expression: "SUM(orders.total) FILTER (WHERE orders.status = 'refunded')"
    time: { table: orders, column: ordered_at }
    format: currency
    aggregation: sum
    higherIsBetter: false
dimensions:
  - name: order_id
    label: Order
    plural: orders
    table: orders
    expression: orders.id
  - name: order_status
    label: Order status
    plural: order statuses
    table: orders
    expression: orders.status
    values:
      - { value: paid, label: Paid }
      - { value: refunded, label: Refunded }
      - { value: cancelled, label: Cancelled }
`;

// Today is Monday 2025-12-01: November's Sundays are the 2nd, 9th, 16th, 23rd and 30th.
const DATA = `
CREATE TABLE orders (id VARCHAR, market_id VARCHAR, status VARCHAR, total DECIMAL(10,2), commission DECIMAL(10,2), shipping_fee DECIMAL(10,2), items_count INTEGER, ordered_at TIMESTAMP);
INSERT INTO orders VALUES
  ('o1', 'makers', 'paid', 100, 10, 5, 1, '2025-11-02 10:00'),
  ('o2', 'makers', 'paid', 50, 5, 5, 3, '2025-11-09 10:00'),
  ('o3', 'makers', 'refunded', 40, 4, 5, 2, '2025-11-30 10:00'),
  ('o4', 'makers', 'refunded', 60, 6, 5, 4, '2025-11-12 10:00'),
  ('o5', 'makers', 'paid', 200, 20, 5, 5, '2025-11-14 10:00'),
  ('o6', 'makers', 'cancelled', 80, 0, 0, 1, '2025-11-15 10:00'),
  ('o9', 'crafty', 'refunded', 999, 99, 5, 9, '2025-11-30 10:00');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('market', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

async function ask(question: string) {
  const outcome = await runAgent(
    own.graph,
    { question, tenant: 'makers', history: [] },
    { signal: new AbortController().signal, onEvent: () => {} },
  );
  if (outcome.kind !== 'answer') throw new Error(`no answer: ${JSON.stringify(outcome.failure)}`);
  return {
    text: outcome.answer.text,
    kind: outcome.answer.outcome.kind,
    rows: outcome.result?.rows ?? [],
    sentence: outcome.answer.outcome.kind === 'answer' ? outcome.answer.outcome.interpretation.sentence : null,
  };
}

describe('a marketplace layer of its own (session 45)', () => {
  it('"how much did we make last month": the layer\'s "make" is revenue (was asked which "fees")', async () => {
    for (const question of ['how much did we make last month', 'what did we earn last month']) {
      const asked = await ask(question);
      expect(asked.sentence, question).toMatch(/^Revenue, last month/);
      expect(asked.rows, question).toEqual([[350]]);
    }
  });

  it('"number of refunds", "refund count": the refunded orders counted (were every order, or the refunded money)', async () => {
    for (const question of ['number of refunds last month', 'how many refunds last month', 'refund count last month']) {
      const asked = await ask(question);
      expect(asked.sentence, question).toMatch(/^Orders, order status Refunded, last month/);
      expect(asked.rows, question).toEqual([[2]]);
    }
    // (Both at once: never the amount alone.)
    const both = await ask('refund count and refund amount last month');
    expect(both.kind).not.toBe('answer');
  });

  it('"sunday orders last month": every Sunday of November (was the last one alone)', async () => {
    const asked = await ask('sunday orders last month');
    expect(asked.sentence).toMatch(/^Orders, day of week Sunday, last month/);
    expect(asked.rows).toEqual([[3]]);
    // ("Orders on sunday" alone is still the latest Sunday.)
    expect((await ask('orders on sunday')).rows).toEqual([[1]]);
  });

  it('"orders with 3 or more items" where the layer has no word "items": declined, never orders of $3 or more', async () => {
    const asked = await ask('how many orders had 3 or more items last month');
    expect(asked.kind).toBe('decline');
    expect(asked.text).toMatch(/"items"/);
  });
});
