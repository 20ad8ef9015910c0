import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A dog-grooming chain's own layer (session 52's probe): appointments are booked, then completed, cancelled or
 * missed; revenue is the completed ones' price (its own filter gives way to a status named), while "appointments"
 * are every one of them. Asked end to end on DuckDB through the agent, as `riverside` on December 1st, 2025.
 */

const LAYER = `
name: grooming
tenant: { column: account_id }
currency: USD
tables:
  - { name: customers, synonyms: [customer, clients, client, owners], entity: customer }
  - { name: appointments, synonyms: [appointment, bookings, booking, visits], entity: appointment }
joins:
  - { from: appointments, to: customers, on: appointments.customer_id = customers.customer_id }
metrics:
  - name: revenue
    label: Revenue
    unfilteredLabel: Appointment value
    description: The price of completed appointments.
    synonyms: [sales, takings, earned]
    table: appointments
    expression: SUM(appointments.price)
    filters:
      - { sql: "appointments.status = 'completed'", overriddenBy: appointment_status }
    time: { table: appointments, column: starts_at }
    format: currency
    aggregation: sum
  - name: appointments
    label: Appointments
    synonyms: [number of appointments, bookings count]
    table: appointments
    expression: COUNT(*)
    time: { table: appointments, column: starts_at }
    format: number
    aggregation: count
dimensions:
  - name: customer
    label: Customer
    plural: customers
    table: customers
    expression: customers.customer_id
    details:
      - { name: customer_name, expression: customers.full_name }
    nameDetail: customer_name
  - name: appointment
    label: Appointment
    plural: appointments
    table: appointments
    expression: appointments.appointment_id
    details:
      - { name: appointment_starts_at, expression: appointments.starts_at }
    defaultMetric: revenue
  - name: appointment_status
    label: Appointment status
    plural: appointment statuses
    table: appointments
    expression: appointments.status
    values:
      - { value: completed, label: Completed }
      - { value: cancelled, label: Cancelled }
      - { value: no_show, label: No-show, synonyms: [no show, no shows, missed] }
      - { value: booked, label: Booked, synonyms: [upcoming] }
`;

const DATA = `
CREATE TABLE customers (account_id TEXT, customer_id TEXT, full_name TEXT);
INSERT INTO customers VALUES
  ('riverside', 'c1', 'Logan Turner'), ('riverside', 'c2', 'Maria Lopez'), ('oakwood', 'k1', 'Logan Turner');
CREATE TABLE appointments (account_id TEXT, appointment_id TEXT, customer_id TEXT, status TEXT,
  starts_at TIMESTAMP, price DECIMAL(10, 2));
INSERT INTO appointments VALUES
  ('riverside', 'a1', 'c1', 'completed', '2025-09-03 10:00', 60), ('riverside', 'a2', 'c1', 'cancelled', '2025-09-20 11:00', 60),
  ('riverside', 'a3', 'c1', 'completed', '2025-10-04 09:00', 75), ('riverside', 'a4', 'c1', 'no_show', '2025-10-25 15:00', 75),
  ('riverside', 'a5', 'c1', 'completed', '2025-11-08 10:00', 80), ('riverside', 'a6', 'c2', 'completed', '2025-11-10 12:00', 45),
  ('riverside', 'a7', 'c2', 'cancelled', '2025-11-15 12:00', 45),
  ('oakwood', 'o1', 'k1', 'completed', '2025-11-08 10:00', 99), ('oakwood', 'o2', 'k1', 'cancelled', '2025-11-09 10:00', 99);
`;

describe("a dog-grooming chain's own layer (session 52 probe)", () => {
  let own: OwnLayer;
  beforeAll(async () => {
    own = await openOwnLayer('grooming', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
  });
  afterAll(async () => {
    await own.close();
  });

  it('"list Logan Turner\'s appointments": every one of them, of any status (was only the completed ones, revenue\'s own)', async () => {
    const listed = await askOwn(own, 'riverside', "list Logan Turner's appointments");
    expect(listed.kind).toBe('answer');
    expect(listed.rows.map((row) => row[0])).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
    expect(listed.sentence).toContain('any appointment status');
    expect(listed.text).toContain('5 appointments');
    expect(listed.text).toContain('appointment value $75.00');
    expect(listed.notes.join(' ')).not.toContain('left out');
    // (The other branch's Logan Turner is another customer: his two.)
    expect((await askOwn(own, 'oakwood', "list Logan Turner's appointments")).rows).toHaveLength(2);
    // A status named narrows the list as before.
    const cancelled = await askOwn(own, 'riverside', "list Logan Turner's cancelled appointments");
    expect(cancelled.rows.map((row) => row[0])).toEqual(['a2']);
  });

  it('"total?" after the list: revenue as the layer defines it (completed ones), not every listed row summed', async () => {
    const listed = await askOwn(own, 'riverside', "list Logan Turner's appointments");
    const total = await askOwn(own, 'riverside', 'total?', [listed.turn]);
    expect(total).toMatchObject({ kind: 'answer', rows: [[215]] });
    expect(total.sentence).toContain('Revenue');
    expect(total.sentence).not.toContain('any appointment status');
  });

  it('"list appointments last month" >> "only the cancelled ones": every status listed, then narrowed to one', async () => {
    const listed = await askOwn(own, 'riverside', 'list appointments last month');
    expect(listed.rows.map((row) => row[0])).toEqual(['a7', 'a6', 'a5']);
    const cancelled = await askOwn(own, 'riverside', 'only the cancelled ones', [listed.turn]);
    expect(cancelled.rows.map((row) => row[0])).toEqual(['a7']);
    const september = await askOwn(own, 'riverside', 'and in september?', [listed.turn]);
    expect(september.rows.map((row) => row[0])).toEqual(['a2', 'a1']);
  });
});
