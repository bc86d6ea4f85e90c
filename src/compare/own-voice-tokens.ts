import type { AnalyzedArticle, Span } from '../model/index.js';
import { framingTokens, isNameLike, type FramingToken } from './framing-tokens.js';
import { quotedRegions } from './quoted-regions.js';

// A short phrase in quotation marks inside the outlet's sentence is usually a scare quote, the outlet's own
// framing device; longer quoted stretches are someone's words.
const MIN_QUOTE_WORDS = 4;
// ...unless the sentence reports someone's speech: a verb of saying earlier in the same sentence ("he said
// he would be “proud” to take responsibility", "Trump called it a “hoax”") or a speaker right after the
// quote ("“disgraceful,” Reid said"). Analysis attributes only speech that opens its sentence, so a short
// quote in a later clause would otherwise be charged to the outlet.
const SAYING =
  'said|says|say|told|tells|added|wrote|writes|warned|declared|announced|argued|insisted|claimed|claims|vowed|promised|pledged|called|calls|described|tweeted';
const SAYING_BEFORE = new RegExp(`\\b(?:${SAYING})\\b[^.!?\\n]*$`, 'i');
const SPEAKER_AFTER = new RegExp(
  `^[\\s,]*(?:he|she|they|[\\p{Lu}][\\p{L}.'’ -]{0,40}?)\\s+(?:${SAYING})\\b`,
  'u',
);

/** Whether a quote belongs to a sentence that reports someone's speech, so its words are theirs. */
export function isReportedSpeech(text: string, quote: Span): boolean {
  const sentenceBefore = text.slice(Math.max(0, quote.start - 300), quote.start);
  return SAYING_BEFORE.test(sentenceBefore) || SPEAKER_AFTER.test(text.slice(quote.end, quote.end + 60));
}

/**
 * The words an outlet writes in its own voice: every word outside quotes and attributed statements
 * (analysis marks those as other people's words; any text between quotation marks counts too, a short
 * quote only when its sentence reports speech), names left out. Sorted by offset.
 */
export function ownVoiceTokens(analyzed: AnalyzedArticle): FramingToken[] {
  const { text } = analyzed.article;
  const longQuotes = quotedRegions(text, MIN_QUOTE_WORDS);
  const reportedShortQuotes = quotedRegions(text).filter(
    (q) => !longQuotes.some((l) => l.start === q.start) && isReportedSpeech(text, q),
  );
  const attributed = [...analyzed.attributed, ...longQuotes, ...reportedShortQuotes].sort(
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
