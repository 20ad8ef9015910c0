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
  JANUARY_2025,
  LAST_10_DAYS,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_60_DAYS,
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
  pc,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_BLACK_FRIDAY,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-ninth fresh merchant evaluation: a thirty-first set of questions on the demo layer, held out IN FULL. It
 * was written from main at 4f17600 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-eighth (read for its format,
 * categories and counts; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the demo
 * data itself and the eval harness. Each question and history line was compared by a throwaway script with every line
 * of every earlier question file (token-set and trigram Jaccard, the larger of the two; the script printed numbers
 * only) and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-twentyninth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (shorthand and typos: "rev", "l7d", "l60d", "l90d", "yday", "ystrdays", "mtd", "gp",
 * "ords", "avg ord val", "cancel rt", "custs", "ig shop", "wk", "ytd", "v", "n", "qty"), an analyst ("Monday 12
 * January to Sunday 8 March 2026", "booked between 1 October and 31 December 2024", "mean value"), a creator ("hearts"
 * for likes, "reshares", "content", "featured"), a finance person and a bookkeeper ("postage" and "delivery" for
 * shipping, "takings"), a founder ("how the buyer first found us", "found us through paid search ads"), a support lead,
 * an ops person and a new hire ("catalog", "range", "price tag", "buy in"), in conversations too. Same data and dates as
 * the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY =
 * 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on that data (the demo tenant's rows, through the
 * eval warehouse) and its rows checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's columns
 * and rows), `clarify` (a product family with several members, each with rows: "joggers" (the Coastal, Minimal and
 * Organic Joggers, 31, 40 and 124 units in the last 30 days), "the rug" (the Alpine, Classic and Cloud Rug, $1,850.00,
 * $2,640.00 and $13,680.00 of product revenue in Q3 2025), "sweater posts" (the Minimal, Velvet and Vintage Sweater,
 * named in 10, 17 and 9 captions with 891, 2,895 and 1,162 shares), "the toner" (the Minimal, Sunset and Vintage Toner,
 * gross profit $7,902.30, $5,552.64 and $1,699.74 in 2025), "sunscreen" orders (the Classic and the Vintage Sunscreen, in
 * 104 and 19 paid orders this year; the Classic came on 29 January 2026), "the shampoo bar" (the Amber and the
 * Oversized Shampoo Bar, in 6 and 13 refunded orders of 2025; neither has a refunded order since November), "the midi
 * dress" (the Cloud and the Vintage Midi Dress, listed at $98.00 and $27.99), "the watch strap" (the Urban and the Wild
 * Watch Strap, 4 and 54 units in February) and "the cushion cover" (the Oversized and the Urban Cushion Cover, unit
 * costs $86.75 and $69.15)), `decline` (review ratings, direct messages, delivery times, card processing fees, site
 * sessions, return reasons, warehouses, email newsletters, customers' gender).
 *
 * Gold conventions: orders counted with no status named are paid orders, and orders "counted per status" count orders
 * of every status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were
 * placed; a cancellation rate is cancelled over all orders, a refund rate ("refund %") refunded over paid and refunded
 * orders, a discount rate ("discounting ... as a % of subtotal") discounts over subtotal on paid orders; a product's
 * "product revenue" is units × unit price, its "units", "qty" or how many "sold" or "went out the door" its units on
 * paid orders, its "orders" the paid orders that include it; "postage" and "delivery" charged are shipping; "takings"
 * and "cash" taken are revenue; "different shoppers who bought something" are customers with a paid order; "spend per
 * paying customer" is revenue over them; "items in a typical order, avg" are units per paid order; the catalog's size
 * is every product; a post "features" a product when its caption contains its title; "hearts" are likes and
 * "reshares" shares; engagement is likes + comments + shares + saves; a product's "unit cost" or what it costs "to buy
 * in" is products.cost and its "price tag" or "list price" products.price; a share, "fraction", "proportion" or "%" is
 * the group's part of the whole, as a fraction; "the top revenue day" has the most paid revenue; post figures go by the
 * day the post went out, order figures by the day the order was placed, sign-ups by the customer's creation time,
 * products' launches by theirs; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" / "ystrday" = 14 Mar (a Saturday); "l7d" / "the last 7 days" / "the last seven days"
 * / "this past 7 days" = 8–14 Mar, against "the 7 days prior" = 1–7 Mar; "the last 10 days" = 5–14 Mar; "this week" =
 * 9–15 Mar; "last wk" / "last week" = 2–8 Mar, against "the wk before (it)" = 23 Feb – 1 Mar; "the last 4 full weeks" =
 * 9 Feb – 8 Mar; "Monday 12 January to Sunday 8 March 2026" = the last 8 full weeks; "l30d" = 13 Feb – 14 Mar; "l60d" =
 * 14 Jan – 14 Mar; "l90d" = 15 Dec 2025 – 14 Mar 2026; "this month" / "mtd" / "this month to date" = 1–14 Mar, against
 * "the whole of february"; "ytd" / "this year" / "so far this year" = 1 Jan – 14 Mar 2026; "feb" / "last month" /
 * "february" = Feb 2026, against "jan" / "january" = Jan 2026; "the second half of February 2026" = 15–28 Feb;
 * "valentine's 2026" = 14 Feb 2026; "jan 1" = 1 Jan 2026; "christmas day 2025" = 25 Dec 2025; "since black friday 2025" =
 * 28 Nov 2025 on; "since september" / "from sept onward" = 1 Sep 2025 on; "december" / "nov" = Dec and Nov 2025; "q4
 * 2025" / "oct-dec 2025" = Oct–Dec 2025, against "Q4 2024" = "between 1 October and 31 December 2024"; "July, August
 * and September 2025" / "Q3 2025" / "July–September 2025" = Jul–Sep 2025; "April–June 2025" = Q2 2025; "q1 25" /
 * "January through March 2025" = Jan–Mar 2025; "the first half of 2025" / "H1 2025" = Jan–Jun 2025; "July to December
 * 2025" = Jul–Dec 2025; "January 2026 against January 2025"; "2025" / "calendar 2025" / "all of 2025" = the calendar
 * year; "on or after 1 January 2025" = product launches from then on; "all time" / no period = every row. Comparisons of
 * periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 227 paid December orders came to more than $200 (none at $200.00; the nearest are
 * $198.94 and $200.99); 8 products cost less than $10 (the nearest are $9.97 and $10.22); 4 TikToks of 2025 passed
 * 1,000,000 views (the nearest are 1,265,323 and 727,815); 809 customers had more than 5 paid orders in 2025 (351 had
 * exactly 5); 8 refunds of the last 60 days were over $250 (the nearest below is $229.98); 13 products list under $30
 * (the nearest are $28.00 and $32.99); 1 paid order of last week had more than $50 off ($66.56; the next is $48.60).
 * Cut-offs: this year's 3 products of most product revenue end at the Minimal Vase's $14,586.00 (the 4th has
 * $13,615.15); January's 5 most liked posts end at 3,030 (the 6th has 3,023); 2025's 4 countries of least paid revenue
 * end at CA's $182,283.04 (GB has $238,457.11); the second half of 2025's 2 channels of most gross profit end at TikTok
 * Shop's $89,130.56 (Instagram Shop has $84,658.84). The single extremes have no tie: January's day of most revenue (2
 * Jan, $5,296.61, against $5,084.68), the most commented Instagram post (6,345 against 6,236), 2025's category of lowest
 * gross margin (home, 0.545, against apparel's 0.558), Q3 2025's country of most sign-ups (US, 240, against GB's 92) and
 * this year's biggest cancelled order ($321.90 against $311.08). Breakdowns and series add up: December's orders by
 * status; this year's posts by media type; the last 90 days' cancellations by channel; the last 7 days' paid orders by
 * day. No gold sums over no rows: the smallest sets asked about are the one paid order of last week with more than $50
 * off, the 2 Facebook carousels of January, the 4 Instagram Shop orders of yesterday and the 4 posts featuring the
 * Cloud Tee.
 */

export interface TwentyninthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** The 7 days before the last 7: 1–7 March 2026. */
const PREVIOUS_7_DAYS: Span = ['2026-03-01', '2026-03-08'];
/** The second half of February 2026: 15–28 February. */
const LATE_FEBRUARY: Span = ['2026-02-15', '2026-03-01'];
/** Products launched from the start of 2025 on. */
const LAUNCHED_SINCE_2025: Span = ['2025-01-01', '2026-03-16'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Golden Wall Print';
const TITLE_B = 'Velvet Scarf';
const TITLE_C = 'Cloud Tee';
const TITLE_D = 'Urban Ceramic Mug';
const TITLE_E = 'Soft Cap';
const TITLE_F = 'Wild Eye Cream';
const TITLE_G = 'Velvet Wallet';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const AOV = 'AVG(o.total) AS average_order_value';
const inCategory = (category: string) =>
  ` AND oi.product_id IN (SELECT product_id FROM products WHERE category = '${category}')`;

export const TWENTYNINTH_FRESH_CASES: readonly TwentyninthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Paid revenue booked between 1 October and 31 December 2024',
    expect: answer(revenue(Q4_2024)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: "how many paid orders landed on valentine's 2026",
    expect: answer(orders(VALENTINES_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'january: total reshares across everything i put out',
    expect: answer(posts('SUM(p.shares)', 'shares', JANUARY)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Postage we collected on paid orders over July, August and September 2025',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'how big is our catalog - number of products we carry?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr'),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'number of orders from last week that we ended up refunding',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(LAST_WEEK)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev l7d', expect: answer(revenue(LAST_7_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop ords yday',
    expect: answer(orders(YESTERDAY, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg ord val q1 25',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancel rt l90d?',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'home units last wk',
    expect: answer(units(LAST_WEEK, inCategory('home'))),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'insta reach l30d',
    expect: answer(posts('SUM(p.reach)', 'reach', LAST_30_DAYS, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp mtd',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs via tiktok l60d',
    expect: answer(newCustomers(LAST_60_DAYS, " AND c.acquisition_channel = 'tiktok'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'christmas day 2025 takings, how much',
    expect: answer(revenue(CHRISTMAS_DAY)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many hearts did my posts collect during december',
    expect: answer(posts('SUM(p.likes)', 'likes', DECEMBER)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'February 2026: what we charged buyers for delivery on paid orders',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'in december how many different shoppers actually bought something',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate over all orders placed January through March 2025',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q1_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats my facebook engagement rate for oct-dec 2025',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', Q4_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin of the beauty category on paid orders, first half of 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund % tiktok shop l60d',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_60_DAYS)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'discounting on insta shop sales in nov 2025 as a % of subtotal',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean value of paid orders from customers in Germany, H1 2025',
    expect: answer(`SELECT ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H1_2025)} AND c.country = 'DE'`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: '2025 spend per paying customer, averaged',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'saves per tiktok on average last month',
    expect: answer(posts('AVG(p.saves)', 'avg_saves', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many items in a typical order this month, avg',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Q4 2025: paid orders per buying customer, on average',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Proportion of Q4 2025 paid revenue that came through the online store',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: '% of ords l30d from canada',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'CA') * 1.0 / COUNT(*) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'among january signups, what fraction found us through paid search ads',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(JANUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of what i posted in 2025 went on tiktok, as a share',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.platform = 'tiktok') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Accessories as a share of all units sold in 2025',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'accessories') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Count of December 2025 paid orders whose total exceeded $200',
    expect: answer(count('orders', `${PAID} AND ${o(DECEMBER)} AND o.total > 200`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many of our products cost us less than $10 each',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.cost < 10'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my 2025 tiktoks went past a million views',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 1000000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of customers with more than 5 paid orders placed during 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) > 5) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'l60d refunds bigger than 250 dollars, count',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(LAST_60_DAYS)} AND o.total > 250`)),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'show me every product with a list price under $30',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.price < 30'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'jan top revenue day?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'my single insta post with the biggest comment count, all time',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(ALL)} AND p.platform = 'instagram' ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'In 2025, where was our gross margin weakest? Just the worst product category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'in q3 2025 which country gave us the most new customers',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q3_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'the most expensive order cancelled so far this year, with its id',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_YEAR)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'ids of every cancellation over the last seven days',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_7_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my facebook carousel posts from january',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(JANUARY)} AND p.platform = 'facebook' AND p.media_type = 'carousel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Beauty products launched on or after 1 January 2025, by title',
    expect: answer(
      `SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty' AND ${pc(LAUNCHED_SINCE_2025)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'what does our accessories range consist of?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Which paid orders last week carried a discount above $50?',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.discount > 50`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'golden wall print how many sold this month',
    expect: answer(units(THIS_MONTH, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: '2025 paid product revenue: Velvet Scarf',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'count the posts where i featured the cloud tee',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Urban Ceramic Mug: Q4 2025 gross profit contribution',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many paid orders last month had a soft cap in them',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'wild eye cream units ytd',
    expect: answer(units(THIS_YEAR, byTitle(TITLE_F))),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'our unit cost on the velvet wallet?',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_G}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'december 2025 orders counted per status',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(DECEMBER)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'how many customers joined in february from each acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'so far this year how many posts per format (image, video, reel, carousel)',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'November 2025 paid orders, split across sales channels (count)',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'cancelled ords by channel l90d',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 products ytd by product revenue',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my five most liked posts in january',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(JANUARY)} ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The four customer countries with the lowest paid revenue in 2025',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Top two sales channels ranked by gross profit, July to December 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Shipping charged on paid orders in Q4 2025, per customer country',
    expect: answer(
      `SELECT c.country AS country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach by platform for everything i posted this year',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: '2025 refund rates, one per sales channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'qty sold per category l30d',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 revenue split by how the buyer first found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Revenue from paid orders, week by week, Monday 12 January to Sunday 8 March 2026',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'ords each day l7d',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'monthly impressions on my content from sept onward',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'signups month by month for all of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'time_series',
    question: 'Refunded orders per month, July to December 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS refunded_orders FROM orders o WHERE o.status = 'refunded' AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales this past 7 days up or down on the 7 days prior?',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_7_DAYS, PREVIOUS_7_DAYS),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Q4 2025 paid orders compared with Q4 2024, counts',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'total engagement on my posts in feb compared to jan',
    expect: answer(
      compared(`SUM${ENGAGEMENT} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new signups: last wk against the wk before it',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Average order value in January 2026 against January 2025',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, JANUARY, JANUARY_2025),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'refunds this month to date next to the whole of february',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        THIS_MONTH,
        FEBRUARY,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'In Q3 2025, which earned more paid revenue: the online store or Instagram Shop?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'on instagram this year do my images or my carousels get more likes',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' AND p.media_type IN ('image', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'home v beauty gross profit l90d which is higher',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} AND pr.category IN ('home', 'beauty') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: '2025 new customers: email vs facebook as the source, which won',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('email', 'facebook') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'jan 1 ords how many',
    expect: answer(orders(NEW_YEARS_DAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid revenue over the last 10 days, 5 to 14 March 2026',
    expect: answer(revenue(LAST_10_DAYS)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Paid revenue for the second half of February 2026, the 15th to the 28th',
    expect: answer(revenue(LATE_FEBRUARY)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'number of posts over the last 4 full weeks',
    expect: answer(posts('COUNT(*)', 'posts', LAST_4_WEEKS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'signups since black friday 2025, total',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'of the orders placed this week, how many got refunded',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(THIS_WEEK)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales last week total'],
    question: 'n the wk before?',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['For April–June 2025, paid revenue per sales channel'],
    question: 'Only French buyers, please',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q2_2025)} AND c.country = 'FR' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['how many comments did my instagram posts get in november'],
    question: 'same but tiktok',
    expect: answer(posts('SUM(p.comments)', 'comments', NOVEMBER, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What gross profit did we make in July–September 2025?'],
    question: 'Now per product category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['total new customers across 2025'],
    question: 'how many of them came from instagram',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'instagram'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['count of refunded december orders', 'narrow it to orders placed on tiktok shop'],
    question: 'now november',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(NOVEMBER)} AND o.sales_channel = 'tiktok_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'joggers units sold l30d', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Product revenue from the rug in Q3 2025',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'sweater posts - total shares?',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'Gross profit on the toner during 2025?', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'sunscreen ords ytd', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'shampoo bar orders from 2025 that ended in a refund, how many',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: "what's the price tag on the midi dress", expect: CLARIFY },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'how many of the watch strap went out the door in february',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'unit cost of the cushion cover pls',
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'whats our average review score this month', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'insta direct messages received last week, how many',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Average delivery time in days from order to doorstep, Q4 2025',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'Card processing fees we paid to Stripe in February',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'conversion rate from site sessions to orders last month',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'what reasons did customers give most often for their returns in 2025',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which fulfilment centre sent out the most parcels in january',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'email open rate on ystrdays newsletter', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Split of 2025 sign-ups by customer gender',
    expect: DECLINE,
  },
];
