import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFirestore } from '../helpers/firestore.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { ARTIFACTS_DIR, launchChromium, type TestBrowser } from './browser.js';
import { ROOT } from './run-cli.js';
import { withSlowAnalyst } from './slow-analyst.js';

const QUESTION = 'Show me my top 5 Instagram posts by engagement';

let webDir: string;
let server: TestServer;
let chromium: TestBrowser;

beforeAll(async () => {
  // Built from source here, as `npm start` builds it, so the test proves a fresh clone's page works.
  webDir = mkdtempSync(join(tmpdir(), 'askql-web-'));
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'examples/web/vite.config.ts', '--outDir', webDir, '--logLevel', 'error'],
    { cwd: ROOT },
  );
  // An empty history: the list must show the conversation this file asks, not others'.
  await clearFirestore();
  [server, chromium] = await Promise.all([
    startTestServer({
      env: { ASKQL_WEB_DIR: webDir },
      customize: withSlowAnalyst(300),
    }),
    launchChromium(),
  ]);
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  rmSync(webDir, { recursive: true, force: true });
});

describe('the web app at /', { timeout: 120_000 }, () => {
  it('asks the seed question: the progress bar moves, the answer and its table appear, the conversation is listed', async () => {
    const page = await chromium.context.newPage();
    const origin = server.url.replace(/\/graphql$/, '/');
    await page.goto(origin);
    await page.locator('#question').fill(QUESTION);
    await page.keyboard.press('Enter');

    const percents: number[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const percent = Number(await page.locator('#progress').getAttribute('aria-valuenow'));
      if (percent !== percents.at(-1)) {
        percents.push(percent);
        if (percent >= 30 && percent < 100 && !percents.slice(0, -1).some((earlier) => earlier >= 30)) {
          await page.screenshot({ path: `${ARTIFACTS_DIR}web-app-progress.png` });
        }
      }
      if (percent === 100) break;
      await page.waitForTimeout(20);
    }
    // The bar moved through several steps, never backwards, to the end.
    expect(percents.length, percents.join(' ')).toBeGreaterThanOrEqual(4);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);

    await expect.poll(() => page.locator('#answer').innerText()).toMatch(/.{20,}/);
    // The last progress event comes just before AskCompleted, which brings the table and suggestions.
    await expect.poll(() => page.locator('#table tbody tr').count()).toBe(5);
    await expect.poll(() => page.locator('#suggestions li').count()).toBeGreaterThan(0);
    // The Vega-Lite chart, drawn by vega-embed.
    await expect.poll(() => page.locator('#chart svg').count()).toBe(1);
    const listed = page.locator('#conversations li', { hasText: QUESTION });
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.innerText()).toMatch(/2 messages/);
    expect(chromium.offMachineRequests).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS_DIR}web-app-ask.png`, fullPage: true });

    // Opening the conversation from the list shows its saved question and answer.
    await page.locator('#new-conversation').click();
    await expect.poll(() => page.locator('#messages .message').count()).toBe(0);
    await listed.click();
    await expect.poll(() => page.locator('#messages .message').allInnerTexts()).toEqual([
      QUESTION,
      await page.locator('#answer').innerText(),
    ]);
    await page.close();
  });
});
