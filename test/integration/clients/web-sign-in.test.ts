import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthEmulator, type AuthEmulator } from '../../helpers/auth-emulator.js';
import {
  askByKeyboard,
  lastFinishedAnswer,
  openWebPage,
  screenshot,
  seriousAccessibilityViolations,
  startWebApp,
  type WebAppUnderTest,
} from '../../helpers/web-page.js';

/**
 * The web app against a server that requires Firebase ID tokens, signing in with the Firebase Auth SDK against
 * the Auth emulator, as a deployment signs in against Firebase: no token is read from anywhere else.
 */
const PROJECT = 'demo-askql-web';
const EMAIL = 'merchant@example.com';
const PASSWORD = 'correct horse battery staple';

let auth: AuthEmulator;
let app: WebAppUnderTest;

beforeAll(async () => {
  auth = await startAuthEmulator(PROJECT);
  // firebase-admin finds the Auth emulator through the environment only.
  process.env.FIREBASE_AUTH_EMULATOR_HOST = auth.host;
  await auth.createUser(EMAIL, PASSWORD);
  app = await startWebApp(undefined, {
    ASKQL_AUTH: 'firebase',
    GOOGLE_CLOUD_PROJECT: PROJECT,
    FIREBASE_AUTH_EMULATOR_HOST: auth.host,
  });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await auth?.stop();
  delete process.env.FIREBASE_AUTH_EMULATOR_HOST;
});

/** The bearer tokens the page sends: on HTTP requests, and in graphql-ws `connection_init`. */
function watchTokens(page: Page): { http: string[]; socket: string[] } {
  const seen = { http: [] as string[], socket: [] as string[] };
  // headers() leaves out credentials; allHeaders() has them.
  page.on('request', (request) => {
    // urql sends queries as GET /graphql?…, mutations as POST.
    if (new URL(request.url()).pathname !== '/graphql') return;
    void request.allHeaders().then((headers) => {
      if (headers.authorization) seen.http.push(headers.authorization);
    });
  });
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { type: string; payload?: { authorization?: string } };
      if (message.type === 'connection_init' && message.payload?.authorization)
        seen.socket.push(message.payload.authorization);
    }),
  );
  return seen;
}

describe('signing in to the web app (ASKQL_AUTH=firebase)', { timeout: 120_000 }, () => {
  it('asks to sign in, refuses a wrong password plainly, then signs in and answers', async () => {
    const { page, errors } = await openWebPage(app.chromium, app.origin, 'desktop');
    const dialog = page.getByRole('dialog', { name: 'Sign in to askql' });
    // The page loads the Firebase SDK first (its own chunk), then restores or asks for a session.
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'desktop-sign-in');

    await dialog.getByLabel('Email').fill(EMAIL);
    await dialog.getByLabel('Password').fill('not the password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText(), { timeout: 10_000 })
      .toBe('That email and password do not match an account.');

    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    expect(await page.locator('#account-email').innerText()).toBe(EMAIL);

    await askByKeyboard(page, 'hello');
    const answer = await lastFinishedAnswer(page);
    expect(await answer.locator('.answer-text').innerText()).toMatch(/\S/);
    // Nothing a page could leave behind for another script: Firebase keeps its session in IndexedDB.
    expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);
    // The one failed request is the wrong password, refused by the Auth emulator.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });

  it('stays signed in across a reload, and keeps working on a refreshed token once the first one has expired', async () => {
    const { page, errors } = await openWebPage(app.chromium, app.origin, 'desktop');
    const tokens = watchTokens(page);
    // Signed in by the previous test in this browser: the SDK restores the session.
    await expect.poll(() => page.locator('#account-email').innerText(), { timeout: 15_000 }).toBe(EMAIL);
    await askByKeyboard(page, 'hello');
    await lastFinishedAnswer(page);
    await expect.poll(() => tokens.http.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const first = tokens.http[0];
    expect(first).toMatch(/^Bearer /);
    expect(tokens.socket).toEqual([first]);

    // Two hours later by the page's clock, the ID token (valid one hour) has expired: the SDK gets a new one.
    await page.clock.setSystemTime(Date.now() + 2 * 60 * 60_000);
    await page.getByRole('button', { name: 'New conversation' }).first().click();
    await askByKeyboard(page, 'hello');
    await expect.poll(() => page.locator('#messages .message.assistant.complete').count(), { timeout: 30_000 }).toBe(1);
    const refreshed = tokens.socket.at(-1);
    expect(tokens.socket.length).toBeGreaterThan(1);
    expect(refreshed).not.toBe(first);
    await expect.poll(() => tokens.http.at(-1), { timeout: 10_000 }).toBe(refreshed);
    expect(errors).toEqual([]);
    await page.close();
  });
});
