/**
 * The fiftieth fresh merchant questions: written blind from 53a28c3 (the demo README, the demo semantic layer, the
 * gold helpers and the previous set's masked format only; no analyst code, no earlier question texts, no misses),
 * held out in full. Asked as the demo tenant on EVAL_TODAY = 2026-03-15 (data through 2026-03-14), as a shop owner
 * on a phone, an analyst, a creator, a bookkeeper, a finance lead, support staff and someone forwarding a
 * colleague's question. Every gold was run against the eval warehouse and matched an independently written second
 * query; no gold is empty or NULL and no top-N cut-off falls on a tie.
 */

import {
  answer,
  bucket,
  BLACK_FRIDAY,
  byTitle,
  CANCELLATION_RATE,
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
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_2_WEEKS,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_60_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  NEW_YEARS_EVE,
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
  SINCE_2025,
  SINCE_BLACK_FRIDAY,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  type Span,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  c,
} from './demo-gold.js';
import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';

export interface FiftiethFreshCase {
  readonly asker: Asker | 'bookkeeper' | 'finance' | 'support' | 'forwarder';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** Christmas Eve 2025. */
const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];
/** Black Friday through Cyber Monday 2025, both days included. */
const BLACK_FRIDAY_TO_CYBER_MONDAY: Span = ['2025-11-28', '2025-12-02'];
/** The Monday-to-Sunday week that began on 12 January 2026. */
const WEEK_OF_JANUARY_12: Span = ['2026-01-12', '2026-01-19'];
/** 5 to 11 January 2026, both days included. */
const JANUARY_5_TO_11: Span = ['2026-01-05', '2026-01-12'];

