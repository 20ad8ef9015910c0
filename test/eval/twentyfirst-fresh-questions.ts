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
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_8_WEEKS,
  LAST_WEEK,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_DECEMBER,
  SINCE_OCTOBER,
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
 * The twenty-first fresh merchant evaluation: a twenty-third set of questions on the demo layer, held out IN FULL. It
 * was written from main at 3010711 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twentieth (read for its format and gold
 * helpers): only the demo layer (src/demo/**), the demo data itself and the eval harness. Each draft was compared by a
 * throwaway script with every earlier question (token-set and trigram Jaccard) and reworded while it scored 0.6 or more
 * against any of them. Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-twentyfirst-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does not
 * run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, shorthand and typos: "mtd sales $", "qty sold ytd", "cancel rate
 * q4 24", "what accessories r we selling"), an analyst (precise periods, "relative to", cut-offs), a creator (reach,
 * impressions as "times my posts show up on ppl's screens", saves, reshares, video views), a finance person (COGS,
 * gross profit and margin, unit cost, delivery fees), a founder (sign-ups, "new accounts", "signup source", unique
 * buyers) and a support lead (cancellations, refunds, order IDs). Same data and dates as the merchant set: scale 1,
 * seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data (the demo tenant's rows, through the eval warehouse) and its rows
 * checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word
 * with several answerable readings: "the joggers" (the Coastal, Minimal and Organic Joggers), "the toner" (the Minimal,
 * Sunset and Vintage Toner), orders that "came thru facebook" (customers acquired on Facebook, or orders a Facebook
 * post drove), "the rug" (the Alpine, Classic and Cloud Rug), "the midi dress" (the Cloud and the Vintage Midi Dress),
 * "the linen shirt" (the Amber, Everyday and Minimal Linen Shirt), February's "customers" (those who signed up in it,
 * or those who bought in it), the "biggest" channel (by revenue or by orders) and "the sunscreen" (the Classic and the
 * Vintage Sunscreen)), `decline` (the data cannot answer: return reasons, ad spend, customers' phone numbers, card
 * processing fees, direct messages, a revenue forecast, pricing advice, delivery times, every shop's revenue).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "by status" counts orders of every status;
 * refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed; a
 * cancellation rate is cancelled over all orders, and "what share were refunded, whatever their status" refunded over
 * all orders; a product's "item sales" are its product revenue; "cost of goods sold" is units × unit cost over the
 * items of paid orders, "delivery fees" what paid orders were charged for shipping; "the website" is the online store;
 * "unique shoppers who checked out with a paid order" are distinct customers with a paid order; "customer headcount per
 * country, all time" counts every customer; a "basket size in units" is units per paid order; "times my posts show up
 * on ppl's screens" are impressions; a post "names" a product when its caption does; "every rug we carry" is every
 * product whose title ends in "Rug"; a share, a "cut", a "fraction", a "proportion" or a "%" is the group's part of the
 * whole, as a fraction; "British" is GB; post figures go by the day the post went out, order figures by the day the
 * order was placed, sign-ups by the customer's creation time; days of the week are ISO day numbers (1 = Monday);
 * follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" / "yesterday" / "14 March" = 14 Mar; "wtd" / "this week so far" = 9–14 Mar; "last wk",
 * "last week" and "mon 2 – sun 8 march" = 2–8 Mar, "the week prior" = 23 Feb – 1 Mar; "12 January through 8 March 2026"
 * = the last 8 full weeks; "the last 4 full weeks" = 9 Feb – 8 Mar; "last 30d" = 13 Feb – 14 Mar; "mtd" / "so far this
 * month" = 1–14 Mar; "ytd", "this yr" and "since jan 1" = 1 Jan – 14 Mar 2026; "feb" / "last month" = Feb 2026, "one
 * month earlier" = Jan 2026; "jan" / "january" = Jan 2026; "dec" = Dec 2025; "since dec 1" = 1 Dec 2025 on; "since
 * october" = 1 Oct 2025 on; "since Black Friday" = 28 Nov 2025 on; "cyber monday 2025" = 1 Dec 2025; "christmas day" =
 * 25 Dec 2025; "valentine's day" = 14 Feb 2026; "Monday 16 and Sunday 22 February 2026" and "10 March through 12 March
 * 2026, inclusive" include both days; "q4 24" = Oct–Dec 2024; Q4 2025, "Oct–Dec 2025" and "fourth quarter 2025" =
 * Oct–Dec 2025; Q3 2025 / "July–September 2025" = Jul–Sep 2025, "q3" after Q4 2025 = Q3 2025; "first quarter of 2025" =
 * Q1 2025; H2 2025 / "July–December" 2025 = Jul–Dec 2025, against H2 2024; "October 2025 to February 2026" = 1 Oct 2025
 * – 28 Feb 2026; "2025", "calendar 2025" and "last year" = the calendar year, against 2024. Comparisons of closed
 * periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 140 paid February orders were under $40 (the nearest are $39.95 and $40.31); 12
 * products list over $100 (the nearest are $98.00 and $102.00); 35 TikToks of 2025 passed 100,000 video views (the
 * nearest are 98,534 and 102,213); 1,160 customers placed five or more paid orders in 2025 (438 placed exactly four,
 * 351 exactly five); 5 refunded orders since 1 December were over $300 (the nearest are $299.95 and $303.88); 8
 * products cost under $10 a unit (the nearest are $9.97 and $10.22); 6 beauty products list over $40 (the nearest are
 * $36.00 and $43.95); 4 paid orders of yesterday were over $250 (the nearest are $242.00 and $278.97). Cut-offs: 2025's
 * 5 least profitable products end at the Cloud Tee's $1,444.38 (the 6th has $1,699.74); February's 3 posts of most
 * reach end at 106,937 (the 4th has 103,205); this year's 3 countries of most revenue end at Canada's $30,397.16
 * (Australia has $30,002.30); Q3 2025's 4 products of fewest units end at 24 (the 5th has 32). The single extremes have
 * no tie: February's best day (7 Feb, $5,567.83, against $5,411.40), February's most shared TikTok (1,670 against 966),
 * 2025's channel of lowest AOV (the online store, $108.74, against $119.01), Q3 2025's signup source of fewest
 * customers (email, 47, against 63) and yesterday's smallest paid order ($25.95 against $27.79). Breakdowns and series
 * add up to their totals: last week's 306 orders by status; the 4,000 customers by country; January's 45 posts by media
 * type; Q3 2025's 3,885 paid orders by channel; December's 1,859 paid orders by weekday; 2025's shipping by channel to
 * $45,417.75; February's likes by platform to 105,835; the last 4 weeks' 1,886 units by category; January's 178
 * sign-ups by country; this week's revenue by channel to $29,835.24; the 8 weeks' revenue to $222,667.35; March's 632
 * orders by day; 2025's reach by month to 23,492,095; 2024's 1,188 sign-ups by quarter; December's 2,343 online store
 * units by category; Q3 2025's gross profit by month to $260,635.01. No gold sums over no rows: the smallest sets asked
 * about are the one post of Cyber Monday, the one order cancelled on Valentine's Day, the two TikTok videos of last
 * week and the three refunded orders this year with a Velvet Scarf.
 */

export interface TwentyfirstFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const FEBRUARY_16_TO_22: Span = ['2026-02-16', '2026-02-23'];
const MARCH_10_TO_12: Span = ['2026-03-10', '2026-03-13'];
const OCTOBER_TO_FEBRUARY: Span = ['2025-10-01', '2026-03-01'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Cloud Tee';
const TITLE_B = 'Golden Wall Print';
const TITLE_C = 'Organic Hoodie';
const TITLE_D = 'Velvet Scarf';
const TITLE_E = 'Meadow Face Serum';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';

export const TWENTYFIRST_FRESH_CASES: readonly TwentyfirstFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Between Monday 16 and Sunday 22 February 2026, how many paid orders came through?',
    expect: answer(orders(FEBRUARY_16_TO_22)),
  },
  { asker: 'owner', category: 'totals', question: 'total sales yday??', expect: answer(revenue(YESTERDAY)) },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What was our total cost of goods sold in January 2026?',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many comments did my tiktoks pick up altogether last month',
    expect: answer(posts('SUM(p.comments)', 'comments', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'Total customer sign-ups during the second half of 2025',
    expect: answer(newCustomers(H2_2025)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'how many orders from february ended up refunded',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(FEBRUARY)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'mtd sales $', expect: answer(revenue(THIS_MONTH)) },
  { asker: 'owner', category: 'shorthand', question: 'qty sold ytd', expect: answer(units(THIS_YEAR)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov last 30d',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancel rate q4 24',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q4_2024)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# of fresh signups mon-sun last wk',
    expect: answer(newCustomers(LAST_WEEK)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tiktok shop orders yday',
    expect: answer(orders(YESTERDAY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'disc rate jan, pct',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross margin % dec',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did we pull in on christmas day',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: "how many times did my posts show up on ppl's screens in feb",
    expect: answer(posts('SUM(p.impressions)', 'impressions', FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'How much did we knock off prices with discounts in Q3 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'in feb how many unique shoppers actually checked out with a paid order',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate on Instagram Shop orders for H2 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H2_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my facebook stuff since october',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', SINCE_OCTOBER, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin on apparel, first quarter of 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'what % of january orders from german customers were cancelled',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(JANUARY)} AND c.country = 'DE'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'online store: discounts as a % of subtotal in feb',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} AND o.sales_channel = 'online_store'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean paid order value for customers acquired by email, calendar 2025',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.acquisition_channel = 'email'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'Oct–Dec 2025: sales divided by the number of distinct paying shoppers',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'typical number of saves an ig carousel got last year (mean)',
    expect: answer(
      posts('AVG(p.saves)', 'avg_saves', YEAR_2025, " AND p.platform = 'instagram' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many orders does a buyer place on avg this yr',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: "Mean basket size in units for February's paid TikTok Shop orders",
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: "British shoppers' cut of paid revenue, fourth quarter 2025",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'GB') * 1.0 / SUM(o.total) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Proportion of January 2026 units sold that were beauty products',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what fraction of customers who joined since october came via paid search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(SINCE_OCTOBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'pct of my 2025 posts that went on tiktok',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.platform = 'tiktok') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'Of all February orders, whatever their status, what share were refunded?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.status = 'refunded') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${o(FEBRUARY)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid orders in February had a total under $40?',
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.total < 40`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'count of catalog items priced over a hundred bucks',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my 2025 tiktoks passed 100k video views',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 100000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of customers who placed five or more paid orders in 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) >= 5) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'since dec 1, # of refunds on orders bigger than 300',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(SINCE_DECEMBER)} AND o.total > 300`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Name every item whose unit cost sits under ten dollars',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost < 10'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'best day for sales in feb',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my most reshared tiktok in feb?',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which sales channel had the lowest average order value in 2025?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'July–September 2025: the signup source with the smallest number of new accounts',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q3_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'lowest-value paid order placed on 14 March',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} ORDER BY 2 ASC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: "list the order ids that were cancelled on valentine's day",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(VALENTINES_DAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull my tiktok vids posted mon 2 – sun 8 march',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'tiktok' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Beauty items currently priced over $40 — names please',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty' AND pr.price > 40"),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: "Yesterday's paid orders with a total above $250: list them",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 250`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'what accessories r we selling',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'cloud tee units out the door in feb',
    expect: answer(units(FEBRUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'What did the Golden Wall Print earn in item sales over H2 2025?',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'combined reach on every post whose caption names the Velvet Wallet',
    expect: answer("SELECT SUM(p.reach) AS reach FROM social_posts p WHERE p.caption LIKE '%Velvet Wallet%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross margin on the Organic Hoodie across 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many refunded orders since jan 1 had a velvet scarf in them',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(THIS_YEAR)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'units of every rug we carry, sold last month',
    expect: answer(units(FEBRUARY, byKind('Rug'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'Meadow Face Serum: what are we charging for it right now?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'last week orders by status, counts',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_WEEK)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'customer headcount per country, all time',
    expect: answer('SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c GROUP BY 1'),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'jan: how many reels vs images vs videos vs carousels did i post',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count per sales channel, Q3 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'mon thru sun, how many orders each day in december',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Five least profitable products of 2025, by gross profit dollars',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: '3 feb posts that reached the most people',
    expect: answer(
      `SELECT p.post_id AS post, p.reach AS reach FROM social_posts p WHERE ${p(FEBRUARY)} ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'where r my buyers this yr — top 3 countries by revenue',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Which 4 products sold the fewest units in Q3 2025?',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 4`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: '2025 delivery fees collected, split across online store, IG Shop and TikTok Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'likes per platform on what i posted last month',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Units sold by product category over the last 4 full weeks',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'january sign-ups broken down by country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'wtd revenue for each channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Give me paid sales per week, 12 January through 8 March 2026',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders per day so far this month',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'my reach month by month over 2025',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'new customers per quarter in 2024',
    expect: answer(
      `SELECT ${bucket('quarter', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Gross margin for each month from October 2025 to February 2026',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(OCTOBER_TO_FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'was jan better than dec for sales',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, JANUARY, DECEMBER)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'July–December paid order volume: 2025 relative to 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my reels pull more video views in q4 2025 than in q3',
    expect: answer(
      compared(
        'SUM(p.video_views) FILTER (WHERE %F)',
        'video_views',
        'social_posts p',
        "p.media_type = 'reel'",
        p,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'did feb bring in more new accounts than jan?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, FEBRUARY, JANUARY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Gross profit for 2025 against 2024',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
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
    question: 'did more orders get refunded last week than the week before',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        LAST_WEEK,
        WEEK_BEFORE_LAST,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Average order value in 2025, US customers versus Canadian customers',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('US', 'CA') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'january likes: ig against tiktok',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(JANUARY)} AND p.platform IN ('instagram', 'tiktok') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'apparel or home, which moved more units last month',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} AND pr.category IN ('apparel', 'home') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'customers acquired through instagram compared to tiktok in 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('instagram', 'tiktok') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'feb revenue from saturdays + sundays only',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders from 10 March through 12 March 2026, inclusive',
    expect: answer(orders(MARCH_10_TO_12)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for the second half of 2024',
    expect: answer(revenue(H2_2024)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'cyber monday 2025 — how many things did i post that day',
    expect: answer(posts('COUNT(*)', 'posts', CYBER_MONDAY)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'How many customers have signed up since Black Friday?',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'cancelled orders placed on a saturday or sunday in january',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(JANUARY)}${WEEKEND('o.ordered_at')}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['what did feb bring in, revenue wise'],
    question: 'ok and one month earlier than that',
    expect: answer(revenue(JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['December 2025 unit sales for each product category'],
    question: 'Only orders placed on the online store',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel = 'online_store' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['avg likes on my instagram reels in feb'],
    question: 'same number but for tiktok videos',
    expect: answer(
      posts('AVG(p.likes)', 'avg_likes', FEBRUARY, " AND p.platform = 'tiktok' AND p.media_type = 'video'"),
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['gross profit for Q3 2025'],
    question: 'show it for each of the three months',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['january customer sign-up total'],
    question: 'of that lot, how many are australian',
    expect: answer(newCustomers(JANUARY, " AND c.country = 'AU'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many refunds hit last wk (mon-sun)', "only count the ones bought via tiktok's shop"],
    question: 'ok now the same count for the week prior to that',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(WEEK_BEFORE_LAST)} AND o.sales_channel = 'tiktok_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how did the joggers do last month', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Q4 2025 unit sales of the toner?', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'jan order count that came thru facebook',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'rev from the rug this yr', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'posts i made with the midi dress in them, how many',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What did the linen shirt make us in gross profit during 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'February: how many customers did the business have?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'In January, which channel was the biggest for us?',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'what does the sunscreen cost us per unit', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'why did ppl send stuff back in feb, top reasons',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'What did we spend on Instagram ads in January?',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: "get me contact numbers for last week's refund customers so i can call them",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much did we pay in card processing fees during 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many DMs came in on instagram this week',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Forecast paid revenue for April 2026', expect: DECLINE },
  { asker: 'owner', category: 'must_decline', question: 'should i raise the price on the cloud tee', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'average delivery time for january orders, in days',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Combined February revenue of every shop on the platform, not just ours',
    expect: DECLINE,
  },
];
