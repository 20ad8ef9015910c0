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
  LAST_30_DAYS,
  LAST_3_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_SEPTEMBER,
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
 * The thirty-seventh fresh merchant evaluation: a thirty-ninth set of questions on the demo layer, held out IN FULL.
 * It was written from main at 28e89c6 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's
 * unit tests, the misses of any evaluation set or any earlier question file but the thirty-sixth (skimmed for its
 * format, categories, counts and order only): the demo layer (src/demo/**), the demo data, demo-gold.ts and the eval
 * harness. Each question and history line was compared by a throwaway script with every line of every earlier
 * question file (the larger of token-set and character-trigram Jaccard; the script printed numbers only) and reworded
 * while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run
 * eval` prints its figures only; `--show-thirtyseventh-fresh-misses` prints its misses for the closing read of a
 * session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (postage, price cuts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the rug, the
 * toner, the sweater, the joggers, the midi dress, the watch strap, the sunscreen, the shampoo bar, the cushion
 * cover); `decline` (overheads, discount codes, watch time, star ratings, delivery times, cities, email opens,
 * suppliers, gender: none is in the data).
 *
 * Gold conventions: orders counted with no status named are paid orders; refunds and cancellations counted or listed
 * are refunded and cancelled orders by the day they were placed; rates as in demo-gold.ts; a product's units are its
 * units on paid orders, its orders the paid orders that include it; captions that "mention" a product contain its
 * title; "postage" is shipping; "forwarded" is shares; "shipped" units are units sold; a share, "%" or "fraction" is
 * a fraction; "sells for" / "price" is products.price, "cost us" products.cost; "markup" is gross profit over the
 * cost of the units sold; "the shop took" is revenue; comparisons of periods give the metric, then
 * `<metric>_previous`; a follow-up keeps the subject of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yday" = Saturday 14 Mar; "this week" = 9–14 Mar; "last week" = 2–8 Mar, "the week before
 * last" = 23 Feb – 1 Mar; "mtd" / "this month so far" = 1–14 Mar; "l7d" = 8–14 Mar; "the past 14 days" = 1–14 Mar;
 * "the last 3 days" = 12–14 Mar; "the last 30 days" = 13 Feb – 14 Mar, against "the 30 before" = 14 Jan – 12 Feb;
 * "the last 90 days" = 15 Dec – 14 Mar; "the last 6 weeks" = 26 Jan – 8 Mar; "the past twelve full months" = Mar 2025 – Feb
 * 2026 (whole months, as "last 3 months" in cases.ts); "since july" = 1 Jul 2025 on; "since september" = 1 Sep 2025
 * on; "since december 2025"; "since Q3 2024" = 1 Jul 2024 on; "ytd" / "this year" = 2026; "last year" = 2025;
 * "christmas day" = 25 Dec 2025, "cyber monday" = 1 Dec 2025, "valentine's day" = 14 Feb 2026; "2 February 2026
 * through 8 February 2026 inclusive"; months, quarters and halves of 2024 and 2025 named outright.
 *
 * Checks: see FIGURES.md (thirty-seventh fresh sets): every gold was run as the demo tenant and its figure checked
 * by hand against a second query.
 */

export interface ThirtyseventhFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** The 30 days before the last 30: 14 January to 12 February 2026. */
const PRIOR_30_DAYS: Span = ['2026-01-14', '2026-02-13'];
/** February 2025, the same month a year before the last one. */
const FEBRUARY_2025: Span = ['2025-02-01', '2025-03-01'];
/** 2 to 8 February 2026, both days included. */
const FEB_2_TO_8: Span = ['2026-02-02', '2026-02-09'];
/** From 1 July 2024 (the start of Q3 2024) to today. */
const SINCE_Q3_2024: Span = ['2024-07-01', '2026-03-16'];

const AOV = 'AVG(o.total) AS average_order_value';
const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const REFUNDED = "o.status = 'refunded'";
const CANCELLED = "o.status = 'cancelled'";
const SHIPPING = (span: Span, where = '') =>
  `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const DISCOUNTS = (span: Span, where = '') =>
  `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';

export const THIRTYSEVENTH_FRESH_CASES: readonly ThirtyseventhFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total revenue booked in the second half of 2025, counting paid orders only.',
    expect: answer(revenue(H2_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many ppl made an account with us in nov 2025',
    expect: answer(newCustomers(NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'all the bookmarks my tiktok clips collected last year, added up',
    expect: answer(posts('SUM(p.saves)', 'saves', YEAR_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'What was the sum of price reductions granted to customers in the third quarter of 2025?',
    expect: answer(DISCOUNTS(Q3_2025)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'our outlay for the merchandise customers bought in january, at cost',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'sorry if this is basic, but how many facebook posts did the team publish across 2025?',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'facebook'")),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'wats my rev ytd',
    expect: answer(revenue(THIS_YEAR)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'aov l7d',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# refunded ords in feb',
    expect: answer(count('orders', `${REFUNDED} AND ${o(FEBRUARY)}`)),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg likes/reel q4 25',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', Q4_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'units sold wk b4 last',
    expect: answer(units(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: '2025 gm pct pls',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'mtd signups that came thru email??',
    expect: answer(newCustomers(THIS_MONTH, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'yday tiktok-shop order ct',
    expect: answer(orders(YESTERDAY, " AND o.sales_channel = 'tiktok_shop'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'takings on 25 dec 2025, just that one day',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'what did we bill shoppers for postage in december 2025',
    expect: answer(SHIPPING(DECEMBER)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'in february how often did viewers forward my content on',
    expect: answer(posts('SUM(p.shares)', 'shares', FEBRUARY)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many different people actually paid us for something in q4 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: "out of 2025's insta shop orders, what's the refund rate",
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'What proportion of all orders were cancelled over the last 90 days?',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'eng rate on my insta carousels since july',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_JULY,
        " AND p.platform = 'instagram' AND p.media_type = 'carousel'",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'discount rate for orders from customers based in canada, 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'CA' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'rates',
    question: 'what margin are we making on beauty so far in 2026',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(THIS_YEAR)}`,
    ),
  },

  // Ratios and averages
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'For Q1 2025, how many items sit in the typical paid order, on average?',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'how much revenue did each paying customer bring in during december 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'on average how often did a buyer come back and order again in 2025, orders per buyer',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'typical views per tiktok video last month (the mean)',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'markup on the home category for 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0) AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'home' AND ${o(YEAR_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'what fraction of 2025 revenue was paid by buyers in the UK',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'GB') * 1.0 / NULLIF(SUM(o.total), 0) AS revenue_share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'share of my 2026 posts so far that were reels, in %',
    expect: answer(
      posts("COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / NULLIF(COUNT(*), 0)", 'posts_share', THIS_YEAR),
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: "apparel's slice of the units we sold last month",
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / NULLIF(SUM(oi.quantity), 0) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Proportion of Q4 2025 paid orders that were attributed to a social post.',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.attributed_post_id IS NOT NULL) * 1.0 / NULLIF(COUNT(*), 0) AS orders_share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'of the customers who joined in feb, what portion found us on tiktok',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'tiktok') * 1.0 / NULLIF(COUNT(*), 0) AS new_customers_share FROM customers c WHERE ${c(FEBRUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'count of paid orders in 2025 whose total came to more than $200',
    expect: answer(count('orders', `${PAID} AND o.total > 200 AND ${o(YEAR_2025)}`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'which of my products sell for less than 25 bucks',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price < 25'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'which posts from oct to dec 2025 got over 5000 likes',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.likes > 5000 AND ${p(Q4_2025)}`),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'how many refunds this year were on orders below $30',
    expect: answer(count('orders', `${REFUNDED} AND o.total < 30 AND ${o(THIS_YEAR)}`)),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of catalogue items whose unit cost exceeds $50.',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost > 50'),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'how many january orders had more than 20 dollars knocked off',
    expect: answer(count('orders', `${PAID} AND o.discount > 20 AND ${o(JANUARY)}`)),
  },

  // Extremes
  {
    asker: 'founder',
    category: 'extremes',
    question: 'largest single order we have ever taken',
    expect: answer(
      `SELECT o.order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(ALL)} ORDER BY o.total DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which 2025 post pulled the biggest pile of comments',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'priciest thing in the catalog rn',
    expect: answer(
      'SELECT pr.title AS product_title, pr.price AS price FROM products pr ORDER BY pr.price DESC LIMIT 1',
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Identify the single best revenue day of December 2025.',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'lowest refund rate among countries, calendar 2025',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
      true,
    ),
  },

  // Lists
  {
    asker: 'ops',
    category: 'lists',
    question: 'list every product added to the catalogue since december 2025',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(SINCE_DECEMBER)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'pull up the order numbers that got cancelled last week',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${CANCELLED} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me what i posted in the last 3 days',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_3_DAYS)}`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List all beauty products with their current list prices.',
    expect: answer("SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'which orders placed on saturday 14 march ended up refunded',
    expect: answer(`SELECT o.order_id FROM orders o WHERE ${REFUNDED} AND ${o(YESTERDAY)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: 'how many cloud tees have gone out the door this yr',
    expect: answer(units(THIS_YEAR, byTitle('Cloud Tee'))),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'product revenue of the Velvet Hoodie since launch',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle('Velvet Hoodie')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many of my posts mention the meadow face serum',
    expect: answer("SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%Meadow Face Serum%'"),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Gross profit generated by the Oversized Cushion Cover in calendar 2025.',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle('Oversized Cushion Cover')}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of orders with a wild eye cream in them last month',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byTitle('Wild Eye Cream')}`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'what does a single golden wall print cost us',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Golden Wall Print'"),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'whats the vintage midi dress going for',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Vintage Midi Dress'"),
  },

  // Status breakdowns
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'feb order counts by status pls (paid / refunded / cancelled)',
    expect: answer(`SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },

  // Counts by a dimension
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'post count on each platform for q4 2025',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: '2025 new customer accounts, one figure per country',
    expect: answer(`SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: 'paid orders this week, per channel they came through',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'catalogue size per category: how many SKUs does each have?',
    expect: answer('SELECT pr.category, COUNT(*) AS products FROM products pr GROUP BY 1'),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'my 3 most profitable products of 2025',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: '5 instagram posts with the smallest reach in 2026',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'instagram' AND ${p(THIS_YEAR)} GROUP BY 1 ORDER BY 2 ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'top 2 acquisition sources by what their customers spent, oct-dec 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 3 product categories by units sold in January 2026, lowest first.',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q1 2025 revenue split out by customer country',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'how far did my facebook stuff reach, per format',
    expect: answer(
      `SELECT p.media_type, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'facebook' AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'money knocked off orders last month, by the channel the order came in on',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2026 so far: gross profit, category by category',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: '2025 unit sales cut two ways: category x sales channel.',
    expect: answer(
      `SELECT pr.category, o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1, 2`,
    ),
  },

  // Time series
  {
    asker: 'finance',
    category: 'time_series',
    question: '2025 revenue, one row per month',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'week by week engagement across the last 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'new signups each day this wk',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid order count per quarter, from Q3 2024 onward.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(SINCE_Q3_2024)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'how has our average basket moved month to month since september',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${AOV} FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'q4 25 revenue next to q4 24 revenue',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'are we moving more units this week than we did last week',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'tiktok video views in feb compared to jan',
    expect: answer(
      compared(
        'SUM(p.video_views) FILTER (WHERE %F)',
        'video_views',
        'social_posts p',
        "p.platform = 'tiktok'",
        p,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customer count 2025 vs the year before it',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, YEAR_2025, YEAR_2024)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Refund rate for H2 2025 relative to H1 2025.',
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
    asker: 'bookkeeper',
    category: 'period_comparison',
    question: 'shipping fees collected in the last 30 days versus the 30 days before that',
    expect: answer(
      compared('SUM(o.shipping) FILTER (WHERE %F)', 'shipping', 'orders o', PAID, o, LAST_30_DAYS, PRIOR_30_DAYS),
    ),
  },

  // Value comparisons
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'do reels or carousels pull more likes on average',
    expect: answer(
      `SELECT p.media_type, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'aov for online store orders versus instagram shop orders in oct-dec 2025',
    expect: answer(
      `SELECT o.sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND o.sales_channel IN ('online_store', 'instagram_shop') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'american customers vs canadian customers: revenue so far this year',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('US', 'CA') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'clothes vs accessories, units sold last month',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'accessories') AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 2 February 2026 through 8 February 2026, both days inclusive.',
    expect: answer(revenue(FEB_2_TO_8)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: "order count on valentine's day this year",
    expect: answer(orders(VALENTINES_DAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'what did cyber monday 2025 bring in',
    expect: answer(revenue(CYBER_MONDAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'sum of revenue across the past twelve full months',
    expect: answer(revenue(LAST_12_MONTHS)),
  },
  {
    asker: 'new_hire',
    category: 'periods',
    question: 'how many new customers have we picked up in the past 14 days?',
    expect: answer(newCustomers(LAST_14_DAYS)),
  },
  {
    asker: 'ops',
    category: 'periods',
    question: 'jan-jun 2025: how many units went out to customers',
    expect: answer(units(H1_2025)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['what was revenue in february'],
    question: 'and the same month a year earlier?',
    expect: answer(revenue(FEBRUARY_2025)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['2026 tiktok likes added up'],
    question: 'same again but instagram',
    expect: answer(posts('SUM(p.likes)', 'likes', THIS_YEAR, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['2025 revenue per sales channel'],
    question: 'restrict that to australian buyers',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'AU' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Five best-selling products by units, October to December 2025.'],
    question: 'Rank them by product revenue instead.',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ["last month's new customers, split by how they found us"],
    question: 'and for march so far?',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ["refund count for last week's orders"],
    question: 'what about cancellations over that same week?',
    expect: answer(count('orders', `${CANCELLED} AND ${o(LAST_WEEK)}`)),
  },

  // Must clarify: a product family with several members
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'units of the rug moved in jan 2026',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Q4 2025 product revenue for the toner, please.',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many posts featured the sweater in 2025',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'the joggers: gross profit they earned over 2025',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'last month, how many orders contained the midi dress',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'how much does the watch strap cost us per unit',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'wat do we charge for the sunscreen',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'sales of the shampoo bar last quarter',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'how many units of the cushion cover went out in december?',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'what was our net profit in 2025 once rent and salaries are taken out',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'which promo code got used the most in feb',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'total watch time on my tiktoks last month in hours',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'what star rating do customers give the cloud tee on average',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'average number of days between order and delivery for US orders',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Revenue by customer city for 2025.',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many people opened our newsletter last week',
    expect: DECLINE,
  },
  {
    asker: 'new_hire',
    category: 'must_decline',
    question: 'who is the supplier we buy the velvet hoodie from?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'how many of my customers are man and how many are woman',
    expect: DECLINE,
  },
];
