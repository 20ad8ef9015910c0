import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BLACK_FRIDAY,
  BOXING_DAY,
  bucket,
  byTitle,
  c,
  CANCELLATION_RATE,
  CLARIFY,
  compared,
  DECEMBER_2024,
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
  LAST_30_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
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
  Q3_2024,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The thirty-ninth fresh merchant evaluation: a forty-first set of questions on the demo layer, held out IN FULL. It
 * was written from main at d7b07fb WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-eighth (skimmed for its format,
 * categories, counts and order only): the demo layer (src/demo/**), the demo data, demo-gold.ts and the eval harness.
 * Each question and history line was compared by a throwaway script with every line of every earlier question file
 * (the larger of token-set and character-trigram Jaccard; the script printed numbers only) and reworded while it
 * scored 0.6 or more against any of them (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-thirtyninth-fresh-misses` prints its misses for the closing read of a session,
 * and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (delivery fees, price cuts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the rug, the
 * shampoo bar, the sunscreen, the midi dress, the joggers, the sweater, the toner, the cushion cover, the watch
 * strap); `decline` (product reviews, abandoned carts, payment methods, delivery times, suppliers, customer gender,
 * email open rates, shipping carriers, product weights: none is in the data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunded or cancelled orders
 * counted or listed are those orders by the day they were placed; rates as in demo-gold.ts; a product's units are its
 * units on paid orders, its orders the paid orders that include it, its revenue its product revenue; posts that
 * "mention" or "feature" a product have its title in the caption; "delivery fees" are shipping; a share, "%" or
 * "fraction" is a fraction; "price" is products.price, "costs us" products.cost; "people who bought" are customers
 * who bought; comparisons of periods give the metric, then `<metric>_previous`; a follow-up keeps the subject of the
 * last question and changes what it names.
 *
 * Periods at 2026-03-15: "yday" = Saturday 14 Mar; "this wk" / "so far this week" = 9–14 Mar; "last week" = 2–8 Mar;
 * "mtd" / "this month" = 1–14 Mar; "l7d" / "past 7 days" = 8–14 Mar; "the last 30 days" = 13 Feb – 14 Mar, against
 * "the 30 days before" = 14 Jan – 12 Feb; "the last 90 days" = 15 Dec – 14 Mar; "the last six full weeks" = 26 Jan –
 * 8 Mar; "last quarter" = Q4 2025; "since december", "since september" (2025) on; "ytd" / "this year" / "2026 so far"
 * = 2026 so far, against "the same stretch last year" = 1 Jan – 14 Mar 2025; "last year" = 2025; "boxing day" = 26
 * Dec 2025, "black friday" = 28 Nov 2025, "new year's day" = 1 Jan 2026, "valentine's day" = 14 Feb 2026; "15 to 21
 * February, inclusive"; "1 October through 30 November 2025"; months, quarters and halves of 2024 and 2025 named
 * outright.
 *
 * Checks: see FIGURES.md (thirty-ninth fresh sets): every gold was run as the demo tenant and its figure checked
 * against a second, independently written query.
 */

export interface ThirtyninthFreshCase {
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
/** 15 to 21 February 2026, both days included. */
const FEB_15_TO_21: Span = ['2026-02-15', '2026-02-22'];
/** 1 October to 30 November 2025, both days included. */
const OCTOBER_NOVEMBER_2025: Span = ['2025-10-01', '2025-12-01'];
/** 2024 and 2025. */
const YEARS_2024_2025: Span = ['2024-01-01', '2026-01-01'];

const AOV = 'AVG(o.total) AS average_order_value';
const SHIPPING = (span: Span, where = '') =>
  `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const DISCOUNTS = (span: Span, where = '') =>
  `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const withStatus = (status: string, span: Span) =>
  `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = '${status}' AND ${o(span)}`;
const ordersWithProduct = (span: Span, title: string) =>
  `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${byTitle(title)}`;
const productRevenue = (span: Span, title: string) =>
  `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${byTitle(title)}`;

export const THIRTYNINTH_FRESH_CASES: readonly ThirtyninthFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Total delivery fees we collected on paid orders across calendar 2025, please.',
    expect: answer(SHIPPING(YEAR_2025)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Sum of order totals over paid orders placed in Q3 2025.',
    expect: answer(revenue(Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'tiktok saves for 2025, how many did my vids rack up',
    expect: answer(posts('SUM(p.saves)', 'saves', YEAR_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'Sorry if this is basic, but during 2024 how many brand-new customer accounts got created?',
    expect: answer(newCustomers(YEAR_2024)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'What did we clear in gross profit over the whole of 2025?',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total value of discounts granted from July to December 2024.',
    expect: answer(DISCOUNTS(H2_2024)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'quick one: march takings to date?',
    expect: answer(revenue(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'yday how many ordrs came thru on the shop',
    expect: answer(orders(YESTERDAY)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'units l7d',
    expect: answer(units(LAST_7_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'any new custs this wk? how many since mon',
    expect: answer(newCustomers(THIS_WEEK)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: '# of refunded orders last wk',
    expect: answer(withStatus('refunded', LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg order val ytd pls',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tiktok shop $ in feb',
    expect: answer(revenue(FEBRUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'ig post count since dec',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_DECEMBER, " AND p.platform = 'instagram'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did folks spend with us on boxing day',
    expect: answer(revenue(BOXING_DAY)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'How much we gave away in discount on the black friday?',
    expect: answer(DISCOUNTS(BLACK_FRIDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'parcels that went out during feb, how many?',
    expect: answer(orders(FEBRUARY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'total eyeballs (reach) my posts got across jan, roughly how many people',
    expect: answer(posts('SUM(p.reach)', 'reach', JANUARY)),
  },

  // Rates
  {
    asker: 'support',
    category: 'rates',
    question: 'What was the cancellation rate for January 2026?',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(JANUARY)}`),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for Q4 2025, refunded over paid plus refunded.',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats my engagement rate looking like on fb over the last 90 days',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', LAST_90_DAYS, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate across all of 2024?',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'rates',
    question: 'Gross margin percentage for April to June 2025?',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q2_2025)}`),
  },

  // Ratios and averages
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Across calendar 2025, the average number of paid orders per purchasing customer.',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'How much does each buying customer spend on average, last 90 days?',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(LAST_90_DAYS)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'ratios',
    question: 'On average how many items go in one order? february numbers',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg tiktok video views per post in 2026 so far?',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Average order value through the Instagram Shop during Q4 2025.',
    expect: answer(
      `SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },

  // Shares
  {
    asker: 'founder',
    category: 'shares',
    question: 'Fraction of 2025 revenue that came from customers based in Britain?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'GB') * 1.0 / NULLIF(SUM(o.total), 0) AS revenue_share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'of everything i posted in 2026, what % were reels',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / NULLIF(COUNT(*), 0) AS posts_share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Apparel as a share of units sold, Q1 2025.',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / NULLIF(SUM(oi.quantity), 0) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'shares',
    question: 'what fraction of january orders were placed on the website',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / NULLIF(COUNT(*), 0) AS orders_share FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'shares',
    question: 'Of the customers who joined in 2025, what proportion came in through email?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / NULLIF(COUNT(*), 0) AS new_customers_share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders above $300 have we had this yr',
    expect: answer(orders(THIS_YEAR, ' AND o.total > 300')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Which items cost us over $50 a unit to buy in?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'count of 2025 posts where reach topped 10k accounts',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.reach > 10000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of paid orders with a total below $25 in February 2026.',
    expect: answer(orders(FEBRUARY, ' AND o.total < 25')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which customers spent over $1,500 with us in 2025?',
    expect: answer(
      `SELECT o.customer_id AS customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(o.total) > 1500`,
    ),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'list the products with a price tag north of $100',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price > 100'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was our biggest sales day in feb',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which one of my 2025 posts drew the most comments?',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Which country generated the least revenue in 2025?',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Largest single paid order total, October through December 2025.',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'ops',
    category: 'extremes',
    question: 'what product moved the fewest units in february',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'Can you list the orders that were cancelled last week?',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the tiktoks i put up in the past 7 days',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_7_DAYS)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'What do we sell in the accessories category?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'which products did we launch during 2025',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(YEAR_2025)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: "Order numbers of everything refunded from Valentine's Day.",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(VALENTINES_DAY)}`),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: 'how many minimal vases went out the door last year',
    expect: answer(units(YEAR_2025, byTitle('Minimal Vase'))),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Q4 2025 product revenue for the Urban Cushion Cover only.',
    expect: answer(productRevenue(Q4_2025, 'Urban Cushion Cover')),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'Ocean Beanie: what is our unit cost per piece?',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Ocean Beanie'"),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'What is the Golden Wall Print retailing at right now?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Golden Wall Print'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'wild lip balm, how many of my captions ever talked about it',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.caption LIKE '%Wild Lip Balm%'")),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Number of paid orders that included the Organic Hoodie, January 2026.',
    expect: answer(ordersWithProduct(JANUARY, 'Organic Hoodie')),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'profit on the minimal denim jacket so far in 2026?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}${byTitle('Minimal Denim Jacket')}`,
    ),
  },

  // Status breakdowns
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'split of orders by status over the last quarter',
    expect: answer(`SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1`),
  },

  // Counts by a dimension
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts of each media type have i done in 2026',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'New customers in 2025 split by how we acquired them.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: 'paid order count for each sales channel, last quarter',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'non_native',
    category: 'counts_by',
    question: 'How many customer do we have in every country, in total?',
    expect: answer('SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c GROUP BY 1'),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: "feb's 3 biggest products by revenue?",
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my five most liked insta posts of 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 4 products by units sold in calendar 2025.',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Top three acquisition channels by revenue so far this year.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: '2025 revenue split across each sales channel.',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach on each platform over the last 30 days',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Discounts given in Q1 2025, broken out by customer country.',
    expect: answer(
      `SELECT c.country AS country, SUM(o.discount) AS discounts FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin per product category, H2 2025.',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'AOV for each acquisition channel in January',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'For 2025, gross profit broken out month by month.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'ops check: paid orders for each day of the current week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'tiktok engagement week by week for the last six full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_6_WEEKS)} AND p.platform = 'tiktok' GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'Revenue per quarter across 2024 and 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEARS_2024_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly units sold since September 2025.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did we move more units in feb or jan',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How does Q4 2025 revenue stack up against Q4 2024?',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'is my instagram reach this year up on the same stretch of last year?',
    expect: answer(
      compared(
        'SUM(p.reach) FILTER (WHERE %F)',
        'reach',
        'social_posts p',
        "p.platform = 'instagram'",
        p,
        THIS_YEAR,
        LAST_YEAR_SAME_SPAN,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'did the cancellation rate go up or down from january to february?',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'cancelled' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE %F), 0)",
        'cancellation_rate',
        'orders o',
        '',
        o,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'How many people bought from us in the second half of 2025 compared with the first half?',
    expect: answer(
      compared(
        'COUNT(DISTINCT o.customer_id) FILTER (WHERE %F)',
        'customers_who_bought',
        'orders o',
        PAID,
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Discount totals, last 30 days against the prior 30-day window.',
    expect: answer(
      compared('SUM(o.discount) FILTER (WHERE %F)', 'discounts', 'orders o', PAID, o, LAST_30_DAYS, PRIOR_30_DAYS),
    ),
  },

  // Value comparisons
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'which made more money in 2025, the website or the insta shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'between reels and carousels, which got more engagement over 2025?',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(YEAR_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Units sold in 2025: Velvet Sweater against Vintage Sweater.',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title IN ('Velvet Sweater', 'Vintage Sweater') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'Did TikTok or Instagram bring us more new customers this year?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} AND c.acquisition_channel IN ('tiktok', 'instagram') GROUP BY 1`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for 15 to 21 February 2026, inclusive.',
    expect: answer(revenue(FEB_15_TO_21)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: "new year's day 2026, how many orders landed",
    expect: answer(orders(NEW_YEARS_DAY)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'December 2024 unit sales?',
    expect: answer(units(DECEMBER_2024)),
  },
  {
    asker: 'new_hire',
    category: 'periods',
    question: 'How many customers joined between July and September 2024?',
    expect: answer(newCustomers(Q3_2024)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many times did i post on saturdays or sundays in january',
    expect: answer(posts('COUNT(*)', 'posts', JANUARY, WEEKEND('p.posted_at'))),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue from 1 October through 30 November 2025.',
    expect: answer(revenue(OCTOBER_NOVEMBER_2025)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['december takings for the shop, all in'],
    question: 'and what about the month prior to it',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total likes on my tiktoks during 2025'],
    question: 'now do the same for facebook pls',
    expect: answer(posts('SUM(p.likes)', 'likes', YEAR_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['2025 unit sales of the Minimal Vase.'],
    question: 'Same figure for the Urban Ceramic Mug.',
    expect: answer(units(YEAR_2025, byTitle('Urban Ceramic Mug'))),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Where were our buyers based in Q3 2025, by revenue per country?'],
    question: 'Now do Q4.',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunds in jan: how many orders got their money back?'],
    question: 'and how many got cancelled instead',
    expect: answer(withStatus('cancelled', JANUARY)),
  },
  {
    asker: 'hurried',
    category: 'follow_up',
    history: ['dec customer signups, how many were new'],
    question: 'same thing for march up to today',
    expect: answer(newCustomers(THIS_MONTH)),
  },

  // Must clarify: a product family with several members
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many units did the rug do in 2025',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'shampoo bar, what do we pay per unit for it?',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how much has the sunscreen brought in this yr',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many times did i feature the midi dress in a post',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Q4 2025 unit sales for the joggers.',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: "What's the retail price of the sweater?",
    expect: CLARIFY,
  },
  {
    asker: 'non_native',
    category: 'must_clarify',
    question: 'How many order had the toner inside in february?',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What gross profit did the cushion cover earn us in 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'hurried',
    category: 'must_clarify',
    question: 'watch strap units ytd',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'What is the average star rating in reviews of the Cloud Tee?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'last week, how many shoppers left stuff in the cart without buying?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How were February orders split between card, PayPal and Apple Pay?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'How many days on average does it take for a parcel to reach the customer?',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which supplier makes the Organic Planter',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Break down 2025 buyers by gender.',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'what open rate did my newsletter emails get in january',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Which courier carried the most of our parcels in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'How heavy is the Urban Ceramic Mug, in grams?',
    expect: DECLINE,
  },
];
