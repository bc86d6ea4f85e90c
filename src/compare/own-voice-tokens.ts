import type { AnalyzedArticle } from '../model/index.js';
import { framingTokens, isNameLike, type FramingToken } from './framing-tokens.js';

/**
 * The words an outlet writes in its own voice: every word outside quotes and attributed statements
 * (analysis marks those as other people's words), names left out. Sorted by offset.
 */
export function ownVoiceTokens(analyzed: AnalyzedArticle): FramingToken[] {
  const { text } = analyzed.article;
  const attributed = [...analyzed.attributed].sort((a, b) => a.start - b.start);
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
