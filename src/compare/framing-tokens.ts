import type { Span } from '../model/index.js';

/** A word of an article's text, lower-cased for lookup. */
export interface FramingToken extends Span {
  readonly word: string;
}

/** The words of a text (letters, inner apostrophes and hyphens), with offsets; possessive 's is left out. */
export function framingTokens(text: string): FramingToken[] {
  const tokens: FramingToken[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu)) {
    const surface = match[0].replace(/['’]s$/, '');
    tokens.push({
      start: match.index,
      end: match.index + surface.length,
      text: surface,
      word: surface.toLowerCase().replace(/’/g, "'"),
    });
  }
  return tokens;
}

/** The forms under which a word may be listed in a lexicon: itself and light de-inflections. */
export function lexiconForms(word: string): string[] {
  const forms = [word];
  const add = (form: string): void => {
    if (form.length >= 3 && !forms.includes(form)) forms.push(form);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    if (/(.)\1ed$/.test(word)) add(word.slice(0, -3));
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
    if (/(.)\1ing$/.test(word)) add(word.slice(0, -4));
  }
  if (word.endsWith('ly')) {
    add(word.slice(0, -2));
    if (word.endsWith('ily')) add(`${word.slice(0, -3)}y`);
  }
  return forms;
}

/** Whether a token is capitalised inside a sentence, as names are: names carry no framing of their own. */
export function isNameLike(text: string, token: FramingToken): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false;
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  return !/(?:^|[.!?:;"“”'‘(\n—-]\s*)$/.test(before) && token.start > 0;
}

/** The learned framing model: a score per word (higher = more often loaded in an outlet's own voice). */
export interface FramingModel {
  /** Terms scoring at least this are loaded. */
  readonly threshold: number;
  /** At most this many loaded terms per this many words of own-voice text (rounded up): precision over recall. */
  readonly maxPer: { readonly terms: number; readonly words: number };
  /** word -> [score, category]; the score of the word alone, before its context. */
  readonly terms: Readonly<Record<string, readonly [number, string]>>;
  /** Weights of the context features (`CONTEXT_FEATURES`), added to a word's score. */
  readonly context: Readonly<Record<string, number>>;
}
