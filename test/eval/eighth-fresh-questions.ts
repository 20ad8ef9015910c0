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
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  JANUARY,
  JANUARY_2025,
  LAST_14_DAYS,
  LAST_3_MONTHS,
  LAST_3_WEEKS,
  LAST_6_MONTHS,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q2_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_2025,
  SINCE_DECEMBER,
  THIS_YEAR,
  units,
  WEEKEND,
  YEAR_2025,
  type Span,
} from './demo-gold.js';

/**
 * The eighth fresh merchant evaluation: a tenth set of questions on the demo layer, held out IN FULL. It was
 * written from main at fc49da3 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating
 * their questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-eighth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked as different people type: a shop owner on a phone (shorthand: rev, #, $, qty, pct, aov, custs, wks, wknds,
 * ytd, yr, ig, tt, fb, disc amt, dates typed as "2/27"), an analyst (precise: "broken down by", "share of", "per"),
 * a creator (posts, reach, engagement), a finance person (refunds, discounts, shipping, gross and net of costs) and
 * a founder (growth, customers, comparisons). Same data and dates as the merchant set: scale 1, seed
 * DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data and its rows checked by hand (a ranking's cut-off checked for
 * ties, a threshold at its boundary, a series against the total it adds up to). Expectations as in
 * merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with two readings in the layer,
 * such as "channel", "platform", "tiktok" or "customers", or a vague "performed"/"any good"/"did better"/"go well"
 * with no figure), `decline` (the data cannot answer). A list of orders with no status named lists paid orders, as
 * the order count does; a question with no period runs over all the data; a product kind ("toners", "lip balms")
 * is the products whose title ends with it; a post "featured" a product when its caption names it; refunds counted
 * are refunded orders; a customer's spend "in total" is the revenue of all their paid orders; a share of each
 * group is the group's part of the whole; follow-ups are asked after their `history` and keep what it did not
 * change.
 *
 * Periods at 2026-03-15, as in seventh-fresh-questions.ts: yesterday = Sat 14 Mar; a date typed as "3/10" or "2/27"
 * is that month and day of 2026 (US order), "1/19 through 1/25" includes both ends; "the week of 3/2" = Mon 2 – Sun
 * 8 Mar and "the week of 2/9" = 9–15 Feb; the last 3 weeks = the three full weeks before this one, 16 Feb – 8 Mar
 * (the demo README's rule), and "the 3 before" = 26 Jan – 15 Feb; the last 14 days = 1–14 Mar; "since 3/1" = 1–14
 * Mar, "since 2/16" = 16 Feb – 14 Mar; last month / "february" = Feb 2026 and "the first half of february" = 1–14
 * Feb; "january" = Jan 2026, January 2025 = Jan 2025; the last 3 / past 6 months = Dec 2025 – Feb 2026 / Sep 2025 –
 * Feb 2026 (whole months); this year / ytd / "this yr" = 1 Jan – 14 Mar 2026; 2025 = the calendar year; H1 / H2
 * 2025 (and "h2" with no year) = those halves of 2025; "h2 2024", "the second half of 2024" and "July–December
 * 2024" = Jul–Dec 2024; Q1 2025 = Jan–Mar 2025, Q2 2025 = Apr–Jun 2025; last quarter / "q4" = Q4 2025, Q4 2024 =
 * Oct–Dec 2024; November 2024 = Nov 2024; "december" = Dec 2025; the 4th of July = 2025-07-04; "since X" runs from
 * X to today: "since halloween" from 31 Oct 2025, "since thanksgiving" from 27 Nov 2025 (US Thanksgiving), "since
 * the start of december" from 1 Dec 2025, "since the start of 2025" from 1 Jan 2025, "since q3 2024" from 1 Jul
 * 2024; weekends = Saturday and Sunday, "sundays" = ISO day 7. "Over $75" leaves out the two February TikTok Shop
 * orders of exactly $75.00; "at least $15" includes the eight Q4 2025 paid orders with a discount of exactly
 * $15.00; "$30 to $45 inclusive" includes the three products at $45.00; no other threshold ("under 250 likes",
 * "over $150", "above $40", "more than $1000") has a row at its amount. Comparisons of closed periods (the metric,
 * then `<metric>_previous` for the earlier period).
 */

