import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { startAuthEmulator, type AuthEmulator } from '../../helpers/auth-emulator.js';
import { expectData, postGraphQL, wsClient, wsExecute } from '../../helpers/graphql.js';
import { createConversation } from '../history/seed-history.js';

/** Real Firebase ID tokens from the Firebase Auth emulator, verified by firebase-admin in the server. */
const PROJECT = 'demo-askql-auth';
let auth: AuthEmulator;
let server: TestServer;
let alice: { uid: string; idToken: string };
let bob: { uid: string; idToken: string };

beforeAll(async () => {
  auth = await startAuthEmulator(PROJECT);
  // firebase-admin finds the Auth emulator through the environment only.
  process.env.FIREBASE_AUTH_EMULATOR_HOST = auth.host;
  alice = await auth.createUser('alice@example.com');
  bob = await auth.createUser('bob@example.com');
  server = await startTestServer({
    env: { ASKQL_AUTH: 'firebase', GOOGLE_CLOUD_PROJECT: PROJECT, FIREBASE_AUTH_EMULATOR_HOST: auth.host },
  });
  await clearFirestore(PROJECT);
});
afterAll(async () => {
  await server?.stop();
  await auth?.stop();
  delete process.env.FIREBASE_AUTH_EMULATOR_HOST;
});

/** Opens a graphql-ws socket (raw, to see the protocol), sends connection_init, and reports the close code. */
function closeCode(token: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    socket.once('open', () => {
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: token === undefined ? {} : { authorization: `Bearer ${token}` },
        }),
      );
    });
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

describe('Firebase ID tokens (ASKQL_AUTH=firebase)', () => {
  it('acts as the user the token names, over HTTP', async () => {
    const data = await expectData(server.url, '{ viewer }', {}, { token: alice.idToken });
    expect(data.viewer).toBe(alice.uid);
  });

  it.each([
    ['no token', undefined],
    ['a forged token', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0.'],
    ['garbage', 'not-a-token'],
  ])('answers 401 UNAUTHENTICATED to %s over HTTP', async (_name, token) => {
    const response = await postGraphQL(server.url, '{ viewer }', {}, token === undefined ? {} : { token });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(response.data ?? null).toBeNull();
  });

  it('acts as the user the token names, over graphql-ws', async () => {
    const client = wsClient(server.wsUrl, { token: bob.idToken });
    try {
      expect(await wsExecute(client, '{ viewer }')).toEqual({ status: 0, data: { viewer: bob.uid } });
    } finally {
      await client.dispose();
    }
  });

  it('closes a WebSocket without a valid token with 4403, and keeps serving everyone else', async () => {
    expect(await closeCode(undefined)).toBe(4403);
    expect(await closeCode('not-a-token')).toBe(4403);
    const data = await expectData(server.url, '{ viewer }', {}, { token: alice.idToken });
    expect(data.viewer).toBe(alice.uid);
  });

  it('shows a user only their own conversations, over HTTP and WebSocket', async () => {
    const conversation = await createConversation(server.services.history, alice.uid, { title: 'Alice only' });
    const query = 'query($id: ID!) { conversation(id: $id) { title } }';
    const id = encodeGlobalID('Conversation', conversation.id);
    expect((await expectData(server.url, query, { id }, { token: alice.idToken })).conversation).toEqual({
      title: 'Alice only',
    });
    expect((await expectData(server.url, query, { id }, { token: bob.idToken })).conversation).toBeNull();
    const client = wsClient(server.wsUrl, { token: bob.idToken });
    try {
      expect(await wsExecute(client, query, { id })).toEqual({ status: 0, data: { conversation: null } });
      const list = await wsExecute(client, '{ conversations(first: 5) { edges { node { title } } } }');
      expect(list.data).toEqual({ conversations: { edges: [] } });
    } finally {
      await client.dispose();
    }
  });
});

describe('development mode with a token', () => {
  it('verifies a token when one is sent and falls back to the development user without one', async () => {
    const dev = await startTestServer({
      env: { ASKQL_AUTH: 'development', GOOGLE_CLOUD_PROJECT: PROJECT, FIREBASE_AUTH_EMULATOR_HOST: auth.host },
    });
    try {
      expect((await expectData(dev.url, '{ viewer }', {}, { token: alice.idToken })).viewer).toBe(alice.uid);
      expect((await expectData(dev.url, '{ viewer }')).viewer).toBe('demo');
      expect((await postGraphQL(dev.url, '{ viewer }', {}, { token: 'not-a-token' })).status).toBe(401);
    } finally {
      await dev.stop();
    }
  });
});
