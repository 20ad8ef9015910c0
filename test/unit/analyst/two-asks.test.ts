import { describe, expect, it } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';
import { useDemoWarehouse } from './demo-warehouse.js';

/**
 * Two things asked at once ("how many posts … and how many likes did they get", "refund count and refund amount",
 * "which country had the most orders and which had the highest AOV"): both answered in one plan when one plan
 * holds them, or the asker picks which first. Never one of them answered as if it were all that was asked.
 */

const ask = (question: string): PlanDecision =>
  parseQuestion({ question, history: [], today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });

describe('two things asked at once', () => {
  const demo = useDemoWarehouse();

  it('"refund count and refund amount last month": both, 55 orders and $6,311.56 (was the count alone)', async () => {
    const decision = ask('refund count and refund amount last month');
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
    if (decision.kind === 'query') expect((await demo.run(demo.compiled(decision.plan))).rows).toEqual([[55, 6311.56]]);
  });

  it('"refunds as a count and as dollars, Q3 2025": both (was the count alone)', () => {
    expect(ask('Refunds as a count and as dollars, Q3 2025')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'revenue'], filters: [{ dimension: 'order_status', values: ['refunded'] }] },
    });
  });

  it('"how many orders and how much revenue last month": both (was orders twice)', () => {
    expect(ask('how many orders and how much revenue last month')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['orders', 'revenue'] },
    });
  });

  it('"how many posts … last week and how many likes did they get": both, over the same week (was likes alone)', () => {
    expect(ask('how many posts did i put out last week and how many likes did they get')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts', 'likes'], timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } },
    });
  });

  it('"… and what was their average reach": of the same reels (was the average reach alone, of every post)', () => {
    expect(ask('how many reels did i post this month and what was their average reach')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['posts', 'avg_reach'], filters: [{ dimension: 'media_type', values: ['reel'] }] },
    });
  });

  it('"which country had the most orders … and which had the highest aov" asks which first (was the leader\'s own AOV)', () => {
    expect(ask('which country had the most orders last month and which had the highest aov')).toMatchObject({
      kind: 'clarify',
      options: [
        { question: 'which country had the most orders last month' },
        { question: 'which country had the highest aov last month' },
      ],
    });
  });

  it('"which plan brought in more last quarter and by how much": the two, with the gap (was the leader alone)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({
        question: 'which plan brought in more last quarter and by how much',
        history: [],
        today: '2025-09-16',
        layer,
      }),
    ).toMatchObject({ kind: 'query', plan: { metrics: ['billed'], dimensions: ['plan'], limit: 2 } });
  });

  it('"invoice count and average invoice this quarter" asks which first (was the average twice, garbled)', async () => {
    const layer = await loadSubscriptionsLayer();
    expect(
      parseQuestion({
        question: 'invoice count and average invoice this quarter',
        history: [],
        today: '2025-09-16',
        layer,
      }),
    ).toMatchObject({
      kind: 'clarify',
      options: [{ question: 'invoice count this quarter' }, { question: 'average invoice this quarter' }],
    });
  });

  it('"and everyone else" after "the us", then "and the uk": every other country (was "not other users\' data")', () => {
    const turns: Turn[] = [];
    for (const question of ['revenue from the us last month', 'and the uk']) {
      const decision = parseQuestion({ question, history: turns, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER });
      turns.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
    }
    expect(
      parseQuestion({ question: 'and everyone else', history: turns, today: '2026-03-15', layer: DEMO_SEMANTIC_LAYER }),
    ).toMatchObject({
      kind: 'query',
      plan: { metrics: ['revenue'], filters: [{ dimension: 'country', operator: 'neq', values: ['US', 'GB'] }] },
    });
  });

  it('one thing asked with "and" stays one: "top 3 countries … and their share", "likes and shares by platform"', () => {
    expect(ask('top 3 countries by new customers this year and their share')).toMatchObject({
      kind: 'query',
      plan: { limit: 3, share: { dimension: null } },
    });
    expect(ask('likes and shares by platform')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['likes', 'shares'] },
    });
  });
});
