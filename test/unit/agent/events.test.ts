import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../../src/ask/events.js';
import { completeProgress, INITIAL_PROGRESS, mapChunk, type ProgressState } from '../../../src/agent/events.js';

function mapAll(chunks: unknown[]): AgentEvent[] {
  let state: ProgressState = INITIAL_PROGRESS;
  const events: AgentEvent[] = [];
  for (const chunk of chunks) {
    const mapped = mapChunk(state, chunk);
    state = mapped.state;
    events.push(...mapped.events);
  }
  events.push(...completeProgress(state).events);
  return events;
}

const step = (name: string, attempt = 1) => ['custom', { kind: 'step', step: name, attempt }];
const done = (name: string) => ['updates', { [name]: {} }];

describe('stream chunks → client events', () => {
  it('reports the promised stage, message and percent for every step of a run', () => {
    const events = mapAll([
      step('planner'),
      done('planner'),
      step('sqlGenerator'),
      done('sqlGenerator'),
      step('sqlValidator'),
      done('sqlValidator'),
      step('sqlExecutor'),
      done('sqlExecutor'),
      step('dataInterpreter'),
      ['custom', { kind: 'delta', text: 'Revenue ' }],
      ['custom', { kind: 'delta', text: 'grew.' }],
      done('dataInterpreter'),
      step('interpretationValidator'),
      done('interpretationValidator'),
      step('finalizer'),
      done('finalizer'),
    ]);
    expect(events).toEqual([
      { type: 'progress', stage: 'PLANNING', message: 'Planning Task...', percent: 0, attempt: 1 },
      { type: 'progress', stage: 'PLANNING', message: 'Planning Task...', percent: 15, attempt: 1 },
      { type: 'progress', stage: 'FETCHING_DATA', message: 'Fetching Data...', percent: 30, attempt: 1 },
      { type: 'progress', stage: 'VALIDATING_DATA', message: 'Validating Data...', percent: 40, attempt: 1 },
      { type: 'progress', stage: 'FETCHING_DATA', message: 'Fetching Data...', percent: 50, attempt: 1 },
      { type: 'progress', stage: 'INTERPRETING', message: 'Interpreting Data...', percent: 75, attempt: 1 },
      { type: 'delta', text: 'Revenue ' },
      { type: 'delta', text: 'grew.' },
      { type: 'progress', stage: 'INTERPRETING', message: 'Interpreting Data...', percent: 85, attempt: 1 },
      { type: 'progress', stage: 'FINALIZING', message: 'Finalizing Response...', percent: 95, attempt: 1 },
      { type: 'progress', stage: 'COMPLETE', message: 'Complete!', percent: 100, attempt: 1 },
    ]);
  });

  it('reports a retried step again with its attempt number, without the percent going down', () => {
    const events = mapAll([
      step('planner'),
      done('planner'),
      step('sqlGenerator', 1),
      step('sqlValidator', 1),
      step('sqlGenerator', 2),
      step('sqlValidator', 2),
    ]).filter((event) => event.type === 'progress');
    expect(events.map((event) => [event.stage, event.percent, event.attempt])).toEqual([
      ['PLANNING', 0, 1],
      ['PLANNING', 15, 1],
      ['FETCHING_DATA', 30, 1],
      ['VALIDATING_DATA', 40, 1],
      ['FETCHING_DATA', 40, 2],
      ['VALIDATING_DATA', 40, 2],
      ['COMPLETE', 100, 1],
    ]);
  });

  it('ignores chunks that carry nothing for the client', () => {
    expect(mapChunk(INITIAL_PROGRESS, ['updates', { sqlExecutor: { result: null } }]).events).toEqual([]);
    expect(mapChunk(INITIAL_PROGRESS, ['custom', { kind: 'delta', text: '' }]).events).toEqual([]);
    expect(mapChunk(INITIAL_PROGRESS, ['custom', { kind: 'step', step: 'nope' }]).events).toEqual([]);
    expect(mapChunk(INITIAL_PROGRESS, 'garbage').events).toEqual([]);
  });
});
