import type { ReplyReason } from '../analyst.js';
import { indexLayer, type SemanticLayer } from '../semantic-layer.js';

/** The parser's replies that need no data: help, greetings, and declines with questions it can answer. */

export type Decline = {
  readonly kind: 'reply';
  readonly reason: ReplyReason;
  readonly text: string;
  readonly suggestions: readonly string[];
};

export function suggestionsFor(layer: SemanticLayer): string[] {
  const index = indexLayer(layer);
  const picks: string[] = [];
  const first = layer.metrics[0];
  if (first) picks.push(`${first.label} by month this year`);
  for (const dimension of layer.dimensions) {
    const metric = dimension.defaultMetric ? index.metric(dimension.defaultMetric) : undefined;
    if (!metric || dimension.values.length > 0) continue;
    picks.push(`Top 5 ${dimension.plural} by ${metric.label.toLowerCase()} last 30 days`);
    break;
  }
  const compared = layer.dimensions.find((dimension) => dimension.values.length >= 2 && dimension.defaultMetric);
  if (compared) {
    const metric = index.metric(compared.defaultMetric as string);
    const [a, b] = compared.values;
    if (metric && a && b) picks.push(`${a.label} vs ${b.label} ${metric.label.toLowerCase()} last month`);
  }
  return picks.slice(0, 3);
}

export function decline(reason: ReplyReason, text: string, layer: SemanticLayer): Decline {
  return { kind: 'reply', reason, text, suggestions: suggestionsFor(layer) };
}

export function unanswerable(why: string, layer: SemanticLayer): Decline {
  const suggestions = suggestionsFor(layer);
  return {
    kind: 'reply',
    reason: 'unanswerable',
    // A reason may already end a sentence ("which figure do you want…?"); never follow it with a second stop.
    text: `I can't answer that yet: ${/[.?!]$/.test(why) ? why : `${why}.`} I can answer questions like "${suggestions.join('", "')}".`,
    suggestions,
  };
}
