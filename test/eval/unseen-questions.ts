import type { MerchantCase } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  comparedAtFirstMark as compared,
  DAY_BEFORE_YESTERDAY,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_14_DAYS,
  LAST_60_DAYS,
  LAST_7_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_EVE,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  SINCE_BLACK_FRIDAY,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  VALENTINES_DAY,
  within,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The unseen merchant evaluation: a second set of questions on the demo layer, held out IN FULL. It was
 * written after the merchant set's held-out half had been read (so that half no longer measures unseen
 * questions), before the analyst changes it measures, and WITHOUT reading the parser or its vocabulary
 * (src/analyst/**): only the demo layer's tables, metrics and dimensions, the README's description of the
 * data, and the existing question files (to avoid repeating their questions). Nobody tunes the analyst to it:
 * `npm run eval` prints its figures only; `--show-unseen-misses` prints its misses for the closing read of a
 * session.
 *
 * Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE =
 * 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on
 * that data and its result checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's
 * columns and rows), `clarify` (a word with two readings, or a vague "best"/"how did X do" with no metric),
 * `decline` (the data cannot answer).
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar; the day before yesterday = 13 Mar; this week = Mon 9 Mar on;
 * this month = 1–14 Mar; last month = Feb 2026; last quarter = Q4 2025; "q3" = Q3 2025; last year = 2025;
 * last 7 days = 8–14 Mar; last 14 days = 1–14 Mar; last 60 days = 14 Jan – 14 Mar; since October / since
 * Black Friday (28 Nov 2025) run to today; named days: Halloween 2025-10-31, New Year's Eve 2025-12-31,
 * Valentine's Day 2026-02-14. A "fiscal year" has no start in the layer: ask. Comparisons of closed periods
 * only (the metric, then `<metric>_previous`), so no convention for a period still running is needed.
 */

const HALLOWEEN: Span = ['2025-10-31', '2025-11-01'];
const FIRST_TWO_WEEKS_OF_JANUARY: Span = ['2026-01-01', '2026-01-15'];
const DEC_1_TO_15: Span = ['2025-12-01', '2025-12-16'];

const pr = (span: Span) => within('pr.created_at', span);

/** Product titles in the demo catalog, asked about by name (others than the merchant set's). */
const TITLE_C = 'Urban Hoodie';
const TITLE_D = 'Wild Eye Cream';

export const UNSEEN_CASES: readonly MerchantCase[] = [
  // Totals
  { asker: 'owner', category: 'totals', question: 'what were my sales in january', expect: answer(revenue(JANUARY)) },
  { asker: 'owner', category: 'totals', question: 'total orders in q3', expect: answer(orders(Q3_2025)) },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Shipping fees collected in Q4 2025',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many shares did my posts get in january',
    expect: answer(posts('SUM(p.shares)', 'shares', JANUARY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total video views across all platforms last quarter',
    expect: answer(posts('SUM(p.video_views)', 'video_views', Q4_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many customers do i have',
    expect: answer(`SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(ALL)}`),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross profit for February 2026',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many products are in my store',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr`),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev yday', expect: answer(revenue(YESTERDAY)) },
  { asker: 'owner', category: 'shorthand', question: 'orders lst 7 days', expect: answer(orders(LAST_7_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov q4',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig reach this mo',
    expect: answer(posts('SUM(p.reach)', 'reach', THIS_MONTH, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs this wk',
    expect: answer(`SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_WEEK)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'units sold thsi week', expect: answer(units(THIS_WEEK)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'margin % last yr',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did customers spend with me in february',
    expect: answer(revenue(FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many items went out the door last month',
    expect: answer(units(LAST_MONTH)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many times did people order from me this year',
    expect: answer(orders(THIS_YEAR)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many plays did i get in february',
    expect: answer(posts('SUM(p.video_views)', 'video_views', FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many new people signed up in february',
    expect: answer(`SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did i pull in last week',
    expect: answer(revenue(LAST_WEEK)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for Q4 2025',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats my return rate last month',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on tiktok this month',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'cancellation rate by sales channel in 2025',
    expect: answer(
      `SELECT o.sales_channel, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'discount rate by country this year',
    expect: answer(
      `SELECT c.country, ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "what's the engagement rate of my facebook posts",
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', ALL, " AND p.platform = 'facebook'")),
  },

  // Ratios, per-X and shares of a total
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'average units per order in 2025',
    expect: answer(
      `SELECT SUM(oi.quantity) * 1.0 / COUNT(DISTINCT o.order_id) AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how much does each customer spend on average this year',
    expect: answer(
      `SELECT SUM(o.total) * 1.0 / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what percentage of orders came through the online store in 2025',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / COUNT(*) AS orders_share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'share of product revenue by category this year',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} * 1.0 / SUM(${PRODUCT_REVENUE}) OVER () AS product_revenue_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'comments per post on instagram this year',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', THIS_YEAR, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what fraction of my customers came from tiktok',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'tiktok') * 1.0 / COUNT(*) AS new_customers_share FROM customers c WHERE ${c(ALL)}`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over 500 dollars this year',
    expect: answer(orders(THIS_YEAR, ' AND o.total > 500')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders had a discount last month',
    expect: answer(orders(LAST_MONTH, ' AND o.discount > 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many posts got over 100 comments',
    expect: answer(posts('COUNT(*)', 'posts', ALL, ' AND p.comments > 100')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products are priced over $50',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE pr.price > 50`),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Revenue from orders under $50 in 2025',
    expect: answer(revenue(YEAR_2025, ' AND o.total < 50')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many reels got more than 10k views this year',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.media_type = 'reel' AND p.video_views > 10000")),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the biggest single order ive ever had',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND ${o(ALL)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'highest reach on a single post last month',
    expect: answer(posts('MAX(p.reach)', 'max_reach', LAST_MONTH)),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'priciest accessory i sell',
    expect: answer(
      `SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories' ORDER BY pr.price DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'most comments on a tiktok',
    expect: answer(posts('MAX(p.comments)', 'most_comments', ALL, " AND p.platform = 'tiktok'")),
  },

  // Lists that want rows
  {
    asker: 'owner',
    category: 'lists',
    question: 'which products did i add this year',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE ${pr(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me the orders from germany yesterday',
    expect: answer(
      `SELECT o.order_id AS "order" FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'DE' AND ${o(YESTERDAY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list the carousels i posted this week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.media_type = 'carousel' AND ${p(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show every refunded order over $100 this month',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.total > 100 AND ${o(THIS_MONTH)}`,
    ),
  },

  // Names as filters
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_C}s did i sell this year`,
    expect: answer(units(THIS_YEAR, byTitle(TITLE_C))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `${TITLE_D} revenue by month in 2025`,
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_D)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `${TITLE_C} sales last week`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how many orders had the ${TITLE_D} in them in february`,
    expect: answer(
      `SELECT COUNT(DISTINCT o.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byTitle(TITLE_D)}`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many customers in each country',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(ALL)} GROUP BY 1`),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many videos have i posted on each platform',
    expect: answer(
      `SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE p.media_type = 'video' AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'orders per day of the week this year',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Count of products added in 2025, by category',
    expect: answer(`SELECT pr.category, COUNT(*) AS new_products FROM products pr WHERE ${pr(YEAR_2025)} GROUP BY 1`),
  },

  // Status-filtered breakdowns
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Refunded order value by sales channel in 2025',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'cancellations by country last month',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many refunds each month this year',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'orders by status last month',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 countries by sales this year',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY revenue DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'best selling category last month',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which 3 posts got the most shares last quarter',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1 ORDER BY shares DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 5 products by product revenue in 2025',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY product_revenue ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'customers from which marketing channel spent the most this year',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which media type has the lowest engagement rate this year',
    expect: answer(
      `SELECT p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1 ORDER BY engagement_rate ASC LIMIT 1`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'sales by country this month',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Product revenue by category, Q4 2025',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach by platform last month',
    expect: answer(`SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'orders by hour of day last month',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'average order value by acquisition channel in 2025',
    expect: answer(
      `SELECT c.acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'saves by post type this year',
    expect: answer(`SELECT p.media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'weekly sales last month',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Daily revenue for the last 14 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_14_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'instagram likes per month in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'new customers by week this month',
    expect: answer(
      `SELECT ${bucket('week', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_MONTH)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'units sold each month since october',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Periods, at their edges
  { asker: 'owner', category: 'periods', question: 'sales on valentines day', expect: answer(revenue(VALENTINES_DAY)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders on new years eve',
    expect: answer(orders(NEW_YEARS_EVE)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'revenue since black friday',
    expect: answer(revenue(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for the first two weeks of January 2026',
    expect: answer(revenue(FIRST_TWO_WEEKS_OF_JANUARY)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did i make the day before yesterday',
    expect: answer(revenue(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'orders between dec 1 and dec 15',
    expect: answer(orders(DEC_1_TO_15)),
  },
  { asker: 'owner', category: 'periods', question: 'revenue last 60 days', expect: answer(revenue(LAST_60_DAYS)) },
  { asker: 'owner', category: 'periods', question: 'sales on halloween', expect: answer(revenue(HALLOWEEN)) },

  // Comparisons between periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'feb vs jan sales',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Q4 2025 revenue versus Q4 2024',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did i get more orders in december than in november',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, DECEMBER, NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'reach last month compared to the month before',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'new customers in 2025 vs 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, YEAR_2025, YEAR_2024)),
  },

  // Comparisons between values
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'facebook vs instagram reach this year',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform IN ('facebook', 'instagram') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'canada vs australia orders last quarter',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('CA', 'AU') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'home vs accessories units sold in 2025',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('home', 'accessories') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'tiktok shop vs online store aov last month',
    expect: answer(
      `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel IN ('tiktok_shop', 'online_store') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['units sold by category last month'],
    question: 'and the month before?',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how many orders did i get in january'],
    question: 'and february?',
    expect: answer(orders(FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 5 products by units sold last month'],
    question: 'now by revenue',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['revenue by country last quarter'],
    question: 'just the tiktok shop',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Two readings in the data, or no metric behind a vague word: ask which
  { asker: 'owner', category: 'must_clarify', question: 'how did we do last week', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'which platform works best for me', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'who are my best customers', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'revenue split by channel ytd', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how many customers did i have last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'is my business growing', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'how are my reels doing', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'what was my best month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'revenue for this fiscal year', expect: CLARIFY },

  // The data cannot answer: say so
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'what is the bounce rate on my site this month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many followers do i have on instagram',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did i pay in payment processing fees last month',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: `how many ${TITLE_C}s are left in the warehouse`,
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'revenue by customer age group', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'why do people return the stuff they buy', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'which influencer brought in the most sales',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'does rain affect my sales', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: "send a 10% off code to everyone who hasn't ordered in 3 months",
    expect: DECLINE,
  },
];
