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
  H1_2025,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  ITEMS_PRODUCTS_CUSTOMERS,
  JANUARY,
  LAST_12_MONTHS,
  LAST_14_DAYS,
  LAST_30_DAYS,
  LAST_3_DAYS,
  LAST_3_MONTHS,
  LAST_3_WEEKS,
  LAST_6_WEEKS,
  LAST_90_DAYS,
  LAST_WEEK,
  newCustomers,
  NEW_YEARS_EVE,
  BOXING_DAY,
  o,
  orders,
  ORDERS_CUSTOMERS,
  p,
  pc,
  PAID,
  posts,
  PRODUCT_REVENUE,
  Q1_2025,
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
 * The thirtieth fresh merchant evaluation: a thirty-second set of questions on the demo layer, held out IN FULL. It was
 * written from main at e66c65f WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit tests,
 * the misses of any evaluation set or any earlier question file but the twenty-ninth (read for its format, categories
 * and counts; the gold helpers of demo-gold.ts were read too): only the demo layer (src/demo/**), the demo data itself
 * and the eval harness. Each question and history line was compared by a throwaway script with every line of every
 * earlier question file (token-set and trigram Jaccard, the larger of the two; the script printed numbers only) and
 * reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints its
 * figures only; `--show-thirtieth-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (shorthand and typos: "ords", "l14d", "l30d", "l90d", "yday", "ystday", "tt shop",
 * "rev", "thru", "aov", "refund rt", "cancel %", "vid views", "margin %", "fb", "ig", "wk", "ytd", "qty", "v", "n"), an
 * analyst ("1 July 2024 through 30 September 2024", "Monday 2 February through Sunday 8 March 2026", "16 February to 8
 * March 2026", "mean order size"), a creator ("repost" and "reshares" for shares, "how engaging ... as a rate",
 * "shoutouts", "captions name it"), a finance person and a bookkeeper ("markdowns", "money off", "discounts given
 * away", "what the till rang up", "takings"), a founder ("weakest source of sign-ups", "the channel that first brought
 * each customer in", "accounts opened"), a support lead, an ops person ("what we pay suppliers apiece") and a new hire
 * ("customer accounts on file", "line-up", "retail price"), in conversations too. Same data and dates as the merchant
 * set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14, asked on EVAL_TODAY = 2026-03-15 (a
 * Sunday), as the demo tenant. Each gold query was run on that data (the demo tenant's rows, through the eval warehouse)
 * and its rows checked by hand. Expectations as in merchant-questions.ts: `answer` (the gold's columns and rows),
 * `clarify` (a product family with several members, each with rows: "beanies" (the Soft, Velvet, Coastal and Ocean
 * Beanie, 117, 104, 56 and 54 units in the last 90 days), "the hoodie" (the Organic and the Urban Hoodie, $54,948.00
 * and $6,768.00 of product revenue in H2 2025; the Velvet Hoodie came on 3 February 2026), "cardigan posts" (the
 * Midnight and the Minimal Cardigan, named in 2 and 4 captions with 2,610 and 9,287 likes; the Ocean Cardigan in none),
 * "the linen shirt" (the Amber, Everyday and Minimal Linen Shirt, gross profit $1,459.96, $3,590.40 and $830.64 in Q2
 * 2025), "tank" orders (the Sunset, Midnight and Meadow Tank, in 45, 25 and 10 paid February orders), "chinos" refunds
 * (the Coastal and the Minimal Chinos, in 26 and 16 refunded orders of 2025), "the backpack" (the Cedar and the Velvet
 * Backpack, unit costs $8.90 and $23.11), "bath salts" (the Ocean and the Oversized Bath Salts, 3 and 22 units in
 * February; the Ocean came on 9 February) and "the lip balm" (the Everyday and the Wild Lip Balm, listed at $43.95 and
 * $32.99)), `decline` (stock levels, follower counts, ad spend and its return, VAT, abandoned checkouts, support
 * tickets, shipping carriers, discount codes, customers' age).
 *
 * Gold conventions: orders counted with no status named are paid orders, and orders "in each status" count orders of
 * every status; refunds and cancellations counted or listed are refunded and cancelled orders by the day they were
 * placed; a cancellation rate is cancelled over all orders, a refund rate refunded over paid and refunded orders, a
 * discount rate ("% of subtotal ... given away as discounts") discounts over subtotal on paid orders; "discounts",
 * "markdowns" and "money off" are the discounts of paid orders, and the "average discount per paid order" is over every
 * paid order (those with none too); a product's "product revenue" is units × unit price, its "units", "qty", "pieces"
 * or what went "out the door" its units on paid orders, its "orders" the paid orders that include it; "takings" and
 * what "the till rang up" are revenue; "dollars per customer who actually purchased" is revenue over the customers with
 * a paid order; "one-time buyers" are customers with exactly one paid order in the year; the "customer accounts on
 * file" are every customer, "accounts opened" and sign-ups new customers; "clothing" is apparel; "where the sale
 * happened" and the "selling channel" are the sales channel; "the channel that first brought each customer in" and a
 * "source of sign-ups" are the acquisition channel; a post "mentions" a product, or a caption "names" it, when its
 * caption contains its title; "repost"/"reshares" are shares; engagement is likes + comments + shares + saves, and how
 * engaging posts were "as a rate" is engagement over reach; what we "pay suppliers" for a product is products.cost and
 * its "retail price" or what it is "priced" products.price; a share, "slice", "portion", "proportion" or "%" is the
 * group's part of the whole, as a fraction; "the best week for sales" has the most paid revenue; post figures go by the
 * day the post went out, order figures by the day the order was placed, sign-ups by the customer's creation time,
 * products' launches by theirs; follow-ups are asked after their `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "yday" / "ystday" / "sat 14th" = 14 Mar (a Saturday), against "fri 13th" = 13 Mar; "ords l14d"
 * / "the last 14 days" = 1–14 Mar; "this wk" = 9–15 Mar (data through the 14th); "last week" = 2–8 Mar, against "the
 * week before"/"the seven days before it" = 23 Feb – 1 Mar; "the last 3 full weeks, 16 February to 8 March 2026";
 * "the six complete weeks just gone" = 26 Jan – 8 Mar; "Monday 2 February through Sunday 8 March 2026" = five full
 * weeks; "the past three days" = 12–14 Mar; "the first 10 days of March 2026" = 1–10 Mar; "l30d" = 13 Feb – 14 Mar;
 * "l90d" = 15 Dec 2025 – 14 Mar 2026; "the last 3 months (december through february)" = Dec 2025 – Feb 2026; "the last
 * 12 months, March 2025 through February 2026"; "ytd" / "so far in 2026" / "in 2026" / "this year" = 1 Jan – 14 Mar
 * 2026; "feb" / "february" / "last month" = Feb 2026, against "jan" / "january" = Jan 2026; "since december" = 1 Dec
 * 2025 on; "since oct" = 1 Oct 2025 on; "from 1 feb up to today" = 1 Feb 2026 on; "from july 2025 to now" = 1 Jul 2025
 * on; "december" = Dec 2025, against "December 2024"; "boxing day 2025" = 26 Dec, "Christmas Eve 2025" = 24 Dec, "new
 * year's eve 2025" = 31 Dec, "cyber monday 2025" = 1 Dec 2025; "q4 2025" / "oct–dec 2025" / "fourth-quarter 2025" =
 * Oct–Dec 2025, against "jul–sep" = Q3 2025 (also "1 July – 30 September 2025"); "Q1 2025" = Jan–Mar 2025; "Q2 2025 (April–June)" /
 * "April–June 2025" = Q2 2025; "H1 2025" against "H2 2025" / "July–December 2025"; "1 July 2024 through 30 September
 * 2024" = Q3 2024; "2025" / "calendar 2025" = the calendar year; "launched before 2024" = products created before 1
 * January 2024; "since it launched" / no period = every row. Comparisons of periods give the metric, then
 * `<metric>_previous` for the earlier period.
 *
 * Thresholds at their boundary: 1 paid January order came to less than $20 ($17.95; the next is $20.39); 12 products
 * list over $100 (none at $100.00; the nearest below is $98.00); 3 Instagram posts of 2025 passed 5,000 likes (the
 * third has 21,431, the next 4,988); 753 customers had exactly one paid order in 2025 (613 had two); 3 refunds since
 * December were under $25 ($23.79 the largest; the next is $26.94); 6 products cost over $50 (the nearest below is
 * $47.81); 12 paid Christmas Eve orders were over $150 (the nearest are $146.95 and $164.94). Cut-offs: the last 90
 * days' 5 products of most units end at the Vintage Body Oil's 226 (the 6th has 205); 2025's 3 most shared Facebook
 * posts end at 198 (the 4th has 197); of the products with 2025 sales, the 3 of least product revenue end at the Cloud
 * Midi Dress's $1,078.00 (the 4th has $1,872.00; the four products launched in 2026 have no 2025 rows); this year's 2
 * countries of most gross profit end at GB's $26,556.64 (CA has $16,486.33). The single extremes have no tie: Q4 2025's
 * best week (of 10 November, $62,167.11, against $51,857.62; the week of 29 September counts from 1 October only), this
 * year's most reshared TikTok (1,763 against 1,670), H2 2025's country of highest cancellation rate (GB, 0.0274,
 * against FR's 0.0242), 2025's acquisition channel of fewest sign-ups (email, 189, against facebook's 208) and
 * February's biggest refunded order ($305.00 against $287.85). Breakdowns and series add up: January's orders by status
 * (1,103 paid, 72 refunded, 33 cancelled); December's posts by platform; 2025's cancelled orders by month; this week's
 * revenue by day (9–14 March). No gold sums over no rows: the smallest sets asked about are the one Instagram reel of
 * last week, the one paid January order under $20, the one Meadow Face Serum sold this week and the 3 posts of the
 * last three days.
 */

export interface ThirtiethFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support' | 'ops' | 'bookkeeper' | 'new_hire';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

/** Monday 2 February to Sunday 8 March 2026: five full weeks. */
const FEB_2_TO_MAR_8: Span = ['2026-02-02', '2026-03-09'];
/** The first ten days of March 2026. */
const MARCH_1_TO_10: Span = ['2026-03-01', '2026-03-11'];
/** Christmas Eve 2025. */
const CHRISTMAS_EVE: Span = ['2025-12-24', '2025-12-25'];
/** Before 2024: products launched in 2023 or earlier. */
const BEFORE_2024: Span = [null, '2024-01-01'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Minimal Vase';
const TITLE_B = 'Ocean Cardigan';
const TITLE_C = 'Velvet Diffuser';
const TITLE_D = 'Organic Planter';
const TITLE_E = 'Coastal Beanie';
const TITLE_F = 'Meadow Face Serum';
const TITLE_G = 'Oversized Earrings';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;
const AOV = 'AVG(o.total) AS average_order_value';
const inCategory = (category: string) =>
  ` AND oi.product_id IN (SELECT product_id FROM products WHERE category = '${category}')`;

export const THIRTIETH_FRESH_CASES: readonly ThirtiethFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Paid-order takings, summed, from 1 July 2024 through 30 September 2024',
    expect: answer(revenue(Q3_2024)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: 'boxing day 2025 paid ords total',
    expect: answer(orders(BOXING_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'how many saves did my stuff rack up in february',
    expect: answer(posts('SUM(p.saves)', 'saves', FEBRUARY)),
  },
  {
    asker: 'bookkeeper',
    category: 'totals',
    question: 'Total discounts given away on paid orders during calendar 2025',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`),
  },
  {
    asker: 'new_hire',
    category: 'totals',
    question: 'new here: headcount of customer accounts on file, all of them',
    expect: answer('SELECT COUNT(*) AS customers FROM customers c'),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'cancelled orders placed in the last 14 days - total count',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(LAST_14_DAYS)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'ords l14d', expect: answer(orders(LAST_14_DAYS)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'feb rev thru tt shop',
    expect: answer(revenue(FEBRUARY, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov since oct',
    expect: answer(`SELECT ${AOV} FROM orders o WHERE ${PAID} AND ${o(SINCE_OCTOBER)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'refund rt ytd',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'accessories units ystday',
    expect: answer(units(YESTERDAY, inCategory('accessories'))),
  },
  {
    asker: 'creator',
    category: 'shorthand',
    question: 'tiktok vid views l14d',
    expect: answer(posts('SUM(p.video_views)', 'video_views', LAST_14_DAYS, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'margin % ytd',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'signups fb l90d',
    expect: answer(newCustomers(LAST_90_DAYS, " AND c.acquisition_channel = 'facebook'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: "new year's eve 2025 - what did the till ring up",
    expect: answer(revenue(NEW_YEARS_EVE)),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how many times did folks repost my stuff in q4 2025',
    expect: answer(posts('SUM(p.shares)', 'shares', Q4_2025)),
  },
  {
    asker: 'bookkeeper',
    category: 'everyday_words',
    question: 'Markdowns given on paid orders in January 2026, total',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'new_hire',
    category: 'everyday_words',
    question: 'how many pieces did we sell the week before last',
    expect: answer(units(WEEK_BEFORE_LAST)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for orders placed 1 July – 30 September 2025',
    expect: answer(`SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(Q3_2025)}`),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'how engaging were my tiktoks in january, as a rate',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin on apparel over the last 12 months, March 2025 through February 2026',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_12_MONTHS)} AND pr.category = 'apparel'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel % online store feb',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(FEBRUARY)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'ops',
    category: 'rates',
    question: 'what % of subtotal did we give away as discounts on tiktok shop orders in december',
    expect: answer(
      `SELECT ${DISCOUNT_RATE} AS discount_rate FROM orders o WHERE ${PAID} AND ${o(DECEMBER)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean paid order size among Australia-based customers, April–June 2025',
    expect: answer(`SELECT ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(Q2_2025)} AND c.country = 'AU'`),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'oct–dec 2025, dollars per customer who actually purchased',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'my ig reels in 2026 - mean like count each',
    expect: answer(
      posts('AVG(p.likes)', 'avg_likes', THIS_YEAR, " AND p.platform = 'instagram' AND p.media_type = 'reel'"),
    ),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'units per order l90d',
    expect: answer(`SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_90_DAYS)}`),
  },
  {
    asker: 'bookkeeper',
    category: 'ratios',
    question: 'Average discount per paid order in December 2025',
    expect: answer(`SELECT AVG(o.discount) AS avg_discount FROM orders o WHERE ${PAID} AND ${o(DECEMBER)}`),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'Share of 2025 paid revenue generated on TikTok Shop',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'tiktok_shop') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: '% of ords ytd from uk buyers',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.country = 'GB') * 1.0 / COUNT(*) AS share FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'what fraction of q4 2025 signups came via organic search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'organic_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(Q4_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'reels as a slice of everything i posted in feb',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE p.media_type = 'reel') * 1.0 / COUNT(*) AS share FROM social_posts p WHERE ${p(FEBRUARY)}`,
    ),
  },
  {
    asker: 'finance',
    category: 'shares',
    question: 'Home goods as a proportion of product revenue in H2 2025',
    expect: answer(
      `SELECT SUM(oi.quantity * oi.unit_price) FILTER (WHERE pr.category = 'home') * 1.0 / SUM(oi.quantity * oi.unit_price) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`,
    ),
  },

  // Thresholds
  {
    asker: 'bookkeeper',
    category: 'thresholds',
    question: 'Tally of paid orders from January 2026 whose total sat below twenty dollars',
    expect: answer(count('orders', `${PAID} AND ${o(JANUARY)} AND o.total < 20`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'count of items in the catalog priced north of $100',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my instagram posts from 2025 topped 5000 likes',
    expect: answer(posts('COUNT(*)', 'posts', YEAR_2025, " AND p.platform = 'instagram' AND p.likes > 5000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'One-time buyers of 2025: customers with a single paid order that year, counted',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) = 1) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunds since december under $25 - how many',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(SINCE_DECEMBER)} AND o.total < 25`)),
  },
  {
    asker: 'ops',
    category: 'thresholds',
    question: 'anything we pay suppliers over $50 apiece for? list the products',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost > 50'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'best week for sales in q4 2025?',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(Q4_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which tiktok of mine got reshared the most this year',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(THIS_YEAR)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Which customer country had the highest cancellation rate in H2 2025?',
    expect: answer(
      `SELECT c.country AS country, ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'weakest source of sign-ups during 2025 (just the one channel)',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'largest february refund: order id + its total',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'refunded' AND ${o(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: 'order numbers for the refunds placed yesterday',
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'refunded' AND ${o(YESTERDAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'any ig reels from me last week? give the post ids',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'instagram' AND p.media_type = 'reel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'Titles of home products launched before 2024',
    expect: answer(
      `SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home' AND ${pc(BEFORE_2024)}`,
    ),
  },
  {
    asker: 'new_hire',
    category: 'lists',
    question: "what's in the beauty line-up?",
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'beauty'"),
  },
  {
    asker: 'bookkeeper',
    category: 'lists',
    question: 'Which paid orders on Christmas Eve 2025 had a total over $150?',
    expect: answer(
      `SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(CHRISTMAS_EVE)} AND o.total > 150`,
    ),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'minimal vase units l30d',
    expect: answer(units(LAST_30_DAYS, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Ocean Cardigan: paid product revenue since it launched',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(ALL)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'velvet diffuser shoutouts: how many captions name it',
    expect: answer(`SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%${TITLE_C}%'`),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross profit from the Organic Planter over calendar 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of paid december orders containing a coastal beanie',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE ${PAID} AND ${o(DECEMBER)}${byTitle(TITLE_E)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'meadow face serum qty this wk',
    expect: answer(units(THIS_WEEK, byTitle(TITLE_F))),
  },
  {
    asker: 'new_hire',
    category: 'names',
    question: 'oversized earrings - retail price?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_G}'`),
  },

  // Counts by a dimension
  {
    asker: 'ops',
    category: 'status_breakdowns',
    question: 'status tally for every order placed in jan 2026',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(JANUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: 'fourth-quarter 2025 sign-ups, country by country',
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'how many things did i post on each platform in december',
    expect: answer(
      `SELECT p.platform AS platform, COUNT(*) AS posts FROM social_posts p WHERE ${p(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'Paid orders in 2025 by the acquisition channel of the customer',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'refunds by channel ytd',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS refunded_orders FROM orders o WHERE o.status = 'refunded' AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 5 products by units l90d',
    expect: answer(
      `SELECT pr.title AS product_title, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_90_DAYS)} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'top three fb posts of 2025 ranked by shares',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'facebook' ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'Of the products that sold in 2025, the three with the least paid product revenue',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Top 2 customer countries by gross profit so far in 2026',
    expect: answer(
      `SELECT c.country AS country, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 DESC LIMIT 2`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'bookkeeper',
    category: 'breakdowns',
    question: 'Money off granted on paid 2025 orders, split by where the sale happened',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'impressions per platform for january',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.impressions) AS impressions FROM social_posts p WHERE ${p(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'July–December 2025 mean order value of paid orders, one figure per buyer country',
    expect: answer(
      `SELECT c.country AS country, ${AOV} FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: 'this wk units split apparel/home/beauty/acc',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: '2025 gross profit by the channel that first brought each customer in',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid order count per week, Monday 2 February through Sunday 8 March 2026',
    expect: answer(
      `SELECT ${bucket('week', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(FEB_2_TO_MAR_8)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'rev by day this wk',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'likes week after week for the six complete weeks just gone',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_6_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'customer sign-ups each month from july 2025 to now',
    expect: answer(
      `SELECT ${bucket('month', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(SINCE_JULY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'bookkeeper',
    category: 'time_series',
    question: 'Cancelled orders for each month of 2025',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND ${o(YEAR_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'paid ords sat 14th v fri 13th',
    expect: answer(
      compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, YESTERDAY, DAY_BEFORE_YESTERDAY),
    ),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'Paid revenue, December 2025 versus December 2024',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, DECEMBER, DECEMBER_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my reach grow from jul–sep to oct–dec 2025?',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, Q4_2025, Q3_2025)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'feb sign-up count relative to jan',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, FEBRUARY, JANUARY)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'Gross profit, H2 2025 against H1 2025',
    expect: answer(
      compared(
        '(SUM((oi.unit_price - pr.cost) * oi.quantity) FILTER (WHERE %F))',
        'gross_profit',
        ITEMS_PRODUCTS,
        PAID,
        o,
        H2_2025,
        H1_2025,
      ),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: "last week's cancellation count, up or down from the seven days before it?",
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
    question: 'In 2025, did Canada or Australia produce more paid revenue?',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country IN ('CA', 'AU') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'january reshares - did tiktok or fb win',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.shares) AS shares FROM social_posts p WHERE ${p(JANUARY)} AND p.platform IN ('tiktok', 'facebook') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'ytd pieces: clothing v accessories',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} AND pr.category IN ('apparel', 'accessories') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'organic search or paid search - which brought in more new customers in oct-dec 2025',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} AND c.acquisition_channel IN ('organic_search', 'paid_search') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'cyber monday 2025 sales',
    expect: answer(revenue(CYBER_MONDAY)),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders placed over the last 3 full weeks, 16 February to 8 March 2026',
    expect: answer(orders(LAST_3_WEEKS)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Revenue for the first 10 days of March 2026',
    expect: answer(revenue(MARCH_1_TO_10)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'posts i made across the past three days?',
    expect: answer(posts('COUNT(*)', 'posts', LAST_3_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'accounts opened from 1 feb up to today',
    expect: answer(newCustomers(SINCE_FEBRUARY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'refunded orders from the last 3 months (december through february)',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(LAST_3_MONTHS)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['yday takings'],
    question: 'n fri 13th',
    expect: answer(revenue(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Calendar-2025 paid revenue, channel by channel'],
    question: 'Canadian buyers only',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(YEAR_2025)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['december like count across my tiktok videos'],
    question: 'and on facebook, same month?',
    expect: answer(posts('SUM(p.likes)', 'likes', DECEMBER, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['What did Q1 2025 leave us in gross profit?'],
    question: 'Split it per selling channel',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q1_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['number of people who created an account jul–sep 2025'],
    question: 'just the australians, count',
    expect: answer(newCustomers(Q3_2025, " AND c.country = 'AU'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['jan cancellations - give me a count', 'only online store ones'],
    question: 'same for feb?',
    expect: answer(
      count('cancelled_orders', `o.status = 'cancelled' AND ${o(FEBRUARY)} AND o.sales_channel = 'online_store'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'l90d beanies sold qty', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Paid product revenue from the hoodie in H2 2025',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'cardigan posts, how many likes in total',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'Q2 2025 (April–June) gross profit, linen shirt',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'tank ords last month', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'how many chinos orders got refunded in 2025',
    expect: CLARIFY,
  },
  { asker: 'new_hire', category: 'must_clarify', question: 'how much does the backpack cost us', expect: CLARIFY },
  {
    asker: 'ops',
    category: 'must_clarify',
    question: 'february: bath salts units out the door',
    expect: CLARIFY,
  },
  {
    asker: 'new_hire',
    category: 'must_clarify',
    question: "what's the lip balm's list price?",
    expect: CLARIFY,
  },

  // Must decline
  { asker: 'owner', category: 'must_decline', question: 'how many units left in stock of everything', expect: DECLINE },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'net new ig followers over february',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Return on ad spend for paid search campaigns, Q4 2025',
    expect: DECLINE,
  },
  {
    asker: 'bookkeeper',
    category: 'must_decline',
    question: 'VAT collected on UK orders in 2025',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'checkouts people started but never finished in feb',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how many support tickets did we open in january',
    expect: DECLINE,
  },
  {
    asker: 'ops',
    category: 'must_decline',
    question: 'top shipping carrier by parcels last week (ups, dhl...)',
    expect: DECLINE,
  },
  { asker: 'owner', category: 'must_decline', question: 'most used discount code ytd', expect: DECLINE },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Breakdown of 2025 customers by age bracket',
    expect: DECLINE,
  },
];
