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

/**
 * "How often do customers who came from email ask for a refund": how often rows end in a value is that value's
 * rate, when the layer has one labelled so ("Refund rate"): said in place of the words, the rows kept.
 */
export function howOftenAsRate(question: string, index: LayerIndex): string {
  const asked = /\bhow often (?:do|does|did|are|is|were|was) /i.exec(question);
  if (!asked) return question;
  const after = question.slice(asked.index + asked[0].length);
  // "Customers who came from email ask for a refund", "orders get cancelled", "orders are refunded in Canada".
  const match =
    /^(.+?) (?:ask for|request|want|need|file|end up with|get|got) (?:a |an )?([a-z]+)\b(.*)$/i.exec(after) ??
    /^(.+?) ([a-z]+ed)\b(.*)$/i.exec(after);
  if (!match) return question;
  // "Refunded", "cancelled", "refunds": the rate whose first word grows from the same stem ("cancellation rate").
  const stem = (match[2] ?? '').toLowerCase().replace(/(?:led|ed|s)$/, '');
  const rate =
    stem.length < 4
      ? undefined
      : index.layer.metrics.find((candidate) => new RegExp(`^${stem}[a-z]* rate$`).test(candidate.label.toLowerCase()));
  if (!rate) return question;
  return `${question.slice(0, asked.index)}${rate.label.toLowerCase()} for ${match[1]}${match[3]}`;
}
