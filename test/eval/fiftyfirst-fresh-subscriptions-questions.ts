/**
 * The fifty-first fresh questions on the example layer (examples/semantic-layer.yaml over
 * examples/subscriptions.sql): held out in full, written blind from 2ed6dd0 (without reading the analyst, its tests
 * or any earlier question set), asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16. Phrased as a
 * founder, a finance person, a support agent and a subscription-business operator would type them. Every gold was
 * checked against a second query written another way, on the example warehouse.
 */

import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  APRIL,
  AUGUST,
  billed,
  billedBy,
  bucket,
  CLARIFY,
  compared,
  DECLINE,
  H1,
  i,
  INVOICES,
  invoiceList,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_6_WEEKS,
  LAST_60_DAYS,
  MARCH_TO_MAY,
  NOT_VOID,
  Q2,
  Q3,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  THIS_YEAR,
} from './subscriptions-gold.js';

export interface FiftyfirstFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker | 'operator' | 'analyst';
  readonly category:
    | SubscriptionsCategory
    | 'shorthand'
    | 'everyday_words'
    | 'thresholds'
    | 'lists'
    | 'extremes'
    | 'shares'
    | 'ratios'
    | 'periods'
    | 'status_breakdowns';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

export const FIFTYFIRST_FRESH_SUBSCRIPTIONS_CASES: readonly FiftyfirstFreshSubscriptionsCase[] = [
  // Totals.
  {
    asker: 'founder',
    category: 'totals',
    question: 'what have we invoiced in total so far this year',
    expect: answer(billed(THIS_YEAR)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'april-june 2025 billings, one number please',
    expect: answer(billed(Q2)),
  },
  {
    asker: 'operator',
    category: 'totals',
    question: "april signups - what's the count",
    expect: answer(signups(APRIL)),
  },

  // Thresholds and conditions on rows.
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'since may 1st, how many invoices have been for over 50 dollars',
    expect: answer(invoices(SINCE_MAY, ' AND i.amount > 50')),
  },
  {
    asker: 'support',
    category: 'value_filters',
    question: 'show me the august invoices that were below $30',
    expect: answer(invoiceList(AUGUST, ' AND i.amount < 30')),
  },
  {
    asker: 'founder',
    category: 'value_filters',
    question: 'billing from invoices over $90 in june',
    expect: answer(billed(JUNE, ' AND i.amount > 90')),
  },

  // Status filters and breakdowns.
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'money customers still owe us, total',
    expect: answer(`SELECT SUM(i.amount) AS billed FROM ${INVOICES} WHERE i.status = 'open' AND ${i(ALL)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: "list every invoice that hasn't been paid yet",
    expect: answer(`SELECT i.invoice_id AS invoice_id FROM ${INVOICES} WHERE i.status = 'open' AND ${i(ALL)}`),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'collected (paid) amount on july invoices',
    expect: answer(`SELECT SUM(i.amount) AS billed FROM ${INVOICES} WHERE i.status = 'paid' AND ${i(JULY)}`),
  },
  {
    asker: 'operator',
    category: 'status_breakdowns',
    question: 'q3 billed amount split by paid vs open vs void',
    expect: answer(
      `SELECT i.status AS invoice_status, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${i(Q3)} GROUP BY 1`,
    ),
  },

  // Breakdowns.
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'how much has each tier billed since the start of april',
    expect: answer(billedBy('plan', SINCE_APRIL)),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'invoices issued in H1, broken out by region',
    expect: answer(invoicesBy('region', H1)),
  },
  {
    asker: 'operator',
    category: 'breakdowns',
    question: 'where are our subscribers signing up from - count by region since day one',
    expect: answer(signupsBy('region', ALL)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'june 2025 billed, cut by tier and by region',
    expect: answer(
      `SELECT s.plan AS plan, s.region AS region, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)} GROUP BY 1, 2`,
    ),
  },

  // Rankings and extremes.
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'which geography leads on billing for the current quarter',
    expect: answer(`${billedBy('region', Q3)} ORDER BY billed DESC LIMIT 1`, true),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'since june, which tier has billed the least',
    expect: answer(`${billedBy('plan', SINCE_JUNE)} ORDER BY billed LIMIT 1`, true),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'latest invoice we sent',
    expect: answer(
      `SELECT i.invoice_id AS invoice_id FROM ${INVOICES} WHERE ${i(ALL)} ORDER BY i.issued_at DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'top month for amount billed in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY billed DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'operator',
    category: 'extremes',
    question: 'busiest month for signups',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(ALL)} GROUP BY 1 ORDER BY new_subscribers DESC LIMIT 1`,
      true,
    ),
  },

  // Time series.
  {
    asker: 'finance',
    category: 'time_series',
    question: '2025 billed per month',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'operator',
    category: 'time_series',
    question: 'new subscribers per month',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'invoices per week, 6 weeks back',
    expect: answer(
      `SELECT ${bucket('week', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },

  // Comparisons.
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'july vs june: amount invoiced',
    expect: answer(
      compared('SUM(i.amount) FILTER (WHERE %F)', 'billed', `${INVOICES} WHERE ${NOT_VOID}`, i, JULY, JUNE),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: "count of invoices this quarter to date against last quarter's total",
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, Q3, Q2)),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'in june, did pro or basic have more invoices?',
    expect: answer(invoicesBy('plan', JUNE)),
  },
  {
    asker: 'operator',
    category: 'value_comparison',
    question: 'since april, how many new customers did emea get compared with americas',
    expect: answer(signupsBy('region', SINCE_APRIL)),
  },

  // Ratios and shares.
  {
    asker: 'finance',
    category: 'ratios',
    question: 'avg dollar value of the invoices we raised in june',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)}`),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: "pro plan's share of 2025 billing so far",
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / NULLIF(SUM(i.amount), 0) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'what proportion of our invoices are outstanding',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'open') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${INVOICES} WHERE ${i(ALL)}`,
    ),
  },

  // Lists and periods.
  {
    asker: 'support',
    category: 'lists',
    question: 'list americas invoices from july',
    expect: answer(invoiceList(JULY, " AND s.region = 'amer'")),
  },
  {
    asker: 'operator',
    category: 'periods',
    question: 'what did march, april and may bill in total',
    expect: answer(billed(MARCH_TO_MAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'billed amount, trailing 60 days',
    expect: answer(billed(LAST_60_DAYS)),
  },

  // Follow-ups.
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['july billing broken down by tier'],
    question: 'now restrict that to europe',
    expect: answer(billedBy('plan', JULY, " AND s.region = 'emea'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['count of bills we sent out during august'],
    question: 'show me them',
    expect: answer(invoiceList(AUGUST)),
  },

  // Must clarify.
  {
    asker: 'operator',
    category: 'must_clarify',
    question: 'what was the emea number for august',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'customers on the books in june - how many?',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: "how's pro growing since may",
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: "what's the total for basic in q2",
    expect: CLARIFY,
  },
  {
    asker: 'operator',
    category: 'must_clarify',
    question: 'count for basic since july?',
    expect: CLARIFY,
  },

  // Must decline.
  {
    asker: 'finance',
    category: 'must_decline',
    question: "what's globex billing look like for august",
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: "run a projection of what we'll invoice in q4 2025",
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'email every subscriber who owes us money a reminder',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'give me the emails of the pro plan subscribers',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'our stripe processing fees for august',
    expect: DECLINE,
  },
  {
    asker: 'operator',
    category: 'must_decline',
    question: 'NPS score for emea customers',
    expect: DECLINE,
  },
];
