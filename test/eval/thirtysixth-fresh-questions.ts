import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DAY_BEFORE_YESTERDAY,
  DECEMBER,
  DECEMBER_2024,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  JANUARY_2025,
  LAST_12_MONTHS,
  LAST_30_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_FEBRUARY,
  SINCE_JULY,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  BOXING_DAY,
  type Span,
} from './demo-gold.js';

/**
 * The thirty-sixth fresh merchant evaluation: a thirty-eighth set of questions on the demo layer, held out IN FULL.
 * It was written from main at d88e79c WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's
 * unit tests, the misses of any evaluation set or any earlier question file but the thirty-fifth (skimmed for its
 * format, categories, counts and order only): the demo layer (src/demo/**), the demo data, demo-gold.ts and the eval
 * harness. Each question and history line was compared by a throwaway script with every line of every earlier
 * question file (the larger of token-set and character-trigram Jaccard; the script printed numbers only) and reworded
 * while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run
 * eval` prints its figures only; `--show-thirtysixth-fresh-misses` prints its misses for the closing read of a
 * session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (delivery charges, price cuts), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the beanie, the
 * linen shirt, the cardigan, the tank, the hoodie, the chinos, the bath salts, the backpack, the lip balm); `decline`
 * (stock on hand, ad spend, site visits, followers, payment methods, ages, abandoned carts, sales tax, return reasons).
 *
 * Gold conventions: orders counted with no status named are paid orders; refunds and cancellations counted or listed
 * are refunded and cancelled orders by the day they were placed; rates as in demo-gold.ts; a product's units are its
 * units on paid orders, its orders the orders that include it (refunded ones when asked so); captions that "mention"
 * a product contain its title; "delivery" is shipping; "passed along" is shares; a share, "%" or "fraction" is a
 * fraction; "list price" / "sell for" is products.price, "unit cost" products.cost; "sales" / "money came in" of the
 * shop is revenue, of products product revenue; "spend" of a country is revenue; comparisons of periods give the
 * metric, then `<metric>_previous`; a follow-up keeps the subject of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yday" / "yesterday" = Saturday 14 Mar, "friday" = 13 Mar; "this week" = 9–14 Mar; "last
 * week" = 2–8 Mar, "the week prior" = 23 Feb – 1 Mar; "march so far" / "this month" = 1–14 Mar; "l30d" = 13 Feb – 14
 * Mar; "past 7 days" = 8–14 Mar; "trailing 90 days" = 15 Dec – 14 Mar; "last 6 wks" = 26 Jan – 8 Mar; "last twelve full
 * months" = Mar 2025 – Feb 2026; "since the start of february"; "since black friday" = 28 Nov 2025 on; "since 1
 * september 2025"; "1 july 2025 to date"; "since jan 1" / "this year" = 2026; "feb 14 2026"; "26 dec 2025"; "9 February
 * 2026 through 22 February 2026 inclusive"; "1 January 2025 up to and including 14 March 2025"; months, quarters and
 * halves of 2024 and 2025 named outright.
 *
 * Checks: see FIGURES.md (thirty-sixth fresh sets): every gold was run as the demo tenant and its rows read by hand.
 */

export interface ThirtysixthFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** 9 to 22 February 2026, both days included. */
const FEB_9_TO_22: Span = ['2026-02-09', '2026-02-23'];

const AOV = 'AVG(o.total) AS average_order_value';
const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const REFUNDED = "o.status = 'refunded'";
const CANCELLED = "o.status = 'cancelled'";
const SHIPPING = (span: Span, where = '') =>
  `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const DISCOUNTS = (span: Span, where = '') =>
  `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;

