import type { Filter } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';
import type { QueryResult } from '../../warehouse/warehouse.js';

/**
 * Rows named in a question ("how many Cedar Backpacks did we sell"): the names come from the user's own data
 * (a dimension's `nameDetail`, a product's title), looked up only when a question has words the layer does
 * not know, and matched as whole phrases, longest first. A matched name becomes a filter on its row's key.
 */

export interface EntityName {
  readonly dimension: string;
  /** The row's key (the filter value). */
  readonly value: string;
  /** The name as stored. */
  readonly label: string;
}

/** The queries that list the named rows of each dimension with a `nameDetail`. */
export function namesQueries(layer: SemanticLayer): { dimension: string; sql: string }[] {
  return layer.dimensions.flatMap((dimension) => {
    const detail = dimension.details.find((candidate) => candidate.name === dimension.nameDetail);
    if (!detail || !dimension.table) return [];
    return [
      {
        dimension: dimension.name,
        sql: `SELECT DISTINCT ${dimension.expression} AS value, ${detail.expression} AS label FROM ${dimension.table}`,
      },
    ];
  });
}

/** Loads the names of the user's rows; a failed lookup means no names, never a failed question. */
export async function loadNames(
  layer: SemanticLayer,
  lookup: (sql: string) => Promise<QueryResult>,
): Promise<EntityName[]> {
  const names: EntityName[] = [];
  for (const query of namesQueries(layer)) {
    try {
      const result = await lookup(query.sql);
      for (const row of result.rows) {
        const [value, label] = row;
        if (value !== null && value !== undefined && typeof label === 'string' && label.trim() !== '') {
          names.push({ dimension: query.dimension, value: String(value), label });
        }
      }
    } catch {
      // The question is then read without names: an unknown name is declined, as before.
    }
  }
  return names;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface NameScan {
  readonly text: string;
  readonly filters: readonly Filter[];
  /** The names matched, as stored, for the plan's description. */
  readonly matched: readonly EntityName[];
}

/** Finds names in the question (case-insensitive, whole words, an optional plural "s"), longest first. */
export function scanNames(question: string, names: readonly EntityName[]): NameScan {
  let text = question;
  const matched: EntityName[] = [];
  const sorted = [...names].sort((left, right) => right.label.length - left.label.length);
  for (const name of sorted) {
    const words = name.label.trim().split(/\s+/).map(escape).join('\\s+');
    // A one-word name must look like a name (at least 4 letters), so ordinary words are not taken for one.
    if (!/\s/.test(name.label.trim()) && name.label.trim().length < 4) continue;
    const pattern = new RegExp(`(?<![\\w])${words}(?:e?s|'s)?(?![\\w])`, 'i');
    const match = pattern.exec(text);
    if (!match) continue;
    matched.push(name);
    text = text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
  }
  const byDimension = new Map<string, EntityName[]>();
  for (const name of matched) byDimension.set(name.dimension, [...(byDimension.get(name.dimension) ?? []), name]);
  const filters: Filter[] = [...byDimension].map(([dimension, rows]) => ({
    dimension,
    operator: rows.length === 1 ? 'eq' : 'in',
    values: rows.map((row) => row.value),
    labels: rows.map((row) => row.label),
  }));
  return { text, filters, matched };
}
