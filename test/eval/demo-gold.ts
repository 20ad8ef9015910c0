/**
 * The gold-SQL helpers of the demo layer's question sets (merchant-questions.ts, unseen-questions.ts and the
 * fresh sets): periods, predicates, joins, metric expressions and query builders over the demo tables, asked on
 * EVAL_TODAY = 2026-03-15 with data through EVAL_END_DATE = 2026-03-14. Each helper here was the same, to the
 * letter or in meaning, in every set that had a copy, except `compared`, which the first sets wrote with another
 * meaning (`comparedAtFirstMark`); what only one set has (its product titles, a period only it asks about) stays
 * in that set's file. A span is `[from, to)`: `from` included, `to` excluded, `null` for no start. `Span`,
 * `within`, `bucket`, `answer`, `CLARIFY` and `DECLINE` serve the example layer's sets too, through
 * subscriptions-gold.ts.
 */

import type { Expectation } from './merchant-questions.js';

export type Span = readonly [string | null, string];
export const ts = (day: string) => `TIMESTAMP '${day} 00:00:00'`;
export const within = (column: string, [from, to]: Span) =>
  from === null ? `${column} < ${ts(to)}` : `${column} >= ${ts(from)} AND ${column} < ${ts(to)}`;

export const ALL: Span = [null, '2026-03-16'];
export const YESTERDAY: Span = ['2026-03-14', '2026-03-15'];
export const DAY_BEFORE_YESTERDAY: Span = ['2026-03-13', '2026-03-14'];
export const THIS_WEEK: Span = ['2026-03-09', '2026-03-16'];
export const LAST_WEEK: Span = ['2026-03-02', '2026-03-09'];
export const WEEK_BEFORE_LAST: Span = ['2026-02-23', '2026-03-02'];
export const LAST_2_WEEKS: Span = ['2026-02-23', '2026-03-09'];
export const LAST_3_WEEKS: Span = ['2026-02-16', '2026-03-09'];
export const LAST_4_WEEKS: Span = ['2026-02-09', '2026-03-09'];
export const LAST_6_WEEKS: Span = ['2026-01-26', '2026-03-09'];
export const LAST_8_WEEKS: Span = ['2026-01-12', '2026-03-09'];
export const LAST_3_DAYS: Span = ['2026-03-12', '2026-03-15'];
export const LAST_7_DAYS: Span = ['2026-03-08', '2026-03-15'];
export const LAST_10_DAYS: Span = ['2026-03-05', '2026-03-15'];
export const LAST_14_DAYS: Span = ['2026-03-01', '2026-03-15'];
export const LAST_30_DAYS: Span = ['2026-02-13', '2026-03-15'];
export const LAST_60_DAYS: Span = ['2026-01-14', '2026-03-15'];
export const LAST_90_DAYS: Span = ['2025-12-15', '2026-03-15'];
export const THIS_MONTH: Span = ['2026-03-01', '2026-03-16'];
export const LAST_MONTH: Span = ['2026-02-01', '2026-03-01'];
export const FEBRUARY = LAST_MONTH;
export const JANUARY: Span = ['2026-01-01', '2026-02-01'];
export const DECEMBER: Span = ['2025-12-01', '2026-01-01'];
export const NOVEMBER: Span = ['2025-11-01', '2025-12-01'];
export const JANUARY_2025: Span = ['2025-01-01', '2025-02-01'];
export const DECEMBER_2024: Span = ['2024-12-01', '2025-01-01'];
export const LAST_2_MONTHS: Span = ['2026-01-01', '2026-03-01'];
export const LAST_3_MONTHS: Span = ['2025-12-01', '2026-03-01'];
export const LAST_6_MONTHS: Span = ['2025-09-01', '2026-03-01'];
export const LAST_12_MONTHS: Span = ['2025-03-01', '2026-03-01'];
export const THIS_YEAR: Span = ['2026-01-01', '2026-03-16'];
export const THIS_QUARTER = THIS_YEAR;
export const LAST_YEAR_SAME_SPAN: Span = ['2025-01-01', '2025-03-15'];
export const YEAR_2025: Span = ['2025-01-01', '2026-01-01'];
export const YEAR_2024: Span = ['2024-01-01', '2025-01-01'];
export const H1_2025: Span = ['2025-01-01', '2025-07-01'];
export const H2_2025: Span = ['2025-07-01', '2026-01-01'];
export const H2_2024: Span = ['2024-07-01', '2025-01-01'];
export const Q1_2025: Span = ['2025-01-01', '2025-04-01'];
export const Q2_2025: Span = ['2025-04-01', '2025-07-01'];
export const Q3_2025: Span = ['2025-07-01', '2025-10-01'];
export const Q4_2025: Span = ['2025-10-01', '2026-01-01'];
export const Q3_2024: Span = ['2024-07-01', '2024-10-01'];
export const Q4_2024: Span = ['2024-10-01', '2025-01-01'];
export const SINCE_FEBRUARY: Span = ['2026-02-01', '2026-03-16'];
export const SINCE_DECEMBER: Span = ['2025-12-01', '2026-03-16'];
export const SINCE_BLACK_FRIDAY: Span = ['2025-11-28', '2026-03-16'];
export const SINCE_OCTOBER: Span = ['2025-10-01', '2026-03-16'];
export const SINCE_SEPTEMBER: Span = ['2025-09-01', '2026-03-16'];
export const SINCE_JULY: Span = ['2025-07-01', '2026-03-16'];
export const SINCE_2025: Span = ['2025-01-01', '2026-03-16'];
export const VALENTINES_DAY: Span = ['2026-02-14', '2026-02-15'];
export const NEW_YEARS_DAY: Span = ['2026-01-01', '2026-01-02'];
export const NEW_YEARS_EVE: Span = ['2025-12-31', '2026-01-01'];
export const BOXING_DAY: Span = ['2025-12-26', '2025-12-27'];
export const CHRISTMAS_DAY: Span = ['2025-12-25', '2025-12-26'];
export const CYBER_MONDAY: Span = ['2025-12-01', '2025-12-02'];
export const BLACK_FRIDAY: Span = ['2025-11-28', '2025-11-29'];

