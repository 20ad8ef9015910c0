/**
 * The forty-ninth fresh merchant questions: a held-out set written blind from 198eb5b, without reading the
 * analyst (src/analyst/**, src/agent/**), the unit and integration tests, the audit, the figures, any earlier
 * question text or any list of misses. The writer read only the README, the demo dataset and its semantic layer
 * (src/demo/**), the gold helpers, the eval runners, the exported types of the question files and the format of
 * the forty-eighth sets with every question, history and header masked.
 *
 * Asked as the demo tenant on EVAL_TODAY = 2026-03-15 (data through 2026-03-14), the way merchants type: a shop
 * owner on a phone (lowercase, shorthand, typos), an analyst, a creator, a bookkeeper, finance and support.
 * Every gold was run as the tenant and matched by a second, independently written query with other date
 * arithmetic; none is empty, none has a NULL, and no ranking has a tie at its cut-off. Every question scores
 * below 0.6 (the larger of token-set and character-trigram Jaccard) against every earlier question and history
 * line of test/eval/*-questions.ts.
 */

import {
  answer,
  bucket,
  BOXING_DAY,
  c,
  CANCELLATION_RATE,
  CHRISTMAS_DAY,
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
  JANUARY_2025,
  LAST_14_DAYS,
  LAST_3_WEEKS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_DAY,
  newCustomers,
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
  Q3_2024,
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
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  BLACK_FRIDAY,
  byTitle,
} from './demo-gold.js';
import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';

