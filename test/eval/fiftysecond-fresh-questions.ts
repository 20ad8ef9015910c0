/**
 * The fifty-second fresh merchant questions (demo layer, asked as the tenant `demo` on EVAL_TODAY = 2026-03-15,
 * data through 2026-03-14): held out in full. Written blind from e53046e: from the demo dataset and its
 * semantic layer (src/demo/), the eval harness and the gold helpers only, without reading the analyst, its
 * tests, the eval's notes or the question texts of any earlier set. Four askers: a shop owner typing on a phone
 * (lowercase, shorthand, no punctuation), an analyst (precise), a creator (posts, platforms, engagement) and
 * finance (refunds, costs, margins, periods). Every gold was run on the eval's warehouse as the tenant and agreed
 * with a second SQL written another way (calendar functions instead of spans, subqueries instead of joins,
 * RANK() … QUALIFY for every top-N or extreme, so that a tie at the cut-off would have shown).
 */

import {
  ALL,
  answer,
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
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_10_DAYS,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_6_MONTHS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  type Span,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
} from './demo-gold.js';
import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';

export interface FiftysecondFreshCase {
  readonly asker: Asker | 'finance';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];
const JANUARY_10_TO_20: Span = ['2026-01-10', '2026-01-21'];
/** Markup: gross profit over what the items sold cost the shop. */
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(SUM(oi.quantity * pr.cost), 0)`;

export const FIFTYSECOND_FRESH_CASES: readonly FiftysecondFreshCase[] = [
  // Totals.
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much did the shop take in over the last 10 days',
    expect: answer(revenue(LAST_10_DAYS)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much postage did customers pay us on paid orders in the last quarter of 2025?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total units sold across paid orders in calendar 2025.',
    expect: answer(units(YEAR_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'likes total across all my posts published in february',
    expect: answer(posts('SUM(p.likes)', 'likes', FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much money did we knock off orders in discounts in January 2026?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  // Shorthand.
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev mtd just the online store pls',
    expect: answer(revenue(THIS_MONTH, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# paid orders so far in 2026 that came thru tiktok shop',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'qty sold last wk all channels together',
    expect: answer(units(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund pct q4 last yr',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'since monday how many ppl made a customer account',
    expect: answer(newCustomers(THIS_WEEK)),
  },
  // Everyday words for the metrics.
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many diff people actually bought from me in december',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what does a checkout come to on average in february',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'total tiktok video plays for posts i put up in feb',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'How much did the merchandise we sold in 2025 cost us to buy in?',
    expect: answer(
      `SELECT SUM(oi.quantity * pr.cost) AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did i pocket after product costs in january',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many eyeballs did my instagram stuff get over the last 90 days',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_90_DAYS, " AND p.platform = 'instagram'")),
  },
  // The layer's rates.
  {
    asker: 'finance',
    category: 'rates',
    question: 'What was the cancellation rate across all orders in the second half of 2025?',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(H2_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'For paid orders in November 2025, discounts as a proportion of subtotal.',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate so far in 2026 for what i posted on fb',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Refund rate for orders from German customers since July 2025.',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(SINCE_JULY)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Markup on apparel sold over the last 6 months.',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_6_MONTHS)} AND pr.category = 'apparel'`,
    ),
  },
  // Ratios and per-X figures.
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'For Q3 2025, divide revenue by the number of distinct customers who paid.',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg # of items per order in jan',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Gross margin on home goods for 2025?',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average how many saves does one of my instagram reels get',
    expect: answer(posts('AVG(p.saves)', 'avg_saves', ALL, " AND p.platform = 'instagram' AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Orders per customer among buyers who came in through email, all time.',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(ALL)} AND c.acquisition_channel = 'email'`,
    ),
  },
  // Shares of a total.
  {
    asker: 'finance',
    category: 'shares',
    question: "Of February's revenue, what portion was taken through the TikTok Shop checkout?",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what percent of the reach my 2025 posts got was on tiktok',
    expect: answer(posts("SUM(p.reach) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.reach)", 'share', YEAR_2025)),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: "Accessories' share of Q4 2025 units sold.",
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'accessories') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'how much of my sales this yr came from us customers as a pct',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'US') * 1.0 / SUM(o.total) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  // Thresholds and conditions on rows.
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over 300 bucks did i get in feb',
    expect: answer(orders(FEBRUARY, ' AND o.total > 300')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many catalogue products carry a list price below thirty dollars?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my posts ever got past 5000 likes',
    expect: answer(posts('COUNT(*)', 'posts', ALL, ' AND p.likes > 5000')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Revenue over 2025 from paid orders totalling at least $200 each.',
    expect: answer(revenue(YEAR_2025, ' AND o.total >= 200')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count the February 2026 paid orders that had a nonzero discount.',
    expect: answer(orders(LAST_MONTH, ' AND o.discount > 0')),
  },
  // Extremes.
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the single biggest paid order in my history',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS total FROM orders o WHERE ${PAID} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which 2025 post got the most people commenting on it',
    expect: answer(
      `SELECT p.post_id AS post_id, p.comments AS comments FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY p.comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which catalogue item costs us the least per unit?',
    expect: answer('SELECT pr.title AS product_title, pr.cost AS unit_cost FROM products pr ORDER BY pr.cost LIMIT 1'),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which single calendar day of January 2026 had the top revenue?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'least watched tiktok video from last quarter',
    expect: answer(
      `SELECT p.post_id AS post_id, p.video_views AS video_views FROM social_posts p WHERE ${p(Q4_2025)} AND p.platform = 'tiktok' ORDER BY p.video_views LIMIT 1`,
    ),
  },
  // Lists that want rows.
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Order IDs of every order placed yesterday that is now refunded.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me every product priced above 100 dollars',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show the fb video posts i published during feb',
    expect: answer(
      `SELECT p.post_id AS post_id FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List every cancelled order above $250 from the last 30 days.',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_30_DAYS)} AND o.total > 250`,
    ),
  },
  // Names as filters.
  {
    asker: 'owner',
    category: 'names',
    question: 'how many pairs of coastal chinos went out the door in 2025',
    expect: answer(units(YEAR_2025, byTitle('Coastal Chinos'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue from the Oversized Cushion Cover since October 2025.',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)}${byTitle('Oversized Cushion Cover')}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Velvet Wallet: gross profit, July to September 2025.',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)}${byTitle('Velvet Wallet')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'in how many separate feb orders did someone buy a minimal toner',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle('Minimal Toner')}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what do i charge for the alpine rug',
    expect: answer("SELECT AVG(pr.price) AS price FROM products pr WHERE pr.title = 'Alpine Rug'"),
  },
  // Counts by a dimension.
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Post counts for each platform across the 2025 calendar year.',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'break my customers down by the country theyre in',
    expect: answer('SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c GROUP BY 1'),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'count my instagram posts by media type',
    expect: answer(
      "SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE p.platform = 'instagram' GROUP BY 1",
    ),
  },
  {
    asker: 'finance',
    category: 'counts_by',
    question: 'February paid orders by channel: online store, Instagram Shop, TikTok Shop.',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Count of catalogue products in each of the four categories.',
    expect: answer('SELECT pr.category AS category, COUNT(*) AS products FROM products pr GROUP BY 1'),
  },
  // Status-filtered breakdowns.
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: "Last month's orders broken out by paid, refunded and cancelled.",
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Total order value for October to December 2025 in each order status.',
    expect: answer(
      `SELECT o.status AS order_status, SUM(o.total) AS order_value FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'refunded vs cancelled orders this yr how many each',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(THIS_YEAR)} AND o.status IN ('refunded', 'cancelled') GROUP BY 1`,
    ),
  },
  // Top and bottom N.
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 items shifted the most units so far in 2026',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 5 tiktoks by number of shares all time',
    expect: answer(
      "SELECT p.post_id AS post_id, p.shares AS shares FROM social_posts p WHERE p.platform = 'tiktok' ORDER BY p.shares DESC LIMIT 5",
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Of the four categories, which 3 had the weakest gross margin across 2025?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 LIMIT 3`,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which 4 countries brought in the most revenue in 2025?',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The 3 acquisition channels that gained the fewest new customers in 2025.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 LIMIT 3`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '5 weakest products by revenue in the last 90 days',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} GROUP BY 1 ORDER BY 2 LIMIT 5`,
    ),
  },
  // Breakdowns.
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'revenue split across my three storefronts for february',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: "Country-level revenue for July to December 2025, by the customer's country.",
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement by post type on instagram in 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Gross profit by category over the last 12 months.',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Mean order total per acquisition channel for orders since the start of September 2025.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'split feb units by which day of the week they sold on',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'avg reach per post on each platform for this years posts',
    expect: answer(
      `SELECT p.platform AS platform, AVG(p.reach) AS avg_reach FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  // Time series.
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Month-by-month revenue over the 2025 calendar year, in date order.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'weekly paid order count going back 8 full wks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'how many posts did i put out each month since december',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(SINCE_DECEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Quarterly refund rate during 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Daily new customers over the last 14 days.',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_14_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  // Periods.
  {
    asker: 'owner',
    category: 'periods',
    question: 'weekend revenue total for feb, sat and sun only',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'How many units went out on 24 December 2025?',
    expect: answer(units(CHRISTMAS_EVE)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Discounts given from 10 to 20 January 2026, inclusive.',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY_10_TO_20)}`),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'total engagement on posts published since black friday',
    expect: answer(posts(`SUM${ENGAGEMENT}`, 'engagement', SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'any idea how many orders i took on a saturday so far this year',
    expect: answer(orders(THIS_YEAR, ' AND EXTRACT(ISODOW FROM o.ordered_at) = 6')),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'What did paid orders bring in between January and June of 2025 inclusive?',
    expect: answer(revenue(H1_2025)),
  },
  // Comparisons of periods.
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'aov ytd vs same period last yr',
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
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: "How did February's units sold compare with January's?",
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'is my engagement up this month vs last month',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, THIS_MONTH, LAST_MONTH),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Put the Q4 2025 refund rate side by side with the Q4 2024 one.',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'customers who signed up last wk, and the wk before that for comparison',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Second half of 2025 revenue next to second half of 2024.',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  // Comparisons of values.
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'do my reels or my carousels tend to get saved more per post',
    expect: answer(
      "SELECT p.media_type AS media_type, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') GROUP BY 1",
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did the us or the uk spend more with me last year',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Compare gross margin between apparel and beauty for Q4 2025.',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Discount rate in 2025 for online store orders next to Instagram Shop orders.',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'instagram vs tiktok engagement rate over the last 6 months',
    expect: answer(
      `SELECT p.platform AS platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(LAST_6_MONTHS)} AND p.platform IN ('instagram', 'tiktok') GROUP BY 1`,
    ),
  },
  // Follow-ups that narrow, widen or switch.
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['what was my take for february'],
    question: 'ok and the month before that, how did it look',
    expect: answer(revenue(JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Units sold in each product category during calendar year 2025.'],
    question: 'Restrict that to buyers based in Canada.',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many likes did tiktok give me so far this yr'],
    question: 'and that same likes figure for facebook?',
    expect: answer(posts('SUM(p.likes)', 'likes', THIS_YEAR, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What was gross profit over the third quarter of 2025?'],
    question: 'Now give me the monthly split of that.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['top 5 products by revenue in december'],
    question: 'keep only the beauty products',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)} AND pr.category = 'beauty' GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid orders per sales channel, previous Monday-to-Sunday week.'],
    question: 'Stretch that window out to the four most recent full weeks.',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },
  // Must clarify: a word that could change the answer and has two readings in the layer, or is vague.
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'which item would you say is my best one overall',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Which channel grew the most last quarter?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'which platform is the most valuable one for me',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how did insta do for me in feb overall',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How much did costs come to for us in February, all told?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'show me my most popular posts from january',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How much did we lose on orders that went wrong in February?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'How many customers did we have over the course of 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'whats the biggest product i have',
    expect: CLARIFY,
  },
  // Must decline: data the layer does not hold, or not about the data.
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much went on facebook ads for the shop in february',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did we pay out in staff wages during Q4 2025?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How many units of the Cedar Backpack are left in the warehouse?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'did my instagram follower count go up over january',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'was it raining here on black friday',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "What proportion of last week's website visitors placed an order?",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much VAT and sales tax did the business pay over 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'write a catchy caption for my next reel',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'whats a good name for my dog',
    expect: DECLINE,
  },
];
