import type { Expectation } from './merchant-questions.js';
import {
  ALL,
  answer,
  APRIL,
  billed,
  billedBy,
  bucket,
  CLARIFY,
  DECLINE,
  H1,
  i,
  INVOICES,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_30_DAYS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_QUARTER,
  MAY,
  NOT_VOID,
  Q1,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_YEAR,
  YEAR_2025,
  type Span,
} from './subscriptions-gold.js';

/**
 * The subscriptions evaluation: questions on the example layer of a user's own data
 * (`examples/semantic-layer.yaml` over `examples/subscriptions.sql`), phrased as the people of a small
 * subscription business type them: the founder on a phone, the finance analyst, the support lead. Written
 * before the offline analyst was made to read its vocabulary from the layer, to measure that change.
 *
 * The questions are asked as the account `acme` (the layer's tenant column is `account_id`: acme sees its 8
 * subscribers and 24 invoices, never globex's) on SUBSCRIPTIONS_TODAY = 2025-09-16, a Tuesday. Each gold query
 * was run on the example data and its figures checked by hand against the rows of examples/subscriptions.sql.
 * The layer's metrics: `billed` (sum of non-void invoice amounts; acme has no void invoice), `invoices` (count
 * of invoices, any status), `new_subscribers` (count of subscribers by sign-up time); dimensions: `plan`
 * (basic, pro) and `region` (emea, amer). Nothing else: no subscriber, status or churn is in the layer, so
 * questions about those must be declined, not answered with a figure that ignores the word.
 *
 * Periods at 2025-09-16: last month = Aug 2025; this month = Sep 1–16; last quarter = Q2 (Apr–Jun); this
 * quarter = Jul 1 – Sep 16, compared with Apr 1 – Jun 15 (the same span, the project's rule for a period still
 * running); this year = Jan 1 – Sep 16; last 30 days = Aug 17 – Sep 15; last 90 days = Jun 18 – Sep 15;
 * since April = Apr 1 – Sep 16.
 *
 * Each question names its half: `tuning` questions may be read while tuning the analyst; `held-out` ones are
 * run for their figures only and their misses are read at the end of a session, never tuned to.
 */

export const SUBSCRIPTIONS_TODAY = '2025-09-16';
export const SUBSCRIPTIONS_TENANT = 'acme';

export type SubscriptionsAsker = 'founder' | 'finance' | 'support';

export type SubscriptionsCategory =
  | 'totals'
  | 'value_filters'
  | 'breakdowns'
  | 'top_bottom'
  | 'time_series'
  | 'period_comparison'
  | 'value_comparison'
  | 'follow_up'
  | 'must_clarify'
  | 'must_decline';

export type EvalHalf = 'tuning' | 'held-out';

export interface SubscriptionsCase {
  readonly set: EvalHalf;
  readonly asker: SubscriptionsAsker;
  readonly category: SubscriptionsCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const LAST_QUARTER_SAME_SPAN: Span = ['2025-04-01', '2025-06-16'];

export const SUBSCRIPTIONS_CASES: readonly SubscriptionsCase[] = [
  // Totals. Acme billed 87 in August (3 invoices), 29 so far in September, 1,186 in all.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'totals',
    question: 'how much did we bill last month',
    expect: answer(billed(LAST_MONTH)),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'totals',
    question: 'Total amount invoiced in Q2 2025',
    expect: answer(billed(LAST_QUARTER)),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'totals',
    question: 'What were total billings year to date?',
    expect: answer(billed(THIS_YEAR)),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'totals',
    question: 'revenue this month?',
    expect: answer(billed(THIS_MONTH)),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'totals',
    question: 'how many new signups did we get in may',
    expect: answer(signups(MAY)),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'totals',
    question: 'number of people who signed up in april',
    expect: answer(signups(APRIL)),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'totals',
    question: 'How many invoices did we issue in July?',
    expect: answer(invoices(JULY)),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'totals',
    question: '# of invoices last qtr',
    expect: answer(invoices(LAST_QUARTER)),
  },
  {
    set: 'tuning',
    asker: 'founder',
    category: 'totals',
    question: 'total sales all time',
    expect: answer(billed(ALL)),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'totals',
    question: 'invoice count for the first half of 2025',
    expect: answer(invoices(H1)),
  },
  {
    set: 'tuning',
    asker: 'founder',
    category: 'totals',
    question: 'q3 sales so far',
    expect: answer(billed(THIS_QUARTER)),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'totals',
    question: 'last 30 days revenue',
    expect: answer(billed(LAST_30_DAYS)),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'totals',
    question: 'how many subscribers joined in Q1',
    expect: answer(signups(Q1)),
  },

