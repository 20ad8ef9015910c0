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
  LAST_30_DAYS,
  MAY,
  NOT_VOID,
  Q1,
  Q2,
  Q3,
  s,
  signups,
  signupsBy,
  SINCE_APRIL,
  SINCE_JULY,
  SINCE_JUNE,
  SINCE_MAY,
  THIS_MONTH,
  THIS_YEAR,
  type Span,
} from './subscriptions-gold.js';

/**
 * The twenty-first fresh evaluation of the example layer (examples/semantic-layer.yaml over examples/subscriptions.sql,
 * asked as the account acme on SUBSCRIPTIONS_TODAY = 2025-09-16, a Tuesday): held out IN FULL, written from main at
 * 3010711 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests, the misses of any
 * set or any earlier question file but the twentieth (read for its format and gold helpers): only the example layer,
 * its SQL and the eval harness. Each draft was compared by a throwaway script with every earlier question (token-set
 * and trigram Jaccard) and reworded while it scored 0.6 or more against any of them. `npm run eval` prints its figures
 * only; `--show-twentyfirst-fresh-misses` prints its misses, and `--hide-held-out` does not run it at all.
 *
 * Asked by a founder (new subscribers, "folks who took out a subscription", tiers, regions), a finance person (what was
 * billed or "charged", the mean invoice, pro's part of billing) and a support lead (invoice counts and ids).
 * Expectations as in merchant-questions.ts: `answer`, `clarify` ("the emea pro subscriber" (two were billed in June),
 * August's "active" subscribers (invoiced in it, or signed up by its end), the "average per subscriber" for July (of
 * the amount billed or of invoices), "the basic subscriber" of August (three were billed) and June's "customer number"
 * (signed up in it, invoiced in it, or signed up by its end)), `decline` (an MRR forecast, refunds (no refunds are
 * kept), support tickets, another account's signups, payment methods, subscribers' phone numbers).
 *
 * Gold conventions: "billed", "billing" and "charged" are the amount billed (invoices not void; acme has none void);
 * invoices counted or listed are every invoice, by the day it was issued; the mean invoice is over every invoice;
 * signups, new subscribers and "folks who took out a subscription" go by the day they signed up; "subscribers in total,
 * all time" are every subscriber; a share or "fraction" is the group's part of the whole, as a fraction; follow-ups are
 * asked after their `history`.
 *
 * Periods at 2025-09-16: "ytd" / "this year" / "2025 so far" = 1 Jan – 16 Sep 2025; "mtd" = 1–16 Sep; "q3 so far" /
 * "this quarter so far" = 1 Jul – 16 Sep; "since july", "since 1 july" and "July onwards" = 1 Jul on; "since may" = 1
 * May on; "since april 1" = 1 Apr on; "from 1 june to now" = 1 Jun on; Q2 / "the second quarter" / "April, May and
 * June" / "April–June" = Apr–Jun, against "the first" / q1 = Jan–Mar; "h1" / "the first half of 2025" = Jan–Jun; "the
 * month after" June = July; the last 30 days = 17 Aug – 15 Sep; "july 10 to july 19, both days included" and "between
 * April 15 and May 15, inclusive" include both days.
 *
 * Checks: every gold was run on the example data as acme and its rows checked by hand against the invoices and
 * subscribers of examples/subscriptions.sql: Q2 billed $698 (April $29, May $256, June $413) and H1's months ($29, $29,
 * $29, $256, $413) add up to its $756; 7 invoices this year are $99 or more and August's 3 are under $40 (every acme
 * invoice is $29 or $99); June had most invoices this year (7, against July's 6); basic took 4 of the 7 signups since
 * April (pro 3); billing since June by region (EMEA $558, the Americas $285) adds up to its $843, Q2's invoices by plan
 * (pro 5, basic 7) to its 12, this year's signups by region (5, 3) to the 8 subscribers and Q2's signups by month (3,
 * 4) to its 7; EMEA's six Q2 invoices average $64; pro billed $198 of this quarter's $430; 4 invoices fall from 10 to
 * 19 July (the nearest outside are 7 July and 5 August) and 5 signups from 15 April to 15 May (the nearest outside are
 * 5 April and 19 May). No gold has zero rows or a NULL: the smallest sets asked about are the one subscriber region of
 * May's signups and the two invoices of the last 30 days.
 */

export interface TwentyfirstFreshSubscriptionsCase {
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

const JULY_10_TO_19: Span = ['2025-07-10', '2025-07-20'];
const APRIL_15_TO_MAY_15: Span = ['2025-04-15', '2025-05-16'];

export const TWENTYFIRST_FRESH_SUBSCRIPTIONS_CASES: readonly TwentyfirstFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did billing add up to across April, May and June?',
    expect: answer(billed(Q2)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many subscribers have we got in total, all time',
    expect: answer(signups(ALL)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'june: number of invoices sent',
    expect: answer(invoices(JUNE)),
  },

  // Shorthand
  { asker: 'finance', category: 'shorthand', question: 'billed mtd', expect: answer(billed(THIS_MONTH)) },
  { asker: 'support', category: 'shorthand', question: '# invoices q3 so far', expect: answer(invoices(Q3)) },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'new subs h1, emea only',
    expect: answer(signups(H1, " AND s.region = 'emea'")),
  },

