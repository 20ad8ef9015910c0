import type { Filter } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { escapeRegExp } from './ambiguity.js';

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

export interface NameScan {
  readonly text: string;
  readonly filters: readonly Filter[];
  /** The names matched, as stored, for the plan's description. */
  readonly matched: readonly EntityName[];
  /** Kinds of rows named by a word their names end in ("hoodies"): filters on every such row, added up. */
  readonly kinds: readonly Filter[];
  /**
   * A kind said as one row ("the cardigan") that several rows are: which one is the asker's to say. The words
   * as typed, and the names of the rows.
   */
  readonly oneOfKind: { readonly typed: string; readonly labels: readonly string[] } | null;
}

/** The singulars a word may have, for matching a kind of row: "hoodies" and "Hoodie", "accessories", "watches". */
function kindsOf(word: string): Set<string> {
  const lower = word.toLowerCase();
  const forms = new Set([lower, lower.replace(/s$/, '')]);
  if (/ies$/.test(lower)) forms.add(`${lower.slice(0, -3)}y`);
  if (/es$/.test(lower)) forms.add(lower.slice(0, -2));
  return forms;
}

/**
 * True when a name ends in the typed words as one kind of thing ("Organic Hoodie" and "hoodies", "Mint Shampoo
 * Bar" and "shampoo bars"): the words before the last match as typed, the last in any of its singulars.
 */
function sameKind(name: string, typed: string): boolean {
  const nameWords = name.trim().toLowerCase().split(/\s+/);
  const typedWords = typed.trim().toLowerCase().split(/\s+/);
  if (nameWords.length < typedWords.length) return false;
  const ending = nameWords.slice(-typedWords.length);
  const head = kindsOf(ending.at(-1) ?? '');
  return (
    ending.slice(0, -1).every((word, at) => word === typedWords[at]) &&
    [...kindsOf(typedWords.at(-1) ?? '')].some((form) => head.has(form))
  );
}

/**
 * Finds names in the question (case-insensitive, whole words, an optional plural "s"), longest first; then,
 * for a word nothing else knows (`unknown`), the rows whose name ends in it: "hoodies" are every "… Hoodie".
 */
export function scanNames(
  question: string,
  names: readonly EntityName[],
  unknown: (word: string) => boolean = () => false,
): NameScan {
  let text = question;
  const matched: EntityName[] = [];
  const sorted = [...names].sort((left, right) => right.label.length - left.label.length);
  for (const name of sorted) {
    const words = name.label.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
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
  const kinds: Filter[] = [];
  // "Shampoo bars": two words, the first one nothing else knows, before the one-word kinds ("hoodies").
  // Overlapping: each word with the one after it.
  const pairs = [...text.matchAll(/(?<![A-Za-z])(?=(([A-Za-z]{3,})\s+[A-Za-z]{3,}(?![A-Za-z])))/g)].map((match) => ({
    phrase: match[1] as string,
    first: match[2] as string,
  }));
  const candidates = [
    ...pairs.filter((pair) => unknown(pair.first.toLowerCase())).map((pair) => pair.phrase),
    ...(text.match(/[A-Za-z]{4,}/g) ?? []).filter((word) => unknown(word.toLowerCase())),
  ];
  let oneOfKind: NameScan['oneOfKind'] = null;
  for (const word of candidates) {
    const at = new RegExp(`\\b${escapeRegExp(word)}\\b`).exec(text);
    if (!at) continue;
    const rows = names.filter((name) => sameKind(name.label, word));
    // "Revenue from the cardigan": one of them, said with "the"/"my" and in the singular, when there are several.
    const said = /\b(?:the|that|this|my|our)\s+$/i.exec(text.slice(0, at.index));
    if (said && rows.length > 1 && !/s$/i.test(word) && oneOfKind === null)
      oneOfKind = { typed: `${said[0]}${word}`, labels: rows.map((row) => row.label) };
    if (rows.length === 0 || byDimension.has(rows[0]?.dimension ?? '')) continue;
    const dimension = rows[0]?.dimension as string;
    if (rows.some((row) => row.dimension !== dimension) || kinds.some((kind) => kind.dimension === dimension)) continue;
    kinds.push({
      dimension,
      operator: rows.length === 1 ? 'eq' : 'in',
      values: rows.map((row) => row.value),
      labels: rows.map((row) => row.label),
    });
    matched.push(...rows);
    text = text.replace(new RegExp(`\\b${escapeRegExp(word)}\\b`), ' '.repeat(word.length));
  }
  return { text, filters, matched, kinds, oneOfKind };
}
