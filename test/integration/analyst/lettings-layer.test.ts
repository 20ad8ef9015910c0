import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A lettings agency's own layer (session 49's probe): its customers are tenants (askql's own tenancy is the
 * `account_id` column), rent is paid on time or late (two statuses whose labels both start "Paid"), the tenants are
 * counted as they moved in and as they are now, and viewings are booked ahead by agents. Asked end to end on DuckDB
 * through the agent, as `northgate` on December 1st, 2025.
 */

const LAYER = `
name: lettings
tenant: { column: account_id }
currency: GBP
tables:
  - { name: properties, synonyms: [property, homes], entity: property }
  - { name: tenants, synonyms: [tenant, renters], entity: tenant }
  - { name: rent_payments, synonyms: [payments] }
  - { name: viewings, synonyms: [viewing], entity: viewing }
  - { name: repairs, synonyms: [repair, jobs], entity: repair }
joins:
  - { from: tenants, to: properties, on: tenants.property_id = properties.property_id }
  - { from: rent_payments, to: tenants, on: rent_payments.tenant_id = tenants.tenant_id }
  - { from: viewings, to: properties, on: viewings.property_id = properties.property_id }
  - { from: repairs, to: properties, on: repairs.property_id = properties.property_id }
metrics:
  - name: rent_collected
    label: Rent collected
    synonyms: [rent, rent received, rent paid]
    table: rent_payments
    expression: SUM(rent_payments.amount_paid)
    time: { table: rent_payments, column: due_date }
    format: currency
    aggregation: sum
  - name: arrears
    label: Arrears
    description: Rent due but not paid (due minus paid).
    synonyms: [rent arrears, unpaid rent, rent owed, owes, owed]
    table: rent_payments
    expression: SUM(rent_payments.amount_due - rent_payments.amount_paid)
    time: { table: rent_payments, column: due_date }
    format: currency
    aggregation: sum
    higherIsBetter: false
  - name: payments
    label: Rent payments
    synonyms: [payments]
    table: rent_payments
    expression: COUNT(*)
    time: { table: rent_payments, column: due_date }
    format: number
    aggregation: count
  - name: new_tenants
    label: New tenants
    synonyms: [moved in, move ins, tenants moved in]
    table: tenants
    expression: COUNT(*)
    time: { table: tenants, column: move_in_date }
    format: number
    aggregation: count
  - name: current_tenants
    label: Current tenants
    description: Tenancies still running (no move-out date).
    synonyms: [tenants now]
    table: tenants
    expression: COUNT(*)
    filters:
      - { sql: tenants.move_out_date IS NULL }
    time: { table: tenants, column: move_in_date }
    format: number
    aggregation: count
  - name: properties
    label: Properties
    synonyms: [number of properties]
    table: properties
    expression: COUNT(*)
    time: { table: properties, column: listed_at }
    format: number
    aggregation: count
  - name: viewings
    label: Viewings
    synonyms: [showings]
    table: viewings
    expression: COUNT(*)
    time: { table: viewings, column: viewing_at }
    format: number
    aggregation: count
  - name: repair_cost
    label: Repair cost
    description: What repairs cost us.
    synonyms: [spend, spent, repair costs]
    table: repairs
    expression: SUM(repairs.cost)
    time: { table: repairs, column: reported_at }
    format: currency
    aggregation: sum
    higherIsBetter: false
  - name: repairs
    label: Repairs
    table: repairs
    expression: COUNT(*)
    time: { table: repairs, column: reported_at }
    format: number
    aggregation: count
dimensions:
  - name: repair
    label: Repair
    plural: repairs
    table: repairs
    expression: repairs.repair_id
    details:
      - { name: repair_description, expression: repairs.description }
    textDetail: repair_description
  - name: property
    label: Property
    plural: properties
    table: properties
    expression: properties.property_id
    details:
      - { name: property_address, expression: properties.address }
    nameDetail: property_address
  - name: tenant
    label: Tenant
    plural: tenants
    table: tenants
    expression: tenants.tenant_id
    details:
      - { name: tenant_name, expression: tenants.name }
    nameDetail: tenant_name
  - name: viewing
    label: Viewing
    plural: viewings
    table: viewings
    expression: viewings.viewing_id
  - name: agent
    label: Agent
    plural: agents
    table: viewings
    expression: viewings.agent
    values:
      - { value: rose, label: Rose }
      - { value: hunter, label: Hunter }
  - name: payment_status
    label: Payment status
    plural: payment statuses
    table: rent_payments
    expression: rent_payments.status
    values:
      - { value: paid, label: Paid on time, synonyms: [on time] }
      - { value: late, label: Paid late, synonyms: [late] }
      - { value: missed, label: Missed }
`;

