import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  GROSS_MARGIN,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_4_WEEKS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q3_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The ninth fresh merchant evaluation: an eleventh set of questions on the demo layer, held out IN FULL. It was
 * written from main at db57e89 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating
 * their questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-ninth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked as new people type, week in, week out: a shop owner on a phone (terse shorthand: rev, #, $, aov, custs, units,
 * yday, wk, wk before last, mtd, ytd, qtr, 30d, tt shop, ig shop, web store, disc, eng rate), an analyst (precise:
 * "split", "share of", "by … and …"), a creator (posts, reach, views, engagement), a finance person (refunds,
 * discounts, shipping, margin), a founder (customers, growth, comparisons) and a support lead (refunds, cancellations,
 * orders and sign-ups of the last few days). Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED,
 * data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold
 * query was run on that data and its rows checked by hand (a ranking's cut-off checked for ties, a threshold at its
 * boundary, a series against the total it adds up to, no sum over no rows). Expectations as in merchant-questions.ts:
 * `answer` (the gold's columns and rows), `clarify` (a word with two readings in the layer, such as "channel", "insta",
 * "tiktok" or "customers", or a vague "perform"/"worked best"/"a good day"/"healthiest"/"the better bet" with no
 * figure), `decline` (the data cannot answer). A list of orders with no status named lists paid orders, as the order
 * count does; "packages" are paid orders; a question with no period (or "since launch") runs over all the data;
 * products ranked by what they "brought in" and a product's or category's revenue are ranked by product revenue;
 * "spenders" are customers ranked by the revenue of their paid orders; a product kind ("shampoo bars", "backpacks") is
 * the products whose title ends with it; a post "featured" a product when its caption names it; refunds and
 * cancellations counted are refunded and cancelled orders by the day they were placed, and the money refunded or
 * cancelled is those orders' totals; "views" are video views; "items per order" is units per order; a share of each
 * group is the group's part of the whole; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar; this week / "this week so far" / "since monday" = Mon 9 – Sat 14 Mar;
 * last week = 2–8 Mar; the week before last, and "the week before" after last week, = 23 Feb – 1 Mar; the last 7 days =
 * 8–14 Mar; the past 14 days = 1–14 Mar; the last 4 / 6 weeks = the four / six full weeks before this one, 9 Feb – 8
 * Mar / 26 Jan – 8 Mar (the demo README's rule); the last 30 days / "last 30d" = 13 Feb – 14 Mar; this month / mtd =
 * 1–14 Mar; last month / "february" = Feb 2026 and "the same month last year" = Feb 2025; "january", and "the month
 * before" after last month, = Jan 2026; the last 3 months / the past 12 months = Dec 2025 – Feb 2026 / Mar 2025 – Feb
 * 2026 (whole months); this year / ytd / "so far in 2026" = 1 Jan – 14 Mar 2026; last year / "2025" = the calendar year
 * 2025; last quarter / "last qtr" = Q4 2025, and "q3" / "Q3 2025" / "the quarter before" = Jul–Sep 2025; "October 2025"
 * = that month; weekends = Saturday and Sunday. Comparisons of closed periods (the metric, then `<metric>_previous` for
 * the earlier period).
 *
 * Thresholds at their boundary: no paid order of this week is exactly $150.00 and none of the last 30 days exactly
 * $400.00; no refunded February order is exactly $100.00; no reel of this year has exactly 5000 likes (the nearest are
 * 4934 and 7555); no accessory is priced at exactly $50 (the nearest is $51.99); "shipping was charged" is a shipping
 * charge above 0 (the smallest February charge is $5.95); "more than twice" leaves out the 613 customers with exactly
 * two paid orders in 2025. Cut-offs: the top 3 products of last week end at $1,728.00 of product revenue (the 4th has
 * $1,632.00); the top 3 Instagram reels of February by reach end at 71,998 (the 4th has 45,562); the bottom 3 products
 * of February by units sold have 2, 3 and 4 (every product sold at least 2; the 4th has 5); the top 2 acquisition
 * channels by 2025 buyers have 773 and 598 (the 3rd has 518); the top 5 February spenders end at $496.75 (the 6th has
 * $483.85); the single extremes (the best 2025 month for average order value, the best 2026 day for sign-ups, the
 * category with the lowest 2025 gross margin, the sales channel with the most February cancellations) have no tie. The
 * daily, weekly and monthly series add up to the totals of their periods.
 */

export interface NinthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const PAST_14_DAYS: Span = ['2026-03-01', '2026-03-15'];
const FEBRUARY_2025: Span = ['2025-02-01', '2025-03-01'];
const LAST_YEAR: Span = ['2025-01-01', '2026-01-01'];
const LAST_QUARTER: Span = ['2025-10-01', '2026-01-01'];
const OCTOBER_2025: Span = ['2025-10-01', '2025-11-01'];

/** Product titles in the demo catalog, asked about by name (none of them asked about by the earlier sets). */
const TITLE_A = 'Minimal Sweater';
const TITLE_B = 'Velvet Backpack';
const TITLE_C = 'Meadow Tank';
const TITLE_D = 'Vintage Midi Dress';
const TITLE_E = 'Coastal Beanie';

export const NINTH_FRESH_CASES: readonly NinthFreshCase[] = [
  // Totals
  {
    asker: 'owner',
    category: 'totals',
    question: 'total sales this week so far',
    expect: answer(revenue(THIS_WEEK)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much shipping did we charge customers in the last 30 days?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many views did my facebook videos pull in last quarter',
    expect: answer(
      posts(
        'SUM(p.video_views)',
        'video_views',
        LAST_QUARTER,
        " AND p.platform = 'facebook' AND p.media_type = 'video'",
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'order count so far in 2026',
    expect: answer(orders(THIS_YEAR)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'total items sold in the last 7 days',
    expect: answer(units(LAST_7_DAYS)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev last wk tt shop',
    expect: answer(revenue(LAST_WEEK, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov ytd web store',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'online_store' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: '# new custs last 30d',
    expect: answer(newCustomers(LAST_30_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'apparel units yday',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'apparel' AND ${o(YESTERDAY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# ig shop orders wk before last',
    expect: answer(orders(WEEK_BEFORE_LAST, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'disc $ mtd',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: '$ refunded last qtr',
    expect: answer(`SELECT SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_QUARTER)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'eng rate ig reels ytd',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did people spend in my shop last week',
    expect: answer(revenue(LAST_WEEK)),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many packages went to the uk last week',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'GB' AND ${o(LAST_WEEK)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many people did my tiktoks reach this month',
    expect: answer(posts('SUM(p.reach)', 'reach', THIS_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many new shoppers joined us last week',
    expect: answer(newCustomers(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the insta shop bring in yesterday',
    expect: answer(revenue(YESTERDAY, " AND o.sales_channel = 'instagram_shop'")),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'Refund rate on online store orders, last 30 days',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'online_store' AND ${o(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: "what % of last week's orders were cancelled",
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_WEEK)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin on apparel sold last month',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'apparel' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "what's the engagement rate on my facebook photos this year",
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'facebook' AND p.media_type = 'image'"),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'TikTok Shop discount rate for Q3 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund rate for us customers last quarter',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'US' AND ${o(LAST_QUARTER)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'founder',
    category: 'ratios',
    question: 'what does a canadian buyer spend with us on average, last month',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'CA' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: "What share of last month's revenue came from the TikTok Shop?",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg views per tiktok this month',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', THIS_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'items per order on the ig shop last month',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: "What fraction of last year's discounts went to UK customers?",
    expect: answer(
      `SELECT SUM(o.discount) FILTER (WHERE c.country = 'GB') * 1.0 / SUM(o.discount) AS discounts_share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Share of units sold by category, last quarter',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) * 1.0 / SUM(SUM(oi.quantity)) OVER () AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_QUARTER)} GROUP BY 1`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over $150 this week',
    expect: answer(orders(THIS_WEEK, ' AND o.total > 150')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my reels got more than 5000 likes this year',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.media_type = 'reel' AND p.likes > 5000")),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Revenue from orders where shipping was charged, last month',
    expect: answer(revenue(LAST_MONTH, ' AND o.shipping > 0')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'how many refunded orders were over $100 last month',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND o.total > 100 AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers ordered more than twice last year',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(LAST_YEAR)} GROUP BY 1 HAVING COUNT(*) > 2) repeaters`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'largest single sale this week',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'whats the most shares any tiktok got this year',
    expect: answer(posts('MAX(p.shares)', 'most_shares', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which month of 2025 had the highest average order value?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_YEAR)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Largest discount on a single order last week',
    expect: answer(`SELECT MAX(o.discount) AS largest_discount FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'what was our best day for new customer signups this year',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'what was the priciest order that got cancelled last month',
    expect: answer(
      `SELECT MAX(o.total) AS largest_order FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'which instagram shop orders got refunded this month',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.sales_channel = 'instagram_shop' AND ${o(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my instagram reels from last week',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'reel' AND ${p(LAST_WEEK)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which accessories cost more than $50',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'accessories' AND pr.price > 50`,
    ),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which customers from germany signed up yesterday',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE c.country = 'DE' AND ${c(YESTERDAY)}`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List paid orders over $400 from the last 30 days',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.total > 400 AND ${o(LAST_30_DAYS)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A.toLowerCase()}s sold last month`,
    expect: answer(units(LAST_MONTH, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `${TITLE_B} revenue since launch`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: `Gross margin on the ${TITLE_C} last year`,
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title = '${TITLE_C}' AND ${o(LAST_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `which posts featured the ${TITLE_D} last quarter`,
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.caption LIKE '%${TITLE_D}%' AND ${p(LAST_QUARTER)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how much do i charge for the ${TITLE_E.toLowerCase()}`,
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'how many shampoo bars have we sold this year',
    expect: answer(units(THIS_YEAR, byKind('Shampoo Bar'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Units of backpacks sold by sales channel, last quarter',
    expect: answer(
      `SELECT o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_QUARTER)}${byKind('Backpack')} GROUP BY 1`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'counts_by',
    question: 'number of customers signing up per country this week',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_WEEK)} GROUP BY 1`),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'count my posts by platform for last quarter',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_QUARTER)} GROUP BY 1`),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count by sales channel and country, last week',
    expect: answer(
      `SELECT o.sales_channel, c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: '# orders per category last month',
    expect: answer(
      `SELECT pr.category, COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'how many refunds did we process last week',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Refunded value by country last month',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS refunded FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'cancellations per sales channel this month',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order status split for the online store, last quarter',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'online_store' AND ${o(LAST_QUARTER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how much $ got cancelled last week',
    expect: answer(
      `SELECT SUM(o.total) AS cancelled_total FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 products brought in the most last week',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my top 3 instagram reels by reach last month',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'reel' AND ${p(LAST_MONTH)} GROUP BY 1 ORDER BY reach DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 3 products by units sold last month',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY units_sold ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'which 2 acquisition channels brought us the most paying customers last year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_YEAR)} GROUP BY 1 ORDER BY customers_who_bought DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which category had the lowest gross margin last year?',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_YEAR)} GROUP BY 1 ORDER BY gross_margin ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'which sales channel had the most cancellations last month',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'my top 5 spenders last month',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY revenue DESC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Product revenue by category last week',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'what did each country bring in last week',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach and impressions for each platform in february',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts by acquisition channel, Q3 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.discount) AS discounts FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'units by category on the tiktok shop this month',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'revenue each day last week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customers by month so far this year',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'instagram engagement per week over the last 4 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_4_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly discounts for the last 3 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(LAST_3_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Weekly AOV for the last 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales last month vs same month last year',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_MONTH, FEBRUARY_2025),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customers last quarter vs the quarter before',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_QUARTER, Q3_2025),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'engagement rate last quarter vs q3',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F) * 1.0 / NULLIF(SUM(p.reach) FILTER (WHERE %F), 0)`,
        'engagement_rate',
        'social_posts p',
        '',
        p,
        LAST_QUARTER,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Gross profit last month versus the month before',
    expect: answer(
      compared(
        `SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)`,
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        LAST_MONTH,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Cancellation rate in February versus January',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'cancelled' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE %F), 0)",
        'cancellation_rate',
        'orders o',
        '',
        o,
        LAST_MONTH,
        JANUARY,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'web store vs ig shop sales last week',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND o.sales_channel IN ('online_store', 'instagram_shop') AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'avg reach per post: reels vs videos this year',
    expect: answer(
      `SELECT p.media_type, AVG(p.reach) AS avg_reach FROM social_posts p WHERE p.media_type IN ('reel', 'video') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Refund rate, Canada versus the US, last year',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country IN ('CA', 'US') AND ${o(LAST_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'do tiktok-acquired customers spend more per order than instagram ones',
    expect: answer(
      `SELECT c.acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel IN ('tiktok', 'instagram') AND ${o(ALL)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'orders in the past 14 days',
    expect: answer(orders(PAST_14_DAYS)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for the month of October 2025',
    expect: answer(revenue(OCTOBER_2025)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many orders have come in since monday',
    expect: answer(orders(THIS_WEEK)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'what have we made over the past 12 months',
    expect: answer(revenue(LAST_12_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did i put up on weekends last month',
    expect: answer(posts('COUNT(*)', 'posts', LAST_MONTH, WEEKEND('p.posted_at'))),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue by sales channel last week'],
    question: 'what about the week before',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(WEEK_BEFORE_LAST)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total likes this month'],
    question: 'split by platform',
    expect: answer(`SELECT p.platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(THIS_MONTH)} GROUP BY 1`),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Refunded order count by country, last quarter'],
    question: 'Only the TikTok Shop.',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_QUARTER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many cancelled orders last month'],
    question: 'and this month so far?',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_MONTH)}`),
  },

  // Must clarify
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many orders came through insta yesterday',
    expect: CLARIFY,
  },
  { asker: 'support', category: 'must_clarify', question: 'number of orders per channel this week', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how many customers did we have from germany last month',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How did the online store perform last month?',
    expect: CLARIFY,
  },
  { asker: 'creator', category: 'must_clarify', question: 'which of my posts worked best this month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'was yesterday a good day', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Which category is healthiest right now?', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'are reels or photos the better bet for me',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how much did tiktok bring in this month', expect: CLARIFY },

  // Must decline
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many support tickets came in last week',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which customers left a bad review this month',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much VAT did we charge UK customers last year?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'which discount codes got used the most last month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many people clicked the link in my bio last week',
    expect: DECLINE,
  },
  { asker: 'founder', category: 'must_decline', question: "what's our monthly burn rate", expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Orders by browser, last month', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'what are my competitors charging for hoodies',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how much did i earn from the tiktok creator fund last month',
    expect: DECLINE,
  },
];
