import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

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
  - { name: sellers, synonyms: [seller, shops, shop], entity: seller }
  - { name: listings, synonyms: [listing], entity: listing }
joins:
  - { from: orders, to: sellers, on: orders.seller_id = sellers.id }
  - { from: listings, to: sellers, on: listings.seller_id = sellers.id }
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
  - name: sellers
    label: Sellers
    table: sellers
    expression: COUNT(*)
    time: { table: sellers, column: joined_at }
    format: number
    aggregation: count
  - name: listings
    label: Listings
    table: listings
    expression: COUNT(*)
    time: { table: listings, column: listed_at }
    format: number
    aggregation: count
dimensions:
  - name: seller
    label: Seller
    plural: sellers
    table: sellers
    expression: sellers.id
    defaultMetric: revenue
    details:
      - { name: seller_name, expression: sellers.name }
  - name: seller_country
    label: Seller country
    plural: seller countries
    table: sellers
    expression: sellers.country
    values:
      - { value: GB, label: United Kingdom, synonyms: [uk, britain] }
      - { value: US, label: United States, synonyms: [usa] }
  - name: buyer_country
    label: Buyer country
    plural: buyer countries
    table: orders
    expression: orders.buyer_country
    values:
      - { value: GB, label: United Kingdom, synonyms: [uk, britain] }
      - { value: US, label: United States, synonyms: [usa] }
  - name: listing
    label: Listing
    plural: listings
    table: listings
    expression: listings.id
  - name: listing_status
    label: Listing status
    plural: listing statuses
    table: listings
    expression: listings.status
    values:
      - { value: active, label: Active }
      - { value: sold_out, label: Sold out, synonyms: [sold out, out of stock] }
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
CREATE TABLE sellers (id VARCHAR, market_id VARCHAR, name VARCHAR, country VARCHAR, joined_at TIMESTAMP);
CREATE TABLE listings (id VARCHAR, market_id VARCHAR, seller_id VARCHAR, status VARCHAR, listed_at TIMESTAMP);
CREATE TABLE orders (id VARCHAR, market_id VARCHAR, seller_id VARCHAR, buyer_country VARCHAR, status VARCHAR, total DECIMAL(10,2), commission DECIMAL(10,2), shipping_fee DECIMAL(10,2), items_count INTEGER, ordered_at TIMESTAMP);
INSERT INTO sellers VALUES
  ('s1', 'makers', 'Hazel', 'GB', '2025-01-05'), ('s2', 'makers', 'Fern & Fox', 'GB', '2025-02-05'),
  ('s3', 'makers', 'Sunday Studio', 'US', '2025-03-05'), ('s9', 'crafty', 'Rival Row', 'GB', '2025-03-05');
INSERT INTO listings VALUES
  ('l1', 'makers', 's1', 'sold_out', '2025-06-01'), ('l2', 'makers', 's1', 'active', '2025-06-01'),
  ('l3', 'makers', 's3', 'sold_out', '2025-07-01'), ('l9', 'crafty', 's9', 'sold_out', '2025-07-01');
INSERT INTO orders VALUES
  ('o1', 'makers', 's1', 'GB', 'paid', 100, 10, 5, 1, '2025-11-02 10:00'),
  ('o2', 'makers', 's3', 'GB', 'paid', 50, 5, 5, 3, '2025-11-09 10:00'),
  ('o3', 'makers', 's1', 'US', 'refunded', 40, 4, 5, 2, '2025-11-30 10:00'),
  ('o4', 'makers', 's1', 'US', 'refunded', 60, 6, 5, 4, '2025-11-12 10:00'),
  ('o5', 'makers', 's2', 'US', 'paid', 200, 20, 5, 5, '2025-11-14 10:00'),
  ('o6', 'makers', 's3', 'US', 'cancelled', 80, 0, 0, 1, '2025-11-15 10:00'),
  ('o9', 'crafty', 's9', 'GB', 'refunded', 999, 99, 5, 9, '2025-11-30 10:00');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('market', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string) => askOwn(own, 'makers', question);

describe('a marketplace layer of its own (session 45)', () => {
  it('"which sellers are in the UK": the sellers\' own country (was revenue by seller from UK buyers)', async () => {
    for (const question of ['which sellers are in the UK', 'list sellers in the UK']) {
      const asked = await ask(question);
      expect(asked.sentence, question).toMatch(/seller country United Kingdom/);
      expect(asked.rows.map((row) => row[0]).sort(), question).toEqual(['s1', 's2']);
    }
    // (The orders' own value where no rows are said: the buyers'.)
    expect((await ask('revenue from the UK last month')).sentence).toMatch(/buyer country United Kingdom/);
  });

  it('"top 2 shops by revenue": "shops", another word for the sellers table, ranks the sellers (was the orders)', async () => {
    const asked = await ask('top 2 shops by revenue last month');
    expect(asked.sentence).toMatch(/^Top 2 sellers by revenue, last month/);
    expect(asked.rows.map((row) => row[0])).toEqual(['s2', 's1']);
  });

  it('"sold out listings": the layer\'s own "sold out" (was declined on a word the question never said)', async () => {
    const asked = await ask('how many listings are sold out');
    expect(asked.sentence).toMatch(/^Listings, listing status Sold out/);
    expect(asked.rows).toEqual([[2]]);
  });

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
