import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BOXING_DAY,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  CYBER_MONDAY,
  DECEMBER,
  DECEMBER_2024,
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
  JANUARY,
  LAST_12_MONTHS,
  LAST_3_MONTHS,
  LAST_60_DAYS,
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
  pc,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q3_2024,
  Q3_2025,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  revenueOfCustomers,
  SINCE_2025,
  SINCE_JULY,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The seventh fresh merchant evaluation: a ninth set of questions on the demo layer, held out IN FULL. It was
 * written from main at ff5a432 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating
 * their questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-seventh-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked as different people type: a shop owner on a phone (shorthand: rev, #, $, qty, aov, disc, custs, yday, wk,
 * mo, mtd, ytd, h2), an analyst, a creator (posts, engagement), a finance person (revenue, refunds, discounts,
 * shipping) and a founder (growth, comparisons). Same data and dates as the merchant set: scale 1, seed
 * DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data and its rows checked by hand (a ranking's cut-off checked for
 * ties, a threshold at its boundary, a series against the total it adds up to). Expectations as in
 * merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with two readings in the layer,
 * or a vague "better"/"winners"/"a success"/"best customers" with no figure), `decline` (the data cannot answer).
 * A list of orders with no status named lists paid orders, as the order count does; a question with no period runs
 * over all the data; a product kind ("sunscreens") is the products whose title ends with it; products ranked by the
 * money they made are ranked by product revenue; refunded amounts are the totals of refunded orders; free shipping
 * is a shipping charge of 0; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15, as in fifth-fresh-questions.ts: yesterday = Sat 14 Mar; last week = 2–8 Mar; the week
 * before last = 23 Feb – 1 Mar; the last 6 weeks = the six full weeks before this one, 26 Jan – 8 Mar (the demo
 * README's rule); "the week of 16 February" = Mon 16 – Sun 22 Feb; the last 7 days = 8–14 Mar and "the 7 days
 * before" = 1–7 Mar; the last 60 days = 14 Jan – 14 Mar; this month / mtd = 1–14 Mar; last month = Feb 2026; "the
 * second half of February" = 15–28 Feb; the past 3 / 12 months = Dec 2025 – Feb 2026 / Mar 2025 – Feb 2026 (whole
 * months); this year / ytd / "in 2026" = 1 Jan – 14 Mar 2026; last year = 2025; last quarter / "q4" = Q4 2025;
 * Q1 2025 = Jan–Mar 2025; Q3 2024 / Q3 2025 = Jul–Sep of those years; H1 / H2 (with no year) = those halves of
 * 2025; "january", "february" = those months of 2026, "december" = Dec 2025, December 2024 = Dec 2024; "since july"
 * = 1 Jul 2025 on; "since the start of 2025" / "since January 2025" = 1 Jan 2025 on; Cyber Monday = 2025-12-01,
 * Boxing Day = 2025-12-26; weekends = Saturday and Sunday, weekdays = Monday to Friday. "$20 or more" includes $20
 * (one December order has a discount of exactly $20.00); "over" and "below" are strict. Comparisons of closed
 * periods (the metric, then `<metric>_previous` for the earlier period).
 */

