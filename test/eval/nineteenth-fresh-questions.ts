import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  bucket,
  byKind,
  byTitle,
  c,
  CANCELLATION_RATE,
  CHRISTMAS_DAY,
  CLARIFY,
  compared,
  CYBER_MONDAY,
  DAY_BEFORE_YESTERDAY,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_4_WEEKS,
  LAST_60_DAYS,
  LAST_8_WEEKS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  NEW_YEARS_DAY,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  PAID,
  pc,
  posts,
  PRODUCT_REVENUE,
  Q2_2025,
  Q3_2024,
  Q3_2025,
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
  THIS_QUARTER,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEKEND,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The nineteenth fresh merchant evaluation: a twenty-first set of questions on the demo layer, held out IN FULL. It was
 * written from main at 5a6a952 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the eighteenth (skimmed for its format): only the
 * demo layer (src/demo/semantic-layer.ts, schema.ts), the demo data's README and the data itself, and the eval harness.
 * Each draft was compared by a throwaway script with every earlier question (token-set and trigram Jaccard) and
 * reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-nineteenth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, shorthand: "cogs dec", "gm % q2 2025", "cancel rate last 60
 * days", "how many orders came thru yday"), an analyst (precise periods, splits and ratios), a creator (impressions as
 * "how often did my content get displayed", engagement spelt out as likes+comments+shares+saves, "hearts", "reshared"),
 * a finance person (cost of goods sold, markup, discount dollars, gross profit and margin), a founder (sign-ups, "where
 * the buyer originally found us", "marketing source") and a support lead (cancellations, refunds, order IDs). Same data
 * and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on
 * EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on that data (the demo tenant's rows)
 * and its rows checked by hand (a ranking's cut-off checked for ties, a threshold at its boundary, a breakdown or series
 * against the total it adds up to, no sum over no rows). Expectations as in merchant-questions.ts: `answer` (the gold's
 * columns and rows), `clarify` (a word with several answerable readings: "the tank" (the Meadow, the Midnight and the
 * Sunset Tank), "the midi dress" (the Cloud and the Vintage Midi Dress), orders "we lose" (refunded or cancelled), how
 * many "we sell" (orders or units), "the rug" (the Alpine, the Classic and the Cloud Rug), "the shampoo bar" (the Amber
 * and the Oversized Shampoo Bar), the "customer count" of a month (new customers or customers who bought), AOV
 * "lately" (no period) and "our average price" (the catalog's list prices or what buyers paid a unit)), `decline` (the
 * data cannot answer: next month's
 * sales, another merchant's (lumen's) revenue, customers' phone numbers, ad spend, watch time, online-store sessions,
 * VAT paid, star ratings, delivery times).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "by status" counts orders of every status;
 * refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed; a
 * category's or product's "revenue" is product revenue, its "margin" gross margin and its "markup" gross profit over
 * cost of goods sold; "cost of goods sold" / "cogs" is units × unit cost over the items of paid orders; "impressions"
 * and "how often my content got displayed" are impressions, "reshared" shares and "hearts" likes; a product's "list
 * price" is its price; "customers who bought" count distinct customers with a paid order; a post "features" a product
 * when its caption names it; "all the toners" are every product whose title ends in "Toner"; a share, a "fraction", a
 * "proportion" or a "%" is the group's part of the whole, as a fraction; "where the buyer originally found us" and
 * "marketing source" are the acquisition channel; post figures go by the day the post went out, order figures by the
 * day the order was placed, sign-ups by the customer's creation time; weekends are ISO days 6 and 7, and days of the
 * week ISO day numbers (1 = Monday); follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yesterday" / "yday" / "sat 14 mar" = 14 Mar, against "fri 13 mar"; "this week", "since
 * monday" and "mon 9 mar through yesterday" = 9–14 Mar; "last week" and "mon 2 to sun 8 march" = 2–8 Mar, "the one
 * before it" = 23 Feb – 1 Mar; the last 8 weeks and "the eight full weeks ending Sunday 8 March" = 12 Jan – 8 Mar; the
 * last 4 weeks = 9 Feb – 8 Mar; "the week starting Monday 16 February 2026" = 16–22 Feb; the last 30 days = 13 Feb –
 * 14 Mar, the last 60 days = 14 Jan – 14 Mar; "month-to-date", "mtd" and "march so far" = 1–14 Mar; "ytd", "this year",
 * "2026 so far", "since jan 1", "since New Year 2026", "this quarter" and "jan 1 to now" = 1 Jan – 14 Mar 2026, against
 * "1 jan-14 mar 2025"; "since feb" = 1 Feb on; "feb" / "last month" = Feb 2026; "jan" / "january" = Jan 2026;
 * "december" = Dec 2025; "from December through February" = Dec 2025 – Feb 2026; "the twelve full months March 2025
 * through February 2026" are those months; "since dec 1" = 1 Dec 2025 on; "since black friday" = 28 Nov 2025 on;
 * "since october" = 1 Oct 2025 on; "from sept 2025 on" = 1 Sep 2025 on; "christmas day" = 25 Dec 2025; "Cyber Monday
 * 2025" = 1 Dec 2025; "new years day" = 1 Jan 2026; "November 2025" / "nov 2025" = Nov 2025; Q4 2025 and "Oct-Dec
 * 2025" = Oct–Dec 2025; Q3 2025 and "July-September 2025" = Jul–Sep 2025, against Q3 2024; Q2 2025 = Apr–Jun 2025;
 * "the first of March 2025 to the end of May 2025" = Mar–May 2025; H2 2025 / "second-half" = Jul–Dec 2025, against H2
 * 2024; "2025", "calendar 2025" and "last year" = the calendar year. Comparisons of closed periods give the metric,
 * then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 53 paid February orders had a discount over $20 (the nearest are $19.80 and $20.10); 8
 * products cost under $10 a unit (the nearest are $9.97 and $10.22); 14 posts of 2026 drew more than 400 comments (the
 * nearest are 388 and 435); 809 customers placed six or more paid orders in 2025; 5 refunded orders since 1 December
 * were over $300 (the nearest are $299.95 and $303.88); 3 products sell for more than $100 and cost under $40 (the
 * next cheapest to make costs $43.17); 4 paid orders of last week were over $400 (the nearest are $398.85 and
 * $426.97). Cut-offs: the top 3 products by 2025 gross profit end at the Organic Hoodie's $54,880.55 (the 4th has
 * $53,770.62); the 5 most liked TikToks of 2026 end at 5,553 (the 6th has 5,253); February's 3 weakest sellers end at
 * 4 units (the 4th has 5; every product sold in February); 2025's two countries of least revenue end at Germany's
 * $116,666.32 (Australia has $144,652.57). The single extremes have no tie: 2026's best day (1 Mar, $7,484.52, against
 * $6,022.91), 2025's most shared post (12,932 against 12,516), January's best seller by units (the Velvet Backpack, 160,
 * against 152), 2025's acquisition channel of fewest sign-ups (email, 189, against Facebook's 208) and Q4 2025's
 * country of highest average order value (Canada, $115.44, against the US's $107.84).
 * Breakdowns and series add up to their totals: last week's 306 orders by status; 2026's 444 sign-ups by country; 2025's
 * 2,001 sign-ups by quarter; January's 1,103 paid orders by hour; this month's 1,085 units by category; February's
 * revenue by acquisition channel to $108,535.53; the last 8 weeks' revenue by week to $222,667.35; Q3 2025's discounts
 * by sales channel to $13,250.43; December-to-February discounts by month to $12,305.18. No gold sums over no rows: the
 * smallest sets asked about are the one post of New Year's Day, the one Facebook post of last week and the seven orders
 * cancelled this week.
 */

export interface NineteenthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const WEEK_OF_16_FEBRUARY: Span = ['2026-02-16', '2026-02-23'];
const MARCH_TO_MAY_2025: Span = ['2025-03-01', '2025-06-01'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Cloud Tee';
const TITLE_B = 'Golden Wall Print';
const TITLE_C = 'Everyday Linen Shirt';
const TITLE_D = 'Coastal Chinos';
const TITLE_E = 'Meadow Tank';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const productRevenueOf = (span: Span, where = '') =>
  `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;

export const NINETEENTH_FRESH_CASES: readonly NineteenthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total paid orders in the second quarter of 2025',
    expect: answer(orders(Q2_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'yesterdays takings, total $ pls',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'Count the unique shoppers with at least one paid order during November 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Total cost of goods sold for Q3 2024',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2024)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'december impressions summed over every post i made',
    expect: answer(posts('SUM(p.impressions)', 'impressions', DECEMBER)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'How many orders ended up refunded out of those placed in January 2026?',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(JANUARY)}`)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'month-to-date revenue so far pls',
    expect: answer(revenue(THIS_MONTH)),
  },
  { asker: 'owner', category: 'shorthand', question: 'ytd units', expect: answer(units(THIS_YEAR)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many orders came thru yday',
    expect: answer(orders(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov nov 2025',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs signed up since monday',
    expect: answer(newCustomers(THIS_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cogs dec',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancel rate last 60 days',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_60_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gm % q2 2025',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q2_2025)}`),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash came in on christmas day',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how often did my content get displayed during january',
    expect: answer(posts('SUM(p.impressions)', 'impressions', JANUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'How much did we knock off prices with discount codes on Cyber Monday 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(CYBER_MONDAY)}`),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many brand new people joined in the last 60 days',
    expect: answer(newCustomers(LAST_60_DAYS)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for the online store in 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'fb engagement rate for march so far',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', THIS_MONTH, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'What was the markup on apparel in Q4 2025?',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'cancellation rate among orders from Australian customers in H2 2025',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(H2_2025)} AND c.country = 'AU'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'discount rate since black friday',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(SINCE_BLACK_FRIDAY)}`),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average order value from German customers in 2025',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'How much did each paying customer spend with us, on average, across Q3 2025?',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg saves per reel in 2025',
    expect: answer(posts('AVG(p.saves)', 'avg_saves', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Units per order over the last 30 days',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average how many video views did my instagram reels get since october',
    expect: answer(
      posts(
        'AVG(p.video_views)',
        'avg_video_views',
        SINCE_OCTOBER,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'Of all paid orders placed in 2025, what fraction were checked out via the Instagram Shop?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'What proportion of Q4 2025 unit sales were cosmetics?',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what fraction of sign-ups since october came via email',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'email') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(SINCE_OCTOBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'tiktok as a % of all the reach i got in jan',
    expect: answer(
      `SELECT SUM(p.reach) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.reach) AS share FROM social_posts p WHERE ${p(JANUARY)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: "How much of 2025's gross profit did home goods contribute, as a share?",
    expect: answer(
      `SELECT SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE pr.category = 'home') * 1.0 / ${GROSS_PROFIT} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid orders in February had a discount over $20?',
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.discount > 20`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products cost us under $10 each to make',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost < 10'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my posts since january 1 got more than 400 comments',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.comments > 400')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'In 2025, how many buyers placed six or more paid orders?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) > 5) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'How many orders over $300 were refunded since December 1?',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(SINCE_DECEMBER)} AND o.total > 300`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which products sell for more than $100 but cost us less than $40 a unit?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price > 100 AND pr.cost < 40'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'which single date in 2026 so far had the highest takings',
    expect: answer(
      `SELECT CAST(o.ordered_at AS DATE) AS day, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most reshared post of 2025?',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which product sold the most units in January 2026?',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Across 2025 sign-ups, which marketing source delivered the smallest number of accounts?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Oct-Dec 2025, top customer country by AOV',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'List the order IDs that were cancelled so far this week',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up each fb post i published mon 2 to sun 8 march',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'facebook'`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Name every product that joined our catalogue since New Year 2026',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(THIS_YEAR)}`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List every paid order from last week with a total above $400',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.total > 400`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'orders from france that got refunded in february, list them',
    expect: answer(
      `SELECT o.order_id AS order_id FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(FEBRUARY)} AND c.country = 'FR'`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many cloud tees sold since feb',
    expect: answer(units(SINCE_FEBRUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue of the Golden Wall Print in H2 2025',
    expect: answer(productRevenueOf(H2_2025, byTitle(TITLE_B))),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'total saves on posts that feature the Velvet Wallet',
    expect: answer("SELECT SUM(p.saves) AS saves FROM social_posts p WHERE p.caption LIKE '%Velvet Wallet%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What is the gross margin on the Everyday Linen Shirt for 2025?',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many paid orders in january included the coastal chinos',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'all the toners together, revenue last month',
    expect: answer(productRevenueOf(FEBRUARY, byKind('Toner'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'What is the list price of the Meadow Tank?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: "Break down last week's orders by status",
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_WEEK)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'ytd signups, split out by customer country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'feb post counts for each format (reel, video, image, carousel)',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid orders by hour of day in January 2026',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'items sold per category mtd',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which three items earned the most gross profit over calendar 2025?',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'five tiktoks of mine with the most hearts since jan 1',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'worst 3 sellers by units last month',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The two countries with the least revenue in 2025',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 2`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'gross profit split across the four categories, jan 1 to now',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_QUARTER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: '2025 reach, broken out per social platform',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Discount rate for each sales channel in H2 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'february takings grouped by where the buyer originally found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'revenue by weekday over the last 4 weeks',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Revenue week by week over the eight full weeks ending Sunday 8 March',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'paid orders per day, mon 9 mar through yesterday',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'ig likes+comments+shares+saves per month from sept 2025 on',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(SINCE_SEPTEMBER)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'Sign-ups per quarter in 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly discounts given from December through February',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(LAST_3_MONTHS)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales sat 14 mar vs fri 13 mar',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, YESTERDAY, DAY_BEFORE_YESTERDAY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Compare gross margin in Q3 2025 with Q3 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(SUM(oi.quantity * oi.unit_price) FILTER (WHERE %F), 0)',
        'gross_margin',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q3_2025,
        Q3_2024,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: "was january's reach higher or lower than december's",
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, JANUARY, DECEMBER)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'Second-half sign-ups: 2025 against 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H2_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'revenue 1 jan-14 mar this year versus 1 jan-14 mar 2025',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'Were there more refunds in February than in January?',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        FEBRUARY,
        JANUARY,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Units sold: apparel vs beauty in January',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} AND pr.category IN ('apparel', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'tiktok vs instagram video views this year',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform IN ('tiktok', 'instagram') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'Between British and German shoppers, whose 2025 spend was bigger?',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('GB', 'DE') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Compare the online store and the Instagram Shop on average order value in Q4 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  { asker: 'owner', category: 'periods', question: 'sales since dec 1', expect: answer(revenue(SINCE_DECEMBER)) },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Orders placed in the week starting Monday 16 February 2026',
    expect: answer(orders(WEEK_OF_16_FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for the twelve full months March 2025 through February 2026',
    expect: answer(revenue(LAST_12_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts did i put out on new years day',
    expect: answer(posts('COUNT(*)', 'posts', NEW_YEARS_DAY)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'New customers from the first of March 2025 to the end of May 2025',
    expect: answer(newCustomers(MARCH_TO_MAY_2025)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'feb cancellations that happened on a sat or sun, count?',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(FEBRUARY)}${WEEKEND('o.ordered_at')}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ["what were last week's sales in dollars"],
    question: 'and the one before it?',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['For calendar 2025, gross profit for each product category'],
    question: 'Only for orders from Canadian customers',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['likes on my instagram posts in february'],
    question: 'switch that to tiktok',
    expect: answer(posts('SUM(p.likes)', 'likes', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Total discount dollars handed out July-September 2025'],
    question: 'Break that down by sales channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new customers in january 2026 from instagram'],
    question: 'swap instagram for facebook',
    expect: answer(newCustomers(JANUARY, " AND c.acquisition_channel = 'facebook'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['december refund count', 'just those placed on tiktok shop'],
    question: 'now the online store',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(DECEMBER)} AND o.sales_channel = 'online_store'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'units of the tank sold last month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Q4 2025 takings from the midi dress', expect: CLARIFY },
  { asker: 'support', category: 'must_clarify', question: 'feb: how many orders did we lose', expect: CLARIFY },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many did we sell over feb',
    expect: CLARIFY,
  },
  { asker: 'creator', category: 'must_clarify', question: 'how many posts about the rug did i make', expect: CLARIFY },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'what margin did the shampoo bar make us last year',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'customer count for february', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'What has our AOV been lately?', expect: CLARIFY },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'what was our average price in january',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'how much will we sell next month', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: "What was lumen's revenue in 2025?", expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'phone numbers of the customers who got refunds last week',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'January ad spend on Meta/Facebook campaigns, total?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'avg seconds watched per tiktok clip',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How many sessions did the online store have last week?',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'What did we pay in VAT for Q4 2025?', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'avg star rating on the minimal vase', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'How many days did parcels take to reach Aussie buyers in Feb?',
    expect: DECLINE,
  },
];
