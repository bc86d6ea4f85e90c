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

/** Lower-case word or phrase -> its gazetteer class ("given", "city", "org", "common", ...). */
export type Lexicon = Readonly<Record<string, string>>;

/**
 * What unlabelled news text says about word forms: `clusters` maps a form to its distributional cluster
 * (top * 64 + middle * 8 + fine), `capitals` a lower-case form to how often it is capitalised inside a
 * sentence (0: almost never ... 3: almost always).
 */
export interface WordClusters {
  readonly clusters: Readonly<Record<string, number>>;
  readonly capitals: Readonly<Record<string, number>>;
}

const NO_CLUSTERS: WordClusters = { clusters: {}, capitals: {} };

/** 32-bit FNV-1a hash of a string: the same on every run and platform, so hashed weights are reproducible. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// MurmurHash3's mixing steps: combine a feature template's parts into one well-spread 32-bit number.
function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** What the tagger knows about one word form, computed once and cached: hashes of its parts and a few flags. */
export interface WordFacts {
  readonly lower: number;
  readonly word: number;
  readonly shape: number;
  readonly affixes: readonly [number, number, number, number, number]; // p2 p3 x2 x3 x4
  readonly gazetteer: string;
  readonly gazetteerHash: number;
  /** Hashes of the word's cluster at three granularities (fine, middle, top), and of its capital ratio. */
  readonly clusters: readonly [number, number, number];
  readonly capitals: number;
  /** Starts with an upper-case letter. */
  readonly capital: boolean;
  /** A clitic ("'s", "n't") or an honorific ("Mr", "Dr."): never part of a gold name span. */
  readonly clitic: boolean;
  readonly honorific: boolean;
  /** Only a function word by the gazetteer ("The", "But"): no name at the start of a sentence. */
  readonly functionWord: boolean;
  /** The gazetteer says it is a common word, date, demonym, title or honorific, not a name. */
  readonly notAName: boolean;
  /** The gazetteer knows it as part of a name (given name, place, organisation...). */
  readonly named: boolean;
}

const CLITIC = /^['’](?:s|d|m|re|ve|ll)$|^n['’]t$/i;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?$/;
const FUNCTION_WORD = /^notname(?:\+common)*$/;
const NOT_A_NAME = /common|notname|date|demonym|title|honor/;
const NAMED = /given|last|place|country|city|org|group/; // includes knownorg

function factsOf(word: string, lexicon: Lexicon, clusters: WordClusters): WordFacts {
  const low = word.toLowerCase();
  const own = gazetteerClasses(word);
  const known = lexicon[low];
  const gazetteer = known ? `${own}+${known}` : own;
  const id = Object.hasOwn(clusters.clusters, word)
    ? clusters.clusters[word]!
    : Object.hasOwn(clusters.clusters, low)
      ? clusters.clusters[low]!
      : -1;
  const capitals = Object.hasOwn(clusters.capitals, low) ? clusters.capitals[low]! : -1;
  return {
    lower: hashString(low),
    word: hashString(word),
    shape: hashString(wordShape(word)),
    affixes: [
      hashString(low.slice(0, 2)),
      hashString(low.slice(0, 3)),
      hashString(low.slice(-2)),
      hashString(low.slice(-3)),
      hashString(low.slice(-4)),
    ],
    gazetteer,
    gazetteerHash: hashString(gazetteer),
    clusters: [
      hashString(`c${id}`),
      hashString(`m${id < 0 ? id : id >> 3}`),
      hashString(`t${id < 0 ? id : id >> 6}`),
    ],
    capitals: hashString(`k${capitals}`),
    capital: /^\p{Lu}/u.test(word),
    clitic: CLITIC.test(word),
    honorific: HONORIFIC.test(word),
    functionWord: FUNCTION_WORD.test(gazetteer),
    notAName: NOT_A_NAME.test(gazetteer),
    named: NAMED.test(gazetteer),
  };
}

/**
 * Per-sentence facts the features read, filled lazily (most words are lower-case words the tagger never
 * scores): each word's facts, and gazetteer hashes including multi-word matches.
 */
