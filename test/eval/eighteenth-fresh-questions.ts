import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  BLACK_FRIDAY,
  BOXING_DAY,
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
  LAST_10_DAYS,
  LAST_14_DAYS,
  LAST_3_DAYS,
  LAST_30_DAYS,
  LAST_4_WEEKS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_8_WEEKS,
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
  Q3_2025,
  Q4_2024,
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  WEEK_BEFORE_LAST,
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  type Span,
} from './demo-gold.js';

/**
 * The eighteenth fresh merchant evaluation: a twentieth set of questions on the demo layer, held out IN FULL. It was
 * written from main at 95f691a WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the seventeenth (skimmed for its format): only the
 * demo layer (src/demo/semantic-layer.ts, schema.ts), the demo data's README and the data itself, and the eval harness.
 * Nobody tunes the analyst to it: `npm run eval` prints its figures only; `--show-eighteenth-fresh-misses` prints its
 * misses for the closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, misspelt: "hw many orders since march 1", "ordrs last wk",
 * "discnt rate jan", "r priced under 22 bucks", "feb rev compared w jan"), an analyst (precise periods, splits and
 * ratios), a creator (reach as "unique accounts saw my stuff", reels, carousels, posts that "featured" a product), a
 * finance person (markdowns, coupons, gross profit and margin, unit cost), a founder (accounts created, people who
 * "signed up after finding us on tiktok", acquisition channels) and a support lead (cancellations, refunds, order
 * numbers, storefronts). Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through
 * EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on
 * that data and its rows checked by hand (a ranking's cut-off checked for ties, a threshold at its boundary, a
 * breakdown or series against the total it adds up to, no sum over no rows). Expectations as in merchant-questions.ts:
 * `answer` (the gold's columns and rows), `clarify` (a word with several answerable readings: "the hoodie" (the
 * Organic, the Urban and the Velvet Hoodie), "the sweater" (the Minimal, the Velvet and the Vintage Sweater), "large
 * orders" (no size named), "my videos" (the video media type alone, or reels too), the product that "did best" (by
 * revenue, units or profit), "the weekend takings" (last weekend or this one, 14–15 March), how "big" the average order
 * was (its value or its units), "the backpack" (the Cedar and the Velvet Backpack) and "how much shipping we did"
 * (shipping charged, or parcels sent)), `decline` (the data cannot answer: a prediction of next Saturday's orders,
 * another merchant's (northwind's) revenue, buyers' email addresses, stock left, Instagram followers, courier label
 * costs, abandoned carts, payment processing fees, customers' ages).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "in each status" counts orders of every
 * status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed;
 * a category's or product's "revenue" is product revenue, its "profit" gross profit and its "margin" gross margin;
 * what a product "cost us to make" is its unit cost; the biggest single order is the order with its total; "customers
 * whose paid orders totalled more than $2,000" sum paid orders' totals per customer; people whose "accounts were
 * created" or who "signed up" are new customers by sign-up time, and where they "found us" their acquisition channel;
 * "how many unique accounts saw my stuff" is reach; a post "featured" or "mentions" a product when its caption names
 * it; "all the lip balms" are every product whose title ends in "Lip Balm"; a share, a "fraction", a "percent" or a
 * "portion" is the group's part of the whole, as a fraction; "what we invoiced customers for" is revenue; post figures
 * go by the day the post went out, order figures by the day the order was placed; weekends are ISO days 6 and 7, and
 * days of the week ISO day numbers (1 = Monday); a question with no period runs over all the data; follow-ups are asked
 * after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yesterday" = 14 Mar; "Friday the 13th of March" and "Monday 9 March 2026" are those days;
 * "last week" / "last wk" = Mon 2 – Sun 8 Mar, "the week prior" = 23 Feb – 1 Mar; "last weekend" = 7–8 Mar; the past 3
 * days = 12–14 Mar, the last 7 days = 8–14 Mar, the last 10 days = 5–14 Mar, the past 14 days = 1–14 Mar, the past 30
 * days = 13 Feb – 14 Mar, the past 90 days = 15 Dec 2025 – 14 Mar; the last 4, 6 and 8 weeks = full Monday-to-Sunday
 * weeks ending 8 Mar (from 9 Feb, 26 Jan and 12 Jan); "since march 1" and "this month" = 1–14 Mar; "since jan 1" and
 * "this year" = 1 Jan – 14 Mar 2026; "feb" / "last month" = Feb 2026; "jan" / "january" = Jan 2026; "december" = Dec
 * 2025, against Dec 2024; "valentines day" = 14 Feb 2026; "new years eve" = 31 Dec 2025; "boxing day" = 26 Dec 2025;
 * "26 December to 31 December 2025" = both days included; "black friday 2025" = 28 Nov 2025; "last quarter", Q4 2025
 * and "Oct-Dec 2025" = Oct–Dec 2025, against Q4 2024; "from October 2025 onwards" = 1 Oct 2025 on; "since september"
 * = 1 Sep 2025 on; "since July 2025" = 1 Jul 2025 on; Q3 2025 and "July through September 2025" = Jul–Sep 2025;
 * "Jan-Mar 2025" = Q1 2025; "the first half" / "first six months" of 2025 / H1 2025 = Jan–Jun 2025, against H2 2025 =
 * Jul–Dec 2025; "2025" = the calendar year, against 2024. Comparisons of closed periods give the metric, then
 * `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 76 paid January orders came to more than $250 (the nearest are $248.92 and $250.99);
 * 5 products are priced under $22 (the nearest are $20.99 and $23.95); 59 posts of 2026 passed 10,000 video views (none
 * lies between 9,000 and 11,000); 23 customers spent more than $2,000 in 2025 (the nearest are $1,987.17 and
 * $2,013.34); 16 refunded December orders were over $200 (the nearest are $189 and $205); 6 products cost more than $50
 * a unit (the nearest are $47.81 and $54.44); 8 products are listed above $110 (the nearest are $109 and $112).
 * Cut-offs: the two least profitable categories of H2 2025 end at accessories' $84,160.38 (home has $151,404.75); the 3
 * Instagram posts of widest reach in February end at 71,998 (the 4th has 46,317); the top 5 customers since 1 January
 * end at $802.77 (the 6th has $792); the 3 acquisition channels whose customers spent most in 2025 end at paid search's
 * $241,697.05 (TikTok has $222,437). The single extremes have no tie: last week's biggest order ($514.92 against
 * $503), February's weakest day (10 Feb, $2,476.08, against $2,722.98), 2025's thinnest-margin category (home, 54.49%,
 * against apparel's 55.81%), last quarter's country of most sign-ups (the US, 354, against Britain's 129) and 2025's
 * month of most cancelled orders (August, 41, against November's 40). Breakdowns and series add up to their totals:
 * Q1 2025's revenue by country to $259,652.09; Q4 2025's 748 sign-ups by channel; 2025's engagement by media type to
 * 1,767,214; 2025's 13,844 paid orders by weekday; February's 1,125 orders by status; last week's 289 paid orders by
 * storefront and by day; Black Friday's revenue by hour to $10,509.42; Q4 2025's revenue by country to $554,899.87;
 * the last 6 weeks' TikTok views to 2,066,875; the 1,700 sign-ups since July 2025 by month; the last 4 weeks' 50
 * refunded orders by week; Q4 2025's 4,296 units to US customers by category; December's discounts by country to
 * $5,795.07. No gold sums over no rows: the smallest sets asked about are the two posts of last weekend, the two orders
 * cancelled on Friday 13 March, the four cancellations of the last three days and the seven TikToks of the last ten
 * days.
 */

