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
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
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
  JANUARY_2025,
  LAST_14_DAYS,
  LAST_2_MONTHS,
  LAST_30_DAYS,
  LAST_6_MONTHS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
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
  posts,
  PRODUCT_REVENUE,
  Q2_2025,
  Q3_2025,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_FEBRUARY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  BOXING_DAY,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-sixth fresh merchant evaluation: a twenty-eighth set of questions on the demo layer, held out IN FULL. It
 * was written from main at b3633fe WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-fifth (read for its format,
 * categories and counts; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the demo
 * data itself and the eval harness. Each question and history line was compared by a throwaway script with every line
 * of every earlier question file (token-set and trigram Jaccard, the larger of the two; the script printed numbers
 * only) and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-twentysixth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (no punctuation, shorthand and typos: "thru", "rfnd rate", "avg basket", "l7d",
 * "l30d", "l90d", "yday", "ths wk", "last mo", "gp", "qty", "tt vid views", "ig shop", "n the day prior", "mon-fri"), an
 * analyst (precise periods, "both days included", "six full weeks", "exactly one"), a creator ("bookmark" for saves,
 * "content", "showed the tank", "went up" for posted), a finance person and a bookkeeper ("markdowns" for discounts,
 * "revenue divided by the number of paying customers"), a founder ("acquired via", "how customers found us", "the
 * newsletter" for email), a support lead, an ops person ("skincare" for beauty) and a new hire ("on file", "clothing"
 * for apparel, what we "list" a product at), in conversations too. Same data and dates as the merchant set: scale 1,
 * seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data (the demo tenant's rows, through the eval warehouse) and its rows
 * checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a
 * product family with several members, each with rows: "linen shirt" (the Amber, Everyday and Minimal Linen Shirt,
 * $809.90, $3,270.00 and $330.00 of product revenue in February), "the cardigan" (the Midnight and the Minimal
 * Cardigan, 19 and 43 units in Q4 2025), "the tank" (the Meadow, Midnight and Sunset Tank, named in 7, 14 and 14
 * captions with 17,450, 60,956 and 235,281 likes), "the chinos" (the Coastal and the Minimal Chinos, gross margins
 * 0.665 and 0.499 this year), "beanie" (the Coastal, Ocean, Soft and Velvet Beanie, 16, 7, 31 and 46 units in the last
 * 30 days), "the lip balm" (the Everyday and the Wild Lip Balm, in 12 and 29 refunded orders of 2025), "the bath
 * salts" (the Oversized and the Ocean Bath Salts, listed at $45.00 and $53.99), "the cushion cover" (the Oversized
 * and the Urban Cushion Cover, 15 and 13 units in January) and "the backpack" (the Cedar and the Velvet Backpack,
 * added 25 April 2023 and 20 December 2025)), `decline` (store-page visits, followers, customers' age, sales tax
 * remitted, satisfaction scores, support emails, warehouse stock, sizes, a prediction).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "for each status" counts orders of
 * every status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were
 * placed; a cancellation rate is cancelled over all orders, a refund rate refunded over paid and refunded orders; a
 * product's "product revenue" is units × unit price and "qty" or "unit sales" its units; "shipping fees charged" is
 * shipping; "markdowns" and "knocked off" are discounts; "pieces in an order" are units per paid order; "distinct
 * buyers" are customers with a paid order; "customers on file" are every customer; "how customers found us" and
 * "acquired via" are the acquisition channel, "the newsletter" the email channel; "all our rugs combined" is every
 * product whose title ends in "Rug"; a caption "says" a product when it contains its title; a share, "fraction",
 * "proportion", "%" or "part" is the group's part of the whole, as a fraction; "the quietest month" and "the slowest
 * day" have the fewest sign-ups and paid orders; post figures go by the day the post went out, order figures by the
 * day the order was placed, sign-ups by the customer's creation time; weekdays are ISO days 1 to 5; follow-ups are
 * asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" / "yesterday" = 14 Mar, "the day prior" = 13 Mar, "the same day last wk" = Sat 7 Mar;
 * "ths wk" / "the current week" = 9–14 Mar; "last wk" / "last week" = 2–8 Mar; "the weekend of feb 28 - mar 1" = 28
 * Feb – 1 Mar; "the last six full weeks" = 26 Jan – 8 Mar; "l7d" / "the last 7 days" = 8–14 Mar; "the last fourteen
 * days" = 1–14 Mar; "l30d" = 13 Feb – 14 Mar; "l90d" = 15 Dec 2025 – 14 Mar 2026; "so far this mo" = 1–14 Mar; "this
 * yr" / "this year" / "so far this year" / "ytd" = 1 Jan – 14 Mar 2026; "since the start of february" = 1 Feb on;
 * "feb" / "last mo" / "last month" = Feb 2026; "january" / "jan" / "January 2026" = Jan 2026, against January 2025
 * ("the same month a year earlier"); "the last two full calendar months" = Jan–Feb 2026; "the 6 months before this
 * one" = Sep 2025 – Feb 2026; "since September 2025" = 1 Sep 2025 on; "since october" = 1 Oct 2025 on; "december" = Dec
 * 2025; "boxing day 2025" = 26 Dec 2025; "1–7 December 2025 inclusive" = 1–7 Dec 2025; "november" = Nov 2025; "oct-dec
 * 25" / "October–December 2025" / "Q4 2025" / "q4 2025" = Oct–Dec 2025, against "jul-sep 2025"; "Q3 2025" = Jul–Sep
 * 2025; "the April-to-June 2025 quarter" = Apr–Jun 2025; "h1 25" = Jan–Jun 2025; "h2 2025" / "Jul–Dec 2025" /
 * "July–December 2025" = Jul–Dec 2025, against Jul–Dec 2024; "2025" / "calendar 2025" / "calendar year 2025" = the
 * calendar year. Comparisons of periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 50 paid January orders came to less than $30 (the nearest are $29.95 and $30.75); 15
 * products cost over $40 a unit (the nearest are $39.82 and $40.24); 101 Instagram posts of 2025 reached more than
 * 20,000 (the nearest are 19,886 and 20,109); 753 customers placed exactly one paid order in 2025; 10 refunds of this
 * year topped $250 (the nearest are $235.90 and $259.99); 12 products list at $100 or more (none at $100.00; the
 * nearest are $98.00 and $102.00); the last 7 days' 4 paid orders over $400 start at $402.84. Cut-offs: this month's 5
 * products of most units end at the Classic Sunscreen's 53 (the 6th has 50); this year's 3 least viewed TikToks end at
 * 45,589 (the 4th has 45,887); Q4 2025's 5 products of most gross profit end at the Velvet Diffuser's $17,625.92 (the
 * 6th has $17,171.70); 2025's two channels of least paid revenue are the Instagram Shop ($218,619.43) and the TikTok
 * Shop ($222,364.06). The single extremes have no tie: February's slowest day (16 Feb, 25 paid orders, against 27),
 * the most liked TikTok (129,677 against 117,617), H2 2025's channel of highest refund rate (the online store, 5.64%,
 * against 5.24%), 2025's quietest month of sign-ups (February, 96, against 100) and February's largest refund ($305.00
 * against $287.85). Breakdowns and series add up: Q4 2025's 5,581 orders by status; this year's 444 sign-ups by
 * acquisition channel; January's 45 posts by platform; Q3 2025's paid orders by country; the 90 days' 208 refunds by
 * channel; 2025's sign-ups by month (100 in January to 293 in December). No gold sums over no rows: the smallest sets
 * asked about are the 2 cancellations of the weekend of 28 February, the 3 Facebook videos of January, the 3 TikTok
 * Shop cancellations of this week, the 4 accessories under $25, the 5 refunded 2025 orders with a Minimal Denim
 * Jacket, the 6 captions naming the Wild Eye Cream and the 7 refunded orders of yesterday.
 */