export interface SentenceContext {
  readonly words: readonly string[];
  readonly cache: Map<string, WordFacts>;
  readonly lexicon: Lexicon;
  readonly clusters: WordClusters;
  readonly facts: (WordFacts | undefined)[];
  /** Hash of the word's gazetteer classes, including multi-word entries it is part of (once its facts are in). */
  readonly gazetteer: Int32Array;
  /** Multi-word gazetteer entries the word is part of (0: none), hashed. */
  readonly phrase: Int32Array;
  /** Whether a gazetteer knows the word, alone or in a multi-word entry, as part of a name. */
  readonly named: Uint8Array;
}

const MAX_PHRASE = 4;
// Per-word facts memoised per lexicon and clusters (words repeat a lot), and each lexicon's multi-word entries'
// first words.
const wordCaches = new WeakMap<Lexicon, WeakMap<WordClusters, Map<string, WordFacts>>>();
const phraseStarts = new WeakMap<Lexicon, Set<string>>();

function phraseStartsOf(lexicon: Lexicon): Set<string> {
  let starts = phraseStarts.get(lexicon);
  if (!starts) {
    starts = new Set(
      Object.keys(lexicon)
        .filter((k) => k.includes(' '))
        .map((k) => k.slice(0, k.indexOf(' '))),
    );
    phraseStarts.set(lexicon, starts);
  }
  return starts;
}

const B_PHRASE = hashString('+Bphrase');
const I_PHRASE = hashString('+Iphrase');

/** Whether a word starts with an upper-case letter (ASCII fast path). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Precomputes the sentence's multi-word gazetteer matches; word facts come on demand (factAt). */
export function sentenceContext(
  words: readonly string[],
  lexicon: Lexicon = {},
  clusters: WordClusters = NO_CLUSTERS,
): SentenceContext {
  let caches = wordCaches.get(lexicon);
  if (!caches) {
    caches = new WeakMap();
    wordCaches.set(lexicon, caches);
  }
  let cache = caches.get(clusters);
  if (!cache) {
    cache = new Map();
    caches.set(clusters, cache);
  }
  const n = words.length;
  const phrase = new Int32Array(n);
  const named = new Uint8Array(n);
  const starts = phraseStartsOf(lexicon);
  const mark = (at: number, hash: number, isNamed: boolean): void => {
    phrase[at] = phrase[at] === 0 ? hash : mix(phrase[at]!, hash);
    if (isNamed) named[at] = 1;
  };
  for (let i = 0; i < n - 1; i++) {
    // Multi-word gazetteer entries ("new york", "united nations") start with a capital and go on with one or "of".
    if (!isCapitalised(words[i]!) || !(isCapitalised(words[i + 1]!) || words[i + 1] === 'of')) continue;
    if (!starts.has(words[i]!.toLowerCase())) continue;
    for (let len = Math.min(MAX_PHRASE, n - i); len >= 2; len--) {
      const known =
        lexicon[
          words
            .slice(i, i + len)
            .join(' ')
            .toLowerCase()
        ];
      if (!known) continue;
      const begin = hashString(`+B${known}`);
      const inside = hashString(`+I${known}`);
      for (let k = 0; k < len; k++) mark(i + k, k === 0 ? begin : inside, NAMED.test(known));
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!isCapitalised(words[i]!)) continue; // every multi-word place starts with a capital
    const candidates = PHRASES.get(words[i]!);
    if (!candidates) continue;
    for (const parts of candidates) {
      if (parts.every((p, k) => words[i + k] === p)) {
        for (let k = 0; k < parts.length; k++) mark(i + k, k === 0 ? B_PHRASE : I_PHRASE, false);
      }
    }
  }
  return {
    words,
    cache,
    lexicon,
    clusters,
    facts: new Array<WordFacts | undefined>(n),
    gazetteer: new Int32Array(n),
    phrase,
    named,
  };
}

/** The facts of word `i` of the sentence, computed (and cached) on first use. */
export function factAt(context: SentenceContext, i: number): WordFacts {
  let f = context.facts[i];
  if (f) return f;
  const word = context.words[i]!;
  f = context.cache.get(word);
  if (!f) {
    f = factsOf(word, context.lexicon, context.clusters);
    if (context.cache.size < 200_000) context.cache.set(word, f);
  }
  context.facts[i] = f;
  const p = context.phrase[i]!;
  context.gazetteer[i] = p === 0 ? f.gazetteerHash : mix(f.gazetteerHash, p);
  if (f.named) context.named[i] = 1;
  return f;
}

