import type { MerchantCase } from './merchant-questions.js';
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
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_14_DAYS,
  LAST_2_WEEKS,
  LAST_3_MONTHS,
  LAST_7_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  newCustomers,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  SINCE_2025,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  THIS_YEAR,
  units,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The fourth fresh merchant evaluation: a sixth set of questions on the demo layer, held out IN FULL. It was
 * written on 2026-12-02 from main at 3a23dce, before any analyst change that reads the third fresh sets, and
 * WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests or the original
 * evaluation cases: only the demo layer's tables, metrics and dimensions, the demo data's schema, generator and
 * README, the eval harness and the existing question files (to avoid repeating their questions). Nobody tunes
 * the analyst to it: `npm run eval` prints its figures only; `--show-fourth-fresh-misses` prints its misses for
 * the closing read of a session.
 *
 * Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE =
 * 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on
 * that data and its result checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's
 * columns and rows), `clarify` (a word with two readings, or a vague "better"/"loyal"/"viral" with no figure),
 * `decline` (the data cannot answer). A list of orders with no status named lists paid orders, as the order
 * count does; a question with no period runs over all the data.
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar; this week = Mon 9 Mar on; last week = 2–8 Mar; the week before
 * last = 23 Feb – 1 Mar; the last 2 weeks = the two full weeks before this one, 23 Feb – 8 Mar (the demo
 * README's rule); last 7 days = 8–14 Mar; last 14 days = 1–14 Mar; this month / since March 1 = 1–14 Mar; last
 * month = Feb 2026; the past 3 months = Dec 2025 – Feb 2026 (whole months, as in merchant-questions.ts); this
 * quarter / Q1 2026 to date / ytd = 1 Jan – 14 Mar 2026; last quarter = Q4 2025; H1 / H2 2025 = Jan–Jun /
 * Jul–Dec 2025; "june last year" = June 2025; "october", "november", "december" = those months of 2025; Black
 * Friday = 2025-11-28; "15 December 2025 to 5 January 2026" includes both days. Comparisons of closed periods
 * only (the metric, then `<metric>_previous` for the earlier period).
 */

const MARCH_1: Span = ['2026-03-01', '2026-03-02'];
const OCTOBER: Span = ['2025-10-01', '2025-11-01'];
const JUNE_2025: Span = ['2025-06-01', '2025-07-01'];
const DEC_15_TO_JAN_5: Span = ['2025-12-15', '2026-01-06'];

/** Product titles in the demo catalog, asked about by name (others than the earlier sets'). */
const TITLE_N = 'Organic Joggers';
const TITLE_O = 'Sunset Tank';
const TITLE_P = 'Wild Lip Balm';
const TITLE_Q = 'Velvet Beanie';

export const FOURTH_FRESH_CASES: readonly MerchantCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total revenue for November 2025',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many customer accounts were created in december',
    expect: answer(newCustomers(DECEMBER)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'facebook impressions so far this year',
    expect: answer(posts('SUM(p.impressions)', 'impressions', THIS_YEAR, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Paid order count for H1 2025',
    expect: answer(orders(H1_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many shares did my reels get in 2025',
    expect: answer(posts('SUM(p.shares)', 'shares', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total gross profit for H2 2025',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'total units sold in june last year',
    expect: answer(units(JUNE_2025)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev this qtr', expect: answer(revenue(THIS_QUARTER)) },
  { asker: 'owner', category: 'shorthand', question: 'units last 14 days', expect: answer(units(LAST_14_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov dec',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'fb reach ytd',
    expect: answer(posts('SUM(p.reach)', 'reach', THIS_YEAR, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancel rate dec',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(DECEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs by country ytd',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: '# posts this wk',
    expect: answer(posts('COUNT(*)', 'posts', THIS_WEEK)),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what were my takings in q4',
    expect: answer(revenue(Q4_2025)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many orders did people cancel on me last month',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what was the value of the orders i refunded in december',
    expect: answer(
      `SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times were my tiktoks watched in january',
    expect: answer(posts('SUM(p.video_views)', 'video_views', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many likes did i rack up in february',
    expect: answer(posts('SUM(p.likes)', 'likes', FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did i charge for postage in q4',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate on the Instagram Shop, February 2026',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats my discount rate on black friday',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on facebook carousels last quarter',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.platform = 'facebook' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin for the home category in H2 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'home' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund rate for canada this year',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'CA' AND ${o(THIS_YEAR)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg comments per reel this year',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per buying customer from Germany in 2025',
    expect: answer(
      `SELECT SUM(o.total) * 1.0 / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'DE' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average impressions per TikTok post in Q4 2025',
    expect: answer(posts('AVG(p.impressions)', 'avg_impressions', Q4_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'what share of my total engagement this year came from tiktok',
    expect: answer(
      posts(
        `SUM${ENGAGEMENT} FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM${ENGAGEMENT}`,
        'engagement_share',
        THIS_YEAR,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'whats the aov on the instagram shop this month',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(THIS_MONTH)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over $100 yesterday',
    expect: answer(orders(YESTERDAY, ' AND o.total > 100')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many reels got over 20k reach last month',
    expect: answer(posts('COUNT(*)', 'posts', LAST_MONTH, " AND p.media_type = 'reel' AND p.reach > 20000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of paid orders between $50 and $100 in January 2026',
    expect: answer(orders(JANUARY, ' AND o.total >= 50 AND o.total <= 100')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many beauty items are priced above $30',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE pr.category = 'beauty' AND pr.price > 30`),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many tiktoks got fewer than 50 comments this year',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.platform = 'tiktok' AND p.comments < 50")),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest order from australia this year',
    expect: answer(
      `SELECT MAX(o.total) AS largest_order FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'AU' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'whats the most views any facebook video got',
    expect: answer(
      posts('MAX(p.video_views)', 'most_video_views', ALL, " AND p.platform = 'facebook' AND p.media_type = 'video'"),
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: "what's the fewest likes one of my reels got this year",
    expect: answer(posts('MIN(p.likes)', 'fewest_likes', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was the busiest day for orders in january',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Largest paid order on the TikTok Shop in Q4 2025',
    expect: answer(
      `SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)}`,
    ),
  },

  // Lists
  {
    asker: 'owner',
    category: 'lists',
    question: "show me yesterday's refunds",
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'which videos did i post on facebook last month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'video' AND ${p(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Customers from France who signed up in February 2026',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE c.country = 'FR' AND ${c(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me the tiktok shop orders from yesterday',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(YESTERDAY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'which posts got over 100 shares last month',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.shares > 100 AND ${p(LAST_MONTH)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_N.toLowerCase()} did i sell in december`,
    expect: answer(units(DECEMBER, byTitle(TITLE_N))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `What was the gross margin of the ${TITLE_O} in 2025?`,
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title = '${TITLE_O}' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `${TITLE_P.toLowerCase()} revenue this month`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}${byTitle(TITLE_P)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `in how many orders did the ${TITLE_Q.toLowerCase()} show up this year`,
    expect: answer(
      `SELECT COUNT(DISTINCT o.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)}${byTitle(TITLE_Q)}`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders did i get from each country last week',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts per media type on facebook this year',
    expect: answer(
      `SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE p.platform = 'facebook' AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Count of new customers by country, H2 2025',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(H2_2025)} GROUP BY 1`),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many customers did i get from each source, all time',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many customers bought in each country last quarter',
    expect: answer(
      `SELECT c.country, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many refunds did the instagram shop have this year',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND o.sales_channel = 'instagram_shop' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Value of refunded orders by country, H2 2025',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS refunded_total FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'cancelled order value last month',
    expect: answer(
      `SELECT SUM(o.total) AS cancelled_total FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'number of orders per status on black friday',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(BLACK_FRIDAY)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 categories by units sold this year',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 3`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 most commented instagram posts last month',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_MONTH)} GROUP BY 1 ORDER BY comments DESC LIMIT 3`,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which sales channel had the highest refund rate in 2025?',
    expect: answer(
      `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY refund_rate DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which country bought the most units last month',
    expect: answer(
      `SELECT c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 5 facebook posts by engagement last quarter',
    expect: answer(
      `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'facebook' AND ${p(Q4_2025)} GROUP BY 1 ORDER BY engagement DESC LIMIT 5`,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units sold by sales channel, Q4 2025',
    expect: answer(
      `SELECT o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'profit by country this year',
    expect: answer(
      `SELECT c.country, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'shares by platform last quarter',
    expect: answer(`SELECT p.platform, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Discount rate by sales channel, 2025',
    expect: answer(
      `SELECT o.sales_channel, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'new customers by channel this month',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement rate by platform for videos only, 2025',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type = 'video' AND ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly units sold, H2 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders each day since march 1',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'instagram engagement by month in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'cancellations per month since october',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(SINCE_OCTOBER)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Quarterly new customers since Q1 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_2025)} GROUP BY 1 ORDER BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'aov by month since september',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'dec vs nov orders',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, DECEMBER, NOVEMBER)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Gross margin, Q4 2025 versus Q4 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F), 0)',
        'gross_margin',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'instagram reach last week compared with the week before',
    expect: answer(
      compared(
        'SUM(p.reach) FILTER (WHERE %F)',
        'reach',
        'social_posts p',
        "p.platform = 'instagram'",
        p,
        LAST_WEEK,
        WEEK_BEFORE_LAST,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'new customers feb vs jan',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Average order value, H2 2025 compared with H1 2025',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, H2_2025, H1_2025),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'apparel or beauty, which made more profit last quarter',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'beauty') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'tiktok vs facebook likes last month',
    expect: answer(
      `SELECT p.platform, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform IN ('tiktok', 'facebook') AND ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Refund rate: Germany versus France, 2025',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country IN ('DE', 'FR') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'canada vs germany new customers this year',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE c.country IN ('CA', 'DE') AND ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Online store versus TikTok Shop units sold, January 2026',
    expect: answer(
      `SELECT o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel IN ('online_store', 'tiktok_shop') AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  { asker: 'owner', category: 'periods', question: 'sales over the last 7 days', expect: answer(revenue(LAST_7_DAYS)) },
  { asker: 'owner', category: 'periods', question: 'orders in the last 2 weeks', expect: answer(orders(LAST_2_WEEKS)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Gross profit for Q1 2026 to date',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_QUARTER)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders came in during october',
    expect: answer(orders(OCTOBER)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 15 December 2025 to 5 January 2026',
    expect: answer(revenue(DEC_15_TO_JAN_5)),
  },
  { asker: 'owner', category: 'periods', question: 'sales on march 1st', expect: answer(revenue(MARCH_1)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'units sold over the past 3 months',
    expect: answer(units(LAST_3_MONTHS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['units sold by category this year'],
    question: 'and last year?',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many reels did i post last month'],
    question: 'and carousels?',
    expect: answer(posts('COUNT(*)', 'posts', LAST_MONTH, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 5 products by units sold in q4'],
    question: 'what about by profit',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 5`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue on the tiktok shop this year'],
    question: 'how many orders was that',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['engagement rate by platform in q4'],
    question: 'break it down by post type too',
    expect: answer(
      `SELECT p.platform, p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1, 2`,
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'which customers are my most loyal', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Average selling price in February 2026', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'is home or beauty doing better this year', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'tiktok units sold in january', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Which quarter was strongest in 2025?', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'did my reels do better than my carousels last month',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'aov by channel last quarter', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many of my posts went viral this year',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'compare apparel and accessories for me', expect: CLARIFY },

  // Must decline
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many of my tiktok viewers are under 25',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Cost per click on our Instagram ads in February 2026',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many orders were sent as gifts last month',
    expect: DECLINE,
  },
  { asker: 'creator', category: 'must_decline', question: 'which of my tiktoks were sponsored', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Inventory turnover for apparel in 2025', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many views did my youtube shorts get last month',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Net Promoter Score for Q4 2025', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'what did the tiktok shop charge me in commission last month',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how long do people spend on my website on average',
    expect: DECLINE,
  },
];
