/**
 * The forty-eighth fresh merchant questions (demo layer, tenant demo, asked on 2026-03-15 with data through
 * 2026-03-14): held out in full, written blind from 2991730 without reading the analyst, its tests, earlier
 * question texts or any misses. 115 questions: 97 answerable (6 of them follow-ups with a history), 9 that must
 * be clarified (a word with two real readings in the layer) and 9 that must be declined (data the layer does not
 * hold, actions, forecasts). Asked as a shop owner on a phone, an analyst, a creator, a bookkeeper, finance and
 * support. Every gold was run as the tenant through the eval warehouse and matched by a second, hand-written query
 * on the DuckDB file; none is empty or NULL and no ranking ties at its cut-off.
 */

import {
  answer,
  bucket,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_8_WEEKS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_EVE,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_JULY,
  type Span,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  byTitle,
} from './demo-gold.js';
import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';

export interface FortyeighthFreshCase {
  readonly asker: Asker | 'bookkeeper' | 'finance' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** March 2025. */
const MARCH_2025: Span = ['2025-03-01', '2025-04-01'];
/** Halloween 2025. */
const HALLOWEEN: Span = ['2025-10-31', '2025-11-01'];
/** 1 to 14 February 2026, both days included. */
const FEBRUARY_1_TO_14: Span = ['2026-02-01', '2026-02-15'];
/** The week of Monday 19 January 2026. */
const WEEK_OF_JANUARY_19: Span = ['2026-01-19', '2026-01-26'];
/** 1 August 2025 to today. */
const SINCE_AUGUST: Span = ['2025-08-01', '2026-03-16'];
/** The 5 days ending yesterday. */
const LAST_5_DAYS: Span = ['2026-03-10', '2026-03-15'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
const SHIPPING = (span: Span) => `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}`;
const DISCOUNTS = (span: Span) => `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}`;
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${o(span)}${where}`;
const DAY_OF_WEEK = (column: string) => `CAST(EXTRACT(ISODOW FROM ${column}) AS INTEGER) AS day_of_week`;

export const FORTYEIGHTH_FRESH_CASES: readonly FortyeighthFreshCase[] = [
  {
    asker: 'creator',
    category: 'totals',
    question: 'Across everything we posted from July to December 2025, how many saves did we rack up?',
    expect: answer(posts('SUM(p.saves)', 'saves', H2_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total value of discounts granted on paid orders during Q3 2025',
    expect: answer(DISCOUNTS(Q3_2025)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Aggregate unit volume for calendar 2025, please.',
    expect: answer(units(YEAR_2025)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'How many customer accounts got opened in March of last year?',
    expect: answer(newCustomers(MARCH_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'For the 2024 books: total revenue recorded that year?',
    expect: answer(revenue(YEAR_2024)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats rev mtd looking like',
    expect: answer(revenue(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# orders ytd thru tiktok shop',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov past 30d?',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'qty sold beauty lst wk',
    expect: answer(ofItems('SUM(oi.quantity)', 'units_sold', LAST_WEEK, " AND pr.category = 'beauty'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund % in q3 of 2025 pls',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', Q3_2025)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs wtd',
    expect: answer(newCustomers(THIS_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ytd gross margin pct roughly?',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', THIS_YEAR)),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash did the shop pull in during last week',
    expect: answer(revenue(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'january - how many parcels did we post out to people',
    expect: answer(orders(JANUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did coupons knock off in december',
    expect: answer(DISCOUNTS(DECEMBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'What did customers pay us in postage over Q4 2025?',
    expect: answer(SHIPPING(Q4_2025)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'tally of unique buyers who checked out with us at least once in january',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many plays did our clips and reels get last month',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_MONTH)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What was our cost of sales for January 2026?',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', JANUARY)),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'what were sales like on halloween day last october',
    expect: answer(revenue(HALLOWEEN)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue between 1 and 14 February 2026 inclusive',
    expect: answer(revenue(FEBRUARY_1_TO_14)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'How many posts went up in the week that began Monday 19 January?',
    expect: answer(posts('COUNT(*)', 'posts', WEEK_OF_JANUARY_19)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'For July to September 2024, how many paid orders did we book?',
    expect: answer(orders(Q3_2024)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'revenue on saturdays and sundays in feb',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'How many people have registered since August?',
    expect: answer(newCustomers(SINCE_AUGUST)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Units moved over the past 5 days',
    expect: answer(units(LAST_5_DAYS)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'orders placed on 31 december, new years eve',
    expect: answer(orders(NEW_YEARS_EVE)),
  },

  {
    asker: 'analyst',
    category: 'rates',
    question: 'TikTok engagement rate for Q4 2025',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'For orders placed via the Instagram Shop in 2025, what was the cancellation rate?',
    expect: answer(
      ofOrders(CANCELLATION_RATE, 'cancellation_rate', YEAR_2025, " AND o.sales_channel = 'instagram_shop'"),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate across December 2025',
    expect: answer(ofOrders(DISCOUNT_RATE, 'discount_rate', DECEMBER, ` AND ${PAID}`)),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'What markup did apparel earn last quarter?',
    expect: answer(ofItems(MARKUP, 'markup', Q4_2025, " AND pr.category = 'apparel'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate among German customers so far this year',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(THIS_YEAR)} AND c.country = 'DE'`,
    ),
  },

  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg spend per customer for the last full qtr',
    expect: answer(ofOrders(REVENUE_PER_CUSTOMER, 'revenue_per_customer', Q4_2025, ` AND ${PAID}`)),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Across October to December 2025, what were the average items per order?',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'On average how many accounts did each reel reach in February?',
    expect: answer(posts('AVG(p.reach)', 'avg_reach', FEBRUARY, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Mean unit cost across the beauty range?',
    expect: answer("SELECT AVG(pr.cost) AS unit_cost FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average number of comments per Facebook post in 2025',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', YEAR_2025, " AND p.platform = 'facebook'")),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: "What portion of 2025's revenue came from Canadian customers?",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'CA') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'What percent of last quarter’s posts were on TikTok?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.platform = 'tiktok') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM social_posts p WHERE ${p(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Home goods as a share of total gross profit in 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} FILTER (WHERE pr.category = 'home') * 1.0 / NULLIF(${GROSS_PROFIT}, 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'what % of orders last month used a discount',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.discount > 0) * 1.0 / NULLIF(COUNT(*), 0) AS share FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },

  {
    asker: 'owner',
    category: 'thresholds',
    question: 'feb orders bigger than 150 dollars, how many',
    expect: answer(orders(FEBRUARY, ' AND o.total > 150')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'How many 2025 posts reached over 50,000 accounts?',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.reach > 50000')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Q4 2025 revenue counting only orders worth at least $100',
    expect: answer(revenue(Q4_2025, ' AND o.total >= 100')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'How many SKUs have a list price north of $100?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of January orders that shipped free (zero shipping charged)',
    expect: answer(orders(JANUARY, ' AND o.shipping = 0')),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the lowest priced homeware we stock',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' ORDER BY pr.price LIMIT 1",
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'Single most-commented post we published during 2025?',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY p.comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Of the last 8 weeks, which one had the highest revenue?',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')} FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1 ORDER BY SUM(o.total) DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which order was the largest one last month?',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Looking at 2025, which category ran the thinnest gross margin?',
    expect: answer(
      `SELECT pr.category AS category FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY ${GROSS_MARGIN} LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'Give me the order numbers refunded yesterday',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me all accessories under 25 bucks',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories' AND pr.price < 25",
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'List every TikTok we put up last week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Which orders this month came to more than $400?',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} AND o.total > 400`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'how many cloud rugs went out last month',
    expect: answer(units(LAST_MONTH, byTitle('Cloud Rug'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Revenue generated by the Minimal Vase in Q4 2025',
    expect: answer(ofItems(PRODUCT_REVENUE, 'product_revenue', Q4_2025, " AND pr.title = 'Minimal Vase'")),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'A customer asks: what does the Velvet Scarf sell for?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Velvet Scarf'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: '2025 gross margin achieved by the Oversized Cushion Cover',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', YEAR_2025, " AND pr.title = 'Oversized Cushion Cover'")),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'wild lip balm - number of orders it showed up in since jan 1',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND pr.title = 'Wild Lip Balm'`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'Which country bought the most Soft Cap units in 2025?',
    expect: answer(
      `SELECT c.country AS country FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title = 'Soft Cap' GROUP BY 1 ORDER BY SUM(oi.quantity) DESC LIMIT 1`,
    ),
  },

  {
    asker: 'creator',
    category: 'counts_by',
    question: 'Post count for each media type in Q4 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: "Last month's fresh signups split by acquisition channel, as counts",
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'How many paying customers did each country have in Q4 2025?',
    expect: answer(
      `SELECT c.country AS country, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: "last month's order count for each day of the week",
    expect: answer(
      `SELECT ${DAY_OF_WEEK('o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'counts_by',
    question: 'How many units shipped per category this month?',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },

  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'Count of January orders that ended up cancelled',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(JANUARY)}`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Status split of TikTok Shop orders this year',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(THIS_YEAR)} AND o.sales_channel = 'tiktok_shop' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Total value of orders that were refunded in Q4 2025',
    expect: answer(`SELECT SUM(o.total) AS revenue FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)}`),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: "For 2025, tally refunded orders against each customer's country",
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: "last month's three highest-revenue products, in order",
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'Five posts from 2026 so far with the highest share counts',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(THIS_YEAR)} ORDER BY p.shares DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which two acquisition sources generated the least 2025 revenue?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Three weakest products on gross profit for 2025, lowest first',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'Top 4 countries for customer signups in Q4 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q4 2025: how much revenue did each storefront generate?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement rate per network last quarter',
    expect: answer(
      `SELECT p.platform AS platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: "January AOV for each buyer's country",
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'ytd units per product category pls',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'How did cancellation rates differ country to country in 2025?',
    expect: answer(
      `SELECT c.country AS country, ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'time_series',
    question: 'Gross profit month by month since July 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SINCE_JULY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'Posts published in each of the previous four weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_4_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: "break this week's takings out by day, mon onwards",
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'how many customers joined in each quarter of 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'march orders so far compared to the february total',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, THIS_MONTH, LAST_MONTH)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Revenue for Q4 2025 against Q4 2024',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'How did February’s likes stack up against January’s?',
    expect: answer(compared('SUM(p.likes) FILTER (WHERE %F)', 'likes', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Average order value, second half of 2025 versus the first half',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, H2_2025, H1_2025),
    ),
  },

  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'For 2025, put web store revenue side by side with TikTok Shop revenue',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('online_store', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'last quarter, did reels or carousels collect more saves',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(Q4_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Gross profit this year: Australia compared to Canada',
    expect: answer(
      `SELECT c.country AS country, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND c.country IN ('AU', 'CA') GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue from the webshop in january'],
    question: 'ok and the ig shop',
    expect: answer(revenue(JANUARY, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Five best sellers by units in the last quarter of 2025'],
    question: 'Same ranking, beauty only',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} AND pr.category = 'beauty' GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['Instagram like count for January 2026, all posts'],
    question: 'ok now do tiktok instead of insta',
    expect: answer(posts('SUM(p.likes)', 'likes', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What gross margin did accessories achieve across 2025?'],
    question: 'now drop the category filter and give me the overall figure',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', YEAR_2025)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['Number of orders refunded during last week, Monday to Sunday'],
    question: 'and how many were cancelled in that same week?',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Signup counts per country for July through December 2025'],
    question: 'narrow it to people who came in via paid search ads',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(H2_2025)} AND c.acquisition_channel = 'paid_search' GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'must_clarify',
    question: "of february's orders, how many did we lose in the end",
    expect: CLARIFY,
  },
  { asker: 'analyst', category: 'must_clarify', question: 'Revenue broken out by channel for 2025', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'Q4 2025 customer count that came to us from Google',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'Which platform brought in the most customers this year?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'last month how did our beanie sell', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'What were our costs in January?', expect: CLARIFY },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What was our profit percentage on apparel in 2025?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'jan - how big was a typical order for us', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: "January 2026 - what's our number of customers?",
    expect: CLARIFY,
  },

  { asker: 'owner', category: 'must_decline', question: 'how much are we gonna make next month', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What is the site’s visitor-to-order conversion rate?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'email a coupon to everyone who hasnt ordered in 90 days',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much did we spend on Facebook advertising last quarter?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'Count of helpdesk tickets raised in the past week',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'February net new followers on the Insta account',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: "wipe january's cancelled orders out of the system",
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'Project our gross profit for Q2 2026', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What is the average number of days between an order and its delivery?',
    expect: DECLINE,
  },
];
