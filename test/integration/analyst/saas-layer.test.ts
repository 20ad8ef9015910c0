import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A seat-based software business's own layer (session 48's probe): accounts that sign up and churn, invoices issued
 * (and renewals scheduled ahead of today), plan changes (some scheduled ahead) and support tickets, whose "Billing"
 * category shares its word with the amount billed. Asked end to end on DuckDB through the agent, as `tally` on
 * December 1st, 2025 (a second vendor's rows sit in the same tables).
 */

const LAYER = `
name: saas
tenant: { column: vendor_id }
currency: USD
tables:
  - { name: accounts, synonyms: [customer, customers, client, clients], entity: account }
  - { name: invoices }
  - { name: plan_changes }
  - { name: tickets }
joins:
  - { from: invoices, to: accounts, on: invoices.account_id = accounts.account_id }
  - { from: plan_changes, to: accounts, on: plan_changes.account_id = accounts.account_id }
  - { from: tickets, to: accounts, on: tickets.account_id = accounts.account_id }
metrics:
  - name: billed
    label: Amount billed
    synonyms: [billing, invoiced, revenue]
    table: invoices
    expression: SUM(invoices.amount)
    filters:
      - { sql: "invoices.status <> 'scheduled'", overriddenBy: invoice_status }
    time: { table: invoices, column: issued_at }
    format: currency
    aggregation: sum
  - name: invoices
    label: Invoices
    table: invoices
    expression: COUNT(*)
    time: { table: invoices, column: issued_at }
    format: number
    aggregation: count
  - name: average_invoice
    label: Average invoice
    synonyms: [average invoice, invoice size]
    table: invoices
    expression: AVG(invoices.amount)
    filters:
      - { sql: "invoices.status <> 'scheduled'", overriddenBy: invoice_status }
    time: { table: invoices, column: issued_at }
    format: currency
    aggregation: average
  - name: new_accounts
    label: New accounts
    synonyms: [signups, new customers]
    table: accounts
    expression: COUNT(*)
    time: { table: accounts, column: signed_up_at }
    format: number
    aggregation: count
  - name: churned_accounts
    label: Churned accounts
    synonyms: [churn, churned]
    table: accounts
    expression: COUNT(*)
    filters:
      - { sql: "accounts.churned_at IS NOT NULL" }
    time: { table: accounts, column: churned_at }
    format: number
    aggregation: count
  - name: plan_changes
    label: Plan changes
    table: plan_changes
    expression: COUNT(*)
    time: { table: plan_changes, column: effective_at }
    format: number
    aggregation: count
  - name: tickets
    label: Tickets
    table: tickets
    expression: COUNT(*)
    time: { table: tickets, column: opened_at }
    format: number
    aggregation: count
  - name: csat
    label: CSAT
    synonyms: [satisfaction]
    table: tickets
    expression: AVG(tickets.csat)
    time: { table: tickets, column: opened_at }
    format: number
    aggregation: average
dimensions:
  - name: account
    label: Account
    plural: accounts
    table: accounts
    expression: accounts.account_id
    details:
      - { name: account_name, expression: accounts.name }
    nameDetail: account_name
  - name: industry
    label: Industry
    plural: industries
    table: accounts
    expression: accounts.industry
    values:
      - { value: healthcare, label: Healthcare }
      - { value: retail, label: Retail }
  - name: invoice_status
    label: Invoice status
    plural: invoice statuses
    table: invoices
    expression: invoices.status
    values:
      - { value: paid, label: Paid }
      - { value: scheduled, label: Scheduled }
  - name: change_type
    label: Change type
    plural: change types
    table: plan_changes
    expression: plan_changes.change_type
    values:
      - { value: upgrade, label: Upgrade }
      - { value: downgrade, label: Downgrade }
  - name: change_status
    label: Change status
    plural: change statuses
    table: plan_changes
    expression: plan_changes.status
    values:
      - { value: applied, label: Applied }
      - { value: scheduled, label: Scheduled }
  - name: ticket_category
    label: Ticket category
    plural: ticket categories
    table: tickets
    expression: tickets.category
    values:
      - { value: billing, label: Billing }
      - { value: bug, label: Bug }
`;

const DATA = `
CREATE TABLE accounts (vendor_id TEXT, account_id TEXT, name TEXT, industry TEXT, signed_up_at TIMESTAMP,
  churned_at TIMESTAMP);
INSERT INTO accounts VALUES
  ('tally', 'a1', 'Monday Studio', 'healthcare', '2024-06-08', NULL),
  ('tally', 'a2', 'Pine Ridge', 'retail', '2024-09-01', '2025-01-05'),
  ('tally', 'a3', 'Velvet Salon', 'retail', '2025-03-10', '2025-07-20'),
  ('tally', 'a4', 'Gusto Pizza', 'healthcare', '2025-05-15', NULL),
  ('other', 'b1', 'Rival Co', 'retail', '2023-01-01', '2024-02-02');
CREATE TABLE invoices (vendor_id TEXT, invoice_id TEXT, account_id TEXT, amount DOUBLE, status TEXT,
  issued_at TIMESTAMP);
INSERT INTO invoices VALUES
  ('tally', 'i1', 'a1', 100, 'paid', '2025-01-10'),
  ('tally', 'i2', 'a2', 40, 'paid', '2025-01-12'),
  ('tally', 'i3', 'a1', 100, 'paid', '2025-05-10'),
  ('tally', 'i4', 'a4', 300, 'paid', '2025-05-20'),
  ('tally', 'i5', 'a4', 300, 'paid', '2025-11-20'),
  ('tally', 'i6', 'a1', 120, 'scheduled', '2026-01-10'),
  ('tally', 'i7', 'a4', 300, 'scheduled', '2026-01-20'),
  ('tally', 'i8', 'a4', 300, 'scheduled', '2026-10-25'),
  ('other', 'j1', 'b1', 999, 'scheduled', '2026-01-15');
CREATE TABLE plan_changes (vendor_id TEXT, change_id TEXT, account_id TEXT, change_type TEXT, status TEXT,
  effective_at TIMESTAMP);
INSERT INTO plan_changes VALUES
  ('tally', 'c1', 'a1', 'upgrade', 'applied', '2024-10-01'),
  ('tally', 'c2', 'a4', 'downgrade', 'applied', '2025-08-01'),
  ('tally', 'c3', 'a1', 'downgrade', 'scheduled', '2026-01-17'),
  ('tally', 'c4', 'a4', 'upgrade', 'scheduled', '2026-03-15');
CREATE TABLE tickets (vendor_id TEXT, ticket_id TEXT, account_id TEXT, category TEXT, csat DOUBLE,
  opened_at TIMESTAMP);
INSERT INTO tickets VALUES
  ('tally', 't1', 'a1', 'billing', 4, '2025-11-03'),
  ('tally', 't2', 'a4', 'billing', 2, '2025-11-12'),
  ('tally', 't3', 'a4', 'bug', 5, '2025-11-20'),
  ('other', 'u1', 'b1', 'billing', 1, '2025-11-05');
`;

describe("a software business's own layer (session 48 probe)", () => {
  let own: OwnLayer;
  beforeAll(async () => {
    own = await openOwnLayer('saas', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
  });
  afterAll(async () => {
    await own.close();
  });

  it('"scheduled invoices in january" on December 1st asks which January (was January 2025, 0)', async () => {
    const asked = await askOwn(own, 'tally', 'scheduled invoices in january');
    expect(asked.kind).toBe('clarification');
    expect(asked.text).toContain('Which January do you mean');
    const coming = await askOwn(own, 'tally', asked.options[0] ?? '');
    expect(coming.rows).toEqual([[2]]);
    expect(coming.period).toContain('Jan 1 – Jan 31, 2026');
    // (A month just ended, or a figure with no rows ahead, is answered as before.)
    expect(await askOwn(own, 'tally', 'invoices in november')).toMatchObject({ kind: 'answer', rows: [[1]] });
    expect(await askOwn(own, 'tally', 'paid invoices in january')).toMatchObject({ kind: 'answer', rows: [[2]] });
  });

  it('"churn this year": no note that the accounts begin at the first churn (was "Your accounts begin on Jan 5, 2025")', async () => {
    const churn = await askOwn(own, 'tally', 'churn this year');
    expect(churn.rows).toEqual([[2]]);
    expect(churn.text).not.toContain('begin on');
  });

  it('"how many downgrades are scheduled": the note says the rows counted run to Jan 17, never all plan changes', async () => {
    const scheduled = await askOwn(own, 'tally', 'how many downgrades are scheduled');
    expect(scheduled.rows).toEqual([[1]]);
    expect(scheduled.text).toContain('Your plan changes counted here run on past today, through Jan 17, 2026');
  });

  it('"upcoming plan changes" run to the last plan change, never the last scheduled invoice', async () => {
    const upcoming = await askOwn(own, 'tally', 'upcoming plan changes');
    expect(upcoming.rows).toEqual([[2]]);
    expect(upcoming.period).toBe('Dec 1, 2025 – Mar 15, 2026');
  });

  it('"revenue by industry": the layer\'s industries, never declined as a benchmark; "the industry average" still is', async () => {
    const industries = await askOwn(own, 'tally', 'revenue by industry');
    expect(industries.kind).toBe('answer');
    expect(industries.rows).toEqual([
      ['healthcare', 800],
      ['retail', 40],
    ]);
    expect(await askOwn(own, 'tally', 'how do we compare to the industry average')).toMatchObject({
      kind: 'decline',
      text: expect.stringContaining('benchmarks'),
    });
  });

  it('"billing by month" is the amount billed, "csat for billing tickets" the Billing category (both were declined)', async () => {
    const byMonth = await askOwn(own, 'tally', 'billing by month');
    expect(byMonth.kind).toBe('answer');
    expect(byMonth.sentence).toMatch(/^Amount billed by month/);
    const csat = await askOwn(own, 'tally', 'avg csat for billing tickets');
    expect(csat.rows).toEqual([[3]]);
    expect(await askOwn(own, 'tally', 'billing tickets last month')).toMatchObject({ kind: 'answer', rows: [[2]] });
  });

  it('"average invoice size in 2025" reads "invoice size" (was "size" unknown)', async () => {
    expect(await askOwn(own, 'tally', 'average invoice size in 2025')).toMatchObject({
      kind: 'answer',
      rows: [[168]],
    });
  });
});
