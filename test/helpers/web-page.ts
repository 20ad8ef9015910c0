import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchChromium, type TestBrowser } from '../integration/clients/browser.js';
import { clearFirestore } from './firestore.js';
import { startTestServer, type TestServer, type TestServerOptions } from './server.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The widths the page is tested at: a desk and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

interface BuiltWebApp {
  readonly dir: string;
  remove(): void;
}

/** Builds examples/web from source as `npm start` does, so a test proves what a fresh clone serves. */
async function buildWebApp(): Promise<BuiltWebApp> {
  const dir = mkdtempSync(join(tmpdir(), 'askql-web-'));
  await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'examples/web/vite.config.ts',
      '--outDir',
      dir,
      '--logLevel',
      'error',
    ],
    { cwd: ROOT },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface WebAppUnderTest {
  readonly server: TestServer;
  readonly chromium: TestBrowser;
  /** http://127.0.0.1:PORT/: the page, served by the server. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The page built from source, served by the real server (with `customize` applied to its services), an
 * empty history (so the list shows only what the test file asks) and Chromium.
 */
export async function startWebApp(
  customize?: TestServerOptions['customize'],
  env: Record<string, string> = {},
): Promise<WebAppUnderTest> {
  const web = await buildWebApp();
  await clearFirestore(env.GOOGLE_CLOUD_PROJECT);
  const [server, chromium] = await Promise.all([
    startTestServer({ env: { ASKQL_WEB_DIR: web.dir, ASKQL_TRUSTED_DOCUMENTS: 'only', ...env }, customize }),
    launchChromium(),
  ]);
  return {
    server,
    chromium,
    origin: server.url.replace(/\/graphql$/, '/'),
    async close() {
      await chromium.close();
      await server.stop();
      web.remove();
    },
  };
}

export interface WebPage {
  readonly page: Page;
  /** Errors the page threw (uncaught exceptions and console errors): a test expects none. */
  readonly errors: string[];
}

/** A new tab at `url`, sized like a desk or a phone. */
export async function openWebPage(chromium: TestBrowser, url: string, viewport: ViewportName): Promise<WebPage> {
  const page = await chromium.context.newPage();
  await page.setViewportSize(VIEWPORTS[viewport]);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Saves what the page shows under test-artifacts/ (gitignored), to be looked at. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS_DIR}web-${name}.png`, fullPage });
}

/** The question box, by its label. */
export function questionBox(page: Page): Locator {
  return page.getByLabel('Your question');
}

/** Types a question and presses Enter, as a person asks. */
export async function askByKeyboard(page: Page, question: string): Promise<void> {
  await questionBox(page).fill(question);
  await questionBox(page).press('Enter');
}

/** The transcript's answers, oldest first. */
export function answers(page: Page): Locator {
  return page.locator('#messages article.assistant');
}

/** Waits until the page's last answer is finished (not running any more) and returns it. */
export async function lastFinishedAnswer(page: Page, timeout = 30_000): Promise<Locator> {
  const last = answers(page).last();
  await last.and(page.locator(':not(.running)')).waitFor({ timeout });
  return last;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page; returns the serious and critical violations (with where they are). */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
