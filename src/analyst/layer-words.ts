import type { SemanticLayer } from './semantic-layer.js';

/**
 * What the offline analyst says about a layer in its own sentences, and the things a layer's rows are about,
 * read from the layer: the help text lists the layer's own figures and breakdowns, "which figure do you
 * want" offers its own metrics, and "what got the most likes" ranks the entity the layer names.
 */

/** The everyday nouns for people, any of which is the layer's one table of people when it has one. */
export const PEOPLE_WORDS = '(?:customers|buyers|shoppers|subscribers|clients|users|members)';

/** One of the people words, singular or plural. */
export const PERSON_OR_PEOPLE = PEOPLE_WORDS.replace(/s\|/g, 's?|').replace(/s\)$/, 's?)');

/** Nouns for rows that are people. */
const PERSON_NOUNS = new Set([
  'customer',
  'subscriber',
  'user',
  'member',
  'client',
  'buyer',
  'shopper',
  'patient',
  'student',
  'guest',
  'patron',
  'donor',
  'follower',
  'tenant',
  'renter',
  'resident',
  'occupant',
  'attendee',
  'passenger',
  'traveler',
  'traveller',
  'learner',
  'pupil',
]);

/** True when a table's rows are people (its name, entity or synonyms say so: customers, subscribers…). */
export function holdsPeople(table: SemanticLayer['tables'][number]): boolean {
  return [table.name, ...(table.entity ? [table.entity] : []), ...table.synonyms].some((noun) =>
    PERSON_NOUNS.has(singular(noun.toLowerCase().replaceAll('_', ' '))),
  );
}

/** A table name in the singular: `subscribers` → `subscriber`, `categories` → `category`. */
export function singular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^su]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/**
 * The dimension naming the thing one row of `table` is about: the table's `entity`, else the dimension
 * named like the table in the singular; null when the layer has neither.
 */
export function entityOfTable(layer: SemanticLayer, table: string): string | null {
  const entry = layer.tables.find((candidate) => candidate.name === table);
  if (entry?.entity) return entry.entity;
  const named = singular(table);
  return layer.dimensions.some((dimension) => dimension.name === named) ? named : null;
}

/** Every dimension that names the thing of some table's rows (posts, products): long lists, one row each. */
export function entityDimensions(layer: SemanticLayer): ReadonlySet<string> {
  return new Set(layer.tables.flatMap((table) => entityOfTable(layer, table.name) ?? []));
}

function lowerLabel(label: string): string {
  return /^[A-Z]{2,}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a, b and c" (with "and more" past `max`). */
function list(items: readonly string[], max: number): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max);
  if (unique.length > max) return `${shown.join(', ')} and more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** The answer to "help" and the greeting's second sentence: what this layer can be asked. */
export function helpText(layer: SemanticLayer): string {
  const figures = list(
    layer.metrics.map((metric) => lowerLabel(metric.label)),
    14,
  );
  const breakdowns = list(
    layer.dimensions.map((dimension) => lowerLabel(dimension.label)),
    10,
  );
  const value = layer.dimensions.flatMap((dimension) => dimension.values)[0];
  const parts = [`I answer questions about your data: ${figures}.`];
  const periods = 'over any period ("last 30 days", "in March", "this year")';
  if (breakdowns !== '') parts.push(`Break them down by ${breakdowns}, ${periods},`);
  else parts.push(`Ask for them ${periods},`);
  parts.push(`and ask follow-ups like "${value ? `what about ${value.label}?` : 'and last month?'}".`);
  return parts.join(' ');
}

/** The figures "which figure do you want (…)?" offers: the layer's first metrics. */
export function figureExamples(layer: SemanticLayer, count = 3): string {
  const distinct = [...new Set(layer.metrics.map((metric) => lowerLabel(metric.label)))];
  return `${distinct.slice(0, count).join(', ')}${distinct.length > count ? '…' : ''}`;
}