  // Everyday words
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'aug — what did subscribers get charged altogether',
    expect: answer(billed(AUGUST)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'number of folks who took out a subscription during may',
    expect: answer(signups(MAY)),
  },

  // Ratios
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Typical (mean) EMEA invoice in April–June',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(Q2)} AND s.region = 'emea'`),
  },
  {
    asker: 'support',
    category: 'ratios',
    question: 'avg invoice since may',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(SINCE_MAY)}`),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'What fraction of this quarter’s billing so far came from pro subscribers?',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.plan = 'pro') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q3)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: "of this year's new subscribers, what fraction chose pro over basic",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE s.plan = 'pro') * 1.0 / COUNT(*) AS share FROM subscribers s WHERE ${s(THIS_YEAR)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'how many invoices this year came to $99 or more',
    expect: answer(invoices(THIS_YEAR, ' AND i.amount >= 99')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'count of august invoices below 40 dollars',
    expect: answer(invoices(AUGUST, ' AND i.amount < 40')),
  },

  // Extremes
  {
    asker: 'support',
    category: 'extremes',
    question: 'busiest invoicing month of 2025 so far, by count',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, COUNT(*) AS invoices FROM ${INVOICES} WHERE ${i(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'since april 1 which tier has attracted the most new subscribers',
    expect: answer(`${signupsBy('plan', SINCE_APRIL)} ORDER BY 2 DESC LIMIT 1`),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'list the august invoice ids for emea subscribers',
    expect: answer(invoiceList(AUGUST, " AND s.region = 'emea'")),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Pull every invoice of exactly $99 dated July onwards',
    expect: answer(invoiceList(SINCE_JULY, ' AND i.amount = 99')),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'every invoice for basic subscribers in july, ids please',
    expect: answer(invoiceList(JULY, " AND s.plan = 'basic'")),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'regional split of the billed amount from 1 june to now',
    expect: answer(billedBy('region', SINCE_JUNE)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'invoices raised in Q2, basic tier vs pro tier counts',
    expect: answer(invoicesBy('plan', Q2)),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 so far: new subscribers in emea and in the americas',
    expect: answer(signupsBy('region', THIS_YEAR)),
  },

  // Trends and series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly billed amount across the first half of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(H1)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'signups per month across the second quarter',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(Q2)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'finance',
    category: 'period_comparison',
    question: "did aug billing fall short of july's?",
    expect: answer(
      compared('SUM(i.amount) FILTER (WHERE %F)', 'billed', `${INVOICES} WHERE ${NOT_VOID}`, i, AUGUST, JULY),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'invoice volume: second quarter up on the first?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, Q2, Q1)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'New subscribers in May compared with April',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, MAY, APRIL)),
  },

  // Comparisons of values
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'since 1 july, invoices for emea compared to americas subscribers',
    expect: answer(invoicesBy('region', SINCE_JULY)),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'may signups: pro tier against basic tier',
    expect: answer(signupsBy('plan', MAY)),
  },

  // Periods
  {
    asker: 'finance',
    category: 'periods',
    question: 'billed over the last 30 days',
    expect: answer(billed(LAST_30_DAYS)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'invoices from july 10 to july 19, both days included',
    expect: answer(invoices(JULY_10_TO_19)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'Signups between April 15 and May 15, inclusive',
    expect: answer(signups(APRIL_15_TO_MAY_15)),
  },

  // Follow-ups
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['june amount billed, pro tier only'],
    question: 'what about the month after',
    expect: answer(billed(JULY, " AND s.plan = 'pro'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new subscriber total for may 2025'],
    question: 'now cut it by emea / americas',
    expect: answer(signupsBy('region', MAY)),
  },

  // Must clarify
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'what did the emea pro subscriber get billed in june',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'august active subscriber count?', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: "what's our average per subscriber for july",
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'how much did the basic subscriber pay in august',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'what was our june customer number', expect: CLARIFY },

  // Must decline
  { asker: 'founder', category: 'must_decline', question: 'what will our MRR be next quarter', expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Total refunds issued back to subscribers during July',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which subscribers opened a support ticket this month',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'compare our signups with the other account on the platform',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What payment method do most of our subscribers use?',
    expect: DECLINE,
  },
  { asker: 'support', category: 'must_decline', question: 'phone number for subscriber sub_ac_04', expect: DECLINE },
];
