import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A physiotherapy clinic's own layer (session 44's probe): payments counted only by a filtered count (refunds),
 * people seen as a distinct count of appointments, a practitioner called Will, and services that are values of the
 * appointments themselves. Asked end to end on DuckDB through the agent, as `kinetic` (a rival clinic's rows sit
 * in the same tables).
 */

const LAYER = `
name: clinic
tenant: { column: clinic_id }
currency: CAD
tables:
  - { name: appointments, synonyms: [appointment, visit, visits, session, sessions], entity: appointment }
  - { name: practitioners, synonyms: [practitioner, therapist, therapists], entity: practitioner }
  - { name: payments, synonyms: [payment] }
joins:
  - { from: appointments, to: practitioners, on: appointments.practitioner_id = practitioners.id }
  - { from: payments, to: appointments, on: payments.appointment_id = appointments.id }
metrics:
  - name: revenue
    label: Revenue
    table: appointments
    expression: SUM(appointments.paid_amount)
    time: { table: appointments, column: starts_at }
    format: currency
    aggregation: sum
  - name: appointments
    label: Appointments
    synonyms: [number of appointments]
    table: appointments
    expression: COUNT(*)
    filters:
      - { sql: "appointments.status <> 'cancelled'", overriddenBy: appointment_status }
    time: { table: appointments, column: starts_at }
    format: number
    aggregation: count
  - name: minutes_treated
    label: Minutes treated
    synonyms: [minutes, treatment minutes]
    table: appointments
    expression: SUM(appointments.duration_minutes)
    time: { table: appointments, column: starts_at }
    format: number
    aggregation: sum
  - name: average_price
    label: Average price
    table: appointments
    expression: AVG(appointments.paid_amount)
    filters:
      - { sql: "appointments.status = 'attended'", overriddenBy: appointment_status }
    time: { table: appointments, column: starts_at }
    format: currency
    aggregation: average
  - name: patients_seen
    label: Patients seen
    table: appointments
    expression: COUNT(DISTINCT appointments.patient_id)
    filters:
      - { sql: "appointments.status = 'attended'", overriddenBy: appointment_status }
    time: { table: appointments, column: starts_at }
    format: number
    aggregation: count
  - name: payments_collected
    label: Payments collected
    table: payments
    expression: SUM(payments.amount)
    time: { table: payments, column: paid_at }
    format: currency
    aggregation: sum
  - name: refund_count
    label: Refund count
    table: payments
    expression: "COUNT(*) FILTER (WHERE payments.status = 'refunded')"
    time: { table: payments, column: paid_at }
    format: number
    aggregation: count
dimensions:
  - name: appointment
    label: Appointment
    plural: appointments
    table: appointments
    expression: appointments.id
  - name: practitioner
    label: Practitioner
    plural: practitioners
    table: practitioners
    expression: practitioners.id
    details:
      - { name: practitioner_name, expression: practitioners.name }
    nameDetail: practitioner_name
  - name: service
    label: Service
    plural: services
    table: appointments
    expression: appointments.service
    values:
      - { value: follow_up, label: Follow-up, synonyms: [follow up, follow ups, follow-ups] }
      - { value: assessment, label: Assessment, synonyms: [assessments] }
  - name: appointment_status
    label: Appointment status
    plural: appointment statuses
    table: appointments
    expression: appointments.status
    values:
      - { value: attended, label: Attended }
      - { value: cancelled, label: Cancelled }
  - name: payment_method
    label: Payment method
    plural: payment methods
    synonyms: [method]
    table: payments
    expression: payments.method
    values: [{ value: card, label: Card }, { value: cash, label: Cash }]
`;

