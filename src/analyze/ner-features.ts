import { DEMONYMS, GROUP_WORDS, NOT_NAMES, ORG_WORDS, PLACE_PHRASES, PLACES, TITLES } from './gazetteer.js';
import { GIVEN_NAMES, KNOWN_ORGANIZATIONS, KNOWN_PLACES, MORE_PLACES, ORG_SUFFIXES } from './name-lists.js';

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}/u.test(w)));
const MONTHS_AND_DAYS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?$/i;
// Multi-word places, indexed by their first word.
const PHRASES = new Map<string, string[][]>();
for (const phrase of PLACE_PHRASES) {
  const parts = phrase.split(' ');
  PHRASES.set(parts[0]!, [...(PHRASES.get(parts[0]!) ?? []), parts]);
}

/** The word's shape: "Blinken" -> "Xx", "U.S." -> "X.X.", "2,500" -> "d,d". */
export function wordShape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{Lo}]/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1');
}

function gazetteerClasses(word: string): string {
  const classes: string[] = [];
  if (PLACES.has(word) || MORE_PLACES.has(word) || KNOWN_PLACES.has(word)) classes.push('place');
  if (KNOWN_ORGANIZATIONS.has(word)) classes.push('knownorg');
  if (GIVEN_NAMES.has(word)) classes.push('given');
  if (ORG_WORDS.has(word)) classes.push('org');
  if (GROUP_WORDS.has(word)) classes.push('group');
  if (TITLE_WORDS.has(word)) classes.push('title');
  if (DEMONYMS[word]) classes.push('demonym');
  if (NOT_NAMES.has(word)) classes.push('notname');
  if (MONTHS_AND_DAYS.test(word)) classes.push('date');
  if (ORG_SUFFIXES.has(word.toLowerCase())) classes.push('orgsuffix');
  return classes.join('+') || '-';
}

/** Per-sentence facts the features read: lower-case forms, shapes, gazetteer classes. */
export interface SentenceContext {
  readonly lower: readonly string[];
  readonly shape: readonly string[];
  readonly gazetteer: readonly string[];
}

/** Lower-case word or phrase -> its gazetteer class ("given", "city", "org", "common", ...). */
export type Lexicon = Readonly<Record<string, string>>;

const MAX_PHRASE = 4;
// Per-word facts (lower case, shape, gazetteer classes), memoised per lexicon: words repeat a lot.
const wordCaches = new WeakMap<Lexicon, Map<string, { lower: string; shape: string; gazetteer: string }>>();

/** Precomputes what every token's features need, once per sentence. */
export function sentenceContext(words: readonly string[], lexicon: Lexicon = {}): SentenceContext {
  let cache = wordCaches.get(lexicon);
  if (!cache) {
    cache = new Map();
    wordCaches.set(lexicon, cache);
  }
  const lower: string[] = [];
  const shape: string[] = [];
  const gazetteer: string[] = [];
  for (const word of words) {
    let facts = cache.get(word);
    if (!facts) {
      const low = word.toLowerCase();
      const own = gazetteerClasses(word);
      const known = lexicon[low];
      facts = { lower: low, shape: wordShape(word), gazetteer: known ? `${own}+${known}` : own };
      if (cache.size < 200_000) cache.set(word, facts);
    }
    lower.push(facts.lower);
    shape.push(facts.shape);
    gazetteer.push(facts.gazetteer);
  }
  for (let i = 0; i < words.length - 1; i++) {
    // Multi-word gazetteer entries ("new york", "united nations") start with a capital and go on with one or "of".
    if (!/^\p{Lu}/u.test(words[i]!) || !/^\p{Lu}|^of$/u.test(words[i + 1]!)) continue;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 2; n--) {
      const known = lexicon[lower.slice(i, i + n).join(' ')];
      if (!known) continue;
      for (let k = 0; k < n; k++) gazetteer[i + k] += k === 0 ? `+B${known}` : `+I${known}`;
      break;
    }
  }
  for (let i = 0; i < words.length; i++) {
    for (const phrase of PHRASES.get(words[i]!) ?? []) {
      if (phrase.every((p, k) => words[i + k] === p)) {
        for (let k = 0; k < phrase.length; k++) gazetteer[i + k] += k === 0 ? '+Bphrase' : '+Iphrase';
      }
    }
  }
  return { lower, shape, gazetteer };
}

/** The features of token `i`, given the two tags before it (greedy left-to-right tagging). */
export function nerFeatures(
  words: readonly string[],
  context: SentenceContext,
  i: number,
  previous: string,
  previous2: string,
): string[] {
  const { lower, shape, gazetteer } = context;
  const w = lower[i]!;
  const word = words[i]!;
  const at = (k: number): string => lower[i + k] ?? (i + k < 0 ? '<s>' : '</s>');
  const shapeAt = (k: number): string => shape[i + k] ?? '#';
  const gazAt = (k: number): string => gazetteer[i + k] ?? '#';
  return [
    'b',
    `w=${w}`,
    `W=${word}`,
    `s=${shape[i]}`,
    `p2=${w.slice(0, 2)}`,
    `p3=${w.slice(0, 3)}`,
    `x2=${w.slice(-2)}`,
    `x3=${w.slice(-3)}`,
    `x4=${w.slice(-4)}`,
    `first=${i === 0}|${shape[i]}`,
    `w-1=${at(-1)}`,
    `w+1=${at(1)}`,
    `w-2=${at(-2)}`,
    `w+2=${at(2)}`,
    `w-1w=${at(-1)}|${w}`,
    `ww+1=${w}|${at(1)}`,
    `s-1=${shapeAt(-1)}`,
    `s+1=${shapeAt(1)}`,
    `s-1s=${shapeAt(-1)}|${shape[i]}`,
    `ss+1=${shape[i]}|${shapeAt(1)}`,
    `s-1ss+1=${shapeAt(-1)}|${shape[i]}|${shapeAt(1)}`,
    `g=${gazAt(0)}`,
    `g-1=${gazAt(-1)}`,
    `g+1=${gazAt(1)}`,
    `g-1g=${gazAt(-1)}|${gazAt(0)}`,
    `gg+1=${gazAt(0)}|${gazAt(1)}`,
    `t-1=${previous}`,
    `t-2t-1=${previous2}|${previous}`,
    `t-1w=${previous}|${w}`,
    `t-1s=${previous}|${shape[i]}`,
    `t-1g=${previous}|${gazAt(0)}`,
  ];
}
