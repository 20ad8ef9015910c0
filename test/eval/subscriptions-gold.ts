/**
 * The gold-SQL helpers of the example layer's question sets (subscriptions-questions.ts, its unseen and fresh
 * sets): periods, predicates and query builders over `examples/subscriptions.sql`, asked as the account `acme`
 * on SUBSCRIPTIONS_TODAY = 2025-09-16. Each helper here was the same, to the letter or in meaning, in every set
 * that had a copy (`invoicesBy` and `signupsBy` take the optional `where` some sets gave them); a period only one
 * set asks about stays in that set's file. A span is `[from, to)`. The layer-neutral helpers (`Span`, `within`,
 * `bucket`, `answer`, `CLARIFY`, `DECLINE`) are demo-gold.ts's; those the sets use are re-exported here, so that a
 * set imports its helpers from one file.
 */

import { within, type Span } from './demo-gold.js';

export { answer, bucket, CLARIFY, DECLINE, type Span } from './demo-gold.js';

export const ALL: Span = [null, '2025-09-17'];
export const LAST_WEEK: Span = ['2025-09-08', '2025-09-15'];
export const LAST_2_WEEKS: Span = ['2025-09-01', '2025-09-15'];
export const LAST_4_WEEKS: Span = ['2025-08-18', '2025-09-15'];
export const LAST_6_WEEKS: Span = ['2025-08-04', '2025-09-15'];
export const WEEK_OF_JULY_7: Span = ['2025-07-07', '2025-07-14'];
export const LAST_30_DAYS: Span = ['2025-08-17', '2025-09-16'];
export const LAST_60_DAYS: Span = ['2025-07-18', '2025-09-16'];
export const LAST_90_DAYS: Span = ['2025-06-18', '2025-09-16'];
export const THIS_MONTH: Span = ['2025-09-01', '2025-09-17'];
export const LAST_MONTH: Span = ['2025-08-01', '2025-09-01'];
export const AUGUST = LAST_MONTH;
export const JULY: Span = ['2025-07-01', '2025-08-01'];
export const JUNE: Span = ['2025-06-01', '2025-07-01'];
export const MAY: Span = ['2025-05-01', '2025-06-01'];
export const APRIL: Span = ['2025-04-01', '2025-05-01'];
export const MARCH: Span = ['2025-03-01', '2025-04-01'];
export const MARCH_TO_MAY: Span = ['2025-03-01', '2025-06-01'];
export const THIS_QUARTER: Span = ['2025-07-01', '2025-09-17'];
export const LAST_QUARTER: Span = ['2025-04-01', '2025-07-01'];
export const Q1: Span = ['2025-01-01', '2025-04-01'];
export const Q2: Span = ['2025-04-01', '2025-07-01'];
export const Q3: Span = ['2025-07-01', '2025-09-17'];
export const H1: Span = ['2025-01-01', '2025-07-01'];
export const THIS_YEAR: Span = ['2025-01-01', '2025-09-17'];
export const YEAR_2025: Span = ['2025-01-01', '2026-01-01'];
export const SINCE_APRIL: Span = ['2025-04-01', '2025-09-17'];
export const SINCE_MAY: Span = ['2025-05-01', '2025-09-17'];
export const SINCE_JUNE: Span = ['2025-06-01', '2025-09-17'];
export const SINCE_JULY = THIS_QUARTER;

export const INVOICES = 'invoices i JOIN subscribers s ON s.subscriber_id = i.subscriber_id';
export const NOT_VOID = "i.status <> 'void'";
export const i = (span: Span) => within('i.issued_at', span);
export const s = (span: Span) => within('s.created_at', span);
/** The average invoice: the amount billed over the invoices billed. */
export const AVERAGE_INVOICE = 'AVG(i.amount)';

export const billed = (span: Span, where = '') =>
  `SELECT SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(span)}${where}`;
export const invoices = (span: Span, where = '') =>
  `SELECT COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(span)}${where}`;
export const signups = (span: Span, where = '') =>
  `SELECT COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(span)}${where}`;
export const billedBy = (dimension: 'plan' | 'region', span: Span, where = '') =>
  `SELECT s.${dimension} AS ${dimension}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(span)}${where} GROUP BY 1`;
export const invoicesBy = (dimension: 'plan' | 'region', span: Span, where = '') =>
  `SELECT s.${dimension} AS ${dimension}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(span)}${where} GROUP BY 1`;
export const signupsBy = (dimension: 'plan' | 'region', span: Span, where = '') =>
  `SELECT s.${dimension} AS ${dimension}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(span)}${where} GROUP BY 1`;
export const invoiceList = (span: Span, where = '') =>
  `SELECT i.invoice_id AS invoice_id FROM ${INVOICES} WHERE ${i(span)}${where}`;
/** A metric over two closed periods: the one asked about (`metric`) and the earlier one (`metric_previous`). */
export const compared = (
  expression: string,
  name: string,
  from: string,
  column: (span: Span) => string,
  now: Span,
  before: Span,
) =>
  `SELECT ${expression.replaceAll('%F', column(now))} AS ${name}, ${expression.replaceAll('%F', column(before))} AS ${name}_previous FROM ${from}`;
