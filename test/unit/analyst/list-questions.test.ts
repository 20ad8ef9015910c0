import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/** A question that asks for a list gets the rows themselves, every one of them, not a ranking or a figure. */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

describe('lists of rows', () => {
  it('"list my reels from last month" lists the posts of that type, not a question about which figure', () => {
    const decision = ask('list my reels from last month');
    expect(decision.kind, JSON.stringify(decision)).toBe('query');
    if (decision.kind !== 'query') return;
    expect(decision.plan).toMatchObject({
      dimensions: ['post'],
      filters: [{ dimension: 'media_type', values: ['reel'] }],
      limit: null,
    });
  });

  it('"list my refunded orders from last week" lists every one of them, not a top 10', () => {
    const decision = ask('list my refunded orders from last week');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan).toMatchObject({ dimensions: ['order_id'], limit: null });
  });
});

describe('rankings within groups', () => {
  it('"top 3 posts per platform" is declined rather than answered with the 3 best posts overall', () => {
    const decision = ask('top 3 posts per platform');
    expect(decision.kind).toBe('reply');
    if (decision.kind === 'reply') expect(decision.text).toMatch(/within each platform/);
  });

  it('"top 3 platforms by engagement" still ranks', () => {
    expect(ask('top 3 platforms by engagement').kind).toBe('query');
  });
});

describe('one period picked by a superlative after it', () => {
  it('"the month with the highest revenue" is one month, not every month sorted', () => {
    const decision = ask('the month with the highest revenue');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan).toMatchObject({ grain: 'month', limit: 1 });
  });

  it('"months with the highest revenue" lists several', () => {
    const decision = ask('months with the highest revenue');
    expect(decision.kind).toBe('query');
    if (decision.kind === 'query') expect(decision.plan.limit).not.toBe(1);
  });
});
