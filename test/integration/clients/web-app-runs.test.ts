import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Analyst } from '../../../src/analyst/analyst.js';
import { startCuttableProxy, type CuttableProxy } from '../../helpers/cuttable-proxy.js';
import { createAnswerHold } from '../../helpers/held-analyst.js';
import {
  answers,
  askByKeyboard,
  lastFinishedAnswer,
  openWebPage,
  questionBox,
  screenshot,
  seriousAccessibilityViolations,
  startWebApp,
  type WebAppUnderTest,
} from '../../helpers/web-page.js';
import type { TestBrowser } from './browser.js';
import { withAnalyst } from './slow-analyst.js';

const SEED = 'Show me my top 5 Instagram posts by engagement';
// "By channel" alone has several readings (sales, acquisition, platform) and is asked about, not guessed.
const FOLLOW_UP = 'What was my revenue last month by sales channel?';

/** What a model might write: markdown, and HTML that must never run. */
const MARKDOWN_ANSWER = [
  '**Top post** leads engagement.',
  '',
  '- first point',
  '- second point',
  '',
  '<img src="x" onerror="window.injected = 1"><script>window.injected = 2</script>[a link](javascript:window.injected=3)',
].join('\n');

const hold = createAnswerHold();
/** When set, the analyst answers with this text (as a model would) instead of its own. */
let modelText: string | null = null;

function writesModelText(analyst: Analyst): Analyst {
  return {
    ...analyst,
    interpret: async (request) => {
      if (modelText === null) return analyst.interpret(request);
      request.onDelta(modelText);
      return { text: modelText, citations: [] };
    },
    checkInterpretation: (...args) => (modelText === null ? analyst.checkInterpretation(...args) : { ok: true }),
  };
}

let app: WebAppUnderTest;
let proxy: CuttableProxy;
let chromium: TestBrowser;

beforeAll(async () => {
  app = await startWebApp(withAnalyst((analyst) => hold.wrap(writesModelText(analyst))));
  chromium = app.chromium;
  // The page reaches the server through a proxy, so a test can make the server vanish and come back.
  proxy = await startCuttableProxy(app.server.url);
}, 180_000);
afterAll(async () => {
  await proxy?.close();
  await app?.close();
});
beforeEach(() => {
  hold.release();
  modelText = null;
});

/** Asks and waits until the run is paused mid-answer, with the first piece of the answer on the page. */
async function askAndHold(page: Page, question: string): Promise<void> {
  hold.arm();
  await askByKeyboard(page, question);
  await hold.reached();
  await expect.poll(() => answers(page).last().locator('[aria-live] ').innerText()).toMatch(/\S/);
}

function progressOf(page: Page) {
  return page.getByRole('progressbar', { name: 'Answer progress' });
}

