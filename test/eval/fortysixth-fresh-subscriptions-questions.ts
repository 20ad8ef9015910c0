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
  JULY,
  JUNE,
  LAST_WEEK,
  MAY,
  NOT_VOID,
  Q2,
  Q3,
  s,
  SINCE_APRIL,
  SINCE_JUNE,
  SINCE_MAY,
  signups,
  signupsBy,
  THIS_MONTH,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The forty-sixth fresh questions of the example subscriptions layer (examples/semantic-layer.yaml over
 * examples/subscriptions.sql, asked as the account `acme` on SUBSCRIPTIONS_TODAY = 2025-09-16): a held-out set,
 * like the forty-fifth, written from main at 471579d WITHOUT reading the planner, the SQL writer, the unit or
 * integration tests, the misses of any evaluation set or any earlier question file (the forty-fifth pair was
 * skimmed for its format only, its question and history texts masked; see the Slips in FIGURES.md), from the
 * example layer and data, subscriptions-gold.ts and the eval harness. Each question and history line was scored
 * against every question and history line of every earlier question file (token-set and character-trigram
 * Jaccard, printed numbers only) and reworded while it scored 0.6 or more. Held out in full: `npm run eval` prints
 * its figures, `--show-fortysixth-fresh-misses` its misses for the closing read of a session, and
 * `--hide-held-out` skips it. Asked by a founder, finance, support, an owner on a phone, an analyst and a
 * bookkeeper.
 *
 * 45 questions: 34 answerable (2 of them follow-ups with a history), 5 that must be clarified, 6 that must be
 * declined. Must clarify: a day written as two numbers that read as either day-month or month-day; the number of
 * customers "we had" in a month (signed up then, billed then, or on the books by then); "the last two quarters"
 * (the two finished ones, or this one and the one before); money that "came in" (billed or collected); and a
 * "fiscal" quarter when the layer says nothing of a fiscal year. Must decline: a forecast of next month's billing,
 * the cause of a drop, another account's billing, churn (the data has no cancellations), payment methods and
 * support tickets (neither is in the layer).
 *
 * Gold conventions: the amount billed leaves out void invoices (acme has none) unless a status is named; what was
 * "collected" or "got paid" is invoices with status paid, what is "outstanding" or "unpaid" those with status open;
 * invoices counted or listed are every invoice of the period; a subscriber's plan ("starter", "professional",
 * "tier") and region ("market") come from subscribers; the mean invoice is `average_invoice`. A comparison of two
 * periods gives the metric, then `<metric>_previous`; a share is named `share`; a time bucket is `period` (its
 * first day). Periods at 2025-09-16: "so far in 2025", "since January 1st", "2025 to date", "this year" and "this
 * year's months" = 2025 to date; "Q3 so far" = 1 July – 16 September; "Q2", "april through june" and "between april
 * and june" = Q2 2025; "H1" = January – June 2025; "since april 1st", "since may 1st", "since june" and "since
 * March" run from the 1st of that month to today; "last week" = 8 – 14 September; "september so far" = 1 – 16
 * September; bare month names the latest such month (all in 2025); "June 10 to July 10 inclusive" includes both
 * days. Checks: see FIGURES.md (forty-sixth fresh sets): every gold was run as `acme` and matched by a second,
 * independently written query; no top-N cut-off falls on a tie, no extreme is tied, and no gold result is empty.
 */

export interface FortysixthFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker | 'owner' | 'analyst' | 'bookkeeper' | 'new_hire';
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

/** 1 March 2025 to today. */
const SINCE_MARCH: Span = ['2025-03-01', '2025-09-17'];
/** 10 June to 10 July 2025, both days included. */
const JUNE_10_TO_JULY_10: Span = ['2025-06-10', '2025-07-11'];

const PAID_INVOICE = " AND i.status = 'paid'";
const OPEN_INVOICE = " AND i.status = 'open'";
const AVERAGE = 'AVG(i.amount) AS average_invoice';

