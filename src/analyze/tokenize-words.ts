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
  /(?:\p{L}\.){2,}(?!\p{L})|\d+(?:[.,:/]\d+)*|\p{L}[\p{L}\p{M}\p{N}]*?(?=n['’]t\b)|n['’]t\b|['’](?:s|d|m|re|ve|ll)\b|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!(?:s|d|m|re|ve|ll)\b)\p{L}+)*\.?|\.{3}|--+|[^\s]/giu;

// PIECE anchored at one offset: the scan below asks it about the rare pieces it does not read by hand.
const PIECE_AT = new RegExp(PIECE.source, 'iuy');
const WHITESPACE = /\s/;
const ASCII_WORD_REST = /[A-Za-z0-9]*/y;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const APOSTROPHE = 39;
const PERIOD = 46;
const HYPHEN = 45;

/**
 * Where the PIECE that starts at `at` (not a space) ends: the common pieces read by hand (an ASCII word,
 * a number, a mark), anything else by PIECE itself; the same pieces a global PIECE scan finds, faster.
 */
function pieceEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (isAsciiLetter(c)) {
    ASCII_WORD_REST.lastIndex = at + 1;
    ASCII_WORD_REST.test(text); // always true; moves lastIndex past the letters and digits
    const end = ASCII_WORD_REST.lastIndex;
    const next = text.charCodeAt(end); // NaN at the end of the text
    // Apostrophes (clitics, "n't", O'Neill), other scripts and marks, and "J." / "U.S." go to PIECE.
    if (!(next >= 128 || next === APOSTROPHE || (next === PERIOD && end === at + 1)))
      return next === PERIOD ? end + 1 : end;
  } else if (isDigit(c)) {
    // \d+(?:[.,:/]\d+)*
    let end = at + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    for (;;) {
      const sep = text.charCodeAt(end);
      if (!(sep === PERIOD || sep === 44 || sep === 58 || sep === 47) || !isDigit(text.charCodeAt(end + 1)))
        break;
      end += 2;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    return end;
  } else if (c < 128 && c !== APOSTROPHE) {
    // A mark: "...", "--" and longer dashes, else the one character.
    if (c === PERIOD && text.charCodeAt(at + 1) === PERIOD && text.charCodeAt(at + 2) === PERIOD)
      return at + 3;
    if (c === HYPHEN && text.charCodeAt(at + 1) === HYPHEN) {
      let end = at + 2;
      while (text.charCodeAt(end) === HYPHEN) end++;
      return end;
    }
    return at + 1;
  }
  PIECE_AT.lastIndex = at;
  return at + PIECE_AT.exec(text)![0].length;
}

/**
 * Splits text into Treebank-like word tokens, the way the NER training data is tokenised: hyphens, clitics
 * ("'s", "n't") and punctuation apart; abbreviations (Gen., Jan.) and acronyms (U.S.) keep their periods.
 */
export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (let at = 0; at < text.length;) {
    const c = text.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITESPACE.test(text[at]!))) {
      at++;
      continue;
    }
    const end = pieceEnd(text, at);
    const start = offset + at;
    const word = text.slice(at, end);
    at = end;
    // A word with one period, at its end: the period is a token apart unless the word keeps it.
    if (word.length > 1 && text.charCodeAt(end - 1) === PERIOD && word.indexOf('.') === word.length - 1) {
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
