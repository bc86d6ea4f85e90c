import type { AnalyzedArticle } from '../model/index.js';
import { quotedRegions } from './quoted-regions.js';

const FIRST_PERSON = /\b(?:I think|I believe|in my view|we all know|let's be clear|make no mistake)\b/gi;

/**
 * How many first-person judgement cues ("I think", ...) the outlet writes itself: a cue inside quotation
 * marks or an attributed statement is the quoted speaker's opinion, not the outlet's.
 */
export function ownVoiceFirstPerson(analyzed: AnalyzedArticle): number {
  const { text } = analyzed.article;
  const others = [...analyzed.attributed, ...quotedRegions(text)];
  let count = 0;
  for (const match of text.matchAll(FIRST_PERSON)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!others.some((s) => s.start < end && start < s.end)) count++;
  }
  return count;
}
