import type { AnalyzedArticle } from '../model/index.js';
import { framingTokens, isNameLike, type FramingToken } from './framing-tokens.js';
import { quotedRegions } from './quoted-regions.js';

// A short phrase in quotation marks inside the outlet's sentence is usually a scare quote, the outlet's own
// framing device; longer quoted stretches are someone's words.
const MIN_QUOTE_WORDS = 4;

/**
 * The words an outlet writes in its own voice: every word outside quotes and attributed statements
 * (analysis marks those as other people's words; any text between quotation marks counts too), names left
 * out. Sorted by offset.
 */
export function ownVoiceTokens(analyzed: AnalyzedArticle): FramingToken[] {
  const { text } = analyzed.article;
  const attributed = [...analyzed.attributed, ...quotedRegions(text, MIN_QUOTE_WORDS)].sort(
    (a, b) => a.start - b.start,
  );
  const tokens: FramingToken[] = [];
  let k = 0;
  for (const token of framingTokens(text)) {
    while (k < attributed.length && attributed[k]!.end <= token.start) k++;
    // Spans may nest or overlap; look ahead over those starting before this token ends.
    let inside = false;
    for (let i = k; i < attributed.length && attributed[i]!.start < token.end; i++) {
      if (attributed[i]!.end > token.start) inside = true;
    }
    if (!inside && !isNameLike(text, token)) tokens.push(token);
  }
  return tokens;
}
