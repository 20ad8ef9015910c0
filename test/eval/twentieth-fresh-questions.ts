import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  BOXING_DAY,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
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
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_10_DAYS,
  LAST_14_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  newCustomers,
  NEW_YEARS_EVE,
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
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
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
  type Span,
} from './demo-gold.js';

/**
 * The twentieth fresh merchant evaluation: a twenty-second set of questions on the demo layer, held out IN FULL. It was
 * written from main at 81f29bf WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the nineteenth (read for its format and gold
 * helpers): only the demo layer (src/demo/**), the demo data's README and the data itself, and the eval harness. Each
 * draft was compared by a throwaway script with every earlier question (token-set and trigram Jaccard) and reworded
 * while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints its figures
 * only; `--show-twentieth-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does
 * not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, shorthand and typos: "rev wtd", "gross prof feb?", "# of orders
 * last 7d", "yday's orders"), an analyst (precise periods, splits, "versus", cut-offs), a creator (reels, reach as "how
 * many ppl did my posts reach", saves, video views), a finance person (COGS, gross profit and margin, unit cost,
 * shipping charged), a founder (sign-ups as "accounts created", "fresh faces", "how they first found us") and a support
 * lead (cancellations, refunds, order IDs). Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED,
 * data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold
 * query was run on that data (the demo tenant's rows, through the eval warehouse) and its rows checked by hand.
 * Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with several
 * answerable readings: "the beanie" (the Coastal, Ocean, Soft and Velvet Beanie), "the cardigan" (the Midnight, Minimal
 * and Ocean Cardigan), orders "from tiktok" (the TikTok Shop, customers who found us on TikTok, or orders a TikTok post
 * drove), "the sweater" (the Minimal, Velvet and Vintage Sweater), "the bath salts" (the Ocean and the Oversized Bath
 * Salts), "the watch strap" (the Urban and the Wild Watch Strap), revenue "from Instagram" (the Instagram Shop, customers
 * acquired on Instagram, or orders an Instagram post drove), the product that "did best" (by units, the Velvet
 * Backpack, or by revenue, the Organic Joggers) and "the lip balm" (the Everyday and the Wild Lip Balm)), `decline` (the
 * data cannot answer: abandoned checkouts, another merchant's (northwind's) orders, customers' email addresses, stock on
 * hand, follower growth, store visitors and conversion, a next-week forecast, complaints, net profit after overheads).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "count per status" counts orders of every
 * status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed; a
 * cancellation rate or "proportion ... got cancelled" is cancelled over all orders; a product's "revenue" is product
 * revenue; "cost of goods sold" is units × unit cost over the items of paid orders, "shipping" and "delivery" what paid
 * orders were charged for it; a product's unit cost is its cost; "reach" (and "how many ppl did my posts reach") sums
 * the posts' reach; a post "shows" a product when its caption names it; "all our hoodies" are every product whose title
 * ends in "Hoodie"; "pieces moved" are units sold; "the website" is the online store; a share, a "slice", a "portion", a
 * "fraction" or a "%" is the group's part of the whole, as a fraction; "how they first found us" and "how the customer
 * was acquired" are the acquisition channel; a customer's 2025 spend is the sum of their paid 2025 orders' totals; "the
 * biggest paid order" is the one of the highest total; post figures go by the day the post went out, order figures by
 * the day the order was placed, sign-ups ("accounts created", "fresh faces", "new accounts") by the customer's creation
 * time; days of the week are ISO day numbers (1 = Monday); follow-ups are asked after their `history` and keep what it
 * did not change.
 *
 * Periods at 2026-03-15: "yesterday" / "yday" = 14 Mar; "wtd" = 9–14 Mar; "last wk", "last week" and "mon 2 to sun 8"
 * = 2–8 Mar, "the wk before" = 23 Feb – 1 Mar; "the six full weeks before this one" = 26 Jan – 8 Mar; "last 7d" = 8–14
 * Mar; "last 10 days" = 5–14 Mar; "past 14 days" = 1–14 Mar; the last 90 days = 15 Dec 2025 – 14 Mar 2026; "so far in
 * march" and "March to date" = 1–14 Mar; "since new yrs day", "2026 so far", "this yr", "so far this year" and "since jan
 * 1" = 1 Jan – 14 Mar 2026; "feb" / "last month" / "February 2026" = Feb 2026, "the month before" it = Jan 2026; "jan" /
 * "january" = Jan 2026; "december" / "dec" = Dec 2025, "the december before" = Dec 2024; "since december 1" = 1 Dec 2025
 * on; "since october" = 1 Oct 2025 on; "since July 2025" = 1 Jul 2025 on; "1 October through 31 October 2025" = Oct
 * 2025; "from 1 February to 15 February 2026, both days included" = 1–15 Feb; "between 15 November and 15 December 2025"
 * includes both days; "boxing day" = 26 Dec 2025; "valentine's day" = 14 Feb 2026; "new year's eve" = 31 Dec 2025; Q4
 * 2025, "oct-dec 2025", "oct thru dec last yr", "the last quarter of 2025" and "the 2025 holiday quarter" = Oct–Dec
 * 2025, against Q4 2024; Q3 2025 = Jul–Sep 2025; "January–March 2025" / "the first quarter of 2025" = Q1 2025; "between
 * January and June 2025", "1 January to 30 June 2025" = H1 2025; "2025", "calendar 2025", "last year" and "January to
 * December 2025" = the calendar year, against 2024. Comparisons of closed periods give the metric, then
 * `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 76 paid January orders were over $250 (the nearest are $248.92 and $250.99); 13
 * products list under $30 (the nearest are $28.00 and $32.99); 13 reels since 1 October have over 3,000 likes (the
 * nearest are 3,105 and 2,784); 275 customers' paid 2025 orders add up to over $1,000 (the nearest are $999.90 and
 * $1,000.78); 52 cancelled 2025 orders were over $200 (the nearest are $199.95 and $200.51); 6 products cost over $50 a
 * unit (the nearest are $47.81 and $54.44); 6 paid orders of last week had a discount of $30 or more (the nearest are
 * $29.60 and $32.09). Cut-offs: Q4 2025's top 5 products by revenue end at the Coastal Joggers' $26,265.00 (the 6th has
 * $26,113.60); 2025's 3 least viewed reels end at 14,384 views (the 4th has 14,918); December's 4 best sellers end at
 * the Vintage Body Oil's 115 units (the 5th has 111); 2025's 3 acquisition channels of most revenue end at paid search's
 * $241,697.05 (TikTok has $222,437.00). The single extremes have no tie: 2025's weakest month (April, $74,653.79,
 * against February's $78,100.66), January's most saved post (654 against 653), 2025's category of best gross margin
 * (beauty, 57.8%, against accessories' 56.4%), the country of most sign-ups since July 2025 (the US, 811, against 291)
 * and last week's biggest paid order ($514.92 against $503.00). Breakdowns and series add up to their totals: January's
 * 1,208 orders by status; Q4 2025's 748 sign-ups by channel; Q4 2025's COGS by category to $246,214.71; March's revenue
 * by country to $66,256.49; February's revenue by hour (all 24 hours) to $108,535.53; 2025's gross profit by quarter to
 * $870,013.20; last week's 489 units by day; the six weeks' 56 posts by week. No gold sums over no rows: the smallest
 * sets asked about are the one post naming the Cloud Midi Dress, the one Instagram reel of last week, the two posts of
 * New Year's Eve, the three Instagram Shop orders cancelled in January and the six sign-ups of Valentine's Day.
 */