export interface EighteenthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const MONDAY_9_MARCH: Span = ['2026-03-09', '2026-03-10'];
const FRIDAY_13_MARCH: Span = ['2026-03-13', '2026-03-14'];
const LAST_WEEKEND: Span = ['2026-03-07', '2026-03-09'];
const DECEMBER_26_TO_31: Span = ['2025-12-26', '2026-01-01'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Alpine Rug';
const TITLE_B = 'Wild Lip Balm';
const TITLE_C = 'Urban Cushion Cover';
const TITLE_D = 'Soft Cap';
const TITLE_E = 'Velvet Scarf';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const productRevenueOf = (span: Span, where = '') =>
  `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(span)}${where}`;

export const EIGHTEENTH_FRESH_CASES: readonly EighteenthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'How many individual items did we sell from July through September 2025?',
    expect: answer(units(Q3_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'How much did customers pay us for shipping in the first half of 2025?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(H1_2025)}`),
  },
  { asker: 'owner', category: 'totals', question: 'hw many orders since march 1', expect: answer(orders(THIS_MONTH)) },
  {
    asker: 'founder',
    category: 'totals',
    question: 'How many accounts were created in the past 14 days?',
    expect: answer(newCustomers(LAST_14_DAYS)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'Count of orders that got cancelled in February',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(FEBRUARY)}`)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Sum of the markdowns we gave in the past 90 days',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(LAST_90_DAYS)}`),
  },

  // Shorthand typed on a phone
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov last 7 days',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)}`),
  },
  { asker: 'owner', category: 'shorthand', question: 'units sold boxing day', expect: answer(units(BOXING_DAY)) },
  { asker: 'owner', category: 'shorthand', question: 'ordrs last wk', expect: answer(orders(LAST_WEEK)) },
  { asker: 'owner', category: 'shorthand', question: 'new custmers feb', expect: answer(newCustomers(FEBRUARY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'discnt rate jan',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gp q3 2025',
    expect: answer(`SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rt past 30 days',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how much did valentines day bring in',
    expect: answer(revenue(VALENTINES_DAY)),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did we ring up on new years eve',
    expect: answer(revenue(NEW_YEARS_EVE)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many unique accounts saw my stuff in february',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'How much money did we give away in coupons from October to December 2025?',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'founder',
    category: 'everyday_words',
    question: 'how many folks signed up after finding us on tiktok in 2025',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'tiktok'")),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate in January 2026',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(JANUARY)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate of my reels since september',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', SINCE_SEPTEMBER, " AND p.media_type = 'reel'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: "Beauty products' gross margin, calendar 2025",
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'What was the refund rate on TikTok Shop orders last quarter?',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q4_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'For buyers in France, what was the discount rate July to December 2025?',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} AND c.country = 'FR'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per buying customer in February',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'average number of units in an order in december',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'On average, how many times did a buyer order from us during 2025?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on avg how many likes did a tiktok of mine pull in jan',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: '2025: mean comment count on Instagram carousels',
    expect: answer(
      posts(
        'AVG(p.comments)',
        'avg_comments',
        YEAR_2025,
        " AND p.platform = 'instagram' AND p.media_type = 'carousel'",
      ),
    ),
  },

  // Shares
  {
    asker: 'finance',
    category: 'shares',
    question: 'What fraction of February revenue came through the TikTok Shop?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: "Apparel's share of 2025 product revenue",
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'apparel') * 1.0 / ${PRODUCT_REVENUE} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: "What percent of this year's new accounts came in through paid search?",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what portion of my 2025 likes happened on facebook',
    expect: answer(
      `SELECT SUM(p.likes) FILTER (WHERE p.platform = 'facebook') * 1.0 / SUM(p.likes) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'What share of Q4 2025 revenue was paid by customers in Britain?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'GB') * 1.0 / SUM(o.total) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'January 2026: number of paid orders with a total above $250',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total > 250`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products r priced under 22 bucks',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 22'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my posts this year topped 10k video views',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, ' AND p.video_views > 10000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of customers whose paid orders in 2025 totalled more than $2,000',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING SUM(o.total) > 2000) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'how many december refunds were for more than $200',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(DECEMBER)} AND o.total > 200`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which products cost us more than $50 a unit to make?',
    expect: answer('SELECT pr.title AS product_title, pr.cost AS unit_cost FROM products pr WHERE pr.cost > 50'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest single order last week',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'The weakest day for revenue in February 2026',
    expect: answer(
      `SELECT CAST(o.ordered_at AS DATE) AS day, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Lowest-margin category of 2025 (gross margin)',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'Which country brought us the most sign-ups last quarter?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'which month of 2025 saw the most cancelled orders',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'List the order numbers refunded last week',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_WEEK)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me every tiktok i put up in the last 10 days',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_10_DAYS)} AND p.platform = 'tiktok'`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which products were launched from October 2025 onwards?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(SINCE_OCTOBER)}`),
  },
  {
    asker: 'support',
    category: 'lists',
    question: 'Show the cancelled orders from Friday the 13th of March',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(FRIDAY_13_MARCH)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Which items have a list price above $110?',
    expect: answer('SELECT pr.title AS product_title, pr.price AS price FROM products pr WHERE pr.price > 110'),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many alpine rugs sold in feb',
    expect: answer(units(FEBRUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Revenue of the Wild Lip Balm in Q4 2025',
    expect: answer(productRevenueOf(Q4_2025, byTitle(TITLE_B))),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'likes on 2025 posts that featured the ocean beanie',
    expect: answer(posts('SUM(p.likes)', 'likes', YEAR_2025, " AND p.caption LIKE '%Ocean Beanie%'")),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'How much profit did the Urban Cushion Cover make us in 2025?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of february orders containing a soft cap',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'total reach of posts that mention the Minimal Vase',
    expect: answer("SELECT SUM(p.reach) AS reach FROM social_posts p WHERE p.caption LIKE '%Minimal Vase%'"),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'all the lip balms together: units sold this month',
    expect: answer(units(THIS_MONTH, byKind('Lip Balm'))),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'Number of orders in each status for February',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'sign-ups split by acquisition channel in Q4 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts did i do on each platform in january',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid orders by weekday across 2025',
    expect: answer(
      `SELECT CAST(EXTRACT(ISODOW FROM o.ordered_at) AS INTEGER) AS day_of_week, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'orders per storefront last wk',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'The two least profitable categories in H2 2025, by gross profit',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 2`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 instagram posts with the biggest reach in february',
    expect: answer(
      `SELECT p.post_id AS post, p.reach AS reach FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'instagram' ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 customers by spend since jan 1',
    expect: answer(
      `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'founder',
    category: 'top_bottom',
    question: 'Rank acquisition channels by what their customers spent in 2025, top three',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Split Jan-Mar 2025 revenue across customer countries',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'engagement broken down by media type for 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'Average order value for each sales channel this year',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts by customer country in December',
    expect: answer(
      `SELECT c.country AS country, SUM(o.discount) AS discounts FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Revenue by hour of the day on Black Friday 2025',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(BLACK_FRIDAY)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Revenue for each month of calendar 2025, as a series',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily order count mon to sun last week',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly views on my tiktoks over the last 6 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(LAST_6_WEEKS)} AND p.platform = 'tiktok' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'Monthly sign-up counts from July 2025 to now',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'time_series',
    question: 'number of refunded orders per week over the last 4 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS refunded_orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'How did the cancellation rate of Oct-Dec 2025 stack up against Oct-Dec 2024?',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'cancelled' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE %F), 0)",
        'cancellation_rate',
        'orders o',
        '',
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'feb rev compared w jan',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my posts get more likes in H2 2025 than in H1 2025',
    expect: answer(compared('SUM(p.likes) FILTER (WHERE %F)', 'likes', 'social_posts p', '', p, H2_2025, H1_2025)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'Did sign-ups grow in 2025 versus 2024?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, YEAR_2025, YEAR_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Year-over-year gross profit for the month of December (2025 vs 2024)',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        DECEMBER,
        DECEMBER_2024,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'Were there fewer paid orders last week than the week prior?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST)),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Compare 2025 revenue of the Instagram Shop with the TikTok Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reach on insta vs facebook last month',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform IN ('instagram', 'facebook') GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'value_comparison',
    question: 'Gross margin, home against accessories, in Q3 2025',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} AND pr.category IN ('home', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'US or Canada: who gave us more new customers this year?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} AND c.country IN ('US', 'CA') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'sales on weekends in feb',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Revenue on Monday 9 March 2026',
    expect: answer(revenue(MONDAY_9_MARCH)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'What did we invoice customers for in the first six months of 2025?',
    expect: answer(revenue(H1_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'posts i published over last weekend, how many',
    expect: answer(posts('COUNT(*)', 'posts', LAST_WEEKEND)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'Paid orders from 26 December to 31 December 2025',
    expect: answer(orders(DECEMBER_26_TO_31)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'number of cancellations over the past three days',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(LAST_3_DAYS)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales for the whole of last month pls'],
    question: 'the month prior to that?',
    expect: answer(revenue(JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['For Q4 2025, give me unit sales split by product category'],
    question: 'Only American customers',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(Q4_2025)} AND c.country = 'US' GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What was gross profit for calendar 2025', 'just beauty'],
    question: 'now apparel',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['how many new customers came from email in 2025'],
    question: 'and from direct?',
    expect: answer(newCustomers(YEAR_2025, " AND c.acquisition_channel = 'direct'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['How much revenue did each country bring in during February?'],
    question: 'Widen that to all of Q4 2025 instead',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how many velvet scarves sold last week'],
    question: 'how about across the past eight weeks',
    expect: answer(units(LAST_8_WEEKS, byTitle(TITLE_E))),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'revenue from the hoodie in february', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Units of the sweater sold since January 1',
    expect: CLARIFY,
  },
  { asker: 'support', category: 'must_clarify', question: 'count the large orders from last week', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'total likes on my videos in feb', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'Which product did best in Q4 2025?', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'what were the weekend takings', expect: CLARIFY },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'How big was the average order in February?',
    expect: CLARIFY,
  },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'orders with the backpack in them this month',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how much shipping did we do in december', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: "predict next saturday's order count for me",
    expect: DECLINE,
  },
  { asker: 'founder', category: 'must_decline', question: "Show me northwind's revenue for February", expect: DECLINE },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'email addresses of everyone who bought the velvet scarf',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'how many alpine rugs r left in stock', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many instagram followers did i gain in february',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'What did we pay UPS for shipping labels in February?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'How many shoppers left items in their cart without checking out last week?',
    expect: DECLINE,
  },
  { asker: 'finance', category: 'must_decline', question: 'Total Stripe processing fees in 2025', expect: DECLINE },
  { asker: 'founder', category: 'must_decline', question: 'Age groups of our customers this year', expect: DECLINE },
];
