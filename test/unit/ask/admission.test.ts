import { describe, expect, it } from 'vitest';
import { memoryAdmission } from '../../../src/ask/admission.js';

describe('admission', () => {
  it('says when the per-minute rate lets the next question in', async () => {
    const admission = memoryAdmission({ maxRunsPerUser: 5, runsPerMinute: 1, runTimeoutMs: 1000 });
    expect(await admission.admit('u', 'r1')).toBeNull();
    const refused = await admission.admit('u', 'r2');
    expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused?.message).toBe(
      `You are asking faster than 1 questions a minute. Try again in ${refused?.retryAfterSeconds} s.`,
    );
  });

  it('gives no time when the wait is for one of the user’s runs to end', async () => {
    const admission = memoryAdmission({ maxRunsPerUser: 1, runsPerMinute: 10, runTimeoutMs: 1000 });
    expect(await admission.admit('u', 'r1')).toBeNull();
    expect(await admission.admit('u', 'r2')).toEqual({
      message: expect.stringMatching(/already have 1 questions/),
      retryAfterSeconds: null,
    });
  });
});
