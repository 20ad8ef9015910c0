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
  DAY_BEFORE_YESTERDAY,
  DECEMBER,
  DECLINE,
  DISCOUNT_RATE,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_60_DAYS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  NEW_YEARS_DAY,
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
  revenueOfCustomers,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-second fresh merchant evaluation: a twenty-fourth set of questions on the demo layer, held out IN FULL. It
 * was written from main at b9b973c WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-first (read for its format and
 * gold helpers): only the demo layer (src/demo/**), the demo data itself and the eval harness. Each draft was compared
 * by a throwaway script with every earlier question and history line (token-set and trigram Jaccard) and reworded while
 * it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints its figures only;
 * `--show-twentysecond-fresh-misses` prints its misses for the closing read of a session, and `--hide-held-out` does
 * not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, shorthand and typos: "hw many", "rev past 7d", "units fri 13
 * mar", "new custs frm tiktok since sept", "cogs q4 25?"), an analyst (precise periods, "both dates included",
 * "restrict that to"), a creator ("bookmark" for saves, "what slice of my impressions", "saves: jan beat dec or nah"),
 * a finance person (markup, cost of goods sold as what the goods "cost us to buy in", profit "after unit costs"), a
 * founder (sign-ups, "came on board", how a customer "originally found us") and a support lead (cancellations, refunds,
 * order ids), in conversations too. Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data
 * through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query
 * was run on that data (the demo tenant's rows, through the eval warehouse) and its rows checked by hand. Expectations
 * as in merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with several answerable
 * readings: "the cardigan" (the Midnight, Minimal and Ocean Cardigan), "the tank" (the Meadow, Midnight and Sunset
 * Tank), "the beanie" (the Coastal, Ocean, Soft and Velvet Beanie), "the backpack" (the Cedar and the Velvet Backpack),
 * "the lip balm" (the Everyday and the Wild Lip Balm), "the bath salts" (the Ocean and the Oversized Bath Salts),
 * "tiktok sales" and "revenue from Instagram" (the platform's shop channel, customers acquired on it, or orders its
 * posts drove) and Q4 2025's "customer total" (those who signed up in it, or those who bought in it)), `decline` (the
 * data cannot answer: stock levels, followers, website sessions, sales tax, star ratings, complaints, the weather's
 * effect, competitors' posts, customers' ages).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "by status" counts orders of every status;
 * refunds and cancellations counted or listed are refunded and cancelled orders by the day they were placed; a
 * cancellation rate is cancelled over all orders, a refund rate refunded over paid and refunded orders, and "what
 * proportion, all statuses included" a part of every order; "markup" is gross profit over the cost of the items sold
 * and "cost of goods sold" units × unit cost, both over the items of paid orders; "item sales" and "product revenue"
 * are units × unit price; "profit after unit costs" is gross profit, "margin percentage" gross margin; "the website"
 * and "the web store" are the online store; "what it costs us to make" is the product's unit cost; "how the customer
 * found us" is the acquisition channel and "where the buyer lives" the customer's country; "every beanie" is every
 * product whose title ends in "Beanie"; a post "mentions" a product when its caption does; "items in a basket" are
 * units per paid order; a share, a "slice", a "portion", a "fraction", a "proportion" or a "%" is the group's part of
 * the whole, as a fraction; "UK" is GB; post figures go by the day the post went out, order figures by the day the
 * order was placed, sign-ups by the customer's creation time; hours of the day are 0–23 (UTC) and Friday is ISO day 5;
 * follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" = 14 Mar, "fri 13 mar" and "13 March" = 13 Mar; "past 7d" / "over the past 7 days" =
 * 8–14 Mar; "the last 2 wks" = 1–14 Mar; "last wk" and "the mon–sun just gone" = 2–8 Mar, "the week preceding that one"
 * = 23 Feb – 1 Mar; "the last 6 full weeks" = 26 Jan – 8 Mar; "last 30 days" = 13 Feb – 14 Mar; "the last 60 days" = 14
 * Jan – 14 Mar; "last 90d" / "the last 90 days" = 15 Dec 2025 – 14 Mar 2026; "this mo" = 1–14 Mar; "this yr" = 1 Jan –
 * 14 Mar 2026; "feb" / "last month" / "last mo" / "February 2026" = Feb 2026; "jan" / "january" = Jan 2026; "dec" = Dec
 * 2025; "since sept" / "since september" = 1 Sep 2025 on; "since october" = 1 Oct 2025 on; "November 2025" = Nov 2025;
 * "black friday 2025" = 28 Nov 2025; "boxing day" = 26 Dec 2025; "new year's day" = 1 Jan 2026; "1 December 2025
 * through 6 January 2026, both dates included" includes both days; Q4 2025 / "oct thru dec 2025" / "Oct–Dec 2025" /
 * "the last quarter of 2025" = Oct–Dec 2025, against Q4 2024; Q3 2025 / "July–September 2025" = Jul–Sep 2025; Q2 2025 =
 * Apr–Jun 2025; "q1 25" / "Q1 2025" / "Jan–Mar 2025" = Jan–Mar 2025; H1 2025 / "January–June 2025" = Jan–Jun 2025;
 * "2025", "calendar 2025", "last year" and "last yr" = the calendar year, against 2024; "calendar 2024" and "2024" =
 * 2024. Comparisons of closed periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 141 paid January orders came to $200 or more (the nearest are $198.00 and $200.95); 13
 * products list under $30 (the nearest are $28.00 and $32.99); 40 Instagram posts of 2025 passed 2,000 likes (the
 * nearest are 1,989 and 2,091); 556 customers placed three or more paid orders in Q4 2025 (869 placed exactly two, 351
 * exactly three); 16 orders cancelled this year were over $150 (the nearest are $148.98 and $154.95); 6 products cost
 * over $50 a unit (the nearest are $47.81 and $54.44); 4 home products list under $60 (the nearest are $57.00 and
 * $80.00); 2 paid orders of 13 March were over $300 (none other was over $250). Cut-offs: February's 5 products of most
 * units end at the Classic Sunscreen's 78 (the 6th has 72); this year's 3 Instagram posts of least reach end at 9,861
 * (the 4th has 9,877); 2025's 3 products of highest gross margin end at the Wild Lip Balm's 69.78% (the 4th has
 * 67.79%); February's 4 products of least product revenue end at the Ocean Bath Salts' $161.97 (the 5th has $208.00;
 * every product sold in February, so none has no sales). The single extremes have no tie: February's worst day (10 Feb,
 * $2,476.08, against $2,722.98), January's most commented post (563 against 485), 2025's country of highest refund rate
 * (Canada, 6.37%, against 6.12%), 2025's peak month of sign-ups (December, 293, against 240) and February's largest
 * refunded order ($305.00 against $287.85). Breakdowns and series add up to their totals: January's 1,208 orders by
 * status; Q4 2025's 748 sign-ups by acquisition channel; 2025's 447 posts by platform; February's 1,049 paid orders by
 * country; yesterday's 52 paid orders by hour; Q1 2025's discounts by channel to $7,520.86; January's reach by media
 * type to 1,405,118; Q3 2025's revenue by country to $465,312.55; the revenue since October by acquisition channel to
 * $849,623.92; February's gross profit by category to $58,956.63; the 6 weeks' 1,642 paid orders; the last 2 weeks'
 * revenue to $66,256.49; the impressions since September to 20,596,226; 2025's sign-ups by month to 2,001; 2025's cost
 * of goods sold by quarter to $692,289.36. No gold sums over no rows: the smallest sets asked about are the two paid
 * orders over $300 of 13 March, the three orders of New Year's Day later refunded, the three January cancellations on
 * Instagram Shop and the four Black Friday orders refunded.
 */

export interface TwentysecondFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const DECEMBER_1_TO_JANUARY_6: Span = ['2025-12-01', '2026-01-07'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Urban Ceramic Mug';
const TITLE_B = 'Wild Eye Cream';
const TITLE_C = 'Coastal Chinos';
const TITLE_D = 'Cedar Backpack';
const TITLE_E = 'Minimal Denim Jacket';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';
const MARKUP = `${GROSS_PROFIT} * 1.0 / NULLIF(${COGS}, 0)`;

export const TWENTYSECOND_FRESH_CASES: readonly TwentysecondFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'What did paid orders bring in over November 2025, in total?',
    expect: answer(revenue(NOVEMBER)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'hw many orders did we get on boxing day',
    expect: answer(orders(BOXING_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'add up the video views on everything i put out oct thru dec 2025',
    expect: answer(posts('SUM(p.video_views)', 'video_views', Q4_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Shipping charged to customers on paid orders, calendar 2024',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: "how many people made an account with us on new year's day",
    expect: answer(newCustomers(NEW_YEARS_DAY)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'cancellations over the past 7 days, how many',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(LAST_7_DAYS)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev past 7d', expect: answer(revenue(LAST_7_DAYS)) },
  { asker: 'owner', category: 'shorthand', question: 'units fri 13 mar', expect: answer(units(DAY_BEFORE_YESTERDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop rev q1 25',
    expect: answer(revenue(Q1_2025, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rt last 90d',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs frm tiktok since sept',
    expect: answer(newCustomers(SINCE_SEPTEMBER, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg units/order last mo',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cogs q4 25?',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# ig posts this mo',
    expect: answer(posts('COUNT(*)', 'posts', THIS_MONTH, " AND p.platform = 'instagram'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much money came in from folks in france last month',
    expect: answer(revenueOfCustomers(FEBRUARY, " AND c.country = 'FR'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did ppl bookmark my stuff in jan',
    expect: answer(posts('SUM(p.saves)', 'saves', JANUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: 'What did the goods we sold in December cost us to buy in?',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many january orders did we end up giving the money back on',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(JANUARY)}`)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'TikTok Shop cancellation rate across calendar 2025',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'engagement rate for my ig reels, last 30 days',
    expect: answer(
      posts(
        ENGAGEMENT_RATE,
        'engagement_rate',
        LAST_30_DAYS,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'What markup did we get on home goods in Q2 2025?',
    expect: answer(
      `SELECT ${MARKUP} AS markup FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q2_2025)} AND pr.category = 'home'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'whats the refund % on orders from aussie customers this yr',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(THIS_YEAR)} AND c.country = 'AU'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'discount rate on instagram shop orders placed in december',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'AOV for paid orders from customers who found us through organic search, Q4 2025',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q4_2025)} AND c.acquisition_channel = 'organic_search'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: '2024: total sales spread over every distinct buyer, per head',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'tiktoks last yr - on avg how many comments did each one pull',
    expect: answer(posts('AVG(p.comments)', 'avg_comments', YEAR_2025, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg # of items in a basket on the website last wk',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Paid orders per buying customer over H1 2025',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(H1_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'TikTok Shop as a fraction of paid sales, Oct–Dec 2025',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: '% of units last month that were accessories',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'accessories') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'of everybody who signed up during 2025, what portion came to us from instagram',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'instagram') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what slice of my feb impressions came from reels',
    expect: answer(
      `SELECT SUM(p.impressions) FILTER (WHERE p.media_type = 'reel') * 1.0 / SUM(p.impressions) AS share FROM social_posts p WHERE ${p(FEBRUARY)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: "Of last week's orders, all statuses included, what proportion were placed on TikTok Shop?",
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${o(LAST_WEEK)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid January orders came to $200 or more?',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total >= 200`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many things do we sell for under 30 bucks',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'number of ig posts from 2025 that got more than 2k likes',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'instagram' AND p.likes > 2000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Count the customers with at least three paid orders in Q4 2025',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 HAVING COUNT(*) >= 3) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'this year, how many cancelled orders were worth more than $150',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(THIS_YEAR)} AND o.total > 150`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Anything in the catalog where our per-unit cost tops $50? Names',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'worst day for sales last month',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'jan: what post of mine drew the biggest comment count',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(JANUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Over 2025, whose buyers refunded most often: the one country with the top refund rate',
    expect: answer(
      `SELECT c.country AS country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'What was the peak month for new sign-ups in 2025?',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'largest refunded order from feb — id and amount',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: "which orders from new year's day got refunded? ids",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(NEW_YEARS_DAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the facebook videos i posted in february',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List the home products with a list price below $60',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' AND pr.price < 60"),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'which beauty bits do we stock',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Paid orders placed on 13 March above $300 — order ids only',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(DAY_BEFORE_YESTERDAY)} AND o.total > 300`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'how many urban ceramic mugs went out last wk',
    expect: answer(units(LAST_WEEK, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue from the Wild Eye Cream in Q4 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'total likes on the posts where the caption mentions the Soft Cap',
    expect: answer("SELECT SUM(p.likes) AS likes FROM social_posts p WHERE p.caption LIKE '%Soft Cap%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'How much profit after unit costs did the Coastal Chinos leave us over 2025?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'jan orders (paid) containing a cedar backpack — count',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'all the beanies together, units sold this yr',
    expect: answer(units(THIS_YEAR, byKind('Beanie'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'What does one Minimal Denim Jacket cost us to make?',
    expect: answer(`SELECT pr.cost AS unit_cost FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'split january orders by status please',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'Q4 2025 sign-ups for each acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'last yr post tally: fb vs ig vs tiktok',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count by customer country, February 2026',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'yday orders by hour',
    expect: answer(
      `SELECT CAST(EXTRACT(HOUR FROM o.ordered_at) AS INTEGER) AS hour_of_day, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 sellers by units in feb',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 lowest-reach ig posts this yr',
    expect: answer(
      `SELECT p.post_id AS post, p.reach AS reach FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'instagram' ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Across 2025, name the three items with the fattest margin percentage',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'The 4 products with the lowest product revenue in February 2026',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 4`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts given away on paid orders per sales channel, Q1 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach split by media type for january',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'July–September 2025 paid sales, split by where the buyer lives',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'since october, sales broken out by how the customer originally found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(SINCE_OCTOBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'gross profit per category last month',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Weekly paid order count over the last 6 full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily rev for the last 2 wks, day by day',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_14_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'impressions per month since september',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'chart sign-ups for every month of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Cost of goods sold quarter by quarter for 2025',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'feb unit volume up or down on jan?',
    expect: answer(compared('SUM(oi.quantity) FILTER (WHERE %F)', 'units_sold', ITEMS, PAID, o, FEBRUARY, JANUARY)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'How did mean order value in the last quarter of 2025 stack up against the same quarter a year earlier?',
    expect: answer(
      compared('AVG(o.total) FILTER (WHERE %F)', 'average_order_value', 'orders o', PAID, o, Q4_2025, Q4_2024),
    ),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'saves: jan beat dec or nah',
    expect: answer(compared('SUM(p.saves) FILTER (WHERE %F)', 'saves', 'social_posts p', '', p, JANUARY, DECEMBER)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'signups last week vs the week before, up or down?',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Shipping collected in 2025 compared with 2024',
    expect: answer(
      compared('SUM(o.shipping) FILTER (WHERE %F)', 'shipping', 'orders o', PAID, o, YEAR_2025, YEAR_2024),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'were there more cancelled orders in feb than in jan',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'cancelled_orders',
        'orders o',
        "o.status = 'cancelled'",
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
    question: 'Jan–Mar 2025 takings on the web store next to IG Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels or carousels, which reached more people on ig last year',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'instagram' AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'beauty vs accessories item sales this yr',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND pr.category IN ('beauty', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'UK or France: where did more new customers come from in 2025?',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.country IN ('GB', 'FR') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'sales on fridays only in jan',
    expect: answer(revenue(JANUARY, ' AND EXTRACT(ISODOW FROM o.ordered_at) = 5')),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders from 1 December 2025 through 6 January 2026, both dates included',
    expect: answer(orders(DECEMBER_1_TO_JANUARY_6)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for January–June 2025',
    expect: answer(revenue(H1_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many posts have i put out in the last 60 days',
    expect: answer(posts('COUNT(*)', 'posts', LAST_60_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'New customer count over the last 90 days',
    expect: answer(newCustomers(LAST_90_DAYS)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'how many black friday 2025 orders were later refunded',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(BLACK_FRIDAY)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales for the mon–sun just gone'],
    question: 'ok, and the week preceding that one',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid orders per sales channel in January 2026'],
    question: 'Now only German buyers, please',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} AND c.country = 'DE' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total reach on my tiktoks in feb'],
    question: 'and on instagram?',
    expect: answer(posts('SUM(p.reach)', 'reach', FEBRUARY, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What was gross margin across the whole of 2025?'],
    question: 'Break that out by product category',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['how many sign-ups did december bring'],
    question: 'and how many of them found us through email',
    expect: answer(newCustomers(DECEMBER, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['how many february orders ended in a cancellation', 'narrow to IG shop'],
    question: 'run it again but for january please',
    expect: answer(
      count('cancelled_orders', `o.status = 'cancelled' AND ${o(JANUARY)} AND o.sales_channel = 'instagram_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'hows the cardigan doing, feb units', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Q4 2025 units of the tank', expect: CLARIFY },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'times i showed off the beanie in a post?',
    expect: CLARIFY,
  },
  { asker: 'finance', category: 'must_clarify', question: 'Gross profit on the backpack this year', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: "how's the lip balm selling this month", expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'refunded orders with the bath salts in 2025',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'what were our tiktok sales in feb', expect: CLARIFY },
  { asker: 'analyst', category: 'must_clarify', question: 'Q4 2025 revenue from Instagram?', expect: CLARIFY },
  { asker: 'founder', category: 'must_clarify', question: 'q4 2025 customer total?', expect: CLARIFY },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'how many hoodies have we got left in stock', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'ig follower growth during feb',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: "What was the website's session-to-order conversion rate last month?",
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'VAT and sales tax taken on 2025 orders — total',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'average star rating customers gave our products this year',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which customers sent in a complaint last week',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'will the rain next weekend hurt sales? how much',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'what are my competitors posting on tiktok this week',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Age breakdown of the customers who bought in 2025',
    expect: DECLINE,
  },
];
