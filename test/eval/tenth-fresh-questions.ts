import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DAY_BEFORE_YESTERDAY,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_10_DAYS,
  LAST_2_MONTHS,
  LAST_2_WEEKS,
  LAST_30_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_MONTH,
  LAST_WEEK,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  SINCE_FEBRUARY,
  THIS_MONTH,
  THIS_WEEK,
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
 * The tenth fresh merchant evaluation: a twelfth set of questions on the demo layer, held out IN FULL. It was
 * written from main at 18d0de4 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating
 * their questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-tenth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked as new people type, this week: a shop owner on a phone (terse shorthand: rev, #, $, aov, custs, mo, wk, wks,
 * 45d, mtd, q2 '25, feb, ig shop, tt shop, web store, fb, imps, cancels, avg basket), an analyst (precise: "split by",
 * "broken out", "proportion of"), a creator (posts, reach, saves, views, engagement), a finance person (refunds,
 * discounts, shipping, margin), a founder (customers, growth, comparisons) and a support lead (refunds,
 * cancellations, orders and sign-ups of the last few days). Same data and dates as the merchant set: scale 1, seed
 * DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data and its rows checked by hand (a ranking's cut-off checked for
 * ties, a threshold at its boundary, a series against the total it adds up to, no sum over no rows). Expectations
 * as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with two readings in the
 * layer, such as "channel", "insta", "tiktok" or "customers", or a vague "performing"/"treating me best"/"better"/
 * "healthy"/"double down on" with no figure), `decline` (the data cannot answer). A list of orders with no status
 * named lists paid orders, as the order count does; "boxes" shipped are paid orders; a question with no period
 * ("in total", "with us") runs over all the data; what a category "made" and a category's "rev" are product
 * revenue, and products that "made the least money" are ranked by product revenue; customers "from each
 * acquisition channel" spend the revenue of their paid orders; customers who "placed" orders are counted by their
 * paid orders; a product kind ("bath salts") is the products whose title ends with it; a post "mentioned" a
 * product when its caption names it; reels "played" are their video views; refunds and cancellations counted or
 * listed are refunded and cancelled orders by the day they were placed, and the money refunded ("refunds in
 * dollars", "the largest refund", "how much got refunded") is those orders' totals; an order "charged shipping" has
 * a shipping charge above 0; discounts "as a percentage of subtotal" are the discount rate; a share of each group is
 * the group's part of the whole; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar, and "the day before" after yesterday = Fri 13 Mar; this week = Mon 9
 * – Sat 14 Mar; last week = 2–8 Mar; the week before last = 23 Feb – 1 Mar; the last 2 weeks = the two full weeks
 * before this one, 23 Feb – 8 Mar (the demo README's rule), and "the 2 wks before" = 9–22 Feb; the last 8 weeks =
 * 12 Jan – 8 Mar; the last 7 days = 8–14 Mar; the last 10 days = 5–14 Mar; the last 30 days = 13 Feb – 14 Mar; the
 * last 45 days / "past 45d" = 29 Jan – 14 Mar; "march 3 through march 10" includes both ends; this month / mtd / "so
 * far in march" = 1–14 Mar; last month / "feb" / "february" = Feb 2026; "january" = Jan 2026; the last 2 / 6 months
 * = Jan – Feb 2026 / Sep 2025 – Feb 2026 (whole months); "since the start of february" = 1 Feb – 14 Mar; "since
 * august" = 1 Aug 2025 – 14 Mar 2026; this year / "so far this year" / "q1 so far" = 1 Jan – 14 Mar 2026; 2025 = the
 * calendar year; H1 / H2 2025 ("the first half", "the second half of 2025") = those halves; Q1 2025 = Jan–Mar 2025,
 * Q2 2025 / "q2 '25" = Apr–Jun 2025, "q3" = Jul–Sep 2025, last quarter / "q4" / Q4 2025 = Oct–Dec 2025, Q4 2024 =
 * Oct–Dec 2024; April 2025 = that month; "saturdays and sundays" = ISO days 6 and 7. Comparisons of closed periods
 * (the metric, then `<metric>_previous` for the earlier period).
 *
 * Thresholds at their boundary: no paid February order is exactly $25.00 (the nearest are $24.84 and $25.95); no 2025
 * Instagram carousel has exactly 300 saves (the nearest are 299 and 304); no paid 2025 order is exactly $200.00 (the
 * nearest are $199.99 and $200.51); no cancelled 2026 order is exactly $50.00 (the nearest are $49.90 and $50.95);
 * "5 or more orders" includes the 325 customers with exactly five paid orders; "between $50 and $100" includes both
 * ends, and no home product is priced at either (the three in it are $57, $80 and $92.99); shipping charges are $0,
 * $5.95 or $9.95. Cut-offs: the top 4 products of the last 30 days by units end at 121 (the 5th has 96); the 3 most
 * saved carousels of 2025 end at 753 (the 4th has 749); the top 3 countries by Q4 2025 gross profit end at Canada's
 * $38,671.76 (the 4th, Australia, has $27,678.30); the top 2 acquisition channels by 2026 revenue end at organic
 * search's $53,276.72 (the 3rd, TikTok, has $44,476.52); the 3 products that made the least product revenue in Q4
 * 2025 have $23.95, $492 and $572 (the 4th has $903; every product in the catalogue before 2026 sold in Q4 2025, and
 * the four launched in 2026 were not for sale); the single extremes (the busiest Q4 2025 week for paid orders, 549
 * against 523; the slowest 2025 month for sign-ups, February's 96 against January's 100; the country with the highest
 * Q4 2025 discount rate, Germany's 3.54% against the US's 3.50%; the product with the most refunded 2025 orders, 90
 * against 61) have no tie. The series add up to the totals of their periods: the daily orders of the last 10 days to
 * 437; the monthly new customers of the last 6 months to 1,271; the weekly TikTok reach of the last 8 weeks to
 * 1,409,812; the Ocean Beanie's monthly H2 2025 product revenue to $5,504; March's weekend orders are its Sundays 1
 * and 8 and Saturdays 7 and 14 (70 + 36 + 43 + 52 = 201). Breakdowns add up likewise (Q4 2025 units by acquisition
 * channel to 8,607; Canada's 2025 sign-ups by acquisition channel to 226). No gold sums over no rows: the smallest
 * sets asked about are the two TikTok Shop refunds of the last 2 weeks and the two refunded Q4 2025 orders with a
 * Vintage Toner.
 */

export interface TenthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const THE_2_WEEKS_BEFORE: Span = ['2026-02-09', '2026-02-23'];
const LAST_45_DAYS: Span = ['2026-01-29', '2026-03-15'];
const MARCH_3_TO_10: Span = ['2026-03-03', '2026-03-11'];
const SINCE_AUGUST: Span = ['2025-08-01', '2026-03-16'];
const APRIL_2025: Span = ['2025-04-01', '2025-05-01'];

/** Product titles in the demo catalog, asked about by name (none of them asked about by the earlier sets). */
const TITLE_A = 'Minimal Chinos';
const TITLE_B = 'Ocean Beanie';
const TITLE_C = 'Soft Beanie';
const TITLE_D = 'Oversized Shampoo Bar';
const TITLE_E = 'Vintage Toner';

export const TENTH_FRESH_CASES: readonly TenthFreshCase[] = [
  // Totals
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much money has come in so far in march',
    expect: answer(revenue(THIS_MONTH)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total shipping collected in Q2 2025',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q2_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total saves across all my posts in january',
    expect: answer(posts('SUM(p.saves)', 'saves', JANUARY)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many new customers have we added since the start of february',
    expect: answer(newCustomers(SINCE_FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'how many units did we ship over the last 2 weeks',
    expect: answer(units(LAST_2_WEEKS)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev past 45d',
    expect: answer(revenue(LAST_45_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: "# orders q2 '25",
    expect: answer(orders(Q2_2025)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov ig shop feb',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'shipping $ q1 so far',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'fb imps feb',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_MONTH, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'custs who bought last 2 mo',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_2_MONTHS)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'beauty rev wk before last',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(WEEK_BEFORE_LAST)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'cancels mtd',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_MONTH)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the shop ring up yesterday',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times were my reels played last month',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_MONTH, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many boxes did we send to australia in february',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'AU' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many people created an account with us in january',
    expect: answer(newCustomers(JANUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'how much did we knock off in discounts during q4 2024',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2024)}`),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'Instagram Shop refund rate, first quarter of 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(Q1_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'what % of orders got cancelled over the last two weeks',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_2_WEEKS)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Discount rate for Australian customers, H2 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'AU' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats my tiktok engagement rate for the last 8 weeks',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', LAST_8_WEEKS, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin on TikTok Shop sales in 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'rates',
    question: 'refund rate for customers we got through email over the last 6 months',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'email' AND ${o(LAST_6_MONTHS)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg basket on the tiktok shop last week',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_WEEK)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average paid orders per French buyer in 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'FR' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: "what % of this year's impressions came from facebook",
    expect: answer(
      posts(
        "SUM(p.impressions) FILTER (WHERE p.platform = 'facebook') * 1.0 / SUM(p.impressions)",
        'impressions_share',
        THIS_YEAR,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'What proportion of Q4 2025 product revenue came from apparel?',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'apparel') * 1.0 / ${PRODUCT_REVENUE} AS product_revenue_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'what percentage of people who signed up in january came from instagram',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'instagram') * 1.0 / COUNT(*) AS new_customers_share FROM customers c WHERE ${c(JANUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg units per order on the web store this week',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel = 'online_store' AND ${o(THIS_WEEK)}`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders under $25 last month',
    expect: answer(orders(LAST_MONTH, ' AND o.total < 25')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my instagram carousels got over 300 saves in 2025',
    expect: answer(
      posts(
        'COUNT(*)',
        'posts',
        YEAR_2025,
        " AND p.platform = 'instagram' AND p.media_type = 'carousel' AND p.saves > 300",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Discounts given on paid orders over $200 in 2025',
    expect: answer(
      `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND o.total > 200 AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: "how many of this year's cancellations were under $50",
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND o.total < 50 AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers have placed 5 or more orders with us',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 HAVING COUNT(*) >= 5) regulars`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'smallest sale on the ig shop last week',
    expect: answer(
      `SELECT MIN(o.total) AS smallest_order FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(LAST_WEEK)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: "what's the most engagement a facebook post got last quarter",
    expect: answer(posts(`MAX${ENGAGEMENT}`, 'most_engagement', Q4_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which week of Q4 2025 had the most paid orders?',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'What was the single largest refund in Q4 2025?',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)}`),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which month of 2025 was slowest for new signups',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY new_customers ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'biggest order from a uk customer last month',
    expect: answer(
      `SELECT MAX(o.total) AS largest_order FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'GB' AND ${o(LAST_MONTH)}`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'pull up the tiktok shop refunds from the last 2 weeks',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_2_WEEKS)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my instagram photos from the last 30 days',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'image' AND ${p(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which home items are priced between $50 and $100',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'home' AND pr.price BETWEEN 50 AND 100`,
    ),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: "List yesterday's orders that were charged shipping",
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.shipping > 0 AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which canadian customers signed up in the last 7 days',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE c.country = 'CA' AND ${c(LAST_7_DAYS)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A.toLowerCase()} did i sell in q4`,
    expect: answer(units(Q4_2025, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Product revenue of the ${TITLE_B} by month, H2 2025`,
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `how many posts mentioned the ${TITLE_C} in 2025`,
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ` AND p.caption LIKE '%${TITLE_C}%'`)),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `what's the ${TITLE_D.toLowerCase()} priced at`,
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_D}'`),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'how many bath salts have we sold in total',
    expect: answer(units(ALL, byKind('Bath Salts'))),
  },
  {
    asker: 'support',
    category: 'names',
    question: `how many orders with a ${TITLE_E} in them were refunded last quarter`,
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(Q4_2025)}${byTitle(TITLE_E)}`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'number of new sign-ups per acquisition channel in january',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many reels vs carousels vs photos did i post on instagram last quarter',
    expect: answer(
      `SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE p.platform = 'instagram' AND ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Distinct buying customers by sales channel, February 2026',
    expect: answer(
      `SELECT o.sales_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'paid orders per country for the last 2 weeks',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_2_WEEKS)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'this week: how many refunded orders and how many cancelled ones',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.status IN ('refunded', 'cancelled') AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Value of refunded TikTok Shop orders in Q1 2025',
    expect: answer(
      `SELECT SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND o.sales_channel = 'tiktok_shop' AND ${o(Q1_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'how many orders got refunded in the last 30 days',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order status breakdown on the Instagram Shop for the last 6 months',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(LAST_6_MONTHS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how much got refunded per sales channel in feb',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 4 products by units last 30 days',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 most saved carousels of 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.saves) AS saves FROM social_posts p WHERE p.media_type = 'carousel' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY saves DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which three countries generated the most gross profit in Q4 2025?',
    expect: answer(
      `SELECT c.country, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'which 2 acquisition channels brought in the most revenue this year',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY revenue DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which country had the highest discount rate last quarter?',
    expect: answer(
      `SELECT c.country, ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY discount_rate DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'which product had the most refunded orders in 2025',
    expect: answer(
      `SELECT oi.product_id AS product, COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 products made the least money last quarter',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY product_revenue ASC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Q4 2025 unit volume split by customer acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'what did customers from each acquisition channel spend in 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'likes, comments and shares by platform last month',
    expect: answer(
      `SELECT p.platform, SUM(p.likes) AS likes, SUM(p.comments) AS comments, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Shipping charged per sales channel in Q4 2025',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'what did each category make me so far this year',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily orders for the last 10 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_10_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly new customers over the last 6 months',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_6_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly reach on tiktok over the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Refund rate per quarter in 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'AOV for each of the last 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'units last 2 wks vs the 2 wks before',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_2_WEEKS, THE_2_WEEKS_BEFORE),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'did we get more new customers in february than in january',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_MONTH, JANUARY)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'my instagram reach in q4 vs q3',
    expect: answer(
      compared(
        'SUM(p.reach) FILTER (WHERE %F)',
        'reach',
        'social_posts p',
        "p.platform = 'instagram'",
        p,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Refunds in dollars: second half of 2025 against the first half',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'refunded', 'orders o', "o.status = 'refunded'", o, H2_2025, H1_2025),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'How did revenue per buying customer move from Q3 to Q4 2025?',
    expect: answer(
      compared(
        'SUM(o.total) FILTER (WHERE %F) * 1.0 / NULLIF(COUNT(DISTINCT o.customer_id) FILTER (WHERE %F), 0)',
        'revenue_per_customer',
        'orders o',
        PAID,
        o,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'ig shop vs tt shop units last week',
    expect: answer(
      `SELECT o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'carousels vs photos: avg saves on instagram this year',
    expect: answer(
      `SELECT p.media_type, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type IN ('carousel', 'image') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Gross margin, apparel versus home, 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'home') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'australia vs canada new customers in q4',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE c.country IN ('AU', 'CA') AND ${c(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders came in on saturdays and sundays this month',
    expect: answer(orders(THIS_MONTH, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for April 2025',
    expect: answer(revenue(APRIL_2025)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many orders did we get from march 3 through march 10',
    expect: answer(orders(MARCH_3_TO_10)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'what have sales been since august',
    expect: answer(revenue(SINCE_AUGUST)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did i publish in the last 45 days',
    expect: answer(posts('COUNT(*)', 'posts', LAST_45_DAYS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['orders by sales channel yesterday'],
    question: 'and the day before?',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(DAY_BEFORE_YESTERDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['reach by media type on instagram last month'],
    question: 'same for facebook',
    expect: answer(
      `SELECT p.media_type, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'facebook' AND ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Discounts by country in Q4 2025'],
    question: "What's that as a percentage of subtotal?",
    expect: answer(
      `SELECT c.country, ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new customers by acquisition channel in 2025'],
    question: 'just the ones from canada',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE c.country = 'CA' AND ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many orders were refunded last week'],
    question: 'how much money was that',
    expect: answer(`SELECT SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_WEEK)}`),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how many tiktok orders came in this week', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'what was our australian customer count in q4',
    expect: CLARIFY,
  },
  { asker: 'analyst', category: 'must_clarify', question: 'Average order value per channel, Q1 2025', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'which platform is treating me best lately',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'Were our margins healthy last quarter?', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'was last week better than the week before', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'which acquisition channel should we double down on',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'insta sales this week', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Which products are performing best this quarter?',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which courier got our parcels there fastest last month',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: "What's our effective tax rate for 2025?", expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many saves did my pinterest pins get this month',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many customers opted in to sms marketing',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'which customers have a birthday this month', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Inventory shrinkage by category, 2025', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many complaints about damaged items came in last week',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What exchange rate did we get on euro payments in February?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did the product photoshoot cost me in january',
    expect: DECLINE,
  },
];
