import { describe, expect, it } from 'vitest';
import type { PlanDecision } from '../../../src/analyst/analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

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

describe('accounts created, and people joining with no figure named', () => {
  it('"how many customer accounts were created in december" counts the customers created then', () => {
    expect(ask('how many customer accounts were created in december')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'] },
    });
  });

  it('"who joined in february" counts the customers created in February', () => {
    expect(ask('who joined in february')).toMatchObject({ kind: 'query', plan: { metrics: ['new_customers'] } });
  });

  it('"who signed up more in april, pro or basic" (example layer) compares new subscribers, not the amount billed', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'who signed up more in april, pro or basic',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], comparison: { kind: 'values', dimension: 'plan' } },
    });
  });

  it('"most popular plan among the may signups" (example layer) is May, not the verb "may"', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'most popular plan among the may signups',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { kind: 'absolute', from: '2025-05-01' } },
    });
  });
});

describe('new people by any of their names', () => {
  it('"new shoppers joined us", "customers signing up per country" count the new customers', () => {
    expect(ask('how many new shoppers joined us last week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], timeRange: { kind: 'relative', anchor: 'last', unit: 'week' } },
    });
    expect(ask('number of customers signing up per country this week')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_customers'], dimensions: ['country'] },
    });
  });

  it('"new folks came aboard in may" (example layer) are the new subscribers of May', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({
      question: 'how many new folks came aboard in may',
      history: [],
      today: '2025-09-16',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], timeRange: { kind: 'absolute', from: '2025-05-01', to: '2025-06-01' } },
    });
  });
});

describe('a value between "new" and the people', () => {
  it('"new pro customers per month", "which plan signs up more people" (example layer) count the new subscribers', async () => {
    const layer = await loadSubscriptionsLayer();
    const on = (question: string) => parseQuestion({ question, history: [], today: '2025-09-16', layer });
    expect(on('number of new pro customers per month this year')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], filters: [{ dimension: 'plan', values: ['pro'] }] },
    });
    expect(on('which plan signs up more people')).toMatchObject({
      kind: 'query',
      plan: { metrics: ['new_subscribers'], dimensions: ['plan'] },
    });
  });
});
