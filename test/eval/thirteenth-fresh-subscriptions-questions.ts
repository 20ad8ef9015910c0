import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  APRIL,
  AVERAGE_INVOICE,
  billed,
  billedBy,
  bucket,
  CLARIFY,
  compared,
  DECLINE,
  H1,
  i,
  invoiceList,
  INVOICES,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  MAY,
  NOT_VOID,
  Q2,
  Q3,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_MAY,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The thirteenth fresh subscriptions evaluation: a fifteenth set of questions on the example layer of a user's own data
 * (`examples/semantic-layer.yaml` over `examples/subscriptions.sql`), held out IN FULL. Written from main at 78363ba by
 * a helper who did NOT read the parser or its vocabulary (src/analyst/**), the analyst's unit tests or the misses of
 * any evaluation set: only the layer file, the SQL data, the eval harness and the existing question files (to avoid
 * repeating their questions). Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-thirteenth-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does not
 * run it at all.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 (a Tuesday), like the subscriptions set, by a founder
 * (often on a phone: # invs, avg inv amt, wknds, amer, ytd, "folks"), a finance person and a support lead. Acme has 8
 * subscribers (signed up 18 Jan, 5–21 Apr and 7–19 May 2025: the April ones sub_ac_01, 05 and 07, the May ones
 * sub_ac_02, 03, 04 and 08; 3 pro, 5 basic; 5 emea, 3 amer) and 24 invoices (18 Feb – 10 Sep 2025, $29 basic or $99
 * pro, none void, two open), $1,186 billed in all. Each gold query was run on the example data and checked by hand
 * against the rows of examples/subscriptions.sql. Asked back: "last period" (a month, a quarter?), "the slow months"
 * and "our big accounts" (no cut-off), "around the end of Q2" (no window) and "are we billing more lately" (no window,
 * and the amount or the count). Declined: countries inside a region, a forecast, acquisition cost, industries,
 * languages and coupons, none of which the layer or the data has. Conventions: what a group was "charged" or "billed"
 * is the amount billed (the basic folks' May invoices, inv_ac_010 and 017, are both paid); invoices counted ("# invs",
 * "went out", "received") are counted whatever their status; people who "started a subscription" are new subscribers by
 * sign-up; subscribers "who joined in may" or "signed up in april" are those by sign-up month, and "the month
 * subscribers signed up" groups the amount billed by it; a share is the part of the whole, as a fraction; the amount
 * billed "per Pro subscriber" is over the subscribers invoiced (Q2: all three pro subscribers, $495 / 3 = $165); a list
 * of invoices lists their ids; weekends are ISO days 6 and 7; a question with no period ("in total", "ever") runs over
 * all the data; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2025-09-16: "jul", "june", "may", "april", "august" = those months of 2025; Q2 = Apr–Jun; Q3 = 1 Jul on;
 * H1 = Jan–Jun, and "so far in H2 versus all of H1" = 1 Jul – 16 Sep ($430) against Jan–Jun ($756); "Q2 and Q3
 * combined" = 1 Apr on ($1,128); "ytd" / "this year" = 1 Jan on; "since may" = 1 May on; "before July" = every invoice
 * before 1 Jul (14, the H1 ones); "August 1 to August 10" and "June 10 and June 20 inclusive" include both ends (5 and
 * 10 Aug; 10, 14 and the two 19 Jun invoices, $186, the 21st out); "the first half of may" = 1–15 May (3 sign-ups) and
 * "the second half" = 16–31 May (1, the 19th); the last 60 days = 18 Jul – 15 Sep (both 19 Jul invoices in: basic 5,
 * pro 1); weeks start on Monday (the week of 16 Jun has $227: both 19 Jun invoices and the 21st; the next, that of 19
 * May, $198); Mondays are 5 and 19 May, 7 and 14 Jul (4 invoices). Comparisons of closed periods (the metric, then
 * `<metric>_previous` for the earlier period).
 *
 * Thresholds at their boundary: one subscriber (sub_ac_07, $297) was billed more than $200 in all, and the two at
 * exactly $198 are out; three subscribers received 4 or more invoices (sub_ac_05, 06 and 08, four each; 04 and 07 have
 * three). Extremes without a tie: the Americas' H1 average invoice, $46.50 (372 / 8), against EMEA's $64 (384 / 6);
 * EMEA's best months, June's $285 and July's $186 (May's $99 next). Each series and breakdown adds up to its total (the
 * amount billed by sign-up month 116 + 611 + 459 = $1,186; the April subscribers' monthly billing 227 + 227 + 128 + 29
 * = their $611; the cumulative billing of the year ends at $1,186; new subscribers by month and region 1 + 2 + 1 + 4 =
 * 8; the May subscribers' invoices by plan 2 + 9 = 11, $459; H1 by region 6 + 8 invoices, $384 + $372; weekend billing
 * by region $285 + $157 = the $442 of the 8 weekend invoices, whose average is $55.25). Shares: the Americas' $442 of
 * the $1,099 billed since May (40.22%), Pro's $99 of EMEA's $273 in Q3 (36.26%). No gold sums over no rows: the
 * smallest sets asked about are the two invoices of 1–10 Aug and the one subscriber billed more than $200.
 */

export interface ThirteenthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker;
  readonly category:
    | SubscriptionsCategory
    | 'shorthand'
    | 'everyday_words'
    | 'ratios'
    | 'counts_by'
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

const AUGUST_1_TO_10: Span = ['2025-08-01', '2025-08-11'];
const JUNE_10_TO_20: Span = ['2025-06-10', '2025-06-21'];
const BEFORE_JULY: Span = [null, '2025-07-01'];
const H2_SO_FAR: Span = ['2025-07-01', '2025-09-17'];
const FIRST_HALF_OF_MAY: Span = ['2025-05-01', '2025-05-16'];
const SECOND_HALF_OF_MAY: Span = ['2025-05-16', '2025-06-01'];
const LAST_60_DAYS: Span = ['2025-07-18', '2025-09-16'];
const MONDAYS = ' AND EXTRACT(ISODOW FROM i.issued_at) = 1';
const WEEKENDS = ' AND EXTRACT(ISODOW FROM i.issued_at) IN (6, 7)';
/** Subscribers by the month they signed up: the May 2025 ones (sub_ac_02, 03, 04, 08), the April ones (01, 05, 07). */
const JOINED_IN_MAY = ` AND ${s(MAY)}`;
const JOINED_IN_APRIL = ` AND ${s(APRIL)}`;

export const THIRTEENTH_FRESH_SUBSCRIPTIONS_CASES: readonly ThirteenthFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many basic subscribers are there in total',
    expect: answer(signups(ALL, " AND s.plan = 'basic'")),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total billed across Q2 and Q3 combined',
    expect: answer(billed(SINCE_APRIL)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how much have we billed the subscribers who joined in may',
    expect: answer(billed(ALL, JOINED_IN_MAY)),
  },

  // Shorthand typed on a phone
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'billed amer pro ytd',
    expect: answer(billed(THIS_YEAR, " AND s.region = 'amer' AND s.plan = 'pro'")),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: '# invs emea jul',
    expect: answer(invoices(JULY, " AND s.region = 'emea'")),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'avg inv amt wknds',
    expect: answer(
      `SELECT ${AVERAGE_INVOICE} AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)}${WEEKENDS}`,
    ),
  },

  // Everyday words
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how much were the basic folks charged in may',
    expect: answer(billed(MAY, " AND s.plan = 'basic'")),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many people started a subscription in april',
    expect: answer(signups(APRIL)),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many subscribers have received 4 or more invoices?',
    expect: answer(
      `SELECT COUNT(*) AS subscribers FROM (SELECT i.subscriber_id FROM ${INVOICES} WHERE ${i(ALL)} GROUP BY 1 HAVING COUNT(*) >= 4) regular`,
    ),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many subscribers have been billed more than $200 in total',
    expect: answer(
      `SELECT COUNT(*) AS subscribers FROM (SELECT i.subscriber_id FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} GROUP BY 1 HAVING SUM(i.amount) > 200) big`,
    ),
  },

  // Extremes
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which week this year had the highest billing',
    expect: answer(
      `SELECT ${bucket('week', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY billed DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which region had the lower average invoice in H1?',
    expect: answer(
      `SELECT s.region AS region, ${AVERAGE_INVOICE} AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(H1)} GROUP BY 1 ORDER BY average_invoice ASC LIMIT 1`,
    ),
  },

  // Lists of invoices
  {
    asker: 'support',
    category: 'lists',
    question: 'which pro invoices went out in june',
    expect: answer(invoiceList(JUNE, " AND s.plan = 'pro'")),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Show the invoice numbers from August 1 to August 10',
    expect: answer(invoiceList(AUGUST_1_TO_10)),
  },

  // Shares of a total
  {
    asker: 'founder',
    category: 'shares',
    question: 'what slice of billing since may came from amer',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.region = 'amer') * 1.0 / SUM(i.amount) AS billed_share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MAY)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Share of EMEA billing that came from Pro subscribers, Q3',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS billed_share FROM ${INVOICES} WHERE ${NOT_VOID} AND s.region = 'emea' AND ${i(Q3)}`,
    ),
  },

  // Ratios and counts
  {
    asker: 'finance',
    category: 'ratios',
    question: 'What was the average amount billed per Pro subscriber in Q2?',
    expect: answer(
      `SELECT SUM(i.amount) * 1.0 / COUNT(DISTINCT i.subscriber_id) AS billed_per_subscriber FROM ${INVOICES} WHERE ${NOT_VOID} AND s.plan = 'pro' AND ${i(Q2)}`,
    ),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'invoices per plan for subscribers who signed up in may',
    expect: answer(invoicesBy('plan', ALL, JOINED_IN_MAY)),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Invoices and amount billed by region, H1',
    expect: answer(
      `SELECT s.region AS region, COUNT(*) AS invoices, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(H1)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'billing by plan for the americas, h1',
    expect: answer(billedBy('plan', H1, " AND s.region = 'amer'")),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Amount billed by the month subscribers signed up',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'top 2 months for emea billing',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND s.region = 'emea' AND ${i(ALL)} GROUP BY 1 ORDER BY billed DESC LIMIT 2`,
      true,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly billing for the subscribers who signed up in april',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)}${JOINED_IN_APRIL} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Cumulative amount billed by month this year',
    expect: answer(
      `SELECT period, SUM(billed) OVER (ORDER BY period) AS billed FROM (SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1) monthly ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'new subscribers by month, split by region',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, s.region AS region, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(ALL)} GROUP BY 1, 2`,
    ),
  },

  // Period comparisons
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Amount billed so far in H2 versus all of H1',
    expect: answer(compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, H2_SO_FAR, H1)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'signups in the second half of may vs the first half',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'new_subscribers',
        'subscribers s',
        s,
        SECOND_HALF_OF_MAY,
        FIRST_HALF_OF_MAY,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'pro vs basic, how many invoices in the last 60 days',
    expect: answer(invoicesBy('plan', LAST_60_DAYS)),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'emea vs amer: amount billed on weekends',
    expect: answer(billedBy('region', ALL, WEEKENDS)),
  },

  // Named and relative periods
  {
    asker: 'finance',
    category: 'periods',
    question: 'Amount billed between June 10 and June 20 inclusive',
    expect: answer(billed(JUNE_10_TO_20)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many invoices have gone out on a monday',
    expect: answer(invoices(ALL, MONDAYS)),
  },

  // Follow-ups
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['billing by region this year'],
    question: 'now restrict it to basic',
    expect: answer(billedBy('region', THIS_YEAR, " AND s.plan = 'basic'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['How many invoices went out before July?'],
    question: 'How much did they total?',
    expect: answer(billed(BEFORE_JULY)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many subscribers signed up in april'],
    question: 'what regions are they from',
    expect: answer(signupsBy('region', APRIL)),
  },

  // Must clarify
  { asker: 'founder', category: 'must_clarify', question: 'what did we bill last period', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'How much did we bill in the slow months?', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many invoices went to our big accounts',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'What was billed around the end of Q2?', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'are we billing more lately', expect: CLARIFY },

  // Must decline
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many of our emea subscribers are in germany',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many new subscribers will join in october',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What is our customer acquisition cost for Q2?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'which industry are most of our pro subscribers in',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'what language do our emea subscribers prefer',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'Which invoices were paid with a coupon?', expect: DECLINE },
];
