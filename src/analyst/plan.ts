import { z } from 'zod';

/**
 * A query plan: what a question becomes. The offline analyst parses English into it, an LLM produces it
 * through structured output, and the compiler turns it into SQL. Names refer to the semantic layer.
 * (First draft of the contract; the analyst owns its evolution.)
 */

export const relativeRangeModel = z.object({
  kind: z.literal('relative'),
  unit: z.enum(['day', 'week', 'month', 'quarter', 'year']),
  /** `last` N complete units ending yesterday / before this unit; `this` the current unit to date. */
  anchor: z.enum(['last', 'this', 'previous']),
  count: z.number().int().positive().default(1),
});

export const absoluteRangeModel = z.object({
  kind: z.literal('absolute'),
  /** Inclusive start date, YYYY-MM-DD. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Exclusive end date, YYYY-MM-DD. */
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

export const timeRangeModel = z.discriminatedUnion('kind', [
  relativeRangeModel,
  absoluteRangeModel,
  z.object({ kind: z.literal('all') }),
]);

export const filterModel = z.object({
  dimension: z.string(),
  operator: z.enum(['eq', 'neq', 'in']),
  values: z.array(z.string()).min(1),
});

export const queryPlanModel = z.object({
  kind: z.literal('query'),
  metrics: z.array(z.string()).min(1),
  dimensions: z.array(z.string()).max(2).default([]),
  filters: z.array(filterModel).default([]),
  timeRange: timeRangeModel.default({ kind: 'all' }),
  grain: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable().default(null),
  sort: z
    .object({ by: z.string(), direction: z.enum(['asc', 'desc']) })
    .nullable()
    .default(null),
  limit: z.number().int().positive().max(1000).nullable().default(null),
  comparison: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('previous_period') }),
      z.object({ kind: z.literal('values'), dimension: z.string(), values: z.array(z.string()).length(2) }),
    ])
    .nullable()
    .default(null),
});

export const unanswerablePlanModel = z.object({
  kind: z.literal('unanswerable'),
  reason: z.string(),
});

export const planModel = z.discriminatedUnion('kind', [queryPlanModel, unanswerablePlanModel]);

export type TimeRange = z.infer<typeof timeRangeModel>;
export type Filter = z.infer<typeof filterModel>;
export type QueryPlan = z.infer<typeof queryPlanModel>;
export type Plan = z.infer<typeof planModel>;
