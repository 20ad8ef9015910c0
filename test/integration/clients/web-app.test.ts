import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answers,
  askByKeyboard,
  lastFinishedAnswer,
  openWebPage,
  questionBox,
  screenshot,
  seriousAccessibilityViolations,
  startWebApp,
  VIEWPORTS,
  type WebAppUnderTest,
} from '../../helpers/web-page.js';
import type { TestBrowser } from './browser.js';
import { withSlowAnalyst } from './slow-analyst.js';

/** The first example question on the empty page. */
const SEED = 'Show me my top 5 Instagram posts by engagement';
// "By channel" alone has several readings (sales, acquisition, platform) and is asked about, not guessed.
const FOLLOW_UP = 'What was my revenue last month by sales channel?';

let app: WebAppUnderTest;
let chromium: TestBrowser;
let origin: string;

beforeAll(async () => {
  // Each model step takes 200 ms, so the progress bar can be watched moving.
  app = await startWebApp(withSlowAnalyst(200));
  ({ chromium, origin } = app);
}, 180_000);
afterAll(async () => {
  await app?.close();
});

/** The header texts and the cell texts of an answer's table. */
async function tableOf(page: Page, answerIndex: number): Promise<{ headers: string[]; rows: string[][] }> {
  const table = answers(page).nth(answerIndex).locator('.result table');
  const headers = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  return { headers: headers.map((header) => header.replace(/\s*[↕↑↓]$/, '')), rows };
}

function conversationOf(page: Page): string | null {
  return new URL(page.url()).searchParams.get('conversation');
}

