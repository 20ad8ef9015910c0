import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../../src/config.js';
import { ASK_QUERY, collect, execute, wsClient } from '../ask/ask-client.js';
import { DEMO_ENV, ensureDemoWarehouse } from '../ask/demo-env.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/** What a web page of another site can make a browser do to the server, and the limits' answers. */

const APP_ORIGIN = 'https://app.example.com';
const EVIL_ORIGIN = 'https://evil.example.net';

let server: TestServer;
beforeAll(async () => {
  await ensureDemoWarehouse();
  await clearFirestore();
  server = await startTestServer({
    env: { ...DEMO_ENV, ASKQL_ALLOWED_ORIGINS: APP_ORIGIN, ASKQL_INTROSPECTION: 'false' },
  });
});
afterAll(() => server?.stop());

const post = (body: string, headers: Record<string, string>) => fetch(server.url, { method: 'POST', headers, body });

/** Opens a graphql-ws socket as a browser page of `origin` would; resolves with 'open' or the refusal's status. */
function openSocket(origin?: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => resolve(String(response.statusCode)));
    socket.once('error', () => resolve('error'));
  });
}

describe('a page of another site', () => {
  it('is refused over HTTP, with no CORS header that would let it read the answer', async () => {
    const response = await post(JSON.stringify({ query: '{ conversations(first: 1) { edges { node { id } } } }' }), {
      'content-type': 'application/json',
      origin: EVIL_ORIGIN,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('cannot run a mutation through a form post (urlencoded or multipart), which needs no preflight', async () => {
    const form = await post('query=mutation%20%7B%20createConversation%20%7B%20id%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const multipart = new FormData();
    multipart.set('query', 'mutation { createConversation { id } }');
    const upload = await fetch(server.url, { method: 'POST', body: multipart });
    expect(upload.status).toBe(415);
    expect(await upload.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  });

  it('cannot open a WebSocket, while the allowed origin, the server itself and non-browser clients can', async () => {
    expect(await openSocket(EVIL_ORIGIN)).toBe('401');
    expect(await openSocket(APP_ORIGIN)).toBe('open');
    expect(await openSocket(new URL(server.url).origin)).toBe('open');
    expect(await openSocket()).toBe('open');
  });
});

describe('an allowed origin', () => {
  it('gets CORS headers with credentials for its own origin only', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin: APP_ORIGIN,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('limits and settings', () => {
  it('answers a document over the alias limit with HTTP 400 and a code, like any invalid document', async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: node(id: "x") { id }`).join(' ');
    const response = await post(JSON.stringify({ query: `{ ${aliases} }` }), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  });

  it('does not answer introspection when it is turned off (the production default)', async () => {
    const response = await execute(server.url, '{ __schema { types { name } } }');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    expect(
      loadConfig({ ASKQL_ENV: 'production', GOOGLE_CLOUD_PROJECT: 'p', ASKQL_WAREHOUSE_URL: 'postgres://db/shop' })
        .introspection,
    ).toBe(false);
    expect(loadConfig({}).introspection).toBe(true);
  });

  it('listens on this machine only in development, and on every interface in production', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(
      loadConfig({ ASKQL_ENV: 'production', GOOGLE_CLOUD_PROJECT: 'p', ASKQL_WAREHOUSE_URL: 'postgres://db/shop' })
        .host,
    ).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});

describe('a Firebase uid that is not a Firestore document id', () => {
  for (const uid of ['team/alice', '..', '__admin__']) {
    it(`works for "${uid}": a question is answered and listed in that user's history only`, async () => {
      const user = await startTestServer({ env: { ...DEMO_ENV, ASKQL_DEV_USER: uid } });
      try {
        const client = wsClient(user.wsUrl);
        const events = await collect(client, ASK_QUERY, { input: { question: 'hello' } });
        await client.dispose();
        expect(events.at(-1)?.__typename).toBe('AskCompleted');
        const listed = await execute<{ conversations: { edges: { node: { id: string } }[] } }>(
          user.url,
          '{ conversations(first: 5) { edges { node { id } } } }',
        );
        expect(listed.errors).toBeUndefined();
        expect(listed.data?.conversations.edges.map((edge) => edge.node.id)).toEqual([events[0]!.conversationId]);
      } finally {
        await user.stop();
      }
    });
  }
});