const DATA = `
CREATE TABLE properties (account_id TEXT, property_id TEXT, address TEXT, listed_at TIMESTAMP);
INSERT INTO properties VALUES
  ('northgate', 'p1', '22 Rose Lane', '2024-01-01'), ('northgate', 'p2', '41 Castle Road', '2024-01-01'),
  ('northgate', 'p3', '9 Mill Street', '2024-01-01'), ('harbour', 'h1', '1 Dock Road', '2024-01-01');
CREATE TABLE tenants (account_id TEXT, tenant_id TEXT, name TEXT, property_id TEXT, move_in_date TIMESTAMP,
  move_out_date TIMESTAMP);
INSERT INTO tenants VALUES
  ('northgate', 't1', 'Ada Brown', 'p1', '2024-02-01', NULL),
  ('northgate', 't2', 'Ben Price', 'p2', '2024-03-01', NULL),
  ('northgate', 't3', 'Cy Hale', 'p3', '2024-04-01', '2025-03-31'),
  ('northgate', 't4', 'Di Moss', 'p3', '2025-05-01', NULL),
  ('harbour', 'x1', 'Zed Rival', 'h1', '2024-01-01', NULL);
CREATE TABLE rent_payments (account_id TEXT, payment_id TEXT, tenant_id TEXT, due_date TIMESTAMP, status TEXT,
  amount_due DECIMAL(10, 2), amount_paid DECIMAL(10, 2));
INSERT INTO rent_payments VALUES
  ('northgate', 'r1', 't1', '2025-09-01', 'paid', 1000, 1000),
  ('northgate', 'r2', 't1', '2025-10-01', 'late', 1000, 1000),
  ('northgate', 'r3', 't1', '2025-11-01', 'paid', 1000, 1000),
  ('northgate', 'r4', 't2', '2025-10-01', 'missed', 1200, 0),
  ('northgate', 'r5', 't2', '2025-11-01', 'late', 1200, 700),
  ('northgate', 'r6', 't4', '2025-11-01', 'paid', 900, 900),
  ('harbour', 'y1', 'x1', '2025-11-01', 'missed', 5000, 0);
CREATE TABLE viewings (account_id TEXT, viewing_id TEXT, property_id TEXT, agent TEXT, viewing_at TIMESTAMP);
INSERT INTO viewings VALUES
  ('northgate', 'v1', 'p1', 'rose', '2025-11-10 10:00'), ('northgate', 'v2', 'p1', 'hunter', '2025-11-12 10:00'),
  ('northgate', 'v3', 'p2', 'rose', '2025-11-14 10:00'), ('northgate', 'v4', 'p2', 'rose', '2025-11-20 10:00'),
  ('northgate', 'v5', 'p3', 'hunter', '2025-12-09 10:00'), ('northgate', 'v6', 'p1', 'rose', '2025-12-10 10:00'),
  ('northgate', 'v7', 'p2', 'hunter', '2025-12-11 10:00'), ('northgate', 'v8', 'p3', 'rose', '2026-01-05 10:00');
CREATE TABLE repairs (account_id TEXT, repair_id TEXT, property_id TEXT, description TEXT, cost DECIMAL(10, 2),
  reported_at TIMESTAMP);
INSERT INTO repairs VALUES
  ('northgate', 'j1', 'p1', 'Black mould in the bathroom', 300, '2025-11-03'),
  ('northgate', 'j2', 'p2', 'Boiler not firing', 450, '2025-11-18'),
  ('northgate', 'j3', 'p3', 'Mould behind the wardrobe', 120, '2025-10-02'),
  ('harbour', 'k1', 'h1', 'Mould everywhere', 9000, '2025-11-05');
`;

