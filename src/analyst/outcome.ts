import { z } from 'zod';

/**
 * How a question ended, as the user sees it: an answer (with what was understood), a clarification (the
 * question has more than one reading; pick one), a decline (the data cannot answer it), or a reply that
 * needs no data (a greeting, help). The zod models are the boundary of the saved message in Firestore.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const interpretedMetricModel = z.object({
  name: z.string(),
  label: z.string(),
  /** How the layer defines it ("Sum of order totals over paid orders."). */
  definition: z.string(),
});

export const interpretedFilterModel = z.object({
  dimension: z.string(),
  label: z.string(),
  /** `in` for several values; `neq` excludes them; `mentions` keeps the rows whose text names one. */
  operator: z.enum(['eq', 'neq', 'in', 'mentions']),
  values: z.array(z.string()),
  valueLabels: z.array(z.string()),
  /** "Order status: Refunded", "Country: not Germany". */
  text: z.string(),
});

export const interpretedDimensionModel = z.object({ name: z.string(), label: z.string() });

export const interpretedPeriodModel = z.object({
  /** First day, inclusive; null for "all time". */
  from: isoDate.nullable(),
  /** Last day, inclusive (never after the day the data runs through, unless the period starts later). */
  through: isoDate,
  /** "Jan 1 – Mar 14, 2026". */
  text: z.string(),
});

export const interpretationModel = z.object({
  /** One plain sentence: "Revenue of refunded orders, by product, Jan 1 – Mar 14, 2026, top 10". */
  sentence: z.string(),
  metrics: z.array(interpretedMetricModel).min(1),
  filters: z.array(interpretedFilterModel),
  dimensions: z.array(interpretedDimensionModel),
  period: interpretedPeriodModel,
  /** The period the figures are compared with, when the question compares periods. */
  comparedWith: interpretedPeriodModel.nullable(),
  grain: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable(),
  sort: z.object({ by: z.string(), label: z.string(), direction: z.enum(['asc', 'desc']) }).nullable(),
  limit: z.number().int().positive().nullable(),
  /** The last day with data: askql reports complete days, so the day before the asker's today. */
  dataThrough: isoDate,
  /** Which reading a word got where the layer has more than one ("Platform: of the post an order is attributed to"). */
  notes: z.array(z.string()),
});

export const clarificationOptionModel = z.object({
  /** What this reading means: "Sales channel: Instagram Shop". */
  label: z.string(),
  /** The question re-asked with that reading, answerable as it stands. */
  question: z.string(),
});

export const askOutcomeModel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), interpretation: interpretationModel }),
  z.object({
    kind: z.literal('clarification'),
    /** The word with several readings, when one word is the cause. */
    word: z.string().nullable(),
    options: z.array(clarificationOptionModel).min(1).max(3),
  }),
  z.object({
    kind: z.literal('decline'),
    /** The word that was not understood, when one is the cause. */
    word: z.string().nullable(),
  }),
  z.object({ kind: z.literal('reply') }),
]);

export type InterpretedMetric = z.infer<typeof interpretedMetricModel>;
export type InterpretedFilter = z.infer<typeof interpretedFilterModel>;
export type InterpretedPeriod = z.infer<typeof interpretedPeriodModel>;
export type PlanInterpretation = z.infer<typeof interpretationModel>;
export type ClarificationOption = z.infer<typeof clarificationOptionModel>;
export type AskOutcome = z.infer<typeof askOutcomeModel>;
