import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ROOT } from './run-cli.js';

const QUESTION = 'Show me my top 5 Instagram posts by engagement';

let server: TestServer;
beforeAll(async () => {
  // As in production: only the operations the examples were built with (trusted documents) run.
  server = await startTestServer({ env: { ASKQL_TRUSTED_DOCUMENTS: 'only' } });
});
afterAll(() => server?.stop());

/** Runs `tsx examples/<name>.ts "<question>"` exactly as the file header tells a developer to. */
function runExample(name: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `examples/${name}.ts`, QUESTION],
      { cwd: ROOT, env: { ...process.env, ASKQL_URL: server.url }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function progressOf(stdout: string): number[] {
  return [...stdout.matchAll(/^progress (\d+)% /gm)].map((match) => Number(match[1]));
}

describe.each(['graphql-ws', 'apollo', 'urql', 'sse'])(
  'examples/%s.ts against a real server',
  { timeout: 120_000 },
  (name) => {
    it('streams the progress and the answer pieces, then prints the completed answer', async () => {
      const run = await runExample(name);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      const percents = progressOf(run.stdout);
      expect(percents[0]).toBe(0);
      expect(percents.at(-1)).toBe(100);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      const deltas = [...run.stdout.matchAll(/^delta (.*)$/gm)].map((match) => JSON.parse(match[1]!) as string);
      const answer = /^answer: (.*)$/m.exec(run.stdout)?.[1];
      expect(answer, run.stdout).toBeTruthy();
      expect(deltas.length).toBeGreaterThan(0);
      expect(deltas.join('').trim().replace(/\s+/g, ' ')).toBe(answer!.trim().replace(/\s+/g, ' '));
      const conversation = /^conversation: (\S+)$/m.exec(run.stdout)?.[1];
      expect(conversation).toBeTruthy();
      if (name === 'apollo' || name === 'urql') {
        // The follow-up query over HTTP lists the conversation the question landed in.
        expect(run.stdout).toMatch(new RegExp(`^conversation ${conversation} \\(2 messages\\): Show me my top 5`, 'm'));
      }
    });
  },
);
