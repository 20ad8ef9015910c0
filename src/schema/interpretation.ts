import type { AskOutcome, InterpretedFilter, InterpretedPeriod, PlanInterpretation } from '../analyst/outcome.js';
import { builder } from './builder.js';

/**
 * How a question ended and what was understood: the outcome is a union (Answered, Clarification, Declined,
 * DirectReply), so a client tells them apart by type; an answer carries its Interpretation.
 */

type Outcome<K extends AskOutcome['kind']> = Extract<AskOutcome, { kind: K }>;

const InterpretedMetricRef = builder.objectRef<PlanInterpretation['metrics'][number]>('InterpretedMetric').implement({
  description: 'A metric the answer reports, as the semantic layer defines it.',
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    definition: t.exposeString('definition', { description: 'How it is computed, in words: "Sum of order totals over paid orders."' }),
  }),
});

const FilterOperatorEnum = builder.enumType('InterpretedFilterOperator', {
  values: {
    EQ: { value: 'eq', description: 'Only this value.' },
    NEQ: { value: 'neq', description: 'Every value but these.' },
    IN: { value: 'in', description: 'Any of these values.' },
  } as const,
});

const InterpretedFilterRef = builder.objectRef<InterpretedFilter>('InterpretedFilter').implement({
  description: 'A filter the answer applied.',
  fields: (t) => ({
    dimension: t.exposeString('dimension'),
    label: t.exposeString('label'),
    operator: t.field({ type: FilterOperatorEnum, resolve: (filter) => filter.operator }),
    values: t.exposeStringList('values'),
    valueLabels: t.exposeStringList('valueLabels'),
    text: t.exposeString('text', { description: '"Order status: Refunded".' }),
  }),
});

const InterpretedDimensionRef = builder.objectRef<PlanInterpretation['dimensions'][number]>('InterpretedDimension').implement({
  fields: (t) => ({ name: t.exposeString('name'), label: t.exposeString('label') }),
});

const InterpretedPeriodRef = builder.objectRef<InterpretedPeriod>('InterpretedPeriod').implement({
  description: 'A period as explicit dates.',
  fields: (t) => ({
    from: t.exposeString('from', { nullable: true, description: 'First day (YYYY-MM-DD), inclusive; null for all time.' }),
    through: t.exposeString('through', { description: 'Last day (YYYY-MM-DD), inclusive.' }),
    text: t.exposeString('text', { description: '"Jan 1 – Mar 14, 2026".' }),
  }),
});

const InterpretedSortRef = builder.objectRef<NonNullable<PlanInterpretation['sort']>>('InterpretedSort').implement({
  fields: (t) => ({
    by: t.exposeString('by'),
    label: t.exposeString('label'),
    descending: t.boolean({ resolve: (sort) => sort.direction === 'desc' }),
  }),
});

export const InterpretationRef = builder.objectRef<PlanInterpretation>('Interpretation').implement({
  description: 'What a question was understood to ask: shown above the answer.',
  fields: (t) => ({
    sentence: t.exposeString('sentence', { description: 'One plain sentence, with the period as dates.' }),
    metrics: t.field({ type: [InterpretedMetricRef], resolve: (it) => it.metrics }),
    filters: t.field({ type: [InterpretedFilterRef], description: 'Every filter applied.', resolve: (it) => it.filters }),
    dimensions: t.field({ type: [InterpretedDimensionRef], description: 'What the figures are broken down by.', resolve: (it) => it.dimensions }),
    period: t.field({ type: InterpretedPeriodRef, resolve: (it) => it.period }),
    comparedWith: t.field({ type: InterpretedPeriodRef, nullable: true, resolve: (it) => it.comparedWith }),
    grain: t.exposeString('grain', { nullable: true, description: 'day, week, month, quarter or year for a time series.' }),
    sort: t.field({ type: InterpretedSortRef, nullable: true, resolve: (it) => it.sort }),
    limit: t.exposeInt('limit', { nullable: true }),
    dataThrough: t.exposeString('dataThrough', { description: 'The last day with data (YYYY-MM-DD).' }),
    notes: t.exposeStringList('notes', { description: 'Which reading a word got where the data has more than one.' }),
  }),
});

const AnsweredRef = builder.objectRef<Outcome<'answer'>>('Answered').implement({
  description: 'The question was answered from the data.',
  fields: (t) => ({
    interpretation: t.field({ type: InterpretationRef, resolve: (outcome) => outcome.interpretation }),
  }),
});

const ClarificationOptionRef = builder.objectRef<Outcome<'clarification'>['options'][number]>('ClarificationOption').implement({
  fields: (t) => ({
    label: t.exposeString('label', { description: 'What this reading means: "Sales channel: Instagram Shop".' }),
    question: t.exposeString('question', { description: 'The question with that reading; ask it as it stands.' }),
  }),
});

const ClarificationRef = builder.objectRef<Outcome<'clarification'>>('Clarification').implement({
  description: 'The question has more than one reading in the data: pick one. Nothing was guessed.',
  fields: (t) => ({
    word: t.exposeString('word', { nullable: true, description: 'The word with several readings.' }),
    options: t.field({ type: [ClarificationOptionRef], description: 'Up to three readings.', resolve: (outcome) => outcome.options }),
  }),
});

const DeclinedRef = builder.objectRef<Outcome<'decline'>>('Declined').implement({
  description: 'The data cannot answer the question; the answer text says why.',
  fields: (t) => ({
    word: t.exposeString('word', { nullable: true, description: 'The word that was not understood, when one is the cause.' }),
  }),
});

const DirectReplyRef = builder.objectRef<Outcome<'reply'>>('DirectReply').implement({
  description: 'A reply that needs no data (a greeting, help).',
  fields: (t) => ({
    needsData: t.boolean({ resolve: () => false }),
  }),
});

const TYPE_NAMES = {
  answer: 'Answered',
  clarification: 'Clarification',
  decline: 'Declined',
  reply: 'DirectReply',
} as const satisfies Record<AskOutcome['kind'], string>;

export const AskOutcomeRef = builder.unionType('AskOutcome', {
  description: 'How a question ended: Answered, Clarification, Declined or DirectReply.',
  types: [AnsweredRef, ClarificationRef, DeclinedRef, DirectReplyRef],
  resolveType: (outcome: AskOutcome) => TYPE_NAMES[outcome.kind],
});

/** The interpretation of an answered outcome, or null. */
export function interpretationOf(outcome: AskOutcome | null): PlanInterpretation | null {
  return outcome?.kind === 'answer' ? outcome.interpretation : null;
}
