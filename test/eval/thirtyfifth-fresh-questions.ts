import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  CYBER_MONDAY,
  DAY_BEFORE_YESTERDAY,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_60_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_WEEK,
  NEW_YEARS_DAY,
  newCustomers,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The thirty-fifth fresh merchant evaluation: a thirty-seventh set of questions on the demo layer, held out IN FULL. It
 * was written from main at 6857e8a WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-fourth (skimmed for its format,
 * categories, counts, order and follow-up style; the gold helpers of demo-gold.ts were read too): only the demo layer
 * (src/demo/**), the demo data and the eval harness. Each question and history line was compared by a throwaway script
 * with every line of every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard;
 * the script printed numbers and the new lines only) and reworded while it scored 0.6 or more against any of them
 * (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-thirtyfifth-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does not
 * run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (price reductions, postage, free shipping), a finance person, a
 * founder, a support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations
 * too. Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE =
 * 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in
 * merchant-questions.ts: `answer`; `clarify` (a product family with several members, each with rows in the asked
 * context: "the rug" (Alpine, Classic and Cloud Rug, 19, 30 and 24 units in February), "the joggers" (Coastal, Minimal
 * and Organic, margins 0.654, 0.666 and 0.484 in 2025), "the sunscreen" (Classic and Vintage, in 2 and 6 captions),
 * "the sweater" (unit costs $30.34, $44.78 and $16.59), "the toner" (list prices $43.99, $45.95 and $12), "the cushion
 * cover" (Oversized and Urban, in 12 and 10 January orders), "the midi dress" (Cloud and Vintage, $1,274 and $1,287.54
 * this year), "the watch strap" (Urban and Wild, 11 and 145 units this year), "the shampoo bar" (Amber and Oversized,
 * 72 and 257 units in 2025)); `decline` (reviews, couriers, gender, influencer fees, newsletter opens, suppliers' lead
 * times, wages, cities, promo codes).
 *
 * Gold conventions as in the thirty-fourth set: orders counted with no status named are paid orders; refunds and
 * cancellations counted or listed are refunded and cancelled orders by the day they were placed; rates as in
 * demo-gold.ts; a product's units are its units on paid orders, its orders the orders that include it (refunded ones
 * when asked so); captions that "mention" a product contain its title; "bookmarked" is saves; "postage" is shipping;
 * "price reductions" and what was "taken off at checkout" are discounts; "shipped free of charge" is shipping = 0; a
 * share, "%", "fraction", "portion" or "slice" is a fraction; "selling for" is products.price, "cost us" per unit
 * products.cost (an average over a category); "sales $" of products are product revenue; "banked", "take in" and
 * "make" are revenue; comparisons of periods give the metric, then `<metric>_previous`; a follow-up keeps the subject
 * of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yday" / "yesterday" = 14 Mar, "friday" after it = 13 Mar; "since monday" / "wtd" / "this
 * week" = 9–14 Mar; "last wk" = 2–8 Mar; "march 10" = 10 Mar 2026; "the past 30 days" = 13 Feb – 14 Mar, against "the
 * 30 days before that" = 14 Jan – 12 Feb; "last 7 days" = 8–14 Mar; "last 14 days" = 1–14 Mar; "trailing 60 days" =
 * 14 Jan – 14 Mar; "the last 8 wks" = 12 Jan – 8 Mar; "this month" = 1–14 Mar; "feb" / "last month" = Feb 2026; "jan" =
 * Jan 2026; "since new year" / "2026 so far" = 1 Jan on; "since christmas" = 25 Dec 2025 on; "new years day" = 1 Jan
 * 2026; "cyber monday 2025" = 1 Dec 2025; "5–18 January 2026 (inclusive)"; "the three whole months before this one" =
 * Dec 2025 – Feb 2026; "sept 2025 to feb 2026" whole months; "from 1 october 2025 until now"; "nov" = Nov 2025;
 * Q1–Q4 and H1 / H2 2025, Q3 / Q4 / H2 2024, calendar 2024.
 *
 * Checks: every gold was run on that data as the demo tenant and its rows read by hand: the orders under $25 (none at
 * exactly $25), the reels past 100k views (none at exactly 100,000), the products above $100 (none at $100), the
 * cancelled orders above $150 this year (none at $150), and the customers with ten or more paid orders (108 have nine)
 * have no one on their boundary; every product sold in February (so "bottom 5" has no zero rows); the top and bottom
 * rows asked for are not tied with the next ones (January's most-commented post 563 against 485; November 1,907 paid
 * orders against December's 1,859; online store 39 February refunds against 10; 2026's third-widest Instagram reach
 * 76,418 against 71,998; Q1 2025's third-largest COGS $7,641.09 against $5,988.40; the fifth-smallest February product
 * $208 against $271.84).
 */

export interface ThirtyfifthFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** Christmas Day 2025 onwards. */
const SINCE_CHRISTMAS: Span = ['2025-12-25', '2026-03-16'];
/** Tuesday 10 March 2026. */
const MARCH_10: Span = ['2026-03-10', '2026-03-11'];
/** 5 to 18 January 2026, both days included. */
const JAN_5_TO_18: Span = ['2026-01-05', '2026-01-19'];
/** The 30 days before the last 30: 14 January to 12 February 2026. */
const PRIOR_30_DAYS: Span = ['2026-01-14', '2026-02-13'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const REFUNDED = "o.status = 'refunded'";
const CANCELLED = "o.status = 'cancelled'";

export const THIRTYFIFTH_FRESH_CASES: readonly ThirtyfifthFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Total value of price reductions applied to paid orders from October through December 2025.',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'wat did we take in altogether during nov',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'lifetime impressions across every facebook post ive made',
    expect: answer(posts('SUM(p.impressions)', 'impressions', [null, '2026-03-16'], " AND p.platform = 'facebook'")),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'between jan 1 and mar 31 2025, how many shoppers registered accounts with us',
    expect: answer(newCustomers(Q1_2025)),
  },
  {
    asker: 'non_native',
    category: 'totals',
    question: 'how many pieces we are selling in the month of december 2025 in total?',
    expect: answer(units(DECEMBER)),
  },
  {
    asker: 'hurried',
    category: 'totals',
    question: 'paid order count for all of 2024 - quick',
    expect: answer(orders(YEAR_2024)),
  },
  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how much have we banked since monday',
    expect: answer(revenue(THIS_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: "avg order val jul-sep '25",
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'fb shares l7d',
    expect: answer(posts('SUM(p.shares)', 'shares', LAST_7_DAYS, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'refund rt jan?',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'skincare units yday',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YESTERDAY)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'newsletter-sourced signups jul thru dec 25',
    expect: answer(newCustomers(H2_2025, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'gp ytd',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'video views on tiktok, trailing 60 days',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_60_DAYS, " AND p.platform = 'tiktok'")),
  },
  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did ppl fork out for postage in feb',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times have people bookmarked my reels so far in 2026',
    expect: answer(posts('SUM(p.saves)', 'saves', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'How much was taken off shoppers’ bills at checkout in December 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'how many folks opened an account with the shop last month?',
    expect: answer(newCustomers(FEBRUARY)),
  },
  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'For orders placed in the first quarter of 2025, what percentage ended up cancelled?',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q1_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats my facebook engagement rate over the past 30 days',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', LAST_30_DAYS, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate on paid orders during the 2025 holiday quarter (Oct–Dec).',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund % on tiktok shop orders in 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'What gross margin did apparel earn in the first half of 2025?',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)} AND pr.category = 'apparel'`,
    ),
  },
  // Ratios and averages
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'In the October–December 2025 quarter, what was the mean number of paid orders per distinct buyer?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg comments per insta post since christmas',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', SINCE_CHRISTMAS, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg $ per order this month',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: '2024: mean spend per customer who actually bought something',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'ratios',
    question: 'on average, what does one of our clothing products cost us per unit?',
    expect: answer("SELECT AVG(pr.cost) AS unit_cost FROM products pr WHERE pr.category = 'apparel'"),
  },
  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Fraction of July–December 2025 paid orders that were placed on the Instagram Shop.',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'wat % of feb revenue came from americans',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'US') * 1.0 / SUM(o.total) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how big a slice of my 2025 likes came from tiktok',
    expect: answer(
      `SELECT SUM(p.likes) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.likes) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'of everyone who joined in 2026 so far, what percentage arrived via instagram',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'instagram') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: "Beauty's portion of total product revenue for 2025.",
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'beauty') * 1.0 / ${PRODUCT_REVENUE} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders came in under 25 bucks last month',
    expect: answer(orders(FEBRUARY, ' AND o.total < 25')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'number of reels that went past 100k views during 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.media_type = 'reel' AND p.video_views > 100000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many catalogue items carry a list price above $100?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'How many paid February orders were shipped free of charge?',
    expect: answer(orders(FEBRUARY, ' AND o.shipping = 0')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'cancelled orders above 150 dollars since new year, how many',
    expect: answer(count('orders', `${CANCELLED} AND ${o(THIS_YEAR)} AND o.total > 150`)),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers have placed ten or more paid orders, ever',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} GROUP BY 1 HAVING COUNT(*) >= 10) t`,
    ),
  },
  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'smallest order we got last wk?',
    expect: answer(`SELECT MIN(o.total) AS order_total FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most commented-on post from january 2026?',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(JANUARY)} ORDER BY p.comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which month of 2025 recorded the highest number of paid orders?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which product category delivered the most gross profit in Q4 2025?',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'which sales channel had the most refunds in february',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${REFUNDED} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'show me the ids of orders cancelled on march 10',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${CANCELLED} AND ${o(MARCH_10)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show all the tiktok clips ive uploaded since monday',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(THIS_WEEK)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'new here - can you list everything we sell under the home category?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home'"),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List the IDs of February 2026 paid orders with a discount of at least $50.',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} AND o.discount >= 50`),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'List products whose per-unit cost to us exceeds fifty dollars.',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },
  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: 'how many golden wall prints did we sell in 2025',
    expect: answer(units(YEAR_2025, byTitle('Golden Wall Print'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Gross margin of the Velvet Scarf for January 2026.',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}${byTitle('Velvet Scarf')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many posts this year mention the Minimal Chinos',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.caption LIKE '%Minimal Chinos%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What does a single Soft Cap cost us?',
    expect: answer("SELECT pr.cost FROM products pr WHERE pr.title = 'Soft Cap'"),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'refunded orders with an urban ceramic mug in them, oct to dec 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${REFUNDED} AND ${o(Q4_2025)}${byTitle('Urban Ceramic Mug')}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'how much is the Minimal Toner selling for on the site?',
    expect: answer("SELECT pr.price FROM products pr WHERE pr.title = 'Minimal Toner'"),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'organic planter units out the door in the last 7 days',
    expect: answer(units(LAST_7_DAYS, byTitle('Organic Planter'))),
  },
  // Status breakdowns
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order counts per status for Q4 2025.',
    expect: answer(`SELECT o.status, COUNT(*) AS orders FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`),
  },
  // Counts by a dimension
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'signups by acquisition channel for oct-dec 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts of each format did i do in february',
    expect: answer(`SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'january cancellations by customer country',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${CANCELLED} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order volume per buyer country, calendar year 2024.',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },
  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'bottom 5 products by sales $ last month',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top three IG posts of 2026 ranked by reach',
    expect: answer(
      `SELECT p.post_id AS post, p.reach FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' ORDER BY p.reach DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Top five buyer countries by paid revenue for July–December 2025, highest first.',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Rank the three products carrying the largest COGS in Jan–Mar 2025.',
    expect: answer(
      `SELECT pr.title AS product_title, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Discounts granted, split by sales channel, Q3 2025.',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'february reach: instagram vs tiktok vs facebook breakdown',
    expect: answer(`SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units sold in January 2026 by product category.',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'mean order value for each country, 2026 so far',
    expect: answer(`SELECT c.country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'how much gross profit did each category make us in 2024',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },
  // Time series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid revenue per day over the last 14 days.',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_14_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'weekly order count for the last 8 wks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'monthly tiktok like totals, sept 2025 to feb 2026',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_6_MONTHS)} AND p.platform = 'tiktok' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customer count for every month of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Product revenue by quarter across 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: "are we ahead of last week's sales yet this week",
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Q3 2025 paid orders, with the Q3 2024 figure alongside for comparison.',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q3_2025, Q3_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'fb engagement feb vs jan — up or down?',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F)`,
        'engagement',
        'social_posts p',
        "p.platform = 'facebook'",
        p,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'were Jul–Dec 2025 customer signups higher than Jul–Dec 2024?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H2_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Discount rate for Q4 2025 set against Q4 2024.',
    expect: answer(
      compared(
        'SUM(o.discount) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(o.subtotal) FILTER (WHERE %F), 0)',
        'discount_rate',
        'orders o',
        PAID,
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'cancellations in the past 30 days compared with the 30 days before that',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', CANCELLED, o, LAST_30_DAYS, PRIOR_30_DAYS),
    ),
  },
  // Value comparisons
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did apparel or beauty bring in more money in jan',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'which got more saves in 2025, instagram or facebook',
    expect: answer(
      `SELECT p.platform, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform IN ('instagram', 'facebook') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Q4 2025 paid revenue: German customers versus French customers.',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('DE', 'FR') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'which brought in more signups during 2025 - tiktok or instagram?',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('tiktok', 'instagram') GROUP BY 1`,
    ),
  },
  // Periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'what did we make on new years day',
    expect: answer(revenue(NEW_YEARS_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'How many paid orders were placed during 5–18 January 2026 (inclusive)?',
    expect: answer(orders(JAN_5_TO_18)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Total revenue for the three whole months before this one.',
    expect: answer(revenue(LAST_3_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'cyber monday 2025: number of posts i published',
    expect: answer(posts('COUNT(*)', 'posts', CYBER_MONDAY)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'how many units have we moved from 1 october 2025 until now',
    expect: answer(units(SINCE_OCTOBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Shipping charged to customers in the second half of 2024 (July–December).',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(H2_2024)}`),
  },
  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['orders placed yesterday, count'],
    question: "ok and friday's number?",
    expect: answer(orders(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Breakdown of January 2026 paid revenue across the sales channels'],
    question: 'Now the same breakdown for average order value.',
    expect: answer(`SELECT o.sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many reels went up in feb 2026'],
    question: 'what about carousels',
    expect: answer(posts('COUNT(*)', 'posts', FEBRUARY, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Gross profit, July–September 2025, please'],
    question: 'Can you break that out by month?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['2025 signups whose country is germany'],
    question: 'same for the french',
    expect: answer(newCustomers(YEAR_2025, " AND c.country = 'FR'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunded orders in january', 'swap that to cancelled orders'],
    question: 'same thing but for december',
    expect: answer(count('orders', `${CANCELLED} AND ${o(DECEMBER)}`)),
  },
  // Must clarify: a product family with several members
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'units of the rug sold in feb',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Gross profit margin earned by the joggers across 2025.',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many of my posts feature the sunscreen',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What is our per-unit cost on the sweater?',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'wats the toner retail at',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many january orders had the cushion cover in them',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'how much revenue has the midi dress made this year?',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'units of the watch strap dispatched since january',
    expect: CLARIFY,
  },
  {
    asker: 'non_native',
    category: 'must_clarify',
    question: 'how many of the shampoo bar we are selling in 2025?',
    expect: CLARIFY,
  },
  // Must decline: not in the data
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'what star rating do shoppers give us on average in reviews',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which delivery carrier (ups, dhl, royal mail) shipped most february parcels',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Split of January buyers by gender.',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'total influencer fees paid out during 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'what % of my email subscribers opened the latest newsletter',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'lead time in days from our suppliers when restocking - which is slowest',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did staff wages come to in Q4 2025?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'from which city the most of our customers are coming?',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Which promo codes were redeemed most often in December?',
    expect: DECLINE,
  },
];
