import { lexiconForms } from '../../compare/framing-tokens.js';
import { STOPWORDS } from '../../util/terms.js';
import type { Lexicons } from './read-lexicons.js';

/** How often a word was seen in own-voice text of the training articles, and how often inside a gold span. */
export interface WordCounts {
  readonly seen: number;
  readonly loaded: number;
  /** Share of training articles the word occurs in. */
  readonly documentShare: number;
}

/** Base rate of loaded words among own-voice words, and how many observations the prior is worth. */
export const PRIOR = { rate: 0.005, weight: 20 };

const LIST_FEATURES = [
  'valueLaden',
  'partisan',
  'npov',
  'figurative',
  'assertive',
  'factive',
  'implicative',
  'report',
] as const;

/** Names of the features `wordFeatures` returns, in order. */
export const FEATURE_NAMES = [
  ...LIST_FEATURES,
  'hedge',
  'weasel',
  'afinnStrength',
  'afinnNegative',
  'afinnPositive',
  'afinnStrong',
  'stopword',
  'adverbLy',
  'length',
  'documentShare',
  'smoothedRate',
  'logSeen',
  'stemRate',
  'adjectiveShape',
  'pastShape',
  'ingShape',
];

/** Word-level features of a (lower-case) word: lexicon memberships, AFINN valence, shape, learned rate. */
export function wordFeatures(
  word: string,
  lexicons: Lexicons,
  counts: WordCounts | undefined,
  stemCounts: WordCounts | undefined,
): number[] {
  const forms = lexiconForms(word);
  const inList = (name: string): number => (forms.some((f) => lexicons.lists[name]!.has(f)) ? 1 : 0);
  const afinn = forms.map((f) => lexicons.afinn[f]).find((v) => v !== undefined) ?? 0;
  const seen = counts?.seen ?? 0;
  const loaded = counts?.loaded ?? 0;
  return [
    ...LIST_FEATURES.map(inList),
    Math.max(inList('hedge'), inList('hedgeHyland')),
    inList('weasel'),
    Math.abs(afinn) / 5,
    afinn < 0 ? 1 : 0,
    afinn > 0 ? 1 : 0,
    Math.abs(afinn) >= 3 ? 1 : 0,
    STOPWORDS.has(word) ? 1 : 0,
    word.endsWith('ly') ? 1 : 0,
    Math.min(word.length, 14) / 10,
    Math.log((counts?.documentShare ?? 0) + 0.005),
    Math.log((loaded + PRIOR.rate * PRIOR.weight) / (seen + PRIOR.weight)),
    Math.log(1 + seen),
    Math.log(
      ((stemCounts?.loaded ?? 0) + PRIOR.rate * PRIOR.weight) / ((stemCounts?.seen ?? 0) + PRIOR.weight),
    ),
    /(?:ous|ive|ful|ic|able|ible|less|ish|ant|ent)$/.test(word) ? 1 : 0,
    /ed$/.test(word) ? 1 : 0,
    /ing$/.test(word) ? 1 : 0,
  ];
}

/** A display category for a loaded word, from the lexicons it is listed in. */
export function wordCategory(word: string, lexicons: Lexicons): string {
  const forms = lexiconForms(word);
  const has = (name: string): boolean => forms.some((f) => lexicons.lists[name]!.has(f));
  const afinn = forms.map((f) => lexicons.afinn[f]).find((v) => v !== undefined) ?? 0;
  if (has('hedge') || has('hedgeHyland')) return 'hedge';
  if (has('partisan')) return 'loaded-label';
  if (afinn <= -2) return 'emotive';
  if (has('weasel') || word.endsWith('ly')) return 'intensifier';
  return 'judgement';
}
