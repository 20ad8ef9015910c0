import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findEmulatorJar } from '../../src/firestore-emulator/find-jar.js';
import { startFirestoreEmulator } from '../../src/firestore-emulator/emulator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `127.0.0.1:<port>` of the Firestore emulator every test file shares. */
    firestoreEmulatorHost: string;
  }
}

/** This workplace keeps a copy of the official emulator next to the repository, for machines without gcloud. */
const SHARED_JAR = fileURLToPath(
  new URL('../../../shared/tools/firestore-emulator/cloud-firestore-emulator.jar', import.meta.url),
);

function emulatorJar(): string {
  try {
    return findEmulatorJar(process.env.FIRESTORE_EMULATOR_JAR);
  } catch (error) {
    if (!process.env.FIRESTORE_EMULATOR_JAR && existsSync(SHARED_JAR)) return SHARED_JAR;
    throw error;
  }
}

/** Starts what every test file shares (the Firestore emulator) once per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const emulator = await startFirestoreEmulator({
    jar: emulatorJar(),
    projectId: process.env.GOOGLE_CLOUD_PROJECT ?? 'askql-local',
    heapMb: 512,
  });
  project.provide('firestoreEmulatorHost', emulator.host);
  // Test workers inherit the environment, so startTestServer's loadConfig finds the shared emulator.
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  process.env.FIRESTORE_EMULATOR_JAR ??= emulatorJar();
  return async () => {
    await emulator.stop();
  };
}