/** How many features each token has (one hashed bucket each). */
export const FEATURE_COUNT = 40;
/** Feature templates that read the word's own identity (form and affixes): dropped in part of training. */
export const LEXICAL_FEATURES: readonly number[] = [1, 2, 4, 5, 6, 7, 8, 14, 15, 28];

const START = hashString('<s>');
const END = hashString('</s>');
const NO_SHAPE = hashString('#');

const SEEDS = Array.from({ length: FEATURE_COUNT }, (_, k) => mix(0x9e3779b9, k));

/** Tag index used for "no tag" before the sentence start. */
export const START_TAG = 15;

/**
 * Fills `out` with the bucket of each of token `i`'s FEATURE_COUNT features (hashed templates over words,
 * shapes, affixes, gazetteer classes and the two tags before it, greedy left-to-right), masked by `mask`.
 */
export function nerFeatures(
  context: SentenceContext,
  i: number,
  previous: number,
  previous2: number,
  mask: number,
  out: Uint32Array,
): void {
  const n = context.words.length;
  const f = factAt(context, i);
  const w = f.lower;
  const s = f.shape;
  const before = i > 0 ? factAt(context, i - 1) : undefined;
  const after = i + 1 < n ? factAt(context, i + 1) : undefined;
  const { gazetteer } = context;
  const g = gazetteer[i]!;
  const wm1 = before ? before.lower : START;
  const wm2 = i > 1 ? factAt(context, i - 2).lower : START;
  const wp1 = after ? after.lower : END;
  const wp2 = i + 2 < n ? factAt(context, i + 2).lower : END;
  const sm1 = before ? before.shape : NO_SHAPE;
  const sp1 = after ? after.shape : NO_SHAPE;
  const gm1 = before ? gazetteer[i - 1]! : NO_SHAPE;
  const gp1 = after ? gazetteer[i + 1]! : NO_SHAPE;
  const a = f.affixes;
  const put = (k: number, h: number): void => {
    out[k] = finish(h) & mask;
  };
  const t = (k: number): number => SEEDS[k]!;
  put(0, t(0));
  put(1, mix(t(1), w));
  put(2, mix(t(2), f.word));
  put(3, mix(t(3), s));
  put(4, mix(t(4), a[0]));
  put(5, mix(t(5), a[1]));
  put(6, mix(t(6), a[2]));
  put(7, mix(t(7), a[3]));
  put(8, mix(t(8), a[4]));
  put(9, mix(mix(t(9), i === 0 ? 1 : 0), s));
  put(10, mix(t(10), wm1));
  put(11, mix(t(11), wp1));
  put(12, mix(t(12), wm2));
  put(13, mix(t(13), wp2));
  put(14, mix(mix(t(14), wm1), w));
  put(15, mix(mix(t(15), w), wp1));
  put(16, mix(t(16), sm1));
  put(17, mix(t(17), sp1));
  put(18, mix(mix(t(18), sm1), s));
  put(19, mix(mix(t(19), s), sp1));
  put(20, mix(mix(mix(t(20), sm1), s), sp1));
  put(21, mix(t(21), g));
  put(22, mix(t(22), gm1));
  put(23, mix(t(23), gp1));
  put(24, mix(mix(t(24), gm1), g));
  put(25, mix(mix(t(25), g), gp1));
  put(26, mix(t(26), previous));
  put(27, mix(mix(t(27), previous2), previous));
  put(28, mix(mix(t(28), previous), w));
  put(29, mix(mix(t(29), previous), s));
  put(30, mix(mix(t(30), previous), g));
  // Distributional clusters from unlabelled news: they generalise to words the labelled data never had.
  const c = f.clusters;
  const cm1 = before ? before.clusters[1] : START;
  const cp1 = after ? after.clusters[1] : END;
  put(31, mix(t(31), c[0]));
  put(32, mix(t(32), c[1]));
  put(33, mix(t(33), c[2]));
  put(34, mix(t(34), cm1));
  put(35, mix(t(35), cp1));
  put(36, mix(mix(t(36), c[1]), s));
  put(37, mix(mix(t(37), previous), c[0]));
  put(38, mix(mix(t(38), i === 0 ? 1 : 0), f.capitals));
  put(39, mix(mix(t(39), c[1]), cp1));
}
