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
  i,
  invoiceList,
  INVOICES,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_60_DAYS,
  MAY,
  NOT_VOID,
  Q1,
  Q2,
  s,
  signups,
  signupsBy,
  SINCE_JULY,
  SINCE_JUNE,
  SINCE_MAY,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_YEAR,
  WEEK_OF_JULY_7,
  type Span,
} from './subscriptions-gold.js';

/**
 * The fifth fresh subscriptions evaluation: a seventh set of questions on the example layer of a user's own
 * data (`examples/semantic-layer.yaml` over `examples/subscriptions.sql`), held out IN FULL. Written from main at
 * 84e25a7 by a helper who did NOT read the parser or its vocabulary (src/analyst/**), the analyst's unit tests
 * or the misses of any evaluation set: only the layer file, the SQL data, the eval harness and the existing
 * question files (to avoid repeating their questions). Nobody tunes the analyst to it: `npm run eval` prints
 * its figures only; `--show-fifth-fresh-misses` prints its misses for the closing read of a session.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 (a Tuesday), like the subscriptions set.
 * Acme has 8 subscribers (signed up 18 Jan, 5–21 Apr, 7–19 May 2025; 3 pro, 5 basic; 5 emea, 3 amer) and 24
 * invoices (18 Feb – 10 Sep 2025, $29 basic or $99 pro, none void, two open). Each gold query was run on the
 * example data and checked by hand against its rows. The layer has no invoice status, subscriber, discount,
 * currency, cost or payment figure: questions about those are declined. A list of invoices lists their ids.
 *
 * Periods at 2025-09-16: this month / so far this month = 1–16 Sep; last week = Mon 8 – Sun 14 Sep; "the week of
 * July 7" = Mon 7 – Sun 13 Jul; the last 60 days = 18 Jul – 15 Sep (as the last 30 days = 17 Aug – 15 Sep);
 * this year / year to date = 1 Jan – 16 Sep; Q1 = Jan–Mar, Q2 = Apr–Jun, Q3 to date = 1 Jul – 16 Sep;
 * "since july" = 1 Jul on; "before April" = everything before 1 Apr; "april 15 to may 15", "april through
 * june" and "june to august" include both ends. Comparisons of closed periods only (the metric, then
 * `<metric>_previous` for the earlier period).
 */

export interface FifthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker;
  readonly category: SubscriptionsCategory | 'thresholds' | 'extremes' | 'lists' | 'shares' | 'periods';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const BEFORE_APRIL: Span = [null, '2025-04-01'];
const SUMMER: Span = ['2025-06-01', '2025-09-01'];
const APRIL_15_TO_MAY_15: Span = ['2025-04-15', '2025-05-16'];

