import { describe, expect, it } from 'vitest';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Sentences an audit of 25 answers found misleading (session 14), answered again on the demo DuckDB warehouse:
 * each now says only what the rows show.
 */

const { answer } = useDemoWarehouse();

describe('what the answer claims about the rows', () => {
  it('a top 3 never calls the average of the three the average per country', async () => {
    const text = await answer('Which three countries generated the most gross profit in Q4 2025?');
    expect(text).toMatch(/across these 3/);
    expect(text).not.toMatch(/average/);
  });

  it('another figure of the leader is said only where it leads that figure too', async () => {
    const text = await answer('likes, comments and shares by platform last month');
    expect(text).toMatch(/^Instagram \(platform\) leads likes/);
    // TikTok had more comments and shares last month: Instagram "also has" them would read as leading them.
    expect(text).not.toMatch(/also has/);
  });

  it('refunds and cancellations side by side: more of one is "the most", never "leads" or "ahead"', async () => {
    const text = await answer('this week: how many refunded orders and how many cancelled ones');
    expect(text).toMatch(/^Refunded has the most orders this week so far with 13, 65\.0% of the 20 across these 2\./);
    expect(text).toMatch(/Refunded is higher by 6/);
    expect(text).not.toMatch(/\bleads\b|\bahead\b/);
  });

  it('a condition on the rows is said before the first sentence that names the figure', async () => {
    expect(await answer('Revenue from orders where shipping was charged, last month')).toBe(
      'Counting only orders with shipping charged: Revenue last month was $23,846.40.',
    );
  });
});
