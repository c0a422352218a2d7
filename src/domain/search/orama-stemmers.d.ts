// SPFx's TypeScript resolves modules the node10 way, which ignores package.json "exports";
// these declarations describe the two Snowball ports we import (see node_modules/@orama/stemmers/dist/fr.d.ts).
declare module '@orama/stemmers/french' {
  /** Snowball French stemmer. */
  export function stemmer(word: string): string;
  /** Language name of the stemmer. */
  export const language: string;
}

declare module '@orama/stemmers/english' {
  /** Snowball English (Porter2) stemmer. */
  export function stemmer(word: string): string;
  /** Language name of the stemmer. */
  export const language: string;
}
