import { linearRegression, median } from 'simple-statistics';

/** Pairwise slopes are exhaustive up to this many points; beyond it the least-squares slope is used. */
const THEIL_SEN_LIMIT = 200;

/**
 * How much a series moves over its length, relative to its typical value. Theil–Sen (the median of pairwise
 * slopes) so one viral week does not decide the direction; least squares for long series.
 */
export function trendDrift(values: readonly number[]): number {
  if (values.length < 2) return 0;
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
  const typical = Math.abs(median([...values]));
  return typical === 0 ? 0 : (slope * (values.length - 1)) / typical;
}
