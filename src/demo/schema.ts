import type { ColumnType, Dialect } from '../warehouse/warehouse.js';
import { quoteIdentifier } from '../warehouse/sql-text.js';

/**
 * The demo dataset's schema: the five tables every part of the product (the analyst's semantic layer, the
 * guard, the evaluation) refers to by name. One description drives the DDL of both dialects, the guard's
 * allow-list and `Warehouse.describe()`, so they cannot drift apart.
 */

export const DEMO_TABLE_NAMES = ['social_posts', 'products', 'customers', 'orders', 'order_items'] as const;

export type DemoTableName = (typeof DEMO_TABLE_NAMES)[number];

export interface DemoColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** The SQL type, identical in DuckDB and PostgreSQL. */
  readonly sqlType: string;
  readonly nullable?: boolean;
  readonly description: string;
  /** The column's only allowed values: shown to the analyst as sample values. */
  readonly values?: readonly string[];
}

export interface DemoTable {
  readonly name: DemoTableName;
  readonly description: string;
  readonly columns: readonly DemoColumn[];
  readonly primaryKey: readonly string[];
}

const USER_ID: DemoColumn = {
  name: 'user_id',
  type: 'text',
  sqlType: 'TEXT',
  description: "The tenant (merchant) who owns the row; queries only ever see the asking user's rows.",
};

export const PLATFORMS = ['instagram', 'tiktok', 'facebook'] as const;
export const MEDIA_TYPES = ['image', 'video', 'carousel', 'reel'] as const;
export const CATEGORIES = ['apparel', 'accessories', 'home', 'beauty'] as const;
export const COUNTRIES = ['US', 'GB', 'CA', 'AU', 'DE', 'FR'] as const;
export const ACQUISITION_CHANNELS = [
  'instagram',
  'tiktok',
  'facebook',
  'organic_search',
  'paid_search',
  'email',
  'direct',
] as const;
export const ORDER_STATUSES = ['paid', 'refunded', 'cancelled'] as const;
export const SALES_CHANNELS = ['online_store', 'instagram_shop', 'tiktok_shop'] as const;

const count = (name: string, description: string): DemoColumn => ({
  name,
  type: 'integer',
  sqlType: 'INTEGER',
  description,
});

