import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  APRIL,
  AUGUST,
  bucket,
  billed,
  billedBy,
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
  LAST_2_WEEKS,
  LAST_30_DAYS,
  LAST_60_DAYS,
  MARCH_TO_MAY,
  MAY,
  NOT_VOID,
  Q1,
  Q2,
  Q3,
  s,
  signups,
  signupsBy,
  SINCE_JUNE,
  SINCE_MAY,
  THIS_QUARTER,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The eighteenth fresh evaluation of the example layer (examples/semantic-layer.yaml over examples/subscriptions.sql,
 * asked as the account acme on SUBSCRIPTIONS_TODAY = 2025-09-16, a Tuesday): held out IN FULL, written from main at
 * 95f691a WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests, the misses of any
 * set or any earlier question file but the seventeenth (skimmed for its format): only the example layer, its SQL and the
 * eval harness. `npm run eval` prints its figures only; `--show-eighteenth-fresh-misses` prints its misses, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a founder (signups, people who "came aboard", plans picked, regions), a finance person (what was billed or
 * "invoiced", the mean invoice, a region's proportion of billing) and a support lead (invoice counts, open invoices,
 * invoice ids). Expectations as in merchant-questions.ts: `answer`, `clarify` (billing from "active" subscribers (a
 * status the data does not keep: invoiced lately, or not churned), the subscriber "base" in July (signed up in it,
 * invoiced in it, or signed up by its end), pro billing "recently" (no period), billing "over the summer" (June to
 * August, or the solstice to the equinox) and "our growth rate" (of what, over which periods)), `decline` (a December
 * projection, another account's (globex's) billing, churn (no cancellations are kept), a subscriber's email address,
 * payment methods, support tickets).
 *
 * Gold conventions: "billed", "billing" and "invoiced" are the amount billed (invoices not void; acme has none void);
 * invoices counted or listed are every invoice, by the day it was issued; an "open" invoice has status open; the
 * "starter" plan is basic and "professional" pro; "europe" is EMEA and "the americas" AMER; signups and new subscribers
 * go by the day they signed up; a share or "proportion" is the group's part of the whole, as a fraction; weekends are
 * ISO days 6 and 7; a question with no period runs over all the data; follow-ups are asked after their `history`.
 *
 * Periods at 2025-09-16: "ytd" / "this year" = 1 Jan – 16 Sep 2025; "this quarter" and "Q3 so far" = 1 Jul – 16 Sep;
 * "the third quarter" likewise; "the second quarter" / Q2 / "between April and June" = Apr–Jun; "between January and
 * March" = Q1; "h1" / "the first half" / "January to June" = Jan–Jun; "from March through May" = Mar–May; "since May"
 * and "from may onward" = 1 May on; "since June" = 1 Jun on; the last 2 weeks = Mon 1 – Sun 14 Sep; the past 30 days
 * = 17 Aug – 15 Sep, against the 30 days before = 18 Jul – 16 Aug; the past 60 days = 18 Jul – 15 Sep.
 *
 * Checks: every gold was run on the example data as acme and its rows checked by hand against the invoices and
 * subscribers of examples/subscriptions.sql: 2 of July's 6 invoices are over $50 (the others are $29), 12 invoices
 * since June are below $30 (every other is $99), 8 of the year's invoices fall on a weekend; May's 4 signups lead
 * April's 3; EMEA billed $384 in Q2 against the Americas' $314 (together the quarter's $698); Q3's $430 splits into pro
 * $198 and basic $232; H1's billing into pro $495 and basic $261; the monthly billing since May ($256, $413, $314, $87,
 * $29) and Q3's invoices by month (6, 3, 1) add up to their totals. No gold has zero rows or a NULL: the smallest sets
 * asked about are the one invoice of the last two weeks and the two open invoices.
 */

export interface EighteenthFreshSubscriptionsCase {
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

export const EIGHTEENTH_FRESH_SUBSCRIPTIONS_CASES: readonly EighteenthFreshSubscriptionsCase[] = [
  // Totals
  { asker: 'finance', category: 'totals', question: 'Total billed in the second quarter', expect: answer(billed(Q2)) },
  { asker: 'founder', category: 'totals', question: 'Signups during May', expect: answer(signups(MAY)) },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did we bill between January and March?',
    expect: answer(billed(Q1)),
  },

  // Shorthand
  { asker: 'support', category: 'shorthand', question: 'inv count aug', expect: answer(invoices(AUGUST)) },
  { asker: 'finance', category: 'shorthand', question: 'billed ytd', expect: answer(billed(THIS_YEAR)) },
  { asker: 'founder', category: 'shorthand', question: '# of signups h1', expect: answer(signups(H1)) },

