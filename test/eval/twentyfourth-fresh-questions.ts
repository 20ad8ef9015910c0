import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  ALL,
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
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_CUSTOMERS,
  ITEMS_PRODUCTS,
  JANUARY,
  JANUARY_2025,
  LAST_2_WEEKS,
  LAST_3_MONTHS,
  LAST_30_DAYS,
  LAST_6_MONTHS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
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
  Q4_2025,
  REFUND_RATE,
  revenue,
  REVENUE_PER_CUSTOMER,
  revenueOfCustomers,
  SINCE_DECEMBER,
  SINCE_FEBRUARY,
  SINCE_JULY,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
  THIS_YEAR,
  units,
  UNITS_PER_ORDER,
  WEEK_BEFORE_LAST,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-fourth fresh merchant evaluation: a twenty-sixth set of questions on the demo layer, held out IN FULL. It
 * was written from main at cee3cbe WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-third (read for its format and
 * gold helpers): only the demo layer (src/demo/**), the demo data itself and the eval harness. Each draft and history
 * line was compared by a throwaway script with every earlier question and history line (token-set and trigram Jaccard)
 * and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints
 * its figures only; `--show-twentyfourth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (lowercase, shorthand and typos: "l30d", "wk b4 last", "ords", "shp", "custs", "wht
 * ... r", "bf" for Black Friday, "cogs", "qty", "ths"), an analyst (precise periods, "both dates included",
 * "recognised", "against"), a creator ("stash ... to look at later" for saves, "uploaded", "kind of post" for media
 * type, "posting cadence"), a finance person (what goods "cost us at our buy-in price", "delivery charges" for
 * shipping, "apiece to stock" for unit cost), a founder (people who "made an account", how a buyer "originally found
 * us") and a support lead and an ops person (refunds as "sending the customer's money back", cancellations, order ids),
 * in conversations too. Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through
 * EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run
 * on that data (the demo tenant's rows, through the eval warehouse) and its rows checked by hand. Expectations as in
 * merchant-questions.ts: `answer` (the gold's columns and rows), `clarify` (a word with several answerable readings,
 * each with rows: "beanie" (the Coastal, Ocean, Soft and Velvet Beanie, 16, 10, 34 and 22 units in February), "the
 * tank" (the Meadow, Midnight and Sunset Tank, all sold in Q4 2025), "the lip balm" (the Everyday and the Wild Lip
 * Balm, named in 8 and 21 captions), "the chinos" (the Coastal and the Minimal Chinos, 447 and 373 units in 2025),
 * "linen shirt" (the Amber, Everyday and Minimal Linen Shirt, 2, 6 and 3 units this week), "the bath salts" (the Ocean
 * and the Oversized Bath Salts, in 1 and 5 refunded orders this year), "the cushion cover" (the Oversized and the Urban
 * Cushion Cover, listed at $160.95 and $142.00), "the cardigan" (the Midnight, Minimal and Ocean Cardigan, 5, 5 and 10
 * units in February) and "backpack" (the Cedar and the Velvet Backpack, 67 and 98 units this month)), `decline` (stock
 * on hand, follower counts, store visitors and conversion, sales tax, customers' ages, couriers, product reviews and
 * ratings, sizes, affiliate commissions).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "split out by status" counts orders of
 * every status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were
 * placed; a cancellation rate is cancelled over all orders, a refund rate refunded over paid and refunded orders, and
 * "regardless of status" a part of every order; "item sales" and "item revenue" are units × unit price; what the goods
 * sold "cost us at our buy-in price" is the cost of goods sold (units × unit cost, paid orders); "apiece to stock" is a
 * product's unit cost and "selling for" its list price; a discount rate is discounts over subtotal; "items in an order"
 * are units per paid order; how a buyer "originally found us" and "email-sourced" are the acquisition channel;
 * "storefront" and "channel sold on" are the sales channel; "all our hoodies" is every product whose title ends in
 * "Hoodie"; a caption "mentions" a product when it names it; "lifetime" is all the data; a share, "cut", "slice",
 * "proportion" or "fraction" is the group's part of the whole, as a fraction; post figures go by the day the post went
 * out, order figures by the day the order was placed, sign-ups by the customer's creation time; weekdays are ISO days 1
 * to 5; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" = 14 Mar, "the day before" = 13 Mar; "this week" = 9–14 Mar; "last wk" / "last week" =
 * 2–8 Mar; "wk b4 last" / "the previous wk" / "the wk prior" = 23 Feb – 1 Mar; "the last 2 weeks" = 23 Feb – 8 Mar;
 * "the last six complete weeks" = 26 Jan – 8 Mar; "the past 7 days" = 8–14 Mar; "l30d" / "the past 30 days" = 13 Feb –
 * 14 Mar; "l90d" = 15 Dec 2025 – 14 Mar 2026; "this month" / "march so far" / "so far in march" = 1–14 Mar; "ytd" / "so
 * far this year" = 1 Jan – 14 Mar 2026, against "the same stretch of 2025" = 1 Jan – 14 Mar 2025; "feb" / "last month"
 * = Feb 2026; "jan" / "january" = Jan 2026, against January 2025; "dec" / "december" = Dec 2025; "the last three full
 * months" = Dec 2025 – Feb 2026; "September 2025 to February 2026" = those six months; "sept onwards" / "since
 * september" = 1 Sep 2025 on; "since july 2025" / "from july 2025 onward" = 1 Jul 2025 on; "since dec" = 1 Dec 2025 on;
 * "since the start of february" = 1 Feb 2026 on; "since january" = 1 Jan 2026 on; "1 jan 2026" = New Year's Day;
 * "boxing day" = 26 Dec 2025; "bf 2025" / "black friday 2025" = 28 Nov 2025; "between 1 December 2025 and 24 December
 * 2025, both dates included" = 1–24 Dec 2025; "November 2025" = Nov 2025; "Q4 2025" / "oct-dec 2025" /
 * "October–December 2025" = Oct–Dec 2025, against Q3 2025; "april–june 2025" / "1 April 2025 through 30 June 2025" = Q2
 * 2025; "Q1 2025" = Jan–Mar 2025; "January to June 2025" / "H1 2025" / "1st half of 25" = Jan–Jun 2025; "the second
 * half of 2025" = Jul–Dec 2025; "July to December 2024" = Jul–Dec 2024; "2025" / "calendar 2025" = the calendar year.
 * Comparisons of periods give the metric, then `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 50 paid January orders were under $30 (the nearest are $29.95 and $30.75); 13 products
 * list under $30 (the nearest are $28.00 and $32.99); 3 Instagram posts of 2025 passed 5,000 likes (the nearest are
 * 4,988 and 21,431); 1,484 customers placed three or more paid orders in H2 2025 (888 placed two); 17 refunds of this
 * year were over $200 (the nearest are $195.94 and $201.98); 6 products cost over $50 a unit (the nearest are $47.81
 * and $54.44); 6 beauty products list over $40 (the nearest below is $36.00); 4 paid orders of last week were over $400
 * (the nearest are $398.85 and $426.97). Cut-offs: this month's 5 products of most units end at the Classic Sunscreen's
 * 53 (the 6th has 50); Q4 2025's 3 Facebook posts of most reach end at 27,376 (the 4th has 23,247); 2025's 4 countries
 * of most paid orders end at Australia's 1,258 (the 5th has 1,041); Q4 2025's 5 products of most cost of goods end at
 * the Urban Ceramic Mug's $11,856.88 (the 6th has $9,093.30). The single extremes have no tie: February's slowest day
 * (10 Feb, $2,476.08, against $2,722.98), 2025's most commented post (13,871 against 12,347), 2025's country of highest
 * refund rate (Canada, 6.37%, against 6.12%), the source of most sign-ups since September (Instagram, 310, against 233)
 * and February's largest refund ($305.00 against $287.85). Breakdowns and series add up to their totals: this week's
 * 293 orders by status; February's 170 sign-ups by channel; 2025's 447 posts by platform and by month; Q2 2025's 2,565
 * paid orders by country; the 30 days' 52 refunds by channel; Q4 2025's discounts by channel to $18,854.72 (2025's by
 * quarter to $47,521.43); January's reach by media type to 1,405,118; February's revenue by country to $108,535.53
 * (weekdays $73,669.40 of it); the 30 days' product revenue by category to $127,525.75; 2025's 23,288 units by
 * acquisition channel; the six months' 8,719 paid orders; last week's revenue by day to $28,936.73 and the six weeks'
 * to $169,278.71; January's 172 paid orders of TikTok-acquired buyers by channel. No gold sums over no rows: the
 * smallest sets asked about are the Ocean Bath Salts' 6 units ever sold ($323.94), the 3 Instagram posts over 5,000
 * likes, the 4 Black Friday orders later refunded, the 4 cancelled TikTok Shop orders of January, the 4 cancellations
 * of last week and the 5 Facebook videos of February.
 */

export interface TwentyfourthFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const DECEMBER_1_TO_24: Span = ['2025-12-01', '2025-12-25'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Urban Ceramic Mug';
const TITLE_B = 'Ocean Bath Salts';
const TITLE_C = 'Minimal Vase';
const TITLE_D = 'Velvet Wallet';
const TITLE_E = 'Meadow Face Serum';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const COGS = 'SUM(oi.quantity * pr.cost)';
const WEEKDAYS = ' AND EXTRACT(ISODOW FROM o.ordered_at) BETWEEN 1 AND 5';

export const TWENTYFOURTH_FRESH_CASES: readonly TwentyfourthFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Paid revenue recognised across January to June 2025, as one figure',
    expect: answer(revenue(H1_2025)),
  },
  { asker: 'owner', category: 'totals', question: 'boxing day order count??', expect: answer(orders(BOXING_DAY)) },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many comments did all my stuff pull in during april–june 2025',
    expect: answer(posts('SUM(p.comments)', 'comments', Q2_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'What did customers pay us in delivery charges on paid orders in Q1 2025?',
    expect: answer(`SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'number of people who made an account with us on 1 jan 2026',
    expect: answer(newCustomers(NEW_YEARS_DAY)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'cancelled orders in the past 7 days - give me the number',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(LAST_7_DAYS)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev bf 2025', expect: answer(revenue(BLACK_FRIDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'avg ord val l30d',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_30_DAYS)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ig shop ords wk b4 last',
    expect: answer(orders(WEEK_BEFORE_LAST, " AND o.sales_channel = 'instagram_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rate 1st half of 25',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H1_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'cogs q1 25',
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'email-sourced new custs sept onwards',
    expect: answer(newCustomers(SINCE_SEPTEMBER, " AND c.acquisition_channel = 'email'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'ytd units tiktok shp',
    expect: answer(units(THIS_YEAR, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'how many fb posts l90d',
    expect: answer(posts('COUNT(*)', 'posts', LAST_90_DAYS, " AND p.platform = 'facebook'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'what did shoppers in germany spend with us last month all up',
    expect: answer(revenueOfCustomers(FEBRUARY, " AND c.country = 'DE'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did ppl stash my posts to look at later in december',
    expect: answer(posts('SUM(p.saves)', 'saves', DECEMBER)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: "Add up what February's sold merchandise cost us at our buy-in price",
    expect: answer(`SELECT ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)}`),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: "how many january orders ended with us sending the customer's money back",
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(JANUARY)}`)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Cancellation rate on Instagram Shop orders for the first half of 2025',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(H1_2025)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'how engaging were my ig reels in the past 30 days (eng rate)',
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
    question: 'Discount rate on paid orders in November 2025, discounts over subtotal',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(NOVEMBER)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'refund rate on orders from aussie buyers since dec',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(SINCE_DECEMBER)} AND c.country = 'AU'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'gross margin on beauty over the last three full months',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_3_MONTHS)} AND pr.category = 'beauty'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Average order value of paid TikTok Shop orders placed in the first quarter of 2025',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'since july 2025 how much has a typical paying customer spent in total, on average',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(SINCE_JULY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'mean reach of a tiktok i put up in feb',
    expect: answer(posts('AVG(p.reach)', 'avg_reach', FEBRUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'avg number of items in a web store order last wk',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'For July to December 2024, paid orders per purchasing customer?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(H2_2024)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'What proportion of Q4 2025 paid revenue was taken through the TikTok Shop?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'apparel cut of dec item sales, %',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'apparel') * 1.0 / ${PRODUCT_REVENUE} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'of everybody who signed up in 2025, what fraction found us through instagram',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'instagram') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(YEAR_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'what slice of my q4 2025 likes came off reels',
    expect: answer(
      `SELECT SUM(p.likes) FILTER (WHERE p.media_type = 'reel') * 1.0 / SUM(p.likes) AS share FROM social_posts p WHERE ${p(Q4_2025)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'Taking every November 2025 order regardless of status, what fraction was cancelled?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.status = 'cancelled') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${o(NOVEMBER)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'How many paid January orders came in below $30 all in?',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total < 30`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many things in the catalogue are priced under 30 dollars',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price < 30'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'number of my 2025 instagram posts that topped 5k likes',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'instagram' AND p.likes > 5000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many customers placed three or more paid orders in the second half of 2025?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 HAVING COUNT(*) >= 3) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunded orders this year worth more than $200 - count',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(THIS_YEAR)} AND o.total > 200`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which catalogue items cost us more than $50 apiece to stock?',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: "feb's weakest sales day",
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which thing i posted in 2025 got the most comments',
    expect: answer(
      `SELECT p.post_id AS post, p.comments AS comments FROM social_posts p WHERE ${p(YEAR_2025)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Across calendar 2025, which buyer country had the highest refund rate?',
    expect: answer(
      `SELECT c.country AS country, ${REFUND_RATE} AS refund_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'since september which channel has brought us the most new customers',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_SEPTEMBER)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'largest refund from last month, order number and its total',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'ids of the orders from yesterday that have been refunded',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'show me the facebook videos i uploaded last month',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Beauty items listed at more than $40: which are they?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty' AND pr.price > 40"),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'wht accessories r in the range',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'accessories'"),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: 'Order ids of last week’s paid orders above $400',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} AND o.total > 400`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'urban ceramic mug how many sold last mo',
    expect: answer(units(FEBRUARY, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Lifetime product revenue of the Ocean Bath Salts, paid orders only',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many of my captions mention the Wild Eye Cream',
    expect: answer("SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%Wild Eye Cream%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Minimal Vase gross profit for calendar year 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many paid orders in january had a velvet wallet in them',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(JANUARY)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'all our hoodies together - item sales last month',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(FEBRUARY)}${byKind('Hoodie')}`,
    ),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'How much is the Meadow Face Serum selling for right now?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'orders this week split out by status, counts',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(THIS_WEEK)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: "last month's new customers, counted per acquisition channel",
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many posts went up on each platform across 2025',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid order count per buyer country, April through June 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'refunds l30d by channel sold on',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS refunded_orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: '5 best sellers in march so far, by qty',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 facebook posts w the biggest reach in oct-dec 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.reach AS reach FROM social_posts p WHERE ${p(Q4_2025)} AND p.platform = 'facebook' ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Rank the top four buyer countries by paid order count for calendar 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 4`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Five products with the largest cost of goods sold in Q4 2025',
    expect: answer(
      `SELECT pr.title AS product_title, ${COGS} AS cost_of_goods_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Discounts on paid orders for each sales channel, October–December 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'reach by kind of post in jan',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.reach) AS reach FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'February 2026 paid revenue split by the country of the buyer',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'item sales per category l30d',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_30_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'units bought in 2025, grouped by how each buyer originally found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Monthly paid order count from September 2025 to February 2026',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_6_MONTHS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'sales each day last wk',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: '2025 posting cadence: monthly post counts',
    expect: answer(
      `SELECT ${bucket('month', 'p.posted_at')}, COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly count of new accounts from july 2025 onward',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Paid revenue week by week over the last six complete weeks',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'orders yday vs the day before',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, YESTERDAY, DAY_BEFORE_YESTERDAY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid revenue in January 2026 compared with January 2025',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, JANUARY, JANUARY_2025)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'are my video views up this month compared to last month',
    expect: answer(
      compared('SUM(p.video_views) FILTER (WHERE %F)', 'video_views', 'social_posts p', '', p, THIS_MONTH, FEBRUARY),
    ),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'signups so far this year vs the same stretch of 2025',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, THIS_YEAR, LAST_YEAR_SAME_SPAN),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Did gross profit rise from Q3 2025 into Q4 2025? Both figures please',
    expect: answer(
      compared(
        'SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F)',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        Q4_2025,
        Q3_2025,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'cancel count: last wk compared to the wk prior to it',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'cancelled_orders',
        'orders o',
        "o.status = 'cancelled'",
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
    question: 'Q1 2025 average order value, online store against Instagram Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(Q1_2025)} AND o.sales_channel IN ('online_store', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'reels or carousels, which got saved more in 2025',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(YEAR_2025)} AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'germany vs france rev last mo',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country IN ('DE', 'FR') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'H1 2025 new customers: organic search compared to paid search',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(H1_2025)} AND c.acquisition_channel IN ('organic_search', 'paid_search') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'weekday sales only last month, mon to fri',
    expect: answer(revenue(FEBRUARY, WEEKDAYS)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders placed between 1 December 2025 and 24 December 2025, both dates included',
    expect: answer(orders(DECEMBER_1_TO_24)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Paid-order takings from 1 April 2025 through 30 June 2025',
    expect: answer(revenue(Q2_2025)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'how many things did i post in the last 2 weeks',
    expect: answer(posts('COUNT(*)', 'posts', LAST_2_WEEKS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'accounts opened since the start of february, total',
    expect: answer(newCustomers(SINCE_FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'of the orders placed on black friday 2025, how many were refunded afterwards',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(BLACK_FRIDAY)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['sales last wk'],
    question: 'ok now the previous wk',
    expect: answer(revenue(WEEK_BEFORE_LAST)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['For January 2026, number of paid orders on each storefront'],
    question: 'Restrict that to customers acquired through TikTok',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(JANUARY)} AND c.acquisition_channel = 'tiktok' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['december tiktok reach all together'],
    question: 'how about instagram for that month',
    expect: answer(posts('SUM(p.reach)', 'reach', DECEMBER, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Discounts granted on paid orders in calendar 2025'],
    question: 'Now show it quarter by quarter',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['new customers in january'],
    question: 'how many of them came in through facebook',
    expect: answer(newCustomers(JANUARY, " AND c.acquisition_channel = 'facebook'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['feb cancellations, the count', 'narrow it to the tiktok storefront'],
    question: 'same thing but for jan please',
    expect: answer(
      count('cancelled_orders', `o.status = 'cancelled' AND ${o(JANUARY)} AND o.sales_channel = 'tiktok_shop'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'beanie qty sold in feb?', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Item revenue earned by the tank during Q4 2025',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'likes on the posts where i showed off the lip balm',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What gross margin did the chinos deliver in 2025?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'linen shirt units ths wk', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'refunded orders with the bath salts in them since january, count',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'what do we sell the cushion cover for', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Units of the cardigan sold on paid orders in February 2026',
    expect: CLARIFY,
  },
  { asker: 'ops', category: 'must_clarify', question: 'backpack units shipped so far in march?', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'stock on hand for the velvet scarf right now?',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many new followers did i pick up on insta last month',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'In February, what percentage of online-store visitors went on to place an order?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Total sales tax remitted for 2025',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'average age of the customers who joined this year',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'which courier handled the most of last weeks orders',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'average star rating in our product reviews for home goods',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'organic hoodie - is S, M or L the best seller',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Total affiliate commission paid to influencers in Q4 2025',
    expect: DECLINE,
  },
];
