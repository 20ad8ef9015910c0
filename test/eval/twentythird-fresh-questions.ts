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
  ENGAGEMENT_RATE,
  FEBRUARY,
  GROSS_MARGIN,
  GROSS_PROFIT,
  H2_2024,
  H2_2025,
  ITEMS,
  ITEMS_PRODUCTS,
  JANUARY,
  JANUARY_2025,
  LAST_10_DAYS,
  LAST_4_WEEKS,
  LAST_8_WEEKS,
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
  Q3_2024,
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
  WEEKEND,
  YEAR_2024,
  YEAR_2025,
  YESTERDAY,
  type Span,
} from './demo-gold.js';

/**
 * The twenty-third fresh merchant evaluation: a twenty-fifth set of questions on the demo layer, held out IN FULL. It
 * was written from main at 595f384 WITHOUT reading the parser or its vocabulary (src/analyst/**), the analyst's unit
 * tests, the misses of any evaluation set or any earlier question file but the twenty-second (read for its format and
 * gold helpers): only the demo layer (src/demo/**), the demo data itself and the eval harness. Each draft and history
 * line was compared by a throwaway script with every earlier question and history line (token-set and trigram Jaccard)
 * and reworded while it scored 0.6 or more against any of them. Nobody tunes the analyst to it: `npm run eval` prints
 * its figures only; `--show-twentythird-fresh-misses` prints its misses for the closing read of a session, and
 * `--hide-held-out` does not run it at all.
 *
 * Asked by a shop owner on a phone (terse, lowercase, shorthand and typos: "ths wk", "tt shop", "canc rate", "gm%",
 * "wat", "xmas"), an analyst (precise periods, "inclusive of both ends", "keep only"), a creator ("hearts" for likes,
 * "passed along" for shares, "bookmarks" for saves, "uploads" for posts), a finance person ("money-off" for discounts,
 * what goods "cost us per unit to buy"), a founder ("account openings" and "new accounts" for sign-ups, what "source"
 * sent them) and a support lead (orders "called off" before any charge, refunds, order ids), in conversations too.
 * Same data and dates as the merchant set: scale 1, seed DEFAULT_DEMO_SEED, data through EVAL_END_DATE = 2026-03-14,
 * asked on EVAL_TODAY = 2026-03-15 (a Sunday), as the demo tenant. Each gold query was run on that data (the demo
 * tenant's rows, through the eval warehouse) and its rows checked by hand. Expectations as in merchant-questions.ts:
 * `answer` (the gold's columns and rows), `clarify` (a word with several answerable readings, each with rows: "the rug"
 * (the Alpine, Classic and Cloud Rug, 19, 30 and 24 units in February), "the hoodie" (the Organic and the Urban Hoodie
 * sold in H2 2025), "the sunscreen" (the Classic and the Vintage Sunscreen, named in 2 and 6 captions), "the shampoo
 * bar" (the Amber and the Oversized Shampoo Bar, both sold in 2025), "watch strap" (the Urban and the Wild Watch Strap,
 * 3 and 13 units this week), "the midi dress" (the Cloud and the Vintage Midi Dress, in 8 and 63 paid Q4 2025 orders),
 * "the joggers" (the Coastal, Minimal and Organic Joggers, each with its own unit cost), "the sweater" (the Minimal,
 * Vintage and Velvet Sweater, all sold in Q4 2025) and February's "fb money" (the paid orders of customers acquired on
 * Facebook, 99, or of orders its posts drove, 25: there is no Facebook shop)), `decline` (the data cannot answer: ad
 * spend and ROAS, story views, abandoned carts, net profit after rent and payroll, newsletter open rates, delivery
 * times, return reasons, gift-card sales, customers' gender).
 *
 * Gold conventions: orders counted with no status named are paid orders, and "paid / refunded / cancelled tallies"
 * count orders of every status; refunds and cancellations counted or listed are refunded and cancelled orders by the
 * day they were placed; a cancellation rate is cancelled over all orders, a refund rate refunded over paid and refunded
 * orders, and "whatever its status" a part of every order; "item sales" and "item revenue" are units × unit price;
 * "money-off" is the discount; "what a product costs us per unit to buy" is its unit cost and "what we charge" its list
 * price; "how the buyer first found us" and the "source" of an account are the acquisition channel; "every toner" is
 * every product whose title ends in "Toner"; a post "talks about" a product when its caption names it; "pieces per
 * order" are units per paid order; a share, "a %", "fraction" or "how much of" is the group's part of the whole, as a
 * fraction; "UK" is GB; post figures go by the day the post went out, order figures by the day the order was placed,
 * sign-ups by the customer's creation time; Saturday and Sunday are ISO days 6 and 7; follow-ups are asked after their
 * `history` and keep what it did not change.
 *
 * Periods at 2026-03-15: "saturday the 14th" = 14 Mar, "friday the 13th" = 13 Mar; "ths wk" / "this week" / "mon thru
 * today" = 9–14 Mar; "last wk" / "last week" = 2–8 Mar; "the last 4 full weeks" = 9 Feb – 8 Mar; "eight whole weeks
 * back from this monday" = 12 Jan – 8 Mar; "last 10d" / "the ten days up to yesterday" = 5–14 Mar; "this mo" = 1–14
 * Mar; "this yr" / "so far in 2026" / "2026 so far" = 1 Jan – 14 Mar 2026; "feb" / "last month" / "last mo" = Feb 2026;
 * "jan" / "january" = Jan 2026; "dec" / "December 2025" = Dec 2025, against "the December before it" = Dec 2024; "dec
 * thru feb" = 1 Dec 2025 – 28 Feb 2026; "since october" = 1 Oct 2025 on; "since black friday 2025" / "from Black Friday
 * 2025 up to today" = 28 Nov 2025 on; "cyber mon 25" = 1 Dec 2025; "25 dec 2025" = Christmas Day; "dec 31 2025" = New
 * Year's Eve; "valentine's day this year" = 14 Feb 2026; "10 February 2026 to 20 February 2026, inclusive of both ends"
 * includes both days; "jul-dec 25" / "the second half of 2025" / "the back half of 2025" / "July–December 2025" = Jul–Dec
 * 2025, against Jul–Dec 2024; "between 1 July and 31 December 2024" = Jul–Dec 2024; Q3 2025 against Q3 2024; "q3 24"
 * / "the third quarter of 2024" = Jul–Sep 2024; "oct–dec 2025" / Q4 2025 against Q4 2024; "jan 25" = Jan 2025;
 * "calendar 2025" / "2025" = the calendar year; "calendar 2024" / "2024" = 2024 (whose data begin on 15 March 2024, so
 * its monthly series has ten months). Comparisons of periods give the metric, then `<metric>_previous` for the earlier
 * period.
 *
 * Thresholds at their boundary: 50 paid February orders exceeded $250 (the nearest are $249.00 and $257.95); 12
 * products list over $100 (the nearest are $98.00 and $102.00); 26 TikToks of this year passed 50,000 views (the
 * nearest are 46,190 and 57,695); 753 customers placed exactly one paid order in 2025 (613 placed two); 8 February
 * refunds were under $50 (the nearest are $48.90 and $50.95); 8 products cost under $10 a unit (the nearest are $9.97
 * and $10.22); 4 apparel products list under $40 (the nearest are $33.99 and $43.00); 4 paid orders of yesterday were
 * over $250 (the nearest are $242.00 and $278.97). Cut-offs: last week's 3 products of most item sales end at the
 * Velvet Hoodie's $1,728.00 (the 4th has $1,632.00); 2025's 5 most-liked TikToks end at 44,818 (the 6th has 26,284);
 * H2 2025's 3 countries of most revenue end at Canada's $120,258.20 (the 4th has $94,372.21); this year's 5 products
 * of least gross profit end at the Coastal Beanie's $324.72 (the 6th has $392.77; every product sold this year, so none
 * has no sales). The single extremes have no tie: January's best day (2 Jan, $5,296.61, against $5,084.68), February's
 * most shared post (1,670 against 966), 2025's channel of highest cancellation rate (TikTok Shop, 2.25%, against
 * 2.15%), 2025's source of fewest sign-ups (email, 189, against 208) and this year's priciest cancelled order ($321.90
 * against $311.08). Breakdowns and series add up to their totals: February's 1,125 orders by status; January's 178
 * sign-ups by country; Q4 2025's 110 posts by media type; Q3 2025's 3,885 paid orders by channel; this month's 632 paid
 * orders by acquisition channel; H2 2025's shipping by channel to $29,791.70; February's likes by platform to 105,835;
 * December's revenue by acquisition channel to $196,140.72; this year's 4,748 units by category; 2024's product revenue
 * by category to $736,334.47; 2024's revenue by month to $734,352.30; this week's 273 paid orders by day; the 4 weeks'
 * likes to 92,723; the 8 weeks' 330 sign-ups. No gold sums over no rows: the smallest sets asked about are the one
 * order of Valentine's Day later cancelled, the one Instagram carousel of last week, the one New Year's Eve order
 * cancelled, the four posts naming the Organic Planter and the six refunded Q4 2025 orders with a Soft Cap.
 */

