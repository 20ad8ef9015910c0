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
  DECEMBER_2024,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_10_DAYS,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_3_DAYS,
  LAST_30_DAYS,
  LAST_60_DAYS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_WEEK,
  NEW_YEARS_EVE,
  newCustomers,
  NOVEMBER,
  o,
  orders,
  ORDERS_CUSTOMERS,
  ORDERS_PER_CUSTOMER,
  p,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  revenueOfCustomers,
  SINCE_BLACK_FRIDAY,
  SINCE_OCTOBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-fifth fresh merchant evaluation: a twenty-seventh set of questions on the demo layer, held out IN FULL. It
 * was written from main at 85a7cb3 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-fourth (read for its format and
 * gold helpers): only the demo layer (src/demo/**), the demo data itself and the eval harness. Each draft and history
 * line was compared by a throwaway script with every line of every earlier question file (token-set and trigram
 * Jaccard) and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval`
 * prints its figures only; `--show-twentyfifth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (lowercase, shorthand and typos: "ords", "l7d", "l14d", "l90d", "prft", "frm", "this
 * mo", "ths wk", "aov", "ytd", "cyber mon 25", "100 bucks", "$" for money), an analyst (precise periods, "inclusive of
 * both", "twelve full months ending"), a creator ("pass my stuff on to their friends" for shares, "reached the most
 * people", "insta", "put out" for posted), a finance person ("postage" for shipping, "give away in discounts", what a
 * product "costs us"), a founder (people who "create a customer account", where a customer "first came to us from"), a
 * support lead (orders "called off", "whatever their status") and an ops person, in conversations too. Same data and
 * dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on
 * EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on that data (the demo tenant's rows,
 * through the eval warehouse) and its rows checked by hand. Expectations as in merchant-questions.ts: `answer` (the
 * gold's columns and rows), `clarify` (a word with several answerable readings, each with rows: "rug" (the Alpine,
 * Classic and Cloud Rug, 17, 30 and 58 units in January), "the shampoo bar" (the Amber and the Oversized Shampoo Bar,
 * $208.00 and $1,152.00 of product revenue in February), "the sunscreen" (the Classic and the Vintage Sunscreen, named
 * in 2 and 6 captions), "the midi dress" (the Cloud and the Vintage Midi Dress, $633.49 and $2,073.60 of gross profit
 * in 2025), "joggers" (the Coastal, Minimal and Organic Joggers, 13, 11 and 22 units this week), "the toner" (the
 * Minimal, Sunset and Vintage Toner, one refunded order each this year), "the watch strap" (the Urban and the Wild Watch
 * Strap, listed at $23.95 and $37.99), "the sweater" (the Minimal, Velvet and Vintage Sweater, 26, 55 and 34 units in
 * December 2025) and "hoodie" (the Organic, Urban and Velvet Hoodie, 10, 2 and 16 units last week)), `decline` (ad
 * spend, profile visits, cart abandonment, card processing fees, customers' gender, delivery times, suppliers, product
 * colours, forecasts).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "per status" counts orders of every
 * status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed
 * (orders "called off" are cancelled ones); a cancellation rate is cancelled over all orders, a refund rate refunded
 * over paid and refunded orders, and "whatever their status" a part of every order; a product's "$" and "product
 * revenue" are units × unit price; what one unit "costs us to buy in" is the product's unit cost; "postage" is
 * shipping; "units per order" are units per paid order; where a customer "first came to us from" is the acquisition
 * channel; "every sweater we make added up" is every product whose title ends in "Sweater"; a caption "names" a product
 * when it contains its title; "engagement" is likes + comments + shares + saves; a share, "%", "portion", "part" or
 * "cut" is the group's part of the whole, as a fraction; the "weakest" products sold the fewest units; post figures go
 * by the day the post went out, order figures by the day the order was placed, sign-ups by the customer's creation
 * time; the weekend is ISO days 6 and 7; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yesterday" = 14 Mar, "the day before that one" = 13 Mar; "this wk" = 9–14 Mar; "last week" /
 * "last wk" = 2–8 Mar; "the preceding week" = 23 Feb – 1 Mar; "the last 8 weeks" = 12 Jan – 8 Mar; "the last 3 days" =
 * 12–14 Mar; "l7d" = 8–14 Mar; "the past 10 days" = 5–14 Mar; "l14d" = 1–14 Mar; "l30d" = 13 Feb – 14 Mar; "the last
 * 60 days" = 14 Jan – 14 Mar; "l90d" = 15 Dec 2025 – 14 Mar 2026; "this month" / "this mo" / "so far in march" = 1–14
 * Mar; "ytd" / "this year" / "since jan 1" = 1 Jan – 14 Mar 2026; "feb" / "last month" / "February 2026" = Feb 2026,
 * against "jan" / "the month before"; "jan" / "january" / "January 2026" = Jan 2026; "dec" / "December 2025" = Dec
 * 2025, against December 2024; "November 2025" = Nov 2025; "valentines day" = 14 Feb 2026; "christmas day" = 25 Dec
 * 2025; "new year's eve" = 31 Dec 2025; "cyber mon 25" = 1 Dec 2025; "since black friday" = 28 Nov 2025 on; "since
 * october" = 1 Oct 2025 on; "10 November 2025 to 20 November 2025, inclusive of both" = 10–20 Nov 2025; "the twelve
 * full months ending February 2026" = Mar 2025 – Feb 2026; "Q4 2025" = Oct–Dec 2025, against Q4 2024; "July through
 * September 2025" / "Q3 2025" / "q3 2025" = Jul–Sep 2025; "Q2 2025" = Apr–Jun 2025; "the second half of 2025" / "H2
 * 2025" / "h2 2025" = Jul–Dec 2025; "2025" / "calendar 2025" / "last year" = the calendar year. Comparisons of periods
 * give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 198 paid February orders were above $150 (one is exactly $150.00; the nearest are
 * $148.98 and $152.91); 12 products list over $100 (the nearest are $98.00 and $102.00); 91 TikToks of 2025 passed
 * 50,000 views (the nearest are 49,260 and 50,079); 1,598 customers placed four or more paid orders in 2025 (524 placed
 * three); 34 cancellations of this year were over $100 (the nearest are $98.95 and $102.00); 8 products cost under $10
 * a unit (the nearest are $9.97 and $10.22); yesterday's 5 paid orders over $200 start at $242.00 (the nearest below is
 * $160.95). Cut-offs: February's 3 products of most product revenue end at the Velvet Diffuser's $5,025.15 (the 4th has
 * $4,998.00); 2025's 5 most shared TikToks end at 3,718 (the 6th has 1,751); February's 3 products of fewest units end
 * at the Urban Watch Strap's 4 (the 4th has 5; every product sold in February); H2 2025's 3 categories of most gross
 * profit leave beauty out ($44,436.45). The single extremes have no tie: January's best day (2 Jan, $5,296.61, against
 * $5,084.68), 2025's post of most reach (2,471,308 against 2,142,055), 2025's channel of lowest cancellation rate (the
 * Instagram Shop, 1.18%, against 2.15%), 2025's country of most sign-ups (the US, 980, against 328) and this year's
 * largest cancellation ($321.90 against $311.08). Breakdowns and series add up to their totals: February's 1,125 orders
 * by status; 2025's 2,001 sign-ups by country; Q4 2025's 110 posts by media type; December's 1,859 paid orders by
 * channel; the 30 days' 27 cancellations by country; 2025's revenue by month and by acquisition channel to
 * $1,560,198.88; H2 2025's gross profit by quarter and by category to $569,549.94 and its cost of goods sold by month to
 * $452,975.93; February's likes by platform to 105,835; this week's 476 units by category and 273 paid orders by day;
 * the eight weeks' reach to 2,939,773. No gold sums over no rows: the smallest sets asked about are last week's one
 * Instagram carousel, the 2 refunded orders of this year with a Soft Beanie, the 2 refunded Instagram Shop orders of
 * the week before last, the 4 Christmas Day sign-ups, the 4 captions naming the Organic Planter, the 4 cancellations of
 * the last 3 days and the 5 refunded orders of New Year's Eve.
 */

export interface TwentyfifthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const NOVEMBER_10_TO_20: Span = ['2025-11-10', '2025-11-21'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Velvet Scarf';
const TITLE_B = 'Golden Wall Print';
const TITLE_C = 'Organic Planter';
const TITLE_D = 'Soft Cap';
const TITLE_E = 'Soft Beanie';
const TITLE_F = 'Velvet Diffuser';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';
const ENGAGEMENT_SUM = 'SUM(p.likes + p.comments + p.shares + p.saves)';

export const TWENTYFIFTH_FRESH_CASES: readonly TwentyfifthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Sum of paid order totals for July through September 2025',
    expect: answer(revenue(Q3_2025)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how many ords on valentines day',
    expect: answer(orders(VALENTINES_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total shares my posts got in november 2025',
    expect: answer(posts('SUM(p.shares)', 'shares', NOVEMBER)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much did we give away in discounts on paid orders during December 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'did anyone create a customer account on christmas day? how many',
    expect: answer(newCustomers(CHRISTMAS_DAY)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'number of refunded orders last month',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(FEBRUARY)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev cyber mon 25', expect: answer(revenue(CYBER_MONDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov tiktok shop ytd',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'web store ords l7d',
    expect: answer(orders(LAST_7_DAYS, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cancel rate l90d',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gross prft dec',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs frm tiktok this mo',
    expect: answer(newCustomers(THIS_MONTH, " AND c.acquisition_channel = 'tiktok'")),
  },
  { asker: 'owner', category: 'shorthand', question: 'qty sold l14d', expect: answer(units(LAST_14_DAYS)) },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig reach ytd',
    expect: answer(posts('SUM(p.reach)', 'reach', THIS_YEAR, " AND p.platform = 'instagram'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in from buyers in the uk during january',
    expect: answer(revenueOfCustomers(JANUARY, " AND c.country = 'GB'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how often did people pass my stuff on to their friends in feb',
    expect: answer(posts('SUM(p.shares)', 'shares', FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What did we collect from customers for postage on paid orders last month?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many december orders got called off before we sent them',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(DECEMBER)}`)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Online-store refund rate, July–September 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q3_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate on my tiktoks in january',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate on paid orders for the second half of 2025',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(H2_2025)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats the cancellation rate for american customers over the last 60 days',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(LAST_60_DAYS)} AND c.country = 'US'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'margin on home goods in feb, gross',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} AND pr.category = 'home'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average order value on the Instagram Shop in December 2025, paid orders',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'in 2025 what was revenue per paying customer',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per insta post last month',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', FEBRUARY, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'units per order on average so far in march',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Paid orders per buying customer across Q2 2025?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(Q2_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: "Online store's portion of paid revenue for 2025, as a share",
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'beauty % of units sold last month',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'out of the customers who joined since october, how big a portion came via paid search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(SINCE_OCTOBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of my q3 2025 reach was tiktok, as a share',
    expect: answer(
      `SELECT SUM(p.reach) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.reach) AS share FROM social_posts p WHERE ${p(Q3_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'of all december orders, whatever their status, what part ended up refunded',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.status = 'refunded') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${o(DECEMBER)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid February orders were above $150?',
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.total > 150`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products do we sell for more than 100 bucks',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my 2025 tiktoks got more than 50k views',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.video_views > 50000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count of customers with at least four paid orders during 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) >= 4) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'cancelled orders since jan 1 that were over $100 - how many',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(THIS_YEAR)} AND o.total > 100`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which products have a unit cost below ten dollars?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost < 10'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'highest revenue day of january',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which of my posts last year reached the most people',
    expect: answer(
      `SELECT p.post_id AS post, p.reach AS reach FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Lowest cancellation rate by sales channel during 2025: which one?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'what country did the most new customers come from in 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'biggest cancelled order this year, id + amount',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_YEAR)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'cancellations in the last 3 days - list the order numbers',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_3_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'instagram carousels i posted last week, list them',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'instagram' AND p.media_type = 'carousel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Home products with a list price under $40, by name',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' AND pr.price < 40"),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'what beauty stuff do we carry',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: "Yesterday's paid orders over $200: order ids please",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 200`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'velvet scarfs sold so far this month?',
    expect: answer(units(THIS_MONTH, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue from the Golden Wall Print in 2025, paid orders',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'in how many posts did i name the organic planter in the caption',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross margin on the Soft Cap over Q4 2025',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: "soft beanie: how many of this year's refunded orders had one",
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(THIS_YEAR)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'every sweater we make added up, units sold in jan',
    expect: answer(units(JANUARY, byKind('Sweater'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'what does one Velvet Diffuser cost us to buy in',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_F}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'last month orders per status please',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'how many customers signed up from each country in 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts per media type in q4 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid orders by sales channel for December 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'cancellations l30d per buyer country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS cancelled_orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'cancelled' AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 products by $ last month',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 tiktoks with the most shares across 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three weakest products by units sold in February 2026',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Top three categories by gross profit for H2 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Shipping collected on paid orders per sales channel, Q3 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'likes broken down by platform for feb',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Average order value by customer country, January 2026',
    expect: answer(
      `SELECT c.country AS country, AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'units this wk per category',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 revenue split by where each customer first came to us from',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid revenue per month across calendar 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders per day this wk',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'my reach week by week for the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'signups per month since october',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_OCTOBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Gross profit for each quarter of 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales this wk vs last wk',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid order count for Q4 2025 against Q4 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q4_2025, Q4_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my posts get more engagement in feb than jan',
    expect: answer(
      compared(`${ENGAGEMENT_SUM} FILTER (WHERE %F)`, 'engagement', 'social_posts p', '', p, FEBRUARY, JANUARY),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customer count: february against january',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, FEBRUARY, JANUARY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Discounts given on paid orders in December 2025 compared with December 2024',
    expect: answer(
      compared('SUM(o.discount) FILTER (WHERE %F)', 'discounts', 'orders o', PAID, o, DECEMBER, DECEMBER_2024),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'refund count feb vs jan',
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
    question: 'Refund rate in 2025: TikTok Shop versus the online store',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel IN ('tiktok_shop', 'online_store') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'images vs videos, which pulled more likes in h2 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(H2_2025)} AND p.media_type IN ('image', 'video') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'us v uk order count in feb',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country IN ('US', 'GB') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'this year so far, did email or direct bring in more new customers',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} AND c.acquisition_channel IN ('email', 'direct') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'weekend sales last month, sat and sun only',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Number of paid orders from 10 November 2025 to 20 November 2025, inclusive of both',
    expect: answer(orders(NOVEMBER_10_TO_20)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Paid revenue over the twelve full months ending February 2026',
    expect: answer(revenue(LAST_12_MONTHS)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'posts put out over the past 10 days, count',
    expect: answer(posts('COUNT(*)', 'posts', LAST_10_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'customer signups since black friday, all of them',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: "orders placed on new year's eve that we later refunded, how many",
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(NEW_YEARS_EVE)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['orders yesterday'],
    question: 'what about the day before that one',
    expect: answer(orders(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid revenue by sales channel for Q3 2025'],
    question: 'Only for customers based in Canada',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['instagram likes added up for january'],
    question: 'what about tiktok',
    expect: answer(posts('SUM(p.likes)', 'likes', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Cost of goods sold on paid orders in H2 2025'],
    question: 'Break that down by month',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['how many customers joined in december'],
    question: 'and the aussie ones among them?',
    expect: answer(newCustomers(DECEMBER, " AND c.country = 'AU'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunds last week, how many', 'just the instagram shop ones'],
    question: 'same again for the preceding week?',
    expect: answer(
      count(
        'refunded_orders',
        `o.status = 'refunded' AND ${o(WEEK_BEFORE_LAST)} AND o.sales_channel = 'instagram_shop'`,
      ),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'rug units sold in jan?', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Product revenue from the shampoo bar last month',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'total likes on posts that featured the sunscreen',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Gross profit on the midi dress for 2025',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'joggers qty ths wk', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'refunded orders that had the toner in them this year - count?',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'how much is the watch strap', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Units of the sweater sold on paid orders in December 2025',
    expect: CLARIFY,
  },
  { asker: 'ops', category: 'must_clarify', question: 'how many hoodie units went out last wk', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did i spend on facebook ads last month',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'profile visits on my insta this week',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What share of online-store carts were abandoned in January?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did card processing fees cost us over 2025?',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: "what's the male/female split of customers who signed up this year",
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'average number of days between shipping and delivery last month',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'which supplier do we buy the velvet scarf from',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'which colour of the urban hoodie sells best',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Forecast next quarter’s revenue for us',
    expect: DECLINE,
  },
];
