import type { AnalyzedArticle, Quote, QuoteGroup, StoryEntity } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { contentTerms } from '../util/terms.js';
import { plainWords } from '../util/plain-words.js';
import { changesMeaning, diffWords } from './diff-words.js';
import { excerptDiff } from './excerpt-diff.js';
import { mentionsFamilyName } from '../util/family-name.js';

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared;
}

/** The most words in a row two texts' words share. */
function longestSharedRun(x: readonly string[], y: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++)
      if (x[i - 1] === y[j - 1]) best = Math.max(best, (current[j] = previous[j - 1]! + 1));
    previous = current;
  }
  return best;
}

// Longest a partial quote may be and still be a borrowed phrase rather than a statement ("strong record").
const SHORT_PHRASE_WORDS = 4;

/**
 * Whether every rendering of a quote is a short phrase inside the outlet's sentence ("cut pork", "great
 * admiration"): a scare quote or fragment, not a statement worth listing among the quotes.
 */
function isShortPhrase(quotes: readonly Quote[]): boolean {
  // A capital opening is often a short sentence of its own ("I may do it", "Walls work"), not a phrase.
  return quotes.every(
    (q) =>
      q.kind === 'partial' &&
      /^\P{L}*\p{Ll}/u.test(q.text) &&
      q.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= SHORT_PHRASE_WORDS,
  );
}

/**
 * Groups the quotes of a story's articles that render the same words (direct and partial quotes sharing
 * most of their content words), keeping each article's rendering with its offsets and a word diff; a group
 * whose renderings are all short partial quotes is marked `shortPhrase`.
 */
export function groupQuotes(
  articles: readonly AnalyzedArticle[],
  entities: readonly StoryEntity[],
): QuoteGroup[] {
  const entityOf = (name: string): StoryEntity | undefined =>
    entities.find((e) => e.aliases.includes(name) || e.name === name);
  const items = articles.flatMap((a) =>
    a.quotes
      .filter((q) => q.kind !== 'indirect')
      .map((quote) => {
        const normalized = plainWords(quote.text);
        return {
          articleId: a.article.id,
          quote,
          terms: new Set(contentTerms(quote.text)),
          normalized,
          words: normalized.split(' '),
        };
      }),
  );
  const groups: (typeof items)[] = [];
  const speakerKeys = new Map<string, string>();
  const speakerKey = (q: Quote): string | undefined => {
    if (q.speaker === undefined) return undefined;
    let key = speakerKeys.get(q.speaker);
    if (key === undefined) speakerKeys.set(q.speaker, (key = entityOf(q.speaker)?.id ?? q.speaker));
    return key;
  };
  const namedApart = (a: Quote, b: Quote): boolean =>
    a.speakerInSentence === true &&
    b.speakerInSentence === true &&
    speakerKey(a) !== undefined &&
    speakerKey(b) !== undefined &&
    speakerKey(a) !== speakerKey(b);
  for (const item of items) {
    const group = groups.find((g) =>
      g.some(
        (o) =>
          o.articleId !== item.articleId &&
          ((overlap(o.terms, item.terms) >= 0.6 &&
            // The same words in a row, as two renderings of one statement have (not two tweets sharing "release
            // the report" and "Attorney General Barr").
            longestSharedRun(o.words, item.words) >= 4 &&
            // Two people each named in the quote's own sentence said two things, unless the words are the
            // same (an outlet crediting someone else's quote): Warren's "release the Mueller report to the
            // American public" is not a rendering of Harris's "The Mueller report needs to be made public, ...".
            (!namedApart(o.quote, item.quote) ||
              sharedCount(o.terms, item.terms) >= 0.8 * Math.max(o.terms.size, item.terms.size)) &&
            // A quoted name ("Islamic Resistance in Iraq") is not a rendering of a longer quote using it.
            Math.min(o.terms.size, item.terms.size) >= 4 &&
            sharedCount(o.terms, item.terms) >= 4) ||
            // Too short to compare by content words, the same phrase from the same speaker is one quote
            // (Trump's "very close" in three outlets).
            (o.normalized === item.normalized &&
              speakerKey(o.quote) !== undefined &&
              speakerKey(o.quote) === speakerKey(item.quote))),
      ),
    );
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const main = [...group].sort((a, b) => b.quote.text.length - a.quote.text.length)[0]!;
    // A speaker named in the quote's own sentence outranks one taken from a pronoun or a neighbouring quote.
    const speakerName =
      group.find((g) => g.quote.speakerInSentence)?.quote.speaker ??
      group.map((g) => g.quote.speaker).find((s): s is string => s !== undefined);
    const entity = speakerName ? entityOf(speakerName) : undefined;
    return {
      id: `q-${shortHash(group.map((g) => `${g.articleId}:${g.quote.start}`).join('|'), 10)}`,
      speaker: { name: entity?.name ?? speakerName ?? 'unknown', ...(entity && { entityId: entity.id }) },
      text: main.quote.text,
      articleIds: [...new Set(group.map((g) => g.articleId))],
      // Beyond the report contract (like the variants' speakers), for renderers to set phrases apart.
      ...(isShortPhrase(group.map((g) => g.quote)) && { shortPhrase: true }),
      variants: group.map((g) => {
        const diff = diffWords(main.quote.text, g.quote.text);
        return {
          articleId: g.articleId,
          start: g.quote.start,
          end: g.quote.end,
          text: g.quote.text,
          speaker: g.quote.speaker,
          speakerInSentence: g.quote.speakerInSentence,
          sentenceId: g.quote.sentenceId,
          diff: excerptDiff(diff),
          meaningChanged: changesMeaning(diff),
        };
      }),
    };
  });
}

/**
 * The speakers the articles name for one quote in its own sentence (merged across spelling variants), with the
 * variants giving each; a speaker resolved from a pronoun or a neighbouring sentence is too uncertain to count.
 */
export function speakersOf(
  group: QuoteGroup,
  entities: readonly StoryEntity[],
): Map<string, QuoteGroup['variants'][number][]> {
  const bySpeaker = new Map<string, QuoteGroup['variants'][number][]>();
  for (const variant of group.variants as readonly (QuoteGroup['variants'][number] & {
    speaker?: Quote['speaker'];
    speakerInSentence?: Quote['speakerInSentence'];
    sentenceId?: string;
  })[]) {
    if (!variant.speaker || !variant.speakerInSentence) continue;
    const speaker = entities.find((e) => e.aliases.includes(variant.speaker!))?.name ?? variant.speaker;
    // Someone the quote talks about in the third person ("President Obama has said...") did not say it.
    if (mentionsFamilyName(variant.text, speaker)) continue;
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), variant]);
  }
  return bySpeaker;
}
