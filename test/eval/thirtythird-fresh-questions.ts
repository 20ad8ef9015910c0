import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DECEMBER,
  DECLINE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_10_DAYS,
  LAST_30_DAYS,
  LAST_6_MONTHS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
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
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The thirty-third fresh merchant evaluation: a thirty-fifth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 333d279 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-second (read for its format,
 * categories, counts and order; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the
 * demo data and the eval harness. Each question and history line was compared by a throwaway script with every line of
 * every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard; the script printed
 * numbers and the new lines only) and reworded while it scored 0.6 or more against any of them (highest now 0.591,
 * median 0.455). Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-thirtythird-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does not
 * run it at all.
 *
 * Asked by a shop owner on a phone ("l7d takings", "ords this mth", "gp feb", "cxl", "yday", "$ since monday"), an
 * analyst (exact spans: "Saturday 28 February 2026 to Friday 6 March 2026 inclusive", "the eight complete weeks before
 * the current one"), a creator ("rack up", "plugged", "interactions", "seen more than 100k times"), a finance person
 * ("markup", "thinnest gross margins", "bottom-line profit"), a bookkeeper ("knock off customers' bills", "markdown
 * dollars"), a founder ("came on board", "how the customer found us"), a support lead, an ops person, a new hire and a
 * non-native speaker ("how many pieces we sold in total in the last month?"), in conversations too. Same data and dates
 * as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY =
 * 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts: `answer`, `clarify` (a product
 * family with several members, each with rows in the asked context: "the rug" (Alpine, Classic and Cloud Rug, 19, 30
 * and 24 units in February), "the shampoo bar" (Amber and Oversized, $1,872.00 and $9,252.00 of 2025 product revenue),
 * "the sunscreen" (Classic and Vintage, in 2 and 6 captions), "the midi dress" (Cloud and Vintage, $1,382.16 and
 * $1,278.72 of gross profit since December), "the joggers" (Coastal, Minimal and Organic, 164, 119 and 439 units in the
 * last 90 days), "the sweater" (Minimal, Velvet and Vintage, 50, 107 and 93 paid orders in Q4 2025), "the toner" (list
 * prices $43.99, $45.95 and $12.00), "the cushion cover" (unit costs $86.75 and $69.15) and "watch strap" (Urban and
 * Wild, 11 and 145 units this year)), `decline` (star ratings, refund reasons, gender, newsletter open rate, Instagram
 * stories, suppliers, net profit after overheads, cities, discount codes).
 *
 * Gold conventions as in the thirty-second set: orders counted with no status named are paid orders; refunds and
 * cancellations counted or listed are refunded and cancelled orders by the day they were placed; rates as in
 * demo-gold.ts (markup is gross profit over the cost of goods sold); "shoppers with at least five paid orders" counts
 * customers with five or more paid orders, all time; a product's units, "pieces" or "went out" are its units on paid
 * orders, its orders the paid orders that include it; "captions where i mention" a product contain its title; "saw my
 * stuff" is reach, "seen ... times" impressions, "interactions" engagement; a share, "%" or "portion" is a fraction;
 * "charge for" is products.price, "unit cost price" / "cost us" products.cost; "launched" goes by products.created_at;
 * "money" made by a category is its product revenue; comparisons of periods give the metric, then `<metric>_previous`.
 *
 * Periods at 2026-03-15: "yday" = 14 Mar; "last 10 days" = 5–14 Mar; "l7d" / "past week (8th-14th)" = 8–14 Mar; "since
 * monday" / "from monday the 9th" = 9–14 Mar, against "the full week before" = 2–8 Mar; "last week" = 2–8 Mar; "l30d" /
 * "last 30 days" = 13 Feb – 14 Mar, against "the 30 days before" = 14 Jan – 12 Feb; "past 90 days" / "l90d" = 15 Dec –
 * 14 Mar; "the eight complete weeks before the current one" = 12 Jan – 8 Mar; "march to date" / "this mth so far" = 1–14
 * Mar; "feb" / "last month" / "the most recent full calendar month" = Feb 2026; "the first week of february" = 1–7 Feb;
 * "valentines day" = 14 Feb 2026; "new year's day 2026"; "since jan 1" / "ytd" / "this year" / "Q1 2026 to date" / "in
 * 2026" = 1 Jan – 14 Mar; "since 1 december" = 1 Dec 2025 on; "since october" = 1 Oct 2025 on; "last 6 months" = Sep
 * 2025 – Feb 2026; "October 2025 to February 2026" whole months; "christmas eve up to new years eve 2025" = 24–31 Dec;
 * "last quarter" = Q4 2025; "summer 2025 (jun jul aug)" = 1 Jun – 31 Aug 2025; "calendar 2024" / "the prior calendar
 * year" = 2024.
 *
 * Checks: every gold was run on that data as the demo tenant and its rows read by hand. Thresholds sit off their
 * boundary: 79 March orders came to more than $200 (nearest $198.00 and $201.95); 23 posts of 2025 had more than 100,000
 * impressions (nearest 96,386 and 100,772); 18 products cost under $15 (nearest $14.86 and $15.51); 53 paid February
 * orders had a discount of $20 or more (nearest $19.80 and $20.10); 47 Q4 2025 refunds were over $175 (nearest $173.90
 * and $178.36); 7 paid New Year's Day orders came to more than $200 (nearest $144.85 and $217.56). Cut-offs and extremes
 * have no tie: February's top 3 by product revenue end at the Velvet Diffuser's $5,025.15 (4th $4,998.00); this year's
 * five least liked Instagram posts end at 482 (6th 487); 2025's top 5 customers end at $2,868.10 (6th $2,673.83); 2025's
 * two thinnest margins are home 54.5% and apparel 55.8% (accessories 56.4%); February's largest order ($571.80 against
 * $496.75), the most liked Instagram reel (97,899 against 21,431), 2024's smallest acquisition channel (facebook 98
 * against email 104), 2025's strongest quarter (Q4, $554,899.87 against $465,312.55) and Q4 2025's country with the most
 * refunds (US 138 against GB 49). No gold has zero rows: the smallest are last week's 2 TikToks, last week's 4
 * cancelled orders and the 4 Amber Shampoo Bar units of January.
 */

