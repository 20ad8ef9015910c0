import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  BLACK_FRIDAY,
  BOXING_DAY,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DAY_BEFORE_YESTERDAY,
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
  JANUARY_2025,
  LAST_30_DAYS,
  LAST_3_DAYS,
  LAST_3_MONTHS,
  LAST_6_WEEKS,
  LAST_WEEK,
  newCustomers,
  NEW_YEARS_DAY,
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
  type Span,
} from './demo-gold.js';

/**
 * The forty-first fresh merchant evaluation: a forty-third set of questions on the demo layer, held out IN FULL. It
 * was written from main at 469ada7 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the fortieth (skimmed for its format,
 * categories, counts and order only, its question texts masked): the demo layer (src/demo/**), the demo data,
 * demo-gold.ts and the eval harness. Each question and history line was compared by a throwaway script with every
 * line of every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard; the script
 * printed numbers only) and reworded while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody
 * tunes the analyst to it: `npm run eval` prints its figures only; `--show-fortyfirst-fresh-misses` prints its misses
 * for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (shipping, discounts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the rug, the
 * sunscreen, the toner, the shampoo bar, the cushion cover, the sweater, the midi dress, the watch strap; and "the
 * reel from 18 February", two reels posted that day); `decline` (star ratings and reviews, website visits, stock on
 * hand, ad spend, payment methods, customer gender, delivery times, email open rates, suppliers: none is in the
 * data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunded or cancelled orders
 * counted or listed are those orders by the day they were placed; rates as in demo-gold.ts; markup as the demo
 * README defines it; a product's units are its units on paid orders, its orders the paid orders that include it, its
 * revenue and a category's revenue their product revenue; posts that "mention" a product have its title in the
 * caption; "shipping" is shipping on paid orders; orders "shipped to" a country are the paid orders of
 * customers there; "customer accounts" per country count every customer; a share, "%" or "fraction" is a fraction; "spent" is revenue; an
 * order's size is its total, a product's price its list price; "a single unit" is an order whose lines add up to one
 * unit; comparisons of periods give the metric, then `<metric>_previous`; a follow-up keeps the subject of the last
 * question and changes what it names.
 *
 * Periods at 2026-03-15: "yesterday" / "yesterday (sat)" = Saturday 14 Mar, "the day before" = 13 Mar; "since monday"
 * / "this week" = 9–14 Mar; "this month" / "to date" / "since march 1st" = 1–14 Mar; "last week" / "mon-sun last week"
 * = 2–8 Mar, "the week prior to that" = 23 Feb – 1 Mar; "the past 3 days" = 12–14 Mar; "the trailing 30 days" / "the
 * last 30 days" = 13 Feb – 14 Mar; "the 6 full weeks before this one" = 26 Jan – 8 Mar; "the last 3 full months" =
 * December 2025 to February 2026; "last quarter" = Q4 2025; "since black friday" = 28 Nov 2025 on; "since the start
 * of december", "since july", "from october onward" (2025) on; "since the start of 2025" on; "so far in 2026" / "2026
 * to date" / "this year" = 2026 so far; "black friday" = 28 Nov 2025, "boxing day" = 26 Dec 2025, "new years day
 * 2026" = 1 Jan 2026, "valentine day" = 14 Feb 2026; "15 February through 28 February 2026, both dates"; "1–7 March
 * 2026"; "january 2026 against january 2025"; "1 January to 31 March 2025 inclusive"; "october to december 2025";
 * months, quarters and halves of 2024 and 2025 named outright.
 *
 * Checks: see FIGURES.md (forty-first fresh sets): every gold was run as the demo tenant and its figure checked
 * against a second, independently written query on the raw data.
 */

export interface FortyfirstFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** 15 to 28 February 2026, both days included. */
const FEB_15_TO_28: Span = ['2026-02-15', '2026-03-01'];
/** 1 to 7 March 2026, both days included. */
const MARCH_1_TO_7: Span = ['2026-03-01', '2026-03-08'];

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