export const o = (span: Span) => within('o.ordered_at', span);
export const p = (span: Span) => within('p.posted_at', span);
export const c = (span: Span) => within('c.created_at', span);
export const pc = (span: Span) => within('pr.created_at', span);

export const PAID = "o.status = 'paid'";
export const ITEMS = 'order_items oi JOIN orders o ON o.order_id = oi.order_id';
export const ITEMS_PRODUCTS = `${ITEMS} JOIN products pr ON pr.product_id = oi.product_id`;
export const ITEMS_CUSTOMERS = `${ITEMS} JOIN customers c ON c.customer_id = o.customer_id`;
export const ITEMS_PRODUCTS_CUSTOMERS = `${ITEMS_PRODUCTS} JOIN customers c ON c.customer_id = o.customer_id`;
export const ORDERS_CUSTOMERS = 'orders o JOIN customers c ON c.customer_id = o.customer_id';
export const ENGAGEMENT = '(p.likes + p.comments + p.shares + p.saves)';
export const ENGAGEMENT_RATE = `SUM${ENGAGEMENT} * 1.0 / NULLIF(SUM(p.reach), 0)`;
export const REFUND_RATE =
  "COUNT(*) FILTER (WHERE o.status = 'refunded') * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded')), 0)";
export const CANCELLATION_RATE = "COUNT(*) FILTER (WHERE o.status = 'cancelled') * 1.0 / NULLIF(COUNT(*), 0)";
export const DISCOUNT_RATE = 'SUM(o.discount) * 1.0 / NULLIF(SUM(o.subtotal), 0)';
export const GROSS_PROFIT = 'SUM((oi.unit_price - pr.cost) * oi.quantity)';
export const GROSS_MARGIN = `${GROSS_PROFIT} * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price), 0)`;
export const PRODUCT_REVENUE = 'SUM(oi.quantity * oi.unit_price)';
export const REVENUE_PER_CUSTOMER = 'SUM(o.total) * 1.0 / NULLIF(COUNT(DISTINCT o.customer_id), 0)';
export const ORDERS_PER_CUSTOMER = 'COUNT(*) * 1.0 / NULLIF(COUNT(DISTINCT o.customer_id), 0)';
export const UNITS_PER_ORDER = 'SUM(oi.quantity) * 1.0 / NULLIF(COUNT(DISTINCT oi.order_id), 0)';
export const WEEKEND = (column: string) => ` AND EXTRACT(ISODOW FROM ${column}) IN (6, 7)`;
export const bucket = (unit: string, column: string) => `CAST(date_trunc('${unit}', ${column}) AS DATE) AS period`;

export const revenue = (span: Span, where = '') =>
  `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
export const orders = (span: Span, where = '') =>
  `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
export const units = (span: Span, where = '') =>
  `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${where}`;
export const posts = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM social_posts p WHERE ${p(span)}${where}`;
export const newCustomers = (span: Span, where = '') =>
  `SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(span)}${where}`;
export const revenueOfCustomers = (span: Span, where: string) =>
  `SELECT SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(span)}${where}`;
/**
 * A metric over two closed periods: the one asked about (`metric`) and the earlier one it is compared with
 * (`metric_previous`); every `%F` of the expression is the period's condition.
 */
export const compared = (
  expression: string,
  name: string,
  from: string,
  where: string,
  column: (span: Span) => string,
  now: Span,
  before: Span,
) =>
  `SELECT ${expression.replaceAll('%F', column(now))} AS ${name}, ${expression.replaceAll('%F', column(before))} AS ${name}_previous FROM ${from}${where === '' ? '' : ` WHERE ${where}`}`;
/**
 * `compared` as the merchant, unseen and third fresh sets wrote it, imported there under that name: only the
 * FIRST `%F` of the expression is the period's condition (their expressions have one).
 */
export const comparedAtFirstMark = (
  expression: string,
  name: string,
  from: string,
  where: string,
  column: (span: Span) => string,
  now: Span,
  before: Span,
) =>
  `SELECT ${expression.replace('%F', column(now))} AS ${name}, ${expression.replace('%F', column(before))} AS ${name}_previous FROM ${from}${where === '' ? '' : ` WHERE ${where}`}`;

export const answer = (gold: string, ordered = false): Expectation => ({ kind: 'answer', gold, ordered });
export const CLARIFY: Expectation = { kind: 'clarify' };
export const DECLINE: Expectation = { kind: 'decline' };

/** A condition on order lines: those of the product with that title in the demo catalog. */
export const byTitle = (title: string) =>
  ` AND oi.product_id IN (SELECT product_id FROM products WHERE title = '${title}')`;
/** A kind of product: every product whose title ends with the kind's words ("Lip Balm" for "lip balms"). */
export const byKind = (words: string) =>
  ` AND oi.product_id IN (SELECT product_id FROM products WHERE title LIKE '% ${words}')`;