const AOV = 'AVG(o.total)';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
/** A metric over the paid orders of a span. */
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
/** A metric over the paid orders of a span, with their customers. */
const ofOrdersCustomers = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(span)}${where}`;
/** A metric over the items of the paid orders of a span, with their products. */
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;

export const FIFTIETH_FRESH_CASES: readonly FiftiethFreshCase[] = [
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total revenue booked on paid orders during Q3 2025?',
    expect: answer(revenue(Q3_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'What did customers pay us in shipping fees across January 2026?',
    expect: answer(ofOrders('SUM(o.shipping)', 'shipping', JANUARY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'over the whole of 2025, how many reels went up on my account',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Cost of goods sold for the second half of 2025, please.',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', H2_2025)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'Since 13 Feb, how many orders were cancelled before being charged?',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_30_DAYS)}`),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov ytd',
    expect: answer(ofOrders(AOV, 'average_order_value', THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs who joined during the 2 full weeks before this one — how many?',
    expect: answer(newCustomers(LAST_2_WEEKS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund pct for oct-dec 2025, quick',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'mtd unit sales so far this march',
    expect: answer(units(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp in dec 2025 vs gp in nov 2025',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        DECEMBER,
        NOVEMBER,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev thru the ig shop last wk',
    expect: answer(revenue(LAST_WEEK, " AND o.sales_channel = 'instagram_shop'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'Christmas Eve takings, all channels together?',
    expect: answer(revenue(CHRISTMAS_EVE)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'Total reach of my TikTok clips posted during February 2026?',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'How much got knocked off orders through discounts over the past 90 days?',
    expect: answer(ofOrders('SUM(o.discount)', 'discounts', LAST_90_DAYS)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'november 2025: total pieces shifted across every product?',
    expect: answer(units(NOVEMBER)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'The stuff we sold between April and June 2025 — what did it cost us to buy in altogether?',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'How often were my Instagram posts bookmarked last quarter?',
    expect: answer(posts('SUM(p.saves)', 'saves', Q4_2025, " AND p.platform = 'instagram'")),
  },

  {
    asker: 'analyst',
    category: 'rates',
    question: 'Q: cancel rate on TikTok Shop checkouts, Jan–Dec 2025?',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'In December, what proportion of the order subtotal went on discounts?',
    expect: answer(ofOrders(DISCOUNT_RATE, 'discount_rate', DECEMBER)),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Engagement rate on Facebook carousels since the start of 2025',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_2025,
        " AND p.platform = 'facebook' AND p.media_type = 'carousel'",
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: "germany: what's the refund rate on their orders for the last six calendar months?",
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(LAST_6_MONTHS)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "my reels since new year: what's their engagement rate been?",
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.media_type = 'reel'")),
  },

  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Among buyers based in Canada, average number of orders each in H2 2025?',
    expect: answer(ofOrdersCustomers(ORDERS_PER_CUSTOMER, 'orders_per_customer', H2_2025, " AND c.country = 'CA'")),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'For the email-sourced customers: revenue per customer during 2025',
    expect: answer(
      ofOrdersCustomers(
        REVENUE_PER_CUSTOMER,
        'revenue_per_customer',
        YEAR_2025,
        " AND c.acquisition_channel = 'email'",
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'items per order on the tiktok shop since october',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'What was our markup across the home category over 2025?',
    expect: answer(ofItems(MARKUP, 'markup', YEAR_2025, " AND pr.category = 'home'")),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'average likes per reel in 2025',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', YEAR_2025, " AND p.media_type = 'reel'")),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: 'What portion of January 2026 revenue went through the online store channel?',
    expect: answer(
      ofOrders("SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / SUM(o.total)", 'share', JANUARY),
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Of every unit we sold in 2025, what share came from the beauty category?',
    expect: answer(
      ofItems("SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity)", 'share', YEAR_2025),
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'what pct of last month’s orders were from the us',
    expect: answer(ofOrdersCustomers("COUNT(*) FILTER (WHERE c.country = 'US') * 1.0 / COUNT(*)", 'share', LAST_MONTH)),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'What fraction of everything I posted since July was on TikTok?',
    expect: answer(posts("COUNT(*) FILTER (WHERE p.platform = 'tiktok') * 1.0 / COUNT(*)", 'share', SINCE_JULY)),
  },
  {
    asker: 'bookkeeper',
    category: 'shares',
    question: 'Of Q4 2025 revenue, what percent was attributed to social posts?',
    expect: answer(
      ofOrders('SUM(o.total) FILTER (WHERE o.attributed_post_id IS NOT NULL) * 1.0 / SUM(o.total)', 'share', Q4_2025),
    ),
  },

  {
    asker: 'support',
    category: 'thresholds',
    question: 'February paid orders where the total topped $300: count them for me',
    expect: answer(orders(LAST_MONTH, ' AND o.total > 300')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'which items in the catalogue cost customers less than $25',
    expect: answer('SELECT pr.product_id AS product FROM products pr WHERE pr.price < 25'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: '2025 posts that passed 5,000 likes: how many were there?',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 5000')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Count the December 2025 orders where the discount exceeded $20',
    expect: answer(orders(DECEMBER, ' AND o.discount > 20')),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'List the Black Friday orders that came to more than $250',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)} AND o.total > 250`,
    ),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was the biggest order in february',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which product has the lowest unit cost in the catalogue?',
    expect: answer(
      'SELECT pr.product_id AS product, pr.cost AS unit_cost FROM products pr ORDER BY pr.cost ASC LIMIT 1',
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most-watched tiktok of all time?',
    expect: answer(
      `SELECT p.post_id AS post, p.video_views AS video_views FROM social_posts p WHERE p.platform = 'tiktok' ORDER BY p.video_views DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Out of all 31 days of January 2026, which day had our biggest revenue?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: "what's the cheapest homeware item we stock",
    expect: answer(
      "SELECT pr.product_id AS product, pr.price AS price FROM products pr WHERE pr.category = 'home' ORDER BY pr.price ASC LIMIT 1",
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'Show me every order that was refunded yesterday',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'can you pull up every facebook video i put out in february 2026',
    expect: answer(posts('p.post_id', 'post', LAST_MONTH, " AND p.platform = 'facebook' AND p.media_type = 'video'")),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: "I need a list of every product we've launched since the start of December 2025",
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE ${pc(SINCE_DECEMBER)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'Which orders from Australian customers were cancelled in the last 14 days?',
    expect: answer(
      `SELECT o.order_id AS order_id FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'cancelled' AND ${o(LAST_14_DAYS)} AND c.country = 'AU'`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Give me the order numbers of the paid orders above $500 in Q1 2025.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} AND o.total > 500`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'units of the Velvet Scarf sold in calendar year 2025',
    expect: answer(units(YEAR_2025, byTitle('Velvet Scarf'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Oversized Cushion Cover: product revenue for October to December 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle('Oversized Cushion Cover')}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What margin did the Golden Wall Print make over calendar 2025?',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', YEAR_2025, byTitle('Golden Wall Print'))),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what does the Cloud Midi Dress sell for',
    expect: answer("SELECT AVG(pr.price) AS price FROM products pr WHERE pr.title = 'Cloud Midi Dress'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'Number of February orders that contained a Minimal Toner',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle('Minimal Toner')}`,
    ),
  },

  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Q1 2025 new customers, split by the channel that acquired them',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'Posts per platform for January 2026, please',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'Count of orders by status for the week of 2 March',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'new customer signups per country since 1 september',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Each category — how many products does it hold in our catalogue right now?',
    expect: answer('SELECT pr.category AS category, COUNT(*) AS new_products FROM products pr GROUP BY 1'),
  },

  {
    asker: 'bookkeeper',
    category: 'status_breakdowns',
    question: "Break December's order value down by order status.",
    expect: answer(
      `SELECT o.status AS order_status, SUM(o.total) AS revenue FROM orders o WHERE ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'Refunded order count by storefront for 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Value of refunded orders per month over the last 3 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_3_MONTHS)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'show me the five products that brought in the most revenue in february 2026',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'Top 3 Instagram posts by saves this year',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Lowest 3 countries by average order value, 2025',
    expect: answer(
      `SELECT c.country AS country, ${AOV} AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which 4 products earned the most gross profit between July and December 2025?',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 acquisition channels have driven the most revenue since january 1st',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'Which 2 media types have had the best engagement rate since October?',
    expect: answer(
      `SELECT p.media_type AS media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(SINCE_OCTOBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },

  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'For Q2 2025, give me revenue with a row per sales channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'aov by country last 90 days',
    expect: answer(
      `SELECT c.country AS country, ${AOV} AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'Total engagement per platform in December',
    expect: answer(
      `SELECT p.platform AS platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'What gross margin did each category make across calendar 2025?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Discount totals by sales channel from 28 Nov through 1 Dec',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY_TO_CYBER_MONDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'forwarder',
    category: 'breakdowns',
    question: 'My colleague is asking: units sold by category for the week of 12 January 2026?',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(WEEK_OF_JANUARY_12)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'time_series',
    question: 'monthly revenue since july',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly count of my tiktok posts over the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_8_WEEKS)} AND p.platform = 'tiktok' GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'How many new customers did we add in each month of 2025?',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'What gross profit did we make in each quarter of calendar 2025?',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'Number of paid orders on each of the past 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'how did sales last week stack up against the week before it',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Compare new customers in Q4 2025 against Q4 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: "Was my February engagement rate higher than January's?",
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
    asker: 'finance',
    category: 'period_comparison',
    question: 'Refund rate, second half of 2025 vs first half of 2025',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'units sold dec 2025 vs dec 2024',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, DECEMBER, DECEMBER_2024),
    ),
  },

  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'TikTok Shop revenue against Instagram Shop revenue for 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'On a per-post basis, do reels or carousels collect more saves?',
    expect: answer(
      "SELECT p.media_type AS media_type, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') GROUP BY 1",
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'uk vs germany order count last quarter',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('GB', 'DE') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'How does gross margin on apparel compare with accessories over the last 12 months?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} AND pr.category IN ('apparel', 'accessories') GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'weekend sales in january 2026',
    expect: answer(revenue(JANUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 5 to 11 January 2026 inclusive',
    expect: answer(revenue(JANUARY_5_TO_11)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: "Number of orders placed on New Year's Eve",
    expect: answer(orders(NEW_YEARS_EVE)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts have i published since black friday',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Gross profit over the last 60 days',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', LAST_60_DAYS)),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ["break last month's takings down by storefront"],
    question: 'just uk customers',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} AND c.country = 'GB' GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'follow_up',
    history: ['How many paid orders did December 2025 bring?'],
    question: "and for november 2025, what's that number?",
    expect: answer(orders(NOVEMBER)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Top 5 by units sold for 2025, ranked by product'],
    question: 'for the beauty category alone, same ranking',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty' GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['engagement rate per platform for Oct–Dec 2025'],
    question: 'now split it by media type instead',
    expect: answer(
      `SELECT p.media_type AS media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Can you give me our average order value for January 2026?'],
    question: 'How about for TikTok Shop orders only?',
    expect: answer(ofOrders(AOV, 'average_order_value', JANUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['country by country, how many new customers joined in 2025'],
    question: 'Keep only the ones acquired through paid search',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel = 'paid_search' GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'which channel earned us the most last month',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'January: how many of our orders came via Instagram?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how much did the tank cost', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'price of the backpack?', expect: CLARIFY },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'feb 2026: how many orders got lost',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'New customers via Google in Q4 2025?',
    expect: CLARIFY,
  },
  { asker: 'forwarder', category: 'must_clarify', question: 'Boss wants the number for last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'are things better than a year ago', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'How was my week?', expect: CLARIFY },

  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much traffic did the website get in february',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What is our visit-to-purchase conversion rate this quarter?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Facebook ad spend for January 2026?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'How many Cedar Backpacks are left in stock?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Average star rating of our apparel reviews?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'by how much has my instagram following grown this month',
    expect: DECLINE,
  },
  {
    asker: 'forwarder',
    category: 'must_decline',
    question: 'From marketing: what share of our buyers are women aged 25 to 34?',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'What was the open rate of the last newsletter we sent?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'On average, how many days does delivery to Canada take?',
    expect: DECLINE,
  },
];
