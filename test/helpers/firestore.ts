import { inject } from 'vitest';
import { clearEmulator } from '../../src/firestore-emulator/emulator.js';

/** The project every test server uses unless a test says otherwise (loadConfig's default). */
export const TEST_PROJECT_ID = process.env.GOOGLE_CLOUD_PROJECT ?? 'askql-local';

/** The shared emulator started by global-setup.ts. */
export function firestoreEmulatorHost(): string {
  return inject('firestoreEmulatorHost');
}

/** Deletes every document in the shared emulator, so each test starts from an empty history. */
export async function clearFirestore(projectId: string = TEST_PROJECT_ID): Promise<void> {
  await clearEmulator(firestoreEmulatorHost(), projectId);
}
