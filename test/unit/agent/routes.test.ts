import { END } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import {
  canRetrySql,
  MAX_INTERPRET_ATTEMPTS,
  MAX_SQL_ATTEMPTS,
  routeAfterInterpretationValidator,
  routeAfterPlanner,
  routeAfterSqlExecutor,
  routeAfterSqlValidator,
} from '../../../src/agent/routes.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';

const plan = { kind: 'query', metrics: ['revenue'] } as unknown as QueryPlan;
const result = { columns: [], rows: [], rowCount: 0, truncated: false };

describe('agent routes', () => {
  it('skips every SQL step when the planner replies directly', () => {
    expect(routeAfterPlanner({ reply: { outcome: { kind: 'reply' }, text: 'Hi', suggestions: [] }, plan: null })).toBe(
      'finalizer',
    );
    expect(routeAfterPlanner({ reply: null, plan })).toBe('sqlGenerator');
  });

  it('sends a rejected query back to the generator, and a valid one on to the executor', () => {
    expect(routeAfterSqlValidator({ sqlValid: false, failure: null })).toBe('sqlGenerator');
    expect(routeAfterSqlValidator({ sqlValid: true, failure: null })).toBe('sqlExecutor');
  });

  it('gives up after the last SQL attempt', () => {
    expect(MAX_SQL_ATTEMPTS).toBe(3);
    expect([1, 2, 3].map(canRetrySql)).toEqual([true, true, false]);
    expect(routeAfterSqlValidator({ sqlValid: false, failure: { code: 'UNANSWERABLE', message: 'x' } })).toBe(END);
  });

  it('treats an execution error as a failed attempt', () => {
    expect(routeAfterSqlExecutor({ result: null, failure: null })).toBe('sqlGenerator');
    expect(routeAfterSqlExecutor({ result, failure: null })).toBe('dataInterpreter');
    expect(routeAfterSqlExecutor({ result: null, failure: { code: 'TIMEOUT', message: 'x' } })).toBe(END);
  });

  it('retries an ungrounded interpretation once, then finalizes with the fallback', () => {
    expect(MAX_INTERPRET_ATTEMPTS).toBe(2);
    expect(routeAfterInterpretationValidator({ interpretationValid: true, interpretAttempts: 1 })).toBe('finalizer');
    expect(routeAfterInterpretationValidator({ interpretationValid: false, interpretAttempts: 1 })).toBe(
      'dataInterpreter',
    );
    expect(routeAfterInterpretationValidator({ interpretationValid: false, interpretAttempts: 2 })).toBe('finalizer');
  });
});
