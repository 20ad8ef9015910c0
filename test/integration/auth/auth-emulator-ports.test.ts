import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthEmulator } from '../../helpers/auth-emulator.js';
import { freePort } from '../../../src/firestore-emulator/free-ports.js';

/**
 * The Auth emulator the tests start gets ports found free, which anyone can take before firebase-tools binds
 * them: the start is tried again on fresh ports, and a port that stays taken ends in an error that says so.
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

describe('the Auth emulator on a taken port', { timeout: 180_000 }, () => {
  it('starts on other ports when the chosen one was taken meanwhile, and serves', async () => {
    let chosen = 0;
    const emulator = await startAuthEmulator('demo-askql', {
      // The first attempt gets the taken port; later ones let the system choose.
      choosePorts: async () =>
        chosen++ === 0
          ? [takenPort, await freePort(), await freePort()]
          : [await freePort(), await freePort(), await freePort()],
    });
    try {
      expect(emulator.attempts).toBe(2);
      expect(emulator.host).not.toBe(`127.0.0.1:${takenPort}`);
      const user = await emulator.createUser('ports@example.com');
      expect(user.idToken.length).toBeGreaterThan(0);
    } finally {
      await emulator.stop();
    }
  });

  it('says the port is taken when it stays taken, after three tries', async () => {
    let chosen = 0;
    const start = startAuthEmulator('demo-askql', {
      choosePorts: async () => {
        chosen++;
        return [takenPort, await freePort(), await freePort()];
      },
    });
    await expect(start).rejects.toThrow(/port taken|is not open/i);
    expect(chosen).toBe(3);
  });
});
