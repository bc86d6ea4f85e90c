/** A text lower-cased with punctuation and spacing folded to single spaces, for comparing titles loosely. */
export const looseText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
