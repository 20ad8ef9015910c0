import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the Google Cloud CLI's Debian package puts the emulator. */
const GCLOUD_JARS = [
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
  '/usr/share/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar',
];

/** How to get an emulator or use a real project: the start-up error when neither is available. */
export const NO_FIRESTORE_HELP =
  'No Firestore configured and no Cloud Firestore emulator found. Either install the emulator ' +
  '(`npx firebase-tools setup:emulators:firestore`, or `gcloud components install cloud-firestore-emulator`) ' +
  'or point FIRESTORE_EMULATOR_JAR at its jar, or set FIRESTORE_EMULATOR_HOST to a running emulator, ' +
  'or use a real project with GOOGLE_CLOUD_PROJECT and GOOGLE_APPLICATION_CREDENTIALS (a service account key file).';

export class EmulatorNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${detail}. ${NO_FIRESTORE_HELP}` : NO_FIRESTORE_HELP);
    this.name = 'EmulatorNotFoundError';
  }
}

/**
 * The official Cloud Firestore emulator jar: the explicit one when given (it must exist), else the Google
 * Cloud CLI's copy, else the newest one firebase-tools downloaded into ~/.cache/firebase/emulators.
 */
export function findEmulatorJar(explicit: string | undefined, home: string = homedir()): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new EmulatorNotFoundError(`FIRESTORE_EMULATOR_JAR=${explicit} does not exist`);
    return explicit;
  }
  const gcloud = GCLOUD_JARS.find((path) => existsSync(path));
  if (gcloud) return gcloud;
  const cache = join(home, '.cache', 'firebase', 'emulators');
  const downloaded = existsSync(cache)
    ? readdirSync(cache)
        .filter((name) => /^cloud-firestore-emulator-v?[\d.]+\.jar$/.test(name))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];
  const newest = downloaded.at(-1);
  if (newest) return join(cache, newest);
  throw new EmulatorNotFoundError();
}
