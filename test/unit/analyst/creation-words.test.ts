import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/** Rows whose time column records their creation arrive, in plain English, by signing up or joining. */

const TODAY = '2026-03-15';

function ask(question: string): PlanDecision {
  return parseQuestion({ question, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER });
}

describe('signing up and joining', () => {
  it.each(['how many customers signed up last month', 'how many customers joined last month'])(
    '"%s" counts the customers created last month',
    (question) => {
      const decision = ask(question);
      expect(decision.kind, JSON.stringify(decision)).toBe('query');
      if (decision.kind !== 'query') return;
      expect(decision.plan).toMatchObject({
        metrics: ['new_customers'],
        timeRange: { kind: 'relative', anchor: 'last', unit: 'month', count: 1 },
      });
    },
  );
});
