import { createHash } from 'node:crypto';
import { Random } from './random.js';
import {
  DEMO_TABLES,
  DEMO_TABLE_NAMES,
  type DemoTableName,
  type CATEGORIES,
  type PLATFORMS,
  type ACQUISITION_CHANNELS,
  type COUNTRIES,
} from './schema.js';

/**
 * The demo dataset: two years of a few merchants' social posts, catalogue, customers and orders, generated
 * from a seed. Everything is drawn from one seeded stream per tenant in a fixed order, so the same
 * arguments give byte-identical rows. Money is computed in integer cents; timestamps in whole seconds (UTC).
 */

export interface DemoOptions {
  /** Multiplies posts, customers and orders; 1 gives the demo tenant ~800 posts, 4,000 customers, 25,000 orders. */
  readonly scale: number;
  /** Last day of data (YYYY-MM-DD, UTC), inclusive; the data covers the 730 days ending on it. */
  readonly endDate: string;
  readonly seed: string | number;
}

export const DEFAULT_DEMO_SEED = 'askql';

/** A cell as stored: text, integer, decimal (already rounded to cents) or NULL. Timestamps are 'YYYY-MM-DD HH:MM:SS'. */
export type DemoCell = string | number | null;

/** One row as a tuple in the table's column order (see `DEMO_TABLES`). */
export type DemoTuple = readonly DemoCell[];

export type DemoSink = (table: DemoTableName, row: DemoTuple) => void;

type Category = (typeof CATEGORIES)[number];
type Platform = (typeof PLATFORMS)[number];
type Country = (typeof COUNTRIES)[number];
type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

/** What makes each merchant different: size, audience, catalogue, growth and refund habits. */
interface TenantProfile {
  readonly id: string;
  /** Short code inside every id, so ids are unique across tenants. */
  readonly code: string;
  /** Size relative to the demo tenant. */
  readonly size: number;
  readonly products: number;
  readonly platforms: Readonly<Partial<Record<Platform, number>>>;
  readonly categories: Readonly<Partial<Record<Category, number>>>;
  readonly countries: Readonly<Partial<Record<Country, number>>>;
  /** Order volume multiplier per year. */
  readonly growthPerYear: number;
  readonly refundRate: number;
  readonly cancelRate: number;
  /** Followers-scale reach of an average image post at the start. */
  readonly baseReach: number;
}

/** The tenants: `demo` is the development user; the others exist so tenant isolation can be tested. */
export const DEMO_TENANT_PROFILES: readonly TenantProfile[] = [
  {
    id: 'demo',
    code: 'dm',
    size: 1,
    products: 60,
    platforms: { instagram: 0.5, tiktok: 0.3, facebook: 0.2 },
    categories: { apparel: 0.4, accessories: 0.25, home: 0.15, beauty: 0.2 },
    countries: { US: 0.5, GB: 0.15, CA: 0.12, AU: 0.1, DE: 0.07, FR: 0.06 },
    growthPerYear: 1.6,
    refundRate: 0.05,
    cancelRate: 0.02,
    baseReach: 6000,
  },
  {
    id: 'northwind',
    code: 'nw',
    size: 0.5,
    products: 40,
    platforms: { facebook: 0.55, instagram: 0.4, tiktok: 0.05 },
    categories: { home: 0.6, accessories: 0.25, apparel: 0.1, beauty: 0.05 },
    countries: { GB: 0.45, DE: 0.2, FR: 0.2, US: 0.1, CA: 0.03, AU: 0.02 },
    growthPerYear: 1.15,
    refundRate: 0.035,
    cancelRate: 0.015,
    baseReach: 3000,
  },
  {
    id: 'lumen',
    code: 'lm',
    size: 0.3,
    products: 30,
    platforms: { tiktok: 0.6, instagram: 0.35, facebook: 0.05 },
    categories: { beauty: 0.7, accessories: 0.2, apparel: 0.1 },
    countries: { US: 0.35, AU: 0.3, CA: 0.15, GB: 0.2 },
    growthPerYear: 2.4,
    refundRate: 0.065,
    cancelRate: 0.025,
    baseReach: 9000,
  },
];

export const DEMO_TENANTS: readonly string[] = DEMO_TENANT_PROFILES.map((profile) => profile.id);

