/** Conversions both engines share, so a result looks the same whichever engine produced it. */

/** 'YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]' (UTC when no offset) → ISO-8601 in UTC with milliseconds. */
export function isoTimestamp(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2}(?::?\d{2})?)?$/.exec(value);
  if (!match) return value;
  const millis = (match[3] ?? '.000').slice(0, 4).padEnd(4, '0');
  const offset = match[4] ? (match[4].length === 3 ? `${match[4]}:00` : match[4]) : 'Z';
  const date = new Date(`${match[1]}T${match[2]}${millis}${offset}`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** A finite number, or null for NULL, NaN and infinities (which JSON cannot carry). */
export function finiteNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Column names made unique the way DuckDB does it (`total`, `total:1`), so rows can be read by name. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = seen.get(name);
    seen.set(name, (count ?? 0) + 1);
    return count === undefined ? name : `${name}:${count}`;
  });
}

/** A text cell as the engine returned it: a string as is, anything else in its JSON form. */
export function cellText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
