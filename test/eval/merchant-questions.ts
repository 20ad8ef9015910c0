import {
  ALL,
  answer,
  BLACK_FRIDAY,
  bucket,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  comparedAtFirstMark as compared,
  CYBER_MONDAY,
  DECEMBER,
  DECLINE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_2_MONTHS,
  LAST_30_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
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
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The merchant evaluation: questions phrased as different merchants type them (a shop owner on a phone, an
 * analyst, a creator), written before the parser changes they measure. Each answerable question has gold SQL
 * over the demo tables, run and checked on the seeded demo data (scale 1, seed DEFAULT_DEMO_SEED, data
 * through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15, a Sunday).
 *
 * A question expects one of three outcomes:
 * - `answer`: the analyst's result must have the gold result's columns (by name; a gold column the result
 *   does not name is matched by its values) and the same rows, in order when `ordered`;
 * - `clarify`: a word has more than one reading in the data ("revenue from Instagram": the Instagram Shop, or
 *   orders attributed to Instagram posts): the analyst must ask, not guess;
 * - `decline`: the data cannot answer (visits, ad spend, stock…): the analyst must say so.
 *
 * The set is split in two by position within each category (even: tuning, odd: held out). The held-out
 * half is run at the end of a session and never tuned to: `npm run eval` prints its figures, not its misses.
 *
 * Periods at 2026-03-15 with data through 2026-03-14: last month = Feb 2026; this month / since March =
 * Mar 1–14; this week = Mon 9 – Sat 14 Mar; last week = 2–8 Mar; last quarter = Q4 2025; this year so far =
 * Jan 1 – Mar 14 2026, compared with Jan 1 – Mar 14 2025 (the same span); "this week so far" against last
 * week compares Mon–Sat with Mon–Sat; last 30 days = 13 Feb – 14 Mar; Black Friday 2025 = Nov 28, Cyber
 * Monday = Dec 1, Christmas Eve = Dec 24.
 */

export type Asker = 'owner' | 'analyst' | 'creator';

export type MerchantCategory =
  | 'totals'
  | 'shorthand'
  | 'everyday_words'
  | 'rates'
  | 'ratios'
  | 'thresholds'
  | 'extremes'
  | 'lists'
  | 'names'
  | 'counts_by'
  | 'status_breakdowns'
  | 'top_bottom'
  | 'breakdowns'
  | 'time_series'
  | 'period_comparison'
  | 'value_comparison'
  | 'periods'
  | 'follow_up'
  | 'must_clarify'
  | 'must_decline';

export type Expectation =
  | { readonly kind: 'answer'; readonly gold: string; readonly ordered?: boolean }
  | { readonly kind: 'clarify' }
  | { readonly kind: 'decline' };

export interface MerchantCase {
  readonly asker: Asker;
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

export type MerchantSet = 'tuning' | 'held-out';

const WEEK_BEFORE: Span = ['2026-02-23', '2026-03-02'];
const LAST_WEEK_SAME_SPAN: Span = ['2026-03-02', '2026-03-08'];
const LAST_MONTH_SAME_SPAN: Span = ['2026-02-01', '2026-02-15'];
const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];
const JAN_10_TO_20: Span = ['2026-01-10', '2026-01-21'];
const MARCH_3: Span = ['2026-03-03', '2026-03-04'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Cedar Backpack';
const TITLE_B = 'Vintage Body Oil';

export const MERCHANT_CASES: readonly MerchantCase[] = [
  // Totals, asked plainly
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much did i make last month',
    expect: answer(revenue(LAST_MONTH)),
  },
  { asker: 'owner', category: 'totals', question: 'what did we take in december', expect: answer(revenue(DECEMBER)) },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total gross profit for last quarter',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'gross margin year to date',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much did we give away in discounts last month',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much shipping did customers pay this year',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'New customer count, trailing 30 days',
    expect: answer(`SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many people bought from me last month',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  { asker: 'analyst', category: 'totals', question: 'Total revenue for 2025', expect: answer(revenue(YEAR_2025)) },
  { asker: 'owner', category: 'totals', question: 'how many orders have i had in total', expect: answer(orders(ALL)) },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many posts did I put up last week',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total views on my tiktoks this month',
    expect: answer(
      `SELECT SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many comments did i get last month',
    expect: answer(`SELECT SUM(p.comments) AS comments FROM social_posts p WHERE ${p(LAST_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total reach on facebook in 2025',
    expect: answer(
      `SELECT SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'facebook' AND ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many saves did my carousels get this year',
    expect: answer(
      `SELECT SUM(p.saves) AS saves FROM social_posts p WHERE p.media_type = 'carousel' AND ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'impressions in the last 7 days',
    expect: answer(`SELECT SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(LAST_7_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'net revenue after refunds last month',
    expect: answer(revenue(LAST_MONTH)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many customers did i get from facebook this year',
    expect: answer(
      `SELECT COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel = 'facebook' AND ${c(THIS_YEAR)}`,
    ),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev ytd', expect: answer(revenue(THIS_YEAR)) },
  { asker: 'owner', category: 'shorthand', question: '# orders mtd', expect: answer(orders(THIS_MONTH)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov last wk',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'qty sold yesterday', expect: answer(units(YESTERDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund pct this yr',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'insta likes last wk',
    expect: answer(
      `SELECT SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_WEEK)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how much moeny did i make last mnth',
    expect: answer(revenue(LAST_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats my refund rate for the uk this yr',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'GB' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'how many tik tok vids did i post in feb',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'sales thru the tiktok shop last month',
    expect: answer(revenue(LAST_MONTH, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'top 5 prods by rev last mo',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg order val mtd',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many things did i sell last week',
    expect: answer(units(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many units did we ship in february',
    expect: answer(units(FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did i earn yesterday',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many orders did we get yesterday',
    expect: answer(orders(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in this week',
    expect: answer(revenue(THIS_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many sales did i make last week',
    expect: answer(orders(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'revenue from customers who came via email this year',
    expect: answer(
      `SELECT SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'email' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many returns did we have last month',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)}`),
  },

  // Rates the merchant tracks
  {
    asker: 'analyst',
    category: 'rates',
    question: 'cancellation rate last quarter',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'what % of orders get cancelled',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(ALL)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'refund rate by sales channel this year',
    expect: answer(
      `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate by platform last month',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'gross margin by category for 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'discount rate last month',
    expect: answer(
      `SELECT SUM(o.discount) * 1.0 / NULLIF(SUM(o.subtotal), 0) AS discount_rate FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my reels last quarter',
    expect: answer(
      `SELECT ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type = 'reel' AND ${p(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'monthly engagement rate for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'engagement rate for the whole of 2025',
    expect: answer(`SELECT ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(YEAR_2025)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancellation rate by country this year',
    expect: answer(
      `SELECT c.country, ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Ratios, per-X and shares of a total
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'revenue per customer last year',
    expect: answer(
      `SELECT SUM(o.total) * 1.0 / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'orders per customer this year',
    expect: answer(
      `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT o.customer_id) AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'units per order last month',
    expect: answer(
      `SELECT SUM(oi.quantity) * 1.0 / COUNT(DISTINCT o.order_id) AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'average revenue per day last month',
    expect: answer(`SELECT SUM(o.total) / 28 AS revenue_per_day FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what share of revenue came from the instagram shop this year',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'percentage of revenue by country last quarter',
    expect: answer(
      `SELECT c.country, SUM(o.total) * 1.0 / SUM(SUM(o.total)) OVER () AS revenue_share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'likes per post on tiktok vs instagram',
    expect: answer(
      `SELECT p.platform, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.platform IN ('tiktok', 'instagram') AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'profit per unit sold last month',
    expect: answer(
      `SELECT ${GROSS_PROFIT} * 1.0 / SUM(oi.quantity) AS profit_per_unit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what percent of my sales come from posts',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.attributed_post_id IS NOT NULL) * 1.0 / SUM(o.total) AS attributed_share FROM orders o WHERE ${PAID} AND ${o(ALL)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'share of orders by sales channel in 2025',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS orders_share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over $250 last month',
    expect: answer(orders(LAST_MONTH, ' AND o.total > 250')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders with 3 or more items this month',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} AND (SELECT SUM(oi.quantity) FROM order_items oi WHERE oi.order_id = o.order_id) >= 3`,
    ),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'revenue from orders above $100 this year',
    expect: answer(revenue(THIS_YEAR, ' AND o.total > 100')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my posts got more than 1000 likes',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.likes > 1000 AND ${p(ALL)}`),
  },
  // (What a product "costs" is its price or its unit cost: the layer holds both, so askql asks. Was answered as
  // its price until session 21, when a fresh set asked it as a must-clarify question; it keeps its category and
  // place, so neither half changes.)
  { asker: 'owner', category: 'thresholds', question: 'how many products cost less than $20', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders under $30 last week',
    expect: answer(orders(LAST_WEEK, ' AND o.total < 30')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'posts with over 50k reach this year',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.reach > 50000 AND ${p(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders got free shipping last month',
    expect: answer(orders(LAST_MONTH, ' AND o.shipping = 0')),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest order last month',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was the largest refund this year',
    expect: answer(
      `SELECT MAX(o.total) AS largest_refund FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats my cheapest product',
    expect: answer(`SELECT pr.title AS product_title FROM products pr ORDER BY pr.price ASC LIMIT 1`),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'most expensive product in the catalog',
    expect: answer(`SELECT pr.title AS product_title FROM products pr ORDER BY pr.price DESC LIMIT 1`),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'smallest order yesterday',
    expect: answer(`SELECT MIN(o.total) AS smallest_order FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'whats the most likes any of my posts got',
    expect: answer(`SELECT MAX(p.likes) AS most_likes FROM social_posts p WHERE ${p(ALL)}`),
  },

  // Lists that want rows, not a count
  {
    asker: 'owner',
    category: 'lists',
    question: 'list my refunded orders from last week',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me the orders over $300 from yesterday',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.total > 300 AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my tiktok posts from last week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show all products in the beauty category',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty'`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which orders got cancelled last week',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my reels from last month',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.media_type = 'reel' AND ${p(LAST_MONTH)}`),
  },

  // Names as filters
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A} did we sell last month`,
    expect: answer(
      units(LAST_MONTH, ` AND oi.product_id IN (SELECT product_id FROM products WHERE title = '${TITLE_A}')`),
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `revenue from the ${TITLE_B} this year`,
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND oi.product_id IN (SELECT product_id FROM products WHERE title = '${TITLE_B}')`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `${TITLE_A} units sold by month in 2025`,
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} AND oi.product_id IN (SELECT product_id FROM products WHERE title = '${TITLE_A}') GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how many orders included the ${TITLE_B} last quarter`,
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} AND oi.product_id IN (SELECT product_id FROM products WHERE title = '${TITLE_B}')`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'which platform do most of my posts go to',
    expect: answer(
      `SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(ALL)} GROUP BY 1 ORDER BY posts DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts per platform this year',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders per sales channel last month',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'number of products in each category',
    expect: answer(`SELECT pr.category, COUNT(*) AS new_products FROM products pr GROUP BY 1`),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'what country do most of my orders come from',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many of each post type did i do last month',
    expect: answer(`SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`),
  },

  // Status-filtered breakdowns
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'which 5 products had the most refunds this year',
    expect: answer(
      `SELECT oi.product_id AS product, COUNT(*) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY orders DESC, product LIMIT 5`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'refunded orders by country last quarter',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'cancelled orders by sales channel this year',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how much money did refunds cost me last month',
    expect: answer(
      `SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many orders were refunded in february',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'refunded orders by month in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 5 products made me the most profit this year',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'bottom 3 categories by profit in 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_profit ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'top 3 countries by aov last quarter',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 best instagram posts this year',
    expect: answer(
      `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(THIS_YEAR)} GROUP BY 1 ORDER BY engagement DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which sales channel made the least money last month',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY revenue ASC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 10 customers by spend this year',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY revenue DESC LIMIT 10`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'which country has the lowest refund rate this year',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(THIS_YEAR)} GROUP BY 1 ORDER BY refund_rate ASC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'which acquisition channel brought the most new customers last year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 5 reels by views',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.media_type = 'reel' AND ${p(ALL)} GROUP BY 1 ORDER BY video_views DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which post drove the most sales last month',
    expect: answer(
      `SELECT o.attributed_post_id AS post, SUM(o.total) AS attributed_revenue FROM orders o WHERE ${PAID} AND o.attributed_post_id IS NOT NULL AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY attributed_revenue DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'worst 3 selling products this year',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY units_sold ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'least engaging platform last quarter',
    expect: answer(
      `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1 ORDER BY engagement ASC LIMIT 1`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'revenue by sales channel last month',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Orders by country, YTD',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'AOV by sales channel for 2025',
    expect: answer(
      `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement by media type last quarter',
    expect: answer(
      `SELECT p.media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'new customers by acquisition channel this year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'units sold by category last month',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'revenue by country and sales channel last quarter',
    expect: answer(
      `SELECT c.country, o.sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'likes by platform and media type this year',
    expect: answer(
      `SELECT p.platform, p.media_type, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'revenue by day of the week last month',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'what day of the week do my posts get the most engagement',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM p.posted_at) AS INTEGER) AS day_of_week, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(ALL)} GROUP BY 1 ORDER BY engagement DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'gross profit by category this year',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'avg reach per post by platform',
    expect: answer(`SELECT p.platform, AVG(p.reach) AS avg_reach FROM social_posts p WHERE ${p(ALL)} GROUP BY 1`),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'revenue by month this year',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily orders last week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'monthly new customers in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly engagement this quarter',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(THIS_QUARTER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'revenue per month for the past 6 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_6_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'quarterly revenue 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'refund rate by month last year',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'sales each day this week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'monthly revenue over the past 12 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_12_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'how many posts each month this year',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Comparisons between periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'revenue this year vs last year',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'ytd sales compared to the same time last year',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'orders last month vs the month before',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, LAST_MONTH, JANUARY)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'how is revenue this week compared to last week',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK_SAME_SPAN),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'revenue growth last quarter',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q4_2025, Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'engagement in january vs february',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'new customers month to date vs the same days last month',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, THIS_MONTH, LAST_MONTH_SAME_SPAN),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'revenue H2 2025 vs H1 2025',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H1_2025)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'units sold last week vs the week before',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_WEEK, WEEK_BEFORE),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'aov this year vs last year',
    expect: answer(
      compared(
        'AVG(o.total) FILTER (WHERE %F)',
        'average_order_value',
        'orders o',
        PAID,
        o,
        THIS_YEAR,
        LAST_YEAR_SAME_SPAN,
      ),
    ),
  },

  // Comparisons between values
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'instagram vs tiktok engagement rate this year',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.platform IN ('instagram', 'tiktok') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'US vs UK revenue last month',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('US', 'GB') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels vs carousels average likes',
    expect: answer(
      `SELECT p.media_type, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'online store vs instagram shop orders this year',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND o.sales_channel IN ('online_store', 'instagram_shop') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'apparel vs beauty gross margin in 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'beauty') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'email vs paid search new customers last quarter',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel IN ('email', 'paid_search') AND ${c(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Periods, at their edges
  { asker: 'owner', category: 'periods', question: 'revenue since march', expect: answer(revenue(THIS_MONTH)) },
  { asker: 'owner', category: 'periods', question: 'orders since october', expect: answer(orders(SINCE_OCTOBER)) },
  { asker: 'owner', category: 'periods', question: 'sales on black friday', expect: answer(revenue(BLACK_FRIDAY)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did we make on cyber monday',
    expect: answer(revenue(CYBER_MONDAY)),
  },
  { asker: 'owner', category: 'periods', question: 'orders on christmas eve', expect: answer(orders(CHRISTMAS_EVE)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'revenue on weekends last month',
    expect: answer(revenue(LAST_MONTH, ' AND EXTRACT(ISODOW FROM o.ordered_at) IN (6, 7)')),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'revenue in the first half of 2025',
    expect: answer(revenue(H1_2025)),
  },
  { asker: 'owner', category: 'periods', question: 'units sold in h2 last year', expect: answer(units(H2_2025)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'revenue from jan 10 to jan 20',
    expect: answer(revenue(JAN_10_TO_20)),
  },
  { asker: 'owner', category: 'periods', question: 'orders on march 3', expect: answer(orders(MARCH_3)) },
  {
    asker: 'owner',
    category: 'periods',
    question: 'revenue in the last 2 months',
    expect: answer(revenue(LAST_2_MONTHS)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders on weekdays last month',
    expect: answer(orders(LAST_MONTH, ' AND EXTRACT(ISODOW FROM o.ordered_at) BETWEEN 1 AND 5')),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 5 products by revenue last month'],
    question: 'and the rest?',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['orders from the US by sales channel last month'],
    question: 'all countries please',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue by country last month'],
    question: 'what about this year',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['paid orders by sales channel last month'],
    question: 'and refunded ones?',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['top 5 posts by likes on instagram'],
    question: 'and on tiktok',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(ALL)} GROUP BY 1 ORDER BY likes DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['aov last month'],
    question: 'by country',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['units sold last week'],
    question: 'vs the week before?',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_WEEK, WEEK_BEFORE),
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['engagement rate by platform this year'],
    question: 'just reels',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type = 'reel' AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue from germany last month'],
    question: 'and france?',
    expect: answer(
      `SELECT SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'FR' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 3 products by units sold this year'],
    question: 'show me 10',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 10`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['revenue by month in 2025'],
    question: 'same for orders',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['cancelled orders last month'],
    question: 'what about paid ones',
    expect: answer(orders(LAST_MONTH)),
  },

  // A word with two readings in the data: ask which
  { asker: 'owner', category: 'must_clarify', question: 'revenue from instagram last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'sales from tiktok this year', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'where do my customers come from', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'best channel last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how is the new collection doing', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'revenue last period', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'compare my channels', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'how did my content do', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'orders from facebook last month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'performance by channel last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how many big orders did i get last week', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'revenue from my best customers this year', expect: CLARIFY },

  // The data cannot answer: say so
  { asker: 'owner', category: 'must_decline', question: 'how many people visited my store yesterday', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'conversion rate last month', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'how much did i spend on facebook ads', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'ROAS on instagram this year', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much stock do i have left of my best seller',
    expect: DECLINE,
  },
  { asker: 'creator', category: 'must_decline', question: 'follower growth on tiktok last month', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'predict next months sales', expect: DECLINE },
  { asker: 'creator', category: 'must_decline', question: 'what should i post tomorrow', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'net profit after ad spend last quarter', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'customer acquisition cost by channel', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'email open rate for my last campaign', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'delete the cancelled orders', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how do my sales compare to other shops in my niche',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'which city buys the most', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'average delivery time last month', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'how many abandoned carts yesterday', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'show me the email addresses of my top customers',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'revenue by zip code', expect: DECLINE },
];

/** The half a case belongs to: alternating within its category, so both halves cover every category. */
export function merchantSetOf(testCase: MerchantCase): MerchantSet {
  const ofCategory = MERCHANT_CASES.filter((other) => other.category === testCase.category);
  return ofCategory.indexOf(testCase) % 2 === 0 ? 'tuning' : 'held-out';
}

export const MERCHANT_TUNING: readonly MerchantCase[] = MERCHANT_CASES.filter(
  (testCase) => merchantSetOf(testCase) === 'tuning',
);
export const MERCHANT_HELD_OUT: readonly MerchantCase[] = MERCHANT_CASES.filter(
  (testCase) => merchantSetOf(testCase) === 'held-out',
);