const DAY = 86_400;
const DAYS = 730;
/** Share of orders driven by a post (attributed_post_id set). */
const ATTRIBUTED_SHARE = 0.18;

const MONTH_FACTOR = [0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 0.9, 0.95, 1.0, 1.05, 1.3, 1.5];
/** Sunday first, as Date#getUTCDay counts. */
const WEEKDAY_FACTOR = [1.2, 0.92, 0.95, 1.0, 1.0, 1.05, 1.15];
const ORDER_HOUR_WEIGHTS = [
  1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.2, 2.8, 3.0, 3.2, 3.6, 3.4, 3.1, 3.0, 3.2, 3.6, 4.2, 4.8, 5.0, 4.4, 3.2, 1.8,
];

const MEDIA_BY_PLATFORM: Record<Platform, Readonly<Record<string, number>>> = {
  instagram: { image: 0.35, carousel: 0.25, reel: 0.4 },
  facebook: { image: 0.45, video: 0.3, carousel: 0.25 },
  tiktok: { video: 1 },
};
const PLATFORM_REACH: Record<Platform, number> = { instagram: 1, facebook: 0.7, tiktok: 1.6 };
const MEDIA_REACH: Record<string, number> = { image: 1, carousel: 1.25, video: 1.9, reel: 2.3 };

const PRODUCT_NAMES: Record<Category, { nouns: readonly string[]; price: readonly [number, number] }> = {
  apparel: {
    nouns: [
      'Tee',
      'Hoodie',
      'Linen Shirt',
      'Denim Jacket',
      'Midi Dress',
      'Joggers',
      'Cardigan',
      'Tank',
      'Chinos',
      'Sweater',
    ],
    price: [25, 120],
  },
  accessories: {
    nouns: [
      'Tote Bag',
      'Beanie',
      'Sunglasses',
      'Leather Belt',
      'Scarf',
      'Cap',
      'Wallet',
      'Watch Strap',
      'Backpack',
      'Earrings',
    ],
    price: [15, 90],
  },
  home: {
    nouns: [
      'Candle',
      'Throw Blanket',
      'Ceramic Mug',
      'Planter',
      'Cushion Cover',
      'Vase',
      'Table Lamp',
      'Wall Print',
      'Rug',
      'Diffuser',
    ],
    price: [18, 180],
  },
  beauty: {
    nouns: [
      'Face Serum',
      'Lip Balm',
      'Hand Cream',
      'Body Oil',
      'Clay Mask',
      'Shampoo Bar',
      'Sunscreen',
      'Eye Cream',
      'Toner',
      'Bath Salts',
    ],
    price: [12, 60],
  },
};
const ADJECTIVES = [
  'Everyday',
  'Classic',
  'Organic',
  'Oversized',
  'Vintage',
  'Coastal',
  'Midnight',
  'Golden',
  'Soft',
  'Alpine',
  'Sunset',
  'Minimal',
  'Cloud',
  'Wild',
  'Urban',
  'Meadow',
  'Ocean',
  'Velvet',
  'Cedar',
  'Amber',
];
const CAPTIONS = [
  'New in: the {p} ✨',
  'Back in stock — {p}. Grab yours before it goes again!',
  'Our {p}, styled three ways',
  'Behind the scenes: how we make the {p}',
  'You asked, we listened: {p} in new colours',
  'Weekend mood with the {p} 🌿',
  'Why everyone is talking about the {p}',
  '{p} — now 15% off for 48 hours',
];
const GENERIC_CAPTIONS = [
  'Thank you for 10k! 💛',
  'Meet the team behind the brand',
  'Packing orders all day today 📦',
  'Which colour should we make next? Tell us below 👇',
  'Sunday reset ☕',
];
const ACQUISITION_WEIGHTS: Record<AcquisitionChannel, number> = {
  instagram: 0.22,
  tiktok: 0.14,
  facebook: 0.1,
  organic_search: 0.18,
  paid_search: 0.14,
  email: 0.1,
  direct: 0.12,
};

const EXTRA_LINES = { 0: 0.6, 1: 0.25, 2: 0.1, 3: 0.05 };
const QUANTITIES = { 1: 0.75, 2: 0.18, 3: 0.07 };
const ORGANIC_SALES_CHANNELS = { online_store: 0.85, instagram_shop: 0.1, tiktok_shop: 0.05 };

interface Product {
  readonly id: string;
  readonly createdAt: number;
  readonly priceCents: number;
  readonly weight: number;
}