export interface TwentythirdFreshCase {
  readonly asker: Asker | 'finance' | 'founder' | 'support';
  readonly category: MerchantCategory | 'shares';
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

const FEBRUARY_10_TO_20: Span = ['2026-02-10', '2026-02-21'];
const DECEMBER_TO_FEBRUARY: Span = ['2025-12-01', '2026-03-01'];

/** Product titles in the demo catalog, asked about by name. */
const TITLE_A = 'Velvet Scarf';
const TITLE_B = 'Golden Wall Print';
const TITLE_C = 'Urban Cushion Cover';
const TITLE_D = 'Soft Cap';
const TITLE_E = 'Velvet Diffuser';

const count = (name: string, where: string) => `SELECT COUNT(*) AS ${name} FROM orders o WHERE ${where}`;

export const TWENTYTHIRD_FRESH_CASES: readonly TwentythirdFreshCase[] = [
  // Totals
  {
    asker: 'analyst',
    category: 'totals',
    question: 'Total paid revenue booked in December 2024?',
    expect: answer(revenue(DECEMBER_2024)),
  },
  {
    asker: 'owner',
    category: 'totals',
    question: '25 dec 2025 - order count, paid ones',
    expect: answer(orders(CHRISTMAS_DAY)),
  },
  {
    asker: 'creator',
    category: 'totals',
    question: 'all the likes i racked up across every post in the back half of 2025',
    expect: answer(posts('SUM(p.likes)', 'likes', H2_2025)),
  },
  {
    asker: 'finance',
    category: 'totals',
    question: 'Sum of discounts granted on paid orders in the third quarter of 2024',
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(Q3_2024)}`),
  },
  {
    asker: 'founder',
    category: 'totals',
    question: "how many brand-new accounts were opened on valentine's day this year",
    expect: answer(newCustomers(VALENTINES_DAY)),
  },
  {
    asker: 'support',
    category: 'totals',
    question: 'refunded orders so far this week — the count',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(THIS_WEEK)}`)),
  },

  // Shorthand typed on a phone
  { asker: 'owner', category: 'shorthand', question: 'rev cyber mon 25', expect: answer(revenue(CYBER_MONDAY)) },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'aov ths wk',
    expect: answer(`SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'tt shop orders last 10d',
    expect: answer(orders(LAST_10_DAYS, " AND o.sales_channel = 'tiktok_shop'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'canc rate q3 24',
    expect: answer(`SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(Q3_2024)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'gm% jul-dec 25',
    expect: answer(`SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)}`),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'new custs paid search dec thru feb',
    expect: answer(newCustomers(DECEMBER_TO_FEBRUARY, " AND c.acquisition_channel = 'paid_search'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: 'units yday web store',
    expect: answer(units(YESTERDAY, " AND o.sales_channel = 'online_store'")),
  },
  {
    asker: 'owner',
    category: 'shorthand',
    question: '# tiktoks posted jan 25',
    expect: answer(posts('COUNT(*)', 'posts', JANUARY_2025, " AND p.platform = 'tiktok'")),
  },

  // Everyday words
  {
    asker: 'owner',
    category: 'everyday_words',
    question: 'how much cash did the canadians spend with us in december',
    expect: answer(revenueOfCustomers(DECEMBER, " AND c.country = 'CA'")),
  },
  {
    asker: 'creator',
    category: 'everyday_words',
    question: 'how often did ppl pass my posts along to friends in feb',
    expect: answer(posts('SUM(p.shares)', 'shares', FEBRUARY)),
  },
  {
    asker: 'finance',
    category: 'everyday_words',
    question: "How much did we knock off customers' paid orders as money-off during January?",
    expect: answer(`SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(JANUARY)}`),
  },
  {
    asker: 'support',
    category: 'everyday_words',
    question: 'how many orders got called off this month before anyone was charged',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(THIS_MONTH)}`)),
  },

  // Rates
  {
    asker: 'analyst',
    category: 'rates',
    question: 'Refund rate for online-store orders during the second half of 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(H2_2025)} AND o.sales_channel = 'online_store'`,
    ),
  },
  {
    asker: 'creator',
    category: 'rates',
    question: 'whats the engagement rate on my tiktok vids from january',
    expect: answer(posts(ENGAGEMENT_RATE, 'engagement_rate', JANUARY, " AND p.platform = 'tiktok'")),
  },
  {
    asker: 'finance',
    category: 'rates',
    question: 'Gross margin on the accessories category for calendar 2024',
    expect: answer(
      `SELECT ${GROSS_MARGIN} AS gross_margin FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} AND pr.category = 'accessories'`,
    ),
  },
  {
    asker: 'owner',
    category: 'rates',
    question: 'cancel rate on orders from uk buyers last month',
    expect: answer(
      `SELECT ${CANCELLATION_RATE} AS cancellation_rate FROM ${ORDERS_CUSTOMERS} WHERE ${o(FEBRUARY)} AND c.country = 'GB'`,
    ),
  },
  {
    asker: 'support',
    category: 'rates',
    question: 'refund rate for tiktok shop since black friday 2025',
    expect: answer(
      `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(SINCE_BLACK_FRIDAY)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },

  // Ratios
  {
    asker: 'analyst',
    category: 'ratios',
    question: 'Mean paid order value for buyers based in the US, December 2025',
    expect: answer(
      `SELECT AVG(o.total) AS average_order_value FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} AND c.country = 'US'`,
    ),
  },
  {
    asker: 'founder',
    category: 'ratios',
    question: 'q3 2025: what did each paying customer spend on average, all orders combined',
    expect: answer(
      `SELECT ${REVENUE_PER_CUSTOMER} AS revenue_per_customer FROM orders o WHERE ${PAID} AND ${o(Q3_2025)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'ratios',
    question: 'avg likes per insta post in dec',
    expect: answer(posts('AVG(p.likes)', 'avg_likes', DECEMBER, " AND p.platform = 'instagram'")),
  },
  {
    asker: 'owner',
    category: 'ratios',
    question: 'how many pieces per order on tiktok shop this month on avg',
    expect: answer(
      `SELECT ${UNITS_PER_ORDER} AS units_per_order FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_MONTH)} AND o.sales_channel = 'tiktok_shop'`,
    ),
  },
  {
    asker: 'finance',
    category: 'ratios',
    question: 'Across calendar 2025, how many paid orders did the average buying customer place?',
    expect: answer(
      `SELECT ${ORDERS_PER_CUSTOMER} AS orders_per_customer FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },

  // Shares
  {
    asker: 'analyst',
    category: 'shares',
    question: 'What share of 2025 paid revenue did the online store account for?',
    expect: answer(
      `SELECT SUM(o.total) FILTER (WHERE o.sales_channel = 'online_store') * 1.0 / SUM(o.total) AS share FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'shares',
    question: 'beauty as a % of jan units',
    expect: answer(
      `SELECT SUM(oi.quantity) FILTER (WHERE pr.category = 'beauty') * 1.0 / SUM(oi.quantity) AS share FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(JANUARY)}`,
    ),
  },
  {
    asker: 'founder',
    category: 'shares',
    question: 'since october, what fraction of new sign-ups arrived via paid search',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE c.acquisition_channel = 'paid_search') * 1.0 / COUNT(*) AS share FROM customers c WHERE ${c(SINCE_OCTOBER)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'shares',
    question: 'how much of my reach this yr is tiktok, as a share',
    expect: answer(
      `SELECT SUM(p.reach) FILTER (WHERE p.platform = 'tiktok') * 1.0 / SUM(p.reach) AS share FROM social_posts p WHERE ${p(THIS_YEAR)}`,
    ),
  },
  {
    asker: 'support',
    category: 'shares',
    question: 'Counting every December order whatever its status, what share ended up refunded?',
    expect: answer(
      `SELECT COUNT(*) FILTER (WHERE o.status = 'refunded') * 1.0 / COUNT(*) AS share FROM orders o WHERE ${o(DECEMBER)}`,
    ),
  },

  // Thresholds
  {
    asker: 'finance',
    category: 'thresholds',
    question: "Of February's paid orders, how many exceeded $250 in total value?",
    expect: answer(count('orders', `${PAID} AND ${o(FEBRUARY)} AND o.total > 250`)),
  },
  {
    asker: 'owner',
    category: 'thresholds',
    question: 'how many products have a price tag over 100',
    expect: answer('SELECT COUNT(*) AS products FROM products pr WHERE pr.price > 100'),
  },
  {
    asker: 'creator',
    category: 'thresholds',
    question: 'how many of my tiktoks this year cleared 50k video views',
    expect: answer(posts('COUNT(*)', 'posts', THIS_YEAR, " AND p.platform = 'tiktok' AND p.video_views > 50000")),
  },
  {
    asker: 'analyst',
    category: 'thresholds',
    question: 'How many customers placed exactly one paid order during calendar 2025?',
    expect: answer(
      `SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 HAVING COUNT(*) = 1) t`,
    ),
  },
  {
    asker: 'support',
    category: 'thresholds',
    question: 'refunds from last month under $50, how many',
    expect: answer(count('refunded_orders', `o.status = 'refunded' AND ${o(FEBRUARY)} AND o.total < 50`)),
  },
  {
    asker: 'finance',
    category: 'thresholds',
    question: 'Which products cost us less than $10 per unit to buy? Titles please',
    expect: answer('SELECT pr.title AS product_title FROM products pr WHERE pr.cost < 10'),
  },

  // Extremes
  {
    asker: 'owner',
    category: 'extremes',
    question: 'best single day of sales in jan',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(JANUARY)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'extremes',
    question: 'which post of mine got shared the most last month',
    expect: answer(
      `SELECT p.post_id AS post, p.shares AS shares FROM social_posts p WHERE ${p(FEBRUARY)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'extremes',
    question: 'Over calendar 2025, on which selling channel were orders most often cancelled (by rate)?',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, ${CANCELLATION_RATE} AS cancellation_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'extremes',
    question: 'in 2025 what source sent us the least new accounts',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 2 ASC LIMIT 1`,
    ),
  },
  {
    asker: 'support',
    category: 'extremes',
    question: 'priciest cancelled order this year? id + total',
    expect: answer(
      `SELECT o.order_id AS order_id, o.total AS order_total FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_YEAR)} ORDER BY 2 DESC LIMIT 1`,
    ),
  },

  // Lists
  {
    asker: 'support',
    category: 'lists',
    question: "which of valentine's day's orders were cancelled? give me the ids",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE o.status = 'cancelled' AND ${o(VALENTINES_DAY)}`),
  },
  {
    asker: 'creator',
    category: 'lists',
    question: 'pull up the instagram carousels i posted last week',
    expect: answer(
      `SELECT p.post_id AS post FROM social_posts p WHERE ${p(LAST_WEEK)} AND p.platform = 'instagram' AND p.media_type = 'carousel'`,
    ),
  },
  {
    asker: 'analyst',
    category: 'lists',
    question: 'List every apparel product whose list price is below $40',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'apparel' AND pr.price < 40"),
  },
  {
    asker: 'owner',
    category: 'lists',
    question: 'wat home stuff do we carry',
    expect: answer("SELECT pr.title AS product_title FROM products pr WHERE pr.category = 'home'"),
  },
  {
    asker: 'finance',
    category: 'lists',
    question: "Yesterday's paid orders above $250: the order ids",
    expect: answer(`SELECT o.order_id AS order_id FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)} AND o.total > 250`),
  },

  // Names
  {
    asker: 'owner',
    category: 'names',
    question: 'velvet scarf units this mo',
    expect: answer(units(THIS_MONTH, byTitle(TITLE_A))),
  },
  {
    asker: 'analyst',
    category: 'names',
    question: 'Product revenue attributable to the Golden Wall Print, July–December 2025',
    expect: answer(
      `SELECT ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(H2_2025)}${byTitle(TITLE_B)}`,
    ),
  },
  {
    asker: 'creator',
    category: 'names',
    question: 'how many posts have i done that talk about the Organic Planter',
    expect: answer("SELECT COUNT(*) AS posts FROM social_posts p WHERE p.caption LIKE '%Organic Planter%'"),
  },
  {
    asker: 'finance',
    category: 'names',
    question: 'Gross profit earned on the Urban Cushion Cover in Q4 2025',
    expect: answer(
      `SELECT ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q4_2025)}${byTitle(TITLE_C)}`,
    ),
  },
  {
    asker: 'support',
    category: 'names',
    question: 'number of refunded oct–dec 2025 orders that had a soft cap in them',
    expect: answer(
      `SELECT COUNT(DISTINCT oi.order_id) AS orders FROM ${ITEMS} WHERE o.status = 'refunded' AND ${o(Q4_2025)}${byTitle(TITLE_D)}`,
    ),
  },
  {
    asker: 'owner',
    category: 'names',
    question: 'every toner we sell combined - units last month',
    expect: answer(units(FEBRUARY, byKind('Toner'))),
  },
  {
    asker: 'founder',
    category: 'names',
    question: 'What do we charge for the Velvet Diffuser?',
    expect: answer(`SELECT pr.price AS price FROM products pr WHERE pr.title = '${TITLE_E}'`),
  },

  // Counts by a dimension
  {
    asker: 'support',
    category: 'status_breakdowns',
    question: 'feb orders: paid / refunded / cancelled tallies',
    expect: answer(`SELECT o.status AS status, COUNT(*) AS orders FROM orders o WHERE ${o(FEBRUARY)} GROUP BY 1`),
  },
  {
    asker: 'founder',
    category: 'counts_by',
    question: "where in the world did january's new accounts come from, count per nation",
    expect: answer(
      `SELECT c.country AS country, COUNT(*) AS new_customers FROM customers c WHERE ${c(JANUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'counts_by',
    question: 'oct–dec 2025 post output by format (reel, carousel, image, video)',
    expect: answer(
      `SELECT p.media_type AS media_type, COUNT(*) AS posts FROM social_posts p WHERE ${p(Q4_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'counts_by',
    question: 'For Q3 2025, tally paid orders separately for each storefront',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'counts_by',
    question: 'orders this mo by how the buyer first found us',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS orders FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(THIS_MONTH)} GROUP BY 1`,
    ),
  },

  // Top and bottom N
  {
    asker: 'owner',
    category: 'top_bottom',
    question: 'top 3 products by item sales last wk',
    expect: answer(
      `SELECT pr.title AS product_title, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(LAST_WEEK)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'creator',
    category: 'top_bottom',
    question: 'my 5 most-liked tiktoks of 2025',
    expect: answer(
      `SELECT p.post_id AS post, p.likes AS likes FROM social_posts p WHERE ${p(YEAR_2025)} AND p.platform = 'tiktok' ORDER BY 2 DESC LIMIT 5`,
      true,
    ),
  },
  {
    asker: 'analyst',
    category: 'top_bottom',
    question: 'The three buyer countries with the highest paid revenue in the second half of 2025',
    expect: answer(
      `SELECT c.country AS country, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
      true,
    ),
  },
  {
    asker: 'finance',
    category: 'top_bottom',
    question: 'Bottom 5 products by gross profit so far in 2026',
    expect: answer(
      `SELECT pr.title AS product_title, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 2 ASC LIMIT 5`,
      true,
    ),
  },

  // Breakdowns
  {
    asker: 'finance',
    category: 'breakdowns',
    question: 'Shipping charged on paid orders, per sales channel, July–December 2025',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'breakdowns',
    question: 'likes per platform last month',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(FEBRUARY)} GROUP BY 1`,
    ),
  },
  {
    asker: 'analyst',
    category: 'breakdowns',
    question: 'December 2025 paid revenue broken down by customer acquisition channel',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(DECEMBER)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'breakdowns',
    question: '2026 so far: pieces shifted in each product category',
    expect: answer(
      `SELECT pr.category AS category, SUM(oi.quantity) AS units_sold FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'breakdowns',
    question: 'For 2024, how much product revenue did each category bring in?',
    expect: answer(
      `SELECT pr.category AS category, ${PRODUCT_REVENUE} AS product_revenue FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },

  // Trends and series
  {
    asker: 'analyst',
    category: 'time_series',
    question: 'Paid revenue month by month through calendar 2024',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2024)} GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'time_series',
    question: 'daily paid order numbers mon thru today',
    expect: answer(
      `SELECT ${bucket('day', 'o.ordered_at')}, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(THIS_WEEK)} GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'time_series',
    question: 'likes week by week across the last 4 full weeks',
    expect: answer(
      `SELECT ${bucket('week', 'p.posted_at')}, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(LAST_4_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'time_series',
    question: 'weekly account creations, eight whole weeks back from this monday',
    expect: answer(
      `SELECT ${bucket('week', 'c.created_at')}, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_8_WEEKS)} GROUP BY 1`,
    ),
  },
  {
    asker: 'finance',
    category: 'time_series',
    question: 'Trace gross profit across July to December 2025, one figure per calendar month',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(H2_2025)} GROUP BY 1`,
    ),
  },

  // Comparisons of periods
  {
    asker: 'owner',
    category: 'period_comparison',
    question: 'rev so far this wk vs all of last wk',
    expect: answer(compared('SUM(o.total) FILTER (WHERE %F)', 'revenue', 'orders o', PAID, o, THIS_WEEK, LAST_WEEK)),
  },
  {
    asker: 'analyst',
    category: 'period_comparison',
    question: 'How did the paid order count for Q3 2025 compare with Q3 2024?',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'orders', 'orders o', PAID, o, Q3_2025, Q3_2024)),
  },
  {
    asker: 'creator',
    category: 'period_comparison',
    question: 'did my reach grow from jan to feb',
    expect: answer(compared('SUM(p.reach) FILTER (WHERE %F)', 'reach', 'social_posts p', '', p, FEBRUARY, JANUARY)),
  },
  {
    asker: 'founder',
    category: 'period_comparison',
    question: 'new customers jul–dec 2025 against jul–dec 2024',
    expect: answer(compared('COUNT(*) FILTER (WHERE %F)', 'new_customers', 'customers c', '', c, H2_2025, H2_2024)),
  },
  {
    asker: 'finance',
    category: 'period_comparison',
    question: 'How did money-off on paid orders this past December measure up to the December before it (2024)?',
    expect: answer(
      compared('SUM(o.discount) FILTER (WHERE %F)', 'discounts', 'orders o', PAID, o, DECEMBER, DECEMBER_2024),
    ),
  },
  {
    asker: 'support',
    category: 'period_comparison',
    question: 'refunded orders q4 2025 compared w q4 2024',
    expect: answer(
      compared(
        'COUNT(*) FILTER (WHERE %F)',
        'refunded_orders',
        'orders o',
        "o.status = 'refunded'",
        o,
        Q4_2025,
        Q4_2024,
      ),
    ),
  },

  // Comparisons of values
  {
    asker: 'analyst',
    category: 'value_comparison',
    question: 'Second half of 2025 paid revenue: TikTok Shop versus Instagram Shop',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(H2_2025)} AND o.sales_channel IN ('tiktok_shop', 'instagram_shop') GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'value_comparison',
    question: 'likes in january, facebook vs instagram, who won',
    expect: answer(
      `SELECT p.platform AS platform, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(JANUARY)} AND p.platform IN ('facebook', 'instagram') GROUP BY 1`,
    ),
  },
  {
    asker: 'owner',
    category: 'value_comparison',
    question: 'apparel or home - which made more gross profit last mo',
    expect: answer(
      `SELECT pr.category AS category, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(FEBRUARY)} AND pr.category IN ('apparel', 'home') GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'value_comparison',
    question: 'Q4 2025: did email or tiktok bring us more new customers?',
    expect: answer(
      `SELECT c.acquisition_channel AS acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(Q4_2025)} AND c.acquisition_channel IN ('email', 'tiktok') GROUP BY 1`,
    ),
  },

  // Periods at their edges
  {
    asker: 'owner',
    category: 'periods',
    question: 'sat+sun sales in feb only',
    expect: answer(revenue(FEBRUARY, WEEKEND('o.ordered_at'))),
  },
  {
    asker: 'analyst',
    category: 'periods',
    question: 'Paid orders placed 10 February 2026 to 20 February 2026, inclusive of both ends',
    expect: answer(orders(FEBRUARY_10_TO_20)),
  },
  {
    asker: 'finance',
    category: 'periods',
    question: 'Takings on paid orders between 1 July and 31 December 2024',
    expect: answer(revenue(H2_2024)),
  },
  {
    asker: 'creator',
    category: 'periods',
    question: 'count my uploads in the ten days up to yesterday',
    expect: answer(posts('COUNT(*)', 'posts', LAST_10_DAYS)),
  },
  {
    asker: 'founder',
    category: 'periods',
    question: 'Account openings from Black Friday 2025 up to today, a single count',
    expect: answer(newCustomers(SINCE_BLACK_FRIDAY)),
  },
  {
    asker: 'support',
    category: 'periods',
    question: 'orders placed dec 31 2025 that later got cancelled, number',
    expect: answer(count('cancelled_orders', `o.status = 'cancelled' AND ${o(NEW_YEARS_EVE)}`)),
  },

  // Follow-ups
  {
    asker: 'owner',
    category: 'follow_up',
    history: ['takings for saturday the 14th'],
    question: 'now friday the 13th, same figure',
    expect: answer(revenue(DAY_BEFORE_YESTERDAY)),
  },
  {
    asker: 'analyst',
    category: 'follow_up',
    history: ['Paid revenue by sales channel for February 2026'],
    question: 'Keep only buyers whose country is Canada',
    expect: answer(
      `SELECT o.sales_channel AS sales_channel, SUM(o.total) AS revenue FROM ${ORDERS_CUSTOMERS} WHERE ${PAID} AND ${o(FEBRUARY)} AND c.country = 'CA' GROUP BY 1`,
    ),
  },
  {
    asker: 'creator',
    category: 'follow_up',
    history: ['january: total bookmarks on my insta content'],
    question: 'what about facebook',
    expect: answer(posts('SUM(p.saves)', 'saves', JANUARY, " AND p.platform = 'facebook'")),
  },
  {
    asker: 'finance',
    category: 'follow_up',
    history: ['Q3 2025 gross profit please, single number'],
    question: 'Give me that per calendar month instead',
    expect: answer(
      `SELECT ${bucket('month', 'o.ordered_at')}, ${GROSS_PROFIT} AS gross_profit FROM ${ITEMS_PRODUCTS} WHERE ${PAID} AND ${o(Q3_2025)} GROUP BY 1`,
    ),
  },
  {
    asker: 'founder',
    category: 'follow_up',
    history: ['february account creations total'],
    question: 'how many of those live in australia',
    expect: answer(newCustomers(FEBRUARY, " AND c.country = 'AU'")),
  },
  {
    asker: 'support',
    category: 'follow_up',
    history: ['refunded orders placed in december', 'just the online store ones'],
    question: 'same again for november',
    expect: answer(
      count('refunded_orders', `o.status = 'refunded' AND ${o(NOVEMBER)} AND o.sales_channel = 'online_store'`),
    ),
  },

  // Must clarify
  { asker: 'owner', category: 'must_clarify', question: 'how many of the rug did we sell last mo', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Item revenue generated by the hoodie, July through December 2025',
    expect: CLARIFY,
  },
  {
    asker: 'creator',
    category: 'must_clarify',
    question: 'hearts on the posts where i featured the sunscreen',
    expect: CLARIFY,
  },
  {
    asker: 'finance',
    category: 'must_clarify',
    question: 'What margin percentage did the shampoo bar earn across 2025?',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'watch strap sales this wk?', expect: CLARIFY },
  {
    asker: 'support',
    category: 'must_clarify',
    question: 'paid orders containing the midi dress in q4 2025, how many',
    expect: CLARIFY,
  },
  { asker: 'founder', category: 'must_clarify', question: 'what does the joggers cost us to make', expect: CLARIFY },
  {
    asker: 'analyst',
    category: 'must_clarify',
    question: 'Quantity of the sweater shipped on paid orders during Q4 2025',
    expect: CLARIFY,
  },
  { asker: 'owner', category: 'must_clarify', question: 'fb money for feb, roughly how much', expect: CLARIFY },

  // Must decline
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'how much did we spend on meta ads last month and whats the roas',
    expect: DECLINE,
  },
  {
    asker: 'creator',
    category: 'must_decline',
    question: 'how many views did my ig stories get this week',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'What was the abandoned-cart rate on the online store in February?',
    expect: DECLINE,
  },
  {
    asker: 'finance',
    category: 'must_decline',
    question: 'Net profit for 2025 after rent, payroll and ad spend',
    expect: DECLINE,
  },
  {
    asker: 'founder',
    category: 'must_decline',
    question: 'what open rate did our last newsletter email get',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'how long on average did january orders take to be delivered',
    expect: DECLINE,
  },
  {
    asker: 'support',
    category: 'must_decline',
    question: 'why did customers send back their refunded orders in feb, main reasons',
    expect: DECLINE,
  },
  {
    asker: 'owner',
    category: 'must_decline',
    question: 'gift card purchases during the xmas period, dollar value',
    expect: DECLINE,
  },
  {
    asker: 'analyst',
    category: 'must_decline',
    question: 'Gender split of the customers who signed up in 2025',
    expect: DECLINE,
  },
];
