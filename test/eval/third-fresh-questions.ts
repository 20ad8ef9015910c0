import type { MerchantCase } from './merchant-questions.js';
import {
  ALL,
  answer,
  BLACK_FRIDAY,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CHRISTMAS_DAY,
  CLARIFY,
  comparedAtFirstMark as compared,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_30_DAYS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_DAY,
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
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The third fresh merchant evaluation: a fifth set of questions on the demo layer, held out IN FULL. It was
 * written on 2026-12-02, before the analyst changes that read the second fresh sets (so that the figures at the
 * end of that session measure questions nobody tuned to), and WITHOUT reading the parser or its vocabulary
 * (src/analyst/**): only the demo layer's tables, metrics and dimensions, the demo data's schema and README,
 * and the existing question files (to avoid repeating their questions). Nobody tunes the analyst to it:
 * `npm run eval` prints its figures only; `--show-third-fresh-misses` prints its misses for the closing read of
 * a session.
 *
 * Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE =
 * 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on
 * that data and its result checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's
 * columns and rows), `clarify` (a word with two readings, or a vague "best"/"how did X do" with no metric),
 * `decline` (the data cannot answer).
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar; this week = Mon 9 Mar on; last week = 2–8 Mar; the week before
 * last = 23 Feb – 1 Mar; this month / month to date = 1–14 Mar; last month = Feb 2026; last quarter = Q4 2025;
 * the quarter before = Q3 2025; ytd = 2026 so far; last year = 2025; the second half of 2025 = Jul–Dec; last
 * 30 days = 13 Feb – 14 Mar; last 90 days = 15 Dec – 14 Mar; named days: Black Friday 2025-11-28, Christmas
 * Day 2025-12-25, New Year's Day 2026-01-01. Comparisons of closed periods only (the metric, then
 * `<metric>_previous`).
 */

const FEB_1_TO_10: Span = ['2026-02-01', '2026-02-11'];

/** Product titles in the demo catalog, asked about by name (others than the earlier sets'). */
const TITLE_K = 'Velvet Diffuser';
const TITLE_L = 'Wild Watch Strap';
const TITLE_M = 'Urban Ceramic Mug';

export const THIRD_FRESH_CASES: readonly MerchantCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total sales for the first quarter of 2025',
    expect: answer(revenue(Q1_2025)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total discount amount given on paid orders in Q3 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many saves did my stuff get last week',
    expect: answer(posts('SUM(p.saves)', 'saves', LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many orders have i had since i opened the shop',
    expect: answer(orders(ALL)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total comments on everything i posted in 2025',
    expect: answer(posts('SUM(p.comments)', 'comments', YEAR_2025)),
  },
  { asker: 'analyst', category: 'totals', question: 'Units sold in Q4 2024', expect: answer(units(Q4_2024)) },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many different people bought something in january',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev mtd', expect: answer(revenue(THIS_MONTH)) },
  { asker: 'owner', category: 'shorthand', question: '# orders ytd', expect: answer(orders(THIS_YEAR)) },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'tiktok vid views last wk',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_WEEK, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund pct feb',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg ordr value ytd',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'units q3', expect: answer(units(Q3_2025)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross profit lst mo',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash did the shop bring in yesterday',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many things have i sold so far this year',
    expect: answer(units(THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money did i knock off with discount codes this year',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many people did my posts reach in february',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did customers pay me for delivery in february',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did i actually make after product costs in january',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },

  // Rates
  {
    asker: 'owner',
    category: 'rates',
    question: 'what % of orders got cancelled in january',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(JANUARY)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate on the TikTok Shop channel in 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'how big are my discounts as a pct of the order subtotal, last quarter',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my instagram reels in 2025',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin on accessories, 2026 to date',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'accessories' AND ${o(THIS_YEAR)}`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average number of orders per buying customer in Q4 2025',
    expect: answer(
      `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT o.customer_id) AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per tiktok last month',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'What share of 2025 revenue came from UK customers?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'GB') * 1.0 / SUM(o.total) AS revenue_share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many items does the typical order have this month',
    expect: answer(
      `SELECT SUM(oi.quantity) * 1.0 / COUNT(DISTINCT o.order_id) AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg spend per customer last quarter',
    expect: answer(
      `SELECT SUM(o.total) * 1.0 / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders under $30 in february',
    expect: answer(orders(FEBRUARY, ' AND o.total < 30')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my posts cleared 1000 likes this year',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.likes > 1000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Revenue from orders of $200 or more in Q4 2025',
    expect: answer(revenue(Q4_2025, ' AND o.total >= 200')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products do i sell for under 25 bucks',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE pr.price < 25`),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many instagram posts reached more than 5000 people last quarter',
    expect: answer(posts('COUNT(*)', 'posts', Q4_2025, " AND p.platform = 'instagram' AND p.reach > 5000")),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'smallest order anyone paid for this year',
    expect: answer(`SELECT MIN(o.total) AS smallest_order FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'most likes one of my instagram posts ever got',
    expect: answer(posts('MAX(p.likes)', 'most_likes', ALL, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'cheapest thing in my shop',
    expect: answer(`SELECT pr.title AS product_title FROM products pr ORDER BY pr.price ASC LIMIT 1`),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what day in february had the most sales',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Largest refunded order in 2025',
    expect: answer(
      `SELECT MAX(o.total) AS largest_refund FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)}`,
    ),
  },

  // Lists
  {
    asker: 'owner',
    category: 'lists',
    question: "list last week's cancelled orders",
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up my tiktoks from this week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'what beauty products do i carry',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty'`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Paid orders from Australian customers this week',
    expect: answer(
      `SELECT o.order_id AS "order" FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'AU' AND ${o(THIS_WEEK)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Products with no paid sales at all in March 2026 so far',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.product_id NOT IN (SELECT oi.product_id FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)})`,
    ),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `how much did the ${TITLE_K} bring in last quarter`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_K)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Monthly units sold of the ${TITLE_L} in 2025`,
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_L)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `did anyone buy an ${TITLE_M} last week? how many`,
    expect: answer(units(LAST_WEEK, byTitle(TITLE_M))),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `what does the ${TITLE_K} sell for`,
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_K}'`),
  },

  // Counts by a dimension
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many times did i post on each platform this month',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_MONTH)} GROUP BY 1`),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many products do i carry per category',
    expect: answer(`SELECT pr.category, COUNT(*) AS new_products FROM products pr GROUP BY 1`),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'New customer signups by acquisition channel, Q4 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders did each sales channel get yesterday',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many of each post format did i put out in 2025',
    expect: answer(`SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`),
  },

  // Breakdowns by order status
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'paid vs refunded vs cancelled orders this year',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how much money did i refund last quarter',
    expect: answer(`SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many tiktok shop orders got cancelled in feb',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND o.sales_channel = 'tiktok_shop' AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order count by status and sales channel for January 2026',
    expect: answer(
      `SELECT o.sales_channel, o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1, 2`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 10 products by units this year',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 10`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which platform got me the least reach last quarter',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1 ORDER BY reach ASC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which three acquisition channels brought in the most new customers in 2025?',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 3`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 2 countries for aov last yr',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which category made me the least profit last month',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY gross_profit ASC LIMIT 1`,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin by product category for 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Revenue broken down by sales channel and country, February 2026',
    expect: answer(
      `SELECT o.sales_channel, c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'discounts given per sales channel this year',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'total engagement on instagram split by post type last month',
    expect: answer(
      `SELECT p.media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'aov for each country this month',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'video views per platform in january',
    expect: answer(
      `SELECT p.platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly order count for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'sales week by week since jan 1',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'my tiktok views day by day this week',
    expect: answer(
      `SELECT ${bucket('day', 'p.posted_at')}, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'new customers every month last year',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Gross profit by quarter, 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'how has my engagement rate moved month to month since october',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(['2025-10-01', '2026-03-16'])} GROUP BY 1 ORDER BY 1`,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'how did january sales stack up against december',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, JANUARY, DECEMBER)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'orders last week vs the week before',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Units sold in Q3 2025 compared with Q2 2025',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, Q3_2025, Q2_2025)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Refund rate last quarter against the quarter before',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.status = 'refunded' AND ${o(Q4_2025)}) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND ${o(Q4_2025)}), 0) AS refund_rate, COUNT(*) FILTER (WHERE o.status = 'refunded' AND ${o(Q3_2025)}) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND ${o(Q3_2025)}), 0) AS refund_rate_previous FROM orders o`,
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my saves go up in feb compared to jan',
    expect: answer(compared('SUM(p.saves) FILTER (WHERE %F)', 'saves', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'uk or us, which spent more with me this year',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('GB', 'US') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels vs carousels engagement rate last quarter',
    expect: answer(
      `SELECT p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') AND ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'instagram shop vs online store sales yesterday',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND o.sales_channel IN ('instagram_shop', 'online_store') AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'New customers from organic search versus paid search in 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel IN ('organic_search', 'paid_search') AND ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: `${TITLE_K} or ${TITLE_L}, which sold more units this year`,
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title IN ('${TITLE_K}', '${TITLE_L}') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did i sell on christmas day',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  { asker: 'owner', category: 'periods', question: 'black friday orders', expect: answer(orders(BLACK_FRIDAY)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 1 to 10 February 2026',
    expect: answer(revenue(FEB_1_TO_10)),
  },
  { asker: 'owner', category: 'periods', question: 'sales past 30 days', expect: answer(revenue(LAST_30_DAYS)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Units sold in the second half of 2025',
    expect: answer(units(H2_2025)),
  },
  { asker: 'owner', category: 'periods', question: 'orders on new years day', expect: answer(orders(NEW_YEARS_DAY)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'revenue over the last 90 days',
    expect: answer(revenue(LAST_90_DAYS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how many orders came in last week'],
    question: 'what about this week so far',
    expect: answer(orders(THIS_WEEK)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['reach by platform in january'],
    question: 'and engagement?',
    expect: answer(
      `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 5 products by revenue this year'],
    question: 'only the home stuff',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'home' AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 5`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Average order value by sales channel, February 2026'],
    question: 'Same for all of 2025',
    expect: answer(
      `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['new customers by country last month'],
    question: 'split it by acquisition channel instead',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: "how's tiktok going for me", expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'which country is my strongest market', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how did black friday go', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Orders broken down by channel, January 2026',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: '# of customers in feb', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'what was my worst week this year', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'which of my posts did well last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'whats my top product', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Compare performance this quarter with last',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'how many people visited my site yesterday', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'ROAS on Meta ads for Q4 2025', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'which products are about to sell out', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'what was my net profit after rent and wages this year',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many followers did i gain on tiktok this month',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Average customer age by country', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'how many abandoned carts last week', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how long do deliveries to australia take on average',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Open and click rates of our March newsletter',
    expect: DECLINE,
  },
];
