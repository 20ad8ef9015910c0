import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearFirestore } from '../../helpers/firestore.js';
import type { TestServer } from '../../helpers/server.js';
import { collect, query, wsClient } from './ask-client.js';
import { startDemoServerAt } from './demo-env.js';

/**
 * How a question ends, as a client over graphql-ws sees it: an answer carries what was understood (typed,
 * on AskCompleted and on the saved Message); a question with two readings is a Clarification, one the data
 * cannot answer is Declined — told apart by type, never by parsing the text. The asker's today is fixed to
 * the day after the demo data ends.
 */

const INTERPRETATION = `
  sentence
  metrics { name label definition }
  filters { dimension label operator values valueLabels text }
  dimensions { name label }
  period { from through text }
  comparedWith { from through text }
  grain
  sort { by label descending }
  limit
  dataThrough
  notes
`;

const OUTCOME = `
  __typename
  ... on Answered { interpretation { sentence } }
  ... on Clarification { word options { label question } }
  ... on Declined { word }
`;

const ASK = `subscription Ask($input: AskQueryInput!) {
  askQuery(input: $input) {
    __typename
    ... on AskCompleted {
      answer sql suggestions
      outcome { ${OUTCOME} }
      interpretation { ${INTERPRETATION} }
      saved: message { id outcome { ${OUTCOME} } interpretation { ${INTERPRETATION} } }
      conversation { id }
    }
    ... on AskFailed { code message }
  }
}`;

interface Interpretation {
  sentence: string;
  metrics: { name: string; label: string; definition: string }[];
  filters: {
    dimension: string;
    label: string;
    operator: string;
    values: string[];
    valueLabels: string[];
    text: string;
  }[];
  dimensions: { name: string; label: string }[];
  period: { from: string | null; through: string; text: string };
  comparedWith: { from: string | null; through: string; text: string } | null;
  dataThrough: string;
  notes: string[];
}

interface Completed {
  __typename: string;
  answer: string;
  sql: string | null;
  suggestions: string[];
  outcome: { __typename: string; word?: string | null; options?: { label: string; question: string }[] };
  interpretation: Interpretation | null;
  saved: { id: string; outcome: Completed['outcome'] | null; interpretation: Interpretation | null };
  conversation: { id: string };
}

let server: TestServer;

beforeAll(async () => {
  server = await startDemoServerAt('2026-06-15T09:00:00Z');
});
afterAll(() => server?.stop());
beforeEach(() => clearFirestore());

async function ask(question: string): Promise<Completed> {
  const client = wsClient(server.wsUrl);
  try {
    const events = await collect(client, ASK, { input: { question } });
    const last = events.at(-1) as unknown as Completed;
    expect(last.__typename, JSON.stringify(events.at(-1))).toBe('AskCompleted');
    return last;
  } finally {
    await client.dispose();
  }
}

describe('what an answer says it understood', () => {
  it('an answer carries its metric with the definition, every filter, the period as dates and the last day of data, on AskCompleted and on the saved message', async () => {
    const completed = await ask('revenue from the tiktok shop last month');
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

    const { node } = await query<{ node: { interpretation: Interpretation | null; outcome: { __typename: string } } }>(
      server.url,
      `query ($id: ID!) { node(id: $id) { ... on Message { outcome { __typename } interpretation { ${INTERPRETATION} } } } }`,
      { id: completed.saved.id },
    );
    expect(node).toEqual({ outcome: { __typename: 'Answered' }, interpretation: understood });
  });

  it('a period compared with another names both as dates, and a filter reached through another table says how', async () => {
    const completed = await ask('revenue from instagram platform this year vs last year');
    const understood = completed.interpretation!;
    expect(understood.period).toMatchObject({ from: '2026-01-01', through: '2026-06-14' });
    expect(understood.comparedWith).not.toBeNull();
    expect(understood.filters.map((filter) => filter.text)).toEqual(['Platform: Instagram']);
    expect(understood.notes.join(' ')).toMatch(/social posts linked to each of the orders/);
  });
});

describe('asking instead of guessing', () => {
  it('a word with several readings ends as a Clarification offering answerable readings, runs no query, and is saved as one', async () => {
    const completed = await ask('revenue from instagram last month');
    expect(completed.outcome.__typename).toBe('Clarification');
    expect(completed.outcome.word).toBe('instagram');
    const options = completed.outcome.options!;
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    expect(options.map((option) => option.label)).toEqual(
      expect.arrayContaining(['Platform: Instagram', 'Sales channel: Instagram Shop']),
    );
    expect(completed.sql).toBeNull();
    expect(completed.interpretation).toBeNull();
    expect(completed.answer).toContain('instagram');
    expect(completed.saved.outcome).toEqual(completed.outcome);

    const picked = await ask(options.find((option) => option.label === 'Sales channel: Instagram Shop')!.question);
    expect(picked.outcome.__typename).toBe('Answered');
    expect(picked.interpretation!.filters.map((filter) => filter.text)).toEqual(['Sales channel: Instagram Shop']);
  });

  it('a question the data cannot answer ends as Declined, naming the word it did not understand', async () => {
    const completed = await ask('how many visitors came yesterday');
    expect(completed.outcome).toEqual({ __typename: 'Declined', word: 'visitors' });
    expect(completed.answer).toContain('"visitors"');
    expect(completed.sql).toBeNull();
    expect(completed.interpretation).toBeNull();
    expect(completed.saved.outcome).toEqual(completed.outcome);
  });

  it('a greeting is a DirectReply, not a decline', async () => {
    const completed = await ask('hello');
    expect(completed.outcome.__typename).toBe('DirectReply');
  });
});
