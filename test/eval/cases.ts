/**
 * The analyst evaluation: questions over the demo data (seeded to end on EVAL_END_DATE, asked on EVAL_TODAY)
 * with hand-written gold SQL. A case passes when the analyst's result has the gold result's columns (by name)
 * with the same rows — in the same order when the question asks for one — numbers within a small tolerance.
 * A case without gold SQL must be declined.
 *
 * Dates at EVAL_TODAY = 2026-03-15 (a Sunday): last month = February 2026; this week starts Monday 9 March;
 * last 30 days = 13 Feb – 14 Mar; last quarter = Q4 2025; this year = 1 Jan – 15 Mar 2026; all time ends today.
 */

export const EVAL_TODAY = '2026-03-15';
export const EVAL_END_DATE = '2026-03-14';
export const EVAL_TENANT = 'demo';

export type EvalCategory =
  | 'totals'
  | 'averages'
  | 'counts'
  | 'top_n'
  | 'bottom_n'
  | 'breakdown'
  | 'two_dimensions'
  | 'time_series'
  | 'period_comparison'
  | 'value_comparison'
  | 'filters'
  | 'synonyms'
  | 'typos'
  | 'relative_dates'
  | 'absolute_dates'
  | 'follow_up'
  | 'decline';

export interface EvalCase {
  readonly category: EvalCategory;
  /** Earlier questions of the conversation, asked first (follow-ups). */
  readonly history?: readonly string[];
  readonly question: string;
  /** Hand-written SQL over the demo tables; null: the analyst must decline. */
  readonly gold: string | null;
  /** The question asks for an order (top N, time series): rows are compared in order. */
  readonly ordered?: boolean;
}

const PAID = "o.status = 'paid'";
const ts = (day: string) => `TIMESTAMP '${day} 00:00:00'`;
const window = (column: string, from: string | null, to: string) =>
  from === null ? `${column} < ${ts(to)}` : `${column} >= ${ts(from)} AND ${column} < ${ts(to)}`;

const ALL: [null, string] = [null, '2026-03-16'];
const LAST_MONTH: [string, string] = ['2026-02-01', '2026-03-01'];
const MONTH_BEFORE: [string, string] = ['2026-01-01', '2026-02-01'];
const THIS_MONTH: [string, string] = ['2026-03-01', '2026-03-16'];
const THIS_YEAR: [string, string] = ['2026-01-01', '2026-03-16'];
const YEAR_2025: [string, string] = ['2025-01-01', '2026-01-01'];
const YESTERDAY: [string, string] = ['2026-03-14', '2026-03-15'];
const THIS_WEEK: [string, string] = ['2026-03-09', '2026-03-16'];
const LAST_WEEK: [string, string] = ['2026-03-02', '2026-03-09'];
const LAST_QUARTER: [string, string] = ['2025-10-01', '2026-01-01'];
const Q3_2025: [string, string] = ['2025-07-01', '2025-10-01'];
const THIS_QUARTER: [string, string] = ['2026-01-01', '2026-03-16'];
const LAST_7_DAYS: [string, string] = ['2026-03-08', '2026-03-15'];
const LAST_30_DAYS: [string, string] = ['2026-02-13', '2026-03-15'];
const LAST_90_DAYS: [string, string] = ['2025-12-15', '2026-03-15'];
const LAST_2_WEEKS: [string, string] = ['2026-02-23', '2026-03-09'];
const LAST_3_MONTHS: [string, string] = ['2025-12-01', '2026-03-01'];
const LAST_6_MONTHS: [string, string] = ['2025-09-01', '2026-03-01'];

const o = (range: [string | null, string]) => window('o.ordered_at', ...range);
const p = (range: [string | null, string]) => window('p.posted_at', ...range);
const c = (range: [string | null, string]) => window('c.created_at', ...range);
const ENGAGEMENT = '(p.likes + p.comments + p.shares + p.saves)';
const ITEMS = 'order_items oi JOIN orders o ON o.order_id = oi.order_id';
const REFUND_RATE =
  "COUNT(*) FILTER (WHERE o.status = 'refunded') * 1.0 / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('paid', 'refunded')), 0)";

