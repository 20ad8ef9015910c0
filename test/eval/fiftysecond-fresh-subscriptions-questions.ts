/**
 * The fifty-second fresh subscriptions questions (the example layer examples/semantic-layer.yaml over
 * examples/subscriptions.sql, asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16): held out in full.
 * Written blind from e53046e: from the example layer, its SQL, the eval harness and the gold helpers only,
 * without reading the analyst, its tests, the eval's notes or the question texts of any earlier set. Five askers:
 * a founder, finance, support, an operator and an analyst. Every gold was run on the example warehouse as `acme`
 * and agreed with a second SQL written another way (calendar functions instead of spans, subqueries instead of
 * joins, RANK() … QUALIFY for every extreme, so that a tie at the cut-off would have shown).
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
  LAST_6_WEEKS,
  LAST_90_DAYS,
  LAST_QUARTER,
  NOT_VOID,
  Q2,
  s,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  signups,
  signupsBy,
  type Span,
  THIS_QUARTER,
  THIS_YEAR,
  YEAR_2025,
} from './subscriptions-gold.js';

export interface FiftysecondFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker | 'operator' | 'analyst';
  readonly category:
    | SubscriptionsCategory
    | 'thresholds'
    | 'extremes'
    | 'periods'
    | 'shares'
    | 'ratios'
    | 'lists'
    | 'everyday_words'
    | 'status_breakdowns';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const MARCH_TO_AUGUST: Span = ['2025-03-01', '2025-09-01'];
const APRIL_10_TO_MAY_12: Span = ['2025-04-10', '2025-05-13'];

export const FIFTYSECOND_FRESH_SUBSCRIPTIONS_CASES: readonly FiftysecondFreshSubscriptionsCase[] = [
  // Totals.
  {
    asker: 'founder',
    category: 'totals',
    question: "What's the total we've invoiced since the start of 2025?",
    expect: answer(billed(THIS_YEAR)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total still owed on invoices nobody has paid yet.',
    expect: answer(billed(ALL, " AND i.status = 'open'")),
  },
  {
    asker: 'operator',
    category: 'totals',
    question: 'Tally of invoices we raised over the month of July 2025.',
    expect: answer(invoices(JULY)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Subscribers gained over April, May and June of 2025: how many?',
    expect: answer(signups(Q2)),
  },
  // Thresholds and filters on values.
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Since 1 May, how many invoices have gone out for more than fifty dollars?',
    expect: answer(invoices(SINCE_MAY, ' AND i.amount > 50')),
  },
  {
    asker: 'support',
    category: 'value_filters',
    question: "Pro-tier customers billed in the EMEA region: what's their lifetime total?",
    expect: answer(billed(ALL, " AND s.plan = 'pro' AND s.region = 'emea'")),
  },
  {
    asker: 'operator',
    category: 'value_filters',
    question: 'What did basic-plan subscribers in the Americas get billed in Q2?',
    expect: answer(billed(Q2, " AND s.plan = 'basic' AND s.region = 'amer'")),
  },
  // Breakdowns.
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Over the trailing 90 days, how does billing divide between EMEA and the Americas?',
    expect: answer(billedBy('region', LAST_90_DAYS)),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'June 2025: number of invoices, counted separately for basic and pro.',
    expect: answer(invoicesBy('plan', JUNE)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'New subscribers this year, grouped into EMEA versus Americas.',
    expect: answer(signupsBy('region', THIS_YEAR)),
  },
  {
    asker: 'operator',
    category: 'status_breakdowns',
    question: "Break this quarter's billed amount out across paid, open and void.",
    expect: answer(
      `SELECT i.status AS invoice_status, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${i(THIS_QUARTER)} GROUP BY 1`,
    ),
  },
  // Top, bottom and extremes.
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Since April began, which subscription plan accounts for more billing?',
    expect: answer(
      `SELECT s.plan AS plan, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_APRIL)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'So far in Q3, which of our two regions has received fewer invoices?',
    expect: answer(
      `SELECT s.region AS region, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(THIS_QUARTER)} GROUP BY 1 ORDER BY 2 LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Across 2025, in which calendar month did billing peak?',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'operator',
    category: 'extremes',
    question: 'In July which region generated the smaller billed total?',
    expect: answer(
      `SELECT s.region AS region, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JULY)} GROUP BY 1 ORDER BY 2 LIMIT 1`,
    ),
  },
  // Time series.
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly billed totals starting March 2025 and ending August 2025.',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(MARCH_TO_AUGUST)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'Per-month count of brand-new subscribers over the first six months of 2025.',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(H1)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Invoice counts for each of the past 6 Monday-starting weeks.',
    expect: answer(
      `SELECT ${bucket('week', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  // Periods and their comparisons.
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'August billing compared against the July figure.',
    expect: answer(compared(`SUM(i.amount) FILTER (WHERE %F AND ${NOT_VOID})`, 'billed', INVOICES, i, AUGUST, JULY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Invoices issued so far this quarter versus all of last quarter.',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, THIS_QUARTER, LAST_QUARTER)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'January to June 2025: total billed across all invoices.',
    expect: answer(billed(H1)),
  },
  {
    asker: 'operator',
    category: 'periods',
    question: 'Signups between April 10 and May 12, both days included.',
    expect: answer(signups(APRIL_10_TO_MAY_12)),
  },
  // Comparisons of values.
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'For June only, put pro billing and basic billing next to each other.',
    expect: answer(billedBy('plan', JUNE)),
  },
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'Open versus paid invoice counts since June.',
    expect: answer(
      `SELECT i.status AS invoice_status, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(SINCE_JUNE)} AND i.status IN ('open', 'paid') GROUP BY 1`,
    ),
  },
  // Shares and ratios.
  {
    asker: 'finance',
    category: 'shares',
    question: 'Of the 2025 billing to date, what fraction is attributable to pro customers?',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'Since the start of May, what percentage of invoices issued remain open?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'open') * 1.0 / COUNT(*) AS share FROM ${INVOICES} WHERE ${i(SINCE_MAY)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: "What's our average amount per invoice among EMEA subscribers, across all time?",
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} AND s.region = 'emea'`,
    ),
  },
  // Lists.
  {
    asker: 'support',
    category: 'lists',
    question: 'Which invoices have not been paid so far? Give me their numbers.',
    expect: answer(invoiceList(ALL, " AND i.status = 'open'")),
  },
  {
    asker: 'operator',
    category: 'lists',
    question: 'Show me every invoice that went out to an Americas subscriber during August.',
    expect: answer(invoiceList(AUGUST, " AND s.region = 'amer'")),
  },
  // Everyday words.
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'In July what did customers settle with us, in dollars?',
    expect: answer(billed(JULY, " AND i.status = 'paid'")),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'How many people have joined on the starter tier since April?',
    expect: answer(signups(SINCE_APRIL, " AND s.plan = 'basic'")),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'For Q2 2025, how many invoices ended up paid versus open versus void?',
    expect: answer(
      `SELECT i.status AS invoice_status, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(Q2)} GROUP BY 1`,
    ),
  },
  // Follow-ups.
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['What was billed across all of June 2025?'],
    question: 'Narrow it down to Americas customers.',
    expect: answer(billed(JUNE, " AND s.region = 'amer'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Give me invoices per region, April through June.'],
    question: 'Switch that to amount billed.',
    expect: answer(billedBy('region', Q2)),
  },
  // Must clarify: a word with two readings in the layer, or a vague one.
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'Which of our regions counts as the bigger one?',
    expect: CLARIFY,
  },
  {
    asker: 'operator',
    category: 'must_clarify',
    question: 'Which subscription tier would you say is our strongest?',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'So how were things looking for us in August overall?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Show me our growth since spring.',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: "What's the number for EMEA this quarter?",
    expect: CLARIFY,
  },
  // Must decline: data the layer does not hold, or not about the data.
  {
    asker: 'support',
    category: 'must_decline',
    question: 'List any invoices that have slipped past their payment deadline by 30+ days.',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'What proportion of subscribers churned during 2025?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Can you project our billings for the final quarter of this year?',
    expect: DECLINE,
  },
  {
    asker: 'operator',
    category: 'must_decline',
    question: 'How many support tickets are open right now?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "What's the average NPS score by plan?",
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'Tell me a joke about spreadsheets.',
    expect: DECLINE,
  },
];
