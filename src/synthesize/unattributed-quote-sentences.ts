import { quotedRegions } from '../compare/quoted-regions.js';
import type { AnalyzedArticle } from '../model/index.js';
import { ATTRIBUTION_CUE } from './attribution-cue.js';

/**
 * Whether a wording is someone else's words with no one named: over 40% of it quoted and no attribution in
 * the rest (`ownVoice`, the wording outside its quotes).
 */
export function isUnattributedQuote(quotedFraction: number, ownVoice: string): boolean {
  return quotedFraction > 0.4 && !ATTRIBUTION_CUE.test(ownVoice);
}

/**
 * Ids of an article's sentences that are mostly someone's words with no one named in them: above all the
 * middle sentences of a long quote, which carry no quotation marks of their own ("“I feel badly for him.
 * Clinton lied many times. Nothing happened to her,” Trump said."). Stated alone, they would be the
 * summary's own claim.
 */
export function unattributedQuoteSentences(article: AnalyzedArticle): Set<string> {
  const { text } = article.article;
  const regions = quotedRegions(text);
  const ids = new Set<string>();
  for (const sentence of article.sentences) {
    let quoted = 0;
    let outside = '';
    let at = sentence.start;
    for (const region of regions) {
      if (region.start >= sentence.end) break; // regions come in text order
      if (region.end <= sentence.start) continue;
      const from = Math.max(region.start, sentence.start);
      outside += text.slice(at, Math.max(at, from)) + ' ';
      at = Math.max(at, Math.min(region.end, sentence.end));
      quoted += Math.min(region.end, sentence.end) - from;
    }
    outside += text.slice(at, sentence.end);
    if (isUnattributedQuote(quoted / Math.max(1, sentence.end - sentence.start), outside))
      ids.add(sentence.id);
  }
  return ids;
}