export const EVAL_CASES: readonly EvalCase[] = [
  // Totals
  {
    category: 'totals',
    question: 'what is the average price of my products',
    gold: 'SELECT AVG(pr.price) AS price FROM products pr',
  },
  {
    category: 'totals',
    question: 'What was my revenue last month?',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'totals',
    question: 'total sales this year',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
  },
  {
    category: 'totals',
    question: 'how much money did I make yesterday',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)}`,
  },
  {
    category: 'totals',
    question: 'How many orders did we get last week?',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_WEEK)}`,
  },
  {
    category: 'totals',
    question: 'gross profit last quarter',
    gold: `SELECT SUM((oi.unit_price - pr.cost) * oi.quantity) AS gross_profit FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(LAST_QUARTER)}`,
  },
  {
    category: 'totals',
    question: "What's my refund rate this year?",
    gold: `SELECT ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(THIS_YEAR)}`,
  },
  {
    category: 'totals',
    question: 'units sold in the last 30 days',
    gold: `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_30_DAYS)}`,
  },
  {
    category: 'totals',
    question: 'total likes on instagram last month',
    gold: `SELECT SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(LAST_MONTH)}`,
  },
  {
    category: 'totals',
    question: 'How many posts did I publish in 2025?',
    gold: `SELECT COUNT(*) AS posts FROM social_posts p WHERE ${p(YEAR_2025)}`,
  },
  {
    category: 'totals',
    question: 'total reach last 7 days',
    gold: `SELECT SUM(p.reach) AS reach FROM social_posts p WHERE ${p(LAST_7_DAYS)}`,
  },
  {
    category: 'totals',
    question: 'video views this month',
    gold: `SELECT SUM(p.video_views) AS video_views FROM social_posts p WHERE ${p(THIS_MONTH)}`,
  },
  {
    category: 'totals',
    question: 'how many new customers did we get last month',
    gold: `SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_MONTH)}`,
  },
  {
    category: 'totals',
    question: 'how many customers bought something last quarter',
    gold: `SELECT COUNT(DISTINCT o.customer_id) AS customers_who_bought FROM orders o WHERE ${PAID} AND ${o(LAST_QUARTER)}`,
  },
  {
    category: 'totals',
    question: 'attributed revenue last month',
    gold: `SELECT SUM(o.total) AS attributed_revenue FROM orders o WHERE ${PAID} AND o.attributed_post_id IS NOT NULL AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'totals',
    question: 'total discounts given in 2025',
    gold: `SELECT SUM(o.discount) AS discounts FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
  },
  {
    category: 'totals',
    question: 'engagement rate on tiktok this year',
    gold: `SELECT SUM${ENGAGEMENT} * 1.0 / NULLIF(SUM(p.reach), 0) AS engagement_rate FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_YEAR)}`,
  },
  {
    category: 'totals',
    question: 'shipping charged last month',
    gold: `SELECT SUM(o.shipping) AS shipping FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },

  // Averages
  {
    category: 'averages',
    question: 'average order value last month',
    gold: `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'averages',
    question: 'AOV in the US this year',
    gold: `SELECT AVG(o.total) AS average_order_value FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country = 'US' AND ${o(THIS_YEAR)}`,
  },
  {
    category: 'averages',
    question: 'average likes per post on instagram',
    gold: `SELECT AVG(p.likes) AS avg_likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(ALL)}`,
  },
  {
    category: 'averages',
    question: 'average engagement per reel last quarter',
    gold: `SELECT AVG${ENGAGEMENT} AS avg_engagement FROM social_posts p WHERE p.media_type = 'reel' AND ${p(LAST_QUARTER)}`,
  },
  {
    category: 'averages',
    question: 'mean comments per post in 2025',
    gold: `SELECT AVG(p.comments) AS avg_comments FROM social_posts p WHERE ${p(YEAR_2025)}`,
  },
  {
    category: 'averages',
    question: 'what is the average basket size for tiktok shop orders',
    gold: `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(ALL)}`,
  },

  // Counts
  {
    category: 'counts',
    question: 'number of refunded orders last month',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'refunded' AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'counts',
    question: 'how many reels did we post last month',
    gold: `SELECT COUNT(*) AS posts FROM social_posts p WHERE p.media_type = 'reel' AND ${p(LAST_MONTH)}`,
  },
  {
    category: 'counts',
    question: 'How many cancelled orders this year?',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled' AND ${o(THIS_YEAR)}`,
  },
  {
    category: 'counts',
    question: 'how many new customers from Germany this year',
    gold: `SELECT COUNT(*) AS new_customers FROM customers c WHERE c.country = 'DE' AND ${c(THIS_YEAR)}`,
  },
  {
    category: 'counts',
    question: 'how many carousels on facebook',
    gold: `SELECT COUNT(*) AS posts FROM social_posts p WHERE p.media_type = 'carousel' AND p.platform = 'facebook' AND ${p(ALL)}`,
  },

  // Top N
  {
    category: 'top_n',
    question: 'top 5 posts by engagement last 30 days',
    gold: `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_30_DAYS)} GROUP BY p.post_id ORDER BY engagement DESC, post LIMIT 5`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'What are my 3 best selling products this year?',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY oi.product_id ORDER BY units_sold DESC, product LIMIT 3`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'top 10 products by revenue last month',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY oi.product_id ORDER BY product_revenue DESC, product LIMIT 10`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'which platform has the highest engagement rate',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} * 1.0 / SUM(p.reach) AS engagement_rate FROM social_posts p WHERE ${p(ALL)} GROUP BY p.platform ORDER BY engagement_rate DESC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'best month for sales',
    gold: `SELECT CAST(date_trunc('month', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'top 3 countries by revenue this year',
    gold: `SELECT c.country, SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY c.country ORDER BY revenue DESC LIMIT 3`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'What sold the most last month?',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY oi.product_id ORDER BY units_sold DESC, product LIMIT 1`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'top 5 customers by revenue',
    gold: `SELECT o.customer_id AS customer, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY o.customer_id ORDER BY revenue DESC, customer LIMIT 5`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'most profitable category last year',
    gold: `SELECT pr.category, SUM((oi.unit_price - pr.cost) * oi.quantity) AS gross_profit FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category ORDER BY gross_profit DESC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'which acquisition channel brought the most new customers in 2025',
    gold: `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY c.acquisition_channel ORDER BY new_customers DESC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'top 3 posts by saves on tiktok',
    gold: `SELECT p.post_id AS post, SUM(p.saves) AS saves FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(ALL)} GROUP BY p.post_id ORDER BY saves DESC, post LIMIT 3`,
    ordered: true,
  },
  {
    category: 'top_n',
    question: 'top 5 posts by attributed revenue last quarter',
    gold: `SELECT o.attributed_post_id AS post, SUM(o.total) AS attributed_revenue FROM orders o WHERE ${PAID} AND o.attributed_post_id IS NOT NULL AND ${o(LAST_QUARTER)} GROUP BY o.attributed_post_id ORDER BY attributed_revenue DESC, post LIMIT 5`,
    ordered: true,
  },

  // Bottom N
  {
    category: 'bottom_n',
    question: 'worst performing posts last month',
    gold: `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY p.post_id ORDER BY engagement ASC, post LIMIT 10`,
    ordered: true,
  },
  {
    category: 'bottom_n',
    question: 'bottom 5 products by units sold this year',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY oi.product_id ORDER BY units_sold ASC, product LIMIT 5`,
    ordered: true,
  },
  {
    category: 'bottom_n',
    question: 'which country has the lowest average order value',
    gold: `SELECT c.country, AVG(o.total) AS average_order_value FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(ALL)} GROUP BY c.country ORDER BY average_order_value ASC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'bottom_n',
    question: 'least popular category by units sold',
    gold: `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(ALL)} GROUP BY pr.category ORDER BY units_sold ASC LIMIT 1`,
    ordered: true,
  },
  {
    category: 'bottom_n',
    question: 'which sales channel has the worst refund rate',
    gold: `SELECT o.sales_channel, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(ALL)} GROUP BY o.sales_channel ORDER BY refund_rate DESC LIMIT 1`,
    ordered: true,
  },

  // Breakdowns by one dimension
  {
    category: 'breakdown',
    question: 'revenue by sales channel last month',
    gold: `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY o.sales_channel`,
  },
  {
    category: 'breakdown',
    question: 'engagement by platform this year',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY p.platform`,
  },
  {
    category: 'breakdown',
    question: 'new customers by acquisition channel last quarter',
    gold: `SELECT c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(LAST_QUARTER)} GROUP BY c.acquisition_channel`,
  },
  {
    category: 'breakdown',
    question: 'units sold by category in 2025',
    gold: `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category`,
  },
  {
    category: 'breakdown',
    question: 'orders by status last month',
    gold: `SELECT o.status AS order_status, COUNT(*) AS orders FROM orders o WHERE ${o(LAST_MONTH)} GROUP BY o.status`,
  },
  {
    category: 'breakdown',
    question: 'engagement rate by media type',
    gold: `SELECT p.media_type, SUM${ENGAGEMENT} * 1.0 / SUM(p.reach) AS engagement_rate FROM social_posts p WHERE ${p(ALL)} GROUP BY p.media_type`,
  },
  {
    category: 'breakdown',
    question: 'revenue by country',
    gold: `SELECT c.country, SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(ALL)} GROUP BY c.country`,
  },
  {
    category: 'breakdown',
    question: 'likes per media type on instagram',
    gold: `SELECT p.media_type, SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'instagram' AND ${p(ALL)} GROUP BY p.media_type`,
  },
  {
    category: 'breakdown',
    question: 'AOV per sales channel this year',
    gold: `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY o.sales_channel`,
  },
  {
    category: 'breakdown',
    question: 'posts by day of week',
    gold: `SELECT CAST(EXTRACT(ISODOW FROM p.posted_at) AS INTEGER) AS day_of_week, COUNT(*) AS posts FROM social_posts p WHERE ${p(ALL)} GROUP BY 1`,
  },
  {
    category: 'breakdown',
    question: 'gross margin by category last year',
    gold: `SELECT pr.category, SUM((oi.unit_price - pr.cost) * oi.quantity) * 1.0 / SUM(oi.quantity * oi.unit_price) AS gross_margin FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category`,
  },
  {
    category: 'breakdown',
    question: 'attributed revenue by platform this year',
    gold: `SELECT p.platform, SUM(o.total) AS attributed_revenue FROM orders o JOIN social_posts p ON p.post_id = o.attributed_post_id WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY p.platform`,
  },

  // Breakdowns by two dimensions
  {
    category: 'two_dimensions',
    question: 'revenue by country and sales channel last month',
    gold: `SELECT c.country, o.sales_channel, SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY c.country, o.sales_channel`,
  },
  {
    category: 'two_dimensions',
    question: 'engagement by platform and media type this year',
    gold: `SELECT p.platform, p.media_type, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY p.platform, p.media_type`,
  },
  {
    category: 'two_dimensions',
    question: 'new customers by country and acquisition channel in 2025',
    gold: `SELECT c.country, c.acquisition_channel, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY c.country, c.acquisition_channel`,
  },
  {
    category: 'two_dimensions',
    question: 'units sold by category and sales channel last quarter',
    gold: `SELECT pr.category, o.sales_channel, SUM(oi.quantity) AS units_sold FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(LAST_QUARTER)} GROUP BY pr.category, o.sales_channel`,
  },

  // Time series
  {
    category: 'time_series',
    question: 'revenue by month this year',
    gold: `SELECT CAST(date_trunc('month', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  // (Once declined as two figures of different data; since session 36 each is worked out on its own data and set
  // beside the other, every month either has, 0 where one has none.)
  {
    category: 'time_series',
    question: 'revenue and likes by month',
    gold: `WITH r AS (SELECT CAST(date_trunc('month', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY 1), l AS (SELECT CAST(date_trunc('month', p.posted_at) AS DATE) AS period, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(ALL)} GROUP BY 1) SELECT COALESCE(r.period, l.period) AS period, COALESCE(r.revenue, 0) AS revenue, COALESCE(l.likes, 0) AS likes FROM r FULL OUTER JOIN l ON r.period = l.period ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'daily orders last 2 weeks',
    gold: `SELECT CAST(date_trunc('day', o.ordered_at) AS DATE) AS period, COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(LAST_2_WEEKS)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'weekly engagement last 3 months',
    gold: `SELECT CAST(date_trunc('week', p.posted_at) AS DATE) AS period, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_3_MONTHS)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'monthly new customers in 2025',
    gold: `SELECT CAST(date_trunc('month', c.created_at) AS DATE) AS period, COUNT(*) AS new_customers FROM customers c WHERE ${c(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'how has revenue changed over the last 6 months',
    gold: `SELECT CAST(date_trunc('month', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_6_MONTHS)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'quarterly revenue last year',
    gold: `SELECT CAST(date_trunc('quarter', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'tiktok video views by week this quarter',
    gold: `SELECT CAST(date_trunc('week', p.posted_at) AS DATE) AS period, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(THIS_QUARTER)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'time_series',
    question: 'refund rate trend by month in 2025',
    gold: `SELECT CAST(date_trunc('month', o.ordered_at) AS DATE) AS period, ${REFUND_RATE} AS refund_rate FROM orders o WHERE ${o(YEAR_2025)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },

  // Comparisons between periods
  {
    category: 'period_comparison',
    question: 'revenue last month vs the month before',
    gold: `SELECT SUM(o.total) FILTER (WHERE ${o(LAST_MONTH)}) AS revenue, SUM(o.total) FILTER (WHERE ${o(MONTH_BEFORE)}) AS revenue_previous FROM orders o WHERE ${PAID}`,
  },
  {
    category: 'period_comparison',
    question: 'revenue growth last month',
    gold: `SELECT SUM(o.total) FILTER (WHERE ${o(LAST_MONTH)}) AS revenue, SUM(o.total) FILTER (WHERE ${o(MONTH_BEFORE)}) AS revenue_previous FROM orders o WHERE ${PAID}`,
  },
  {
    category: 'period_comparison',
    question: 'orders this week compared to last week',
    // This week so far (data through Saturday) against the same days of last week.
    gold: `SELECT COUNT(*) FILTER (WHERE ${o(THIS_WEEK)}) AS orders, COUNT(*) FILTER (WHERE ${o(['2026-03-02', '2026-03-08'])}) AS orders_previous FROM orders o WHERE ${PAID}`,
  },
  {
    category: 'period_comparison',
    question: 'engagement in Q4 2025 vs Q3 2025',
    gold: `SELECT SUM${ENGAGEMENT} FILTER (WHERE ${p(LAST_QUARTER)}) AS engagement, SUM${ENGAGEMENT} FILTER (WHERE ${p(Q3_2025)}) AS engagement_previous FROM social_posts p`,
  },
  {
    category: 'period_comparison',
    question: 'revenue in january vs february',
    gold: `SELECT SUM(o.total) FILTER (WHERE ${o(LAST_MONTH)}) AS revenue, SUM(o.total) FILTER (WHERE ${o(MONTH_BEFORE)}) AS revenue_previous FROM orders o WHERE ${PAID}`,
  },
  {
    category: 'period_comparison',
    question: 'new customers this year vs last year',
    // The year so far against the same span of last year, not all of it.
    gold: `SELECT COUNT(*) FILTER (WHERE ${c(THIS_YEAR)}) AS new_customers, COUNT(*) FILTER (WHERE ${c(['2025-01-01', '2025-03-15'])}) AS new_customers_previous FROM customers c`,
  },

  // Comparisons between values
  {
    category: 'value_comparison',
    question: 'instagram vs tiktok engagement',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform IN ('instagram', 'tiktok') AND ${p(ALL)} GROUP BY p.platform`,
  },
  {
    category: 'value_comparison',
    question: 'reels vs images likes last quarter',
    gold: `SELECT p.media_type, SUM(p.likes) AS likes FROM social_posts p WHERE p.media_type IN ('reel', 'image') AND ${p(LAST_QUARTER)} GROUP BY p.media_type`,
  },
  {
    category: 'value_comparison',
    question: 'compare online store and tiktok shop revenue this year',
    gold: `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND o.sales_channel IN ('online_store', 'tiktok_shop') AND ${o(THIS_YEAR)} GROUP BY o.sales_channel`,
  },
  {
    category: 'value_comparison',
    question: 'US vs UK average order value',
    gold: `SELECT c.country, AVG(o.total) AS average_order_value FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country IN ('US', 'GB') AND ${o(ALL)} GROUP BY c.country`,
  },
  {
    category: 'value_comparison',
    question: 'beauty vs apparel units sold last month',
    gold: `SELECT pr.category, SUM(oi.quantity) AS units_sold FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND pr.category IN ('beauty', 'apparel') AND ${o(LAST_MONTH)} GROUP BY pr.category`,
  },
  {
    category: 'value_comparison',
    question: 'do reels or videos get more views',
    gold: `SELECT p.media_type, SUM(p.video_views) AS video_views FROM social_posts p WHERE p.media_type IN ('reel', 'video') AND ${p(ALL)} GROUP BY p.media_type`,
  },

  // Filters named in passing
  {
    category: 'filters',
    question: 'revenue from tiktok shop last month',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND o.sales_channel = 'tiktok_shop' AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'filters',
    question: 'beauty products revenue this year',
    gold: `SELECT SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND pr.category = 'beauty' AND ${o(THIS_YEAR)}`,
  },
  {
    category: 'filters',
    question: 'engagement on reels from instagram last 30 days',
    gold: `SELECT SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.media_type = 'reel' AND p.platform = 'instagram' AND ${p(LAST_30_DAYS)}`,
  },
  {
    category: 'filters',
    question: 'orders in the US last week',
    gold: `SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country = 'US' AND ${o(LAST_WEEK)}`,
  },
  {
    category: 'filters',
    question: 'new customers from tiktok this year',
    gold: `SELECT COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel = 'tiktok' AND ${c(THIS_YEAR)}`,
  },
  {
    category: 'filters',
    question: 'revenue excluding the US in 2025',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country <> 'US' AND ${o(YEAR_2025)}`,
  },
  {
    category: 'filters',
    question: 'likes on facebook videos',
    gold: `SELECT SUM(p.likes) AS likes FROM social_posts p WHERE p.platform = 'facebook' AND p.media_type = 'video' AND ${p(ALL)}`,
  },

  // Synonyms and everyday wording
  {
    category: 'synonyms',
    question: 'turnover last quarter',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_QUARTER)}`,
  },
  {
    category: 'synonyms',
    question: "what's my basket size this month",
    gold: `SELECT AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(THIS_MONTH)}`,
  },
  {
    category: 'synonyms',
    question: 'number of purchases yesterday',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)}`,
  },
  {
    category: 'synonyms',
    question: 'interactions on my content last week',
    gold: `SELECT SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_WEEK)}`,
  },
  {
    category: 'synonyms',
    question: 'how many items sold in 2025',
    gold: `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(YEAR_2025)}`,
  },
  {
    category: 'synonyms',
    question: 'money made from instagram shop this year',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND o.sales_channel = 'instagram_shop' AND ${o(THIS_YEAR)}`,
  },
  {
    category: 'synonyms',
    question: 'profit by product category last year',
    gold: `SELECT pr.category, SUM((oi.unit_price - pr.cost) * oi.quantity) AS gross_profit FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(YEAR_2025)} GROUP BY pr.category`,
  },
  {
    category: 'synonyms',
    question: 'ER by platform last month',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} * 1.0 / SUM(p.reach) AS engagement_rate FROM social_posts p WHERE ${p(LAST_MONTH)} GROUP BY p.platform`,
  },
  {
    category: 'synonyms',
    question: 'customer signups per month this year',
    gold: `SELECT CAST(date_trunc('month', c.created_at) AS DATE) AS period, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'synonyms',
    question: 'how did my store do last month in sales',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },

  // Typos and casing
  {
    category: 'typos',
    question: 'revnue last mnth',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'typos',
    question: 'top 5 psots by engagment',
    gold: `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(ALL)} GROUP BY p.post_id ORDER BY engagement DESC, post LIMIT 5`,
    ordered: true,
  },
  {
    category: 'typos',
    question: 'INSTAGRAM VS TIKTOK ENGAGEMENT',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform IN ('instagram', 'tiktok') AND ${p(ALL)} GROUP BY p.platform`,
  },
  {
    category: 'typos',
    question: 'averge order value by sales chanel',
    gold: `SELECT o.sales_channel, AVG(o.total) AS average_order_value FROM orders o WHERE ${PAID} AND ${o(ALL)} GROUP BY o.sales_channel`,
  },
  {
    category: 'typos',
    question: 'new custmers by contry this year',
    gold: `SELECT c.country, COUNT(*) AS new_customers FROM customers c WHERE ${c(THIS_YEAR)} GROUP BY c.country`,
  },
  {
    category: 'typos',
    question: 'how many ordrs yesterday',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(YESTERDAY)}`,
  },

  // Relative dates
  {
    category: 'relative_dates',
    question: 'revenue year to date',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)}`,
  },
  {
    // The data runs through yesterday: "0 orders today" would be a count of nothing yet, said as a figure. Asked
    // back instead (did you mean yesterday?), so not answered (session 9; was a count over today).
    category: 'relative_dates',
    question: 'orders today',
    gold: null,
  },
  {
    category: 'relative_dates',
    question: 'engagement in the past 90 days',
    gold: `SELECT SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE ${p(LAST_90_DAYS)}`,
  },
  {
    category: 'relative_dates',
    question: 'revenue this quarter',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_QUARTER)}`,
  },
  {
    category: 'relative_dates',
    question: 'units sold last 3 months',
    gold: `SELECT SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_3_MONTHS)}`,
  },

  // Absolute dates
  {
    category: 'absolute_dates',
    question: 'revenue in march 2025',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(['2025-03-01', '2025-04-01'])}`,
  },
  {
    category: 'absolute_dates',
    question: 'orders between 2025-06-01 and 2025-06-30',
    gold: `SELECT COUNT(*) AS orders FROM orders o WHERE ${PAID} AND ${o(['2025-06-01', '2025-07-01'])}`,
  },
  {
    category: 'absolute_dates',
    question: 'likes since 2026-01-01',
    gold: `SELECT SUM(p.likes) AS likes FROM social_posts p WHERE ${p(['2026-01-01', '2026-03-16'])}`,
  },
  {
    category: 'absolute_dates',
    question: 'revenue in 2025',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
  },
  {
    category: 'absolute_dates',
    question: 'new customers on 2026-03-01',
    gold: `SELECT COUNT(*) AS new_customers FROM customers c WHERE ${c(['2026-03-01', '2026-03-02'])}`,
  },
  {
    category: 'absolute_dates',
    question: 'posts in Q3 2025',
    gold: `SELECT COUNT(*) AS posts FROM social_posts p WHERE ${p(Q3_2025)}`,
  },
  {
    category: 'absolute_dates',
    question: 'revenue from jan 1 to feb 15',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(['2026-01-01', '2026-02-16'])}`,
  },

  // Follow-ups: the question is asked after the history, and inherits its plan.
  {
    category: 'follow_up',
    history: ['engagement on instagram last month'],
    question: 'what about TikTok?',
    gold: `SELECT SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'tiktok' AND ${p(LAST_MONTH)}`,
  },
  {
    category: 'follow_up',
    history: ['revenue last 30 days'],
    question: 'and last month?',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(LAST_MONTH)}`,
  },
  {
    category: 'follow_up',
    history: ['revenue last month'],
    question: 'break that down by category',
    gold: `SELECT pr.category, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY pr.category`,
  },
  {
    category: 'follow_up',
    history: ['top 5 posts by likes'],
    question: 'only reels',
    gold: `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE p.media_type = 'reel' AND ${p(ALL)} GROUP BY p.post_id ORDER BY likes DESC, post LIMIT 5`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['top 5 posts by likes this year'],
    question: 'show 10',
    gold: `SELECT p.post_id AS post, SUM(p.likes) AS likes FROM social_posts p WHERE ${p(THIS_YEAR)} GROUP BY p.post_id ORDER BY likes DESC, post LIMIT 10`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['revenue by country'],
    question: 'what about orders?',
    gold: `SELECT c.country, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(ALL)} GROUP BY c.country`,
  },
  {
    category: 'follow_up',
    history: ['new customers from instagram this year'],
    question: 'what about tiktok',
    gold: `SELECT COUNT(*) AS new_customers FROM customers c WHERE c.acquisition_channel = 'tiktok' AND ${c(THIS_YEAR)}`,
  },
  {
    category: 'follow_up',
    history: ['revenue by month this year'],
    question: 'weekly instead',
    gold: `SELECT CAST(date_trunc('week', o.ordered_at) AS DATE) AS period, SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(THIS_YEAR)} GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['instagram vs tiktok engagement'],
    question: 'and last week?',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform IN ('instagram', 'tiktok') AND ${p(LAST_WEEK)} GROUP BY p.platform`,
  },
  {
    category: 'follow_up',
    history: ['revenue by sales channel'],
    question: 'just the US',
    gold: `SELECT o.sales_channel, SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country = 'US' AND ${o(ALL)} GROUP BY o.sales_channel`,
  },
  {
    category: 'follow_up',
    history: ['top products by revenue last month'],
    question: 'worst ones?',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY oi.product_id ORDER BY product_revenue ASC, product LIMIT 10`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['engagement rate by platform'],
    question: 'for videos only',
    gold: `SELECT p.platform, SUM${ENGAGEMENT} * 1.0 / SUM(p.reach) AS engagement_rate FROM social_posts p WHERE p.media_type = 'video' AND ${p(ALL)} GROUP BY p.platform`,
  },
  {
    category: 'follow_up',
    history: ['revenue last month'],
    question: 'compared to the month before?',
    gold: `SELECT SUM(o.total) FILTER (WHERE ${o(LAST_MONTH)}) AS revenue, SUM(o.total) FILTER (WHERE ${o(MONTH_BEFORE)}) AS revenue_previous FROM orders o WHERE ${PAID}`,
  },
  {
    category: 'follow_up',
    history: ['orders by country last quarter'],
    question: 'by acquisition channel instead',
    gold: `SELECT c.acquisition_channel, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(LAST_QUARTER)} GROUP BY c.acquisition_channel`,
  },
  {
    category: 'follow_up',
    history: ['likes by media type'],
    question: 'and comments',
    gold: `SELECT p.media_type, SUM(p.comments) AS comments FROM social_posts p WHERE ${p(ALL)} GROUP BY p.media_type`,
  },
  {
    category: 'follow_up',
    history: ['revenue this year'],
    question: 'how about 2025',
    gold: `SELECT SUM(o.total) AS revenue FROM orders o WHERE ${PAID} AND ${o(YEAR_2025)}`,
  },
  {
    category: 'follow_up',
    history: ['top 5 posts by engagement'],
    question: 'on facebook',
    gold: `SELECT p.post_id AS post, SUM${ENGAGEMENT} AS engagement FROM social_posts p WHERE p.platform = 'facebook' AND ${p(ALL)} GROUP BY p.post_id ORDER BY engagement DESC, post LIMIT 5`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['revenue by category'],
    question: 'excluding beauty',
    gold: `SELECT pr.category, SUM(oi.quantity * oi.unit_price) AS product_revenue FROM ${ITEMS} JOIN products pr ON pr.product_id = oi.product_id WHERE ${PAID} AND pr.category <> 'beauty' AND ${o(ALL)} GROUP BY pr.category`,
  },
  {
    category: 'follow_up',
    history: ['units sold by product last month'],
    question: 'top 3',
    gold: `SELECT oi.product_id AS product, SUM(oi.quantity) AS units_sold FROM ${ITEMS} WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY oi.product_id ORDER BY units_sold DESC, product LIMIT 3`,
    ordered: true,
  },
  {
    category: 'follow_up',
    history: ['revenue last month'],
    question: 'split by sales channel and country',
    gold: `SELECT o.sales_channel, c.country, SUM(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND ${o(LAST_MONTH)} GROUP BY o.sales_channel, c.country`,
  },
  {
    category: 'follow_up',
    history: ['AOV last month'],
    question: 'in Germany?',
    gold: `SELECT AVG(o.total) AS average_order_value FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE ${PAID} AND c.country = 'DE' AND ${o(LAST_MONTH)}`,
  },

  // Must decline: out of scope, other users, not in the data, the future, writes, nonsense.
  ...[
    'what is the weather today',
    'show me revenue for user acme',
    'compare my sales to other stores',
    'what will revenue be next month',
    'forecast orders for next quarter',
    'drop table orders',
    'delete all my refunded orders',
    'what is my inventory level',
    'how many followers do I have',
    "what's my website conversion rate",
    'how much did I spend on ads last month',
    "what's my ROAS on tiktok",
    'asdfghjkl',
    'why did revenue drop last month',
    'revenue by zip code',
    'what is the capital of france',
    'how many employees do we have',
    'show me customer emails',
    "what's the industry average engagement rate",
    'which products are low on stock',
    'how many visitors came to my site yesterday',
    'tell me a joke',
    "what's my cart abandonment rate",
    'how much tax did I collect',
    'show me posts by competitors',
    'engagement by country',
    'SELECT * FROM orders',
    'what are the shipping times',
    'revenue last monday',
    'which user has the most orders',
  ].map((question): EvalCase => ({ category: 'decline', question, gold: null })),
];