export const FORTYFIRST_FRESH_CASES: readonly FortyfirstFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'total amount of discounts we handed out in q3 2025 please, need it for the ledger',
    expect: answer(DISCOUNTS(Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many video views did our tiktok stuff rack up across 2025 in total',
    expect: answer(posts('SUM(p.video_views)', 'video_views', YEAR_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Product revenue, 1 January to 31 March 2025 inclusive — one figure.',
    expect: answer(productRevenue(Q1_2025, '')),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'roughly how many orders have come through since the start of december?',
    expect: answer(orders(SINCE_DECEMBER)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'I need the full-year 2024 revenue number for the board deck',
    expect: answer(revenue(YEAR_2024)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'how many units did we move during november 2025',
    expect: answer(units(NOVEMBER)),
  },

  // Shorthand
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev so far in 2026?? on my phone, just the number',
    expect: answer(revenue(THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats our avg order size been for mon-sun last week',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'cogs last qtr',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'shorthand',
    question: 'GM% for H1 2025',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg likes on an ig post, over 2025',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', YEAR_2025, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'new custs via tiktok in jan, #?',
    expect: answer(newCustomers(JANUARY, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refunds as a % over the trailing 30 days, quick pls',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'insta shop order count this month to date',
    expect: answer(orders(THIS_MONTH, " AND o.sales_channel = 'instagram_shop'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in on black friday',
    expect: answer(revenue(BLACK_FRIDAY)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'how many pieces we are selling on the valentine day?',
    expect: answer(units(VALENTINES_DAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the shop pull in on boxing day',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'january: how many of our orders got cancelled in the end?',
    expect: answer(withStatus('cancelled', JANUARY)),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: "what's the discount rate on tiktok shop orders for 2025",
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate for the videos we posted to facebook from october onward',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_OCTOBER,
        " AND p.platform = 'facebook' AND p.media_type = 'video'",
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate among customers based in France, Q2 2025.',
    expect: answer(ofCustomers(CANCELLATION_RATE, 'cancellation_rate', Q2_2025, " AND c.country = 'FR'")),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'thinking about website (online store) orders from last quarter - what % got refunded?',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'margin % on the beauty range, 2026 to date',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND pr.category = 'beauty'`,
    ),
  },

  // Ratios
  {
    asker: 'founder',
    category: 'ratios',
    question: 'average spend per buying customer, UK only, calendar 2025',
    expect: answer(
      ofCustomers(REVENUE_PER_CUSTOMER, 'revenue_per_customer', YEAR_2025, ` AND ${PAID} AND c.country = 'GB'`),
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Units per order for Instagram Shop orders in Q4 2025.',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'what markup did we get on clothing in the second half of 2025',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'orders per customer for people who found us on facebook, since the start of 2025',
    expect: answer(
      ofCustomers(
        ORDERS_PER_CUSTOMER,
        'orders_per_customer',
        SINCE_2025,
        ` AND ${PAID} AND c.acquisition_channel = 'facebook'`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average how many saves does a reel get, this year',
    expect: answer(posts('AVG(p.saves)', 'avg_saves', THIS_YEAR, " AND p.media_type = 'reel'")),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: "online store's cut of 2025 revenue, as a fraction",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'of all our facebook impressions since july, what % were on videos',
    expect: answer(
      posts(
        "SUM(p.impressions) FILTER (WHERE p.media_type = 'video') * 1.0 / NULLIF(SUM(p.impressions), 0)",
        'share',
        SINCE_JULY,
        " AND p.platform = 'facebook'",
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'of the people who created accounts in 2025, what portion came via our email list',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: "Q3 2025: accessories' share of total product revenue.",
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'accessories') * 1.0 / NULLIF(${PRODUCT_REVENUE}, 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'shares',
    question: "what part of last month's orders were shipped to canada",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'CA') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders that came to less than thirty dollars this month, how many',
    expect: answer(orders(THIS_MONTH, ' AND o.total < 30')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'how many of our products are priced above $100?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of Q4 2025 orders where the shipping charge was greater than $0.',
    expect: answer(orders(Q4_2025, ' AND o.shipping > 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'count of tiktok videos from 2025 that went past 100,000 views',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 100000")),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'this year, how many orders contained only a single unit?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY oi.order_id HAVING SUM(oi.quantity) = 1) single`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'number of customers who spent more than $500 with us in q4 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY o.customer_id HAVING SUM(o.total) > 500) big`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'the largest order we got last week (mon to sun) - which one and how much',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which instagram post has been saved the most, all time',
    expect: answer(
      `SELECT p.post_id AS post, p.saves AS saves FROM social_posts p WHERE p.platform = 'instagram' ORDER BY p.saves DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which week in 2025 brought in the highest revenue?',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: "what's our cheapest beauty item",
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'beauty' ORDER BY pr.price ASC LIMIT 1",
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'who was the customer with the most orders in 2025',
    expect: answer(
      `SELECT o.customer_id AS customer, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.customer_id ORDER BY orders DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'need the order ids of everything refunded yesterday (sat)',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the facebook posts we put up this week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND ${p(THIS_WEEK)}`),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'order numbers for yesterday’s orders above $350',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 350`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'which products did we add to the catalogue in 2025?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List the cancelled orders placed 1–7 March 2026.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(MARCH_1_TO_7)}`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many velvet wallets went out in january',
    expect: answer(units(JANUARY, byTitle('Velvet Wallet'))),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: "what's the unit cost on the Minimal Vase",
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Minimal Vase'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many times did we feature the Oversized Earrings in a post last year',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.caption LIKE '%Oversized Earrings%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'how much gross profit did the organic planter earn us across 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title = 'Organic Planter'`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'in the last 30 days how many orders included a Cloud Tee',
    expect: answer(ordersWithProduct(LAST_30_DAYS, 'Cloud Tee')),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'wild watch strap - what do we list it at?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Wild Watch Strap'"),
  },
  {
    asker: 'non_native',
    category: 'names',
    question: 'how much sales the Velvet Diffuser was making in year 2025?',
    expect: answer(productRevenue(YEAR_2025, " AND pr.title = 'Velvet Diffuser'")),
  },

  // Status breakdowns
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'split of online store orders by status for last month',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} AND o.sales_channel = 'online_store' GROUP BY o.status`,
    ),
  },

  // Counts by
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts of each format did we publish in 2025',
    expect: answer(
      `SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'Q4 2025 new customers, count them per country',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: 'orders per sales channel since monday',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: 'across every country we sell to, how many customer accounts does each have',
    expect: answer('SELECT c.country, COUNT(*) AS new_customers FROM customers c GROUP BY c.country'),
  },

  // Top / bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which 3 products have sold the most units since march 1st',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY oi.product_id ORDER BY units_sold DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'our 5 most viewed tiktoks from 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(YEAR_2025)} GROUP BY p.post_id ORDER BY video_views DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'the two weakest countries by 2025 revenue',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY c.country ORDER BY revenue ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Rank product categories by H2 2025 gross profit; give the top 3.',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY pr.category ORDER BY gross_profit DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'january revenue broken out by country',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach per platform for october to december 2025',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY p.platform`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'bookkeeping q: november 2025 discounts per sales channel',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units sold by category and by customer country, February 2026.',
    expect: answer(
      `SELECT pr.category, c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY pr.category, c.country`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'cost of goods sold per category for calendar 2025',
    expect: answer(
      `SELECT pr.category, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category`,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customers month by month through 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'total ig engagement (likes+comments+shares+saves) per week for the 6 full weeks before this one',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'revenue for each day since monday',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'AOV by quarter across 2025, please.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'discount rate per month from july to december 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparison
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'q4 2025 revenue next to q3 2025 — up or down?',
    expect: answer(compared(`SUM(o.total) FILTER (WHERE %F)`, 'revenue', 'orders o', PAID, o, Q4_2025, Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did our posts reach more people in february than in january',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Order count: January 2026 against January 2025.',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, JANUARY, JANUARY_2025)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'gross profit for h2 2025 compared to h1 2025',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'new signups yesterday vs the day before?',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, YESTERDAY, DAY_BEFORE_YESTERDAY),
    ),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'units sold last week compared with the week prior to that',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },

  // Value comparison
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels vs carousels this year - which got more likes',
    expect: answer(
      `SELECT p.media_type, SUM(p.likes) AS likes FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') AND ${p(THIS_YEAR)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'revenue per customer, US compared with UK, 2025',
    expect: answer(
      `SELECT c.country, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('US', 'GB') GROUP BY c.country`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'which made more money in december, the tiktok shop or the instagram shop',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel IN ('tiktok_shop', 'instagram_shop') GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: '2025 refund rate: customers who came in by email compared with those from paid search.',
    expect: answer(
      `SELECT c.acquisition_channel, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} AND c.acquisition_channel IN ('email', 'paid_search') GROUP BY c.acquisition_channel`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue, 15 February through 28 February 2026 (inclusive of both dates).',
    expect: answer(revenue(FEB_15_TO_28)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'new years day 2026 - number of orders?',
    expect: answer(orders(NEW_YEARS_DAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'how many new customers did Q4 2024 bring',
    expect: answer(newCustomers(Q4_2024)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: "what's product revenue looked like since black friday",
    expect: answer(productRevenue(SINCE_BLACK_FRIDAY, '')),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'shipping we charged customers over the last 3 full months',
    expect: answer(SHIPPING(LAST_3_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'in the past 3 days how many posts have we published across all platforms',
    expect: answer(posts('COUNT(*)', 'posts', LAST_3_DAYS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['what did the instagram shop bring in over december'],
    question: 'ok and the online store?',
    expect: answer(revenue(DECEMBER, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many reels did we put up over january'],
    question: 'and plain videos, how many of those?',
    expect: answer(posts('COUNT(*)', 'posts', JANUARY, " AND p.media_type = 'video'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['how much gross profit came from the home category in 2025?'],
    question: 'ok, now beauty please',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'ops',
    category: 'follow_up',
    history: ['how many orders went to france yesterday'],
    question: 'and how many to australia',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YESTERDAY)} AND c.country = 'AU'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Count of new customers whose acquisition channel was organic search, Q2 2025.'],
    question: 'Repeat that for the direct channel.',
    expect: answer(newCustomers(Q2_2025, " AND c.acquisition_channel = 'direct'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['what was our refund rate in q3 of 2025'],
    question: 'what about for q2 then',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q2_2025)}`),
  },

  // Must clarify: a product family with several members, each with rows in the asked context
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many units of the rug went out last month',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many times have we posted about the sunscreen this year',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'revenue from the toner in 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many orders last week had the shampoo bar in them',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'per-unit cost of the cushion cover, i need it for a quote',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'sweater gross profit in q4 2025, what was it',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'when did we first launch the midi dress?',
    expect: CLARIFY,
  },
  {
    asker: 'hurried',
    category: 'must_clarify',
    question: 'units on the watch strap for feb 2026',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how many likes did the reel from 18 february get',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'support',
    category: 'must_decline',
    question: "what's the average star rating customers give the velvet sweater",
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many people visited the website last week',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'stock check: how many cloud tees are left in the warehouse',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'how much did our facebook ad campaigns cost us in january',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many shoppers checked out using paypal this month',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Split 2025 buyers into male and female, please.',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'average number of days it takes an order to be delivered',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'what was the open rate of our newsletter in february',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'from which supplier we are buying the organic hoodie?',
    expect: DECLINE,
  },
];
