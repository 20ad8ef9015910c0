/**
 * Numbers and dates written for people: "$12,345.67", "25,310", "34.5%", "2.3×", "March 2025".
 * The interpretation writes every figure through these functions, and the grounding check reads
 * the same shapes back, so what one writes the other can always trace.
 */

/** How a metric's values read: money, a count or amount, a fraction shown as a percentage, or a plain ratio. */
export type ValueFormat = 'currency' | 'number' | 'percent' | 'ratio';

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

const LOCALE = 'en-US';

const CURRENCIES = new Map<string, Intl.NumberFormat>();

/** Money in `currency` (ISO 4217), formatted once per code. */
function currencyFormat(currency: string): Intl.NumberFormat {
  let format = CURRENCIES.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    CURRENCIES.set(currency, format);
  }
  return format;
}
const INTEGER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SMALL_DECIMAL = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const SMALL_PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumSignificantDigits: 2 });
const MULTIPLE = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const DAY = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' });

/**
 * Formats a metric value by its format. Percent-format values are fractions (0.052 → "5.2%"); money is in
 * `currency`, the semantic layer's (USD when it names none).
 */
export function formatValue(value: number, format: ValueFormat, currency = 'USD'): string {
  switch (format) {
    case 'currency':
      return currencyFormat(currency).format(value);
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return Math.abs(value) < 1 && value !== 0 ? SMALL_DECIMAL.format(value) : DECIMAL.format(value);
    case 'number':
      if (Number.isInteger(value)) return INTEGER.format(value);
      return Math.abs(value) < 1 ? SMALL_DECIMAL.format(value) : DECIMAL.format(value);
  }
}

const FINE_PERCENT = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const FINER_PERCENT = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const FINE_DECIMAL = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 });

/**
 * How to write a set of values so that those that differ do not read the same ("7.31%" and "7.28%", never
 * "7.3%" twice): the usual form when it already tells them apart, else up to two more decimals.
 */
export function distinctForm(
  values: readonly number[],
  format: ValueFormat,
  currency = 'USD',
): (value: number) => string {
  const forms: ((value: number) => string)[] =
    format === 'percent'
      ? [formatPercent, (value) => FINE_PERCENT.format(value), (value) => FINER_PERCENT.format(value)]
      : format === 'currency'
        ? [(value) => formatValue(value, format, currency)]
        : [(value) => formatValue(value, format, currency), (value) => FINE_DECIMAL.format(value)];
  const distinct = [...new Set(values)];
  const apart = (write: (value: number) => string) => new Set(distinct.map(write)).size === distinct.length;
  return forms.find(apart) ?? (forms.at(-1) as (value: number) => string);
}

/** A fraction as a percentage with one decimal ("34.5%"); tiny non-zero fractions keep two significant digits. */
export function formatPercent(fraction: number): string {
  if (fraction !== 0 && Math.abs(fraction) < 0.001) return SMALL_PERCENT.format(fraction);
  return PERCENT.format(fraction);
}

/**
 * A fraction as `formatPercent` shows it, to one decimal of a percent (0.02731 → 0.027): the gap between two rates on
 * the page ("2.7%" and "1.9%" are 0.8 points apart, though 2.73% and 1.87% are 0.86) is the gap between these.
 */
export function shownFraction(fraction: number): number {
  return Number((fraction * 100).toFixed(1)) / 100;
}

/** An unsigned multiple ("2.3×"). */
export function formatMultiple(ratio: number): string {
  return `${MULTIPLE.format(Math.abs(ratio))}×`;
}

/** A count of things ("1,204"). */
export function formatCount(count: number): string {
  return INTEGER.format(count);
}

/**
 * A time bucket as people say it: "Mar 3, 2025" (day), "the week of Mar 3, 2025", "March 2025",
 * "Q1 2025", "2025". Accepts an ISO date or timestamp; anything else is returned unchanged.
 */
export function formatPeriod(value: string, grain: Grain | null): string {
  const date = parseIsoDate(value);
  if (date === null) return value;
  switch (grain) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case 'month':
      return MONTH.format(date);
    case 'week':
      return `the week of ${DAY.format(date)}`;
    case 'day':
    case null:
      return DAY.format(date);
  }
}

/** A YYYY-MM-DD date as "Mar 3, 2025". */
export function formatDate(value: string): string {
  return formatPeriod(value, 'day');
}

/** Parses "2025-03-01", "2025-03-01T00:00:00.000Z" or "2025-03-01 00:00:00" as a UTC instant. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value,
  );
  if (match === null) return null;
  const date = new Date(
    Date.UTC(
      Number(match[1]),
      Number(match[2]) - 1,
      Number(match[3]),
      Number(match[4] ?? 0),
      Number(match[5] ?? 0),
      Number(match[6] ?? 0),
    ),
  );
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "instagram_shop" → "Instagram shop", "US" stays "US": a dimension value as a label. */
export function humanizeValue(value: string): string {
  if (/^[A-Z0-9]{2,}$/.test(value)) return value;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A label inside a sentence: "Order ID" → "order ID", "Sales channel" → "sales channel" (acronyms kept). */
export function spokenLabel(label: string): string {
  return label
    .split(' ')
    .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

/**
 * "Orders", "Units sold", "New customers" take "were"; "Revenue", "Refund rate", "Likes per post", "Orders
 * share" take "was": the head noun is the last word before "per", or the word before a participle ("sold").
 */
export function pluralLabel(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  // "Share of customers", "revenue per order", "customers who bought", "subscribers with invoices": the head noun
  // comes before "of", "per", "with" or a relative pronoun.
  const cut = words.findIndex((word) => ['per', 'of', 'with', 'who', 'that', 'which'].includes(word));
  const head = cut > 0 ? words.slice(0, cut) : words;
  const last = head.at(-1) ?? '';
  const noun = /(?:ed|sold|made|bought|paid)$/.test(last) && head.length > 1 ? (head.at(-2) ?? '') : last;
  return /[^s]s$/.test(noun) && !/(?:ss|us|is)$/.test(noun);
}
