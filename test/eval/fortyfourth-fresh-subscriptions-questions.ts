import type { Expectation } from './merchant-questions.js';
import type { SubscriptionsAsker, SubscriptionsCategory } from './subscriptions-questions.js';
import {
  ALL,
  answer,
  AUGUST,
  AVERAGE_INVOICE,
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
  LAST_90_DAYS,
  LAST_QUARTER,
  MAY,
  NOT_VOID,
  Q1,
  Q2,
  Q3,
  s,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  signups,
  signupsBy,
  THIS_QUARTER,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The forty-fourth fresh subscriptions evaluation: questions on the example layer (examples/semantic-layer.yaml over
 * examples/subscriptions.sql) nobody who tunes the analyst has seen, written from main at 44b1928 like the
 * forty-fourth fresh merchant set (no planner, no SQL writer, no tests, no misses, no earlier question file but the
 * forty-third pair skimmed for shape with its questions masked) and scored for novelty against every earlier question
 * and history line the same way. Held out in full: `npm run eval` prints its figures,
 * `--show-fortyfourth-fresh-misses` its misses, and `--hide-held-out` skips it.
 *
 * Asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16 (a Tuesday) by a founder, finance, support, an
 * owner, an analyst, a bookkeeper, ops, a new hire, a non-native speaker and someone in a hurry. Expectations:
 * `answer`; `clarify` (a description several readings fit, each with rows and a different answer: "the May
 * subscribers" (those who signed up in May, or the invoices of May), "the past month" (August, or the 30 days to
 * yesterday), "international customers" (EMEA or the Americas), "our biggest plan" (Basic by subscribers, Pro by
 * amount billed), "how many subscribers we had in July" (everyone signed up by then, or those invoiced in July));
 * `decline` (cancellations, payment methods, product usage, due dates, pricing advice, a forecast).
 *
 * Gold conventions: the amount billed leaves out void invoices (acme has none); invoices counted or listed are every
 * status unless one is named; "collected" is paid invoices, "unpaid" / "still open" open ones; an average invoice is
 * the amount billed over the invoices billed; invoices per subscriber are invoices over the subscribers invoiced; a
 * share, "%" or "fraction" is a fraction; comparisons of periods give the metric, then `<metric>_previous`; a
 * follow-up keeps the subject of the last question and changes what it names.
 *
 * Periods at 2025-09-16: "this year" / "ytd" = 2025 so far; "this quarter" = 1 July – 16 September, "last quarter" =
 * Q2; "last month" = August, "the month before" = July; "the last 90 days" = 18 June – 15 September; "since april",
 * "since may", "since june" on to today; "the first half of the year" = H1 2025; "1 june to 15 july, inclusive" 2025.
 *
 * Checks: see FIGURES.md (forty-fourth fresh sets): every gold was run as acme and its figure checked against a
 * second, independently written query on the raw data.
 */

