import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BLACK_FRIDAY,
  BOXING_DAY,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  CYBER_MONDAY,
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
  JANUARY,
  LAST_2_WEEKS,
  LAST_30_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_DAY,
  newCustomers,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  pc,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The forty-seventh fresh merchant questions of the demo dataset: a held-out set, like the forty-sixth, written
 * from main at 58fd378 WITHOUT reading the planner, the SQL writer, the unit or integration tests, the misses of
 * any evaluation set or any earlier question file (the forty-sixth pair was skimmed for its format only, its
 * question and history texts masked; see the Slips in FIGURES.md), from the demo README, schema, generator and
 * semantic layer, demo-gold.ts and the eval harness. Each question and history line was scored against every
 * question and history line of every earlier question file (token-set and character-trigram Jaccard, printed
 * numbers only) and reworded while it scored 0.6 or more. Held out in full: nobody tunes the analyst to it; `npm
 * run eval` prints its figures, `--show-fortyseventh-fresh-misses` its misses for the closing read of a session,
 * and `--hide-held-out` skips it. Typed as a shop owner on a phone types (typos, shorthand, no punctuation), as
 * an analyst writes (precise, long), and as a creator (posts, platforms), a bookkeeper, someone in finance and
 * someone in customer support ask.
 *
 * 115 questions: 97 answerable (6 of them follow-ups with a history), 9 that must be clarified, 9 that must be
 * declined. Must clarify, each a word or phrase that reads two or more ways with different answers: a product
 * named by a kind two catalogue items share ("the sunscreen"); "views" of posts that have no video views (reach
 * or impressions); what "we spent" (what customers spent with us, or the shop's own costs); "big" orders with no
 * amount; "Christmas" sales (the day or the season); how much "we grew" (in what); revenue "for the week" on a
 * Sunday (the week so far or the last full week); what "refunds were like" (how many, how much money, or the
 * rate); and the "average selling price" (per order, per unit sold, or the list price). Must decline: a forecast,
 * a cause, another merchant's figures, a website conversion rate, customer acquisition cost, customers' email
 * addresses, a competitor's prices, net profit after rent and wages, and social followers gained.
 *
 * Gold conventions, those of demo-gold.ts and the demo README: revenue, orders, average order value, customers who
 * bought and every item metric count paid orders; refund rate is refunded / (paid + refunded) and cancellation
 * rate cancelled / all orders, in the period; a status named in the question ("refunded", "cancelled") replaces
 * the paid filter. A share is the part over the same metric without the part's filter. Order sizes compare the
 * order's total; product prices the list price; a product's "unit cost" is products.cost. "Last N weeks" are full
 * Monday-to-Sunday weeks before this one; "last quarter" is Q4 2025; "this year" and "this month" run to today.
 * Named products are matched by their exact catalogue title. Lists and rankings name products by title, posts by
 * post_id and orders by order_id; every cut-off was checked for ties and none falls on one.
 */

export interface FortyseventhFreshCase {
  readonly asker: Asker | 'bookkeeper' | 'finance' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** The week of Monday 2 February 2026. */
const WEEK_OF_FEBRUARY_2: Span = ['2026-02-02', '2026-02-09'];
/** 1 to 15 January 2026, both days included. */
const JANUARY_1_TO_15: Span = ['2026-01-01', '2026-01-16'];
/** Christmas Eve 2025. */
const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
const SHIPPING = (span: Span) => `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}`;
const DISCOUNTS = (span: Span) => `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}`;
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${o(span)}${where}`;

export const FORTYSEVENTH_FRESH_CASES: readonly FortyseventhFreshCase[] = [
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'For the books: total postage we charged customers in the second quarter of 2025',
    expect: answer(SHIPPING(Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'tiktok video views for the month of january, all of them added up',
    expect: answer(posts('SUM(p.video_views)', 'video_views', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total comment count across every post published during calendar 2025.',
    expect: answer(posts('SUM(p.comments)', 'comments', YEAR_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Gross profit for FY2025 (we run a calendar year), please',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', YEAR_2025)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'How many new customer accounts were opened during October to December 2025?',
    expect: answer(newCustomers(Q4_2025)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'hw much rev so far this yr',
    expect: answer(revenue(THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg order val for last wk (mon-sun)??',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'insta shop order count jan',
    expect: answer(orders(JANUARY, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'units moved yday',
    expect: answer(units(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rt dec pls',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', DECEMBER)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs so far this mo',
    expect: answer(newCustomers(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross prof over the last 30 days, quick number pls',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', LAST_30_DAYS)),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the shop take on boxing day, money wise',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'what did shoppers hand over for delivery fees in january',
    expect: answer(SHIPPING(JANUARY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: "how much money did we knock off people's orders on cyber monday",
    expect: answer(DISCOUNTS(CYBER_MONDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many pieces did we manage to shift during november',
    expect: answer(units(NOVEMBER)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'what was our cost of sales for the fourth quarter of 2025',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', Q4_2025)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many separate people actually bought something off us last month',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times were our posts shown in february',
    expect: answer(posts('SUM(p.impressions)', 'impressions', FEBRUARY)),
  },

  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from the start of December through today',
    expect: answer(revenue(SINCE_DECEMBER)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders came in on jan 1st this year',
    expect: answer(orders(NEW_YEARS_DAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'revenue for the first six months of 2025 (jan through june)',
    expect: answer(revenue(H1_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did we put out the week of feb 2',
    expect: answer(posts('COUNT(*)', 'posts', WEEK_OF_FEBRUARY_2)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Units sold from 1 to 15 January 2026, both days included',
    expect: answer(units(JANUARY_1_TO_15)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'new sign-ups in the back half of 2024',
    expect: answer(newCustomers(H2_2024)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'what did sales come to on christmas eve just gone',
    expect: answer(revenue(CHRISTMAS_EVE)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'total likes across the two most recent full mon-sun weeks',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_2_WEEKS)),
  },

  {
    asker: 'analyst',
    category: 'rates',
    question: 'What was the order cancellation rate during Q4 of 2025?',
    expect: answer(ofOrders(CANCELLATION_RATE, 'cancellation_rate', Q4_2025)),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'discount rate on black friday 2025, discounts as a share of subtotal',
    expect: answer(ofOrders(DISCOUNT_RATE, 'discount_rate', BLACK_FRIDAY, ` AND ${PAID}`)),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "what's the engagement rate of our reels since jan 1",
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'gross margin for february',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', FEBRUARY)),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Markup on beauty items sold in 2025',
    expect: answer(ofItems(MARKUP, 'markup', YEAR_2025, " AND pr.category = 'beauty'")),
  },

  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per paying customer in January',
    expect: answer(ofOrders(REVENUE_PER_CUSTOMER, 'revenue_per_customer', JANUARY, ` AND ${PAID}`)),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'across 2025, average number of orders placed by each customer who bought',
    expect: answer(ofOrders(ORDERS_PER_CUSTOMER, 'orders_per_customer', YEAR_2025, ` AND ${PAID}`)),
  },
  {
    asker: 'support',
    category: 'ratios',
    question: 'average number of items in an order last month',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per instagram post in Q3 2025',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', Q3_2025, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean list price across our home-category products',
    expect: answer("SELECT AVG(pr.price) AS price FROM products pr WHERE pr.category = 'home'"),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: 'of the revenue we made in 2025, what share went through the tiktok shop',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'what % of new customers this yr found us through email',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'What fraction of units sold during Q4 2025 were accessories?',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'accessories') * 1.0 / NULLIF(SUM(oi.quantity), 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: "what portion of january's posts were carousels",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'carousel') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM social_posts p WHERE ${p(JANUARY)}`,
    ),
  },

  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders topped $200 during december',
    expect: answer(orders(DECEMBER, ' AND o.total > 200')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'number of orders under 25 bucks last month',
    expect: answer(orders(LAST_MONTH, ' AND o.total < 25')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'count of posts published in 2025 with over a thousand likes each',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 1000')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'revenue from orders that had a discount applied in january',
    expect: answer(revenue(JANUARY, ' AND o.discount > 0')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many items in our catalogue are listed at less than $30',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },

  {
    asker: 'bookkeeper',
    category: 'extremes',
    question: 'order number of the largest single order in 2025',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which single post picked up the most shares last month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_MONTH)} ORDER BY p.shares DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which month of 2025 had the fewest paid orders?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY COUNT(*) LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'priciest thing we sell in apparel',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'apparel' ORDER BY pr.price DESC LIMIT 1",
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which country had the highest refund rate on its 2025 orders?',
    expect: answer(
      `SELECT c.country AS country FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY ${REFUND_RATE} DESC LIMIT 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'lists',
    question: 'what new products did we bring out in 2025? list them',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'show every order above $500 from the last 90 days',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_90_DAYS)} AND o.total > 500`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list of the video posts we put on facebook in february',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which orders were cancelled during last week (mon to sun)',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'how many velvet hoodies have we sold since the day it launched',
    expect: answer(units(ALL, byTitle('Velvet Hoodie'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue generated by the Golden Wall Print across 2025',
    expect: answer(ofItems(PRODUCT_REVENUE, 'product_revenue', YEAR_2025, " AND pr.title = 'Golden Wall Print'")),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how much is the organic planter priced at',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Organic Planter'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'gross profit on the Minimal Cardigan last quarter',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', Q4_2025, " AND pr.title = 'Minimal Cardigan'")),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how many separate orders included the sunset toner in january',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.title = 'Sunset Toner'`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: "Urban Hoodie: what's our unit cost on it",
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Urban Hoodie'"),
  },

  {
    asker: 'creator',
    category: 'counts_by',
    question: '2025 post count broken out by platform',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'New customer count per country for the first quarter of 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'for december, count paid orders in each sales channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'counts_by',
    question: 'how many products are there per category in the catalogue',
    expect: answer('SELECT pr.category AS category, COUNT(*) AS products FROM products pr GROUP BY 1'),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Number of customers who bought last month, split by how they were acquired',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'Q4 2025 orders broken down by status (paid / refunded / cancelled)',
    expect: answer(`SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'refunded order count for february',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'what were the cancelled orders from last month worth in total',
    expect: answer(`SELECT SUM(o.total) AS revenue FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'How many orders were refunded in 2025 in each sales channel?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'which 3 products were our biggest gross profit earners last year',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '2 weakest countries for sales last month',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY 2 LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'our 5 most liked insta posts this year',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' ORDER BY p.likes DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Top three acquisition channels ranked by 2025 new-customer count',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 5 products sold the most units in february',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: '2025 revenue for each customer country',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'total engagement per media type for posts from last month',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin per product category for the fourth quarter of 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'avg order value per sales channel since jan 1',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'breakdowns',
    question: 'what refund rate did each sales channel have over 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'finance',
    category: 'time_series',
    question: 'give me a monthly breakdown of 2025 revenue',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'paid order count for each of the past six full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'new customers per day for the last 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'engagement rate for each quarter of 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'p.posted_at')}, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'orders: january compared with december, which was higher',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, JANUARY, DECEMBER)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Units sold in Q4 2025 versus the same quarter a year earlier',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'new customers last week compared to the week before it',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'engagement rate h2 2025 vs h1 2025',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F) * 1.0 / NULLIF(SUM(p.reach) FILTER (WHERE %F), 0)`,
        'engagement_rate',
        'social_posts p',
        '',
        p,
        H2_2025,
        H1_2025,
      ),
    ),
  },

  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reach in 2025: instagram or tiktok, which was higher',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform IN ('instagram', 'tiktok') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: "last quarter's revenue from american customers vs british ones",
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'january units: apparel compared with beauty',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how much revenue did january 2026 bring'],
    question: 'and how about february then',
    expect: answer(revenue(FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ["last month's order count on the tiktok shop"],
    question: 'same for the insta shop?',
    expect: answer(orders(LAST_MONTH, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Which 5 products brought in the most product revenue during 2025?'],
    question: 'now do the top 5 by units sold instead',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ["last month's engagement per platform"],
    question: 'only counting video posts',
    expect: answer(
      `SELECT p.platform AS platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_MONTH)} AND p.media_type = 'video' GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Total customer signups over the 2025 calendar year?'],
    question: 'Break that down per country, please',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['what was gross margin over july-sept 2025'],
    question: 'and for just the home category?',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', Q3_2025, " AND pr.category = 'home'")),
  },

  { asker: 'owner', category: 'must_clarify', question: 'whats the sunscreen go for these days', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many views did our photo posts get in january',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how much did we spend in january', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'did we land many big orders last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how did christmas sales go', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'by how much did the business grow over 2025',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'revenue for the week?', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'what were refunds like in february', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'can you tell me our average selling price at the moment',
    expect: CLARIFY,
  },

  { asker: 'owner', category: 'must_decline', question: 'predict our april revenue for me', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Why did orders drop last week?', expect: DECLINE },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did the lumen store sell last month',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What share of website visitors converted to buyers in February?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: "what's our CAC (customer acquisition cost) for this year",
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'pull the email addresses of our customers in france',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: "are our prices cheaper than zara's", expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'net profit for 2025 after paying rent and staff wages',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many new followers did our instagram pick up in january',
    expect: DECLINE,
  },
];
