/**
 * Who may start a run now: each user has at most `maxRunsPerUser` runs going and `runsPerMinute` new ones a
 * minute. In memory, that holds per server instance (behind a load balancer a user got N × the limit); with
 * Redis (ASKQL_REDIS_URL) every instance counts against the same numbers.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface AdmissionLimits {
  readonly maxRunsPerUser: number;
  readonly runsPerMinute: number;
  /** A slot is given back when its run ends, or after this long should its instance die first. */
  readonly runTimeoutMs: number;
}

export interface Refusal {
  readonly message: string;
  /** Seconds until the user's rate lets a question in; null when the wait is for one of their runs to end. */
  readonly retryAfterSeconds: number | null;
}

export interface Admission {
  /** Takes a run slot and a unit of the user's rate for `runId`, or says why not. */
  admit(uid: string, runId: string): Promise<Refusal | null>;
  /** Gives the run's slot back (idempotent). */
  release(uid: string, runId: string): Promise<void>;
}

async function consumeRate(limiter: RateLimiterAbstract, uid: string, perMinute: number): Promise<Refusal | null> {
  try {
    await limiter.consume(uid);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.ceil(error.msBeforeNext / 1000);
    return {
      message: `You are asking faster than ${perMinute} questions a minute. Try again in ${seconds} s.`,
      retryAfterSeconds: seconds,
    };
  }
}

const busyMessage = (running: number) =>
  `You already have ${running} questions being answered. Wait for one to finish, then ask again.`;

/** This instance's own count (the registry's runs) and rate. */
export function memoryAdmission(limits: AdmissionLimits): Admission {
  const limiter = new RateLimiterMemory({ points: limits.runsPerMinute, duration: 60 });
  const running = new Map<string, Set<string>>();
  return {
    async admit(uid, runId) {
      const mine = running.get(uid) ?? new Set<string>();
      if (mine.size >= limits.maxRunsPerUser) return { message: busyMessage(mine.size), retryAfterSeconds: null };
      const refused = await consumeRate(limiter, uid, limits.runsPerMinute);
      if (refused) return refused;
      mine.add(runId);
      running.set(uid, mine);
      return null;
    },
    release(uid, runId) {
      const mine = running.get(uid);
      mine?.delete(runId);
      if (mine?.size === 0) running.delete(uid);
      return Promise.resolve();
    },
  };
}

/**
 * Takes a slot when fewer than `max` unexpired ones are held: the user's slots are a sorted set of run ids
 * scored by when they lapse, trimmed and counted in the same atomic step as the add.
 */
const TAKE_SLOT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local held = redis.call('ZCARD', KEYS[1])
if held >= tonumber(ARGV[3]) then return -held end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return held + 1`;

/** Limits shared by every instance through Redis. */
export function redisAdmission(redis: Redis, limits: AdmissionLimits, prefix: string): Admission {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}rate`,
    points: limits.runsPerMinute,
    duration: 60,
  });
  const slots = (uid: string) => `${prefix}runs:${uid}`;
  return {
    async admit(uid, runId) {
      const now = Date.now();
      const lapse = limits.runTimeoutMs + 60_000;
      const taken = Number(
        await redis.eval(TAKE_SLOT, 1, slots(uid), now, now + lapse, limits.maxRunsPerUser, runId, lapse),
      );
      if (taken <= 0) return { message: busyMessage(-taken), retryAfterSeconds: null };
      const refused = await consumeRate(limiter, uid, limits.runsPerMinute);
      if (refused) await redis.zrem(slots(uid), runId);
      return refused;
    },
    async release(uid, runId) {
      await redis.zrem(slots(uid), runId);
    },
  };
}
