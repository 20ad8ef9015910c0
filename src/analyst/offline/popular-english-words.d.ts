/** The package ships no types: English words ordered by how often they are used. */
declare module 'popular-english-words' {
  export const words: {
    /** The `count` most frequent words, most frequent first. */
    getMostPopular(count: number): string[];
  };
}
