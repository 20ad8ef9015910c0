import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A wholesale distributor's own layer (session 45's probe): a margin whose expression reads the products' cost
 * without listing that table under `uses`, a "Gross margin %" figure, credit notes by "reason", an account named
 * "City Works" beside a city dimension, and three names that begin "Matcha". Asked end to end on DuckDB through
 * the agent, as `northbean` (a rival distributor's rows sit in the same tables).
 */

const LAYER = `
name: wholesale
tenant: { column: distributor }
currency: USD
tables:
  - { name: accounts, synonyms: [account, customers], entity: account }
  - { name: products, synonyms: [product, sku], entity: product }
  - { name: invoices, synonyms: [invoice] }
  - { name: invoice_lines, synonyms: [line, lines] }
  - { name: credit_notes, synonyms: [credit note, credits] }
joins:
  - { from: invoices, to: accounts, on: invoices.account_id = accounts.id }
  - { from: invoice_lines, to: invoices, on: invoice_lines.invoice_id = invoices.id }
  - { from: invoice_lines, to: products, on: invoice_lines.product_id = products.id }
metrics:
  - name: revenue
    label: Invoiced revenue
    synonyms: [revenue, sales]
    table: invoice_lines
    expression: SUM(invoice_lines.line_total)
    time: { table: invoices, column: issued_at }
    format: currency
    aggregation: sum
  - name: gross_margin
    label: Gross margin
    synonyms: [margin]
    table: invoice_lines
    expression: SUM(invoice_lines.line_total - invoice_lines.cases * products.unit_cost)
    time: { table: invoices, column: issued_at }
    format: currency
    aggregation: sum
  - name: gross_margin_pct
    label: Gross margin %
    synonyms: [margin rate]
    table: invoice_lines
    expression: SUM(invoice_lines.line_total - invoice_lines.cases * products.unit_cost) / NULLIF(SUM(invoice_lines.line_total), 0)
    time: { table: invoices, column: issued_at }
    format: percent
    aggregation: ratio
  - name: credit_notes
    label: Credit notes
    table: credit_notes
    expression: SUM(credit_notes.amount)
    time: { table: credit_notes, column: issued_at }
    format: currency
    aggregation: sum
    higherIsBetter: false
dimensions:
  - name: account
    label: Account
    plural: accounts
    table: accounts
    expression: accounts.id
    details:
      - { name: account_name, expression: accounts.name }
    nameDetail: account_name
  - name: city
    label: City
    plural: cities
    table: accounts
    expression: accounts.city
  - name: product
    label: Product
    plural: products
    table: products
    expression: products.id
    details:
      - { name: product_name, expression: products.name }
    nameDetail: product_name
  - name: category
    label: Category
    plural: categories
    table: products
    expression: products.category
    values:
      - { value: tea, label: Tea }
      - { value: coffee, label: Coffee }
  - name: credit_reason
    label: Credit reason
    plural: credit reasons
    synonyms: [reason, reasons]
    table: credit_notes
    expression: credit_notes.reason
    values:
      - { value: damaged, label: Damaged }
      - { value: late, label: Late delivery }
`;

const DATA = `
CREATE TABLE accounts (id VARCHAR, distributor VARCHAR, name VARCHAR, city VARCHAR);
CREATE TABLE products (id VARCHAR, distributor VARCHAR, name VARCHAR, category VARCHAR, unit_cost DECIMAL(10,2));
CREATE TABLE invoices (id VARCHAR, distributor VARCHAR, account_id VARCHAR, issued_at TIMESTAMP);
CREATE TABLE invoice_lines (id VARCHAR, distributor VARCHAR, invoice_id VARCHAR, product_id VARCHAR, cases INTEGER, line_total DECIMAL(10,2));
CREATE TABLE credit_notes (id VARCHAR, distributor VARCHAR, reason VARCHAR, amount DECIMAL(10,2), issued_at TIMESTAMP);
INSERT INTO accounts VALUES
  ('a1', 'northbean', 'City Works', 'Salem'), ('a2', 'northbean', 'Matcha Bar', 'Tacoma'),
  ('a3', 'northbean', 'Daily Grind', 'Salem'), ('a4', 'northbean', 'Rosie''s Kitchen', 'Tacoma'),
  ('a5', 'northbean', 'The Potter''s Wheel', 'Salem'), ('a9', 'rival', 'Rival Cafe', 'Salem');
INSERT INTO products VALUES
  ('p1', 'northbean', 'Matcha Ceremonial 100g', 'tea', 10), ('p2', 'northbean', 'Matcha Culinary 500g', 'tea', 20),
  ('p3', 'northbean', 'House Blend 1kg', 'coffee', 5), ('p9', 'rival', 'Rival Blend', 'coffee', 1);
INSERT INTO invoices VALUES
  ('i1', 'northbean', 'a1', '2025-11-03'), ('i2', 'northbean', 'a2', '2025-11-10'),
  ('i3', 'northbean', 'a3', '2025-11-12'), ('i4', 'northbean', 'a4', '2025-11-20'),
  ('i5', 'northbean', 'a5', '2025-11-21'), ('i9', 'rival', 'a9', '2025-11-12');
INSERT INTO invoice_lines VALUES
  ('l1', 'northbean', 'i1', 'p3', 10, 100), ('l2', 'northbean', 'i2', 'p1', 2, 40),
  ('l3', 'northbean', 'i3', 'p2', 1, 50), ('l4', 'northbean', 'i3', 'p3', 4, 40), ('l5', 'northbean', 'i4', 'p3', 1, 25),
  ('l6', 'northbean', 'i5', 'p3', 2, 15), ('l9', 'rival', 'i9', 'p9', 1, 900);
INSERT INTO credit_notes VALUES
  ('c1', 'northbean', 'damaged', 30, '2025-11-04'), ('c2', 'northbean', 'late', 10, '2025-11-05'),
  ('c3', 'northbean', 'damaged', 5, '2025-11-06'), ('c9', 'rival', 'late', 500, '2025-11-06');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('wholesale', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string) => askOwn(own, 'northbean', question);

describe('a wholesale layer of its own (session 45)', () => {
  it('"gross margin last month": the products its expression reads are joined (was a SQL error)', async () => {
    const asked = await ask('gross margin last month');
    expect(asked.sentence).toMatch(/^Gross margin, last month/);
    // 270 of sales, less 17 cases at 5, 2 at 10 and 1 at 20.
    expect(asked.rows).toEqual([[145]]);
  });

  it('"gross margin % by category": the layer\'s percent figure by category (was each category\'s share of margin dollars)', async () => {
    const asked = await ask('gross margin % by category last month');
    expect(asked.sentence).toMatch(/^Gross margin % by category, last month/);
    const byCategory = Object.fromEntries(asked.rows.map((row) => [row[0], Math.round(Number(row[1]) * 1000) / 1000]));
    // Coffee: (180 - 85) / 180; tea: (90 - 40) / 90 (as shares of the margin dollars: 0.655 and 0.345).
    expect(byCategory).toEqual({ coffee: 0.528, tea: 0.556 });
  });

  it('"credit notes by reason": the layer\'s reason dimension (was declined as a question of why)', async () => {
    const asked = await ask('credit notes by reason last month');
    expect(asked.sentence).toMatch(/^Credit notes by credit reason, last month/);
    expect(asked.rows).toContainEqual(['damaged', 35]);
    expect((await ask('why did credit notes go up last month')).kind).toBe('decline');
  });

  it('"matcha sales": three names begin "Matcha", so which is asked (was read as a slip of "March")', async () => {
    const asked = await ask('matcha sales this year');
    expect(asked.kind).toBe('clarification');
    expect([...asked.optionLabels].sort()).toEqual(['Matcha Bar', 'Matcha Ceremonial 100g', 'Matcha Culinary 500g']);
  });

  it('"revenue by city": the city breakdown, never the account "City Works"', async () => {
    const asked = await ask('revenue by city last month');
    expect(asked.sentence).toMatch(/^Invoiced revenue by city, last month/);
    expect(asked.rows).toContainEqual(['Salem', 205]);
  });

  it('names typed as on a phone: "rosies kitchen", "potters wheel" (were declined)', async () => {
    const rosie = await ask('rosies kitchen revenue last month');
    expect(rosie.sentence).toMatch(/^Invoiced revenue, account Rosie's Kitchen, last month/);
    expect(rosie.rows).toEqual([[25]]);
    const potter = await ask('revenue for potters wheel last month');
    expect(potter.sentence).toMatch(/^Invoiced revenue, account The Potter's Wheel, last month/);
    expect(potter.rows).toEqual([[15]]);
  });
});