export interface ThirtythirdFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** June, July and August 2025. */
const SUMMER_2025: Span = ['2025-06-01', '2025-09-01'];
/** November 2024. */
const NOVEMBER_2024: Span = ['2024-11-01', '2024-12-01'];
/** The 30 days before the last 30: 14 January to 12 February 2026. */
const PRIOR_30_DAYS: Span = ['2026-01-14', '2026-02-13'];
/** October 2025 to February 2026, whole months. */
const OCTOBER_TO_FEBRUARY: Span = ['2025-10-01', '2026-03-01'];
/** Saturday 28 February to Friday 6 March 2026, both days included. */
const FEB_28_TO_MAR_6: Span = ['2026-02-28', '2026-03-07'];
/** Christmas Eve to New Year's Eve 2025, both days included. */
const XMAS_EVE_TO_NYE: Span = ['2025-12-24', '2026-01-01'];
/** 1 to 7 February 2026, both days included. */
const FEB_1_TO_7: Span = ['2026-02-01', '2026-02-08'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Golden Wall Print';
const TITLE_B = 'Velvet Scarf';
const TITLE_C = 'Soft Cap';
const TITLE_D = 'Urban Ceramic Mug';
const TITLE_E = 'Wild Eye Cream';
const TITLE_F = 'Minimal Denim Jacket';
const TITLE_G = 'Amber Shampoo Bar';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';

export const THIRTYTHIRD_FRESH_CASES: readonly ThirtythirdFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Cost of goods sold across paid orders for January through March 2025',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'whats the total we took in over the last 10 days',
    expect: answer(revenue(LAST_10_DAYS)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many saves did my posts rack up over summer 2025 (jun jul aug)',
    expect: answer(posts('SUM(p.saves)', 'saves', SUMMER_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Shipping fees billed to customers on paid orders, October to December 2024',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2024)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many distinct people placed at least one paid order with us in 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'non_native',
    category: 'totals',
    question: 'how many pieces we sold in total in the last month?',
    expect: answer(units(FEBRUARY)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'l7d takings?', expect: answer(revenue(LAST_7_DAYS)) },
  { asker: 'owner', category: 'shorthand', question: 'ords this mth so far', expect: answer(orders(THIS_MONTH)) },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'tt vid views ytd',
    expect: answer(posts('SUM(p.video_views)', 'video_views', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp feb?',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'cxl orders l30d',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(LAST_30_DAYS)}`)),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'new custs DE q4 25',
    expect: answer(newCustomers(Q4_2025, " AND c.country = 'DE'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg order $ on the ig shop thru 2025',
    expect: answer(
      `SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'fb eng rate since jan 1',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_YEAR, " AND p.platform = 'facebook'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the till ring up on valentines day',
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many different people actually saw my insta stuff in february',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: "How much did we knock off customers' bills with discounts during November 2025?",
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'since the shop opened, how many people have made an account altogether?',
    expect: answer('SELECT COUNT(*) AS new_customers FROM customers c'),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate on orders from Canadian customers, July–December 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(H2_2025)} AND c.country = 'CA'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'what engagement rate are my instagram reels getting, past 90 days',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        LAST_90_DAYS,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Beauty category gross margin for calendar year 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel % on tiktok shop orders last 6 months',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_6_MONTHS)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Markup on apparel (profit over cost) for Q3 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0) AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} AND pr.category = 'apparel'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Across 2025, mean number of paid orders each purchasing customer placed',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg comments per tiktok this yr',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg # of items in an order last wk',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'non_native',
    category: 'ratios',
    question: 'what is average cost for one unit of the products in home category?',
    expect: answer("SELECT AVG(pr.cost) AS unit_cost FROM products pr WHERE pr.category = 'home'"),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'revenue per paying customer in the UK for Q4 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'GB'`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Share of 2025 paid orders (by count) that were placed through the online store',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'beauty items as a % of all pieces sold since jan 1',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of my total reach since october came from tiktok, percentage wise',
    expect: answer(
      `SELECT SUM(p.reach) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.reach) AS share FROM social_posts p WHERE ${p(SINCE_OCTOBER)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'share of the accounts opened during 2025 that came to us via email',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Portion of Q4 2025 discount dollars that went to Instagram Shop orders',
    expect: answer(
      `SELECT SUM(o.discount) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.discount) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'march to date, count of orders that came to more than $200',
    expect: answer(count('orders', `${PAID} AND ${o(THIS_MONTH)} AND o.total > 200`)),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my 2025 posts were seen more than 100k times (impressions)',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.impressions > 100000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many catalog products have a unit cost under $15?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost < 15'),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Number of paid February orders that carried a discount of $20 or more',
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.discount >= 20`)),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'q4 2025 refunds bigger than $175, how many orders was that',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(Q4_2025)} AND o.total > 175`)),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'number of shoppers with at least five paid orders in their history',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} GROUP BY 1 HAVING COUNT(*) >= 5) t`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest single order we got last month',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most liked instagram reel of all time',
    expect: answer(
      "SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'reel' ORDER BY 2 DESC LIMIT 1",
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which acquisition channel produced the fewest new customers in calendar 2024?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2024)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Strongest quarter of 2025 by paid revenue',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'which customer country had the most refunded orders last quarter',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS refunded_orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'order numbers of everything that got cancelled last week',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my tiktoks from last week, just the ids',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'what do we sell in accessories? product names pls',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Names of the products launched at any point during 2025',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Order ids of paid orders placed on New Year’s Day 2026 with a total above $200',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(NEW_YEARS_DAY)} AND o.total > 200`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'golden wall print - units sold last 30 days',
    expect: answer(units(LAST_30_DAYS, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue of the Velvet Scarf on paid orders, second half of 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'in how many captions did i mention the soft cap',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Urban Ceramic Mug — 2025 profit after product cost (gross)',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of paid orders with the wild eye cream in them this year',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'minimal denim jacket: our unit cost price?',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_F}'`),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'amber shampoo bar: how many units went out in january',
    expect: answer(units(JANUARY, byTitle(TITLE_G))),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'break down all 2025 orders by status — paid, refunded, cancelled — with counts',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'since 1 december, where did new signups come from? count each source',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many instagram posts did i put up in 2025 for each format (image, reel, carousel, video)',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Q1 2026 to date: paid order count for each customer country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'how many orders got cancelled in dec on each channel (web, insta, tiktok)',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'feb: which 3 items brought in the most $',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'the 5 instagram posts with the fewest likes this year',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' ORDER BY 2 ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Five highest-spending customers of 2025 by paid revenue, with the amounts',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Of our four categories, which two ran the thinnest gross margins during 2025?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 2`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Q1 2025 markdown dollars on paid orders, one line per selling channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'video views for each platform across 2025',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'January to June 2025 gross profit, category by category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: "where were yday's orders from, country count",
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'this year, average order value by how the customer found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid revenue per week over the eight complete weeks before the current one',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'day by day order count, past week (8th-14th)',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'tiktok reach month by month through 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'tiktok' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customers for every quarter of 2024',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Refund rate by month, October 2025 to February 2026',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(OCTOBER_TO_FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: '$ since monday compared w/ the full week before',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid order count in Q3 2025 compared with Q3 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q3_2025, Q3_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'jan to feb, did interactions on my posts rise or fall',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new accounts in nov 2025 against nov 2024',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, NOVEMBER, NOVEMBER_2024),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How did gross margin in 2025 compare to the prior calendar year?',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F), 0)',
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
    asker: 'support',
    category: 'period_comparison',
    question: 'refunded orders over the last 30 days versus the 30 days before that',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        LAST_30_DAYS,
        PRIOR_30_DAYS,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'apparel or home, which made more money in feb',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} AND pr.category IN ('apparel', 'home') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'facebook vs instagram, where did i get more comments in q4 2025',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(Q4_2025)} AND p.platform IN ('facebook', 'instagram') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Average order value of US customers versus GB customers over 2025',
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'last quarter did more new customers come from paid search or from organic search',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} AND c.acquisition_channel IN ('paid_search', 'organic_search') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'order count from monday the 9th till now',
    expect: answer(orders(THIS_WEEK)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid revenue from Saturday 28 February 2026 to Friday 6 March 2026 inclusive',
    expect: answer(revenue(FEB_28_TO_MAR_6)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Q1 2025 paid sales (Jan–Mar) in total',
    expect: answer(revenue(Q1_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'likes from christmas eve up to new years eve 2025, both days included',
    expect: answer(posts('SUM(p.likes)', 'likes', XMAS_EVE_TO_NYE)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'new signups in the first week of february (1st to 7th)',
    expect: answer(newCustomers(FEB_1_TO_7)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Shipping charged on paid orders in the most recent full calendar month',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['feb takings per sales channel (web / ig shop / tiktok shop)'],
    question: 'what did january look like',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid units sold per product category in Q4 2025'],
    question: 'Now only Australian buyers',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'AU' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['typical likes an insta post of mine gets in 2026, mean'],
    question: 'same number for my tiktoks',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Gross profit for each month, Jan to Dec 2025'],
    question: 'Only the home category, please',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'home' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['customers acquired via instagram during 2025, count'],
    question: 'how many of them live in france',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'instagram' AND c.country = 'FR'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['q4 2025 refunded order count per country', 'keep tiktok shop, drop the rest'],
    question: 'switch it to the web store',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS refunded_orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} AND o.sales_channel = 'online_store' GROUP BY 1`,
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'feb units for the rug?', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'What was the product revenue of the shampoo bar on paid orders during 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'number of captions where i plugged the sunscreen',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Since 1 December, what gross profit has the midi dress made?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'the joggers units l90d', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many paid orders included the sweater last quarter',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: 'how much do we charge for the toner?', expect: CLARIFY },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'unit cost of the cushion cover, what do we pay per piece',
    expect: CLARIFY,
  },
  {
    asker: 'non_native',
    category: 'must_clarify',
    question: 'how many watch strap we sold in this year?',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'avg review score (stars) per product?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'for 2025 refunds, what did shoppers say was wrong - main reasons',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Split of 2025 new customers by gender',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'open rate of our email newsletter last month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'did my insta stories get watched much this week, views',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which supplier has the longest lead time on restocks',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Bottom-line 2025 profit once rent, payroll and SaaS bills are subtracted',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'please give me the sales for each city in germany',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Which discount code was redeemed the most times in December?',
    expect: DECLINE,
  },
];
