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
  DECEMBER_2024,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_10_DAYS,
  LAST_12_MONTHS,
  LAST_30_DAYS,
  LAST_3_DAYS,
  LAST_3_WEEKS,
  LAST_6_WEEKS,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
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
  Q1_2025,
  Q2_2025,
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  ts,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twelfth fresh merchant evaluation: a fourteenth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 437e375 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's
 * unit tests or the misses of any evaluation set: only the demo layer's tables, metrics and dimensions, the demo
 * data's schema, generator and README, the eval harness and the existing question files (to avoid repeating their
 * questions and to follow their conventions). Nobody tunes the analyst to it: `npm run eval` prints its figures
 * only; `--show-twelfth-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out`
 * does not run it at all.
 *
 * Asked by a shop owner on a phone (mtd, ytd, yoy, gp %, qty, tt shop, ig shop, wk, avg basket, "thru", "bucks"),
 * an analyst (precise periods and splits), a creator (posts, reach, likes, comments, shares, impressions), a finance
 * person (margin, refunds, discounts, shipping), a founder (customers, sign-ups, growth) and a support lead
 * (cancellations, refunds and orders of the last few days). Same data and dates as the merchant set: scale 1, seed
 * DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the
 * demo tenant. Each gold query was run on that data and its rows checked by hand (a ranking's cut-off checked for
 * ties, a threshold at its boundary, a series and a breakdown against the total they add up to, no sum over no
 * rows). Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with two
 * answerable readings in the layer, such as "channel" or "tiktok" with "customers" or "selling", "best engagement"
 * (the sum or the rate), "repeat customers", "dropped the most" (units or product revenue), "net" (revenue or gross
 * profit), or a judgement with no figure named), `decline` (the data cannot answer: addresses, sentiment, offline
 * sales, loyalty points, colours, fraud flags, loans, insurance, live streams). Gold conventions: orders counted
 * with no status named are paid orders, and a "breakdown of order statuses" counts orders of every status; refunds
 * and cancellations counted or listed are refunded and cancelled orders by the day they were placed, an order "sent
 * back" is a refunded one, and refunds "as dollars" ("refund $") are those orders' totals; what a product, a product
 * kind or a category "made" ("make us", "who made more money", "sales by category", "top products by sales") is
 * product revenue; a product kind ("tanks", "hoodies") is the products whose title ends with it, and "the most
 * expensive rug" is the product with the highest list price among them; a post is "about" a product when its caption
 * names it; post figures go by the day the post went out ("comments people left on my stuff this month" are those of
 * this month's posts), the times Facebook "showed my posts to people" are impressions, and an average "per post" is
 * over the posts; "distinct customers who paid us something" are customers who bought, "the customer base in canada"
 * is every customer whose country is Canada (no period), and people who "signed up" are new customers by sign-up time;
 * the "avg basket" is the average order value, "avg shipping per order" the mean shipping of paid orders, "qty per
 * order" units per order and "arpc" revenue per customer who bought; "promotional markdowns" are discounts; an order
 * "with no discount at all" has a discount of 0, a "discounted" order one above 0, and "free shipping" a shipping
 * charge of 0 (charges are $0, $5.95 or $9.95); orders "that came from our posts" are attributed to a post, and
 * "orders attributed to Instagram posts" to an Instagram post; what customers "spent" is the revenue of their paid
 * orders; a share is the group's part of the whole, as a fraction; an hour is the UTC hour; the "most profitable day"
 * has the most gross profit; "did my average reach per post improve from q3 to q4" is over every platform; a
 * question with no period runs over all the data; follow-ups are asked after their `history` and keep what it did not
 * change.
 *
 * Periods at 2026-03-15: yesterday = Sat 14 Mar, compared with "the same day last week" = Sat 7 Mar; "friday" = 13
 * Mar and "friday and saturday" = 13–14 Mar (44 and 52 paid orders); this week = Mon 9 – Sat 14 Mar; last week = 2–8
 * Mar; "wk before last" = 23 Feb – 1 Mar; "the 3 weeks before this one" = 16 Feb – 8 Mar and the last 6 weeks = 26 Jan
 * – 8 Mar (full Monday-to-Sunday weeks before this one, the demo README's rule); the last 3 days = 12–14 Mar; the last
 * 10 days = 5–14 Mar; the last 21 days = 22 Feb – 14 Mar; the last 30 days / "last 30d" = 13 Feb – 14 Mar; this month
 * / "mtd" / "since the 1st" / "since march 1" = 1–14 Mar, and "march so far vs same point in february" compares it
 * with 1–14 Feb; last month / "feb" / "february" = Feb 2026; "jan" / "january" = Jan 2026; "december" = Dec 2025;
 * November 2025 and December 2024 = those months; "since christmas" = 25 Dec 2025 – 14 Mar 2026 (Christmas Day, 50
 * paid orders, in); "since halloween" = 31 Oct 2025 – 14 Mar 2026 (the two posts of the 31st in); "between dec 20 and
 * jan 5" includes both ends (54 and 36 paid orders; the 19th and the 6th, which had orders, are out); "1 October 2024
 * through 31 March 2025" includes both ends; the last 12 months = Mar 2025 – Feb 2026 (whole months); this year /
 * "ytd" / "this yr" / "since jan 1" = 1 Jan – 14 Mar 2026, and "yoy ytd" compares it with 1 Jan – 14 Mar 2025; 2025 /
 * last year = the calendar year; H1 / H2 2025 = those halves; Q1–Q4 2025 = those quarters, "q4" / last quarter = Q4
 * 2025 and "q3 to q4" = Q3 → Q4 2025; "the same quarter a year earlier" than Q2 2025 = Q2 2024, and "year-over-year
 * for Q4 2025" compares with Q4 2024; weekends = ISO days 6 and 7; "year by year" buckets every paid order by calendar
 * year (2024 from the data's first day, 15 Mar 2024; 6,567 + 13,844 + 2,784 = all 23,195). Comparisons of closed
 * periods (the metric, then `<metric>_previous` for the earlier period).
 *
 * Thresholds at their boundary: four paid December 2024 orders are exactly $150.00 and count in "of $150 or more"
 * (221; the nearest below is $149.39); no Q4 2025 Facebook post has exactly 20,000 reach (4 of 22 above; the nearest
 * are 19,524 and 23,247); no refunded Q4 2025 order is exactly $300 (9 above; the nearest are $299.95 and $302.40);
 * "between $500 and $1,000" includes both ends and no customer's 2025 spend is at either (946; the nearest are
 * $499.90 / $500.02 and $999.90 / $1,000.78); 861 of February's 1,049 paid orders had no discount (the smallest
 * discount given was $2.10); the beauty products under $20 are the Vintage Toner ($12) and the Meadow Face Serum
 * ($17; the next is $26); six home products were added before 2024 (the Alpine Rug, 22 Dec 2023, the last; the
 * Classic Rug, Feb 2024, is out). Cut-offs: the top 3 products of this week by product revenue end at $1,694 (the 4th
 * has $1,620); the 4 most shared 2025 TikToks end at 4,256 (the 5th has 3,718); the 3 products with the lowest 2025
 * gross margin end at 46.91% (the 4th has 47.54%); the top 2 countries by new customers this year are the US's 217 and
 * the UK's 70 (Australia has 50); the top 2 customers by 2025 paid orders have 46 and 30 (the 3rd and 4th tie at 28, so
 * two are asked for); the best 3 days of February end at 26 Feb's $4,859.11 (27 Feb has $4,822.07); the least-sold
 * accessory of 2025 is the Urban Watch Strap, 1 unit in its two weeks on sale (every accessory sold that year; the
 * next, the Velvet Backpack, has 78). The single extremes (February's most commented post, 1,212 against 1,011; the
 * TikTok Shop's busiest 2025 hour, 19h's 107 paid orders against 20h's 101; 2025's most profitable day, 1 Aug's
 * $12,895.85 against 3 Sep's $12,398.18; this year's best sign-up day, 21 Feb's 13 against 10 Jan's 11; the country
 * with the fewest Q4 2025 refunds, Germany's 25 against France's 26; the most expensive rug, the Cloud Rug's $80
 * against $37) have no tie. The series add up to the totals of their periods: the weekly revenue of the last 6 weeks
 * to $169,278.71; 2025's monthly refunded dollars to $93,790.41 (its first half the $34,514.83 of "refund $ h1 '25");
 * the tanks' monthly Q3 2025 units 97 + 129 + 118 = 344; this week's cancellations by day 2 + 1 + 2 + 2 = 7 (none on
 * the 9th or the 14th); the daily Instagram reach of the last 10 days has the three days with Instagram posts (7, 9 and
 * 14 Mar). Breakdowns add up likewise (November 2025's discounts by sales channel to the $9,212.23 of November's
 * markdowns; Q2 2025's buying customers by acquisition channel to 1,476; February's by country to 922; 2025's
 * TikTok-acquired new customers by country to 275; every TikTok post by hour, 8h to 20h, to 233; the TikTok Shop's
 * January orders by status 117 + 7 + 4; German customers' H2 2025 orders by status 710 + 39 + 15; Q4 2025's refunded
 * orders by category 69 + 49 + 174 + 73 = 365 for 306 orders, an order with products of two categories counted in
 * each). No gold sums over no rows: the smallest sets asked about are Friday's two cancelled orders, the four
 * refunded H2 2025 orders with a Minimal Denim Jacket, the four Facebook posts over 20k reach and the 6 units of the
 * Ocean Bath Salts since their launch on 9 Feb 2026 ($323.94).
 */

