import type { PlanDecision } from '../analyst.js';
import type { ClarificationOption } from '../outcome.js';
import type { SemanticLayer } from '../semantic-layer.js';
import { SPENT } from './reading-words.js';

/**
 * "How are we doing this month", "how many in August": the question names no figure, and the layer has
 * several. Rather than pick one, ask which, offering the layer's own metrics, each as the question re-asked
 * with that figure named (and answerable as it stands).
 */

/** "a, b or c" ("a" alone). */
export function orList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** Options offered at most. */
const MAX_OPTIONS = 3;

/**
 * A clarification offering up to three of the layer's metrics (count metrics only when the question asks
 * "how many"; those of `offered`, in its order, when it names some), or null when fewer than two of them make
 * an answerable question.
 */
export function figureChoice(
  question: string,
  layer: SemanticLayer,
  counting: boolean,
  answerable: (question: string) => boolean,
  offered: readonly string[] = [],
  /** A vague word the figure takes the place of ("compare performance" → "compare revenue"). */
  replacing: string | null = null,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const pattern =
    replacing === null ? null : new RegExp(`\\b${replacing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const asked = question.trim().replace(/[?.!\s]+$/, '');
  const options: ClarificationOption[] = [];
  // With none named: totals and counts before rates, and a rate where lower is better (cancellation rate) last, as
  // "how did we do" or "which month was best" is rarely asked of it; "busiest" asks how many first.
  const busy = /\b(?:busiest|busier|busy|quietest|quieter|quiet|slowest|slower)\b/i.test(question);
  const rank = (metric: (typeof layer.metrics)[number]) =>
    (metric.higherIsBetter ? 0 : 4) +
    (metric.aggregation === 'sum' || metric.aggregation.startsWith('count') ? 0 : 2) +
    (busy && !metric.aggregation.startsWith('count') ? 1 : 0);
  const candidates =
    offered.length === 0
      ? [...layer.metrics].sort((a, b) => rank(a) - rank(b))
      : offered.flatMap((name) => layer.metrics.filter((metric) => metric.name === name));
  // "How much has Anna spent": money asked, so only totals of money are offered (never how many rows, or a price).
  const money = SPENT.test(question);
  for (const metric of candidates) {
    if (counting && !metric.aggregation.startsWith('count')) continue;
    if (money && !counting && (metric.format !== 'currency' || metric.aggregation !== 'sum')) continue;
    // Two metrics with one label (orders, and orders by product) would be two identical buttons.
    if (options.some((option) => option.label.toLowerCase() === metric.label.toLowerCase())) continue;
    // "Revenue: how are my reels doing"; a ranking says its figure after the thing: "my best customers by revenue".
    // A vague noun gives way to the figure ("compare revenue"); a vague verb stays ("Engagement: how are my reels
    // performing"), so the option still reads as a question.
    const figure = metric.label.toLowerCase();
    const verb = replacing !== null && /(?:ing|ed|perform|do|go)$/i.test(replacing);
    // The verb in the same form: "performing" → "doing on likes", "performed" → "did on likes", "perform" → "do on".
    const doing = /ing$/i.test(replacing ?? '') ? 'doing' : /ed$/i.test(replacing ?? '') ? 'did' : 'do';
    const replaced = pattern?.test(asked) ? [asked.replace(pattern, verb ? `${doing} on ${figure}` : figure)] : [];
    const rephrased = [
      ...(verb ? [] : replaced),
      `${metric.label}: ${asked}`,
      ...(verb ? replaced : []),
      `${asked} by ${figure}`,
    ].find(answerable);
    if (rephrased !== undefined) options.push({ label: metric.label, question: rephrased });
    if (options.length === MAX_OPTIONS) break;
  }
  if (options.length < 2) return null;
  const labels = options.map((option) => option.label.toLowerCase());
  const text = `Which figure do you mean: ${orList(labels)}?`;
  return { kind: 'clarify', text, word: null, options };
}

/**
 * "How many tickets over $100" where tickets have several totals of money (sales, tips): which one the amount is
 * on, each option the question with that figure said before the amount ("tickets with sales over $100"). Null when
 * fewer than two of them make an answerable question.
 */
export function figureOfRows(
  question: string,
  figureOf: { readonly typed: string; readonly rows: string; readonly metrics: readonly string[] },
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const at = question.toLowerCase().indexOf(figureOf.typed.toLowerCase());
  if (at < 0) return null;
  const options: ClarificationOption[] = [];
  for (const name of figureOf.metrics) {
    const metric = layer.metrics.find((candidate) => candidate.name === name);
    if (!metric) continue;
    // ("Which tickets were over $100" → "which tickets had sales over $100".)
    const before = question.slice(0, at).replace(/\b(?:were|was|are|is)\s+$/i, 'had ');
    const joined = before.endsWith('had ') ? '' : 'with ';
    const asked = `${before}${joined}${metric.label.toLowerCase()} ${question.slice(at)}`;
    if (answerable(asked)) options.push({ label: metric.label, question: asked });
    if (options.length === MAX_OPTIONS) break;
  }
  if (options.length < 2) return null;
  const labels = options.map((option) => option.label.toLowerCase());
  const text = `Which figure of the ${figureOf.rows} is "${figureOf.typed}": ${orList(labels)}?`;
  return { kind: 'clarify', text, word: figureOf.typed, options };
}
