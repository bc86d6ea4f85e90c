/** A text's words lower-cased and joined by single spaces, punctuation dropped: for comparing wordings. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}
