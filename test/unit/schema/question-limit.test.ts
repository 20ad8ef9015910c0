import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../../src/analyst/offline/parser.js';
import { QUESTION_MAX_LENGTH } from '../../../src/question-limit.js';
import { schema } from '../../../src/schema/index.js';

describe('the question limit', () => {
  it('is the analyst parser’s own bound, so a question the API takes is never declined for its length', () => {
    expect(QUESTION_MAX_LENGTH).toBe(MAX_QUESTION_LENGTH);
  });

  it('is stated in the schema, where a client reads it', () => {
    const input = schema.getType('AskQueryInput');
    const question =
      input && 'getFields' in input
        ? (input.getFields() as Record<string, { description?: string | null }>).question
        : undefined;
    expect(question?.description).toContain('1,000 characters');
  });
});