export const THIRTYSIXTH_FRESH_CASES: readonly ThirtysixthFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Please give me the delivery fees we charged on paid orders between April and June 2025.',
    expect: answer(SHIPPING(Q2_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'hw much revenue did we do in decmber 2024',
    expect: answer(revenue(DECEMBER_2024)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'combined reach of every instagram reel i put up in 2025',
    expect: answer(
      posts('SUM(p.reach)', 'reach', YEAR_2025, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'count the customer accounts opened over the whole of 2024',
    expect: answer(newCustomers(YEAR_2024)),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'in january 2025, how many individual items did shoppers buy from us altogether?',
    expect: answer(units(JANUARY_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Sum of paid order totals from 1 July 2025 to date.',
    expect: answer(revenue(SINCE_JULY)),
  },
  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev l30d',
    expect: answer(revenue(LAST_30_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many orders landed on tiktok shop yday (paid ones)',
    expect: answer(orders(YESTERDAY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'aov apr-jun 25??',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q2_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'instagram hearts so far in march, total likes',
    expect: answer(posts('SUM(p.likes)', 'likes', THIS_MONTH, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'refund count wk before last',
    expect: answer(count('orders', `${REFUNDED} AND ${o(WEEK_BEFORE_LAST)}`)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'pieces of accessories sold in the trailing 90 days',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} AND pr.category = 'accessories'`,
    ),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'new custs via paid search q1 25',
    expect: answer(newCustomers(Q1_2025, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'discount $ this wk',
    expect: answer(DISCOUNTS(THIS_WEEK)),
  },
  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in thru the online store in feb',
    expect: answer(revenue(FEBRUARY, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'january 2026: number of times my tiktok videos got shared onward',
    expect: answer(posts('SUM(p.shares)', 'shares', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'Delivery charges buyers paid on their January 2026 orders, in total.',
    expect: answer(SHIPPING(JANUARY)),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'since the start of february, how many people have made an account on our store?',
    expect: answer(newCustomers(SINCE_FEBRUARY)),
  },
  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate over every order placed in calendar year 2024.',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2024)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate of my carousel posts in q4 2025',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Company-wide gross margin for February 2026.',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'cancel rate on last wks orders',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_WEEK)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'rates',
    question: 'What discount rate applied to paid Instagram Shop orders across 2025?',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  // Ratios and averages
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Across paid orders placed July through September 2025, how many units did a basket hold on average?',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'typical likes per tiktok video in feb (average)',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'wats the avrage order worth from yesterday',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'revenue per paying customer since black friday',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(SINCE_BLACK_FRIDAY)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'ratios',
    question: 'what is the average list price across our beauty range',
    expect: answer("SELECT AVG(pr.price) AS price FROM products pr WHERE pr.category = 'beauty'"),
  },
  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'For calendar 2025, what proportion of paid takings arrived via the TikTok storefront?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'wat fraction of jan orders shipped for free',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.shipping = 0) * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'since jan 1 reels make up what percent of my uploads',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: '2025 newcomers: percentage who discovered us by googling (organic search)',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'organic_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'The home category as a fraction of all units sold in Q4 2025.',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'home') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'march so far - count of orders whose total topped 200 dollars',
    expect: answer(orders(THIS_MONTH, ' AND o.total > 200')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: '2025 uploads that cleared 2000 likes: how many were there',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 2000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of items in our range listed at less than thirty dollars.',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'How many paid January 2026 orders carried a discount bigger than $20?',
    expect: answer(orders(JANUARY, ' AND o.discount > 20')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'february refunds where the order was above a hundred bucks, count them',
    expect: answer(count('orders', `${REFUNDED} AND ${o(FEBRUARY)} AND o.total > 100`)),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'lifetime paid spend above $1,000: how many shoppers are past that mark',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} GROUP BY 1 HAVING SUM(o.total) > 1000) t`,
    ),
  },
  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest single order in feb?',
    expect: answer(`SELECT MAX(o.total) AS order_total FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'the single 2025 upload with the biggest save count, which was it',
    expect: answer(
      `SELECT p.post_id AS post, p.saves AS saves FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY p.saves DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which single day of February 2026 brought the highest paid revenue?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which sales channel produced the least revenue during 2025?',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'in the final quarter of 2025, which acquisition source produced the smallest number of new accounts',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'ids for the orders placed yesterday that ended up refunded',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${REFUNDED} AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up what i published on facebook during last week (monday to sunday)',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'facebook'`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'which accessories do we stock? just their names please',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Order IDs of paid orders above $400 placed in the past 7 days.',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} AND o.total > 400`),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Which items in the catalogue sell for more than $110 each?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price > 110'),
  },
  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: 'cloud tee units shipped in feb, how many',
    expect: answer(units(FEBRUARY, byTitle('Cloud Tee'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue earned by the Oversized Earrings in Q4 2025.',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle('Oversized Earrings')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'since christmas how many of my captions name the Velvet Wallet',
    expect: answer(posts('COUNT(*)', 'posts', ['2025-12-25', '2026-03-16'], " AND p.caption LIKE '%Velvet Wallet%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What do we pay per piece for the Organic Hoodie?',
    expect: answer("SELECT pr.cost FROM products pr WHERE pr.title = 'Organic Hoodie'"),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'wild lip balm: number of 2025 orders including it that were later refunded',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${REFUNDED} AND ${o(YEAR_2025)}${byTitle('Wild Lip Balm')}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'what do the coastal chinos retail for on our site?',
    expect: answer("SELECT pr.price FROM products pr WHERE pr.title = 'Coastal Chinos'"),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'minimal vase units dispatched this week',
    expect: answer(units(THIS_WEEK, byTitle('Minimal Vase'))),
  },
  // Status breakdowns
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'how did last months orders split across paid refunded and cancelled',
    expect: answer(`SELECT o.status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },
  // Counts by a dimension
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'which countries did this years new accounts come from, with counts',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'oct to dec 2025 post tally for each of instagram, tiktok and facebook',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'january refund numbers broken out by sales channel',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${REFUNDED} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'For January–March 2025, tally the paid orders placed through each storefront.',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '5 best sellers of 2026 so far going by units',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 most watched tiktoks from february, by video views',
    expect: answer(
      `SELECT p.post_id AS post, p.video_views FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'tiktok' ORDER BY p.video_views DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three buyer countries with the fewest paid orders in 2025, lowest first.',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Rank the four items that earned the most gross profit across 2025, best first.',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },
  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Shipping income per sales channel for February 2026.',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'impressions split by platform for 2026 up to now',
    expect: answer(
      `SELECT p.platform, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Paid revenue by the acquisition channel of the buyer, H2 2025.',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'margin for each category last month',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'aov per sales channel across 2025',
    expect: answer(`SELECT o.sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`),
  },
  // Time series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid orders per day for the past 7 days.',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'sales week by week for the last 6 wks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: '2025 ig reach, one figure per calendar month',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly signups over the last twelve full months',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_12_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Show 2024 gross profit as a quarterly series.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did order count go up or down from friday to saturday (yday)',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, YESTERDAY, DAY_BEFORE_YESTERDAY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Second-half paid takings: 2025 laid beside the same six months of 2024.',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'instagram saves in january compared to december',
    expect: answer(
      compared(
        'SUM(p.saves) FILTER (WHERE %F)',
        'saves',
        'social_posts p',
        "p.platform = 'instagram'",
        p,
        JANUARY,
        DECEMBER,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'did q1 2025 bring more new customers than q4 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, Q1_2025, Q4_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Gross margin percentage, Q4 2025 measured against the preceding quarter.',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F), 0)',
        'gross_margin',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'refunds last week versus the week before it',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', REFUNDED, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  // Value comparisons
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did canadians or aussies spend more w us in feb',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country IN ('CA', 'AU') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'oct-dec 2025 comment totals, carousel posts against reels - who wins',
    expect: answer(
      `SELECT p.media_type, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(Q4_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Across 2025, did home goods or accessories move more units?',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category IN ('home', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'In January 2026, did the online store or the Instagram Shop take more revenue?',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  // Periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did the shop make on feb 14 2026 (valentines)',
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders from 9 February 2026 through 22 February 2026 inclusive: how many?',
    expect: answer(orders(FEB_9_TO_22)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Sum of paid order value for the trailing ninety days.',
    expect: answer(revenue(LAST_90_DAYS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'on 26 dec 2025 (boxing day) how many uploads went live from me',
    expect: answer(posts('COUNT(*)', 'posts', BOXING_DAY)),
  },
  {
    asker: 'non_native',
    category: 'periods',
    question: 'how many new customers we are getting since 1 september 2025?',
    expect: answer(newCustomers(SINCE_SEPTEMBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Total discounts granted from 1 January 2025 up to and including 14 March 2025.',
    expect: answer(DISCOUNTS(LAST_YEAR_SAME_SPAN)),
  },
  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['takings for last week'],
    question: 'ok and what about the week prior to that one',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid order counts for January 2026 by buyer country'],
    question: 'Same split, with revenue in place of order counts.',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['january: sum of likes across my tiktok uploads'],
    question: 'ok now do instagram',
    expect: answer(posts('SUM(p.likes)', 'likes', JANUARY, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Beauty product revenue for 2025'],
    question: 'Split that by quarter, please.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['february signups that came from tiktok'],
    question: 'and counting every channel?',
    expect: answer(newCustomers(FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: [
      'how many of the orders placed in feb were called off (cancelled)',
      'just the ones that came through tiktok shop',
    ],
    question: 'do the same for jan please',
    expect: answer(count('orders', `${CANCELLED} AND ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop'`)),
  },
  // Must clarify: a product family with several members
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the beanie did we move this yr',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Product revenue of the linen shirt in 2025.',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What is the unit cost of the cardigan?',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'what price is the tank listed at?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many orders this year included the hoodie',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'chinos sales $ last month',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'units of the bath salts sent out since january',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'since jan 1 how much gross profit has the backpack earned',
    expect: CLARIFY,
  },
  {
    asker: 'non_native',
    category: 'must_clarify',
    question: 'how much the lip balm is costing to us for one piece?',
    expect: CLARIFY,
  },
  // Must decline: not in the data
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'how many units of each product are sitting in the warehouse right now',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'what was our return on ad spend for meta ads in february',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How many sessions did the website get last week, and what was the conversion rate?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many followers did my instagram account gain in january',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'What share of February orders were paid by card versus PayPal?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'whats the avg age of our buyers',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many shoppers abandoned their cart at checkout yesterday',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What was the total VAT or sales tax charged to customers in October–December 2025?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'for what reason the customers are sending back the products most often?',
    expect: DECLINE,
  },
];
