import type { Sentence } from '../model/index.js';
import { codePointBefore } from './code-point-before.js';

// Words that end in a period without ending a sentence when a capitalised word follows.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov govs sen sens rep reps cong rev st sr jr mt ft no vs etc inc ltd co corp dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec est approx fig pres sec hon brig supt insp det pvt cpl ' +
    'mass calif fla tex ariz colo conn ill ind kan ky la md mich minn miss mo neb nev okla ore pa tenn va wash wis'
  ).split(' '),
);
// After a dotted acronym (U.S.), these words start a new sentence rather than continue a name.
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I This That These Those But And In On At As If When While After Before Since However Meanwhile There His Her Their Its Our'.split(
    ' ',
  ),
);

const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\d])/gu;

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The letters and periods that end just before `end`, at most `reach` UTF-16 units back: what
 * /([\p{L}.]+)$/u finds in text.slice(end - reach, end), read backwards instead of tried at every offset.
 */
function wordEndingAt(text: string, end: number, reach: number): string {
  const limit = Math.max(0, end - reach);
  let first = end;
  while (first > limit) {
    const c = text.charCodeAt(first - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) {
      first--;
      continue;
    }
    if (c < 128) break;
    const character = codePointBefore(text, first, limit);
    if (!WORD_CHAR.test(character)) break;
    first -= character.length;
  }
  return text.slice(first, end);
}

function isNonFinalPeriod(text: string, markIndex: number, nextWord: string): boolean {
  if (text[markIndex] !== '.') return false;
  const before = wordEndingAt(text, markIndex, 20);
  const word = before.replace(/^\.+/, '');
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "Lloyd J. Austin"
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_STARTERS.has(nextWord); // "U.S", "U.N"
  return false;
}

// A speaker, a verb of speech and at most where or when, to the sentence's end: "Akin continued.", "Obama wrote in
// a letter delivered Tuesday." (not "Trump said the plan would cost billions.", a sentence of its own).
const SPEAKER_THEN_VERB =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:said|says|continued|added|wrote|writes|told|asked|tweeted|replied|explained|insisted|argued|noted|declared|warned)(?:\s+(?:in|on|at|to|from|during|after|before|with|via|later|earlier|then|again|afterward|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?"“”]{0,60})?[.!?]/u;

/**
 * Whether a sentence that is one quote ("“Why can't Mitt Romney run his race and I'll run mine?”") goes on with
 * its attribution after the closing mark ("Akin continued."): one sentence, so the quote keeps its speaker. A
 * quote ending a sentence of the outlet's own words is followed by a new sentence ("… “a disaster.” Trump said
 * the plan …").
 */
function isAttributionAfterQuote(
  body: string,
  sentenceStart: number,
  closing: string,
  next: number,
): boolean {
  const sentence = body.slice(sentenceStart, next);
  // One quote: it opens the sentence and no other quote opens inside it.
  const opening = (sentence.match(/“/g)?.length ?? 0) + (sentence.match(/"/g)?.length ?? 0) / 2;
  return (
    /["”]/.test(closing) &&
    /^\s*["“]/.test(sentence) &&
    opening <= 1 &&
    SPEAKER_THEN_VERB.test(body.slice(next, next + 120))
  );
}

/** Splits clean text into sentences with offsets: paragraphs always end a sentence; abbreviations and initials do not. */
export function splitSentences(text: string, idPrefix = 's'): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    const bullet = /^(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+/.exec(text.slice(start, Math.min(end, start + 8)));
    if (bullet && bullet[0].length < end - start) start += bullet[0].length; // the bullet mark is not the sentence's
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start)
      sentences.push({ id: `${idPrefix}${sentences.length + 1}`, start, end, text: text.slice(start, end) });
  };
  // A paragraph runs over single line breaks, except where a line starts a bullet ("- ", "• ", "1. ").
  const paragraph = /[^\n]+(?:\n(?!\n|[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t])[^\n]+)*/g;
  for (const match of text.matchAll(paragraph)) {
    const base = match.index;
    const body = match[0];
    let start = 0;
    for (const boundary of body.matchAll(BOUNDARY)) {
      const markIndex = boundary.index;
      const afterSpace = markIndex + boundary[0].length;
      const nextWord = /^["“‘'([]?([\p{L}\d]+)/u.exec(body.slice(afterSpace))?.[1] ?? '';
      if (isNonFinalPeriod(body, markIndex, nextWord)) continue;
      if (isAttributionAfterQuote(body, start, boundary[2]!, afterSpace)) continue;
      const end = markIndex + boundary[1]!.length + boundary[2]!.length;
      push(base + start, base + end);
      start = afterSpace;
    }
    push(base + start, base + body.length);
  }
  return sentences;
}
