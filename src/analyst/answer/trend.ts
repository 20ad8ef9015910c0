import { linearRegression, median } from 'simple-statistics';

/** Pairwise slopes are exhaustive up to this many points; beyond it the least-squares slope is used. */
const THEIL_SEN_LIMIT = 200;

/**
 * How much a series moves over its length, relative to its typical value. Theil–Sen (the median of pairwise
 * slopes) so one viral week does not decide the direction; least squares for long series.
 */
export function trendDrift(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const typical = Math.abs(median([...values]));
  return typical === 0 ? 0 : (trendSlope(values) * (values.length - 1)) / typical;
}

/**
 * True when the series has no monotonic trend a Mann–Kendall test would stand behind (|Z| under 1.645, 90%
 * two-sided): "46, 41, 38, 49, 36, 36, 43" or a rise to a holiday peak and a fall after it are not a direction,
 * however their first and last figures compare. Series under 4 points are left to the other checks.
 */
export function trendLostInNoise(values: readonly number[]): boolean {
  const n = values.length;
  if (n < 4) return false;
  let s = 0;
  for (let a = 0; a < n; a += 1) {
    for (let b = a + 1; b < n; b += 1) s += Math.sign((values[b] ?? 0) - (values[a] ?? 0));
  }
  const variance = (n * (n - 1) * (2 * n + 5)) / 18;
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  return Math.abs(z) < 1.645;
}

/** The series' slope per step: Theil–Sen up to THEIL_SEN_LIMIT points, least squares beyond. */
function trendSlope(values: readonly number[]): number {
  let slope: number;
  if (values.length <= THEIL_SEN_LIMIT) {
    const slopes: number[] = [];
    for (let a = 0; a < values.length; a += 1) {
      for (let b = a + 1; b < values.length; b += 1) slopes.push(((values[b] ?? 0) - (values[a] ?? 0)) / (b - a));
    }
    slope = median(slopes);
  } else {
    slope = linearRegression(values.map((value, index) => [index, value])).m;
  }
  return slope;
}
