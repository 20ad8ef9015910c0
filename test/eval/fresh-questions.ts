import type { MerchantCase } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
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
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_3_DAYS,
  LAST_6_MONTHS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q3_2025,
  Q4_2025,
  REFUND_RATE,
  revenue,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  THIS_YEAR,
  units,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The fresh merchant evaluation (session 6): a third set of questions on the demo layer, held out IN FULL. It
 * was written on 2026-12-01, before the analyst changes it measures (on main at 2b876cf), because the unseen
 * sets were about to be read and tuned to; and WITHOUT reading the parser, its vocabulary or its replies
 * (src/analyst/**) or the original set (cases.ts): only the demo layer, the demo README and generator (what
 * the data is), and the existing question files (to avoid repeating their questions). Nobody tunes the analyst
 * to it: `npm run eval` prints its figures only; `--show-fresh-misses` prints its misses for the closing read of
 * a session.
 *
 * Same data and dates as the merchant and unseen sets: scale 1, seed DEFAULT_DEMO_SEED, data through
 * EVAL_END_DATE = 2026-03-14 (orders and posts from 2024-03-15; customers and products from 2023), asked on
 * EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on that data and its rows
 * checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify`
 * (a word with two readings in the data, or a vague "best"/"how did X do" with no metric), `decline` (the data
 * cannot answer).
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar; this week = Mon 9 Mar on; last week = 2–8 Mar; the last 8
 * weeks = the 8 full Monday–Sunday weeks before this one (12 Jan – 8 Mar, the README's rule); the last 3 days =
 * 12–14 Mar; the last 90 days = 15 Dec 2025 – 14 Mar 2026; this month = 1–14 Mar; last month = Feb 2026; this
 * quarter = Q1 2026 so far; last quarter = Q4 2025; the last 6 months = Sep 2025 – Feb 2026 (full months);
 * this year = 1 Jan – 14 Mar 2026; last year = 2025; "2024" holds 15 Mar – 31 Dec 2024 only; named days:
 * Thanksgiving 2025-11-27, Christmas Day 2025-12-25. Comparisons of closed periods only (the metric, then
 * `<metric>_previous`).
 */

const THANKSGIVING: Span = ['2025-11-27', '2025-11-28'];
const FEB_14_TO_28: Span = ['2026-02-14', '2026-03-01'];

/** Product titles in the demo catalog, asked about by name (others than the merchant and unseen sets'). */
const TITLE_E = 'Ocean Cardigan';
const TITLE_F = 'Golden Wall Print';
const TITLE_G = 'Velvet Scarf';
const TITLE_H = 'Minimal Vase';

export const FRESH_CASES: readonly MerchantCase[] = [
  // Totals
  {
    asker: 'owner',
    category: 'totals',
    question: 'what were my total sales for 2024',
    expect: answer(revenue(YEAR_2024)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total product revenue for Q4 2025',
    expect: answer(`SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many impressions did my instagram posts get last month',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_MONTH, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many orders did i get on the tiktok shop this year',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total likes across everything i posted in 2025',
    expect: answer(posts('SUM(p.likes)', 'likes', YEAR_2025)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Units sold in Q1 2026 to date',
    expect: answer(units(THIS_QUARTER)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many new customers did i get in 2025',
    expect: answer(`SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)}`),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev lst wk', expect: answer(revenue(LAST_WEEK)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# custs who bought ytd',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig saves last mo',
    expect: answer(posts('SUM(p.saves)', 'saves', LAST_MONTH, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'profit q4 pls',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg ordr value jan',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how much $ refunded lst month',
    expect: answer(
      `SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancels this wk',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash came in yesterday',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many packages did we send out last week',
    expect: answer(orders(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many people shopped with me in february',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many people saw my posts last week',
    expect: answer(posts('SUM(p.reach)', 'reach', LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did people save with my discount codes this year',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate by acquisition channel for 2025',
    expect: answer(
      `SELECT c.acquisition_channel, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats my cancel rate this month',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "what's my engagement rate on carousels this year",
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Discount rate on the Instagram Shop, last quarter',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin % for beauty products in 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund rate in germany last year',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'DE' AND ${o(YEAR_2025)}`,
    ),
  },

  // Ratios, per-X and shares of a total
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per order on the TikTok Shop this year',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many orders does a customer place on average in 2025',
    expect: answer(
      `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT o.customer_id) AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'average saves per reel',
    expect: answer(posts('AVG(p.saves)', 'avg_saves', ALL, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Share of revenue from discounted orders this year',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.discount > 0) * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'share of new customers by acquisition channel last year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS new_customers_share FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what percent of my orders have a discount',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.discount > 0) * 1.0 / COUNT(*) AS orders_share FROM orders o WHERE ${PAID} AND ${o(ALL)}`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders were over $200 in december',
    expect: answer(orders(DECEMBER, ' AND o.total > 200')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many tiktoks got under 100k views last month',
    expect: answer(posts('COUNT(*)', 'posts', LAST_MONTH, " AND p.platform = 'tiktok' AND p.video_views < 100000")),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many items in my catalog are under 30 bucks',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE pr.price < 30`),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of paid orders with a discount over $20, last quarter',
    expect: answer(orders(Q4_2025, ' AND o.discount > 20')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'revenue from orders with free shipping this month',
    expect: answer(revenue(THIS_MONTH, ' AND o.shipping = 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'posts with more than 500 shares',
    expect: answer(posts('COUNT(*)', 'posts', ALL, ' AND p.shares > 500')),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the highest discount anyone got this year',
    expect: answer(`SELECT MAX(o.discount) AS largest_discount FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'most video views on a single reel',
    expect: answer(posts('MAX(p.video_views)', 'max_video_views', ALL, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'most expensive thing in my home category',
    expect: answer(
      `SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' ORDER BY pr.price DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: "what's the lowest reach any of my posts got this year",
    expect: answer(posts('MIN(p.reach)', 'min_reach', THIS_YEAR)),
  },

  // Lists that want rows
  {
    asker: 'owner',
    category: 'lists',
    question: 'list the orders from canada over $300 last month',
    expect: answer(
      `SELECT o.order_id AS "order" FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'CA' AND o.total > 300 AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show my facebook posts from this week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND ${p(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'list my apparel products under $50',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'apparel' AND pr.price < 50`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me the customers who signed up yesterday',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE ${c(YESTERDAY)}`),
  },

  // Names as filters
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_E}s have i sold since it launched`,
    expect: answer(units(ALL, byTitle(TITLE_E))),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `revenue from the ${TITLE_F.toLowerCase()} last quarter`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_F)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `${TITLE_G} units sold by country, 2025`,
    expect: answer(
      `SELECT c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS} JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_G)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `how many of my posts mention the ${TITLE_H}`,
    expect: answer(posts('COUNT(*)', 'posts', ALL, ` AND p.caption LIKE '%${TITLE_H}%'`)),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how many hoodies did i sell last month',
    expect: answer(
      units(LAST_MONTH, " AND oi.product_id IN (SELECT product_id FROM products WHERE title LIKE '%Hoodie')"),
    ),
  },

  // Counts by a dimension
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'number of customers by acquisition channel in canada',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE c.country = 'CA' AND ${c(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts did i do on each day of the week',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM p.posted_at) AS INTEGER) AS day_of_week, COUNT(*) AS posts FROM social_posts p WHERE ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'orders by country yesterday',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Number of products launched per year',
    expect: answer(
      `SELECT ${bucket('year', 'pr.created_at')}, COUNT(*) AS new_products FROM products pr GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Status-filtered breakdowns
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many orders got cancelled on the tiktok shop last quarter',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Refunded amount by month for the last 6 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_6_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'which country has the most refunds this year',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'status breakdown of instagram shop orders in 2025',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 sellers this month by units',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which 3 tiktoks got the most likes this year',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_YEAR)} GROUP BY 1 ORDER BY likes DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 2 countries by revenue, 2025',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which category makes me the most profit',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'who spent the most with me last year',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'which acquisition channel brings customers with the highest aov',
    expect: answer(
      `SELECT c.acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 1`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units sold by category and country, last month',
    expect: answer(
      `SELECT pr.category, c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'video views by platform this year',
    expect: answer(
      `SELECT p.platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'discounts by sales channel last quarter',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross profit by sales channel, 2025',
    expect: answer(
      `SELECT o.sales_channel, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'average likes per post by media type on instagram',
    expect: answer(
      `SELECT p.media_type, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'new customers by country last month',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)} GROUP BY 1`),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders per week for the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly average order value, 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'tiktok views by month since october',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(SINCE_OCTOBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly revenue by sales channel this year',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'new signups each week in february',
    expect: answer(
      `SELECT ${bucket('week', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(FEBRUARY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Yearly revenue',
    expect: answer(
      `SELECT ${bucket('year', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Comparisons between periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'december 2025 vs december 2024 sales',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, DECEMBER, DECEMBER_2024)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'AOV in February versus January 2026',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my engagement rate go up in february compared to january',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F) * 1.0 / NULLIF(SUM(p.reach) FILTER (WHERE %F), 0)`,
        'engagement_rate',
        'social_posts p',
        '',
        p,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did i sell more units in q4 than in q3',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, Q4_2025, Q3_2025)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Refund rate 2025 vs 2024',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        YEAR_2025,
        YEAR_2024,
      ),
    ),
  },

  // Comparisons between values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'usa vs canada aov this year',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('US', 'CA') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Instagram Shop vs TikTok Shop refund rate, 2025',
    expect: answer(
      `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel IN ('instagram_shop', 'tiktok_shop') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels vs photos engagement rate on instagram',
    expect: answer(
      `SELECT p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type IN ('reel', 'image') AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'beauty vs home sales last month',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('beauty', 'home') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Periods, at their edges
  { asker: 'owner', category: 'periods', question: 'sales on christmas day', expect: answer(revenue(CHRISTMAS_DAY)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders in the last 3 days',
    expect: answer(orders(LAST_3_DAYS)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for the last 90 days',
    expect: answer(revenue(LAST_90_DAYS)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'what did i make in december 2024',
    expect: answer(revenue(DECEMBER_2024)),
  },
  { asker: 'owner', category: 'periods', question: 'orders on thanksgiving', expect: answer(orders(THANKSGIVING)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'revenue between feb 14 and feb 28',
    expect: answer(revenue(FEB_14_TO_28)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue by sales channel last month'],
    question: 'what about for december',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['top 5 reels by likes this year'],
    question: 'by comments instead',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE p.media_type = 'reel' AND ${p(THIS_YEAR)} GROUP BY 1 ORDER BY comments DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['units sold by category in 2025'],
    question: 'only customers in the US',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country = 'US' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how many orders did i get last week'],
    question: 'and how much was that in sales?',
    expect: answer(revenue(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['aov by country this year'],
    question: 'which one is highest',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['engagement by platform last month'],
    question: 'now as a rate',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Two readings in the data, or no metric behind a vague word: ask which
  { asker: 'owner', category: 'must_clarify', question: 'what did facebook bring in last quarter', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how much did i make on the website vs social this year',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how many orders did i lose last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'are weekends better than weekdays for me', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: "how's the beauty stuff doing this year", expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'which products are trending', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: "what's my most popular video", expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: "how much did last year's customers spend this year",
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'compare this month to last month', expect: CLARIFY },

  // The data cannot answer: say so
  { asker: 'owner', category: 'must_decline', question: 'which products are about to run out', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'whats my net profit this year after rent and wages',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many profile visits did my tiktoks get last week',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Revenue split by customer gender, 2025', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'how many orders arrived late last month', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Sales tax collected in Q4 2025', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'how many people paid with paypal this year', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'change the price of the urban hoodie to $99',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how much did i spend boosting my facebook posts',
    expect: DECLINE,
  },
];
