import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BOXING_DAY,
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
  JANUARY,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  revenueOfCustomers,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_JULY,
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
 * The forty-fifth fresh merchant questions of the demo dataset: a held-out set, like the forty-fourth, that was written
 * from main at 025f42a WITHOUT reading the planner, the SQL writer, the unit or integration tests, the misses of any
 * evaluation set or any earlier question file (the forty-fourth pair was skimmed for its shape, categories, counts and
 * gold helpers only, its question texts masked; see the Slips in FIGURES.md), from the demo README, schema, generator
 * and semantic layer, demo-gold.ts and the eval harness. Each question and history line was scored against every
 * question and history line of every earlier question file (token-set and character-trigram Jaccard, printed numbers
 * only) and reworded while it scored 0.6 or more. Held out in full: nobody tunes the analyst to it: `npm run eval`
 * prints its figures, `--show-fortyfifth-fresh-misses` its misses for the closing read of a session, and
 * `--hide-held-out` skips it.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no punctuation), an analyst, a creator (posts, platforms,
 * formats), a bookkeeper, finance, a founder, a support lead, an ops person, a new hire, a non-native speaker and
 * someone in a hurry. Must clarify: a product named by a word several products share (two families), a platform
 * name that could mean the shop channel, the customers it brought or the posts that drove orders, a festive period
 * with no fixed dates, a size word with no threshold, an average "per customer" of no named metric, "net" with
 * nothing said to net out, "growth" of no named metric, and "returning" customers with no definition. Must decline:
 * a forecast, website visitors, follower counts, pricing advice, ad spend, product reviews, stock on hand,
 * competitors' prices and email open rates.
 *
 * Gold conventions: orders counted, summed or listed (and "parcels") are paid orders unless a status is named; refunded
 * or cancelled orders counted or listed are orders of that status; revenue, "sales", "takings" and "money came in" are
 * `orders.total` over paid orders as the README defines it, except that what one product took is its product revenue
 * (quantity × unit price of paid orders' lines); a product's orders are the paid orders that include it; posts that
 * "featured" a product are those whose caption names it; customers who "joined" or "signed up" are new customers by
 * `created_at`; a product's price is its list price and what one "costs us" its unit cost; the "biggest spender" ranks
 * customers by revenue. A comparison of two periods gives the metric, then `<metric>_previous`; a share is named
 * `share`.
 *
 * Periods at 2026-03-15 (a Sunday; data through Saturday 14 March): "yesterday" = 14 Mar; "this week" = Mon 9 –
 * Sun 15 Mar; "last week" / "last wk" = 2 – 8 Mar; "the week of 23 feb" = 23 Feb – 1 Mar; "the last 7 / 30 / 90
 * days" ("past 30d", "last seven days") and "the fourteen days ending yesterday" end on 14 Mar; "this mo so far" =
 * 1 – 14 Mar; "last month" = February 2026; "last quarter" = Q4 2025; "last year" = 2025; "ytd", "so far this yr",
 * "this year" and "2026 so far" = 1 Jan – 14 Mar 2026; "the last 12 months" = March 2025 to February 2026; "the
 * last eight weeks" = 12 Jan – 8 Mar; bare month names ("jan", "feb", "dec", "january", "december") the latest such
 * month; "since july" / "since september" / "from september on" run from the 1st of that month in 2025 to today;
 * "boxing day 2025" = 26 December 2025; "since black friday" = from 28 November 2025; "the 1st through 10th of
 * feb" = 1 – 10 February 2026, both included; "July through December 2024" = H2 2024.
 *
 * Checks: see FIGURES.md (forty-fifth fresh sets): every gold was run as the demo tenant and matched by a second,
 * independently written query; no top-N cut-off falls on a tie, and no gold result is empty.
 */

export interface FortyfifthFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** 1 to 10 February 2026, both days included. */
const FEBRUARY_1_TO_10: Span = ['2026-02-01', '2026-02-11'];
/** Thursday 12 March 2026. */
const MARCH_12: Span = ['2026-03-12', '2026-03-13'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
const SHIPPING = (span: Span) => `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}`;
const DISCOUNTS = (span: Span) => `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}`;
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${o(span)}${where}`;
const ofOrdersCustomers = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ORDERS_CUSTOMERS} WHERE ${o(span)}${where}`;

export const FORTYFIFTH_FRESH_CASES: readonly FortyfifthFreshCase[] = [
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'What did the shipping we charged customers add up to in Q3 2025?',
    expect: answer(SHIPPING(Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total saves on all my carousel posts during 2025',
    expect: answer(posts('SUM(p.saves)', 'saves', YEAR_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'How many individual units did we ship out across January?',
    expect: answer(units(JANUARY)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many customers joined us from July through December 2024?',
    expect: answer(newCustomers(H2_2024)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Sum of comments across every Facebook post published in the last 90 days.',
    expect: answer(posts('SUM(p.comments)', 'comments', LAST_90_DAYS, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Our COGS for the fourth quarter of 2025, please.',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', Q4_2025)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev for last wk pls',
    expect: answer(revenue(LAST_WEEK)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'aov q1 2025 quick',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many units have we moved so far this yr',
    expect: answer(units(THIS_YEAR)),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig likes past 30d',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_30_DAYS, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: '# of tiktok shop orders in dec',
    expect: answer(orders(DECEMBER, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'analyst',
    category: 'shorthand',
    question: 'gross margin q2 2025 pls',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', Q2_2025)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rate this mo so far',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', THIS_MONTH)),
  },
  {
    asker: 'bookkeeper',
    category: 'shorthand',
    question: 'discounts handed out feb',
    expect: answer(DISCOUNTS(FEBRUARY)),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in on boxing day 2025 in total',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many separate people placed a paid order with us in february',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'back in january, what was the combined reach of my tiktok videos',
    expect: answer(posts('SUM(p.reach)', 'reach', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'ops',
    category: 'everyday_words',
    question: 'how many parcels went out in the week of 23 feb',
    expect: answer(orders(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'how much we earn from the customers in germany on last year',
    expect: answer(revenueOfCustomers(YEAR_2025, " AND c.country = 'DE'")),
  },

  {
    asker: 'finance',
    category: 'rates',
    question: 'What was the refund rate on Instagram Shop orders in the second half of 2025?',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', H2_2025, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'cancellation rate for australian customers this year',
    expect: answer(ofOrdersCustomers(CANCELLATION_RATE, 'cancellation_rate', THIS_YEAR, " AND c.country = 'AU'")),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "engagement rate on the facebook videos i've posted since september",
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_SEPTEMBER,
        " AND p.platform = 'facebook' AND p.media_type = 'video'",
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: "Discount rate over November 2025's paid orders, as a percentage of subtotal.",
    expect: answer(ofOrders(DISCOUNT_RATE, 'discount_rate', NOVEMBER, ` AND ${PAID}`)),
  },

  {
    asker: 'finance',
    category: 'ratios',
    question: 'Average spend per customer in Q4 2025?',
    expect: answer(ofOrders(REVENUE_PER_CUSTOMER, 'revenue_per_customer', Q4_2025, ` AND ${PAID}`)),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Units per order on the online store in January 2026.',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: "What's our markup on accessories over the last 12 months?",
    expect: answer(ofItems(MARKUP, 'markup', LAST_12_MONTHS, " AND pr.category = 'accessories'")),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg video views per tiktok in 2025',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', YEAR_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'What was the average order value for UK customers in December?',
    expect: answer(`SELECT ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} AND c.country = 'GB'`),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'How many orders per customer did Canadian buyers place in 2025?',
    expect: answer(
      ofOrdersCustomers(ORDERS_PER_CUSTOMER, 'orders_per_customer', YEAR_2025, ` AND ${PAID} AND c.country = 'CA'`),
    ),
  },

  {
    asker: 'founder',
    category: 'shares',
    question: "What percent of last year's sales went through TikTok Shop?",
    expect: answer(
      ofOrders(
        "SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / NULLIF(SUM(o.total), 0)",
        'share',
        YEAR_2025,
        ` AND ${PAID}`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what % of all my posts so far this year went on tiktok',
    expect: answer(
      posts("COUNT(*) FILTER (WHERE p.platform = 'tiktok') * 1.0 / NULLIF(COUNT(*), 0)", 'share', THIS_YEAR),
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Share of H2 2025 new customers who were acquired through paid search.',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(H2_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'What fraction of 2025 gross profit came from apparel?',
    expect: answer(
      ofItems(
        `SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / NULLIF(${GROSS_PROFIT}, 0)`,
        'share',
        YEAR_2025,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'what percentage of last months orders were placed by US customers',
    expect: answer(
      ofOrdersCustomers(
        "COUNT(*) FILTER (WHERE c.country = 'US') * 1.0 / NULLIF(COUNT(*), 0)",
        'share',
        LAST_MONTH,
        ` AND ${PAID}`,
      ),
    ),
  },

  {
    asker: 'ops',
    category: 'thresholds',
    question: 'paid orders last week where the total was more than $200 - how many?',
    expect: answer(orders(LAST_WEEK, ' AND o.total > 200')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'count of orders below $25 in Q3 2025',
    expect: answer(orders(Q3_2025, ' AND o.total < 25')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my reels have passed 100k views',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.media_type = 'reel' AND p.video_views > 100000")),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many of my products are priced under $30',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of 2025 posts whose reach topped 50,000.',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.reach > 50000')),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'smallest paid order we took yesterday, which one was it',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} ORDER BY o.total ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'in 2025 which one of my posts got commented on the most',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY p.comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which single day of December 2025 had the biggest revenue total?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: "What's the cheapest thing in our beauty range?",
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'beauty' ORDER BY pr.price ASC LIMIT 1",
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Who was our biggest spender last quarter?',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY o.customer_id ORDER BY revenue DESC LIMIT 1`,
    ),
  },

  {
    asker: 'support',
    category: 'lists',
    question: 'pull up the orders that got cancelled on march 12th',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(MARCH_12)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me every facebook carousel i put up this month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'carousel' AND ${p(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'Show the orders above $400 placed in February.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} AND o.total > 400`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'Which items were first added to our catalogue in 2025?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'list every refunded order from this week',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_WEEK)}`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'total velvet hoodies sold since launch',
    expect: answer(units(ALL, byTitle('Velvet Hoodie'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Q4 2025 takings from the Urban Cushion Cover specifically',
    expect: answer(ofItems(PRODUCT_REVENUE, 'product_revenue', Q4_2025, " AND pr.title = 'Urban Cushion Cover'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What does one Coastal Joggers cost us?',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Coastal Joggers'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many of my posts so far have featured the cloud midi dress',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.caption LIKE '%Cloud Midi Dress%'")),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'Gross profit earned on the Velvet Wallet across 2025',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', YEAR_2025, " AND pr.title = 'Velvet Wallet'")),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'Count the February orders that included a Wild Lip Balm.',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byTitle('Wild Lip Balm')}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: "what's the list price on our minimal cardigan",
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Minimal Cardigan'"),
  },

  {
    asker: 'support',
    category: 'status_breakdowns',
    question: "split last month's orders by their status for me",
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_MONTH)} GROUP BY o.status`,
    ),
  },
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'online store 2025: how many orders ended up paid, refunded and cancelled',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'online_store' GROUP BY o.status`,
    ),
  },

  {
    asker: 'founder',
    category: 'counts_by',
    question: 'Q1 2025: new customers, broken out by how they found us',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q1_2025)} GROUP BY c.acquisition_channel`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts i made in 2025 for each format',
    expect: answer(
      `SELECT p.media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: "last wk paid orders split by the buyer's country",
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: 'How many products sit in each of our categories?',
    expect: answer('SELECT pr.category, COUNT(*) AS products FROM products pr GROUP BY pr.category'),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'number of refunded orders per sales channel, Q4 2025',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY o.sales_channel`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'this month so far, which 3 products have shifted the most units',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY oi.product_id ORDER BY units_sold DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 most shared tiktoks over the last 90 days',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_90_DAYS)} GROUP BY p.post_id ORDER BY shares DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom two countries for revenue across 2025, please.',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY c.country ORDER BY revenue ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'top 3 acquisition channels for new customers since july',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY c.acquisition_channel ORDER BY new_customers DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'the 4 products that made us the most gross profit in the second half of 2025',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY oi.product_id ORDER BY gross_profit DESC LIMIT 4`,
      true,
    ),
  },

  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'break Q3 2025 revenue down across sales channels',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach per platform this year',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY p.platform`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'break down 2025 gross margin across apparel, accessories, home and beauty',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'avg order value per sales channel last 30 days',
    expect: answer(
      `SELECT o.sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'refund rate in each country over 2025',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY c.country`,
    ),
  },

  {
    asker: 'owner',
    category: 'time_series',
    question: 'give me 2025 revenue broken down by month',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly post counts across the last eight weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Number of paid orders per day, last seven days.',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'how many customers signed up each month from september on',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: '2024 gross profit broken out quarter by quarter',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did feb beat jan on revenue',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'total engagement on posts from last month compared to january',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Q4 2025 vs Q4 2024: number of paid orders',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How did the 2025 refund rate compare with 2024?',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        YEAR_2025,
        YEAR_2024,
      ),
    ),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'did we move more units last week than in the week before it',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },

  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'instagram reels or carousels, which get more saves on average',
    expect: answer(
      "SELECT p.media_type, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type IN ('reel', 'carousel') GROUP BY p.media_type",
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'US versus Canada revenue last quarter',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('US', 'CA') GROUP BY c.country`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Compare the engagement rates of TikTok and Instagram for 2025.',
    expect: answer(
      `SELECT p.platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform IN ('tiktok', 'instagram') GROUP BY p.platform`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'email vs organic search, how many new customers did each bring us last year',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('email', 'organic_search') GROUP BY c.acquisition_channel`,
    ),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'sales for the 1st through 10th of feb',
    expect: answer(revenue(FEBRUARY_1_TO_10)),
  },
  {
    asker: 'ops',
    category: 'periods',
    question: 'orders we received over the fourteen days ending yesterday',
    expect: answer(orders(LAST_14_DAYS)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'What was our full-year revenue for 2024, January to December?',
    expect: answer(revenue(YEAR_2024)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'likes my posts have collected since black friday',
    expect: answer(posts('SUM(p.likes)', 'likes', SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Units sold in H1 2025, so January through June.',
    expect: answer(units(H1_2025)),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['what did the shop take in october 2025'],
    question: 'and what about november 2025',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['reels i published during 2025, how many'],
    question: 'and the carousel count for the same year?',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['gross profit from homewares over q4 2025'],
    question: 'now do beauty',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', Q4_2025, " AND pr.category = 'beauty'")),
  },
  {
    asker: 'ops',
    category: 'follow_up',
    history: ['orders last month from customers in australia, how many'],
    question: 'and the germans?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['2025 average order value for tiktok shop purchases'],
    question: 'And for Instagram Shop orders?',
    expect: answer(
      `SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['new customers acquired via facebook in 2026 so far'],
    question: 'what about via email',
    expect: answer(newCustomers(THIS_YEAR, " AND c.acquisition_channel = 'email'")),
  },

  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the beanie sold last month',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'what did instagram earn for us across 2025',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'number of orders over the holidays',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'last week, how many large orders did we land',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: "what's the average per customer for 2025",
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'net figure for january please',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: "how's our growth looking this year",
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'How much revenue came from returning customers in Q4 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'tell me the price of the toner',
    expect: CLARIFY,
  },

  {
    asker: 'founder',
    category: 'must_decline',
    question: 'what will revenue look like in april',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'website traffic last week, how many sessions',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: "what's my follower count on instagram",
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: "would raising the velvet hoodie's price be a smart move",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Total Facebook ad spend for February, please.',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: "what's the avg review score on the ocean cardigan",
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'cloud tee inventory: units on the shelf right now',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What are competing brands charging for a linen shirt?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'what is the open rate of my newsletter emails',
    expect: DECLINE,
  },
];
