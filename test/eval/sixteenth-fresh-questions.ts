import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BLACK_FRIDAY,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_2_WEEKS,
  LAST_30_DAYS,
  LAST_7_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  NEW_YEARS_EVE,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  revenueOfCustomers,
  REVENUE_PER_CUSTOMER,
  SINCE_2025,
  SINCE_FEBRUARY,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The sixteenth fresh merchant evaluation: an eighteenth set of questions on the demo layer, held out IN FULL. It was
 * written from main at 86885c7 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the fifteenth (skimmed for its format): only the
 * demo layer (src/demo/semantic-layer.ts, schema.ts), the demo data's README and the data itself, and the eval harness.
 * Nobody tunes the analyst to it: `npm run eval` prints its figures only; `--show-sixteenth-fresh-misses` prints its
 * misses for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (terse and lowercase: "mtd rev pls", "order ct ytd", "pcs sold last wk",
 * "jan refund %", "q4 aov on the ig shop", a typo'd "how mnay orders yday", "25 bucks", "packages went out the door" for
 * orders, "make" and "earn" for revenue), an analyst (precise periods, splits and ratios), a creator (saves, reach, "er",
 * shares, "how many times did i post"), a finance person (gross profit, margin, discount rate, refunds paid back), a
 * founder (sign-ups, "new accounts", people who "created an account", marketing channels) and a support lead
 * (cancellations, refunds, order numbers). Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data
 * through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query
 * was run on that data and its rows checked by hand (a ranking's cut-off checked for ties, a threshold at its boundary,
 * a breakdown against the total it adds up to, no sum over no rows). Expectations as in merchant-questions.ts: `answer`
 * (the gold's columns and rows), `clarify` (a word with several answerable readings: what "tiktok" made us (the TikTok
 * Shop, customers who came from TikTok, or orders attributed to TikTok posts), "the linen shirt" (the Amber, the
 * Everyday and the Minimal Linen Shirt), "the 2025 holiday period" (from Thanksgiving or Black Friday, or Christmas to New
 * Year), "repeat customers" (more than one order ever, or within 2025, or every order after a customer's first), "last
 * weekend" asked on a Sunday (7–8 March, or the weekend of 14–15 March that is ending), "big orders" (over which
 * amount), orders we "lost" (refunded, cancelled or both), the AOV of "new customers" (those who signed up in February,
 * or first-time buyers) and "active customers" (bought within which window)), `decline` (the data cannot answer: profit
 * after ad spend, foot traffic, competitors' prices, stock on hand, website conversion, abandoned carts, follower
 * growth, delivery times, customers' ages).
 *
 * Gold conventions: orders counted with no status named are paid orders ("packages that went out the door" too), and
 * "by status" counts orders of every status with their totals as "value"; refunds and cancellations counted or listed
 * are refunded and cancelled orders by the day they were placed, and what we "paid back" on refunded orders is their
 * totals; a category's or product's "sales", "revenue" or what it "brought in" is product revenue, and its units are
 * units sold; "clear after product costs" is gross profit; people who "bought something" are distinct customers with
 * a paid order; "found us through" and "came in through" a channel, and "marketing channels", are acquisition channels;
 * people who "signed up", "created an account" or are "new accounts" are new customers by sign-up time; "the lowest
 * priced thing we sell" is the product with the lowest list price; a share, a "%" or a "fraction" is the group's part of
 * the whole, as a fraction; "per customer" ratios divide by the customers who bought; a customer who "ordered at least
 * five times" had five or more paid orders in the year; a post "featured" a product when its caption names it; post
 * figures go by the day the post went out; weekends are ISO days 6 and 7; a question with no period runs over all the
 * data ("since we launched it"); "the rest of the world" after the US is every other country's revenue together;
 * follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" / "yesterday" = 14 Mar, "friday" = 13 Mar, "saturday the 7th" = 7 Mar; "this week" /
 * "since monday" = Mon 9 – Sun 15 Mar; "last week" / "last wk" = 2–8 Mar, the week before it = 23 Feb – 1 Mar, "march 2
 * to march 8" = last week; "the last 2 weeks" = 23 Feb – 8 Mar (full Monday-to-Sunday weeks, the demo README's rule);
 * the last 7 days = 8–14 Mar, the past 30 days = 13 Feb – 14 Mar; "mtd", "so far this month", "since march (1)" and "in
 * march" = 1–14 Mar; "ytd" / "since jan 1" = 1 Jan – 14 Mar 2026, against 1 Jan – 14 Mar 2025 for "the same time last
 * yr"; "feb" / "last month" = Feb 2026, "feb 14" = 14 Feb 2026 (Valentine's Day); "jan" / "january" = Jan 2026;
 * "december" / "november" = those months of 2025; "since christmas" = 25 Dec 2025 on; "new year's eve" = 31 Dec 2025;
 * "Black Friday last year" = 28 Nov 2025; "q4" / "last quarter" / "October to December 2025" = Q4 2025, "the same
 * quarter a year earlier" = Q4 2024; "the third quarter of 2025" = Q3 2025; "last year" / "last yr" = 2025; "jan
 * through june last year" = H1 2025, "the second half of 2025" = H2 2025; "from jan 2025 on" = 1 Jan 2025 on.
 * Comparisons of closed periods (the metric, then `<metric>_previous` for the earlier period).
 *
 * Thresholds at their boundary: 25 paid orders this year came to less than $25 (the nearest are $24.84 and $25.25);
 * 35 TikToks of 2025 passed 100,000 views (the nearest are 98,534 and 102,213); 16 products sold more than 500 units in
 * 2025 (the nearest are 491 and 553); 1,160 customers had five or more paid orders in 2025 (351 had exactly five);
 * 341 paid Q4 2025 orders had a discount of at least $20 (three of them exactly $20, so "at least" counts them); 13
 * paid orders of the last 30 days were over $400 (the nearest are $398.85 and $402.84); 8 products are priced over
 * $110 (the nearest are $109 and $112). Cut-offs: the 5 best sellers of March by units end at 53 (the 6th has 50); the 3
 * least engaging Instagram posts of Q4 2025 end at 654 (the 4th has 656); the 3 products of least gross profit in 2025
 * end at $633.49 (the 4th has $1,100.88; the four products launched in 2026 did not exist then); the top 2 acquisition
 * channels by 2025 revenue end at organic search's $274,264.85 (paid search has $241,697.05); the top 3 countries by
 * Q4 2025 AOV end at Germany's $107.54 (Australia has $107.07); the top 3 posts by reach of the last 30 days end at
 * 106,937 (the 4th has 87,063). The single extremes have no tie: the biggest January refund ($387.98 against $342),
 * the cheapest product (the Vintage Toner, $12, against $16.99), February's most shared post (1,670 against 966), 2025's
 * weakest month (April, $74,653.79, against February's $78,100.66) and February's top country for sign-ups (the US,
 * 85, against Britain's 25). Breakdowns add up to their totals: last week's product revenue by category to
 * $28,709.04; February's reach by platform to 1,542,790; January's 45 posts by media type; February's 170 sign-ups by
 * channel; February's 111 TikTok Shop orders by status; November's discounts by storefront to $9,212.23; Q4 2025's
 * revenue by storefront and month to $554,899.87; 2025's 23,288 units by category; the 2,445 sign-ups since 2025 by
 * quarter; this week's 13 refunds by day; February's revenue, the US's $53,333.02 and the rest of the world's
 * $55,202.51, to $108,535.53. No gold sums over no rows: the smallest sets asked about are the one order cancelled on
 * New Year's Eve, the two orders cancelled on Friday 13 March, the three posts of Valentine's Day, the four Facebook
 * posts of the last 2 weeks, the five Minimal Sweaters sold on January weekends and the seven posts that name the
 * Oversized Earrings.
 */

export interface SixteenthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const SINCE_CHRISTMAS: Span = ['2025-12-25', '2026-03-16'];
const SATURDAY_MARCH_7: Span = ['2026-03-07', '2026-03-08'];
const FRIDAY_MARCH_13: Span = ['2026-03-13', '2026-03-14'];
const SUNDAYS = (column: string) => ` AND EXTRACT(ISODOW FROM ${column}) = 7`;

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Velvet Hoodie';
const TITLE_B = 'Oversized Cushion Cover';
const TITLE_C = 'Wild Lip Balm';
const TITLE_D = 'Oversized Earrings';
const TITLE_E = 'Coastal Chinos';
const TITLE_F = 'Minimal Sweater';

export const SIXTEENTH_FRESH_CASES: readonly SixteenthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Units sold, third quarter of 2025',
    expect: answer(units(Q3_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much did we pay back on refunded orders placed in February?',
    expect: answer(`SELECT SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many times did people save my stuff in december',
    expect: answer(posts('SUM(p.saves)', 'saves', DECEMBER)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many people came in through organic search during 2025',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'organic_search'")),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'count of orders cancelled between march 2 and march 8',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'mtd rev pls', expect: answer(revenue(THIS_MONTH)) },
  { asker: 'owner', category: 'shorthand', question: 'order ct ytd', expect: answer(orders(THIS_YEAR)) },
  { asker: 'owner', category: 'shorthand', question: 'how many pcs sold last wk', expect: answer(units(LAST_WEEK)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'q4 aov on the ig shop',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg likes per reel ytd',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'jan refund %',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(JANUARY)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'how mnay orders yday', expect: answer(orders(YESTERDAY)) },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did we earn on the tiktok shop in january',
    expect: answer(revenue(JANUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many packages went out the door last week',
    expect: answer(orders(LAST_WEEK)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'how much did we clear after product costs in feb',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many people have bought something from us so far this month',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times were my instagram posts shown last month',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_MONTH, " AND p.platform = 'instagram'")),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'TikTok Shop refund rate over calendar 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancellation % so far in march',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'er on facebook video posts, second half of 2025',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', H2_2025, " AND p.platform = 'facebook' AND p.media_type = 'video'"),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'What was the discount rate on orders placed on Black Friday last year?',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate by customer country, H2 2025',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats our return rate been since christmas',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(SINCE_CHRISTMAS)}`),
  },

  // Ratios, averages, per-X and shares
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg spend per customer in feb',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Share of 2025 units sold that were apparel',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / SUM(oi.quantity) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'what % of my posts last quarter were reels',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS posts_share FROM social_posts p WHERE ${p(Q4_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Gross margin on the Instagram Shop, January 2026',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'orders per customer among people who found us through tiktok, 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'tiktok' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg items per order on weekends in feb',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${WEEKEND('o.ordered_at')}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'What fraction of December revenue was shipping?',
    expect: answer(
      `SELECT SUM(o.shipping) * 1.0 / SUM(o.total) AS shipping_share FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },

  // Thresholds on rows and on groups
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders below 25 bucks since jan 1',
    expect: answer(orders(THIS_YEAR, ' AND o.total < 25')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'number of tiktoks that passed 100,000 views in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 100000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of products with more than 500 units sold in 2025',
    expect: answer(
      `SELECT COUNT(*) AS products FROM (SELECT oi.product_id FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(oi.quantity) > 500) big`,
    ),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many shoppers ordered at least five times during 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) >= 5) loyal`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid Q4 2025 orders had a discount of at least $20?',
    expect: answer(orders(Q4_2025, ' AND o.discount >= 20')),
  },

  // Extremes
  {
    asker: 'support',
    category: 'extremes',
    question: 'which order was our biggest refund in january',
    expect: answer(
      `SELECT o.order_id AS "order", o.total AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(JANUARY)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: "what's the lowest priced thing we sell",
    expect: answer(
      'SELECT pr.product_id AS product, AVG(pr.price) AS price FROM products pr GROUP BY 1 ORDER BY price ASC LIMIT 1',
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which post got shared the most in february',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1 ORDER BY shares DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Weakest revenue month of 2025?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which country gave us the most signups last month',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'show me the orders that got cancelled on friday',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'cancelled' AND ${o(FRIDAY_MARCH_13)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me every fb post from the last 2 weeks',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND ${p(LAST_2_WEEKS)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which products are priced over $110',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.price > 110`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Paid orders above $400 in the past 30 days: order numbers please',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.total > 400 AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'founder',
    category: 'lists',
    question: 'who created an account yesterday',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE ${c(YESTERDAY)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `${TITLE_A.toLowerCase()}: total units since we launched it`,
    expect: answer(units(ALL, byTitle(TITLE_A))),
  },
  {
    asker: 'finance',
    category: 'names',
    question: `Revenue from the ${TITLE_B} in 2025`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: `in february, how many orders included a ${TITLE_C.toLowerCase()}`,
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `how often have i featured the ${TITLE_D.toLowerCase()} in a caption`,
    expect: answer(posts('COUNT(*)', 'posts', ALL, ` AND p.caption LIKE '%${TITLE_D}%'`)),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Gross profit on the ${TITLE_E}, H2 2025`,
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `units of the ${TITLE_F.toLowerCase()} sold on weekends in january`,
    expect: answer(units(JANUARY, `${byTitle(TITLE_F)}${WEEKEND('o.ordered_at')}`)),
  },

  // Counts by a dimension
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts by media type in jan',
    expect: answer(`SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'signups by acquisition channel last month',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: '# orders per storefront since march 1',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'How many products does each category have in the catalog?',
    expect: answer('SELECT pr.category, COUNT(*) AS products FROM products pr GROUP BY 1'),
  },

  // Breakdowns by order status
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'orders by status for the tiktok shop last month',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Total value of orders by status, January 2026',
    expect: answer(
      `SELECT o.status AS order_status, SUM(o.total) AS order_value FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'refunds vs cancellations by country q4',
    expect: answer(
      `SELECT c.country, o.status AS order_status, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status IN ('refunded', 'cancelled') AND ${o(Q4_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Refunds per storefront in the first half of 2025',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(H1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'orders by status on saturday the 7th',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(SATURDAY_MARCH_7)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '5 best selling items in march by units',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 least engaging instagram posts in q4',
    expect: answer(
      `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(Q4_2025)} GROUP BY 1 ORDER BY engagement ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which three products made us the least gross profit in 2025?',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_profit ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'the two marketing channels whose customers spent the most in 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 countries had the highest avg order value in q4 2025',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 3 posts by reach in the last 30 days',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_30_DAYS)} GROUP BY 1 ORDER BY reach DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Monthly revenue for each storefront from October to December 2025',
    expect: answer(
      `SELECT o.sales_channel, ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'how many people did each platform reach for me in feb',
    expect: answer(`SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts given by storefront in November 2025',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: "last week's sales split by product category",
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'January sign-ups broken out by country and by where they came from',
    expect: answer(
      `SELECT c.country, c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(JANUARY)} GROUP BY 1, 2`,
    ),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily sales last 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Gross margin month by month through 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly tiktok likes since feb 1',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(SINCE_FEBRUARY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new accounts per quarter from jan 2025 on',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'how many refunds per day since monday',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'rev ytd vs same time last yr',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid orders in H2 2025 compared with H1 2025',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, H2_2025, H1_2025)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'my engagement rate in feb vs jan',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F) * 1.0 / NULLIF(SUM(p.reach) FILTER (WHERE %F), 0)`,
        'engagement_rate',
        'social_posts p',
        '',
        p,
        LAST_MONTH,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How did Q4 2025 gross profit compare with the same quarter a year earlier?',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'did we get more new accounts last week than the week prior',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'web vs insta shop orders this week',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND o.sales_channel IN ('online_store', 'instagram_shop') AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'tiktok vs facebook: avg shares per post in 2025',
    expect: answer(
      `SELECT p.platform, AVG(p.shares) AS avg_shares FROM social_posts p WHERE p.platform IN ('tiktok', 'facebook') AND ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'AOV for Canada versus Australia, Q1 2025',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('CA', 'AU') AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'february: apparel units vs beauty units',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'beauty') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  { asker: 'owner', category: 'periods', question: 'units sold since march', expect: answer(units(THIS_MONTH)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'How many paid orders came in on Saturdays and Sundays during Q4 2025?',
    expect: answer(orders(Q4_2025, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many times did i post on feb 14',
    expect: answer(posts('COUNT(*)', 'posts', VALENTINES_DAY)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'what did we make jan through june last year',
    expect: answer(revenue(H1_2025)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: "how many orders were cancelled on new year's eve",
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(NEW_YEARS_EVE)}`),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'how many people signed up on a sunday last month',
    expect: answer(newCustomers(LAST_MONTH, SUNDAYS('c.created_at'))),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue from the us last month'],
    question: 'and the rest of the world?',
    expect: answer(revenueOfCustomers(LAST_MONTH, " AND c.country <> 'US'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['instagram reach for january, all posts'],
    question: 'narrow it to reels',
    expect: answer(posts('SUM(p.reach)', 'reach', JANUARY, " AND p.platform = 'instagram' AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Category unit sales for the fourth quarter of 2025'],
    question: 'Widen that to the full year',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['how many customers did email bring us in 2025'],
    question: 'and paid search?',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['number of refunded orders in feb'],
    question: 'what about cancelled ones',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales on the tiktok shop yesterday'],
    question: 'and across all storefronts?',
    expect: answer(revenue(YESTERDAY)),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how much did tiktok make us in february', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'sales of the linen shirt last month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Revenue over the 2025 holiday period', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'Revenue from repeat customers in 2025', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'revenue last weekend', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'did we get a lot of big orders in february?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many january orders did we end up losing',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'aov for new customers in feb', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how many active customers do we have in the us',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What was our profit after ad spend in Q4?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much foot traffic did the shop get last saturday',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'are our hoodies priced higher than our competitors hoodies',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many cloud tees do we have left in stock',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Website conversion rate for March so far', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'what % of shoppers left items in their cart last week',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'my instagram follower growth in february',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'average delivery time to australia in february',
    expect: DECLINE,
  },
  { asker: 'founder', category: 'must_decline', question: "what's the average age of our customers", expect: DECLINE },
];
