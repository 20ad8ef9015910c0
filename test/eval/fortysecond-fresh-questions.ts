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
  DECEMBER_2024,
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
  LAST_10_DAYS,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_2_MONTHS,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  newCustomers,
  NEW_YEARS_EVE,
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
  SINCE_BLACK_FRIDAY,
  SINCE_DECEMBER,
  SINCE_FEBRUARY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The forty-second fresh merchant evaluation: a forty-fourth set of questions on the demo layer, held out IN FULL. It
 * was written from main at ea3a65a WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the forty-first (skimmed for its format,
 * categories, counts and order only, its question texts masked): the demo layer (src/demo/**), the demo data,
 * demo-gold.ts and the eval harness. Each question and history line was compared by a throwaway script with every
 * line of every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard; the script
 * printed numbers only) and reworded while it scored 0.6 or more against any of them (figures in FIGURES.md). Nobody
 * tunes the analyst to it: `npm run eval` prints its figures only; `--show-fortysecond-fresh-misses` prints its misses
 * for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (typos, shorthand, no capitals), an analyst (exact spans, inclusive dates), a
 * creator (posts, platforms, formats), a bookkeeper (shipping, discounts, costs), a finance person, a founder, a
 * support lead, an ops person, a new hire, a non-native speaker and someone in a hurry, in conversations too. Same
 * data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts:
 * `answer`; `clarify` (a name that fits two or three things, each with rows in the asked context: the linen shirt,
 * the cardigan, the tank, the backpack, the bath salts, the hoodie, the lip balm, "the ocean one" (the Ocean Bath
 * Salts, Ocean Beanie and Ocean Cardigan) and "the customer who bought the Minimal Vase yesterday", two customers);
 * `decline` (complaints about damaged parcels, competitors' prices, product colours, packaging costs, the weather,
 * customers' birthdays, influencer fees, a photographer's fee, buying from a phone app: none is in the data).
 *
 * Gold conventions: orders counted or listed with no status named are paid orders; refunded or cancelled orders
 * counted or listed are those orders by the day they were placed; rates as in demo-gold.ts; markup as the demo
 * README defines it; a product's units are its units on paid orders, its orders the paid orders that include it, its
 * revenue, sales and a category's revenue their product revenue; posts that "mention" a product have its title in the
 * caption; "shipping" is shipping on paid orders; orders "from" or "to" a country are the paid orders of customers
 * there; what an average buyer "spends" is revenue per customer who bought; "spent" by a customer is revenue; a
 * share, "%" or "fraction" is a fraction; an order's size is its total, a product's price its list price, what a
 * product "costs us" or "sets us back" its unit cost; "3+ units" is an order whose lines add up to at least three; comparisons of
 * periods give the metric, then `<metric>_previous`; a follow-up keeps the subject of the last question and changes
 * what it names.
 *
 * Periods at 2026-03-15: "yesterday" = Saturday 14 Mar; "since thursday" = 12–14 Mar; "this week" = 9–14 Mar; "this
 * month" = 1–14 Mar; "last week" = 2–8 Mar; "the past 7 days" = 8–14 Mar; "these last 10 days" = 5–14 Mar; "the last
 * 14 days" = 1–14 Mar; "the last 30 days" = 13 Feb – 14 Mar, "the 30 days prior" = 14 Jan – 12 Feb; "the last 90
 * days" = 15 Dec 2025 – 14 Mar; "the last 4 weeks" = the four full weeks 9 Feb – 8 Mar; "the last 12 months" = March
 * 2025 to February 2026; "last month" / "feb" = February 2026; "january plus february 2026"; "since feb 1" / "since
 * feb 1st", "since the start of september", "since october", "since december", "since the start of december", "since
 * black friday" (28 Nov 2025) on; "ytd" / "so far this year" = 2026 so far; "the last year" = 2025; "christmas eve",
 * "christmas day", "new years eve", "cyber monday" of 2025; "the window 20 feb – 5 mar 2026, counting both end dates";
 * "9–11 march 2026, both days"; "july 2025 through february 2026"; "july to december 2025"; "oct–dec 2025" and "the
 * same quarter of 2024"; "fy24" / "2024" (data from 15 March 2024); months, quarters and halves of 2024 and 2025
 * named outright.
 *
 * Checks: see FIGURES.md (forty-second fresh sets): every gold was run as the demo tenant and its figure checked
 * against a second, independently written query on the raw data.
 */

export interface FortysecondFreshCase {
  readonly asker:
    Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire' | 'non_native' | 'hurried';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** October 2025. */
const OCTOBER_2025: Span = ['2025-10-01', '2025-11-01'];
/** September 2025. */
const SEPTEMBER_2025: Span = ['2025-09-01', '2025-10-01'];
/** March 2025. */
const MARCH_2025: Span = ['2025-03-01', '2025-04-01'];
/** Christmas Eve 2025. */
const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];
/** 20 February to 5 March 2026, both days included. */
const FEB_20_TO_MARCH_5: Span = ['2026-02-20', '2026-03-06'];
/** 9 to 11 March 2026, both days included. */
const MARCH_9_TO_11: Span = ['2026-03-09', '2026-03-12'];
/** Thursday 12 March 2026 to today. */
const SINCE_THURSDAY: Span = ['2026-03-12', '2026-03-16'];
/** The 30 days before the last 30 days: 14 January to 12 February 2026. */
const THIRTY_DAYS_BEFORE: Span = ['2026-01-14', '2026-02-13'];
/** July 2025 through February 2026. */
const JULY_TO_FEBRUARY: Span = ['2025-07-01', '2026-03-01'];

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

export const FORTYSECOND_FRESH_CASES: readonly FortysecondFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'What did customers pay us for shipping across 2025, all twelve months?',
    expect: answer(SHIPPING(YEAR_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many comments have my facebook posts picked up since the start of september',
    expect: answer(posts('SUM(p.comments)', 'comments', SINCE_SEPTEMBER, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross profit for Q3 2024 (1 July – 30 September 2024).',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2024)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many paid orders have landed over the last 90 days?',
    expect: answer(orders(LAST_90_DAYS)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total value of the discounts we granted during H2 2024?',
    expect: answer(DISCOUNTS(H2_2024)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'how many units did we move in october 2025 altogether',
    expect: answer(units(OCTOBER_2025)),
  },

  // Shorthand
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev for the past 7 days??',
    expect: answer(revenue(LAST_7_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg ordr val since feb 1st',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(SINCE_FEBRUARY)}`),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'cogs jan-mar 2025',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'analyst',
    category: 'shorthand',
    question: 'GM% for FY24',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg views per tiktok vid, last 30d',
    expect: answer(posts('AVG(p.video_views)', 'avg_video_views', LAST_30_DAYS, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'hurried',
    category: 'shorthand',
    question: 'new custs from paid search in feb?',
    expect: answer(newCustomers(FEBRUARY, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats the cancel % been so far this month',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many orders has the tiktok shop done ytd',
    expect: answer(orders(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the shop take on christmas day itself',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'non_native',
    category: 'everyday_words',
    question: 'How many pieces we sold on the cyber monday?',
    expect: answer(units(CYBER_MONDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did folks spend with us on new years eve',
    expect: answer(revenue(NEW_YEARS_EVE)),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'of the orders placed in december, how many did we wind up refunding',
    expect: answer(withStatus('refunded', DECEMBER)),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'Refund rate on the Instagram Shop across the whole of 2025?',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my instagram carousels, oct–dec 2025',
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.platform = 'instagram' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate among orders by German customers, H2 2025.',
    expect: answer(ofCustomers(CANCELLATION_RATE, 'cancellation_rate', H2_2025, " AND c.country = 'DE'")),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'tiktok shop refund rate, jul-sep 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q3_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'discount rate on orders from customers who found us via organic search, since october',
    expect: answer(
      ofCustomers(
        DISCOUNT_RATE,
        'discount_rate',
        SINCE_OCTOBER,
        ` AND ${PAID} AND c.acquisition_channel = 'organic_search'`,
      ),
    ),
  },

  // Ratios
  {
    asker: 'founder',
    category: 'ratios',
    question: 'How much does the average Australian buyer spend with us? 2025 figures.',
    expect: answer(
      ofCustomers(REVENUE_PER_CUSTOMER, 'revenue_per_customer', YEAR_2025, ` AND ${PAID} AND c.country = 'AU'`),
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average units in a TikTok Shop order over calendar 2025.',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'markup on beauty products in q1 2025',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'Over the last 12 months, how many orders has each Instagram-acquired customer placed on average?',
    expect: answer(
      ofCustomers(
        ORDERS_PER_CUSTOMER,
        'orders_per_customer',
        LAST_12_MONTHS,
        ` AND ${PAID} AND c.acquisition_channel = 'instagram'`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'average shares per reel since december',
    expect: answer(posts('AVG(p.shares)', 'avg_shares', SINCE_DECEMBER, " AND p.media_type = 'reel'")),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'Proportion of 2025 revenue that the TikTok Shop was responsible for?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / NULLIF(SUM(o.total), 0) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'of all the likes my posts got in 2025, how much of that was instagram',
    expect: answer(
      posts("SUM(p.likes) FILTER (WHERE p.platform = 'instagram') * 1.0 / NULLIF(SUM(p.likes), 0)", 'share', YEAR_2025),
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'Of everyone who signed up in H2 2025, what share came to us from TikTok?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'tiktok') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(H2_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: "Home category's share of product revenue in Q4 2025.",
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'home') * 1.0 / NULLIF(${PRODUCT_REVENUE}, 0) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'shares',
    question: "what % of january's paid orders were placed by US customers",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'US') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'numbr of orders above 200 bucks since feb 1',
    expect: answer(orders(SINCE_FEBRUARY, ' AND o.total > 200')),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'How many catalogue items cost us less than $10 apiece?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost < 10'),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of paid orders in H2 2025 that had any discount applied.',
    expect: answer(orders(H2_2025, ' AND o.discount > 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my instagram posts have over 500 saves',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.platform = 'instagram' AND p.saves > 500")),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'How many orders so far this year contained 3+ units?',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY oi.order_id HAVING SUM(oi.quantity) >= 3) large`,
    ),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Count the customers whose 2025 spend topped $1,000.',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY o.customer_id HAVING SUM(o.total) > 1000) big`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'largest single order placed yesterday, which one',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most shared tiktok ever, which is it',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE p.platform = 'tiktok' ORDER BY p.shares DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Highest-revenue calendar day in 2025?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: "What's the priciest item in the home category?",
    expect: answer(
      "SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.category = 'home' ORDER BY pr.price DESC LIMIT 1",
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'which customer spent the most with us in q4 2025',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY o.customer_id ORDER BY revenue DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'list the orders that got cancelled since thursday',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(SINCE_THURSDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'which instagram posts went up in the last 14 days',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_14_DAYS)}`,
    ),
  },
  {
    asker: 'ops',
    category: 'lists',
    question: 'order ids for canada from yesterday',
    expect: answer(
      `SELECT o.order_id AS order_id FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YESTERDAY)} AND c.country = 'CA'`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'Which products have been added to the catalogue since July 2025?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(['2025-07-01', '2026-03-16'])}`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Refunded orders placed 9–11 March 2026, both days included: order IDs.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(MARCH_9_TO_11)}`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many soft caps went out in december',
    expect: answer(units(DECEMBER, byTitle('Soft Cap'))),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'How much does each Golden Wall Print set us back?',
    expect: answer("SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = 'Golden Wall Print'"),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'coastal chinos: how many posts of mine mentioned them in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.caption LIKE '%Coastal Chinos%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: "What's the gross profit we made on the Urban Hoodie from July to December 2025?",
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} AND pr.title = 'Urban Hoodie'`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many orders had the Everyday Lip Balm in them since the start of december',
    expect: answer(ordersWithProduct(SINCE_DECEMBER, 'Everyday Lip Balm')),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'list price on the ocean bath salts?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Ocean Bath Salts'"),
  },
  {
    asker: 'non_native',
    category: 'names',
    question: 'How much revenue make the Amber Linen Shirt in the last year?',
    expect: answer(productRevenue(YEAR_2025, " AND pr.title = 'Amber Linen Shirt'")),
  },

  // Status breakdowns
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'break down the january tiktok shop orders by status',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop' GROUP BY o.status`,
    ),
  },

  // Counts by
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'posts per platform for jan-mar 2025, how many did i do',
    expect: answer(`SELECT p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q1_2025)} GROUP BY p.platform`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'For July–December 2025, break the new customers down by the channel that brought them in.',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(H2_2025)} GROUP BY c.acquisition_channel`,
    ),
  },
  {
    asker: 'ops',
    category: 'counts_by',
    question: 'paid orders by country for last week',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: "What's the product count per category in our catalogue?",
    expect: answer('SELECT pr.category, COUNT(*) AS products FROM products pr GROUP BY pr.category'),
  },

  // Top / bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 products by sales since black friday',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_BLACK_FRIDAY)} GROUP BY oi.product_id ORDER BY product_revenue DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'the 3 instagram posts of mine that reached the most people in 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'instagram' AND ${p(YEAR_2025)} GROUP BY p.post_id ORDER BY reach DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Bottom three acquisition channels by 2025 revenue?',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY c.acquisition_channel ORDER BY revenue ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Top 2 categories by units sold, H1 2025.',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)} GROUP BY pr.category ORDER BY units_sold DESC LIMIT 2`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'what did each sales channel bring in during march 2025',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(MARCH_2025)} GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'total impressions by platform so far this year',
    expect: answer(
      `SELECT p.platform, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY p.platform`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Shipping fees collected per customer country, Oct–Dec 2025.',
    expect: answer(
      `SELECT c.country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY c.country`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin in 2025 for each combination of product category and sales channel.',
    expect: answer(
      `SELECT pr.category, o.sales_channel, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category, o.sales_channel`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'COGS split by sales channel for the second half of 2025',
    expect: answer(
      `SELECT o.sales_channel, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY o.sales_channel`,
    ),
  },

  // Time series
  {
    asker: 'founder',
    category: 'time_series',
    question: 'Revenue month by month from July 2025 through February 2026.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JULY_TO_FEBRUARY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'daily likes on my tiktok posts over the last 14 days',
    expect: answer(
      `SELECT ${bucket('day', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_14_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'ops',
    category: 'time_series',
    question: 'units sold each week for the last 4 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_4_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Quarterly new-customer counts across 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'month-by-month refund rate over october, november and december 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparison
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'H2 2025 revenue against H2 2024: how did we do?',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'impressions in q4 2025 versus q3 2025',
    expect: answer(
      compared('SUM(p.impressions) FILTER (WHERE %F)', 'impressions', 'social_posts p', '', p, Q4_2025, Q3_2025),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'December 2025 paid orders against December 2024: how many each?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, DECEMBER, DECEMBER_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'gross margin, oct-dec 2025 against the same quarter of 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F), 0)',
        'gross_margin',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'more orders this week than last week or nah',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'ops',
    category: 'period_comparison',
    question: 'units sold over the last 30 days, compared to the 30 days prior',
    expect: answer(
      compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, LAST_30_DAYS, THIRTY_DAYS_BEFORE),
    ),
  },

  // Value comparison
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'do my images or my videos pull more comments on average this year',
    expect: answer(
      `SELECT p.media_type, AVG(p.comments) AS avg_comments FROM social_posts p WHERE p.media_type IN ('image', 'video') AND ${p(THIS_YEAR)} GROUP BY p.media_type`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'AOV for Canada versus Germany in 2025?',
    expect: answer(
      `SELECT c.country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('CA', 'DE') GROUP BY c.country`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'online store vs tiktok shop, how many orders in october',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(OCTOBER_2025)} AND o.sales_channel IN ('online_store', 'tiktok_shop') GROUP BY o.sales_channel`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Gross margin, apparel vs accessories, H1 2025.',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)} AND pr.category IN ('apparel', 'accessories') GROUP BY pr.category`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue for the window 20 Feb – 5 Mar 2026, counting both end dates.',
    expect: answer(revenue(FEB_20_TO_MARCH_5)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'xmas eve order count?',
    expect: answer(orders(CHRISTMAS_EVE)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'How many new customers did we sign in Q3 2024?',
    expect: answer(newCustomers(Q3_2024)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'product revenue since the start of september',
    expect: answer(productRevenue(SINCE_SEPTEMBER, '')),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Total discounts handed out in January plus February 2026?',
    expect: answer(DISCOUNTS(LAST_2_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: "number of posts i've made these last 10 days",
    expect: answer(posts('COUNT(*)', 'posts', LAST_10_DAYS)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['feb revenue from the online store?'],
    question: 'and the insta shop?',
    expect: answer(revenue(FEBRUARY, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many carousel posts went up in 2025'],
    question: 'what about reels',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ["Apparel's gross profit in Q3 2025?"],
    question: 'Same for home, please.',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'ops',
    category: 'follow_up',
    history: ['how many paid orders went to germany last week'],
    question: 'how about france',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_WEEK)} AND c.country = 'FR'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['New customers acquired by email in H1 2025.'],
    question: 'Now the organic search ones.',
    expect: answer(newCustomers(H1_2025, " AND c.acquisition_channel = 'organic_search'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['Our refund rate for March 2025, please?'],
    question: 'Same thing for September 2025.',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(SEPTEMBER_2025)}`),
  },

  // Must clarify: a name that fits two or three things, each with rows in the asked context
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the linen shirt have sold this month',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'did i post about the cardigan much in 2025? how many times',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What gross profit did the tank make in Q4 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'last month: number of orders that the backpack was part of',
    expect: CLARIFY,
  },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: "what's our unit cost on the bath salts",
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'What did the hoodie bring in since February 1?',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'How much do we sell the lip balm for?',
    expect: CLARIFY,
  },
  {
    asker: 'hurried',
    category: 'must_clarify',
    question: 'price of the ocean one?',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'How much has the customer who bought the Minimal Vase yesterday spent with us overall?',
    expect: CLARIFY,
  },

  // Must decline: not in the data
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many customers complained about parcels arriving damaged in february',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'How do our prices stack up against competitors on similar shirts?',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which colour of the soft cap gets picked most',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'What did we spend on packaging materials in Q4 2025?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'did the rainy weather last week hurt sales',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "Revenue in 2025 split by the customer's birthday month.",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did we pay influencers for sponsored posts in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'How much did the photographer charge us for the December product shoot?',
    expect: DECLINE,
  },
  {
    asker: 'non_native',
    category: 'must_decline',
    question: 'How many customers are buying from the app on their phone?',
    expect: DECLINE,
  },
];