describe('a run in the web app', { timeout: 120_000 }, () => {
  it('is not asked twice: Enter does nothing while a run is going or while an input method composes; Stop ends it, Retry asks again', async () => {
    const { page, errors } = await openWebPage(chromium, proxy.origin, 'desktop');
    await askAndHold(page, SEED);
    expect(await progressOf(page).getAttribute('aria-valuenow')).toBe('75');
    // A run as a screen reader meets it: a named bar, the answer growing inside a live region.
    expect(await answers(page).last().locator('[aria-live="polite"][aria-busy="true"]').innerText()).toMatch(/\S/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The next question waits in the box: Enter does not send it, and the Ask button is off.
    await askByKeyboard(page, FOLLOW_UP);
    expect(await questionBox(page).inputValue()).toBe(FOLLOW_UP);
    expect(await page.getByRole('button', { name: 'Ask', exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED]);
    await screenshot(page, 'desktop-running');

    await page.getByRole('button', { name: 'Stop' }).click();
    const stopped = await lastFinishedAnswer(page);
    expect(await stopped.getByRole('alert').innerText()).toMatch(/^Stopped before the answer was finished\./);
    // What was written so far stays, and the question can be asked again.
    expect(await stopped.locator('.answer-text').innerText()).toMatch(/\S/);
    await screenshot(page, 'desktop-stopped');

    // Enter while an input method is composing picks the word; it does not ask.
    await page.evaluate(() => {
      const box = document.getElementById('question')!;
      box.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }),
      );
    });
    await page.waitForTimeout(300);
    expect(await page.locator('#messages .message.user').count()).toBe(1);

    hold.release();
    await stopped.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED, SEED]);
    const retried = await lastFinishedAnswer(page);
    expect(await retried.locator('.result tbody tr').count()).toBe(5);
    // The question left in the box was never sent, so nothing was refused as busy.
    expect(await page.locator('body').innerText()).not.toMatch(/CONVERSATION_BUSY|busy/i);
    expect(await questionBox(page).inputValue()).toBe(FOLLOW_UP);

    // The saved conversation agrees: the stopped answer, then the retried one.
    await page.reload();
    await expect.poll(() => answers(page).count()).toBe(2);
    expect(await answers(page).first().getAttribute('class')).toMatch(/cancelled/);
    expect(await answers(page).last().getAttribute('class')).toMatch(/complete/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after a reload mid-run, reopens the conversation and rejoins the run from the last event it saw, to its answer', async () => {
    const { page, errors } = await openWebPage(chromium, proxy.origin, 'desktop');
    const rejoins: { afterSeq: number }[] = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as {
          type: string;
          payload?: { query?: string; variables?: { afterSeq: number } };
        };
        if (message.type === 'subscribe' && message.payload?.query?.includes('askRun'))
          rejoins.push(message.payload.variables!);
      }),
    );
    await askAndHold(page, SEED);
    const written = await answers(page).last().locator('[aria-live]').innerText();
    const address = page.url();
    expect(new URL(address).searchParams.get('conversation')).toBeTruthy();

    await page.reload();
    expect(page.url()).toBe(address);
    // The run is drawn again where it was: its question, its progress and what was written.
    await expect.poll(() => progressOf(page).getAttribute('aria-valuenow')).toBe('75');
    expect(await answers(page).last().locator('[aria-live]').innerText()).toBe(written);
    expect(await page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED]);
    expect(rejoins).toHaveLength(1);
    expect(rejoins[0]!.afterSeq).toBeGreaterThan(1);
    await screenshot(page, 'desktop-rejoined');

    hold.release();
    const answer = await lastFinishedAnswer(page);
    expect(await answer.locator('.result tbody tr').count()).toBe(5);
    // The finished answer is in the live region it was streamed into, now no longer busy: read out once, whole.
    const live = answer.locator('[aria-live="polite"]');
    expect(await live.getAttribute('aria-busy')).toBe('false');
    expect((await live.innerText()).startsWith(written.trim())).toBe(true);
    expect(await live.innerText()).toBe(await answer.locator('.answer-text').innerText());
    expect(await answers(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in another tab that never saw the run, finds it through the conversation’s activeRun and follows it to its answer', async () => {
    const { page, errors } = await openWebPage(chromium, proxy.origin, 'desktop');
    await askAndHold(page, SEED);
    const address = page.url();
    // A new tab has no sessionStorage of the first one: only the server knows a run is going.
    const other = await openWebPage(chromium, address, 'desktop');
    await expect.poll(() => progressOf(other.page).getAttribute('aria-valuenow')).toBe('75');
    expect(await answers(other.page).last().locator('[aria-live]').innerText()).toMatch(/\S/);
    expect(await other.page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED]);

    hold.release();
    const answer = await lastFinishedAnswer(other.page);
    expect(await answer.locator('.result tbody tr').count()).toBe(5);
    expect(await (await lastFinishedAnswer(page)).locator('.result tbody tr').count()).toBe(5);
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
    await page.close();
  });

  it('when the server goes away mid-answer, says so plainly, offers to retry, and picks the answer up when the server is back (390 px)', async () => {
    const { page, errors } = await openWebPage(chromium, proxy.origin, 'phone');
    await askAndHold(page, SEED);

    await proxy.cut();
    const status = answers(page).last().getByRole('alert');
    await expect
      .poll(() => status.innerText(), { timeout: 20_000 })
      .toMatch(/^Lost connection to the server\. Trying again in \d+ s…/);
    // The bar does not sit there as if all were well.
    expect(await progressOf(page).getAttribute('aria-valuetext')).toBe('Connection lost at 75%');
    expect(await page.locator('body').innerText()).not.toMatch(/undefined|\[Network\]/);
    await screenshot(page, 'phone-connection-lost');

    await proxy.restore();
    hold.release();
    await status.getByRole('button', { name: 'Retry now' }).click();
    const answer = await lastFinishedAnswer(page);
    expect(await answer.locator('.result tbody tr').count()).toBe(5);
    expect(await page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED]);
    await screenshot(page, 'phone-reconnected');
    // The browser logs the refused connections itself; the page added nothing.
    expect(errors.filter((error) => !/ERR_CONNECTION_REFUSED|WebSocket connection/.test(error))).toEqual([]);
    await page.close();
  });

  it("formats a model's markdown and never runs the HTML in it", async () => {
    modelText = MARKDOWN_ANSWER;
    const { page, errors } = await openWebPage(chromium, proxy.origin, 'desktop');
    await askByKeyboard(page, SEED);
    const answer = await lastFinishedAnswer(page);
    const text = answer.locator('.answer-text');
    expect(await text.locator('strong').innerText()).toBe('Top post');
    expect(await text.locator('li').allInnerTexts()).toEqual(['first point', 'second point']);
    expect(await text.locator('img, script').count()).toBe(0);
    expect(await text.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    // Reopened from the history, it reads the same.
    await page.reload();
    await expect.poll(() => answers(page).locator('.answer-text strong').count()).toBe(1);
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
