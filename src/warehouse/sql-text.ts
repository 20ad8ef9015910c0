/** Quotes an identifier for either dialect (both follow the SQL standard here). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for either dialect. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