export interface SeventhFreshCase {
  readonly asker: Asker | 'finance' | 'founder';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const WEEK_OF_FEB_16: Span = ['2026-02-16', '2026-02-23'];
const THE_7_DAYS_BEFORE: Span = ['2026-03-01', '2026-03-08'];
const SECOND_HALF_OF_FEBRUARY: Span = ['2026-02-15', '2026-03-01'];

const WEEKDAYS = (column: string) => ` AND EXTRACT(ISODOW FROM ${column}) BETWEEN 1 AND 5`;

/** Product titles in the demo catalog, asked about by name (none of them asked about by the earlier sets). */
const TITLE_A = 'Velvet Sweater';
const TITLE_B = 'Everyday Linen Shirt';
const TITLE_C = 'Urban Cushion Cover';
const TITLE_D = 'Oversized Earrings';
const TITLE_E = 'Cloud Tee';

export const SEVENTH_FRESH_CASES: readonly SeventhFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total shipping charged on online store orders in Q1 2025',
    expect: answer(
      `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND o.sales_channel = 'online_store' AND ${o(Q1_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total comments on facebook last quarter',
    expect: answer(posts('SUM(p.comments)', 'comments', Q4_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many customers have signed up with us since the start of 2025',
    expect: answer(newCustomers(SINCE_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many items did i sell on the instagram shop in 2025',
    expect: answer(units(YEAR_2025, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total impressions across all platforms in H2 2025',
    expect: answer(posts('SUM(p.impressions)', 'impressions', H2_2025)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev ytd tiktok shop',
    expect: answer(revenue(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov mtd uk',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'GB' AND ${o(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# cancelled orders last mo',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'beauty qty sold yday',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(YESTERDAY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs germany q4',
    expect: answer(newCustomers(Q4_2025, " AND c.country = 'DE'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'disc rate wk before last',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(WEEK_BEFORE_LAST)}`),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: '# buyers h2',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '$ refunded ytd',
    expect: answer(
      `SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)}`,
    ),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash came in from the webshop last week',
    expect: answer(revenue(LAST_WEEK, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many people signed up from my newsletter in february',
    expect: answer(newCustomers(FEBRUARY, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times were my carousels bookmarked this year',
    expect: answer(posts('SUM(p.saves)', 'saves', THIS_YEAR, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'Delivery fees collected from Canadian customers in December 2025',
    expect: answer(
      `SELECT SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'CA' AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many shoppers bought something from us in q4',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'Refund rate on orders from German customers in 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'DE' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancellation rate on the tiktok shop last quarter',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate for instagram photos in h2',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', H2_2025, " AND p.platform = 'instagram' AND p.media_type = 'image'"),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate on Cyber Monday 2025',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(CYBER_MONDAY)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin for accessories in January 2026',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'accessories' AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats the refund rate for customers who found me through tiktok',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'tiktok' AND ${o(ALL)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Units per order on the TikTok Shop in Q4 2025',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per customer for customers acquired by email, H2 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'email' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg reach per reel last month',
    expect: answer(posts('AVG(p.reach)', 'avg_reach', LAST_MONTH, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'What share of Q4 2025 revenue came from discounted orders?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.discount > 0) * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what % of my sales this year came through the instagram shop',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'what fraction of this years new customers came from paid search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS new_customers_share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many tiktok shop orders over $150 this year',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop' AND o.total > 150")),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my reels passed 50k views last year',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.media_type = 'reel' AND p.video_views > 50000")),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Number of paid orders with a discount of $20 or more in December 2025',
    expect: answer(orders(DECEMBER, ' AND o.discount >= 20')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders qualified for free shipping in december',
    expect: answer(orders(DECEMBER, ' AND o.shipping = 0')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Revenue from paid orders below $40 in H1 2025',
    expect: answer(revenue(H1_2025, ' AND o.total < 40')),
  },

  // Extremes
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Largest discount given on a single order in 2025',
    expect: answer(`SELECT MAX(o.discount) AS largest_discount FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'whats the most comments one of my tiktoks ever got',
    expect: answer(posts('MAX(p.comments)', 'most_comments', ALL, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'cheapest thing in the beauty category',
    expect: answer(
      `SELECT pr.product_id AS product, pr.price AS price FROM products pr WHERE pr.category = 'beauty' ORDER BY pr.price ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which month of 2025 brought in the most new customers',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what day in january did i get the most orders',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the newest product i added',
    expect: answer(`SELECT pr.product_id AS product FROM products pr ORDER BY pr.created_at DESC LIMIT 1`),
  },

  // Lists
  {
    asker: 'owner',
    category: 'lists',
    question: 'list yesterdays refunded orders',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show my facebook carousels from q4',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'carousel' AND ${p(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Beauty products priced under $20',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty' AND pr.price < 20`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List the cancelled orders over $200 placed in 2026',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'cancelled' AND o.total > 200 AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which apparel products have i added since july',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'apparel' AND ${pc(SINCE_JULY)}`,
    ),
  },

  // Products and countries by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A.toLowerCase()}s did i sell in january`,
    expect: answer(units(JANUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Product revenue of the ${TITLE_B} in Q4 2025`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `whats the price on the ${TITLE_C.toLowerCase()}`,
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_C}'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: `Gross profit on the ${TITLE_D} for 2025`,
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title = '${TITLE_D}' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how many orders had the ${TITLE_E.toLowerCase()} in them last month`,
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how many sunscreens have i sold in 2026',
    expect: answer(units(THIS_YEAR, byKind('Sunscreen'))),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what did germany spend with me this month',
    expect: answer(revenueOfCustomers(THIS_MONTH, " AND c.country = 'DE'")),
  },

  // Counts by a dimension
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many new customers per acquisition channel last week',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts did i publish on each platform on weekends this year',
    expect: answer(
      `SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)}${WEEKEND('p.posted_at')} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Products launched per category since January 2025',
    expect: answer(`SELECT pr.category, COUNT(*) AS new_products FROM products pr WHERE ${pc(SINCE_2025)} GROUP BY 1`),
  },
  {
    asker: 'finance',
    category: 'counts_by',
    question: 'Paying customers by country for January 2026',
    expect: answer(
      `SELECT c.country, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'refunds by sales channel last quarter',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Refunded order value by customer acquisition channel, 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS refunded_total FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many orders were cancelled last week',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Orders by status on the TikTok Shop, Q4 2025',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Refunded amount per month in H2 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 5 products made the most money in december',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 3 facebook posts by shares in 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE p.platform = 'facebook' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY shares DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: "which acquisition channel's customers had the highest aov in 2025",
    expect: answer(
      `SELECT c.acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 3 products by gross profit in H2 2025',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY gross_profit ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which country has the highest aov this year',
    expect: answer(
      `SELECT c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY average_order_value DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 most viewed reels last quarter',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.media_type = 'reel' AND ${p(Q4_2025)} GROUP BY 1 ORDER BY video_views DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which sales channel got the fewest orders last month',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY orders ASC LIMIT 1`,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Revenue and discounts by country for Q4 2025',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue, SUM(o.discount) AS discounts FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'impressions by media type this year',
    expect: answer(
      `SELECT p.media_type, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Product revenue by category and sales channel, January 2026',
    expect: answer(
      `SELECT pr.category, o.sales_channel, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin by sales channel for 2025',
    expect: answer(
      `SELECT o.sales_channel, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'avg engagement per post by platform this year',
    expect: answer(
      `SELECT p.platform, AVG${ENGAGEMENT} AS avg_engagement FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new signups each month for the past 12 months',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_12_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily orders over the last 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly engagement for the last 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly discount rate for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'monthly cancel rate since july',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(SINCE_JULY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'orders in q3 2025 vs q3 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q3_2025, Q3_2024)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales the last 7 days vs the 7 days before',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_7_DAYS, THE_7_DAYS_BEFORE),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'instagram reach in february vs january',
    expect: answer(
      compared(
        'SUM(p.reach) FILTER (WHERE %F)',
        'reach',
        'social_posts p',
        "p.platform = 'instagram'",
        p,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Discount rate in December 2025 versus December 2024',
    expect: answer(
      compared(
        'SUM(o.discount) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(o.subtotal) FILTER (WHERE %F), 0)',
        'discount_rate',
        'orders o',
        PAID,
        o,
        DECEMBER,
        DECEMBER_2024,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customers in h2 vs h1 2025',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H1_2025)),
  },

  // Comparisons of values
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'images vs carousels, avg likes this year',
    expect: answer(
      `SELECT p.media_type, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.media_type IN ('image', 'carousel') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'us vs canada sales last month',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('US', 'CA') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Refund rate: Instagram Shop versus online store, 2025',
    expect: answer(
      `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel IN ('instagram_shop', 'online_store') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'email or organic search, which got us more new customers last year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel IN ('email', 'organic_search') AND ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: '# orders boxing day',
    expect: answer(orders(BOXING_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for the week of 16 February 2026',
    expect: answer(revenue(WEEK_OF_FEB_16)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Discounts given in the second half of February 2026',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(SECOND_HALF_OF_FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'weekday revenue in january',
    expect: answer(revenue(JANUARY, WEEKDAYS('o.ordered_at'))),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did i put up over the past 3 months',
    expect: answer(posts('COUNT(*)', 'posts', LAST_3_MONTHS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales by country in january'],
    question: 'and units?',
    expect: answer(
      `SELECT c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total likes on instagram in january'],
    question: 'same for tiktok',
    expect: answer(posts('SUM(p.likes)', 'likes', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Discounts by sales channel in Q4 2025'],
    question: 'Now the same for Q3.',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new customers in the last 60 days'],
    question: 'how many of those came from paid search',
    expect: answer(newCustomers(LAST_60_DAYS, " AND c.acquisition_channel = 'paid_search'")),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how much did instagram make me in december', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'how much did we grow in 2025', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'which acquisition channel gives us the best customers',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Revenue by channel and country for Q4 2025',
    expect: CLARIFY,
  },
  { asker: 'creator', category: 'must_clarify', question: 'were my february reels a success', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many buyers came from tiktok in february',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What was the average discount in Q4 2025?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'which products are my winners this year', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'is the online store or the tiktok shop doing better this year',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did we pay in import duties on apparel in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many orders will we get on black friday this year',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many dms did i get after my last reel',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What was our EBITDA for 2025?', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'which warehouse shipped the most orders last month',
    expect: DECLINE,
  },
  { asker: 'founder', category: 'must_decline', question: 'whats our market share in the uk', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many customers paid with a gift card last month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'which song did my most viewed tiktok use',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Revenue by device type (mobile versus desktop), February 2026',
    expect: DECLINE,
  },
];
