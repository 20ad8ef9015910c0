import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { loadSubscriptionsLayer } from '../../eval/subscriptions-eval.js';

/** A table's noun broken down ("subscribers by region") counts the table's rows for each part. */

describe('the rows of a table, by a breakdown', () => {
  it('"subscribers by region" counts the subscribers of each region', async () => {
    const layer = await loadSubscriptionsLayer();
    const decision = parseQuestion({ question: 'subscribers by region', history: [], today: '2025-09-16', layer });
    expect(decision.kind, JSON.stringify(decision)).toBe('query');
    if (decision.kind !== 'query') return;
    const metric = layer.metrics.find((candidate) => candidate.name === decision.plan.metrics[0]);
    expect(metric?.aggregation).toBe('count');
    expect(metric?.table).toBe('subscribers');
    expect(decision.plan.dimensions).toEqual(['region']);
  });
});