export interface FortyninthFreshCase {
  readonly asker: Asker | 'bookkeeper' | 'finance' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** The Monday-to-Sunday week that starts on 2 February 2026. */
const WEEK_OF_FEBRUARY_2: Span = ['2026-02-02', '2026-02-09'];
/** The first two weeks of January 2026: the 1st to the 14th. */
const JANUARY_1_TO_14: Span = ['2026-01-01', '2026-01-15'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const SHIPPING = (span: Span) => `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}`;
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${o(span)}${where}`;
const DAY_OF_WEEK = (column: string) => `CAST(EXTRACT(ISODOW FROM ${column}) AS INTEGER) AS day_of_week`;

export const FORTYNINTH_FRESH_CASES: readonly FortyninthFreshCase[] = [
  {
    asker: 'analyst',
    category: 'totals',
    question: 'What did paid orders collect in shipping fees across Q2 2025?',
    expect: answer(SHIPPING(Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many impressions have my posts racked up over calendar 2025',
    expect: answer(posts('SUM(p.impressions)', 'impressions', YEAR_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What was our total cost of goods sold for the 2024 calendar year?',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', YEAR_2024)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Gross profit booked between January and June 2025?',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', H1_2025)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'During December 2025, how many orders wound up being refunded?',
    expect: answer(ofOrders('COUNT(*)', 'orders', DECEMBER, " AND o.status = 'refunded'")),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev yday? need the number',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop order count last wk??',
    expect: answer(orders(LAST_WEEK, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg order val tiktok shop ytd',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} AND o.sales_channel = 'tiktok_shop'`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs who came via fb in jan?',
    expect: answer(newCustomers(JANUARY, " AND c.acquisition_channel = 'facebook'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund % q4 2025 pls',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', Q4_2025)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross proft beauty last mo',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', LAST_MONTH, " AND pr.category = 'beauty'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in on feb 14th, valentines',
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many parcels went out to canadians in february?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country = 'CA'`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did folks spend per checkout on christmas day',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(CHRISTMAS_DAY)}`),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'tally of bookmarks on my reels this calendar year',
    expect: answer(posts('SUM(p.saves)', 'saves', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many ppl made an account since black friday',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'in dollars, how much did i give back on refunded orders in january',
    expect: answer(`SELECT SUM(o.total) AS revenue FROM orders o WHERE o.status = 'refunded' AND ${o(JANUARY)}`),
  },

  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate for TikTok Shop orders in 2025?',
    expect: answer(ofOrders(CANCELLATION_RATE, 'cancellation_rate', YEAR_2025, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my instagram carousels in the second half of 2025',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', H2_2025, " AND p.platform = 'instagram' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: "what's the gross margin on accessories so far this year",
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', THIS_YEAR, " AND pr.category = 'accessories'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: "What's the refund rate among German shoppers since the start of October?",
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(SINCE_OCTOBER)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats the discount rate on the website for q3 2025',
    expect: answer(
      ofOrders(DISCOUNT_RATE, 'discount_rate', Q3_2025, ` AND ${PAID} AND o.sales_channel = 'online_store'`),
    ),
  },

  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per customer among UK buyers in 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'GB'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'How many orders did each buying customer place, on average, in H2 2024?',
    expect: answer(ofOrders(ORDERS_PER_CUSTOMER, 'orders_per_customer', H2_2024, ` AND ${PAID}`)),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg items in a basket over the past 90 days',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average, how many likes did each of my january tiktoks get',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'What is the average list price of the clothing we carry?',
    expect: answer("SELECT AVG(pr.price) AS price FROM products pr WHERE pr.category = 'apparel'"),
  },

  {
    asker: 'analyst',
    category: 'shares',
    question: 'What proportion of calendar-2025 revenue got taken through the Instagram Shop channel?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'what percent of last months orders happened on sat or sun',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE EXTRACT(ISODOW FROM o.ordered_at) IN (6, 7)) * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Beauty items as a percentage of Q4 2025 units',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what fraction of everything i posted in 2025 was a reel',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Of customers who joined in H2 2025, what share were acquired by email?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(H2_2025)}`,
    ),
  },

  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders bigger than $200 did i get in feb',
    expect: answer(orders(FEBRUARY, ' AND o.total > 200')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many catalogue items are listed below $30?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'posts this yr w more than 1000 likes - how many',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.likes > 1000')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'which orders yesterday were above 150 bucks',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 150`),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Revenue in January from orders worth more than $120',
    expect: answer(revenue(JANUARY, ' AND o.total > 120')),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was my single largest order on black friday',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the priciest thing in my accessories range',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories' ORDER BY pr.price DESC LIMIT 1",
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which 2025 instagram post of mine reached the most accounts',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' ORDER BY p.reach DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'On which date in December 2025 was revenue highest?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')} FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY SUM(o.total) DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'In 2025, through which acquisition channel did the fewest customers sign up?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY COUNT(*) LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'list each refunded order from last week, mon to sun',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up all my tiktoks from the past 7 days',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_7_DAYS)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which products went live at some point in 2025?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'order ids for anything cancelled since monday',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: "show me the paid orders from france on new year's day",
    expect: answer(
      `SELECT o.order_id AS order_id FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(NEW_YEARS_DAY)} AND c.country = 'FR'`,
    ),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'how many Minimal Cardigans did i sell in 2025',
    expect: answer(units(YEAR_2025, byTitle('Minimal Cardigan'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Golden Wall Print: what did it generate in product revenue over Oct-Dec 2025?',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle('Golden Wall Print')}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'gross margin for the Urban Hoodie in 2026 so far',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', THIS_YEAR, " AND pr.title = 'Urban Hoodie'")),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'number of orders last month that contained at least one wild lip balm',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle('Wild Lip Balm')}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Units of the Organic Planter bought by US customers in 2025',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title = 'Organic Planter' AND c.country = 'US'`,
    ),
  },

  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'per-platform post counts for the third quarter of 2025',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders came thru each of the sales channels in february',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Sign-ups split by country since July',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many of each media type did i publish in 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'orders for each weekday last month',
    expect: answer(
      `SELECT ${DAY_OF_WEEK('o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'January order tally: paid vs refunded vs cancelled',
    expect: answer(`SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'TikTok Shop orders in 2025, counted per status',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Total order value per status in Q4 2025 (paid, refunded, cancelled)',
    expect: answer(
      `SELECT o.status AS order_status, SUM(o.total) AS order_value FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 sellers by units since dec 1',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SINCE_DECEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 most commented facebook posts of 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'facebook' ORDER BY p.comments DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom three countries on revenue for July-December 2025',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Top 2 acquisition channels by number of customers who bought in Q4 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'five products that earned the most gross profit in 2025',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top 4 posts by engagement rate this month',
    expect: answer(
      `SELECT p.post_id AS post, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(THIS_MONTH)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },

  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Q1 2025: how did revenue divide up between sales channels',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'total engagement by platform for the year 2024',
    expect: answer(
      `SELECT p.platform AS platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(YEAR_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Gross margin per category, July to December 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'avg order value by country this yr',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement rate split by media type for instagram since october',
    expect: answer(
      `SELECT p.media_type AS media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(SINCE_OCTOBER)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Refund rate for each sales channel during 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'analyst',
    category: 'time_series',
    question: 'monthly revenue trend across calendar 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'order count each week for the last 6 full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'posting volume by month since the start of september',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Day-by-day new signups over the last 14 days',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_14_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: '2024 gross profit, one figure per quarter',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: "last wk's sales up or down vs the previous wk",
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'January 2026 orders, and how that stacks up to January a year earlier',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, JANUARY, JANUARY_2025)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'was engagement up in Q4 2025 from Q4 2024',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, Q4_2025, Q4_2024),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Customers gained in H2 2025 versus H1 2025',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H1_2025)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: "2025 gross margin vs 2024's, side by side",
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F)',
        'gross_margin',
        ITEMS_PRODUCTS,
        PAID,
        o,
        YEAR_2025,
        YEAR_2024,
      ),
    ),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Which moved more units in 2025, apparel or accessories?',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category IN ('apparel', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did the insta shop or the tiktok shop make more last month',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels or videos, which got more total reach in 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.media_type IN ('reel', 'video') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Compare average order value between American and Canadian customers this year',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND c.country IN ('US', 'CA') GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'sales on boxing day 2025',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for the week beginning Monday 2 February 2026',
    expect: answer(revenue(WEEK_OF_FEBRUARY_2)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Sign-ups in Jul-Sep 2024: how many new customers?',
    expect: answer(newCustomers(Q3_2024)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did i make jan 1st thru jan 14th',
    expect: answer(revenue(JANUARY_1_TO_14)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'total shares on what i posted in the last 3 full weeks',
    expect: answer(posts('SUM(p.shares)', 'shares', LAST_3_WEEKS)),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['What were sales like in November 2025?'],
    question: 'december too pls',
    expect: answer(revenue(DECEMBER)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Units sold per category for Jul-Sep 2025'],
    question: 'Narrow that to German customers only',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} AND c.country = 'DE' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['likes on my instagram stuff last month, total?'],
    question: 'switch it to fb',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_MONTH, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Apparel gross profit across 2025'],
    question: 'and across every category combined?',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', YEAR_2025)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunded order count for the previous month'],
    question: 'and the cancelled count?',
    expect: answer(ofOrders('COUNT(*)', 'orders', LAST_MONTH, " AND o.status = 'cancelled'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Revenue per country, January 2026'],
    question: 'Same breakdown, but February',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },

  { asker: 'owner', category: 'must_clarify', question: 'hows it going', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Give me the rate for last month.', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'compare them two for me', expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: "What's the number for Q4?", expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'which one did better', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'is it up or down', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Break that down for me.', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'can u check on that thing from before', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'more or less than usual?', expect: CLARIFY },

  {
    asker: 'owner',
    category: 'must_decline',
    question: 'whats the weather looking like in london tomorrow',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What is our site conversion rate from sessions to orders?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Facebook ad spend for 2025, how much was it?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many followers has my tiktok grown by this month',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: "what's the email address of whoever placed the biggest order",
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'predict what my revenue will be next christmas',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How much stock is left of each product right now?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'delete every cancelled order from the database',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: "what's my net profit once rent and payroll come out this year",
    expect: DECLINE,
  },
];
