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
  LAST_30_DAYS,
  LAST_6_WEEKS,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The thirty-eighth fresh merchant evaluation: a fortieth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 8a3a82a WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-seventh (skimmed for its format,
 * categories, counts and order only): the demo layer (src/demo/**), the demo data, demo-gold.ts and the eval harness.
 * Each question and history line was compared by a throwaway script with every line of every earlier question file
 * (the larger of token-set and character-trigram Jaccard; the script printed numbers only) and reworded while it
 * scored 0.6 or more against any of them (figures in FIGURES.md). Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-thirtyeighth-fresh-misses` prints its misses for the closing read of a session,
 * and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (postage, price cuts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a product family with several members, each with rows in the asked context: the beanie, the
 * backpack, the linen shirt, the chinos, the tank top, the cardigan, the hoodie, the lip balm, the bath salts);
 * `decline` (stock on hand, ad spend, site visitors, customer ages, followers, refund reasons, sales tax, page
 * views, staff hours: none is in the data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunds counted or listed are
 * refunded orders by the day they were placed; rates as in demo-gold.ts; a product's units are its units on paid
 * orders, its orders the paid orders that include it; captions that "mention" a product contain its title;
 * "postage" is shipping; a share, "%" or "fraction" is a fraction; "price" is products.price, "costs us"
 * products.cost; "people who bought" are customers who bought; comparisons of periods give the metric, then
 * `<metric>_previous`; a follow-up keeps the subject of the last question and changes what it names.
 *
 * Periods at 2026-03-15: "yday" / "sat the 14th" = Saturday 14 Mar; "since mon" / "this week up to now" = 9–14 Mar;
 * "last week" / "between 2 and 8 march" = 2–8 Mar, "the wk prior" = 23 Feb – 1 Mar; "mtd" = 1–14 Mar; "the last 30
 * days" = 13 Feb – 14 Mar, against "the 30 days before them" = 14 Jan – 12 Feb; "the last 90 days" / "last ninety
 * days" = 15 Dec – 14 Mar; "the last six full weeks" = 26 Jan – 8 Mar; "last quarter" = Q4 2025; "since july",
 * "since september", "since october", "since december" (2025) on; "ytd" / "this year" / "2026" = 2026 so far; "last
 * year" = 2025; "christmas day" = 25 Dec 2025, "valentine's day" = 14 Feb 2026; "1 March to 7 March, both ends
 * included"; "10 to 20 January, both days counted"; "between July and December 2025"; months, quarters and halves of
 * 2024 and 2025 named outright.
 *
 * Checks: see FIGURES.md (thirty-eighth fresh sets): every gold was run as the demo tenant and its figure checked
 * against a second, independently written query.
 */

export interface ThirtyeighthFreshCase {
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
/** 1 to 7 March 2026, both days included. */
const MARCH_1_TO_7: Span = ['2026-03-01', '2026-03-08'];
/** 10 to 20 January 2026, both days included. */
const JAN_10_TO_20: Span = ['2026-01-10', '2026-01-21'];

const AOV = 'AVG(o.total) AS average_order_value';
const SHIPPING = (span: Span, where = '') =>
  `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const DISCOUNTS = (span: Span, where = '') =>
  `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}${where}`;
const ordersWithProduct = (span: Span, title: string) =>
  `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${byTitle(title)}`;

export const THIRTYEIGHTH_FRESH_CASES: readonly ThirtyeighthFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did revenue come to for the fourth quarter of 2024?',
    expect: answer(revenue(Q4_2024)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Bookkeeping check: total postage charged to buyers over January 2026?',
    expect: answer(SHIPPING(JANUARY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total reach of everything i put on instagram in 2025',
    expect: answer(posts('SUM(p.reach)', 'reach', YEAR_2025, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Sum of the discounts we handed out in the first half of 2025',
    expect: answer(DISCOUNTS(H1_2025)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many units did we move across 2024 as a whole?',
    expect: answer(units(YEAR_2024)),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'Sorry if this is basic, how many customer accounts were created in November?',
    expect: answer(newCustomers(NOVEMBER)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev for sat the 14th??',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ords since mon, how many',
    expect: answer(orders(THIS_WEEK)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'aov over the last 30 days pls, avg basket $',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'unts sold mtd',
    expect: answer(units(THIS_MONTH)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs lst week',
    expect: answer(newCustomers(LAST_WEEK)),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'refund rt feb',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(FEBRUARY)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'how many tt posts ytd',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross proft q3 2025 pls',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)}`),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in over the last 90 days',
    expect: answer(revenue(LAST_90_DAYS)),
  },
  {
    asker: 'ops',
    category: 'everyday_words',
    question: 'Roughly how many parcels did the warehouse send out during last week?',
    expect: answer(orders(LAST_WEEK)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'what did we give away in price cuts during december',
    expect: answer(DISCOUNTS(DECEMBER)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'How many separate shoppers paid for at least one order with us in February?',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'What was our refund rate over the whole of 2025?',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)}`),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'cancel rate, last ninety days, quick one',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'reels only: engagement rate for calendar year 2025, ig',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'For Q1 2025 give me the discount rate (discount total divided by subtotal, paid orders only).',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin for last month, please.',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },

  // Ratios and averages
  {
    asker: 'founder',
    category: 'ratios',
    question: 'What was the average order on the TikTok Shop in January?',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop'`),
  },
  {
    asker: 'ops',
    category: 'ratios',
    question: 'On average how many units were in each order in December?',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: "For 2025 as a whole, what's the average number of paid orders per customer who bought?",
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'revenue per customer since september',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per facebook post last year?',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', YEAR_2025, " AND p.platform = 'facebook'")),
  },

  // Shares
  {
    asker: 'founder',
    category: 'shares',
    question: "Instagram Shop's slice of total 2025 takings, as a fraction?",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / NULLIF(SUM(o.total), 0) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'what percent of all our customers are based in canada',
    expect: answer(
      "SELECT COUNT(*) FILTER (WHERE c.country = 'CA') * 1.0 / NULLIF(COUNT(*), 0) AS customers_share FROM customers c",
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: "Beauty's fraction of all units sold in Q4 2025, please",
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / NULLIF(SUM(oi.quantity), 0) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of what i posted this year was video, as a percentage',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'video') * 1.0 / NULLIF(COUNT(*), 0) AS posts_share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Since July, what portion of revenue came from orders credited to a social post?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.attributed_post_id IS NOT NULL) * 1.0 / NULLIF(SUM(o.total), 0) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(SINCE_JULY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders above $200 placed in feb, how many',
    expect: answer(orders(FEBRUARY, ' AND o.total > 200')),
  },
  {
    asker: 'new_hire',
    category: 'thresholds',
    question: 'Which products have a price under $30?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'Lifetime spend above $1,000: how many of our customers have crossed it?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} GROUP BY 1 HAVING SUM(o.total) > 1000) big`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'On which days in February did revenue go above $4,800?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 HAVING SUM(o.total) > 4800`,
    ),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'posts from 2026 with likes over 5000 — how many?',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.likes > 5000')),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'How many orders in January had three or more units in them?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 HAVING SUM(oi.quantity) >= 3) big`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest single order total in jan, what was it',
    expect: answer(`SELECT MAX(o.total) AS largest_order FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'Which post got saved the most times in 2025?',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Which December date gave us the strongest sales?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Last year, lowest-earning country by revenue — which one?',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: "what's the smallest amount anyone has ever paid for an order",
    expect: answer(`SELECT MIN(o.total) AS smallest_order FROM orders o WHERE ${PAID} AND ${o(ALL)}`),
  },

  // Lists
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'Can you list the products we added to the catalogue since October?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(SINCE_OCTOBER)}`),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'Show me every product in the home category.',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home'"),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'order ids refunded on saturday (yday) please',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'fb posts i published between 2 and 8 march',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'facebook'`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: "List my Instagram posts from Valentine's Day.",
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(VALENTINES_DAY)} AND p.platform = 'instagram'`,
    ),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: 'how many organic planters did we sell in 2025',
    expect: answer(units(YEAR_2025, byTitle('Organic Planter'))),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Revenue from the Golden Wall Print last quarter?',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle('Golden Wall Print')}`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'Velvet Diffuser: unit cost to us for one?',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Velvet Diffuser'"),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'whats the price on the cloud tee',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Cloud Tee'"),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'How many orders had the Wild Eye Cream in them last month?',
    expect: answer(ordersWithProduct(FEBRUARY, 'Wild Eye Cream')),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What gross profit did the Minimal Vase earn us last year?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle('Minimal Vase')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many of my posts have talked about the Cedar Backpack',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.caption LIKE '%Cedar Backpack%'")),
  },

  // Status breakdowns
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'In January, how many orders ended up paid vs refunded vs cancelled?',
    expect: answer(`SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`),
  },

  // Counts by a dimension
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'How many customers do we have from each acquisition channel?',
    expect: answer(
      'SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c GROUP BY 1',
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts did i put on each platform during 2025',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: 'Last month, how many orders came in through each sales channel?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'non_native',
    category: 'counts_by',
    question: 'how much new customers we are getting in every country this year',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'five best sellers of 2025 ranked by units',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which 3 products made the least product revenue last year?',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Top three countries by number of orders since December?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(SINCE_DECEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 posts with the biggest reach this year',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q4 2025 product revenue split across categories, please.',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement split by media type over the last 90 days',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'ops',
    category: 'breakdowns',
    question: 'january units, broken out by product category',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: '2025 revenue grouped by how each customer first found us (acquisition channel).',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'aov country by country for february',
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Revenue for each month of 2025, January to December',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'weekly orders, each of the last six full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily takings for each day of last week mon to sun',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'How have new customer signups trended month by month since July?',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'posts per month in the second half of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'rev last wk vs the wk prior',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'Did February beat January on number of orders?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Q4 2025 average order value, and Q3 2025 for comparison.',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, Q4_2025, Q3_2025),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'New customers over the last 30 days set against the 30 days before them?',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_30_DAYS, PRIOR_30_DAYS),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'tiktok engagement 2025 vs 2024',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F)`,
        'engagement',
        'social_posts p',
        "p.platform = 'tiktok'",
        p,
        YEAR_2025,
        YEAR_2024,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'Was the refund rate in December higher than in November?',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        DECEMBER,
        NOVEMBER,
      ),
    ),
  },

  // Value comparisons
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'did instagram or tiktok get me more reach last year',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform IN ('instagram', 'tiktok') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'which sold more units in 2025 the cloud rug or the alpine rug',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.title IN ('Cloud Rug', 'Alpine Rug') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Compare January revenue from the US with the UK.',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'value_comparison',
    question: 'Apparel versus beauty: gross profit last quarter',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue across 1 March to 7 March, both ends included.',
    expect: answer(revenue(MARCH_1_TO_7)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'did anyone order on christmas day? how many orders',
    expect: answer(orders(CHRISTMAS_DAY)),
  },
  {
    asker: 'ops',
    category: 'periods',
    question: 'How many units did we ship between July and December 2025?',
    expect: answer(units(H2_2025)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'How many customers joined during Q1 of 2025?',
    expect: answer(newCustomers(Q1_2025)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did we make on weekends in february',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Number of posts published 10 to 20 January, both days counted.',
    expect: answer(posts('COUNT(*)', 'posts', JAN_10_TO_20)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how much came in during january'],
    question: 'and feb, same thing?',
    expect: answer(revenue(FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['Last month, how many orders were placed by customers in Canada?'],
    question: 'What about Germany?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['velvet scarf units sold, 2025'],
    question: 'and the soft cap',
    expect: answer(units(YEAR_2025, byTitle('Soft Cap'))),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total engagement on instagram this year'],
    question: 'now do tiktok',
    expect: answer(posts(`SUM${ENGAGEMENT}`, 'engagement', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ["December's revenue for each category"],
    question: 'Same breakdown for November, please.',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(NOVEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'hurried',
    category: 'follow_up',
    history: ['aov over last week'],
    question: 'what about this week up to now?',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)}`),
  },

  // Must clarify: a product family with several members
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the beanie did we sell in february',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What revenue did the backpack bring in last month?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many orders included the linen shirt in january',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'Per-unit cost of the chinos to us?',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'units of the tank sold since december',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'How is the cardigan selling this month?',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'What is the price of the hoodie?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'gross profit on the lip balm in 2025',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'How many units of the bath salts went out so far in March?',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'organic planters: how many are still sitting in stock',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'How much did we put into Meta ads last month, and what return on ad spend did we get?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How many visitors did the online store get in February, and what was the conversion rate?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: "What's the typical age of the people who bought from us in 2025?",
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'follower growth on my instagram this year, how many new',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'What were the most common reasons customers gave for refunds in January?',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'What amount of sales tax did we collect over Q4 2025?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many times was the cloud tee product page viewed last week',
    expect: DECLINE,
  },
  {
    asker: 'hurried',
    category: 'must_decline',
    question: 'staff hours logged last week?',
    expect: DECLINE,
  },
];
