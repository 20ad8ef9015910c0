import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
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
  CYBER_MONDAY,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_10_DAYS,
  LAST_14_DAYS,
  LAST_60_DAYS,
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
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_2025,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The fortieth fresh merchant evaluation: a forty-second set of questions on the demo layer, held out IN FULL. It was
 * written from main at cd76d0e WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-ninth (skimmed for its format,
 * categories, counts and order only): the demo layer (src/demo/**), the demo data, demo-gold.ts and the eval harness.
 * Each question and history line was compared by a throwaway script with every line of every earlier question file
 * and cases.ts (the larger of token-set and character-trigram Jaccard; the script printed numbers only) and reworded
 * while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run
 * eval` prints its figures only; `--show-fortieth-fresh-misses` prints its misses for the closing read of a session,
 * and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (shipping, discounts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the linen shirt,
 * the tank, the cardigan, the chinos, the beanie, the hoodie, the backpack, the lip balm; and "google", which is
 * organic search or paid search, both with new customers in the asked year); `decline` (reasons for returns,
 * customer ages, cities, gift cards, loyalty points, sizes, affiliate commissions, follower counts, sales tax: none
 * is in the data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunded or cancelled orders
 * counted or listed are those orders by the day they were placed; rates as in demo-gold.ts; markup as the demo
 * README defines it; what the goods "cost us" is the cost of goods sold; a product's units are its units on paid
 * orders, its orders the paid orders that include it, its revenue and a category's revenue their product revenue;
 * posts that "mention" a product have its title in the caption; "shipping" / "delivery charged" is shipping on paid
 * orders; a share, "%" or "fraction" is a fraction; "people who bought" are customers who bought; an order's size is
 * its total, a product's price its list price; comparisons of periods give the metric, then `<metric>_previous`; a
 * follow-up keeps the subject of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yesterday" = Saturday 14 Mar; "since monday" = 9–14 Mar; "this month" = 1–14 Mar; "last
 * week" = 2–8 Mar, "the week prior" / "the week before last week" = 23 Feb – 1 Mar; "the past 7 days" = 8–14 Mar,
 * against "the 7 days before" = 1–7 Mar; "the past 10 days" = 5–14 Mar; "the last two weeks" (14 days) = 1–14 Mar;
 * "the last 60 days" = 14 Jan – 14 Mar; "the last 90 days" = 15 Dec – 14 Mar; "the last 8 full weeks" = 12 Jan – 8
 * Mar; "so far this month vs the same days in february" = 1–14 Mar against 1–14 Feb; "last quarter" = Q4 2025;
 * "since july", "since september", "since october" (2025) on; "since the start of 2025" on; "this year" / "so far in
 * 2026" / "since January 1st" = 2026 so far; "last year" = 2025; "the same quarter a year earlier" = Q4 2024; "cyber
 * monday" = 1 Dec 2025, "christmas day" = 25 Dec 2025, "new years eve" = 31 Dec 2025; "8 to 21 February, both
 * included"; "1 to 7 march"; "September through December 2025"; months, quarters and halves of 2024 and 2025 named
 * outright.
 *
 * Checks: see FIGURES.md (fortieth fresh sets): every gold was run as the demo tenant and its figure checked against a
 * second, independently written query on the raw data.
 */

export interface FortiethFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** September to December 2025, both months included. */
const SEPTEMBER_TO_DECEMBER_2025: Span = ['2025-09-01', '2026-01-01'];
/** 8 to 21 February 2026, both days included. */
const FEB_8_TO_21: Span = ['2026-02-08', '2026-02-22'];
/** 1 to 7 March 2026, both days included. */
const MARCH_1_TO_7: Span = ['2026-03-01', '2026-03-08'];
/** The same days of last month as this month so far: 1 to 14 February 2026. */
const FEBRUARY_SAME_SPAN: Span = ['2026-02-01', '2026-02-15'];
/** 10 March 2026. */
const MARCH_10: Span = ['2026-03-10', '2026-03-11'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
const SHIPPING = (span: Span, where = '') =>
  `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const DISCOUNTS = (span: Span, where = '') =>
  `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const withStatus = (status: string, span: Span) =>
  `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = '${status}' AND ${o(span)}`;
const ordersWithProduct = (span: Span, title: string) =>
  `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${byTitle(title)}`;
const productRevenue = (span: Span, where: string) =>
  `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofCustomers = (expression: string, name: string, span: Span, where: string) =>
  `SELECT ${expression} AS ${name} FROM ${ORDERS_CUSTOMERS} WHERE ${o(span)}${where}`;

export const FORTIETH_FRESH_CASES: readonly FortiethFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did customers pay us for shipping across the second quarter of 2025?',
    expect: answer(SHIPPING(Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total impressions our facebook page racked up during 2024',
    expect: answer(posts('SUM(p.impressions)', 'impressions', YEAR_2024, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross profit from September through December 2025, all four months included.',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SEPTEMBER_TO_DECEMBER_2025)}`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'in january, what did the products we sold cost us in total',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many different people actually bought something from us during 2025?',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'units that went out the door over the last two weeks',
    expect: answer(units(LAST_14_DAYS)),
  },

  // Shorthand
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop avg basket q4 25',
    expect: answer(
      `SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'beauty units l30d??',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(['2026-02-13', '2026-03-15'])} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'tiktok shop refund rt, 2026 so far',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross profit dec pls',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg views per reel this yr',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'new uk custs in feb?',
    expect: answer(newCustomers(FEBRUARY, " AND c.country = 'GB'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'order count for the week before last week?',
    expect: answer(orders(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'shorthand',
    question: 'COGS H2 2025',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash did the website pull in on new years eve',
    expect: answer(revenue(NEW_YEARS_EVE, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'how many pieces customers buy from us last week?',
    expect: answer(units(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did shoppers spend with us on cyber monday',
    expect: answer(revenue(CYBER_MONDAY)),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'How many orders did people send back to us last month?',
    expect: answer(withStatus('refunded', LAST_MONTH)),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'German customers: what fraction of their 2025 orders were cancelled?',
    expect: answer(ofCustomers(CANCELLATION_RATE, 'cancellation_rate', YEAR_2025, " AND c.country = 'DE'")),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'insta carousel engagement rate from september on',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_SEPTEMBER,
        " AND p.platform = 'instagram' AND p.media_type = 'carousel'",
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Discount rate on Instagram Shop orders, Q1 2025.',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'refund rate for customers who found us through paid search, last quarter',
    expect: answer(ofCustomers(REFUND_RATE, 'refund_rate', Q4_2025, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'what margin did accessories run at in 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'accessories'`,
    ),
  },

  // Ratios
  {
    asker: 'founder',
    category: 'ratios',
    question: 'Average revenue per Australian buyer so far in 2026?',
    expect: answer(
      ofCustomers(REVENUE_PER_CUSTOMER, 'revenue_per_customer', THIS_YEAR, ` AND ${PAID} AND c.country = 'AU'`),
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Second half of 2024: average units in each TikTok Shop order?',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2024)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'what markup did we get on home products last year',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'on average how many times did customers we got through email order from us in 2025',
    expect: answer(
      ofCustomers(
        ORDERS_PER_CUSTOMER,
        'orders_per_customer',
        YEAR_2025,
        ` AND ${PAID} AND c.acquisition_channel = 'email'`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'mean comments per tiktok in january',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', JANUARY, " AND p.platform = 'tiktok'")),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'In 2025, what portion of revenue did the TikTok Shop contribute?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what fraction of our 2025 reach did reels account for',
    expect: answer(
      posts("SUM(p.reach) FILTER (WHERE p.media_type = 'reel') * 1.0 / NULLIF(SUM(p.reach), 0)", 'share', YEAR_2025),
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'Of the customers who signed up this year, what proportion arrived via organic search?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'organic_search') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'How much of Q4 2025 product revenue did beauty make up, as a share?',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'beauty') * 1.0 / NULLIF(${PRODUCT_REVENUE}, 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'shares',
    question: 'what percent of february orders went to customers in the US',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'US') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many feb orders topped 300 bucks',
    expect: answer(orders(LAST_MONTH, ' AND o.total > 300')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'How many of our products cost us more than $40 per unit?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost > 40'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Paid orders in 2025 where the discount was bigger than $20: how many?',
    expect: answer(orders(YEAR_2025, ' AND o.discount > 20')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many insta posts have ever passed 1000 saves',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.platform = 'instagram' AND p.saves > 1000")),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'this month how many orders contained at least 4 units',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY oi.order_id HAVING SUM(oi.quantity) >= 4) big`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'In 2025, how many buyers had total spend over $1,000?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.customer_id HAVING SUM(o.total) > 1000) big`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the smallest order we took yesterday',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} ORDER BY o.total ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'our most-shared facebook post of all time?',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE p.platform = 'facebook' ORDER BY p.shares DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which single day of 2025 had the highest number of orders?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'what is the priciest item in our home range',
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'home' ORDER BY pr.price DESC LIMIT 1",
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'Who was our biggest spender in Q3 2025?',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY o.customer_id ORDER BY revenue DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'which orders have been cancelled since monday, list them',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me every tiktok we published last week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_WEEK)}`),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'list all orders above $400 placed this month',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} AND o.total > 400`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'What products have launched since January 1st?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(THIS_YEAR)}`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List the refunded orders placed on 10 March 2026.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(MARCH_10)}`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'wild lip balm units moved in february??',
    expect: answer(units(FEBRUARY, byTitle('Wild Lip Balm'))),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'What does a single Urban Ceramic Mug cost us?',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Urban Ceramic Mug'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many of our posts talked about the Velvet Scarf in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.caption LIKE '%Velvet Scarf%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Golden Wall Print: what did it make us in 2025?',
    expect: answer(productRevenue(YEAR_2025, " AND pr.title = 'Golden Wall Print'")),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'in february how many orders included at least one soft cap',
    expect: answer(ordersWithProduct(LAST_MONTH, 'Soft Cap')),
  },
  {
    asker: 'ops',
    category: 'names',
    question: "what's the retail price on the Coastal Chinos",
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Coastal Chinos'"),
  },
  {
    asker: 'non_native',
    category: 'names',
    question: 'how much profit we have make with Meadow Face Serum since it exist?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(ALL)} AND pr.title = 'Meadow Face Serum'`,
    ),
  },

  // Status breakdowns
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'tiktok shop orders in january split by status',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop' GROUP BY o.status`,
    ),
  },

  // Counts by
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts we put out on each platform in q3 2025',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q3_2025)} GROUP BY p.platform`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'New customers per acquisition channel since October?',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_OCTOBER)} GROUP BY c.acquisition_channel`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: "last week's orders, counted per customer country",
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: 'How many products do we carry in each category?',
    expect: answer('SELECT pr.category, COUNT(*) AS products FROM products pr GROUP BY pr.category'),
  },

  // Top / bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '5 most profitable products so far in 2026',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY oi.product_id ORDER BY gross_profit DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'the 3 instagram reels from 2025 that reached the fewest people',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'reel' AND ${p(YEAR_2025)} GROUP BY p.post_id ORDER BY reach ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Bottom three countries by average order value for 2025?',
    expect: answer(
      `SELECT c.country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY c.country ORDER BY average_order_value ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Q1 2025: the four acquisition channels with the highest revenue.',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY c.acquisition_channel ORDER BY revenue DESC LIMIT 4`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q3 2025 sales split across the online store, Instagram Shop and TikTok Shop?',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'impressions on fb in 2026 broken down per format',
    expect: answer(
      `SELECT p.media_type, SUM(p.impressions) AS impressions FROM social_posts p WHERE p.platform = 'facebook' AND ${p(THIS_YEAR)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'how much discount did we give away in december, country by country',
    expect: answer(
      `SELECT c.country, SUM(o.discount) AS discounts FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'January 2026 units, by category crossed with sales channel.',
    expect: answer(
      `SELECT pr.category, o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY pr.category, o.sales_channel`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'shipping we charged last month broken out by sales channel',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY o.sales_channel`,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'What did revenue look like each month across 2024?',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'reach on tiktok per week, last 8 full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'daily order count from 1 to 7 march',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(MARCH_1_TO_7)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Gross margin per quarter across 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'refund rate for each month since july',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(SINCE_JULY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparison
  {
    asker: 'founder',
    category: 'period_comparison',
    question: "Was February's revenue up or down on January's?",
    expect: answer(compared(`SUM(o.total) FILTER (WHERE %F)`, 'revenue', 'orders o', PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'likes so far this month vs the same days in february',
    expect: answer(
      compared('SUM(p.likes) FILTER (WHERE %F)', 'likes', 'social_posts p', '', p, THIS_MONTH, FEBRUARY_SAME_SPAN),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'How many orders did Q4 2025 have versus the same quarter a year earlier?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'gross profit in 2025 compared to 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        YEAR_2025,
        YEAR_2024,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did we sign up more customers last week than the week prior?',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'units sold in the past 7 days compared with the 7 days before',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_7_DAYS, MARCH_1_TO_7),
    ),
  },

  // Value comparison
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'comments in 2025, facebook against instagram',
    expect: answer(
      `SELECT p.platform, SUM(p.comments) AS comments FROM social_posts p WHERE p.platform IN ('facebook', 'instagram') AND ${p(YEAR_2025)} GROUP BY p.platform`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Compare average order value for Canada and Australia last quarter.',
    expect: answer(
      `SELECT c.country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('CA', 'AU') GROUP BY c.country`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did clothes or home stuff sell for more money in january',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.category IN ('apparel', 'home') GROUP BY pr.category`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Engagement rate of videos versus images over the last 90 days.',
    expect: answer(
      `SELECT p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type IN ('video', 'image') AND ${p(LAST_90_DAYS)} GROUP BY p.media_type`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for 8 to 21 February 2026, both days included.',
    expect: answer(revenue(FEB_8_TO_21)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'what was the average order on christmas day',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(CHRISTMAS_DAY)}`),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Customer sign-ups during the third quarter of 2024?',
    expect: answer(newCustomers(Q3_2024)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'total sales since the start of 2025',
    expect: answer(revenue(SINCE_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'discounts handed out over the last 60 days',
    expect: answer(DISCOUNTS(LAST_60_DAYS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: "number of posts we've put live over the past 10 days",
    expect: answer(posts('COUNT(*)', 'posts', LAST_10_DAYS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['web store revenue for january pls'],
    question: 'tiktok shop, same question',
    expect: answer(revenue(JANUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['reels posted in february, how many'],
    question: 'and how many carousels',
    expect: answer(posts('COUNT(*)', 'posts', FEBRUARY, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What was the gross margin for beauty in 2025?'],
    question: 'Apparel next.',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'ops',
    category: 'follow_up',
    history: ['orders from french customers last week'],
    question: 'and german ones',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['New customer count from TikTok, Q2 2025?'],
    question: 'And in Q3?',
    expect: answer(newCustomers(Q3_2025, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ["What was December's refund rate?"],
    question: 'And November?',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(NOVEMBER)}`),
  },

  // Must clarify: a product family with several members, each with rows in the asked context
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'units of the linen shirt sold in february?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'revenue on the tank so far in 2026',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Revenue from the cardigan since the start of February?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many december orders had the chinos in them',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'units of the beanie shipped last week',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'what has the hoodie earned us so far this month',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'How many orders included the backpack in December?',
    expect: CLARIFY,
  },
  {
    asker: 'hurried',
    category: 'must_clarify',
    question: 'lip balm units last wk',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'Customers acquired through Google during 2025, how many?',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'support',
    category: 'must_decline',
    question: 'what are the most common reasons customers give for returning stuff',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: "Break down last year's revenue by customer age group.",
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which cities do most of our orders ship to',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'how much did we sell in gift cards over the holidays',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many loyalty points got redeemed this month',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Do small or large sizes of the Organic Hoodie sell better?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did we pay out in affiliate commissions in Q4?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'did our instagram following grow in february? by how much',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'how much sales tax we collected in the year 2025?',
    expect: DECLINE,
  },
];
