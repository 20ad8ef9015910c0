/** A text with its first letter in capitals ("revenue by month" → "Revenue by month"), the rest as it is. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
