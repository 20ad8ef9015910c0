import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { describe, expect } from 'vitest';
import { ASK, VIEWER } from '../../../src/cli/operations.js';
import { loadConfig } from '../../../src/config.js';
import { persistedQuery } from '../../../src/persisted-operation.js';
import { graphqlApi } from '../../helpers/api.js';
import { serverTest } from '../../helpers/fixtures.js';
import { wsClient } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { DEMO_ENV, ensureDemoWarehouse } from '../ask/demo-env.js';
import manifest from '../../../src/gql/persisted-documents.json' with { type: 'json' };

/**
 * Trusted documents: a server with ASKQL_TRUSTED_DOCUMENTS=only (production's default) runs the operations its
 * clients were built with, named by hash, and nothing else, over HTTP, SSE and graphql-ws.
 */
const it = serverTest({
  prepare: ensureDemoWarehouse,
  env: { ...DEMO_ENV, ASKQL_TRUSTED_DOCUMENTS: 'only' },
  api: { persisted: true },
});

const VIEWER_HASH = persistedQuery(VIEWER)!;
// Codegen adds __typename to every selection, so the manifest's document (what runs) has it too.
const VIEWER_DATA = { __typename: 'Query', viewer: 'demo' };
const ARBITRARY = '{ viewer conversations(first: 100) { edges { node { id title } } } }';

async function post(
  url: string,
  body: Record<string, unknown>,
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('ASKQL_TRUSTED_DOCUMENTS=only', () => {
  it('is production’s default, and development’s is any', () => {
    expect(
      loadConfig({ ASKQL_ENV: 'production', GOOGLE_CLOUD_PROJECT: 'p', ASKQL_WAREHOUSE_URL: 'postgres://db/shop' })
        .trustedDocuments.mode,
    ).toBe('only');
    expect(loadConfig({}).trustedDocuments.mode).toBe('any');
  });

  it('over HTTP, refuses a document sent as text with a 400, and runs a persisted one named by its hash alone', async ({
    server,
    api,
  }) => {
    const refused = await post(server.url, { query: ARBITRARY });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(refused.body.data ?? null).toBeNull();

    expect(await api.execute(VIEWER)).toEqual(VIEWER_DATA);
  });

  it('runs the manifest’s document for a known hash, whatever text comes with it', async ({ server }) => {
    const swapped = await post(server.url, { query: ARBITRARY, extensions: VIEWER_HASH });
    expect(swapped.body).toEqual({ data: VIEWER_DATA });
  });

  it('finds every document in the manifest within the server’s own limits (depth, aliases, tokens, cost)', async ({
    server,
  }) => {
    const tooComplex: string[] = [];
    for (const [sha256Hash, document] of Object.entries(manifest as Record<string, string>)) {
      // Variables are left out: their errors come after validation, where the limits are checked.
      const { body } = await post(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
      if (body.errors?.some((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX'))
        tooComplex.push(`${/\w+ (\w+)/.exec(document)?.[1]}: ${body.errors[0]!.message}`);
    }
    expect(tooComplex).toEqual([]);
  });

  it('refuses a hash it does not know', async ({ server }) => {
    const unknown = await post(server.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('over graphql-ws, refuses an arbitrary subscription and streams a persisted one to its answer', async ({
    server,
    api,
  }) => {
    const client = wsClient(server.wsUrl);
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { askRun(runId: "x") { seq } }' },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
      expect((refused as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');

      const results = await api.subscribe(ASK, {
        input: { question: 'Show me my top 5 Instagram posts by engagement' },
      });
      const events = results.map((result) => result.askQuery.__typename);
      expect(events[0]).toBe('AskStarted');
      expect(events.at(-1)).toBe('AskCompleted');
    } finally {
      await client.dispose();
    }
  });

  it('over SSE, refuses an arbitrary subscription and streams a persisted one', async ({ server }) => {
    const client = createSseClient({ url: server.url, singleConnection: false, retryAttempts: 0 });
    try {
      // graphql-sse reports a refused request as a network error: read the refusal itself.
      const refused = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { askRun(runId: "x") { seq } }' }),
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('PERSISTED_QUERY_ONLY');

      const events: string[] = [];
      for await (const result of client.iterate({
        query: print(ASK),
        variables: { input: { question: 'hello' } },
        extensions: persistedQuery(ASK),
      })) {
        events.push((result.data as { askQuery: { __typename: string } }).askQuery.__typename);
      }
      expect(events.at(-1)).toBe('AskCompleted');
    } finally {
      client.dispose();
    }
  });
});

describe('ASKQL_TRUSTED_DOCUMENTS=any (development)', () => {
  it('runs documents sent as text and persisted ones alike', async () => {
    const dev = await startTestServer();
    const byText = graphqlApi(dev);
    const byHash = graphqlApi(dev, { persisted: true });
    try {
      expect(await byText.execute(VIEWER)).toEqual(VIEWER_DATA);
      expect(await byHash.execute(VIEWER)).toEqual(VIEWER_DATA);
    } finally {
      await dev.stop();
    }
  });
});