export const DEMO_TABLES: readonly DemoTable[] = [
  {
    name: 'social_posts',
    description:
      'One row per social media post the merchant published, with its lifetime engagement. Engagement = likes + comments + shares + saves; engagement rate = engagement / reach.',
    primaryKey: ['post_id'],
    columns: [
      { name: 'post_id', type: 'text', sqlType: 'TEXT', description: 'Unique post id.' },
      USER_ID,
      { name: 'platform', type: 'text', sqlType: 'TEXT', description: 'Where it was posted.', values: PLATFORMS },
      {
        name: 'media_type',
        type: 'text',
        sqlType: 'TEXT',
        description: 'Kind of post (TikTok posts are always video).',
        values: MEDIA_TYPES,
      },
      { name: 'caption', type: 'text', sqlType: 'TEXT', description: 'Post text; usually names the featured product.' },
      { name: 'posted_at', type: 'timestamp', sqlType: 'TIMESTAMP', description: 'When it was published (UTC).' },
      count('likes', 'Likes.'),
      count('comments', 'Comments.'),
      count('shares', 'Shares.'),
      count('saves', 'Saves (bookmarks).'),
      count('reach', 'Unique accounts that saw the post.'),
      count('impressions', 'Times the post was shown (at least reach).'),
      count('video_views', 'Video views; 0 for image and carousel posts.'),
    ],
  },
  {
    name: 'products',
    description: 'The product catalogue.',
    primaryKey: ['product_id'],
    columns: [
      { name: 'product_id', type: 'text', sqlType: 'TEXT', description: 'Unique product id.' },
      USER_ID,
      { name: 'title', type: 'text', sqlType: 'TEXT', description: 'Product name.' },
      { name: 'category', type: 'text', sqlType: 'TEXT', description: 'Product category.', values: CATEGORIES },
      { name: 'price', type: 'decimal', sqlType: 'NUMERIC(10,2)', description: 'Current list price.' },
      { name: 'cost', type: 'decimal', sqlType: 'NUMERIC(10,2)', description: 'Unit cost, for gross profit.' },
      {
        name: 'created_at',
        type: 'timestamp',
        sqlType: 'TIMESTAMP',
        description: 'When the product was launched (UTC).',
      },
    ],
  },
  {
    name: 'customers',
    description: 'People who have an account with the merchant. New customers are counted by created_at.',
    primaryKey: ['customer_id'],
    columns: [
      { name: 'customer_id', type: 'text', sqlType: 'TEXT', description: 'Unique customer id.' },
      USER_ID,
      {
        name: 'country',
        type: 'text',
        sqlType: 'TEXT',
        description: 'ISO 3166 alpha-2 country code.',
        values: COUNTRIES,
      },
      {
        name: 'acquisition_channel',
        type: 'text',
        sqlType: 'TEXT',
        description: 'How the customer first found the store.',
        values: ACQUISITION_CHANNELS,
      },
      {
        name: 'created_at',
        type: 'timestamp',
        sqlType: 'TIMESTAMP',
        description: 'When the customer signed up (UTC).',
      },
    ],
  },
  {
    name: 'orders',
    description:
      'One row per order. Revenue, order count and average order value count paid orders only; refund rate = refunded / (paid + refunded). total = subtotal - discount + shipping.',
    primaryKey: ['order_id'],
    columns: [
      { name: 'order_id', type: 'text', sqlType: 'TEXT', description: 'Unique order id.' },
      USER_ID,
      { name: 'customer_id', type: 'text', sqlType: 'TEXT', description: 'The buyer (customers.customer_id).' },
      { name: 'ordered_at', type: 'timestamp', sqlType: 'TIMESTAMP', description: 'When the order was placed (UTC).' },
      {
        name: 'status',
        type: 'text',
        sqlType: 'TEXT',
        description: 'paid, refunded (money returned) or cancelled (never charged).',
        values: ORDER_STATUSES,
      },
      {
        name: 'sales_channel',
        type: 'text',
        sqlType: 'TEXT',
        description: 'Where the order was placed.',
        values: SALES_CHANNELS,
      },
      {
        name: 'attributed_post_id',
        type: 'text',
        sqlType: 'TEXT',
        nullable: true,
        description: 'The social post that drove the order (social_posts.post_id), or NULL.',
      },
      {
        name: 'subtotal',
        type: 'decimal',
        sqlType: 'NUMERIC(12,2)',
        description: 'Sum of the items: quantity × unit_price.',
      },
      { name: 'discount', type: 'decimal', sqlType: 'NUMERIC(12,2)', description: 'Discount taken off the subtotal.' },
      { name: 'shipping', type: 'decimal', sqlType: 'NUMERIC(12,2)', description: 'Shipping charged.' },
      {
        name: 'total',
        type: 'decimal',
        sqlType: 'NUMERIC(12,2)',
        description: 'What the customer paid: subtotal - discount + shipping.',
      },
    ],
  },
  {
    name: 'order_items',
    description: 'The lines of each order. Product revenue and units sold count items of paid orders only.',
    primaryKey: ['order_id', 'product_id'],
    columns: [
      { name: 'order_id', type: 'text', sqlType: 'TEXT', description: 'The order (orders.order_id).' },
      USER_ID,
      { name: 'product_id', type: 'text', sqlType: 'TEXT', description: 'The product (products.product_id).' },
      count('quantity', 'Units bought (at least 1).'),
      {
        name: 'unit_price',
        type: 'decimal',
        sqlType: 'NUMERIC(10,2)',
        description: 'Price paid per unit, before the order discount.',
      },
    ],
  },
];

/** Column names per table, for the guard's allow-list. */
export const DEMO_COLUMNS: ReadonlyMap<DemoTableName, readonly string[]> = new Map(
  DEMO_TABLES.map((table) => [table.name, table.columns.map((column) => column.name)]),
);

/**
 * CREATE TABLE statements for the five tables in `schema` (unquoted names inside it). The DDL is the same
 * in both dialects except for the indexes PostgreSQL needs for tenant-filtered scans; DuckDB's zone maps
 * do that job because the loader writes each tenant's rows together.
 */
export function demoSchemaDdl(dialect: Dialect, schema?: string): string[] {
  const prefix = schema ? `${quoteIdentifier(schema)}.` : '';
  const statements = DEMO_TABLES.map((table) => {
    const columns = table.columns.map(
      (column) => `  ${column.name} ${column.sqlType}${column.nullable ? '' : ' NOT NULL'}`,
    );
    columns.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
    return `CREATE TABLE IF NOT EXISTS ${prefix}${table.name} (\n${columns.join(',\n')}\n)`;
  });
  if (dialect === 'postgres') {
    statements.push(
      `CREATE INDEX IF NOT EXISTS social_posts_user_posted ON ${prefix}social_posts (user_id, posted_at)`,
      `CREATE INDEX IF NOT EXISTS products_user ON ${prefix}products (user_id)`,
      `CREATE INDEX IF NOT EXISTS customers_user_created ON ${prefix}customers (user_id, created_at)`,
      `CREATE INDEX IF NOT EXISTS orders_user_ordered ON ${prefix}orders (user_id, ordered_at)`,
      `CREATE INDEX IF NOT EXISTS order_items_user ON ${prefix}order_items (user_id, order_id)`,
    );
  }
  return statements;
}
