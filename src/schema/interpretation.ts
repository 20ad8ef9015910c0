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
    name: t.exposeString('name', { description: 'The metric’s name in the semantic layer.' }),
    label: t.exposeString('label', { description: 'The metric as people say it: "Revenue".' }),
    definition: t.exposeString('definition', {
      description: 'How it is computed, in words: "Sum of order totals over paid orders."',
    }),
  }),
});

const FilterOperatorEnum = builder.enumType('InterpretedFilterOperator', {
  description: 'How a filter compares a dimension with its values.',
  values: {
    EQ: { value: 'eq', description: 'Only this value.' },
    NEQ: { value: 'neq', description: 'Every value but these.' },
    IN: { value: 'in', description: 'Any of these values.' },
    MENTIONS: { value: 'mentions', description: 'Rows whose text (a post’s caption) names one of these values.' },
  } as const,
});

const InterpretedFilterRef = builder.objectRef<InterpretedFilter>('InterpretedFilter').implement({
  description: 'A filter the answer applied.',
  fields: (t) => ({
    dimension: t.exposeString('dimension', { description: 'The filtered dimension’s name in the semantic layer.' }),
    label: t.exposeString('label', { description: 'The dimension as people say it: "Order status".' }),
    operator: t.field({
      type: FilterOperatorEnum,
      description: 'How the values are compared.',
      resolve: (filter) => filter.operator,
    }),
    values: t.exposeStringList('values', { description: 'The values as stored in the data.' }),
    valueLabels: t.exposeStringList('valueLabels', {
      description: 'The same values as people say them, in the same order.',
    }),
    text: t.exposeString('text', { description: '"Order status: Refunded".' }),
  }),
});

const InterpretedDimensionRef = builder
  .objectRef<PlanInterpretation['dimensions'][number]>('InterpretedDimension')
  .implement({
    description: 'A dimension the figures are broken down by.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'The dimension’s name in the semantic layer.' }),
      label: t.exposeString('label', { description: 'The dimension as people say it: "Sales channel".' }),
    }),
  });

const InterpretedPeriodRef = builder.objectRef<InterpretedPeriod>('InterpretedPeriod').implement({
  description: 'A period as explicit dates.',
  fields: (t) => ({
    from: t.exposeString('from', {
      nullable: true,
      description: 'First day (YYYY-MM-DD), inclusive; null for all time.',
    }),
    through: t.exposeString('through', { description: 'Last day (YYYY-MM-DD), inclusive.' }),
    text: t.exposeString('text', { description: '"Jan 1 – Mar 14, 2026".' }),
  }),
});

const InterpretedSortRef = builder.objectRef<NonNullable<PlanInterpretation['sort']>>('InterpretedSort').implement({
  description: 'How the rows are ordered.',
  fields: (t) => ({
    by: t.exposeString('by', { description: 'The metric or dimension sorted by (its name in the semantic layer).' }),
    label: t.exposeString('label', { description: 'The same, as people say it.' }),
    descending: t.boolean({ description: 'True for largest first.', resolve: (sort) => sort.direction === 'desc' }),
  }),
});

export const InterpretationRef = builder.objectRef<PlanInterpretation>('Interpretation').implement({
  description: 'What a question was understood to ask: shown above the answer.',
  fields: (t) => ({
    sentence: t.exposeString('sentence', { description: 'One plain sentence, with the period as dates.' }),
    metrics: t.field({
      type: [InterpretedMetricRef],
      description: 'The metrics reported.',
      resolve: (it) => it.metrics,
    }),
    filters: t.field({
      type: [InterpretedFilterRef],
      description: 'Every filter applied.',
      resolve: (it) => it.filters,
    }),
    dimensions: t.field({
      type: [InterpretedDimensionRef],
      description: 'What the figures are broken down by.',
      resolve: (it) => it.dimensions,
    }),
    period: t.field({
      type: InterpretedPeriodRef,
      description: 'The period the figures cover.',
      resolve: (it) => it.period,
    }),
    comparedWith: t.field({
      type: InterpretedPeriodRef,
      nullable: true,
      description: 'The period compared against; null without a comparison.',
      resolve: (it) => it.comparedWith,
    }),
    grain: t.exposeString('grain', {
      nullable: true,
      description: 'day, week, month, quarter or year for a time series.',
    }),
    sort: t.field({
      type: InterpretedSortRef,
      nullable: true,
      description: 'How the rows are ordered; null for the natural order.',
      resolve: (it) => it.sort,
    }),
    limit: t.exposeInt('limit', {
      nullable: true,
      description: 'The number of rows asked for ("top 5" is 5; at most 1,000); null for all.',
    }),
    dataThrough: t.exposeString('dataThrough', { description: 'The last day with data (YYYY-MM-DD).' }),
    notes: t.exposeStringList('notes', { description: 'Which reading a word got where the data has more than one.' }),
  }),
});

const AnsweredRef = builder.objectRef<Outcome<'answer'>>('Answered').implement({
  description: 'The question was answered from the data.',
  fields: (t) => ({
    interpretation: t.field({
      type: InterpretationRef,
      description: 'What the question was understood to ask.',
      resolve: (outcome) => outcome.interpretation,
    }),
  }),
});

const ClarificationOptionRef = builder
  .objectRef<Outcome<'clarification'>['options'][number]>('ClarificationOption')
  .implement({
    description: 'One reading of an ambiguous question.',
    fields: (t) => ({
      label: t.exposeString('label', { description: 'What this reading means: "Sales channel: Instagram Shop".' }),
      question: t.exposeString('question', { description: 'The question with that reading; ask it as it stands.' }),
    }),
  });

const ClarificationRef = builder.objectRef<Outcome<'clarification'>>('Clarification').implement({
  description: 'The question has more than one reading in the data: pick one. Nothing was guessed.',
  fields: (t) => ({
    word: t.exposeString('word', { nullable: true, description: 'The word with several readings.' }),
    options: t.field({
      type: [ClarificationOptionRef],
      description: 'Up to three readings.',
      resolve: (outcome) => outcome.options,
    }),
  }),
});

const DeclinedRef = builder.objectRef<Outcome<'decline'>>('Declined').implement({
  description: 'The data cannot answer the question; the answer text says why.',
  fields: (t) => ({
    word: t.exposeString('word', {
      nullable: true,
      description: 'The word that was not understood, when one is the cause.',
    }),
  }),
});

const DirectReplyRef = builder.objectRef<Outcome<'reply'>>('DirectReply').implement({
  description: 'A reply that needs no data (a greeting, help).',
  fields: (t) => ({
    needsData: t.boolean({ description: 'Always false: no data was read for this reply.', resolve: () => false }),
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
