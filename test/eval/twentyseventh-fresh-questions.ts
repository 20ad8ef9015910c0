import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
  CHRISTMAS_DAY,
  CLARIFY,
  compared,
  DECEMBER,
  DECEMBER_2024,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_10_DAYS,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_4_WEEKS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  NEW_YEARS_DAY,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  pc,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-seventh fresh merchant evaluation: a twenty-ninth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 264b2aa WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-sixth (read for its format,
 * categories and counts; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the demo
 * data itself and the eval harness. Each question and history line was compared by a throwaway script with every line
 * of every earlier question file (token-set and trigram Jaccard, the larger of the two; the script printed numbers
 * only) and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-twentyseventh-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (no punctuation, shorthand and typos: "tt shop", "prev wk", "ordrs", "l14d", "l30d",
 * "l90d", "cxl rate", "gross prof", "custs", "ths wk", "r", "wat", "b4", "n", "qty", "sat+sun"), an analyst ("ISO week",
 * "both ends included", "eight full weeks", "at least 3"), a creator ("pass my posts along" for shares, "posting mix",
 * "my stuff"), a finance person and a bookkeeper ("markdown dollars", "delivery charges", "shipping fee income", "the
 * mean ticket"), a founder ("found us through", "our email list", "direct traffic", "where the customer came from"), a
 * support lead, an ops person ("cost us ... to make") and a new hire ("carry", "added to our catalog"), in
 * conversations too. Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through
 * EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run
 * on that data (the demo tenant's rows, through the eval warehouse) and its rows checked by hand. Expectations as in
 * merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a product family with several members, each
 * with rows: "shampoo bar" (the Amber and the Oversized Shampoo Bar, 16 and 79 units in the last 90 days), "the midi
 * dress" (the Cloud and the Vintage Midi Dress, $98.00 and $419.85 of product revenue in January), "joggers" posts (the
 * Coastal, Minimal and Organic Joggers, named in 13, 19 and 40 captions reaching 2,236,845, 472,081 and 1,273,942),
 * "the sweater" (the Minimal, Velvet and Vintage Sweater, gross profit $7,530.00, $19,145.18 and $7,029.60 in 2025),
 * "toner" orders (the Minimal, Sunset and Vintage Toner, in 14, 11 and 2 paid February orders), "the hoodie" (the
 * Organic and the Urban Hoodie in 41 and 8 refunded 2025 orders; the Velvet Hoodie came on 3 February 2026), "the
 * sunscreen" (the Classic and the Vintage Sunscreen, listed at $28.00 and $53.99), "watch straps" (the Urban and the
 * Wild Watch Strap, 11 and 145 units this year) and "the rug" (the Alpine, Classic and Cloud Rug, unit costs $17.24,
 * $14.38 and $42.51)), `decline` (review ratings, link-in-bio clicks, payment methods, card processing fees,
 * influencer spend, delivery times, couriers, customers' gender, return reasons).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "counted by status" counts orders of
 * every status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were
 * placed; a cancellation rate ("what % ... got cancelled", "cxl rate") is cancelled over all orders, a refund rate
 * refunded over paid and refunded orders; a product's "product revenue" is units × unit price, its "qty", units
 * "moved", "shipped" or "went out" its units, its "orders" the paid orders that include it; "delivery charges",
 * "shipping collected" and "shipping fee income" are shipping; "markdown dollars" are discounts; "items per order" are
 * units per paid order; "unique shoppers" are customers with a paid order; "revenue per paying buyer" is revenue over
 * them; the "mean ticket" and "averaged the smallest ticket" are the average order value; "every beanie we sell added
 * together" is every product whose title ends in "Beanie"; a caption "mentions" a product when it contains its title;
 * a product's "cost" and "unit cost" are products.cost; "products added to our catalog" go by products.created_at; a
 * share, "fraction", "portion", "slice", "percentage" or "%" is the group's part of the whole, as a fraction; "the
 * busiest day" has the most paid orders, "the strongest month for signups" the most sign-ups; post figures go by the day
 * the post went out, order figures by the day the order was placed, sign-ups by the customer's creation time; the
 * weekend is ISO days 6 and 7; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "the ids of orders cancelled this week", "day by day ... since monday", "the current week" and
 * "the refunds placed since monday" = 9–14 Mar; "prev wk" / "last wk" / "the week before" (after this week) = 2–8 Mar;
 * "the wk b4 that" (after last week) = 23 Feb – 1 Mar; "l7d" / "past 7d" / "the past week" = 8–14 Mar, against "the 7
 * days before that" = 1–7 Mar; "the last 10 days" = 5–14 Mar; "l14d" = 1–14 Mar; "l30d" / "past 30 days" = 13 Feb – 14
 * Mar; "l90d" / "the last 90 days" = 15 Dec 2025 – 14 Mar 2026; "the past four full weeks" = 9 Feb – 8 Mar; "the eight
 * full weeks before this one" = 12 Jan – 8 Mar; "so far in march" / "this month" = 1–14 Mar; "ytd" / "this yr" / "this
 * year" / "so far in 2026" / "to date" = 1 Jan – 14 Mar 2026, against "the same dates in 2025" = 1 Jan – 14 Mar 2025;
 * "feb" / "last mo" / "last month" / "February 2026" = Feb 2026, against "jan" = Jan 2026; "10 February to 20 February
 * 2026, both ends included" = 10–20 Feb; "valentines day this year" = 14 Feb 2026; "jan 1 2026" = 1 Jan 2026; "the past
 * three whole calendar months" = Dec 2025 – Feb 2026; "since october" = 1 Oct 2025 on; "since black friday 2025" = 28
 * Nov 2025 on; "christmas day 2025" = 25 Dec 2025; "december" / "dec 25" = Dec 2025, against "a year before" = Dec
 * 2024; "november" = Nov 2025; "October 2025" = Oct 2025; "oct-dec" / "oct to dec 2025" / "October to December 2025" /
 * "Q4 2025" = Oct–Dec 2025, against Q4 2024; "jul-sep 25" = Jul–Sep 2025; "July–December 2025" / "between July and
 * December 2025" = Jul–Dec 2025; "January–June 2025" = Jan–Jun 2025; "Q1 2025, January through March" = Jan–Mar 2025;
 * "2025" / "calendar 2025" / "calendar year 2025" / "last year" = the calendar year; "of all time" = every post.
 * Comparisons of periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 112 paid February orders topped $200 (the nearest are $199.95 and $201.95); 13 products
 * list below $30 (none at $30.00; the nearest are $28.00 and $32.99); 15 TikToks of this year passed 100,000 views (the
 * nearest are 95,996 and 103,522); 2,122 customers placed 3 or more paid orders in 2025 (524 of them exactly 3); 8
 * refunded February orders came to less than $50 (the nearest are $48.90 and $50.95); 8 products cost under $10 (the
 * nearest are $9.97 and $10.22); 4 home products list above $100 (the nearest are $92.99 and $102.00); the past week's
 * 12 paid orders with more than $20 off (the nearest discounts are $19.20 and $21.80). Cut-offs: February's 3 products
 * of most product revenue end at the Velvet Diffuser's $5,025.15 (the 4th has $4,998.00); 2025's 5 most shared posts
 * end at 4,256 (the 6th has 3,718); Q4 2025's two countries of fewest paid orders are France (332) and Germany (377; the
 * 3rd has 475); this year's 3 products of least gross profit end at the Ocean Bath Salts' $199.86 (the 4th has
 * $214.06). The single extremes have no tie: January's busiest day (30 Jan, 46 paid orders, against 43), the most
 * commented Facebook post (304 against 288), 2025's country of lowest average order value (France, $108.60, against
 * $111.92), 2025's strongest month of sign-ups (December, 293, against 240) and this year's smallest refund ($22.95
 * against $26.94). Breakdowns and series add up: February's 1,125 orders by status; Q4 2025's sign-ups by country;
 * 2025's 447 posts by media type; this week's paid orders by sales channel; the 30 days' 27 cancellations by channel;
 * this year's paid revenue by acquisition channel. No gold sums over no rows: the smallest sets asked about are the 3
 * Instagram carousels of this month, the 3 refunded orders of 1 January 2026, the 4 home products above $100, the 7
 * cancellations of this week, the 8 products costing under $10, the 10 captions naming the Vintage Body Oil, the 12
 * products added in 2025 and the 13 refunded 2025 orders with a Soft Cap.
 */

