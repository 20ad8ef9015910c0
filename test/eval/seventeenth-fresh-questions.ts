import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
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
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_30_DAYS,
  LAST_3_MONTHS,
  LAST_60_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
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
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  revenueOfCustomers,
  SINCE_FEBRUARY,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The seventeenth fresh merchant evaluation: a nineteenth set of questions on the demo layer, held out IN FULL. It was
 * written from main at 60c2d8e WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the sixteenth (skimmed for its format): only the
 * demo layer (src/demo/semantic-layer.ts, schema.ts), the demo data's README and the data itself, and the eval harness.
 * Nobody tunes the analyst to it: `npm run eval` prints its figures only; `--show-seventeenth-fresh-misses` prints its
 * misses for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, misspelt: "wats rev been since feb 1", "gp last mo", "aov wk to
 * date", "# of buyers past 30d", "300 bucks", "what did saturday take in", parcels "sent out" for orders, pieces
 * "shifted" for units), an analyst (precise periods, splits and ratios), a creator (plays, hearts, eyeballs, "ER",
 * carousels and reels, "every post i put out"), a finance person (gross profit, margin, coupon codes, discount rate,
 * biggest spenders), a founder (people who "opened an account", folks who "clicked a google ad", the newsletter) and a
 * support lead (cancellations, orders "sent back", order numbers, storefronts). Same data and dates as the merchant
 * set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a
 * Sunday), as the demo tenant. Each gold query was run on that data and its rows checked by hand (a ranking's cut-off
 * checked for ties, a threshold at its boundary, a breakdown or series against the total it adds up to, no sum over no
 * rows). Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with
 * several answerable readings: what "instagram" brought in (the Instagram Shop, customers who came from Instagram, or
 * orders attributed to Instagram posts), products that "cost" under $20 (list price or unit cost), "the cardigan" (the
 * Midnight, the Minimal and the Ocean Cardigan), orders "by channel" (sales channel or acquisition channel), "2025
 * customers" (people who bought in 2025, or who signed up in it), customers who found us "through google" (organic or
 * paid search), "our average price" (the catalog's list price, the order value, or the price paid per unit), "the
 * toner" (the Minimal, the Sunset and the Vintage Toner) and orders that "came from facebook" (from customers acquired
 * on Facebook, or attributed to Facebook posts)), `decline` (the data cannot answer: a revenue projection, ad spend,
 * website traffic, star ratings, newsletter unsubscribes, warehouses, customers' gender, Instagram direct messages,
 * profit after payroll and rent).
 *
 * Gold conventions: orders counted with no status named are paid orders ("parcels we sent out" too), and "by status"
 * counts or sums orders of every status ("order value" by status is their totals); refunds and cancellations counted
 * or listed are refunded and cancelled orders by the day they were placed ("sent back" is refunded); a category's or
 * product's "revenue" is product revenue, its "profit" gross profit and its "margin" gross margin; "the priciest thing
 * in the store" is the product of the highest list price, with that price; "the single largest paid order" is the
 * order with its total; "buyers" and "paying customers" are distinct customers with a paid order, and "how many times
 * a customer bought" is orders per customer; people who "opened an account", "signed up" or are "new accounts" are new
 * customers by sign-up time, and where they "came from" their acquisition channel (a "google ad" is paid search, the
 * "newsletter" email); "skincare" is the beauty category and "homewares" home; a post is "about" a product when its
 * caption names it; "all kinds" of beanies are every product whose title ends in "Beanie"; a share, a "%", a "cut", a
 * "proportion" or a "portion" is the group's part of the whole, as a fraction; what "my posts drove" is attributed
 * revenue; "how much of 2025 revenue" and "biggest spenders" are over paid orders' totals; post figures go by the day
 * the post went out, order figures by the day the order was placed; weekends are ISO days 6 and 7, and days of the week
 * are ISO day numbers (1 = Monday); a question with no period runs over all the data; follow-ups are asked after their
 * `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "saturday" / "yesterday" = 14 Mar; "this wk" / "wk to date" = Mon 9 – Sun 15 Mar; "last
 * week" = 2–8 Mar; the last 8 weeks = 12 Jan – 8 Mar (full Monday-to-Sunday weeks, the demo README's rule); "past 30d"
 * = 13 Feb – 14 Mar, the past 60 days = 14 Jan – 14 Mar, the last 90 days = 15 Dec 2025 – 14 Mar; "march so far" and
 * "this month" = 1–14 Mar, "march 1 to march 7" = 1–7 Mar; "since feb 1" = 1 Feb – 14 Mar; "so far this year", "this
 * year", "since jan 1" and "2026" = 1 Jan – 14 Mar 2026, against 1 Jan – 14 Mar 2025 for "the same stretch last year";
 * "feb" / "last mo" / "last month" = Feb 2026; "jan" / "january" = Jan 2026; "december" = Dec 2025; "December 1
 * through December 15, 2025" = 1–15 Dec 2025; "the last three full months" = Dec 2025 – Feb 2026; "since september" =
 * 1 Sep 2025 on; "black friday 2025" = 28 Nov 2025; "q4 25", "last quarter" and "October to December 2025" = Q4 2025,
 * against Q4 2024; "between January and March 2025" = Q1 2025; "the second half of 2025" / "H2 2025" = Jul–Dec 2025,
 * against H1 2025; "2025" = the calendar year, against 2024. Comparisons of closed periods (the metric, then
 * `<metric>_previous` for the earlier period).
 *
 * Thresholds at their boundary: 34 paid February orders came to more than $300 (the nearest are $296.85 and $301.95);
 * 13 products are priced below $30 (the nearest are $28 and $32.99); 17 posts of 2025 passed 5,000 likes (the nearest
 * are 4,988 and 5,102); 275 customers spent more than $1,000 in 2025 (the nearest are $999.90 and $1,000.78); 19
 * products sold at least 150 units in Q4 2025 (the nearest are 157 and 147); 9 refunded Q4 2025 orders were over $300
 * (the nearest are $302.40 and $299.95). Cut-offs: the top 3 countries by February orders end at Canada's 126
 * (Australia has 109); the 5 products of least 2025 product revenue end at the Vintage Toner's $2,556 (the Cloud Tee
 * has $2,958.30; all 56 products that existed in 2025 sold in it); the ten biggest spenders end at $6,673.31 (the 11th
 * has $6,640.26); the 3 most watched TikToks of Q4 2025 end at 350,992 views (the 4th has 218,271); the 4 products of
 * best gross margin this year end at the Minimal Toner's 67.79% (the Midnight Cardigan has 67.76%); the 3 strongest
 * weeks of 2025 end at $62,167.11 (the 4th has $51,857.62). The single extremes have no tie: the best day ever (3
 * September 2025, $23,723.84, against $20,775.88), 2025's most commented post (13,871 against 12,347), the priciest
 * product (the Oversized Cushion Cover, $160.95, against $142), February's largest paid order ($571.80 against
 * $496.75) and 2025's lowest refund rate by country (Germany, 5.10%, against Britain's 5.20%). Breakdowns and series add
 * up to their totals: February's revenue by country to $108,535.53; this year's 444 sign-ups by channel; 2025's
 * engagement by platform to 1,767,214; February's 1,049 paid orders by hour; Q4 2025's 118 cancellations by
 * storefront; Q4 2025's gross profit by category to $308,914.93; the last 8 weeks' revenue to $222,667.35; March's 632
 * paid orders by day; the 253 posts since September by month; the 800 posts by day of the week; Q4 2025's 113 TikTok
 * sign-ups by country. No gold sums over no rows: the smallest sets asked about are the three Facebook videos of
 * January, the four products added in 2026, the five posts of last week, the seven orders refunded on Saturday 14
 * March and this week's 29 Instagram Shop orders (28 paid, one cancelled, none refunded).
 */

export interface SeventeenthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const DECEMBER_1_TO_15: Span = ['2025-12-01', '2025-12-16'];
const MARCH_1_TO_7: Span = ['2026-03-01', '2026-03-08'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Golden Wall Print';
const TITLE_B = 'Velvet Scarf';
const TITLE_C = 'Cedar Backpack';
const TITLE_D = 'Urban Ceramic Mug';

export const SEVENTEENTH_FRESH_CASES: readonly SeventeenthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Gross profit for the second half of 2025.',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did coupon codes cost us across December?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'january: total delivery fees we charged on orders',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total plays on my tiktoks so far this year',
    expect: answer(posts('SUM(p.video_views)', 'video_views', THIS_YEAR, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'Number of people who opened an account between January and March 2025',
    expect: answer(newCustomers(Q1_2025)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'wats rev been since feb 1',
    expect: answer(revenue(SINCE_FEBRUARY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp last mo',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov wk to date',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# of buyers past 30d',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: 'refund rt q4 25',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'insta ER feb??',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', LAST_MONTH, " AND p.platform = 'instagram'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did saturday take in',
    expect: answer(revenue(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many parcels did we send out in february',
    expect: answer(orders(LAST_MONTH)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many pieces of skincare did we shift last month',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many folks signed up after clicking a google ad in 2025',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What profit did homewares make us in 2025?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many eyeballs did our facebook stuff get last month',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_MONTH, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'How many orders did customers send back in January?',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(JANUARY)}`),
  },

  // Rates
  {
    asker: 'support',
    category: 'rates',
    question: 'What was the cancellation rate on the TikTok Shop in 2025?',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate among German customers, Q4 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'DE' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats the engagement rate on my carousels from 2025',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.media_type = 'carousel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Margin on accessories this year?',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND pr.category = 'accessories'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'what was our discount rate on black friday 2025',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)}`),
  },

  // Ratios
  {
    asker: 'founder',
    category: 'ratios',
    question: 'On average how many times did a customer buy from us in the last 90 days?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(LAST_90_DAYS)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Items per order in Q4 2025',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg hearts per tiktok in february',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'How many accounts does a reel reach on average? 2025 only',
    expect: answer(posts('AVG(p.reach)', 'avg_reach', YEAR_2025, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: "What's the average order size for customers who came from our newsletter, this year?",
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.acquisition_channel = 'email' AND ${o(THIS_YEAR)}`,
    ),
  },

  // Thresholds
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'count of feb orders bigger than 300 bucks',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND o.total > 300 AND ${o(LAST_MONTH)}`),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of catalog products with a list price below $30',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my 2025 posts cleared 5k likes',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.likes > 5000 AND ${p(YEAR_2025)}`),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many customers spent more than $1,000 with us during 2025?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(o.total) > 1000) big`,
    ),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Which products sold at least 150 units in Q4 2025?',
    expect: answer(
      `SELECT oi.product_id AS product FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 HAVING SUM(oi.quantity) >= 150`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was our best day ever for sales',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'Which 2025 post pulled in the most comments?',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1 ORDER BY comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the priciest thing in the store',
    expect: answer(
      'SELECT pr.product_id AS product, AVG(pr.price) AS price FROM products pr GROUP BY 1 ORDER BY price DESC LIMIT 1',
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'Show me the single largest paid order from February',
    expect: answer(
      `SELECT o.order_id AS "order", o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Country with the lowest refund rate in 2025',
    expect: answer(
      `SELECT c.country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY refund_rate ASC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'which orders got refunded yesterday? order numbers please',
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up every post i put out last week',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'what products have we added to the catalog in 2026',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE ${pc(THIS_YEAR)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'List the refunded orders over $300 from October to December 2025',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.total > 300 AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'lists',
    question: 'Who are the French customers that joined this month?',
    expect: answer(`SELECT c.customer_id AS customer FROM customers c WHERE c.country = 'FR' AND ${c(THIS_MONTH)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the facebook videos from january',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'video' AND ${p(JANUARY)}`,
    ),
  },

  // Products and posts by name
  {
    asker: 'analyst',
    category: 'names',
    question: 'Golden Wall Print: product revenue for calendar 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_A)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'how much gross profit did the velvet scarf earn in Q4 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'How many orders this year had a Cedar Backpack in them?',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what do we charge for the urban ceramic mug',
    expect: answer(`SELECT AVG(pr.price) AS price FROM products pr WHERE pr.title = '${TITLE_D}'`),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many posts have we done about the velvet scarf',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_B}%'`),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how many beanies did we sell in january, all kinds',
    expect: answer(units(JANUARY, byKind('Beanie'))),
  },

  // Order statuses
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: '2025 refunded orders vs cancelled orders, counts',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.status IN ('refunded', 'cancelled') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'ig shop orders this wk by status',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'instagram_shop' AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Order value by status for January',
    expect: answer(
      `SELECT o.status AS order_status, SUM(o.total) AS revenue FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'Cancelled orders in Q4 2025 broken out by storefront',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Breakdowns
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'sales by country for last month',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Where have this year’s new customers come from? By acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement for each platform in 2025',
    expect: answer(
      `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'AOV per sales channel over the past 30 days',
    expect: answer(
      `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'which weekdays do i post on the most? count per day of week',
    expect: answer(
      'SELECT CAST(EXTRACT(ISODOW FROM p.posted_at) AS INTEGER) AS day_of_week, COUNT(*) AS posts FROM social_posts p GROUP BY 1',
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'what time of day do orders come in? feb orders by hour',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Series over time
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Weekly revenue across the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customer signups month by month for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily order tally for march so far',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'how many posts did i make per month since september',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'did january beat december on sales?',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, JANUARY, DECEMBER)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'Were there more sign-ups in Q4 2025 than in Q4 2024?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'engagement rate feb vs jan, did it go up',
    expect: answer(
      compared(
        `SUM${ENGAGEMENT} FILTER (WHERE %F) * 1.0 / NULLIF(SUM(p.reach) FILTER (WHERE %F), 0)`,
        'engagement_rate',
        'social_posts p',
        '',
        p,
        LAST_MONTH,
        JANUARY,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Average order value: 2025 against 2024',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, YEAR_2025, YEAR_2024),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Is our refund rate year to date better or worse than over the same stretch last year?',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        THIS_YEAR,
        LAST_YEAR_SAME_SPAN,
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'TikTok Shop revenue, H2 2025 versus H1 2025',
    expect: answer(
      compared(
        'SUM(o.total) FILTER (WHERE %F)',
        'revenue',
        'orders o',
        `${PAID} AND o.sales_channel = 'tiktok_shop'`,
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'who reached more people last month, instagram or tiktok',
    expect: answer(
      `SELECT p.platform, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform IN ('instagram', 'tiktok') AND ${p(LAST_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'did americans or canadians spend more with us in 2025',
    expect: answer(
      `SELECT c.country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('US', 'CA') AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels or carousels: which get the better engagement rate overall?',
    expect: answer(
      `SELECT p.media_type, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Apparel versus beauty on gross profit for Q4 2025',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('apparel', 'beauty') AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Periods
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders from December 1 through December 15, 2025',
    expect: answer(orders(DECEMBER_1_TO_15)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'new accounts created in the past 60 days',
    expect: answer(newCustomers(LAST_60_DAYS)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'units sold march 1 to march 7',
    expect: answer(units(MARCH_1_TO_7)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts have gone up since jan 1',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue over the last three full months',
    expect: answer(revenue(LAST_3_MONTHS)),
  },
  {
    asker: 'owner',
    category: 'periods',
    question: 'what did weekends bring in during february',
    expect: answer(revenue(LAST_MONTH, WEEKEND('o.ordered_at'))),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['january order count pls'],
    question: 'and in feb?',
    expect: answer(orders(LAST_MONTH)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['instagram ER for all of 2025'],
    question: 'now facebook',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', YEAR_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['tiktok-sourced signups in q4 2025'],
    question: 'break those down per country',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel = 'tiktok' AND ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['revenue from germany in december'],
    question: 'and how many orders made that up',
    expect: answer(
      `SELECT COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'DE' AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['What was the refund rate last month?'],
    question: 'Narrow that to TikTok Shop orders.',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Q4 2025 revenue split across storefronts'],
    question: 'Same, but gross profit by category',
    expect: answer(
      `SELECT pr.category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how much have british customers spent this year'],
    question: 'what about australia',
    expect: answer(revenueOfCustomers(THIS_YEAR, " AND c.country = 'AU'")),
  },

  // Shares
  {
    asker: 'owner',
    category: 'shares',
    question: 'instagram shops cut of february revenue, in %',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Of all units shipped in Q4 2025, what proportion were beauty items?',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS units_sold_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of 2025 revenue did my posts drive, as a percentage',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.attributed_post_id IS NOT NULL) * 1.0 / SUM(o.total) AS revenue_share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'reels as a % of everything ive posted in 2026',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS posts_share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },

  // Top and bottom
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'Top 3 countries by number of orders in February',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY orders DESC LIMIT 3`,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'bottom five products on 2025 revenue',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY product_revenue ASC LIMIT 5`,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Who are our ten biggest spenders of all time?',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} GROUP BY 1 ORDER BY revenue DESC LIMIT 10`,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 most watched tiktoks last quarter',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(Q4_2025)} GROUP BY 1 ORDER BY video_views DESC LIMIT 3`,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Top 4 products by gross margin so far this year',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY gross_margin DESC LIMIT 4`,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three strongest weeks of 2025 by revenue',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY revenue DESC LIMIT 3`,
    ),
  },

  // Must clarify: one word, several answerable readings
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how much did instagram bring in for us last month',
    expect: CLARIFY,
  },
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'count the products that cost below twenty bucks',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'units of the cardigan sold this month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Orders by channel for February', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: '2025 customers: how many were there', expect: CLARIFY },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'how many customers found us through google in 2025',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: "What's our average price this year?", expect: CLARIFY },
  { asker: 'finance', category: 'must_clarify', question: 'q4 sales for the toner?', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many orders came from facebook in 2025',
    expect: CLARIFY,
  },

  // Must decline: the data cannot answer
  { asker: 'finance', category: 'must_decline', question: 'project our revenue for april', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how much did we spend on instagram ads in february',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much traffic hit our website on saturday',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'What star rating do customers give the Velvet Hoodie?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how many people unsubscribed from the newsletter last month',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'Which of our warehouses shipped the most orders in January?',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Gender split of our buyers in 2025', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'number of instagram direct messages received last week',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What is left after payroll and rent this year?',
    expect: DECLINE,
  },
];
