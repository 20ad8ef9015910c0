import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { pino } from 'pino';
import { startTestServer } from '../../helpers/server.js';
import { expectData } from '../../helpers/graphql.js';
import { startServices } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config.js';
import { exportMetadataFile } from '../../../src/firestore-emulator/emulator.js';
import { appendMessage, createConversation } from './seed-history.js';

/**
 * The server's own Firestore: with no FIRESTORE_EMULATOR_HOST and no credentials it starts the emulator
 * over its data directory. The Firestore client lets FIRESTORE_EMULATOR_HOST in the environment win over
 * its settings, so these tests hide the shared emulator's variable while they run.
 */
let sharedHost: string | undefined;
let dataDir: string;

beforeEach(async () => {
  sharedHost = process.env.FIRESTORE_EMULATOR_HOST;
  delete process.env.FIRESTORE_EMULATOR_HOST;
  dataDir = await mkdtemp(join(tmpdir(), 'askql-data-'));
});
afterEach(async () => {
  if (sharedHost) process.env.FIRESTORE_EMULATOR_HOST = sharedHost;
  await rm(dataDir, { recursive: true, force: true });
});

describe('history on the emulator the server starts itself', () => {
  it('survives a restart over the same data directory', async () => {
    const env = { FIRESTORE_EMULATOR_HOST: '', ASKQL_DATA_DIR: dataDir, GOOGLE_CLOUD_PROJECT: 'askql-persistence' };
    const first = await startTestServer({ env });
    const conversation = await createConversation(first.services.history, 'demo');
    await appendMessage(first.services.history, 'demo', conversation.id, {
      role: 'user',
      content: 'What were my best-selling products last month?',
      status: 'complete',
    });
    await first.stop();
    expect(existsSync(exportMetadataFile(dataDir))).toBe(true);

    const second = await startTestServer({ env });
    try {
      const data = await expectData(
        second.url,
        'query($id: ID!) { conversation(id: $id) { title messageCount messages { edges { node { content } } } } }',
        {
          id: encodeGlobalID('Conversation', conversation.id),
        },
      );
      expect(data.conversation).toEqual({
        title: 'What were my best-selling products last month?',
        messageCount: 1,
        messages: { edges: [{ node: { content: 'What were my best-selling products last month?' } }] },
      });
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe('/readyz', () => {
  it('says not ready while Firestore is unreachable, and the server keeps answering', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const server = await startTestServer({ env: { FIRESTORE_EMULATOR_HOST: `127.0.0.1:${closedPort}` } });
    try {
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        ready: false,
        checks: expect.arrayContaining([expect.objectContaining({ name: 'firestore', ok: false })]),
      });
      expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
      expect((await expectData(server.url, '{ viewer }')).viewer).toBe('demo');
    } finally {
      await server.stop();
    }
  });
});

describe('start-up without any Firestore', () => {
  it('fails with a message that says how to get the emulator or configure credentials', async () => {
    const config = loadConfig({ FIRESTORE_EMULATOR_JAR: join(dataDir, 'missing.jar'), ASKQL_DATA_DIR: dataDir });
    const failure = startServices(config, pino({ level: 'silent' }));
    await expect(failure).rejects.toThrow(/npx firebase-tools setup:emulators:firestore/);
    await expect(failure).rejects.toThrow(/GOOGLE_APPLICATION_CREDENTIALS/);
  });
});
