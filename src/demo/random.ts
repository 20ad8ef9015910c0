/**
 * A small seeded pseudo-random source for the demo data. `Math.random` cannot be seeded and the data must
 * be byte-identical for the same arguments on every machine, so the generator draws from sfc32 (a
 * well-studied 128-bit generator from PractRand) seeded through the cyrb128 string hash. Only integer
 * arithmetic feeds the state, so the sequence does not depend on the platform.
 */
interface WeightTable {
  readonly keys: readonly string[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

const tables = new WeakMap<object, WeightTable>();

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    // The first outputs of sfc32 are still correlated with the seed; discard them.
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Picks a key with probability proportional to its weight (pass a constant object: its table is cached). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    let table = tables.get(weights);
    if (!table) {
      const keys = Object.keys(weights);
      const cumulative: number[] = [];
      let total = 0;
      for (const key of keys) {
        total += (weights as Record<string, number>)[key] as number;
        cumulative.push(total);
      }
      table = { keys, cumulative, total };
      tables.set(weights, table);
    }
    const r = this.next() * table.total;
    const { cumulative, keys } = table;
    for (let i = 0; i < cumulative.length - 1; i += 1) if (r < (cumulative[i] as number)) return keys[i] as K;
    return keys[keys.length - 1] as K;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma)): multiplicative noise around exp(mu). */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** floor(x) plus one with probability frac(x): an integer whose expectation is x. */
  round(x: number): number {
    const whole = Math.floor(x);
    return whole + (this.next() < x - whole ? 1 : 0);
  }
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