export interface TwentyseventhFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const OCTOBER: Span = ['2025-10-01', '2025-11-01'];
const FEBRUARY_10_TO_20: Span = ['2026-02-10', '2026-02-21'];
const SEVEN_DAYS_BEFORE: Span = ['2026-03-01', '2026-03-08'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Cloud Tee';
const TITLE_B = 'Velvet Diffuser';
const TITLE_C = 'Vintage Body Oil';
const TITLE_D = 'Golden Wall Print';
const TITLE_E = 'Soft Cap';
const TITLE_F = 'Velvet Scarf';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const AOV = 'AVG(o.total) AS average_order_value';
const inCategory = (category: string) =>
  ` AND oi.product_id IN (SELECT product_id FROM products WHERE category = '${category}')`;

export const TWENTYSEVENTH_FRESH_CASES: readonly TwentyseventhFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Paid revenue booked in Q1 2025, January through March',
    expect: answer(revenue(Q1_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'valentines day this year how many orders came thru',
    expect: answer(orders(VALENTINES_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'add up how many times my november posts got shared',
    expect: answer(posts('SUM(p.shares)', 'shares', NOVEMBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Total value of discounts applied to paid orders in October 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(OCTOBER)}`),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'how many products were added to our catalog during 2025?',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'number of december orders that ended up refunded',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(DECEMBER)}`)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tt shop sales mon-sun last wk',
    expect: answer(revenue(LAST_WEEK, " AND o.sales_channel = 'tiktok_shop'")),
  },
  { asker: 'owner', category: 'shorthand', question: 'ordrs l14d', expect: answer(orders(LAST_14_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov jul-sep 25',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cxl rate feb',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'beauty units sold ytd',
    expect: answer(units(THIS_YEAR, inCategory('beauty'))),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'insta reach past 7d',
    expect: answer(posts('SUM(p.reach)', 'reach', LAST_7_DAYS, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross prof dec 25',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'french new custs oct-dec',
    expect: answer(newCustomers(Q4_2025, " AND c.country = 'FR'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did we take on christmas day 2025',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'in january how many times did ppl pass my stuff on to their friends',
    expect: answer(posts('SUM(p.shares)', 'shares', JANUARY)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'February 2026: the delivery charges customers paid on their paid orders, in dollars',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'december - how many unique shoppers ended up buying at least once',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Across orders placed January–June 2025, what was the refund rate',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H1_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'my reels engagement rate oct to dec 2025',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin percentage on February 2026 sales',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'what % of instagram shop orders got cancelled in the last 90 days',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_90_DAYS)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'discount rate for aussie customers across 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'AU'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'For January 2026, the mean ticket of a paid order placed on our own web store',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel = 'online_store'`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'across 2025 how much revenue did we get per paying buyer',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'typical number of likes per tiktok in february',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'items per order avg so far in march',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Paid orders per buying customer for October to December 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'For calendar 2025, what percentage of paid revenue was taken through the online store channel',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'how much of l30d units was home stuff, as a %',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'home') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'fraction of new customers this year who found us on tiktok',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'tiktok') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'instagram share of my total reach in december',
    expect: answer(
      `SELECT SUM(p.reach) FILTER (WHERE p.platform = 'instagram') * 1.0 / SUM(p.reach) AS share FROM social_posts p WHERE ${p(DECEMBER)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'out of the q4 2025 refunds, how big a slice came via tiktok shop',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / COUNT(*) AS share FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'February 2026 paid orders whose total exceeded $200: how many',
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.total > 200`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products r priced below $30 on the shop',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'number of my tiktoks this year that passed 100k views',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.platform = 'tiktok' AND p.video_views > 100000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of shoppers who came back for at least 3 paid orders in 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) >= 3) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunded orders last month worth less than $50 - how many',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(FEBRUARY)} AND o.total < 50`)),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'which products cost us under ten dollars each to make',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost < 10'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'busiest day in january by number of orders',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which of my facebook posts pulled in the most comments of all time',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(ALL)} AND p.platform = 'facebook' ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'In 2025, the buyer country whose paid orders averaged the smallest ticket',
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'our strongest month for signups in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'smallest refund so far this year, which order and how much',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} ORDER BY 2 ASC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'give me the ids of orders cancelled this week',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show my insta carousels from this month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(THIS_MONTH)} AND p.platform = 'instagram' AND p.media_type = 'carousel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Titles of home products with a list price above $100',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' AND pr.price > 100"),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'which beauty items do we carry?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'List the paid orders from the past week that had more than $20 discounted',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} AND o.discount > 20`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many cloud tees went out l30d',
    expect: answer(units(LAST_30_DAYS, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Velvet Diffuser product revenue, July–December 2025, paid orders only',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many captions have i written that mention the vintage body oil',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What gross profit did the Golden Wall Print earn in Q4 2025?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'soft cap: number of 2025 orders including it that got refunded',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(YEAR_2025)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'every beanie we sell added together - units this yr',
    expect: answer(units(THIS_YEAR, byKind('Beanie'))),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'what does one Velvet Scarf cost us?',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_F}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'february orders counted by status',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'new customers in each country, q4 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'my 2025 posting mix - count of reels, images, carousels and videos',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count by sales channel for the current week',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'cancellations by channel past 30 days',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 sellers by product rev last mo',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'the 5 posts of mine from 2025 that got shared the most',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which two customer countries placed the fewest paid orders in Q4 2025?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'The three least profitable products so far this year, by gross profit',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Shipping collected on paid orders per customer country, February 2026',
    expect: answer(
      `SELECT c.country AS country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'video views split out by platform for january',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Cancellation rate for each sales channel over calendar 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'qty sold per product category mon-sun last wk',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'this year revenue grouped by where the customer came from',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid revenue bucketed by ISO week for the eight full weeks before this one',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'day by day order count since monday',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'reach month by month since october',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(SINCE_OCTOBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'signups week by week for the past four full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'time_series',
    question: 'Monthly shipping fee income from paid orders between July and December 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'rev l7d vs the 7 days before that',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_7_DAYS, SEVEN_DAYS_BEFORE),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid orders in Q4 2025 against Q4 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'likes on my stuff: february against january, which was higher',
    expect: answer(compared('SUM(p.likes) FILTER (WHERE %F)', 'likes', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: "how do this year's sign-ups to date stack up against the same dates in 2025",
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Markdown dollars on paid orders in December 2025 compared with a year before',
    expect: answer(
      compared('SUM(o.discount) FILTER (WHERE %F)', 'discounts', 'orders o', PAID, o, DECEMBER, DECEMBER_2024),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'refunds last wk compared w the wk before',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        LAST_WEEK,
        WEEK_BEFORE_LAST,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Refund rate in 2025 for US customers versus UK customers',
    expect: answer(
      `SELECT c.country AS country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'images or videos - which got more likes this year',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.media_type IN ('image', 'video') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'home v beauty gross profit last mo',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} AND pr.category IN ('home', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'which acquired more customers in 2026 so far: our email list or direct traffic',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} AND c.acquisition_channel IN ('email', 'direct') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'feb weekend orders sat+sun only count',
    expect: answer(orders(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid revenue from 10 February to 20 February 2026, both ends included',
    expect: answer(revenue(FEBRUARY_10_TO_20)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Paid revenue over the past three whole calendar months',
    expect: answer(revenue(LAST_3_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many things have i posted in the last 10 days',
    expect: answer(posts('COUNT(*)', 'posts', LAST_10_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'new customers since black friday 2025',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many of the orders from jan 1 2026 got refunded',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(NEW_YEARS_DAY)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how much did we sell last wk'],
    question: 'n the wk b4 that',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Q4 2025 paid revenue with one line per sales channel'],
    question: 'Now only Canadian customers',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['january saves on my insta stuff total'],
    question: 'same but facebook pls',
    expect: answer(posts('SUM(p.saves)', 'saves', JANUARY, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Product revenue on paid orders for 2025'],
    question: 'Break it out by category',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['december new customer count'],
    question: 'of those, how many found us through paid search ads',
    expect: answer(newCustomers(DECEMBER, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['count the refunds placed since monday', 'keep only ones from our online store'],
    question: 'redo that for the week before',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(LAST_WEEK)} AND o.sales_channel = 'online_store'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how many shampoo bars moved in the l90d', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Product revenue of the midi dress in January 2026',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how much reach did my joggers posts get',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How much gross profit did the sweater generate over calendar year 2025?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'toner orders last mo how many', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many times was the hoodie refunded last year',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: "what's the sunscreen's retail price", expect: CLARIFY },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'how many watch straps have we shipped so far this year',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'whats our unit cost on the rug',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'avg star rating on our reviews this month', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many link in bio clicks did i get last week',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Split of 2025 paid orders by payment method, card versus PayPal',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'What did we pay in card processing fees in February?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how much did we spend on influencer partnerships in q4',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many days on average did february US shipments take to arrive',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which courier handled the most parcels in january',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'male vs female customers split', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Most common reasons customers gave for returns in 2025',
    expect: DECLINE,
  },
];
