import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A meal-kit company's own layer (session 50's probe): its customers are subscribers who may be active, paused or
 * cancelled (the layer counts the active ones apart), and its boxes are booked ahead, then delivered, skipped or
 * failed; the boxes that "went out" are the layer's deliveries, and some boxes carry a discount. Asked end to end on
 * DuckDB through the agent, as `forkful` on December 1st, 2025.
 */

const LAYER = `
name: mealkit
tenant: { column: account_id }
currency: GBP
tables:
  - { name: customers, synonyms: [customer, subscribers, subscriber], entity: customer }
  - { name: boxes, synonyms: [box, kits], entity: box }
  - { name: refunds, synonyms: [refund, credits], entity: refund }
joins:
  - { from: boxes, to: customers, on: boxes.customer_id = customers.customer_id }
  - { from: refunds, to: boxes, on: refunds.box_id = boxes.box_id }
metrics:
  - name: revenue
    label: Box revenue
    synonyms: [revenue, sales]
    table: boxes
    expression: SUM(boxes.amount_charged)
    filters:
      - { sql: "boxes.status = 'delivered'", overriddenBy: box_status }
    time: { table: boxes, column: delivery_date }
    format: currency
    aggregation: sum
  - name: boxes
    label: Boxes
    synonyms: [number of boxes, box count]
    table: boxes
    expression: COUNT(*)
    time: { table: boxes, column: delivery_date }
    format: number
    aggregation: count
  - name: deliveries
    label: Deliveries
    description: Boxes that go out to a door (delivered, or scheduled ahead).
    synonyms: [deliveries, went out, sent out, dispatched]
    table: boxes
    expression: COUNT(*)
    filters:
      - { sql: "boxes.status IN ('delivered', 'scheduled')", overriddenBy: box_status }
    time: { table: boxes, column: delivery_date }
    format: number
    aggregation: count
  - name: discounts
    label: Discounts
    synonyms: [discount, voucher, vouchers]
    table: boxes
    expression: SUM(boxes.discount)
    time: { table: boxes, column: delivery_date }
    format: currency
    aggregation: sum
  - name: subscribers
    label: Subscribers
    synonyms: [number of subscribers, signups, joined]
    table: customers
    expression: COUNT(*)
    time: { table: customers, column: signed_up_at }
    format: number
    aggregation: count
  - name: active_subscribers
    label: Active subscribers
    synonyms: [active customers, current subscribers]
    table: customers
    expression: COUNT(*)
    filters:
      - { sql: "customers.status = 'active'" }
    time: { table: customers, column: signed_up_at }
    format: number
    aggregation: count
  - name: refunded
    label: Refunds and credits
    synonyms: [refunds, money back]
    table: refunds
    expression: SUM(refunds.amount)
    time: { table: refunds, column: issued_at }
    format: currency
    aggregation: sum
    higherIsBetter: false
dimensions:
  - name: refund
    label: Refund
    plural: refunds
    table: refunds
    expression: refunds.refund_id
  - name: refund_kind
    label: Refund type
    plural: refund types
    table: refunds
    expression: refunds.kind
    values:
      - { value: refund, label: Card refund, synonyms: [card refunds] }
      - { value: credit, label: Account credit, synonyms: [credit, credits] }
    defaultMetric: refunded
  - name: customer
    label: Customer
    plural: customers
    table: customers
    expression: customers.customer_id
    details:
      - { name: customer_name, expression: customers.full_name }
    nameDetail: customer_name
  - name: box
    label: Box
    plural: boxes
    table: boxes
    expression: boxes.box_id
  - name: box_status
    label: Box status
    plural: box statuses
    table: boxes
    expression: boxes.status
    values:
      - { value: delivered, label: Delivered }
      - { value: skipped, label: Skipped }
      - { value: failed, label: Failed }
      - { value: scheduled, label: Scheduled }
`;

