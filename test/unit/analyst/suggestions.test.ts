import { describe, expect, test } from 'vitest';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { suggestFollowUps } from '../../../src/analyst/answer/suggestions.js';
import type { QueryResult } from '../../../src/warehouse/warehouse.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

const TODAY = '2026-11-26';
const EMPTY: QueryResult = { columns: [], rows: [], rowCount: 0, truncated: false };
const QUESTIONS = [
  'revenue by sales channel last month',
  'how many orders last week',
  'revenue by month this year',
  'engagement rate by media type',
  'instagram vs tiktok engagement',
  'new customers by acquisition channel last quarter',
  'revenue last month compared to the previous month',
];

describe('suggestions', () => {
  test.each(QUESTIONS)('after "%s": two or three follow-ups, each one the offline parser answers', (question) => {
    const decision = parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
    if (decision.kind !== 'query') throw new Error(`the parser declined "${question}": ${decision.text}`);
    const suggestions = suggestFollowUps(decision.plan, EMPTY, { layer: DEMO_SEMANTIC_LAYER });
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions).size).toBe(suggestions.length);
    for (const suggestion of suggestions) {
      const followUp = parseQuestion({ question: suggestion, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
      expect(followUp.kind, `"${suggestion}" was not understood`).toBe('query');
      if (followUp.kind === 'query') expect(followUp.plan).not.toEqual(decision.plan);
    }
  });

  test('a breakdown suggests following its leader over time', () => {
    const decision = parseQuestion({
      question: 'revenue by sales channel',
      history: [],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
    if (decision.kind !== 'query') throw new Error('declined');
    const result: QueryResult = {
      columns: [
        { name: 'sales_channel', type: 'text' },
        { name: 'revenue', type: 'decimal' },
      ],
      rows: [
        ['online_store', 100],
        ['tiktok_shop', 900],
        ['instagram_shop', 300],
      ],
      rowCount: 3,
      truncated: false,
    };
    const suggestions = suggestFollowUps(decision.plan, result, { layer: DEMO_SEMANTIC_LAYER });
    expect(suggestions[0]).toBe('TikTok Shop revenue by month');
    const followUp = parseQuestion({
      question: suggestions[0]!,
      history: [],
      today: TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
    expect(followUp).toMatchObject({
      kind: 'query',
      plan: { grain: 'month', filters: [{ dimension: 'sales_channel', values: ['tiktok_shop'] }] },
    });
  });
});
