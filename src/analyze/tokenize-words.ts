/** A word-level token with UTF-16 offsets into the text it came from. */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words that keep their period: titles, months and other abbreviations written before a name or number.
const KEEPS_PERIOD = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev st sr jr mt ft no vs etc inc ltd co corp ' +
    'dept jan feb mar apr jun jul aug sep sept oct nov dec est approx fig pres sec hon brig supt insp det pvt cpl ca'
  ).split(' '),
);

// Treebank-style pieces: dotted acronyms (U.S.), numbers, words (clitics split off), any other single mark.
const PIECE =
  /(?:\p{L}\.){2,}(?!\p{L})|\d+(?:[.,:/]\d+)*|\p{L}[\p{L}\p{M}\p{N}]*?(?=n['’]t\b)|n['’]t\b|['’](?:s|d|m|re|ve|ll)\b|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+(?<!['’](?:s|d|m|re|ve|ll)))*\.?|\.{3}|--+|[^\s]/giu;

/**
 * Splits text into Treebank-like word tokens, the way the NER training data is tokenised: hyphens, clitics
 * ("'s", "n't") and punctuation apart; abbreviations (Gen., Jan.) and acronyms (U.S.) keep their periods.
 */
export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(PIECE)) {
    const word = match[0];
    const start = offset + match.index;
    if (word.length > 1 && /^[^.]+\.$/u.test(word)) {
      const bare = word.slice(0, -1);
      const keep = KEEPS_PERIOD.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
      if (!keep) {
        tokens.push({ text: bare, start, end: start + bare.length });
        tokens.push({ text: '.', start: start + bare.length, end: start + word.length });
        continue;
      }
    }
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}