export const FORTYSIXTH_FRESH_SUBSCRIPTIONS_CASES: readonly FortysixthFreshSubscriptionsCase[] = [
  {
    asker: 'finance',
    category: 'totals',
    question: "June's total billings?",
    expect: answer(billed(JUNE)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many people subscribed for the first time between april and june',
    expect: answer(signups(Q2)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Total amount invoiced since January 1st',
    expect: answer(billed(THIS_YEAR)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'billed emea jul',
    expect: answer(billed(JULY, " AND s.region = 'emea'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# of pro invoices since june',
    expect: answer(invoices(SINCE_JUNE, " AND s.plan = 'pro'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'signups amer this yr',
    expect: answer(signups(THIS_YEAR, " AND s.region = 'amer'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much is still outstanding from the americas',
    expect: answer(billed(ALL, `${OPEN_INVOICE} AND s.region = 'amer'`)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: "Of Q3's pro billing, how much has been collected so far?",
    expect: answer(billed(Q3, `${PAID_INVOICE} AND s.plan = 'pro'`)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'what did professional-tier subscribers get billed in june',
    expect: answer(billed(JUNE, " AND s.plan = 'pro'")),
  },

  {
    asker: 'finance',
    category: 'ratios',
    question: 'mean amount on a july invoice',
    expect: answer(`SELECT ${AVERAGE} FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(JULY)}`),
  },

  {
    asker: 'bookkeeper',
    category: 'shares',
    question: 'Pro plan portion of everything billed in 2025 so far, as a share.',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / NULLIF(SUM(i.amount), 0) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: "what fraction of june's invoices have been paid",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE i.status = 'paid') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${INVOICES} WHERE ${i(JUNE)}`,
    ),
  },

  {
    asker: 'finance',
    category: 'thresholds',
    question: 'count the 2025 invoices whose amount tops $50',
    expect: answer(invoices(THIS_YEAR, ' AND i.amount > 50')),
  },

  {
    asker: 'support',
    category: 'extremes',
    question: "What's the most recent invoice we've issued?",
    expect: answer(`SELECT i.invoice_id AS invoice_id FROM ${INVOICES} ORDER BY i.issued_at DESC LIMIT 1`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Which month so far in 2025 had the biggest billing total?',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')} FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY SUM(i.amount) DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'In Q3 so far, which market had the lowest billings?',
    expect: answer(
      `SELECT s.region AS region FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q3)} GROUP BY 1 ORDER BY SUM(i.amount) LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'which tier signed up the most subscribers in 2025',
    expect: answer(
      `SELECT s.plan AS plan FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'show me every invoice still unpaid',
    expect: answer(invoiceList(ALL, OPEN_INVOICE)),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Show me the invoices we issued to EMEA subscribers in August',
    expect: answer(invoiceList(AUGUST, " AND s.region = 'emea'")),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which invoice ids did we send out during last week',
    expect: answer(invoiceList(LAST_WEEK)),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Give me H1 billings region by region.',
    expect: answer(billedBy('region', H1)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'split the signups since april 1st by tier please',
    expect: answer(signupsBy('plan', SINCE_APRIL)),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'How many Q2 invoices were paid, open or void?',
    expect: answer(
      `SELECT i.status AS invoice_status, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(Q2)} GROUP BY 1`,
    ),
  },

  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'the three months of 2025 with the highest billings, ranked',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: "rank this year's months by signups and give me the top two",
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'time_series',
    question: 'each month since may 1st, what did we bill?',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(SINCE_MAY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly invoice count since March',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(SINCE_MARCH)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Quarter-by-quarter billings for 2025 to date.',
    expect: answer(
      `SELECT ${bucket('quarter', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'how did june billing compare to may',
    expect: answer(compared(`SUM(i.amount) FILTER (WHERE ${NOT_VOID} AND %F)`, 'billed', INVOICES, i, JUNE, MAY)),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'count of invoices: september so far vs all of august',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, THIS_MONTH, AUGUST)),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'EMEA against the Americas: who got billed more so far in 2025?',
    expect: answer(billedBy('region', THIS_YEAR)),
  },

  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Total billed from June 10 to July 10 inclusive',
    expect: answer(billed(JUNE_10_TO_JULY_10)),
  },

  {
    asker: 'founder',
    category: 'follow_up',
    history: ['billing for april through june, total?'],
    question: 'how much of that got paid',
    expect: answer(billed(Q2, PAID_INVOICE)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['pull every june invoice for me'],
    question: 'narrow it to the unpaid ones',
    expect: answer(invoiceList(JUNE, OPEN_INVOICE)),
  },

  { asker: 'finance', category: 'must_clarify', question: 'what did we bill on 6/7', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'tell me our july number of customers', expect: CLARIFY },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'How much did we bill over the last two quarters?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'what came in for july, money-wise?', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'What did we bill in fiscal Q1?', expect: CLARIFY },

  { asker: 'founder', category: 'must_decline', question: 'How much will we bill in October?', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'Why did billing drop in August?', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: "how much did globex's account get billed in july",
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Tell me the churn rate by month.', expect: DECLINE },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Which payment methods do our subscribers pay with?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'How many support tickets did pro subscribers raise last month?',
    expect: DECLINE,
  },
];
