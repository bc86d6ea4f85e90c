import type { FramingModel, FramingToken } from './framing-tokens.js';
import { NEUTRAL_WORDS } from './neutral-words.js';

/** A word chosen as loaded, with its score. */
export interface ScoredToken {
  readonly token: FramingToken;
  readonly score: number;
}

/**
 * Chooses the loaded words among an article's own-voice words: those scoring at least the threshold, the
 * highest first, at most `maxPer.terms` per `maxPer.words` words (a loaded word is rare; capping keeps
 * precision), returned in text order. Neutral words (by default those on the neutral list) are never
 * candidates.
 */
export function selectLoaded(
  tokens: readonly FramingToken[],
  scoreOf: (token: FramingToken) => number | undefined,
  { threshold, maxPer }: Pick<FramingModel, 'threshold' | 'maxPer'>,
  isNeutral: (token: FramingToken) => boolean = (token) => NEUTRAL_WORDS.has(token.word),
): ScoredToken[] {
  const candidates: ScoredToken[] = [];
  for (const token of tokens) {
    if (isNeutral(token)) continue;
    const score = scoreOf(token);
    if (score !== undefined && score >= threshold) candidates.push({ token, score });
  }
  const cap = Math.max(1, Math.ceil((tokens.length * maxPer.terms) / maxPer.words));
  return candidates
    .sort((a, b) => b.score - a.score || a.token.start - b.token.start)
    .slice(0, cap)
    .sort((a, b) => a.token.start - b.token.start);
}