export interface EighthFreshCase {
  readonly asker: Asker | 'finance' | 'founder';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const MARCH_10: Span = ['2026-03-10', '2026-03-11'];
const WEEK_OF_MARCH_2: Span = ['2026-03-02', '2026-03-09'];
const THE_3_WEEKS_BEFORE: Span = ['2026-01-26', '2026-02-16'];
const WEEK_OF_FEBRUARY_9: Span = ['2026-02-09', '2026-02-16'];
const SINCE_MARCH_1: Span = ['2026-03-01', '2026-03-16'];
const SINCE_FEBRUARY_16: Span = ['2026-02-16', '2026-03-16'];
const FEBRUARY_27: Span = ['2026-02-27', '2026-02-28'];
const FIRST_HALF_OF_FEBRUARY: Span = ['2026-02-01', '2026-02-15'];
const JANUARY_19_TO_25: Span = ['2026-01-19', '2026-01-26'];
const NOVEMBER_2024: Span = ['2024-11-01', '2024-12-01'];
const JULY_4: Span = ['2025-07-04', '2025-07-05'];
const SINCE_HALLOWEEN: Span = ['2025-10-31', '2026-03-16'];
const SINCE_THANKSGIVING: Span = ['2025-11-27', '2026-03-16'];
const SINCE_Q3_2024: Span = ['2024-07-01', '2026-03-16'];

const SUNDAYS = (column: string) => ` AND EXTRACT(ISODOW FROM ${column}) = 7`;

/** Product titles in the demo catalog, asked about by name (none of them asked about by the earlier sets). */
const TITLE_A = 'Midnight Tank';
const TITLE_B = 'Minimal Linen Shirt';
const TITLE_C = 'Coastal Joggers';
const TITLE_D = 'Velvet Wallet';
const TITLE_E = 'Organic Planter';

export const EIGHTH_FRESH_CASES: readonly EighthFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'Gross sales for November 2024',
    expect: answer(revenue(NOVEMBER_2024)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total impressions my reels got since halloween',
    expect: answer(posts('SUM(p.impressions)', 'impressions', SINCE_HALLOWEEN, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many orders have we shipped since thanksgiving',
    expect: answer(orders(SINCE_THANKSGIVING)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total units sold through the online store in Q2 2025',
    expect: answer(units(Q2_2025, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much did i make on the 4th of july',
    expect: answer(revenue(JULY_4)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev last 3 wks ig shop',
    expect: answer(revenue(LAST_3_WEEKS, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# orders 2/27',
    expect: answer(orders(FEBRUARY_27)),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'aov wknds jan',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(JANUARY)}${WEEKEND('o.ordered_at')}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'qty sold since 2/16',
    expect: answer(units(SINCE_FEBRUARY_16)),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'new custs h2 2024',
    expect: answer(newCustomers(H2_2024)),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'disc amt q2 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q2_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'tt likes last 14 days',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_14_DAYS, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund pct fb custs 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'facebook' AND ${o(YEAR_2025)}`,
    ),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did the website take in the first half of february',
    expect: answer(revenue(FIRST_HALF_OF_FEBRUARY, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many accounts did my instagram reels reach last quarter',
    expect: answer(posts('SUM(p.reach)', 'reach', Q4_2025, " AND p.platform = 'instagram' AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'How much postage did customers pay on TikTok Shop orders in 2025?',
    expect: answer(
      `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many shoppers paid us something in the last 3 weeks',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_3_WEEKS)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many pieces did i shift on the insta shop in january',
    expect: answer(units(JANUARY, " AND o.sales_channel = 'instagram_shop'")),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'Refund rate on orders from Australian customers, H2 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'AU' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate for customers acquired through organic search, 2025',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'organic_search' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my tiktoks since 2/16',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', SINCE_FEBRUARY_16, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate on orders from customers acquired by email, Q4 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'email' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Gross margin on home products sold through the Instagram Shop in 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'home' AND o.sales_channel = 'instagram_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel pct on weekends ytd',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_YEAR)}${WEEKEND('o.ordered_at')}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Orders per buying customer on the online store, H2 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND o.sales_channel = 'online_store' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'What share of 2025 discounts went to Instagram Shop orders?',
    expect: answer(
      `SELECT SUM(o.discount) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.discount) AS discounts_share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg saves per carousel on instagram in 2025',
    expect: answer(
      posts('AVG(p.saves)', 'avg_saves', YEAR_2025, " AND p.platform = 'instagram' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what pct of my units this yr were apparel',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / SUM(oi.quantity) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'whats revenue per customer for shoppers we got from instagram, last 3 months',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'instagram' AND ${o(LAST_3_MONTHS)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Share of new customers from each country, H2 2024',
    expect: answer(
      `SELECT c.country, COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS new_customers_share FROM customers c WHERE ${c(H2_2024)} GROUP BY 1`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Number of TikTok Shop orders above $75 in February 2026',
    expect: answer(orders(FEBRUARY, " AND o.sales_channel = 'tiktok_shop' AND o.total > 75")),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my facebook posts got under 250 likes in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'facebook' AND p.likes < 250")),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Revenue from orders with a discount of at least $15, Q4 2025',
    expect: answer(revenue(Q4_2025, ' AND o.discount >= 15')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of products with a list price of $30 to $45 inclusive',
    expect: answer(`SELECT COUNT(*) AS new_products FROM products pr WHERE pr.price BETWEEN 30 AND 45`),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers have spent more than $1000 with us in total',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 HAVING SUM(o.total) > 1000) spenders`,
    ),
  },

  // Extremes
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Highest shipping charge on a single order last quarter',
    expect: answer(`SELECT MAX(o.shipping) AS highest_shipping FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'whats the fewest comments any of my reels got since 2/16',
    expect: answer(posts('MIN(p.comments)', 'fewest_comments', SINCE_FEBRUARY_16, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Lowest-priced product in the apparel category',
    expect: answer(
      `SELECT pr.product_id AS product, pr.price AS price FROM products pr WHERE pr.category = 'apparel' ORDER BY pr.price ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'what was our slowest month of 2025 for orders',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'which day last month had the fewest orders',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY orders ASC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which day in Q4 2025 had the highest revenue?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'owner',
    category: 'lists',
    question: 'list the tiktok shop orders from 3/10',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(MARCH_10)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up my instagram carousels from the last 3 weeks',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'carousel' AND ${p(LAST_3_WEEKS)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Beauty products with a list price above $40',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty' AND pr.price > 40`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List the refunded orders over $150 from February 2026',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.total > 150 AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'lists',
    question: 'which new customers did paid search bring us the week of 3/2',
    expect: answer(
      `SELECT c.customer_id AS customer FROM customers c WHERE c.acquisition_channel = 'paid_search' AND ${c(WEEK_OF_MARCH_2)}`,
    ),
  },

  // Products and countries by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A.toLowerCase()}s did i sell in 2025`,
    expect: answer(units(YEAR_2025, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Product revenue of the ${TITLE_B} by sales channel, H2 2025`,
    expect: answer(
      `SELECT o.sales_channel, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: `Gross profit on the ${TITLE_C} since the start of 2025`,
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title = '${TITLE_C}' AND ${o(SINCE_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `what does the ${TITLE_D.toLowerCase()} go for`,
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_D}'`),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `how many of my posts featured the ${TITLE_E}`,
    expect: answer(posts('COUNT(*)', 'posts', ALL, ` AND p.caption LIKE '%${TITLE_E}%'`)),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'how many toners have we sold since thanksgiving',
    expect: answer(units(SINCE_THANKSGIVING, byKind('Toner'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Number of orders containing a lip balm, February 2026',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byKind('Lip Balm')}`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Order count per customer country for the last 3 weeks',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_3_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts did i put out on each platform per month in q4',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, p.platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Distinct buying customers per acquisition channel, H2 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'counts_by',
    question: 'Number of discounted orders by sales channel in December 2025',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND o.discount > 0 AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Cancelled order value by acquisition channel, H2 2025',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS cancelled_total FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'cancelled' AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'refunds per week for the last 3 wks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_3_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order count by status for customers acquired through TikTok, Q4 2025',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'tiktok' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'status_breakdowns',
    question: 'what % of our 2025 orders ended up in each status',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS orders_share FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many insta shop orders got cancelled since 2/16',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND o.sales_channel = 'instagram_shop' AND ${o(SINCE_FEBRUARY_16)}`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'my 4 best sellers by qty last 3 wks',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_3_WEEKS)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 least viewed reels in 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.media_type = 'reel' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY video_views ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Top 2 categories by gross margin in H2 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY gross_margin DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which 3 countries had the highest refund rate in 2025?',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY refund_rate DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'which acquisition channel brought in the least revenue last quarter',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY revenue ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'who were our 3 biggest spenders since 2/16',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(SINCE_FEBRUARY_16)} GROUP BY 1 ORDER BY revenue DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which 5 posts got the most impressions in q4',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1 ORDER BY impressions DESC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Average order value broken down by sales channel and country, H2 2025',
    expect: answer(
      `SELECT o.sales_channel, c.country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Shipping charged by customer country for 2025',
    expect: answer(
      `SELECT c.country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'saves and shares by platform in january',
    expect: answer(
      `SELECT p.platform, SUM(p.saves) AS saves, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'revenue per customer by acquisition channel in 2025',
    expect: answer(
      `SELECT c.acquisition_channel, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross profit broken down by customer country, H2 2024',
    expect: answer(
      `SELECT c.country, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_CUSTOMERS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(H2_2024)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly refund rate for the past 6 months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_6_MONTHS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily sales since 3/1',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(SINCE_MARCH_1)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'tiktok reach week by week for the last 3 wks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_3_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'quarterly orders since q3 2024',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(SINCE_Q3_2024)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly gross margin for H2 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'rev last 3 wks vs the 3 before',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_3_WEEKS, THE_3_WEEKS_BEFORE),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Refund rate in Q4 2025 versus Q4 2024',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'tiktok likes in h2 vs h1 2025',
    expect: answer(
      compared(
        'SUM(p.likes) FILTER (WHERE %F)',
        'likes',
        'social_posts p',
        "p.platform = 'tiktok'",
        p,
        H2_2025,
        H1_2025,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'paying customers in january 2026 vs january 2025',
    expect: answer(
      compared(
        'COUNT(DISTINCT o.customer_id) FILTER (WHERE %F)',
        'customers_who_bought',
        'orders o',
        PAID,
        o,
        JANUARY,
        JANUARY_2025,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Units per order, H2 2025 compared with H2 2024',
    expect: answer(
      compared(
        'SUM(oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(COUNT(DISTINCT oi.order_id) FILTER (WHERE %F), 0)',
        'units_per_order',
        ITEMS,
        PAID,
        o,
        H2_2025,
        H2_2024,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'ig shop vs tiktok shop aov since 2/16',
    expect: answer(
      `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') AND ${o(SINCE_FEBRUARY_16)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'facebook vs instagram, avg comments per post in h2 2025',
    expect: answer(
      `SELECT p.platform, AVG(p.comments) AS avg_comments FROM social_posts p WHERE p.platform IN ('facebook', 'instagram') AND ${p(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Discount rate, TikTok-acquired versus Instagram-acquired customers, 2025',
    expect: answer(
      `SELECT c.acquisition_channel, ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel IN ('tiktok', 'instagram') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'do paid search or facebook customers order more often, 2025',
    expect: answer(
      `SELECT c.acquisition_channel, ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel IN ('paid_search', 'facebook') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'sales on sundays in february',
    expect: answer(revenue(FEBRUARY, SUNDAYS('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue from 1/19 through 1/25',
    expect: answer(revenue(JANUARY_19_TO_25)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Total discounts on paid orders, July–December 2024',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(H2_2024)}`),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did i publish the week of 2/9',
    expect: answer(posts('COUNT(*)', 'posts', WEEK_OF_FEBRUARY_9)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'new customers since the start of december',
    expect: answer(newCustomers(SINCE_DECEMBER)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['orders by sales channel last 3 weeks'],
    question: 'make it revenue',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_3_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['average likes by platform for 2025'],
    question: 'photos only',
    expect: answer(
      `SELECT p.platform, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.media_type = 'image' AND ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Refund rate by country for Q4 2025'],
    question: 'And for Q1 2025?',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['units sold per category in january'],
    question: 'only the tiktok shop orders',
    expect: answer(
      `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'split my december orders by channel', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Revenue per platform, Q4 2025', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how many australian customers did we have in h2',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Which sales channel performed best in Q4 2025?',
    expect: CLARIFY,
  },
  { asker: 'creator', category: 'must_clarify', question: 'were my facebook videos any good in q4', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'which did better in january, the vintage sweater or the minimal denim jacket',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many orders came from tiktok in the last 3 weeks',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'are my carousels worth the effort',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'did the holiday season go well for us', expect: CLARIFY },

  // Must decline
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'project our revenue for the rest of 2026 from the trend so far',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many orders went out with express shipping last month',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What caused the jump in refunds in January 2026?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many duets and stitches did my tiktoks get this year',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'which creators did i collab with the most in 2025',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What do we currently owe our suppliers?', expect: DECLINE },
  { asker: 'analyst', category: 'must_decline', question: 'Sessions by landing page, February 2026', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'who supplies my cloud rug', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'what would the shop be valued at today', expect: DECLINE },
];
