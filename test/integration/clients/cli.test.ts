import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFirestore } from '../../helpers/firestore.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ARTIFACTS_DIR } from './browser.js';
import { runCli, startInTty } from './run-cli.js';
import { unknownTableAnalyst, withAnalyst, withSlowAnalyst } from './slow-analyst.js';

const SEED_QUESTION = 'Show me my top 5 Instagram posts by engagement';

const ESCAPE = '\u001b';

let server: TestServer;

beforeAll(async () => {
  // The demo user owns the demo data; an empty history keeps other files' conversations out of these tables.
  await clearFirestore();
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('askql ask, through a pipe', { timeout: 120_000 }, () => {
  it('prints the answer, an aligned result table and the suggestions, with progress on stderr and no escape codes', async () => {
    const run = await runCli(['ask', SEED_QUESTION, '--url', server.url]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(ESCAPE);
    const stages = run.stderr.split('\n').filter((line) => /^\[\s*\d+%\]/.test(line));
    const percents = stages.map((line) => Number(/(\d+)%/.exec(line)?.[1]));
    expect(stages[0]).toMatch(/Planning Task\.\.\./);
    expect(stages.at(-1)).toMatch(/\[100%\] Complete!/);
    expect(stages.some((line) => line.includes('Fetching Data...'))).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    // The table: a header row between borders and every line as wide as the others on screen.
    const tableLines = run.stdout.split('\n').filter((line) => /^[┌│├└]/.test(line));
    expect(tableLines.length).toBeGreaterThanOrEqual(5 + 4);
    expect(new Set(tableLines.map((line) => stringWidth(line))).size, tableLines.join('\n')).toBe(1);
    expect(Math.max(...tableLines.map((line) => stringWidth(line)))).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/\d+ rows?/);
    expect(run.stdout).toContain('You could also ask:');
  });

  it('--json prints every event as one JSON line, AskStarted first and AskCompleted last, in sequence', async () => {
    const run = await runCli(['ask', SEED_QUESTION, '--json', '--url', server.url]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { __typename: string; seq: number; percent?: number });
    expect(events[0]?.__typename).toBe('AskStarted');
    expect(events.at(-1)?.__typename).toBe('AskCompleted');
    expect(events.map((event) => event.__typename)).toContain('AnswerDelta');
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const percents = events.flatMap((event) => (event.percent === undefined ? [] : [event.percent]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  it('--sql also prints the SQL, and --conversation asks a follow-up that `messages` then lists', async () => {
    const first = await runCli(['ask', SEED_QUESTION, '--sql', '--url', server.url]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/SQL\n\s*(WITH|SELECT)\b/i);
    const conversationId = /--conversation (\S+)\)/.exec(first.stdout)?.[1];
    expect(conversationId, first.stdout).toBeTruthy();

    const followUp = await runCli([
      'ask',
      'what about TikTok?',
      '--conversation',
      conversationId!,
      '--url',
      server.url,
    ]);
    expect(followUp.code, followUp.stderr).toBe(0);
    expect(followUp.stdout).toContain(`--conversation ${conversationId}`);

    const messages = await runCli(['messages', conversationId!, '--url', server.url]);
    expect(messages.code, messages.stderr).toBe(0);
    expect(messages.stdout).toContain('(4 messages)');
    const roles = messages.stdout.split('\n').filter((line) => /│\s*(user|assistant)\s*│/.test(line));
    expect(roles.map((line) => /(user|assistant)/.exec(line)?.[1])).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(messages.stdout).toContain('what about TikTok?');

    const conversations = await runCli(['conversations', '--url', server.url]);
    expect(conversations.code, conversations.stderr).toBe(0);
    const row = conversations.stdout.split('\n').find((line) => line.includes(conversationId!));
    expect(row, conversations.stdout).toMatch(/│\s*4\s*│/);
    expect(row).toContain('Show me my top 5');
  });
});

describe('askql errors read like errors', { timeout: 120_000 }, () => {
  it('an unreachable server: one line, exit code 3', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    for (const args of [
      ['ask', SEED_QUESTION, '--url', url],
      ['conversations', '--url', url],
    ]) {
      const run = await runCli(args);
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(3);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^askql: cannot reach the askql server at .*ECONNREFUSED/),
      ]);
      expect(run.stdout).toBe('');
    }
  });

  it('a conversation that is not there: one line, exit code 1', async () => {
    const run = await runCli(['messages', 'no-such-conversation', '--url', server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^askql: /);
  });

  it('bad usage: one line, exit code 2', async () => {
    const run = await runCli(['conversations', '--first', 'many', '--url', server.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must be a whole number from 1 to 100');
  });

  it('a question longer than the server takes is bad usage, said before anything is sent', async () => {
    const run = await runCli(['ask', 'x'.repeat(1001), '--url', 'http://127.0.0.1:9/graphql']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a question has at most 1000 characters (this one has 1001)');
  });
});

describe('askql when the run fails (AskFailed)', { timeout: 120_000 }, () => {
  let failing: TestServer;
  beforeAll(async () => {
    failing = await startTestServer({ customize: withAnalyst(unknownTableAnalyst) });
  });
  afterAll(() => failing?.stop());

  it('prints the failure code and message on one line and exits 1', async () => {
    const run = await runCli(['ask', SEED_QUESTION, '--url', failing.url]);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('askql:'));
    expect(errors).toEqual([expect.stringMatching(/^askql: [A-Z_]+: \S.*/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('You could also ask:');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(`${ARTIFACTS_DIR}cli-ask-failed.txt`, run.stderr);
  });
});

describe('askql against a server that requires sign-in', { timeout: 120_000 }, () => {
  let secured: TestServer;
  beforeAll(async () => {
    secured = await startTestServer({ env: { ASKQL_AUTH: 'firebase' } });
  });
  afterAll(() => secured?.stop());

  it('refused credentials: one line naming --token/ASKQL_TOKEN, exit code 4, over WebSocket and HTTP', async () => {
    for (const args of [['ask', SEED_QUESTION], ['conversations']]) {
      const run = await runCli([...args, '--url', secured.url], { ASKQL_TOKEN: 'not-a-firebase-token' });
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(4);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^askql: the server refused the credentials .*--token or ASKQL_TOKEN/),
      ]);
    }
  });
});

describe('askql ask in a terminal (a pseudo-terminal under tmux)', { timeout: 120_000 }, () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({
      customize: withSlowAnalyst(700),
    });
  });
  afterAll(() => slow?.stop());

  it('shows a live progress bar with the stage and percent, then the answer, the table and the suggestions', async () => {
    const tty = startInTty(['ask', SEED_QUESTION, '--url', slow.url]);
    try {
      const planning = await tty.waitFor((screen) => /░.*\d+% Planning Task\.\.\./.test(screen));
      expect(planning).not.toContain('Fetching Data...');
      const fetching = await tty.waitFor((screen) =>
        /█.*░.* (30|40|50)% (Fetching|Validating) Data\.\.\./.test(screen),
      );
      // The bar is redrawn in place: one progress line on screen, not a scroll of them.
      expect(fetching.split('\n').filter((line) => /\d+% /.test(line))).toHaveLength(1);
      const done = await tty.waitFor((screen) => screen.includes('EXIT='));
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      writeFileSync(`${ARTIFACTS_DIR}cli-ask-tty.txt`, `${fetching}\n--- when it ended ---\n${done}`);
      expect(done).toContain('EXIT=0');
      expect(done).toMatch(/█+ 100% Complete!/);
      expect(done).toMatch(/┌─+┬/);
      expect(done).toContain('You could also ask:');
    } finally {
      tty.close();
    }
  });

  it('Ctrl-C withdraws the question: it says so, exits 130, and the server marks the answer cancelled', async () => {
    const tty = startInTty(['ask', SEED_QUESTION, '--url', slow.url]);
    try {
      await tty.waitFor((screen) => /\d+% (Planning Task|Fetching Data)/.test(screen));
      tty.keys('C-c');
      const screen = await tty.waitFor((text) => text.includes('EXIT='));
      expect(screen).toContain('Cancelled: the question was withdrawn');
      expect(screen).toContain('EXIT=130');
    } finally {
      tty.close();
    }
    const conversations = await runCli(['conversations', '--url', slow.url]);
    const id = /│\s*(\S+)\s*│\s*Show me my top 5/.exec(conversations.stdout)?.[1];
    expect(id, conversations.stdout).toBeTruthy();
    await expect
      .poll(async () => (await runCli(['messages', id!, '--url', slow.url])).stdout, { timeout: 10_000 })
      .toMatch(/│\s*assistant\s*│\s*cancelled\s*│/);
  });
});
