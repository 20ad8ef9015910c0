import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
  answer,
  bucket,
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
  LAST_7_DAYS,
  LAST_8_WEEKS,
  LAST_90_DAYS,
  LAST_MONTH,
  LAST_WEEK,
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
  Q2_2025,
  Q3_2025,
  Q4_2025,
  REFUND_RATE,
  revenue,
  revenueOfCustomers,
  REVENUE_PER_CUSTOMER,
  SINCE_DECEMBER,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  VALENTINES_DAY,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The forty-sixth fresh merchant questions of the demo dataset: a held-out set, like the forty-fifth, written from
 * main at 471579d WITHOUT reading the planner, the SQL writer, the unit or integration tests, the misses of any
 * evaluation set or any earlier question file (the forty-fifth pair was skimmed for its format only, its question
 * and history texts masked; see the Slips in FIGURES.md), from the demo README, schema, generator and semantic
 * layer, demo-gold.ts and the eval harness. Each question and history line was scored against every question and
 * history line of every earlier question file (token-set and character-trigram Jaccard, printed numbers only) and
 * reworded while it scored 0.6 or more. Held out in full: nobody tunes the analyst to it; `npm run eval` prints its
 * figures, `--show-fortysixth-fresh-misses` its misses for the closing read of a session, and `--hide-held-out`
 * skips it. Typed as a shop owner on a phone types (typos, shorthand, no punctuation), as an analyst writes
 * (precise, long), and as a creator (posts, platforms), a bookkeeper and a new hire ask.
 *
 * 115 questions: 97 answerable (6 of them follow-ups with a history), 9 that must be clarified, 9 that must be
 * declined. Must clarify, each a word the layer reads two ways with different answers: a bare "channel" (where
 * the order was placed, where the customer came from, or where a post went out); orders "lost" (refunded or
 * cancelled); customers who came "from Google" (organic or paid search); "Instagram revenue" and "tiktok orders"
 * (the platform's shop, orders its posts drove, or customers it brought in); how many customers the shop "had" in
 * a month (signed up then, bought then, or on the books by then); the "best" product with no measure; what one of
 * a product "costs" (its list price or what it costs the shop); and how much "we sold" (money or units). Must
 * decline: a forecast (next month's revenue, orders on a coming Black Friday), a cause (why refunds rose, what made
 * engagement fall), another merchant's data (a named other tenant, the other shops using the tool), and what the
 * layer holds nothing on (website sessions and conversion, ad spend, stock on hand).
 *
 * Gold conventions: orders counted, summed or listed (and "boxes" sent out) are paid orders unless a status is
 * named; refunded or cancelled orders listed are every order of that status; revenue, "sales", "takings" and what
 * was "done" or "brought in" are `orders.total` over paid orders as the README defines it, except that what one
 * product or category brought in is its product revenue (quantity × unit price of paid orders' lines); a product's
 * orders are the paid orders that include it; posts that "mention" a product are those whose caption names it;
 * customers counted per country, per channel or per month are customers by `created_at`; "list price" and "sells
 * for" are `products.price`; a post's likes, saves, reach and views count by when it went out. A comparison of two
 * periods gives the metric, then `<metric>_previous`; a share is named `share`; a time bucket is `period` (its
 * first day); an extreme or a list names the order (`order_id`), the post (`post`), the product (`product_title`),
 * the country or the day. Periods at 2026-03-15 (a Sunday; data through Saturday 14 March): "yday" = 14 Mar;
 * "this weeks" / "this week" = Mon 9 – Sun 15 Mar; "last wk" / "last week" = 2 – 8 Mar; "the week of 16 February"
 * = 16 – 22 Feb; "past 30 days", "the last 30 days", "the last 10 days", "last 7 days" and "the past 90 days" end
 * on 14 Mar; "so far in march" / "for march so far" = 1 – 14 Mar; "last month" and "feb" = February 2026; "jan" and
 * "January" = January 2026; "december" = December 2025; "last quarter" = Q4 2025; a bare "q3" = Q3 2025; "this
 * yr", "this year" and "year to date" = 1 Jan – 14 Mar 2026; "the last 8 weeks" = 12 Jan – 8 Mar; "since
 * september" / "from september til now", "from october onwards", "since december" and "since July" run from the
 * 1st of that month in 2025 to today; "since christmas" = from 25 December 2025; "new years eve" = 31 December
 * 2025; "valentines day" = 14 February 2026; "from july to december last year" = H2 2025. Checks: see FIGURES.md
 * (forty-sixth fresh sets): every gold was run as the demo tenant and matched by a second, independently written
 * query; no top-N cut-off falls on a tie, no extreme is tied, and no gold result is empty.
 */

export interface FortysixthFreshCase {
  readonly asker: Asker | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** The week of Monday 16 February 2026. */
const WEEK_OF_FEBRUARY_16: Span = ['2026-02-16', '2026-02-23'];
/** Christmas Day 2025 to today. */
const SINCE_CHRISTMAS: Span = ['2025-12-25', '2026-03-16'];

const AOV = 'AVG(o.total) AS average_order_value';
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;
const SHIPPING = (span: Span) => `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(span)}`;
const DISCOUNTS = (span: Span) => `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(span)}`;
const ofItems = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(span)}${where}`;
const ofOrders = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM orders o WHERE ${o(span)}${where}`;
const ofOrdersCustomers = (expression: string, name: string, span: Span, where = '') =>
  `SELECT ${expression} AS ${name} FROM ${ORDERS_CUSTOMERS} WHERE ${o(span)}${where}`;

export const FORTYSIXTH_FRESH_CASES: readonly FortysixthFreshCase[] = [
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Sum of the shipping fees on our 2025 orders?',
    expect: answer(SHIPPING(YEAR_2025)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'total shares on our facebook posts from july to december last year',
    expect: answer(posts('SUM(p.shares)', 'shares', H2_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total impressions for all posts published in Q4 2025, across every platform.',
    expect: answer(posts('SUM(p.impressions)', 'impressions', Q4_2025)),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'How many new customer accounts opened during January?',
    expect: answer(newCustomers(JANUARY)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Cost of goods sold for July through September 2025, please.',
    expect: answer(ofItems(COGS, 'cost_of_goods_sold', Q3_2025)),
  },
  {
    asker: 'analyst',
    category: 'totals',
    question: 'What was the total discount amount on paid orders in Q4 2025?',
    expect: answer(DISCOUNTS(Q4_2025)),
  },

  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how much revenue have we done past 30 days',
    expect: answer(revenue(LAST_30_DAYS)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'whats the avg order value for march so far',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tiktok shop order count feb',
    expect: answer(orders(FEBRUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'items sold yday',
    expect: answer(units(YESTERDAY)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rate q3',
    expect: answer(ofOrders(REFUND_RATE, 'refund_rate', Q3_2025)),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'likes our insta posts picked up over last wk',
    expect: answer(posts('SUM(p.likes)', 'likes', LAST_WEEK, " AND p.platform = 'instagram'")),
  },

  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'valentines day takings how much',
    expect: answer(revenue(VALENTINES_DAY)),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how many boxes did we send out the last 10 days',
    expect: answer(orders(LAST_10_DAYS)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'How much was knocked off prices with coupons in December?',
    expect: answer(DISCOUNTS(DECEMBER)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many people saw our tiktok stuff in february',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'How much did shoppers in the UK spend with us last quarter?',
    expect: answer(revenueOfCustomers(Q4_2025, " AND c.country = 'GB'")),
  },
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what was left after product costs in jan',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', JANUARY)),
  },

  {
    asker: 'analyst',
    category: 'rates',
    question: 'In Q4 2025 what share of online store orders got cancelled?',
    expect: answer(ofOrders(CANCELLATION_RATE, 'cancellation_rate', Q4_2025, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate for insta reels from october onwards',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        SINCE_OCTOBER,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate among French customers in 2025.',
    expect: answer(ofOrdersCustomers(REFUND_RATE, 'refund_rate', YEAR_2025, " AND c.country = 'FR'")),
  },
  {
    asker: 'bookkeeper',
    category: 'rates',
    question: 'What was our discount rate in the first half of 2025?',
    expect: answer(ofOrders(DISCOUNT_RATE, 'discount_rate', H1_2025, ` AND ${PAID}`)),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats the cancel rate this year',
    expect: answer(ofOrders(CANCELLATION_RATE, 'cancellation_rate', THIS_YEAR)),
  },

  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Across Q3 2025, how many units went into the average paid order?',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(Q3_2025)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'What gross margin did beauty products make in 2025?',
    expect: answer(ofItems(GROSS_MARGIN, 'gross_margin', YEAR_2025, " AND pr.category = 'beauty'")),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average how many likes does a tiktok post of ours get, last month',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', LAST_MONTH, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Revenue per buying customer for US customers in H2 2025.',
    expect: answer(
      ofOrdersCustomers(REVENUE_PER_CUSTOMER, 'revenue_per_customer', H2_2025, ` AND ${PAID} AND c.country = 'US'`),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg order value tiktok shop since december',
    expect: answer(
      `SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(SINCE_DECEMBER)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'ratios',
    question: "What's our markup on home items this year?",
    expect: answer(ofItems(MARKUP, 'markup', THIS_YEAR, " AND pr.category = 'home'")),
  },

  {
    asker: 'owner',
    category: 'shares',
    question: 'what % of last months sales went through the instagram shop',
    expect: answer(
      ofOrders(
        "SUM(o.total) FILTER (WHERE o.sales_channel = 'instagram_shop') * 1.0 / NULLIF(SUM(o.total), 0)",
        'share',
        LAST_MONTH,
        ` AND ${PAID}`,
      ),
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what fraction of the posts we put out in 2025 were reels',
    expect: answer(
      posts("COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / NULLIF(COUNT(*), 0)", 'share', YEAR_2025),
    ),
  },
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Of the units sold in Q4 2025, what share came from apparel?',
    expect: answer(
      ofItems(
        "SUM(oi.quantity) FILTER (WHERE pr.category = 'apparel') * 1.0 / NULLIF(SUM(oi.quantity), 0)",
        'share',
        Q4_2025,
      ),
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'shares',
    question: "Canada's share of total 2025 revenue, as a percentage.",
    expect: answer(
      ofOrdersCustomers(
        "SUM(o.total) FILTER (WHERE c.country = 'CA') * 1.0 / NULLIF(SUM(o.total), 0)",
        'share',
        YEAR_2025,
        ` AND ${PAID}`,
      ),
    ),
  },
  {
    asker: 'new_hire',
    category: 'shares',
    question: "What share of this year's new customers were acquired via paid search?",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / NULLIF(COUNT(*), 0) AS share FROM customers c WHERE ${c(THIS_YEAR)}`,
    ),
  },

  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many paid orders in January 2026 had a total above $300?',
    expect: answer(orders(JANUARY, ' AND o.total > 300')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many posts passed 2000 likes during 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 2000')),
  },
  {
    asker: 'new_hire',
    category: 'thresholds',
    question: 'How many catalogue products have a list price higher than $100?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'number of february orders that totalled less than 30 dollars',
    expect: answer(orders(LAST_MONTH, ' AND o.total < 30')),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many tiktok videos reached over 40k people in 2025',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'tiktok' AND p.reach > 40000")),
  },

  {
    asker: 'owner',
    category: 'extremes',
    question: 'biggest order in december',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} ORDER BY o.total DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'jan post with the most comments?',
    expect: answer(`SELECT p.post_id AS post FROM social_posts p WHERE ${p(JANUARY)} ORDER BY p.comments DESC LIMIT 1`),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'On which date in 2025 did we have our highest revenue?',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY SUM(o.total) DESC LIMIT 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'extremes',
    question: 'In Q4 2025, which customer country produced the smallest revenue?',
    expect: answer(
      `SELECT c.country AS country FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY SUM(o.total) LIMIT 1`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'extremes',
    question: 'Which beauty product carries the lowest list price?',
    expect: answer(
      "SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty' ORDER BY pr.price LIMIT 1",
    ),
  },

  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Which orders from yesterday ended up refunded? List them.',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the facebook carousels we posted this month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(THIS_MONTH)} AND p.platform = 'facebook' AND p.media_type = 'carousel'`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'Which products were added to the catalogue since December?',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(SINCE_DECEMBER)}`),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Which paid orders from the last 30 days came to more than $450? List them.',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)} AND o.total > 450`,
    ),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'show me this weeks cancelled orders',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_WEEK)}`),
  },

  {
    asker: 'owner',
    category: 'names',
    question: 'how many ocean cardigans have we sold',
    expect: answer(units(ALL, byTitle('Ocean Cardigan'))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Gross profit on the Coastal Chinos in the second half of 2025.',
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', H2_2025, " AND pr.title = 'Coastal Chinos'")),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'count the posts that mention velvet hoodie in the caption',
    expect: answer(posts('COUNT(*)', 'posts', ALL, " AND p.caption LIKE '%Velvet Hoodie%'")),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'What does the Alpine Rug sell for at list price?',
    expect: answer("SELECT pr.price AS price FROM products pr WHERE pr.title = 'Alpine Rug'"),
  },
  {
    asker: 'bookkeeper',
    category: 'names',
    question: 'How many orders included the Wild Lip Balm last month?',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} AND pr.title = 'Wild Lip Balm'`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'how much did the meadow face serum bring in this year',
    expect: answer(ofItems(PRODUCT_REVENUE, 'product_revenue', THIS_YEAR, " AND pr.title = 'Meadow Face Serum'")),
  },

  {
    asker: 'bookkeeper',
    category: 'status_breakdowns',
    question: 'Give me a count of February orders split into paid, refunded and cancelled.',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY o.status`,
    ),
  },
  {
    asker: 'analyst',
    category: 'status_breakdowns',
    question: 'Order count by status for TikTok Shop orders in 2025.',
    expect: answer(
      `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop' GROUP BY o.status`,
    ),
  },

  {
    asker: 'creator',
    category: 'counts_by',
    question: 'For each platform, how many posts went out between January and March 2025?',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'counts_by',
    question: 'How many customers are there per country, all time?',
    expect: answer('SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c GROUP BY 1'),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'July–December 2025: new customers per acquisition channel.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'counts_by',
    question: 'last week: how many paid orders did each sales channel take?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'instagram this yr how many reels vs photos vs carousels did we post',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'my 5 best sellers by units so far this yr',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my top 3 ig posts by saves in 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.saves AS saves FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' ORDER BY p.saves DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three countries with the highest average order value in 2025.',
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'top_bottom',
    question: 'Which 4 products made the most gross profit in Q4 2025?',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'new_hire',
    category: 'top_bottom',
    question: 'Since July, rank acquisition channels by new customers and give me the top 3.',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },

  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'For July–September 2025, how was revenue split across sales channels?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'for the past 90 days engagement rate by social network pls',
    expect: answer(
      `SELECT p.platform AS platform, ${ENGAGEMENT_RATE} AS engagement_rate FROM social_posts p WHERE ${p(LAST_90_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'In January 2026, how many units did each product category sell?',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'ok so what did sales look like per country so far in march',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'How much was discounted in 2025 on each sales channel?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'time_series',
    question: 'revenue month by month from september til now',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'weekly likes for the last 8 weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_8_WEEKS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'month-by-month count of customers created in 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'time_series',
    question: 'Give me gross profit quarter by quarter across calendar 2025.',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'orders each day last 7 days',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },

  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'hows this weeks revenue shaping up against last weeks',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'reach for posts in Q4 2025 vs Q3 2025 side by side',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, Q4_2025, Q3_2025)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Compare new customers in January 2026 with January 2025.',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, JANUARY, JANUARY_2025),
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'period_comparison',
    question: 'Shipping charged in December 2025 versus December 2024.',
    expect: answer(
      compared('SUM(o.shipping) FILTER (WHERE %F)', 'shipping', 'orders o', PAID, o, DECEMBER, DECEMBER_2024),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Compare the refund rate of H2 2025 to H1 2025.',
    expect: answer(
      compared(
        "COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
        'refund_rate',
        'orders o',
        '',
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },

  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'total saves for reels vs carousels on instagram in 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'value_comparison',
    question: 'Compare revenue from the US and Canada last quarter.',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.country IN ('US', 'CA') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Average order value: online store versus TikTok Shop, 2025.',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} AND o.sales_channel IN ('online_store', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'last month apparel vs home which category brought in more',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_MONTH)} AND pr.category IN ('apparel', 'home') GROUP BY 1`,
    ),
  },

  {
    asker: 'owner',
    category: 'periods',
    question: 'sales on new years eve',
    expect: answer(revenue(NEW_YEARS_EVE)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'What did revenue total for April through June 2025?',
    expect: answer(revenue(Q2_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'How many orders came in during the week of 16 February?',
    expect: answer(orders(WEEK_OF_FEBRUARY_16)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts have we put up since christmas',
    expect: answer(posts('COUNT(*)', 'posts', SINCE_CHRISTMAS)),
  },
  {
    asker: 'new_hire',
    category: 'periods',
    question: "What's our gross profit year to date?",
    expect: answer(ofItems(GROSS_PROFIT, 'gross_profit', THIS_YEAR)),
  },

  {
    asker: 'owner',
    category: 'follow_up',
    history: ['revenue for last month pls'],
    question: 'k now do the month before that one',
    expect: answer(revenue(JANUARY)),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total video views on tiktok last quarter'],
    question: 'switch it to instagram posts instead',
    expect: answer(posts('SUM(p.video_views)', 'video_views', Q4_2025, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['How many units did we sell in 2025 in each category?'],
    question: 'Only the beauty category.',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'follow_up',
    history: ['How much did discounts add up to between October and December 2025?'],
    question: 'Now show it for each month.',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 1`,
      true,
    ),
  },
  {
    asker: 'new_hire',
    category: 'follow_up',
    history: ['How many new customers has email brought us so far this year?'],
    question: 'And from TikTok?',
    expect: answer(newCustomers(THIS_YEAR, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['What was revenue from British customers during 2025?'],
    question: 'Now for all countries combined.',
    expect: answer(revenue(YEAR_2025)),
  },

  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'break last months revenue out by channel pls',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'how many orders got lost on us in february', expect: CLARIFY },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: 'How many customers came to us from Google this year?',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'What was our Instagram revenue in Q4 2025?',
    expect: CLARIFY,
  },
  {
    asker: 'bookkeeper',
    category: 'must_clarify',
    question: 'How many customers did the shop have back in January?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'which product is my best one', expect: CLARIFY },
  { asker: 'creator', category: 'must_clarify', question: 'tiktok orders last wk how many', expect: CLARIFY },
  { asker: 'new_hire', category: 'must_clarify', question: "What's the cost of one Velvet Hoodie?", expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'how much did we sell over december', expect: CLARIFY },

  { asker: 'owner', category: 'must_decline', question: 'what will revenue be next month', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "Forecast the number of orders we'll get over Black Friday weekend this year.",
    expect: DECLINE,
  },
  { asker: 'bookkeeper', category: 'must_decline', question: 'Why did refunds go up in February?', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'what caused our tiktok engagement to drop last week',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'show me northwinds sales for last month', expect: DECLINE },
  {
    asker: 'new_hire',
    category: 'must_decline',
    question: 'How do our sales compare with the other shops using this tool?',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "What's the conversion rate from website sessions to orders in Q4 2025?",
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'whats our instagram ad spend for last month',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'do we have any cloud tees in stock still', expect: DECLINE },
];
