import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/analyst/answer/format.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Rows picked by what their text says ("posts that say "new in""), and a figure per row ranked, answered on the
 * demo DuckDB warehouse: the rows counted are those of hand-written SQL, and the answer says what was counted once.
 */

const { planOf, run, compiled, answer } = useDemoWarehouse();

describe('posts picked by their caption', () => {
  it('"how many posts say "new in" this year" counts the posts whose caption names it, any case, said once', async () => {
    const question = 'how many posts say "new in" this year';
    const plan = planOf(question);
    const result = await run(compiled(plan));
    const gold = await run(
      `SELECT COUNT(*) FROM social_posts WHERE lower(caption) LIKE '%new in%'
       AND posted_at >= TIMESTAMP '2026-01-01' AND posted_at < TIMESTAMP '2026-03-15'`,
    );
    const count = Number(gold.rows[0]?.[0]);
    expect(count).toBeGreaterThan(0);
    expect(Number(result.rows[0]?.[0])).toBe(count);
    expect(await answer(question)).toBe(`Posts mentioning "new in" this year so far were ${formatCount(count)}.`);
  });

  it('a figure of those posts says which posts it is of', async () => {
    expect(await answer('likes on posts that mention "new in" this year')).toMatch(
      /^Likes for posts mentioning "new in" this year so far were [\d,]+\.$/,
    );
  });
});

describe('a figure per row, ranked', () => {
  it('"which country spends the most per order" names the country with the highest revenue per order', async () => {
    expect(await answer('which country spends the most per order')).toMatch(
      /^[A-Z][a-z ]+ has the highest revenue per order: \$[\d,]+\.\d{2}\.$/,
    );
  });
});
