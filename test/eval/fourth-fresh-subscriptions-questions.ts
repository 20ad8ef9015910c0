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
  LAST_2_WEEKS,
  LAST_30_DAYS,
  MAY,
  NOT_VOID,
  Q1,
  s,
  signups,
  signupsBy,
  SINCE_JULY,
  SINCE_MAY,
  THIS_QUARTER,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The fourth fresh subscriptions evaluation: a sixth set of questions on the example layer of a user's own
 * data (`examples/semantic-layer.yaml` over `examples/subscriptions.sql`), held out IN FULL. Written on
 * 2026-12-02 from main at 3a23dce, before any analyst change that reads the third fresh sets, by a helper who
 * did NOT read the parser or its vocabulary (src/analyst/**), the analyst's unit tests or the original
 * evaluation cases: only the layer file, the SQL data, the eval harness and the existing question files (to
 * avoid repeating their questions). Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-fourth-fresh-misses` prints its misses for the closing read of a session.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 (a Tuesday), like the subscriptions set.
 * Acme has 8 subscribers (signed up 18 Jan, 5–21 Apr, 7–19 May 2025; 3 pro, 5 basic; 5 emea, 3 amer) and 24
 * invoices (18 Feb – 10 Sep 2025, $29 basic or $99 pro, none void, two open). Each gold query was run on the
 * example data and checked by hand against its rows. The layer has no invoice status, subscriber, discount,
 * currency or payment figure: questions about those are declined. A list of invoices lists their ids.
 *
 * Periods at 2025-09-16: the last 2 weeks = the two full Monday weeks before this one, 1–14 Sep; the last 30
 * days = 17 Aug – 15 Sep; this year = 1 Jan – 16 Sep; Q1 = Jan–Mar, Q3 to date = 1 Jul – 16 Sep;
 * "since july" = 1 Jul on; "july 1 to july 15" includes both days. Comparisons of closed periods only (the
 * metric, then `<metric>_previous` for the earlier period).
 */

export interface FourthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker;
  readonly category: SubscriptionsCategory | 'thresholds' | 'extremes' | 'lists' | 'shares' | 'periods';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const FEBRUARY: Span = ['2025-02-01', '2025-03-01'];
const JULY_1_TO_15: Span = ['2025-07-01', '2025-07-16'];
const SEPTEMBER_10: Span = ['2025-09-10', '2025-09-11'];

export const FOURTH_FRESH_SUBSCRIPTIONS_CASES: readonly FourthFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'founder',
    category: 'totals',
    question: 'what was billed back in february',
    expect: answer(billed(FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'any new subscribers in june?',
    expect: answer(signups(JUNE)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'billing over the last 2 weeks',
    expect: answer(billed(LAST_2_WEEKS)),
  },

  // Named and relative periods
  {
    asker: 'finance',
    category: 'periods',
    question: 'What did we bill on September 10th?',
    expect: answer(billed(SEPTEMBER_10)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Amount billed between July 1 and July 15',
    expect: answer(billed(JULY_1_TO_15)),
  },

  // Filtered by a plan or a region
  {
    asker: 'founder',
    category: 'value_filters',
    question: 'pro billing since july',
    expect: answer(billed(SINCE_JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'support',
    category: 'value_filters',
    question: 'how many invoices did emea basic subscribers get in july',
    expect: answer(invoices(JULY, " AND s.plan = 'basic' AND s.region = 'emea'")),
  },
  {
    asker: 'finance',
    category: 'value_filters',
    question: 'Billings from Americas subscribers in Q1 2025',
    expect: answer(billed(Q1, " AND s.region = 'amer'")),
  },
  {
    asker: 'finance',
    category: 'value_filters',
    question: 'Invoices issued to Pro subscribers in the Americas, all time',
    expect: answer(invoices(ALL, " AND s.plan = 'pro' AND s.region = 'amer'")),
  },

  // Thresholds
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many $99 invoices went out in july',
    expect: answer(invoices(JULY, ' AND i.amount = 99')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Total billed on invoices over $30 in Q3 to date',
    expect: answer(billed(THIS_QUARTER, ' AND i.amount > 30')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'how many invoices under $50 did americas customers get',
    expect: answer(invoices(ALL, " AND i.amount < 50 AND s.region = 'amer'")),
  },

  // Extremes
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Smallest invoice issued in June',
    expect: answer(`SELECT MIN(i.amount) AS smallest_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)}`),
  },

  // Lists of invoices
  {
    asker: 'founder',
    category: 'lists',
    question: 'list the invoices from august',
    expect: answer(invoiceList(AUGUST)),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which invoices did pro subscribers get in july',
    expect: answer(invoiceList(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Show the invoices over $50 issued in June',
    expect: answer(invoiceList(JUNE, ' AND i.amount > 50')),
  },

  // Breakdowns
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'billing by region in the last 30 days',
    expect: answer(billedBy('region', LAST_30_DAYS)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'may signups per region',
    expect: answer(signupsBy('region', MAY)),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Invoice count by plan and region for June',
    expect: answer(
      `SELECT s.plan AS plan, s.region AS region, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(JUNE)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Q1 billings split by plan',
    expect: answer(billedBy('plan', Q1)),
  },

  // Top and bottom
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'most popular plan among the may signups',
    expect: answer(`${signupsBy('plan', MAY)} ORDER BY new_subscribers DESC LIMIT 1`, true),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'top region by invoice count in june',
    expect: answer(`${invoicesBy('region', JUNE)} ORDER BY invoices DESC LIMIT 1`, true),
  },

  // Shares of a total
  {
    asker: 'founder',
    category: 'shares',
    question: "what share of this year's billing came from pro",
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS billed_share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'What percentage of our subscribers are in EMEA?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE s.region = 'emea') * 1.0 / COUNT(*) AS new_subscribers_share FROM subscribers s WHERE ${s(ALL)}`,
    ),
  },

  // Time series
  {
    asker: 'support',
    category: 'time_series',
    question: 'signups by week in april',
    expect: answer(
      `SELECT ${bucket('week', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(APRIL)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly invoice count for EMEA subscribers since May',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE s.region = 'emea' AND ${i(SINCE_MAY)} GROUP BY 1 ORDER BY 1`,
    ),
  },

  // Period comparisons
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'how did june signups compare with may',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, JUNE, MAY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'EMEA billings in July versus June',
    expect: answer(
      compared(
        `SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND s.region = 'emea' AND %F)`,
        'billed',
        INVOICES,
        i,
        JULY,
        JUNE,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'pro billing: june vs may',
    expect: answer(
      compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND s.plan = 'pro' AND %F)`, 'billed', INVOICES, i, JUNE, MAY),
    ),
  },

  // Comparisons of values
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'who signed up more in april, pro or basic',
    expect: answer(signupsBy('plan', APRIL)),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Invoices, EMEA versus Americas, year to date',
    expect: answer(invoicesBy('region', THIS_YEAR)),
  },

  // Follow-ups
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['billed by plan in august'],
    question: 'only for the americas',
    expect: answer(billedBy('plan', AUGUST, " AND s.region = 'amer'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Invoices issued in June'],
    question: 'How much was billed on them?',
    expect: answer(billed(JUNE)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['signups by region'],
    question: 'just pro ones',
    expect: answer(signupsBy('region', ALL, " AND s.plan = 'pro'")),
  },

  // Must clarify
  { asker: 'finance', category: 'must_clarify', question: 'Billings by segment for Q2', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'which region is growing faster', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'how big is our americas business', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'was q2 better than q1', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'how many basic ones in june', expect: CLARIFY },

  // Must decline
  {
    asker: 'support',
    category: 'must_decline',
    question: 'what discount codes did pro customers use',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What currency are the EMEA invoices in?', expect: DECLINE },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'which industries are our pro customers in',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much did we pay Stripe in fees this year?',
    expect: DECLINE,
  },
  { asker: 'support', category: 'must_decline', question: 'when do our pro subscriptions renew', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: "what's our website conversion rate", expect: DECLINE },
];