export const FIFTH_FRESH_SUBSCRIPTIONS_CASES: readonly FifthFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'founder',
    category: 'totals',
    question: 'total billed april through june',
    expect: answer(billed(Q2)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'invoices this month so far',
    expect: answer(invoices(THIS_MONTH)),
  },

  // Named and relative periods
  {
    asker: 'finance',
    category: 'periods',
    question: 'Amount billed in the week of July 7',
    expect: answer(billed(WEEK_OF_JULY_7)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many signups did we get between april 15 and may 15',
    expect: answer(signups(APRIL_15_TO_MAY_15)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'how much did we bill over the summer, june to august',
    expect: answer(billed(SUMMER)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Number of subscribers who joined before April 2025',
    expect: answer(signups(BEFORE_APRIL)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'How many invoices were issued in the last 60 days?',
    expect: answer(invoices(LAST_60_DAYS)),
  },

  // Filtered by a plan or a region
  {
    asker: 'founder',
    category: 'value_filters',
    question: 'what did starter customers in europe pay us in june',
    expect: answer(billed(JUNE, " AND s.plan = 'basic' AND s.region = 'emea'")),
  },
  {
    asker: 'support',
    category: 'value_filters',
    question: 'number of professional plan signups in emea',
    expect: answer(signups(ALL, " AND s.plan = 'pro' AND s.region = 'emea'")),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many invoices of exactly $29 were issued in Q2?',
    expect: answer(invoices(Q2, ' AND i.amount = 29')),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'billing from invoices above 90 bucks in q3',
    expect: answer(billed(THIS_QUARTER, ' AND i.amount > 90')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'how many invoices under $40 did emea folks get this year',
    expect: answer(invoices(THIS_YEAR, " AND i.amount < 40 AND s.region = 'emea'")),
  },

  // Extremes
  {
    asker: 'finance',
    category: 'extremes',
    question: 'What was the largest amount billed on a single invoice in Q2?',
    expect: answer(`SELECT MAX(i.amount) AS largest_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q2)}`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'cheapest invoice in the americas',
    expect: answer(
      `SELECT MIN(i.amount) AS smallest_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND s.region = 'amer' AND ${i(ALL)}`,
    ),
  },

  // Lists of invoices
  {
    asker: 'founder',
    category: 'lists',
    question: 'show me the emea invoices from june',
    expect: answer(invoiceList(JUNE, " AND s.region = 'emea'")),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which invoices did basic customers get in september',
    expect: answer(invoiceList(THIS_MONTH, " AND s.plan = 'basic'")),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List invoices of $99 issued since July',
    expect: answer(invoiceList(SINCE_JULY, ' AND i.amount = 99')),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'list the invoices for americas customers in may',
    expect: answer(invoiceList(MAY, " AND s.region = 'amer'")),
  },

  // Breakdowns
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'how many invoices did each plan get in q3',
    expect: answer(invoicesBy('plan', THIS_QUARTER)),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Billed amount by region and plan, Q2 2025',
    expect: answer(
      `SELECT s.region AS region, s.plan AS plan, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q2)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'signups per plan in emea',
    expect: answer(signupsBy('plan', ALL, " AND s.region = 'emea'")),
  },

  // Top and bottom
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'top plan by invoice count this year',
    expect: answer(`${invoicesBy('plan', THIS_YEAR)} ORDER BY invoices DESC LIMIT 1`, true),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which region had the highest billings in Q3 to date?',
    expect: answer(`${billedBy('region', THIS_QUARTER)} ORDER BY billed DESC LIMIT 1`, true),
  },
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'plan with the fewest signups since may',
    expect: answer(`${signupsBy('plan', SINCE_MAY)} ORDER BY new_subscribers ASC LIMIT 1`, true),
  },

  // Shares of a total
  {
    asker: 'finance',
    category: 'shares',
    question: 'What share of Q2 invoices went to Americas subscribers?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE s.region = 'amer') * 1.0 / COUNT(*) AS invoices_share FROM ${INVOICES} WHERE ${i(Q2)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what % of signups are on basic',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE s.plan = 'basic') * 1.0 / COUNT(*) AS new_subscribers_share FROM subscribers s WHERE ${s(ALL)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what percent of july billing came from emea',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.region = 'emea') * 1.0 / SUM(i.amount) AS billed_share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JULY)}`,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'emea billing by month since may',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND s.region = 'emea' AND ${i(SINCE_MAY)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly billings for Basic subscribers since June',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND s.plan = 'basic' AND ${i(SINCE_JUNE)} GROUP BY 1 ORDER BY 1`,
    ),
  },

  // Period comparisons
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Invoice count in August versus July for Basic subscribers',
    expect: answer(compared("COUNT(*) FILTER (WHERE s.plan = 'basic' AND %F)", 'invoices', INVOICES, i, AUGUST, JULY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'americas billing in q2 vs q1',
    expect: answer(
      compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND s.region = 'amer' AND %F)`, 'billed', INVOICES, i, Q2, Q1),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'emea signups in may compared with april',
    expect: answer(
      compared("COUNT(*) FILTER (WHERE s.region = 'emea' AND %F)", 'new_subscribers', 'subscribers s', s, MAY, APRIL),
    ),
  },

  // Comparisons of values
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'emea or americas: who got billed more in may',
    expect: answer(billedBy('region', MAY)),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Signups, Basic versus Pro, in the Americas',
    expect: answer(signupsBy('plan', ALL, " AND s.region = 'amer'")),
  },

  // Must clarify
  { asker: 'founder', category: 'must_clarify', question: "what was emea's best month", expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'what was our volume in july', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'EMEA performance in Q2', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'how much activity did we have in august', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'how much new business did we get in q2', expect: CLARIFY },

  // Must decline
  { asker: 'founder', category: 'must_decline', question: 'how much profit did we make in august', expect: DECLINE },
  { asker: 'finance', category: 'must_decline', question: 'What will we bill in Q4 2025?', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many people visited our pricing page last week',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how do our prices compare with our competitors',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What did we spend on hosting last month?', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many subscribers came from our referral program',
    expect: DECLINE,
  },
];
