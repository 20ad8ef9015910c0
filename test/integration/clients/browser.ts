import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where screenshots go (gitignored): open them to see what a person would have seen. */
export const ARTIFACTS_DIR = new URL('../../../test-artifacts/', import.meta.url).pathname;

/** Debian's Chromium; `.ci/run` installs it when it is missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A closed network: no update checks, no sync, nothing that reaches outside this machine. */
const CLOSED_NETWORK_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface TestBrowser {
  readonly context: BrowserContext;
  /** Requests a page tried to send anywhere but this machine (a CDN, say); they were blocked. */
  readonly offMachineRequests: readonly string[];
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile (deleted on close). Requests that leave the machine are
 * blocked and recorded, so a page that only works with a CDN fails its test instead of passing here by luck.
 */
export async function launchChromium(): Promise<TestBrowser> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'askql-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CLOSED_NETWORK_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const offMachineRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.protocol === 'data:';
    if (local) return route.continue();
    offMachineRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    offMachineRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
