import { assert, beforeEach, describe, expect } from 'vitest';
import { graphql } from '../../gql/index.js';
import type { GraphQLApi } from '../../helpers/api.js';
import { serverTest } from '../../helpers/fixtures.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { demoServerAt, ensureDemoWarehouse } from './demo-env.js';

/**
 * How a question ends, as a client over graphql-ws sees it: an answer carries what was understood (typed,
 * on AskCompleted and on the saved Message); a question with two readings is a Clarification, one the data
 * cannot answer is Declined — told apart by type, never by parsing the text. The asker's today is fixed to
 * the day after the demo data ends.
 */

// Spread by name in the documents below; codegen puts their definitions into each of them.
graphql(`
  fragment InterpretationFields on Interpretation {
    sentence
    metrics {
      name
      label
      definition
    }
    filters {
      dimension
      label
      operator
      values
      valueLabels
      text
    }
    dimensions {
      name
      label
    }
    period {
      from
      through
      text
    }
    comparedWith {
      from
      through
      text
    }
    grain
    sort {
      by
      label
      descending
    }
    limit
    dataThrough
    notes
  }
`);

graphql(`
  fragment OutcomeFields on AskOutcome {
    __typename
    ... on Answered {
      interpretation {
        sentence
      }
    }
    ... on Clarification {
      word
      options {
        label
        question
      }
    }
    ... on Declined {
      word
    }
  }
`);

const ASK = graphql(`
  subscription AskForOutcome($input: AskQueryInput!) {
    askQuery(input: $input) {
      __typename
      ... on AskCompleted {
        answer
        sql
        suggestions
        outcome {
          ...OutcomeFields
        }
        interpretation {
          ...InterpretationFields
        }
        saved: message {
          id
          outcome {
            ...OutcomeFields
          }
          interpretation {
            ...InterpretationFields
          }
        }
        conversation {
          id
        }
      }
      ... on AskFailed {
        code
        message
      }
    }
  }
`);

const SAVED_OUTCOME = graphql(`
  query SavedOutcome($id: ID!) {
    node(id: $id) {
      ... on Message {
        outcome {
          __typename
        }
        interpretation {
          ...InterpretationFields
        }
      }
    }
  }
`);

const it = serverTest({ prepare: ensureDemoWarehouse, ...demoServerAt('2026-06-15T09:00:00Z') });
beforeEach(() => clearFirestore());

async function ask(api: GraphQLApi, question: string, conversationId?: string) {
  const events = await api.subscribe(ASK, { input: { question, ...(conversationId ? { conversationId } : {}) } });
  const last = events.at(-1)?.askQuery;
  expect(last?.__typename, JSON.stringify(last)).toBe('AskCompleted');
  assert(last?.__typename === 'AskCompleted');
  return last;
}

describe('what an answer says it understood', () => {
  it('an answer carries its metric with the definition, every filter, the period as dates and the last day of data, on AskCompleted and on the saved message', async ({
    api,
  }) => {
    const completed = await ask(api, 'revenue from the tiktok shop last month');
    expect(completed.outcome.__typename).toBe('Answered');
    const understood = completed.interpretation!;
    expect(understood.metrics).toEqual([
      { name: 'revenue', label: 'Revenue', definition: 'Sum of order totals over paid orders.' },
    ]);
    expect(understood.filters).toEqual([
      {
        dimension: 'sales_channel',
        label: 'Sales channel',
        operator: 'EQ',
        values: ['tiktok_shop'],
        valueLabels: ['TikTok Shop'],
        text: 'Sales channel: TikTok Shop',
      },
    ]);
    expect(understood.period).toEqual({ from: '2026-05-01', through: '2026-05-31', text: 'May 1 – May 31, 2026' });
    expect(understood.dataThrough).toBe('2026-06-14');
    expect(understood.sentence).toContain('May 1 – May 31, 2026');
    expect(understood.sentence).toMatch(/TikTok Shop/);
    expect(completed.saved.outcome?.__typename).toBe('Answered');
    expect(completed.saved.interpretation).toEqual(understood);

    const { node } = await api.execute(SAVED_OUTCOME, { id: completed.saved.id });
    expect(node).toEqual({ outcome: { __typename: 'Answered' }, interpretation: understood });
  });

  it('a period compared with another names both as dates, and a filter reached through another table says how', async ({
    api,
  }) => {
    const completed = await ask(api, 'revenue from instagram platform this year vs last year');
    const understood = completed.interpretation!;
    expect(understood.period).toMatchObject({ from: '2026-01-01', through: '2026-06-14' });
    expect(understood.comparedWith).not.toBeNull();
    expect(understood.filters.map((filter) => filter.text)).toEqual(['Platform: Instagram']);
    expect(understood.notes.join(' ')).toMatch(/social posts linked to each of the orders/);
  });
});

