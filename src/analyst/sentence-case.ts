/** A text with its first letter in capitals ("revenue by month" → "Revenue by month"), the rest as it is. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "second", "third", "11th": a place in a ranking, in words up to the tenth. */
export function placeWord(place: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  const suffix =
    place % 10 === 1 && place % 100 !== 11
      ? 'st'
      : place % 10 === 2 && place % 100 !== 12
        ? 'nd'
        : place % 10 === 3 && place % 100 !== 13
          ? 'rd'
          : 'th';
  return words[place - 1] ?? `${place}${suffix}`;
}

/** Number words up to nineteen, each at its value: "fourteen" is SMALL_NUMBERS[14]. */
export const SMALL_NUMBERS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
