import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCuttableProxy, type CuttableProxy } from '../../helpers/cuttable-proxy.js';
import { clearFirestore } from '../../helpers/firestore.js';
import { createAnswerHold } from '../../helpers/held-analyst.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { withAnalyst } from '../ask/ask-client.js';
import { runCli } from './run-cli.js';

/** `askql ask` that loses its connection mid-answer reconnects, joins the same run, and prints it once. */
const hold = createAnswerHold();
let server: TestServer;
let proxy: CuttableProxy;
beforeAll(async () => {
  await clearFirestore();
  server = await startTestServer({ customize: withAnalyst((analyst) => hold.wrap(analyst)) });
  proxy = await startCuttableProxy(server.url);
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

describe('askql ask over a connection that drops', { timeout: 120_000 }, () => {
  it('rejoins the run it started: every event once, in order, one conversation', async () => {
    hold.arm();
    const run = runCli(['ask', 'How many orders did I get?', '--json', '--url', `${proxy.origin}graphql`]);
    await hold.reached();
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.restore();
    hold.release();
    const { code, stdout, stderr } = await run;
    expect(code, stderr).toBe(0);
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { __typename: string; seq: number });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.at(-1)?.__typename).toBe('AskCompleted');
    const listed = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ conversations(first: 5) { edges { node { messageCount } } } }' }),
    });
    expect(
      ((await listed.json()) as { data: { conversations: { edges: unknown[] } } }).data.conversations.edges,
    ).toEqual([{ node: { messageCount: 2 } }]);
  });
});
