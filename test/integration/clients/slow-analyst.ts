import { setTimeout as sleep } from 'node:timers/promises';
import type { Analyst } from '../../../src/analyst/analyst.js';
import { createRunRegistry } from '../../../src/ask/create-runs.js';
import type { AppServices } from '../../../src/services.js';

/**
 * The real analyst, with each model step taking `delayMs` (as a model call would), so a person, a
 * terminal capture or a browser test can watch the progress move. Delays honour the run's AbortSignal.
 */
export function slowAnalyst(analyst: Analyst, delayMs: number): Analyst {
  const pause = (signal?: AbortSignal) => sleep(delayMs, undefined, { signal });
  return {
    ...analyst,
    plan: async (request) => {
      await pause(request.signal);
      return analyst.plan(request);
    },
    writeSql: async (request) => {
      await pause(request.signal);
      return analyst.writeSql(request);
    },
    interpret: async (request) => {
      await pause(request.signal);
      return analyst.interpret(request);
    },
    checkInterpretation: (...args) => analyst.checkInterpretation(...args),
    summarize: (...args) => analyst.summarize(...args),
    chart: (...args) => analyst.chart(...args),
    columns: (...args) => analyst.columns(...args),
    suggestions: (...args) => analyst.suggestions(...args),
  };
}

/**
 * A `startTestServer` customization: the same services, with runs answered by the slowed analyst
 * (the run registry is built again around it, as the server builds it).
 */
export function withSlowAnalyst(delayMs: number): (services: AppServices) => AppServices {
  return withAnalyst((analyst) => slowAnalyst(analyst, delayMs));
}

/** A `startTestServer` customization: runs answered by `wrap(the real analyst)`. */
export function withAnalyst(wrap: (analyst: Analyst) => Analyst): (services: AppServices) => AppServices {
  return (services) => {
    const analyst = wrap(services.analyst);
    return { ...services, analyst, runs: createRunRegistry({ ...services, analyst }) };
  };
}

/** The real analyst, except that every SQL it writes names a table the warehouse does not have. */
export function unknownTableAnalyst(analyst: Analyst): Analyst {
  return {
    plan: (request) => analyst.plan(request),
    interpretation: (...args) => analyst.interpretation(...args),
    writeSql: () => Promise.resolve('SELECT engagement FROM no_such_table'),
    interpret: (request) => analyst.interpret(request),
    checkInterpretation: (...args) => analyst.checkInterpretation(...args),
    summarize: (...args) => analyst.summarize(...args),
    chart: (...args) => analyst.chart(...args),
    columns: (...args) => analyst.columns(...args),
    suggestions: (...args) => analyst.suggestions(...args),
  };
}