export interface FortyfourthFreshSubscriptionsCase {
  readonly asker:
    | SubscriptionsAsker
    | 'owner'
    | 'analyst'
    | 'finance'
    | 'founder'
    | 'support'
    | 'ops'
    | 'bookkeeper'
    | 'new_hire'
    | 'non_native'
    | 'hurried';
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

/** 1 June to 15 July 2025, both days included. */
const JUNE_1_TO_JULY_15: Span = ['2025-06-01', '2025-07-16'];

const PAID_INVOICE = " AND i.status = 'paid'";
const OPEN_INVOICE = " AND i.status = 'open'";

export const FORTYFOURTH_FRESH_SUBSCRIPTIONS_CASES: readonly FortyfourthFreshSubscriptionsCase[] = [
  {
    asker: 'finance',
    category: 'totals',
    question: 'for april to june, what was the total we billed',
    expect: answer(billed(Q2)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'invoice count for the month of june',
    expect: answer(invoices(JUNE)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'may signups total',
    expect: answer(signups(MAY)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'jul billed on pro plan',
    expect: answer(billed(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'invoice count americas ytd',
    expect: answer(invoices(THIS_YEAR, " AND s.region = 'amer'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many starter plan signups in q2',
    expect: answer(signups(Q2, " AND s.plan = 'basic'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash did we actually collect in august',
    expect: answer(billed(AUGUST, PAID_INVOICE)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'how much money the europe customers was billed in june',
    expect: answer(billed(JUNE, " AND s.region = 'emea'")),
  },

  {
    asker: 'finance',
    category: 'ratios',
    question: 'what does a typical basic-plan invoice come to this year, on average',
    expect: answer(
      `SELECT ${AVERAGE_INVOICE} AS average_invoice FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} AND s.plan = 'basic'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'how many invoices per invoiced subscriber, q3',
    expect: answer(
      `SELECT COUNT(*) * 1.0 / NULLIF(COUNT(DISTINCT i.subscriber_id), 0) AS invoices_per_subscriber FROM ${INVOICES} WHERE ${i(Q3)}`,
    ),
  },

  {
    asker: 'founder',
    category: 'shares',
    question: "pro plan as a percentage of this year's billed amount",
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / NULLIF(SUM(i.amount), 0) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'shares',
    question: 'of the invoices issued in july, what fraction has not been paid yet',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'open') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${INVOICES} WHERE ${i(JULY)}`,
    ),
  },

  {
    asker: 'finance',
    category: 'thresholds',
    question: 'invoices bigger than 90 dollars since the start of june, count',
    expect: answer(invoices(SINCE_JUNE, ' AND i.amount > 90')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'Q2: count the invoices smaller than $50',
    expect: answer(invoices(Q2, ' AND i.amount < 50')),
  },

  {
    asker: 'ops',
    category: 'extremes',
    question: 'earliest invoice issued in august?',
    expect: answer(
      `SELECT i.invoice_id AS invoice_id FROM ${INVOICES} WHERE ${i(AUGUST)} ORDER BY i.issued_at ASC LIMIT 1`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'extremes',
    question: 'Which is the most recent invoice for an EMEA customer?',
    expect: answer(
      `SELECT i.invoice_id AS invoice_id FROM ${INVOICES} WHERE ${i(ALL)} AND s.region = 'emea' ORDER BY i.issued_at DESC LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'list out all invoices that are open right now',
    expect: answer(invoiceList(ALL, OPEN_INVOICE)),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: "pro plan customers' invoices from june, which ones",
    expect: answer(invoiceList(JUNE, " AND s.plan = 'pro'")),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'invoice numbers for emea in july',
    expect: answer(invoiceList(JULY, " AND s.region = 'emea'")),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'billed by region for Q2',
    expect: answer(billedBy('region', Q2)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: "this year's new subscribers, basic versus pro split",
    expect: answer(signupsBy('plan', THIS_YEAR)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'how many invoices in each status so far this quarter',
    expect: answer(
      `SELECT i.status AS invoice_status, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(THIS_QUARTER)} GROUP BY i.status`,
    ),
  },

  {
    asker: 'finance',
    category: 'time_series',
    question: 'invoices per month since the beginning of april',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(SINCE_APRIL)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'emea billed amount per month, may to now',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MAY)} AND s.region = 'emea' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'how does billing so far this quarter compare with all of last quarter',
    expect: answer(
      compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, THIS_QUARTER, LAST_QUARTER),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'new subscribers: second quarter against the first',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, Q2, Q1)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'invoice count: august next to july',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, AUGUST, JULY)),
  },

  {
    asker: 'support',
    category: 'value_comparison',
    question: "this quarter's invoice count, basic plan versus pro plan",
    expect: answer(invoicesBy('plan', THIS_QUARTER)),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'july billing: europe against the americas',
    expect: answer(billedBy('region', JULY)),
  },

  {
    asker: 'analyst',
    category: 'periods',
    question: 'what did we bill between june 1 and july 15, both days counted',
    expect: answer(billed(JUNE_1_TO_JULY_15)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'invoice tally for the trailing 90 days',
    expect: answer(invoices(LAST_90_DAYS)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'what did we bill across jan-jun',
    expect: answer(billed(H1)),
  },

  {
    asker: 'finance',
    category: 'follow_up',
    history: ['may billed amount?'],
    question: 'narrow it to pro subscribers',
    expect: answer(billed(MAY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['count the invoices dated in august'],
    question: 'of those, just the ones that got paid',
    expect: answer(invoices(AUGUST, PAID_INVOICE)),
  },

  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how much did the May subscribers pay us',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: "what's our billing for the past month",
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'august billing to our international subscribers?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'which plan is the biggest one for us',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'in july, how many subscribers were on our books',
    expect: CLARIFY,
  },

  {
    asker: 'founder',
    category: 'must_decline',
    question: 'did anyone cancel their subscription in august? how many',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'card or bank transfer, which do customers use more to pay',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which product features get used most by our pro subscribers',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'which invoices have gone past the due date',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'is the pro plan priced too low',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'what will we end up billing for all of september',
    expect: DECLINE,
  },
];