export interface TwelfthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const LAST_21_DAYS: Span = ['2026-02-22', '2026-03-15'];
const FRIDAY_AND_SATURDAY: Span = ['2026-03-13', '2026-03-15'];
const FRIDAY: Span = ['2026-03-13', '2026-03-14'];
const SAME_DAY_LAST_WEEK: Span = ['2026-03-07', '2026-03-08'];
const FEBRUARY_TO_THE_14TH: Span = ['2026-02-01', '2026-02-15'];
const DECEMBER_20_TO_JANUARY_5: Span = ['2025-12-20', '2026-01-06'];
const OCTOBER_2024_TO_MARCH_2025: Span = ['2024-10-01', '2025-04-01'];
const SINCE_HALLOWEEN: Span = ['2025-10-31', '2026-03-16'];
const SINCE_CHRISTMAS: Span = ['2025-12-25', '2026-03-16'];
const Q2_2024: Span = ['2024-04-01', '2024-07-01'];

/** Orders with the social post they are attributed to (orders attributed to no post drop out). */
const ORDERS_POSTS = 'orders o JOIN social_posts p ON p.post_id = o.attributed_post_id';

/** Product titles in the demo catalog, asked about by name (none of them asked about by name by the earlier sets). */
const TITLE_A = 'Ocean Bath Salts';
const TITLE_B = 'Vintage Sunscreen';
const TITLE_C = 'Cloud Rug';
const TITLE_D = 'Minimal Denim Jacket';