export interface TwentysixthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const DECEMBER_1_TO_7: Span = ['2025-12-01', '2025-12-08'];
const FEBRUARY_28_TO_MARCH_1: Span = ['2026-02-28', '2026-03-02'];
const SAME_DAY_LAST_WEEK: Span = ['2026-03-07', '2026-03-08'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Urban Ceramic Mug';
const TITLE_B = 'Minimal Vase';
const TITLE_C = 'Wild Eye Cream';
const TITLE_D = 'Oversized Earrings';
const TITLE_E = 'Minimal Denim Jacket';
const TITLE_F = 'Velvet Wallet';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';
const AOV = 'AVG(o.total) AS average_order_value';
const WEEKDAYS = (column: string) => ` AND EXTRACT(ISODOW FROM ${column}) IN (1, 2, 3, 4, 5)`;

export const TWENTYSIXTH_FRESH_CASES: readonly TwentysixthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total paid revenue for the April-to-June 2025 quarter',
    expect: answer(revenue(Q2_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'boxing day 2025 - how many orders did the shop get',
    expect: answer(orders(BOXING_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'sum up the saves on my december content',
    expect: answer(posts('SUM(p.saves)', 'saves', DECEMBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Shipping fees charged on paid orders during January 2026, in total',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'how many customers do we have on file overall?',
    expect: answer(newCustomers(ALL)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'count of cancelled orders placed in january',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(JANUARY)}`)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev ig shop l30d',
    expect: answer(revenue(LAST_30_DAYS, " AND o.sales_channel = 'instagram_shop'")),
  },
  { asker: 'owner', category: 'shorthand', question: 'ords yday', expect: answer(orders(YESTERDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rfnd rate oct-dec 25',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cogs jan',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg basket l7d pls',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'tt vid views last mo',
    expect: answer(posts('SUM(p.video_views)', 'video_views', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  { asker: 'owner', category: 'shorthand', question: 'units sold h1 25', expect: answer(units(H1_2025)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs uk ytd',
    expect: answer(newCustomers(THIS_YEAR, " AND c.country = 'GB'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did people spend with us altogether in november',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did people bookmark my stuff last month',
    expect: answer(posts('SUM(p.saves)', 'saves', FEBRUARY)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'How much was knocked off paid orders as markdowns in January 2026?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'count of distinct buyers with a paid order in february',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate over all orders placed in Q3 2025',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats my engagement rate on facebook so far this year',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate on paid TikTok Shop orders, calendar year 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund rate for german buyers since october',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(SINCE_OCTOBER)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'what gross margin did skincare make in january',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.category = 'beauty'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean paid order value from Australian customers in Q4 2025',
    expect: answer(`SELECT ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'AU'`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'in h2 2025 how often did a paying customer order from us, on average',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'reels this year: mean number of comments each',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', THIS_YEAR, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many pieces go in an order on avg, last wk',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Revenue divided by the number of paying customers, January 2026',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'TikTok Shop as a fraction of paid revenue, October–December 2025',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'apparel share of product revenue this yr',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} FILTER (WHERE pr.category = 'apparel') * 1.0 / ${PRODUCT_REVENUE} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what proportion of 2025 sign-ups were acquired via instagram',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'instagram') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what % of my january likes came from reels',
    expect: answer(
      `SELECT SUM(p.likes) FILTER (WHERE p.media_type = 'reel') * 1.0 / SUM(p.likes) AS share FROM social_posts p WHERE ${p(JANUARY)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: "of last month's refunded orders, what part were online store ones",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / COUNT(*) AS share FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'How many paid orders in January 2026 came to less than $30?',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total < 30`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many of our products cost us over 40 bucks a unit',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost > 40'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many insta posts from 2025 reached more than 20k accounts',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'instagram' AND p.reach > 20000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count customers whose 2025 paid orders number exactly one',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) = 1) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunds this year where the order total topped $250, count them',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(THIS_YEAR)} AND o.total > 250`)),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'which items are listed at $100 or higher',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price >= 100'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'slowest day for orders in feb',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most liked tiktok ever',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(ALL)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Highest refund rate among sales channels, Jul–Dec 2025: which channel?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'the quietest month for customer sign-ups during 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'biggest feb refund: order id + total',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: "yesterday's refunded orders — ids",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'january facebook videos of mine, list em',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(JANUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Accessories priced below $25, listed by title',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories' AND pr.price < 25",
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'can you list every clothing product we have',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'apparel'"),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Order numbers of paid orders exceeding $400, last 7 days',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} AND o.total > 400`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'urban ceramic mug qty last mo',
    expect: answer(units(FEBRUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Minimal Vase: paid product revenue over Q3 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q3_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'count my posts whose caption says wild eye cream',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross profit made on the Oversized Earrings in 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many orders with a minimal denim jacket in them were refunded in 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(YEAR_2025)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'all our rugs combined, product revenue in 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byKind('Rug')}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'what do we list the Velvet Wallet at?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_F}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'q4 2025 order count for each status',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'signups by acquisition channel so far this year',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'january post counts per platform for me',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Q3 2025: number of paid orders for each customer country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'refunds per sales channel l90d',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS refunded_orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 products by units so far this mo',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 least viewed tiktoks this year',
    expect: answer(
      `SELECT p.post_id AS post, p.video_views AS video_views FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'tiktok' ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom two sales channels by paid revenue in 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Five products with the highest gross profit in Q4 2025',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Discounts on paid orders, split by sales channel, January 2026',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'comments for each media type this year',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Across 2025, how did the refund rate differ from one buyer country to the next?',
    expect: answer(
      `SELECT c.country AS country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'gp by category l30d',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'average order value by how customers found us, q4 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid orders per week, last six full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily rev last wk',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'my monthly likes for the 6 months before this one',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_6_MONTHS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customers for each month of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'time_series',
    question: 'Monthly discount totals on paid orders since September 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'ords yday vs the same day last wk',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, YESTERDAY, SAME_DAY_LAST_WEEK),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid revenue for July–December 2025, set against July–December 2024',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'is my reach this month up or down on last month',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, THIS_MONTH, FEBRUARY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customers: oct-dec 2025 vs jul-sep 2025',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, Q4_2025, Q3_2025)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Gross profit, January 2026 vs the same month a year earlier',
    expect: answer(
      compared(`${GROSS_PROFIT} FILTER (WHERE %F)`, 'gross_profit', ITEMS_PRODUCTS, PAID, o, JANUARY, JANUARY_2025),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'cancelled ords ths wk v last wk',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'cancelled_orders',
        'orders o',
        "o.status = 'cancelled'",
        o,
        THIS_WEEK,
        LAST_WEEK,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Average order value in 2025, Instagram Shop compared with TikTok Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'saves in q4 2025: reels vs carousels which won',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(Q4_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'canada vs australia rev this yr',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND c.country IN ('CA', 'AU') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'organic search against paid search: who brought more signups in 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('organic_search', 'paid_search') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'weekday sales in feb, mon-fri only',
    expect: answer(revenue(FEBRUARY, WEEKDAYS('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid order count, 1–7 December 2025 inclusive',
    expect: answer(orders(DECEMBER_1_TO_7)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Paid revenue for the last two full calendar months',
    expect: answer(revenue(LAST_2_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'posts published over the last fourteen days, count',
    expect: answer(posts('COUNT(*)', 'posts', LAST_14_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'customers who joined since the start of february, how many',
    expect: answer(newCustomers(SINCE_FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many orders got cancelled over the weekend of feb 28 - mar 1',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(FEBRUARY_28_TO_MARCH_1)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['yday revenue pls'],
    question: 'n the day prior?',
    expect: answer(revenue(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['January 2026 paid orders, broken out by customer country'],
    question: 'Restrict that to the online store',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel = 'online_store' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total comments on my tiktoks last month'],
    question: 'same for insta pls',
    expect: answer(posts('SUM(p.comments)', 'comments', FEBRUARY, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Gross profit on paid orders in Q4 2025'],
    question: 'Give me that per product category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['signups last month how many'],
    question: 'how many of those signups were from email',
    expect: answer(newCustomers(FEBRUARY, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['cancelled orders last week, count', 'restrict to tiktok shop'],
    question: 'same thing for the current week',
    expect: answer(
      count('cancelled_orders', `o.status = 'cancelled' AND ${o(THIS_WEEK)} AND o.sales_channel = 'tiktok_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'linen shirt sales last mo', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'cardigan: how many did we move between october and december 2025',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'tank content - how many likes did it rack up',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'Gross margin on the chinos this year', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'beanie units l30d', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many refunded orders in 2025 included the lip balm',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: 'how much are the bath salts priced at', expect: CLARIFY },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'units of the cushion cover shipped in january',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'when was the backpack added to the catalog',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'store page visits yday how many', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'tiktok follower growth in feb',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Average customer age among 2025 buyers',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'How much sales tax did we remit for Q4 2025?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'what was our customer satisfaction score last quarter',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many support emails came in about late deliveries this month',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'how many velvet scarves are left in the warehouse',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'best selling size of the organic hoodie?', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Predict paid order volume for April 2026', expect: DECLINE },
];
