import type { Asker, Expectation, MerchantCategory } from './merchant-questions.js';
import {
  answer,
  bucket,
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
  ENGAGEMENT,
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H1_2025,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_2_MONTHS,
  LAST_30_DAYS,
  LAST_3_DAYS,
  LAST_3_MONTHS,
  LAST_3_WEEKS,
  LAST_6_MONTHS,
  LAST_6_WEEKS,
  LAST_7_DAYS,
  LAST_90_DAYS,
  LAST_WEEK,
  LAST_YEAR_SAME_SPAN,
  newCustomers,
  NEW_YEARS_EVE,
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
  SINCE_DECEMBER,
  SINCE_FEBRUARY,
  SINCE_JULY,
  SINCE_OCTOBER,
  SINCE_SEPTEMBER,
  THIS_MONTH,
  THIS_WEEK,
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
 * The thirty-second fresh merchant evaluation: a thirty-fourth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 2f3871d WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the thirty-first (read for its format,
 * categories, counts and order; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the
 * demo data and the eval harness. Each question and history line was compared by a throwaway script with every line of
 * every earlier question file and cases.ts (the larger of token-set and character-trigram Jaccard; the script printed
 * numbers and the new lines only) and reworded while it scored 0.6 or more against any of them. Nobody tunes the
 * analyst to it: `npm run eval` prints its figures only; `--show-thirtysecond-fresh-misses` prints its misses for the
 * closing read of a session, and `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone ("yday", "l14d", "l30d", "wk b4 last", "custs", "gm%", "r", "pcs", "ords"), an
 * analyst (exact spans: "Monday 16 February 2026 through Sunday 8 March 2026"), a creator ("folks", "got shown",
 * "passed 5,000 likes", "least watched"), a finance person, a bookkeeper ("money handed back", "shipped free"), a
 * founder ("opened an account", "slice of our whole customer base"), a support lead, an ops person ("moved", "shipped
 * out") and a new hire ("sticker price", "how big is our catalogue"), in conversations too. Same data and dates as the
 * merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY =
 * 2026-03-15 (a Sunday), as the demo tenant. Expectations as in merchant-questions.ts: `answer`, `clarify` (a product
 * family with several members, each with rows in the asked context: "the hoodie" (Organic, Urban and Velvet Hoodie, 48,
 * 4 and 41 units in the last 30 days), "the cardigan" (Midnight and Minimal Cardigan, $2,128.00 and $2,878.85 in Q4
 * 2025), "the linen shirt" (Amber, Everyday and Minimal, in 6, 6 and 4 captions), "the chinos" (Coastal and Minimal,
 * $34,441.35 and $10,037.43 of 2025 gross profit), "the tank" (Meadow, Midnight and Sunset, 31, 63 and 99 paid orders this
 * year), "the backpack" (Cedar and Velvet, 33 and 19 refunded orders since October), "the beanie" (four list prices,
 * $16.99 to $75.00), "the bath salts" (unit costs $20.68 and $20.82) and "the lip balm" (Everyday and Wild, 12 and 33
 * units in February)), `decline` (stock levels, website conversion, ad spend, customers' age, abandoned checkouts,
 * followers, couriers, wages, NPS).
 *
 * Gold conventions as in the thirty-first set: orders counted with no status named are paid orders; refunds and
 * cancellations counted or listed are refunded and cancelled orders by the day they were placed; "money handed back" is
 * the total of refunded orders; rates as in demo-gold.ts; "shipped free" is a paid order with shipping 0; "bought from us
 * more than once" is two or more paid orders in the year; "spent more than $1,000" is the customer's paid revenue, all
 * time; a product's units, "pcs", "moved" or "shipped out" are its units on paid orders, its orders the paid orders that
 * include it; a post "shows off" a product when its caption contains its title; "got shown" is impressions, "folks ...
 * reach" reach; a share, "slice", "portion" or "%" is a fraction; "sticker price" is products.price, "cost us" products.cost;
 * "added to the catalog" goes by products.created_at; comparisons of periods give the metric, then `<metric>_previous`.
 *
 * Periods at 2026-03-15: "yday" = 14 Mar; "the day before yday" = 13 Mar; "last 3 days" = 12–14 Mar; "l14d" / "past 14
 * days" = 1–14 Mar; "last 7 days" = 8–14 Mar; "last 30d" / "l30d" = 13 Feb – 14 Mar; "past 90 days" = 15 Dec – 14 Mar;
 * "this wk so far" = 9–14 Mar; "last wk" = 2–8 Mar, "wk b4 last" / "the wk before it" = 23 Feb – 1 Mar; "the 6 full weeks
 * before this one" = 26 Jan – 8 Mar; "march so far" / "this month" = 1–14 Mar; "feb" / "last month" = Feb 2026; "since
 * feb" = 1 Feb on; "since december" = 1 Dec 2025 on; "since oct" / "from 1 October 2025" = 1 Oct on; "since july" = 1 Jul
 * 2025 on; "from september onwards" = 1 Sep 2025 on; "sept 2025 to feb 2026" / "December 2025 through February 2026" /
 * "March 2025 to February 2026" whole months; "year to date" = 1 Jan – 14 Mar 2026, against "the same dates in 2025";
 * "dec 31st, new years eve" = 31 Dec 2025; "boxing day 25" = 26 Dec 2025; "cyber monday 2025" = 1 Dec 2025; "last
 * quarter" = Q4 2025; "q3 24" = Q3 2024; "calendar 2024" = 2024.
 *
 * Checks: every gold was run on that data as the demo tenant and its rows read by hand. Thresholds sit off their
 * boundary: last week's paid orders over $300 are 13 (nearest $296.92 and $304.84); 17 posts of 2025 passed 5,000 likes
 * (nearest 4,988 and 5,102); 12 products list at $100 or more (none at exactly $100); 46 refunds of the last 90 days were
 * under $50 (nearest $48.90 and $50.95); 739 customers have more than $1,000 of paid revenue (nearest $999.48 and
 * $1,001.65); 4 Christmas Day orders had a discount over $15 (the next is $13.60); 614 of January's 1,103 paid orders
 * shipped free. Cut-offs and extremes have no tie: this year's top 5 by units end at the Vintage Body Oil's 167 (6th 145);
 * 2025's three least watched TikToks end at 21,582 (4th 23,065); Q4 2025's bottom 3 by gross profit end at $336.38 (4th
 * $529.65); the top 3 countries end at CA's $184,270.94 (AU $154,419.30); February's top seller (Velvet Backpack 153
 * against 117), the most shared TikTok (12,932 against 12,516), 2025's peak month (November, $208,342.83 against
 * $196,140.72), Q2 2025's weakest category (beauty $13,326.68 against $19,303.48) and this year's largest refund
 * ($387.98 against $342.00). No gold has zero rows: the smallest are the 4 Boxing Day refunds, the 5 February Facebook
 * videos, the 7 refunds of yesterday and the 8 Cloud Tee units of March.
 */

export interface ThirtysecondFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** Boxing Day 2025. */
const BOXING_DAY_2025: Span = ['2025-12-26', '2025-12-27'];
/** 1 October 2025 to 14 March 2026: products launched in that stretch. */
const OCT_1_TO_MAR_14: Span = ['2025-10-01', '2026-03-15'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Meadow Face Serum';
const TITLE_B = 'Minimal Vase';
const TITLE_C = 'Organic Planter';
const TITLE_D = 'Oversized Earrings';
const TITLE_E = 'Velvet Diffuser';
const TITLE_F = 'Vintage Body Oil';
const TITLE_G = 'Cloud Tee';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const AOV = 'AVG(o.total) AS average_order_value';

export const THIRTYSECOND_FRESH_CASES: readonly ThirtysecondFreshCase[] = [
  // Totals
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Sum of discounts granted on paid orders, April–June 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q2_2025)}`),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'how much have we made over the last 3 days',
    expect: answer(revenue(LAST_3_DAYS)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many times did my posts get shown in december 2024',
    expect: answer(posts('SUM(p.impressions)', 'impressions', DECEMBER_2024)),
  },
  {
    asker: 'ops',
    category: 'totals',
    question: 'number of units we shipped out on cyber monday 2025',
    expect: answer(units(CYBER_MONDAY)),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: 'how many people opened an account with us during 2024',
    expect: answer(newCustomers(YEAR_2024)),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'how big is our catalogue — how many products do we carry?',
    expect: answer('SELECT COUNT(*) AS products FROM products pr'),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'how did we do yday in $', expect: answer(revenue(YESTERDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov l14d',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(LAST_14_DAYS)}`),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: 'refund count boxing day 25',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(BOXING_DAY_2025)}`)),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'ig reel vid views l30d',
    expect: answer(
      posts(
        'SUM(p.video_views)',
        'video_views',
        LAST_30_DAYS,
        " AND p.platform = 'instagram' AND p.media_type = 'reel'",
      ),
    ),
  },
  {
    asker: 'founder',
    category: 'shorthand',
    question: 'new custs FR since oct',
    expect: answer(newCustomers(SINCE_OCTOBER, " AND c.country = 'FR'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tiktok shop units wk b4 last',
    expect: answer(units(WEEK_BEFORE_LAST, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'support',
    category: 'shorthand',
    question: '# refunded ords yday',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(YESTERDAY)}`)),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gm% home q3 24',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2024)} AND pr.category = 'home'`,
    ),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash came through on dec 31st, new years eve',
    expect: answer(revenue(NEW_YEARS_EVE)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many folks did my tiktoks reach in january',
    expect: answer(posts('SUM(p.reach)', 'reach', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'Money handed back on refunded orders placed during 2025',
    expect: answer(
      `SELECT SUM(o.total) AS refunded_total FROM orders o WHERE o.status = 'refunded' AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'how many people came back and bought from us more than once in 2025?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) >= 2) t`,
    ),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate on online-store orders placed in Q2 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q2_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: "what's my tiktok engagement rate looking like since december",
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', SINCE_DECEMBER, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Discount rate across paid orders for December 2025 through February 2026',
    expect: answer(`SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(LAST_3_MONTHS)}`),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel rate on the insta shop in 2024',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2024)} AND o.sales_channel = 'instagram_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Accessories gross margin for the twelve months March 2025 to February 2026',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} AND pr.category = 'accessories'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean paid order value for Australian buyers, first half of 2025',
    expect: answer(`SELECT ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H1_2025)} AND c.country = 'AU'`),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'on average how many likes does an instagram carousel of mine get? last quarter',
    expect: answer(
      posts('AVG(p.likes)', 'avg_likes', Q4_2025, " AND p.platform = 'instagram' AND p.media_type = 'carousel'"),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'mar to date: pieces per basket, averaged',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)}`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: '2024 spend per paying customer (total paid revenue over buyers)',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)}`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Per paid order, what was the mean dollar discount through December 2025?',
    expect: answer(`SELECT AVG(o.discount) AS avg_discount FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Proportion of Q4 2025 paid revenue that came via the TikTok Shop channel',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'how much of last months sales were american customers, as a %',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE c.country = 'US') * 1.0 / SUM(o.total) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'of all the likes i got in 2025, what portion were on reels',
    expect: answer(
      `SELECT SUM(p.likes) FILTER (WHERE p.media_type = 'reel') * 1.0 / SUM(p.likes) AS share FROM social_posts p WHERE ${p(YEAR_2025)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what slice of our whole customer base came in through paid search',
    expect: answer(
      "SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c",
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Fraction of January–June 2025 product revenue contributed by the home category',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'home') * 1.0 / ${PRODUCT_REVENUE} AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H1_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Count of January 2026 paid orders where the customer paid $0 shipping',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.shipping = 0`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'orders bigger than $300 last wk?',
    expect: answer(count('orders', `${PAID} AND ${o(LAST_WEEK)} AND o.total > 300`)),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'in 2025 how many things i posted passed 5,000 likes',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, ' AND p.likes > 5000')),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'Number of catalog items with a list price of $100 or above',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price >= 100'),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunds under $50 over the past 90 days - how many orders',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(LAST_90_DAYS)} AND o.total < 50`)),
  },
  {
    asker: 'founder',
    category: 'thresholds',
    question: 'how many customers have spent more than $1,000 with us across all their paid orders',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} GROUP BY 1 HAVING SUM(o.total) > 1000) t`,
    ),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'what was our no. 1 seller by units in feb',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which tiktok of mine has been shared the most, all time',
    expect: answer(
      "SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 1",
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Peak month of 2025 for paid revenue',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'extremes',
    question: 'Q2 2025 — weakest product category on gross profit?',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q2_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'largest refunded order so far this year, with its id and total',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'give me the ids of orders refunded in the last 3 days',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_3_DAYS)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'list my facebook video posts from february, ids only',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(FEBRUARY)} AND p.platform = 'facebook' AND p.media_type = 'video'`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: 'which of our beauty products sell for more than $40?',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty' AND pr.price > 40"),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Titles of products added to the catalog between 1 October 2025 and 14 March 2026',
    expect: answer(`SELECT pr.title AS product_title FROM products pr WHERE ${pc(OCT_1_TO_MAR_14)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Order ids of paid Christmas Day 2025 orders discounted by more than $15',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(CHRISTMAS_DAY)} AND o.discount > 15`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'meadow face serum how many sold past 90 days',
    expect: answer(units(LAST_90_DAYS, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Minimal Vase: product revenue from paid orders in Q2 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(Q2_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'number of posts where i showed off the organic planter',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'What gross profit did the Oversized Earrings make in 2024?',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'how many paid orders included a velvet diffuser since july',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(SINCE_JULY)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: "what's the sticker price on the vintage body oil",
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_F}'`),
  },
  {
    asker: 'ops',
    category: 'names',
    question: 'cloud tee units moved this month',
    expect: answer(units(THIS_MONTH, byTitle(TITLE_G))),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'orders placed this year, counted per status',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(THIS_YEAR)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'new customers per country in Q3 2025',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'feb post count per social network',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Second half of 2024: paid order volume for each storefront channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(H2_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'support',
    category: 'counts_by',
    question: 'refunded orders per customer country, sept 2025 to feb 2026',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS refunded_orders FROM ${ORDERS_CUSTOMERS} WHERE o.status = 'refunded' AND ${o(LAST_6_MONTHS)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 sellers this yr by qty',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 3 least watched tiktoks of 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.video_views AS video_views FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'tiktok' ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three customer countries with the highest paid revenue, March 2025 through February 2026',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Bottom three products by gross profit in Q4 2025, of those with sales',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'December 2025 shipping fees collected on paid orders, grouped by the buyer’s country',
    expect: answer(
      `SELECT c.country AS country, SUM(o.shipping) AS shipping FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'instagram engagement for the past 90 days split by post type',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_90_DAYS)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'Average order value per sales channel over calendar 2024',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${AOV} FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'units by category last 7 days',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_7_DAYS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'since feb, revenue for each acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(SINCE_FEBRUARY)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'For each month January–December 2025, the number of paid orders',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily rev this wk so far',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'instagram likes week by week for the 6 full weeks before this one',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_6_WEEKS)} AND p.platform = 'instagram' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'monthly sign-up counts from september onwards',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_SEPTEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Show 2025 gross profit split into its four quarters',
    expect: answer(
      `SELECT ${bucket('quarter', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'sales last wk compared to the wk before it',
    expect: answer(
      compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, LAST_WEEK, WEEK_BEFORE_LAST),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid revenue, H2 2025 against H2 2024',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, H2_2025, H2_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'was my reach better in q4 2025 than q3 2025?',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, Q4_2025, Q3_2025)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customer numbers, december 2025 next to december 2024',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, DECEMBER, DECEMBER_2024),
    ),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Refund rate year to date versus the same dates in 2025 (1 Jan – 14 Mar)',
    expect: answer(
      compared(
        "(COUNT(*) FILTER (WHERE o.status = 'refunded' AND %F)) * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded') AND %F), 0)",
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
    asker: 'support',
    category: 'period_comparison',
    question: 'did cancellations rise in february compared with january?',
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
    asker: 'owner',
    category: 'value_comparison',
    question: 'insta shop or tiktok shop, who sold more this year ($)',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} AND o.sales_channel IN ('instagram_shop', 'tiktok_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'since july, do my ig reels or ig carousels get saved more?',
    expect: answer(
      `SELECT p.media_type AS media_type, SUM(p.saves) AS saves FROM social_posts p WHERE ${p(SINCE_JULY)} AND p.platform = 'instagram' AND p.media_type IN ('reel', 'carousel') GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Beauty versus accessories: paid units in December 2025',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(DECEMBER)} AND pr.category IN ('beauty', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: '2025 signups: did the newsletter channel (email) beat organic search?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} AND c.acquisition_channel IN ('email', 'organic_search') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'order count for the day before yday',
    expect: answer(orders(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid revenue, Monday 16 February 2026 through Sunday 8 March 2026',
    expect: answer(revenue(LAST_3_WEEKS)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue from 1 October 2025 up to today',
    expect: answer(revenue(SINCE_OCTOBER)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'comments i got over the past 14 days',
    expect: answer(posts('SUM(p.comments)', 'comments', LAST_14_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'sign-ups across january and february 2026 combined',
    expect: answer(newCustomers(LAST_2_MONTHS)),
  },
  {
    asker: 'bookkeeper',
    category: 'periods',
    question: 'Discounts taken on paid orders in the July–September 2024 quarter',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2024)}`),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['how many individual items did we sell across the previous 30 days'],
    question: 'ok narrow that down to beauty stuff',
    expect: answer(
      `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_30_DAYS)} AND pr.category = 'beauty'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Jan 2026 paid order tally with a row for each storefront'],
    question: 'Now run that for December 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['total saves on my instagram in 2025'],
    question: 'same figure but for fb',
    expect: answer(posts('SUM(p.saves)', 'saves', YEAR_2025, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['July–September 2025 gross profit for every product category'],
    question: 'Keep only UK buyers',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(Q3_2025)} AND c.country = 'GB' GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['how many accounts got created in february'],
    question: 'and what number of them found us on tiktok',
    expect: answer(newCustomers(FEBRUARY, " AND c.acquisition_channel = 'tiktok'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunded orders in november 2025', 'filter that to webshop orders, skip the social shops'],
    question: 'swap to the instagram shop',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(NOVEMBER)} AND o.sales_channel = 'instagram_shop'`),
    ),
  },

  // Must clarify
  {
    asker: 'owner',
    category: 'must_clarify',
    question: 'how many of the hoodie went out over the last 30d',
    expect: CLARIFY,
  },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'How much product revenue did the cardigan bring in on Oct–Dec 2025 paid orders?',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'how many times have i posted about the linen shirt',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Gross profit contribution of the chinos, full year 2025',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'the tank - paid orders ytd', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many refunded orders had the backpack in them since october',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: 'what does the beanie retail at?', expect: CLARIFY },
  { asker: 'ops', category: 'must_clarify', question: 'the bath salts: what do they cost us each', expect: CLARIFY },
  { asker: 'owner', category: 'must_clarify', question: 'the lip balm qty sold in feb', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how many units of each item do we have in stock',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Website conversion rate (sessions to orders) for February 2026',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'ROAS on the Meta ads we ran October–December 2025',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'how old are the customers we picked up in 2025, by age band',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'abandoned checkout count for last week',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'did my tiktok gain followers during january, and by how much',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'december: which delivery company handled the most of our packages',
    expect: DECLINE,
  },
  { asker: 'bookkeeper', category: 'must_decline', question: 'Total staff wages paid out in 2025', expect: DECLINE },
  {
    asker: 'new_hire',
    category: 'must_decline',
    question: "what's our customer satisfaction (NPS) score?",
    expect: DECLINE,
  },
];
