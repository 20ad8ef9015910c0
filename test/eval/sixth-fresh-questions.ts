import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  BLACK_FRIDAY,
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
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2025,
  ITEMS,
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  JANUARY,
  JANUARY_2025,
  LAST_10_DAYS,
  LAST_3_WEEKS,
  LAST_4_WEEKS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  NEW_YEARS_EVE,
  newCustomers,
  o,
  orders,
  ORDERS_CUSTOMERS,
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
  revenueOfCustomers,
  SINCE_BLACK_FRIDAY,
  SINCE_JULY,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  type Span,
} from './demo-gold.js';

/**
 * The sixth fresh merchant evaluation: an eighth set of questions on the demo layer, held out IN FULL. It was
 * written from main at 0c77879 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating
 * their questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-sixth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked as different people type: a shop owner on a phone, an analyst, a creator and a finance person (revenue,
 * refunds, discounts). Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through
 * EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query
 * was run on that data and its rows checked by hand (a ranking's cut-off checked for ties). Expectations as in
 * merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with two readings in the
 * layer, or a vague "better"/"do well"/"perform" with no figure), `decline` (the data cannot answer). A list of
 * orders with no status named lists paid orders, as the order count does; a question with no period runs over
 * all the data; a product kind ("cardigans") is the products whose title ends with it; "refunds" counted are
 * refunded orders; an order's items are the sum of its lines' quantities.
 *
 * Periods at 2026-03-15, as in fifth-fresh-questions.ts: this week = Mon 9 Mar on; last week = 2–8 Mar; the
 * week before last = 23 Feb – 1 Mar; the last 3 / 4 weeks = the three / four full weeks before this one, 16 Feb –
 * 8 Mar / 9 Feb – 8 Mar (the demo README's rule); the last 5 / 10 days = 10–14 Mar / 5–14 Mar; this month / mtd =
 * 1–14 Mar; last month = Feb 2026; this year / ytd / "2026 so far" = 1 Jan – 14 Mar 2026, and "the same time last
 * year" = 1 Jan – 14 Mar 2025 (merchant-questions.ts's rule); last quarter / "this past quarter" = Q4 2025 and
 * "the one before" Q3 2025; "q1 last yr" = Q1 2025; H2 2025 = Jul–Dec 2025; "december" = Dec 2025; Black Friday = 2025-11-28, Cyber Monday = 2025-12-01, New Year's Eve = 2025-12-31,
 * "black friday through cyber monday" = 28 Nov – 1 Dec and "dec 24 to dec 26" = 24–26 Dec (both ends
 * included); "since X" runs from X to today ("since valentines day" from 14 Feb 2026, "since the start of Q4
 * 2025" from 1 Oct 2025); weekends = Saturday and Sunday. Comparisons of closed periods (the metric, then
 * `<metric>_previous` for the earlier period), except the year to date against the same span of last year.
 */

