import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ARTIFACTS_DIR, launchChromium, type TestBrowser } from './browser.js';
import { withSlowAnalyst } from './slow-analyst.js';

let server: TestServer;
let chromium: TestBrowser;

beforeAll(async () => {
  // An empty history: the conversations query must show the conversation this file asks, not others'.
  await clearFirestore();
  [server, chromium] = await Promise.all([
    startTestServer({
      // GraphiQL is served in development; the slower analyst lets the result pane show each progress event.
      env: { ASKQL_ENV: 'development' },
      customize: withSlowAnalyst(400),
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** Opens GraphiQL, types the operation into its editor as a person would, prettifies it and runs it. */
async function runInGraphiQL(page: Page, operation: string): Promise<void> {
  await page.goto(server.url);
  const editor = page.locator('.graphiql-query-editor .monaco-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // One line: Monaco closes brackets and quotes as they are typed and steps over the closing ones.
  await page.keyboard.type(operation);
  await page.getByRole('button', { name: /prettify/i }).click();
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.getByRole('button', { name: /execute query/i }).click();
}

/** The result pane's text with Monaco's soft line wraps undone. */
async function resultPane(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
}

describe('GraphiQL at /graphql, in Chromium, offline', { timeout: 120_000 }, () => {
  it('runs an askQuery subscription over WebSocket: progress events in the result pane, then the completed answer', async () => {
    const page = await chromium.context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await runInGraphiQL(
      page,
      'subscription Ask { askQuery(input: { question: "Show me my top 5 Instagram posts by engagement" }) { __typename ... on AskProgress { stage message percent } ... on AskCompleted { answer suggestions } } }',
    );
    const seen: string[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const pane = await resultPane(page);
      if (pane !== seen.at(-1)) seen.push(pane);
      if (
        pane.includes('Fetching Data...') &&
        !seen.slice(0, -1).some((earlier) => earlier.includes('Fetching Data...'))
      ) {
        await page.screenshot({ path: `${ARTIFACTS_DIR}graphiql-ask-progress.png` });
      }
      if (pane.includes('AskCompleted')) break;
      await page.waitForTimeout(30);
    }
    const progress = seen.filter((pane) => pane.includes('"AskProgress"'));
    expect(progress.length, seen.join('\n---\n')).toBeGreaterThanOrEqual(3);
    expect(
      progress.some((pane) => pane.includes('Fetching Data...')),
      progress.join('\n---\n'),
    ).toBe(true);
    const completed = seen.at(-1) ?? '';
    expect(completed).toContain('"AskCompleted"');
    expect(completed).toMatch(/"answer": ".{20,}/);
    expect(completed).toContain('"suggestions": [');
    expect(sockets.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(chromium.offMachineRequests).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS_DIR}graphiql-ask-query.png` });
    await page.close();
  });

  it('runs the conversations query and shows the conversation just asked', async () => {
    const page = await chromium.context.newPage();
    await runInGraphiQL(
      page,
      'query History { conversations(first: 5) { edges { node { preview messageCount updatedAt } } } }',
    );
    await expect
      .poll(() => resultPane(page), { timeout: 10_000 })
      .toContain('Show me my top 5 Instagram posts by engagement');
    expect(await resultPane(page)).toContain(
      '"preview": "Show me my top 5 Instagram posts by engagement", "messageCount": 2',
    );
    expect(chromium.offMachineRequests).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS_DIR}graphiql-conversations.png` });
    await page.close();
  });
});
