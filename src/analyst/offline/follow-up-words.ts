import type { Turn } from '../analyst.js';
import type { LayerIndex } from '../semantic-layer.js';

/**
 * Follow-up words said in terms of the previous answer, spelled out before the question is read: "now as a rate"
 * (the figure's own rate), "compared to the same month last year" (the period asked before, a year earlier).
 */

/**
 * "Compared to the same month last year" after "orders last month": that month a year earlier, the period asked
 * before kept ("year over year"), not this month.
 */
export function sameTimeBefore(question: string, history: readonly Turn[]): string {
  const base = [...history].reverse().find((turn) => turn.plan !== null)?.plan ?? null;
  if (!base || base.timeRange.kind === 'all') return question;
  return question.replace(
    /\b(?:(?:vs|versus|compared (?:to|with)|compare (?:to|with)|against) )?(?:the )?same (?:week|month|quarter|period|time|days) (?:last year|a year ago|the year before|the previous year)\b/i,
    'yoy',
  );
}

/**
 * "Now as a rate" after "engagement by platform": the figure's own rate, when the layer has one labelled so
 * ("Engagement rate"), said in place of the words; the question as it was otherwise.
 */
export function asRate(question: string, history: readonly Turn[], index: LayerIndex): string {
  const words = /\bas an? (?:rate|percentage|percent|%)(?=\W|$)/i.exec(question);
  if (!words) return question;
  const base = [...history].reverse().find((turn) => turn.plan !== null)?.plan ?? null;
  const metric = index.metric(base?.metrics[0] ?? '');
  const rate = index.layer.metrics.find(
    (candidate) => metric !== undefined && candidate.label.toLowerCase() === `${metric.label.toLowerCase()} rate`,
  );
  if (!rate) return question;
  return `${question.slice(0, words.index)}${rate.label.toLowerCase()}${question.slice(words.index + words[0].length)}`;
}
