import { describe, expect, it } from 'vitest';
import { describeFailure, HistoryUnavailableError } from '../../../src/ask/events.js';

describe('a history write that fails', () => {
  it('is worth retrying when Firestore was unavailable or slow', () => {
    const unavailable = Object.assign(new Error('14 UNAVAILABLE: no connection'), { code: 14 });
    expect(describeFailure(new HistoryUnavailableError({ cause: unavailable }))).toMatchObject({
      code: 'HISTORY_UNAVAILABLE',
      retryable: true,
    });
    expect(
      describeFailure(new HistoryUnavailableError({ cause: new Error('Firestore did not answer in time') })),
    ).toMatchObject({ retryable: true });
  });

  it('is not worth retrying when Firestore refused the write for what it is (a document too large)', () => {
    const tooLarge = Object.assign(new Error('3 INVALID_ARGUMENT: Document exceeds the maximum size'), { code: 3 });
    const failure = describeFailure(new HistoryUnavailableError({ cause: tooLarge }));
    expect(failure).toMatchObject({ code: 'HISTORY_UNAVAILABLE', retryable: false });
    expect(failure.message).not.toMatch(/try again/i);
  });
});
