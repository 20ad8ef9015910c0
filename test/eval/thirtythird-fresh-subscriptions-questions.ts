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
  LAST_60_DAYS,
  MARCH_TO_MAY,
  MAY,
  NOT_VOID,
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
 * The thirty-third fresh evaluation of the example layer (examples/semantic-layer.yaml over examples/subscriptions.sql,
 * asked as the account acme on SUBSCRIPTIONS_TODAY = 2025-09-16, a Tuesday): held out IN FULL, written from main at
 * 333d279 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests, the misses of any
 * set or any earlier question file but the thirty-second (read for its format, categories, counts and order; the gold
 * helpers of subscriptions-gold.ts were read too): only the example layer, its SQL and the eval harness. Each question
 * and history line was compared by a throwaway script with every line of every earlier question file and cases.ts
 * (token-set and trigram Jaccard, the larger of the two; printed numbers and the new lines only) and reworded while it
 * scored 0.6 or more (highest now 0.583, median 0.429). `npm run eval` prints its figures only;
 * `--show-thirtythird-fresh-misses` prints its misses, and `--hide-held-out` does not run it at all.
 *
 * Asked by a finance person ("collected on paid invoices", "invoiced dollars"), a bookkeeper ("charge", "raised"), a
 * founder ("came on board", "biggest batch of new subscribers"), a support lead ("# unpaid invs ytd"), an ops person, a
 * new hire and a non-native speaker ("which exact day he joined?"), in short conversations too. Expectations as in
 * merchant-questions.ts: `answer`, `clarify` ("the americas basic subscriber" (sub_ac_05 and 06, who began on 5 April
 * and 18 January), "the $99 july invoice" (inv_ac_004 of sub_ac_02 and inv_ac_020 of sub_ac_07), "the August invoice"
 * (inv_ac_009, 013 and 023, of three subscribers), "our pro customer in emea" (sub_ac_01 and 02, 21 April and 7 May) and
 * "the basic subscriber from may" (sub_ac_03, 04 and 08: 14, 19 and 10 May)), `decline` (churn, payment methods, days
 * to pay, free trials, industries, another account's billing).
 *
 * Gold conventions as in the thirty-second set: "billed", "invoiced", "charge", "billing" are the amount billed (not
 * void; acme has none void); "collected on paid invoices" is the amount of paid invoices; invoices counted or listed are
 * every invoice by the day it was issued; "unpaid" is open; subscribers with no period are every subscriber; a share or
 * fraction is a fraction; an average invoice or bill is AVG(amount). Periods at 2025-09-16: "ytd" / "this year" / "2025
 * so far" = 1 Jan – 16 Sep; "jan-jun" / "the first half of 2025" = H1; "the first four months" = Jan–Apr; "the spring,
 * march to may" / "1 March to 31 May 2025, inclusive" = Mar–May; "may or june" = 1 May – 30 Jun; "q2" = Apr–Jun; "since
 * 1 May", "since April", "from june 1 on" from those days on; "the third quarter so far" / "Q3" / "since july" / "from
 * July onward" / "between 1 July and today" = 1 Jul – 16 Sep; "september to date" = 1–16 Sep; "the last 60 days" = 18
 * Jul – 15 Sep against "the previous 60" = 19 May – 17 Jul.
 *
 * Checks: every gold was run as acme and its rows checked by hand against examples/subscriptions.sql (every acme invoice
 * is $29 or $99): $1,128 collected on paid invoices (of $1,186 billed); 24 invoices; 3 pro subscribers; EMEA billed
 * $285 in June; 2 open invoices this year; 5 basic signups in H1; the Americas billed $128 in July; 7 signups March to
 * May; the Q3 mean invoice $43 ($430 over 10); the Americas' mean invoice $48.09 ($529 over 11); EMEA $384 of Q2's $698
 * (0.550); 3 of 8 subscribers on pro; 14 invoices under $50 since May and 5 over $90 in May and June (none between $29
 * and $99); basic the smaller plan since April ($435 against $693); May the top signup month (4 against April's 3);
 * inv_ac_005 and 012 open; August's invoices 009, 013 and 023; sub_ac_05, 06 and 07 in the Americas; Q3 pro $198 and
 * basic $232; invoices since June EMEA 12 and the Americas 5; 5 EMEA and 3 Americas subscribers; monthly billing in H1
 * $29, $29, $29, $256, $413 (February to June; none in January); signups by month 1, 3, 4 (January, April, May); Q3 $430
 * against Q2 $698; May 4 signups against April 3; 6 invoices in the last 60 days against 13; July pro $198 and basic
 * $116; paid invoices since July EMEA 7 and the Americas 2; $314 invoiced March to May; 1 invoice in September; 4
 * signups January to April; June billed EMEA $285 and the Americas $128; 7 basic invoices in Q2.
 */

export interface ThirtythirdFreshSubscriptionsCase {
  readonly asker: SubscriptionsAsker | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native';
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

/** The 60 days before the last 60: 19 May to 17 July 2025. */
const PRIOR_60_DAYS: Span = ['2025-05-19', '2025-07-18'];
/** May and June 2025. */
const MAY_AND_JUNE: Span = ['2025-05-01', '2025-07-01'];
/** January to April 2025, the year's first four months. */
const JANUARY_TO_APRIL: Span = ['2025-01-01', '2025-05-01'];

export const THIRTYTHIRD_FRESH_SUBSCRIPTIONS_CASES: readonly ThirtythirdFreshSubscriptionsCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much have we actually collected on paid invoices, all time?',
    expect: answer(billed(ALL, " AND i.status = 'paid'")),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'how many invoices have gone out since we started',
    expect: answer(invoices(ALL)),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'count of people subscribed to pro',
    expect: answer(signups(ALL, " AND s.plan = 'pro'")),
  },

  // Shorthand
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'emea $ invoiced in june?',
    expect: answer(billed(JUNE, " AND s.region = 'emea'")),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: '# unpaid invs ytd',
    expect: answer(invoices(THIS_YEAR, " AND i.status = 'open'")),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'jan-jun basic plan new subs',
    expect: answer(signups(H1, " AND s.plan = 'basic'")),
  },

  // Everyday words
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'What did we charge our customers in the Americas for July?',
    expect: answer(billed(JULY, " AND s.region = 'amer'")),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many folks came on board in the spring, march to may',
    expect: answer(signups(MARCH_TO_MAY)),
  },

  // Ratios
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Average value of an invoice issued between 1 July and today',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(Q3)}`),
  },
  {
    asker: 'non_native',
    category: 'ratios',
    question: 'what is the average bill for customers in americas, from the beginning?',
    expect: answer(`SELECT AVG(i.amount) AS average_invoice FROM ${INVOICES} WHERE ${i(ALL)} AND s.region = 'amer'`),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'What share of the amount billed in Q2 came from EMEA subscribers?',
    expect: answer(
      `SELECT SUM(i.amount) FILTER (WHERE s.region = 'emea') * 1.0 / SUM(i.amount) AS share FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(Q2)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what fraction of all our subscribers are paying for pro',
    expect: answer("SELECT COUNT(*) FILTER (WHERE s.plan = 'pro') * 1.0 / COUNT(*) AS share FROM subscribers s"),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many invoices issued since 1 May came to less than $50?',
    expect: answer(invoices(SINCE_MAY, ' AND i.amount < 50')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'count of invoices over $90 sent in may or june',
    expect: answer(invoices(MAY_AND_JUNE, ' AND i.amount > 90')),
  },

  // Extremes
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which plan has generated the least billing since April?',
    expect: answer(`${billedBy('plan', SINCE_APRIL)} ORDER BY 2 ASC LIMIT 1`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which month this year brought us the biggest batch of new subscribers',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'give me the numbers of the invoices still unpaid',
    expect: answer(invoiceList(ALL, " AND i.status = 'open'")),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Which invoices were issued in August? I need the invoice numbers.',
    expect: answer(invoiceList(AUGUST)),
  },
  {
    asker: 'founder',
    category: 'lists',
    question: 'ids of the subscribers we have in the americas',
    expect: answer("SELECT s.subscriber_id AS subscriber_id FROM subscribers s WHERE s.region = 'amer'"),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Amount invoiced from July onward, for each plan',
    expect: answer(billedBy('plan', Q3)),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'from june 1 on, how many invoices went to each region',
    expect: answer(invoicesBy('region', SINCE_JUNE)),
  },
  {
    asker: 'ops',
    category: 'breakdowns',
    question: 'how many subscribers sit in emea and how many in the americas',
    expect: answer(signupsBy('region', ALL)),
  },

  // Trends and series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'January–June 2025: total invoiced, month by month',
    expect: answer(
      `SELECT ${bucket('month', 'i.issued_at')}, SUM(i.amount) AS billed FROM ${INVOICES} WHERE ${NOT_VOID} AND ${i(H1)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly new subscriber numbers for 2025 so far',
    expect: answer(
      `SELECT ${bucket('month', 's.created_at')}, COUNT(*) AS new_subscribers FROM subscribers s WHERE ${s(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Billing so far in Q3 compared with the whole of Q2',
    expect: answer(compared('SUM(i.amount) FILTER (WHERE %F)', 'billed', `${INVOICES} WHERE ${NOT_VOID}`, i, Q3, Q2)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'april vs may new subscriber counts, which was higher',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_subscribers', 'subscribers s', s, MAY, APRIL)),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'number of invoices in the last 60 days against the previous 60',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'invoices', INVOICES, i, LAST_60_DAYS, PRIOR_60_DAYS)),
  },

  // Comparisons of values
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'In July, did the pro tier or the basic tier bring in more invoiced dollars?',
    expect: answer(billedBy('plan', JULY)),
  },
  {
    asker: 'support',
    category: 'value_comparison',
    question: 'since july, does emea or the americas have more paid invoices',
    expect: answer(invoicesBy('region', SINCE_JULY, " AND i.status = 'paid'")),
  },

  // Periods
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Total invoiced from 1 March to 31 May 2025, inclusive',
    expect: answer(billed(MARCH_TO_MAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'september to date, number of invoices raised',
    expect: answer(invoices(THIS_MONTH)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'signups during the first four months of the year',
    expect: answer(signups(JANUARY_TO_APRIL)),
  },

  // Follow-ups
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['amount billed per region in may'],
    question: 'now june please',
    expect: answer(billedBy('region', JUNE)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['q2 invoice count (apr-jun)'],
    question: 'just the ones on the basic plan',
    expect: answer(invoices(Q2, " AND s.plan = 'basic'")),
  },

  // Must clarify
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'americas + basic plan: when did that subscriber begin',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'ninety-nine dollar invoice from july, whose is it',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'Subscriber id on the invoice we raised in August?',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'signup date for our pro customer in emea?',
    expect: CLARIFY,
  },
  {
    asker: 'non_native',
    category: 'must_clarify',
    question: 'the basic subscriber from may, which exact day he joined?',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many people ended their subscription during august',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Breakdown of invoices paid by card versus bank transfer',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Typical gap in days from an invoice being issued to its payment arriving',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which subscribers are still on a free trial',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which business sectors do our subscribers work in',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much has globex been billed this year?',
    expect: DECLINE,
  },
];
