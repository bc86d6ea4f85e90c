import type { AnalyzedArticle } from '../model/index.js';
import { stem } from '../util/terms.js';
import type { FramingToken } from './framing-tokens.js';

/** Names of the context features, in the order `contextFeatures` returns them. */
export const CONTEXT_FEATURES = [
  'lead',
  'sentencePosition',
  'sentenceQuotes',
  'nearQuote',
  'repeats',
  'storyShare',
  'afterDeterminer',
  'afterPreposition',
  'beforeNounMarker',
] as const;

const DETERMINERS = /\b(?:a|an|the|this|that|these|those|his|her|their|its|our|no)\s+$/i;
const PREPOSITIONS = /\b(?:of|in|for|on|with|by|from|about|against|over|after|into)\s+$/i;
// A word right before "of", "to" or a preposition tends to be a noun or a verb of the event, not an adjective.
const NOUN_MARKER = /^\s+(?:of|to|in|at|by|for|against)\b/i;

/** How many of the story's other articles use each word stem: words every outlet uses name the event. */
export interface StoryStems {
  readonly articles: number;
  readonly using: (stem: string) => number;
}

/** The `StoryStems` of one article, given the stems of every article of the story and its own index. */
export function otherStems(all: readonly ReadonlySet<string>[], index: number): StoryStems {
  const counts = new Map<string, number>();
  for (const stems of all) for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return storyStemsOf(counts, all.length, all[index]!);
}

/** `StoryStems` from story-wide stem counts, leaving out the article's own stems. */
export function storyStemsOf(
  counts: ReadonlyMap<string, number>,
  articles: number,
  own: ReadonlySet<string>,
): StoryStems {
  return { articles: articles - 1, using: (s) => (counts.get(s) ?? 0) - (own.has(s) ? 1 : 0) };
}

const NO_STORY: StoryStems = { articles: 0, using: () => 0 };

/** The stems of an article's words, for `contextFeatures` of its story's other articles. */
export function articleStems(analyzed: AnalyzedArticle): Set<string> {
  const stems = new Set<string>();
  for (const m of analyzed.article.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) stems.add(stem(m[0]));
  return stems;
}

/**
 * Where a word stands: in the lead (first three sentences), how far down (log sentence index), in a
 * sentence that also carries someone's words or next to them (within 40 characters), how often the article
 * repeats it (log count), and the share of the story's other articles that use it (0.5 when there are none).
 */
export function contextFeatures(
  analyzed: AnalyzedArticle,
  others: StoryStems = NO_STORY,
): (token: FramingToken) => number[] {
  const { sentences, attributed } = analyzed;
  const counts = new Map<string, number>();
  for (const m of analyzed.article.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const s = stem(m[0]);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return (token) => {
    let index = sentences.findIndex((s) => s.start <= token.start && s.end >= token.end);
    if (index < 0) index = sentences.length;
    const sentence = sentences[index];
    const quotes = sentence
      ? attributed.some((a) => a.start < sentence.end && a.end > sentence.start)
      : false;
    const near = attributed.some(
      (a) => Math.abs(a.start - token.end) <= 40 || Math.abs(token.start - a.end) <= 40,
    );
    const s = stem(token.word);
    const share = others.articles === 0 ? 0.5 : others.using(s) / others.articles;
    const before = analyzed.article.text.slice(Math.max(0, token.start - 8), token.start);
    const after = analyzed.article.text.slice(token.end, token.end + 10);
    return [
      index < 3 ? 1 : 0,
      Math.log(1 + index),
      quotes ? 1 : 0,
      near ? 1 : 0,
      Math.log(counts.get(s) ?? 1),
      share,
      DETERMINERS.test(before) ? 1 : 0,
      PREPOSITIONS.test(before) ? 1 : 0,
      NOUN_MARKER.test(after) ? 1 : 0,
    ];
  };
}
