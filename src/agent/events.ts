import type { AgentEvent, Stage } from '../ask/events.js';

/**
 * Maps the agent graph's stream (`streamMode: ['updates', 'custom']`) to the events a client sees.
 * Pure: the caller keeps the small `ProgressState` between chunks. The progress a user sees is generic,
 * with no SQL jargon, and its percent never goes down within a run, even when a step is retried.
 */

export const AGENT_STEPS = [
  'planner',
  'sqlGenerator',
  'sqlValidator',
  'sqlExecutor',
  'dataInterpreter',
  'interpretationValidator',
  'finalizer',
] as const;

export type AgentStep = (typeof AGENT_STEPS)[number];

/** What nodes write through `config.writer`: a step starting (with its attempt), or a piece of the answer. */
export type AgentCustomChunk =
  | { readonly kind: 'step'; readonly step: AgentStep; readonly attempt: number }
  | { readonly kind: 'delta'; readonly text: string };

interface Milestone {
  readonly stage: Stage;
  readonly message: string;
  readonly percent: number;
}

const PLANNING: Omit<Milestone, 'percent'> = { stage: 'PLANNING', message: 'Planning Task...' };
const FETCHING: Omit<Milestone, 'percent'> = { stage: 'FETCHING_DATA', message: 'Fetching Data...' };
const INTERPRETING: Omit<Milestone, 'percent'> = { stage: 'INTERPRETING', message: 'Interpreting Data...' };

/** The table the product has always promised: each step's stage, message and percent when it starts. */
export const STEP_MILESTONES: Readonly<Record<AgentStep, Milestone>> = {
  planner: { ...PLANNING, percent: 0 },
  sqlGenerator: { ...FETCHING, percent: 30 },
  sqlValidator: { stage: 'VALIDATING_DATA', message: 'Validating Data...', percent: 40 },
  sqlExecutor: { ...FETCHING, percent: 50 },
  dataInterpreter: { ...INTERPRETING, percent: 75 },
  interpretationValidator: { ...INTERPRETING, percent: 85 },
  finalizer: { stage: 'FINALIZING', message: 'Finalizing Response...', percent: 95 },
};

/** Reported when the planner has finished. */
export const PLANNED_MILESTONE: Milestone = { ...PLANNING, percent: 15 };
/** Reported once the answer is complete, just before `AskCompleted`. */
export const COMPLETE_MILESTONE: Milestone = { stage: 'COMPLETE', message: 'Complete!', percent: 100 };

/** The highest percent a client has been sent in this run. */
export interface ProgressState {
  readonly percent: number;
}

export const INITIAL_PROGRESS: ProgressState = { percent: 0 };

export interface Mapped {
  readonly state: ProgressState;
  readonly events: readonly AgentEvent[];
}

function progress(state: ProgressState, milestone: Milestone, attempt: number): Mapped {
  const percent = Math.max(state.percent, milestone.percent);
  return {
    state: { percent },
    events: [{ type: 'progress', stage: milestone.stage, message: milestone.message, percent, attempt }],
  };
}

function isStep(value: unknown): value is AgentStep {
  return typeof value === 'string' && (AGENT_STEPS as readonly string[]).includes(value);
}

/** One chunk of `graph.stream(…, { streamMode: ['updates', 'custom'] })` → the client events it means. */
export function mapChunk(state: ProgressState, chunk: unknown): Mapped {
  if (!Array.isArray(chunk) || chunk.length !== 2) return { state, events: [] };
  const [mode, payload] = chunk as [unknown, unknown];
  if (mode === 'custom' && typeof payload === 'object' && payload !== null) {
    const custom = payload as Partial<AgentCustomChunk> & Record<string, unknown>;
    if (custom.kind === 'step' && isStep(custom.step)) {
      const attempt = typeof custom.attempt === 'number' && custom.attempt >= 1 ? custom.attempt : 1;
      return progress(state, STEP_MILESTONES[custom.step], attempt);
    }
    if (custom.kind === 'delta' && typeof custom.text === 'string' && custom.text.length > 0) {
      return { state, events: [{ type: 'delta', text: custom.text }] };
    }
    return { state, events: [] };
  }
  if (mode === 'updates' && typeof payload === 'object' && payload !== null && 'planner' in payload) {
    return progress(state, PLANNED_MILESTONE, 1);
  }
  return { state, events: [] };
}

/** The last progress event of a run that produced its answer (sent once the answer is saved). */
export function completeProgress(state: ProgressState): Mapped {
  return progress(state, COMPLETE_MILESTONE, 1);
}
