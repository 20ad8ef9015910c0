import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentGraph } from '../../../src/agent/graph.js';
import { runAgent, type AgentOutcome } from '../../../src/agent/run-agent.js';
import type { AgentEvent } from '../../../src/ask/events.js';
import type { Analyst, Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { AGENT_TEST_TODAY, openDemoWarehouse } from '../../helpers/demo-warehouse.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

let warehouse: Warehouse;
const offline = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });

beforeAll(async () => {
  warehouse = await openDemoWarehouse();
});
afterAll(async () => {
  await warehouse?.close();
});

async function ask(
  question: string,
  options: { analyst?: Analyst; history?: Turn[]; signal?: AbortSignal } = {},
): Promise<{ events: AgentEvent[]; outcome: AgentOutcome }> {
  const graph = createAgentGraph({
    analyst: options.analyst ?? offline,
    warehouse,
    clock: { now: () => AGENT_TEST_TODAY },
  });
  const events: AgentEvent[] = [];
  const outcome = await runAgent(
    graph,
    { question, tenant: 'demo', history: options.history ?? [] },
    { signal: options.signal ?? new AbortController().signal, onEvent: (event) => events.push(event) },
  );
  return { events, outcome };
}

const steps = (events: AgentEvent[]) =>
  events.flatMap((event) => (event.type === 'progress' ? [`${event.stage} ${event.percent} #${event.attempt}`] : []));

describe('the agent graph, with the offline analyst and the DuckDB demo data', () => {
  it('answers a data question through every step, in order, streaming the answer', async () => {
    const { events, outcome } = await ask('Show me my top 5 Instagram posts by engagement');
    expect(steps(events)).toEqual([
      'PLANNING 0 #1',
      'PLANNING 15 #1',
      'FETCHING_DATA 30 #1',
      'VALIDATING_DATA 40 #1',
      'FETCHING_DATA 50 #1',
      'INTERPRETING 75 #1',
      'INTERPRETING 85 #1',
      'FINALIZING 95 #1',
    ]);
    if (outcome.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(outcome)}`);
    const deltas = events.flatMap((event) => (event.type === 'delta' ? [event.text] : []));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.join('')).toBe(outcome.answer.text);
    expect(outcome.result?.rowCount).toBe(5);
    expect(outcome.sql).toMatch(/select/i);
    expect(outcome.answer.fallback).toBe(false);
    expect(outcome.answer.suggestions.length).toBeGreaterThan(0);
  });

  it('replies to a greeting without touching the data', async () => {
    const { events, outcome } = await ask('hello!');
    expect(steps(events)).toEqual(['PLANNING 0 #1', 'PLANNING 15 #1', 'FINALIZING 95 #1']);
    expect(outcome.kind).toBe('answer');
    if (outcome.kind === 'answer') expect(outcome.sql).toBeNull();
  });

  it('sends a rejected query back to the generator and shows the retry', async () => {
    let calls = 0;
    const analyst: Analyst = {
      ...offline,
      async writeSql(request) {
        calls += 1;
        return calls === 1 ? 'SELECT * FROM information_schema.tables' : offline.writeSql(request);
      },
    };
    const { events, outcome } = await ask('Show me my top 5 Instagram posts by engagement', { analyst });
    expect(steps(events).slice(0, 7)).toEqual([
      'PLANNING 0 #1',
      'PLANNING 15 #1',
      'FETCHING_DATA 30 #1',
      'VALIDATING_DATA 40 #1',
      'FETCHING_DATA 40 #2',
      'VALIDATING_DATA 40 #2',
      'FETCHING_DATA 50 #2',
    ]);
    expect(outcome.kind).toBe('answer');
  });

  it('gives up after three rejected queries and says what it could not do', async () => {
    const seen: number[] = [];
    const analyst: Analyst = {
      ...offline,
      writeSql(request) {
        seen.push(request.failures.length);
        return Promise.resolve('DROP TABLE orders');
      },
    };
    const { events, outcome } = await ask('What was my revenue last month?', { analyst });
    expect(seen).toEqual([0, 1, 2]);
    expect(steps(events).filter((step) => step.startsWith('VALIDATING'))).toHaveLength(3);
    expect(outcome.kind).toBe('failure');
    if (outcome.kind === 'failure') {
      expect(outcome.failure.code).toBe('UNANSWERABLE');
      expect(outcome.failure.message).toMatch(/could not build a query/);
    }
  });

  it('retries an ungrounded interpretation, then falls back to the plain summary', async () => {
    let calls = 0;
    const analyst: Analyst = {
      ...offline,
      interpret(request) {
        calls += 1;
        request.onDelta('Revenue was $123,456,789.');
        return Promise.resolve({ text: 'Revenue was $123,456,789.', citations: [] });
      },
    };
    const { events, outcome } = await ask('What was my revenue last month?', { analyst });
    expect(calls).toBe(2);
    expect(steps(events).filter((step) => step.startsWith('INTERPRETING'))).toEqual([
      'INTERPRETING 75 #1',
      'INTERPRETING 85 #1',
      'INTERPRETING 85 #2',
      'INTERPRETING 85 #2',
    ]);
    if (outcome.kind !== 'answer' || !outcome.result) throw new Error('expected an answer');
    expect(outcome.answer.fallback).toBe(true);
    expect(outcome.answer.text).not.toContain('123,456,789');
    expect(outcome.answer.text).toBe(offline.summarize(outcome.plan!, outcome.result).text);
  });

  it('uses the earlier turns for a follow-up question', async () => {
    const first = await ask('Show me my top 5 Instagram posts by engagement');
    if (first.outcome.kind !== 'answer') throw new Error('expected an answer');
    const history: Turn[] = [
      {
        question: 'Show me my top 5 Instagram posts by engagement',
        plan: first.outcome.plan,
        answer: first.outcome.answer.text,
      },
    ];
    const { outcome } = await ask('what about TikTok?', { history });
    if (outcome.kind !== 'answer') throw new Error('expected an answer');
    expect(outcome.result?.rowCount).toBe(5);
    expect(outcome.sql?.toLowerCase()).toContain('tiktok');
    expect(JSON.stringify(outcome.plan).toLowerCase()).toContain('tiktok');
  });

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    const analyst: Analyst = {
      ...offline,
      async writeSql(request) {
        controller.abort(new Error('cancelled by the test'));
        return offline.writeSql(request);
      },
    };
    await expect(ask('What was my revenue last month?', { analyst, signal: controller.signal })).rejects.toThrow(
      'cancelled by the test',
    );
  });
});