  // A value of a dimension as a filter, by its name or one of its synonyms.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'value_filters',
    question: 'billing from pro plan this year',
    expect: answer(billed(THIS_YEAR, " AND s.plan = 'pro'")),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'value_filters',
    question: 'how many basic subscribers signed up this year',
    expect: answer(signups(THIS_YEAR, " AND s.plan = 'basic'")),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'value_filters',
    question: 'Amount billed to EMEA customers in June',
    expect: answer(billed(JUNE, " AND s.region = 'emea'")),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'value_filters',
    question: 'europe revenue last quarter',
    expect: answer(billed(LAST_QUARTER, " AND s.region = 'emea'")),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'value_filters',
    question: 'new customers in the americas since april',
    expect: answer(signups(SINCE_APRIL, " AND s.region = 'amer'")),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'value_filters',
    question: 'Invoices issued to starter-tier subscribers in August',
    expect: answer(invoices(LAST_MONTH, " AND s.plan = 'basic'")),
  },
  {
    set: 'tuning',
    asker: 'founder',
    category: 'value_filters',
    question: 'how much $ from pro customers in june',
    expect: answer(billed(JUNE, " AND s.plan = 'pro'")),
  },

  // Breakdowns by a dimension.
  {
    set: 'tuning',
    asker: 'finance',
    category: 'breakdowns',
    question: 'Billed amount by plan for Q3 to date',
    expect: answer(billedBy('plan', THIS_QUARTER)),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'breakdowns',
    question: 'rev by region',
    expect: answer(billedBy('region', ALL)),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'breakdowns',
    question: 'signups by regoin',
    expect: answer(signupsBy('region', ALL)),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'breakdowns',
    question: 'new subscribers per plan this year',
    expect: answer(signupsBy('plan', THIS_YEAR)),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'breakdowns',
    question: 'Number of invoices by region, last quarter',
    expect: answer(invoicesBy('region', LAST_QUARTER)),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'breakdowns',
    question: 'Break down 2025 billings by tier',
    expect: answer(billedBy('plan', YEAR_2025)),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'breakdowns',
    question: 'Billings for the last 90 days by plan',
    expect: answer(billedBy('plan', LAST_90_DAYS)),
  },

  // The best or worst value of a dimension, and the best periods.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'top_bottom',
    question: 'which plan brings in the most money',
    expect: answer(`${billedBy('plan', ALL)} ORDER BY billed DESC LIMIT 1`, true),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'top_bottom',
    question: 'best region for sales this year',
    expect: answer(`${billedBy('region', THIS_YEAR)} ORDER BY billed DESC LIMIT 1`, true),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'top_bottom',
    question: 'which region gets the most signups',
    expect: answer(`${signupsBy('region', ALL)} ORDER BY new_subscribers DESC LIMIT 1`, true),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which plan had the fewest invoices in Q2?',
    expect: answer(`${invoicesBy('plan', LAST_QUARTER)} ORDER BY invoices ASC LIMIT 1`, true),
  },
  {
    set: 'tuning',
    asker: 'finance',
    category: 'top_bottom',
    question: 'Top 2 months by amount billed this year',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY billed DESC LIMIT 2`,
      true,
    ),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'top_bottom',
    question: 'Which month had the most new subscribers?',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(ALL)} GROUP BY 1 ORDER BY new_subscribers DESC LIMIT 1`,
      true,
    ),
  },

  // Time series.
  {
    set: 'tuning',
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly billed amounts for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'time_series',
    question: 'billing by month',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} GROUP BY 1`,
    ),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'time_series',
    question: 'signups per month this year',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'time_series',
    question: 'Invoice count by quarter',
    expect: answer(
      `SELECT ${bucket('quarter', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(ALL)} GROUP BY 1`,
    ),
  },
  {
    set: 'tuning',
    asker: 'founder',
    category: 'time_series',
    question: 'weekly revenue last month',
    expect: answer(
      `SELECT ${bucket('week', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'time_series',
    question: 'new subscribers each month in the first half of the year',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(H1)} GROUP BY 1`,
    ),
  },

  // A period against an earlier one: the metric, then `<metric>_previous`.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'period_comparison',
    question: 'rev last month vs the month before',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE ${i(LAST_MONTH)}) AS billed, SUM(i.amount) FILTER (WHERE ${i(JULY)}) AS billed_previous FROM ${INVOICES} WHERE ${NOT_VOID}`,
    ),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'period_comparison',
    question: 'Compare Q2 billings with Q1',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE ${i(LAST_QUARTER)}) AS billed, SUM(i.amount) FILTER (WHERE ${i(Q1)}) AS billed_previous FROM ${INVOICES} WHERE ${NOT_VOID}`,
    ),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'period_comparison',
    question: 'did we get more signups in may than in april',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE ${s(MAY)}) AS new_subscribers, COUNT(*) FILTER (WHERE ${s(APRIL)}) AS new_subscribers_previous FROM subscribers s`,
    ),
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'period_comparison',
    question: 'invoices this quarter vs last quarter',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE ${i(THIS_QUARTER)}) AS invoices, COUNT(*) FILTER (WHERE ${i(LAST_QUARTER_SAME_SPAN)}) AS invoices_previous FROM ${INVOICES}`,
    ),
  },

  // Two values of a dimension side by side: one row each.
  {
    set: 'tuning',
    asker: 'finance',
    category: 'value_comparison',
    question: 'EMEA vs Americas billings this year',
    expect: answer(billedBy('region', THIS_YEAR)),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'value_comparison',
    question: 'pro vs basic signups',
    expect: answer(signupsBy('plan', ALL)),
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'value_comparison',
    question: 'signups in emea vs amer last quarter',
    expect: answer(signupsBy('region', LAST_QUARTER)),
  },

  // Follow-ups: the question is read against the conversation before it.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'follow_up',
    history: ['how much did we bill in july'],
    question: 'and in august?',
    expect: answer(billed(LAST_MONTH)),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'follow_up',
    history: ['invoices last quarter'],
    question: 'split that by plan',
    expect: answer(invoicesBy('plan', LAST_QUARTER)),
  },
  {
    set: 'tuning',
    asker: 'founder',
    category: 'follow_up',
    history: ['billed by region this year'],
    question: 'just emea',
    expect: answer(billed(THIS_YEAR, " AND s.region = 'emea'")),
  },
  {
    set: 'held-out',
    asker: 'support',
    category: 'follow_up',
    history: ['signups in april'],
    question: 'and may?',
    expect: answer(signups(MAY)),
  },

  // The question leaves out what would decide the answer: which figure, or which count.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'must_clarify',
    question: 'how are we doing this month',
    expect: CLARIFY,
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'must_clarify',
    question: 'numbers for emea last quarter',
    expect: CLARIFY,
  },
  { set: 'tuning', asker: 'support', category: 'must_clarify', question: 'how many in pro?', expect: CLARIFY },
  { set: 'held-out', asker: 'founder', category: 'must_clarify', question: 'how many in august?', expect: CLARIFY },
  { set: 'tuning', asker: 'founder', category: 'must_clarify', question: 'show me growth', expect: CLARIFY },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'must_clarify',
    question: "what's the trend by region?",
    expect: CLARIFY,
  },

  // The layer cannot answer: no churn, no invoice status, no subscriber breakdown, no payment dates.
  {
    set: 'tuning',
    asker: 'founder',
    category: 'must_decline',
    question: "what's our churn rate this year",
    expect: DECLINE,
  },
  { set: 'held-out', asker: 'founder', category: 'must_decline', question: 'MRR?', expect: DECLINE },
  {
    set: 'tuning',
    asker: 'finance',
    // Answerable since the layer has the invoices' status (session 25); written when it had none.
    category: 'value_filters',
    question: 'how much is still outstanding on open invoices',
    expect: answer(billed(ALL, " AND i.status = 'open'")),
  },
  {
    set: 'held-out',
    asker: 'finance',
    // Answerable since the layer has the invoices' status (session 25); written when it had none.
    category: 'value_filters',
    question: 'how many invoices were voided last month',
    expect: answer(invoices(LAST_MONTH, " AND i.status = 'void'")),
  },
  {
    set: 'tuning',
    asker: 'support',
    // A must-decline until session 20: the layer names no subscriber column, but its join's key is now one.
    category: 'top_bottom',
    question: 'which subscriber paid us the most',
    expect: answer(
      `SELECT i.subscriber_id AS subscriber, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} GROUP BY 1 ORDER BY billed DESC LIMIT 1`,
    ),
  },
  {
    set: 'held-out',
    asker: 'finance',
    category: 'must_decline',
    question: 'average days to pay an invoice',
    expect: DECLINE,
  },
  {
    set: 'tuning',
    asker: 'support',
    category: 'must_decline',
    question: 'how many support tickets did we get last week',
    expect: DECLINE,
  },
  {
    set: 'held-out',
    asker: 'founder',
    category: 'must_decline',
    question: 'refunds by plan this year',
    expect: DECLINE,
  },
];

export const SUBSCRIPTIONS_TUNING: readonly SubscriptionsCase[] = SUBSCRIPTIONS_CASES.filter(
  (testCase) => testCase.set === 'tuning',
);
export const SUBSCRIPTIONS_HELD_OUT: readonly SubscriptionsCase[] = SUBSCRIPTIONS_CASES.filter(
  (testCase) => testCase.set === 'held-out',
);
