import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  AUGUST,
  bucket,
  billed,
  billedBy,
  CLARIFY,
  compared,
  DECLINE,
  i,
  invoiceList,
  INVOICES,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_30_DAYS,
  LAST_90_DAYS,
  MARCH_TO_MAY,
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
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The seventeenth fresh evaluation of the example layer (examples/semantic-layer.yaml over examples/subscriptions.sql,
 * asked as the account acme on SUBSCRIPTIONS_TODAY = 2025-09-16, a Tuesday): held out IN FULL, written from main at
 * 60c2d8e WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests, the misses of any
 * set or any earlier question file but the sixteenth (skimmed for its format): only the example layer, its SQL and the
 * eval harness. `npm run eval` prints its figures only; `--show-seventeenth-fresh-misses` prints its misses, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a founder (sign-ups, people who "picked the pro tier", "the busiest month ever"), a finance person (what
 * was billed or "charged", the mean invoice, a plan's "slice" of billing) and a support lead (invoice counts, "tally",
 * invoice numbers), some of it typed on a phone ("inv ct q2", "emea billing last mo"). Each gold was run on acme's rows
 * and checked by hand. Expectations as in merchant-questions.ts: `answer`, `clarify` (the number of customers "we had"
 * in July (who signed up in July, who were billed in it, or everyone signed up by then), "the big invoices" (over which
 * amount), what we billed "in the quarter" (this quarter so far, or the last full one), how "the plans are doing" (by
 * billing, invoices or sign-ups), invoices of "our most recent subscribers" (which of them)), `decline` (the data
 * cannot answer: cancellations and churn, helpdesk tickets, a forecast, payment methods, seats, due dates).
 *
 * Gold conventions: billed is the sum of non-void invoices (acme has none void, two open), and what we "charged" or
 * what a group "brought in" is billed; invoices are counted whatever their status; the average or mean invoice is the
 * average amount of the non-void invoices; customers, people and subscribers are subscribers, counted by sign-up time;
 * "europe" and "European" are EMEA, "the americas" amer; a share, a "%" or a "slice" is the group's part of the whole,
 * as a fraction; "over" and "under" an amount are strict; a list of invoices is their invoice ids; a question with no
 * period runs over all the data; follow-ups keep what their `history` set and they did not change.
 *
 * Periods at 2025-09-16: "this year", "ytd", "jan 1 to now" and "2025" = 1 Jan – 16 Sep 2025; "Q3 so far" = 1 Jul –
 * 16 Sep; "last quarter" / "q2" = Apr–Jun, against "q1" = Jan–Mar; "last mo" / "august" = Aug; "july", "june", "may" =
 * those months; "since june" = 1 Jun on, "since may (1st)" = 1 May on, "since april" = 1 Apr on; "march through may" =
 * 1 Mar – 31 May; the last 90 days = 18 Jun – 15 Sep; the past 30 days = 17 Aug – 15 Sep, against the prior 30 = 18 Jul
 * – 16 Aug. Comparisons of closed periods (the metric, then `<metric>_previous`).
 *
 * Thresholds and extremes: the 7 invoices of 2025 over $50 are all $99 (every other one is $29); the 3 August invoices
 * under $30 are all $29; the busiest month for sign-ups is May (4, against April's 3); the plan that billed least in
 * Q2 is basic ($203, against pro's $495). Breakdowns and series add up to their totals: Q3's billing by plan to $430;
 * the last 90 days' 13 invoices by region; May's billing by region to $256; June's 7 invoices by region; billing since
 * May by plan to $1,099; 2025's monthly billing to $1,186 (no invoice in January); sign-ups since April by month (3 and
 * 4, none since May). The smallest sets asked about are the two invoices of the past 30 days, the three May invoices
 * of the Americas and the three pro sign-ups of 2025.
 */

export interface SeventeenthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker;
  readonly category:
    | SubscriptionsCategory
    | 'shorthand'
    | 'everyday_words'
    | 'ratios'
    | 'thresholds'
    | 'extremes'
    | 'lists'
    | 'shares'
    | 'periods';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const THIRTY_DAYS_BEFORE: Span = ['2025-07-18', '2025-08-17'];

export const SEVENTEENTH_FRESH_SUBSCRIPTIONS_CASES: readonly SeventeenthFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did we invoice pro subscribers for in July?',
    expect: answer(billed(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'tally of june invoices',
    expect: answer(invoices(JUNE)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many new subscribers did May bring?',
    expect: answer(signups(MAY)),
  },

  // Shorthand typed on a phone
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'americas billing, jan 1 to now',
    expect: answer(billed(THIS_YEAR, " AND s.region = 'amer'")),
  },
  { asker: 'support', category: 'shorthand', question: 'inv ct q2', expect: answer(invoices(Q2)) },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'emea billing last mo',
    expect: answer(billed(AUGUST, " AND s.region = 'emea'")),
  },

  // Everyday words
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'how much money have we charged basic-plan customers since june',
    expect: answer(billed(SINCE_JUNE, " AND s.plan = 'basic'")),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many people picked the pro tier this year',
    expect: answer(signups(THIS_YEAR, " AND s.plan = 'pro'")),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'How many invoices went to our European customers in July?',
    expect: answer(invoices(JULY, " AND s.region = 'emea'")),
  },

  // Ratios
  {
    asker: 'finance',
    category: 'ratios',
    question: 'average invoice amount in june',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)}`),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Mean invoice value for EMEA subscribers this year',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND s.region = 'emea' AND ${i(THIS_YEAR)}`,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q3 so far, amount billed per plan',
    expect: answer(billedBy('plan', Q3)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'invoice count per region, last 90 days',
    expect: answer(invoicesBy('region', LAST_90_DAYS)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'how much did each region bring in during may',
    expect: answer(billedBy('region', MAY)),
  },

  // Series over time
  {
    asker: 'finance',
    category: 'time_series',
    question: 'monthly billing this year',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'signups per month since april',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(SINCE_APRIL)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Comparisons of periods
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'billing in august vs july',
    expect: answer(compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, AUGUST, JULY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'q1 to q2 signups, did they grow',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, Q2, Q1)),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'compare invoice volume: past 30 days against the prior 30',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, LAST_30_DAYS, THIRTY_DAYS_BEFORE)),
  },

  // Comparisons of values
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'pro vs basic: which billed more since may',
    expect: answer(billedBy('plan', SINCE_MAY)),
  },
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'june invoices, europe compared to the americas',
    expect: answer(invoicesBy('region', JUNE)),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'invoices above fifty dollars in 2025: how many?',
    expect: answer(`SELECT COUNT(*) AS invoices FROM ${INVOICES} WHERE i.amount > 50 AND ${i(THIS_YEAR)}`),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'list invoices under $30 from august',
    expect: answer(invoiceList(AUGUST, ' AND i.amount < 30')),
  },

  // Extremes
  {
    asker: 'founder',
    category: 'extremes',
    question: 'busiest month ever for new subscribers?',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(ALL)} GROUP BY 1 ORDER BY new_subscribers DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'which plan brought in the least money last quarter',
    expect: answer(`${billedBy('plan', Q2)} ORDER BY billed ASC LIMIT 1`),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'show every invoice dated within the past 30 days',
    expect: answer(invoiceList(LAST_30_DAYS)),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'may invoice numbers, americas region only',
    expect: answer(invoiceList(MAY, " AND s.region = 'amer'")),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'pro plans slice of 2025 billing so far, as a percent',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS billed_share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what % of signups were in emea',
    expect: answer(
      "SELECT COUNT(*) FILTER (WHERE s.region = 'emea') * 1.0 / COUNT(*) AS new_subscribers_share FROM subscribers s",
    ),
  },

  // Periods
  { asker: 'support', category: 'periods', question: 'invoices since may 1st', expect: answer(invoices(SINCE_MAY)) },
  {
    asker: 'founder',
    category: 'periods',
    question: 'signups from march through may',
    expect: answer(signups(MARCH_TO_MAY)),
  },

  // Follow-ups
  {
    asker: 'finance',
    category: 'follow_up',
    history: ["what was june's invoiced amount"],
    question: 'and july?',
    expect: answer(billed(JULY)),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new subscribers per region for 2025'],
    question: 'only the pro plan now',
    expect: answer(signupsBy('region', THIS_YEAR, " AND s.plan = 'pro'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['billed to basic customers in q2'],
    question: 'what about pro',
    expect: answer(billed(Q2, " AND s.plan = 'pro'")),
  },

  // Must clarify: one word, several answerable readings
  { asker: 'founder', category: 'must_clarify', question: 'july: number of customers we had?', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'list the big invoices from june', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'what did we bill in the quarter', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'how are the plans doing', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'invoice count for our most recent subscribers',
    expect: CLARIFY,
  },

  // Must decline: the data cannot answer
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'percentage of subscribers who cancelled in Q3',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'august helpdesk ticket volume',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'forecast billing for october', expect: DECLINE },
  { asker: 'finance', category: 'must_decline', question: 'which subscribers pay by credit card', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'average number of seats on the pro plan', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which july invoices were settled after their due date',
    expect: DECLINE,
  },
];
