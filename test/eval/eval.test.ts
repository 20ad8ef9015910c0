import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../src/warehouse/warehouse.js';
import { EVAL_CASES } from './cases.js';
import { formatReport, openEvalWarehouse, runEval, type EvalReport } from './run-eval.js';

describe('the offline analyst on the evaluation set', () => {
  let warehouse: Warehouse;
  let report: EvalReport;
  beforeAll(async () => {
    warehouse = await openEvalWarehouse();
    report = await runEval(warehouse, EVAL_CASES);
  }, 180_000);
  afterAll(async () => {
    await warehouse?.close();
  });

  it('has at least 100 in-scope cases, 20 follow-ups and 25 must-decline questions', () => {
    expect(EVAL_CASES.filter((testCase) => testCase.gold !== null).length).toBeGreaterThanOrEqual(100);
    expect(EVAL_CASES.filter((testCase) => testCase.category === 'follow_up').length).toBeGreaterThanOrEqual(20);
    expect(EVAL_CASES.filter((testCase) => testCase.gold === null).length).toBeGreaterThanOrEqual(25);
  });

  it('answers at least 95% of in-scope questions with the gold result', () => {
    expect(report.accuracy, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('declines every out-of-scope question', () => {
    expect(report.declineRate, formatReport(report)).toBe(1);
  });

  it('never presents a wrong answer as right', () => {
    expect(report.wrongAnswers, formatReport(report)).toBe(0);
  });
});
