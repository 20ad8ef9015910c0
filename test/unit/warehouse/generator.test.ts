import { describe, expect, test } from 'vitest';
import { demoChecksum, defaultEndDate, generateDemoData, DEMO_TENANTS } from '../../../src/demo/generator.js';

const ONE = { scale: 1, endDate: '2026-06-30', seed: 'askql' };

describe('the demo dataset', () => {
  const data = generateDemoData(ONE);
  const demo = <T extends { user_id: string }>(rows: T[]) => rows.filter((row) => row.user_id === 'demo');

  test('the same arguments give byte-identical data, other seeds or dates give other data', () => {
    const small = { scale: 0.05, endDate: '2026-06-30', seed: 'askql' };
    const checksum = demoChecksum(small);
    expect(demoChecksum(small)).toBe(checksum);
    expect(demoChecksum({ ...small, seed: 'other' })).not.toBe(checksum);
    expect(demoChecksum({ ...small, endDate: '2026-07-01' })).not.toBe(checksum);
  });

  test('the data is pinned: a generator change that alters it must update this checksum on purpose', () => {
    // Evaluations and documented answers depend on these exact rows; the value also catches any platform
    // dependence creeping into the generator.
    expect(demoChecksum({ scale: 0.05, endDate: '2026-06-30', seed: 'askql' })).toBe(
      '933500aa7e8292f8c9de2daaac27e84bccb9a7cd7e67fc62d42122f9b200bb87',
    );
  });

  test('at scale 1 the demo tenant has about 800 posts, 60 products, 4,000 customers and 25,000 orders', () => {
    expect(demo(data.social_posts)).toHaveLength(800);
    expect(demo(data.products)).toHaveLength(60);
    expect(demo(data.customers)).toHaveLength(4000);
    expect(demo(data.orders).length).toBeGreaterThan(24_000);
    expect(demo(data.orders).length).toBeLessThan(26_000);
  });

  test('there are at least three tenants, each with different data', () => {
    expect(DEMO_TENANTS).toEqual(expect.arrayContaining(['demo', 'northwind', 'lumen']));
    const sizes = DEMO_TENANTS.map((tenant) => data.orders.filter((order) => order.user_id === tenant).length);
    expect(new Set(sizes).size).toBe(DEMO_TENANTS.length);
  });

  test('two years of data end on the end date', () => {
    const times = data.orders.map((order) => order.ordered_at).sort();
    expect(times.at(-1)?.slice(0, 10)).toBe('2026-06-30');
    expect(times[0]?.slice(0, 10)).toBe('2024-07-01');
    expect(defaultEndDate(new Date('2026-03-01T10:00:00Z'))).toBe('2026-02-28');
  });

  test('order totals add up: total = subtotal − discount + shipping, subtotal = Σ quantity × unit_price', () => {
    const items = new Map<string, number>();
    for (const item of data.order_items)
      items.set(item.order_id, (items.get(item.order_id) ?? 0) + Math.round(item.quantity * item.unit_price * 100));
    const wrong = data.orders.filter(
      (order) =>
        Math.round(order.total * 100) !==
          Math.round(order.subtotal * 100) - Math.round(order.discount * 100) + Math.round(order.shipping * 100) ||
        items.get(order.order_id) !== Math.round(order.subtotal * 100),
    );
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  test('about 5% of orders are refunded, about 2% cancelled, and some carry a discount', () => {
    const orders = demo(data.orders);
    const share = (status: string) => orders.filter((order) => order.status === status).length / orders.length;
    expect(share('refunded')).toBeGreaterThan(0.04);
    expect(share('refunded')).toBeLessThan(0.06);
    expect(share('cancelled')).toBeGreaterThan(0.01);
    expect(share('cancelled')).toBeLessThan(0.03);
    const discounted = orders.filter((order) => order.discount > 0).length / orders.length;
    expect(discounted).toBeGreaterThan(0.1);
    expect(discounted).toBeLessThan(0.4);
  });

  test('customers come back: most buyers order more than once', () => {
    const counts = new Map<string, number>();
    for (const order of demo(data.orders)) counts.set(order.customer_id, (counts.get(order.customer_id) ?? 0) + 1);
    const returning = [...counts.values()].filter((count) => count > 1).length;
    expect(returning / counts.size).toBeGreaterThan(0.5);
  });

  test('posts follow the platform rules, and reels and videos outperform images on average', () => {
    const posts = demo(data.social_posts);
    expect(posts.filter((post) => post.platform === 'tiktok').every((post) => post.media_type === 'video')).toBe(true);
    expect(
      posts.filter((post) => ['image', 'carousel'].includes(post.media_type)).every((post) => post.video_views === 0),
    ).toBe(true);
    const engagement = (type: string) => {
      const group = posts.filter((post) => post.media_type === type);
      return group.reduce((sum, post) => sum + post.likes + post.comments + post.shares + post.saves, 0) / group.length;
    };
    expect(engagement('reel')).toBeGreaterThan(engagement('image'));
    expect(engagement('video')).toBeGreaterThan(engagement('image'));
    const reach = posts.map((post) => post.reach).sort((a, b) => a - b);
    expect(reach.at(-1) as number).toBeGreaterThan(8 * (reach[Math.floor(reach.length / 2)] as number));
  });

  test('attributed orders come after their post and mostly contain the product it featured', () => {
    const posts = new Map(data.social_posts.map((post) => [post.post_id, post]));
    const attributed = demo(data.orders).filter((order) => order.attributed_post_id !== null);
    expect(attributed.length / demo(data.orders).length).toBeGreaterThan(0.1);
    const early = attributed.filter(
      (order) => order.ordered_at <= (posts.get(order.attributed_post_id as string)?.posted_at ?? ''),
    );
    expect(early).toEqual([]);
  });

  test('sales peak in the holiday season and grow year over year', () => {
    const revenue = (prefix: string) =>
      demo(data.orders)
        .filter((order) => order.status === 'paid' && order.ordered_at.startsWith(prefix))
        .reduce((sum, order) => sum + order.total, 0);
    expect(revenue('2025-12')).toBeGreaterThan(revenue('2025-09'));
    expect(revenue('2026-05')).toBeGreaterThan(revenue('2025-05'));
  });
});