export const TWELFTH_FRESH_CASES: readonly TwelfthFreshCase[] = [
  // Totals
  {
    asker: 'owner',
    category: 'totals',
    question: 'total sales since the 1st',
    expect: answer(revenue(THIS_MONTH)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What gross profit did we book across Q2 2025?',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q2_2025)}`),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many comments have people left on my stuff this month',
    expect: answer(posts('SUM(p.comments)', 'comments', THIS_MONTH)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many distinct customers paid us something in 2025',
    expect: answer(
      `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'orders since jan 1, total count',
    expect: answer(orders(THIS_YEAR)),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'mtd units ig shop',
    expect: answer(units(THIS_MONTH, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'rev yoy ytd',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp % q4',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'finance',
    category: 'shorthand',
    question: "refund $ h1 '25",
    expect: answer(`SELECT SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(H1_2025)}`),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'avg likes/post ig reels 2025',
    expect: answer(
      posts('AVG(p.likes)', 'avg_likes', YEAR_2025, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'qty per order tt shop last 30d',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_30_DAYS)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'arpc 2025 by country',
    expect: answer(
      `SELECT c.country, ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'cancels wk before last',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(WEEK_BEFORE_LAST)}`),
  },

  // Everyday words for metrics
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many units did we move in the 3 weeks before this one',
    expect: answer(units(LAST_3_WEEKS)),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how big is our customer base in canada',
    expect: answer(newCustomers(ALL, " AND c.country = 'CA'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did the ig shop take over december',
    expect: answer(revenue(DECEMBER, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did facebook show my posts to people last month',
    expect: answer(posts('SUM(p.impressions)', 'impressions', LAST_MONTH, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What did promotional markdowns cost us in November 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate on discounted orders in H1 2025',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.discount > 0 AND ${o(H1_2025)}`),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'cancellation rate for british customers in q4',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'GB' AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "er on fb videos, h2 '25",
    expect: answer(
      posts(ENGAGEMENT_RATE, 'engagement_rate', H2_2025, " AND p.platform = 'facebook' AND p.media_type = 'video'"),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Discount rate for orders attributed to Instagram posts, 2025',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_POSTS} WHERE ${PAID} AND p.platform = 'instagram' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'gross margin on beauty stuff this yr',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'beauty' AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'rates',
    question: "what's the refund rate on orders that came from our posts this year",
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE o.attributed_post_id IS NOT NULL AND ${o(THIS_YEAR)}`,
    ),
  },

  // Ratios, averages and shares
  {
    asker: 'owner',
    category: 'ratios',
    question: 'whats the avg basket for uk shoppers last month',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'GB' AND ${o(LAST_MONTH)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Orders per buying customer among Canadians, 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country = 'CA' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'how much of my facebook reach in 2025 came from videos, as a %',
    expect: answer(
      posts(
        "SUM(p.reach) FILTER (WHERE p.media_type = 'video') * 1.0 / SUM(p.reach)",
        'reach_share',
        YEAR_2025,
        " AND p.platform = 'facebook'",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'What share of gross profit in 2025 came from home goods?',
    expect: answer(
      `SELECT SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE pr.category = 'home') * 1.0 / ${GROSS_PROFIT} AS gross_profit_share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'of everyone who signed up in h2 2025, what share were in australia',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'AU') * 1.0 / COUNT(*) AS new_customers_share FROM customers c WHERE ${c(H2_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg shipping per order in jan',
    expect: answer(`SELECT AVG(o.shipping) AS shipping_per_order FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },

  // Thresholds and conditions on rows
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many feb orders went thru with no discount at all',
    expect: answer(orders(LAST_MONTH, ' AND o.discount = 0')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many fb posts broke 20k reach in q4',
    expect: answer(posts('COUNT(*)', 'posts', Q4_2025, " AND p.platform = 'facebook' AND p.reach > 20000")),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Number of paid orders of $150 or more in December 2024',
    expect: answer(orders(DECEMBER_2024, ' AND o.total >= 150')),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers spent between $500 and $1,000 with us last year',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(o.total) BETWEEN 500 AND 1000) middle`,
    ),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of Q4 2025 orders with free shipping',
    expect: answer(orders(Q4_2025, ' AND o.shipping = 0')),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'whats the most expensive rug i sell',
    expect: answer(
      `SELECT pr.product_id AS product, pr.price AS price FROM products pr WHERE pr.title LIKE '% Rug' ORDER BY pr.price DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which of my posts got the most comments in february',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY 1 ORDER BY comments DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Peak ordering hour (UTC) for the TikTok Shop in 2025',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'What was our most profitable day of 2025?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_profit DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'what day did we get the most signups this year',
    expect: answer(
      `SELECT ${bucket('day', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'which country had the fewest refunds last quarter',
    expect: answer(
      `SELECT c.country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1 ORDER BY orders ASC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: "give me the order numbers for friday's cancellations",
    expect: answer(`SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'cancelled' AND ${o(FRIDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up every tiktok i posted since march 1',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which beauty items are under 20 bucks',
    expect: answer(`SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'beauty' AND pr.price < 20`),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'List the refunded orders over $300 in Q4 2025',
    expect: answer(
      `SELECT o.order_id AS "order" FROM orders o WHERE o.status = 'refunded' AND o.total > 300 AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which home products have been in the catalog since before 2024?',
    expect: answer(
      `SELECT pr.product_id AS product FROM products pr WHERE pr.category = 'home' AND pr.created_at < ${ts('2024-01-01')}`,
    ),
  },

  // Products by name
  {
    asker: 'owner',
    category: 'names',
    question: `how much did the ${TITLE_A.toLowerCase()} make since launch`,
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_A)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'names',
    question: `Gross margin on the ${TITLE_B} in 2025`,
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: `how many posts have i done about the ${TITLE_C.toLowerCase()}`,
    expect: answer(posts('COUNT(*)', 'posts', ALL, ` AND p.caption LIKE '%${TITLE_C}%'`)),
  },
  {
    asker: 'support',
    category: 'names',
    question: `how many orders with a ${TITLE_D.toLowerCase()} got sent back in h2 2025`,
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(H2_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Units sold of tanks by month, Q3 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(Q3_2025)}${byKind('Tank')} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'what did the hoodies make us in feb',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)}${byKind('Hoodie')}`,
    ),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'counts_by',
    question: 'orders by storefront, last 3 days',
    expect: answer(
      `SELECT o.sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_3_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'number of posts by hour of day on tiktok',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM p.posted_at) AS INTEGER) AS hour_of_day, COUNT(*) AS posts FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(ALL)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Number of customers who placed a paid order in Q2 2025, by acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'how many different people bought from us in each country in feb',
    expect: answer(
      `SELECT c.country, COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1`,
    ),
  },

  // Breakdowns by order status
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'how many cancellations in the last 21 days',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_21_DAYS)}`),
  },
  {
    asker: 'finance',
    category: 'status_breakdowns',
    question: 'Refunds as a count and as dollars, Q3 2025',
    expect: answer(
      `SELECT COUNT(*) AS orders, SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'status_breakdowns',
    question: 'breakdown of order statuses for the tiktok shop in jan',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE o.sales_channel = 'tiktok_shop' AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Orders by status for customers in Germany, H2 2025',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE c.country = 'DE' AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'q4 refunds, broken down by product category',
    expect: answer(
      `SELECT pr.category, COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS_PRODUCTS} WHERE o.status = 'refunded' AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },

  // Top and bottom
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 products by sales this week',
    expect: answer(
      `SELECT oi.product_id AS product, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY product_revenue DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'which 4 tiktoks got the most shares in 2025',
    expect: answer(
      `SELECT p.post_id AS post, SUM(p.shares) AS shares FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(YEAR_2025)} GROUP BY 1 ORDER BY shares DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Which 3 products had the lowest gross margin in 2025?',
    expect: answer(
      `SELECT oi.product_id AS product, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY gross_margin ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'top 2 countries by new customers this year',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1 ORDER BY new_customers DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Least-sold product in the accessories category during 2025, by units',
    expect: answer(
      `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category = 'accessories' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY units_sold ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'top_bottom',
    question: 'top 2 customers by number of orders in 2025',
    expect: answer(
      `SELECT o.customer_id AS customer, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY orders DESC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'best 3 days for sales last month',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY 1 ORDER BY revenue DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Gross margin by country and sales channel, Q3 2025',
    expect: answer(
      `SELECT c.country, o.sales_channel, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Q4 2025 discounts by month and sales channel',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, o.sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach by platform and media type in 2025',
    expect: answer(
      `SELECT p.platform, p.media_type, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1, 2`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'sales by category since christmas',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(SINCE_CHRISTMAS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'revenue by acquisition channel for the last 12 months',
    expect: answer(
      `SELECT c.acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} GROUP BY 1`,
    ),
  },

  // Time series
  {
    asker: 'owner',
    category: 'time_series',
    question: 'how did sales go week by week over the last 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'daily reach on instagram over the last 10 days',
    expect: answer(
      `SELECT ${bucket('day', 'p.posted_at')}, SUM(p.reach) AS reach FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_10_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Monthly refunded dollars for 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS refunded FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Year-by-year paid order count',
    expect: answer(
      `SELECT ${bucket('year', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'cancellations per day this week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  // Period comparisons
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'yesterday vs same day last week, sales',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, YESTERDAY, SAME_DAY_LAST_WEEK),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How did Q2 2025 gross profit stack up against the same quarter a year earlier?',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q2_2025,
        Q2_2024,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my average reach per post improve from q3 to q4',
    expect: answer(compared('AVG(p.reach) FILTER (WHERE %F)', 'avg_reach', 'social_posts p', '', p, Q4_2025, Q3_2025)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customer growth, march so far vs same point in february',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, THIS_MONTH, FEBRUARY_TO_THE_14TH),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Year-over-year change in units per order for Q4 2025',
    expect: answer(
      compared(
        'SUM(oi.quantity) FILTER (WHERE %F) * 1.0 / NULLIF(COUNT(DISTINCT oi.order_id) FILTER (WHERE %F), 0)',
        'units_per_order',
        ITEMS,
        PAID,
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'home vs accessories, who made more money in jan',
    expect: answer(
      `SELECT pr.category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND pr.category IN ('home', 'accessories') AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'photos vs videos on facebook, avg likes per post in 2025',
    expect: answer(
      `SELECT p.media_type, AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type IN ('image', 'video') AND ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Shipping collected, UK versus Australia, H2 2025',
    expect: answer(
      `SELECT c.country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND c.country IN ('GB', 'AU') AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Units per order, online store vs Instagram Shop, Q1 2025',
    expect: answer(
      `SELECT o.sales_channel, ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND o.sales_channel IN ('online_store', 'instagram_shop') AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },

  // Named and relative periods
  {
    asker: 'owner',
    category: 'periods',
    question: 'sales between dec 20 and jan 5',
    expect: answer(revenue(DECEMBER_20_TO_JANUARY_5)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many orders came in friday and saturday',
    expect: answer(orders(FRIDAY_AND_SATURDAY)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for the period 1 October 2024 through 31 March 2025',
    expect: answer(revenue(OCTOBER_2024_TO_MARCH_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how much content have i put up since halloween',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_HALLOWEEN)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders placed on weekends in February 2026',
    expect: answer(orders(LAST_MONTH, WEEKEND('o.ordered_at'))),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue on the web store last week'],
    question: 'what about the tiktok shop',
    expect: answer(revenue(LAST_WEEK, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['likes on my tiktoks in january'],
    question: 'now do feb',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Gross profit by sales channel, Q3 2025'],
    question: 'Narrow that to the Instagram Shop.',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new customers from tiktok in 2025'],
    question: 'which countries were they in',
    expect: answer(
      `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel = 'tiktok' AND ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many orders were refunded last week'],
    question: 'and how many were cancelled',
    expect: answer(`SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(LAST_WEEK)}`),
  },

  // Must clarify
  {
    asker: 'founder',
    category: 'must_clarify',
    question: 'which channel brought us the most customers in q4',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'hows march shaping up', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'whats selling on tiktok rn', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'which platform gets me the best engagement',
    expect: CLARIFY,
  },
  { asker: 'creator', category: 'must_clarify', question: 'how many of my posts flopped in january', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'is the velvet hoodie worth keeping', expect: CLARIFY },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How many repeat customers did we have in 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Which products dropped the most in February compared with January?',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'What did we net in January?', expect: CLARIFY },

  // Must decline
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many customers asked to change their delivery address this week',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'How much interest did we pay on the business loan in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many of the comments on my reels were negative last month',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how much did our pop-up market stall sell in december',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many loyalty points did customers redeem in feb',
    expect: DECLINE,
  },
  { asker: 'analyst', category: 'must_decline', question: 'Revenue by product color, 2025', expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which orders were flagged as fraud last month',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What insurance premiums did we pay in 2025?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many viewers did my tiktok lives get in january',
    expect: DECLINE,
  },
];