  // Everyday words
  {
    asker: 'finance',
    category: 'everyday_words',
    question: "July's invoiced total in dollars",
    expect: answer(billed(JULY)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'number of new subscribers who came aboard in april',
    expect: answer(signups(APRIL)),
  },

  // Ratios
  {
    asker: 'finance',
    category: 'ratios',
    question: 'average invoice amount this quarter',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(THIS_QUARTER)}`),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Mean invoice size on the starter plan since May',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(SINCE_MAY)} AND s.plan = 'basic'`,
    ),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'Of everything billed in June, what proportion was EMEA?',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.region = 'emea') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what fraction of everyone who ever signed up picked basic',
    expect: answer("SELECT COUNT(*) FILTER (WHERE s.plan = 'basic') * 1.0 / COUNT(*) AS share FROM subscribers s"),
  },

  // Thresholds
  {
    asker: 'support',
    category: 'thresholds',
    question: 'count july invoices with an amount greater than $50',
    expect: answer(invoices(JULY, ' AND i.amount > 50')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Count of invoices below $30 since June',
    expect: answer(invoices(SINCE_JUNE, ' AND i.amount < 30')),
  },

  // Extremes
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which month this year brought the most signups',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which region billed the most in Q2?',
    expect: answer(`${billedBy('region', Q2)} ORDER BY 2 DESC LIMIT 1`),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'list every invoice that is still open',
    expect: answer(invoiceList(ALL, " AND i.status = 'open'")),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'invoice numbers issued in the last 2 weeks',
    expect: answer(invoiceList(LAST_2_WEEKS)),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'June invoice ids for professional-plan subscribers',
    expect: answer(invoiceList(JUNE, " AND s.plan = 'pro'")),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'billing by plan for Q3 so far',
    expect: answer(billedBy('plan', Q3)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'invoice counts per region in august',
    expect: answer(invoicesBy('region', AUGUST)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Between April and June, how many signups landed on each plan?',
    expect: answer(signupsBy('plan', Q2)),
  },

  // Top and bottom

  // Trends and series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'billing totals month by month from may onward',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'number of invoices each month of the third quarter',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(Q3)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'billed in July versus June',
    expect: answer(
      compared('SUM(i.amount) FILTER (WHERE %F)', 'billed', `${INVOICES} WHERE ${NOT_VOID}`, i, JULY, JUNE),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'Did signups go up in Q2 compared with Q1?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, Q2, Q1)),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'did we issue more invoices in the most recent 30 days or in the 30 days preceding them',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, LAST_30_DAYS, THIRTY_DAYS_BEFORE)),
  },

  // Comparisons of values
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'amount billed January to June, pro compared to basic',
    expect: answer(billedBy('plan', H1)),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'europe or the americas, which got more signups in april',
    expect: answer(signupsBy('region', APRIL)),
  },

  // Periods
  {
    asker: 'finance',
    category: 'periods',
    question: 'billed in the past 60 days',
    expect: answer(billed(LAST_60_DAYS)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many invoices were dated on a weekend this year',
    expect: answer(invoices(THIS_YEAR, ' AND EXTRACT(ISODOW FROM i.issued_at) IN (6, 7)')),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'What did we bill from March through May?',
    expect: answer(billed(MARCH_TO_MAY)),
  },

  // Follow-ups
  {
    asker: 'support',
    category: 'follow_up',
    history: ['number of invoices sent to people on pro during july'],
    question: 'same for basic',
    expect: answer(invoices(JULY, " AND s.plan = 'basic'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['may signups broken out by region'],
    question: 'widen it to all of Q2',
    expect: answer(signupsBy('region', Q2)),
  },

  // Must clarify
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'billing from active subscribers in august',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'How big was our subscriber base in July?', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'pro plan billing recently', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'billing over the summer', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: "What's our growth rate?", expect: CLARIFY },

  // Must decline
  { asker: 'finance', category: 'must_decline', question: 'projection of december billings please', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'How much did globex bill in August?', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'what % of subscribers cancelled in Q2', expect: DECLINE },
  { asker: 'support', category: 'must_decline', question: 'email address of subscriber sub_ac_03', expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'card vs paypal split among subscribers',
    expect: DECLINE,
  },
  { asker: 'support', category: 'must_decline', question: 'support tickets opened last week', expect: DECLINE },
];
