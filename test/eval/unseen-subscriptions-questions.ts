import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  billed,
  billedBy,
  bucket,
  CLARIFY,
  DECLINE,
  i,
  INVOICES,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_30_DAYS,
  LAST_MONTH,
  LAST_QUARTER,
  MAY,
  NOT_VOID,
  Q1,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_YEAR,
  YEAR_2025,
  type Span,
} from './subscriptions-gold.js';

/**
 * The unseen subscriptions evaluation: a second set of questions on the example layer of a user's own data
 * (`examples/semantic-layer.yaml` over `examples/subscriptions.sql`), held out IN FULL. Written after the
 * subscriptions set's held-out half had been read, before the analyst changes it measures, and WITHOUT
 * reading the parser or its vocabulary (src/analyst/**): only the layer file, the SQL data and the existing
 * question file (to avoid repeating its questions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-unseen-misses` prints its misses for the closing read of a session.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 (a Tuesday), like the subscriptions set.
 * Acme has 8 subscribers (signed up 18 Jan, 5–21 Apr, 7–19 May 2025) and 24 invoices (18 Feb – 10 Sep 2025,
 * none void, two open). Each gold query was run on the example data and checked by hand against its rows.
 *
 * Periods at 2025-09-16: last month = Aug; this month = Sep 1–16; last quarter = Q2 (Apr–Jun); this quarter
 * = Jul 1 – Sep 16; last 30 days = Aug 17 – Sep 15; since May / since June run to today. The one comparison of
 * a period still running ("month to date vs the same days last month") gives the same figures under either
 * reading of the same span (Aug 1–15 or Aug 1–16 hold the same invoices).
 */

export interface UnseenSubscriptionsCase {
  readonly asker: SubscriptionsAsker;
  readonly category: SubscriptionsCategory | 'thresholds' | 'extremes';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const LAST_MONTH_SAME_SPAN: Span = ['2025-08-01', '2025-08-17'];

export const UNSEEN_SUBSCRIPTIONS_CASES: readonly UnseenSubscriptionsCase[] = [
  // Totals
  { asker: 'founder', category: 'totals', question: 'what did we invoice in june', expect: answer(billed(JUNE)) },
  { asker: 'finance', category: 'totals', question: 'Billings for the first quarter', expect: answer(billed(Q1)) },
  { asker: 'founder', category: 'totals', question: 'rev since may', expect: answer(billed(SINCE_MAY)) },
  {
    asker: 'support',
    category: 'totals',
    question: 'how many customers signed up last quarter',
    expect: answer(signups(LAST_QUARTER)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Invoice count, last 30 days',
    expect: answer(invoices(LAST_30_DAYS)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many bills went out this month',
    expect: answer(invoices(THIS_MONTH)),
  },
  { asker: 'support', category: 'totals', question: 'total signups in 2025', expect: answer(signups(YEAR_2025)) },

  // A value of a dimension as a filter
  {
    asker: 'founder',
    category: 'value_filters',
    question: 'how much did the pro plan bring in during july',
    expect: answer(billed(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'finance',
    category: 'value_filters',
    question: 'Amount billed to Americas subscribers, year to date',
    expect: answer(billed(THIS_YEAR, " AND s.region = 'amer'")),
  },
  {
    asker: 'support',
    category: 'value_filters',
    question: 'new europe signups in may',
    expect: answer(signups(MAY, " AND s.region = 'emea'")),
  },
  {
    asker: 'finance',
    category: 'value_filters',
    question: 'Number of invoices for basic-plan customers in Q2',
    expect: answer(invoices(LAST_QUARTER, " AND s.plan = 'basic'")),
  },

  // Row conditions and extremes on invoice amounts
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many invoices over $50 were issued this year?',
    expect: answer(invoices(THIS_YEAR, ' AND i.amount > 50')),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'biggest invoice in july',
    expect: answer(`SELECT MAX(i.amount) AS largest_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JULY)}`),
  },

  // Breakdowns
  { asker: 'founder', category: 'breakdowns', question: 'invoices by tier', expect: answer(invoicesBy('plan', ALL)) },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Billed amount per region for June',
    expect: answer(billedBy('region', JUNE)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'signups by plan since april',
    expect: answer(signupsBy('plan', SINCE_APRIL)),
  },

  // Top and bottom
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'which region had the most invoices last month',
    expect: answer(`${invoicesBy('region', LAST_MONTH)} ORDER BY invoices DESC LIMIT 1`, true),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Lowest-billing plan in Q3 to date',
    expect: answer(`${billedBy('plan', THIS_QUARTER)} ORDER BY billed ASC LIMIT 1`, true),
  },

  // Time series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Quarterly billings this year',
    expect: answer(
      `SELECT ${bucket('quarter', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'weekly signups in may',
    expect: answer(
      `SELECT ${bucket('week', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(MAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'invoices per month since june',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(SINCE_JUNE)} GROUP BY 1`,
    ),
  },

  // A period against an earlier one
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'June vs May billings',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE ${i(JUNE)}) AS billed, SUM(i.amount) FILTER (WHERE ${i(MAY)}) AS billed_previous FROM ${INVOICES} WHERE ${NOT_VOID}`,
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'billings month to date vs the same days last month',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE ${i(THIS_MONTH)}) AS billed, SUM(i.amount) FILTER (WHERE ${i(LAST_MONTH_SAME_SPAN)}) AS billed_previous FROM ${INVOICES} WHERE ${NOT_VOID}`,
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'did we get more signups in q2 than q1?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE ${s(LAST_QUARTER)}) AS new_subscribers, COUNT(*) FILTER (WHERE ${s(Q1)}) AS new_subscribers_previous FROM subscribers s`,
    ),
  },

  // Two values side by side
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'americas vs europe, invoices since june',
    expect: answer(invoicesBy('region', SINCE_JUNE)),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Pro versus basic billings since April',
    expect: answer(billedBy('plan', SINCE_APRIL)),
  },

  // Follow-ups
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['billed by plan last quarter'],
    question: 'now by region',
    expect: answer(billedBy('region', LAST_QUARTER)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many invoices in july'],
    question: 'and for pro only?',
    expect: answer(invoices(JULY, " AND s.plan = 'pro'")),
  },

  // No metric behind the words: ask which
  { asker: 'founder', category: 'must_clarify', question: "how's pro doing", expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: "what's our best plan", expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'how did Q2 go?', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'what changed between june and july', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'is europe doing better than the americas',
    expect: CLARIFY,
  },

  // The layer cannot answer
  { asker: 'founder', category: 'must_decline', question: 'how many trials converted last month', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many people upgraded from basic to pro',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What is our net revenue retention?', expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'which payment method do most customers use',
    expect: DECLINE,
  },
  { asker: 'founder', category: 'must_decline', question: "show me globex's billings", expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'whats our CAC on paid ads', expect: DECLINE },
];
