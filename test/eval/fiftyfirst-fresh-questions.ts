/**
 * The fifty-first fresh demo-layer questions: held out in full, written blind from 2ed6dd0 (without reading the
 * analyst, its tests or any earlier question set), asked as the demo tenant on EVAL_TODAY = 2026-03-15 with data
 * through 2026-03-14. Phrased as a shop owner on a phone, an analyst, a creator and a finance person would type
 * them. Every gold was checked against a second query written another way, on the eval's warehouse.
 */

import {
  answer,
  bucket,
  BLACK_FRIDAY,
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
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_30_DAYS,
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
  pc,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  revenueOfCustomers,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
  type Span,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  ALL,
} from './demo-gold.js';
import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';

export interface FiftyfirstFreshCase {
  readonly asker: Asker | 'finance';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** February of the year before: the month compared with last month a year on. */
const FEBRUARY_2025: Span = ['2025-02-01', '2025-03-01'];
/** From 1 October to 15 November 2025, both days included. */
const OCTOBER_1_TO_NOVEMBER_15: Span = ['2025-10-01', '2025-11-16'];
/** The 45 days ending yesterday. */
const LAST_45_DAYS: Span = ['2026-01-29', '2026-03-15'];

const ORDERS_VALUE = 'SUM(o.total)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(SUM(oi.quantity * pr.cost), 0)`;
const COGS = 'SUM(oi.quantity * pr.cost)';

export const FIFTYFIRST_FRESH_CASES: readonly FiftyfirstFreshCase[] = [
  // Totals.
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much did the shop take during february?',
    expect: answer(revenue(FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'delivery fees we charged on oct-dec 2025 orders, all in',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross profit over all paid orders for calendar year 2025',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'tell me the total hearts my content pulled in during january',
    expect: answer(posts('SUM(p.likes)', 'likes', JANUARY)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'what did the stock we sold cost us in H1 2025 (cogs)',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)}`),
  },

  // Shorthand.
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov mtd, webshop only',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'instagram shop revenue, previous 14 days',
    expect: answer(revenue(LAST_14_DAYS, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'signups that came from our mailing list in jan',
    expect: answer(newCustomers(JANUARY, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'plays on my tiktok vids over the last 90 days',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_90_DAYS, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'cogs beauty q3 2025',
    expect: answer(
      `SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} AND pr.category = 'beauty'`,
    ),
  },

  // Everyday words.
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'coupon money given away on cyber monday',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(CYBER_MONDAY)}`),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'number of boxes shipped to canada during december',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} AND c.country = 'CA'`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'accounts reached by my reels in february',
    expect: answer(posts('SUM(p.reach)', 'reach', LAST_MONTH, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what have we pulled in through the tiktok shop so far this year',
    expect: answer(revenue(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'dollars refunded to customers in january (order totals of refunded orders)',
    expect: answer(`SELECT ${ORDERS_VALUE} AS revenue FROM orders o WHERE o.status = 'refunded' AND ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many pieces did we shift on saturdays n sundays in feb',
    expect: answer(units(FEBRUARY, WEEKEND('o.ordered_at'))),
  },

  // Rates.
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate, Instagram Shop channel only, July to December 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H2_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: "what's the cancellation rate running at this month?",
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'er on carousels, 2025 full year',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'what was the discount rate like for november 2025 paid orders',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Accessories gross margin, trailing 12 complete months',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} AND pr.category = 'accessories'`,
    ),
  },

  // Ratios.
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Items per order for German buyers during 2025',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'sales per customer, january to march 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q1_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'on average how many times does each buyer order from me, last 6 months',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(LAST_6_MONTHS)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'markup on homewares in 2025',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg saves per insta reel since october?',
    expect: answer(
      posts('AVG(p.saves)', 'avg_saves', SINCE_OCTOBER, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },

  // Thresholds and conditions on rows.
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'Count of December orders with a total over $300',
    expect: answer(orders(DECEMBER, ' AND o.total > 300')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Products whose list price is under $25',
    expect: answer('SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.price < 25'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'posts of mine with over 5k likes in 2025 - how many',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 5000')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'January paid orders with more than $20 off: how many?',
    expect: answer(orders(JANUARY, ' AND o.discount > 20')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many people spent over a grand with us in 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.customer_id HAVING SUM(o.total) > 1000)`,
    ),
  },

  // Extremes.
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was the largest single order of february',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most commented post ever',
    expect: answer(
      'SELECT p.post_id AS post_id, p.comments AS comments FROM social_posts p ORDER BY p.comments DESC LIMIT 1',
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'cheapest item in the beauty range?',
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'beauty' ORDER BY pr.price LIMIT 1",
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'which calendar day in 2025 was our biggest for revenue',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which month in 2025 had our weakest gross margin?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_margin LIMIT 1`,
    ),
  },

  // Lists of rows.
  {
    asker: 'owner',
    category: 'lists',
    question: 'show each order from yesterday that got refunded',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'the videos i uploaded to fb in february, list em',
    expect: answer(
      `SELECT p.post_id AS post_id FROM social_posts p WHERE ${p(LAST_MONTH)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'anything new added to the product range since december 1 2025? list them',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(SINCE_DECEMBER)}`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Order IDs for paid orders totalling more than $400 in the past 30 days',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)} AND o.total > 400`,
    ),
  },

  // Names as filters.
  {
    asker: 'owner',
    category: 'names',
    question: 'velvet hoodies sold all time',
    expect: answer(units(ALL, byTitle('Velvet Hoodie'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Q4 2025 line revenue for the Golden Wall Print',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle('Golden Wall Print')}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Soft Cap: what was its gross profit across 2025?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle('Soft Cap')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'total likes on the posts that mention the Wild Lip Balm',
    expect: answer(posts('SUM(p.likes)', 'likes', ALL, " AND p.caption LIKE '%Wild Lip Balm%'")),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'number of orders containing minimal toner in jan',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)}${byTitle('Minimal Toner')}`,
    ),
  },

  // Counts by a dimension.
  {
    asker: 'analyst',
    category: 'counts_by',
    question: "where did 2025's new customers come from? count per acquisition source",
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts per platform so far in 2026',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'paid orders per country in february 2026',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'counts_by',
    question: 'how many paid orders did each storefront get between july and september 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'product count by category in the catalog',
    expect: answer('SELECT pr.category AS category, COUNT(*) AS new_products FROM products pr GROUP BY 1'),
  },

  // Status breakdowns and status filters.
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'paid / refunded / cancelled order counts for last week',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Order value of refunded versus cancelled orders in 2025',
    expect: answer(
      `SELECT o.status AS order_status, ${ORDERS_VALUE} AS revenue FROM orders o WHERE ${o(YEAR_2025)} AND o.status IN ('refunded', 'cancelled') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'what happened to tiktok shop orders in january - paid vs refunded vs cancelled counts',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop' GROUP BY 1`,
    ),
  },

  // Rankings and top-N.
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'five best selling products by units in february',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which tiktok uploads from 2025 were shared most - give me the top 3',
    expect: answer(
      `SELECT p.post_id AS post_id, p.shares AS shares FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'tiktok' ORDER BY p.shares DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 3 products by gross profit over the last 90 days',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} GROUP BY 1 ORDER BY gross_profit LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'which 3 markets had the highest spend per customer in 2025',
    expect: answer(
      `SELECT c.country AS country, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue_per_customer DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 4 acquisition channels got us the most signups in 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: '2025 refund rate by sales channel: the two best (lowest)',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY refund_rate LIMIT 2`,
      true,
    ),
  },

  // Breakdowns.
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'revenue split by storefront for january',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Engagement rate by media type for Instagram posts, last 6 months',
    expect: answer(
      `SELECT p.media_type AS media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(LAST_6_MONTHS)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'category-level gross profit for the final quarter of 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'aov per country so far this year',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'video views by platform over the past 90 days',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'black friday 2025: discount dollars by storefront',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'weekend units by category across 2025',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${WEEKEND('o.ordered_at')} GROUP BY 1`,
    ),
  },

  // Time series.
  {
    asker: 'owner',
    category: 'time_series',
    question: 'monthly sales figures across 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'weekly paid orders, last eight complete weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'tiktok engagement each month since july',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(SINCE_JULY)} AND p.platform = 'tiktok' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'gross margin % in each quarter of 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'refund rate for each of the last 6 full months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_6_MONTHS)} GROUP BY 1`,
    ),
  },

  // Period comparisons.
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did we make more this feb than in feb a year ago',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, FEBRUARY, FEBRUARY_2025)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'gross profit q4 2025 vs the same quarter of 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
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
    question: 'was my engagement up or down last month compared to january',
    expect: answer(
      compared(
        'SUM(p.likes + p.comments + p.shares + p.saves) FILTER (WHERE %F)',
        'engagement',
        'social_posts p',
        '',
        p,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Compare new customer signups in H2 2025 with H1 2025',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H1_2025)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'are we getting more orders this week than we did the week before?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Year-to-date revenue versus the same stretch of 2025',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },

  // Comparisons of values.
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'which storefront had the higher average order in 2025, web store or tiktok shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('online_store', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'average saves per post: reels against carousels',
    expect: answer(
      "SELECT p.media_type AS media_type, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') GROUP BY 1",
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'usa vs uk takings last quarter',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Gross margin, apparel versus beauty, over the last 12 months',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Revenue per customer in 2025: customers acquired via Facebook versus via Instagram',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.acquisition_channel IN ('facebook', 'instagram') GROUP BY 1`,
    ),
  },

  // Periods.
  {
    asker: 'owner',
    category: 'periods',
    question: "revenue for valentine's day 2026",
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Number of paid orders between October 1 and November 15, 2025 inclusive',
    expect: answer(orders(OCTOBER_1_TO_NOVEMBER_15)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'what did the second half of 2024 bring in',
    expect: answer(revenue(H2_2024)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'post count for q3 of 2024',
    expect: answer(posts('COUNT(*)', 'posts', Q3_2024)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many units did we sell in the 45 days up to yesterday',
    expect: answer(units(LAST_45_DAYS)),
  },

  // Shares.
  {
    asker: 'analyst',
    category: 'shares',
    question: 'how much revenue did the instagram shop account for in 2025, as a percentage',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: "share of this year's posts that are reels",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'What proportion of paid orders in January had any discount applied?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.discount > 0) * 1.0 / NULLIF(COUNT(*), 0) AS share FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'percentage of last months units that were beauty products',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / NULLIF(SUM(oi.quantity), 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },

  // Follow-ups.
  {
    asker: 'owner',
    category: 'follow_up',
    history: ["break down january's sales by customer country"],
    question: 'ok france only',
    expect: answer(revenueOfCustomers(JANUARY, " AND c.country = 'FR'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['2025 top five products ranked on units sold'],
    question: 'same thing but ranked on gross profit',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['platform-level engagement for february'],
    question: 'flip it to january',
    expect: answer(
      `SELECT p.platform AS platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What was the Q3 2025 discount rate?'],
    question: 'now per storefront please',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ["german customers' order count in december"],
    question: 'widen that to the whole of q4',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['refund rates by storefront over calendar year 2025'],
    question: 'keep only the online store and show it by quarter',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'online_store' GROUP BY 1`,
    ),
  },

  // Must clarify: a word with two or more readings in the layer.
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'channel breakdown of february revenue',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many signups did google bring us since january',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'orders we lost during february, how many',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How much did Instagram bring in during Q4 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'January 2026: how many customers?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how much money has tiktok made me this year',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Spend per customer for customers who came in from search, 2025',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'what has facebook made us over the last 30 days, in dollars',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many products in january',
    expect: CLARIFY,
  },

  // Must decline: the data cannot answer.
  {
    asker: 'owner',
    category: 'must_decline',
    question: "how is northwind's revenue doing compared to mine",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did our Facebook ads cost us in February?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'velvet hoodie stock level right now',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Export the email addresses and phone numbers of my top 10 customers',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'cancel every order placed yesterday that hasnt shipped',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'what will april 2026 revenue come in at? give me a projection',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'instagram follower gains for last week',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'change the price of the cloud tee to 30 dollars',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'what share of website visitors turned into buyers last week',
    expect: DECLINE,
  },
];
