/**
 * The forty-eighth fresh subscriptions questions (example layer, account acme, asked on 2025-09-16): held out in
 * full, written blind from 2991730 without reading the analyst, its tests, earlier question texts or any misses.
 * 45 questions: 34 answerable (2 of them follow-ups with a history), 5 that must be clarified and 6 that must be
 * declined. Asked as a founder, finance, support, an owner on a phone, an analyst and a bookkeeper. Every gold was
 * run as acme through the eval warehouse and matched by a second, hand-written query on the DuckDB file; none is
 * empty or NULL and no ranking ties at its cut-off.
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
  LAST_6_WEEKS,
  LAST_MONTH,
  NOT_VOID,
  Q1,
  Q2,
  Q3,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  type Span,
  THIS_MONTH,
  THIS_YEAR,
} from './subscriptions-gold.js';

export interface FortyeighthFreshSubscriptionsCase {
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

/** 1 to 15 June 2025, both days included. */
const JUNE_1_TO_15: Span = ['2025-06-01', '2025-06-16'];
/** The week of Monday 14 July 2025. */
const WEEK_OF_JULY_14: Span = ['2025-07-14', '2025-07-21'];
/** May, June and July 2025. */
const MAY_TO_JULY: Span = ['2025-05-01', '2025-08-01'];

const PAID_INVOICE = " AND i.status = 'paid'";
const OPEN_INVOICE = " AND i.status = 'open'";

export const FORTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES: readonly FortyeighthFreshSubscriptionsCase[] = [
  {
    asker: 'finance',
    category: 'totals',
    question: 'What is the total invoiced so far in Q3?',
    expect: answer(billed(Q3)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'Number of invoices we sent in August 2025',
    expect: answer(invoices(AUGUST)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'pro plan billing ytd $',
    expect: answer(billed(THIS_YEAR, " AND s.plan = 'pro'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'emea invoices q2 how many',
    expect: answer(invoices(Q2, " AND s.region = 'emea'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'h1 signups basic tier how many',
    expect: answer(signups(H1, " AND s.plan = 'basic'")),
  },

  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'Cash actually collected from 1 June onward?',
    expect: answer(billed(SINCE_JUNE, PAID_INVOICE)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What do customers in the Americas still owe us?',
    expect: answer(billed(ALL, `${OPEN_INVOICE} AND s.region = 'amer'`)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'April 2025 signup count across both plans and regions',
    expect: answer(signups(['2025-04-01', '2025-05-01'])),
  },

  {
    asker: 'analyst',
    category: 'periods',
    question: 'Billing total for 1–15 June',
    expect: answer(billed(JUNE_1_TO_15)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'How many invoices have been raised in the last six weeks?',
    expect: answer(invoices(LAST_6_WEEKS)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'What did we bill in the week that started Monday 14 July?',
    expect: answer(billed(WEEK_OF_JULY_14)),
  },

  {
    asker: 'finance',
    category: 'ratios',
    question: 'Mean EMEA invoice amount this quarter to date',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q3)} AND s.region = 'emea'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Invoices per subscriber during Q2',
    expect: answer(
      `SELECT COUNT(*) * 1.0 / NULLIF(COUNT(DISTINCT i.subscriber_id), 0) AS invoices_per_subscriber FROM ${INVOICES} WHERE ${i(Q2)}`,
    ),
  },

  {
    asker: 'bookkeeper',
    category: 'shares',
    question: 'What share of the amount billed since May came from the basic plan?',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'basic') * 1.0 / NULLIF(SUM(i.amount), 0) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MAY)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: "EMEA's slice of the subscriber base, as a percentage",
    expect: answer(
      "SELECT COUNT(*) FILTER (WHERE s.region = 'emea') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM subscribers s",
    ),
  },

  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many invoices above $50 were issued in Q2?',
    expect: answer(invoices(Q2, ' AND i.amount > 50')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'Which subscribers have received more than three invoices?',
    expect: answer(`SELECT s.subscriber_id AS subscriber FROM ${INVOICES} GROUP BY 1 HAVING COUNT(*) > 3`),
  },

  {
    asker: 'analyst',
    category: 'extremes',
    question: 'In July, which plan generated the greatest number of invoices?',
    expect: answer(`SELECT s.plan AS plan FROM ${INVOICES} WHERE ${i(JULY)} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Which region has brought us the fewest signups?',
    expect: answer('SELECT s.region AS region FROM subscribers s GROUP BY 1 ORDER BY COUNT(*) LIMIT 1'),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'Which month of 2025 saw the highest invoice count?',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')} FROM ${INVOICES} WHERE ${i(THIS_YEAR)} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
    ),
  },

  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Give me the invoice numbers currently unpaid',
    expect: answer(invoiceList(ALL, OPEN_INVOICE)),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'Invoice IDs dated August 2025',
    expect: answer(invoiceList(AUGUST)),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'For April through June, how much was billed in each region?',
    expect: answer(billedBy('region', Q2)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Plan-by-plan count of subscribers who joined in 2025',
    expect: answer(signupsBy('plan', THIS_YEAR)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'Invoice count for each plan among Americas customers',
    expect: answer(invoicesBy('plan', ALL, " AND s.region = 'amer'")),
  },

  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The two subscribers billed the most in Q3 so far',
    expect: answer(
      `SELECT s.subscriber_id AS subscriber, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q3)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Which three subscribers have we collected the most money from?',
    expect: answer(
      `SELECT s.subscriber_id AS subscriber, SUM(i.amount) AS billed FROM ${INVOICES} WHERE i.status = 'paid' GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
    ),
  },

  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Pro-plan billing per month, May through July',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(MAY_TO_JULY)} AND s.plan = 'pro' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Collected each month in Q3',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${i(Q3)}${PAID_INVOICE} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Billing this month to date versus the whole of last month',
    expect: answer(
      compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, THIS_MONTH, LAST_MONTH),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: "How did the Q2 invoice count compare to Q1's?",
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, Q2, Q1)),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Basic against pro: how much did each get billed in Q2?',
    expect: answer(billedBy('plan', Q2)),
  },

  {
    asker: 'finance',
    category: 'follow_up',
    history: ['How much were EMEA customers billed in July?'],
    question: 'same figure for the Americas please',
    expect: answer(billed(JULY, " AND s.region = 'amer'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ["pull up sub_ac_06's complete invoice history"],
    question: 'only the ones from April onwards',
    expect: answer(invoiceList(SINCE_APRIL, " AND i.subscriber_id = 'sub_ac_06'")),
  },

  { asker: 'founder', category: 'must_clarify', question: 'Tell me which plan performs best', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'June earnings?', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: "summer numbers, how'd we do", expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'What was our busiest week?', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Average per customer in Q2?', expect: CLARIFY },

  { asker: 'founder', category: 'must_decline', question: 'What will MRR be in December?', expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Flag the invoices that are late on payment against their due dates',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'What is our monthly churn rate?', expect: DECLINE },
  { asker: 'support', category: 'must_decline', question: 'Send a payment reminder to sub_ac_05', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'Number of helpdesk tickets logged by customers on pro',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Card vs bank transfer: how do subscribers pay us?',
    expect: DECLINE,
  },
];