describe('rows picked by what their text says', () => {
  it('"posts that say "new in"" counts the posts whose caption names it, and the interpretation and answer say so', async ({
    api,
  }) => {
    const completed = await ask(api, 'how many posts say "new in" this year');
    expect(completed.outcome.__typename).toBe('Answered');
    const understood = completed.interpretation!;
    expect(understood.filters).toEqual([
      {
        dimension: 'post',
        label: 'Post',
        operator: 'MENTIONS',
        values: ['new in'],
        valueLabels: ['new in'],
        text: 'Post: mentions "new in"',
      },
    ]);
    expect(completed.sql).toMatch(/strpos\(lower\(social_posts\.caption\), lower\('new in'\)\) > 0/);
    expect(completed.answer).toMatch(/^Posts mentioning "new in" this year so far were [1-9][\d,]*\./);
    expect(completed.answer).toMatch(/\b[1-9][\d,]*\b/);
    expect(completed.saved.interpretation).toEqual(understood);
  });
});

describe('asking instead of guessing', () => {
  it('a word with several readings ends as a Clarification offering answerable readings, runs no query, and is saved as one', async ({
    api,
  }) => {
    const completed = await ask(api, 'revenue from instagram last month');
    expect(completed.outcome.__typename).toBe('Clarification');
    assert(completed.outcome.__typename === 'Clarification');
    expect(completed.outcome.word).toBe('instagram');
    const options = completed.outcome.options;
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    expect(options.map((option) => option.label)).toEqual(
      expect.arrayContaining(['Platform: Instagram', 'Sales channel: Instagram Shop']),
    );
    expect(completed.sql).toBeNull();
    expect(completed.interpretation).toBeNull();
    expect(completed.answer).toContain('instagram');
    expect(completed.saved.outcome).toEqual(completed.outcome);

    const picked = await ask(api, options.find((option) => option.label === 'Sales channel: Instagram Shop')!.question);
    expect(picked.outcome.__typename).toBe('Answered');
    expect(picked.interpretation!.filters.map((filter) => filter.text)).toEqual(['Sales channel: Instagram Shop']);
  });

  it('a reply naming one of the options, typed in the same conversation, answers the question asked with it', async ({
    api,
  }) => {
    const asked = await ask(api, 'revenue from instagram last month');
    expect(asked.outcome.__typename).toBe('Clarification');
    const picked = await ask(api, 'the instagram shop', asked.conversation.id);
    expect(picked.outcome.__typename).toBe('Answered');
    expect(picked.interpretation!.filters.map((filter) => filter.text)).toEqual(['Sales channel: Instagram Shop']);
    expect(picked.interpretation!.period).toMatchObject({ from: '2026-05-01', through: '2026-05-31' });
  });

  it('a question the data cannot answer ends as Declined, naming the word it did not understand', async ({ api }) => {
    const completed = await ask(api, 'how many visitors came yesterday');
    expect(completed.outcome).toEqual({ __typename: 'Declined', word: 'visitors' });
    expect(completed.answer).toContain('"visitors"');
    expect(completed.sql).toBeNull();
    expect(completed.interpretation).toBeNull();
    expect(completed.saved.outcome).toEqual(completed.outcome);
  });

  it('a greeting is a DirectReply, not a decline', async ({ api }) => {
    const completed = await ask(api, 'hello');
    expect(completed.outcome.__typename).toBe('DirectReply');
  });
});