const DATA = `
CREATE TABLE customers (account_id TEXT, customer_id TEXT, full_name TEXT, status TEXT, signed_up_at TIMESTAMP);
INSERT INTO customers VALUES
  ('forkful', 'c1', 'Ada Brown', 'active', '2024-06-01'), ('forkful', 'c2', 'Ben Price', 'active', '2024-07-01'),
  ('forkful', 'c3', 'Cy Hale', 'cancelled', '2024-08-01'), ('forkful', 'c4', 'Di Moss', 'paused', '2025-02-01'),
  ('larder', 'x1', 'Zed Rival', 'active', '2024-06-01');
CREATE TABLE boxes (account_id TEXT, box_id TEXT, customer_id TEXT, status TEXT, delivery_date TIMESTAMP,
  amount_charged DECIMAL(10, 2), discount DECIMAL(10, 2));
INSERT INTO boxes VALUES
  ('forkful', 'b1', 'c1', 'delivered', '2025-11-24', 40, 0), ('forkful', 'b2', 'c2', 'delivered', '2025-11-25', 40, 5),
  ('forkful', 'b3', 'c3', 'skipped', '2025-11-26', 0, 0), ('forkful', 'b4', 'c4', 'failed', '2025-11-27', 40, 5),
  ('forkful', 'b5', 'c1', 'delivered', '2025-11-10', 40, 0), ('forkful', 'b6', 'c3', 'delivered', '2025-11-11', 40, 0),
  ('forkful', 'b7', 'c3', 'delivered', '2025-10-11', 40, 0), ('forkful', 'b8', 'c3', 'delivered', '2025-09-11', 40, 0),
  ('forkful', 'b9', 'c1', 'scheduled', '2025-12-08', 40, 0),
  ('larder', 'y1', 'x1', 'delivered', '2025-11-24', 90, 9), ('larder', 'y2', 'x1', 'delivered', '2025-11-25', 90, 9);
CREATE TABLE refunds (account_id TEXT, refund_id TEXT, box_id TEXT, kind TEXT, amount DECIMAL(10, 2),
  issued_at TIMESTAMP);
INSERT INTO refunds VALUES
  ('forkful', 'r1', 'b2', 'credit', 10, '2025-11-26'), ('forkful', 'r2', 'b4', 'refund', 40, '2025-11-28'),
  ('forkful', 'r3', 'b6', 'credit', 5, '2025-11-12'), ('larder', 'z1', 'y1', 'refund', 90, '2025-11-25');
`;

describe("a meal-kit company's own layer (session 50 probe)", () => {
  let own: OwnLayer;
  beforeAll(async () => {
    own = await openOwnLayer('mealkit', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
  });
  afterAll(async () => {
    await own.close();
  });

  it('"how many customers have we ever had", "have had more than 2 boxes": every customer there has been (was only the active ones)', async () => {
    const now = await askOwn(own, 'forkful', 'how many customers do we have');
    expect(now).toMatchObject({ kind: 'answer', rows: [[2]] });
    expect(now.sentence).toContain('Active subscribers');
    const ever = await askOwn(own, 'forkful', 'how many customers have we ever had');
    expect(ever).toMatchObject({ kind: 'answer', rows: [[4]] });
    expect(ever.sentence).not.toContain('Active');
    // (Cy Hale, cancelled, had 4 boxes; Ada Brown, active, had 2 before today.)
    const had = await askOwn(own, 'forkful', 'how many customers have had more than 2 boxes');
    expect(had).toMatchObject({ kind: 'answer', rows: [[1]] });
    expect(had.sentence).not.toContain('Active');
  });

  it('"how many boxes went out last week": the layer\'s deliveries (was every box, skipped and failed ones too)', async () => {
    const out = await askOwn(own, 'forkful', 'how many boxes went out last week');
    expect(out).toMatchObject({ kind: 'answer', rows: [[2]] });
    expect(out.sentence).toContain('Deliveries');
    expect(await askOwn(own, 'forkful', 'how many boxes last week')).toMatchObject({ rows: [[4]] });
  });

  it('"how many customers had a discount last month": those with a discounted box (was every customer with a box)', async () => {
    const discounted = await askOwn(own, 'forkful', 'how many customers had a discount last month');
    expect(discounted).toMatchObject({ kind: 'answer', rows: [[2]] });
    expect(discounted.sentence).toContain('with discounts');
  });

  it('"revenue from Ada Brown": no note that all time counts boxes dated ahead, when the figure keeps none of them (said so before)', async () => {
    const revenue = await askOwn(own, 'forkful', 'revenue from Ada Brown');
    expect(revenue).toMatchObject({ kind: 'answer', rows: [[80]] });
    expect(revenue.text).not.toContain('run on past today');
    // (Her boxes are booked ahead, and counted: said.)
    const boxes = await askOwn(own, 'forkful', 'how many boxes for Ada Brown');
    expect(boxes).toMatchObject({ kind: 'answer', rows: [[3]] });
    expect(boxes.text).toContain('Your boxes run on past today, through Dec 8, 2025');
  });

  it('"credits vs refunds this year": the two kinds side by side (was the credits alone, "vs refunds" dropped)', async () => {
    const both = await askOwn(own, 'forkful', 'credits vs refunds this year');
    expect(both.kind).toBe('answer');
    expect(both.sentence).toContain('Account credit vs Card refund');
    expect(both.rows).toEqual([
      ['refund', 40],
      ['credit', 15],
    ]);
  });
});