const DATA = `
CREATE TABLE practitioners (id VARCHAR, clinic_id VARCHAR, name VARCHAR);
CREATE TABLE appointments (id VARCHAR, clinic_id VARCHAR, practitioner_id VARCHAR, patient_id VARCHAR, service VARCHAR, status VARCHAR, starts_at TIMESTAMP, duration_minutes INTEGER, paid_amount DECIMAL(10,2));
CREATE TABLE payments (id VARCHAR, clinic_id VARCHAR, appointment_id VARCHAR, method VARCHAR, status VARCHAR, amount DECIMAL(10,2), paid_at TIMESTAMP);
INSERT INTO practitioners VALUES ('t1', 'kinetic', 'Will Turner'), ('t2', 'kinetic', 'Rose Li'), ('t9', 'motion', 'Will Rival');
INSERT INTO appointments VALUES
  ('a1', 'kinetic', 't1', 'pa', 'follow_up', 'attended', '2025-11-03 09:00', 45, 90),
  ('a2', 'kinetic', 't1', 'pb', 'assessment', 'attended', '2025-11-04 09:00', 60, 120),
  ('a3', 'kinetic', 't2', 'pa', 'follow_up', 'attended', '2025-11-05 09:00', 45, 90),
  ('a4', 'kinetic', 't2', 'pc', 'follow_up', 'attended', '2025-11-06 09:00', 45, 90),
  ('a5', 'kinetic', 't2', 'pd', 'follow_up', 'cancelled', '2025-11-07 09:00', 45, 0),
  ('a9', 'motion', 't9', 'px', 'follow_up', 'attended', '2025-11-03 09:00', 45, 500);
INSERT INTO payments VALUES
  ('y1', 'kinetic', 'a1', 'card', 'paid', 90, '2025-11-03'), ('y2', 'kinetic', 'a2', 'card', 'paid', 120, '2025-11-04'),
  ('y3', 'kinetic', 'a3', 'cash', 'refunded', 90, '2025-11-05'), ('y4', 'kinetic', 'a4', 'card', 'paid', 90, '2025-11-06'),
  ('y9', 'motion', 'a9', 'card', 'paid', 500, '2025-11-03');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('clinic', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string) => askOwn(own, 'kinetic', question);

describe('a clinic layer of its own (session 44)', () => {
  it('"payments by method" never counts refunds as the payments (a filtered count is no count of the rows)', async () => {
    const asked = await ask('payments by method last month');
    expect(asked.kind).toBe('clarification');
    expect(asked.text).not.toMatch(/leads|has the most/);
  });

  it('"how many patients did we see last month": the patients seen (was the new ones)', async () => {
    const asked = await ask('how many patients did we see last month');
    expect(asked.sentence).toMatch(/^Patients seen, last month/);
    expect(asked.rows).toEqual([[3]]);
  });

  it('"how many follow ups did Rose do": her follow-up appointments counted (was her minutes treated)', async () => {
    const asked = await ask('how many follow ups did Rose do last month');
    expect(asked.sentence).toMatch(/^Appointments, service Follow-up, practitioner Rose Li,/);
    expect(asked.rows).toEqual([[2]]);
  });

  it('"revenue for Will", "Will Turner\'s revenue": a name, never the future (were declined as a forecast)', async () => {
    expect((await ask('revenue for Will last month')).rows).toEqual([[210]]);
    expect((await ask("Will Turner's revenue last month")).rows).toEqual([[210]]);
    expect((await ask('how much revenue will we make next month')).kind).toBe('decline');
  });

  it('"over 45 minutes", "longer than 45 minutes": a threshold on the minutes (were declined on the number)', async () => {
    const over = await ask('appointments over 45 minutes last month');
    expect(over.sentence).toMatch(/only appointments whose minutes treated are over 45/);
    expect(over.rows).toEqual([[1]]);
    expect((await ask('sessions longer than 45 minutes last month')).rows).toEqual([[1]]);
  });

  it('"average price last month" over appointments dated by when they take place is that month\'s (was asked)', async () => {
    const asked = await ask('average price last month');
    expect(asked.sentence).toMatch(/^Average price, last month/);
    expect(asked.rows).toEqual([[97.5]]);
  });
});