export interface SixthFreshCase {
  readonly asker: Asker | 'finance';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const LAST_5_DAYS: Span = ['2026-03-10', '2026-03-15'];
const SINCE_VALENTINES_DAY: Span = ['2026-02-14', '2026-03-16'];
const BLACK_FRIDAY_TO_CYBER_MONDAY: Span = ['2025-11-28', '2025-12-02'];
const DEC_24_TO_26: Span = ['2025-12-24', '2025-12-27'];

/** The number of items in the order: the quantities of its lines, summed. */
const ITEM_COUNT = '(SELECT SUM(x.quantity) FROM order_items x WHERE x.order_id = o.order_id)';

/** Product titles in the demo catalog, asked about by name (none of them asked about by the earlier sets). */
const TITLE_A = 'Coastal Chinos';
const TITLE_B = 'Amber Linen Shirt';
const TITLE_C = 'Alpine Rug';
const TITLE_D = 'Midnight Cardigan';
const TITLE_E = 'Organic Hoodie';
const TITLE_F = 'Meadow Face Serum';
const TITLE_G = 'Velvet Hoodie';

export const SIXTH_FRESH_CASES: readonly SixthFreshCase[] = [
  // Totals
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total shipping charged on paid orders in H2 2025',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(H2_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total impressions on tiktok in q4',
    expect: answer(posts('SUM(p.impressions)', 'impressions', Q4_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total discounts given on Black Friday 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)}`),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev q1 last yr', expect: answer(revenue(Q1_2025)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# refunds this wk',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg qty per order last wk',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'fb eng rate q4',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs via email last mo',
    expect: answer(newCustomers(LAST_MONTH, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# orders over $100 mtd',
    expect: answer(orders(THIS_MONTH, ' AND o.total > 100')),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig reels avg views ytd',
    expect: answer(
      posts(
        'AVG(p.video_views)',
        'avg_video_views',
        THIS_YEAR,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'top 3 prods by qty wk before last',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(WEEK_BEFORE_LAST)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 3`,
      true,
    ),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much did i make from australian customers in january',
    expect: answer(revenueOfCustomers(JANUARY, " AND c.country = 'AU'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many orders did i ship to france last month',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'FR' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the instagram shop earn me on black friday',
    expect: answer(revenue(BLACK_FRIDAY, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did people share my reels in january',
    expect: answer(posts('SUM(p.shares)', 'shares', JANUARY, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many pieces of apparel did i sell in december',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'apparel' AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did i earn on new years eve',
    expect: answer(revenue(NEW_YEARS_EVE)),
  },

  // Rates
  {
    asker: 'finance',
    category: 'rates',
    question: 'What was the refund rate among customers acquired through paid search in H2 2025?',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.acquisition_channel = 'paid_search' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel rate on weekends this year',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(THIS_YEAR)}${WEEKEND('o.ordered_at')}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate for carousels on instagram since october',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_OCTOBER,
        " AND p.platform = 'instagram' AND p.media_type = 'carousel'",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate for orders placed by French customers in Q4 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'FR' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats my refund rate on the online store since black friday',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'online_store' AND ${o(SINCE_BLACK_FRIDAY)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'What share of units sold in 2025 went to customers in Canada?',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE c.country = 'CA') * 1.0 / SUM(oi.quantity) AS units_sold_share FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'what pct of my orders this month were on the tiktok shop',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / COUNT(*) AS orders_share FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per buying customer on the Instagram Shop, Q4 2025',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'what fraction of my posts this year were reels',
    expect: answer(posts("COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*)", 'posts_share', THIS_YEAR)),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'average order value for orders with a discount in february',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.discount > 0 AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Share of 2025 product revenue from the home category',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'home') * 1.0 / ${PRODUCT_REVENUE} AS product_revenue_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders over $200 came through the instagram shop last month',
    expect: answer(orders(LAST_MONTH, " AND o.sales_channel = 'instagram_shop' AND o.total > 200")),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many orders had 5 or more items this year',
    expect: answer(orders(THIS_YEAR, ` AND ${ITEM_COUNT} >= 5`)),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many facebook posts got more than 100 shares in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'facebook' AND p.shares > 100")),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Revenue from paid orders between $100 and $200 in January 2026',
    expect: answer(revenue(JANUARY, ' AND o.total >= 100 AND o.total <= 200')),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how much revenue came from orders without any discount last month',
    expect: answer(revenue(LAST_MONTH, ' AND o.discount = 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many posts reached fewer than 10k people this year',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.reach < 10000')),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Number of refunded orders over $150 in 2025',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND o.total > 150 AND ${o(YEAR_2025)}`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the most items anyone bought in one order this year',
    expect: answer(`SELECT MAX(${ITEM_COUNT}) AS most_items FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'highest engagement rate on a single post in february',
    expect: answer(posts(`MAX(${ENGAGEMENT} * 1.0 / NULLIF(p.reach, 0))`, 'highest_engagement_rate', FEBRUARY)),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which week of 2026 so far had the highest revenue?',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Smallest refunded order in February 2026',
    expect: answer(
      `SELECT MIN(o.total) AS smallest_refund FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the oldest product in my catalog',
    expect: answer(`SELECT pr.product_id AS product FROM products pr ORDER BY pr.created_at ASC LIMIT 1`),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'most impressions a single facebook post got in 2025',
    expect: answer(posts('MAX(p.impressions)', 'most_impressions', YEAR_2025, " AND p.platform = 'facebook'")),
  },

  // Lists
  {
    asker: 'owner',
    category: 'lists',
    question: 'list the refunded orders from the tiktok shop last month',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me my instagram carousels from january',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'instagram' AND p.media_type = 'carousel' AND ${p(JANUARY)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which beauty products did i launch in 2025',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty' AND ${pc(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List paid orders with a discount over $40 from last week',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE ${PAID} AND o.discount > 40 AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which customers signed up through tiktok this week',
    expect: answer(
      `SELECT c.customer_id AS customer FROM customers c WHERE c.acquisition_channel = 'tiktok' AND ${c(THIS_WEEK)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my facebook videos with over 10k views',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'video' AND p.video_views > 10000 AND ${p(ALL)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Accessories priced between $40 and $60',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'accessories' AND pr.price >= 40 AND pr.price <= 60`,
    ),
  },

  // Products and countries by name
  {
    asker: 'owner',
    category: 'names',
    question: `how many ${TITLE_A.toLowerCase()} did i sell last month`,
    expect: answer(units(LAST_MONTH, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Gross margin of the ${TITLE_B} in 2025`,
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.title = '${TITLE_B}' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how much money did the ${TITLE_C.toLowerCase()} make this year`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `is the ${TITLE_D.toLowerCase()} more expensive than the ${TITLE_E.toLowerCase()}`,
    expect: answer(
      `SELECT pr.product_id AS product, pr.price AS price FROM products pr WHERE pr.title IN ('${TITLE_D}', '${TITLE_E}')`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: `how many orders included the ${TITLE_F.toLowerCase()} since it launched`,
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_F)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: `Weekly units sold of the ${TITLE_G} since it launched`,
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_G)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how many cardigans did i sell this year',
    expect: answer(units(THIS_YEAR, byKind('Cardigan'))),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what did canada bring in last quarter',
    expect: answer(revenueOfCustomers(Q4_2025, " AND c.country = 'CA'")),
  },

  // Counts by a dimension
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders per country on black friday',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(BLACK_FRIDAY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'how many orders did i get each day of the week in february',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Sign-ups per acquisition channel on Black Friday 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(BLACK_FRIDAY)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Refunded orders by customer acquisition channel, Q4 2025',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Total value of cancelled orders on the Instagram Shop in H2 2025',
    expect: answer(
      `SELECT SUM(o.total) AS cancelled_total FROM orders o WHERE o.status = 'cancelled' AND o.sales_channel = 'instagram_shop' AND ${o(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'how many refunds per country this month',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'cancelled orders each week over the last 4 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_4_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 beauty products by units sold last quarter',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(Q4_2025)} GROUP BY 1 ORDER BY units_sold DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 most shared tiktoks this year',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_YEAR)} GROUP BY 1 ORDER BY shares DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Bottom 5 products by gross margin in 2025',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_margin ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which country gave me the most orders in january',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which sales channel had the highest discount rate in Q4 2025?',
    expect: answer(
      `SELECT o.sales_channel, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY discount_rate DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which platform got the most saves last month',
    expect: answer(
      `SELECT p.platform, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1 ORDER BY saves DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'which customer placed the most orders in 2025',
    expect: answer(
      `SELECT o.customer_id AS customer, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts and shipping by sales channel for January 2026',
    expect: answer(
      `SELECT o.sales_channel, SUM(o.discount) AS discounts, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units per order by sales channel, H2 2025',
    expect: answer(
      `SELECT o.sales_channel, ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'avg comments per post by platform in 2025',
    expect: answer(
      `SELECT p.platform, AVG(p.comments) AS avg_comments FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'New customers by day of the week in 2025',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM c.created_at) AS INTEGER) AS day_of_week, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders per day over the last 10 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_10_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'carousels per month since october',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE p.media_type = 'carousel' AND ${p(SINCE_OCTOBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly cancellation rate for H2 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(H2_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Discounts given per quarter in 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'new customers per week over the last 4 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_4_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly gross profit for the home category since July 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'home' AND ${o(SINCE_JULY)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'engagement ytd vs the same time last year',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F)`,
        'engagement',
        'social_posts p',
        '',
        p,
        THIS_YEAR,
        LAST_YEAR_SAME_SPAN,
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Discounts in Q4 2025 compared with Q4 2024',
    expect: answer(compared('SUM(o.discount) FILTER (WHERE %F)', 'discounts', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'facebook engagement this past quarter vs the one before',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F)`,
        'engagement',
        'social_posts p',
        "p.platform = 'facebook'",
        p,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'aov last week vs the week before',
    expect: answer(
      compared(
        'AVG(o.total) FILTER (WHERE %F)',
        'average_order_value',
        'orders o',
        PAID,
        o,
        LAST_WEEK,
        WEEK_BEFORE_LAST,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Gross profit in January 2026 versus January 2025',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        JANUARY,
        JANUARY_2025,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'saves per post, tiktok vs instagram, this year',
    expect: answer(
      `SELECT p.platform, AVG(p.saves) AS avg_saves FROM social_posts p WHERE p.platform IN ('tiktok', 'instagram') AND ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'online store vs tiktok shop refund rate last quarter',
    expect: answer(
      `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel IN ('online_store', 'tiktok_shop') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Discount rate for customers acquired by email versus paid search, 2025',
    expect: answer(
      `SELECT c.acquisition_channel, ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel IN ('email', 'paid_search') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'who buys more units from me this year, canada or australia',
    expect: answer(
      `SELECT c.country, SUM(oi.quantity) AS units_sold FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('CA', 'AU') AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Revenue per customer, Germany versus France, Q4 2025',
    expect: answer(
      `SELECT c.country, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('DE', 'FR') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'sales from black friday through cyber monday',
    expect: answer(revenue(BLACK_FRIDAY_TO_CYBER_MONDAY)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how many orders came in on weekends in january',
    expect: answer(orders(JANUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts have i put out since valentines day',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_VALENTINES_DAY)),
  },
  { asker: 'owner', category: 'periods', question: 'revenue the last 3 weeks', expect: answer(revenue(LAST_3_WEEKS)) },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Discounts given since the start of Q4 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(SINCE_OCTOBER)}`),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'how much did i sell over the holidays dec 24 to dec 26',
    expect: answer(revenue(DEC_24_TO_26)),
  },
  { asker: 'owner', category: 'periods', question: 'orders in the last 5 days', expect: answer(orders(LAST_5_DAYS)) },

  // Must clarify
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how much did my tiktok customers spend in february',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how many instagram customers do i have', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'which channel made me the most money in q4', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'was january better than december', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'did my tiktoks do well last month', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'hows canada doing for me this year', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Rank the sales channels by performance for 2025',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'how heavy was our discounting in q4', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how did my instagram carousels perform in q4',
    expect: CLARIFY,
  },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did i pay for shipping labels last month',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: `how many people added the ${TITLE_G.toLowerCase()} to their cart this week`,
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What refunds should we expect in April 2026?',
    expect: DECLINE,
  },
  { asker: 'creator', category: 'must_decline', question: 'when are my followers most active online', expect: DECLINE },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What was our cash balance at the end of February 2026?',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many customers unsubscribed from my emails last month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how much did i pay the influencers i worked with last quarter',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much did we sell wholesale to other retailers in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'whats the average watch time on my tiktoks',
    expect: DECLINE,
  },
];
