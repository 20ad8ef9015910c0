import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
  BLACK_FRIDAY,
  BOXING_DAY,
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
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_3_WEEKS,
  LAST_60_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_WEEK,
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
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The forty-third fresh merchant evaluation: a forty-fifth set of questions on the demo layer, held out IN FULL. It
 * was written from main at a10919d WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the forty-second (skimmed for its format,
 * categories, counts and order only, its question texts masked): the demo layer (src/demo/**), the demo data,
 * demo-gold.ts and the eval harness. Each question and history line was compared by a throwaway script with every
 * line of every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard; the script
 * printed numbers only) and reworded while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody
 * tunes the analyst to it: `npm run eval` prints its figures only; `--show-fortythird-fresh-misses` prints its misses
 * for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (shipping, discounts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (one description that several rows fit, each with rows in the asked context and different
 * answers: a list price three or two products share ($45: Oversized Bath Salts, Sunset Tank, Velvet Backpack; $28:
 * Vintage Body Oil, Classic Sunscreen), a unit cost two products share ($10.71: Amber Shampoo Bar, Vintage Midi
 * Dress), the month a product was launched (December 2025: Cloud Midi Dress, Urban Watch Strap, Velvet Backpack;
 * February 2026: Velvet Hoodie, Ocean Bath Salts, Ocean Cardigan), "wednesday's tiktok" (three TikToks on 11 March
 * 2026), a caption nineteen posts share ("Packing orders all day today"), "the $33.95 refund yesterday" (two refunded
 * orders of 14 March, two customers) and "the german customer who signed up yesterday" (two, from different
 * channels)); `decline` (reviews, a forecast, stock on hand, VAT, site visits and conversion, customers' ages, ad
 * spend and ROAS, the cause of a drop, another shop's sales: none is in the data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunded or cancelled orders
 * counted or listed are those orders by the day they were placed; rates as in demo-gold.ts; markup as the demo
 * README defines it; a product's units are its units on paid orders, its orders the paid orders that include it, its
 * revenue, sales and a category's revenue their product revenue; posts "featuring" a product have its title in the
 * caption; "shipping" is shipping on paid orders and "free shipping" a paid order with no shipping charged; orders
 * "to" or "from" a country are the paid orders of customers there; customers who "paid for something" are the
 * customers who bought; customers "from each acquisition channel" are every customer by channel; "spent with us all
 * time" is revenue over every paid order; a share, "%" or "portion" is a fraction; an order's size is its total, a
 * product's price its list price, what one "costs us" its unit cost; "5 or more units" is an order whose lines add up
 * to at least five; comparisons of periods give the metric, then `<metric>_previous`; a follow-up keeps the subject
 * of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yesterday" / "yday" = Saturday 14 Mar; "mtd" / "so far this month" / "this month" = 1–14
 * Mar; "last week" = 2–8 Mar, "the week before" = 23 Feb – 1 Mar; "the past 7 days" = 8–14 Mar; "the last 14 days"
 * = 1–14 Mar, "the 14 days before that" = 15–28 Feb; "l30d" = 13 Feb – 14 Mar; "the last 60 days" = 14 Jan – 14
 * Mar; "last 90d" = 15 Dec 2025 – 14 Mar; "the last 3 weeks" = 16 Feb – 8 Mar; "the last 8 weeks" = 12 Jan – 8 Mar;
 * "the last 6 months" = September 2025 to February 2026; "last month" / "feb" = February 2026, "the month before" =
 * January 2026; "january", "december", "november" the latest ones; "last quarter" = Q4 2025; "last year" = 2025;
 * "ytd" / "this year" = 2026 so far; "since september", "since october", "since the start of 2025" on to today;
 * "valentines day" 2026, "halloween", "black friday 2025", "boxing day" 2025; "1 December 2025 to 10 January 2026,
 * both dates included"; quarters and halves of 2024 and 2025 named outright.
 *
 * Checks: see FIGURES.md (forty-third fresh sets): every gold was run as the demo tenant and its figure checked
 * against a second, independently written query on the raw data.
 */

export interface FortythirdFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** Halloween 2025. */
const HALLOWEEN: Span = ['2025-10-31', '2025-11-01'];
/** 1 December 2025 to 10 January 2026, both days included. */
const DECEMBER_1_TO_JANUARY_10: Span = ['2025-12-01', '2026-01-11'];
/** The 14 days before the last 14 days: 15 to 28 February 2026. */
const FOURTEEN_DAYS_BEFORE: Span = ['2026-02-15', '2026-03-01'];

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

export const FORTYTHIRD_FRESH_CASES: readonly FortythirdFreshCase[] = [
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'For the books: how much did we knock off in discounts between April and June 2025?',
    expect: answer(DISCOUNTS(Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many saves did our reels rack up across 2025',
    expect: answer(posts('SUM(p.saves)', 'saves', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Cost of goods sold, 1 January to 30 June 2025 inclusive.',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'Q4 2025: headcount of distinct buyers with a paid order, please',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'what did we charge customers for shipping in january',
    expect: answer(SHIPPING(JANUARY)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'how many units went out in november? need it for the courier reconciliation',
    expect: answer(units(NOVEMBER)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'quick one, mtd takings?',
    expect: answer(revenue(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats aov been over l30d',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'yday order # quick',
    expect: answer(orders(YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'shorthand',
    question: "GM% Q3 '25",
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ER tiktok ytd',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'email signups last 90d, new custs count?',
    expect: answer(newCustomers(LAST_90_DAYS, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ytd refund % overall',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop sales 2025',
    expect: answer(revenue(YEAR_2025, " AND o.sales_channel = 'instagram_shop'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did valentines day bring in for us this year',
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'how many piece we sold on the black friday 2025?',
    expect: answer(units(BLACK_FRIDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did we take on boxing day',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'support q: january cancellations, how many orders?',
    expect: answer(withStatus('cancelled', JANUARY)),
  },

  {
    asker: 'finance',
    category: 'rates',
    question: 'Cancellation rate on online store orders for Q4 2025?',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q4_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'what was the engagement rate on facebook videos last year',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.platform = 'facebook' AND p.media_type = 'video'"),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for orders from customers we acquired through TikTok, H1 2025.',
    expect: answer(ofCustomers(REFUND_RATE, 'refund_rate', H1_2025, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'support',
    category: 'rates',
    question: "for uk customers, what's the 2025 refund rate",
    expect: answer(ofCustomers(REFUND_RATE, 'refund_rate', YEAR_2025, " AND c.country = 'GB'")),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'since sept 1st, what discount rate have instagram shop orders run at?',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },

  {
    asker: 'founder',
    category: 'ratios',
    question: "What's revenue per paying customer in Canada for the second half of 2025?",
    expect: answer(
      ofCustomers(REVENUE_PER_CUSTOMER, 'revenue_per_customer', H2_2025, ` AND ${PAID} AND c.country = 'CA'`),
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average units in an Instagram Shop order, October to December 2025.',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'what was our markup on accessories in 2025',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'accessories'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'orders per customer for people who found us through google ads, last 6 months',
    expect: answer(
      ofCustomers(
        ORDERS_PER_CUSTOMER,
        'orders_per_customer',
        LAST_6_MONTHS,
        ` AND ${PAID} AND c.acquisition_channel = 'paid_search'`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per facebook post since october',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', SINCE_OCTOBER, " AND p.platform = 'facebook'")),
  },

  {
    asker: 'finance',
    category: 'shares',
    question: 'finance: what fraction of 2025 takings went through our own web store?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of our video views this year came from tiktok, as a %',
    expect: answer(
      posts(
        "SUM(p.video_views) FILTER (WHERE p.platform = 'tiktok') * 1.0 / NULLIF(SUM(p.video_views), 0)",
        'share',
        THIS_YEAR,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'Of the customers who signed up in Q4 2025, what share came from organic search?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'organic_search') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'H2 2025: what fraction of product revenue did beauty products account for?',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'beauty') * 1.0 / NULLIF(${PRODUCT_REVENUE}, 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'shares',
    question: "what portion of february's orders went to australian customers",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'AU') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders above $150 so far in march?',
    expect: answer(orders(THIS_MONTH, ' AND o.total > 150')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Bookkeeping: count of catalogue items whose list price is over $100.',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many paid orders in Q4 2025 had free shipping?',
    expect: answer(orders(Q4_2025, ' AND o.shipping = 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'tiktoks from 2025 that cleared 100k views, how many?',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 100000")),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: '2025 orders containing five units or more: how many?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY oi.order_id HAVING SUM(oi.quantity) >= 5) large`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many customers have spent over $2,000 with us all time?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY o.customer_id HAVING SUM(o.total) > 2000) big`,
    ),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was the lowest-value order last week',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} ORDER BY o.total ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which instagram post has the most comments ever',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE p.platform = 'instagram' ORDER BY p.comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Busiest day of Q4 2025 by paid order count?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'cheapest accessory we sell?',
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'accessories' ORDER BY pr.price ASC LIMIT 1",
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'support: in 2025, who ordered from us most often?',
    expect: answer(
      `SELECT o.customer_id AS customer, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.customer_id ORDER BY orders DESC LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'need the order ids for everything cancelled last week (mon-sun)',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: "pull up all the facebook posts we've put out since march 1",
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND ${p(THIS_MONTH)}`),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'which orders yesterday came to more than $200?',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 200`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'new here: which beauty products do we carry?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which SKUs went live during 2025?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'how many velvet backpacks sold in feb',
    expect: answer(units(FEBRUARY, byTitle('Velvet Backpack'))),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'what does one Urban Cushion Cover cost us',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Urban Cushion Cover'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many posts have we done featuring the Meadow Face Serum',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.caption LIKE '%Meadow Face Serum%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'gross profit on the Organic Joggers, 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title = 'Organic Joggers'`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many orders had the Wild Watch Strap in them this year',
    expect: answer(ordersWithProduct(THIS_YEAR, 'Wild Watch Strap')),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'Cedar Backpack list price?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Cedar Backpack'"),
  },
  {
    asker: 'non_native',
    category: 'names',
    question: 'how much sales the Minimal Toner make in last year?',
    expect: answer(productRevenue(YEAR_2025, " AND pr.title = 'Minimal Toner'")),
  },

  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'breakdown of online store orders by status for february',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} AND o.sales_channel = 'online_store' GROUP BY o.status`,
    ),
  },

  {
    asker: 'creator',
    category: 'counts_by',
    question: 'for 2025 how many of our posts were images vs videos vs carousels vs reels',
    expect: answer(
      `SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'Q1 2025 signups broken out by country?',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q1_2025)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: "tally last week's paid orders per sales channel for me",
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: "new starter: what's the customer count for each acquisition source?",
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(ALL)} GROUP BY c.acquisition_channel`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 products by units in january',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY oi.product_id ORDER BY units_sold DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top five tiktoks of 2025 ranked by likes',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(YEAR_2025)} GROUP BY p.post_id ORDER BY likes DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'which two markets were weakest on revenue in 2025',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY c.country ORDER BY revenue ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Second half of 2025: which 3 sources signed up the most customers?',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(H2_2025)} GROUP BY c.acquisition_channel ORDER BY new_customers DESC LIMIT 3`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'revenue per country in the first quarter of 2025, please',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'february reach split across instagram, tiktok and facebook',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY p.platform`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'bookkeeping: 2025 discount dollars per sales channel',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'For each category, gross profit from July to December 2025.',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY pr.category`,
    ),
  },
  {
    asker: 'ops',
    category: 'breakdowns',
    question: 'units sold per category so far this month',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY pr.category`,
    ),
  },

  {
    asker: 'founder',
    category: 'time_series',
    question: 'show me revenue for every month of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'how many posts did we put out each week over the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'daily order count for the past 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly new-customer counts from September 2025 onwards.',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'AOV by month, H2 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${AOV} FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'how did Q3 2025 revenue compare to the same quarter in 2024?',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q3_2025, Q3_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'total engagement in january vs december',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, JANUARY, DECEMBER),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'New customers, Q4 2025 versus Q4 2024.',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, Q4_2025, Q4_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: "february's discount rate vs january's",
    expect: answer(
      compared(
        'SUM(o.discount) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(o.subtotal) FILTER (WHERE %F), 0)',
        'discount_rate',
        'orders o',
        PAID,
        o,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: "owner q: were last week's orders up or down on the week prior?",
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST)),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'units shipped in the last 14 days vs the 14 days before that',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_14_DAYS, FOURTEEN_DAYS_BEFORE),
    ),
  },

  {
    asker: 'creator',
    category: 'value_comparison',
    question: '2025 reels vs carousels, which had higher average reach?',
    expect: answer(
      `SELECT p.media_type, AVG(p.reach) AS avg_reach FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') AND ${p(YEAR_2025)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'AOV for US vs UK customers last quarter',
    expect: answer(
      `SELECT c.country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('US', 'GB') GROUP BY c.country`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'december: ig shop revenue vs tiktok shop revenue',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Compare 2025 gross margin for home against beauty.',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category IN ('home', 'beauty') GROUP BY pr.category`,
    ),
  },

  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 1 December 2025 to 10 January 2026, both dates included.',
    expect: answer(revenue(DECEMBER_1_TO_JANUARY_10)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders on halloween',
    expect: answer(orders(HALLOWEEN)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'how many customers signed up jan-jun 2025',
    expect: answer(newCustomers(H1_2025)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'product revenue from 1 jan 2025 until now',
    expect: answer(productRevenue(SINCE_2025, '')),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'shipping collected over the last 60 days',
    expect: answer(SHIPPING(LAST_60_DAYS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'posts published in the last 3 weeks',
    expect: answer(posts('COUNT(*)', 'posts', LAST_3_WEEKS)),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['tiktok shop sales in january?'],
    question: 'ok and what about the website?',
    expect: answer(revenue(JANUARY, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many image posts did we do in Q3 2025'],
    question: 'same but carousel posts',
    expect: answer(posts('COUNT(*)', 'posts', Q3_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ["what was apparel's gross margin for 2025"],
    question: 'now do accessories',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'accessories'`,
    ),
  },
  {
    asker: 'ops',
    category: 'follow_up',
    history: ['december sales from german customers?'],
    question: "what's the order count behind that number?",
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Customers acquired via Facebook during Q2 2025?'],
    question: 'Q3 please, same question',
    expect: answer(newCustomers(Q3_2025, " AND c.acquisition_channel = 'facebook'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['refund rate in october 2025'],
    question: 'ok now the same figure for november',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(NOVEMBER)}`),
  },

  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the $45 item did we sell this month',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: "what's our margin on the 28 dollar product",
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: "how many views did wednesday's tiktok get",
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'which customer was the $33.95 refund yesterday',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: "how's the product we launched in december selling? units since launch",
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'how many units of the product that costs us 10.71 did we sell last month',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'which channel did the german customer who signed up yesterday come from?',
    expect: CLARIFY,
  },
  {
    asker: 'hurried',
    category: 'must_clarify',
    question: 'revenue from the product we added in feb?',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: "what reach did the 'packing orders all day' post get",
    expect: CLARIFY,
  },

  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many customers left a 1-star review last month',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: "can you project next quarter's revenue for me?",
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'how many Soft Caps do we have left in the warehouse',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'how much VAT did we collect on UK orders in 2025',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'whats my conversion rate from site visits this month',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How old are our 2025 buyers on average?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'how much did we spend on instagram ads in Q4 and what was the ROAS',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'why did our tiktok engagement drop in february',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'how much the northwind store sell in february, can you tell me?',
    expect: DECLINE,
  },
];