export interface TwentiethFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const OCTOBER_2025: Span = ['2025-10-01', '2025-11-01'];
const FEBRUARY_1_TO_15: Span = ['2026-02-01', '2026-02-16'];
const NOVEMBER_15_TO_DECEMBER_15: Span = ['2025-11-15', '2025-12-16'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Velvet Backpack';
const TITLE_B = 'Oversized Cushion Cover';
const TITLE_C = 'Minimal Vase';
const TITLE_D = 'Sunset Toner';
const TITLE_E = 'Urban Ceramic Mug';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';

export const TWENTIETH_FRESH_CASES: readonly TwentiethFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross revenue from paid orders, 1 October through 31 October 2025',
    expect: answer(revenue(OCTOBER_2025)),
  },
  { asker: 'owner', category: 'totals', question: 'total units we sold last wk', expect: answer(units(LAST_WEEK)) },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many customer accounts were created in the first quarter of 2025?',
    expect: answer(newCustomers(Q1_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total shipping fees charged to customers across 2025',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'add up the video views on everything i posted in february',
    expect: answer(posts('SUM(p.video_views)', 'video_views', FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'Number of orders placed in December 2025 that were later cancelled',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(DECEMBER)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev wtd', expect: answer(revenue(THIS_WEEK)) },
  { asker: 'owner', category: 'shorthand', question: '# of orders last 7d', expect: answer(orders(LAST_7_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg $ per order since new yrs day',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund % oct thru dec last yr',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross prof feb?',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'new custs in jan pls', expect: answer(newCustomers(JANUARY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'discounts given so far in march, $ total pls',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop rev past 14 days',
    expect: answer(revenue(LAST_14_DAYS, " AND o.sales_channel = 'instagram_shop'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money did the shop bring in on boxing day',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many ppl did my posts reach last week',
    expect: answer(posts('SUM(p.reach)', 'reach', LAST_WEEK)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What did shoppers pay us for delivery in January?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: "how many fresh faces made an account on valentine's day",
    expect: answer(newCustomers(VALENTINES_DAY)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'What proportion of TikTok Shop orders placed January–March 2025 got cancelled?',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q1_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'reels engagement rate across last year',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: "Beauty's gross margin from 1 Oct 2025 to date",
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'refund rate for customers based in the US last month',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(FEBRUARY)} AND c.country = 'US'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'tiktok shop discount rate 2026 so far',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Between January and June 2025, how many paid orders did each purchasing customer place on average?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(H1_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'average spend per paying customer in France over the last 90 days',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} AND c.country = 'FR'`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg comments per tiktok in december',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', DECEMBER, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Average order value through the online store in January 2026',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'on avg how many items go in each order, oct-dec 2025',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: "TikTok Shop's slice of total 2025 sales, in percent",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Share of February unit sales that were accessories',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'accessories') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what portion of 2025 signups found us through organic search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'organic_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what % of my posts since december 1 were reels',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(SINCE_DECEMBER)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: "What fraction of January's paid orders used a discount?",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.discount > 0) * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid orders in January were worth more than $250?',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total > 250`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products have a list price below $30',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many reels since october got over 3k likes',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_OCTOBER, " AND p.media_type = 'reel' AND p.likes > 3000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of shoppers whose 2025 paid orders added up to over $1,000',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(o.total) > 1000) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'cancelled orders in 2025 with a total above $200, how many?',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(YEAR_2025)} AND o.total > 200`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Name the products whose unit cost is above $50',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was our weakest month for sales in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which of my january posts got saved the most',
    expect: answer(
      `SELECT p.post_id AS post, p.saves AS saves FROM social_posts p WHERE ${p(JANUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'In 2025 which of the four categories ran the best gross margin?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Since July 2025, which country has produced the most new customer accounts?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'biggest paid order placed last week?',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'Give me the IDs of orders from yesterday that ended up refunded',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up the reels i put on instagram last week',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'instagram' AND p.media_type = 'reel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which products were added to the catalogue in calendar 2025? List them.',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: "List last week's paid orders that had a discount of $30 or more",
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.discount >= 30`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'what products do we have in home',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home'"),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many velvet backpacks went out last wk',
    expect: answer(units(LAST_WEEK, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'How much product revenue did the Oversized Cushion Cover earn from January to December 2025?',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'total likes on posts that show the Cloud Midi Dress',
    expect: answer("SELECT SUM(p.likes) AS likes FROM social_posts p WHERE p.caption LIKE '%Cloud Midi Dress%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross profit on the Minimal Vase since October 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of paid february orders containing the sunset toner',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'units of all our hoodies combined in jan',
    expect: answer(units(JANUARY, byKind('Hoodie'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'What does one Urban Ceramic Mug cost us to make?',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'january orders, count per status',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'Q4 2025 signups by how they first found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts have i made on each platform since jan 1',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count by day of the week for February 2026',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: "yday's orders: how many on the website, ig shop and tiktok shop",
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which five products brought in the most revenue in the last quarter of 2025?',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which 3 of my reels from last year got the fewest video views',
    expect: answer(
      `SELECT p.post_id AS post, p.video_views AS video_views FROM social_posts p WHERE ${p(YEAR_2025)} AND p.media_type = 'reel' ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'best 4 sellers in dec by units',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three acquisition channels whose customers generated the most revenue in 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Cost of goods sold for each category, October to December 2025',
    expect: answer(
      `SELECT pr.category AS category, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'impressions in january for each post type',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Revenue by customer country for March to date',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 AOV broken out by how the customer was acquired',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'feb sales split by hour of the day',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Revenue month by month, January–December 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'how many pieces did we move each day last wk',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly post count for the six full weeks before this one',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new sign-ups month by month since july 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Quarterly gross profit through 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did last wk beat the wk before on number of orders',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'AOV for the 2025 holiday quarter (Oct–Dec) versus the same quarter of 2024',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, Q4_2025, Q4_2024),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did i get more likes in feb than in jan',
    expect: answer(compared('SUM(p.likes) FILTER (WHERE %F)', 'likes', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'Did we gain more customer accounts in 2025 than in 2024?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, YEAR_2025, YEAR_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: "was december's refund rate worse than the december before",
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        DECEMBER,
        DECEMBER_2024,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'Were fewer orders cancelled in January than in December?',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'cancelled_orders',
        'orders o',
        "o.status = 'cancelled'",
        o,
        JANUARY,
        DECEMBER,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Revenue in February: online store versus TikTok Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} AND o.sales_channel IN ('online_store', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels or carousels, which get more reach per post on average (2025)',
    expect: answer(
      `SELECT p.media_type AS media_type, AVG(p.reach) AS avg_reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: '2026 so far: new accounts from canadians vs australians',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} AND c.country IN ('CA', 'AU') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Gross profit of home goods compared with accessories in Q3 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} AND pr.category IN ('home', 'accessories') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  { asker: 'owner', category: 'periods', question: 'sales last 10 days', expect: answer(revenue(LAST_10_DAYS)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders placed from 1 February to 15 February 2026, both days included',
    expect: answer(orders(FEBRUARY_1_TO_15)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Sales from 1 January to 30 June 2025',
    expect: answer(revenue(H1_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: "how many posts went up on new year's eve",
    expect: answer(posts('COUNT(*)', 'posts', NEW_YEARS_EVE)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'New customers between 15 November and 15 December 2025',
    expect: answer(newCustomers(NOVEMBER_15_TO_DECEMBER_15)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many january orders placed on a monday got refunded',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(JANUARY)} AND EXTRACT(ISODOW FROM o.ordered_at) = 1`),
    ),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['feb order count, paid ones'],
    question: 'go back one more month',
    expect: answer(orders(JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Q3 2025 revenue split by the channel the order was placed on'],
    question: 'Restrict that to customers in France',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} AND c.country = 'FR' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total reach on my reels in january'],
    question: 'now do carousels',
    expect: answer(posts('SUM(p.reach)', 'reach', JANUARY, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['what was gross profit over december'],
    question: 'split it by category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['sign-ups that came from tiktok in 2025'],
    question: 'and from email?',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['cancelled orders in february', 'only the instagram shop ones'],
    question: 'same for january',
    expect: answer(
      count('cancelled_orders', `o.status = 'cancelled' AND ${o(JANUARY)} AND o.sales_channel = 'instagram_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how did the beanie sell in feb', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Gross profit from the cardigan in 2025', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'count of orders from tiktok in feb', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'units of the sweater sold this yr', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many times did i post about the bath salts',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'what does the watch strap cost us', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'How much revenue came from Instagram in January?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Which product did best for us in February?',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'what did the lip balm go for per unit in oct-dec',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'abandoned checkouts yday, how many', expect: DECLINE },
  {
    asker: 'founder',
    category: 'must_decline',
    question: "Northwind's paid order count for February",
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'email addresses for the customers whose orders were cancelled this week',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How many units of stock did we have on hand at the end of February?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'follower growth on my ig account during february',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What % of online store visitors in February ended up buying?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many cloud tees will we sell next week',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which customers filed complaints in january',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Net profit for 2025 after rent, salaries and software costs',
    expect: DECLINE,
  },
];
