/**
 * The fiftieth fresh questions of the example subscriptions layer: written blind from 53a28c3 (the example layer,
 * its data, the gold helpers and the previous set's masked format only; no analyst code, no earlier question
 * texts, no misses), held out in full. Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16, as a
 * founder, finance, support, an owner on a phone, an analyst and a bookkeeper. Every gold was run against the
 * example warehouse and matched an independently written second query; no gold is empty or NULL and no top-N
 * cut-off falls on a tie.
 */

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
  H1,
  i,
  INVOICES,
  invoiceList,
  invoices,
  invoicesBy,
  JULY,
  JUNE,
  LAST_30_DAYS,
  MARCH_TO_MAY,
  MAY,
  NOT_VOID,
  Q2,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JULY,
  SINCE_JUNE,
  SINCE_MAY,
  type Span,
  THIS_QUARTER,
  THIS_YEAR,
} from './subscriptions-gold.js';

export interface FiftiethFreshSubscriptionsCase {
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

/** March through August 2025. */
const MARCH_TO_AUGUST: Span = [MARCH_TO_MAY[0], '2025-09-01'];

export const FIFTIETH_FRESH_SUBSCRIPTIONS_CASES: readonly FiftiethFreshSubscriptionsCase[] = [
  {
    asker: 'finance',
    category: 'totals',
    question: "For April through June, what's the sum of everything we invoiced?",
    expect: answer(billed(Q2)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'Count of invoices we raised during July 2025, please',
    expect: answer(invoices(JULY)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: "What's the total sitting on open invoices right now?",
    expect: answer(billed(ALL, " AND i.status = 'open'")),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'total billed since jan 1 — quick',
    expect: answer(billed(THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'invoices raised in the 30 days up to today: how many',
    expect: answer(invoices(LAST_30_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'h1 new signups on the pro tier, #?',
    expect: answer(signups(H1, " AND s.plan = 'pro'")),
  },

  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'Money actually collected from invoices since 1 July?',
    expect: answer(billed(SINCE_JULY, " AND i.status = 'paid'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'June 2025: amount billed to our Europe accounts',
    expect: answer(billed(JUNE, " AND s.region = 'emea'")),
  },

  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean invoice amount across all Basic-tier invoices?',
    expect: answer(
      `SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(ALL)} AND s.plan = 'basic'`,
    ),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: "Pro tier: what slice of 2025's billed total so far does it account for?",
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'Across every invoice ever raised, what fraction (by count) is still not paid?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'open') * 1.0 / COUNT(*) AS share FROM ${INVOICES} WHERE ${i(ALL)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'Out of everyone who has subscribed, what percent is billed in EMEA?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE s.region = 'emea') * 1.0 / COUNT(*) AS share FROM subscribers s WHERE ${s(ALL)}`,
    ),
  },

  {
    asker: 'support',
    category: 'thresholds',
    question: "Count June's invoices that exceeded $50 each",
    expect: answer(invoices(JUNE, ' AND i.amount > 50')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Add up every invoice below $30 issued from May onwards',
    expect: answer(billed(SINCE_MAY, ' AND i.amount < 30')),
  },

  {
    asker: 'founder',
    category: 'extremes',
    question: 'Looking at 2025 so far, which calendar month shows the highest billed amount?',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'Among invoices to Americas subscribers in June, which one was largest?',
    expect: answer(
      `SELECT i.invoice_id AS invoice_id, i.amount AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JUNE)} AND s.region = 'amer' ORDER BY i.amount DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Q2 signups: which region brought in fewer?',
    expect: answer(`${signupsBy('region', Q2)} ORDER BY 2 ASC LIMIT 1`),
  },

  {
    asker: 'finance',
    category: 'lists',
    question: 'Pull up the invoices that are still open, please.',
    expect: answer(invoiceList(ALL, " AND i.status = 'open'")),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'Invoice IDs for subscribers on Pro, July only',
    expect: answer(invoiceList(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'august invoices on the starter plan — list them',
    expect: answer(invoiceList(AUGUST, " AND s.plan = 'basic'")),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Since 1 June, what has each plan been billed?',
    expect: answer(billedBy('plan', SINCE_JUNE)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'How many invoices has each region received since July 1?',
    expect: answer(invoicesBy('region', SINCE_JULY)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 sign-ups so far, split Basic vs Pro',
    expect: answer(signupsBy('plan', THIS_YEAR)),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'How much sits in paid invoices vs in open ones?',
    expect: answer(
      `SELECT i.status AS invoice_status, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${i(ALL)} AND i.status IN ('paid', 'open') GROUP BY 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly billing from March to August',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(MARCH_TO_AUGUST)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'Month-by-month invoice totals (count, not $) from April onwards',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(SINCE_APRIL)} GROUP BY 1`,
    ),
  },

  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Rank the regions by amount billed in H1',
    expect: answer(`${billedBy('region', H1)} ORDER BY 2 DESC`, true),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'this quarter, which tier has racked up the most invoices?',
    expect: answer(`${invoicesBy('plan', THIS_QUARTER)} ORDER BY 2 DESC LIMIT 1`, true),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'billing: jul vs jun, both 2025',
    expect: answer(
      compared('SUM(i.amount) FILTER (WHERE %F)', 'billed', `${INVOICES} WHERE ${NOT_VOID}`, i, JULY, JUNE),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'May vs April 2025 — did new subscriber numbers go up?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, MAY, APRIL)),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'In Q2, how many invoices did the Basic tier get and how many did Pro get?',
    expect: answer(invoicesBy('plan', Q2)),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'first six months of 2025 — billed total?',
    expect: answer(billed(H1)),
  },

  {
    asker: 'founder',
    category: 'follow_up',
    history: ['Total we invoiced over July 2025, all plans together?'],
    question: 'ok, only the professional tier',
    expect: answer(billed(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Q2 invoice counts by tier'],
    question: 'now break it out by region instead',
    expect: answer(invoicesBy('region', Q2)),
  },

  { asker: 'support', category: 'must_clarify', question: 'EMEA numbers — how many are there?', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'How are things looking?', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: "What's the figure for August?", expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'Between our two tiers, which is winning?', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'How big is the Americas for us?', expect: CLARIFY },

  {
    asker: 'founder',
    category: 'must_decline',
    question: 'What percentage of subscribers churned in the last quarter?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Which of our invoices have missed their payment deadline?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'Payment method split (card vs PayPal vs bank) across subscribers?',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'How long does it take customers to pay an invoice on average?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: "Pro customers' support ticket volume in August?",
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'Who moved up from the Basic tier to Pro this year?',
    expect: DECLINE,
  },
];
