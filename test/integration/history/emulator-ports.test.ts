import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEmulatorJar } from '../../../src/firestore-emulator/find-jar.js';
import { EmulatorStartError, startFirestoreEmulator } from '../../../src/firestore-emulator/emulator.js';
import { TEST_PROJECT_ID } from '../../helpers/firestore.js';
import { freePort } from '../../../src/firestore-emulator/free-ports.js';

/**
 * A port chosen free can be taken before the emulator binds it (once by the emulator's own WebSocket server, in
 * CI): the start is tried again on fresh ports, and a port that stays taken ends in an error that says so.
 */

let taken: Server;
let takenPort: number;
beforeAll(async () => {
  taken = createServer((socket) => socket.destroy());
  await new Promise<void>((resolveListen) => taken.listen(0, '127.0.0.1', resolveListen));
  const address = taken.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  takenPort = address.port;
});
afterAll(() => new Promise<void>((resolveClose) => taken.close(() => resolveClose())));

const options = () => ({
  jar: findEmulatorJar(process.env.FIRESTORE_EMULATOR_JAR),
  projectId: TEST_PROJECT_ID,
  heapMb: 256,
});

describe('the Firestore emulator on a taken port', { timeout: 120_000 }, () => {
  it('starts on other ports when the chosen one was taken meanwhile', async () => {
    let attempts = 0;
    const emulator = await startFirestoreEmulator({
      ...options(),
      // The first attempt gets the taken port; later ones let the system choose.
      choosePorts: async () =>
        attempts++ === 0 ? [takenPort, await freePort()] : [await freePort(), await freePort()],
    });
    try {
      expect(attempts).toBe(2);
      expect(emulator.host).not.toBe(`127.0.0.1:${takenPort}`);
      expect((await fetch(`http://${emulator.host}/`)).ok).toBe(true);
    } finally {
      await emulator.stop();
    }
  });

  it('says the address is in use when it stays taken, after a bounded number of tries', async () => {
    let attempts = 0;
    const start = startFirestoreEmulator({
      ...options(),
      choosePorts: async () => {
        attempts++;
        return [takenPort, await freePort()];
      },
    });
    await expect(start).rejects.toBeInstanceOf(EmulatorStartError);
    await expect(start).rejects.toThrow(/Address already in use/);
    expect(attempts).toBe(3);
  });
});
