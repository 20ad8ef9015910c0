/**
 * The forty-ninth fresh questions of the example layer (examples/semantic-layer.yaml over
 * examples/subscriptions.sql): a held-out set written blind from 198eb5b, without reading the analyst, the unit
 * and integration tests, the audit, the figures, any earlier question text or any list of misses.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 by a founder, finance, support, an owner on a
 * phone, an analyst and a bookkeeper. Every gold was run as the tenant and matched by a second, independently
 * written query with other date arithmetic; none is empty, none has a NULL, and no ranking has a tie at its
 * cut-off. Every question scores below 0.6 (the larger of token-set and character-trigram Jaccard) against every
 * earlier question and history line of test/eval/*-questions.ts.
 */

import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
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
  LAST_30_DAYS,
  LAST_6_WEEKS,
  LAST_MONTH,
  MAY,
  NOT_VOID,
  Q1,
  Q2,
  Q3,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  type Span,
  THIS_QUARTER,
  THIS_YEAR,
  WEEK_OF_JULY_7,
} from './subscriptions-gold.js';

export interface FortyninthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker | 'owner' | 'analyst' | 'bookkeeper';
  readonly category:
    | SubscriptionsCategory
    | 'shorthand'
    | 'everyday_words'
    | 'ratios'
    | 'shares'
    | 'thresholds'
    | 'extremes'
    | 'lists'
    | 'periods';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** From 1 March 2025 to today. */
const SINCE_MARCH: Span = ['2025-03-01', '2025-09-17'];

const PAID_INVOICE = " AND i.status = 'paid'";
const OPEN_INVOICE = " AND i.status = 'open'";

export const FORTYNINTH_FRESH_SUBSCRIPTIONS_CASES: readonly FortyninthFreshSubscriptionsCase[] = [
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total amount invoiced across Apr-Jun?',
    expect: answer(billed(Q2)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'count the invoices we raised in june',
    expect: answer(invoices(JUNE)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many first-time subscribers did we gain in May?',
    expect: answer(signups(MAY)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'jul billing, emea only',
    expect: answer(billed(JULY, " AND s.region = 'emea'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# of invoices on pro ytd',
    expect: answer(invoices(THIS_YEAR, " AND s.plan = 'pro'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new subs americas h1',
    expect: answer(signups(H1, " AND s.region = 'amer'")),
  },

  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'since may, how much has actually been paid to us',
    expect: answer(billed(SINCE_MAY, PAID_INVOICE)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: "What's still owed to us by basic-plan customers?",
    expect: answer(billed(ALL, `${OPEN_INVOICE} AND s.plan = 'basic'`)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'money from europe subscribers last month?',
    expect: answer(billed(LAST_MONTH, " AND s.region = 'emea'")),
  },

  {
    asker: 'finance',
    category: 'ratios',
    question: 'Avg size of an invoice in the Americas since April 1',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_APRIL)} AND s.region = 'amer'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'mean amount per EMEA invoice this qtr',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_QUARTER)} AND s.region = 'emea'`,
    ),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: "Pro plan's slice of this year's billing, as a percent",
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'what % of invoices since june are still not paid',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'open') * 1.0 / COUNT(*) AS share FROM ${INVOICES} WHERE ${i(SINCE_JUNE)}`,
    ),
  },

  {
    asker: 'support',
    category: 'thresholds',
    question: 'count of invoices above $50 this quarter',
    expect: answer(invoices(Q3, ' AND i.amount > 50')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'which august invoices came in under $30',
    expect: answer(invoiceList(AUGUST, ' AND i.amount < 30')),
  },

  {
    asker: 'founder',
    category: 'extremes',
    question: 'which 2025 month has billed the most so far',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')} FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY SUM(i.amount) DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'most recent invoice we issued - which one?',
    expect: answer(`SELECT i.invoice_id AS invoice_id FROM ${INVOICES} ORDER BY i.issued_at DESC LIMIT 1`),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Lowest-billing tier in Q3?',
    expect: answer(
      `SELECT s.plan AS plan FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q3)} GROUP BY 1 ORDER BY SUM(i.amount) LIMIT 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'lists',
    question: 'list our outstanding invoices',
    expect: answer(invoiceList(ALL, OPEN_INVOICE)),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'list the july invoices for pro customers',
    expect: answer(invoiceList(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'invoice numbers for emea from the last 30 days',
    expect: answer(invoiceList(LAST_30_DAYS, " AND s.region = 'emea'")),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'billing split by region for the first half of the year',
    expect: answer(billedBy('region', H1)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Q2 invoices per plan',
    expect: answer(invoicesBy('plan', Q2)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'tier breakdown of signups since april 1',
    expect: answer(signupsBy('plan', SINCE_APRIL)),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Amount billed by invoice status this quarter',
    expect: answer(
      `SELECT i.status AS invoice_status, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${i(THIS_QUARTER)} GROUP BY 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'time_series',
    question: 'month-by-month billing since the start of march',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MARCH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'weekly invoice count over the past 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },

  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'rank the plans by amount billed this year',
    expect: answer(
      `SELECT s.plan AS plan, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Billing in July compared against June',
    expect: answer(compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, JULY, JUNE)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'did signups in Q2 beat Q1?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, Q2, Q1)),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'EMEA vs Americas billing in Q2: which was higher?',
    expect: answer(billedBy('region', Q2)),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'what did we bill the week of july 7',
    expect: answer(billed(WEEK_OF_JULY_7)),
  },

  {
    asker: 'founder',
    category: 'follow_up',
    history: ['what did we bill emea customers in june'],
    question: 'and americas?',
    expect: answer(billed(JUNE, " AND s.region = 'amer'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ["Q3's invoices, listed out"],
    question: 'any of those still unpaid?',
    expect: answer(invoiceList(Q3, OPEN_INVOICE)),
  },

  { asker: 'founder', category: 'must_clarify', question: 'hows it looking', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'Compare those two.', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'What was the figure for last month?', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'which is bigger', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'what about everything else?', expect: CLARIFY },

  {
    asker: 'founder',
    category: 'must_decline',
    question: "forecast how much churn we'll see next year",
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which subscribers opened our last newsletter',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did Stripe charge us in fees in August?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: "what's the phone number on file for sub_ac_03",
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'void all the open invoices', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: "What's our NPS this quarter?", expect: DECLINE },
];
