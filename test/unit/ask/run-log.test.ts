import { describe, expect, it, vi } from 'vitest';
import { RunLog } from '../../../src/ask/run-log.js';
import type { RunEvent } from '../../../src/ask/events.js';

const RUN_ID = 'run-1';
const delta = (seq: number): RunEvent => ({ type: 'delta', runId: RUN_ID, seq, text: `part ${seq}` });
const failed = (seq: number): RunEvent => ({
  type: 'failed',
  runId: RUN_ID,
  seq,
  code: 'CANCELLED',
  message: 'The question was cancelled.',
  retryable: true,
  conversationId: null,
  messageId: null,
});

function logWith(...events: RunEvent[]): RunLog {
  const log = new RunLog(RUN_ID);
  for (const event of events) log.append(event);
  return log;
}

async function readAll(iterator: AsyncIterable<RunEvent>): Promise<number[]> {
  const seqs: number[] = [];
  for await (const event of iterator) seqs.push(event.seq);
  return seqs;
}

const nextTask = () => new Promise((resolve) => setImmediate(resolve));

describe('RunLog.stream', () => {
  it('replays the events after afterSeq of a finished run, then ends', async () => {
    const log = logWith(delta(1), delta(2), delta(3), failed(4));
    expect(await readAll(log.stream(2))).toEqual([3, 4]);
    expect(await readAll(log.stream(0))).toEqual([1, 2, 3, 4]);
    expect(await readAll(log.stream(4))).toEqual([]);
  });

  it('follows a live run: what it has, then each append, ending after the terminal event', async () => {
    const log = logWith(delta(1));
    const reading = readAll(log.stream(0));
    await nextTask();
    log.append(delta(2));
    await nextTask();
    log.append(delta(3));
    log.append(failed(4));
    expect(await reading).toEqual([1, 2, 3, 4]);
  });

  it('lets several readers follow the same run', async () => {
    const log = logWith(delta(1));
    const readings = [readAll(log.stream(0)), readAll(log.stream(1))];
    await nextTask();
    log.append(delta(2));
    log.append(failed(3));
    expect(await Promise.all(readings)).toEqual([
      [1, 2, 3],
      [2, 3],
    ]);
  });

  it('tells onAbandon, after the current task, when the reader stops before the run ends; a waiting read ends', async () => {
    const log = logWith(delta(1));
    const onAbandon = vi.fn();
    const iterator = log.stream(1, onAbandon);
    const waiting = iterator.next();
    const returned = iterator.return?.();
    expect(onAbandon).not.toHaveBeenCalled();
    await returned;
    await nextTask();
    expect(onAbandon).toHaveBeenCalledTimes(1);
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    log.append(delta(2));
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('does not call onAbandon when the run had finished, whether or not the reader read to the end', async () => {
    const onAbandon = vi.fn();
    const log = logWith(delta(1), failed(2));
    expect(await readAll(log.stream(0, onAbandon))).toEqual([1, 2]);
    const early = log.stream(0, onAbandon);
    await early.next();
    await early.return?.();
    await nextTask();
    expect(onAbandon).not.toHaveBeenCalled();
  });
});