interface Post {
  readonly id: string;
  readonly platform: Platform;
  readonly postedAt: number;
  readonly reach: number;
  readonly product: Product | null;
}

interface PendingOrder {
  readonly at: number;
  readonly post: Post | null;
}

/** Parses YYYY-MM-DD as a UTC day; returns the epoch second at its start. */
export function parseEndDate(endDate: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate)) throw new RangeError(`endDate must be YYYY-MM-DD, got "${endDate}"`);
  const ms = Date.parse(`${endDate}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== endDate) {
    throw new RangeError(`endDate is not a calendar date: "${endDate}"`);
  }
  return ms / 1000;
}

/** The default end date: yesterday (UTC), so "last month" and "last 30 days" always have data. */
export function defaultEndDate(now: Date = new Date()): string {
  return new Date(now.getTime() - DAY * 1000).toISOString().slice(0, 10);
}

function timestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

const cents = (value: number): number => value / 100;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Index of the first element of the ascending `values` greater than `target`. */
function upperBound(values: ArrayLike<number>, target: number, length = values.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Black Friday (fourth Friday of November) through Cyber Monday. */
function isCyberWeek(day: Date): boolean {
  if (day.getUTCMonth() !== 10 && day.getUTCMonth() !== 11) return false;
  const year = day.getUTCFullYear();
  const firstNov = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const blackFriday = 1 + ((5 - firstNov + 7) % 7) + 21;
  const start = Date.UTC(year, 10, blackFriday);
  const t = day.getTime();
  return t >= start && t < start + 4 * DAY * 1000;
}

/** Generates one tenant's tables into `sink`, in the order products, social_posts, customers, orders + order_items. */
function generateTenant(profile: TenantProfile, options: DemoOptions, sink: DemoSink): void {
  const random = new Random(`${options.seed}/${profile.id}`);
  const end = parseEndDate(options.endDate) + DAY;
  const start = end - DAYS * DAY;
  const volume = options.scale * profile.size;
  const code = profile.code;

  // Day weights: growth, seasonality, weekly cycle, a cyber-week spike and a little day-to-day noise.
  const dayWeight = new Float64Array(DAYS);
  const cyberWeek = new Uint8Array(DAYS);
  const growth = Math.log(profile.growthPerYear) / 365;
  for (let d = 0; d < DAYS; d += 1) {
    const date = new Date((start + d * DAY) * 1000);
    const spike = isCyberWeek(date) ? 2.4 : 1;
    cyberWeek[d] = spike > 1 ? 1 : 0;
    dayWeight[d] =
      Math.exp(growth * d) *
      (MONTH_FACTOR[date.getUTCMonth()] as number) *
      (WEEKDAY_FACTOR[date.getUTCDay()] as number) *
      spike *
      random.logNormal(0, 0.12);
  }
  const dayCumulative = new Float64Array(DAYS);
  let running = 0;
  for (let d = 0; d < DAYS; d += 1) {
    running += dayWeight[d] as number;
    dayCumulative[d] = running;
  }
  const randomDay = (): number => {
    const r = random.next() * running;
    let lo = 0;
    let hi = DAYS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((dayCumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const hourTotal = ORDER_HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  const randomTimeOfDay = (): number => {
    let r = random.next() * hourTotal;
    let hour = 0;
    for (; hour < 23; hour += 1) {
      r -= ORDER_HOUR_WEIGHTS[hour] as number;
      if (r < 0) break;
    }
    return hour * 3600 + random.int(3600);
  };

  // Products: most launched before the window, some during it; popularity falls off like Zipf.
  const productDraft: {
    title: string;
    category: Category;
    createdAt: number;
    priceCents: number;
    costCents: number;
  }[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < profile.products; i += 1) {
    const category = random.weighted(profile.categories);
    const names = PRODUCT_NAMES[category];
    let title = '';
    do title = `${random.pick(ADJECTIVES)} ${random.pick(names.nouns)}`;
    while (titles.has(title));
    titles.add(title);
    const createdAt = random.chance(0.7)
      ? start - DAY * (1 + random.int(400)) + random.int(DAY)
      : start + random.int((DAYS - 30) * DAY);
    const whole = Math.floor(random.between(names.price[0], names.price[1]));
    const priceCents = whole * 100 + random.pick([0, 0, 95, 99]);
    const costCents = Math.round(priceCents * random.between(0.28, 0.55));
    productDraft.push({ title, category, createdAt, priceCents, costCents });
  }
  productDraft.sort((a, b) => a.createdAt - b.createdAt || a.title.localeCompare(b.title));
  const products: Product[] = productDraft.map((draft, index) => {
    const id = `prd_${code}_${pad(index + 1, 4)}`;
    sink('products', [
      id,
      profile.id,
      draft.title,
      draft.category,
      cents(draft.priceCents),
      cents(draft.costCents),
      timestamp(draft.createdAt),
    ]);
    return { id, createdAt: draft.createdAt, priceCents: draft.priceCents, weight: random.logNormal(0, 0.9) };
  });
  const productCreated = Float64Array.from(products, (product) => product.createdAt);
  const productCumulative = new Float64Array(products.length);
  let productTotal = 0;
  products.forEach((product, index) => {
    productTotal += product.weight;
    productCumulative[index] = productTotal;
  });
  /** A product already launched at `at`, by popularity. */
  const randomProduct = (at: number): Product => {
    const available = Math.max(1, upperBound(productCreated, at));
    const r = random.next() * (productCumulative[available - 1] as number);
    return products[Math.min(available - 1, upperBound(productCumulative, r, available))] as Product;
  };

  // Social posts: posting picks up over time; reels and videos reach further; a few go viral.
  const postCount = Math.max(1, Math.round(800 * volume));
  const postTimes: number[] = [];
  for (let i = 0; i < postCount; i += 1) {
    const d = Math.min(DAYS - 1, Math.floor(random.next() ** 0.8 * DAYS));
    postTimes.push(start + d * DAY + 8 * 3600 + random.int(13 * 3600));
  }
  postTimes.sort((a, b) => a - b);
  const posts: Post[] = postTimes.map((postedAt, index) => {
    const id = `post_${code}_${pad(index + 1, 5)}`;
    const platform = random.weighted(profile.platforms);
    const mediaType = random.weighted(MEDIA_BY_PLATFORM[platform]);
    const product = random.chance(0.85) ? randomProduct(postedAt) : null;
    const title = product ? (productDraft[products.indexOf(product)] as { title: string }).title : '';
    const caption = product ? random.pick(CAPTIONS).replace('{p}', title) : random.pick(GENERIC_CAPTIONS);
    const audience = profile.baseReach * Math.exp((Math.log(1.8) / 365) * ((postedAt - start) / DAY));
    const viral = random.chance(0.012) ? random.between(8, 40) : 1;
    const reach = Math.max(
      50,
      Math.round(
        audience * PLATFORM_REACH[platform] * (MEDIA_REACH[mediaType] as number) * random.logNormal(0, 0.45) * viral,
      ),
    );
    const impressions = Math.round(reach * random.between(1.1, 1.7));
    const video = mediaType === 'video' || mediaType === 'reel';
    const lift = video ? 1.25 : mediaType === 'carousel' ? 1.1 : 1;
    const likes = Math.round(reach * random.between(0.03, 0.07) * lift);
    const comments = Math.round(reach * random.between(0.002, 0.008) * lift);
    const shares = Math.round(reach * random.between(0.001, 0.006) * (platform === 'tiktok' ? 2 : 1) * lift);
    const saves = Math.round(reach * random.between(0.002, 0.01) * (mediaType === 'carousel' ? 2 : 1));
    const videoViews = video ? Math.round(reach * random.between(0.9, 2.4)) : 0;
    sink('social_posts', [
      id,
      profile.id,
      platform,
      mediaType,
      caption,
      timestamp(postedAt),
      likes,
      comments,
      shares,
      saves,
      reach,
      impressions,
      videoViews,
    ]);
    return { id, platform, postedAt, reach, product };
  });

  // Customers: some signed up before the window, the rest arrive with the same growth and seasons as orders.
  const customerCount = Math.max(1, Math.round(4000 * volume));
  const customerTimes: number[] = [];
  for (let i = 0; i < customerCount; i += 1) {
    customerTimes.push(
      random.chance(0.12)
        ? start - DAY * (1 + random.int(365)) + random.int(DAY)
        : start + randomDay() * DAY + randomTimeOfDay(),
    );
  }
  customerTimes.sort((a, b) => a - b);
  const customerIds: string[] = [];
  const customerCountry: Country[] = [];
  customerTimes.forEach((createdAt, index) => {
    const id = `cus_${code}_${pad(index + 1, 6)}`;
    const country = random.weighted(profile.countries);
    customerIds.push(id);
    customerCountry.push(country);
    sink('customers', [id, profile.id, country, random.weighted(ACQUISITION_WEIGHTS), timestamp(createdAt)]);
  });

  // Orders: a baseline following the day weights, plus orders driven by posts in the days after they go out.
  const orderCount = Math.max(1, Math.round(25_000 * volume));
  const pending: PendingOrder[] = [];
  const attributedTarget = orderCount * ATTRIBUTED_SHARE;
  const totalReach = posts.reduce((sum, post) => sum + post.reach, 0);
  for (const post of posts) {
    const n = random.round((attributedTarget * post.reach) / totalReach);
    for (let i = 0; i < n; i += 1) {
      const at = post.postedAt + 600 + Math.floor(random.exponential(1.5 * DAY));
      if (at < end && at < post.postedAt + 21 * DAY) pending.push({ at, post });
    }
  }
  const baseline = orderCount - pending.length;
  for (let d = 0; d < DAYS; d += 1) {
    const n = random.round((baseline * (dayWeight[d] as number)) / running);
    for (let i = 0; i < n; i += 1) pending.push({ at: start + d * DAY + randomTimeOfDay(), post: null });
  }
  pending.sort((a, b) => a.at - b.at);

  const buyers: number[] = [];
  const isBuyer = new Uint8Array(customerCount);
  const waiting: number[] = [];
  let signedUp = 0;
  let sequence = 0;
  for (const order of pending) {
    while (signedUp < customerCount && (customerTimes[signedUp] as number) <= order.at) waiting.push(signedUp++);
    if (signedUp === 0) continue;
    // Roughly one order in six is a first purchase; the rest come back, loyal early customers most often.
    let customer: number;
    if ((waiting.length > 0 && random.chance(0.16)) || buyers.length === 0) {
      customer = waiting.length > 0 ? (waiting.pop() as number) : random.int(signedUp);
      if (!isBuyer[customer]) {
        isBuyer[customer] = 1;
        buyers.push(customer);
      }
    } else {
      customer = buyers[Math.floor(buyers.length * random.next() ** 1.4)] as number;
    }
    sequence += 1;
    const orderId = `ord_${code}_${pad(sequence, 7)}`;
    const day = Math.floor((order.at - start) / DAY);

    const lines = new Map<Product, number>();
    if (order.post?.product && order.post.product.createdAt <= order.at) lines.set(order.post.product, 1);
    const extra = random.weighted(EXTRA_LINES);
    const wanted = Math.max(1, lines.size + Number(extra));
    for (let attempt = 0; lines.size < wanted && attempt < 8; attempt += 1) {
      const product = randomProduct(order.at);
      if (!lines.has(product)) lines.set(product, 0);
    }
    let subtotal = 0;
    const items: DemoTuple[] = [];
    for (const product of lines.keys()) {
      const quantity = random.weighted(QUANTITIES);
      subtotal += product.priceCents * Number(quantity);
      items.push([orderId, profile.id, product.id, Number(quantity), cents(product.priceCents)]);
    }
    const discountRate = cyberWeek[day]
      ? random.chance(0.6)
        ? random.pick([0.2, 0.25])
        : 0
      : random.chance(0.18)
        ? random.pick([0.1, 0.15, 0.2])
        : 0;
    const discount = Math.round(subtotal * discountRate);
    const shipping = subtotal - discount >= 7500 ? 0 : customerCountry[customer] === 'US' ? 595 : 995;
    const roll = random.next();
    const status =
      roll < profile.refundRate ? 'refunded' : roll < profile.refundRate + profile.cancelRate ? 'cancelled' : 'paid';
    const salesChannel = order.post
      ? order.post.platform === 'instagram'
        ? random.chance(0.6)
          ? 'instagram_shop'
          : 'online_store'
        : order.post.platform === 'tiktok'
          ? random.chance(0.7)
            ? 'tiktok_shop'
            : 'online_store'
          : 'online_store'
      : random.weighted(ORGANIC_SALES_CHANNELS);
    sink('orders', [
      orderId,
      profile.id,
      customerIds[customer] as string,
      timestamp(order.at),
      status,
      salesChannel,
      order.post?.id ?? null,
      cents(subtotal),
      cents(discount),
      cents(shipping),
      cents(subtotal - discount + shipping),
    ]);
    for (const item of items) sink('order_items', item);
  }
}

/**
 * Streams every tenant's rows into `sink`, tenant by tenant (so each tenant's rows sit together on disk).
 * This is the loaders' path: nothing is kept in memory, which matters at scale 40 (a million orders).
 */
export function emitDemoData(options: DemoOptions, sink: DemoSink): void {
  if (!(options.scale > 0) || !Number.isFinite(options.scale))
    throw new RangeError(`scale must be positive, got ${options.scale}`);
  parseEndDate(options.endDate);
  for (const profile of DEMO_TENANT_PROFILES) generateTenant(profile, options, sink);
}

export interface SocialPostRow {
  post_id: string;
  user_id: string;
  platform: string;
  media_type: string;
  caption: string;
  posted_at: string;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  reach: number;
  impressions: number;
  video_views: number;
}
export interface ProductRow {
  product_id: string;
  user_id: string;
  title: string;
  category: string;
  price: number;
  cost: number;
  created_at: string;
}
export interface CustomerRow {
  customer_id: string;
  user_id: string;
  country: string;
  acquisition_channel: string;
  created_at: string;
}
export interface OrderRow {
  order_id: string;
  user_id: string;
  customer_id: string;
  ordered_at: string;
  status: string;
  sales_channel: string;
  attributed_post_id: string | null;
  subtotal: number;
  discount: number;
  shipping: number;
  total: number;
}
export interface OrderItemRow {
  order_id: string;
  user_id: string;
  product_id: string;
  quantity: number;
  unit_price: number;
}

/** The dataset in memory, one array of row objects per table (timestamps 'YYYY-MM-DD HH:MM:SS' UTC). */
export interface DemoData {
  social_posts: SocialPostRow[];
  products: ProductRow[];
  customers: CustomerRow[];
  orders: OrderRow[];
  order_items: OrderItemRow[];
}

/**
 * Generates the whole dataset in memory: handy for tests that compute an expected answer independently of
 * SQL. The loaders stream through `emitDemoData` instead.
 */
export function generateDemoData(options: DemoOptions): DemoData {
  const data: Record<DemoTableName, Record<string, DemoCell>[]> = {
    social_posts: [],
    products: [],
    customers: [],
    orders: [],
    order_items: [],
  };
  const columns = new Map(DEMO_TABLES.map((table) => [table.name, table.columns.map((column) => column.name)]));
  emitDemoData(options, (table, row) => {
    const names = columns.get(table) as string[];
    const object: Record<string, DemoCell> = {};
    for (let i = 0; i < names.length; i += 1) object[names[i] as string] = row[i] as DemoCell;
    data[table].push(object);
  });
  return data as unknown as DemoData;
}

const decimalColumns = new Map(
  DEMO_TABLES.map((table) => [table.name, table.columns.map((column) => column.type === 'decimal')]),
);

/** One CSV line (RFC 4180 quoting; NULL as an empty unquoted field, which both engines read as NULL). */
export function csvLine(table: DemoTableName, row: DemoTuple): string {
  const decimals = decimalColumns.get(table) as boolean[];
  let line = '';
  for (let i = 0; i < row.length; i += 1) {
    if (i > 0) line += ',';
    const cell = row[i];
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'number') line += decimals[i] ? cell.toFixed(2) : String(cell);
    else if (/[",\n\r]/.test(cell) || cell === '') line += `"${cell.replaceAll('"', '""')}"`;
    else line += cell;
  }
  return line;
}

/** SHA-256 over every table's CSV, in table order: equal checksums mean byte-identical data. */
export function demoChecksum(options: DemoOptions): string {
  const hashes = new Map(DEMO_TABLE_NAMES.map((name) => [name, createHash('sha256')]));
  emitDemoData(options, (table, row) => {
    (hashes.get(table) as ReturnType<typeof createHash>).update(`${csvLine(table, row)}\n`);
  });
  const all = createHash('sha256');
  for (const name of DEMO_TABLE_NAMES)
    all.update(`${name}:${(hashes.get(name) as ReturnType<typeof createHash>).digest('hex')}\n`);
  return all.digest('hex');
}
