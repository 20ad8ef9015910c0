import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { QueryResult } from '../../../src/warehouse/warehouse.js';
import { toResult } from '../../../src/warehouse/duckdb.js';

/**
 * Real DuckDB results for analyst tests: a small in-memory shop (orders and posts) built with SQL, and a
 * runner that turns any SELECT over it into a QueryResult exactly as the DuckDB warehouse does.
 */

const SHOP_SQL = `
CREATE TABLE orders AS
SELECT
  'o' || i AS order_id,
  'demo' AS user_id,
  TIMESTAMP '2025-01-01 09:00:00' + INTERVAL (i % 365) DAY AS ordered_at,
  CASE WHEN i % 20 = 0 THEN 'refunded' ELSE 'paid' END AS status,
  CASE i % 10 WHEN 0 THEN 'tiktok_shop' WHEN 1 THEN 'tiktok_shop' WHEN 2 THEN 'instagram_shop' WHEN 3 THEN 'instagram_shop' WHEN 4 THEN 'instagram_shop' ELSE 'online_store' END AS sales_channel,
  CAST(20 + (i * 37 % 80) + (i % 365) * 0.15 AS DECIMAL(12, 2)) AS total
FROM range(1, 3001) t(i);

CREATE TABLE social_posts AS
SELECT
  'p' || i AS post_id,
  'demo' AS user_id,
  CASE i % 3 WHEN 0 THEN 'instagram' WHEN 1 THEN 'tiktok' ELSE 'facebook' END AS platform,
  CASE WHEN i % 3 = 1 THEN 'video' WHEN i % 4 = 0 THEN 'reel' WHEN i % 4 = 1 THEN 'image' ELSE 'carousel' END AS media_type,
  'Post number ' || i || ': new drop 2.0' AS caption,
  TIMESTAMP '2025-01-01 12:00:00' + INTERVAL (i * 3) DAY AS posted_at,
  CAST(100 + (i * 53 % 400) + CASE WHEN i = 42 THEN 25000 ELSE 0 END AS INTEGER) AS likes,
  CAST(5 + i % 17 AS INTEGER) AS comments,
  CAST(2 + i % 11 AS INTEGER) AS shares,
  CAST(1 + i % 7 AS INTEGER) AS saves,
  CAST(2000 + (i * 71 % 3000) AS INTEGER) AS reach
FROM range(1, 121) t(i);
`;

export interface ShopDatabase {
  query(sql: string): Promise<QueryResult>;
  close(): void;
}

/** An in-memory DuckDB holding the small shop above. */
export async function openShop(): Promise<ShopDatabase> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  await connection.run(SHOP_SQL);
  return {
    async query(sql) {
      return toResult(await connection.runAndReadAll(sql), Number.POSITIVE_INFINITY);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
