import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Sentences an audit of 25 answers found misleading (session 14), answered again on the demo DuckDB warehouse:
 * each now says only what the rows show.
 */

const listing = useDemoWarehouse();
const { answer } = listing;

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

  it('a figure the leader does not lead is still said: each value, or the highest and lowest (was left out)', async () => {
    expect(await answer('how do my reels compare to my carousels on likes and saves')).toMatch(
      /Reel is ahead by 244,146 \(135\.3% more\)\. Saves: Carousel 44,147 and Reel 37,736\.$/,
    );
    expect(await answer('gross profit and gross margin by category this year')).toMatch(
      /Gross margin: highest Home 55\.3%, lowest Apparel 54\.6%\.$/,
    );
  });

  it('two whole months are a change, never a trend (9.5% down was "downward", 4.9% "no steady trend", 4.8% "flat")', async () => {
    expect(await answer('revenue by month this year')).toMatch(
      /It went from \$119,932\.03 in January 2026 to \$108,535\.53 in February 2026 \(down 9\.5%\)/,
    );
    expect(await answer('orders by month this year')).toMatch(/It went from 1,103 in January 2026 to 1,049/);
    expect(await answer('aov by month this year')).toMatch(/went from \$108\.73 in January 2026 to \$103\.47/);
    expect(await answer('aov by month this year')).not.toMatch(/trend|flat/);
  });

  it('a top 3 with two more figures says both for every row (was the first one only)', async () => {
    expect(await answer('top 3 posts by likes last month with their reach and comments')).toMatch(
      /Reach of these 3: .* Comments of these 3: “Vintage Midi Dress — now 15% off for 48…” 1,212, “Sunday reset ☕” 927 and .* 1,011\.$/,
    );
  });

  it('a bottom 2 names the other row with its figure, "higher" (was the lowest twice, the other left out; then "ahead")', async () => {
    expect(await answer('bottom 2 countries by revenue last month')).toMatch(
      // (No share of the two lowest: a share of the bottom rows says nothing of the lowest.)
      /^Germany has the lowest revenue last month at \$6,471\.68\. France has \$6,556\.62, so France is higher by \$84\.94/,
    );
  });

  it('"saturdays vs sundays": the days compared by name, though their cells are numbers (was "Day of week was 6")', async () => {
    expect(await answer('engagement on saturdays vs sundays')).toMatch(
      /^Saturday leads engagement with 261,519, 54\.0% of the 484,514 across these 2\. Sunday has 222,995/,
    );
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

describe('rows asked for are listed, newest first, never ranked', () => {
  it('"list my refunded orders from last week" names how many, newest first, and how many more it did not name', async () => {
    const { planOf: plan, run: query, compiled: sql } = listing;
    const asked = plan('list my refunded orders from last week');
    expect(asked).toMatchObject({ dimensions: ['order_id'], sort: { by: 'order_ordered_at', direction: 'desc' } });
    const rows = (await query(sql(asked))).rowCount;
    expect(rows).toBeGreaterThan(10);
    const text = await answer('list my refunded orders from last week');
    expect(text).toMatch(new RegExp(`^${rows} order IDs for order status Refunded last week, most recent first: `));
    expect(text).toMatch(new RegExp(`, and ${rows - 10} more\\.$`));
    expect(text).not.toMatch(/\bleads\b/);
  });

  it('rows picked by a condition on a figure are not reordered by time', () => {
    // The answer ranks them by the figure the condition is on, as before.
    expect(listing.planOf('list customers who spent over 1000 dollars last year').sort).toBeNull();
  });
});

describe('rows with none of a figure, more than a sentence names', () => {
  it('"orders that used free shipping last month" names ten, then how many more, the count cited and checked', async () => {
    const { planOf: plan, run: query, compiled: sql } = listing;
    const rows = (await query(sql(plan('orders that used free shipping last month')))).rowCount;
    expect(rows).toBeGreaterThan(110);
    // `answer` fails when the check rejects the text (it did: "and 558 more" was not a figure it could trace).
    const text = await answer('orders that used free shipping last month');
    expect(text).toMatch(new RegExp(`^${rows} order IDs had no shipping charged last month: `));
    expect(text).toMatch(new RegExp(`ord_dm_\\d+, and ${rows - 10} more\\.`));
    expect(text).not.toMatch(/, and ord_dm_\d+, and/);
  });
});

describe('the two misleading sentences of the eleventh-set audit (session 15)', () => {
  it('"which accessories cost under $30" names every one of the four, with its price, not a race of three', async () => {
    const text = await answer('which accessories cost under $30');
    expect(text).toBe(
      'Counting only products whose price is under $30.00: 4 products for category Accessories, lowest price first: Coastal Beanie ($16.99), Soft Beanie ($20.00), Cedar Backpack ($20.99) and Urban Watch Strap ($23.95).',
    );
  });

  it('"refunds vs cancellations per sales channel" never praises the most refunds, nor averages channel-and-status pairs', async () => {
    const text = await answer('refunds vs cancellations per sales channel last month');
    expect(text).toMatch(/^Online store · Refunded has the most orders last month with 39/);
    expect(text).toMatch(/Online store · Cancelled has the next most with 17\./);
    expect(text).not.toMatch(/\bleads\b|\bahead\b|comes second|the average of/);
  });
});

describe('periods ranked, and a value set beside the one before', () => {
  it('"what were the top 3 days for sales in 2025" ranks the days, never a trend through them', async () => {
    const text = await answer('what were the top 3 days for sales in 2025');
    expect(text).toBe(
      'Sep 3, 2025 had the highest revenue in 2025 with $23,723.84. Then Aug 1, 2025 with $20,775.88 and Nov 14, 2025 with $15,836.12.',
    );
  });

  it('"compare with tiktok" after Instagram\'s engagement rate sets the two side by side, said so', () => {
    const first = parseQuestion({
      question: 'engagement rate on instagram this year',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    if (first.kind !== 'query') throw new Error(first.text);
    const next = parseQuestion({
      question: 'compare with tiktok',
      history: [{ question: 'engagement rate on instagram this year', plan: first.plan, answer: '' }],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(next).toMatchObject({
      kind: 'query',
      plan: { filters: [], comparison: { kind: 'values', dimension: 'platform', values: ['instagram', 'tiktok'] } },
      change: 'Same period, comparing Instagram and TikTok',
    });
  });
});

describe('the one best period', () => {
  it('"best month for revenue last year" says which month had the highest, not just its revenue', async () => {
    expect(await answer('best month for revenue last year')).toBe(
      'November 2025 had the highest revenue last year with $208,342.83.',
    );
  });
});

describe('the period a figure is compared with, as the plan has it', () => {
  it('"revenue this month vs all time" says all time, never "the same days a month earlier"', async () => {
    const text = await listing.answer('revenue this month vs all time');
    expect(text).toContain('over all time');
    expect(text).not.toContain('earlier');
  });
});

describe('a series says only what its figures show', () => {
  it('a trend is named only when the change it quotes agrees in size ("broadly flat … up 16.2%" is no steady trend)', async () => {
    const text = await listing.answer('how many orders each day over the last 2 weeks');
    expect(text).toContain('There is no steady trend: from 37 on Feb 23, 2026 to 43 on Mar 8, 2026 (up 16.2%)');
  });

  it('a last week that runs past the period is set aside and said to be, as a first one is', async () => {
    const text = await listing.answer('weekly orders in january');
    expect(text).toContain('The week of Jan 26, 2026 lies only partly in the period: 234');
    expect(text).toContain('The final whole week of the period, the week of Jan 19, 2026,');
    expect(text).not.toContain('The latest week, the week of Jan 26');
  });
});

describe('a breakdown speaks of every value', () => {
  it('a country with no new customers last week is the lowest, at 0, and counts in the average', async () => {
    const text = await answer('new customers by country last week');
    expect(text).toMatch(/Germany is lowest at 0\./);
    expect(text).toMatch(/3\.3× the average of 7\.67 per country/);
  });
});

describe('the last N weeks or months', () => {
  it('are said as whole ones, the one running left out', async () => {
    expect(await answer('rev last 2 wks')).toMatch(/^Revenue in the last 2 full weeks was /);
  });
});

describe('a share of everything after a top 5', () => {
  it("says what the shown rows make up of all of it, not only the leader's share of the five", async () => {
    const decision = parseQuestion({
      question: 'top 5 products by units sold in 2025 as a share',
      history: [],
      today: '2026-03-15',
      layer: DEMO_SEMANTIC_LAYER,
    });
    if (decision.kind !== 'query') throw new Error(decision.text);
    const text = await answer('top 5 products by units sold in 2025 as a share', {
      plan: decision.plan,
      result: await listing.run(listing.compiled(decision.plan)),
    });
    expect(text).toMatch(/Together these 5 make up 28\.2% of all units sold\.$/);
  });
});

describe('the top one against the period before', () => {
  it('"best selling category last month vs the month before" says its figure then too (was left out)', async () => {
    expect(await answer('best selling category last month vs the month before')).toBe(
      'Apparel has the most units sold last month: 642, down 7 (1.1%) from 649 the month before.',
    );
  });
});

describe('session 41: what the sentence audit found', () => {
  it('no peak is named among the whole weeks when a part-week holds more (was "the peak was 10" beside a part-week of 13)', async () => {
    const said = await answer('posts per week last month');
    expect(said).toContain('The week of Feb 23, 2026 lies only partly in the period: 13');
    expect(said).not.toMatch(/The peak was/);
  });

  it('"so far" said once; a rate with nothing to work it out from says so (was "had no value")', async () => {
    expect(await answer('revenue by quarter this year')).toBe('Revenue this year so far was $294,724.05.');
    expect(await answer('engagement rate for tiktok yesterday')).toBe(
      'Engagement rate for platform TikTok yesterday had no value: there was nothing to work it out from.',
    );
  });

  it('values of one sentence are written with the same decimals ("4.07 … 3.80", never "3.8")', async () => {
    expect(await answer('orders per customer by country last year')).not.toMatch(/\b\d+\.\d(?!\d)/);
  });
});

describe('session 41: small counts', () => {
  it('a count under ten moves by how many, never by a percent of itself ("from 2 … to 3 (up 50.0%)")', async () => {
    expect(await answer('new products by month last year')).toContain(
      'from 2 in January 2025 to 3 in December 2025 (up 1)',
    );
    expect(await answer('orders from australia vs canada yesterday')).toContain('so Canada is ahead by 8.');
  });
});

describe('session 42: what the sentence audit found', () => {
  it('products with nothing have no row: "lowest" and the average are of the products shown (was "lowest", "per product")', async () => {
    const text = await answer('product revenue by product last month');
    expect(text).toMatch(/ is lowest of these \d+ at /);
    expect(text).toMatch(/the average of \$[\d,.]+ across these \d+\./);
    // (Listed values are every value, zeros filled in: "per sales channel", "is lowest at".)
    const listed = await answer('revenue by sales channel last month');
    expect(listed).toMatch(/per sales channel\. .* is lowest at /);
  });
});

describe('session 43: what the sentence audit found', () => {
  it('"did revenue grow every month last year" says which months did not (was only "the trend is upward")', async () => {
    const text = await answer('did revenue grow every month last year');
    expect(text).toContain(
      'Not every month: it fell or held in 6 of the 11 month-on-month changes (February 2025, April 2025, June 2025, September 2025, October 2025 and December 2025).',
    );
    // (Asked of the series alone, nothing is said of every step.)
    expect(await answer('revenue by month last year')).not.toContain('every month');
  });

  it('a breakdown cut off at the row cap shares nothing of the rows returned (was "0.6% of the $226,229.31 across these 1,000")', async () => {
    const text = await answer('revenue by customer this year');
    expect(text).not.toContain('across these');
    expect(text).toContain('Only the first 1,000 rows were returned');
  });
});