describe('the web app at / on a desk (1280 px)', { timeout: 120_000 }, () => {
  it('offers example questions on the empty page; one asks it: the bar moves, the answer, its chart and its table appear, and the conversation gets its own address', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await page.getByRole('button', { name: SEED }).waitFor();
    await screenshot(page, 'desktop-empty');
    await page.getByRole('button', { name: SEED }).click();

    const bar = page.getByRole('progressbar', { name: 'Answer progress' });
    const percents: number[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const percent = Number(await bar.getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => '100'));
      if (percent !== percents.at(-1)) {
        percents.push(percent);
        if (percent >= 30 && percent < 100 && !percents.slice(0, -1).some((earlier) => earlier >= 30))
          await screenshot(page, 'desktop-progress');
      }
      if (percent === 100) break;
      await page.waitForTimeout(20);
    }
    // The bar moved through several steps, never backwards, to the end (then the answer replaces it).
    expect(percents.length, percents.join(' ')).toBeGreaterThanOrEqual(4);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    const answer = await lastFinishedAnswer(page);
    expect(await answer.locator('.answer-text').innerText()).toMatch(/.{40,}/);
    // What was understood comes first: the metric, the filter and the period, as the server wrote it.
    expect(await answer.locator(':scope > *').first().getAttribute('class')).toBe('understood');
    expect(await answer.locator('.understood').innerText()).toMatch(/^Understood as: .*Engagement.*Instagram/is);
    await answer.locator('.understood').scrollIntoViewIfNeeded();
    await screenshot(page, 'desktop-understood');
    await expect.poll(() => answer.locator('.chart svg').count()).toBe(1);
    expect(await answer.locator('figcaption').innerText()).toMatch(
      /^Chart: Engagement by post\. The table below lists the same figures\.$/,
    );
    const { headers, rows } = await tableOf(page, 0);
    // Readable headers; the caption names each post, so the post's internal id comes last.
    expect(headers).toEqual(['Post caption', 'Post platform', 'Post media type', 'Posted at', 'Engagement', 'Post']);
    expect(rows).toHaveLength(5);
    for (const [, platform, mediaType, postedAt, engagement, id] of rows) {
      expect(platform).toBe('Instagram');
      expect(mediaType).toMatch(/^[A-Z][a-z]+$/);
      expect(postedAt).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/);
      expect(engagement).toMatch(/^\d{1,3}(,\d{3})*$/);
      expect(id).toMatch(/^post_/);
    }
    expect(await answer.locator('.result .note').innerText()).toBe('5 rows.');
    expect(await answer.locator('.suggestions button').count()).toBeGreaterThan(0);

    // The conversation has an address, and the list shows it as the open one.
    expect(conversationOf(page)).toMatch(/.{8,}/);
    const listed = page.getByRole('link', { name: new RegExp(SEED) });
    await expect.poll(() => listed.getAttribute('aria-current')).toBe('page');
    expect(await listed.innerText()).toMatch(/2 messages/);
    expect(await page.locator('#conversation-title').innerText()).toBe(SEED);
    await screenshot(page, 'desktop-answer');
    expect(chromium.offMachineRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a follow-up adds its answer under the first; a reload reopens the conversation with every answer, chart, table and suggestion', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await page.getByRole('button', { name: SEED }).click();
    await lastFinishedAnswer(page);
    await askByKeyboard(page, FOLLOW_UP);
    await expect.poll(() => answers(page).count()).toBe(2);
    await lastFinishedAnswer(page);

    const first = await tableOf(page, 0);
    const second = await tableOf(page, 1);
    expect(first.rows).toHaveLength(5);
    expect(second.headers).toEqual(['Sales channel', 'Revenue']);
    // Money with its sign, channels by their names.
    expect(second.rows.map(([channel]) => channel).sort()).toEqual(['Instagram Shop', 'Online store', 'TikTok Shop']);
    for (const [, revenue] of second.rows) expect(revenue).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    const texts = await answers(page).locator('.answer-text').allInnerTexts();

    const address = page.url();
    await page.reload();
    await expect.poll(() => answers(page).count()).toBe(2);
    expect(page.url()).toBe(address);
    expect(await page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED, FOLLOW_UP]);
    expect(await answers(page).locator('.answer-text').allInnerTexts()).toEqual(texts);
    expect(await tableOf(page, 0)).toEqual(first);
    expect(await tableOf(page, 1)).toEqual(second);
    await expect.poll(() => page.locator('#messages .chart svg').count()).toBe(2);
    for (const index of [0, 1])
      expect(await answers(page).nth(index).locator('.suggestions button').count()).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 2000 });
    await page.waitForTimeout(300);
    await screenshot(page, 'desktop-reopened-whole-transcript');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tables: the first 25 rows with how many there are, all on request, sortable by any column, and the kept rows as CSV', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await askByKeyboard(page, 'revenue by product');
    const answer = await lastFinishedAnswer(page);
    let table = await tableOf(page, 0);
    expect(table.headers).toEqual([
      'Product title',
      'Product category',
      'Product added on',
      'Product revenue',
      'Product',
    ]);
    expect(table.rows).toHaveLength(25);
    expect(await answer.locator('.result .note').innerText()).toBe('Showing 25 of 60 rows.');
    await answer.getByRole('button', { name: 'Show all 60 rows' }).click();
    expect((await tableOf(page, 0)).rows).toHaveLength(60);
    expect(await answer.locator('.result .note').innerText()).toBe('60 rows.');

    const revenue = (rows: string[][]) => rows.map((row) => Number(row[3]?.replace(/[$,]/g, '')));
    const header = answer.getByRole('columnheader', { name: /Product revenue/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    table = await tableOf(page, 0);
    expect(revenue(table.rows)).toEqual([...revenue(table.rows)].sort((a, b) => b - a));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    table = await tableOf(page, 0);
    expect(revenue(table.rows)).toEqual([...revenue(table.rows)].sort((a, b) => a - b));
    expect(table.rows[0]?.[1]).toMatch(/^[A-Z]/);

    const download = page.waitForEvent('download');
    await answer.getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Product title,Product category,Product added on,Product revenue,Product');
    expect(lines).toHaveLength(61);
    // Raw values for a spreadsheet, in the order shown (ascending revenue).
    expect(lines[1]).toMatch(/^[^,]+,[a-z_]+,\d{4}-\d{2}-\d{2}[^,]*,\d+(\.\d+)?,prd_/);

    // A result larger than the copy an answer keeps says so.
    await askByKeyboard(page, 'orders by customer');
    await expect.poll(() => answers(page).count()).toBe(2);
    const big = await lastFinishedAnswer(page);
    expect(await big.locator('.result .note').innerText()).toBe(
      'Showing 25 of 200 rows. The query returned 1,000 rows; this answer keeps the first 200.',
    );
    await screenshot(page, 'desktop-table');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rates an answer: the thumb stays pressed after a reload, and the other thumb replaces it', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await askByKeyboard(page, FOLLOW_UP);
    const answer = await lastFinishedAnswer(page);
    const up = answer.getByRole('button', { name: 'Good answer' });
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    await up.click();
    await expect.poll(() => up.getAttribute('aria-pressed')).toBe('true');
    expect(await answer.getByRole('status').innerText()).toBe('Thanks for the feedback.');

    await page.reload();
    const reopened = await lastFinishedAnswer(page);
    await expect
      .poll(() => reopened.getByRole('button', { name: 'Good answer' }).getAttribute('aria-pressed'))
      .toBe('true');
    await reopened.getByRole('button', { name: 'Bad answer' }).click();
    await expect
      .poll(() => reopened.getByRole('button', { name: 'Bad answer' }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await reopened.getByRole('button', { name: 'Good answer' }).getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renames a conversation and deletes it from its header; its old address then says it is gone', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await askByKeyboard(page, FOLLOW_UP);
    await lastFinishedAnswer(page);
    const address = page.url();

    await page.getByRole('button', { name: 'Rename conversation' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename conversation' });
    expect(await rename.getByLabel('Title').inputValue()).toBe(FOLLOW_UP);
    await rename.getByLabel('Title').fill('Channel review');
    await screenshot(page, 'desktop-rename');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#conversation-title').innerText()).toBe('Channel review');
    await expect
      .poll(() => page.getByRole('link', { name: /Channel review/ }).getAttribute('aria-current'))
      .toBe('page');
    await page.reload();
    await expect.poll(() => page.locator('#conversation-title').innerText()).toBe('Channel review');

    await page.getByRole('button', { name: 'Delete conversation' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this conversation?' });
    expect(await confirm.innerText()).toMatch(
      /“Channel review” and all its questions and answers will be deleted for good/,
    );
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => conversationOf(page)).toBeNull();
    await expect.poll(() => page.getByRole('link', { name: /Channel review/ }).count()).toBe(0);
    expect(await page.locator('#conversation-title').innerText()).toBe('New conversation');
    expect(await page.getByRole('button', { name: SEED }).isVisible()).toBe(true);

    await page.goto(address);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'does not exist' }).count()).toBe(1);
    expect(conversationOf(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is used with the keyboard: the conversation list and the suggestions are reached with Tab and work with Enter', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    await askByKeyboard(page, SEED);
    await lastFinishedAnswer(page);
    await page.locator('#sidebar').getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => answers(page).count()).toBe(0);

    // Tab from the top of the page reaches the conversation just asked.
    await page.locator('body').focus();
    const focusedLink = () =>
      page.evaluate(() =>
        document.activeElement instanceof HTMLAnchorElement ? document.activeElement.textContent : null,
      );
    for (let press = 0; press < 8 && !(await focusedLink())?.includes(SEED); press += 1)
      await page.keyboard.press('Tab');
    expect(await focusedLink()).toContain(SEED);
    await page.keyboard.press('Enter');
    await expect.poll(() => answers(page).count()).toBe(1);

    const suggestion = answers(page).first().locator('.suggestions button').first();
    const text = await suggestion.innerText();
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#messages .message.user').allInnerTexts()).toEqual([SEED, text]);
    await lastFinishedAnswer(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility problems (axe-core): empty page, answers, dialog', async () => {
    const { page } = await openWebPage(chromium, origin, 'desktop');
    await page.getByRole('button', { name: SEED }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await askByKeyboard(page, SEED);
    await lastFinishedAnswer(page);
    await askByKeyboard(page, FOLLOW_UP);
    await expect.poll(() => answers(page).count()).toBe(2);
    await lastFinishedAnswer(page);
    await expect.poll(() => page.locator('#messages .chart svg').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The parts a screen reader relies on.
    expect(await questionBox(page).count()).toBe(1);
    expect(await page.locator('#messages figcaption').allInnerTexts()).toEqual([
      expect.stringMatching(/^Chart: /),
      expect.stringMatching(/^Chart: /),
    ]);
    await page.getByRole('button', { name: 'Rename conversation' }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('says when a question is longer than the server takes, instead of cutting it', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'desktop');
    // The same limit the schema states for AskQueryInput.question (src/question-limit.ts).
    await questionBox(page).fill('x'.repeat(1001));
    expect(await page.locator('#composer-hint').innerText()).toBe(
      '1,001 of 1,000 characters: shorten the question to ask it.',
    );
    expect(await page.getByRole('button', { name: 'Ask', exact: true }).isDisabled()).toBe(true);
    await questionBox(page).press('Enter');
    expect(await page.locator('#messages .message').count()).toBe(0);
    expect(await questionBox(page).inputValue()).toHaveLength(1001);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves a favicon', async () => {
    const response = await fetch(new URL('favicon.svg', origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const { page } = await openWebPage(chromium, origin, 'desktop');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    await page.close();
  });
});

describe('the web app at / on a phone (390 px)', { timeout: 120_000 }, () => {
  it('gives the conversation the whole width and keeps the list in a drawer', async () => {
    const { page, errors } = await openWebPage(chromium, origin, 'phone');
    const menu = page.getByRole('button', { name: 'Conversations', exact: true });
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The closed drawer is off screen and out of reach of Tab and screen readers.
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
    expect(await sidebar.evaluate((element) => (element as HTMLElement).inert)).toBe(true);
    await screenshot(page, 'phone-empty');

    await page.getByRole('button', { name: SEED }).click();
    await lastFinishedAnswer(page);
    await askByKeyboard(page, FOLLOW_UP);
    await expect.poll(() => answers(page).count()).toBe(2);
    await lastFinishedAnswer(page);
    expect(await page.locator('main').evaluate((element) => element.getBoundingClientRect().width)).toBe(
      VIEWPORTS.phone.width,
    );
    // Nothing wider or taller than the screen: the transcript and a wide table scroll inside their own boxes.
    expect(
      await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
    ).toEqual([VIEWPORTS.phone.width, VIEWPORTS.phone.height]);
    const question = page.locator('#messages .message.user').first();
    expect(await question.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(250);
    await screenshot(page, 'phone-answer');
    for (const index of [0, 1]) {
      await answers(page)
        .nth(index)
        .evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await screenshot(page, `phone-answer-${index + 1}-top`);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const link = page.locator(`#conversations a[data-id="${conversationOf(page)}"]`);
    await expect.poll(() => link.evaluate((element) => element.getBoundingClientRect().left)).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'phone-drawer');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // Choosing a conversation in the drawer opens it and closes the drawer.
    await page.locator('.topbar').getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => answers(page).count()).toBe(0);
    await menu.click();
    await link.click();
    await expect.poll(() => answers(page).count()).toBe(2);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });
});