describe("a lettings agency's own layer (session 49 probe)", () => {
  let own: OwnLayer;
  beforeAll(async () => {
    own = await openOwnLayer('lettings', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
  });
  afterAll(async () => {
    await own.close();
  });

  it('"how many tenants do we have": the current ones, where the layer counts them apart (was every tenancy ever)', async () => {
    const now = await askOwn(own, 'northgate', 'how many tenants do we have');
    expect(now).toMatchObject({ kind: 'answer', rows: [[3]] });
    expect(now.sentence).toContain('Current tenants');
    // (Over a period, the ones who moved in then: "moved in" is the layer's phrase, its "in" no period's.)
    const moved = await askOwn(own, 'northgate', 'how many tenants moved in this year');
    expect(moved).toMatchObject({ kind: 'answer', rows: [[1]] });
    expect(moved.sentence).toContain('New tenants');
  });

  it('"how much did Ada Brown pay this year": all she paid, on time or late (was only "Paid on time")', async () => {
    const paid = await askOwn(own, 'northgate', 'how much did Ada Brown pay this year');
    expect(paid).toMatchObject({ kind: 'answer', rows: [[3000]] });
    expect(paid.sentence).not.toContain('Paid on time');
    expect(await askOwn(own, 'northgate', 'how much did tenants pay this year')).toMatchObject({ rows: [[4600]] });
    // (The status said in full is still the status.)
    expect(await askOwn(own, 'northgate', 'rent collected on time this year')).toMatchObject({ rows: [[2900]] });
  });

  it('"who owes us the most rent": the tenant with the most arrears (was declined as arrears "in terms of" rent)', async () => {
    const owes = await askOwn(own, 'northgate', 'who owes us the most rent');
    expect(owes).toMatchObject({ kind: 'answer' });
    expect(owes.rows[0]).toContain('Ben Price');
    expect(owes.rows[0]).toContain(1700);
  });

  it('"how much did we spend last month": the layer\'s figure said "spend" (was the rent collected, the first money figure)', async () => {
    const spent = await askOwn(own, 'northgate', 'how much did we spend last month');
    expect(spent).toMatchObject({ kind: 'answer', rows: [[750]] });
    expect(spent.sentence).toContain('Repair cost');
  });

  it('"repairs that mention mould": the repairs whose description says it (was declined on "mention")', async () => {
    const mould = await askOwn(own, 'northgate', 'how many repairs mention mould');
    expect(mould).toMatchObject({ kind: 'answer', rows: [[2]] });
    expect(mould.sentence).toContain('mentioning "mould"');
  });

  it('"missed rate for payments": the share of payments missed, where the layer names no such rate (was declined on "rate")', async () => {
    const missed = await askOwn(own, 'northgate', 'missed rate for payments');
    expect(missed.kind).toBe('answer');
    expect(missed.text).toContain('That is 16.7% of all');
  });

  it('"viewings next week" >> "by agent": the follow-up keeps the week ahead (was declined as a forecast)', async () => {
    const week = await askOwn(own, 'northgate', 'viewings next week');
    expect(week).toMatchObject({ kind: 'answer', rows: [[3]] });
    const byAgent = await askOwn(own, 'northgate', 'by agent', [week.turn]);
    expect(byAgent.kind).toBe('answer');
    expect(byAgent.rows.map((row) => row.at(-1))).toEqual([2, 1]);
  });

  it('"viewings by property", "which property had the most viewings": counted for each property, the tie said (was declined, then a plain summary)', async () => {
    const byProperty = await askOwn(own, 'northgate', 'viewings by property');
    expect(byProperty.kind).toBe('answer');
    expect(byProperty.rows.map((row) => row.at(-1))).toEqual([3, 3, 2]);
    const most = await askOwn(own, 'northgate', 'which property had the most viewings');
    expect(most.text).toContain('Your viewings run on past today, through Jan 5, 2026');
    expect(most.text).toContain('tied for the most viewings');
  });
});
